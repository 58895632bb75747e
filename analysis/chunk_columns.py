"""One set of columns for a table streamed in chunks whose metadata fields differ.

A corpus's metadata columns are the fields its documents carry (``desk`` in one sidecar,
``section`` in another), so two chunks of one export can have different columns. The streamed
export writes each chunk as it comes; when a chunk's columns differ from the first one's, the
written text is rewritten once, at the end, with the union of the columns (a chunk's missing
fields empty), so every row's values stay under their own header, as in the table of the
whole corpus at once. Exports whose chunks agree, the usual case, are never read back.

* :func:`union_columns`: the columns of the whole table, in the order the one-pass table has
  them (a new field right after the column it follows in its chunk);
* :func:`realign_text`: one chunk's CSV rows or JSON lines under the union's columns;
* :func:`rewrite_parts`: rewrite a written text file chunk by chunk;
* :func:`write_parquet_parts`, :func:`unified_schema`, :func:`unified_arrow_table`: the same
  for Parquet (chunks that differ wait in a temporary folder).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from functools import lru_cache
from io import StringIO
from pathlib import Path
from typing import Any, TextIO


def union_columns(layouts: Sequence[Sequence[str]]) -> list[str]:
    """The columns of every chunk in one list: the first chunk's order, and the columns a later
    chunk adds placed before the first of its following columns the list already has
    (metadata fields in order of first appearance, before ``text``), as in the one-pass table."""
    union: list[str] = list(layouts[0]) if layouts else []
    for columns in layouts[1:]:
        new: list[str] = []
        for col in columns:
            if col not in union:
                new.append(col)
            elif new:
                at = union.index(col)
                union[at:at] = new
                new = []
        union += new
    return union


def csv_header(columns: Sequence[str]) -> str:
    """The CSV header line of ``columns``, quoted as pandas quotes it (made once per set of
    columns: every chunk of an export has the same ones, as a rule)."""
    return _csv_header(tuple(columns))


@lru_cache(maxsize=16)
def _csv_header(columns: tuple[str, ...]) -> str:
    import pandas as pd

    return pd.DataFrame(columns=list(columns)).to_csv(index=False, lineterminator="\n")


def realign_text(text: str, columns: Sequence[str], union: Sequence[str], fmt: str) -> str:
    """``text`` (CSV rows without their header, or JSON lines) of a chunk with ``columns``,
    rewritten under ``union``: the same cells, a missing field empty (CSV) or null (JSON)."""
    if list(columns) == list(union) or not text:
        return text
    if fmt == "jsonl":
        rows = [json.loads(line) for line in text.splitlines() if line]
        return "".join(json.dumps({c: row.get(c) for c in union}, ensure_ascii=False,
                                  allow_nan=False) + "\n" for row in rows)
    import pandas as pd

    cells = pd.read_csv(StringIO(text), header=None, names=list(columns), dtype=str,
                        keep_default_na=False, na_filter=False)
    return cells.reindex(columns=list(union), fill_value="").to_csv(
        index=False, header=False, lineterminator="\n")


def rewrite_parts(fh: TextIO, parts: Sequence[tuple[Sequence[str], int]], fmt: str) -> None:
    """Rewrite the text file ``fh`` (open for writing, with a ``name`` to read it back) whose
    content is ``parts`` (each chunk's columns and its length in characters, the first one's
    CSV header included) under :func:`union_columns` of the parts."""
    union = union_columns([cols for cols, _ in parts])
    fh.flush()
    with open(fh.name, encoding="utf-8", newline="") as old, \
            tempfile.TemporaryFile("w+", encoding="utf-8", newline="") as spool:
        if fmt == "csv":
            spool.write(csv_header(union))
        for i, (cols, size) in enumerate(parts):
            text = old.read(size)
            if fmt == "csv" and i == 0:
                text = text.split("\n", 1)[1]  # its header line (no field name holds one)
            spool.write(realign_text(text, cols, union, fmt))
        spool.seek(0)
        fh.seek(0)
        fh.truncate()
        while block := spool.read(1 << 20):
            fh.write(block)


def unified_schema(schemas: Sequence[Any]) -> Any:
    """One pyarrow schema for ``schemas``: the fields of :func:`union_columns` of their names,
    each with the type pyarrow's permissive unification gives (a column null in one chunk and
    text in another is text)."""
    import pyarrow as pa

    merged = pa.unify_schemas(list(schemas), promote_options="permissive")
    return pa.schema([merged.field(name) for name in union_columns([s.names for s in schemas])],
                     metadata=schemas[0].metadata)  # pandas' column types (Int64...)


def unified_arrow_table(table: Any, schema: Any) -> Any:
    """``table`` (a pyarrow Table) with the fields of ``schema``: missing ones null, in the
    schema's order, cast to its types."""
    import pyarrow as pa

    columns = [table.column(f.name) if f.name in table.column_names
               else pa.nulls(table.num_rows, f.type) for f in schema]
    return pa.Table.from_arrays(columns, schema=schema)


def write_parquet_parts(parts: Iterable[Any], path: Path) -> int:
    """Write the tables of ``parts`` (:class:`analysis.pipeline.Part`) to ``path``, returning
    their documents' count; from the first chunk whose columns differ from the first one's,
    the chunks wait in a temporary folder, and every row is rewritten in order under one
    schema at the end (:func:`unified_schema`)."""
    import pyarrow.parquet as pq

    from .io import arrow_table

    writer, n, apart = None, 0, []
    with tempfile.TemporaryDirectory(dir=path.parent) as spool:
        try:
            for part in parts:
                if part.table is None:
                    continue
                if apart or (writer is not None
                             and list(part.table.columns) != writer.schema.names):
                    apart.append(Path(spool) / f"{len(apart)}.parquet")
                    pq.write_table(arrow_table(part.table), apart[-1])
                else:
                    table = arrow_table(part.table,
                                        writer.schema if writer is not None else None)
                    if writer is None:
                        writer = pq.ParquetWriter(path, table.schema)
                    writer.write_table(table)
                n += part.n_docs
        finally:
            if writer is not None:
                writer.close()
        if apart:
            _unify_parquet(path, apart, Path(spool))
    return n


def _unify_parquet(path: Path, apart: list[Path], spool: Path) -> None:
    """Rewrite ``path`` and the chunks ``apart`` into ``path`` under one schema."""
    import pyarrow.parquet as pq

    first = spool / "first.parquet"
    os.replace(path, first)
    files = [pq.ParquetFile(f) for f in (first, *apart)]
    schema = unified_schema([f.schema_arrow for f in files])
    with pq.ParquetWriter(path, schema) as writer:
        for f in files:
            for group in range(f.num_row_groups):
                writer.write_table(unified_arrow_table(f.read_row_group(group), schema))
