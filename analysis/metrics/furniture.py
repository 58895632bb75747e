"""Transcript furniture: the apparatus of a transcript or press release that is no content.

* :func:`mask_furniture`: a text with stage directions in brackets ("(Applause.)", "(As
  interpreted.)"), speaker labels ("PRESIDENT BIDEN:", "President Yoon:", ``Q:``; at a line
  start, and a transcript's upper-case turn label after a sentence's end) and clock times
  ("1:43 P.M.") blanked, every offset kept; so is a host's "Please, have a seat.", and the
  furniture of wire copy and newspaper pages (:mod:`analysis.metrics.news_furniture`: a
  dateline "SEOUL, July 18 (Yonhap) --", credit lines, bylines, photo credits...). An
  article's furniture lines (a byline, ``___``, a tagline or credit, an e-mail address, a
  contact line, an author's bio at the end: :mod:`analysis.corpus.furniture_lines`, read as
  ``stage`` by the sentence table) are blanked too;
* :func:`load_furniture`: the words of ``resources/keyphrase_furniture.txt`` ("applause",
  "EDT", "morning", "remarks"...), which belong to no keyphrase.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..corpus.furniture_lines import furniture_flags
from ..corpus.sentences import iter_sentences
from ..corpus.transcripts import TURN_RE
from .news_furniture import LineCue, mask_news_furniture

NEWS = True  # wire and newspaper furniture too (:mod:`analysis.metrics.news_furniture`)
FURNITURE_PATH = Path(__file__).resolve().parents[1] / "resources" / "keyphrase_furniture.txt"

_BRACKETED = re.compile(
    r"\((?:[A-Z][^()\n]{0,80}?[.!?]|(?i:applause|laughter|inaudible|cross-?talk"
    r"|(?:via|through)[ \t]+(?:an[ \t]+)?interpreter|as[ \t]+interpreted))\)")
"""Stage directions: (Applause.) (As interpreted.) (Speaks in Korean.) (Laughter) (Via
interpreter)."""
_SQUARE = re.compile(
    r"\[(?i:[ \t]*(?:(?:video|audio|remarks)[ \t]+(?:begins?|ends?|starts?)[ \t]+)?in[ \t]+progress"
    r"|(?:via|through)[ \t]+(?:an?[ \t]+)?(?:translator|interpreter)|as[ \t]+interpreted"
    r"|translated|inaudible|unintelligible|cross-?talk|laughter|applause|speaks[ \t]+in[ \t]+\w+"
    r"|(?:video|audio)[ \t]+(?:begins|ends|cuts|resumes)[^\[\]\n]{0,30})[ \t]*\]")
"""Stage directions in square brackets, as transcription services and broadcast transcripts
write them: [In progress] [Via translator] [Video begins in progress] [Inaudible]
[Crosstalk]."""
_COURTESY = re.compile(r"\b(?:(?:[Pp]lease,?[ \t]+)+(?:have a seat|be seated|sit down)"
                       r"|Have a seat|[Tt]ake your seats)\b")
"""A host's courtesies: "Please, please have a seat." (not "a seat at the table")."""
_COURTESY_CUES = ("ave a seat", "be seated", "sit down", "ake your seats")
"""What each :data:`_COURTESY` match ends with (tested first: "seat" alone is common news)."""
_COLON = re.compile(
    r"(?m:^[ \t]*(?:[A-Z][A-Z.'’-]*[ \t]+){0,4}[A-Z][A-Z.'’-]*[ \t]*:)"  # PRESIDENT BIDEN:
    r"|(?m:^[ \t]*(?:[A-Z][\w.'’-]*[ \t]+){0,2}[A-Z][\w.'’-]*:(?=[ \t]))"  # President Yoon: ...
    r"|\b\d{1,2}:\d{2}(?::\d{2})?[ \t]*[AaPp]\.?[ \t]?[Mm]\b\.?"  # 1:43 P.M.
)
"""Speaker labels at a line start and clock times."""
_CLOCK_CUE = re.compile(r"\d:\d\d")
"""What each clock time of :data:`_COLON` holds (its labels match only at a line's start)."""
_INNER_TURN = re.compile(r"(?<=[.?!\"”])[ \t]+(?=(?:Q|[A-Z][A-Z.'’ -]{0,40}[A-Z.])[ \t]*:)")
"""Where a transcript copied without its line breaks starts a turn inside a line (``... in
Busan? MR. KIRBY: I can't say.``): after a sentence's end, before an upper-case label."""


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
    if _CLOCK_CUE.search(line):
        out = _COLON.sub(_blank, line)
    else:  # no clock time: only a label at the line's start can match
        m = _COLON.match(line)
        out = _blank(m) + line[m.end():] if m else line
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


_LINE_CUES = ("@", "contributed", "reported from", "Contact", "contact", "___", "###", "(END",
              "eporting by", "riting by", "diting by", "ompiled by", "Photo", "Credit",
              "Image:", "Picture:", "Video:", "Graphic:", "Source:", "\nBy a ", "\nBy our ",
              "\nBy the ", "edited", "condensed", "abridged", "ditor's note", "ditor’s note",
              "nterview was conducted")
"""Strings one of which an article's furniture line holds, or else a byline (:data:`_BY_CUE`
within 20 characters of its line's start) or a date line (:data:`_DATE_CUE`): a cheap test
before segmenting the text."""
_BY_CUE = re.compile(r"y (?=[A-Z])")
"""The ``y`` of a byline's ``By`` (``by``) before a capital: a pattern with a literal start, which
the engine skips to; the ``B`` and the word boundary before it are tested by hand (a leading
class or ``\b`` would make it try every position)."""
_DATE_CUE = LineCue(r"[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}$")  # a whole line: April 28, 2023


def _has_line_cue(text: str) -> bool:
    """Whether ``text`` may hold a furniture line (:data:`_LINE_CUES`)."""
    if any(map(text.__contains__, _LINE_CUES)):
        return True
    for m in _BY_CUE.finditer(text):
        i = m.start() - 1  # the "B" of "By "
        if i >= 0 and text[i] in "Bb" and i - text.rfind("\n", 0, i) <= 21 and not (
                i and (text[i - 1].isalnum() or text[i - 1] == "_")):
            return True
    return _DATE_CUE(text)


def mask_lines(text: str) -> str:
    """``text`` with its furniture lines
    (:func:`analysis.corpus.furniture_lines.furniture_flags`) blanked, every offset kept."""
    if not _has_line_cue(text):
        return text
    sentences = list(iter_sentences(text))
    out = text
    for (_, s, e), furniture in zip(sentences, furniture_flags(text, sentences), strict=True):
        if furniture:
            out = out[:s] + "." + " " * (e - s - 1) + out[e:]
    return out


def blank_stage(doc: Any, text: str | None = None) -> str:
    """``text`` (by default ``doc.text``, or a masked copy of the same length) with every
    sentence ``doc`` reads as ``stage`` (a transcript's time and place lines and stage
    directions, an article's furniture lines) replaced by spaces, so that no term, keyphrase
    or count comes from them; offsets still point at the same words."""
    text = doc.text if text is None else text
    stage = [(s.start, s.end) for s in getattr(doc, "sentences", ()) if s.voice == "stage"]
    if not stage:
        return text
    parts, at = [], 0
    for start, end in stage:
        parts += [text[at:start], " " * (end - start)]
        at = end
    return "".join(parts) + text[at:]


_SCRIPT_TAGS = re.compile(
    r"\[\s*(?:[Ss]ound[ -]?[Bb]ite|SOUND[ -]?BITE|SOT|Anchor Lead|ANCHOR LEAD|Pkg|PKG|Stand-?up"
    r"|STAND-?UP)\s*(?::[^\[\]\n]{0,120})?\]")
"""A broadcast script's part tags and bite labels (``[Anchor Lead]``, ``[Sound bite: Name,
Post]``): no keyphrase."""
_HANDOVER = re.compile(
    r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))(?:[Oo]ur\s+)?(?:[A-Za-z]+\s+){0,2}(?:[Cc]orrespondent|"
    r"[Rr]eporter)s?(?:\s+[A-Z][\w’'-]*){0,4}\s+(?:reports|has\s+more|has\s+the\s+(?:story|"
    r"details)|looks\s+(?:at|into)|takes\s+a\s+(?:closer\s+)?look)\b[^.!?\n]{0,80}[.!?]")
"""An anchor's handover to a correspondent or reporter (``Our Washington correspondent Kim
Ji-hoon reports.``, ``Reporter Park So-yeon has more.``): no keyphrase. A handover to a name
alone (``Kim Ji-hoon reports.``) is left: news writes "Yonhap reports that ..." too."""


def mask_furniture(text: str) -> str:
    """``text`` with stage directions, a host's courtesies ("Please, have a seat."), speaker
    labels and clock times replaced by a period and spaces (the same length, so every offset
    still points at the same word), and an article's furniture lines (:func:`mask_lines`)."""
    text = mask_lines(text)
    if "(" in text:
        text = _BRACKETED.sub(_blank, text)
    if "[" in text:
        text = _SQUARE.sub(_blank, _SCRIPT_TAGS.sub(_blank, text))
    if "orrespondent" in text or "eporter" in text or " has more" in text:
        text = _HANDOVER.sub(_blank, text)
    if any(map(text.__contains__, _COURTESY_CUES)):
        text = _COURTESY.sub(_blank, text)
    # No match crosses a line, and each holds a colon, is a bare "Q" or opens a bracketed
    # label ("[Host]", "<Anchor>"): only those lines.
    if ":" in text or "Q" in text or "[" in text or "<" in text:
        text = "\n".join([_mask_labels(line) if ":" in line or line.startswith(("Q", "[", "<"))
                           else line for line in text.split("\n")])
    return mask_news_furniture(text) if NEWS else text
