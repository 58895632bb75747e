"""The fast paragraph and sentence-candidate rules of analysis.corpus.sentences find exactly what
their plain statements find: a paragraph is a maximal run of characters none of which starts
a blank-line break; a sentence candidate is a whole run of end marks, closers, then a space."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.corpus.sentences import CANDIDATE_RE, split_paragraphs

# The rules as first written: one regex step per character (slow, obviously right).
PLAIN_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
PLAIN_PARAGRAPH = re.compile(r"(?:(?!\n[ \t\r\f\v]*\n).)+", re.S)
PLAIN_CANDIDATE = re.compile(r"(?<![.!?…])(?:\.{3}|…|[.!?])+[\"'”’»)\]]*(?=\s)")

LAYOUT = st.text(alphabet=list("\n\n  \t\r\f\vab.\u2028\x1c\x85\u00a0"), max_size=20)
MARKS = st.text(alphabet=list(".!?…\"'”’»)] \n\tA."), max_size=16)


def plain_paragraphs(text: str) -> list[tuple[int, int]]:
    if PLAIN_BREAK.search(text):
        pieces = [m.span() for m in PLAIN_PARAGRAPH.finditer(text)]
    else:
        pieces = [m.span() for m in re.finditer(r"[^\n]+", text)]
    spans = []
    for start, end in pieces:
        chunk = text[start:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            spans.append((start + lead, start + lead + len(chunk.strip())))
    return spans


@settings(max_examples=3000, deadline=None)
@given(LAYOUT)
def test_paragraphs_are_those_of_the_plain_rule(text):
    assert split_paragraphs(text) == plain_paragraphs(text)


def test_paragraphs_hand_checked():
    text = "Headline\n\nFirst para.\n  \n\nSecond\npara.\n"
    assert [text[s:e] for s, e in split_paragraphs(text)] == [
        "Headline", "First para.", "Second\npara."]
    # No blank line: one paragraph per line.
    assert split_paragraphs("One.\nTwo.\n") == [(0, 4), (5, 9)]


@settings(max_examples=3000, deadline=None)
@given(MARKS, st.data())
def test_sentence_candidates_are_those_of_the_plain_rule(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    found = [(m.span(), m.group(0)) for m in CANDIDATE_RE.finditer(text, start, end)]
    plain = [(m.span(), m.group(0)) for m in PLAIN_CANDIDATE.finditer(text, start, end)]
    assert found == plain


def test_sentence_candidates_hand_checked():
    text = "Why?” he asked… Yes!! U.S. forces..x"
    assert [m.group(0) for m in CANDIDATE_RE.finditer(text)] == ["?”", "…", "!!", "."]
