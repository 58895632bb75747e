"""Actors of a document's speakers read in order, as ``data/voices_README.md`` links them.

:class:`analysis.corpus.bare_names.DocumentActors` links each speaker's full name on its own.
Some forms need the speakers before them or the sentence's own words (the actor is *the
source's fullest name in the document*; an unnamed source keeps its own words):

* a bare family name that many share (``Kim``, ``named_first`` in the actor list) is the
  latest earlier speaker named in full with it: in a story where *Kim Yo Jong, the sister of
  leader Kim Jong Un,* speaks, her later *Kim said* is hers, though her brother was named last;
* a given name without the family name (``Yo-jong``, hyphen or not) is the latest earlier
  speaker whose full name ends with it (``Kim Yo Jong``);
* data or a document made by someone (``a survey conducted by the Asan Institute``,
  :mod:`analysis.corpus.maker_sources`) is its maker's;
* a role noun left unlinked (``the spokesperson``) takes the actor that the latest earlier
  speaker of the same head noun was linked to (``a spokesman for North Korea's foreign
  ministry``: North Korea), unless the sentence names another (``One other official``,
  :func:`another_source`); ``the country`` is the one country named last
  (:func:`latest_country`);
* a source left as its own words keeps the determiner its sentence writes before it
  (:func:`with_determiner`: ``a senior administration official``, ``some analysts``), and
  one unnamed source is one actor in the document, the first form its words took
  (:mod:`analysis.corpus.unnamed_actors`: ``the official`` after ``a senior administration
  official`` is the latter, ``The ministry of defense`` is ``the ministry of defense``).

A form with no such speaker before it keeps the actor it had.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from .actor_linker import PUPPET_STATE
from .maker_sources import maker_of
from .name_keys import normal_key
from .speakers import description_head
from .unnamed_actors import UnnamedActors

_SELF_RE = re.compile(r"\s+(?:himself|herself)$")
"""An emphatic pronoun after a name (``Kim himself``)."""
_ARTICLE_RE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
SYNONYMS = {"spokesman": "spokesperson", "spokeswoman": "spokesperson", "poll": "survey",
            "polls": "survey", "surveys": "survey"}
"""Head nouns read as one when a role noun refers back (``the survey`` after ``a poll``)."""
WORD_VOICES = frozenset({"quoted", "speech"})
"""Voices of someone's words: the sentences whose speakers are remembered."""


def speaker_actors(attributions: Sequence[Any], actor_of: Mapping[str | None, Any],
                   linker: Any, texts: Sequence[str] = ()) -> list[str | None]:
    """The actor of every attribution (``speaker``, ``full_name``, ``voice``) in reading
    order: ``actor_of[full_name]`` (the actor of each full name, linked once a document),
    with the forms of the module docstring read against the speakers before them and the
    sentence ``texts``. ``linker`` is the :class:`.actor_linker.ActorLinker` (``None``: no
    sentence has an actor)."""
    if linker is None:
        return [None] * len(attributions)
    out: list[str | None] = []
    spoken = SpokenActors()  # the actors of earlier speakers
    linked: dict[str, str] = {}  # a role noun's head: the latest actor linked under it
    unnamed = UnnamedActors()  # one actor for one unnamed source
    for n, a in enumerate(attributions):
        actor = actor_of[a.full_name]
        if actor and a.speaker and a.voice in WORD_VOICES:
            maker = maker_of(a.speaker)  # "a survey conducted by the Asan Institute"
            actor = (actor_of[maker] if maker else earlier_bearer(a.speaker, spoken, linker)
                     ) or actor
            head = role_head(a.speaker)
            other = n < len(texts) and another_source(texts[n], a.speaker)
            if other and actor != a.speaker and a.speaker.lower().startswith("the other "):
                actor = a.speaker  # "the other official": its own words, not the official's
            if head and normal_key(actor) in _own_keys(a.speaker) and not other and \
                    not any(w[:1].isupper() and w not in {"The", "A", "An"}
                            for w in a.speaker.split()):  # not "South Korean officials"
                actor = linked.get(head, actor)  # "the spokesperson" of one linked before
            elif head:
                linked[head] = actor
            if actor == a.speaker and head in STATE_NOUNS and n < len(texts):
                actor = latest_country(texts[max(0, n - _COUNTRY_REACH):n + 1], actor,
                                       linker) or actor  # "the country condemned"
            if (placed := _PLACED_RE.fullmatch(a.speaker)) and \
                    (body := linker.link(placed.group(1))) != placed.group(1):
                actor = body  # "China's embassy in Seoul": China's
            elif actor != a.speaker and (people := _PEOPLE_AT_RE.fullmatch(a.speaker)):
                actor = people.group(1)  # "Russian diplomats at the United Nations": not the UN
            if actor == a.speaker and "puppet" in actor and n < len(texts):
                actor = kcna_puppet(texts[:n + 1], actor) or actor  # "the puppet authorities"
            if actor == a.speaker and n < len(texts):
                actor = with_determiner(texts[n], actor)  # "a senior administration official"
            actor = unnamed.canonical(actor)  # "the official" later: the same actor
            spoken.add(actor)
        out.append(actor)
    return out


_PLACED_RE = re.compile(r"(.+?\b(?:[Ee]mbassy|[Cc]onsulate|[Mm]ission|[Dd]elegation|[Mm]inistry|"
                        r"[Oo]ffice|[Oo]fficials?|[Dd]iplomats?))(?:\s+[Gg]eneral)?\s+(?:in|at)\s+(?:the\s+)?"
                        r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}")
"""A body or its people placed in a city (``China's embassy in Seoul``, ``Russian diplomats at the
United Nations``): the actor of the words before the place."""
_PEOPLE_AT_RE = re.compile(r"(.+?\b(?:diplomats?|officials?|delegates?))\s+(?:at|in)\s+(?:the\s+)?"
                           r"(?![^’']*(?:’s|'s|Ministry|Office|Department|Agency|Embassy)\b)"
                           r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}")
"""People at a body or a place that is not their own organ (``Russian diplomats at the United
Nations``): their own words, not the body's actor (not ``an official at Japan's Foreign
Ministry``, Japan's)."""
_PUPPET_BODIES = frozenset("authorities regime government administration ministry".split())
_KCNA_SOUTH_RE = re.compile(r"\bsouth Korea|\bthe ROK\b|\b(?:Yoon Suk Yeol|Yun Sok Yol|Lee Jae "
                            r"Myung)\s+(?:group|clique|regime)")


def kcna_puppet(texts: Sequence[str], speaker: str) -> str | None:
    """South Korea for an unnamed *puppet* body (``the puppet authorities``, ``the puppet
    regime``, ``the puppet defence ministry``) in a text that writes the South as KCNA does
    (``south Korea`` with a lower-case *south*, ``the ROK``, ``the Yoon Suk Yeol group``); else
    ``None``: coverage of other wars has puppet authorities of its own, KCNA's too. The linker
    reads the heads KCNA alone uses (``the puppet military``) without the text."""
    words = speaker.lower().split()
    if words[-1:] and words[-1] in _PUPPET_BODIES and "puppet" in words[:-1] and \
            all(w[:1].islower() for w in speaker.split()[1:]) and \
            any(_KCNA_SOUTH_RE.search(text) for text in texts):
        return PUPPET_STATE
    return None


STATE_NOUNS = frozenset({"country", "nation"})
"""Role nouns of a state (``the country condemned``): the actor is the country named last."""
_COUNTRY_REACH = 2
"""Sentences before the current one searched for the country ``the country`` stands for."""


def latest_country(texts: Sequence[str], speaker: str, linker: Any) -> str | None:
    """The one listed country the latest of ``texts`` that names any names (in the last text,
    the current sentence, only before ``speaker``): ``In a statement released by North Korea's
    Defense Ministry, the country condemned ...`` gives North Korea; ``None`` when that text
    names several or none does."""
    for k in range(len(texts) - 1, -1, -1):
        text = texts[k]
        if k == len(texts) - 1:
            at = text.lower().find(speaker.lower())
            text = text[:at] if at >= 0 else text
        countries = linker.countries_in(text)
        if countries:
            return countries.pop() if len(countries) == 1 else None
    return None


def role_head(speaker: str) -> str | None:
    """The head noun of a speaker named by a common noun phrase (``the spokesperson``, ``a
    poll commissioned by ...``: *poll*, ``a spokesman for ...``: *spokesman*), synonyms as one
    (*spokesman* is *spokesperson*); ``None`` for a name (a capitalised last word)."""
    words = speaker.split(" by ")[0].split()
    head = description_head(speaker) or (words[-1] if words else "")  # "a spokesman for X"
    if not head[:1].islower():
        return None
    return SYNONYMS.get(head.lower(), head.lower())


def _own_keys(speaker: str) -> set[str]:
    """The keys of ``speaker`` as its own actor, with and without its article."""
    return {normal_key(speaker), normal_key(_ARTICLE_RE.sub("", speaker))}


class SpokenActors:
    """The actors of a document's earlier speakers, indexed by the first word of a full name
    (``kim`` -> the latest ``Kim ...``) and by each run of its last words (``yo jong`` -> the
    latest ``Kim Yo Jong``), so that each lookup takes constant time."""

    def __init__(self, actors: Sequence[str] = ()) -> None:
        self.by_first: dict[str, str] = {}
        self.by_tail: dict[str, str] = {}
        for actor in actors:
            self.add(actor)

    def add(self, actor: str) -> None:
        """Remember ``actor`` as the latest speaker's."""
        words = normal_key(actor).split()
        if len(words) < 2:
            return
        self.by_first[words[0]] = actor
        for k in range(1, len(words) - 1):  # runs of two words or more that end the name
            self.by_tail[" ".join(words[k:])] = actor


def earlier_bearer(speaker: str, spoken: SpokenActors | Sequence[str], linker: Any
                   ) -> str | None:
    """The latest of ``spoken`` (earlier speakers' actors) that ``speaker`` names in part: a
    bare shared family name its first word, a given name its last words; else ``None``."""
    if not isinstance(spoken, SpokenActors):
        spoken = SpokenActors(spoken)
    key = normal_key(_SELF_RE.sub("", speaker.strip()))
    words = key.split()
    if not words or not all(w[:1].isupper() for w in _SELF_RE.sub("", speaker).split()):
        return None
    if len(words) == 1:
        return spoken.by_first.get(key) if linker.is_named_first(key) else None
    return spoken.by_tail.get(key)


_DETERMINED_RE = re.compile(r"(?:^|(?<=[\s(“\"‘—–-]))(?P<det>[Aa]n?|[Ss]ome|[Tt]he(?:\s+other)?|"
                            r"[Aa]nother|[Oo]ne(?:\s+other)?)\s+$")
"""A determiner right before a speaker in its sentence."""
_ANOTHER_RE = re.compile(r"\b(?:[Aa]nother|[Oo]ther|second|third)\s+(?:[\w-]+\s+)?$")
"""A word before a role noun that makes its source another one (``One other official``)."""
_ORDINALS = frozenset("second third fourth other".split())


def another_source(sentence: str, speaker: str) -> bool:
    """Whether ``sentence`` writes ``speaker`` after *another*, *other*, *second* or *third*
    (``Another official said``, ``One other official``, ``A second official``): a source other
    than the speaker of that head noun before it."""
    at = sentence.find(speaker)
    return at > 0 and _ANOTHER_RE.search(sentence, 0, at) is not None or \
        not _ORDINALS.isdisjoint(speaker.lower().split()[:2])  # "the other official"


def with_determiner(sentence: str, speaker: str) -> str:
    """``speaker``, an actor of its own words, with the determiner the ``sentence`` writes
    before it (``data/voices_README.md``: an unnamed source keeps its own words, *a joint
    statement*, *one former U.S. official*): *a*, *an* and *some* always; *the* before a
    phrase of lower-case words (``the report``, ``the two leaders``), or as a capital *The*
    inside the sentence before a title (``according to The Daily Mail``); a proper name keeps
    none (``the Asan Institute`` is *Asan Institute*)."""
    at = sentence.find(speaker)
    m = _DETERMINED_RE.search(sentence, 0, at) if at > 0 else None
    if m is None:
        return speaker
    det = m.group("det")
    words = [w for w in speaker.split() if w[:1].isalpha()]
    if det.lower() == "the" and not (
            all(w[:1].islower() for w in words) or
            (det == "The" and m.start() > 0 and all(w[:1].isupper() for w in words))):
        return speaker
    if det.lower() in {"another", "one other", "the other", "one"}:
        det = det.lower()  # "another official", as the unnamed actors write it
    return f"{det} {speaker}"
