"""Patterns of real coverage the rules missed: one-turn transcript excerpts, date-only wire
datelines, a role with its name in apposition, a subject before a dashed aside, *assured*, a
closing reporting clause that lost its stop, signings and agreements on events, and a threat
verb inside a relative clause of the writer's sentence.

Every sentence here was written for this file in the style of wire copy (UPI, AP), British and
Korean English-language press, State Department and White House briefings and Chinese
statements as reported; none is copied from an outlet. The expected values were checked by
hand.
"""

import pytest

from analysis.corpus import Document
from analysis.corpus.announcements import agrees_to_act, narrates_an_act
from analysis.corpus.cues import find_reporting_clause
from analysis.corpus.datelines import dateline_spans
from analysis.corpus.nominal_sources import nominal_source
from analysis.corpus.sentences import iter_sentences
from analysis.corpus.transcripts import is_transcript


def rows(text):
    """(voice, speaker) of every sentence of ``text``."""
    return [(s.voice, s.speaker) for s in Document.from_text(text).sentences]


EXCERPT = ("MR PRICE: Good afternoon, everyone. Thanks for coming out today.\n\n"
           "Let me start with the trip. The Secretary will travel to Manila next week.\n\n"
           "He will meet his counterpart and talk about the alliance.")


@pytest.mark.parametrize("label", ["MR PRICE", "MS JEAN-PIERRE", "MR. KIRBY",
                                   "SECRETARY BLINKEN"])
def test_a_one_turn_excerpt_under_a_titled_label_is_that_speakers_turn(label):
    # Was quoted (the labelled paragraph) and authorial (the rest): one labelled paragraph
    # made no transcript.
    text = EXCERPT.replace("MR PRICE", label)
    speaker = " ".join("-".join(p.capitalize() for p in w.split("-")) for w in label.split())
    assert rows(text) == [("speech", speaker)] * 5


@pytest.mark.parametrize("opening", ["SEOUL: The drills will start on Monday.",
                                     "MODERATOR: Welcome to the forum."])
def test_a_dateline_or_a_role_label_alone_makes_no_transcript(opening):
    text = (opening + "\n\nThe allies have held such drills every spring for years.\n\n"
            "North Korea has called them a rehearsal for invasion.")
    assert not is_transcript(text, list(iter_sentences(text)))


@pytest.mark.parametrize(("lede", "span"), [("May 2 (UPI) -- Officials said", (0, 14)),
                                            ("Sept. 14 (UPI) -- Officials said", (0, 17)),
                                            ("May 2 -- Officials said", None),
                                            ("Lee 2 (UPI) -- Officials said", None)])
def test_a_wire_dateline_of_a_date_and_an_agency_only(lede, span):
    assert dateline_spans(lede)[:1] == ([span] if span else [])


def test_a_date_only_dateline_is_no_speaker():
    # Was speaker "May": the month read as the subject of "announced".
    text = ("May 2 (UPI) -- U.S. President Joe Biden welcomed Philippine President Ferdinand "
            "Marcos to the White House on Monday and announced that four new sites will host "
            "U.S. troops.")
    assert rows(text) == [("quoted", "Joe Biden")]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The Japanese Prime Minister, Fumio Kishida, who was in Washington for talks, said the "
     "pact opened a new chapter.", "Fumio Kishida"),
    ("The South Korean president, Yoon Suk Yeol, said the alliance was stronger than ever.",
     "Yoon Suk Yeol"),
    ("Secretary of State Antony Blinken met his counterpart in Tokyo and said that the allies "
     "would hold more drills.", "Antony Blinken"),
])
def test_a_role_with_its_name_in_apposition_speaks_by_the_name(sentence, speaker):
    # Were "Prime Minister" / "South Korean president" / "Secretary".
    assert rows(sentence) == [("quoted", speaker)]


@pytest.mark.parametrize("dash", ["–", "—", "--"])
def test_the_subject_before_an_aside_between_dashes_speaks(dash):
    # Was the writer's (no subject found past the dash), or the previous speaker.
    text = (f"Beijing {dash} plainly irritated by the joint exercises {dash} warned against "
            "“stoking confrontation and hyping threats”.")
    assert find_reporting_clause(text.replace("“", " ").replace("”", " "), True)[0] == "Beijing"
    assert rows("Park Jin said the drills would go ahead.\n\n" + text)[1] == \
        ("quoted", "Beijing")


@pytest.mark.parametrize("sentence", [
    "Washington also assured Tokyo it would defend the islands.",
    "The Pentagon assures Seoul that the carrier will return.",
    "Beijing reassured Moscow that its stance had not changed.",
])
def test_assurances_report_the_speakers_words(sentence):
    assert rows(sentence)[0][0] == "quoted"


def test_a_closing_reporting_clause_without_a_stop_is_still_attributed():
    # Was authorial: a paragraph end without punctuation read as a menu line.
    text = ("Beijing urges restraint on peninsula\n\n"
            "All sides should return to dialogue and avoid steps that raise tensions, China "
            "said\n\nThe remarks came a day after the summit. The two leaders met for two "
            "hours.")
    assert rows(text)[1] == ("quoted", "China")
    assert rows(text.replace(", China said", " more")).count(("authorial", None)) == 4


@pytest.mark.parametrize(("sentence", "act"), [
    ("Presidents Joe Biden and Ferdinand Marcos on Monday are signing an agreement that "
     "includes plans to open four more sites to U.S. troops.", True),
    ("The ministers agreed on the establishment of a hotline between their navies.", True),
    ("The two leaders agreed on the need for dialogue.", False),
    ("The two sides agreed that the shield would be strengthened.", False),
])
def test_signings_and_agreements_on_events_are_narration(sentence, act):
    # The first two were quoted ("Presidents Joe Biden", "the two leaders"): the learned
    # model promoted them.
    assert narrates_an_act(sentence) is act
    if act:
        assert rows(sentence) == [("authorial", None)]


def test_an_agreement_on_an_event_is_an_agreement_to_act():
    assert agrees_to_act("Seoul and Tokyo agreed on the resumption of talks.")
    assert not agrees_to_act("Seoul and Tokyo agreed on the need for talks.")


@pytest.mark.parametrize("sentence", [
    "The arsenal includes short-range nuclear weapons that Pyongyang threatens to use first "
    "against Japan in a war.",
    "The aid which Washington promised to send has not arrived.",
])
def test_a_reporting_verb_in_a_relative_clause_of_the_writers_noun_reports_nothing(sentence):
    # Was quoted, speaker "Pyongyang" / "Washington".
    assert rows(sentence) == [("authorial", None)]


def test_a_threat_reported_in_the_main_clause_stays_quoted():
    assert rows("Pyongyang threatens to use its nuclear weapons first against Japan.") == \
        [("quoted", "Pyongyang")]
    assert rows("Seoul said that Pyongyang threatens to use them first.") == \
        [("quoted", "Seoul")]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Beijing and Moscow have expressed concern about the new pact.", "Beijing and Moscow"),
    ("Tokyo voiced strong support for the new consultative group.", "Tokyo"),
    ("Beijing lodged a protest with Seoul over the remarks.", "Beijing"),
    ("Beijing conveyed its strong dissatisfaction to Seoul.", "Beijing"),
    ("Seoul hinted it could seek its own deterrent.", "Seoul"),
])
def test_a_stance_expressed_or_hinted_is_reported(sentence, speaker):
    # Were the writer's: "expressed", "voiced", "lodged", "conveyed" and "hinted" were no
    # reporting verbs.
    assert rows(sentence) == [("quoted", speaker)]


@pytest.mark.parametrize("sentence", [
    "The company expressed the parts to Busan by air.",
    "The actor voiced the main character in the film.",
    "The launch hinted at a shift in strategy.",
    "Concern was expressed about the cost.",
])
def test_stance_verbs_without_a_stance_report_nothing(sentence):
    assert rows(sentence) == [("authorial", None)]


@pytest.mark.parametrize("verb", ["said it would", "has vowed to", "vowed to"])
def test_an_initialism_subject_speaks(verb):
    # Was the writer's: the period of "U.S." stopped the search for the subject.
    sentence = Document.from_text(f"The U.S. {verb} defend its ally.").sentences[0]
    assert (sentence.voice, sentence.actor) == ("quoted", "United States")


def test_a_hint_in_an_opening_subordinate_clause_leaves_the_main_clause_speaking():
    sentence = ("So when Manila hinted last spring that it would open the bases, Mr. Cruz "
                "said, “we were not surprised.”")
    assert rows(sentence) == [("quoted", "Cruz")]


def test_a_dashed_aside_after_an_appositive_leaves_the_name_speaking():
    sentence = ("Kim Min-su, the head of the Korea Research Forum -- a think tank that advises "
                "the ruling party -- said the group was overdue.")
    assert rows(sentence) == [("quoted", "Kim Min-su")]


@pytest.mark.parametrize(("sentence", "source"), [
    ("Japan also secured a US promise to deploy its full forces in a crisis.", "US"),
    ("Seoul won Washington's pledge to send more strategic assets.", "Washington"),
    ("The deal holds the U.S. commitment that it will consult Seoul first.", "U.S"),
    ("Japan also secured new funding for its navy.", None),
    ("US promises to defend Japan are old.", None),
])
def test_the_name_of_a_promise_is_its_source(sentence, source):
    assert nominal_source(sentence) == source


def test_a_promoted_promise_speaks_by_its_maker():
    # Was speaker "Japan": the one who obtained the promise.
    text = ('Tokyo also secured a US promise to send "every asset we have," '
            'nuclear forces among them, should it come under attack.')
    assert rows(text) == [("quoted", "US")]


def test_a_question_answered_under_a_titled_label_is_a_transcript_excerpt():
    text = ("Q: Will the submarine dock in Busan?\n\nMR KIRBY: I will not get into port "
            "calls.\n\nWhat I can tell you is that the visit will happen.")
    assert rows(text) == [("speech", "Q"), ("speech", "Mr Kirby"), ("speech", "Mr Kirby")]
