"""The tagger's weights file: its format, its location, reading and writing its arrays.

A weights file is a ``.npz`` of the arrays :data:`ARRAYS` (see
:meth:`analysis.corpus.tagger.Tagger.to_arrays`), read with ``allow_pickle=False``; texts are
stored as UTF-8 bytes of ``\\n``-joined strings (:func:`utf8_bytes`). Everything here is
re-exported by :mod:`analysis.corpus.tagger`.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

FORMAT_VERSION = "analysis-tagger/2"
"""Schema version of the weights file; bumped whenever the feature extraction or the layout of
the arrays changes."""

RESOURCE_NAME = "ewt_perceptron.npz"
"""File name of the packaged weights inside ``analysis/resources/tagger``."""


class TaggerError(ValueError):
    """The tagger's weights file cannot be used; the message names the file and the problem."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


def utf8_bytes(texts: Iterable[str]) -> np.ndarray:
    """``texts`` joined by newlines as a uint8 array of UTF-8 bytes."""
    return np.frombuffer("\n".join(texts).encode("utf-8"), dtype=np.uint8)


def utf8_text(array: np.ndarray) -> str:
    """The text of a :func:`utf8_bytes` array."""
    return array.tobytes().decode("utf-8")


def text_list(array: np.ndarray) -> list[str]:
    """The strings of a :func:`utf8_bytes` array."""
    return utf8_text(array).split("\n")


def default_tagger_path() -> Path:
    """Location of the packaged weights file."""
    return Path(str(resources.files("analysis") / "resources" / "tagger" / RESOURCE_NAME))


ARRAYS = ("format", "classes", "weights_shape", "weights_index", "weights_value",
          "gap_weights", "gap_features", "values", "value_counts", "groups", "tagdict_words",
          "tagdict_classes", "ambiguity_words", "ambiguity_classes", "meta")
"""Arrays of a weights file (see :meth:`analysis.corpus.tagger.Tagger.to_arrays`)."""


def read_tagger_file(path: str | Path) -> dict[str, np.ndarray]:
    """The arrays of a ``.npz`` weights file (read without pickle), its format checked;
    raises :class:`TaggerError` naming ``path`` when it is missing, unreadable or not a
    tagger artefact."""
    p = Path(path)
    try:
        with np.load(p, allow_pickle=False) as npz:
            arrays = {name: npz[name] for name in npz.files}
    except OSError as exc:
        raise TaggerError(p, f"cannot read tagger weights ({exc.strerror or exc})") from exc
    except (ValueError, EOFError, zipfile.BadZipFile) as exc:
        raise TaggerError(p, f"not a .npz tagger file ({exc})") from exc
    try:
        found = utf8_text(arrays["format"])
    except (KeyError, UnicodeDecodeError):
        found = None
    if found != FORMAT_VERSION:
        raise TaggerError(p, f"expected format {FORMAT_VERSION!r}, found {found!r}")
    missing = [k for k in ARRAYS if k not in arrays]
    if missing:
        raise TaggerError(p, f"missing arrays {missing}")
    return arrays


def npz_bytes(arrays: Mapping[str, np.ndarray]) -> bytes:
    """``arrays`` as a deflated ``.npz`` (no pickle), the same bytes for the same arrays (fixed
    member order and timestamps)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, array in arrays.items():
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.ascontiguousarray(array), allow_pickle=False)
            info = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, buf.getvalue(), compresslevel=9)
    return out.getvalue()


def model_arrays(classes: Sequence[str], w: np.ndarray, gap_w: np.ndarray,
                 gap_features: Sequence[str], values: Sequence[Sequence[str]],
                 groups: np.ndarray, tagdict: Mapping[str, int], ambiguity: Mapping[str, str],
                 meta: Mapping[str, Any]) -> dict[str, np.ndarray]:
    """The arrays of a weights file (:meth:`analysis.corpus.tagger.Tagger.to_arrays`): texts
    as UTF-8 bytes of ``\\n``-joined strings, the word-feature weights ``w`` as the flat
    indices and values of their non-zero entries."""
    nz = np.flatnonzero(w).astype(np.int32)
    # Sorted by word, so that the file does not depend on the order the dictionaries were
    # filled in (training fills them in corpus order).
    tagdict_items = sorted(tagdict.items())
    ambiguity_items = sorted(ambiguity.items())
    return {
        "format": utf8_bytes([FORMAT_VERSION]),
        "classes": utf8_bytes(classes),
        "weights_shape": np.asarray(w.shape, dtype=np.int64),
        "weights_index": nz,
        "weights_value": w.flat[nz],
        "gap_weights": gap_w,
        "gap_features": utf8_bytes(gap_features),
        "values": utf8_bytes(v for vs in values for v in vs),
        "value_counts": np.asarray([len(vs) for vs in values], dtype=np.int64),
        "groups": groups,
        "tagdict_words": utf8_bytes(t for t, _ in tagdict_items),
        "tagdict_classes": np.asarray([c for _, c in tagdict_items], dtype=np.int16),
        "ambiguity_words": utf8_bytes(t for t, _ in ambiguity_items),
        "ambiguity_classes": utf8_bytes(c for _, c in ambiguity_items),
        "meta": utf8_bytes([json.dumps(dict(meta), sort_keys=True, ensure_ascii=False)]),
    }
