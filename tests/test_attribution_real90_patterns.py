"""Voice patterns read off the errors of the blind set real90 (official US texts on the alliance
and North Korea, 2023-25, and the news that reported them), on sentences written for these tests
in the styles of State Department and White House readouts, wire copy and Yonhap (issue 13)."""

from __future__ import annotations

import pytest

from analysis.corpus.group_subjects import plural_speaker, they_referent
from analysis.corpus.source_spans import named_after_role
from tests.speaker_rows import voice_speaker_rows as rows


@pytest.mark.parametrize(("sentence", "speaker"), [
    # the person named after a role and its complement, closing the sentence
    ("The missiles were never sent, according to a representative of North Korea at the United "
     "Nations, Kim Song.", "Kim Song"),
    ("The drills will go ahead next month, according to a spokesperson for the ministry, "
     "Jeon Ha-kyu.", "Jeon Ha-kyu"),
    # a rank before the person named after a role
    ("The launch failed, according to the military's top officer, Gen. Kim Myung-soo.",
     "Kim Myung-soo"),
    # readout acts: thanks for something, concerns discussed
    ("The Secretary thanked the Foreign Minister for Seoul's efforts in hosting the summit.",
     "Secretary"),
    ("The two ministers discussed their concerns about the DPRK's growing missile tests.",
     "the two ministers"),
    # a view anticipated before "that", after a fronted participle
    ("Noting the partnership, analysts anticipated that the North could get military technology "
     "from Russia.", "analysts"),
    # a quotation as the object of "expressed its"
    ('The Foreign Ministry expressed its "strongest possible condemnation" of the summit '
     "declaration.", "Foreign Ministry"),
])
def test_real90_sources(sentence, speaker):
    assert rows(sentence) == [("quoted", speaker)]


def test_a_fronted_moreover_is_no_speaker():
    text = ("The two ministers met in Seoul on Monday.\n\n"
            "Moreover, the ministers appreciated South Korea for hosting the event.")
    assert rows(text)[-1] == ("quoted", "the ministers")


def test_the_inner_source_of_a_quotation_after_expressed_its():
    text = ('North Korea\'s Foreign Ministry expressed its "strongest possible condemnation and '
            'rejection of the declaration," the Korean Central News Agency reported.')
    assert rows(text) == [("quoted", "North Korea's Foreign Ministry")]


def test_him_after_an_envoy_at_the_united_nations_is_the_envoy():
    text = ("North Korea denies that it sent missiles to Russia, according to its envoy at the "
            "United Nations, Kim Song.\n\nAccording to him, the North does not need to answer "
            "every groundless accusation from Washington.")
    assert rows(text)[-1] == ("quoted", "Kim Song")


def test_they_after_a_person_is_the_group_that_spoke_before():
    text = ("The national security advisors condemned the launch. Mr. Sullivan reaffirmed the "
            "commitment of the United States to the defense of Japan and the ROK. They noted "
            "that their meeting in Seoul had strengthened their coordination.")
    assert [s for _, s in rows(text)] == ["national security advisors", "Sullivan",
                                          "national security advisors"]


@pytest.mark.parametrize(("speaker", "plural"), [
    ("the national security advisors", True), ("The Secretary and Foreign Minister", True),
    ("officials", True), ("Sullivan", False), ("the ministry", False), ("the press", False),
    ("the campus", False), ("Reuters", False), ("analysis", False),
])
def test_plural_speaker(speaker, plural):
    assert plural_speaker(speaker) is plural


def test_they_referent():
    assert they_referent("Sullivan", "the advisors", "Sullivan") == "the advisors"
    assert they_referent("the ministry", "the advisors", "Sullivan") == "the ministry"
    assert they_referent("Sullivan", None, "Sullivan") == "Sullivan"


def test_named_after_role_needs_a_role_and_a_name():
    outside = "The drills go ahead, according to a source in the ministry, Seoul Station."
    assert named_after_role(outside, "a source") == "a source"  # no person's role, no name
    outside = "The drills go ahead, according to a spokesperson for the ministry, Lee Sung-jun."
    assert named_after_role(outside, "a spokesperson") == "Lee Sung-jun"


SPEECH = ("So, colleagues, here we are again. We met a month ago after the last launch. The "
          "United States condemns this launch in the strongest terms. Last week, state media "
          "claimed the new missile strengthens its nuclear posture. We will not accept that.")


def test_a_speech_with_no_turn_label_is_one_unnamed_speakers():
    readings = rows(SPEECH)
    assert readings == [("speech", None)] * 5


def test_a_vocative_and_the_first_person_are_both_needed():
    # no vocative: a commentary in the first person stays the writer's
    essay = ("We have seen this before. Our allies will ask what we plan to do. I think the "
             "answer is clear.")
    assert {v for v, _ in rows(essay)} == {"authorial"}
    # a vocative in a report's quotation is no speech of the text
    report = ("“Mr. President, we are ready,” the envoy told the council. The envoy spoke for "
              "ten minutes. The council adjourned at noon.")
    assert rows(report)[1:] == [("authorial", None), ("authorial", None)]
    # a vocative but a text mostly in the third person: an article
    article = ("Colleagues, the minister said, must act. The council met on Monday. The vote was "
               "delayed. Russia and China objected. The meeting ended without a statement.")
    assert "speech" not in {v for v, _ in rows(article)}


def test_a_labelled_transcript_keeps_its_turns():
    text = "MR. KIRBY: Colleagues, we are ready. We will respond.\n\nQ Will you?"
    assert rows(text) == [("speech", "Mr. Kirby"), ("speech", "Mr. Kirby"), ("speech", "Q")]


def test_him_after_a_body_named_in_between_is_still_the_person():
    text = ("North Korea denies that it sent missiles to Russia, according to its envoy at the "
            "United Nations, Kim Song.\n\nAccording to the United Nations, the transfers broke "
            "its resolutions.\n\nAccording to him, the North does not need to answer every "
            "accusation from Washington.")
    assert rows(text)[-1] == ("quoted", "Kim Song")


@pytest.mark.parametrize("text", [
    # a feature lede in the first person that reports its sources (review rv90)
    "Ladies and gentlemen, meet the USS Kentucky. We were allowed aboard for two hours. Our guide "
    "was a young officer. The boat carries missiles, officials said. Its crew said little.",
    # an open letter
    "Mr. President, I write to you about the alliance. We have watched your policy closely. Our "
    "readers are worried. Please act.",
    # unquoted direct speech closed by its source
    "Thank you, Mr. Minister, we are very glad to be here, Blinken said. We discussed the "
    "threat. Our alliance is strong.",
])
def test_a_writers_text_with_a_vocative_is_no_speech(text):
    assert "speech" not in {v for v, _ in rows(text)}


def test_anticipated_reports_only_before_that():
    assert rows("Officials anticipated the launch and moved the ships.") == [("authorial", None)]
