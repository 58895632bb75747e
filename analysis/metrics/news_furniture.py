"""News furniture: the apparatus of wire copy and newspaper pages that is nobody's topic.

:func:`mask_news_furniture` blanks, keeping every offset (each match becomes a period and
spaces, as :func:`analysis.metrics.furniture.mask_furniture` does for a transcript's):

* a wire dateline, place, region, date and agency: ``WASHINGTON, April 26 (Reuters) -``,
  ``SEOUL, April 27 (Yonhap) --``, ``BUENOS AIRES, Argentina (AP) —``, ``Washington (AFP) -``
  at a line start, and a place before a bracket of outlet and date, ``MOSCOW (Example News /
  Sputnik - 28th April, 2023)``; of a place alone before a long dash on the first line or the
  line after the headline (``WASHINGTON —``, ``SEOUL, South Korea --``) the rest is blanked
  and the place written as a name (``Washington``);
* a credit in brackets after a sentence's end (``(Yonhap)``, ``(AP Photo/Lee Jin-man, File)``)
  and a photo's caption, a paragraph led by ``FILE -`` or closed by a photo credit (a brief
  closed by an agency's name, ``... revenues. (AFP)``, keeps its text);
* credit and contributor lines (``(Reporting by ...; Editing by ...)``, ``Reporting by ...``,
  ``... contributed to this report.``), bylines alone on a line (``By Kim Tong-hyung``), date
  lines (``Published : April 28, 2023 - 15:01``, ``APRIL 26, 2023``) and full dates
  anywhere (``on April 26, 2023``), copyright notices
  (``Copyright 2023 The Associated Press. All rights reserved.``), e-mail addresses and web
  addresses, a rubric in square brackets at a line start (``[Herald Interview]``), an end mark
  (``(END)``) and a desk slug (``burs-sms/sst``);
* a source's anonymity (``spoke on condition of anonymity``, ``on condition that he not be
  named``, ``requested anonymity``): no topic;
* a form of address by title (``Mr. President``, ``Madam Secretary``), a transcript's courtesy,
  and the lines of a White House transcript's page head (``THE WHITE HOUSE``, ``Office of the
  Press Secretary``, ``FOR IMMEDIATE RELEASE``, ``James S. Brady Press Briefing Room``).
* a broadcast transcript's notice, air-date line and stage directions (``THIS IS A RUSH
  TRANSCRIPT.``, ``Aired May 21, 2022 - 03:00 ET``, ``(BEGIN VIDEO CLIP)``, ``(MUSIC PLAYING)``).

The patterns are written from the layout of AP, Reuters, AFP and Yonhap copy and of the Korean
English-language press; a sentence that only resembles furniture ("Reporting by the Yonhap
agency showed ...", "By Wednesday, the allies ...") is kept. Bylines, date lines, bracketed
credits, contributor credits, taglines and e-mail addresses are those of the sentence table's
furniture lines (the patterns of :mod:`analysis.corpus.furniture_lines`), here blanked wherever
they stand on a line.
"""

from __future__ import annotations

import re

from ..corpus.datelines import dateline_spans
from ..corpus.furniture_lines import (
    BRACKET_CREDIT,
    BYLINE,
    CREDIT,
    CREDIT_LINE,
    DATE_LINE,
    EMAIL,
    MONTH,
    PHOTO_CREDIT,
    TAGLINE,
)

_CW = r"[A-Z][\w&'’-]*"  # a capitalised word without a period (a credit's)
_DASH = r"(?:--|—|–|-)"

DATELINE_PLACE = True  # the dateline's place is furniture too, not only its agency and date
_PLACE = r"[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+)*"  # WASHINGTON, BUENOS AIRES, RAPID CITY
_REGION = rf",[ \t]*(?!{MONTH}[ \t]+\d)[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)?"  # , Argentina
_AGENCY = (r"\((?:AP|Reuters|AFP|Yonhap|UPI|Kyodo|Xinhua|Bernama|AAP|dpa|Reuters Health"
           r"|Yonhap News Agency|KCNA|IANS|PTI|ANI|TASS|Sputnik|Anadolu|Bloomberg|Newser)\)")
_AGENCY_DASH = re.compile(rf"{_AGENCY}[ \t]*{_DASH}+[ \t]")
_DATELINE_HEAD = re.compile(
    (rf"(?:(?<![\w,]){_PLACE}(?:{_REGION})?|(?m:^[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?))?"
     if DATELINE_PLACE else "")
    + rf"(?:,?[ \t]*{MONTH}[ \t]+\d{{1,2}})?[ \t]*\Z")
"""A wire dateline: place (upper case, or title case at a line start), region, date (the
head, searched for before each agency in brackets and dash, so a text without one costs one
scan)."""
_CAPS_DATELINE = re.compile(
    rf"(?m:^[ \t]*[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+)*,[ \t]*{MONTH}[ \t]+\d{{1,2}}"
    rf"[ \t]*{_DASH}+[ \t])")
"""A dateline without agency at a line start: ``SEOUL, April 27 --``."""
_PLACE_DASH_DATELINE = re.compile(
    r"(?m:^[ \t]*([A-Z][A-Z.'’-]{2,}(?:[ \t]+[A-Z][A-Z.'’-]+)*)"
    r"(?:,[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)?)?[ \t]*(?:—|–|--)[ \t])")
"""A dateline of a place alone at a line start before a long dash: ``WASHINGTON —``,
``SEOUL, South Korea --`` (a single hyphen is no dateline's)."""


def _place_dateline(m: re.Match) -> str:
    """A place-and-dash dateline with its place written as a name (``Washington``: a place a
    story is about is often its topic, and capitals are the dateline's layout) and the rest
    blanked; only on the text's first line or the line after its headline, and not a note's
    label (``EDITOR'S NOTE —``): an acronym opening a later paragraph (``USFK — the U.S.
    command said``) is no dateline, and a place of four letters or fewer keeps its capitals
    (``NATO —``)."""
    place = m.group(1)
    before = [line for line in m.string[:m.start()].split("\n") if line.strip()]
    if "'S" in place or "’S" in place or place.endswith("NOTE") or len(before) > 1 or \
            before and before[0].rstrip()[-1:] in ".!?\"”":
        return m.group(0)  # a later paragraph's acronym: "USFK — the command said"
    # one short word may be an acronym (NATO, USFK) and keeps its capitals
    name = place if len(place) <= 4 else " ".join(w[:1] + w[1:].lower() for w in place.split())
    return m.group(0)[:m.start(1) - m.start()] + name + _blank_span(m.string, m.end(1), m.end())
_BRACKET_DATELINE = re.compile(
    rf"(?m:^[ \t]*{_PLACE}[ \t]+\([^()\n]{{1,60}}?[ \t]{_DASH}[ \t]*"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{MONTH}|{MONTH}[ \t]+\d{{1,2}})(?:,?[ \t]+\d{{4}})?\))")
"""A place at a line start before a bracket of outlet and date: ``MOSCOW (Example News /
Sputnik - 28th April, 2023)``, ``BEIJING (Example Wire - April 27, 2023)``."""
_BRACKET_DATELINE_CUE = re.compile(rf"\([^()\n]{{1,60}}?[ \t]{_DASH}[ \t]*(?:\d|{MONTH})")
"""What each :data:`_BRACKET_DATELINE` holds, searched for first (a bracket leads it)."""
_CAPS_DATELINE_CUE = re.compile(rf",[ \t]*{MONTH}[ \t]+\d{{1,2}}[ \t]*{_DASH}")
"""What each :data:`_CAPS_DATELINE` holds, searched for first (a comma leads it: a fast scan)."""
_CREDIT = (rf"\((?:{_CW}(?:[ \t]*[/,][ \t]*|[ \t]+)(?:(?:of|the|and|for)[ \t]+)*){{0,6}}{_CW}\)"
           r"|\[(?:Yonhap|YONHAP|AP|AFP|Reuters|Xinhua|EPA|Getty Images|[\w ]{0,30}Photo)\]")
_PHOTO_CUES = ("Photo", "photo", "/", "File", "FILE", "Getty", "Pool")
_PHOTO = r"\([^()\n]{0,60}?(?:Photo|photo|/|File|Getty|Pool)[^()\n]{0,60}\)"
_CAPTION = re.compile(
    rf"(?m:^[^\n]{{0,400}}?[.!?][\"”’]?[ \t]+{_PHOTO}[ \t]*(?:[^\n(]{{0,400}}?[.!?][\"”’]?"
    rf"[ \t]+{_PHOTO}[ \t]*)*$)|(?m:^[ \t]*FILE[ \t]*[-—–][ \t][^\n]*$)")
"""A caption paragraph: a few sentences, each closed by a photo credit (``(AP Photo/Lee
Jin-man, File)``), or led by ``FILE -``."""
_INLINE_CREDIT = re.compile(rf"(?<=[.!?])[\"”’]?[ \t]+(?:{_PHOTO}|{_CREDIT})(?=\s|$)")
"""A credit closing a caption or a brief inside a paragraph: ``(Yonhap)``, ``(AP Photo/...)``,
``(Los Angeles Times)``."""
_INLINE_CREDIT_CUE = re.compile(r"[.!?][\"”’]?[ \t]+[(\[]")
"""What each :data:`_INLINE_CREDIT` holds, and each caption of :data:`_CAPTION` not led by
``FILE``: searched for first."""


class LineCue:
    """Whether the pattern ``(?m:^BODY)``, anchored at line starts, matches anywhere in a text:
    the same answer at the cost of a scan for line breaks (``"\\n"`` leads the pattern
    searched for, a literal the regular-expression engine skips to, where a leading ``^``
    makes it try every position), the text's start matched on its own (by ``anchored``, the
    pattern itself compiled, when given). A cheap test before the substitution."""

    def __init__(self, body: str, anchored: re.Pattern | None = None) -> None:
        self.first = anchored or re.compile(body, re.MULTILINE)
        self.later = re.compile("\n" + body, re.MULTILINE)

    def __call__(self, text: str) -> bool:
        return self.first.match(text) is not None or self.later.search(text) is not None


_LINES_BODY = (
    r"[ \t]*(?:"
    rf"{CREDIT_LINE}|{PHOTO_CREDIT}"  # Reporting by ...; Editing by ...; Photo: Reuters
    rf"|{BYLINE}|{DATE_LINE}"  # By Kim Tong-hyung (kim@example.com); April 28, 2023
    r"|[a-z]{2,8}(?:[-/][a-z]{2,8})+"  # an AFP desk slug
    r")[ \t]*$")
_LINES = re.compile(f"(?m:^{_LINES_BODY})")
"""Lines that are furniture as a whole: credit lines, bylines, date lines, desk slugs."""
_LINES_CUE = LineCue(_LINES_BODY, _LINES)
_DATE_LINE_CAPS_BODY = (
    r"[ \t]*(?:(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY,?[ \t]+)?(?:JANUARY|FEBRUARY|MARCH"
    r"|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)[ \t]+\d{1,2},?[ \t]+"
    r"\d{4}[ \t]*$")
_DATE_LINE_CAPS = re.compile(f"(?m:^{_DATE_LINE_CAPS_BODY})")
"""A date line in capitals (a White House transcript's ``APRIL 26, 2023``)."""
_DATE_LINE_CAPS_CUE = LineCue(_DATE_LINE_CAPS_BODY, _DATE_LINE_CAPS)
WORD_START = True
"""Marks an :data:`_INLINE` pattern whose match must start a word: a leading ``\\b``,
tested on each match by :func:`_blank_word` (in the pattern it would make the search try every
position). Only for patterns that start with a capital letter and can match nowhere inside a
match that fails the test."""


_INLINE = tuple((cues, re.compile(pattern), bool(word)) for cues, pattern, *word in (
    (("RUSH TRANSCRIPT",), r"THIS IS A RUSH TRANSCRIPT\.(?:[ \t]*THIS COPY MAY NOT BE IN ITS"
     r" FINAL FORM AND MAY BE UPDATED\.)?"),  # a broadcast transcript's notice
    (("Aired ",), rf"\bAired[ \t]+(?:{MONTH}[ \t]+\d{{1,2}},[ \t]+\d{{4}}|\d{{1,2}}(?:-\d{{1,2}})?"
     r"[ap]?\b)[^\n]{0,20}?\b(?:ET|EDT|EST|PT|PDT|GMT)\b"),  # Aired May 21, 2022 - 03:00 ET
    (("(",), r"\((?:(?:BEGIN|END)[ \t]+(?:VIDEO|AUDIO)[ \t]+(?:CLIP|TAPE)|(?:MUSIC|SOUND)"
     r"[ \t]+(?:PLAYING|BITE)|COMMERCIAL[ \t]+BREAK|CROSSTALK|OFF[ -]MIKE|voice-over"
     r"|on camera)\)"),  # a broadcast transcript's stage directions
    (("eporting by", "riting by", "diting by", "ompiled by"), BRACKET_CREDIT),
    (("©", "Copyright"),
     r"(?:©[ \t]*(?:Copyright[ \t]*)?|Copyright[ \t]*(?:©[ \t]*)?(?=\d{4}|by\b))"
     r"[^.\n]{0,80}(?:\.|$)"),
    (("All rights reserved", "This material may not"),
     r"All rights reserved\.?|This material may not be [^.\n]{0,120}\."),
    (("contributed reporting", "contributed to this"), CREDIT),
    (("reported from", "wrote from", "contributed from"), rf"(?m:^[ \t]*{TAGLINE})"),
    (("anonymity", "not be named", "not be identified"),
     r"\b(?:on|under)\s+(?:the\s+)?condition\s+(?:of\s+anonymity|that\s+(?:he|she|they|it|"
     r"the\s+\w+)\s+(?:not\s+be|remain\s+un)(?:named|identified))\b"
     r"|\b(?:requested|asked\s+for|was\s+granted|were\s+granted)\s+anonymity\b"),
    # a source's anonymity: "spoke on condition of anonymity" (no topic, no keyphrase)
    (("@",), EMAIL),
    (("http", "www."), r"\bhttps?://\S+|\bwww\.\S+"),
    (("[",), r"(?m:^[ \t]*\[[^\]\n]{1,40}\])"),  # [Herald Interview]
    (("(END)", "(MORE)"), r"\((?:END|MORE)\)"),
    (("THE WHITE HOUSE", "Office of the Press", "Office of the Vice", "Office of the First",
      "IMMEDIATE RELEASE", "Briefing Room", "BRIEFING ROOM"),
     r"(?m:^[ \t]*(?:THE[ \t]+WHITE[ \t]+HOUSE|(?:The[ \t]+)?Office[ \t]+of[ \t]+the[ \t]+"
     r"(?:Press[ \t]+Secretary|Vice[ \t]+President|First[ \t]+Lady)|FOR[ \t]+IMMEDIATE[ \t]+"
     r"RELEASE|(?:James[ \t]+S\.[ \t]+Brady[ \t]+)?(?:Press[ \t]+)?Briefing[ \t]+Room"
     r"|(?:JAMES[ \t]+S\.[ \t]+BRADY[ \t]+)?(?:PRESS[ \t]+)?BRIEFING[ \t]+ROOM)[ \t]*$)"),
    # a White House transcript's page head: "THE WHITE HOUSE", "Office of the Press
    # Secretary", "FOR IMMEDIATE RELEASE", "James S. Brady Press Briefing Room", each a line
    ((", 1", ", 2"), rf"{MONTH}[ \t]+\d{{1,2}},[ \t]+\d{{4}}\b", WORD_START),  # Apr 26, 2023
    (("Mr", "Madam", "Ms"),
     r"(?:Mr|Madam|Madame|Mrs|Ms)(?:\.?[ \t]+|\.)(?:Vice[ \t]+)?(?:President|Secretary|Speaker"
     r"|Chairman|Prime[ \t]+Minister|Minister|Ambassador)\b(?![ \t]+[A-Z])", WORD_START),
))
"""Furniture inside a line, each pattern with the strings one of which it needs (tested
first, as most texts have none): credit brackets, copyright notices, contributor sentences,
addresses, rubrics, end marks, full dates, forms of address, a source's anonymity (``on
condition of anonymity``, ``on condition that he not be named``), and a broadcast
transcript's notice, air-date line and stage directions (CNN's "THIS IS A RUSH TRANSCRIPT.",
"Aired May 21, 2022 - 03:00 ET", "(BEGIN VIDEO CLIP)", "(MUSIC PLAYING)")."""


def _blank_span(s: str, start: int, end: int) -> str:
    """Spaces for ``s[start:end]``, led by a period (a break) unless it starts a line, where
    the line break already ends what precedes (a headline keeps its shape)."""
    i = start
    while i > 0 and s[i - 1] in " \t":
        i -= 1
    if i == 0 or s[i - 1] == "\n":
        return " " * (end - start)
    return "." + " " * (end - start - 1)


def _blank(m: re.Match) -> str:
    return _blank_span(m.string, m.start(), m.end())


def _blank_word(m: re.Match) -> str:
    """:func:`_blank` for a match that starts a word (a pattern's leading ``\\b``; the
    patterns so matched start with a letter, and none can match again inside a match that
    fails the test); the match itself otherwise."""
    s, i = m.string, m.start()
    if i and (s[i - 1].isalnum() or s[i - 1] == "_"):
        return m.group()
    return _blank_span(s, i, m.end())


def _outlet_bracket(dateline: str) -> bool:
    """Whether a line-opening ``PLACE (...) -`` holds an outlet's name in its brackets: every
    word capitalised, and not the words the place abbreviates or a description (``NATO (North
    Atlantic Treaty Organization) -``, ``KIM JONG UN (North Korean leader) -`` open a glossary
    entry, not a story)."""
    m = re.search(r"\(([^()]*)\)", dateline)
    if m is None:
        return False
    words = re.findall(r"[^\W\d_][\w.&'’-]*", m.group(1))
    place = re.sub(r"[^A-Z]", "", dateline[:m.start()].split(",")[0])
    initials = "".join(w[0] for w in words if w[0].isupper())
    return bool(words) and all(w[0].isupper() for w in words) and initials != place


def _mask_datelines(text: str) -> str:
    """``text`` with its wire datelines (:data:`_AGENCY_DASH` and its head, and any dateline
    :func:`analysis.corpus.datelines.dateline_spans` finds at a line start with an agency in
    brackets, of any name: ``SEOUL (Example Wire) -``) blanked."""
    spans = []
    for m in _AGENCY_DASH.finditer(text):
        head = _DATELINE_HEAD.search(text, max(m.start() - 100, 0), m.start())
        spans.append((head.start() if head else m.start(), m.end()))
    merged: list[tuple[int, int]] = []
    agencies = [(a, b) for a, b in dateline_spans(text) if _outlet_bracket(text[a:b])]
    for start, end in sorted(set(spans) | set(agencies)):
        if merged and start <= merged[-1][1]:  # the same dateline found both ways
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    for start, end in reversed(merged):
        text = text[:start] + _blank_span(text, start, end) + text[end:]
    return text


_WORD_DASH = re.compile(r"(?<=[^\W\d_])[\u2010\u2011]|(?<=[a-z])\u2013(?=[a-z])")
"""A hyphen written as U+2010, U+2011, or an en dash between lower-case letters, inside a
word ("Cho Hyun\u2013dong"): read as a hyphen, so the name is one word."""


def fold_dashes(text: str) -> str:
    """``text`` with the dashes of :data:`_WORD_DASH` written as ``-`` (the same length)."""
    if "\u2010" in text or "\u2011" in text or "\u2013" in text:
        return _WORD_DASH.sub("-", text)
    return text


def mask_news_furniture(text: str) -> str:
    """``text`` with the news furniture of the module docstring replaced by a period and
    spaces (the same length, so every offset still points at the same word), and a word's
    inner dash read as a hyphen (:func:`fold_dashes`)."""
    text = fold_dashes(text)
    if "(" in text:
        text = _mask_datelines(text)
        if _BRACKET_DATELINE_CUE.search(text):
            text = _BRACKET_DATELINE.sub(_blank, text)
    if _CAPS_DATELINE_CUE.search(text):
        text = _CAPS_DATELINE.sub(_blank, text)
    if "—" in text or "–" in text or "--" in text:
        text = _PLACE_DASH_DATELINE.sub(_place_dateline, text)
    if "(" in text or "[" in text:
        credit = _INLINE_CREDIT_CUE.search(text) is not None  # what a caption's credit holds too
        if (credit or "FILE" in text) and any(map(text.__contains__, _PHOTO_CUES)):
            text = _CAPTION.sub(_blank, text)
            credit = True  # a blanked caption may leave a cue
        if credit:
            text = _INLINE_CREDIT.sub(_blank, text)
    if _LINES_CUE(text):
        text = _LINES.sub(_blank, text)
    if _DATE_LINE_CAPS_CUE(text):
        text = _DATE_LINE_CAPS.sub(_blank, text)
    for cues, pattern, word_start in _INLINE:
        if any(map(text.__contains__, cues)):
            text = pattern.sub(_blank_word if word_start else _blank, text)
    return text
