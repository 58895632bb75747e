"""What a reporting clause's source span may be, and whom a first-person source stands for.

The reporting-clause readers cut a source from the words before the cue; the cut sometimes keeps
words that name nobody or lands on the wrong noun phrase. Three checks, each removing a class of
output that is never a speaker under the labelling rules (``data/voices_README.md``):

* an adverb between the subject and its cue is no part of the source (``Some even joked that``
  is ``Some``'s, not ``even``'s; ``Critics also said``), and a fronted phrase before a pronoun is
  none either (``this time I am going to``: ``I``) (:func:`trimmed_source`);
* a person's affiliation after the name is no source (``Lee Min-ho of the Centre for Security
  Studies at the Asan Institute told ...``: ``Lee Min-ho``, not ``the Asan Institute``)
  (:func:`affiliated_person`);
* a first-person source outside quotation marks (``I express ...``, ``we are aware ...``) is the
  author of the statement the document carries, never the pronoun itself
  (:func:`first_person_author`).
"""

from __future__ import annotations

import re

from .speakers import (
    NAME_RE,
    ORG_NAME_HEADS,
    PERSON_ROLES,
    TITLE_WORDS,
    looks_like_org,
    name_parts,
)

TRAILING_ADVERBS = frozenset("""even also only reportedly still later again further once
    repeatedly recently then now meanwhile too however previously earlier already similarly
    likewise jointly separately publicly privately openly often sometimes always""".split())
"""Adverbs that stand between a subject and its reporting verb (``Some even joked``)."""

FIRST_PERSON = frozenset("i we".split())
"""First-person pronouns that may open a reporting clause outside quotation marks."""

_PERSON_RE = re.compile(
    r"(?:^|[,;]|\b(?:and|but)\s)\s*((?:[A-Z][a-z]+(?:-[a-z]+)?)(?:\s+[A-Z][a-z]+(?:-[a-z]+)?){1,2})"
    r"\s+(?:of|at|from)\s+((?:[\w.’'-]+\s+)*?)$")
"""A person's two- or three-word name opening the words before the cue (or a clause of them),
followed by ``of``/``at``/``from`` and the body's name running up to the source cut."""
_NOT_NAME_WORDS = TITLE_WORDS | PERSON_ROLES | ORG_NAME_HEADS | frozenset("""the a an head
    department office school college party state republic national north south united
    professor""".split())
"""Words that show a capitalised run is a title or a body's name rather than a person's."""
_BODY_LOWER = frozenset("""of the for and at on in foreign defense defence national security
    studies affairs ministry’s ministry's""".split())
"""Lower-case words a body's name may hold (``the Chinese foreign ministry’s Institute for
Ocean Affairs``)."""


def trimmed_source(raw: str | None) -> str | None:
    """``raw`` without adverbs after its subject (``Some even`` -> ``Some``)."""
    if not raw:
        return raw
    words = raw.split()
    while len(words) > 1 and words[-1].lower() in TRAILING_ADVERBS:
        words = words[:-1]
    return " ".join(words) if len(words) < len(raw.split()) else raw


_BOUND_RE = re.compile(
    r"\s*(?:But\s+|And\s+)?(?:When|After|Before|While|As|Although|Though|Since|Once|Because|"
    r"Until)\s+(?P<name>(?:[A-Z][\w.'’-]*\s+){0,3}?[A-Z][\w'’-]+)\s+(?:[a-z]+\s+){0,2}?"
    r"(?!said|says|told|tells)[a-z]+\b[^,;:“\"]{0,120},\s+(?P<pronoun>he|she|it)\s")
"""An opening clause whose subject is a name, and a *he*, *she* or *it* opening the main clause
after its comma (``When Yoon arrived in Washington, he told reporters``)."""
_RELATIVE_BOUND_RE = re.compile(
    r"\s*(?:(?:On|In|At|Earlier|Later|Last|Also)\b[^,;:“\"]{0,40},\s+)?(?:[\w.'’-]+\s+){0,5}?"
    r"(?P<name>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s+(?!said|says|told|tells)[a-z]+\b[^;:“\".]{0,150}?"
    r",\s+(?:which|what|that)\s+(?P<pronoun>he|she)\s+(?:said|says|called|calls|described)\b")
"""A main clause whose subject ends in a two-word name, and a *he* or *she* reporting in a
relative clause after its comma (``Chinese foreign ministry spokesman Wang Wenbin lashed out at
the summit, which he said had “...”``): the subject, not the speaker before."""


def bound_pronoun(sentence: str, raw: str | None, linker: object = None) -> str | None:
    """The name a pronoun source ``raw`` stands for when ``sentence`` binds it to the subject
    of its opening clause (:data:`_BOUND_RE`: ``When Yoon arrived in Washington, he told
    reporters`` is Yoon, not the speaker before; also a main clause's name before a relative
    clause's *he said*: :data:`_RELATIVE_BOUND_RE`): a person for *he* and *she* (a listed person
    whose pronoun it is, or an unlisted name that is no body and no initialism: not ``When
    Reuters asked``, ``When NHK asked``), a
    country or a body of the actor list for *it* (``While North Korea fired missiles, it
    said``); else ``raw``."""
    if raw not in {"he", "she", "it", "He", "She", "It"}:
        return raw
    m = _BOUND_RE.match(sentence) or _RELATIVE_BOUND_RE.match(sentence)
    if m is None or m.group("pronoun") != raw.lower():
        return raw
    name = m.group("name")
    kind = linker.kind(name) if linker is not None else None
    if raw.lower() == "it":
        return name if kind in {"country", "organisation"} else raw
    person = kind == "person" or (kind is None and not looks_like_org(name) and (
        " " in name or not name.isupper()))  # "When Kishida announced ..., he": Kishida
    said = linker.pronoun(name) if linker is not None and kind == "person" else None
    return name if person and said in (None, raw.lower()) else raw  # not "When Reuters asked"


def affiliated_person(outside: str, raw: str | None) -> str | None:
    """The person whose affiliation ``raw`` is, when the words before the cue in ``outside``
    run ``NAME of/at/from BODY ... raw`` (``Lee Min-ho of the Asan Institute``), else ``raw``."""
    if not raw or (raw[0].islower() and not raw.startswith("the ")):
        return raw
    at = outside.find(raw)
    if at <= 0:
        return raw
    m = _PERSON_RE.search(outside[:at])
    if not m or any(w[0].islower() and w not in _BODY_LOWER for w in m.group(2).split()):
        return raw
    name = m.group(1)
    if not _NOT_NAME_WORDS.isdisjoint(w.lower() for w in name.split()):
        return raw
    return name


def first_person_author(raw: str | None, before: str) -> str | None:
    """The speaker a first-person source (``I``, ``we``, ``this time I``) stands for: the
    author of the statement the document carries in full, named in the frame line before it
    (``Kim Yo Jong ... issued the following press statement:``) in ``before`` (the document's
    text before the sentence). ``None`` when ``raw`` ends in no first-person pronoun or no
    such frame precedes it: a columnist's or an interviewee's *I* stays as written."""
    words = (raw or "").split()
    if not words or words[-1].lower() not in FIRST_PERSON:
        return None
    frame = next(iter(reversed(list(_FRAME_RE.finditer(before)))), None)  # the last one
    if frame is None:
        return None
    name = NAME_RE.search(frame.group(1))
    return name_parts(name.group())[0] or None if name else None


_FRAME_RE = re.compile(r"(?m)^([^\n]{0,200}?)\b(?:issued|made|released|published|delivered)"
                       r"\s+the\s+following\b[^\n]{0,60}:[ \t]*$")
"""A frame line that hands the rest of the document to its author (``X issued the following
press statement on Friday:``)."""


_COLON_SOURCE_RE = re.compile(
    r"\s*((?:[A-Z][\w.&’'-]*)(?:\s+(?:of|for|and|the|[A-Z][\w.&’'-]*))*)\s+(?:reports|reported|"
    r"writes|wrote|says|said|notes|noted|states|stated|adds|added|explains|explained)\s*:\s*")
"""A named source and a reporting verb before a colon (``Voice of America News reports:``)."""


def colon_source(before: str) -> str | None:
    """The source named before the colon that opens a quotation, when ``before`` (the words of
    the sentence before its first quotation mark) is only ``NAME reports:``; else ``None``. The
    verb after a capitalised word is read as a noun elsewhere (``Fox News reports``: the plural
    noun after *news*), which left such a quotation without a speaker."""
    m = _COLON_SOURCE_RE.fullmatch(before)
    return m.group(1) if m else None


_ROLE_THEN_NAME_RE = re.compile(
    r"(?:[’']s((?:\s+[a-z][\w-]*){1,6}?))?\s*,?\s+(?:(?:Gen|Adm|Lt|Col|Maj|Dr|Amb)\.\s+)?"
    r"((?:[A-Z][a-z]+(?:-[a-z]+)?)"
    r"(?:\s+[A-Z][a-z]+(?:-[a-z]+)?){1,2})\b")
"""The rest of a naming after a cut source: role words, then the person's name (``’s chief
cabinet secretary Hiro Tanabe``, ``, Hiro Tanabe``)."""


_COMPLEMENT_NAME_RE = re.compile(
    r"\s+(?:of|for|at|in|to|with)\s+[^,;:“”\"]{1,60}?,\s+(?:(?:Gen|Adm|Lt|Col|Maj|Dr|Amb)"
    r"\.\s+)?((?:[A-Z][a-z]+(?:-[a-z]+)?)(?:\s+[A-Z][a-z]+(?:-[a-z]+)?){1,2})"
    r"\s*[.”\"’']*\s*$")
"""A role's complement, then the person's name closing the sentence (``according to a
representative of North Korea at the United Nations, Kim Song.``)."""


def _closing_name(outside: str, raw: str, at: int) -> str:
    """The person named at the end of the sentence after the role ``raw`` (found at ``at``)
    and its complement (:data:`_COMPLEMENT_NAME_RE`); else ``raw``."""
    m = _COMPLEMENT_NAME_RE.match(outside, at + len(raw))
    if not m or raw.split()[-1].lower() not in PERSON_ROLES or not _NOT_NAME_WORDS.isdisjoint(
            w.lower() for w in m.group(1).split()):
        return raw
    return m.group(1)


def named_after_role(outside: str, raw: str | None) -> str | None:
    """The person named right after ``raw`` when ``raw`` is only the country or role before
    that name (``according to Japan’s deputy defence minister, Hiro Tanabe``: Hiro
    Tanabe, not Japan or the minister); else ``raw``."""
    at = outside.find(raw) if raw else -1
    if at < 0:
        return raw
    m = _ROLE_THEN_NAME_RE.match(outside, at + len(raw))
    if not m:
        return _closing_name(outside, raw, at)
    role_words = m.group(1).split() if m.group(1) else raw.split()[-1:]
    if not role_words or role_words[-1].lower() not in PERSON_ROLES:
        return raw
    name = m.group(2)
    if not _NOT_NAME_WORDS.isdisjoint(w.lower() for w in name.split()):
        return raw
    return name
