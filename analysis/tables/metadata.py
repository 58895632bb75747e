"""Metadata columns: a corpus's sidecar fields joined onto any table, and dates parsed.

:func:`with_metadata` joins the fields (``title``, ``outlet``, ``date``...) on ``doc_id``;
:func:`parse_dates` turns ISO 8601 strings into ``datetime64[ns]`` (local time as published).
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd

from ..corpus.documents import METADATA_FIELDS, RESERVED_FIELDS
from .checks import require_table

ID_COLUMNS = RESERVED_FIELDS
"""The id columns of every table (``doc_id``, ``paragraph``, ``sentence``)."""

_TZ_SUFFIX = re.compile(r"(Z|[+-]\d{2}:?\d{2})$", re.ASCII)
# Of the accepted date shapes only a datetime can end in a sign and four digits.


def parse_dates(values: pd.Series) -> pd.Series:
    """Parse ISO 8601 date strings (as sidecars hold them) into ``datetime64[ns]``.

    ``YYYY`` and ``YYYY-MM`` become the first day of the year or month. A time-zone offset
    (``Z``, ``+09:00``) is dropped, not converted: the local date and time as published are
    kept, so a Seoul article of 08:00 on 27 April stays on 27 April, like a date-only value.
    Missing values become ``NaT``; a value that is not ISO 8601 raises ``ValueError``.
    """
    if pd.api.types.is_datetime64_any_dtype(values):
        if getattr(values.dt, "tz", None) is not None:
            values = values.dt.tz_localize(None)
        return values.astype("datetime64[ns]")
    text = values.map(lambda v: _TZ_SUFFIX.sub("", v) if isinstance(v, str) else v)
    return pd.to_datetime(text, format="ISO8601").astype("datetime64[ns]")


def metadata_frame(corpus: Any) -> pd.DataFrame:
    """The corpus's metadata (``Corpus.metadata()``, or a DataFrame with ``doc_id``)."""
    if isinstance(corpus, pd.DataFrame):
        meta = corpus.copy()
    elif callable(getattr(corpus, "metadata", None)):
        meta = corpus.metadata()
    else:
        raise TypeError(f"the metadata must come from a Corpus (analysis.load_corpus) or a "
                        f"DataFrame with one row per doc_id; got {type(corpus).__name__}")
    if "doc_id" not in meta.columns:
        raise ValueError("the metadata has no 'doc_id' column")
    if meta["doc_id"].duplicated().any():
        dup = meta.loc[meta["doc_id"].duplicated(), "doc_id"].iloc[0]
        raise ValueError(f"the metadata has several rows for doc_id {dup!r} (it needs one row "
                         "per document: pass the Corpus or Corpus.metadata(), not a sentence "
                         "or paragraph table)")
    return meta


def _require_shared_documents(table: pd.DataFrame, meta: pd.DataFrame) -> None:
    """Raise ``ValueError`` when no ``doc_id`` of ``table`` is a document of the corpus (a table
    of one corpus joined with another's metadata: every field would be missing)."""
    ids = pd.unique(table["doc_id"].dropna())
    if len(ids) and len(meta) and not meta["doc_id"].isin(ids).any():
        raise ValueError(f"no document of the table is in the corpus ({len(ids)} in the table, "
                         f"such as {ids[0]!r}; the corpus has {meta['doc_id'].iloc[0]!r}): were "
                         "they loaded from different sources?")


def with_metadata(table: pd.DataFrame, corpus: Any,
                  fields: list[str] | tuple[str, ...] | None = None) -> pd.DataFrame:
    """Return ``table`` (a copy) with the corpus's metadata joined on ``doc_id``.

    ``table`` is any table with a ``doc_id`` column (document, paragraph or sentence rows);
    ``corpus`` is a :class:`analysis.corpus.Corpus` or a DataFrame with a ``doc_id`` column and
    one row per document (what ``Corpus.metadata()`` returns). ``fields`` picks metadata
    columns, in that order (default: all: ``title``, ``outlet``, ``date``, ``language``,
    ``url``, ``country``, then every user field in the order the sidecars give them); an
    unknown field raises ``ValueError`` listing the available ones.

    The metadata columns come right after the id columns (``doc_id``, ``paragraph``,
    ``sentence``), the other columns keep their order, and no row is added or lost (the join
    is validated many-to-one). ``date`` becomes ``datetime64[ns]`` (see :func:`parse_dates`).
    A row whose document has no value (or is not in the corpus) gets pandas's missing value
    for the column (NaN for numbers and text, None in object columns, NaT for dates); a table
    none of whose documents is in the corpus raises ``ValueError``. A
    metadata field with the name of a column the table already has is added as
    ``meta_<field>``, unless the table's column already holds the same values (the table was
    joined before), in which case it is left as it is.
    """
    require_table(table, "with_metadata()", what="a table with doc_id (sentence, paragraph "
                  "or document rows) as its first argument")
    if "doc_id" not in table.columns:
        raise ValueError("the table has no 'doc_id' column to join the metadata on")
    meta = metadata_frame(corpus)
    # Known fields first, in a fixed order, so every corpus gives the same column layout.
    available = [c for c in METADATA_FIELDS if c in meta.columns] + [
        c for c in meta.columns if c != "doc_id" and c not in METADATA_FIELDS]
    if fields is None:
        fields = available
    else:
        unknown = [f for f in fields if f not in available]
        if unknown:
            raise ValueError(f"no metadata field {unknown[0]!r}; available: "
                             f"{', '.join(available) or 'none'}")
        fields = list(dict.fromkeys(fields))
    meta = meta[["doc_id", *fields]]
    _require_shared_documents(table, meta)
    if "date" in fields:
        meta["date"] = parse_dates(meta["date"])
    joined = _left_join(table, meta)
    out = table.copy()
    added = []
    for name in fields:
        column = joined[name].where(joined[name].notna(), None) \
            if joined[name].dtype == object else joined[name]
        if name in out.columns:
            if _same_values(out[name], column):
                continue
            name = f"meta_{name}"
        out[name] = column
        added.append(name)
    ids = [c for c in out.columns if c in ID_COLUMNS]
    rest = [c for c in out.columns if c not in ids and c not in added]
    out = out[[*ids, *added, *rest]]
    out.attrs.update(table.attrs)
    return out


def _left_join(table: pd.DataFrame, meta: pd.DataFrame) -> pd.DataFrame:
    """``meta``'s row of each row of ``table`` (on ``doc_id``, ``meta``'s unique), on
    ``table``'s index: a left merge. When every ``doc_id`` is found (an export's chunk, whose
    documents all have their metadata row), the rows are taken by position, which gives the
    merge's values and types without its cost."""
    ids, keys = table["doc_id"], meta["doc_id"]
    if len(ids) and ids.dtype == keys.dtype:
        at = pd.Index(keys).get_indexer(ids)
        if (at >= 0).all():
            found = meta.take(at)
            found.index = table.index
            return found
    joined = table[["doc_id"]].merge(meta, on="doc_id", how="left", validate="many_to_one")
    joined.index = table.index
    return joined


def _same_values(a: pd.Series, b: pd.Series) -> bool:
    """True if two aligned columns hold the same values (missing values count as equal)."""
    both_missing = a.isna().to_numpy() & b.isna().to_numpy()
    try:
        equal = (a.to_numpy(dtype=object) == b.to_numpy(dtype=object))
    except (TypeError, ValueError):
        return False
    return bool(np.all(equal | both_missing))
