"""Reports inside a relative clause on the writer's noun: the sentence stays the writer's.

A non-restrictive relative clause hangs a report on a noun of the writer's narration: ``The
deal was sealed at a summit in Seoul, in which the allies reaffirmed their pledge to ...``,
``The missile burns a solid fuel, which the navy noted last year is hard to track, as ...``,
``The measures, which aides said will be called the "Seoul Accord," coincide with ...``. The
claim of the sentence is the writer's; the reported words are a part of it. The labelling rules
(``data/voices_README.md``: reported words about half of the sentence or more) and PolNeAR's
scorer (half of the sentence inside attributed content) both read such a sentence as the
writer's.

:func:`minor_relative_report` extends
:func:`analysis.corpus.minor_reports.minor_relative` (``, which`` with no quotation, the clause
running to the end of the sentence) to:

* the relative openers ``, in which``, ``, during which``, ``, at which``, ``, under which``
  and ``, where``;
* a relative clause that ends before the sentence does: it runs to the first comma (or
  semicolon or dash) after the source's reporting verb, a comma inside quotation marks
  included (``..., which aides said will be called the "Seoul Accord," coincide ...``);
* a sentence with a quotation, when every quotation stands inside the relative clause.

A relative clause on a text or a speech event (``an op-ed in May, in which she called for
...``, ``an interview, in which ...``: :data:`SPEECH_EVENTS`) gives that text's content, and a
source after the clause's closing comma (``..., where he was greeted, Obama noted ...``) is the
main clause's: neither is read as minor. Nor is a pronoun source (``..., which he said were
evenly split``): it refers back to the person whose account the story follows, and the
sentence may go on with it.

The clause, from its opener to its end, must hold less than half of the sentence's words, and
the rest of the sentence must report nothing itself (the clause reader finds no source in it):
``He attacked the rivals for their gifts, which he said ...`` is no relative on the writer's
noun when the main clause has its own source. ``, who`` is left out: its subject is the
person the main clause names (``..., by Russia, who has warned that ...`` reports Russia).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .cue_words import DOCUMENT_HEADS, SPEECH_VERBS

Reader = Callable[[str, bool], tuple[str | None, bool]]

_OPENER_RE = re.compile(r",\s*(?:(?:in|during|at|under)\s+which|which|where)\b,?\s*")
"""A non-restrictive relative clause after a comma."""
_REACH = 40
"""Characters after the opener within which the source must start (``which, according to
U.S. officials,``)."""
_WORD_RE = re.compile(r"[^\W_]+(?:[-’'.][^\W_]+)*")
_CLAUSE_END_RE = re.compile(r",(?!\d|\s\d{4}\b)|;|\s[—–-]{1,2}\s")
"""What ends a relative clause inside a sentence: a comma (not one inside a number, ``1,000``,
nor before a year, ``April 26, 2023``), a semicolon or a spaced dash."""
_PRONOUNS = frozenset("he she they we i it".split())
SPEECH_EVENTS = DOCUMENT_HEADS | frozenset("""interview interviews op-ed speech speeches remarks
    address briefing conference call post tweet video book column essay message testimony
    debate hearing podcast broadcast show""".split())
"""Nouns of a text or a speech event: a relative clause on one gives its content (``an op-ed
in May, in which she called for ...``), which the main clause introduces."""
_ANTECEDENT_WORDS = 10
"""Words before the opener, back to a comma, searched for a noun of :data:`SPEECH_EVENTS`
(``an interview with Trump conducted after his victories, in which``)."""


def _words(text: str) -> int:
    """The number of words of ``text``."""
    return len(_WORD_RE.findall(text))


def _verb_end(sentence: str, after: int) -> int | None:
    """The end offset of the first reporting verb (:data:`SPEECH_VERBS`) at or after
    ``after`` within three words, or ``None``."""
    for k, m in enumerate(_WORD_RE.finditer(sentence, after)):
        if k >= 3:
            return None
        if m.group(0) in SPEECH_VERBS:
            return m.end()
    return None


def minor_relative_report(sentence: str, outside: str, raw: str, reader: Reader) -> bool:
    """Whether the source ``raw`` (read in ``outside``, the sentence ``sentence`` with its
    quotations blanked, offsets kept) stands in a relative clause on the writer's noun that
    holds less than half of the sentence, every quotation inside it, and the rest of the
    sentence reports nothing itself (``reader``, the clause reader, finds no source there):
    module docstring."""
    if raw.lower() in _PRONOUNS:
        return False  # "..., which he said were split": the account the story follows
    for m in _OPENER_RE.finditer(outside):
        at = outside.find(raw, m.end(), m.end() + _REACH + len(raw))
        if at < 0 or _CLAUSE_END_RE.search(outside, m.end(), at):
            continue  # "..., where he was greeted, Obama noted": the source is the main clause's
        before = outside[:m.start()].rsplit(",", 1)[-1]
        if SPEECH_EVENTS.intersection(w.lower() for w in
                                      _WORD_RE.findall(before)[-_ANTECEDENT_WORDS:]):
            return False  # "an interview, in which Trump declared ...": the text's content
        verb = _verb_end(outside, at + len(raw))
        if verb is None:
            return False
        close = _CLAUSE_END_RE.search(sentence, verb)
        end = close.start() if close else len(sentence)
        if sentence[end:end + 1] == "," and sentence[end + 1:end + 2] in "”\"":
            end += 2  # "... the “Seoul Accord,” coincide": the quotation closes the clause
        rest = outside[:m.start()] + " " + outside[end:]
        blanked = [k for k, (a, b) in enumerate(zip(sentence, outside, strict=True))
                   if a != b and not a.isspace()]
        if any(not m.start() <= k < end for k in blanked):
            return False  # a quotation outside the clause: the main clause may quote
        return 2 * _words(sentence[m.start():end]) < _words(sentence) and \
            reader(rest.strip() + ".", False)[0] is None and \
            SPEECH_VERBS.isdisjoint(_WORD_RE.findall(rest))
    return False

