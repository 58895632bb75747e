"""A capitalised sentence adverb that opens a sentence is never its speaker (issue 13): the
subject finders read past it (analysis.corpus.cue_words.is_opening_adverb), while a name
ending in -ly stays a name. Sentences written for these tests."""

import pytest

from analysis.corpus.attribution_model import cue_subject, default_model
from analysis.corpus.cue_words import is_opening_adverb
from analysis.corpus.cues import WORD_RE
from analysis.corpus.opening_subjects import sentence_subject
from analysis.corpus.quotes import attribute_sentences, promoted_speaker
from analysis.corpus.sentences import iter_sentences


def _tokens(sentence: str) -> list:
    return list(WORD_RE.finditer(sentence))


def _speaker(sentence: str) -> tuple[str, str | None]:
    (attribution,) = attribute_sentences(sentence, list(iter_sentences(sentence)),
                                         kind="article")
    return attribution.voice, attribution.speaker


@pytest.mark.parametrize(("sentence", "adverb"), [
    ("Initially, officials hoped the group would calm the public.", True),
    ("Deeply divided over the plan, party leaders found little common ground.", True),
    ("Sadly, the talks ended early.", True),
    ("Hastily, the ministry issued a correction.", True),
    # names and nouns in -ly, and a newspaper's name, are no adverbs
    ("Kelly said the group would meet four times a year.", False),
    ("Italy will send observers.", False),
    ("Reilly believes the plan will hold.", False),
    # a surname in -ly before a lower-case word: its stem is no common word
    ("Donnelly then told reporters the talks had gone well.", False),
    ("Kimberly Harris, a State Department spokesperson, declined to comment.", False),
    ("Monthly Chosun reported the plan first.", False),
    ("Assembly members passed the bill.", False),
])
def test_is_opening_adverb(sentence: str, adverb: bool) -> None:
    assert is_opening_adverb(_tokens(sentence)) is adverb


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Deeply divided over the plan, party leaders found little common ground, officials said.",
     None),
    ("Frankly, Washington expected more gratitude from Seoul.", "Washington"),
    ("Understandably, Seoul wants more than words.", "Seoul"),
    ("Reportedly unhappy with the outcome, Beijing lodged a protest.", "Beijing"),
    # a name ending in -ly is the subject
    ("Kelly hoped the visit would ease trade tensions.", "Kelly"),
    ("Beverly Kim, a professor at Korea University, called the deal a turning point.",
     "Beverly Kim"),
])
def test_sentence_subject_reads_past_an_opening_adverb(sentence: str,
                                                       subject: str | None) -> None:
    assert sentence_subject(_tokens(sentence)) == subject


def test_cue_subject_is_no_opening_adverb() -> None:
    sentence = "Reportedly unhappy with the outcome, Beijing lodged a protest."
    cues = default_model().cues
    assert cue_subject(_tokens(sentence), cues) is None
    assert promoted_speaker(sentence, _tokens(sentence), cues) == "Beijing"


@pytest.mark.parametrize(("sentence", "speaker"), [
    # sentences the model promotes to reported speech: the speaker is what the rest names
    ("Initially, officials hoped the agreement would calm public opinion in Seoul.",
     "officials"),
    ("Deeply skeptical of the pledge, many conservatives hoped Seoul would go further.",
     "conservatives"),
    ("Frankly, Washington expected more gratitude from Seoul.", "Washington"),
    # a reporting clause after a fronted adverb and an appositive
    ("Similarly, Kim Tae-hyo, the deputy national security adviser, said the group would "
     "meet four times a year.", "Kim Tae-hyo"),
    # controls: names in -ly
    ("Kelly, a former State Department official, said the group would meet four times a year.",
     "Kelly"),
    ("Reilly told reporters in Seoul that the allies would share more intelligence.", "Reilly"),
])
def test_an_opening_adverb_is_never_the_speaker(sentence: str, speaker: str) -> None:
    assert _speaker(sentence) == ("quoted", speaker)
