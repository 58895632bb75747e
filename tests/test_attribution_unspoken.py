"""Sentences that name no speaker although they hold a verb of saying or believing, read off
the errors of the blind sets real83 and real84 on texts written for these tests in the styles
of wire copy, the Korean English-language press and commentary (issue 13): a noun clause's
*say*, a negated subject's view, an idea or a dispute as the subject, a forecast of what a
country will meet, a report's authorship."""

from __future__ import annotations

import pytest

from analysis.corpus.source_phrases import vetoed
from analysis.corpus.writer_claims import blank_unspoken
from tests.speaker_rows import voice_speaker_rows as rows


def test_a_noun_clause_say_and_a_negated_subject_are_blanked_offsets_kept():
    text = "Those who came to hear what the envoy had to say included two former ministers."
    got = blank_unspoken(text)
    assert len(got) == len(text)
    assert "had to     included" in got
    text = "No one in Seoul seriously believes the North will give up its warheads."
    assert blank_unspoken(text) == text.replace("believes", " " * 8)
    assert blank_unspoken("Seoul believes the North will talk.") == \
        "Seoul believes the North will talk."


@pytest.mark.parametrize("sentence", [
    "Those who gathered to hear what the new minister had to say included diplomats, "
    "scholars and two former ambassadors.",
    "No one in the region believes the North's claim that the launch was a \"routine\" test.",
    "Nobody in Washington expected the talks to resume before the election.",
    "In Tokyo, those sentiments are echoed in worries that tariffs could be tied to the bases.",
    "Still, disagreements remain over the scope of the package, and debates on the cost go on.",
    "Seoul can expect mounting pressure to take on a larger role in the region, with talks "
    "on troop levels and wartime command still ahead.",
    "The study was written by two former officials of the Pentagon and a fellow at the "
    "institute.",
])
def test_sentences_that_report_no_ones_words_are_the_writers(sentence):
    assert rows(sentence) == [("authorial", None)]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Officials in Seoul expect that the talks will resume in the spring.", "fficials"),
    ("The foreign ministry said no one in the region believes the claim.", "foreign ministry"),
    ("The report, which was written by two former officials, argues that the brigade should "
     "go home.", "report"),
])
def test_a_source_that_holds_a_view_or_speaks_stays_quoted(sentence, speaker):
    (voice, who), = rows(sentence)
    assert voice == "quoted"
    assert speaker in who


@pytest.mark.parametrize(("sentence", "raw", "veto"), [
    ("Seoul can expect mounting pressure to take on a larger role in the region.", "Seoul",
     True),
    ("The study was written by two former officials of the Pentagon.", "The study", True),
    ("The statement was drafted by the ministry's legal office.", "The statement", True),
    ("Seoul expects mounting pressure from Washington, an aide said.", "Seoul", False),
    ("Seoul can expect that Washington will ask for more, he said.", "Seoul", False),
    ("The study was released by the institute on Monday.", "The study", False),
])
def test_a_promoted_source_that_only_undergoes_something_is_vetoed(sentence, raw, veto):
    assert vetoed(sentence, raw) is veto


@pytest.mark.parametrize("sentence", [
    "A foreign ministry spokesperson on Thursday commented on the launch of the new satellite.",
    "The sad aspect is that some experts have hastily defined the split as irreversible.",
    "In this context, I intend to analyze the theory and argue that it remains incomplete.",
])
def test_a_topic_an_aspect_and_the_writers_own_i_are_the_writers(sentence):
    assert rows(sentence) == [("authorial", None)]


def test_the_writers_own_i_after_a_source_is_the_writers():
    text = ("Kim said the South was a hostile state. In this paper, I intend to study the "
            "doctrine and argue that it remains unfinished.")
    assert rows(text) == [("quoted", "Kim"), ("authorial", None)]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The spokesperson commented on the launch, saying it violated the resolutions.",
     "spokesperson"),
    ("The spokesperson commented that the launch violated the resolutions.", "spokesperson"),
    ("\"I believe that we must be wary,\" the minister said.", "minister"),
])
def test_a_comment_with_content_and_a_quoted_i_stay_quoted(sentence, speaker):
    (voice, who), = rows(sentence)
    assert voice == "quoted"
    assert speaker in who


@pytest.mark.parametrize(("sentence", "voice"), [
    ("Kim Yo Jong's comments suggest again that the North has no interest in talks.",
     "authorial"),
    ("The minister's speech underscores that Seoul has no plan to change course.", "authorial"),
    ("The ministry's statement said that the drills were a rehearsal for an invasion.",
     "quoted"),
    ("The statement underscored that the commitment to the South is ironclad.", "quoted"),
])
def test_the_writers_present_reading_of_a_remark_is_the_writers(sentence, voice):
    assert rows(sentence)[0][0] == voice
