"""Role nouns and body nouns that stand for a person or a body named earlier in a document.

:class:`analysis.corpus.speakers.SpeakerTracker` keeps one :class:`RoleIndex` per document:

- :meth:`RoleIndex.note_person` records each person named with a role and, where it says so, a
  country: by a title or a role word before the name (``South Korean President Yoon Suk Yeol``,
  ``South Korea's first vice foreign minister Cho Hyun-dong``), or by the actor list's
  ``roles`` and ``country`` of a listed person named without one (``Biden hosted Yoon``);
- :meth:`RoleIndex.person` answers a role noun: ``the South Korean leader``, ``the U.S.
  president`` (:func:`country_role`) take the person of that role and country named latest;
  ``the president`` the person of that role named latest, the first named in that sentence
  (its subject in news English: ``Biden hosted Yoon ... The president said`` is Biden). A
  ``leader`` is also one named as ``president``, ``premier`` or ``chairman``;
- :meth:`RoleIndex.note_bodies` records the bodies a sentence names, capitalised (``South
  Korea's Foreign Ministry``) or not (``China's foreign ministry``, ``Seoul's defense
  ministry``), and :meth:`RoleIndex.body` answers ``the ministry`` with the latest one and
  ``the foreign ministry`` with the latest whose words include ``foreign`` (``Ministry of
  Foreign Affairs`` too); ``the paper``, ``the newspaper`` and, with no author recorded,
  ``the editorial`` and ``the op-ed`` take the newspaper named latest (``Chinese Global Times
  quoted ... The paper said``);
- :func:`spoken_by` answers ``the statement`` with its recorded author, else (a statement,
  remarks, comments, a message, a letter) with the phrase itself.

Plural and paired nouns (``the two leaders``, ``the two countries``, ``the U.S. and South
Korean leaders``) name no one person or body and are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .name_keys import POSSESSIVE_RE
from .tokens import folded_words

ROLE_EQUIVALENTS = {"leader": frozenset("leader president premier chairman chancellor".split()),
                    "diplomat": frozenset("diplomat minister secretary ambassador envoy "
                                          "spokesperson spokesman spokeswoman".split()),
                    "envoy": frozenset("envoy representative ambassador".split()),
                    **dict.fromkeys(("spokesperson", "spokesman", "spokeswoman"), frozenset(
                        "spokesperson spokesman spokeswoman".split())),
                    **dict.fromkeys(("official", "officer", "aide"), frozenset(
                        "official officer aide".split()))}
"""Roles a role noun also stands for (``the leader`` of one named ``President``)."""

BODY_HEADS = frozenset("ministry agency embassy military office department command".split())
"""Head nouns of bodies that :meth:`RoleIndex.body` resolves."""

ARMED_HEADS = frozenset("military army navy command".split())
_ARMED_WORDS = frozenset("""military army navy forces force command chiefs jcs defense defence
    pentagon usfk marine marines fleet fleets""".split())


_REPORTING_WORDS = frozenset("""agency media news daily times post herald journal newspaper
    sinmun ilbo shimbun tv radio broadcaster network yonhap kcna xinhua tass kyodo reuters ap afp
    bloomberg nhk bbc cnn institute center centre foundation council university service poll
    polls survey gallup""".split())
"""Words of an outlet's or a research body's name: the makers of a *report*."""


def armed_fits(head: str, org: str) -> bool:
    """Whether ``the military`` (``army``, ``navy``: :data:`ARMED_HEADS`) may stand for the
    organisation ``org`` named last: one of armed forces or defence (``Joint Chiefs of Staff``,
    ``Defense Ministry``), not ``the Unification Ministry``; ``the report`` only for an outlet or
    a research body (:data:`_REPORTING_WORDS`), not the navy that spoke after the news agency;
    any other ``head`` may."""
    words = org.lower().split()
    if head == "report":
        return not _REPORTING_WORDS.isdisjoint(words)
    return head not in ARMED_HEADS or not _ARMED_WORDS.isdisjoint(words)

BODY_QUALIFIERS = frozenset("""foreign defense defence unification spy state state-run national
    presidential intelligence security military news trade finance justice interior home
    nuclear space cyber central joint top""".split())
"""Lower-case words that may qualify a body noun (``foreign`` of ``China's foreign ministry``);
any other word before it is no part of a body (``Yoon took office``)."""

_BODY_RE = re.compile(r"((?:[A-Z][\w.’'-]*\s+){0,2}?[A-Z][\w.-]*(?:[’']s)?)\s+"
                      r"((?:(?:" + "|".join(sorted(BODY_QUALIFIERS, key=len, reverse=True)) +
                      r")\s+){0,2}(?:" + "|".join(sorted(BODY_HEADS)) + r"))\b")
"""A lower-case body after a capitalised possessor or adjective (``China's foreign
ministry``, ``the South Korean defense ministry``), up to two of :data:`BODY_QUALIFIERS`
before its head noun."""
MEDIUM_NOUNS = frozenset("paper newspaper daily editorial op-ed".split())
"""Nouns that stand for the newspaper named latest (``The paper said``; ``The Chosun Ilbo
endorsed ... The editorial observes``, where no author of the editorial was recorded)."""
MEDIUM_ENDINGS = (" Times", " Post", " Herald", " Journal", " Daily", " Tribune", " Guardian",
                  " Telegraph", " Gazette", " Ilbo", " Shimbun", " Economist", "Hankyoreh",
                  " Sinmun", " Asahi", " Yomiuri", " Mainichi", " Chronicle", " Observer",
                  "Nikkei Asia", "Free Asia", "Sankei", "Sankei Shimbun", " Shinmun", "Izvestia",
                  "Kommersant", "Pravda")
"""Last words of a newspaper's name."""
MEDIUM_NAMES = frozenset({"Nikkei", "The Nikkei"})
"""Newspapers named by a word that also ends other names (``Tokyo's Nikkei`` stock index)."""
STATE_MEDIA = frozenset(["state media", "state-run media", "official media", "state news agency",
                         "official news agency", "state-run news agency"])
"""Unqualified names of a government's media (:func:`state_media_of`)."""
STATE_MEDIA_COUNTRIES = ("North Korea", "China")
"""Listed countries whose state media this coverage quotes."""

_HEAD_RE = re.compile(r"(?i)\b(?:" + "|".join(sorted(BODY_HEADS)) + r")\b")
_HEAD_FOLDS = ("\u017f", "\u0131", "\u0130")
"""``ſ``, ``ı`` and ``İ``: the characters that ``(?i)`` matches to an ASCII letter which
``str.lower`` does not turn into one."""


_HEAD_BYTES = frozenset(head.encode() for head in BODY_HEADS)


def _may_hold_head(text: str, words: list[bytes] | None = None) -> bool:
    """Whether :data:`_HEAD_RE` may match ``text``: one of :data:`BODY_HEADS` among its
    :func:`~.tokens.folded_words` (``words``, when given), or a character of
    :data:`_HEAD_FOLDS` in it (a cheap test before the ``\\b``-led, case-blind regex, which
    the engine tries at every character)."""
    return not _HEAD_BYTES.isdisjoint(folded_words(text) if words is None else words) or \
        (not text.isascii() and any(map(text.__contains__, _HEAD_FOLDS)))


_DETERMINER_RE = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+")
_SPELLINGS = {"defence": "defense"}
_APPOSITION_RE = re.compile(r"\s*((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)[’']s\s+"
                            r"(?:[a-z-]+\s+){0,2}([a-z]+),\s+((?:[A-Z][\w.-]*\s+){1,3}"
                            r"[A-Z][\w.-]*),")
"""``Kim's powerful sister, Kim Yo Jong, ...``: a possessor, a role noun and the name set off
after it."""
_MAX_MODIFIERS = 5


def title_country(sentence: str, m: re.Match, name: str, lower_title: bool,
                  linker: Any) -> str | None:
    """The one listed country in the title before ``name`` (match ``m`` of ``sentence``):
    inside the match (``South Korean President Yoon``) and, for a lower-case title
    (``lower_title``), in the words before it back to a comma (``South Korea's first vice
    foreign minister Cho``); else ``None``."""
    raw = m.group(0)
    window = sentence[max(0, m.start() - 60):m.start()] if lower_title else ""
    window = re.split(r"[,;:(“\"]", window)[-1]
    countries = linker.countries_in(window + " " + raw[:raw.rfind(name)])
    return countries.pop() if len(countries) == 1 else None


def compatible(head: str, roles: frozenset[str] | tuple[str, ...]) -> bool:
    """Whether a person of ``roles`` can be ``the <head>``."""
    wanted = ROLE_EQUIVALENTS.get(head, frozenset((head,)))
    return not wanted.isdisjoint(roles)


def country_role(raw: str, linker: Any, person_roles: frozenset[str]) -> tuple[str, str] | None:
    """``(country, role)`` of a definite role noun qualified by one listed country (``the South
    Korean leader``, ``the U.S. president``, ``South Korea's top diplomat``, ``the North's
    leader``), else ``None`` (no country, two countries, or a plural head)."""
    text = raw.strip()
    m = _DETERMINER_RE.match(text)
    words = text[m.end():].split() if m else text.split()
    if len(words) < 2 or len(words) > _MAX_MODIFIERS + 1 or words[-1] not in person_roles:
        return None
    if not m and not any(POSSESSIVE_RE.search(w) for w in words[:-1]):
        return None  # "South Korean leader" opens a title; "South Korea's leader" is a role
    if any(w.lower() in {"and", "or", "former", "late"} for w in words):
        return None
    countries = linker.countries_in(("the " if m else "") + " ".join(words[:-1]))
    return (countries.pop(), words[-1]) if len(countries) == 1 else None


def unresolved_role(raw: str) -> str | None:
    """The speaker of a definite role noun with a country that the text (or the actor list) ties
    to no person of that country (``"We remain open," the US envoy said`` after two envoys
    named without a country): its own words, the determiner in lower case (``the US envoy``),
    never the last person named or the last who spoke; ``None`` without a determiner
    (``Pyongyang's top diplomat`` is read as a common noun phrase)."""
    text = raw.strip()
    m = _DETERMINER_RE.match(text)
    return text[:m.end()].lower() + text[m.end():] if m else None


DOCUMENT_HEADS = frozenset("statement readout commentary communique editorial".split())
"""Nouns of a document whose author a later ``the <noun> said`` stands for (``the readout``
of the White House's readout; set D of ``data/voices_README.md``)."""
_DOCUMENT_STEMS = ("tatement", "eadout", "ommentary", "ommuniqu", "ditorial", "TATEMENT",
                   "EADOUT", "OMMENTARY", "OMMUNIQU", "DITORIAL")
_DOCUMENT_RE = re.compile(r"\b(" + "|".join(sorted(DOCUMENT_HEADS)) + r")\b", re.I)


class RoleIndex:
    """The people named with a role and the bodies named in one document, in reading order
    (see the module docstring)."""

    def __init__(self) -> None:
        self._people: list[tuple[int, int, str, frozenset[str], str | None]] = []
        self._bodies: list[tuple[int, str]] = []
        self._known: dict[str, frozenset[str]] = {}
        self._authors: dict[str, str] = {}
        self._medium: str | None = None

    def note_author(self, sentence: str, speaker: str) -> None:
        """Record ``speaker`` as the author of each document noun of :data:`DOCUMENT_HEADS`
        its ``sentence`` names (``Kim said in a statement``, ``In its readout, the White House
        said``), for a later ``the statement said``."""
        if not any(map(sentence.__contains__, _DOCUMENT_STEMS)):
            return  # most sentences name no document: substring tests spare them the regex
        for noun in _DOCUMENT_RE.findall(sentence):
            if speaker[:1].isupper() and {"a", "an"}.isdisjoint(speaker.split()):  # a name
                self._authors[noun.lower()] = speaker

    def author(self, head: str) -> str | None:
        """The author of ``the <head>`` (a document noun), or the newspaper named latest for
        ``the paper``, ``the newspaper``, ``the daily`` (:data:`MEDIUM_NOUNS`), or ``None``."""
        return self._authors.get(head) or (self._medium if head in MEDIUM_NOUNS else None)

    def note_person(self, sentence: int, order: int, name: str, roles: frozenset[str],
                    country: str | None) -> None:
        """Record ``name``, the ``order``-th name of sentence ``sentence``, with its roles."""
        if roles:
            self._people.append((sentence, -order, name, roles, country))
            self._known[name] = self._known.get(name, frozenset()) | roles

    def countries(self) -> set[str]:
        """The countries of the people named with a role."""
        return {entry[4] for entry in self._people if entry[4]}

    def known_roles(self, name: str) -> frozenset[str]:
        """The roles ``name`` was named with in the document (empty if none); an unnamed
        source's own head noun (``ministry spokesman``: *spokesman*)."""
        last = name.rsplit(None, 1)[-1] if name[:1].islower() else ""
        return self._known.get(name, frozenset((last,)) if last else frozenset())

    def person(self, head: str, country: str | None = None) -> tuple[int, str] | None:
        """``(sentence, name)`` of the person ``the <head>`` (of ``country``) stands for: the
        latest sentence naming one, its first such name; ``None`` if there is none."""
        best = None
        for entry in self._people:
            if compatible(head, entry[3]) and (country is None or entry[4] == country) and \
                    (best is None or entry[:2] > best[:2]):
                best = entry
        return (best[0], best[2]) if best else None

    def note_bodies(self, sentence: int, text: str, names: list[str],
                    words: list[bytes] | None = None) -> None:
        """Record the bodies of sentence ``sentence``: its capitalised ``names`` ending in a
        body noun and its lower-case bodies after a capitalised word (``China's foreign
        ministry``); ``words`` are the :func:`~.tokens.folded_words` of ``text``, if known.
        A name ending in a newspaper's word (``Global Times``, ``Financial Times``) is the
        latest newspaper (:data:`MEDIUM_ENDINGS`)."""
        for name in names:
            if name.endswith(MEDIUM_ENDINGS) or name in MEDIUM_NAMES:
                self._medium = name
        if not _may_hold_head(text, words) or not _HEAD_RE.search(text):
            return
        for name in names:
            if " " not in name.strip():
                continue  # "Ministry spokesman Koo said": a bare head names no body
            if any(w.lower() in BODY_HEADS for w in name.split()):
                opening = _DETERMINER_RE.match(name)
                self._bodies.append((sentence, name[opening.end():] if opening else name))
        for m in _BODY_RE.finditer(text):
            owner = m.group(1).split()
            if owner[0] in {"The", "A", "An", "This", "That"}:
                owner = owner[1:]
            if owner:
                self._bodies.append((sentence, " ".join(owner) + " " + m.group(2)))

    def body(self, head: str, qualifiers: list[str]) -> str | None:
        """The latest body with the head noun ``head`` whose words include every qualifier
        (``foreign`` of ``the foreign ministry``), else ``None``."""
        wanted = [_SPELLINGS.get(q, q) for q in qualifiers]
        for _, name in reversed(self._bodies):
            words = {_SPELLINGS.get(w, w) for w in
                     (POSSESSIVE_RE.sub("", w).lower() for w in name.split())}
            if head in words and all(q in words for q in wanted):
                return name
        return None

    def has_body(self, head: str) -> bool:
        """Whether a body with the head noun ``head`` was named."""
        return any(head in name.lower().split() for _, name in self._bodies)


_ROLE_OF_BODY_RE = re.compile(
    r"\s+(?:for|of|at)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w.-]*"
    r"(?:[’']s\s+(?:[a-z]+\s+)?(?:ministry|government|military|embassy|office))?")
"""``for``, ``of`` or ``at`` and a capitalised body, or a country's lower-case one, after a role
noun (`` for the DPRK Foreign Ministry``, `` at South Korea's foreign ministry``; not a place
after ``in``: *a Japanese official in Seoul* is Japan's)."""


_INDEFINITE_ROLE_RE = re.compile(r"[AaOo](?<!\w\w)(?:(?<=[Aa])n?(?:other)?|(?<=[Oo])ne)\s+"
                                 r"((?:[\w.’'-]+\s+){0,3}[\w.’'-]+)")
"""An indefinite noun phrase of up to four words (``a senior U.S. official``, ``another
official``): the role it introduces is its last word. ``\\b(?:[Aa]n?|[Oo]ne)`` written to open
with a character class, which lets the regex engine skip to the candidate letters."""


_AFTER_NAME_RE = re.compile(r"([A-Z][\w.’'-]*),\s*\Z")
"""A name and a comma right before an indefinite role phrase: its apposition when a comma
closes it (``Go Myong-hyun, a researcher at the Asan Institute, said``), the name no day or
month (``On Saturday, a spokesperson for the ministry confirmed``)."""
_CALENDAR = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
    February March April May June July August September October November December""".split())


_FRONTED_RE = re.compile(r"\s*(?:[Aa]n?|[Tt]he)\s+((?:[\w.’'-]+\s+){0,6}?[\w.’'-]+),\s+"
                         r"((?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w.’'-]*),")
"""A sentence that opens with a role phrase set off before a name (``A former U.S. commander in
Korea, Robert Abrams, said``): the phrase and the name."""


def fronted_role(sentence: str, roles: frozenset[str]) -> tuple[str, int] | None:
    """``(role, end)`` of the role phrase that opens ``sentence`` before the name it describes
    (:data:`_FRONTED_RE`): its first word of ``roles`` before a preposition or clause word
    (``former U.S. commander in Korea``: ``commander``) and where the name ends; else
    ``None``. The role is the named person's, not a new person's."""
    m = _FRONTED_RE.match(sentence) if sentence[:1] in "AT " else None
    for word in m.group(1).lower().split() if m else ():
        word = word.rstrip(".’'")
        if word in roles:
            return word, m.end(2)
        if word in _ROLE_PHRASE_STOPS:
            break
    return None


def indefinite_roles(sentence: str, roles: frozenset[str]) -> Iterator[tuple[str, str]]:
    """``(role, phrase)`` of each indefinite role phrase of ``sentence`` that a later ``the
    <role>`` may stand for: the phrase to its first word of ``roles``, with the body it speaks
    for (``a senior U.S. official``: ``official``, ``senior U.S. official``; ``A spokesman for
    the DPRK Foreign Ministry``: ``spokesman``, ``spokesman for the DPRK Foreign Ministry``). A
    phrase in apposition to a name (:data:`_AFTER_NAME_RE`) is that person's role, not a new
    person's: a later ``the researcher`` is the person, so it is not yielded."""
    fronted = fronted_role(sentence, roles)
    for m in _INDEFINITE_ROLE_RE.finditer(sentence):
        if fronted and m.start() < fronted[1]:
            continue  # "A former U.S. commander in Korea, Robert Abrams,": the named person's
        name = _AFTER_NAME_RE.search(sentence, max(0, m.start() - 60), m.start())
        if name and name.group(1) not in _CALENDAR and "," in sentence[m.end():m.end() + 80]:
            continue  # "Go Myong-hyun, a researcher at ...,": the named person's, not a new one
        words = [re.sub(r"(?<![A-Z])\.$|[’']+$", "", w) for w in m.group(1).split()]  # U.S.
        role = next((k for k, w in enumerate(words) if w in roles), None)
        if role is not None:  # "another official": its own, not the official before
            lead = "another " if m.group(0)[:7].lower() == "another" else ""
            yield words[role], lead + " ".join(words[:role + 1]) + role_body(
                sentence[m.start(1):], role)


def role_body(text: str, k: int) -> str:
    """The body an indefinite role phrase speaks for, as written after its role noun, the
    ``k``-th word of ``text`` (``spokesman for the DPRK Foreign Ministry``: `` for the DPRK
    Foreign Ministry``, ``a spokesperson for China's foreign ministry``), else ``""``."""
    m = re.match(rf"\s*(?:\S+\s+){{{k}}}\S+", text)
    body = _ROLE_OF_BODY_RE.match(text, m.end()) if m else None
    return body.group(0) if body else ""


_JOINT_ROLES_RE = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)\s+and\s+"
                             r"(?:the\s+)?((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)")


def joint_roles(raw: str, roles: frozenset[str]) -> tuple[str, str] | None:
    """The two definite role nouns of a readout's joint subject (``The Secretary and Foreign
    Minister``: ``("the secretary", "the foreign minister")``), each titled and headed by one
    of ``roles``, so that each resolves to the person of that title; else ``None``."""
    m = _JOINT_ROLES_RE.fullmatch(raw.strip()) if " and " in raw else None
    if m is None or not all(g.split()[-1].lower() in roles for g in m.groups()):
        return None
    return "the " + m.group(1).lower(), "the " + m.group(2).lower()


def title_words(sentence: str, at: int, roles: frozenset[str]) -> tuple[str, ...]:
    """The two words before a name at ``at`` of ``sentence``, lower case, which may hold its
    title (``defense minister Lee``): none unless the word right before the name is one of
    ``roles``; not after a preposition, where the name is a place or a body (``a former
    commander in Korea``, ``the ambassador to China``), nor after a verb (``The ambassador
    told Nikkei Asia``)."""
    words = sentence[max(0, at - 40):at].lower().rsplit(None, 2)[-2:] if at else ()
    return tuple(words) if words and words[-1] in roles else ()


_AFTER_NAME_ROLE_RE = re.compile(
    r",\s+(?:the|a|an|his|her|its|their|(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*[’']s)\s+"
    r"((?:[\w.-]+\s+){0,5}[\w.-]+)")
"""An appositive after a name that names its role (``Sung Kim, the US special representative
for North Korea, ...``, ``Ahn Gyu-back, South Korea's defense minister, ...``)."""
_ROLE_PHRASE_STOPS = frozenset("for of to in at on with from who which that and".split())


def apposed_roles(sentence: str, span: tuple[int, int], roles: frozenset[str], name: str
                  ) -> tuple[str, ...]:
    """The role of ``roles`` that an appositive right after a person's ``name`` (at ``span``
    of ``sentence``; two words or more, opening the sentence or after a comma: no month, place
    or surname alone, not "In May, the minister said", "After meeting Yoon Suk Yeol, the envoy
    flew", "Speaking at Camp David, the president said")
    gives it, its first word of ``roles`` before a preposition or clause word (``, the US
    special representative for`` -> ``("representative",)``; ``, the general secretary of`` ->
    ``("general",)``; *chief* before another word is passed over: ``, the chief cabinet
    secretary,`` -> ``("secretary",)``), else ``()``."""
    start, end = span
    fronted = fronted_role(sentence, roles) if start < 90 else None
    if fronted and fronted[1] == end:
        return fronted[:1]
    before = sentence[:start].rstrip()
    if sentence[end:end + 1] != "," or " " not in name or (
            before and before[-1] not in ",;:(—–\"“"):
        return ()  # not the sentence's subject: "After meeting Yoon Suk Yeol, the envoy ..."
    m = _AFTER_NAME_ROLE_RE.match(sentence, end)
    words = m.group(1).lower().split() if m else []
    for k, word in enumerate(words):
        if word in _ROLE_PHRASE_STOPS:
            break
        if word in roles and not (word == "chief" and k + 1 < len(words) and
                                  words[k + 1] not in _ROLE_PHRASE_STOPS):
            return (word,)  # "the chief cabinet secretary": the secretary, not the chief
    return ()


def opening_apposition(sentence: str, roles: frozenset[str]) -> tuple[str, str] | None:
    """``(possessor, name)`` of a sentence that opens with a possessor's role noun and the name
    set off after it (``Kim's powerful sister, Kim Yo Jong, issued ...``: ``("Kim", "Kim Yo
    Jong")``), the role one of ``roles``; else ``None``. The sentence's subject is the named
    one, not the possessor."""
    if "," not in sentence or ("’s" not in sentence and "'s" not in sentence):
        return None  # each match holds a possessive and a comma: a cheap test first
    m = _APPOSITION_RE.match(sentence)
    return (m.group(1), m.group(3)) if m and m.group(2) in roles else None


def state_media_of(sentences: list[str], linker: Any, people: RoleIndex) -> str | None:
    """``"<country>'s state media"`` for a bare ``state media`` in a document whose sentences
    so far name exactly one of :data:`STATE_MEDIA_COUNTRIES`, or one of its people with a
    role (``Kim Jong Un``), if the actor list has an organisation for it (``North Korea's
    state media`` is KCNA); else ``None``."""
    named = (linker.countries_in(" ".join(sentences)) | people.countries()) & \
        set(STATE_MEDIA_COUNTRIES)
    if len(named) != 1:
        return None
    phrase = f"{named.pop()}'s state media"
    return phrase if linker.kind(phrase) == "organisation" else None


_UTTERANCE_HEADS = frozenset("statement remarks comments message letter".split())


def spoken_by(roles: RoleIndex, head: str, raw: str) -> str | None:
    """The speaker of ``raw``, ``the <head>`` (``the statement``): the author recorded for a
    document noun (``Kim said in a statement``), else, for a noun of something said, the
    phrase itself (``The statement added that ...`` stays *the statement*: the last
    organisation named, an agency cited for a fact, need not have made it); else ``None``."""
    if author := roles.author(head):
        return author
    return raw[0].lower() + raw[1:] if head in _UTTERANCE_HEADS else None
