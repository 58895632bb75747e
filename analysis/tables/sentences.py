"""The sentence table: one row per sentence with every per-sentence metric, computed once.

Every table of the package is this table or an aggregation of it
(:func:`analysis.tables.aggregate.aggregate`). Columns, by group (``metrics``):

ids and voice (always)
    ``doc_id``, ``paragraph``, ``sentence`` (1-based), ``start``, ``end`` (offsets into the
    document text), ``text``, ``voice`` (``authorial``, ``quoted``; in a transcript ``speech``
    or ``stage``), ``quote`` (``direct``, ``partial``, ``indirect``, ``none``, ``turn``,
    ``stage``), ``speaker`` (as the document names it; "" for the journalist's own words),
    ``actor`` (the canonical actor of :mod:`analysis.corpus.speakers`, "" when none),
    ``n_words``, ``n_words_in_quotes`` (words inside quotation marks);
``readability``
    the base counts of :data:`analysis.metrics.readability.COUNT_COLUMNS` and
    ``word_syllables`` (the syllables of each word, for Linsear Write on a unit's first 100
    words);
``frames``
    ``frame_<name>`` (bool, the lexicon's frames, Entman 1993), ``score_<name>`` (summed cue
    weights), ``frame_evidence`` (the cues of the frames flagged True, ``"deterrence:
    strategic assets | threat: nuclear threat"``; a cue of a frame whose score stays below the
    threshold is in its ``score_<name>`` only) and ``frame_negated`` (cues cancelled by
    negation). A sentence is read after its document's earlier ones: once the NCG is named,
    a reference back to it without its name (*the next meeting*, *co-chaired*) is
    ``deterrence`` (:mod:`analysis.metrics.frame_context`, guide rule 50; evidence
    ``"deterrence: the next meeting"``). With ``frames="encoder"`` (opt-in,
    :mod:`analysis.metrics.frame_encoder`)
    ``frame_<name>`` is also True where the fine-tuned MiniLM encoder gives the frame a
    probability of at least 0.80, and ``frame_evidence`` names it (``"alliance: encoder
    p=0.91"``); ``score_<name>`` stays the cue score in both cases;
``certainty``
    ``hedges``, ``boosters``, ``attributions`` (Hyland 2005) and the matched terms
    ``hedge_terms``, ``booster_terms``, ``attribution_terms`` (tuples);
``tone``
    ``tone`` (VADER compound, Hutto & Gilbert 2014, with the domain adjustments of
    :mod:`analysis.metrics.tone_lexicon`), ``tone_pos``, ``tone_neu``, ``tone_neg``;
and ``reason``: why a value of the row is NaN ("" when none). A transcript's stage directions
and time or place lines (voice ``stage``) are nobody's words: they count no word, sentence or
syllable (``n_words`` 0, so no readability or per-word rate of a unit sees them) and carry no
frame, marker or tone (reason ``"stage direction"``); nor do a turn's opening label and a
stage direction right after it (``PRESIDENT YOON: (As interpreted.)``).

``attrs`` records the lexicon versions and the measures (``attrs["frames"]``: which frames).
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Sequence
from operator import itemgetter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd

METRICS = ("readability", "frames", "certainty", "tone")
"""The metric groups of :func:`sentence_table` (all by default)."""

FRAME_SOURCES = ("default", "encoder")
"""The ``frames`` of :func:`sentence_table`: the default frames (lexicon cues plus the
supervised frame model) or those plus the opt-in frame encoder's."""

ID_COLUMNS = ["doc_id", "paragraph", "sentence"]
BASE_COLUMNS = [*ID_COLUMNS, "start", "end", "text", "voice", "quote", "speaker", "actor",
                "n_words", "n_words_in_quotes"]
DETAIL_COLUMNS = ("n_words_in_quotes", "frame_evidence", "frame_negated", "hedge_terms",
                  "booster_terms", "attribution_terms")
"""The columns that describe a sentence alone (no aggregate reads them): left out, and not
computed, by ``sentence_table(..., details=False)``."""
SENTENCE_ONLY_COLUMNS = ("start", "end", "text", "quote", "actor", "n_lw_easy_words",
                         "n_lw_hard_words", "n_lw_sentences", "score_deterrence",
                         "score_diplomacy", "score_alliance", "score_threat", "tone_pos",
                         "tone_neu", "tone_neg")
"""Further columns that no statistic of :func:`~analysis.tables.aggregate.aggregate` reads
(a unit's Linsear Write counts come from ``word_syllables``): :func:`unit_sentence_table`
leaves them out too."""


def _columns(metrics: Sequence[str], details: bool = True) -> list[str]:
    if not details:
        return [c for c in _columns(metrics) if c not in DETAIL_COLUMNS]
    from ..metrics.certainty import EPISTEMIC_CATEGORIES
    from ..metrics.frames import FRAMES
    from ..metrics.readability import COUNT_COLUMNS
    from ..metrics.tone import TONE_COLUMNS

    cols = list(BASE_COLUMNS)
    if "readability" in metrics:
        cols += [c for c in COUNT_COLUMNS if c != "n_words"] + ["word_syllables"]
    if "frames" in metrics:
        cols += [f"frame_{f}" for f in FRAMES] + [f"score_{f}" for f in FRAMES]
        cols += ["frame_evidence", "frame_negated"]
    if "certainty" in metrics:
        cols += [*EPISTEMIC_CATEGORIES, "hedge_terms", "booster_terms", "attribution_terms"]
    if "tone" in metrics:
        cols += list(TONE_COLUMNS)
    return cols + ["reason"]


Scorer = Callable[[str, str, Sequence[str], Container[Any], list[Any]], str]
"""A metric group's part of a row: ``(text, scored text, words, matched, row) -> reason`` (""
when none), where ``matched`` holds the lexicon tables that may match in the scored text
(:meth:`~analysis.metrics.lexicon_index.TableIndex.matching`); it appends the group's columns
to ``row``."""


def _readability_scorer() -> Scorer:
    from ..metrics.readability import REASON_EMPTY, sentence_counts, sentence_linsear_counts

    def score(text: str, scored: str, toks: Sequence[str], matched: Container[Any],
              row: list[Any]) -> str:
        counts, syl = sentence_counts(text, toks)
        row.extend(counts[:1] + counts[2:])  # n_words is a base column
        row.extend(sentence_linsear_counts(syl, counts[3]))
        row.append(tuple(syl))
        return "" if counts[1] else REASON_EMPTY

    return score


def _with_encoder(encoder: Any) -> Callable[..., dict[str, Any] | None]:
    """:func:`~analysis.metrics.frames.sentence_frame_scores` plus the frames of ``encoder``
    (:func:`~analysis.metrics.frame_encoder.add_encoder_frames`), which reads every sentence
    but a stage direction (scored as "")."""
    from ..metrics.frame_encoder import add_encoder_frames
    from ..metrics.frames import cue_scores, sentence_frame_scores

    def scores(text: str, lexicon: Any, model: Any, matched: Container[Any]
               ) -> dict[str, Any] | None:
        sc = sentence_frame_scores(text, lexicon, model, matched)
        if not text:
            return sc
        probs = encoder.probabilities([text])[0]
        if sc is None and probs.max() < encoder.threshold:
            return None
        return add_encoder_frames(sc if sc is not None else cue_scores([], lexicon), probs,
                                  encoder.threshold)

    return scores


def _frames_scorer(lexicon: Any, details: bool, encoder: Any = None
                   ) -> tuple[Scorer, Callable[[], None]]:
    """The frames scorer and its start-of-document reset: a reference back to the NCG takes
    its frame from the document's earlier sentences
    (:class:`~analysis.metrics.frame_context.DocumentContext`, guide rule 50)."""
    from ..metrics.frame_context import DocumentContext
    from ..metrics.frames import (
        FRAMES,
        cue_scores,
        format_evidence,
        format_negated,
        load_frame_lexicon,
        load_frame_model,
        sentence_frame_scores,
    )

    lexicon = lexicon or load_frame_lexicon()
    model = load_frame_model()
    frame_result = sentence_frame_scores if encoder is None else _with_encoder(encoder)
    no_cue = (False,) * len(FRAMES) + (0.0,) * len(FRAMES) + (("", "") if details else ())
    context = DocumentContext(lexicon)

    def score(text: str, scored: str, toks: Sequence[str], matched: Container[Any],
              row: list[Any]) -> str:
        # No table may match (about half the sentences): no cue and no party named, hence no
        # model frame either (sentence_frame_scores gives None); the encoder reads them all.
        sc = (frame_result(scored, lexicon, model, matched) if matched or encoder is not None
              else None)
        if sc is None and context.needs(scored):
            sc = cue_scores([], lexicon)
        sc = context.apply(sc, scored)
        if sc is None:  # most sentences
            row.extend(no_cue)
            return ""
        row.extend(f in sc["frames"] for f in FRAMES)
        row.extend(sc[f] for f in FRAMES)
        if details:
            row.append(format_evidence(sc, flagged_only=True))
            row.append(format_negated(sc))
        return ""

    return score, context.reset


def _certainty_scorer(lexicon: Any, details: bool) -> Scorer:
    from ..metrics.certainty import EPISTEMIC_CATEGORIES, load_epistemic_lexicon, marker_cues

    lexicon = lexicon or load_epistemic_lexicon()
    no_marker = (0,) * len(EPISTEMIC_CATEGORIES) + (
        ((),) * len(EPISTEMIC_CATEGORIES) if details else ())

    def score(text: str, scored: str, toks: Sequence[str], matched: Container[Any],
              row: list[Any]) -> str:
        found = marker_cues(scored, lexicon, matched) if matched else ()
        if not found:  # most sentences
            row.extend(no_marker)
            return ""
        terms: dict[str, list[str]] = {c: [] for c in EPISTEMIC_CATEGORIES}
        for cat, cue in found:
            terms[cat].append(cue.text)
        row.extend(len(terms[c]) for c in EPISTEMIC_CATEGORIES)
        if details:
            row.extend(tuple(terms[c]) for c in EPISTEMIC_CATEGORIES)
        return ""

    return score


def _tone_scorer() -> Scorer:
    from ..metrics.tone import load_tone_lexicon, tone_values

    lexicon = load_tone_lexicon()

    def score(text: str, scored: str, toks: Sequence[str], matched: Container[Any],
              row: list[Any]) -> str:
        # toks are the words of text, which is the scored text unless that is empty.
        *values, note = tone_values(scored, len(toks) if scored else 0, lexicon)
        row.extend(values)
        return f"tone: {note}" if note and scored else ""

    return score


def _scorers(metrics: Sequence[str], frame_lexicon: Any, epistemic_lexicon: Any,
             details: bool = True, frame_encoder: Any = None
             ) -> tuple[list[Scorer], list[Callable[[], None]]]:
    """The scorers of the ``metrics`` groups in column order (imports made once a table), and
    the resets to call at the start of each document (the frames' document context)."""
    out: list[Scorer] = []
    resets: list[Callable[[], None]] = []
    if "readability" in metrics:
        out.append(_readability_scorer())
    if "frames" in metrics:
        frames_scorer, reset = _frames_scorer(frame_lexicon, details, frame_encoder)
        out.append(frames_scorer)
        resets.append(reset)
    if "certainty" in metrics:
        out.append(_certainty_scorer(epistemic_lexicon, details))
    if "tone" in metrics:
        out.append(_tone_scorer())
    return out, resets


def _tables(metrics: Sequence[str], frame_lexicon: Any, epistemic_lexicon: Any
            ) -> tuple[Any, ...]:
    """The pattern tables that the ``metrics`` groups match (the default lexicons' when
    ``None``)."""
    from ..metrics.certainty import load_epistemic_lexicon
    from ..metrics.frames import load_frame_lexicon

    tables: tuple[Any, ...] = ()
    if "frames" in metrics:
        tables += (frame_lexicon or load_frame_lexicon()).pattern_tables
    if "certainty" in metrics:
        tables += ((epistemic_lexicon or load_epistemic_lexicon()).table,)
    return tables


def sentence_rows(documents: Iterable[Any], metrics: Sequence[str] = METRICS,
                  frame_lexicon: Any = None, epistemic_lexicon: Any = None,
                  details: bool = True, frame_encoder: Any = None) -> list[list[Any]]:
    """The rows of :func:`sentence_table` as lists, in its column order (the loop itself);
    ``frame_encoder`` (a :class:`~analysis.metrics.frame_encoder.FrameEncoder`) adds its
    frames."""
    from ..corpus.quotes import quote_spans
    from ..corpus.tokens import words
    from ..corpus.transcripts import STAGE_REASON, label_end
    from ..metrics.lexicon import text_words
    from ..metrics.lexicon_index import table_index

    scorers, resets = _scorers(metrics, frame_lexicon, epistemic_lexicon, details,
                               frame_encoder)
    # One prefilter for every lexicon table: which of them may match, one set operation a
    # sentence.
    index = table_index(_tables(metrics, frame_lexicon, epistemic_lexicon))
    rows = []
    for doc in documents:
        for reset in resets:
            reset()
        text = doc.text
        # The quotations paragraph by paragraph, so one running over several sentences
        # counts in each.
        spans = ([span for p in doc.paragraphs for span in quote_spans(text, p.start, p.end)]
                 if details else [])
        for s in doc.sentences:
            # A turn's opening label ("PRESIDENT BIDEN:") is no part of its measured words, and
            # a stage direction or time line is nobody's: no words, sentence or syllable of it
            # counts toward readability or per-word rates.
            stage = s.voice == "stage"
            body = ("" if stage else s.text[label_end(s.text):] if s.quote == "turn"
                    else s.text)
            toks = text_words(body)
            start, end = s.start, s.end
            quoted = sum(len(words(text[max(qs, start):min(qe, end)])) for qs, qe in spans
                         if qs < end and qe > start) if spans else 0
            row: list[Any] = [doc.doc_id, s.paragraph, s.index, start, end, s.text,
                              s.voice, s.quote, s.speaker or "", getattr(s, "actor", None) or "",
                              len(toks)]
            if details:
                row.append(quoted)
            # A stage direction is scored as an empty text: no count, frame, marker or tone.
            scored, reasons = body, [STAGE_REASON] if stage else []
            matched = index.matching(scored)
            for score in scorers:
                reason = score(body, scored, toks, matched, row)
                if reason and not stage:
                    reasons.append(reason)
            row.append("; ".join(reasons))
            rows.append(row)
    return rows


def sentence_table(corpus: Iterable[Any], metrics: Sequence[str] = METRICS, *,
                   frame_lexicon: Any = None, epistemic_lexicon: Any = None,
                   details: bool = True, frames: str = "default",
                   progress: bool | None = None) -> pd.DataFrame:
    """One row per sentence of ``corpus`` with the columns of the ``metrics`` groups.

    ``corpus`` is a :class:`~analysis.corpus.Corpus` or any iterable of documents;
    ``metrics`` a subset of :data:`METRICS`. See the module docstring for the columns.
    ``details=False`` leaves out (and does not compute) the :data:`DETAIL_COLUMNS`, which
    only describe a sentence: a table made to be aggregated does not need them.
    ``frames`` is one of :data:`FRAME_SOURCES`: ``"default"`` (lexicon cues plus the
    supervised frame model) or ``"encoder"``, which adds the frames the opt-in MiniLM encoder
    (:func:`~analysis.metrics.frame_encoder.encoder_frame_scores`) gives a probability of at
    least 0.80: more frames found (team set 10 micro-F1 0.809 against 0.762) but a frame on
    about 6% of off-topic news lines, at about 6 ms of CPU a sentence. ``score_<name>`` stays
    the cue score either way; the encoder's probability is in ``frame_evidence``.
    ``progress``: a bar over the documents (:func:`analysis.progress.progress_bar`: by default
    only on a terminal).
    """
    from ..corpus.arguments import require_corpus

    require_corpus(corpus, "sentence_table()")
    return _table(corpus, metrics, frame_lexicon, epistemic_lexicon, details, frames,
                  progress=progress)


def unit_sentence_table(corpus: Iterable[Any], *, frames: str = "default") -> pd.DataFrame:
    """The sentence table that the paragraph and document rows of the export aggregate:
    ``sentence_table(corpus, details=False, frames=frames)`` less the
    :data:`SENTENCE_ONLY_COLUMNS`, which no aggregate reads (the same values in the other
    columns, the same ``attrs``); building a table's text columns is a good part of its cost."""
    return _table(corpus, METRICS, None, None, False, frames, SENTENCE_ONLY_COLUMNS)


def _table(corpus: Iterable[Any], metrics: Sequence[str], frame_lexicon: Any,
           epistemic_lexicon: Any, details: bool, frames: str,
           omit: Container[str] = (), progress: bool | None = False) -> pd.DataFrame:
    """:func:`sentence_table` without the ``omit`` columns (``progress``: its bar)."""
    import pandas as pd

    from ..metrics.certainty import load_epistemic_lexicon
    from ..metrics.frames import load_frame_lexicon
    from ..progress import with_progress

    unknown = set(metrics) - set(METRICS)
    if unknown:
        raise ValueError(f"unknown metric group(s) {sorted(unknown)}; choose from "
                         f"{', '.join(METRICS)}")
    if frames not in FRAME_SOURCES:
        raise ValueError(f"frames must be one of {', '.join(FRAME_SOURCES)}, not {frames!r}")
    encoder = None
    if frames == "encoder" and "frames" in metrics:
        from ..metrics.frame_encoder import load_frame_encoder

        encoder = load_frame_encoder()
    frame_lexicon = frame_lexicon or load_frame_lexicon()
    epistemic_lexicon = epistemic_lexicon or load_epistemic_lexicon()
    rows = sentence_rows(with_progress(corpus, "sentence table", progress), metrics,
                         frame_lexicon, epistemic_lexicon, details, encoder)
    columns = _columns(metrics, details)
    if omit:
        keep = [i for i, c in enumerate(columns) if c not in omit]
        # Each column's values as they are (pandas infers its type from them alone).
        rows = list(map(itemgetter(*keep), rows))
        columns = [columns[i] for i in keep]
    df = pd.DataFrame(rows, columns=columns)
    df.attrs.update(table_attrs(metrics, frame_lexicon, epistemic_lexicon, encoder))
    return df


def table_attrs(metrics: Sequence[str], frame_lexicon: Any, epistemic_lexicon: Any,
                frame_encoder: Any = None) -> dict[str, Any]:
    """How the columns of a sentence table were made (``DataFrame.attrs``)."""
    attrs: dict[str, Any] = {"unit": "sentence", "metrics": tuple(metrics)}
    if "readability" in metrics:
        from ..metrics.readability import method_attrs

        attrs.update(method_attrs())
    if "frames" in metrics:
        from ..metrics.frames import load_frame_model

        model = load_frame_model()
        attrs.update({"frame_lexicon_version": frame_lexicon.version,
                      "frame_threshold": frame_lexicon.threshold,
                      "frames": "lexicon cue scores (Entman 1993 framing)" + (
                          f", plus frames of the supervised frame model {model.version} "
                          f"(probability >= {model.threshold})" if model else "") + (
                          ", plus frames of the fine-tuned MiniLM frame encoder "
                          f"(probability >= {frame_encoder.threshold:.2f})"
                          if frame_encoder is not None else "")})
    if "certainty" in metrics:
        attrs.update({"epistemic_lexicon_version": epistemic_lexicon.version,
                      "certainty": "hedges/boosters (Hyland 2005)"})
    if "tone" in metrics:
        from ..metrics.tone import load_tone_lexicon

        attrs.update({"tone_lexicon_version": load_tone_lexicon().version,
                      "tone": ("general evaluative tone, VADER compound (Hutto & Gilbert "
                               "2014) with the domain adjustments of "
                               "analysis.metrics.tone_lexicon; not stance")})
    return attrs
