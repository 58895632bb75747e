"""Voice decisions of real coverage, eleventh round: headlines that open with a name and a
colon, speech acts told through a noun (*issued a warning*), the release of a neutral text with
none of its content, and a report only in an *as* clause after the writer's event.

Every sentence here was written for this file in the style of wire copy, web news and Korean
English-language press; none is copied from an outlet. The expected values were checked by hand.
"""

import pytest

from analysis.corpus.headline_labels import is_label_headline, label_unless_headline
from analysis.corpus.minor_reports import minor_as_clause, reporting_clause
from analysis.corpus.speech_nouns import evaluative_act, releases_a_text
from analysis.corpus.voice_vetoes import writer_narration
from tests.speaker_rows import voice_speaker_rows as rows

# --- a headline that opens with a name and a colon is the writer's -------------------------


@pytest.mark.parametrize("text", [
    "Pyongyang: Allied drills push the region toward a war nobody wants\n\n"
    "North Korea on Monday condemned the drills.",
    "Defence Chief's Aide: Talks Are Stalled Over Cost\n\n"
    "The talks ended without a deal on Friday.",
    "Tempers Flare: Carrier Visit Angers the North\n\nThe carrier docked on Friday.",
])
def test_a_headline_with_a_name_label_is_the_writers(text):
    assert rows(text)[0] == ("authorial", None)


def test_a_title_case_label_line_further_down_is_a_heading():
    text = ("The carrier docked in Busan on Friday.\n\n"
            "Navy Chief: Port Calls Will Grow More Frequent\n\n"
            "The navy plans more visits next year.")
    assert rows(text)[1] == ("authorial", None)


def test_a_label_paragraph_that_ends_with_a_stop_stays_a_speakers_turn():
    text = ("The minister spoke to a radio host on Monday.\n\n"
            "FALLIN: We will not accept that plan.")
    assert rows(text)[1] == ("quoted", "Fallin")


def test_the_headline_test_and_the_label_reader():
    assert is_label_headline("Seoul: Allies To Expand Drills", False)
    assert is_label_headline("Seoul: the allies will expand their drills", True)
    assert not is_label_headline("Seoul: the allies will expand their drills", False)
    assert not is_label_headline("Yoon: The alliance has never been stronger.", True)
    text = "MOON: We never asked for that."
    assert label_unless_headline(text, (0, len(text)), (0, len(text)), True) == "Moon"


# --- speech acts told through a noun ---------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Pyongyang issued a stern warning to Seoul over the drills on Sunday.",
    "At a briefing in Tokyo, the minister directed sharp criticism at Beijing for its patrols.",
    "Beijing responded to the port call by issuing a rebuke of the allied plan.",
    "The ambassador, the envoy of the North, has delivered a fresh threat to the South.",
])
def test_an_evaluative_speech_noun_after_a_light_verb_is_an_act_of_speech(sentence):
    assert evaluative_act(sentence)


@pytest.mark.parametrize("sentence", [
    "The visit was meant to send a warning to Pyongyang.",
    "The carrier visit sends a clear warning to the North.",
    "Seoul is expected to issue a rebuke later this week.",
    "The allies will issue a warning if the launch goes ahead.",
    "The statement made no mention of the drills.",
])
def test_a_purpose_a_forecast_or_a_deployment_is_no_evaluative_act(sentence):
    assert not evaluative_act(sentence)


def test_an_evaluative_noun_act_reads_as_the_subjects_words():
    text = ("The drills began on Monday.\n\n"
            "In a televised address, Kim directed a warning at the allies, whose warships "
            "crowd the port.")
    assert rows(text)[1] == ("quoted", "Kim")


# --- the release of a neutral text with none of its content ---------------------------------


@pytest.mark.parametrize("sentence", [
    "China has issued a sharp statement in response to the port call by the submarine.",
    "The two leaders issued a joint statement announcing the start of the talks.",
    "Afterwards they released the \u201cSeoul Declaration\u201d to mark the anniversary.",
])
def test_a_text_released_without_its_content_is_the_writers_narration(sentence):
    assert releases_a_text(sentence)
    assert writer_narration(sentence)


@pytest.mark.parametrize("sentence", [
    "The two leaders issued a joint statement reaffirming their pledge to defend Seoul.",
    "The ministry issued a statement that the drills would go ahead.",
    "The ministry released a statement: the drills will go ahead.",
    "Seoul issued a warning to the North.",
])
def test_a_text_released_with_its_content_is_not_vetoed(sentence):
    assert not releases_a_text(sentence)


# --- a report only in an as clause after the writer's event ---------------------------------


@pytest.mark.parametrize(("sentence", "source"), [
    ("The destroyer sailed into the harbour on Monday for the first time in years, as the "
     "allies warned Pyongyang that a strike would end its rule.", "the allies"),
    ("Ties between the two capitals sank to a new low this spring, as Kim urged for faster "
     "work on new missiles.", "Kim"),
])
def test_a_source_in_an_as_clause_after_the_writers_event_is_dropped(sentence, source):
    assert minor_as_clause(sentence, source)
    assert reporting_clause(sentence, False) == (None, False)


@pytest.mark.parametrize(("sentence", "source"), [
    ("The talks stalled over costs, as the minister noted in a briefing.", "the minister"),
    ("The talks stalled over costs, as the minister said.", "the minister"),
    ("Nobody is as worried about the drills as the minister claims to be.", "the minister"),
    ("As the minister warned Seoul that talks would fail, the drills began.", "the minister"),
])
def test_an_as_aside_or_a_comparison_still_reports(sentence, source):
    assert not minor_as_clause(sentence, source)


def test_an_as_clause_after_a_main_clause_that_reports_is_kept():
    sentence = ("The ministry said the talks went well on Friday, as the envoy urged Seoul to "
                "stay calm.")
    assert not minor_as_clause(sentence, "the envoy")
