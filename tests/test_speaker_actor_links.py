"""Actors of speakers as the labelling rules of ``data/voices_README.md`` link them: an
unnamed official or body of a listed country named with it is the country
(:mod:`analysis.corpus.actor_linker`); a bare or partial name is the person the document
names in full, a role noun the actor its head was linked to before
(:mod:`analysis.corpus.speaker_actors`); data or a document is its maker's
(:mod:`analysis.corpus.maker_sources`).

Every phrase and sentence here was written for this file in the style of wire copy and Korean
English-language press; none is copied from an outlet.
"""

import pytest

from analysis.corpus.actor_linker import default_linker
from analysis.corpus.maker_sources import with_maker
from analysis.corpus.speaker_actors import earlier_bearer, with_determiner
from tests.speaker_rows import rows


@pytest.mark.parametrize(("speaker", "actor"), [
    ("senior US official", "United States"),
    ("a senior U.S. official", "United States"),
    ("South Korean foreign ministry official", "South Korea"),
    ("Japanese government source", "Japan"),
    ("Japanese Coast Guard", "Japan"),
    ("Japan’s coastguard", "Japan"),
    ("North Korean official", "North Korea"),
    # a former official speaks for no country; an official of no listed country stays
    ("one former U.S. official", "one former U.S. official"),
    ("former South Korean officials", "former South Korean officials"),
    ("senior administration official", "senior administration official"),
])
def test_an_unnamed_official_or_body_of_a_listed_country_is_the_country(speaker, actor):
    assert default_linker().link(speaker) == actor


def test_a_bare_kim_is_the_kim_who_spoke_not_the_brother_named_last():
    text = ("SEOUL — North Korea’s Kim Yo Jong, sister of leader Kim Jong Un, said on Friday "
            "that the drills were a rehearsal for invasion.\n\n"
            "“Washington will regret its choice,” Kim said in a statement.")
    assert [actor for _, _, actor in rows(text)] == ["Kim Yo Jong", "Kim Yo Jong"]


def test_a_bare_kim_with_no_kim_speaking_before_keeps_its_reading():
    text = ("“We will answer every provocation,” Kim Jong Un said.\n\n"
            "Kim added that talks were over.")
    assert [actor for _, _, actor in rows(text)] == ["Kim Jong Un", "Kim Jong Un"]


def test_a_given_name_alone_is_the_speaker_named_in_full_before():
    text = ("Kim Yo Jong denounced the carrier visit in comments carried by KCNA.\n\n"
            "Yo-Jong, a senior party official, said: “The enemies will pay dearly.”")
    assert [actor for _, _, actor in rows(text)] == ["Kim Yo Jong", "Kim Yo Jong"]


@pytest.mark.parametrize(("speaker", "spoken", "expected"), [
    ("Kim", ["Kim Yo Jong", "Jake Sullivan"], "Kim Yo Jong"),
    ("Kim himself", ["Kim Jong Un", "Kim Yo Jong"], "Kim Yo Jong"),
    ("Kim", ["Jake Sullivan"], None),
    ("Yo-jong", ["Kim Yo Jong"], "Kim Yo Jong"),
    ("Sullivan", ["Jake Sullivan"], None),  # one word, no shared family name: the linker's
    ("the sister", ["Kim Yo Jong"], None),
])
def test_earlier_bearer(speaker, spoken, expected):
    assert earlier_bearer(speaker, spoken, default_linker()) == expected


@pytest.mark.parametrize(("outside", "raw", "expected"), [
    ("According to figures compiled by the Hanbit news agency, it was the ninth launch.",
     "figures", "figures compiled by the Hanbit news agency"),
    ("Most respondents backed the plan, according to a survey conducted by the Seoul "
     "Policy Forum and run by Gallup Korea.", "survey",
     "survey conducted by the Seoul Policy Forum"),
    ("The talks open Monday, according to a notice issued by the presidential office on Friday.",
     "notice", "notice"),  # no made thing of the list: unchanged
    ("The poll said so.", "poll", "poll"),  # no maker named
])
def test_a_made_source_keeps_its_maker(outside, raw, expected):
    assert with_maker(outside, raw) == expected


def test_the_maker_is_the_actor_of_data_it_made():
    text = ("Two missiles fell into the sea, according to a report issued by the presidential "
            "office.")
    assert rows(text) == [("quoted", "report issued by the presidential office", "South Korea")]


def test_a_role_noun_takes_the_actor_its_head_was_linked_to_before():
    text = ("A spokesman for North Korea’s foreign ministry condemned the drills on Sunday.\n\n"
            "“No one can guarantee that an accident will not happen,” the spokesperson said.")
    assert [actor for _, _, actor in rows(text)] == ["North Korea", "North Korea"]


@pytest.mark.parametrize(("sentence", "speaker", "expected"), [
    ("The plan is sound, a senior defense official said.", "senior defense official",
     "a senior defense official"),
    ("Some lawmakers doubt the pledge.", "lawmakers", "Some lawmakers"),
    ("According to the report, the talks stalled.", "report", "the report"),
    ("The drills will go ahead, according to The Morning Ledger.", "Morning Ledger",
     "The Morning Ledger"),
    # a proper name after a lower-case "the" keeps no article; no determiner, nothing added
    ("Tensions rose, the Asan Institute said.", "Asan Institute", "Asan Institute"),
    ("Analysts expect a test soon.", "Analysts", "Analysts"),
])
def test_with_determiner(sentence, speaker, expected):
    assert with_determiner(sentence, speaker) == expected


def test_an_unnamed_source_keeps_its_determiner_as_actor():
    text = "The carrier will stay for a week, said a source with knowledge of the plan."
    assert rows(text) == [("quoted", "source", "a source")]
