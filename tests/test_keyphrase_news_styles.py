"""Keyphrases of articles in the styles of real coverage (issue 14): wire and newspaper
furniture is no candidate, a fixed expression is never cut, a middle initial stays in its
name, and a phrase that only ever modifies one following word is no keyphrase of its own.

Every text is written for these tests in the style of AP, Reuters and Yonhap copy, the Korea
Herald, a White House transcript and a think-tank commentary; none quotes a real article.
"""

from __future__ import annotations

import pytest

from analysis.metrics.keyphrase_candidates import candidate_keys
from analysis.metrics.keyphrases import extract_keyphrases
from analysis.metrics.news_furniture import mask_news_furniture

AP = """Allies unveil plan to answer any North Korean nuclear strike

By HANNAH LEE and PARK MIN-SOO Associated Press

WASHINGTON (AP) — The United States and South Korea on Wednesday unveiled a plan that gives \
Seoul a role in planning for a nuclear crisis, as the allies marked 70 years of their \
alliance.

The plan stops short of the de facto nuclear sharing that some lawmakers in Seoul wanted. \
The status quo on the Korean Peninsula, officials said, was no longer enough.

FILE - A U.S. ballistic missile submarine leaves port in Guam, March 3, 2021. (AP Photo/Jane \
Roe, File)

Park Min-soo reported from Seoul. Associated Press writer Tom Gray contributed to this report.

Copyright 2023 The Associated Press. All rights reserved. This material may not be \
published, broadcast, rewritten or redistributed without permission.
"""

YONHAP = """Allies to hold first nuclear group meeting

By Choi Ji-won

SEOUL, April 27 (Yonhap) -- South Korea and the United States will hold the first meeting of \
their new nuclear consultative body in Seoul, a senior official said Thursday.

The body is not nuclear sharing per se, the official said, but it gives Seoul a voice in \
planning for a nuclear ballistic missile submarine visit.

Defense Minister Lee Jong-sup speaks at a ceremony in Seoul on April 26, 2023. (Yonhap)

jwchoi@yna.co.kr

(END)
"""

REUTERS = """Seoul weighs cost of new pact

SEOUL, April 28 (Reuters) - South Korea's per capita income rose last year, but lawmakers \
question the cost of an ad hoc defence fund, officials said.

Victor D. Cha, a Korea scholar, said the extended deterrence pledge was real. The extended \
deterrence commitment, he said, was new. Cha added that Washington had moved fast.

(Reporting by Hyun Soo-min; Editing by Sam Holmes)
"""


def _phrases(text: str, k: int = 40) -> list[str]:
    return [p for p, _ in extract_keyphrases(text, k)]


@pytest.mark.parametrize("text", [AP, YONHAP, REUTERS])
def test_wire_furniture_is_no_candidate(text):
    keys = candidate_keys(text)
    furniture = {"ap", "associated", "press", "yonhap", "reuters", "april", "march", "photo",
                 "file", "copyright", "rights", "material", "permission", "editing", "writer",
                 "reporting", "end", "jwchoi", "yna.co.kr", "hannah", "gray", "holmes"}
    assert not furniture & keys


def test_fixed_expressions_are_never_cut():
    phrases = _phrases(AP) + _phrases(YONHAP) + _phrases(REUTERS)
    assert "de facto nuclear sharing" in phrases and "status quo" in phrases
    assert "per capita income" in phrases and "ad hoc defence fund" in phrases
    assert "se" not in {w for p in phrases for w in p.lower().split()}  # "per se": an adverb
    for p in phrases:
        first, last = p.lower().split()[0], p.lower().split()[-1]
        assert first not in {"facto", "quo", "se", "capita", "hoc"}, p
        assert last not in {"de", "status", "per", "ad"}, p


def test_a_middle_initial_stays_in_the_name():
    phrases = _phrases(REUTERS)
    assert "Victor D. Cha" in phrases
    assert "Cha" not in phrases and "Victor" not in phrases


def test_a_phrase_that_only_modifies_one_word_is_no_keyphrase():
    phrases = _phrases(YONHAP)
    assert "nuclear ballistic missile" not in phrases  # always before "submarine"
    # a term that modifies two different words is a unit of the text
    assert "extended deterrence" in _phrases(REUTERS)


@pytest.mark.parametrize("line", [
    "By Wednesday, the allies had agreed on a date for the first meeting.",
    "Reporting by the Yonhap agency showed the visit went ahead.",
    "The Copyright Office said the filing was late.",
    "Officials in Seoul said the submarine would arrive in June.",
])
def test_sentences_that_only_resemble_furniture_are_kept(line):
    text = f"Allies agree\n\n{line}\n\nThe plan is new."
    assert mask_news_furniture(text) == text


def test_a_brief_closed_by_an_agency_keeps_its_text():
    text = ("NEW DELHI: India said on Saturday it would buy six submarines for its navy, in a "
            "deal worth $5 billion. (AFP)\n\nAnother brief follows here.")
    masked = mask_news_furniture(text)
    assert "six submarines" in masked and "(AFP)" not in masked and len(masked) == len(text)


def test_masking_keeps_every_offset_and_the_headline():
    for text in (AP, YONHAP, REUTERS):
        masked = mask_news_furniture(text)
        assert len(masked) == len(text)
        assert masked.split("\n", 1)[0] == text.split("\n", 1)[0]


@pytest.mark.parametrize("dateline", [
    "SEOUL (Example Wire) - ", "BEIJING, April 28 (Asia News) -- ",
    "SEOUL, South Korea (Harbor Times) — "])
def test_a_dateline_with_an_agency_of_any_name_is_no_candidate(dateline):
    text = (f"Allies meet again\n\n{dateline}North Korea on Saturday denounced the nuclear "
            "pact between the allies, saying it would push the region toward danger.")
    masked = mask_news_furniture(text)
    assert len(masked) == len(text)
    assert masked.split("\n\n")[1].lstrip().startswith("North Korea on Saturday")
    keys = candidate_keys(text)
    assert not {"wire", "example", "asia", "news", "harbor", "times", "april", "seoul",
                "beijing"} & keys
    assert "north korea" in keys


def test_a_title_case_place_before_a_dash_is_kept():
    # "Washington - Seoul ties" may be a headline: only a dateline with a date or an agency,
    # or an upper-case place, is furniture
    text = "Washington - Seoul ties deepen\n\nThe allies met on Monday."
    assert mask_news_furniture(text) == text


@pytest.mark.parametrize("line", ["NATO (North Atlantic Treaty Organization) - The alliance met.",
                                  "KIM JONG UN (North Korean leader) - The leader spoke."])
def test_a_glossary_entry_is_no_dateline(line):
    # an upper-case name before the words it abbreviates or a description is kept
    assert mask_news_furniture(line) == line
