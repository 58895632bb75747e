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
from pathlib import Path

from .config import SEEDS_DIR
from .corpus import Corpus

UNITS = ("document", "paragraph", "sentence")
FORMATS = ("csv", "jsonl")
ID_COLUMNS = ["doc_id", "paragraph", "sentence"]


def _voice_rows(corpus: Corpus, unit: str):
    """Identifier, text, voice and speaker columns for each unit (a DataFrame).

    For paragraphs and documents ``voice`` is the voice of most of the unit's words,
    ``quoted_share`` the share of words in quoted sentences and ``speaker`` the speakers
    in order of first appearance, joined by ``"; "``.
    """
    import pandas as pd

    rows = []
    for doc in corpus:
        if unit == "sentence":
            for s in doc.sentences:
                rows.append({"doc_id": doc.doc_id, "paragraph": s.paragraph, "sentence": s.index,
                             "text": s.text, "voice": s.voice, "quote": s.quote,
                             "speaker": s.speaker or "",
                             "quoted_share": 1.0 if s.voice == "quoted" else 0.0})
            continue
        groups: dict[int | None, list] = {}
        for s in doc.sentences:
            groups.setdefault(s.paragraph if unit == "paragraph" else None, []).append(s)
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


def metric_table(corpus: Corpus, unit: str = "document"):
    """Return the full metric table of ``corpus`` at ``unit`` level (a DataFrame).

    Columns: ``doc_id``, ``paragraph``, ``sentence`` (nullable integers), ``text``,
    ``voice``, ``quote``, ``speaker``, ``quoted_share``, then the readability columns of
    :func:`analysis.readability.readability` (base counts, measures, ``reason``).
    """
    from .readability import readability

    if unit not in UNITS:
        raise ValueError(f"unit must be one of {', '.join(UNITS)}, not {unit!r}")
    left = _voice_rows(corpus, unit)
    right = readability(corpus, unit=unit)
    table = left.merge(right, on=ID_COLUMNS, how="left", validate="one_to_one")
    table.attrs.update(right.attrs)
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


def write_text_atomic(path: str | Path, text: str, corpus_root: str | None = None) -> Path:
    """Write ``text`` to ``path`` through a temporary file and a rename."""
    path = Path(path)
    _guard_output(path, corpus_root)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path
