"""The text of one speech with no turn label: a statement to the UN Security Council, remarks at
a ministers' meeting, as a mission or a ministry publishes them.

Such a page is a transcript of one speaker's turn whose label the page leaves out (its title
names the speaker: *Remarks by Ambassador ... at a UN Security Council Briefing*). Its sentences
are that speaker's words, ``speech`` by the labelling rules (``data/voices_README.md``), with no
speaker the text names. A news article or a commentary does not address its audience: a speech
does, by a vocative at the start of a sentence (*Colleagues, ...*, *Mr. President, ...*, *Thank
you, Mr. Minister*) or by speaking to its listener (*I am flattered that you ...*), and speaks
in the first person throughout. :func:`speech_text` reads a document with no turn label as one
unnamed speaker's speech when a sentence outside quotation marks opens with such a vocative and
at least :data:`FIRST_PERSON_SHARE` of its sentences have a first-person word (or *this Council*,
the room it speaks in) outside quotation marks (without a vocative: *you* in at least three
sentences and a quarter of them, the first person in half); not a text of fewer than
:data:`MIN_SENTENCES` sentences, one with more than one sentence that reports someone (*said*,
*told*, *according to*) or a sentence closed by a source (*..., Blinken said.*), nor a letter
(*I write to you*)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .sentences import QUOTED_RE

VOCATIVE_RE = re.compile(
    r"(?:(?:So|And|Well|Now|Again),?\s+)?(?:[Cc]olleagues|[Dd]ear\s+(?:colleagues|friends)|"
    r"[Ff]riends|[Ee]xcellencies|Your\s+Excellenc(?:y|ies)|[Ll]adies\s+and\s+gentlemen|"
    r"[Dd]istinguished\s+"
    r"(?:guests|delegates|colleagues)|(?:Mr|Madam|Madame)\.?\s+(?:President|Chair|Chairman|"
    r"Chairperson|Secretary|Minister|Ambassador|Prime\s+Minister|Speaker)"
    r"|Thank\s+you(?:\s+(?:very|so)\s+much)?,?\s+(?:Mr|Madam|Madame)\.?\s+[A-Z]\w+)\b")
"""A vocative opening a sentence: the speaker addresses the room."""
SPOKEN_RE = re.compile(
    r"^\W*(?:Welcome|Good\s+(?:morning|afternoon|evening)(?!,?\s+readers)|Thank\s+you|"
    r"Thanks(?!\s+to\b))\b"
    r"|,\s+welcome\s+(?:back|to)\b|\bI\s+(?:wanna|want\s+to|would\s+like\s+to)\s+thank\b"
    r"|(?<![\w'’])(?:uh|um)(?=[ ,.])|\bjoins\s+us\s+(?:today|now|here|this)\b"
    r"|\b[Ww]e['’]ll\s+be\s+right\s+back\b|\bwill\s+come\s+to\s+order\b")
"""Words of a speaker before an audience outside quotation marks: a greeting or thanks opening a
sentence (*Welcome, everybody*, *Good morning*; not a column's *Good morning, readers* nor
*Thanks to*), a host's *welcome back* and *joins us today*, a filler (*uh*, in lower case: not
the surname *Um*), a chair's *will come to order*: the text is spoken, as after a vocative
(review rv95 narrowed each)."""

FIRST_PERSON_RE = re.compile(r"(?<![\w'’])(?:I|I['’](?:m|ve|ll|d)|we|We|we['’](?:re|ve|ll)|ours|"
                             r"We['’](?:re|ve|ll)|our|Our|us|my|My)(?![\w'’])")
_CHAMBER_RE = re.compile(r"\bthis\s+(?:Council|Assembly|[Cc]hamber|[Bb]ody|[Rr]oom)\b")
"""A speaker's words for the room it speaks in (*a response from this Council*): spoken as the
first person is (a report writes *the council*)."""
_REPORT_RE = re.compile(r"\b(?:said|says|told|reported|replied|added|according\s+to)\b")
_CLOSING_RE = re.compile(r",\s+(?:[\w.'’-]+\s+){1,5}(?:said|says|reported|replied|added)"
                         r"(?:\s+\w+){0,3}\.?\s*$")
_LETTER_RE = re.compile(r"\bI(?:\s+am|['’]m)?\s+writ(?:e|ing)\b")
FIRST_PERSON_SHARE = 0.4
"""Share of a speech's sentences with a first-person word outside quotation marks."""
_YOU_RE = re.compile(r"(?<![\w'’])(?:you|You|your|Your)(?![\w'’])")
_YOU_SENTENCES, _YOU_SHARE, _UNADDRESSED_SHARE = 3, 0.25, 0.5
"""Without a vocative, a speech speaks to its listener (*you*, *your*) in at least three
sentences and a quarter of them, and in the first person in half of them."""
MIN_SENTENCES = 3
"""Sentences a speech text has at least."""
_CHEAP = ("olleague", "Mr", "Madam", "xcellenc", "entlemen", "istinguished", "riends", "you",
          "You", "elcome", "ood m", "ood a", "ood e", "hank", "uh", "um", "joins us", "’ll be",
          "'ll be", "order")


def speech_text(text: str, sentences: Sequence[tuple[int, int, int]],
                turn_at: Callable[[str, int, int], object]) -> bool:
    """Whether ``text`` (its ``sentences``: ``(paragraph, start, end)``) is one speech with no
    turn label (``turn_at``: the transcript reader's turn label at a sentence, if any); see the
    module docstring."""
    if len(sentences) < MIN_SENTENCES or not any(map(text.__contains__, _CHEAP)):
        return False
    bodies = [text[s:e] for _, s, e in sentences]
    plain = [QUOTED_RE.sub(" ", b) for b in bodies]
    addressed = any(VOCATIVE_RE.match(b) for b in bodies) or any(
        SPOKEN_RE.search(b) for b in plain)
    if not addressed and sum(_YOU_RE.search(b) is not None for b in plain) < max(
            _YOU_SENTENCES, _YOU_SHARE * len(bodies)):
        return False
    if sum(_REPORT_RE.search(b) is not None for b in plain) > 1 or any(
            _CLOSING_RE.search(b) or _LETTER_RE.search(b) for b in plain):
        return False  # a report's sources, a letter: a writer's text
    spoken = sum(FIRST_PERSON_RE.search(b) is not None or _CHAMBER_RE.search(b) is not None
                 for b in plain)
    share = FIRST_PERSON_SHARE if addressed else _UNADDRESSED_SHARE
    return spoken >= share * len(bodies) and not any(turn_at(text, s, e) for _, s, e in sentences)


CLOSER_RE = re.compile(
    r"\bThat(?:\s+is|['’]s)\s+all\s+(?:from\s+me|for\s+(?:my\s+)?(?:opening\s+)?(?:remarks|now))"
    r"|\b(?:That|This)\s+(?:concludes|completes|ends)\s+my\s+(?:opening\s+)?(?:remarks|statement)"
    r"|\bI(?:['’]ll|\s+will)\s+(?:now\s+)?(?:take|be\s+happy\s+to\s+take)\s+(?:your\s+)?questions")
"""The closing words of a speaker's opening remarks before the questions (*That is all from me
at the outset*, *That concludes my opening remarks*, *I'll take your questions*)."""


def opening_remarks(bodies: Sequence[str]) -> bool:
    """Whether the sentences ``bodies`` (the paragraphs before a press conference's first
    question) are a speaker's opening remarks: at least :data:`MIN_SENTENCES` sentences, at most
    one that reports someone and none closed by a source, the last closing the remarks
    (:data:`CLOSER_RE`: an interview's introduction in the writer's first person is no opening
    remarks, review rv95), and a first-person word outside quotation marks in
    :data:`FIRST_PERSON_SHARE` of them."""
    plain = [QUOTED_RE.sub(" ", b) for b in bodies]
    if len(plain) < MIN_SENTENCES or sum(_REPORT_RE.search(b) is not None for b in plain) > 1 \
            or any(_CLOSING_RE.search(b) for b in plain):
        return False
    spoken = sum(FIRST_PERSON_RE.search(b) is not None for b in plain)
    return CLOSER_RE.search(plain[-1]) is not None and spoken >= FIRST_PERSON_SHARE * len(plain)


_DASH_TURN_RE = re.compile(r"(?:^|\n)[ \t]*[–—][ \t]+(?=\S)([^\n]*)")


def dash_interview(text: str) -> bool:
    """Whether ``text`` is an interview whose turns open with a dash and no name (``– How do
    you assess the situation?`` ``– The situation is deteriorating ...``, as Russian outlets
    print them): at least two such paragraphs of three words or more, the first asking, the next
    not; a heading between dashes is none (:data:`_DASH_HEADING_RE`)."""
    turns = [t for t in _DASH_TURN_RE.findall(text)
             if not _DASH_HEADING_RE.search(t) and len(t.split()) >= 3]
    return len(turns) >= 2 and "?" in turns[0] and "?" not in turns[1][-2:]


_DASH_HEADING_RE = re.compile(r"[–—]\s*\.?\s*$")
"""A dash closing the line: a heading between dashes (``– Who cares? –``, as AFP sets its
section heads), no turn."""
