"""One unnamed source is one actor in its document (:mod:`analysis.corpus.unnamed_actors`).
All texts are invented."""

from __future__ import annotations

from analysis.corpus import Document
from analysis.corpus.unnamed_actors import UnnamedActors, unnamed_key


def actors(text):
    return [s.actor for s in Document.from_text(text).sentences if s.voice == "quoted"]


def test_later_reference_to_an_anonymous_source_keeps_its_first_actor():
    text = ("The carrier will dock in Busan next month, according to a senior defense "
            "official.\n\n"
            "The official, who was not authorised to speak publicly, said the visit would be "
            "short.")
    assert actors(text) == ["a senior defense official"] * 2


def test_capital_determiner_of_a_sentence_opening_is_lower_case():
    text = "The ministry of unification condemned the launch as a provocation."
    assert actors(text) == ["the ministry of unification"]


def test_named_actor_is_left_alone():
    forms = UnnamedActors()
    assert forms.canonical("Asan Institute") == "Asan Institute"
    assert forms.canonical("The Morning Ledger") == "The Morning Ledger"
    assert forms.canonical(None) is None


def test_forms_of_one_unnamed_source_share_the_first():
    forms = UnnamedActors()
    assert forms.canonical("A senior official") == "a senior official"
    assert forms.canonical("senior official") == "a senior official"
    assert forms.canonical("the senior official") == "a senior official"
    assert forms.canonical("some analysts") == "some analysts"
    assert forms.canonical("Analysts") == "Analysts"  # a capital noun with no determiner


def test_unnamed_key():
    assert unnamed_key("The  ministry of defense") == "ministry of defense"
    assert unnamed_key("U.S. officials") is None
