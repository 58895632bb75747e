"""Writing outputs: one atomic writer for every file the package writes, and table formats.

:func:`atomic_path` is the only writer: a temporary file in the target's folder, renamed into
place when the block ends without an error, so a failure never leaves a half-written output.
The file gets the permissions the user's umask gives a new file (``0o666 & ~umask``; a bare
temporary file would be private to its owner). Nothing is ever written inside the input corpus
or the project's ``seeds/`` (:func:`guard_output`).

:func:`format_table` serialises a table as CSV or JSON lines; :func:`write_table` writes a table
as CSV, JSON lines or Parquet. Cells holding tuples (speakers, keyphrases, matched terms) are
joined with ``"; "``, the only place where lists become ``;``-joined text. A missing speaker or
actor is ``""`` in the tables (so ``speaker != ""`` selects the attributed sentences) and in CSV
and JSON lines, and null in Parquet (:data:`NULL_WHEN_EMPTY`), which can tell the two apart:
``read_parquet(...)["speaker"].isna()`` finds the sentences nobody is credited with, as
``read_csv`` does.
"""

from __future__ import annotations

import errno
import json
import math
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from .config import SEEDS_DIR

FORMATS = ("csv", "jsonl", "parquet")
LIST_SEPARATOR = "; "
NULL_WHEN_EMPTY = ("speaker", "actor")
"""Text columns whose ``""`` means *no value* (nobody is credited): null in Parquet."""


def _resolved(path: Path) -> Path:
    """``path`` made absolute with symlinks resolved; a symlink loop (which ``resolve`` refuses
    with ``RuntimeError`` before Python 3.13) is left for the reader to report."""
    try:
        return path.resolve()
    except (RuntimeError, OSError):
        return Path(os.path.abspath(path))


DOCUMENT_SUFFIXES = (".txt", ".html", ".htm")
"""Endings a folder's loader reads as articles: no output beside a single input file ends so
(:func:`guard_output`)."""


def guard_output(path: str | Path, corpus_root: str | None = None) -> None:
    """Refuse (``ValueError``) to write into the input corpus folder, onto a single input file
    or its ``.json`` sidecar, or into the project's ``seeds/``. Beside a single input file is
    fine (``stories.csv`` -> ``stories_sentences.csv``), except a file the folder's loader would
    read as an article (:data:`DOCUMENT_SUFFIXES`)."""
    target = _resolved(Path(path))
    protected = []
    if corpus_root:
        root = _resolved(Path(corpus_root))
        if root.is_dir():
            protected.append((root, "the input folder"))
        else:  # the sidecar beside the path given (the loader reads it) and beside its target
            given = Path(corpus_root).with_suffix(".json")
            for own, what in ((root, "the input file"),
                              (_resolved(given), f"the sidecar of {root.name}"),
                              (root.with_suffix(".json"), f"the sidecar of {root.name}")):
                if target == own:
                    raise ValueError(f"{path}: refusing to overwrite {what} {own} (inputs are "
                                     "never overwritten); write elsewhere, for example "
                                     f"{own.with_name(own.stem + '_metrics.csv')}")
            if target.parent == root.parent and target.suffix.lower() in DOCUMENT_SUFFIXES:
                raise ValueError(f"{path}: refusing to write a {target.suffix} file beside the "
                                 f"input {root.name}: loading that folder would read it as an "
                                 "article; write a .csv, .jsonl or .parquet file, or elsewhere")
    protected.append((SEEDS_DIR.resolve(), "the project's seeds folder"))
    for folder, what in protected:
        if target == folder or folder in target.parents:
            raise ValueError(f"{path}: refusing to write inside {what} {folder} (inputs are "
                             "never overwritten); write elsewhere")


def check_output_file(path: str | Path) -> None:
    """Refuse (``OSError`` naming ``path``) an output path that names a folder, a pipe or a
    device, before any work: the final rename would fail on a folder, and would replace a FIFO
    or ``/dev/stdout`` with a regular file (as root)."""
    import stat

    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # a new file (a missing folder is reported when the file is opened)
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if not stat.S_ISREG(mode):
        raise OSError(errno.EINVAL, "not a regular file (a pipe or a device); write to a file, "
                                    "or to standard output without -o", str(path))


def check_output_target(path: str | Path, corpus_root: str | None = None, *,
                        need_folder: bool = True) -> None:
    """Every check :func:`atomic_path` makes before writing, without writing: the output is
    not in the input or ``seeds/`` (:func:`guard_output`, ``ValueError``), not a folder or a
    device (:func:`check_output_file`), and its folder exists (``FileNotFoundError`` naming
    it, unless ``need_folder`` is false). The command line calls it before the work, so that a
    typo in ``-o`` costs no hour of computing."""
    path = Path(path)
    guard_output(path, corpus_root)
    check_output_file(path)
    if need_folder and not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, f"folder {path.parent} does not exist (create it "
                                "first)", str(path))


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def atomic_path(path: str | Path, corpus_root: str | None = None, *,
                create_parents: bool = False) -> Iterator[Path]:
    """A temporary path whose file appears at ``path`` when the block ends without an error.

    ``create_parents`` creates missing folders (figures); otherwise a missing folder is a
    ``FileNotFoundError`` naming it, so a typo in ``-o`` does not silently create a tree.
    """
    path = Path(path)
    check_output_target(path, corpus_root, need_folder=not create_parents)
    if create_parents:
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


@contextmanager
def atomic_text_file(path: str | Path, corpus_root: str | None = None, *,
                     create_parents: bool = False) -> Iterator[TextIO]:
    """A UTF-8 text handle on :func:`atomic_path` (newlines written as given)."""
    with atomic_path(path, corpus_root, create_parents=create_parents) as tmp, \
            open(tmp, "w", encoding="utf-8", newline="") as fh:
        yield fh


def write_text_atomic(path: str | Path, text: str, corpus_root: str | None = None, *,
                      create_parents: bool = False) -> Path:
    """Write ``text`` to ``path`` through :func:`atomic_text_file`."""
    with atomic_text_file(path, corpus_root, create_parents=create_parents) as fh:
        fh.write(text)
    return Path(path)


def write_bytes_atomic(path: str | Path, data: bytes, *, create_parents: bool = False) -> Path:
    """Write ``data`` to ``path`` through :func:`atomic_path` (model and weights files)."""
    with atomic_path(path, create_parents=create_parents) as tmp:
        tmp.write_bytes(data)
    return Path(path)


def _jsonable(value: Any) -> Any:
    """A table cell as a JSON value (NaN and <NA> become null, dates ISO 8601)."""
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        if value != value:  # NaT
            return None
        text = value.isoformat()
        return text[:10] if text.endswith("T00:00:00") else text
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    import pandas as pd

    if value is pd.NA:
        return None
    return value


def flat_table(table: Any) -> Any:
    """``table`` with tuple and list cells joined by ``"; "`` (a copy when any is)."""
    out = table
    # Columns are read from a shallow copy without ``attrs``: pandas deep-copies a frame's
    # ``attrs`` into every column it hands out, which cost more than reading the column.
    cells = table.copy(deep=False)
    cells.attrs = {}
    for col, dtype in table.dtypes.items():
        if str(dtype) != "object":
            continue
        values = cells[col]
        if any(isinstance(v, tuple | list) for v in values):
            if out is table:
                out = table.copy()
            out[col] = [LIST_SEPARATOR.join(map(str, v)) if isinstance(v, tuple | list) else v
                        for v in values]
    return out


def format_table(table: Any, fmt: str, header: bool = True) -> str:
    """Serialise a table as CSV (with its header line unless ``header=False``) or JSON lines
    (deterministic text)."""
    if fmt == "csv" and not header:
        rows = csv_rows(table)  # joins the tuple cells itself
        if rows is not None:
            return rows
    table = flat_table(table)
    if fmt == "csv":
        return table.to_csv(index=False, lineterminator="\n", header=header)
    if fmt == "jsonl":
        lines = [json.dumps({k: _jsonable(v) for k, v in record.items()}, ensure_ascii=False,
                            allow_nan=False) for record in table.to_dict(orient="records")]
        return "\n".join(lines) + ("\n" if lines else "")
    raise ValueError(f"format must be csv or jsonl here, not {fmt!r}")


def csv_rows(table: Any) -> str | None:
    """``flat_table(table).to_csv(index=False, header=False, lineterminator="\\n")``, the
    same text, written from the table's cells as one object array (:func:`_csv_field`):
    pandas' writer spends most of its time per column and per block and :mod:`csv` per
    character, which for a chunk's few dozen rows of long texts is most of the cost. The cells
    are those pandas hands to :mod:`csv` (``get_values_for_csv`` with no float format,
    ``na_rep=""``, minimal quoting): a missing value ``""``, dates as
    pandas formats them, floats as Python writes them (the shortest repr, which is what
    numpy's ``astype(str)`` gives pandas too), every other value as it is. ``None`` when a
    column is of a kind it does not handle (categories, time spans...)."""
    import numpy as np
    import pandas as pd

    if len(table.columns) < 2:  # csv quotes a row of one empty field
        return None
    cells = table.copy(deep=False)
    cells.attrs = {}  # pandas would deep-copy attrs into every column it hands out
    dates = []
    for j, dtype in enumerate(cells.dtypes):
        if isinstance(dtype, np.dtype):
            if dtype.kind == "M":
                dates.append(j)
            elif dtype.kind not in "fiubO":
                return None
        elif not isinstance(dtype, pd.StringDtype | pd.Int64Dtype):
            return None
    values = cells.to_numpy(dtype=object)
    for j in dates:  # pandas' own formatting of dates (ISO 8601, NaT as "")
        native = getattr(cells.iloc[:, j].array, "_format_native_types", None)
        if native is None:
            return None
        values[:, j] = native(na_rep="", date_format=None)
    values[pd.isna(values)] = ""
    return "".join([",".join(map(_csv_field, row)) + "\n" for row in values.tolist()])


def _csv_field(value: Any) -> str:
    """One cell as :mod:`csv` writes it with pandas' dialect (minimal quoting, ``"`` doubled,
    lines ending in ``"\\n"``): quoted when it holds a comma, a quote or a newline (the
    characters of that dialect, a test checks them all), a tuple or list joined as
    :func:`flat_table` joins it, ``str`` of any other value. Written here because :mod:`csv`
    reads a chunk's long text cells character by character."""
    if type(value) is str:
        text = value
    elif isinstance(value, tuple | list):
        text = LIST_SEPARATOR.join(map(str, value))
    else:
        text = str(value)
    if "," in text or '"' in text or "\n" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def arrow_table(table: Any, schema: Any = None) -> Any:
    """A pyarrow Table of the flattened ``table`` (cast to ``schema`` when given), with ``""``
    in the :data:`NULL_WHEN_EMPTY` columns as null."""
    import pyarrow as pa

    flat = flat_table(table)
    empty = {c: flat[c].astype("str").mask(flat[c] == "") for c in NULL_WHEN_EMPTY
             if c in flat.columns}
    if empty:
        flat = flat.assign(**empty)
    return pa.Table.from_pandas(flat, schema=schema, preserve_index=False)


def write_table(table: Any, path: str | Path, fmt: str, corpus_root: str | None = None) -> Path:
    """Write ``table`` to ``path`` as ``csv``, ``jsonl`` or ``parquet``, atomically."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if fmt != "parquet":
        return write_text_atomic(path, format_table(table, fmt), corpus_root)
    import pyarrow.parquet as pq

    with atomic_path(path, corpus_root) as tmp:
        pq.write_table(arrow_table(table), tmp)
    return Path(path)
