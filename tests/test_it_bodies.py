"""A reporting *it* with no speaker before it is the country or body narrated last, and a
paraphrase of nobody is the writer's (:mod:`analysis.corpus.it_bodies`). All texts are
invented."""

from __future__ import annotations

from analysis.corpus import Document
from analysis.corpus.actor_linker import default_linker
from analysis.corpus.it_bodies import narrated_body, nobodys_paraphrase


def body_before(*sentences):
    text = " ".join(sentences) + " It said so."
    spans, at = [], 0
    for sentence in [*sentences, "It said so."]:
        spans.append((1, at, at + len(sentence)))
        at += len(sentence) + 1
    return narrated_body(text, spans, len(sentences), default_linker())


def rows(text):
    return [(s.voice, s.speaker, s.actor) for s in Document.from_text(text).sentences]


def test_it_after_a_narrated_country_is_that_country():
    text = ("Tokyo has kept its distance from the debate. It warned again on Friday that any "
            "test would be met with sanctions.")
    assert rows(text)[1] == ("quoted", "Tokyo", "Japan")


def test_it_after_a_narrated_organisation_is_that_organisation():
    assert body_before("The Pentagon moved two destroyers to the region.") == "Pentagon"


def test_it_after_a_thing_is_no_source():
    assert body_before("The plan was approved in May.") is None
    assert body_before("Seoul gave up a lot.", "The plan was approved in May.") is None
    assert body_before("Seoul gave up a lot.") == "Seoul"


def test_reported_sentence_keeps_a_speaker_or_is_the_writers():
    text = ("The new plan was approved in May after months of talks. It promised a faster "
            "response to any missile launch.")
    voice, speaker, _ = rows(text)[1]
    assert voice == "authorial" or speaker is not None


def test_paraphrase_of_nobody():
    assert nobodys_paraphrase("indirect", None, "It")
    assert nobodys_paraphrase("indirect", None, None)
    assert not nobodys_paraphrase("indirect", None, "they")  # a group left unnamed
    assert not nobodys_paraphrase("indirect", "Seoul", "It")
    assert not nobodys_paraphrase("direct", None, None)  # quoted words are someone's
