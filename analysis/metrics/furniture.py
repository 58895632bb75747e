"""Transcript furniture: the apparatus of a transcript or press release that is no content.

* :func:`mask_furniture`: a text with stage directions in brackets ("(Applause.)", "(As
  interpreted.)"), speaker labels ("PRESIDENT BIDEN:", "President Yoon:", ``Q:``; at a line
  start, and a transcript's upper-case turn label after a sentence's end), clock times ("1:43
  P.M.") and a leading dateline ("SEOUL, July 18 (Yonhap) --", "WASHINGTON (AP) —") blanked,
  every offset kept;
* :func:`load_furniture`: the words of ``resources/keyphrase_furniture.txt`` ("applause",
  "EDT", "morning", "remarks"...), which belong to no keyphrase.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..corpus.transcripts import TURN_RE

FURNITURE_PATH = Path(__file__).resolve().parents[1] / "resources" / "keyphrase_furniture.txt"

_BRACKETED = re.compile(
    r"\((?:[A-Z][^()\n]{0,80}?[.!?]|(?i:applause|laughter|inaudible|cross-?talk))\)")
"""Stage directions: (Applause.) (As interpreted.) (Speaks in Korean.) (Laughter)."""
_COLON = re.compile(
    r"(?m:^[ \t]*(?:[A-Z][A-Z.'’-]*[ \t]+){0,4}[A-Z][A-Z.'’-]*[ \t]*:)"  # PRESIDENT BIDEN:
    r"|(?m:^[ \t]*(?:[A-Z][\w.'’-]*[ \t]+){0,2}[A-Z][\w.'’-]*:(?=[ \t]))"  # President Yoon: ...
    r"|\b\d{1,2}:\d{2}(?::\d{2})?[ \t]*[AaPp]\.?[ \t]?[Mm]\b\.?"  # 1:43 P.M.
)
"""Speaker labels at a line start and clock times."""
_INNER_TURN = re.compile(r"(?<=[.?!\"”])[ \t]+(?=(?:Q|[A-Z][A-Z.'’ -]{0,40}[A-Z.])[ \t]*:)")
"""Where a transcript copied without its line breaks starts a turn inside a line (``... in
Busan? MR. KIRBY: I can't say.``): after a sentence's end, before an upper-case label."""
DATELINE_RE = re.compile(
    r"[ \t]*[A-Z][A-Z.'’-]{2,}(?:[ \t]+[A-Z][A-Z.'’-]*){0,3}"  # SEOUL, ST. LOUIS, SAN FRANCISCO
    r"(?:,[ \t]*[A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*){0,2})?"  # , D.C.
    r"(?:,?[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?"  # , July 18
    r"(?:[ \t]*\([A-Za-z][\w .&’'-]{0,30}\))?"  # (Yonhap), (AP)
    r"[ \t]*(?:--|[-–—])[ \t]+")
"""A dateline: upper-case place name(s), an optional date and agency, then a dash."""
DATELINE_LINES = 3
"""A dateline is looked for at the start of the text's first this many non-blank lines (after
a headline and a byline)."""


@lru_cache(maxsize=4)
def load_furniture(path: str | Path | None = None) -> frozenset[str]:
    """The transcript-furniture words (``resources/keyphrase_furniture.txt``, one a line)."""
    path = Path(path) if path else FURNITURE_PATH
    with open(path, encoding="utf-8") as f:
        return frozenset(w for line in f if (w := line.split("#", 1)[0].strip().lower()))


def _blank(m: re.Match) -> str:
    return "." + " " * (len(m.group()) - 1)


def _mask_labels(line: str) -> str:
    """``line`` with its speaker labels and clock times blanked: the labels of
    :data:`_COLON`, a turn label of :data:`analysis.corpus.transcripts.TURN_RE` at the start
    and an upper-case one after a sentence's end."""
    out = _COLON.sub(_blank, line)
    m = TURN_RE.match(out)
    if m:
        out = _blank(m) + out[m.end():]
    done = 0  # end of the last label blanked ("MR. KIRBY:" holds a stop and a space)
    for gap in _INNER_TURN.finditer(line):
        m = TURN_RE.match(line, gap.end()) if gap.end() >= done else None
        if m and m.group("caps"):
            out = out[:m.start()] + _blank(m) + out[m.end():]
            done = m.end()
    return out


def dateline_span(text: str) -> tuple[int, int] | None:
    """``(start, end)`` of the dateline opening one of the first :data:`DATELINE_LINES`
    non-blank lines of ``text`` (``SEOUL, July 18 (Yonhap) --``), or ``None``."""
    start, seen = 0, 0
    while start < len(text) and seen < DATELINE_LINES:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            m = DATELINE_RE.match(text, start, end)
            if m:
                return m.start(), m.end()
            seen += 1
        start = end + 1
    return None


def mask_furniture(text: str) -> str:
    """``text`` with stage directions, speaker labels and clock times replaced by a period
    and spaces, and a leading dateline by spaces (the same length, so every offset still
    points at the same word; a period there would hide the headline before it)."""
    if "(" in text:
        text = _BRACKETED.sub(_blank, text)
    # No match crosses a line, and each holds a colon or is a bare "Q": only those lines.
    text = "\n".join([_mask_labels(line) if ":" in line or line[:1] == "Q" else line
                      for line in text.split("\n")])
    span = dateline_span(text)
    if span:
        s, e = span
        text = text[:s] + " " * (e - s) + text[e:]  # a line start already ends a chunk
    return text
