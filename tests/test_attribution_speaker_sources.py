"""Speakers of sentences already read as someone's words, in patterns of real coverage: a
lawmakers' joint release whose statement is printed as a quotation over several paragraphs,
and (below) inner sources and main clauses that the subject reader missed.

Every sentence here was written for this file; none is copied from an outlet. The expected
values were checked by hand.
"""

from analysis.corpus import Document
from analysis.corpus.frame_subjects import frame_subject
from analysis.corpus.statement_frames import following_frame


def rows(text):
    """(voice, speaker, actor) of every sentence of ``text``."""
    return [(s.voice, s.speaker, s.actor) for s in Document.from_text(text).sentences]


RELEASE = (
    "Moss, Hale on the Pacific Summit\n\n"
    "WASHINGTON – U.S. Senators Ann Moss (D-Ore.), chair of the Senate Budget Committee, and "
    "Tom Hale (R-Ky.), a member of the Senate Appropriations Committee, today issued the "
    "following statement on the president's plan to open a new defense dialogue with Manila "
    "(NDM):\n\n"
    "“We support the plan to open a new dialogue with our ally.\n\n"
    "“Manila has asked for closer talks for years. Joint drills will also help.\n\n"
    "“Still, a forum alone will not be enough. Beijing keeps building its navy, and our "
    "alliance must keep up.”\n\n"
    "Hale toured three bases in the region last week.")


def test_a_release_printed_as_a_quotation_is_its_issuers_to_the_closing_mark():
    # Was quoted with no speaker: the frame line's tail ran past 80 characters and its
    # subject read as "Senators Ann Moss D-Ore".
    got = rows(RELEASE)
    pair = ("quoted", "Ann Moss and Tom Hale", "Ann Moss and Tom Hale")
    assert got[:2] == [("authorial", None, None)] * 2
    assert got[2:7] == [pair] * 5
    assert got[7][0] == "authorial"  # after the quotation closes: the writer's again


def test_frame_subject_reads_names_out_of_brackets_and_asides():
    assert frame_subject("Rep. Dana Ortiz (D-Calif.), a member of the House Armed Services "
                         "Committee, ") == "Dana Ortiz"
    assert frame_subject("Senators Ann Moss (D-Ore.) and Tom Hale (R-Ky.) today ") == \
        "Ann Moss and Tom Hale"
    assert frame_subject("Kang Sun Nam, minister of National Defence of the DPRK, ") == \
        "Kang Sun Nam"
    assert frame_subject("The ministry ") is None  # a plain subject: left to the reader
    assert frame_subject("Ann Moss, Tom Hale and Lee Park, ") is None  # three: not read here
    line = ("Sen. Lee Park (D-Wash.), ranking member of the Senate Foreign Relations "
            "Committee, released the following statement on the visit:")
    assert following_frame(line, 0, len(line)) == "Lee Park"
