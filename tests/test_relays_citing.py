"""A named source that reports by itself before a trailing relay that cites another keeps the
words (the relay and its citation only pass them on); a sentence whose only reporting clause is
the relay's keeps the cited source (``analysis.corpus.inner_sources.reports_before_relay``)."""

from __future__ import annotations

import pytest

from analysis.corpus import Document


def reading(text: str) -> tuple[str, str | None]:
    sentence = Document.from_text(text).sentences[0]
    return sentence.voice, sentence.speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Kim Yo Jong accused the US of showing hostility to the North, the Associated Press "
     "reported, citing a statement by North Korean state media.", "Kim Yo Jong"),
    ("Kim Jong Un oversaw the launch and called for a stronger nuclear shield, Yonhap "
     "reported, citing the Korean Central News Agency.", "Kim Jong Un"),
    ("A spokesman for the ministry denounced the drills, KCNA reported, citing a statement.",
     "spokesman for the ministry"),
])
def test_the_source_before_the_relay_keeps_its_words(text, speaker):
    assert reading(text) == ("quoted", speaker)


@pytest.mark.parametrize(("text", "speaker"), [
    # the relay's clause is the only one that reports: the cited source speaks
    ("The North fired two cruise missiles into the sea on Sunday, Yonhap reported, citing the "
     "Joint Chiefs of Staff.", "Joint Chiefs of Staff"),
    ("North Korea fired a missile, the defense ministry said, citing the navy.", "the navy"),
    ("Two missiles were fired, NHK said, citing officials.", "officials"),
])
def test_a_relay_that_alone_reports_gives_its_cited_source(text, speaker):
    assert reading(text) == ("quoted", speaker)
