"""What a source knows and where a speaker stood, between the speaker and the verb
(analysis.corpus.subject_adjuncts): *A person familiar with the matter said* is the person's,
not "the matter"'s. Sentences written for these tests in the style of wire copy."""

import pytest

from analysis.corpus.subject_adjuncts import adjunct_start
from tests.speaker_rows import voice_speaker_rows


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("A person familiar with the matter said the visit was postponed.", "person"),
    ("Two people familiar with the plans said the carrier would arrive on Friday.", "people"),
    ("An official with knowledge of the matter said the visit was postponed.", "official"),
    ("A source with direct knowledge of the talks said no date was set.", "source"),
    ("Officials briefed on the plans say the drills will be scaled back.", "officials"),
    ("President Yoon Suk Yeol at a Cabinet meeting said the alliance was strong.",
     "Yoon Suk Yeol"),
    ("Leader Kim Jong Un at the launch site said the test was a success.", "Kim Jong Un"),
    ("Yoon at a news conference said the alliance had never been stronger.", "Yoon"),
])
def test_the_speaker_is_read_before_what_it_knows_or_where_it_stood(sentence, speaker):
    assert voice_speaker_rows(sentence) == [("quoted", speaker)]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("People close to the president said he was furious.", "People close to the president"),
    ("A source close to the Blue House said the trip was off.",
     "source close to the Blue House"),
])
def test_people_close_to_someone_stay_described_by_whom(sentence, speaker):
    assert voice_speaker_rows(sentence) == [("quoted", speaker)]


def test_adjunct_start_needs_a_subject_before_it():
    def start(before: str) -> int | None:
        text = before + "said the talks would resume."
        return adjunct_start(text, len(before))

    assert start("A person familiar with the matter ") == len("A person ")
    assert start("Familiar with the matter ") is None
    assert start("At a news conference ") is None
    assert start("The minister ") is None


def test_a_plural_owner_keeps_its_apostrophe_in_the_opening_subject():
    from analysis.corpus.cues import WORD_RE
    from analysis.corpus.opening_subjects import sentence_subject

    text = "The three countries' leaders are expected to meet later this month."
    assert sentence_subject(list(WORD_RE.finditer(text))) == "The three countries' leaders"
    # a forecast of a meeting is the writer's, not words of "countries leaders"
    assert voice_speaker_rows("The three countries' leaders are expected to meet on the "
                              "sidelines of the Group of Seven summit in Hiroshima later this "
                              "month.") == [("authorial", None)]
