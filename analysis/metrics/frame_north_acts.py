"""The North as the doer of an act on a force cue (guide rules 7 and 131).

A deterrence cue (a submarine, a drill, a deterrent, nuclear weaponization) is the allies' only
when nothing names another owner. Rules 36, 125 and 126 (:mod:`.frame_scope`) read an owner
from a possessive, an ``of``/``by`` phrase or a pronoun. Wire and press copy about the North's
own programme often name no owner at all: the North is the *subject* of a verb that builds,
inspects, tests or stages the thing ("Kim Jong Un inspected a nuclear-powered submarine under
construction", "Pyongyang is developing a submarine equipped with guided missiles", "North
Korea has held a drill of firing an ICBM"). Then the cue is the North's: threat, not
deterrence (:func:`north_act_owner`).

The rule is narrow on purpose: the North Korea mention is the nearest party named before the
cue in its clause (:func:`.frame_scope.north_clause_owner`, so a clause of its own, ``that``,
``against``, ``in response to`` or an ally named between stop it), the act verb follows the
mention within :data:`SUBJECT_GAP` tokens (``has``, ``is``, ``reportedly``), and the cue
follows the verb within :data:`OBJECT_WINDOW` tokens with no allied owner (``US``,
``American``) and no word that ends the verb's object (:data:`PHRASE_STOPS`) between. "North
Korea condemned the US submarine's visit" has no act verb; "North Korea tested a missile as
the allies' drills began" ends the object at ``as`` and names the allies between.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from .lexicon import Token

ACT_VERBS = frozenset({
    "inspect", "inspects", "inspected", "inspecting",
    "oversee", "oversees", "oversaw", "overseen", "overseeing",
    "conduct", "conducts", "conducted", "conducting",
    "stage", "stages", "staged", "staging",
    "develop", "develops", "developed", "developing",
    "build", "builds", "built", "building",
    "construct", "constructs", "constructed", "constructing",
    "unveil", "unveils", "unveiled", "unveiling",
    "test", "tests", "tested", "testing",
    "showcase", "showcases", "showcased", "showcasing",
    "parade", "parades", "paraded", "parading",
    # guide rule 140: verbs of strengthening ("North Korea vows to bolster its deterrence")
    "bolster", "bolsters", "bolstered", "bolstering",
    "strengthen", "strengthens", "strengthened", "strengthening",
    "step", "steps", "stepped", "stepping",
    "enhance", "enhances", "enhanced", "enhancing",
    "boost", "boosts", "boosted", "boosting",
    # guide rules 36 and 53: the North deploys its own troops
    "deploy", "deploys", "deployed", "deploying",
})
"""Verbs whose subject makes, shows, uses (guide rule 131) or strengthens (rule 140, *step up*)
the thing named after them."""

PHRASE_STOPS = frozenset({
    "and", "or", "but", "to", "as", "while", "when", "after", "before", "that", "which", "who",
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "may",
    "against", "amid", "despite", "than", "until", "unless", "if", "because", "since",
})
"""Words that end the verb's object before the cue: "the effort to stop Pyongyang developing
weapons has failed and outlines extended deterrence" does not make the deterrence the
North's."""

SEND_VERBS = frozenset({"send", "sends", "sent", "sending", "dispatch", "dispatches",
                        "dispatched", "dispatching"})
"""Verbs of sending that make their subject the owner of the people sent (guide rule 158:
*North Korea has sent about 10,000 soldiers*), never of a thing (*the North sent a warning over
the deployment*): they count only before a cue of :data:`PERSONNEL`."""

PERSONNEL = frozenset({"troops", "troop", "soldiers", "personnel", "forces", "units"})
"""Force cues that name people, which a verb of sending may take as its object."""

SELF_ACTS = frozenset({"deploy", "deploys", "deployed", "deploying"})
"""Force cues that are themselves the act verb: the North's when it is their subject."""

_COMPARATIVES = frozenset({"more", "less", "fewer"})
SUBJECT_STOPS = frozenset({"and", "or", "but"})
"""Words that end the North's clause before the verb: in "deterrence against North Korea and
enhance the umbrella" the North is no subject of *enhance*."""

OBJECT_MARKERS = frozenset({"against", "on", "at", "with", "from", "toward", "towards", "by",
                            "for", "to"})
"""Prepositions that make the North Korea mention after them an object, not a subject."""

SUBJECT_GAP = 3
"""At most this many tokens (auxiliaries, adverbs: ``has``, ``is``, ``reportedly``) between the
North Korea mention and its act verb."""

OBJECT_WINDOW = 10
"""At most this many tokens between the act verb and the cue it governs (modifiers of a long
noun phrase: ``an under-construction 8,700-ton nuclear-powered strategic guided missile
submarine``)."""


def act_verb_before(toks: Sequence[Token], i: int) -> int:
    """Index of the nearest act verb (:data:`ACT_VERBS`; before a cue of :data:`PERSONNEL` also
    :data:`SEND_VERBS`) at most :data:`OBJECT_WINDOW` tokens before token ``i``, or -1: the
    cheap test before any mention table is asked."""
    sent = toks[i].norm in PERSONNEL
    for k in range(i - 1, max(-1, i - OBJECT_WINDOW - 1), -1):
        if toks[k].norm in ACT_VERBS or (sent and toks[k].norm in SEND_VERBS):
            return k
    return -1


def north_act_owner(toks: Sequence[Token], i: int, north: Sequence[tuple[int, int]],
                    owners: Sequence[tuple[int, int]], clause_owner: bool,
                    words: Collection[str] = ACT_VERBS) -> bool:
    """Whether the force cue starting at token ``i`` is the object of an act verb (``words``)
    whose subject is a North Korea mention (span in ``north``) ending at most
    :data:`SUBJECT_GAP` tokens before the verb, with no allied owner (span in ``owners``)
    between the verb and the cue. ``clause_owner``: the North is the nearest party named
    before the cue in its clause (:func:`.frame_scope.north_clause_owner`)."""
    if not clause_owner:
        return False
    v = i if toks[i].norm in SELF_ACTS else act_verb_before(toks, i)  # "Pyongyang deployed"
    if v < 0 or any(v < ci < i for ci, _ in owners) or any(
            toks[k].norm in PHRASE_STOPS and not (toks[k].norm == "than" and toks[k - 1].norm in
                                                  _COMPARATIVES) for k in range(v + 1, i)):
        return False  # "deployed more than 10,000 troops": a number, not the object's end
    sent = words is ACT_VERBS and toks[v].norm in SEND_VERBS and toks[i].norm in PERSONNEL
    return (toks[v].norm in words or sent) and any(
        cj <= v and v - cj <= SUBJECT_GAP and not any(t.norm in SUBJECT_STOPS for t in toks[cj:v])
        and not (ci > 0 and toks[ci - 1].norm in OBJECT_MARKERS) for ci, cj in north)


HOLD_VERBS = frozenset({
    "hold", "holds", "held", "holding", "begin", "begins", "began", "begun", "beginning",
    "launch", "launches", "launched", "launching", "start", "starts", "started", "starting",
    "carry", "carries", "carried", "carrying", "mount", "mounts", "mounted", "mounting",
    "conduct", "conducts", "conducted", "conducting", "stage", "stages", "staged", "staging",
})
"""Verbs of holding an exercise (guide rule 162: *held drills*, *began exercises*, *carried
out a joint patrol*): the subject owns the exercise named right after them."""

EXERCISES = frozenset({"drill", "drills", "exercise", "exercises", "patrol", "patrols",
                       "maneuvers", "manoeuvres", "wargames"})
"""Exercise cues a verb of :data:`HOLD_VERBS` may take as its object."""

HOLD_WINDOW = 4
"""At most this many tokens between the verb of holding and the exercise (*held joint naval
drills*, *carried out a joint air patrol*), with no preposition or clause word between."""


def hold_verb_before(toks: Sequence[Token], i: int) -> int:
    """Index of the verb of holding (:data:`HOLD_VERBS`) whose object is the exercise cue at
    token ``i`` (at most :data:`HOLD_WINDOW` tokens before it, no word of
    :data:`OBJECT_MARKERS` or :data:`PHRASE_STOPS` between), or -1."""
    if toks[i].norm not in EXERCISES:
        return -1
    for k in range(i - 1, max(-1, i - HOLD_WINDOW - 2), -1):
        if toks[k].norm in HOLD_VERBS:
            return k
        if toks[k].norm in OBJECT_MARKERS or toks[k].norm in PHRASE_STOPS or toks[
                k].norm in EVENT_NOUNS or (toks[k].norm.endswith("ing") and toks[k].norm not in
                                           ("training", "firing")):
            return -1  # "held a rally denouncing the drills": the rally is what was held
    return -1


EVENT_NOUNS = frozenset({"rally", "rallies", "meeting", "meetings", "talks", "session",
                         "briefing", "conference", "ceremony", "protest", "protests", "summit",
                         "vote", "hearing", "press", "call", "discussion", "discussions"})
"""Events held that end the object of a verb of holding before an exercise cue (*held talks
on the drills*)."""


def exercise_holder(toks: Sequence[Token], i: int, parties: Sequence[tuple[int, int]],
                    owners: Sequence[tuple[int, int]], clause_owner: bool) -> bool:
    """Whether the exercise cue at token ``i`` is held by one of ``parties`` (spans): the
    subject of its verb of holding (:func:`hold_verb_before`), at most :data:`SUBJECT_GAP`
    tokens before the verb, no allied owner (``owners``) between the verb and the cue, and the
    nearest party named before the cue in its clause (``clause_owner``). *North Korea held
    artillery drills* (the North's: threat); *China and Russia held joint naval drills* (a third
    power's own: no frame, rule 162)."""
    v = hold_verb_before(toks, i)
    if not clause_owner or v < 0 or any(v < ci < i for ci, _ in owners):
        return False
    return any(cj <= v and v - cj <= SUBJECT_GAP and not any(
        t.norm in SUBJECT_STOPS for t in toks[cj:v]) and not (
        ci > 0 and toks[ci - 1].norm in OBJECT_MARKERS) for ci, cj in parties)
