"""Who is quoted most: the speaker ranking behind notebook 01's sentence and figure title.

A ranking groups sentences by their ``actor`` where the table has one (*Biden* and *Joe
Biden* are one voice, *KCNA* and *North Korea's state media* another); a sentence with no
actor keeps its ``speaker``. A joint actor (two names joined by *and*, *Joe Biden and Yoon
Suk Yeol*) is counted once for each member, so a joint statement never outranks the people
who made it; a member takes the actor the table gives it elsewhere (in *Biden and Yoon*,
*Biden* is *Joe Biden* where *Biden* spoke alone, *Yoon* the one actor with that word). A
name whose first part has *of* (*Ministry of Trade and Industry*) is one name. The measure
is sentences, then words: the most quoted voice is the one with the most attributed
sentences, and a tie at the top names every tied voice or, when all are tied, none. The press's
questions in a transcript and the turns of the one who runs a briefing (turns labelled *Q*,
*QUESTION*, *QUESTIONER*, *REPORTER*, *MODERATOR*, *STAFF*, *OPERATOR* or *ANNOUNCER*:
:data:`QUESTIONERS`) are no voice of the coverage and are not ranked; their words still count
in the total that shares are taken of.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..corpus.transcripts import questioner_mask
from ..tables.aggregate import STAGE, speakers
from .prose import join_names, pct, plural

if TYPE_CHECKING:
    import pandas as pd

NAMED_MOST = 3
"""At most this many tied voices are named; more are counted."""


def members(actor: str) -> list[str]:
    """The voices of one actor value: ``["Joe Biden", "Yoon Suk Yeol"]`` for the joint
    ``Joe Biden and Yoon Suk Yeol``, ``[actor]`` for any other (module docs)."""
    first, sep, second = actor.partition(" and ")
    if not sep or " and " in second or " of " in f" {first} ":
        return [actor]
    if not (first[:1].isupper() and second[:1].isupper()):
        return [actor]
    return [first, second]


def _member_actor(table: pd.DataFrame, who: pd.Series):
    """A function giving a joint voice's member its actor from the table's own single voices:
    a member written as a speaker with an actor (*Biden* -> *Joe Biden*), else a one-word
    member that is a word of exactly one actor (*Yoon* -> *Yoon Suk Yeol*), else itself."""
    single = table.assign(who=who)[[len(members(w)) == 1 for w in who]]
    by_speaker = dict(zip(single["speaker"].fillna(""), single["who"], strict=True))
    actors = set(single["who"]) - {""}

    def actor_of(member: str) -> str:
        if member in actors:
            return member
        if by_speaker.get(member):
            return by_speaker[member]
        bearers = [a for a in actors if " " not in member and member in a.split()]
        return bearers[0] if len(bearers) == 1 else member

    return actor_of


def voice_ranking(sentences: pd.DataFrame) -> pd.DataFrame:
    """:func:`analysis.tables.aggregate.speakers` with ``speaker`` holding the voice of the
    module docs (the actor, else the surface speaker, none for the press's questions; a joint
    actor split into its members, each given its actor by :func:`_member_actor`), ``share`` of
    the table's words, sorted by sentences, then words, then name."""
    table = sentences.copy()
    who = table["speaker"].fillna("").astype(str)
    if "actor" in table.columns:
        actor = table["actor"].fillna("").astype(str)
        who = actor.where(actor != "", who)
    who = who.where(~questioner_mask(who), "")  # the press, a moderator: no voice
    actor_of = _member_actor(table, who)
    table["speaker"] = [list(dict.fromkeys(actor_of(m) for m in members(w))) if w else [""]
                        for w in who]
    counted = table["voice"] != STAGE if "voice" in table.columns else slice(None)
    total = int(table.loc[counted, "n_words"].sum())
    out = speakers(table.explode("speaker").reset_index(drop=True), by="speaker")
    out["share"] = out["n_words"] / total if total else float("nan")
    return _ranked(out)


def _ranked(ranking: pd.DataFrame) -> pd.DataFrame:
    return ranking.sort_values(["n_sentences", "n_words", "speaker"],
                               ascending=[False, False, True],
                               kind="mergesort").reset_index(drop=True)


def _top(ranking: pd.DataFrame) -> tuple[list[str], int]:
    count = int(ranking["n_sentences"].iloc[0])
    return list(ranking.loc[ranking["n_sentences"] == count, "speaker"]), count


def most_quoted_title(ranking: pd.DataFrame) -> str:
    """A figure title naming the most quoted voice of a :func:`voice_ranking`, only when
    one leads: ``X is the most quoted voice (5 sentences)``, ``X and Y are quoted most, 2
    sentences each``, ``No speaker stands out: 3 speakers, 1 sentence each``."""
    if ranking.empty:
        return "No attributed speech"
    ranking = _ranked(ranking)
    top, count = _top(ranking)
    if len(ranking) == 1:
        return f"{top[0]} is the only quoted voice ({plural(count, 'sentence')})"
    if len(top) == len(ranking):
        return (f"No speaker stands out: {plural(len(top), 'speaker')}, "
                f"{plural(count, 'sentence')} each")
    if len(top) == 1:
        return f"{top[0]} is the most quoted voice ({plural(count, 'sentence')})"
    named = join_names(top) if len(top) <= NAMED_MOST else plural(len(top), "speaker")
    return f"{named} are quoted most, {plural(count, 'sentence')} each"


def _entry(row) -> str:
    return (f"{row.speaker} ({plural(int(row.n_sentences), 'sentence')}, {pct(row.share)} of all "
            f"words)")


def most_quoted_sentence(ranking: pd.DataFrame) -> str:
    """A sentence on who is quoted most in a :func:`voice_ranking`: the leading voice or the
    voices tied at the top, then the next count's voices while at most three are named; no
    order is claimed within a tie, and no leader when all are tied."""
    if ranking.empty:
        return "No sentence is attributed to a named speaker."
    ranking = _ranked(ranking)
    top, count = _top(ranking)
    rows = list(ranking.itertuples())
    if len(ranking) == 1:
        return f"The only speaker is {_entry(rows[0])}."
    if len(top) == len(ranking):
        who = f" ({join_names(top)})" if len(top) <= NAMED_MOST else ""
        return (f"No speaker stands out: each of the {len(top)} speakers{who} has "
                f"{plural(count, 'sentence')}.")
    if len(top) == 1:
        text = f"{_entry(rows[0])} is quoted most"
    elif len(top) <= NAMED_MOST:
        text = (f"{join_names(top)} are quoted most, {plural(count, 'sentence')} each "
                f"({join_names([pct(r.share) for r in rows[:len(top)]])} of all words)")
    else:
        return f"{len(top)} speakers are quoted most, {plural(count, 'sentence')} each."
    rest = ranking.iloc[len(top):]
    following, next_count = _top(rest)
    if len(top) + len(following) <= NAMED_MOST:
        if len(following) == 1:
            text += f", followed by {_entry(next(rest.itertuples()))}"
        else:
            text += (f", followed by {join_names(following)} "
                     f"({plural(next_count, 'sentence')} each)")
    return text + "."
