"""Checks on the shape of a source read from a reporting clause: a speaker must be a phrase
that names a person, a body, a medium or a document, read from the clause whose words they are.

:func:`checked_source` takes the source :func:`analysis.corpus.inner_sources.reporting_clause`
read (after :func:`analysis.corpus.source_repairs.repaired_source`) and puts right readings that
name no one, or the wrong one of several phrases:

* a date is no source (``..., said a senior official Tuesday``): the subject of the inverted
  clause before it is, or the document it dates (``the Monday release``), or the subject before
  it (``The city council on Wednesday``), or the words before it;
* an *according to* source that is a relay or a document (``according to KCNA``, ``according
  to the statement``; not a person or a newspaper's name, which PolNeAR credits) gives way to
  the clause's own source, the inner one of ``data/voices_README.md``: a person or body who
  reports by itself (``The ministry accused ..., as reported by KCNA``) or who stands right
  before a quotation (``According to the statement, the allies “...”``);
* a sentence-final ``SUBJECT said`` is the source over a subject that names no person or body
  or holds a stance (``His comments suggest ..., some observers said``);
* a source inside a trailing clause of *as*, *even as*, *with* or *while* (``..., as Beijing
  condemned it``) gives way to its main clause's own source (``Lee considered that ...``);
* a verb with its complement read into a source (``Trump has often``, ``the rollout comes as
  Tokyo``) is cut off (:func:`has_source_shape`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .cue_words import DOCUMENT_HEADS, STANCE_ADJECTIVES
from .described import PLACED_PARTICIPLES
from .name_fragments import whole_source
from .sources import is_named, is_relay
from .speakers import NAME_TOKEN, ORG_ROLES, PERSON_ROLES, PRONOUNS, SPEAKER_NOUNS
from .subject_adjuncts import close_to_start
from .tokens import WORD_RE

Reader = Callable[[str, bool], tuple[str | None, bool]]

_NAME = rf"{NAME_TOKEN}(?:[ -]{NAME_TOKEN}){{0,3}}"
DATE_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today
    yesterday tonight january february march april may june july august september october
    november december""".split())
"""Words that date a clause: never the head of a source (``Tuesday``)."""
_DATE_ALT = "|".join(sorted(DATE_WORDS))
_INVERTED_DATED_RE = re.compile(
    r"\b(?:said|says|told|added|noted|stated|wrote|warned|confirmed)\s+"
    r"((?:an?|the|one|two|three|several)\s+[^,.;:“”\"()]{1,60}?)\s+(?:on\s+|late\s+|early\s+)?"
    rf"(?:{_DATE_ALT})\b", re.IGNORECASE)
"""An inverted reporting clause dated after its subject (``said a White House official
Tuesday``)."""
EVENT_HEADS = frozenset("move step development shift change event episode "
                        "incident situation decision trend scenario reality visit deployment "
                        "arrival flyover launch drills action actions".split())
"""Heads of a subject that names an event or a step, not a speaker."""
SOURCE_HEADS = PERSON_ROLES | ORG_ROLES | SPEAKER_NOUNS | DOCUMENT_HEADS | frozenset(
    "sources source navy military army forces guard ministry".split())
"""Last words of a common noun phrase that names a person, a body, a medium or a document."""
_SUBORDINATE_RE = re.compile(r",\s+(?:even\s+as|as|with|while|whereas)\s+")
_THAT_SUBJECT_RE = re.compile(
    rf"^\W*(?:(?:And|But|So|Yet)\s+)?((?:[Tt]he\s+)?{_NAME})\s+(?:\w+ly\s+)?"
    r"(?:has\s+|had\s+|have\s+)?(?:been\s+)?(?:considered|believed|thought|argued|maintained|"
    r"held|felt|judged|concluded|reckoned|insisted|suggested|claimed|warned|said|arguing|"
    r"warning|saying|insisting|claiming)\s+(?:[\w-]+\s+){0,3}?that\b")
"""A main clause of a belief or claim with a *that*-clause, after its subject (``Seoul has
been warning for weeks that``)."""
_QUOTED_SUBJECT_RE = re.compile(
    rf",\s*((?:[Tt]he\s+)?{_NAME}|(?:[Tt]he\s+)(?:[\w’'-]+\s+){{0,3}}[a-z]+)"
    r"\s+(?:(?:also|has|have|had|will|would)\s+){0,2}\s{3,}")
"""A subject right before a blanked quotation, after a comma (``..., the allies “...”``)."""


def checked_source(outside: str, raw: str | None, according: bool, has_quote: bool,
                   reread: Reader) -> tuple[str | None, bool]:
    """``raw`` (read in ``outside``, a sentence with its quotations blanked) put right by the
    checks of the module docstring; ``reread`` reads the reporting clause of a part of the
    sentence (the reader that found ``raw``)."""
    if not raw:
        return raw, according
    raw = _undated(outside, raw, has_quote, reread)
    if according and (is_relay(raw) or raw.split()[-1].lower() in DOCUMENT_HEADS):
        inner = _inner_of_according(outside, has_quote, reread)
        if inner:
            return inner, False
    trailing = _trailing_source(outside, raw)
    if trailing:
        return trailing, False
    main = _main_clause_source(outside, raw, has_quote, reread)
    if main:
        return main, False
    if close_to_start(raw + " ", len(raw) + 1) == 0:  # "People close to Kim": "close" no verb
        return raw, according
    return noun_phrase(whole_source(outside, raw), outside), according



_VERB_TAGS = frozenset("VB VBZ VBP VBD MD".split())
"""Penn tags of a finite or bare verb and a modal."""
_COMPLEMENT_TAGS = frozenset("IN TO RP DT RB PRP$ PRP CD".split())
"""Penn tags of a word that, after a verb, opens its complement (``comes as``, ``ramp up``,
``has often``, ``taped an``): the phrase is then a clause, not a noun phrase."""


_NOUN_BEFORE = frozenset("DT CD PRP$ JJ POS".split())
"""Penn tags before a word that make it a noun (``A 2014 estimate by``)."""


def _verb_at(raw: str, sentence: str | None) -> int | None:
    """The offset in ``raw`` of its first lower-case word tagged as a verb or a modal before a
    word of its complement (:data:`_COMPLEMENT_TAGS`; tagged in ``sentence`` when given), else
    ``None`` (``exit polls``, ``talk radio host``: a noun before a noun)."""
    from .tagger import load_tagger, tag_text

    at = sentence.find(raw) if sentence else -1
    text, lo = (sentence, at) if sentence and at >= 0 else (raw, 0)
    if _no_verb_possible(text, lo, lo + len(raw), load_tagger()):
        return None  # about half the sources asked: tagging the sentence costs ~150 us
    tags = tag_text(text, "penn")
    inside = [(k, t) for k, t in enumerate(tags) if lo <= t[0] < lo + len(raw)]
    for (k, (start, _, word, tag)), (_, after) in zip(inside, inside[1:], strict=False):
        if word[0].islower() and tag in _VERB_TAGS and (tag == "MD" or after[3] in
                                                        _COMPLEMENT_TAGS) and not (
                k and tags[k - 1][3] in _NOUN_BEFORE):
            return start - lo
    return None


def _no_verb_possible(text: str, lo: int, hi: int, tagger: Any) -> bool:
    """Whether no word of ``text`` starting in ``[lo, hi)`` can be the verb :func:`_verb_at`
    looks for, whatever its context: each lower-case one but the last is an ASCII form of the
    tagger's tag dictionary, whose tag is then fixed (``the``, ``of``, ``a``), and no verb's."""
    words = [m.group() for m in WORD_RE.finditer(text) if lo <= m.start() < hi][:-1]
    fixed, penn = tagger.tagdict.get, tagger.penn
    return all(penn[c] not in _VERB_TAGS if (c := fixed(w, -1)) >= 0 and w.isascii() else False
               for w in words if w[0].islower())


def has_source_shape(raw: str, sentence: str | None = None) -> bool:
    """Whether ``raw`` has the shape of a noun phrase: no lower-case word of it is a verb or a
    modal with its complement after it (:func:`_verb_at`: not ``Tokyo, Canberra ramp up
    ties``, ``deployment comes as Washington``), and it does not end in a date."""
    words = raw.split()
    if not words or _dated(words):
        return False
    return len(words) == 1 or all(w[0].isupper() for w in words) or \
        _verb_at(raw, sentence) is None


def noun_phrase(raw: str, sentence: str | None = None) -> str:
    """``raw`` cut at a verb read inside it: the source after the verb and its complement's
    first words when one ends it (``the order comes as some conservatives``: *some
    conservatives*; ``for what Newt Gingrich``: the name), else the words before the verb
    (``Trump has often``: *Trump*); ``raw`` itself when no word stands before that verb."""
    if len(raw.split()) == 1 or all(w[0].isupper() for w in raw.split()):
        return raw
    cut = _verb_at(raw, sentence)
    if cut is None or _placed(raw[cut:].split()):
        return raw  # "the U.S. forces stationed on the Korean Peninsula": a participle of place
    tail = re.sub(r"^\S+\s+(?:(?:as|with|for|to|up|on|what|whom|the|a|an|often|long|also)\s+)*",
                  "", raw[cut:])
    if tail != raw[cut:] and tail and not tail.endswith(("’s", "'s")) and (
            _headed_by_source(tail) or re.fullmatch(
            r"(?:some|many|most|several|other|few)\s+[a-z]+s", tail)):
        return tail  # "the order comes as some conservatives", "ended with Maddow asking"
    words = raw[:cut].split()
    if len(words) == 1 and words[0].lower() in {"the", "a", "an"}:
        words = []
    return " ".join(words) or raw  # "back her opponents" of "those who back": left as read


def _placed(words: list[str]) -> bool:
    """Whether ``words`` open with a participle of place and its preposition (``stationed on``,
    ``based in``): a reduced relative inside the source, no verb of its own."""
    return len(words) > 1 and words[0] in PLACED_PARTICIPLES and words[1] in {"on", "in", "at"}


def names_a_source(phrase: str) -> bool:
    """Whether ``phrase`` names a person, a body, a medium or a document: a name or a
    pronoun (:func:`analysis.corpus.sources.is_named`), or a noun phrase whose head is one of
    :data:`SOURCE_HEADS`; never a date."""
    words = phrase.split()
    if not words or _dated(words):
        return False
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return is_named(phrase) or is_relay(phrase) or head.lower() in SOURCE_HEADS


_BEFORE_DATE_RE = re.compile(r"(?:^|,)\W*((?:[Tt]he\s+|[A-Z][\w’'.-]*\s+)(?:[\w’'.-]+\s+){0,6}?"
                             r"[\w’'.-]+)\s+(?:on|late|early|this|last|since)?\s*$")
"""The subject before a date (``The city council on Wednesday``)."""


def _undated(outside: str, raw: str, has_quote: bool, reread: Reader) -> str:
    """``raw`` without the date it was read as or ended on (module docstring): the document
    the date modifies, the subject of an inverted clause or the subject before the date, the
    words before it, else the source read with the date blanked; ``raw`` itself when nothing
    else names a source (the sentence keeps its reading)."""
    words = raw.split()
    if not _dated(words):
        return raw
    dated = re.search(rf"\b{re.escape(raw)}(?:[’']s)?\s+([a-z]+)\b", outside)
    if dated and dated.group(1) in SOURCE_HEADS:
        return f"{raw} {dated.group(1)}"  # "the Friday release": a date before a document
    inverted = _INVERTED_DATED_RE.search(outside)
    if inverted and raw in inverted.group(0):
        return inverted.group(1)
    while words and (_dated(words) or words[-1].lower() in _DANGLING):
        words.pop()
    if words:
        return " ".join(words)
    at = outside.find(raw)
    before = _BEFORE_DATE_RE.search(outside[:at]) if at > 0 else None
    if before and names_a_source(before.group(1)):
        return before.group(1)  # "The city council on Wednesday approved"
    if at >= 0:
        again, _ = reread(outside[:at] + " " * len(raw) + outside[at + len(raw):], has_quote)
        if again and not _dated(again.split()) and names_a_source(again):
            return again  # "Tuesday, the senator opened a rally blasting ..."
    return raw


_DANGLING = frozenset("on in at late early since during".split())


def _dated(words: list[str]) -> bool:
    """Whether the last of ``words`` is a date (:data:`DATE_WORDS`), not the last name of a
    person (``Theresa May``: a capitalised word before it)."""
    last = words[-1].lower().strip(".,")
    return last in DATE_WORDS and not (len(words) > 1 and words[-2][0].isupper())


_STANCE_RE = re.compile(r"\s+(?:be|is|are|was|were|remains?|remained)\s+(?:well\s+|fully\s+)?"
                        rf"(?:{'|'.join(sorted(STANCE_ADJECTIVES))})\s+that\b")
_ACCORDING_RE = re.compile(r"\b(?:[Aa]ccording to|[Aa]s per|[Aa]s (?:first |previously "
                           r"|originally )?(?:reported|confirmed) by)\s+[^,.;:!?()]+")


def _inner_of_according(outside: str, has_quote: bool, reread: Reader) -> str | None:
    """The source of the clause an *according to* phrase relays (module docstring)."""
    phrase = _ACCORDING_RE.search(outside)
    if not phrase:
        return None
    rest = outside[:phrase.start()] + " " * (phrase.end() - phrase.start()) + \
        outside[phrase.end():]
    quoted = _QUOTED_SUBJECT_RE.search(outside, phrase.end()) if has_quote else None
    if quoted and names_a_source(quoted.group(1)) and not is_relay(quoted.group(1)):
        return quoted.group(1)
    inner, again = reread(rest, has_quote)
    if inner and not again and not is_relay(inner) and names_a_source(inner) and \
            inner.lower() not in {"it", "they"} and not _STANCE_RE.search(outside):
        return inner  # not "the US should be aware that": a stance holds no words
    return None


_TRAILING_SAID_RE = re.compile(
    r",\s*((?:[Tt]he\s+|[Ss]ome\s+|[Aa]n?\s+|[Oo]ne\s+)?(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+)\s+"
    rf"(?:said|says|added|noted)(?:\s+(?:on\s+)?(?:{_DATE_ALT}))?\s*\.?\s*$", re.IGNORECASE)
_SPOKE_RE = r"\s+(?:\w+ly\s+)?(?:has\s+|had\s+)?(?:said|says|told|stated|added)\b"


def _trailing_source(outside: str, raw: str) -> str | None:
    """The subject of a reporting clause that ends the sentence (``..., some observers
    said.``) over a subject read before it that does not itself say the words: one that names
    no person or body (``His comments suggest ...``) or holds a stance (``North Korea is
    convinced ..., Kim said``); not a relay's (``..., KCNA reported``), and not over a person or
    body's own speech act (``Seoul reaffirmed ..., officials said``: the inner source's)."""
    m = _TRAILING_SAID_RE.search(outside)
    if not m:
        return None
    subject = m.group(1)
    if raw in subject or is_relay(subject) or subject.lower() in {"it", "they", "he", "she"} \
            or not names_a_source(subject) or outside.find(raw) >= m.start() or \
            re.search(rf"\b{re.escape(raw)}{_SPOKE_RE}", outside[:m.start()]):
        return None
    held = re.search(rf"\b{re.escape(raw)}\s+(?:is|are|was|were|remains|seems)\b", outside)
    return subject if held or not _headed_by_source(raw) else None  # not "Seoul reaffirmed"


def _headed_by_source(phrase: str) -> bool:
    """Whether the head of ``phrase`` (its last word, or the word before *of*) is a name, a
    pronoun or a noun of :data:`SOURCE_HEADS` (``His comments``: no)."""
    words = phrase.split()
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    low = head.lower()
    return head[0].isupper() or low in PRONOUNS or low in SOURCE_HEADS or \
        low.rstrip("s") in SOURCE_HEADS or low in _PARTIES


_PARTIES = frozenset("sides allies parties nations countries leaders governments partners "
                     "states powers neighbours neighbors".split())
"""Plural nouns of the parties to a joint text (``The three sides reaffirmed ..., the statement
said``): they speak in it, so the inner source is theirs."""


def _main_clause_source(outside: str, raw: str, has_quote: bool, reread: Reader
                        ) -> str | None:
    """The main clause's source when ``raw`` stands in a trailing clause of *as*, *even as*,
    *with* or *while* (module docstring)."""
    at = outside.find(raw)
    cut = None
    for m in _SUBORDINATE_RE.finditer(outside, 0, max(at, 0)):
        cut = m
    if at < 0 or cut is None:
        return None
    main = outside[:cut.start()] + "."
    believed = _THAT_SUBJECT_RE.match(main)
    if believed and names_a_source(believed.group(1)):
        return believed.group(1)
    source, according = reread(main, has_quote)
    return source if source and not according and names_a_source(source) else None
