"""Speakers on real coverage, second round (issue 13): a group from several sides, a capital
that spoke before a ``he``, a national ministry named in full, a KCNA dateline. Passages
written for this project in the styles of wire copy, the Korean English-language press and
KCNA as reported; each failed before these rules (the value it had is in the comment)."""

from __future__ import annotations

import pytest

from tests.speaker_rows import last as _last

Q, E = "\u201c", "\u201d"


@pytest.mark.parametrize("text", [
    # was "the two countries" (speaker and actor)
    "SEOUL, April 27 (Yonhap) -- South Korea and the United States agreed on Wednesday to "
    "set up a nuclear planning group.\n\nOfficials from the two countries reaffirmed that "
    "the alliance would answer any attack from the North.",
    # was "officials from both sides"
    "The vice ministers met in Washington for three hours.\n\nOfficials from both sides said "
    "the talks had been candid and useful.",
    # was "the United States": the last country of the pair
    "Officials from South Korea and the United States said the group would meet every "
    "quarter, starting in June.",
    # was "the two sides"
    "Senior officials of the two sides told reporters the drills would go ahead.",
])
def test_officials_from_several_sides(text):
    voice, speaker, actor = _last(text)
    assert voice == "quoted"
    assert speaker in {"officials", "Senior officials"}
    assert actor == speaker


def test_officials_from_one_side_are_left_as_written():
    text = ("Officials from South Korea said the submarine would visit Busan later this "
            "year.")
    assert _last(text)[1] == "officials from South Korea"


@pytest.mark.parametrize("text, speaker", [
    # a capital that spoke is no "he": the person named before it (was "Beijing", "Seoul")
    ("Wang Wenbin took questions from reporters in Beijing on Friday.\n\nBeijing said it "
     "opposed any move that raised tension on the peninsula.\n\nHe added that the region "
     "needed calm, not more warships.", "Wang Wenbin"),
    ("South Korean President Yoon Suk Yeol met Chinese envoy Xing Haiming on Monday.\n\n"
     "Seoul said it would keep talking with Beijing.\n\nHe said the talks had been frank.",
     "Yoon Suk Yeol"),
    # with no person named, the pronoun stays unresolved, as written (was "Beijing")
    ("Beijing said it firmly opposed the declaration.\n\nHe said the allies were "
     f"{Q}stoking confrontation.{E}", "he"),
])
def test_capital_that_spoke_is_no_he(text, speaker):
    voice, found, _ = _last(text)
    assert voice == "quoted"
    assert found == speaker


@pytest.mark.parametrize("text, speaker, actor", [
    # a ministry named in full keeps its name (was "Defense", a title stripped) and is its
    # country's, as an unnamed organ is (was "Defense")
    ("SEOUL, April 28 (Yonhap) -- South Korea and the United States will stage joint drills "
     "next month.\n\nThe Ministry of National Defense said about 2,000 troops would take "
     "part.", "Ministry of National Defense", "South Korea"),
    ("SEOUL, April 28 (Yonhap) -- Seoul will hold drills next month.\n\nSouth Korea's "
     "Ministry of National Defense said the drills would involve 2,000 troops.",
     "South Korea's Ministry of National Defense", "South Korea"),
    ("Seoul, April 30 (Korea Herald) - The allies agreed to expand nuclear planning.\n\nThe "
     "Ministry of Foreign Affairs said the group would meet in June.",
     "Ministry of Foreign Affairs", "South Korea"),
    # a spokesperson of the ministry is the person (unchanged)
    ("Ministry of National Defense spokesperson Jeon Ha-kyu said the drills were routine.",
     "Jeon Ha-kyu", "Jeon Ha-kyu"),
    # no dateline and two countries in the opening: the body stays its own actor
    ("South Korea and the United States agreed to hold drills.\n\nThe Ministry of National "
     "Defense said they would be the largest yet.", "Ministry of National Defense",
     "Ministry of National Defense"),
])
def test_ministry_named_in_full(text, speaker, actor):
    assert _last(text) == ("quoted", speaker, actor)


@pytest.mark.parametrize("text, speaker, actor", [
    # a commentary under a KCNA dateline is KCNA's (was "commentary", "the commentary")
    ("Pyongyang, April 28 (KCNA) -- The U.S. and its followers are driving the peninsula to "
     "the brink of nuclear war, a commentary said.", "commentary", "KCNA"),
    ("PYONGYANG, April 29 (KCNA) -- The so-called declaration is a war document, not a "
     "pledge of peace.\n\nThe commentary accused Washington of planning to base strategic "
     "nuclear assets in the south.", "the commentary", "KCNA"),
    # an unlisted agency's dateline leaves the commentary as it is
    ("SEOUL, April 29 (Yonhap) -- The declaration drew a sharp response from the North.\n\n"
     "The commentary accused Washington of raising tension.", "the commentary",
     "the commentary"),
])
def test_commentary_under_a_kcna_dateline(text, speaker, actor):
    assert _last(text) == ("quoted", speaker, actor)
