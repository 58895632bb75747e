"""Written commentary whose numbers are computed.

A :class:`Commentary` is Markdown that a notebook displays; it renders as Markdown in
JupyterLab and carries the same text as ``text/plain``, which nbval compares, so a sentence
whose number no longer matches the data fails the notebook test.
"""

from __future__ import annotations

from ..tables.counts import keyphrase_counts, mention_counts, pooled_shares
from .group_differences import (  # noqa: F401  (importable from here, as before)
    difference_clause,
    grade_ranking,
    intervals_overlap,
    no_interval,
    spread,
)
from .prose import fmt, join_names, noun_plural, pct, plural  # noqa: F401  (re-exported)
from .synthesis_text import date_scope, keyphrase_sentence
from .voice_ranking import most_quoted_sentence


class Commentary(str):
    """Markdown text shown as Markdown and compared by nbval as plain text."""

    def _repr_markdown_(self) -> str:
        return str(self)

    def __repr__(self) -> str:
        return str(self)


def _median(counts) -> str:
    """The median of whole counts as a reader writes it: ``112``, or ``6.5`` between two."""
    value = float(counts.median())
    return fmt(value, 0 if value.is_integer() else 1)


def possessive(name: str) -> str:
    """``"North Korea's"``, ``"the United States'"`` (a name ending in *s* takes ``'``)."""
    name = _the(name)
    return name + ("'" if name.endswith("s") else "'s")


def describe_corpus(overview, speakers, name: str, copies=None,
                    skipped: list[str] | tuple[str, ...] = ()) -> Commentary:
    """Commentary for notebook 01: size, voice shares, the most quoted speakers and, given
    ``copies``, the wire copies the counts include; given ``skipped`` (``Corpus.skipped``),
    how many files or rows of the input were left out.

    ``overview`` is :func:`analysis.tables.aggregate.overview`, ``speakers`` is
    :func:`analysis.report.voice_ranking.voice_ranking` (voices grouped by actor, ranked by
    sentences; a tie names no single leader), ``copies`` is
    :func:`analysis.corpus.duplicates.find_duplicates` of the corpus (``None``: not said).
    """
    n_docs = len(overview)
    words = int(overview["n_words"].sum())
    sentences = int(overview["n_sentences"].sum())
    paragraphs = int(overview["n_paragraphs"].sum())
    share = pooled_shares(overview)["quoted_share"]
    if n_docs == 1:
        size = (f"The corpus *{name}* holds one article: {plural(paragraphs, 'paragraph')}, "
                f"{plural(sentences, 'sentence')} and {plural(words, 'word')} "
                f"({fmt(words / sentences if sentences else float('nan'))} words per sentence).")
    else:
        size = (f"The corpus *{name}* holds {plural(n_docs, 'article')} with "
                f"{plural(sentences, 'sentence')} and {plural(words, 'word')} in all; the median "
                f"article has {_median(overview['n_words'])} words in "
                f"{_median(overview['n_sentences'])} "
                f"{'sentence' if _median(overview['n_sentences']) == '1' else 'sentences'}.")
    turns = "turn" in speakers.columns and int(speakers["turn"].sum()) > 0
    kinds = ("direct quotation, partial quotation, reported speech or a transcript's turns"
             if turns else "direct quotation, partial quotation or reported speech")
    voice = (f"{pct(share)} of the words are in sentences that present someone else's words "
             f"({kinds}); the other "
             f"{pct(1 - share) if words else 'n/a'} are the journalist's own voice.")
    who = most_quoted_sentence(speakers)
    one = len(skipped) == 1
    left = ([f"{plural(len(skipped), 'file or row', 'files or rows')} of the input "
             f"{'was' if one else 'were'} left out and {'is' if one else 'are'} not counted "
             "(the loading warnings say which, and why)."] if skipped else [])
    return Commentary(" ".join([size, *left, voice, who, *_copies_sentence(copies, n_docs)]))


def _copies_sentence(copies, n_docs: int) -> list[str]:
    """How many articles are wire copies of another (``[]`` for one article or no table)."""
    from ..corpus.duplicates import SHINGLE_WORDS, THRESHOLD

    if copies is None or n_docs < 2:
        return []
    method = (f"at least {pct(THRESHOLD)} of its {SHINGLE_WORDS}-word shingles in an earlier "
              "one, `find_duplicates`")
    k = int(copies["duplicate_of"].notna().sum())
    if not k:
        return [f"No article is a copy of another ({method})."]
    return [f"{plural(k, 'article')} of the {n_docs} {'is a copy' if k == 1 else 'are copies'} "
            f"of another article of the corpus ({method}); every count here takes each copy as "
            "it stands, so a story several outlets printed weighs as many times "
            "(`compare_groups(..., dedupe=True)` counts it once)."]


FLESCH_BANDS = ((90, "very easy"), (80, "easy"), (70, "fairly easy"), (60, "standard"),
                (50, "fairly difficult"), (30, "difficult"), (-1e9, "very difficult"))
"""Flesch (1948) reading-ease bands, from the top."""

GRADE_NAMES = {
    "flesch_kincaid_grade": "Flesch-Kincaid",
    "gunning_fog": "Gunning Fog",
    "smog_index": "SMOG",
    "coleman_liau_index": "Coleman-Liau",
    "automated_readability_index": "ARI",
    "linsear_write": "Linsear Write",
}


def flesch_band(score: float) -> str:
    """Name the Flesch (1948) band of a reading-ease score."""
    for low, name in FLESCH_BANDS:
        if score >= low:
            return name
    return "n/a"


def school_level(grade: float) -> str:
    """Describe a US grade level in words."""
    if grade != grade:
        return "undefined"
    if grade < 6:
        return "elementary school"
    if grade < 9:
        return "middle school"
    if grade < 13:
        return "high school"
    if grade < 17:
        return "college"
    return "graduate school"


def _one_article_readability(doc, intervals) -> list[str]:
    """The readability sentences of a single article."""
    parts = []
    ci = intervals[intervals["measure"] == "flesch_kincaid_grade"].iloc[0]
    fk = doc["flesch_kincaid_grade"]
    parts.append(
        f"The article reads at a Flesch-Kincaid grade of {fmt(fk)} (95% bootstrap interval "
        f"over its {plural(int(doc['n_sentences']), 'sentence')}: {fmt(ci['ci_low'])} to "
        f"{fmt(ci['ci_high'])}), {school_level(fk)} level. Its Flesch Reading Ease of "
        f"{fmt(doc['flesch_reading_ease'])} falls in Flesch's \u201c"
        f"{flesch_band(doc['flesch_reading_ease'])}\u201d band, and its sentences average "
        f"{fmt(doc['n_words'] / doc['n_sentences'])} words with "
        f"{fmt(doc['n_syllables'] / doc['n_words'], 2)} syllables per word.")
    grades = {GRADE_NAMES[m]: doc[m] for m in GRADE_NAMES if doc[m] == doc[m]}
    if grades:
        low = min(grades, key=grades.get)
        high = max(grades, key=grades.get)
        parts.append(f"The grade formulas range from {fmt(grades[low])} ({low}) to "
                     f"{fmt(grades[high])} ({high}); the consensus grade is "
                     f"{fmt(doc['consensus_grade'], 0)}.")
    if doc["smog_index"] != doc["smog_index"]:
        parts.append(f"SMOG is undefined here: it needs at least 30 sentences and the "
                     f"article has {int(doc['n_sentences'])}.")
    if "composite_grade" in doc and doc["composite_grade"] == doc["composite_grade"]:
        parts.append(f"Its composite grade, the score to compare it with other articles "
                     f"by, is {fmt(doc['composite_grade'])}.")
    return parts


def describe_readability(documents, intervals, hardest, name: str) -> Commentary:
    """Commentary for notebook 02.

    ``documents`` is the document aggregation (:func:`analysis.tables.aggregate.aggregate`),
    ``intervals`` :func:`analysis.tables.intervals.readability_intervals` and ``hardest``
    :func:`analysis.tables.difficulty.hardest_units` on paragraphs (measure Flesch-Kincaid).
    """
    import pandas as pd

    parts = []
    if len(documents) == 1:
        parts += _one_article_readability(documents.iloc[0], intervals)
    else:
        fk = documents["flesch_kincaid_grade"].dropna()
        rank_by = ("composite_grade" if "composite_grade" in documents
                   and documents["composite_grade"].notna().any() else "flesch_kincaid_grade")
        order = documents.dropna(subset=[rank_by]).sort_values([rank_by, "doc_id"])
        label = ("composite grade (the measure that orders articles best, see "
                 "benchmarks/readability.py)" if rank_by == "composite_grade"
                 else "Flesch-Kincaid grade")
        parts.append(
            f"Across {plural(len(documents), 'article')} of *{name}*, the median Flesch-Kincaid "
            f"grade is {fmt(float(fk.median()))} (interquartile range "
            f"{fmt(float(fk.quantile(0.25)))} to {fmt(float(fk.quantile(0.75)))}). By the "
            f"{label}, the easiest article is {order.iloc[0]['doc_id']} "
            f"({fmt(order.iloc[0][rank_by])}) and the hardest {order.iloc[-1]['doc_id']} "
            f"({fmt(order.iloc[-1][rank_by])}).")
        undefined = int(documents["smog_index"].isna().sum())
        if undefined:
            parts.append(f"SMOG is undefined for {plural(undefined, 'article')} with fewer "
                         f"than 30 sentences.")
    if len(hardest):
        top = hardest.iloc[0]
        where = f"paragraph {int(top['paragraph'])}" if not pd.isna(top["paragraph"]) else \
            "one unit"
        if len(documents) > 1:
            where += f" of {top['doc_id']}"
        parts.append(f"The hardest passage is {where} (Flesch-Kincaid "
                     f"{fmt(top['flesch_kincaid_grade'])}): {top['why']}.")
    return Commentary(" ".join(parts))


def describe_keywords(keyphrases, keyness, mentions, name: str) -> Commentary:
    """Commentary for notebook 03: top keyphrases, key terms and the actors' weight.

    Tables: ``keyphrases_table`` (:mod:`analysis.metrics.keyphrases`), ``keyness``
    (:mod:`analysis.metrics.keyness`) and ``actor_mentions`` (:mod:`analysis.metrics.actors`).
    """
    parts = []
    n_docs = keyphrases["doc_id"].nunique()
    if n_docs == 1:
        top = keyphrases.sort_values("rank")["keyphrase"].head(5).tolist()
        parts.append(f"The article is about {join_names([f'*{p}*' for p in top])}, by the "
                     f"keyphrase ranking.")
    elif n_docs > 1:
        shared = [f"*{r.keyphrase}* ({r.n_documents} of {n_docs})"
                  for r in keyphrase_counts(keyphrases).head(5).itertuples()]
        parts.append(f"Across {plural(n_docs, 'article')} of *{name}*, the keyphrases listed "
                     f"most often are {join_names(shared)}.")
    over = keyness[keyness["direction"] == "+"].head(3)
    if len(over):
        terms = [f"*{getattr(r, 'surface', r.term)}* ({r.count} times, {r.log_ratio:.1f} on "
                 "the log₂ ratio scale, "
                 f"G² {r.g2:.0f})" for r in over.itertuples()]
        parts.append(f"Against general English (wordfreq), the terms with the strongest "
                     f"evidence of over-use (log-likelihood G²) are {join_names(terms)}.")
    if len(mentions):
        by_actor = mention_counts(mentions).set_index("actor")
        lead, count = by_actor.index[0], int(by_actor["n_mentions"].iloc[0])
        total = int(by_actor["n_mentions"].sum())
        parts.append(f"{lead} is the most mentioned actor ({plural(count, 'mention')}"
                     f", {pct(count / total)} of all {total} actor mentions); "
                     f"{plural(len(by_actor), 'actor')} of the list appear"
                     f"{'s' if len(by_actor) == 1 else ''}.")
        missing = [a for a in ("China", "Japan", "Kim Jong Un") if a not in by_actor.index]
        if missing:
            parts.append(f"Not mentioned at all: {join_names(missing)}.")
        if n_docs == 1 and "North Korea" in by_actor.index:
            first = by_actor.loc["North Korea", "first_position"]
            parts.append(f"North Korea first appears {pct(first)} of the way into the "
                         f"article.")
    return Commentary(" ".join(parts))


def _frame_ranking(row) -> list[tuple[str, float]]:
    """Frames by their share of sentences, from an aggregated row (``share_<frame>``)."""
    from ..metrics.frames import FRAMES

    return sorted(((f, float(row[f"share_{f}"])) for f in FRAMES), key=lambda x: -x[1])


def _frames_of(row) -> list[str]:
    from ..metrics.frames import FRAMES

    return [f for f in FRAMES if bool(row[f"frame_{f}"])]


def describe_stance(sentences, voice, tone_docs, actor_summary, name: str) -> Commentary:
    """Commentary for notebook 04: frames, frames by voice, certainty, tone and tone toward
    actors.

    ``sentences`` is :func:`analysis.tables.sentences.sentence_table`, ``voice`` is
    :func:`analysis.tables.aggregate.by_voice`, ``tone_docs`` is the document aggregation
    (:func:`analysis.tables.aggregate.aggregate`) and ``actor_summary`` is
    :func:`analysis.metrics.actor_tone.actor_tone_summary`.
    """
    parts = []
    n_docs = sentences["doc_id"].nunique()
    rows = voice.set_index("voice")
    n = int(rows.loc["all", "n_sentences"]) if "all" in rows.index else 0  # stage rows: none
    if n == 0:
        return Commentary(f"*{name}* has no sentences, so there is no stance to describe.")
    allrow = rows.loc["all"]
    ranking = _frame_ranking(allrow)
    where = "the article" if n_docs == 1 else f"the {plural(n_docs, 'article')}"
    parts.append(
        f"Of the {plural(n, 'sentence')} of {where}, {pct(allrow['share_any_frame'])} carry "
        f"at least one of "
        f"the four frames; the most frequent is *{ranking[0][0]}* ({pct(ranking[0][1])} of "
        f"sentences), followed by {join_names([f'*{f}* ({pct(s)})' for f, s in ranking[1:]])}.")
    if n_docs == 1:
        from ..tables.aggregate import STAGE

        spoken = sentences[sentences["voice"] != STAGE]  # a byline opens on no frame
        first = _frames_of(spoken.iloc[0])
        last = _frames_of(spoken.iloc[-1])
        parts.append(f"It opens on {join_names(first) if first else 'no frame'} and closes on "
                     f"{join_names(last) if last else 'no frame'}.")
    if {"authorial", "quoted"} <= set(rows.index):
        from ..metrics.frames import FRAMES

        diffs = sorted(FRAMES, key=lambda f: -abs(rows.loc["quoted", f"share_{f}"]
                                                  - rows.loc["authorial", f"share_{f}"]))
        f = diffs[0]
        q, a = rows.loc["quoted", f"share_{f}"], rows.loc["authorial", f"share_{f}"]
        parts.append(
            f"The widest gap between voices is in *{f}*: {pct(q)} of the "
            f"{plural(int(rows.loc['quoted', 'n_sentences']), 'quoted sentence')} against "
            f"{pct(a)} of the "
            f"{plural(int(rows.loc['authorial', 'n_sentences']), 'authorial sentence')} carry it.")
    else:
        only = [v for v in rows.index if v != "all"]
        parts.append(f"All sentences are {join_names(only)}, so the voices cannot be compared.")
    parts += _certainty_and_tone(allrow, tone_docs, n_docs)
    parts += _actor_tone_sentences(actor_summary)
    return Commentary(" ".join(parts))


def _certainty_and_tone(allrow, tone_docs, n_docs: int) -> list[str]:
    """Hedges, boosters and general tone, from the ``all`` row of :func:`by_voice` and the
    document aggregation."""
    parts: list[str] = []
    parts.append(
        f"Certainty: {fmt(allrow['hedges_per_1000_words'])} hedges and "
        f"{fmt(allrow['boosters_per_1000_words'])} boosters per 1,000 words; "
        + ("the coverage asserts more than it hedges."
           if allrow["boosters_per_1000_words"] > allrow["hedges_per_1000_words"]
           else "the coverage hedges at least as often as it asserts."
           if allrow["hedges_per_1000_words"] > 0 else "it neither hedges nor boosts."))
    tone = allrow["tone"]
    lean = "positive" if tone > 0.05 else "negative" if tone < -0.05 else "neutral"
    parts.append(
        f"The general tone (VADER compound, −1 to +1) averages {fmt(tone, 2)} over the scored "
        f"sentences (95% interval {fmt(allrow['tone_ci_low'], 2)} to "
        f"{fmt(allrow['tone_ci_high'], 2)}), {lean} by VADER's ±0.05 convention; this is how "
        f"positively the sentences are worded, not a stance on the declaration.")
    if n_docs > 1 and tone_docs["tone"].notna().sum() > 1:
        t = tone_docs.dropna(subset=["tone"]).sort_values("tone", kind="mergesort")
        parts.append(f"By article, mean tone ranges from {fmt(t['tone'].iloc[0], 2)} "
                     f"(*{t['doc_id'].iloc[0]}*) to {fmt(t['tone'].iloc[-1], 2)} "
                     f"(*{t['doc_id'].iloc[-1]}*).")
    return parts


def _actor_tone_sentences(actor_summary) -> list[str]:
    """Tone toward the most mentioned actors, from :func:`actor_tone_summary`: counts per
    label, never a ranking of whom the coverage favours."""
    if not len(actor_summary):
        return ["No actor of the list is mentioned, so there is no tone toward actors."]
    bits = []
    for r in actor_summary.head(3).itertuples():
        bits.append(f"{r.actor}: {r.negative} negative, {r.neutral} neutral, {r.positive} "
                    f"positive and {getattr(r, 'uncertain', 0)} uncertain of "
                    f"{plural(r.n_mentions, 'mention')}")
    uncertain = int(actor_summary.get("uncertain", actor_summary["n_mentions"] * 0).sum())
    total = int(actor_summary["n_mentions"].sum())
    few = [r.actor for r in actor_summary.head(3).itertuples()
           if r.n_mentions < FEW_MENTIONS]
    caveat = (f"; {join_names(few)} {'has' if len(few) == 1 else 'have'} fewer than "
              f"{FEW_MENTIONS} mentions, so {'its' if len(few) == 1 else 'their'} shares are "
              "only indicative." if few else ".")
    return ["Tone of the sentences toward the most mentioned actors (a model trained on "
            "NewsMTSC; a label below 55% calibrated confidence is shown as uncertain, and a "
            "sentence that deters, condemns or sanctions an actor is never counted as positive "
            "toward it): " + "; ".join(bits) + ".",
            f"{pct(uncertain / total) if total else 'None'} of the {plural(total, 'mention')} "
            "are uncertain" + caveat]


FEW_MENTIONS = 10
"""An actor with fewer mentions than this has tone shares the commentary calls indicative."""

def _synthesis_frames(comparison, by: str, noun: str) -> list[str]:
    """The dominant frame over every sentence, and the frame that differs most between the
    groups that have an interval from enough articles (said to be chance when their intervals
    overlap); with too few articles behind every interval, no frame is compared."""
    from ..metrics.frames import FRAMES
    from ..tables.compare import MIN_RELIABLE_DOCUMENTS, unreliable

    overall = {f: comparison.attrs["overall"][f"frame_{f}"] for f in FRAMES}
    ranked = sorted(FRAMES, key=lambda f: -overall[f])
    parts = [f"Its dominant frame is *{ranked[0]}* ({pct(overall[ranked[0]])} of "
             f"sentences); *{ranked[-1]}* is rarest ({pct(overall[ranked[-1]])})."]
    gaps = [(f, spread(comparison, f"frame_{f}")) for f in FRAMES]
    gaps = [(f, rows[rows["ci_low"].notna() & ~unreliable(rows)]) for f, rows in gaps]
    gaps = [(f, rows.iloc[0], rows.iloc[-1]) for f, rows in gaps if len(rows) >= 2]
    if not gaps:
        few = comparison[unreliable(comparison)]
        if len(few):  # "Wire 43% against Korea Herald 4%" from three articles each: not said
            parts.append(f"No frame is compared by {noun}: fewer than two "
                         f"{noun_plural(noun)} have an interval from {MIN_RELIABLE_DOCUMENTS} "
                         "articles or more.")
        return parts
    f, hi, lo = max(gaps, key=lambda g: g[1]["mean"] - g[2]["mean"])
    kind = f"{hi['group']} sentences" if by == "voice" else f"sentences for {hi['group']}"
    other = f"of {lo['group']} ones" if by == "voice" else f"for {lo['group']}"
    parts.append(f"The frame that differs most by {noun} is *{f}*: {pct(hi['mean'])} of "
                 f"{kind} against {pct(lo['mean'])} {other}"
                 + difference_clause(comparison, f"frame_{f}", hi, lo, points=True) + ".")
    return parts


def _synthesis_actors(actor_summary) -> list[str]:
    """The actor sentence of the synthesis: the labels of the most mentioned actor's
    mentions, without ranking actors by favour."""
    if not len(actor_summary):
        return []
    top = actor_summary.iloc[0]
    return [f"The most mentioned actor, {_the(top['actor'])}, is mentioned "
            f"{plural(int(top['n_mentions']), 'time')}: {int(top['negative'])} in sentences "
            f"negative toward it, {int(top['neutral'])} neutral, {int(top['positive'])} "
            f"positive and {int(top.get('uncertain', 0))} uncertain (tone toward actors, with "
            "the uncertain label below 55% confidence)."]

def _day(value) -> str:
    """``"26 April 2023"`` (no leading zero)."""
    return f"{value.day} {value:%B %Y}"


def _the(name: str) -> str:
    """``"the United States"``; other actor names unchanged."""
    return "the United States" if name == "United States" else str(name)


def describe_synthesis(docs, comparison, keyphrases, actor_summary, by: str,
                       name: str) -> Commentary:
    """Commentary for notebook 05: the findings of the whole coverage in a few sentences.

    ``docs`` is the document metric table with metadata, ``comparison`` is
    :func:`analysis.synthesis.comparisons` grouped ``by``, ``keyphrases`` is
    :func:`analysis.metrics.keyphrases.keyphrases_table` and ``actor_summary`` is
    :func:`analysis.stance.actor_tone_summary`.
    Dates and shared keyphrases are phrased by :mod:`analysis.report.synthesis_text`.
    """
    parts = []
    n_docs = len(docs)
    n_words = int(docs["n_words"].sum())
    n_sent = int(docs["n_sentences"].sum())
    if n_docs == 1:
        parts.append(f"*{name}* is a single article of {plural(n_words, 'word')} in "
                     f"{plural(n_sent, 'sentence')}.")
    else:
        scope = f"*{name}* holds {plural(n_docs, 'article')}"
        if "outlet" in docs.columns and docs["outlet"].notna().any():
            scope += f" from {plural(int(docs['outlet'].nunique()), 'outlet')}"
        scope += date_scope(docs)
        parts.append(f"{scope}: {plural(n_words, 'word')} in {plural(n_sent, 'sentence')}.")
    grade = float(docs["composite_grade"].mean())
    fk = float(docs["flesch_kincaid_grade"].mean())
    parts.append(f"{'It reads' if n_docs == 1 else 'They read'} at a composite grade of "
                 f"{fmt(grade)} {'' if n_docs == 1 else 'on average '}(Flesch-Kincaid "
                 f"{fmt(fk)}, {school_level(fk)}).")
    noun = {"doc_id": "article", "voice": "voice"}.get(by, by)
    left_out = comparison.attrs["n_left_out"]
    if left_out:
        parts.append(f"{left_out} of the {n_docs} articles {'has' if left_out == 1 else 'have'}"
                     f" no {by} and {'is' if left_out == 1 else 'are'} left out of the "
                     f"comparisons by {by}; every other figure covers all "
                     f"{plural(comparison.attrs['n_sentences'], 'sentence')}.")
    parts += grade_ranking(comparison, by, noun)
    about = keyphrase_sentence(keyphrases, n_docs)
    if about:
        parts.append(about)
    parts += _synthesis_frames(comparison, by, noun)
    parts += _synthesis_actors(actor_summary)
    parts.append(intervals_sentence(comparison, by))
    return Commentary(" ".join(parts))


def intervals_sentence(comparison, by: str) -> str:
    """What the synthesis figure's intervals are: over sentences when articles or voices are
    compared, and, by another field, that groups of one article have none when there is one."""
    with_ci = comparison["ci_low"].notna().any()
    single = by not in ("doc_id", "voice") and "n_documents" in comparison.columns and bool(
        (comparison["n_documents"] == 1).any())
    return ("Intervals in the figure are 95% bootstrap intervals"
            + ("; groups of one article have none." if single
               else " over sentences." if with_ci and by in ("doc_id", "voice") else "."))


def keyness_title(keyness) -> str:
    """The keyness figure's title, for the ranking it draws (log-likelihood G², strength of
    evidence, not effect size): ``“korea” shows the strongest evidence of over-use against
    general English``; another term may have a larger log₂ ratio. ``keyness`` is
    :func:`analysis.metrics.keyness.keyness`, sorted by G²."""
    over = keyness[keyness["direction"] == "+"]
    if over.empty:
        return "No word is over-used against general English"
    shown = over["surface"] if "surface" in over.columns else over["term"]
    return (f"“{shown.iloc[0]}” shows the strongest evidence of over-use against "
            "general English")


def frames_by_voice_title(voice_table) -> str:
    """The title of :func:`analysis.report.plots.frames_by_voice`, naming every voice drawn
    (its legend says what each is): ``Frame shares by voice: authorial, quoted and speech``.
    ``voice_table`` is :func:`analysis.tables.aggregate.by_voice`."""
    voices = [str(v) for v in voice_table["voice"] if v != "all"]
    if not voices:
        return "No sentence to show frames for"
    return f"Frame shares by voice: {join_names(voices)}"
