"""Quotations and who is speaking, sentence by sentence.

Each sentence gets a ``quote`` type and, where the words are someone else's, a ``speaker``:

``direct``
    at least half of the sentence's words lie inside quotation marks (“...”, "..."), or the
    sentence opens with a quotation followed by its reporting clause (``“Why?” he asked.``);
``partial``
    a quoted fragment inside a sentence with a reporting clause (``Biden called the declaration
    a “prudent step”``);
``indirect``
    reported speech without quotation marks (``He added that ...``, ``..., according to X``,
    ``The declaration claims.``);
``none``
    the journalist's own words. Quotation marks around a name or a title
    (``The “Washington Declaration” outlines``) do not make a quotation.

``voice`` is ``"quoted"`` for the first three and ``"authorial"`` for ``none``.

Speakers come from the reporting clause outside the quotation marks: ``NAME said``,
``said NAME``, ``NAME told ...``, ``according to NAME``, a definite noun phrase
(``The declaration claims``) resolved to an earlier proper name with the same head
(``Washington Declaration``), and a pronoun (``He added that``) resolved to the last named
speaker. A quotation with no reporting clause of its own continues the previous quotation of
the paragraph, or takes the speaker of an attribution sentence just before it
(``The declaration claims. “Our Alliance ...”``). Titles (President, Mr, Gen....) are dropped
and a surname is mapped to the full name seen earlier in the document (``Joe Biden`` ...
``Biden``). The rules follow the attribution patterns described by Pareti (2016, PARC 3.0)
and Newell et al. (2018), reduced to what a regular-expression pass can do reliably.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

SPEECH_VERBS = frozenset(
    """said says say told tells tell added adds noted notes stated states claimed claims
    warned warns asked asks explained explains insisted insists argued argues announced
    announces declared declares wrote writes tweeted stressed stresses emphasized emphasised
    emphasizes emphasises urged urges pledged pledges vowed vows remarked commented replied
    acknowledged acknowledges admitted admits reiterated reiterates confirmed confirms denied
    denies predicted cautioned affirmed affirms recalled observed concluded continued
    described describes called calls argue warn insist suggest suggested suggests urged""".split()
)
"""Reporting verbs (Bergler 1992; Krestel et al. 2008), in the forms news text uses."""

QUOTE_ONLY_VERBS = frozenset({"called", "calls", "described", "describes"})
"""Verbs that report speech only when they govern a quoted fragment (``called it a “step”``)."""

PRONOUNS = frozenset({"he", "she", "they"})

TITLE_WORDS = frozenset(
    """mr mrs ms dr prof president vice prime minister secretary general gen lt col maj capt
    adm sgt gov governor sen senator rep representative ambassador chairman chairwoman chair
    king queen prince spokesman spokeswoman spokesperson leader premier chancellor
    commander admiral colonel lieutenant major captain""".split()
)

ORG_HEADS = frozenset(
    """declaration statement report ministry department agency government white house
    pentagon military army navy spokesperson spokesman spokeswoman official officials
    president leader minister office analyst analysts researchers study survey""".split()
)

_OPEN = "“«"
_CLOSE = "”»"

_NAME_TOKEN = r"(?:[A-Z][\w’'.-]*)"
_NAME_RE = re.compile(rf"{_NAME_TOKEN}(?:\s+(?:(?:of|de|van|von|bin|al)\s+)?{_NAME_TOKEN})*")
_WORD_RE = re.compile(r"[^\W_]+(?:[-’'.][^\W_]+)*")
_QUOTE_MARK_RE = re.compile(r'[“«”»"]')


@dataclass(frozen=True)
class Attribution:
    """The quotation analysis of one sentence."""

    quote: str
    voice: str
    speaker: str | None


def quote_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the quotations in ``text[start:end]``.

    Curly quotes pair as opening and closing marks; straight double quotes alternate. A quotation
    left open at the end of the range (news style for a quote that runs on into the next
    paragraph) is closed there. Single quotes are not read as quotation marks, because ``’`` is
    also the apostrophe.
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in _QUOTE_MARK_RE.finditer(text, start, end):
        i, ch = m.start(), m.group(0)
        if ch in _OPEN or (ch == '"' and open_at is None):
            if open_at is None:
                open_at = i
        elif ch in _CLOSE or ch == '"':
            if open_at is not None:
                spans.append((open_at, i + 1))
                open_at = None
    if open_at is not None:
        spans.append((open_at, end))
    return spans


@lru_cache(maxsize=1 << 14)  # names recur through a document and across a corpus
def _clean_name(name: str) -> str:
    """Strip titles, possessives and trailing punctuation from a speaker name."""
    name = re.sub(r"[’']s$", "", name.strip(" ,.;:"))
    tokens = name.split()
    if len(tokens) > 1 and tokens[0].lower() == "the":
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[0].lower().strip(".") in TITLE_WORDS:
        tokens = tokens[1:]
    return " ".join(tokens)


def _outside(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> str:
    """Return ``text[s:e]`` with quoted material replaced by spaces (offsets preserved).

    ``spans`` are sorted, non-overlapping ``(start, end)`` offsets (as from :func:`quote_spans`).
    """
    pieces = []
    pos = s
    for qs, qe in spans:
        qs, qe = max(qs, pos), min(qe, e)
        if qs >= qe:
            continue
        pieces.append(text[pos:qs])
        pieces.append(" " * (qe - qs))
        pos = qe
    pieces.append(text[pos:e])
    return "".join(pieces)


def _overlapping(spans: list[tuple[int, int]], ends: list[int], s: int,
                 e: int) -> list[tuple[int, int]]:
    """The spans (sorted, non-overlapping; ``ends`` their end offsets) that overlap ``[s, e)``.

    A binary search, so attributing a paragraph of many quotations stays linear.
    """
    out = []
    for i in range(bisect_right(ends, s), len(spans)):
        if spans[i][0] >= e:
            break
        out.append(spans[i])
    return out


class SpeakerTracker:
    """Finds and resolves speakers through one document, in reading order.

    Holds the document's proper names seen so far (for resolving ``the declaration`` and
    surnames) and the last named person speaker (for resolving ``he``/``she``).
    """

    def __init__(self) -> None:
        self.names: list[str] = []
        self.last_person: str | None = None
        self.last_speaker: str | None = None
        # Indexes of ``names`` by last word, so a document with many names stays linear.
        self._by_last: dict[str, list[str]] = {}
        self._latest_by_head: dict[str, str] = {}

    def observe(self, sentence: str) -> None:
        """Record the multi-word proper names of a sentence for later resolution."""
        for m in _NAME_RE.finditer(sentence):
            name = _clean_name(m.group(0))
            if name and name not in self._by_last.get(name.split()[-1], ()):
                self.names.append(name)
                last = name.split()[-1]
                self._by_last.setdefault(last, []).append(name)
                self._latest_by_head[last.lower()] = name

    def resolve(self, raw: str) -> str | None:
        """Turn a raw subject (name, pronoun, definite noun phrase) into a speaker name."""
        raw = raw.strip()
        if not raw:
            return None
        low = raw.lower()
        if low in PRONOUNS:
            return self.last_person if low in {"he", "she"} else self.last_speaker
        m = re.fullmatch(r"(?:the|this|that)\s+(?:\w+\s+)?(\w+)", raw, flags=re.I)
        if m and not raw.split()[-1][0].isupper():
            head = m.group(1).lower()
            if head in self._latest_by_head:
                return self._latest_by_head[head]
            return raw[0].lower() + raw[1:]
        tokens = raw.split()
        if not all(t[0].isupper() for t in tokens if t.lower() not in
                   {"of", "de", "van", "von", "bin", "al"}) or low in SPEAKER_NOUNS:
            # A common noun phrase ("critics in Seoul", "a senior US official").
            while len(tokens) > 1 and tokens[0].lower() in DETERMINERS:
                tokens = tokens[1:]
            phrase = " ".join(tokens)
            if tokens[0].lower() in SPEAKER_NOUNS | DETERMINERS:
                phrase = phrase[0].lower() + phrase[1:]
            return phrase
        name = _clean_name(raw)
        last = name.split()[-1] if name else ""
        for known in self._by_last.get(last, ()):
            if known != name and known.split()[-1] == last and len(known) > len(name) and \
                    known.split()[0] not in {"North", "South"}:
                return known
        return name or None

    def remember(self, speaker: str | None, person: bool) -> None:
        """Note ``speaker`` as the most recent one (and as a person, for pronouns)."""
        if speaker:
            self.last_speaker = speaker
            if person:
                self.last_person = speaker


DETERMINERS = frozenset("the a an this that these those some many several most two three "
                        "one another other".split())
PREPOSITIONS = frozenset("in of at from for with on by near".split())
CLAUSE_STOPS = frozenset("""that and but or which who whom whose when while as because if so
    where although though than then after before since until""".split())
ADVERBS = frozenset("""also later then previously again once recently earlier further
    repeatedly separately reportedly publicly privately""".split())
NOUN_MARKERS = frozenset("no any greater more final little real bigger larger equal his her its "
                         "their our".split())
SPEAKER_NOUNS = frozenset("""officials official analysts analyst critics critic experts expert
    observers diplomats diplomat lawmakers lawmaker residents sources source others authorities
    leaders ministers researchers scholars commentators negotiators veterans activists
    spokesperson spokesman spokeswoman""".split())
"""Common nouns that stand as speakers at the start of a sentence (``Officials said``)."""

_APPOSITIVE_RE = re.compile(rf"({_NAME_TOKEN}(?:\s+{_NAME_TOKEN})*)\s*,[^,“”\"]{{1,80}},\s*$")
_APPOSITIVE_WINDOW = 200
"""Characters before a reporting verb searched for an appositive (the 80-character aside plus
a name): a bounded search keeps a long sentence with many verbs linear."""
_INVERTED_NAME_RE = re.compile(rf"\s+((?:the\s+)?{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})*)")
_INVERTED_ORG_RE = re.compile(r"\s+the\s+(\w+)")
_ACCORDING_RE = re.compile(r"\baccording to\s+([^,.;:!?()]+)")


def _according_to(outside: str) -> str | None:
    """The source of ``according to X``: a name, or the noun phrase up to a clause break."""
    m = _ACCORDING_RE.search(outside)
    if not m:
        return None
    phrase = m.group(1).strip()
    name = re.match(rf"(?:the\s+)?({_NAME_TOKEN}(?:\s+{_NAME_TOKEN})*)", phrase)
    if name:
        return _clean_name(name.group(1))
    tokens = phrase.split()
    kept = []
    for tok in tokens[:6]:
        if kept and (tok.lower() in PREPOSITIONS | CLAUSE_STOPS or tok.endswith("ed")):
            break
        kept.append(tok)
    while kept and kept[0].lower() in DETERMINERS:
        kept = kept[1:]
    return " ".join(kept) or None


def _subject_before(outside: str, tokens: list, i: int) -> str | None:
    """The subject noun phrase that ends just before token ``i`` (a reporting verb)."""
    verb_at = tokens[i].start()
    app = _APPOSITIVE_RE.search(outside, max(0, verb_at - _APPOSITIVE_WINDOW), verb_at)
    if app:
        return app.group(1)
    j = i - 1
    while j >= 0 and tokens[j].group(0).lower() in ADVERBS and \
            not outside[tokens[j].end():tokens[j + 1].start()].strip():
        j -= 1
    if j < 0 or outside[tokens[j].end():tokens[j + 1].start()].strip():
        return None
    if tokens[j].group(0).lower() in PRONOUNS:
        return tokens[j].group(0)
    k = j
    while k > 0 and j - k < 6:
        word = tokens[k].group(0).lower()
        prev = tokens[k - 1].group(0).lower()
        if word in DETERMINERS or outside[tokens[k - 1].end():tokens[k].start()].strip():
            break
        if prev in CLAUSE_STOPS or prev in PRONOUNS:
            break
        if prev in PREPOSITIONS and (k - 2 < 0 or tokens[k - 2].group(0).lower() in PREPOSITIONS
                                     or outside[tokens[k - 2].end():tokens[k - 1].start()].strip()):
            break
        k -= 1
    words = [t.group(0) for t in tokens[k:j + 1]]
    if words[-1].lower() in CLAUSE_STOPS | PREPOSITIONS | DETERMINERS:
        return None
    return " ".join(words)


def _find_reporting_clause(outside: str, has_quote: bool) -> tuple[str | None, bool]:
    """Find the subject of a reporting verb in quote-free text.

    Returns ``(raw_subject, is_according_to)``; the subject is a name, a pronoun or a noun
    phrase, or ``None`` when the sentence has no reporting clause. Reporting verbs count only
    in lower case, so ``United States`` is not ``states``.
    """
    source = _according_to(outside)
    if source:
        return source, True
    tokens = list(_WORD_RE.finditer(outside))
    for i, tok in enumerate(tokens):
        verb = tok.group(0)
        if verb not in SPEECH_VERBS or (verb in QUOTE_ONLY_VERBS and not has_quote):
            continue
        if i > 0 and tokens[i - 1].group(0).lower() in DETERMINERS | NOUN_MARKERS:
            continue  # "a greater say", "the claims": a noun, not a reporting verb
        subject = _subject_before(outside, tokens, i)
        if subject:
            return subject, False
        # Inverted order after a quotation: "..., said Biden" / "said the president".
        m2 = _INVERTED_NAME_RE.match(outside, tok.end())
        if m2 and has_quote and verb in {"said", "says", "added", "adds", "asked", "wrote"}:
            return m2.group(1), False
        m3 = _INVERTED_ORG_RE.match(outside, tok.end())
        if m3 and has_quote and m3.group(1).lower() in ORG_HEADS:
            return "the " + m3.group(1), False
    return None, False


def attribute_sentences(text: str, sentences: list[tuple[int, int, int]]) -> list[Attribution]:
    """Attribute every sentence of one document.

    ``sentences`` are ``(paragraph, start, end)`` triples in reading order (as produced by
    :func:`analysis.sentences.iter_sentences`). Returns one :class:`Attribution` per sentence.
    """
    tracker = SpeakerTracker()
    paragraphs: dict[int, tuple[int, int]] = {}
    for p, s, e in sentences:
        ps, pe = paragraphs.get(p, (s, e))
        paragraphs[p] = (min(ps, s), max(pe, e))
    spans_by_par = {p: quote_spans(text, s, e) for p, (s, e) in paragraphs.items()}
    ends_by_par = {p: [qe for _, qe in spans] for p, spans in spans_by_par.items()}

    results: list[Attribution] = []
    span_speaker: dict[tuple[int, int], str | None] = {}
    prev_par = None
    last_quote_speaker_in_par: str | None = None
    pending_cue: str | None = None
    for p, s, e in sentences:
        if p != prev_par:
            last_quote_speaker_in_par = None
            prev_par = p
        sentence = text[s:e]
        full_spans = _overlapping(spans_by_par[p], ends_by_par[p], s, e)
        spans = [(max(qs, s), min(qe, e)) for qs, qe in full_spans]
        outside = _outside(text, s, e, spans)
        n_words = len(_WORD_RE.findall(sentence)) or 1
        quoted_words = sum(len(_WORD_RE.findall(text[qs:qe])) for qs, qe in spans)
        has_quote = quoted_words > 0
        tracker.observe(sentence)
        raw, according = _find_reporting_clause(outside, has_quote)
        speaker = tracker.resolve(raw) if raw else None
        person = bool(raw) and not according and (
            raw.lower() in {"he", "she"} or (speaker is not None and speaker[0].isupper()
                                             and raw.split()[0].lower() not in DETERMINERS))
        leads = bool(spans) and not text[s:spans[0][0]].strip()
        direct = quoted_words / n_words >= 0.5 or (leads and raw is not None and not according)

        if direct:
            quote = "direct"
            if speaker is None:
                for span in full_spans:
                    if span_speaker.get(span):
                        speaker = span_speaker[span]
                        break
            if speaker is None:
                speaker = last_quote_speaker_in_par or pending_cue
        elif raw is not None:
            quote = "partial" if has_quote and not according else "indirect"
        else:
            quote = "none"

        for span in full_spans:
            if speaker and (quote in {"direct", "partial"}):
                span_speaker.setdefault(span, speaker)
        if quote in {"direct", "partial"} and speaker:
            last_quote_speaker_in_par = speaker
        # An attribution sentence with no content of its own ("The declaration claims.")
        # hands its speaker to a quotation that follows.
        pending_cue = speaker if (quote == "indirect" and len(outside.split()) <= 6) else None

        tracker.remember(speaker, person)
        voice = "authorial" if quote == "none" else "quoted"
        results.append(Attribution(quote=quote, voice=voice, speaker=speaker))
    return results
