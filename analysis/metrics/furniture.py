"""Transcript furniture: the apparatus of a transcript or press release that is no content.

* :func:`mask_furniture`: a text with stage directions in brackets ("(Applause.)", "(As
  interpreted.)"), speaker labels at a line start ("PRESIDENT BIDEN:", "President Yoon:") and
  clock times ("1:43 P.M.") blanked, every offset kept;
* :func:`load_furniture`: the words of ``resources/keyphrase_furniture.txt`` ("applause",
  "EDT", "morning", "remarks"...), which belong to no keyphrase.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

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


@lru_cache(maxsize=4)
def load_furniture(path: str | Path | None = None) -> frozenset[str]:
    """The transcript-furniture words (``resources/keyphrase_furniture.txt``, one a line)."""
    path = Path(path) if path else FURNITURE_PATH
    with open(path, encoding="utf-8") as f:
        return frozenset(w for line in f if (w := line.split("#", 1)[0].strip().lower()))


def mask_furniture(text: str) -> str:
    """``text`` with stage directions, speaker labels and clock times replaced by a period
    and spaces (the same length, so every offset still points at the same word)."""
    def blank(m: re.Match) -> str:
        return "." + " " * (len(m.group()) - 1)

    if "(" in text:
        text = _BRACKETED.sub(blank, text)
    if ":" in text:  # no match crosses a line, and each holds a colon: only those lines
        text = "\n".join([_COLON.sub(blank, line) if ":" in line else line
                          for line in text.split("\n")])
    return text
