"""Voice decisions of real coverage, eighth round: quoted or the writer's.

A quotation's words are no narration of the writer (``disclosed ... that "the sides agreed to
..."``), a text as the basis of an act is no source (``set up according to the declaration``),
an agency's own commentary keeps its lede (no later sentence names the carried text), a
scare-quoted term or a remark read by the writer is no source for the learned model.

Every sentence here was written for this file in the style of wire copy, Korean and South Asian
English-language press and KCNA; none is copied from an outlet. The expected values were
checked by hand.
"""

import pytest

from analysis.corpus import Document
from analysis.corpus.accordance import blank_basis
from analysis.corpus.agency_ledes import names_the_carried_text
from analysis.corpus.voice_vetoes import blank_quotations, writer_narration


def rows(text, **kw):
    """(voice, speaker, actor) of every sentence of ``text``."""
    return [(s.voice, s.speaker, s.actor) for s in Document.from_text(text, **kw).sentences]


def test_an_agreement_inside_the_quotation_is_no_narration_of_the_writer():
    sentence = ('Late on Friday, after wrapping up the talks in Seoul with his guest, Minister '
                'Park revealed to reporters at the ministry that "both capitals have agreed to '
                'set up a hotline between the two defence chiefs before the winter."')
    assert not writer_narration(sentence)
    assert rows(sentence)[0][:2] == ("quoted", "Park")
    # the writer's own narration of an agreement is still kept from the model
    assert writer_narration("Both capitals agreed to set up a hotline before the winter.")


def test_a_signing_after_a_preposition_is_the_topic_of_a_warning():
    assert not writer_narration("The vice minister has sent a stern warning to Tokyo about "
                                "signing a new missile accord, labeling its premier reckless.")
    assert writer_narration("Tokyo and Seoul are signing a new missile accord this week.")


def test_blank_quotations_keeps_offsets():
    sentence = 'He said "they agreed to talk" on Monday.'
    blanked = blank_quotations(sentence)
    assert len(blanked) == len(sentence)
    assert "agreed" not in blanked and blanked.startswith("He said ") and \
        blanked.endswith(" on Monday.")


@pytest.mark.parametrize("sentence", [
    'The "remedy" chosen by the puppet clique was to serve as a shield for its master.',
    "His comments underscored the deepening unease in Beijing over the drills.",
    "Their remarks reflect a hardening mood among the ruling party's lawmakers.",
])
def test_a_scare_quoted_subject_or_a_remark_read_by_the_writer_is_not_promoted(sentence):
    assert writer_narration(sentence)
    assert rows("The ministry said the drills would go ahead.\n\n" + sentence)[1] == \
        ("authorial", None, None)


def test_a_remark_before_a_clause_is_left_to_the_rules_and_the_model():
    assert not writer_narration("His comments underscored that the talks would go on.")


def test_a_text_as_the_basis_of_an_act_is_no_source():
    text = ("The two vice ministers lead the planning body, which was created in 2023 "
            "according to the Camp David accord that the three leaders signed in August.")
    assert rows(text) == [("authorial", None, None)]
    assert rows("The drills were carried out according to the annual plan.") == \
        [("authorial", None, None)]
    assert rows("The launch went according to plan, the ministry said.")[0][:2] == \
        ("quoted", "the ministry")


@pytest.mark.parametrize("text, speaker", [
    ("According to the accord, Tokyo will be consulted before any deployment.", "accord"),
    ("The drills were carried out according to the ministry.", "ministry"),
    ("The drills were carried out according to the plan of the joint staff.", "plan"),
])
def test_according_to_a_source_still_reports(text, speaker):
    assert rows(text)[0][:2] == ("quoted", speaker)


def test_blank_basis_blanks_only_the_phrase():
    outside = "It was set up last year according to the new accord, and it meets twice a year."
    blanked = blank_basis(outside)
    assert len(blanked) == len(outside)
    assert "according" not in blanked and "accord," not in blanked
    assert blanked.startswith("It was set up last year ") and ", and it meets" in blanked


def test_an_agencys_own_commentary_keeps_its_lede():
    text = ("Disaster Awaits Those Who Play with Fire: KCNA Commentary\n\n"
            "Pyongyang, March 3 (KCNA) -- The puppet clique in Seoul is running wild in its "
            "moves to provoke a war against the DPRK.\n\n"
            "It staged a combined air drill with its overseas master last week.")
    got = rows(text)
    assert got[1] == ("authorial", None, None)
    assert got[2] == ("authorial", None, None)


def test_a_carried_dispatch_names_its_text_so_the_lede_is_the_agencys():
    text = ("Pyongyang assails new drills\n\n"
            "Pyongyang, March 3 (KCNA) -- The puppet clique in Seoul is running wild in its "
            "moves to provoke a war against the DPRK.\n\n"
            "The commentary accused Seoul of staging a combined air drill last week.")
    got = rows(text)
    assert got[1] == ("quoted", "KCNA", "KCNA")
    assert got[2][0] == "quoted"
    assert names_the_carried_text(text, text.index("DPRK."))
    assert not names_the_carried_text(text.replace("The commentary accused", "It accused"),
                                      text.index("DPRK."))


def test_a_pact_released_under_its_name_is_an_act():
    text = ("The two governments released a joint pact branded the \"Jeju Accord,\" which "
            "led Tokyo to shelve its plan for a missile base.")
    assert writer_narration(text)
    assert rows(text) == [("authorial", None, None)]
    # branding someone with a quotation is still a report
    assert rows("Opposition lawmakers branded the pact \"a capitulation.\"")[0][:2] == \
        ("quoted", "Opposition lawmakers")


def test_an_explainers_heading_is_no_speaker_label():
    text = ("Central Idea: The summit marks the anniversary of the alliance. During the "
            "summit, the two sides signed a pact on deterrence.\n\n"
            "Way Forward: Both sides must keep talking.")
    assert [v for v, _, _ in rows(text)] == ["authorial"] * 3
    assert rows("Lee: The alliance has never been stronger.")[0][:2] == ("quoted", "Lee")


def test_a_short_term_after_a_preposition_is_no_reporting_clause():
    from analysis.corpus.cues import find_reporting_clause
    from analysis.corpus.quotes import outside_quotes, quote_spans
    sentence = ("Tokyo will lean on the United States under what it calls \"extended "
                "deterrence\" for years to come.")
    outside = outside_quotes(sentence, 0, len(sentence), quote_spans(sentence))
    assert "deterrence" not in outside
    assert find_reporting_clause(outside, True) == (None, False)
    # the object of the sentence's verb, or a longer quotation, still reports
    assert rows("Seoul fired what it called \"a stern warning\" into the sea.")[0][:2] == \
        ("quoted", "Seoul")
    long_one = ("The council vowed new sanctions against what it called \"a grave threat to "
                "peace and security in the whole region.\"")
    assert rows(long_one)[0][:2] == ("quoted", "the council")


@pytest.mark.parametrize("text, speaker", [
    ("Choe Son Hui, the North's foreign minister, hurled a barrage of insults at the South "
     "Korean leader on Sunday, accusing him of selling out the nation.", "Choe Son Hui"),
    ("Despite the carrier docking in Busan for repairs, Choe framed its arrival as a blunt "
     "show of force by Washington.", "Choe"),
    ("But despite warm words at the summit, the Biden team rebuffed Seoul's request.",
     "the Biden team"),
    ("The strike is a crime against the workers, we will not give up, the marchers cried "
     "out.", "the marchers"),
])
def test_acts_of_speech_and_outcry_report(text, speaker):
    voice, got, _ = rows(text)[0]
    assert voice == "quoted"
    assert speaker.split()[-1] in got


@pytest.mark.parametrize("text", [
    "The police framed him for a crime he did not commit.",
    "The child was lost in the crowd, and she cried.",
    "The crowd chanted.",
])
def test_the_same_verbs_in_other_senses_report_nothing(text):
    assert rows(text)[0] == ("authorial", None, None)


def test_the_subject_is_read_past_two_fronted_phrases():
    text = ("The ministry said the drills were routine. Also on Friday, through a notice by "
            "its spokesman, it condemned the arrival of the carrier in Busan, saying, \"The "
            "enemy has shown its hand again.\"")
    assert rows(text)[1][0] == "quoted"
    from analysis.corpus.cues import WORD_RE
    from analysis.corpus.opening_subjects import sentence_subject
    def subject(sentence):
        return sentence_subject(list(WORD_RE.finditer(sentence)))
    assert subject("Also on Friday, in Seoul, Lee met Park.") == "Lee"
    assert subject("On Friday, in Seoul, at the summit, Lee met Park.") is None  # three


def test_disclosed_reports_like_revealed():
    text = ("Late on Friday, after wrapping up the talks in Seoul with his guest, Minister Park "
            "disclosed at a briefing that \"both capitals will open a hotline this winter.\"")
    assert rows(text)[0][:2] == ("quoted", "Park")
    assert rows("The ministry has not disclosed the cost of the drills.")[0] == \
        ("authorial", None, None)
