"""Canonical actors of speakers: the :class:`ActorLinker` over the editable actor list.

See :mod:`analysis.corpus.speakers` for how a speaker's surface form is found; this module maps
that form to one actor of ``resources/actors.json``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from .actor_list import alias_patterns, load_actors
from .described import ADHERENTS
from .name_keys import POSSESSIVE_RE, normal_key
from .speakers import clean_name, described_one, description_head

SPOKES_ROLES = frozenset("spokesperson spokesman spokeswoman".split())
"""Role nouns of one who speaks for the body named after them (``a spokesman for``)."""

GOVERNMENT_HEADS = frozenset("""government ministry foreign-ministry military army navy
    office embassy consulate regime authorities officials spokesperson spokesman spokeswoman
    leadership administration media agency forces command delegation side official source
    guard coastguard staff imperialists warmongers maniacs puppets clique minister""".split())
"""Heads that make ``<country> ...`` speak for the country (``the South Korean military``,
``the U.S. delegation``, ``the ROK side``, ``a senior U.S. official``, ``a Japanese government
source``, ``the Japanese Coast Guard``), and KCNA's names for a state's leaders and forces (``the
U.S. imperialists``, ``the U.S. war maniacs``, ``the south Korean puppets``); a *former* official
speaks for no country (:data:`FORMER_WORDS`)."""
_PUPPET_HEADS = frozenset("military forces army navy clique warmongers gangsters".split())
"""KCNA's heads after *puppet* (not *the puppet authorities* of coverage of other wars)."""
PUPPET_STATE = "South Korea"
"""The state KCNA's English calls *puppet* with no country named (``the puppet military``, ``the
puppet forces``, ``the puppet clique``): South Korea, in the actor list's version 12."""
FORMER_WORDS = frozenset("former ex retired onetime".split())
_BODY_OF_RE = re.compile(r"\b[A-Z][\w-]*\s+(?:Staff|Command|Bureau|Headquarters|Directorate)"
                         r"\s+of\b")
"""A body's capitalised name before *of* and its country's armed forces or state (``the General
Staff of the KPA``, ``the General Political Bureau of the KPA``): the country's; not ``the
office of South Korea's main opposition leader`` nor ``the campaign headquarters of``."""
_STATE_ADVISERS = frozenset("security presidential government defense defence foreign".split())
"""Words that make a country's adviser the state's right before *adviser* (``South Korea's
national security adviser``), not a trade's or a party's (``a South Korean defense industry
adviser``, ``an opposition foreign policy adviser``)."""
"""Words that make an official's role a past one (``one former U.S. official``)."""

LEADING_ROLES = frozenset("head chief commander director".split())
"""Role nouns of one who leads the body named after them (``the commander of U.S. Forces
Korea``): the speaker speaks for a listed organisation, or for a listed country's body
(``the head of South Korea's spy agency``), never for the country itself (``the head of
North Korea`` is no body)."""

OFFICE_HEADS = frozenset("office government".split())
"""Heads that make ``<listed leader>'s ...`` speak for the leader's country (``Yoon's office
said`` is South Korea, as ``the presidential office`` is)."""

TITLE_ABBREVIATIONS = {"sec": "secretary", "secy": "secretary", "pres": "president",
                       "amb": "ambassador", "min": "minister"}
"""Abbreviated titles of transcript labels, read in full when written with their period
(``SEC. AUSTIN`` is ``Secretary Austin``, an alias of Lloyd Austin; ``Min Kyung-wook`` keeps
the family name Min)."""


class ActorLinker:
    """Map speakers to canonical actors through an actor list (see the module docstring).

    ``actors`` has the shape of ``resources/actors.json``
    (:func:`analysis.corpus.actor_list.load_actors`). Matching ignores case, hyphens, apostrophes
    and a final possessive. Inside a longer speaker only the plain aliases count, longest first:
    an alias with a context condition (``Kim`` not before another name, ``Washington`` not
    before ``Post``) counts only as the whole speaker.
    """

    def __init__(self, actors: Mapping[str, Any]) -> None:
        self._kind: dict[str, str] = {}
        self._alias: dict[str, str] = {}
        self._plain: dict[str, str] = {}
        self._conditional: list[tuple[str, re.Pattern, re.Pattern | None, re.Pattern | None]] = []
        for actor in actors["actors"]:
            self._kind[actor["name"]] = actor["kind"]
            self._alias[normal_key(actor["name"])] = actor["name"]
            self._plain.setdefault(normal_key(actor["name"]), actor["name"])
            for alias in actor["aliases"]:
                text = alias if isinstance(alias, str) else alias["text"]
                self._alias.setdefault(normal_key(text), actor["name"])
                if normal_key(text).startswith("the "):  # a speaker drops its article
                    self._alias.setdefault(normal_key(text)[4:], actor["name"])
                if isinstance(alias, str):
                    self._plain.setdefault(normal_key(text), actor["name"])
                else:
                    self._conditional.append((actor["name"], *alias_patterns(alias)))
        self._described: dict[tuple[str, str], str] = {
            (d["role"], d["of"]): actor["name"]
            for actor in actors["actors"] for d in actor.get("descriptions", ())}
        self._longest = max((len(k.split()) for k in self._plain), default=1)
        self._cache: dict[str, str] = {}
        # The roles and country a listed person carries in role nouns (``the U.S. president``),
        # the capital cities (place aliases) and the family names shared by many (``Kim``).
        self._roles = {a["name"]: (frozenset(a["roles"]), a.get("country"))
                       for a in actors["actors"] if a.get("roles")}
        self._pronouns = {a["name"]: a["pronoun"] for a in actors["actors"] if a.get("pronoun")}
        aliases = [x for a in actors["actors"] for x in a["aliases"] if isinstance(x, dict)]
        self._places = frozenset(normal_key(x["text"]) for x in aliases if x.get("place"))
        self._named_first = frozenset(normal_key(x["text"]) for x in aliases
                                      if x.get("named_first"))

    def link(self, speaker: str | None) -> str | None:
        """The canonical actor of ``speaker`` (``None`` for no speaker)."""
        if not speaker:
            return None
        if speaker not in self._cache:
            if len(self._cache) > 50_000:  # a bounded cache for corpora of many names
                self._cache.clear()
            self._cache[speaker] = self._link(speaker)
        return self._cache[speaker]

    def kind(self, speaker: str) -> str | None:
        """The kind (``person``, ``country``, ``organisation``) of the listed actor that
        ``speaker`` links to, or ``None`` if it links to none."""
        return self._kind.get(self.link(speaker) or "")

    def roles(self, name: str) -> tuple[frozenset[str], str | None] | None:
        """The roles and country of the listed person ``name`` is an alias of (``Biden``:
        ``president``, ``leader``; ``United States``), or ``None``."""
        return self._roles.get(self._alias.get(normal_key(name), ""))

    def role_holder(self, phrase: str) -> str | None:
        """The one listed person whose roles hold the head of ``phrase`` for the one listed
        country it names (``the North Korean leader``, ``North Korea's leader``: Kim Jong Un),
        else ``None``."""
        words = normal_key(phrase).split()
        countries = self.countries_in(phrase) if len(words) > 1 else set()
        if len(countries) != 1:
            return None
        country = countries.pop()
        found = [name for name, (roles, of) in self._roles.items()
                 if of == country and words[-1] in roles]
        return found[0] if len(found) == 1 else None

    def pronoun(self, name: str) -> str | None:
        """The pronoun (``he``, ``she``) the actor list gives the person ``name`` links to, or
        ``None``."""
        return self._pronouns.get(self.link(name) or "")

    def is_place(self, name: str) -> bool:
        """Whether ``name`` is a capital city of the list (``Beijing``, ``Seoul``)."""
        return normal_key(name) in self._places

    def is_named_first(self, name: str) -> bool:
        """Whether ``name`` is a family name shared by many (``Kim``: ``named_first``)."""
        return normal_key(name) in self._named_first

    def countries_in(self, text: str) -> set[str]:
        """The listed countries named in ``text`` (``South Korea's first vice foreign
        minister`` -> South Korea), possessives read as the name."""
        raw = normal_key(text).split()
        words = [normal_key(w) for w in text.split()]
        found = self._mentions(words, raw if len(raw) == len(words) else None) + \
            self._conditional_mentions(text)
        return {a for a in found if self._kind[a] == "country"}

    def _mentions(self, words: list[str], raw: list[str] | None = None) -> list[str]:
        """Actors of the plain aliases in ``words``, longest match first, no overlaps; with
        ``raw`` (the same words, possessives kept), an alias holding a possessive matches too
        (``Democratic People's Republic of Korea`` inside a longer name)."""
        found, i = [], 0
        while i < len(words):
            for n in range(min(self._longest, len(words) - i), 0, -1):
                actor = self._plain.get(" ".join(words[i:i + n])) or \
                    (raw is not None and self._plain.get(" ".join(raw[i:i + n])))
                if actor:
                    found.append(actor)
                    i += n
                    break
            else:
                i += 1
        return found

    def _conditional_mentions(self, speaker: str) -> list[str]:
        """Actors of the aliases with a context condition that hold inside ``speaker``
        (``Chinese`` of ``Chinese Foreign Ministry``, not before ``Taipei``)."""
        found = []
        for actor, pattern, not_before, not_after in self._conditional:
            for m in pattern.finditer(speaker):
                s, e = m.span()
                if (s and speaker[s - 1].isalnum()) or \
                        (not_before is not None and not_before.match(speaker, e)) or \
                        (not_after is not None and not_after.search(speaker[max(0, s - 60):s])):
                    continue
                found.append(actor)
                break
        return found

    def _other_bearer(self, speaker: str, words: list[str]) -> bool:
        """Whether ``speaker`` (its ``words`` keyed) is a full name, every word capitalised,
        whose only listed part is a shared family name (``Jane Kim``, ``Kim Tae-hyo``: not
        the ``Kim`` of the list), with no longer alias inside it (``Comrade Kim Jong Un``)."""
        if len(words) < 2 or not all(w[:1].isupper() for w in speaker.split()) or \
                not any(w in self._named_first for w in words):
            return False
        longer = any(" ".join(words[i:i + n]) in self._plain
                     for n in range(2, self._longest + 1) for i in range(len(words) - n + 1))
        return not longer and not self._mentions([w for w in words
                                                  if w not in self._named_first])

    def _link(self, speaker: str) -> str:
        key = normal_key(speaker)
        first, _, rest = key.partition(" ")
        if rest and first in TITLE_ABBREVIATIONS and speaker.split()[0].endswith("."):
            key = TITLE_ABBREVIATIONS[first] + " " + rest
        if key in self._alias:
            return self._alias[key]
        head = description_head(speaker)
        if head:
            # "the sister of Kim Jong Un" is Kim Yo Jong if the list says so, else itself;
            # "a spokesman for the Chinese Foreign Ministry" speaks for the body (its actor).
            body = described_one(speaker)
            of = self.link(body) or ""
            if of == body:  # "the sister of the North Korean leader": the listed leader
                of = self.role_holder(body) or of
            if (head in SPOKES_ROLES or head == "minister") and \
                    self._kind.get(of) in {"country", "organisation"}:
                return of  # "a spokesman for ...", "North Korea's defense minister" unnamed
            if head in LEADING_ROLES and (self._kind.get(of) == "organisation" or (
                    self._kind.get(of) == "country" and
                    normal_key(body).split()[-1:] != normal_key(of).split()[-1:])):
                return of
            return self._described.get((head, of), speaker)
        stripped = normal_key(clean_name(speaker))
        if stripped in self._alias:
            return self._alias[stripped]
        titled = f"{key.split()[0]} {stripped}" if key else ""  # "Secretary of Defense Austin"
        if titled and " " not in stripped and titled in self._alias:
            return self._alias[titled]
        words = [normal_key(w) for w in key.split()]
        if any(w in ADHERENTS for w in words[:2]) and words[1:3] != [] and \
                ("of" in words[1:4] or "for" in words[1:4]):
            return speaker  # "Supporters of Yoon", "critics of the plan": their own words
        if self._other_bearer(speaker, words):
            return speaker  # "Jane Kim", "Kim Tae-hyo": another person of a shared family name
        # A speaker drops its article: "North's defence ministry" was "the North's ...".
        article = "" if key.startswith("the ") or not speaker[:1].isupper() else "the "
        raw = key.split() if len(key.split()) == len(words) else None
        mentions = self._mentions(words, raw) + self._conditional_mentions(article + speaker)
        named = {a for a in mentions if self._kind[a] != "country"}
        if len(named) == 1:
            leader = named.pop()
            if words[-1] in OFFICE_HEADS and \
                    any(POSSESSIVE_RE.search(w) for w in speaker.split()[:-1]) and \
                    self._roles.get(leader, ((), None))[1]:
                return self._roles[leader][1]  # "Yoon's office": his government's
            return leader
        countries = {a for a in mentions if self._kind[a] == "country"}
        placed = any(w in GOVERNMENT_HEADS and at in {"in", "at"} for w, at in zip(
            words, words[1:], strict=False)) or _BODY_OF_RE.search(speaker) is not None or (
            words[-1:] in (["adviser"], ["advisor"]) and words[-2:-1] != [] and
            words[-2] in _STATE_ADVISERS and "opposition" not in words)
        if not named and len(countries) == 1 and words and FORMER_WORDS.isdisjoint(words) and (
                words[-1] in GOVERNMENT_HEADS or "ministry" in words[:-2] or placed):
            return countries.pop()  # "Ministry of", "officials at Seoul's ministry"
        if not named and not countries and "puppet" in words[:-1] and \
                words[-1] in _PUPPET_HEADS and PUPPET_STATE in self._kind and \
                all(w[:1].islower() or w in {"The", "A"} for w in speaker.split()):  # not Kyiv's
            return PUPPET_STATE  # KCNA: "the puppet military clamoured that"
        return speaker


@lru_cache(maxsize=1)
def default_linker() -> ActorLinker:
    """The :class:`ActorLinker` of the package's actor list (``resources/actors.json``)."""
    return ActorLinker(load_actors())
