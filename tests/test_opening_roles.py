"""A pronoun after narration whose subject is a party's role and name (*Democratic Party floor
leader Park ... disagreed. He called ...*) stands for that person, not the last one who spoke;
and a stance under a modal (*only if he can be convinced that*) is a condition, no view held
(analysis/corpus/opening_subjects.py, analysis/corpus/cue_words.py).

Every sentence here was written for this file; none is copied from an outlet. The expected
values were checked by hand.
"""

import pytest

from analysis.corpus import Document
from analysis.corpus.cues import WORD_RE
from analysis.corpus.opening_subjects import sentence_subject


def rows(text):
    return [(s.voice, s.speaker) for s in Document.from_text(text).sentences]


@pytest.mark.parametrize("sentence, subject", [
    ("Democratic Party floor leader Park Min-ho disagreed.",
     "Democratic Party floor leader Park Min-ho"),
    ("Ruling party leader Choi Jin-a agreed.", "Ruling party leader Choi Jin-a"),
    ("Justice Party deputy spokesperson Han Bo-ra left early.",
     "Justice Party deputy spokesperson Han Bo-ra"),
    ("Democratic Party leader Lee Soo-min objected.", "Democratic Party leader Lee Soo-min"),
    # no role after the lower-case words: the capitalised name alone, as before
    ("North Korea fired two missiles.", "North Korea"),
    ("Seoul launched talks leader Kim skipped.", "Seoul"),
    # a verb before a role is no post's modifier
    ("Yoon will meet leader Kim Jong Un on Friday.", "Yoon"),
    ("Kim Jong Un met minister Choe Son Hui.", "Kim Jong Un"),
    ("Trump may ask chairman Kim.", "Trump"),
])
def test_the_opening_subject_runs_past_modifiers_to_a_role_and_its_name(sentence, subject):
    assert sentence_subject(list(WORD_RE.finditer(sentence))) == subject


def test_a_pronoun_after_a_party_role_is_that_person():
    text = ("The presidential spokesperson, Oh Jae-won, said the pact was \"the strongest "
            "guarantee\" in decades.\n\n"
            "Democratic Party floor leader Park Min-ho disagreed. He called the pact \"a deal "
            "that ties our hands.\"")
    assert rows(text) == [("quoted", "Oh Jae-won"), ("authorial", None),
                          ("quoted", "Park Min-ho")]


def test_a_pronoun_after_a_verb_and_a_role_is_the_subjects():
    text = "Yoon will meet leader Kim Jong Un on Friday. He said the summit would focus on trade."
    assert rows(text)[1] == ("quoted", "Yoon")


def test_a_stance_under_a_modal_is_a_condition():
    text = ("Hale could back a carbon tax, but only if he can be convinced that it helps "
            "farmers, Sen. Ann Moss told reporters.")
    assert rows(text) == [("quoted", "Ann Moss")]
    assert rows("Officials are convinced that the drills will go ahead.") == [
        ("quoted", "officials")]


def test_observed_with_an_object_is_perception_not_speech():
    text = ("Seoul Mayor Ana Oh spoke to reporters on Monday.\n\n"
            "The mayor toured the border town as she observed the North's drills.\n\n"
            "She pointed out that the North has sent balloons across the border.")
    assert rows(text) == [("authorial", None), ("authorial", None), ("quoted", "Ana Oh")]
    assert rows("As Hale observed, the drills are defensive.") == [("quoted", "Hale")]
    assert rows("Officials observed a moment of silence.") == [("authorial", None)]


def test_an_expectation_expressed_is_a_report_of_the_titled_person():
    text = ("US Special Envoy for North Korea Ana Ruiz on Tuesday expressed her expectation that "
            "the leaders would show their commitment.")
    assert rows(text) == [("quoted", "Ana Ruiz")]
