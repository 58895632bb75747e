"""A doorstop transcript opened by a mixed-case name and post (``Name Surname, Foreign
Minister:``), as some governments publish their ministers' remarks: one turn, the minister's."""

import pytest

from analysis.corpus import Document
from analysis.corpus.sentences import iter_sentences
from analysis.corpus.transcripts import TURN_RE, is_transcript, turn_label

DOORSTOP = ("Anna Lindqvist, Foreign Minister: Good morning, everyone. I thank the officers "
            "who showed us the border today.\n\n"
            "Standing at the line is a sharp reminder of how close the danger is for people "
            "in the South. It is also a reminder that talks remain possible.\n\n"
            "We will keep working with our partners on stability in the region.")


def test_a_doorstop_opened_by_a_name_and_post_is_one_turn_of_that_person():
    assert is_transcript(DOORSTOP, list(iter_sentences(DOORSTOP)))
    rows = [(s.voice, s.speaker) for s in Document.from_text(DOORSTOP).sentences]
    assert rows == [("speech", "Anna Lindqvist")] * 5


@pytest.mark.parametrize("line, label", [
    ("Anna Lindqvist, Foreign Minister: Thank you.", "Anna Lindqvist"),
    ("Tomas Berg, Secretary of State for Defence: We agree.", "Tomas Berg"),
    ("Park Min-jae, Presidential Spokesperson: The talks went well.", "Park Min-jae"),
])
def test_a_name_and_a_post_with_a_title_word_make_a_label(line, label):
    assert turn_label(line) == label


@pytest.mark.parametrize("line", [
    "Seoul, South Korea: The ministry said on Monday that the drills would go on.",
    "Kim Ji-won, a researcher at the institute: the allies must talk.",
    "Washington, Friday: Officials met again.",
])
def test_a_place_or_a_description_after_the_comma_makes_no_label(line):
    m = TURN_RE.match(line)
    assert m is None or not m.group("posted")


def test_an_article_that_opens_with_reporting_stays_an_article():
    text = ("The minister visited the border on Monday.\n\n"
            "Anna Lindqvist, Foreign Minister: Good morning, everyone.\n\n"
            "She then left for Seoul, where she met her counterpart for talks on the drills "
            "and on the new consultative group, which both sides praised in their statements.")
    assert not is_transcript(text, list(iter_sentences(text)))
    assert [s.voice for s in Document.from_text(text).sentences][0] == "authorial"
