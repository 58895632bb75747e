"""A paragraph opened by its source and a reporting verb with a comma or colon, no quotation
marks: the sentences after the opening are that source's words, as a record of what was said.

A ministry's English record of a press conference, and outlets that copy it, set out the
exchange as prose paragraphs: ``A reporter asked: According to reports, ... What is China's
comment?`` and ``Mao Ning said, I would like to make four points. First, ... Second, ...``. The
opening sentence names its source; the sentences after it, in the same paragraph, carry no cue
of their own and were read as the writer's. :func:`framed_paragraph_readings` gives them the
opening's speaker (``indirect``: the words are not marked as quoted; a sentence with a source
of its own, ``China firmly opposes the move.``, keeps it) when

* the opening reads as that source's words (a question framed by *asked:* always does) and
  the paragraph holds no quotation mark but around short phrases (a paragraph with a
  quotation is read sentence by sentence, as news writes it; *the principle of “action for
  action”* is no quotation);
* the framed words speak as a record does: a question (*asked:*), whose turn runs to the
  first sentence that ends in a question mark, words after a colon (*Geng Shuang said in his
  speech: At present, ...*, as translated statements print them), or, after *said,*, a
  paragraph whose framed words use the first or second person somewhere (*I*, *we*, *our*,
  *you*);

and the run stops before a sentence that is plainly the writer's again: one that names the
source's name in the third person (*Yoon's approval rating rose ...*) or opens with a pronoun
or role noun that refers back to it (*He ate lunch with soldiers.*, *The president visited
...*), refers to the words from outside (*The remarks came hours after ...*) or reports with
a cue of its own outside the first person (*Lin declined to comment.*; *As I said yesterday,
...* is the speaker's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .speakers import PRONOUNS
from .stated_back import stated_back

FRAME_RE = re.compile(
    r"\s*(?P<source>[A-Z][^,:;\"“”.!?]{1,80}?)\s+(?P<verb>said|asked|added|stated|answered|"
    r"replied|responded|noted|stressed|remarked)(?:\s+(?:in|during|at|on)\s+[^,:;\"“”.!?]{1,40}?)?"
    r"\s*(?P<mark>[,:])\s+(?=[A-Z])")
"""A paragraph's opening source and reporting verb before a comma or colon (``Mao Ning said,``,
``A reporter asked:``, ``Geng Shuang said in his speech:``)."""

_MARKS = frozenset("\"“”«»")
_SPAN_RE = re.compile(r"[\"“«]([^\"“”«»]{0,200})[\"”»]")
_SCARE_WORDS = 6
_FIRST_OR_SECOND = re.compile(r"\b(?:I|I'm|I’m|I'd|I’d|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Yy]ou|[Yy]our)\b")
_OUTSIDE = re.compile(
    r"\b(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Tt]hose|[Tt]hese) (?:remarks?|comments?|statement|"
    r"words|speech)|said|says|told|declined|added|noted|stressed|reported|according to"
    r"|[Ll]ater|[Mm]eanwhile|[Aa]fterwards|[Ss]ubsequently)\b")
"""A sentence that looks at the words from outside, reports with a cue of its own or tells what
happened after them (*later*, *meanwhile*)."""
_REFERS_BACK = re.compile(r"\s*(?:He|She|They|The (?:[a-z]+ ){0,2}(?:president|minister|"
                          r"secretary|spokesperson|spokesman|spokeswoman|envoy|leader|official|"
                          r"ambassador|general|commander))\b")
"""A sentence whose subject refers back to the source from outside (*He ate lunch with
soldiers.*, *The president visited a unit.*): the writer's narration."""


def framed_paragraph_readings(text: str, sentences: Sequence[tuple[int, int, int]],
                              results: list[Any]) -> list[Any]:
    """``results`` (attributions with ``quote``, ``voice``, ``speaker``, ``full_name``) with the
    authorial sentences of each framed paragraph (module docstring) given the speaker of its
    opening sentence, and a statement named after it given its source
    (:func:`.stated_back.stated_back`)."""
    out = list(results)
    n = len(sentences)
    i = 0
    while i < n:
        p, s, e = sentences[i]
        j = i
        while j + 1 < n and sentences[j + 1][0] == p:
            j += 1
        opening = out[i]
        m = FRAME_RE.match(text, s, e)
        if m and _scare_quotes_only(text[s:sentences[j][2]]):
            if opening.voice == "authorial" and m.group("verb") == "asked":
                # "A reporter asked: Will China take countermeasures?": the question itself
                opening = out[i] = replace(opening, quote="indirect", voice="quoted",
                                           speaker=m.group("source"), full_name=None)
            if j > i and opening.voice == "quoted" and opening.speaker:
                _extend(text, sentences, out, i, j, m, opening)
        i = j + 1
    return stated_back(text, sentences, out)  # "... . This is stated in the commentary of X."


def _extend(text: str, sentences: Sequence[tuple[int, int, int]], out: list[Any], i: int,
            j: int, m: re.Match, opening: Any) -> None:
    """Give the sentences ``i + 1 .. j`` of a framed paragraph (``m``: its frame) the frame's
    speaker, up to where the run stops (module docstring)."""
    asked = m.group("verb") == "asked"
    framed = text[m.end():sentences[i][2]]
    if not asked and m.group("mark") == "," and not _FIRST_OR_SECOND.search(
            text, m.end(), sentences[j][2]):
        return  # no first or second person in the paragraph's framed words after a comma
    speaker, full = _frame_source(m.group("source"), opening)
    person = full or speaker  # a name of one to four words (not "the DPRK Foreign Ministry")
    names = set(person.split()) if re.fullmatch(r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}",
                                                person) else set()
    if asked and framed.rstrip().endswith("?"):
        return  # the question ended with the opening sentence
    for k in range(i + 1, j + 1):
        sentence = text[sentences[k][1]:sentences[k][2]]
        if (_OUTSIDE.search(sentence) and not _FIRST_OR_SECOND.search(sentence)) or \
                _REFERS_BACK.match(sentence) or any(re.search(rf"\b{re.escape(w)}\b", sentence)
                                                    for w in names):
            return  # the writer again ("As I said yesterday, ..." is the speaker's own)
        if out[k].voice == "authorial" or (out[k].speaker or "").lower() in {"i", "we"}:
            # a sentence with a source of its own keeps it; "As I said yesterday" is the source
            out[k] = replace(out[k], quote="indirect", voice="quoted", speaker=speaker,
                             full_name=full)
        if asked and sentence.rstrip().endswith("?"):
            return  # the question's last sentence


def _scare_quotes_only(paragraph: str) -> bool:
    """Whether ``paragraph``'s quotation marks, if any, only set off short phrases (at most
    :data:`_SCARE_WORDS` words: the principle of “action for action”), none a quotation."""
    if _MARKS.isdisjoint(paragraph):
        return True
    spans = _SPAN_RE.findall(paragraph)
    return sum(paragraph.count(c) for c in _MARKS) == 2 * len(spans) and all(
        len(span.split()) <= _SCARE_WORDS for span in spans)


def _frame_source(source: str, opening: Any) -> tuple[str, str | None]:
    """The speaker (and full name) of a framed paragraph's later sentences: the opening's own
    when the frame names it or a pronoun stands for it (``Mao Ning said,``, ``She said,``),
    else the frame's source as written: the opening may report someone else inside it (``A
    reporter asked: According to reports, Yoon said ...``: the question is the reporter's)."""
    if source.lower() in PRONOUNS or opening.speaker.lower() in source.lower():
        return opening.speaker, opening.full_name
    return source, None
