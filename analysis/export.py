"""The metric table: one row per unit with identifiers, text, voice, speaker and every metric.

:func:`metric_table` joins the corpus model with the metric modules; :func:`write_table`
writes it as CSV or JSON lines atomically (a temporary file renamed into place, so a failure
never leaves a half-written output) and refuses to write inside the input corpus or
``seeds/``.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from .config import SEEDS_DIR
from .corpus import Corpus

UNITS = ("document", "paragraph", "sentence")
FORMATS = ("csv", "jsonl")
ID_COLUMNS = ["doc_id", "paragraph", "sentence"]


def _voice_rows(corpus: Corpus, unit: str):
    """Identifier, text, voice and speaker columns for each unit (a DataFrame).

    For paragraphs and documents ``voice`` is the voice of most of the unit's words,
    ``quoted_share`` the share of words in quoted sentences (NaN for a unit without words,
    a sentence included) and ``speaker`` the speakers in order of first appearance, joined by
    ``"; "``.
    """
    import pandas as pd

    rows = []
    for doc in corpus:
        if unit == "sentence":
            for s in doc.sentences:
                rows.append({"doc_id": doc.doc_id, "paragraph": s.paragraph, "sentence": s.index,
                             "text": s.text, "voice": s.voice, "quote": s.quote,
                             "speaker": s.speaker or "",
                             "quoted_share": (1.0 if s.voice == "quoted" else 0.0)
                             if s.words else float("nan")})
            continue
        groups: dict[int | None, list] = {}
        for s in doc.sentences:
            groups.setdefault(s.paragraph if unit == "paragraph" else None, []).append(s)
        if unit == "document" and not groups:
            groups[None] = []  # a document without sentences still gets its (NaN) row
        texts = {p.index: p.text for p in doc.paragraphs}
        for key, sents in groups.items():
            n = [len(s.words) for s in sents]
            quoted = sum(k for k, s in zip(n, sents, strict=True) if s.voice == "quoted")
            share = quoted / sum(n) if sum(n) else float("nan")
            speakers = list(dict.fromkeys(s.speaker for s in sents if s.speaker))
            rows.append({"doc_id": doc.doc_id, "paragraph": key, "sentence": None,
                         "text": texts[key] if unit == "paragraph" else doc.text,
                         "voice": "quoted" if share > 0.5 else "authorial",
                         "quote": "", "speaker": "; ".join(speakers), "quoted_share": share})
    df = pd.DataFrame(rows, columns=ID_COLUMNS + ["text", "voice", "quote", "speaker",
                                                  "quoted_share"])
    df["paragraph"] = df["paragraph"].astype("Int64")
    df["sentence"] = df["sentence"].astype("Int64")
    return df


def _nanmean(values: Any) -> float:
    """Mean of a float array skipping NaN: NumPy's ``nanmean`` (NaN set to 0, pairwise sum,
    divided by the count of the others, the same bits as ``pandas.Series.mean``) without
    building a Series per group; NaN, without NumPy's warning, when no value is left."""
    import numpy as np

    if np.isnan(values).all():
        return float("nan")
    return float(np.nanmean(values))


def _stance_columns(corpus: Corpus, unit: str):
    """Frame, epistemic and tone columns at ``unit`` level (a DataFrame keyed by the ids).

    Sentence rows: ``frames`` (``;``-joined), one score column per frame, ``frame_evidence``,
    ``hedges``, ``boosters``, ``tone``. Paragraph and document rows: the share of sentences
    carrying each frame (``share_<frame>``), hedge and booster counts and rates per 1,000
    words, and the mean sentence ``tone`` with a 95% bootstrap interval over sentences
    (``tone_ci_low``, ``tone_ci_high``; NaN below two sentences). See :mod:`analysis.stance`.
    """
    import pandas as pd

    from . import stance

    table = stance.sentence_table(corpus)
    if unit == "sentence":
        out = table[["doc_id", "paragraph", "sentence", "frames", *stance.FRAMES, "evidence",
                     "hedges", "boosters", "tone"]].rename(columns={"evidence": "frame_evidence"})
        return out, table.attrs
    import numpy as np

    keys = ["doc_id"] if unit == "document" else ["doc_id", "paragraph"]
    # Columns as NumPy arrays and each group's row positions, rather than a DataFrame per
    # group: the same numbers (a Series' mean is taken the same way), a fraction of the cost.
    frame_sets = [set(v.split(";")) for v in table["frames"]]
    shares = {f: np.array([f in fs for fs in frame_sets], dtype=float) for f in stance.FRAMES}
    n_words_col = table["n_words"].to_numpy()
    hedges_col = table["hedges"].to_numpy()
    boosters_col = table["boosters"].to_numpy()
    tone_col = table["tone"].to_numpy(dtype=float)
    positions = table.groupby(keys, sort=False).indices
    rows = []
    for key in table[keys].drop_duplicates().itertuples(index=False, name=None):
        pos = positions[key if len(keys) > 1 else key[0]]
        n_words = int(n_words_col[pos].sum())
        hedges, boosters = int(hedges_col[pos].sum()), int(boosters_col[pos].sum())
        tone = tone_col[pos]
        low, high = stance.bootstrap_ci(tone.tolist())
        row = dict(zip(keys, key, strict=True))
        row.update({f"share_{f}": _nanmean(shares[f][pos]) for f in stance.FRAMES})
        row.update({
            "hedges": hedges, "boosters": boosters,
            "hedges_per_1000_words": 1000 * hedges / n_words if n_words else float("nan"),
            "boosters_per_1000_words": 1000 * boosters / n_words if n_words else float("nan"),
            "tone": _nanmean(tone), "tone_ci_low": low, "tone_ci_high": high,
        })
        rows.append(row)
    # Explicit columns, so that a corpus without sentences gives an empty table with its keys.
    out = pd.DataFrame(rows, columns=[*keys, *(f"share_{f}" for f in stance.FRAMES), "hedges",
                                      "boosters", "hedges_per_1000_words",
                                      "boosters_per_1000_words", "tone", "tone_ci_low",
                                      "tone_ci_high"])
    if unit == "document":
        out["paragraph"] = pd.NA
    out["sentence"] = pd.NA
    return out, table.attrs


def metric_table(corpus: Corpus, unit: str = "document", keyphrases: int = 10, *,
                 corpus_df: bool = False):
    """Return the full metric table of ``corpus`` at ``unit`` level (a DataFrame).

    Columns: ``doc_id``, ``paragraph``, ``sentence`` (nullable integers), the corpus
    metadata (:func:`analysis.compare.with_metadata`: ``title``, ``outlet``, ``date``...), ``text``,
    ``voice``, ``quote``, ``speaker``, ``quoted_share``; on document rows ``keyphrases``
    (the top ``keyphrases`` phrases of :func:`analysis.keywords.extract_keyphrases`,
    ``"; "``-joined; ``corpus_df`` as in :func:`analysis.keywords.keyphrases_table`); the
    readability columns of :func:`analysis.readability.readability`
    (base counts, measures, ``reason``); and the stance columns of :func:`_stance_columns`.
    ``attrs`` records the methods and lexicon versions.
    """
    from .readability import readability

    if unit not in UNITS:
        raise ValueError(f"unit must be one of {', '.join(UNITS)}, not {unit!r}")
    table = _voice_rows(corpus, unit)
    if unit == "document":
        from .keywords import keyphrases_table

        kp = keyphrases_table(corpus, k=keyphrases, corpus_df=corpus_df)
        joined = kp.groupby("doc_id", sort=False)["keyphrase"].agg("; ".join)
        # A dict lookup, not Series.map + fillna: with no phrases at all (a corpus of emoji)
        # map gives float NaN and fillna("") on floats is deprecated in pandas.
        table["keyphrases"] = [joined.get(doc_id, "") for doc_id in table["doc_id"]]
    right = readability(corpus, unit=unit)
    table = table.merge(right, on=ID_COLUMNS, how="left", validate="one_to_one")
    stance_cols, stance_attrs = _stance_columns(corpus, unit)
    for col in ("paragraph", "sentence"):
        stance_cols[col] = stance_cols[col].astype("Int64")
    table = table.merge(stance_cols, on=ID_COLUMNS, how="left", validate="one_to_one")
    from .compare import with_metadata

    # Sidecar metadata (outlet, date, ...) right after the id columns, as on every table.
    table = with_metadata(table, corpus)
    table.attrs.update(right.attrs)
    table.attrs.update({f"stance_{k}": v for k, v in stance_attrs.items()})
    table.attrs["unit"] = unit
    table.attrs["corpus"] = corpus.name
    return table


def _guard_output(path: Path, corpus_root: str | None) -> None:
    """Refuse to write into the input corpus folder or the project's ``seeds/``."""
    target = path.resolve()
    protected = [SEEDS_DIR.resolve()]
    if corpus_root:
        root = Path(corpus_root).resolve()
        protected.append(root if root.is_dir() else root.parent)
    for folder in protected:
        if target == folder or folder in target.parents:
            raise ValueError(f"{path}: refusing to write inside the input folder {folder}")


def _jsonable(value):
    """Turn a table cell into a JSON value (NaN and <NA> become null)."""
    if value is None:
        return None
    if hasattr(value, "isoformat"):  # a date: ISO 8601, the date alone at midnight
        if value != value:  # NaT
            return None
        text = value.isoformat()
        return text[:10] if text.endswith("T00:00:00") else text
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    try:
        import pandas as pd

        if value is pd.NA:
            return None
    except ImportError:  # pragma: no cover
        pass
    return value


def format_table(table, fmt: str) -> str:
    """Serialise a metric table as CSV or JSON lines (deterministic text)."""
    if fmt == "csv":
        return table.to_csv(index=False, lineterminator="\n")
    if fmt == "jsonl":
        lines = []
        for record in table.to_dict(orient="records"):
            lines.append(json.dumps({k: _jsonable(v) for k, v in record.items()},
                                    ensure_ascii=False, allow_nan=False))
        return "\n".join(lines) + ("\n" if lines else "")
    raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")


@contextmanager
def atomic_text_file(path: str | Path, corpus_root: str | None = None) -> Iterator[TextIO]:
    """A UTF-8 text file handle whose content appears at ``path`` only when the block ends
    without an error (a temporary file beside it, then a rename); never inside the input
    folder ``corpus_root`` or the project's ``seeds/``."""
    path = Path(path)
    _guard_output(path, corpus_root)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_text_atomic(path: str | Path, text: str, corpus_root: str | None = None) -> Path:
    """Write ``text`` to ``path`` through a temporary file and a rename."""
    with atomic_text_file(path, corpus_root) as fh:
        fh.write(text)
    return Path(path)
