"""Repairs to the reporting-clause reader of :mod:`analysis.corpus.cues`, each for a
source it named in plain sight and still lost.

* A source closing the sentence after a bare *per* (``..., per The Daily Mail.``, ``..., per
  NPR: ...``), read like
  *as per*: :data:`CLOSING_PER`, and :func:`may_hold_according` lets the reader look for it.
  *per* must follow a comma and open the sentence's last phrase, a name or *the* and a name,
  so ``per cent``, ``per year``, ``per the agreement`` and a basis inside the sentence
  (``A quarter of that, per the Smith plan, is ...``) are no sources.
* An adjective in *-ed* right after the article of an *according to* source (``according to
  an allied statement``, ``according to an unnamed official``) is part of it:
  :func:`ends_source_phrase` ends the phrase at a participle only after a word of it
  (``according to a statement released after the meeting``).
* The maker of a text an *according to* source names by a common noun (``according to a
  statement from the defense ministry``, ``a speech by the minister``): the body or person,
  :func:`text_maker`, as a name after *by* or *from* (``a report from Sputnik``).
* A title that refers back to one person keeps its article (``according to the colonel``
  after *Col. Lee Sung-jun*), so that the role noun is read as one (:func:`without_determiners`).

A third, a perfect auxiliary between an appositive and its reporting verb (``Kim Yo-jong, the
sister of the leader, has warned that ...``, read like ``..., warned that``), was tried and
dropped: PolNeAR's training split leaves a dozen such sentences to the writer (``X, who ...,
has said ...``, ``X, a firm, has threatened to ...``: the source and its appositive are more
than half of the sentence), against one sentence of the local real-coverage sets.
"""

from __future__ import annotations

import re
from itertools import islice

from .cue_words import DOCUMENT_HEADS
from .described import NAME_HEADS
from .opening_subjects import SPEAKER_HEADS
from .portfolios import FIELD_WORDS
from .ranks import REFERRING_TITLES
from .speakers import DETERMINERS, NAME_TOKEN, clean_name

CLOSING_PER = r"(?<=, )per(?=\s+(?:the\s+)?[A-Z][^,;:()]*?(?:[.!?]?[\"”’']?\s*$|:\s))"
"""*per* after a comma opening the last phrase of a sentence, a name, or a name before a colon
and what it reports (``..., per NPR: more of a voice in ...``; a pattern for
:data:`analysis.corpus.cues` ``_ACCORDING_RE``)."""


IN_WORDS = r"[Ii]n(?=\s+(?:his|her|their)\s+(?:own\s+)?(?:words|view|opinion)\s*,)"
"""*In* before a possessive pronoun's words, view or opinion (``In her words, ...``; a pattern
for :data:`analysis.corpus.cues` ``_ACCORDING_RE``): the pronoun's person is the source."""
ACCORDING_TAILS = IN_WORDS + "|" + CLOSING_PER
"""The openers of a source besides *according to*, *as per* and *reported by*."""
_OWNED_VIEW_RE = re.compile(r"(his|her|their)\s+(?:own\s+)?(?:words|views?|opinion|assessment|"
                            r"estimates?|account|analysis|reckoning|calculations?)$")


def owned_view(phrase: str) -> str:
    """The pronoun standing for the source of ``phrase``, the words after :data:`IN_WORDS`
    (``her words`` -> ``she``) or after *according to* (``according to her assessment``), else
    ``phrase``."""
    owned = _OWNED_VIEW_RE.match(phrase)
    return {"his": "he", "her": "she", "their": "they"}[owned.group(1)] if owned else phrase


_WORKS = frozenset("report reports study studies survey surveys poll polls analysis data".split())
"""A source's work, not the source (``GlobalData's report``: GlobalData)."""
_POSSESSED_ROLE_RE = re.compile(r"(?:[’']s)?\s+((?:[a-z-]+\s+){0,3}[a-z]+)")


def possessed_role(phrase: str, end: int) -> str | None:
    """The whole source when the name ending at ``end`` of an *according to* ``phrase`` owns
    a speaker's head noun (``Japan's top government spokesman``, up to four lower-case words,
    to the last head among them), else ``None``: the name alone would be a country that did not
    speak in person."""
    m = _POSSESSED_ROLE_RE.match(phrase, end)
    if m is None or not phrase[:m.start(1)].rstrip().endswith(("’s", "'s")):
        return None
    words = m.group(1).split()
    heads = [k for k, word in enumerate(words, 1)
             if word in SPEAKER_HEADS and word not in _TEXT_NOUNS and word not in _WORKS]
    if not heads or (heads[-1] == len(words) and re.match(r"\s+[A-Z]", phrase[m.end():])):
        return None  # "the North's official Korean Central News Agency": an adjective
    return phrase[:m.start(1)] + " ".join(words[:heads[-1]])


def may_hold_according(outside: str) -> bool:
    """Whether ``outside`` may hold *according to*, *as per*, *per* or *reported by*: the cheap
    test before the pattern is searched."""
    return "ccording to" in outside or " per " in outside or "ed by" in outside or (
        "n his " in outside or "n her " in outside or "n their " in outside)


def ends_source_phrase(token: str, kept: list[str]) -> bool:
    """Whether ``token``, a word in *-ed* after the words ``kept`` of an *according to*
    source, ends the phrase: a participle after the head (``a statement released ...``), not
    an adjective after the article (``an allied statement``)."""
    return token.endswith("ed") and bool(kept) and kept[-1].lower() not in DETERMINERS


_BY_RE = re.compile(r"(?:by|from|of)\s+(?:the\s+)?")
_BODY_AFTER_RE = re.compile(rf"\s+(?:for|of|at)\s+(?:the\s+)?{NAME_TOKEN}(?:\s+{NAME_TOKEN})*")
"""The body an indefinite speaker speaks for (`` for the North Korean Defense Ministry``)."""


def _role_maker(after: str) -> str | None:
    """An indefinite speaker opening ``after`` (*a* or *an* and up to four words ending in a
    speaker's lower-case head noun), with the body it speaks for if one follows (``a
    spokesman for the North Korean Defense Ministry``, ``a senior official``); else ``None``."""
    tokens = list(islice(re.finditer(r"\S+", after), _MAKER_WORDS + 1))
    if not tokens or tokens[0].group() not in {"a", "an"}:
        return None
    for token in tokens[1:]:
        word = token.group()
        if not re.fullmatch(r"[A-Za-z][A-Za-z.-]*", word):
            return None  # "a U.S. official", "a senior South Korean official": modifiers
        if word in SPEAKER_HEADS:
            body = _BODY_AFTER_RE.match(after, token.end())
            return after[tokens[0].start():body.end() if body else token.end()]
    return None
_TEXT_NOUNS = frozenset("speech remarks address briefing announcement".split()) | DOCUMENT_HEADS
_MAKER_WORDS = 4


_FIELD_RE = re.compile(
    rf"\s+(?:for|of|on)\s+(?:the\s+)?{NAME_TOKEN}(?:\s+(?:and\s+|of\s+)?{NAME_TOKEN})*")
"""The field that a body's name runs on to after its head (``for Policy Studies``, ``for
Strategic and International Studies``, ``of Foreign Affairs``)."""
_FIELD_ENDS = FIELD_WORDS | frozenset("""studies research analyses analysis peace development
    sciences science economics dialogue unification""".split())
"""Last words of a field (not ``for the Chosun Ilbo``, ``of South Korean adults``)."""


def text_maker(head: str, rest: str) -> str | None:
    """The maker of a text an *according to* source names (``head``, lower case: a document's
    noun or a spoken one, a speech) from ``rest``, the words after the noun: after *by*,
    *from* or *of*, a name (``a report from Sputnik``: ``Sputnik``), else *the* and up to four
    lower-case words ending in a noun of a body or a person (``from the defense ministry at
    the time``: ``the defense ministry``; ``by the minister``); else ``None``."""
    m = _BY_RE.match(rest) if head in _TEXT_NOUNS else None
    if m is None:
        return None
    name = re.match(rf"{NAME_TOKEN}(?:\s+{NAME_TOKEN})*", rest[m.end():])
    if name:
        field = _FIELD_RE.match(rest, m.end() + name.end())
        if field and name.group(0).split()[-1] in NAME_HEADS and \
                field.group(0).split()[-1].lower() in _FIELD_ENDS:  # "for Policy Studies"
            return clean_name(name.group(0) + field.group(0))
        return clean_name(name.group(0))
    if m.group(0).rstrip() in {"by", "from"} and (role := _role_maker(rest[m.end():])):
        return role  # "a statement by a spokesman for the North Korean Defense Ministry"
    words = rest[m.end():].split()[:_MAKER_WORDS]
    for k, word in enumerate(words, 1):
        if not word.islower() or not word.isalpha():
            break
        if word in SPEAKER_HEADS and m.group(0).rstrip().endswith("the"):
            return "the " + " ".join(words[:k])
    return None


def without_determiners(words: list[str]) -> list[str]:
    """The words of an *according to* source without its opening determiners (``the
    officials``: ``officials``), unless a title that refers back to one person ends them
    (``the colonel``, kept as written: :data:`analysis.corpus.ranks.REFERRING_TITLES`)."""
    if words and words[-1] in REFERRING_TITLES:
        return words
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return words
