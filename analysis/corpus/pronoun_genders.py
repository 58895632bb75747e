"""Which of the persons named so far a ``he`` or a ``she`` can stand for.

A pronoun takes the last person named (:class:`analysis.corpus.speakers.SpeakerTracker`), but
not a person the document has shown to take the other pronoun: after ``Foreign Ministry
spokeswoman Mao Ning said ...`` and a paragraph on ``President Joe Biden``, ``She continued``
is Mao Ning's. :class:`PersonHistory` keeps the last few persons named, and
:meth:`PersonHistory.person_for` passes over the latest ones known to take the other pronoun
for the nearest one that is not.

What a person takes is known only from the document and the actor list, never guessed from a
given name:

* an honorific before the name (``Mr.``, ``Ms.``, ``Mrs.``, ``Madam``);
* a gendered role noun right before the name or in an apposition after it
  (``spokeswoman Mao Ning``, ``Kim Yo Jong, the sister of ...``, ``his wife, NAME``);
  a bare family name (``Kim``) only when one person of the document holds it, or from an
  honorific (``Ms. Kim``);
* a gendered role noun as the person's surface (``the sister``, ``the spokesman``);
* the ``pronoun`` field of a person in the actor list (``resources/actors.json``: ``"he"`` or
  ``"she"``, as the person's own public usage has it).

A person about whom nothing is known can take either pronoun.
"""

from __future__ import annotations

import re
from typing import Any

from .tokens import folded_words

SHE_ROLES = frozenset("""spokeswoman chairwoman congresswoman businesswoman stateswoman woman
    sister wife mother daughter niece aunt widow queen princess madam lady grandmother
    sister-in-law""".split())
HE_ROLES = frozenset("""spokesman chairman congressman businessman statesman man brother husband
    father son nephew uncle widower king prince grandfather brother-in-law""".split())
"""Role nouns that tell the pronoun of the person they name."""

_HONORIFICS = {"mr": "he", "ms": "she", "mrs": "she", "miss": "she", "madam": "she",
               "mme": "she"}
_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
_ROLES = "|".join(sorted(SHE_ROLES | HE_ROLES | set(_HONORIFICS), key=len, reverse=True))
_BEFORE_RE = re.compile(rf"\b((?i:{_ROLES}))\b\.?,?\s+({_NAME})")
_AFTER_RE = re.compile(rf"\b({_NAME}),\s+(?:(?:the|a|an|his|her|their|its|[A-Z][\w.-]*[’']s)\s+"
                       rf"(?:(?!(?:whose|who|which|that|said|says)\b)[\w’'.-]+\s+){{0,3}}?)?"
                       rf"({_ROLES})\b(?=\s*(?:[,.;]|of\b|to\b|$))")
"""A name and its apposition ending in a role noun (``Kim Yo Jong, the sister of ...``,
``Choi Eun-hee, his wife,``); not a clause (``Joe Biden, his wife said``), nor a role inside a
relative clause (``NAME, the president whose wife ...``)."""
_CUE_BYTES = frozenset(word.partition("-")[0].encode()
                       for word in (*SHE_ROLES, *HE_ROLES, *_HONORIFICS))
"""The first ASCII word of each role noun and honorific (:func:`analysis.corpus.tokens.
folded_words` splits ``sister-in-law`` at its hyphens: ``sister`` stands for it)."""
_KEEP = 8
"""Persons remembered for a pronoun."""


def role_pronoun(word: str) -> str | None:
    """``she`` or ``he`` for a gendered role noun or honorific, else ``None``."""
    word = word.lower().rstrip(".")
    return "she" if word in SHE_ROLES else "he" if word in HE_ROLES else _HONORIFICS.get(word)


def pronouns_named(sentence: str, folded: list[bytes] | None = None) -> dict[str, str]:
    """The persons of ``sentence`` a gendered role noun or an honorific names, with their
    pronoun: ``Foreign Ministry spokeswoman Mao Ning said`` -> ``{"Mao Ning": "she"}``
    (``folded``: the sentence's :func:`~analysis.corpus.tokens.folded_words`, if known)."""
    found: dict[str, str | None] = {}
    if _CUE_BYTES.isdisjoint(folded_words(sentence) if folded is None else folded):
        return {}  # no role noun or honorific: most sentences stop here
    for m in _BEFORE_RE.finditer(sentence):
        honorific = m.group(1).lower().rstrip(".") in _HONORIFICS  # "Ms. Kim": one word will do
        if honorific or _is_full_name(m.group(2)):
            found[m.group(2)] = role_pronoun(m.group(1))
    for m in _AFTER_RE.finditer(sentence):
        name = _POSSESSOR_RE.split(m.group(1))[-1]
        if _is_full_name(name):
            found.setdefault(name, role_pronoun(m.group(2)))
    return {name: pronoun for name, pronoun in found.items() if pronoun}


_NOT_NAME_STARTS = frozenset("""in on at of for from by with to after before since during as
    the a an this that these those yesterday today tomorrow meanwhile separately also but and
    however then earlier later""".split())


def _is_full_name(name: str) -> bool:
    """Two capitalised words or more, not a phrase opening a sentence (``In Seoul``,
    ``Separately``): a person's name as a role noun or an apposition names it."""
    words = name.split()
    return len(words) >= 2 and words[0].lower() not in _NOT_NAME_STARTS


_POSSESSOR_RE = re.compile(r"[’']s\s+")
"""The end of a possessor before a name (``North Korea's Kim Yo Jong``)."""


class PersonHistory:
    """The persons a tracker offers to ``he`` and ``she``, latest last, with what is known of
    the pronoun each takes. A subclass sets :attr:`last_person` and calls
    :meth:`note_pronouns` on every sentence it observes; it provides ``full_name`` and
    ``linker`` (an :class:`~analysis.corpus.actor_linker.ActorLinker` or ``None``)."""

    linker: Any
    _last_person: str | None = None

    def full_name(self, name: str) -> str:  # pragma: no cover - the subclass's
        return name

    @property
    def last_person(self) -> str | None:
        """The last person named, for a ``he`` or ``she`` (:meth:`person_for`)."""
        return self._last_person

    @last_person.setter
    def last_person(self, name: str | None) -> None:
        self._last_person = name
        if name:
            people = self.__dict__.setdefault("_people", [])
            if name in people:
                people.remove(name)
            people.append(name)
            del people[:-_KEEP]

    def note_pronouns(self, sentence: str, folded: list[bytes] | None = None) -> None:
        """Learn the pronouns that ``sentence``'s role nouns and honorifics tell (``folded``:
        its :func:`~analysis.corpus.tokens.folded_words`, when the caller has them)."""
        if found := pronouns_named(sentence, folded):
            self.__dict__.setdefault("_pronouns", {}).update(found)

    def pronoun_of(self, name: str) -> str | None:
        """``he`` or ``she`` when the document or the actor list tells which ``name`` takes."""
        words = name.split()
        if words and (told := role_pronoun(words[-1])) and not name[:1].isupper():
            return told  # "the sister", "the spokesman"
        known = self.__dict__.get("_pronouns", {})
        if name in known:
            return known[name]
        full = self.full_name(name) if len(words) > 1 else self._only_holder(name)
        if full is None:
            return None  # a bare family name ("Kim") of several persons named
        if full in known:
            return known[full]
        pronoun_of = getattr(self.linker, "pronoun", None)
        return pronoun_of(full) if pronoun_of is not None else None

    def _only_holder(self, word: str) -> str | None:
        """The one longer name of the document holding ``word`` (``Biden``: ``Joe Biden``),
        ``word`` itself when none does, ``None`` when several do (``Kim``)."""
        holders = {n for n in getattr(self, "names", ()) if " " in n and word in n.split()}
        return word if not holders else holders.pop() if len(holders) == 1 else None

    def _body(self, name: str) -> bool:
        """Whether ``name`` links to a listed country or organisation (``North Korea``), which
        no ``he`` or ``she`` stands for."""
        kind = getattr(self.linker, "kind", None)
        return kind is not None and kind(name) in {"country", "organisation"}

    def person_for(self, pronoun: str) -> str | None:
        """The person ``pronoun`` (``he``, ``she``) stands for: the last person named, unless
        that one is known to take the other pronoun or is a country or a body; then the latest
        before it that is neither, else the latest person named with the pronoun's role noun or
        honorific."""
        last = self._last_person
        if last is None or pronoun not in {"he", "she"} or \
                self.pronoun_of(last) in (None, pronoun) and not self._body(last):
            return last
        for name in reversed(self.__dict__.get("_people", [])[:-1]):
            if self.pronoun_of(name) in (None, pronoun) and not self._body(name):
                return name
        told = self.__dict__.get("_pronouns", {})  # a person named, not yet a subject
        return next((name for name in reversed(told) if told[name] == pronoun), last)
