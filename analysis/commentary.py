"""Written commentary whose numbers are computed.

A :class:`Commentary` is Markdown that a notebook displays; it renders as Markdown in
JupyterLab and carries the same text as ``text/plain``, which nbval compares, so a sentence
whose number no longer matches the data fails the notebook test.
"""

from __future__ import annotations

import math


class Commentary(str):
    """Markdown text shown as Markdown and compared by nbval as plain text."""

    def _repr_markdown_(self) -> str:
        return str(self)

    def __repr__(self) -> str:
        return str(self)


def fmt(value: float, digits: int = 1) -> str:
    """Format a number for prose: fixed digits, thousands separators, ``n/a`` for NaN."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    if isinstance(value, int) or float(value).is_integer() and digits == 0:
        return f"{int(round(value)):,}"
    return f"{value:,.{digits}f}"


def pct(share: float, digits: int = 0) -> str:
    """Format a share (0-1) as a percentage for prose."""
    if share is None or (isinstance(share, float) and math.isnan(share)):
        return "n/a"
    return f"{100 * share:.{digits}f}%"


def plural(n: int, word: str, plural_form: str | None = None) -> str:
    """``"1 document"``, ``"3 documents"``."""
    return f"{n:,} {word if n == 1 else (plural_form or word + 's')}"


def join_names(names: list[str]) -> str:
    """``"A"``, ``"A and B"``, ``"A, B and C"``."""
    names = list(names)
    if not names:
        return "nobody"
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def describe_corpus(overview, speakers, name: str) -> Commentary:
    """Commentary for notebook 01: size, voice shares and the most quoted speakers.

    ``overview`` is :func:`analysis.summaries.overview`, ``speakers`` is
    :func:`analysis.summaries.speakers`.
    """
    n_docs = len(overview)
    words = int(overview["words"].sum())
    sentences = int(overview["sentences"].sum())
    paragraphs = int(overview["paragraphs"].sum())
    quoted = int(overview["quoted_words"].sum())
    share = quoted / words if words else float("nan")
    if n_docs == 1:
        size = (f"The corpus *{name}* holds one article: {plural(paragraphs, 'paragraph')}, "
                f"{plural(sentences, 'sentence')} and {plural(words, 'word')} "
                f"({fmt(words / sentences if sentences else float('nan'))} words per sentence).")
    else:
        size = (f"The corpus *{name}* holds {plural(n_docs, 'article')} with "
                f"{plural(sentences, 'sentence')} and {plural(words, 'word')} in all; the median "
                f"article has {fmt(float(overview['words'].median()), 0)} words in "
                f"{fmt(float(overview['sentences'].median()), 0)} sentences.")
    voice = (f"{pct(share)} of the words are in sentences that present someone else's words "
             f"(direct quotation, partial quotation or reported speech); the other "
             f"{pct(1 - share) if words else 'n/a'} are the journalist's own voice.")
    if speakers.empty:
        who = "No sentence is attributed to a named speaker."
    else:
        top = speakers.head(3)
        parts = [f"{r.speaker} ({plural(int(r.sentences), 'sentence')}, {pct(r.share)} of all "
                 f"words)" for r in top.itertuples()]
        lead = "The only speaker is" if len(speakers) == 1 else "The most quoted speakers are"
        who = f"{lead} {join_names(parts)}."
        if len(speakers) > 1:
            who = who.replace("speakers are", "speakers are, in order,", 1)
    return Commentary(" ".join([size, voice, who]))
