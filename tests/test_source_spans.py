"""What a source span may be (:mod:`analysis.corpus.source_spans`): no adverb after the subject,
no affiliation instead of the person, no first-person pronoun as a speaker.

Every sentence here was written for this file in the style of Korean English-language press,
wire explainers and North Korean statements as carried by outlets; none is copied from an
outlet. The expected values were checked by hand against ``data/voices_README.md``.
"""

import pytest

from analysis.corpus.source_spans import (
    affiliated_person,
    colon_source,
    first_person_author,
    named_after_role,
    trimmed_source,
)
from tests.speaker_rows import quote_rows
from tests.speaker_rows import voice_speaker_rows as rows


@pytest.mark.parametrize(("raw", "expected"), [
    ("Some even", "Some"),
    ("Critics also", "Critics"),
    ("Kim", "Kim"),
    ("Even", "Even"),  # one word: nothing to cut
    (None, None),
])
def test_trimmed_source(raw, expected):
    assert trimmed_source(raw) == expected


@pytest.mark.parametrize(("outside", "raw", "expected"), [
    (" Park Ji-won of the Centre for Maritime Studies at the Asan Institute told Yonhap.",
     "the Asan Institute", "Park Ji-won"),
    ("In a column, Ri Chol Ho of the Chinese foreign ministry’s Institute for "
     "Disarmament warned", "Institute for Disarmament", "Ri Chol Ho"),
    # the name asked a question: it is no source of what follows
    ("Answering a query from Professor Lee at Yonsei University about the talks, President "
     "Moon said,", "President Moon", "President Moon"),
    # a body's own name is no person
    (" The Centre of Naval Studies at the Defense Academy said", "the Defense Academy",
     "the Defense Academy"),
])
def test_affiliated_person(outside, raw, expected):
    assert affiliated_person(outside, raw) == expected


def test_first_person_author_needs_a_statement_frame():
    frame = ("Press release\n\nRi Song Gil, director of the institute, issued the following "
             "statement on Friday:\n\nThe drills must stop.")
    assert first_person_author("I", frame) == "Ri Song Gil"
    assert first_person_author("this time we", frame) == "Ri Song Gil"
    assert first_person_author("he", frame) is None
    # a columnist's own I, with no statement carried: left as written
    assert first_person_author("I", "The talks were long. Nobody was happy.") is None


@pytest.mark.parametrize(("before", "expected"), [
    ("Radio Free Asia reports: ", "Radio Free Asia"),
    ("Voice of America News reported: ", "Voice of America News"),
    ("The ministry explained, in part: ", None),
    ("Analysts in Seoul reports: ", None),
])
def test_colon_source(before, expected):
    assert colon_source(before) == expected


def test_the_person_not_the_institute_speaks_and_keeps_the_next_he():
    text = ("“A single submarine changes little at sea,” Han Seo-yeon of the Centre for "
            "Naval Affairs at the Korea Institute told reporters. The boat would have to sail "
            "far south to matter, she said.")
    assert rows(text) == [("quoted", "Han Seo-yeon"), ("quoted", "Han Seo-yeon")]


def test_an_adverb_after_a_plural_subject_is_no_speaker():
    text = "Some even quipped that the two leaders now share one umbrella."
    assert rows(text) == [("quoted", "Some")]


def test_a_first_person_statement_sentence_is_its_author_s():
    text = ("Pak Myong Ho, vice-minister of foreign affairs of the DPRK, issued the following "
            "press statement on Friday:\n\n"
            "The U.S. keeps sending its strategic bombers to the peninsula.\n\n"
            "The U.S. is to blame.\n\n"
            "I express deep displeasure over and condemn the unfair conduct of the UNSC which "
            "again put in doubt our just right, under the worn pretext of a breach of "
            "UN “resolutions”.")
    assert quote_rows(text)[-1] == ("partial", "quoted", "Pak Myong Ho")


def test_a_source_named_before_a_colon_speaks_the_quotation():
    text = ("Arirang News reports: “Seoul will not build its own bomb, in exchange for a "
            "larger say in American planning for a war on the peninsula.”")
    assert rows(text) == [("quoted", "Arirang News")]


@pytest.mark.parametrize(("outside", "raw", "expected"), [
    ("The allies will meet in June, according to Japan’s chief cabinet secretary Hiro Tanabe.",
     "Japan", "Hiro Tanabe"),
    ("as hinted by Japan’s deputy defence minister, Hiro Tanabe.",
     "Japan’s deputy defence minister", "Hiro Tanabe"),
    # a person's own act that names another person: no role naming, no change
    ("Mina Park announced she and husband Jun Seo would move to Busan.", "Mina Park",
     "Mina Park"),
    ("a poll run by pollster Gallup Korea found", "poll", "poll"),
])
def test_named_after_role(outside, raw, expected):
    assert named_after_role(outside, raw) == expected
