"""Paragraph and sentence segmentation for English news text.

Why hand-written: general-purpose splitters (pysbd, NLTK Punkt) are either slow (pysbd costs
milliseconds per article, too much for corpora of millions) or need downloaded models (Punkt).
News text needs a handful of rules, each covered by a test:

* a sentence ends at ``.``, ``!``, ``?`` or ``…``, optionally followed by closing quotes or
  brackets, when the next word starts a new sentence (capital letter, digit or opening quote;
  in scripts without letter case -- Korean, Arabic, Hebrew... -- any letter);
* titles before names never end a sentence (``Mr.``, ``Gen.``, ``Dr.``, ``Sen.``...), nor do
  single initials (``John F. Kennedy``) or month abbreviations before a number (``Jan. 5``);
* initialisms (``U.S.``, ``U.N.``, ``e.g.``) and company abbreviations (``Inc.``, ``Corp.``)
  end a sentence only when the next word is a typical sentence opener (``The``, ``He``...);
* a lower-case word after ``?``/``!`` and a closing quote continues the sentence
  (``“Why?” he asked.``), as does any lower-case continuation, and so does a name with a
  verb of speech (``“Why now?” Park asked.``);
* a number of one or two digits and a stop opening a sentence (``1. Minister Cho met ...``, a
  numbered paragraph of a press release) stays with it;
* an agency's credit in brackets closing a paragraph (``... 900 kilometers. (Yonhap)``) and a
  bracket after *a.m.* or *p.m.* (``7:10 a.m. (2210 GMT) on Thursday``) start no sentence;
* a Russian agency's name between slashes ending a dateline (``MOSCOW, May 5. /TASS/. The
  ...``) ends no sentence;
* decimals (``3.5``) and hyphenated names (``B-52``, ``US-South``) contain no boundary; a
  footnote's number after a word's stop (``... umbrella.1 Seoul``) is the end of its sentence;
* the end of a paragraph always ends a sentence, so headlines without a final period stand
  alone;
* a parenthesis just after a speaker's label and its colon (a transcript's ``PRESIDENT YOON:
  (As interpreted.) Thank you``) does not end the sentence it opens;
* in a text written in lower case (automatic captions, ``... public policy. she is a fellow
  there.``: at least three words of three letters or more ended by a stop before a lower-case
  word, no abbreviation such as ``etc.``, outside quotation marks, and no fewer than before a
  capital; :func:`lower_case_text`), a lower-case word may open a sentence.

The rules are for English. Chinese and Japanese full stops (``。``, no space after them) are
not boundaries, so such text is one sentence per paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

PARAGRAPH_BREAK_RE = re.compile(r"\n(?=[ \t\r\f\v]*\n)")
"""The newline that starts a paragraph break: one followed by a blank line."""

TITLES = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt gov sen rep pres amb sec brig
    supt rev hon fr sr jr st mt ft messrs mme mlle""".split()
)
"""Abbreviations that precede a name and so never end a sentence (``jr``/``sr`` follow names
but are handled the same way because a sentence rarely ends on them)."""

OTHER_ABBREVIATIONS = frozenset(
    """inc corp co ltd bros plc llc etc al approx est dept univ vs v no nos vol fig ch pp incl esp
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun""".split()
)
"""Abbreviations that may end a sentence; a boundary is kept only before a sentence opener."""

MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())

SENTENCE_OPENERS = frozenset(
    """the a an he she it they we i you this that these those there his her its their our
    but and or so yet in on at for from with as after before when while if although though
    however meanwhile also still then now today yesterday some many most all both each no
    not one two three what why how who where""".split()
)
"""Common first words of a sentence, used to decide after an ambiguous abbreviation."""

# It starts only at the first mark of a run (the lookbehind, which sees the mark and the
# character before it), so a long run of marks with no space after it costs one attempt, not
# one per mark (linear, not quadratic); and it starts with a mark, which lets the regex engine
# skip to the next mark instead of trying every position (ten times faster).
CANDIDATE_RE = re.compile(r"[.!?…](?<![.!?…]{2})[.!?…]*[\"'”’»)\]]*"
                          r"(?:(?<=[^\W\d_][.!?])\d{1,2}|(?<=[^\W\d_][.!?][”\"])\d{1,2})?(?=\s)")
"""A possible sentence end: a whole run of end marks (``.``, ``!``, ``?``, ``…``), closing
quotes or brackets, perhaps a footnote's number right after a word's stop (``... the nuclear
umbrella.1 The``; not a decimal, ``3.5``), then a space; :func:`split_sentences` decides which
ones are ends."""
_NEXT_RE = re.compile(r"\s+([\"'“‘«(\[]*)(\S)")
_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+(?:\.[^\W\d_]+)*)\.?$")
_NEXT_WORD_RE = re.compile(r"[^\W_]+")
_SLASHED_AGENCY_RE = re.compile(r"/[A-Za-z][\w-]{1,15}/\.")
_NOT_IN_TAIL = (r"(?!(?:that|however|he|she|they|it|we|i|would|will|was|were|is|are|did|does|"
                r"do|had|has|have|could|should|can|may|might|must)\b)")
_NAME_SAID_RE = re.compile(r"\s+(?!(?:He|She|They|It|We|I)\s)[A-Z][\w’'.-]*\s+"
                           r"(?:[\w’'.-]+\s+){0,6}?(?:asked|pressed|shouted|said|added|"
                           r"demanded|wondered|exclaimed|yelled|replied|retorted|countered|"
                           r"insisted|quipped|told|cried|snapped)(?:\s+" + _NOT_IN_TAIL +
                           r"[^\s.,;:“”\"!?]+){0,8}?\s*(?:\.|,(?!\s*(?:[“\"]|that\b|however\b)))")
"""A name (perhaps after its role) and a speech verb closing a quotation that opens its sentence
and ends in ``?`` or ``!`` (``“Enough!” Park shouted.``, ``“Why now?” Rep. Jang asked the
committee.``, ``“...?” Democratic Party leader Lee Jae-myung asked on Tuesday.``): no new
sentence; a pronoun's verb, one before a quotation of its own or a clause of its own (a pronoun
or an auxiliary in the words after the verb) opens one (``He added, “Is ...”``, ``Yoon said,
however, that ...``, ``Biden said he did not.``)."""
_NAME_APPOSED_SAID_RE = re.compile(
    r"\s+(?!(?:He|She|They|It|We|I)\s)[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},\s+(?:a|an|the)\s+"
    r"(?:[^.,;:“”\"!?]|\.(?!\s+[A-Z][a-z])){1,120}?,\s+(?:said|added|asked|replied)"
    r"(?:\s+" + _NOT_IN_TAIL + r"[^\s.,;:“”\"!?]+){0,4}?\s*\.")
"""A name, its apposition and a speech verb closing such a quotation (``“Is this enough?” Cheon
Seong-whun, a former presidential secretary, said on Monday.``)."""
_LOOKBACK = 100
"""Characters searched back for the word before a period: no abbreviation is longer, and a
bounded search keeps segmentation linear in the length of a paragraph."""


def _token_start(text: str, stop: int) -> int:
    """Start of the whitespace-delimited token ending at ``stop`` (at most ``_LOOKBACK`` back)."""
    floor = max(0, stop - _LOOKBACK)
    i = stop
    while i > floor and not text[i - 1].isspace():
        i -= 1
    return i


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the paragraphs of ``text``.

    Paragraphs are separated by blank lines. A text with no blank line but several lines is
    read as one paragraph per line (the usual layout of scraped news). Offsets exclude the
    surrounding whitespace; empty paragraphs are dropped.
    """
    return list(_paragraph_spans(text))


@lru_cache(maxsize=4)
def _paragraph_spans(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`split_paragraphs`, cached for the last few texts (loading a document checks
    and segments the same text three times)."""
    # A paragraph break starts at each newline that is followed by a blank line; the text is
    # cut at those newlines (the rest of a break is whitespace that stripping removes).
    cuts = [m.start() for m in PARAGRAPH_BREAK_RE.finditer(text)]
    if cuts:
        bounds = [-1, *cuts, len(text)]
        pieces = [(bounds[i] + 1, bounds[i + 1]) for i in range(len(bounds) - 1)]
    else:
        pieces = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    spans = []
    for start, end in pieces:
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped:
            continue
        lead = len(chunk) - len(chunk.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))
    return tuple(spans)


_LOWER_STOP_RE = re.compile(r"\b[a-z]{3,}[.?!] [a-z]")
QUOTED_RE = re.compile(r"[\"“][^\"“”]{0,600}[\"”]")
"""A quotation in double marks (at most 600 characters), blanked where only the text outside
quotation marks counts."""
_UPPER_STOP_RE = re.compile(r"\b[a-z]{3,}[.?!] [A-Z]")
_LOWER_STOPS = 3


def lower_case_text(text: str) -> bool:
    """Whether ``text`` is written in lower case, as automatic captions are (module docstring):
    a word of three or more letters, a stop and a lower-case word at least :data:`_LOWER_STOPS`
    times, and no less often than before a capital."""
    if ". " not in text:
        return False
    plain = QUOTED_RE.sub(" ", text)  # a post quoted in lower case: the story's text is not
    lower = [w for w in _LOWER_STOP_RE.findall(plain) if w[:-3] not in OTHER_ABBREVIATIONS]
    return len(lower) >= _LOWER_STOPS and len(lower) >= len(_UPPER_STOP_RE.findall(plain))


def _is_boundary(text: str, end: int, mark: str, limit: int, lower_ok: bool = False) -> bool:
    """Decide whether the terminal punctuation ``mark`` ending at ``end`` closes a sentence.

    ``limit`` is the end of the range being split: nothing at or after it is looked at;
    ``lower_ok``: a lower-case word may open the next sentence (a text in lower case).
    """
    nxt = _NEXT_RE.match(text, end, limit)
    if nxt is None:
        return True
    opener, first = nxt.group(1), nxt.group(2)
    if first.islower() and not lower_ok:
        return False
    if opener.startswith("(") and _CREDIT_RE.fullmatch(text, nxt.start(1), limit):
        return False  # "... flew some 900 kilometers. (Yonhap)": the agency's credit
    # Lower case was ruled out above, so a letter here is a capital or has no case at all.
    if not (first.isalpha() or first.isdigit() or opener or first in "“\"‘'«([" or
            text.startswith(">>", nxt.start(2))):  # ">>": a caption's change of speaker
        return False
    if not mark.startswith(".") or mark.startswith("..."):
        return True
    stop = end - len(mark) + 1
    token = _token_start(text, stop)
    if text[stop - 2:stop - 1] == "/" and _SLASHED_AGENCY_RE.fullmatch(text, token, stop):
        return False  # "MOSCOW, May 5. /TASS/. The ...": a dateline, the lede goes on
    before = _WORD_BEFORE_RE.search(text, token, stop)
    if before is None:
        return True
    word = before.group(1)
    lower = word.lower()
    next_word = _NEXT_WORD_RE.match(text, nxt.start(2), limit)
    next_lower = next_word.group(0).lower() if next_word else ""
    if lower in TITLES and not opener:
        return False
    if lower in MONTHS and first.isdigit():
        return False
    if len(word) == 1 and word.isupper() and not opener:
        # A single initial (John F. Kennedy), unless it is the end of an initialism (U.S.).
        if before.start() > 0 and text[before.start() - 1] == ".":
            return next_lower in SENTENCE_OPENERS
        return False
    if "." in word or lower in OTHER_ABBREVIATIONS:  # not "7:10 a.m. (2210 GMT) on Thursday"
        return next_lower in SENTENCE_OPENERS or bool(opener) and not (
            word.islower() and opener.startswith("("))
    return True


_CREDIT_RE = re.compile(r"\((?!(?:END|LEAD|Applause|Laughter|Inaudible|Crosstalk|Cheers|Music|"
                        r"Pause|Silence|Audience|Video|Audio)\b)[A-Z][\w &-]{0,30}\)\s*")
"""A credit in brackets that closes a paragraph (``(Yonhap)``, ``(AFP)``; not ``(END)`` nor a
transcript's stage direction, ``(Applause.)``, ``(Laughter)``): it ends no sentence before
it."""
_LABEL_PAREN_RE = re.compile(r":\s+\([^()]*$")


def _opens_after_label(text: str, start: int, stop: int) -> bool:
    """Whether the parenthesis open at ``stop`` (a period inside it, its closing bracket
    after) opened just after a colon, searched from ``start`` (the sentence's start): a
    stage direction after a label, ``PRESIDENT YOON: (As interpreted.)``."""
    colon = text.rfind(":", start, stop)
    return colon >= 0 and _LABEL_PAREN_RE.match(text, colon, stop) is not None


def split_sentences(text: str, start: int = 0, end: int | None = None,
                    lower_ok: bool = False) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences in ``text[start:end]``.

    Offsets are absolute (into ``text``) and exclude surrounding whitespace. The end of the
    range always ends a sentence. See the module docstring for the rules; ``lower_ok`` for a
    text in lower case (:func:`lower_case_text`).
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start
    for m in CANDIDATE_RE.finditer(text, start, end):
        if m.group(0).endswith(")") and _opens_after_label(text, cursor, m.start()):
            continue
        mark = m.group(0)
        if mark == "." and len(number := text[cursor:m.start()].strip()) <= 2 and number.isdigit():
            continue  # "1. On the morning of ...": a numbered paragraph's number
        if mark[0] in "?!" and mark[-1] in "\"”’" and text[cursor:m.start()].lstrip()[:1] in \
                "“\"" and (_NAME_SAID_RE.match(text, m.end(), end) or
                              _NAME_APPOSED_SAID_RE.match(text, m.end(), end)):
            continue  # "“What did we get?” Park pressed.": the quotation's own sentence
        if _is_boundary(text, m.end(), mark.rstrip("0123456789").rstrip("\"'”’»)]"), end,
                        lower_ok):
            spans.append((cursor, m.end()))
            cursor = m.end()
    spans.append((cursor, end))
    out = []
    for s, e in spans:
        chunk = text[s:e]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            out.append((s + lead, s + lead + len(stripped)))
    return out


def iter_sentences(text: str) -> Iterator[tuple[int, int, int]]:
    """Yield ``(paragraph_number, start, end)`` for every sentence, paragraphs numbered from 1."""
    lower_ok = lower_case_text(text)
    for number, (p_start, p_end) in enumerate(split_paragraphs(text), start=1):
        for s, e in split_sentences(text, p_start, p_end, lower_ok):
            yield number, s, e
