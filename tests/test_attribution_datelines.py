"""Wire datelines are never speakers, agreements to act are narration, menu lines are nobody's.

Every sentence here was written for this file in the style of wire copy (Yonhap, AP, Reuters,
AFP datelines) and of a saved web page's navigation; none is copied from an outlet. The
expected values were checked by hand.
"""

import pytest

from analysis.corpus import Document
from analysis.corpus.agency_ledes import lede_start
from analysis.corpus.announcements import agrees_to_act

DATELINES = [
    "SEOUL, April 27 (Yonhap) -- ",
    "SEOUL (AP) -- ",
    "SEOUL, South Korea (AP) — ",
    "SEOUL, Jan. 11 (Reuters) - ",
    "Seoul (AFP) - ",
    "WASHINGTON, April 26 (Reuters) - ",
]

AGREEMENT = ("South Korea and the United States agreed Wednesday to set up a nuclear "
             "consultative group, as the allies seek to bolster deterrence against the North.")


def rows(text):
    """(voice, speaker) of every sentence of ``text``."""
    return [(s.voice, s.speaker) for s in Document.from_text(text).sentences]


@pytest.mark.parametrize("dateline", ["", *DATELINES])
def test_a_narrated_agreement_under_any_dateline_is_the_writers(dateline):
    # Was quoted, speaker "SEOUL April" / "SEOUL AP South Korea" / "South Korea": the model
    # promoted it on "agreed" and "allies", and read the dateline as its subject.
    assert rows(dateline + AGREEMENT) == [("authorial", None)]


@pytest.mark.parametrize("dateline", DATELINES)
def test_a_lede_that_reports_speech_keeps_its_speaker_not_the_dateline(dateline):
    text = dateline + ("South Korea's defense ministry said Tuesday that the two countries "
                       "will hold the first meeting of the group in June.")
    assert rows(text) == [("quoted", "South Korea's defense ministry")]


@pytest.mark.parametrize("dateline", DATELINES)
def test_a_promoted_lede_takes_its_subject_after_the_dateline(dateline):
    # The model, not a reporting verb, makes "hopes" reported: its speaker was "SEOUL April",
    # "SEOUL AP Yoon" before the dateline was cut off.
    text = dateline + "Yoon hopes the declaration will calm calls at home for a South Korean bomb."
    assert rows(text) == [("quoted", "Yoon")]


def test_a_pronoun_after_a_dateline_lede_finds_the_person_not_the_place():
    text = ("SEOUL, April 24 (Yonhap) -- President Yoon Suk Yeol left for Washington on Monday. "
            "He said the trip would deepen the alliance.")
    assert rows(text) == [("authorial", None), ("quoted", "Yoon Suk Yeol")]


def test_lede_start_skips_the_dateline_and_nothing_else():
    text = "SEOUL, Jan. 11 (Reuters) - The allies met."
    assert text[lede_start(text, 0, len(text)):] == "The allies met."
    plain = "Washington - Seoul ties are strong."
    assert lede_start(plain, 0, len(plain)) == 0
    bare = "SEOUL (AP) -- "
    assert lede_start(bare, 0, len(bare)) == 0  # a dateline alone: nothing to cut it from


@pytest.mark.parametrize(("sentence", "act"), [
    ("The allies agreed to hold the first meeting in July.", True),
    ("Seoul and Tokyo agreed Friday to resume shuttle diplomacy.", True),
    ("The two leaders also agreed on Wednesday to expand joint drills.", True),
    ("Lawmakers agreed that the group should meet twice a year.", False),
    ("The envoy agreed to an interview on the sidelines of the summit.", False),
    ("Most analysts agree the declaration changes little.", False),
])
def test_an_agreement_to_act_is_told_from_an_agreement_with_a_view(sentence, act):
    assert agrees_to_act(sentence) is act


@pytest.mark.parametrize("dateline", ["", DATELINES[0]])
def test_an_agreement_with_a_view_is_still_reported(dateline):
    text = dateline + ("Lawmakers from both parties agreed that the declaration falls short of "
                       "what the public wants.")
    assert rows(text) == [("quoted", "lawmakers")]  # a role noun, kept as the tracker has it


def test_a_kept_menu_line_is_nobodys_words():
    # A page's whole visible text (kept with keep_raw_html_text) runs its links together:
    # "says" made "heads to Washington for state visit Biden" a speaker.
    text = ("Home North Korea We use cookies. OK Yoon heads to Washington for state visit "
            "Biden says alliance ironclad\n\nThe two leaders met on Wednesday. They signed the "
            "declaration.")
    assert rows(text)[:2] == [("authorial", None), ("authorial", None)]


def test_a_text_that_lost_its_stops_is_still_read():
    # A table export whose rows lost their final stops: no page around it to stand out from
    # (a first paragraph alone without a stop stays a headline).
    text = "Seoul hailed the deal\n\nThe deal is a historic step, Yoon told reporters on April 27"
    assert rows(text) == [("authorial", None), ("quoted", "Yoon")]


def test_a_paragraph_ending_in_a_quotation_or_a_stop_is_still_read():
    text = ("The summit went well.\n\n"
            "Yoon told reporters the alliance was “stronger than ever”\n\n"
            "Biden said the deal was done.")
    got = rows(text)
    assert got[1] == ("quoted", "Yoon") and got[2] == ("quoted", "Biden")
