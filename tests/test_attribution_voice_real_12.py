"""Voice decisions of real coverage, twelfth round: a participle clause of speech after an act
(*confirmed the arrival, stating that*; *responded to the pact, warning that*), *as confirmed
by X*, a long lead sentence that lost its final stop, and quotation marks typed in two styles.

Every sentence here was written for this file in the style of wire copy, web news and Korean
English-language press; none is copied from an outlet. The expected values were checked by hand.
"""

import pytest

from analysis.corpus.lead_lengths import MAX_HEADLINE_WORDS, too_long_for_headline
from analysis.corpus.quote_marks import pair_marks, stray_opening
from analysis.corpus.speech_participles import participle_clause
from tests.speaker_rows import voice_speaker_rows as rows

# --- a participle clause of speech after an act reports the subject's words -----------------


@pytest.mark.parametrize(("text", "speaker"), [
    ("The coast guard confirmed the frigate's arrival, stating that it had come for repairs.",
     "the coast guard"),
    ("The envoy responded to the new trade pact, warning that it would deepen the rift.",
     "the envoy"),
    ("The sister of the party chief has lashed back at the fresh arms accord between the "
     "allies, claiming it will only raise the risk of war.", "the sister"),
])
def test_a_participle_of_speech_after_an_act_reports(text, speaker):
    assert rows(text)[0] == ("quoted", speaker)


@pytest.mark.parametrize("text", [
    "The coast guard confirmed the frigate's arrival on Sunday.",
    "The storm moved east overnight, warning signs going up along the coast.",
    "The rebels seized the port, claiming a major win.",
])
def test_an_act_without_a_participle_of_speech_stays_the_writers(text):
    assert rows(text)[0] == ("authorial", None)


def test_the_participle_clause_pattern():
    assert participle_clause("The envoy replied to the pact, warning that it would fail.")
    assert participle_clause("The party hit back, claiming it would fail.")
    assert participle_clause("The navy responded to the report, saying the crew would rest.")
    assert not participle_clause("The party shunned the envoy, claiming that he is biased.")
    assert not participle_clause("The navy issued a warning that the crew would rest.")
    assert not participle_clause("The rebels seized the port, claiming a major win.")


# --- "as confirmed by X" reads as X's words -------------------------------------------------


@pytest.mark.parametrize(("text", "speaker"), [
    ("The frigate has docked in Mokpo this week, as confirmed by the coast guard.",
     "the coast guard"),
    ("A rocket test could follow within days, as suggested by the vice defence minister.",
     "the vice defence minister"),
    ("As confirmed by the coast guard to a local broadcaster, the frigate has docked in Mokpo.",
     "the coast guard"),
])
def test_as_confirmed_by_reads_as_the_agents_words(text, speaker):
    assert rows(text)[0] == ("quoted", speaker)


# --- a long lead sentence without its final stop is no headline ---------------------------


def test_a_long_first_line_without_a_stop_is_a_sentence():
    lead = ("On Sunday the envoy of the ruling council, Park Min-ho, responded to the fresh "
            "defence pact signed by the two allies last week, warning that it would bring "
            "\"a far graver crisis\"")
    assert too_long_for_headline(lead)
    assert rows(lead + "\n\nThe pact was signed in Seoul.")[0] == ("quoted", "Park Min-ho")


def test_a_short_first_line_without_a_stop_stays_a_headline():
    head = "Envoy warns new pact will bring 'graver crisis' to the region"
    assert not too_long_for_headline(head)
    assert MAX_HEADLINE_WORDS == 26
    assert rows(head + "\n\nThe envoy spoke on Sunday.")[0] == ("authorial", None)


# --- quotation marks typed in two styles ----------------------------------------------------

MIXED = ("After the talks, the three premiers adopted “the \"Pledge to Confer,\" \"Spirit of "
         "Lakeview,\" and \"Lakeview Rules,\" setting out their plans. The premiers did not "
         "name “Beijing” or “Moscow” in the text. The summit held great weight for the region.")


def test_a_stray_curly_mark_before_straight_marks_does_not_quote_the_paragraph():
    spans = [MIXED[a:b] for a, b in pair_marks(MIXED, 0, len(MIXED))]
    assert spans == ["“Beijing”", "“Moscow”"]
    assert [voice for voice, _ in rows(MIXED)] == ["authorial"] * 3


def test_an_opening_mark_before_only_a_stop_opens_nothing():
    text = "The minister called the deal “a turning point.” “. The talks ended on Friday."
    assert [text[a:b] for a, b in pair_marks(text, 0, len(text))] == ["“a turning point.”"]
    assert stray_opening("rate. “", 7, 7)
    assert not stray_opening("“ spaced words ”", 1, 16)


@pytest.mark.parametrize(("text", "spans"), [
    ("“We will act,\" the minister said.", ["“We will act,\""]),
    ("“We face, as both sides agree, a hard year, \"Park said.", ["“We face, as both sides "
                                                              "agree, a hard year, \""]),
    ("She said “the \"new\" plan is ready.”", ["“the \"new\" plan is ready.”"]),
    ("“It is 33 percent. If they are young, it is 51 percent.“",
     ["“It is 33 percent. If they are young, it is 51 percent.“"]),
])
def test_other_quotation_marks_pair_as_before(text, spans):
    assert [text[a:b] for a, b in pair_marks(text, 0, len(text))] == spans


def test_contends_with_is_no_report():
    text = "The region still contends with threats including the rise of a rival power."
    assert rows(text)[0] == ("authorial", None)
