"""Whose forces a sentence speaks of, read over the whole sentence (guide rules 156-158).

The owner rules of :mod:`.frame_scope` and :mod:`.frame_north_acts` read one cue's owner from
its neighbours: a possessive, ``North Korean``, an ``of``/``by`` phrase, a pronoun, the subject
of an act verb. Coverage of the North's troops in Russia names the owner once and then speaks
of *the deployment*, *troop*, *personnel* and *units* with no owner beside them, and of the
Russia-North Korea pact as *the two countries'* partnership. Sentence-wide rules, applied
after every cue has its frame (:func:`sentence_owner_cues`, :func:`owner_cues`,
:func:`north_arsenal_cues`):

* **One owner for the sentence's forces** (rule 156): once a sentence names a force as the
  North's (a threat cue read by an owner rule on a troop word, or a cue of rule 53's group:
  *troops to Russia*, *to the Kursk region*), every other one-word force cue in the same clause
  that reads deterrence and is not the allies' is the North's too → threat. A force is the
  allies' when an ally or allied owner stands right before it (*South Korea's military*) or
  after *of* (*the troops of South Korea*), or is the nearest party named before it in its
  clause (*the US deployed more troops*); a phrase (*U.S. forces*, *a show of force*) and *the
  military* keep their reading.
* **The pair's own partnership** (rule 157): a sentence that names North Korea and a third
  power (Russia, China; not named as a place, *in Russia*) and no ally but the generic pair
  words (*the two countries*, *both nations*) speaks of their partnership: its partnership cues
  and the pact's terms (*military aid*, *mutual assistance if either is attacked*) count toward
  no frame, as rule 38 already said of the pair named right before the cue, and its troops are
  the North's.
* **South Korea's own partnership with a third power** (rule 168): a sentence that names South
  Korea and China or Russia and no other ally, no American owner and no North Korea speaks of
  their partnership: its partnership cues count toward no frame.
* **Two third powers' partnership** (rule 172): a sentence that names China and Russia as
  parties and no North Korea, no ally and no American owner (*Putin and his Chinese counterpart
  announced a new era in bilateral relations*) speaks of theirs: as rule 168.
* **The arsenal of a denuclearisation sentence** (rule 167): a sentence that names
  denuclearisation and North Korea and no ally or allied owner speaks of the North's weapons:
  its nuclear weapon cues read as deterrence from the lexicon alone (*nuclear weapons*,
  *nuclear force*, *nuclear-armed*), with North Korea, not a third power, the nearest party
  named before them, are threat (*Lavrov said denuclearising North Korea was a closed issue as
  it had nuclear weapons*); planning, the umbrella and *nuclear weapons of its own* keep their
  reading.

:class:`~.frame_context.PairStory` applies rule 157 to the later sentences of a document that
name no ally once a pair sentence has opened the story (rule 159). The rules change only cues
the lexicon read by its own entry (``lexicon``, ``default``, ``allies named``; the pact's terms
also after a contingency): a cue an owner or a counterpart already placed and a negated cue
keep their reading.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from typing import Any, NamedTuple

from .lexicon import Token

FORCE_WORDS = frozenset({
    "troops", "troop", "soldiers", "soldier", "forces", "force", "military", "militaries",
    "army", "armies", "units", "unit", "personnel", "servicemen", "deployment", "deployments",
    "deploy", "deploys", "deployed", "deploying", "dispatch", "dispatched", "combat", "training",
})
"""Last words of a force cue that rule 156 may give the sentence's owner: people under arms and
their sending, not weapons or exercises (those keep their own owner rules)."""

PACT_WORDS = frozenset({"military", "attack", "attacks", "attacked", "aggression",
                        "intervention", "defence", "defense", "assistance", "aid"})
"""Last words of deterrence cues that, in a sentence about North Korea and a third power, are
the terms of their pact (*military aid*, *mutual assistance if either is attacked*; guide rule
38): no frame (rule 157)."""

TROOP_WORDS = frozenset({"troops", "troop", "soldiers", "soldier", "forces", "army", "units",
                         "personnel", "servicemen"})
"""Last words of an owned cue that names the North's people under arms (rule 156's trigger; not
*military*, which also names a pact or a talk: *the Inter-Korean Military Pact*)."""

TRILATERAL_RE = re.compile(r"three|trilateral", re.IGNORECASE)
"""A partnership of three (*a three-way relationship*): the allies' with Japan, never the
pair's, so a sentence with such a cue is left to the cue rules."""

ABROAD_RE = re.compile(r"\b(?:troops|soldiers)\s+to\b|\bKursk\b", re.IGNORECASE)
"""The cues of rule 53's group: the North's troops sent to Russia's war."""

PAIR_FORCES = TROOP_WORDS | {"deployment", "deployments", "dispatch"}
"""Force cues that a sentence about North Korea and a third power makes the North's (rule 157):
people under arms and their sending named as nouns, not a verb of the pact's terms (*the other
will deploy all available resources*)."""

READ_BY_LEXICON = frozenset({"lexicon", "default", "allies named"})
"""Rules of a cue read from its entry alone, which a sentence-wide owner may change."""

PAIR_WORDS = frozenset({
    "two countries", "both countries", "two nations", "both nations", "two leaders",
    "both leaders", "each other", "bilateral", "two sides", "two governments",
    "both governments",
})
"""Ally patterns that name no ally by themselves (*the two countries*, *both leaders*): in a
sentence or a story about North Korea and Russia they are that pair. *The allies* and *the
alliance* name the US-South Korea partnership even there."""

PACT_NOUNS = frozenset({"cooperation", "aid", "assistance", "help", "intervention", "support",
                        "ties", "technical", "technology", "exchanges", "partnership"})
"""Nouns after *military* that make it the pact's term (*military aid*, *military and technical
cooperation*), not a force (*military pressure on Pyongyang*)."""


PLACES = frozenset({"in", "to", "into", "from", "across", "near", "inside"})
"""Prepositions before a third power named as a place, not as a party."""


class SentenceParties(NamedTuple):
    """Token spans of the parties named in a sentence: North Korea (``north``), third powers
    such as Russia and China (``others``), the allies (``allies``) and the allied owners
    (``owners``: US, American...)."""

    north: Sequence[tuple[int, int]]
    others: Sequence[tuple[int, int]]
    allies: Sequence[tuple[int, int]]
    owners: Sequence[tuple[int, int]]


def _last_word(cue: Any) -> str:
    return cue.text.lower().replace("\u2019", "'").split()[-1].removesuffix("'s")


def north_forces(cues: Sequence[Any]) -> list[Any]:
    """The cues that name a force as the North's: threat cues read by an owner rule on a force
    word (*North Korean troops*) or of rule 53's group (*troops to Russia*)."""
    return [c for c in cues if c.frame == "threat" and (
        (c.rule == "owner:north_korea" and _last_word(c) in TROOP_WORDS)
        or (c.rule == "lexicon" and ABROAD_RE.search(c.text)))]


def allied_force(toks: Sequence[Token], i: int, parties: SentenceParties,
                 between: Collection[str], breaks: Callable[[int, int], bool]) -> bool:
    """Whether the one-word force cue at token ``i`` is the allies': an ally or allied owner
    ends right before it (across words of ``between``) or follows it after *of* (*the troops of
    South Korea*), or is the nearest party named before it in its clause (``breaks(first,
    last)``: clause punctuation between two tokens)."""
    allied = [*parties.allies, *parties.owners]
    k = i - 1
    while k >= 0 and toks[k].norm in between:
        k -= 1
    after = i + 2 + (i + 2 < len(toks) and toks[i + 2].norm == "the")
    if any(cj == k + 1 for _, cj in allied) or (i + 1 < len(toks) and toks[i + 1].norm == "of"
                                                 and any(ci == after for ci, _ in allied)):
        return True
    before = [(cj, True) for _, cj in allied if cj <= i] + [
        (cj, False) for _, cj in (*parties.north, *parties.others) if cj <= i]
    if not before:
        return False
    cj, is_ally = max(before)
    return is_ally and not breaks(cj - 1, i)


def pair_sentence(toks: Sequence[Token], parties: SentenceParties,
                  generic: Collection[str] = PAIR_WORDS) -> bool:
    """Whether the sentence names North Korea and a third power and no ally beyond the generic
    pair words (``generic``) and no allied owner (rule 157). A third power named as a place
    (*soldiers now in Russia*: :data:`PLACES`) is no partner."""
    return bool(parties.north and partner_spans(toks, parties)) and \
        not names_ally(toks, parties, generic)


def partner_spans(toks: Sequence[Token], parties: SentenceParties) -> list[tuple[int, int]]:
    """The third powers of ``parties`` named as parties, not as places (:data:`PLACES`: *in
    Russia*)."""
    return [(ci, cj) for ci, cj in parties.others if ci == 0 or toks[ci - 1].norm not in PLACES]


ROK_WORDS = frozenset({
    "south korea", "south korean", "south koreans", "seoul", "rok", "republic of korea", "yoon",
    "yoon suk yeol", "korean side", "korean officials", "korean counterparts",
})
"""Ally patterns that name South Korea alone (rule 168): with a third power and no other ally,
the sentence speaks of their partnership, not the alliance."""


PAIR_LINKS = frozenset({"and", "with", "between", "among", "&"})
"""Words that join South Korea and a third power as partners (*Seoul and Beijing*, *talks with
his Chinese counterpart*), not as a critic and the criticised (*reassured Seoul but did little to
ease China's concerns*)."""


def rok_pair_sentence(toks: Sequence[Token], parties: SentenceParties,
                      breaks: Callable[[int, int], bool]) -> bool:
    """Whether the sentence names South Korea and a third power (China, Russia; not as a place)
    joined as partners (:data:`PAIR_LINKS` within eight tokens, in one clause; a pair pattern
    such as *South Korea and China* is one span) and no other party: no North Korea, no American
    owner, no ally but South Korea and the generic pair words (rule 168: *Seoul and Beijing
    agreed to deepen their strategic cooperative partnership*)."""
    partners = partner_spans(toks, parties)
    if not partners or parties.north or names_ally(toks, parties, ROK_WORDS | PAIR_WORDS):
        return False
    if any(any(t.norm in PAIR_LINKS for t in toks[ci:cj]) for ci, cj in partners):
        return True  # "South Korea and China", "Seoul-Beijing": the pair in one pattern
    return any(0 < max(ai, oi) - min(aj, oj) + 1 <= 9 and not breaks(min(aj, oj) - 1, max(ai, oi))
               and any(t.norm in PAIR_LINKS for t in toks[min(aj, oj):max(ai, oi)])
               for ai, aj in parties.allies for oi, oj in partners)


def rok_third_sentence(toks: Sequence[Token], parties: SentenceParties) -> bool:
    """Whether the sentence names South Korea and a third power (not as a place) and no other
    party: no North Korea, no American owner, no ally but South Korea and the generic pair
    words. Joined as partners or not (*South Korea expressed concern over the structures China
    installed*), such a sentence opens South Korea's story with that power (rule 169)."""
    return bool(partner_spans(toks, parties)) and not parties.north and \
        not names_ally(toks, parties, ROK_WORDS | PAIR_WORDS) and \
        any(" ".join(t.norm for t in toks[ci:cj]) in ROK_WORDS for ci, cj in parties.allies)


POWER_KEYS = {"china": "china", "chinese": "china", "beijing": "china", "xi": "china",
              "sino": "china", "russia": "russia", "russian": "russia", "moscow": "russia",
              "putin": "russia"}
"""The third power a word of a counterpart span names (rule 172)."""


def powers_pair_sentence(toks: Sequence[Token], parties: SentenceParties) -> bool:
    """Whether the sentence names two third powers as parties (China and Russia, not as a
    place: *Putin and his Chinese counterpart*, *Russian-Chinese initiatives*) and no other
    party: no North Korea, no American owner, no ally but the generic pair words (rule 172:
    their partnership is neither the alliance nor engagement with the North → none). A pattern
    that pairs a power with South Korea (*Seoul and Beijing*) is rule 168's."""
    if parties.north or names_ally(toks, parties):
        return False
    powers = set()
    for ci, cj in partner_spans(toks, parties):
        norms = [t.norm for t in toks[ci:cj]]
        if not any(n in ROK_WORDS or n == "korea" for n in norms):
            powers.update(POWER_KEYS[n] for n in norms if n in POWER_KEYS)
    return len(powers) > 1


def names_ally(toks: Sequence[Token], parties: SentenceParties,
               generic: Collection[str] = PAIR_WORDS) -> bool:
    """Whether the sentence names an ally or an allied owner other than the generic pair words
    (``generic``: *the two countries*, *both leaders*)."""
    return any(" ".join(t.norm for t in toks[ci:cj]) not in generic
               for ci, cj in (*parties.allies, *parties.owners))


def sentence_owner_cues(cues: list[Any], toks: Sequence[Token],
                        read_parties: Callable[[], SentenceParties], between: Collection[str],
                        breaks: Callable[[int, int], bool]) -> list[Any]:
    """``cues`` (:class:`~analysis.metrics.frames.Cue`) after rules 156 and 157
    (:func:`owner_cues`) when the sentence names the North's force or North Korea and a third
    power. ``read_parties`` is called only when a rule may apply; ``breaks(first, last)``:
    clause punctuation between two tokens."""
    named = north_forces(cues)
    pair = pair_candidate(cues)
    arsenal = arsenal_candidate(cues)
    if not (named or pair or arsenal):
        return cues
    parties = read_parties()
    if pair and (rok_pair_sentence(toks, parties, breaks) or powers_pair_sentence(toks, parties)):
        return [c._replace(frame=None, rule="owner:other (rok pair)")
                if c.frame == "alliance" and c.rule in READ_BY_LEXICON else c for c in cues]
    pair = pair and pair_sentence(toks, parties)
    if arsenal and parties.north and not names_ally(toks, parties):
        cues = north_arsenal_cues(cues, toks, parties)  # "denuclearization of North Korea"
    if not (named or pair):
        return cues
    first = {t.start: k for k, t in enumerate(toks)}
    return owner_cues(cues, toks, parties, [first.get(c.start, 0) for c in named], pair,
                      between, breaks, "sentence")


ARSENAL_RE = re.compile(r"^nuclear(?:\s+|-)(?:weapons?|forces?|arsenal|armed|warheads?|bombs?)$",
                        re.IGNORECASE)
"""Nuclear weapon cues that rule 167 may give the North: the weapons themselves, not the allies'
planning, umbrella or guarantee, nor a cue of the own-bomb debate (*own nuclear weapons*)."""


def _arsenal_cue(c: Any) -> bool:
    return c.frame == "deterrence" and c.rule in READ_BY_LEXICON and \
        ARSENAL_RE.match(c.text.replace("\u2019", "'")) is not None


def arsenal_candidate(cues: Sequence[Any]) -> bool:
    """Whether the sentence names denuclearisation (a diplomacy cue) and reads a nuclear weapon
    cue (:data:`ARSENAL_RE`) as deterrence from the lexicon alone (rule 167)."""
    return any(c.frame == "diplomacy" and c.text.lower().startswith("denuclear") for c in cues) \
        and any(_arsenal_cue(c) for c in cues)


def north_arsenal_cues(cues: Sequence[Any], toks: Sequence[Token],
                       parties: SentenceParties) -> list[Any]:
    """``cues`` with rule 167 applied: in a sentence that names the North's denuclearisation and
    no ally or allied owner, a nuclear weapon cue read as deterrence from the lexicon alone
    (*nuclear weapons*, *nuclear-armed*, *nuclear force*; :data:`ARSENAL_RE`) whose nearest
    party named before it is North Korea, not a third power, and that is not *of its own*, is
    the North's arsenal, threat (rule ``owner:north_korea (arsenal)``); a cue an owner rule
    placed keeps its reading."""
    first = {t.start: k for k, t in enumerate(toks)}
    out = []
    for c in cues:
        i = first.get(c.start, 0)
        before = [(cj, True) for _, cj in parties.north if cj <= i] + [
            (cj, False) for _, cj in parties.others if cj <= i]
        own = [t.norm for t in toks[i + 2:i + 5]][:3] in (["of", "its", "own"],
                                                        ["of", "their", "own"])
        if _arsenal_cue(c) and before and max(before)[1] and not own:
            c = c._replace(frame="threat", rule="owner:north_korea (arsenal)")
        out.append(c)
    return out


def pair_candidate(cues: Sequence[Any]) -> bool:
    """Whether rule 157 could change a cue: a partnership cue or a force or pact cue read from
    the lexicon, and no partnership of three (:data:`TRILATERAL_RE`)."""
    return not any(c.frame == "alliance" and TRILATERAL_RE.search(c.text) for c in cues) and any(
        (c.rule in READ_BY_LEXICON or c.rule.startswith("contingency")) and (
            c.frame == "alliance" or (
                c.frame == "deterrence" and _last_word(c) in FORCE_WORDS | PACT_WORDS))
        for c in cues)


def pact_term(toks: Sequence[Token], i: int) -> bool:
    """Whether a pact noun (:data:`PACT_NOUNS`) follows the cue at token ``i`` within three
    tokens (*military and technical cooperation*)."""
    return any(t.norm in PACT_NOUNS for t in toks[i + 1:i + 4])


def owner_cues(cues: Sequence[Any], toks: Sequence[Token], parties: SentenceParties,
               named: Sequence[int], pair: bool, between: Collection[str],
               breaks: Callable[[int, int], bool], where: str) -> list[Any]:
    """``cues`` with rules 156 and 157 applied: a one-word force cue read as deterrence in the
    clause of a force named as the North's (``named``: the token of each such cue) or, with
    ``pair`` (the sentence is about North Korea and a third power), a one-word troop cue
    (:data:`PAIR_FORCES`) become threat unless the allies' (rule ``owner:north_korea
    (WHERE)``); with ``pair`` the partnership cues and the pact's terms (:data:`PACT_WORDS`)
    count toward no frame (rule ``owner:other (WHERE)``). Phrases (*U.S. forces*, *a show of
    force*) keep their reading, and so does *the military* (in Korean and American copy, the
    reporting country's own)."""
    first = {t.start: k for k, t in enumerate(toks)}
    out = []
    for c in cues:
        word, i = _last_word(c), first.get(c.start, 0)
        home = word == "military" and i > 0 and toks[i - 1].norm == "the"  # the press's own
        if c.rule in READ_BY_LEXICON and c.frame == "deterrence" and len(c.text.split()) == 1 \
                and not home \
                and ((word in FORCE_WORDS and any(not breaks(min(i, n), max(i, n))
                                                  for n in named))
                     or (pair and word in PAIR_FORCES)) \
                and not allied_force(toks, i, parties, between, breaks):
            c = c._replace(frame="threat", rule=f"owner:north_korea ({where})")
        elif pair and c.frame == "alliance" and c.rule in READ_BY_LEXICON:
            c = c._replace(frame=None, rule=f"owner:other ({where})")
        elif pair and c.frame == "deterrence" and word in PACT_WORDS and (
                c.rule in READ_BY_LEXICON or c.rule.startswith("contingency")) and (
                word != "military" or pact_term(toks, i)):
            c = c._replace(frame=None, rule=f"owner:other ({where})")
        out.append(c)
    return out


def parties_of(mentions: Sequence[tuple[int, int, dict[str, Any]]], allied: Any
               ) -> SentenceParties:
    """The :class:`SentenceParties` of a sentence from its counterpart spans with payload
    (North Korea's frame is ``diplomacy``, China's and Russia's ``None``) and its
    :class:`~analysis.metrics.frames.AlliedMentions`."""
    return SentenceParties([(ci, cj) for ci, cj, info in mentions
                            if info["frame"] == "diplomacy" or info.get("partner_of_north")],
                           [(ci, cj) for ci, cj, info in mentions if info["frame"] is None],
                           allied.allies, allied.owners)
