"""Patterns of real coverage (eighth round): a wire agency's source cited before the agency
(``Citing a ministry spokesman, the agency said ...``) or after an inverted reporting clause
(``..., reported the Yonhap news agency, citing the navy``), the subject of a relay's
*that*-clause before a quotation (``KCNA reported that the ministry “rejects” ...``), and a
body's quotation opening with *he* or *she* and a reporting verb (the person's words).

Every sentence here was written for this file; none is copied from an outlet. The expected
values were checked by hand.
"""

from analysis.corpus import Document
from analysis.corpus.inner_sources import reporting_clause
from analysis.corpus.relayed_pronouns import paraphrased_person


def test_a_source_cited_before_the_relay_speaks():
    raw, _ = reporting_clause("Citing a defence ministry spokesman, the agency said the "
                              "exercise was a rehearsal for invasion.", False)
    assert raw == "a defence ministry spokesman"
    raw, _ = reporting_clause("Citing the coast guard, Kyodo said two vessels had left port "
                              "before dawn.", False)
    assert raw == "the coast guard"


def test_a_source_cited_after_an_inverted_relay_speaks():
    raw, _ = reporting_clause("The frigate docked in Incheon on Tuesday morning, reported the "
                              "Yonhap news agency, citing the Korean Navy.", False)
    assert raw == "the Korean Navy"
    raw, _ = reporting_clause("Two bombers crossed the strait overnight, reports Kyodo, citing "
                              "a government source.", False)
    assert raw == "a government source"


def test_a_reason_cited_keeps_the_relay():
    raw, _ = reporting_clause("Citing a shortage of fuel, the agency said the flights were "
                              "cut.", False)
    assert raw == "the agency"
    raw, _ = reporting_clause("Citing Seoul’s new budget, the agency said costs would rise.",
                              False)
    assert raw == "the agency"


def test_a_person_citing_a_source_keeps_the_person():
    # Only a relay hands its words on: a person citing the navy still speaks for himself.
    raw, _ = reporting_clause("Citing the navy, Park said the frigate had left port.", False)
    assert raw == "Park"


def test_the_cited_source_carries_the_sentence_in_a_document():
    doc = Document.from_text("The destroyer entered the port of Busan on Monday, reported the "
                             "Yonhap news agency, citing the Korean Navy.")
    assert [(s.voice, s.speaker) for s in doc.sentences] == [("quoted", "Korean Navy")]


def speakers(text):
    """(voice, speaker) of every sentence of ``text``."""
    return [(s.voice, s.speaker) for s in Document.from_text(text).sentences]


def test_a_quotation_after_the_subject_of_a_relays_that_clause_is_the_subjects():
    assert speakers("State media reported on Sunday that the defence ministry “firmly "
                    "rejects” the joint statement.") == [("quoted", "the defence ministry")]
    assert speakers("KCNA said Monday that Kim Yo Jong “strongly condemns” the drills.") == \
        [("quoted", "Kim Yo Jong")]


def test_a_quotation_after_a_thing_in_a_relays_that_clause_stays_the_relays():
    assert speakers("KCNA reported that the drills “will be met with force”.") == \
        [("quoted", "KCNA")]


OFFICE = ("President Park Min-ho met army commanders in Seoul on Tuesday.\n\n"
          "“He stressed that the country must answer every threat with firm resolve,” the "
          "presidential office said.\n\n"
          "“Above all, he said this resolve must rest on a strong army of our own, and not on "
          "the goodwill of others,” it added.\n\n"
          "“He said no,” Lee said.")


def test_a_bodys_quotation_paraphrasing_a_person_is_the_persons():
    assert speakers(OFFICE)[1:3] == [("quoted", "Park Min-ho"), ("quoted", "Park Min-ho")]


def test_a_persons_quotation_about_another_stays_the_persons():
    assert speakers(OFFICE)[3] == ("quoted", "Lee")


def test_only_an_opening_pronoun_with_a_reporting_verb_hands_the_words_on():
    assert paraphrased_person("“He is a friend,” the office said.", [(0, 18)],
                              "the office") is None
    assert paraphrased_person("“She warned of risks,” the agency said.", [(0, 23)],
                              "the agency") == "she"
    assert paraphrased_person("“She warned of risks,” Kim said.", [(0, 23)], "Kim") is None
