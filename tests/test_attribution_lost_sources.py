"""Reported content the rules lost although its source stood in plain sight: a list of points
under a line that names its source and ends in a colon, a statement printed under *made the
following press statement*, a sentence that opens with a quotation in single marks in a
document that uses double ones, *according to* an adjective in *-ed*, a bare closing *per*, a
perfect auxiliary after an appositive (*X, the envoy, has warned that*), and an inverted
subject followed by the setting of the remark (*said Biden during a White House briefing*).

Every sentence here was written for this file in the style of explainers, KCNA statements,
tabloid and wire copy; none is copied from an outlet. The expected values were checked by hand.
"""

import pytest

from analysis.corpus import Document
from analysis.corpus.cue_repairs import ends_source_phrase, may_hold_according
from analysis.corpus.listed_blocks import listed_block
from analysis.corpus.single_marks import opening_quotation_spans
from analysis.corpus.statement_frames import following_frame
from analysis.corpus.trailing_clauses import reporting_clause


def rows(text):
    """(voice, speaker) of every sentence of ``text``."""
    return [(s.voice, s.speaker) for s in Document.from_text(text).sentences]


def one(sentence):
    """(voice, speaker) of ``sentence`` read after a neutral first paragraph."""
    return rows("Intro line here.\n\n" + sentence)[1]


LIST = ("What the pact holds\n\n"
        "Main points: According to the joint statement:\n\n"
        "– A new planning body would meet twice a year in Seoul;\n\n"
        "– Allied submarines would call at Korean ports more often;\n\n"
        "- Seoul would stay in the nonproliferation treaty.\n\n"
        "Critics in the opposition were not convinced.")


def test_the_items_of_a_list_under_a_sourced_colon_line_are_the_source_s():
    out = rows(LIST)
    assert out[2:5] == [("quoted", "joint statement")] * 3
    assert out[5] == ("authorial", None)  # the first paragraph without a list mark ends it


def test_a_list_under_a_line_without_a_source_stays_the_writer_s():
    text = ("The plan is expected to include:\n\n– Shared intelligence on missile launches;\n\n"
            "– A yearly tabletop exercise.")
    assert [v for v, _ in rows(text)] == ["authorial"] * 3


def _paragraph_bounds(text: str) -> dict[int, tuple[int, int]]:
    """Paragraph number -> (start, end) offsets of the paragraphs split at blank lines."""
    paragraphs, start = {}, 0
    for p, para in enumerate(text.split("\n\n")):
        paragraphs[p] = (start, start + len(para))
        start += len(para) + 2
    return paragraphs


def test_listed_block_bounds():
    text = "Officials said the plan has two parts:\n\n* Talks;\n\n* Drills.\n\nNext story."
    paragraphs = _paragraph_bounds(text)
    assert listed_block(text, paragraphs, (0, paragraphs[0][1]), "Officials") == (1, "Officials", 2)
    assert listed_block(text, paragraphs, (0, paragraphs[0][1]), None) is None
    assert listed_block(text, paragraphs, (3, paragraphs[3][1]), "Officials") is None


def test_made_the_following_press_statement_frames_the_paragraphs_after_it():
    line = ("Pak Jong Chon, a senior official of the Workers' Party, made the following press "
            "statement on Friday:")
    assert following_frame(line, 0, len(line)) == "Pak Jong Chon"
    out = rows("Statement of a party official\n\n" + line + "\n\n"
               "Of late the U.S. side spreads the story that we shun talks.\n\n"
               "This is a ploy to hide its own hostile moves.")
    assert out[2:] == [("quoted", "Pak Jong Chon")] * 2


@pytest.mark.parametrize("sentence, spans", [
    ("‘We will never give up our deterrent,’ said the envoy.", [(0, 38)]),
    ("'Nothing in the pact is new for our side.'", [(0, 42)]),
    ("'Nothing in the pact is new.'", []),  # short, alone: a section heading
    ("'Tis the season.", []),  # an apostrophe before a short word: no closing mark
    ("'All Bets Are Off.'", []),  # a heading in title case
    ("’90s policy is back, he said.", []),
])
def test_opening_quotation_spans(sentence, spans):
    assert opening_quotation_spans(sentence, 0, len(sentence)) == spans


def test_a_single_marked_quotation_in_a_double_marked_document_is_a_quotation():
    text = ("Envoy rejects the new deal\n\n"
            "The envoy called the deal \"a dangerous step\" on Monday.\n\n"
            "‘Our answer to the pact is ready,’ said Ri during a Foreign Ministry briefing in "
            "Pyongyang.\n\n"
            "'Any move against us will meet a swift reply.'")
    assert rows(text)[2:] == [("quoted", "Ri"), ("quoted", "Ri")]


@pytest.mark.parametrize("sentence, source", [
    ("The two navies ended the drill on Sunday, according to an allied statement issued "
     "after it.", "allied statement"),
    ("The carrier left Busan on Friday, per The Korea Herald.", "Korea Herald"),
    ("“We stand ready,” said Kim during a Pentagon news conference on Tuesday.", "Kim"),
])
def test_sources_in_plain_sight_are_read(sentence, source):
    assert one(sentence) == ("quoted", source)


@pytest.mark.parametrize("sentence", [
    "Half of that, per the Lee plan, goes to the navy.",  # a basis inside the sentence
    "Tariffs rose 4 per cent last year.",
    "Wages were cut, per the new agreement.",  # no name after per
])
def test_per_that_is_no_source(sentence):
    assert reporting_clause(sentence, False) == (None, False)


def test_repair_helpers():
    assert may_hold_according("x, per Reuters.") and not may_hold_according("no source here")
    assert not ends_source_phrase("allied", ["an"])
    assert ends_source_phrase("released", ["a", "statement"])


@pytest.mark.parametrize("sentence, source", [
    ("Foreign Minister Pak Myong Ho made the remarks, issuing a sharp criticism of the drills "
     "off the east coast.", "Pak Myong Ho"),
    ("Choe made the comments while denouncing the bomber flights near the border last week.",
     "Choe"),
    ("The ministry issued its first reaction to the summit on Sunday, warning Seoul could pay "
     "a heavy price.", "the ministry"),
])
def test_a_speech_act_told_by_an_evaluative_participle_reports(sentence, source):
    assert one(sentence) == ("quoted", source)


@pytest.mark.parametrize("sentence", [
    "Choe made the remarks while touring a shipyard in Nampo.",
    "The ministry issued a statement on Sunday.",
])
def test_a_speech_act_without_such_a_participle_stays_the_writer_s(sentence):
    assert one(sentence) == ("authorial", None)


RUN_ON = ("Pyongyang answers the pact\n\n"
          "The Daily Courier reports: “North Korea on Sunday called the new pact "
          "‘a rehearsal for war.’\n\n"
          "The pact is the latest of several steps by Washington to reassure Seoul.\n\n"
          "North Korea said that the drills ‘openly threaten’ its security.\n\n"
          "He gave no details of the next launch.\n\n"
          "The allies plan another round of drills in the autumn.”\n\n"
          "Analysts in Seoul expect a launch within weeks.")


def test_a_quotation_run_on_over_unmarked_paragraphs_is_its_source_s():
    out = rows(RUN_ON)
    assert out[2] == ("quoted", "Daily Courier")  # no source of its own: the block's
    assert out[3] == ("quoted", "North Korea")  # its own reporting clause stays
    assert out[4][1] != "Daily Courier"  # a personal pronoun is left to the rules and model
    assert out[5] == ("quoted", "Daily Courier")
    assert out[6][0] == "authorial"  # after the closing mark


def test_closing_paragraph_needs_an_unopened_closing_mark():
    from analysis.corpus.run_on_quotes import closing_paragraph
    text = "A says: “One.\n\nTwo.\n\nThree.”\n\nFour."
    paragraphs = _paragraph_bounds(text)
    assert closing_paragraph(text, paragraphs, 0) == 2
    assert closing_paragraph(text, paragraphs, 1) is None
    reopened = "A says: “One.\n\n“Two.”"
    assert closing_paragraph(reopened, {0: (0, 13), 1: (15, 21)}, 0) is None
