"""Speakers: names, their resolution through a document, and their canonical actors.

:class:`SpeakerTracker` follows one document in reading order. It turns the raw subject of a
reporting clause into a speaker:

- a proper name loses its titles (``Mr.``); a surname takes the full name seen (``Joe Biden``);
  ``he``/``she`` the last named person who spoke or was a subject (:meth:`mention`), unless
  known to take the other; ``they`` the last speaker, or a group that spoke before a person;
- a role noun (``the diplomat``) takes the last person who spoke, preferring one introduced
  with that role (``spokesperson Wang Wenbin``); an organisation noun (``the ministry``) takes
  the last name ending in that word (``Foreign Ministry``), else the last organisation speaker
  (``the statement``: its author, :func:`.role_referents.spoken_by`);
- role nouns with a country (``the South Korean leader``, else their own words), lower-case
  bodies (``the foreign ministry``) and a bare ``state media``: :mod:`.role_referents`;
- other common nouns (``officials``) stay, less a determiner; a joint speaker is a later ``they``.

:class:`.actor_linker.ActorLinker` maps a speaker to one canonical actor through the editable actor
list (``resources/actors.json``, shared with :func:`analysis.metrics.actors.actor_mentions`):
``Yoon``, ``Yoon Suk-yeol`` and ``President Yoon`` are all ``Yoon Suk Yeol``; ``North Korean state
media`` is ``KCNA``. A speaker that is no alias but names exactly one person or organisation of
the list takes that actor; a government body of a listed country (``North Korea's foreign
ministry``) takes the country; any other speaker is its own actor."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .group_subjects import plural_speaker, they_referent
from .it_referents import it_referent, owner_pronoun
from .name_keys import POSSESSIVE_RE, TITLE_ADJECTIVES, drop_possessive, name_keys, normal_key
from .place_names import after_place
from .portfolios import BODY_ENDS, portfolio_tail
from .pronoun_genders import PersonHistory
from .ranks import RANKS
from .role_referents import (
    BODY_HEADS,
    STATE_MEDIA,
    RoleIndex,
    apposed_roles,
    armed_fits,
    compatible,
    country_role,
    indefinite_roles,
    joint_roles,
    opening_apposition,
    spoken_by,
    state_media_of,
    title_country,
    title_words,
    unresolved_role,
)
from .tokens import folded_words

NAME_TOKEN = r"(?:[A-Z][\w’'.-]*)"
NAME_RE = re.compile(rf"{NAME_TOKEN}(?:\s+(?:(?:of|de|van|von|bin|al)\s+)?{NAME_TOKEN})*")

PRONOUNS = frozenset({"he", "she", "they", "it"})
PERSON_PRONOUNS = frozenset({"he", "she"})

TITLE_WORDS = frozenset(
    """mr mrs ms dr prof president vice prime minister secretary general gen lt col maj capt adm sgt
    sec gov governor sen senator rep representative ambassador chairman chairwoman chair king queen
    prince spokesman spokeswoman spokesperson leader premier chancellor commander admiral colonel
    lieutenant major captain deputy foreign defense defence national security adviser advisor press
    former first lady rev brig cmdr amb""".split())
"""Words stripped from the front of a name (``President Yoon`` is ``Yoon``)."""

PERSON_ROLES = frozenset(
    """president diplomat spokesperson spokesman spokeswoman minister secretary official ambassador
    envoy senator lawmaker leader premier chancellor general admiral commander adviser advisor
    analyst expert professor researcher negotiator aide governor mayor chairman chairwoman
    representative congressman congresswoman candidate nominee politician lawyer attorney judge
    director chief officer man woman executive friend wife husband son daughter mother father
    brother sister colleague neighbor neighbour coordinator commissioner colonel captain""".split())
"""Role nouns that stand for a person named before (``the diplomat said``)."""
_ROLE_BYTES = frozenset(role.encode() for role in PERSON_ROLES)
_TITLE_ROLES = PERSON_ROLES - frozenset("man woman friend wife husband son daughter".split())
ROLE_ENDS = _TITLE_ROLES | {"manager"}  # a name's last word never (``... Issues Manager``)
_RANK_TITLES = frozenset("gen adm lt col maj capt cmdr sgt dr mr mrs ms amb".split())
DESCRIBING_ROLES = PERSON_ROLES | frozenset(
    "deputy head assistant niece nephew aunt uncle cousin widow bodyguard interpreter".split())
"""Role nouns that describe a speaker by another (``the sister of``, ``an aide to``): it speaks."""

ORG_ROLES = frozenset(
    """ministry agency government department office administration committee commission
    council party campaign newspaper paper outlet broadcaster network daily panel team
    statement report declaration embassy military army navy regime tank command""".split())
"""Nouns that stand for an organisation or document named before (``the ministry said``)."""

DETERMINERS = frozenset("the a an this that these those some many several most two three one "
                        "another other".split())

SPEAKER_NOUNS = frozenset("""officials official analysts analyst critics critic experts expert
    observers diplomats diplomat lawmakers lawmaker residents sources source others authorities
    leaders ministers researchers scholars commentators negotiators veterans activists
    spokesperson spokesman spokeswoman media police prosecutors investigators court ruling
    study poll survey insiders""".split())
"""Common nouns that stand as speakers at the start of a sentence (``Officials said``)."""

_SPEAKER_NOUN_OR_DETERMINER = SPEAKER_NOUNS | DETERMINERS
CLAUSE_WORDS = frozenset("""whether which what who whom whose where when why how if anything
    nothing something everything you’ve you've you’re you're you’ll you'll you’d you'd""".split())
"""Words that open a clause or name no one, never a speaker (``Whether``, ``You’ve``)."""


def is_speaker_surface(raw: str | None) -> bool:
    """Whether ``raw`` can name a speaker: not empty, not opening with a word of
    :data:`CLAUSE_WORDS` nor with a relative ``that`` before a determiner (``that the leaders``)."""
    words = (raw or "").split()
    if not words or words[0].lower() in CLAUSE_WORDS:
        return False
    return not (words[0] == "that" and words[1:2] and words[1].lower() in DETERMINERS | PRONOUNS)
_NAME_PARTICLES, NAME_SUFFIXES = frozenset({"of", "de", "van", "von", "bin", "al"}), frozenset(
    "Jr Sr II III IV".split())  # generational suffixes, dropped from a name's end


@lru_cache(maxsize=1 << 14)  # names recur through a document and across a corpus
def clean_name(name: str) -> str:
    """A speaker name less titles, possessives, punctuation (``President Biden's``: Biden)."""
    name = drop_possessive(name.strip(" ,.;:"))
    tokens = name.split()
    if len(tokens) == 1:  # most names met first: one word, kept as it is
        return tokens[0]
    if len(tokens) > 2 and tokens[-1].strip(".,") in NAME_SUFFIXES:
        tokens = tokens[:-1]  # "Lloyd J. Austin III" is Lloyd J. Austin
    tokens = tokens[1:] if len(tokens) > 1 and tokens[0].lower() == "the" else tokens
    if tokens and (tokens[-1].lower() in ORG_ROLES or tokens[-1] in BODY_ENDS):
        return " ".join(tokens)  # "Foreign Ministry" is a name, not a title and a name
    body = next((k for k, t in enumerate(tokens[:-1]) if t.lower() in ORG_NAME_HEADS and
                 tokens[k + 1] in {"of", "for"}), len(tokens))  # "Institute for National ..."
    roles = [k for k, t in enumerate(tokens[:-1]) if (k < body and t.lower().strip(".") in
             TITLE_WORDS) or t in PERSON_ROLES or t.lower() in _TITLE_ROLES]  # not "Choe Son Hui"
    if roles and not all(tokens[k].lower().strip(".") in TITLE_ADJECTIVES for k in roles):
        # "Chinese Foreign Ministry spokesperson Mao Ning", "Secretary of State Antony Blinken"
        after = [tokens[k + 1:] for k in reversed(roles)]  # a post's field read first:
        tails = [portfolio_tail(t) for t in after]  # "Secretary for Press Affairs Kim Eun-hye"
        named = tails[0] if len(roles) > 1 and len(tails[0]) > 1 and tokens[roles[-1]].lower(
            ).strip(".") in _RANK_TITLES else None  # "Commander of ... Gen. Paul LaCamera"
        tail = next((p for p, t in zip(tails, after, strict=True) if (p is not t or p is named)
                     and p and all(w[0].isupper() for w in p)), tails[0])
        if tail and all(t[0].isupper() for t in tail):
            tokens = tail
    return " ".join(tokens)


@lru_cache(maxsize=1 << 14)
def name_parts(raw: str) -> tuple[str, str, str, str | None, tuple[str, ...]]:
    """How :meth:`SpeakerTracker.observe` records a proper-name match ``raw``: ``(name, last
    word, last word lower-cased, first word of a name of several words or None, the person
    roles among the words before the last)``. A sentence opener is dropped from the name
    (``As Victor Cha`` is ``Victor Cha``), not from ``raw``'s roles. Cached (names recur)."""
    name = clean_name(raw)
    words = name.split()
    if not words:
        return "", "", "", None, ()
    first = words[0] if len(words) > 1 else None
    if first in SENTENCE_OPENERS:  # "As Victor Cha of CSIS has argued": Victor Cha
        name, first = name.split(" ", 1)[1], words[1] if len(words) > 2 else None
    roles = tuple(w for w in (RANKS.get(w, w) for w in (w.lower().strip(".") for w in
                                                         raw.split()[:-1])) if w in PERSON_ROLES)
    return name, words[-1], words[-1].lower(), first, roles


ORG_NAME_HEADS = ORG_ROLES | frozenset("""house post times news media press journal herald daily
    pentagon kremlin tass xinhua yonhap reuters bloomberg cnn kcna institute university center
    centre foundation group council union bank sinmun""".split())
_PLACE_STOPS = TITLE_WORDS | PERSON_ROLES | ORG_NAME_HEADS  # no word of a name after a place


def looks_like_org(name: str) -> bool:
    """Whether a speaker name is an organisation's (``KCNA``, ``Foreign Ministry``, ``the
    Post``) rather than a person's, judged from its last word."""
    last = name.split()[-1] if name.split() else ""
    return (len(last) > 1 and last.isupper()) or last.lower() in ORG_NAME_HEADS or \
        not {"institute", "center", "centre", "foundation"}.isdisjoint(name.lower().split())


def _is_affiliation(rest: str) -> bool:
    """Whether ``rest``, the words after a name in a longer one, are an affiliation rather than
    the end of the name: ``of`` and an acronym or an organisation's name (``of CSIS``, ``of the
    Asan Institute``: *Victor Cha of CSIS* is Victor Cha; *of Staff* ends *Joint Chiefs*)."""
    if len(words := rest.split()) < 2 or words[0] != "of":
        return False
    words = words[2:] if words[1] == "the" else words[1:]
    return bool(words) and (words[-1].isupper() and len(words[-1]) > 1 or
                            any(w.lower() in ORG_NAME_HEADS for w in words))


_DESCRIPTION_RE = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[a-z][\w-]*\s+){0,2}?([a-z]+)\s+(?:of|for|to)\s+(.+)")


@lru_cache(maxsize=1 << 14)
def description_head(speaker: str) -> str | None:
    """The role noun of a speaker that describes a person by another (``the powerful sister
    of North Korean leader Kim Jong Un`` -> ``sister``, ``an aide to President Biden`` ->
    ``aide``, ``Kim Jong Un's sister`` -> ``sister``), else ``None``."""
    m = _DESCRIPTION_RE.fullmatch(speaker.strip())
    if m and m.group(1) in DESCRIBING_ROLES:
        return m.group(1)
    m = _POSSESSED_RE.fullmatch(speaker.strip())
    return m.group(2) if m and m.group(2) in PERSON_ROLES else None


def described_one(speaker: str) -> str:
    """The person a description names (``Kim Jong Un`` of ``the sister of Kim Jong Un``)."""
    m = _DESCRIPTION_RE.fullmatch(speaker.strip())
    if m and m.group(1) in DESCRIBING_ROLES:
        return m.group(2)
    m = _POSSESSED_RE.fullmatch(speaker.strip())
    return m.group(1) if m else speaker


_POSSESSED_RE = re.compile(r"(.+?)[’']s\s+(?:[a-z][\w-]*\s+)?([a-z]+)")
SENTENCE_OPENERS = frozenset("""As But And Yet So Or In On At For From With Under After Before
    When While If Although Though Because Since Despite During Like Unlike Meanwhile However
    Still Also Then Now Today Yesterday Asked Speaking Earlier Later Last This That""".split())
"""Capitalised words that open a sentence before a name and are no part of it."""
WEEKDAY_NAMES = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_DEFINITE_RE = re.compile(r"(?:the|this|that)\s+(?:[\w-]+\s+)?([\w-]+)", flags=re.I)
_NO_TITLES: frozenset[str] = frozenset()
_ROLE_RE = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){0,2}([a-z]+(?:-[a-z]+)?)")


class SpeakerTracker(PersonHistory):
    """Finds and resolves speakers through one document, in reading order: its proper names
    seen so far (for ``the declaration`` and surnames), the last named person and organisation
    speakers (for pronouns and role nouns) and the roles each person was introduced with."""

    def __init__(self, linker: Any = None) -> None:
        self.linker = linker
        self.names: list[str] = []
        self.last_person: str | None = None
        self.last_org: str | None = None
        self.last_speaker = self.last_plural = self.last_org
        # Indexes of ``names`` by last word, so a document with many names stays linear.
        self._by_last: dict[str, list[str]] = {}
        self._by_first_word: dict[str, list[str]] = {}
        self._full_names: dict[str, str] = {}  # full_name's answers until a name is added
        self._latest_by_head: dict[str, str] = {}
        self._speaker_by_head: dict[str, str] = {}
        self._latest_by_first: dict[str, str] = {}
        self._speaker_by_first: dict[str, str] = {}
        # Variants of one name (case, hyphens) and acronyms map to its first full form.
        self._first_form: dict[str, str] = {}
        self._acronyms: dict[str, str] = {}
        # A role's latest introduction (``spokesperson Mao Ning``, ``a senior official``) and
        # the latest person who spoke, each with the number of the sentence it was seen in.
        self._role_seen: dict[str, tuple[int, str]] = {}
        self._person_seen: tuple[int, str] | None = None
        self._place_seen = 0
        self._sentence = 0
        # People named with a role, bodies named, and subjects set off after a possessor's
        # role noun (``Kim's sister, Kim Yo Jong,``): :mod:`.role_referents`.
        self.roles = RoleIndex()
        self._appositions: dict[str, str] = {}
        self._seen: list[str] = []  # the sentences read, for a bare "state media"

    def observe(self, sentence: str) -> None:
        """Record a sentence's proper names (a title's place cut: :mod:`.place_names`), the
        roles before them and role phrases (``a senior official``: a later ``the official``)."""
        self._sentence += 1
        self._seen.append(sentence)
        by_last, by_first, by_head = self._by_last, self._latest_by_first, self._latest_by_head
        names, bodies = [], []
        for m in NAME_RE.finditer(sentence):
            raw = m.group()
            name, last, last_lower, first, roles = name_parts(raw)
            name, first = after_place(sentence, m.start(), name, first, _PLACE_STOPS)
            bodies.append(raw)  # "Ministry of National Defense", titles and all
            if not name:
                continue
            known = by_last.setdefault(last, [])
            if name not in known:
                self.names.append(name)
                known.append(name)
                self._by_first_word.setdefault(name.partition(" ")[0], []).append(name)
                self._note_form(name)
                self._full_names.clear()
            if first and by_first.get(first) != name:
                by_first[first] = name
                self._full_names.clear()
            by_head[last_lower] = name
            before = (*title_words(sentence, m.start(), PERSON_ROLES),  # "defense minister Lee"
                      *apposed_roles(sentence, m.span(), PERSON_ROLES, name))  # ", the envoy,"
            titled = roles or not PERSON_ROLES.isdisjoint(before)
            if titled and not self._not_person(name):
                seen = (self._sentence, self.full_name(name))
                for word in (*roles, *before):
                    if word in PERSON_ROLES:
                        self._role_seen[word] = seen
            names.append(name)
            if titled or (self.linker is not None and self.linker.roles(name)):
                self._note_role(sentence, m, name, roles, before, len(names))
        folded = folded_words(sentence)  # a role phrase needs one of PERSON_ROLES among them
        self.note_pronouns(sentence, folded)  # "spokeswoman Mao Ning": a later "he" is another
        self.roles.note_bodies(self._sentence, sentence, bodies, folded)
        apposed = opening_apposition(sentence, DESCRIBING_ROLES)
        if apposed:
            self._appositions[apposed[0]] = apposed[1]
        for role, phrase in () if _ROLE_BYTES.isdisjoint(folded) else \
                indefinite_roles(sentence, PERSON_ROLES):
            self._role_seen[role] = (self._sentence, phrase)

    def _note_role(self, sentence: str, m: re.Match, name: str, roles: tuple[str, ...],
                   before: Any, order: int) -> None:
        """Record the person ``name`` (match ``m`` of ``sentence``) in :attr:`roles` with the
        roles named before it (``South Korean President``, ``first vice foreign minister``)
        and its country, or with the actor list's roles and country of a listed person."""
        titled = frozenset(w for w in (*roles, *before) if w in PERSON_ROLES) \
            if roles or not PERSON_ROLES.isdisjoint(before) else _NO_TITLES  # roles: all titles
        if self.linker is None or not (titled or self.linker.roles(name)) or \
                self._not_person(name):
            return  # most names carry no role: read no further
        full = self.full_name(name)
        country = title_country(sentence, m, name, bool(before), self.linker) if titled else None
        listed = None if " " not in full and self.linker.is_named_first(full) else \
            self.linker.roles(full)  # a bare "Kim" is no listed person's role yet
        if listed:
            titled, country = titled | listed[0], country or listed[1]
        self.roles.note_person(self._sentence, order, full, titled, country)

    def _note_form(self, name: str) -> None:
        """Remember the first form of ``name`` by variant key and acronyms (:func:`name_keys`)."""
        key, acronyms = name_keys(name)
        self._first_form.setdefault(key, name)
        for acronym in acronyms:
            self._acronyms.setdefault(acronym, name)

    def _is_place(self, name: str) -> bool:
        """Whether ``name`` is a country of the actor list or a weekday (no person)."""
        return name in WEEKDAY_NAMES or (self.linker is not None and
                                         self.linker.kind(name) == "country")

    def _not_person(self, name: str) -> bool:
        """Whether ``name`` is a country, organisation or weekday rather than a person."""
        return name in WEEKDAY_NAMES or looks_like_org(name) or (
            self.linker is not None and self.linker.kind(name) in {"country", "organisation"})

    def full_name(self, name: str) -> str:
        """The longest earlier name ending with ``name`` (``Biden`` -> ``Joe Biden``), else
        for a single word the latest speaker whose name starts with it, else the latest name
        starting with it (``Park`` -> ``Park Jin``, family name first as in Korean and Chinese:
        ``Kim`` after ``Kim Yo Jong, the sister of Kim Jong Un, said`` is the sister)."""
        found = self._full_names.get(name)
        if found is None:
            found = self._full_names[name] = self._full_name(name)
        return found

    def _full_name(self, name: str) -> str:
        """:meth:`full_name`'s search."""
        last = name.split()[-1] if name else ""
        best = name
        for known in self._by_last.get(last, ()):
            if len(known) > len(best) and known.split()[0] not in {"North", "South"} and \
                    known.endswith(" " + name) and not self._is_place(known.split()[0]):
                best = known
        if best == name and " " not in name and self._is_place(name):
            return name  # "Beijing said" after "the Beijing Institute": the capital
        if best == name and " " not in name and name in self._speaker_by_first:
            return self._speaker_by_first[name]  # "Kim said": the Kim who spoke last
        if best == name and " " not in name and name in self._latest_by_first:
            return self._latest_by_first[name]
        if best == name and name.isupper() and name in self._acronyms:
            return self._acronyms[name]  # "JCS" after "Joint Chiefs of Staff"
        if best == name and " " in name:
            best = self._containing(name)
        return self._first_form.get(normal_key(best), best)

    def _containing(self, name: str) -> str:
        """The latest earlier longer name that starts with ``name`` (``Joint Chiefs`` ->
        ``Joint Chiefs of Staff``), unless ``name`` is an actor of the list; else ``name``."""
        if self.linker is not None and self.linker.link(name) != name:
            return name
        for known in reversed(self._by_first_word.get(name.partition(" ")[0], ())):
            if len(known) > len(name) and known.startswith(name + " ") and \
                    not _is_affiliation(known[len(name) + 1:]):
                return known
        return name

    def resolve(self, raw: str) -> str | None:
        """Turn a raw subject (name, pronoun, noun phrase) into a speaker name."""
        raw = raw.strip()
        if not raw:
            return None
        low = owner_pronoun(raw) if self.last_person else None  # "Her statement": she
        if (low := low or raw.lower()) in PRONOUNS:
            return self.person_for(low) if low in PERSON_PRONOUNS else they_referent(
                self.last_speaker, self.last_plural, self.last_person) if \
                low != "it" else it_referent(self._seen, self)
        tokens = raw.split()
        if pair := joint_roles(raw, PERSON_ROLES):  # "The Secretary and Foreign Minister"
            return " and ".join(self.resolve(role) or role for role in pair)
        if description_head(raw):
            # "The powerful sister of ... Kim Jong Un": the sister speaks, not Kim Jong Un.
            return " ".join(tokens[1:] if tokens[0].lower() in DETERMINERS else tokens)
        found = self._country_person(raw)
        if found:
            return found  # "the South Korean leader": the South Korean leader named
        cleaned = clean_name(raw)
        if cleaned != raw and all(t[0].isupper() for t in cleaned.split()):
            return cleaned  # "Foreign Ministry spokesperson Mao Ning"
        m = _DEFINITE_RE.fullmatch(raw)
        if m and not tokens[-1][0].isupper():
            return self._resolve_definite(raw, m.group(1).lower())
        if not all(t[0].isupper() for t in tokens if t.lower() not in _NAME_PARTICLES) or \
                low in SPEAKER_NOUNS:
            # A common noun phrase ("critics in Seoul", "a senior US official").
            while len(tokens) > 1 and tokens[0].lower() in DETERMINERS and tokens[1] != "in":
                tokens = tokens[1:]
            phrase = " ".join(tokens)
            if tokens[0].lower() in _SPEAKER_NOUN_OR_DETERMINER:
                phrase = phrase[0].lower() + phrase[1:]
            earlier = self._speaker_by_head.get(tokens[-1].lower())
            if earlier and earlier.lower().endswith(" " + phrase.lower()) and not \
                    low.startswith(("another ", "one other ", "other ", "a second ", "a third ")):
                return earlier  # "state media" after "North Korean state media", not "another"
            if phrase.lower().removesuffix(" reports") in STATE_MEDIA and self.linker is not None:
                return state_media_of(self._seen, self.linker, self.roles) or phrase
            return phrase
        return clean_name(raw) or None

    def role_surface(self, raw: str) -> str | None:
        """``raw`` (first letter lower-cased) if it is a definite person role (``the diplomat``,
        ``the Russian leader``): the speaker column keeps it, the actor is the person."""
        m = _ROLE_RE.fullmatch(raw.strip())
        if m and (m.group(1).lower() in PERSON_ROLES or self.roles.author(m.group(1).lower())) \
                or self._country_person(raw):
            return raw.strip()[0].lower() + raw.strip()[1:]
        return None

    def _country_person(self, raw: str) -> str | None:
        """The person a role noun with a country stands for (the latest tied to that country),
        else its own words (``the US envoy``: :func:`.unresolved_role`); else ``None``."""
        qualified = country_role(raw, self.linker, PERSON_ROLES) if self.linker else None
        found = self.roles.person(qualified[1], qualified[0]) if qualified else None
        return found[1] if found else unresolved_role(raw) if qualified else None

    def _resolve_definite(self, raw: str, head: str) -> str:
        """Resolve ``the <noun>``: a role noun, an organisation noun or a name's head word."""
        if head in PERSON_ROLES:
            # The latest of the role's introductions, the person of that role named latest and
            # the last person who spoke, unless known by another role ("the president", no analyst)
            named = self.roles.person(head)
            spoke = self._person_seen
            if spoke and (named or spoke[1][:1].islower()) and not compatible(
                    head, self.roles.known_roles(spoke[1])):  # nor "the minister" of a spokesman
                spoke = None
            seen = [(x[0], k, x[1]) for k, x in enumerate((spoke, self._role_seen.get(head),
                                                            named)) if x]
            if seen and max(seen)[0] >= self._place_seen:
                return max(seen)[2]
            return raw[0].lower() + raw[1:]  # none since the last country that spoke
        if head in BODY_HEADS and self.roles.has_body(head):
            # "the foreign ministry": the latest ministry named with "foreign" in it
            qualifiers = [w.lower() for w in raw.split()[1:-1]]
            return self.roles.body(head, qualifiers) or raw[0].lower() + raw[1:]
        if author := spoken_by(self.roles, head, raw):
            return author  # "the statement" of "Kim said in a statement"
        if head in self._latest_by_head:
            return self._latest_by_head[head]
        if head in ORG_ROLES and self.last_org and armed_fits(head, self.last_org) and all(
                w.lower() in f"{self.last_org.lower()} think" for w in raw.split()[1:-1]):
            return self.last_org  # "the think tank"; not "the presidential office" after a poll
        if (self.last_speaker or "").startswith(head + " ") and head in SPEAKER_NOUNS:
            return self.last_speaker  # "the officials" after "officials at the ministry"
        return raw[0].lower() + raw[1:]

    def mention(self, raw: str) -> bool:
        """Note the subject ``raw`` of a sentence that reports nothing as the person a later
        ``he`` or ``she`` stands for, if it names a person (no organisation, country or one
        word unless titled, listed or short for a longer name seen before); whether taken."""
        name = clean_name(raw)
        if POSSESSIVE_RE.search(raw.strip()) and name in self._appositions:
            self.last_person = self._appositions[name]  # "Kim's sister, Kim Yo Jong, ..."
            return True
        words = name.split()
        if not words or not all(w[0].isupper() for w in words) or looks_like_org(name) or \
                words[-1].lower() in ROLE_ENDS:  # "ONN Regional Issues Manager and ...": a title
            return False
        kind = self.linker.kind(name) if self.linker is not None else None
        if kind in {"country", "organisation"}:
            return False
        if len(words) == 1 and kind is None and name == raw.strip() and \
                " " not in self.full_name(name):
            return False
        self.last_person = name
        return True

    def remember(self, speaker: str | None, person: bool) -> None:
        """Note ``speaker`` as the most recent one (and as a person or organisation); a first
        person (``I answered.``) is no later *he*, *she* or *they*."""
        if not speaker or speaker.lower() in {"i", "we"}:
            return
        self.last_speaker = speaker
        self.last_plural = speaker if plural_speaker(speaker) else self.last_plural
        self.roles.note_author(self._seen[-1] if self._seen else "", speaker)
        if " and " in speaker and not looks_like_org(speaker):
            return  # a joint speaker ("Seoul and Tokyo") is a later "they", never "the agency"
        if " " in speaker:
            self._speaker_by_head[speaker.rsplit(" ", 1)[1].lower()] = speaker
        city = person and self.linker is not None and self.linker.is_place(speaker)
        if person and not city and not plural_speaker(speaker):  # not Beijing, not "Both leaders"
            self.last_person = speaker  # a pronoun's person, as the clause named it
            words = speaker.split()
            if len(words) > 1 and all(w[0].isupper() for w in words) and \
                    not POSSESSIVE_RE.search(speaker):
                full = self.full_name(speaker)
                if self._speaker_by_first.get(words[0]) != full:
                    self._speaker_by_first[words[0]] = full
                    self._full_names.clear()  # a bare family name may now mean this one
        if person and self._is_place(speaker):
            self._place_seen = self._sentence
        elif person:  # a role noun's person: never a country
            self._person_seen = (self._sentence, self.full_name(speaker)
                                 if speaker[0].isupper() else speaker)
        elif speaker[0].isupper() and speaker != self.last_person:  # a carried person
            self.last_org = speaker
