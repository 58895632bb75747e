"""The editable actor list, ``resources/actors.json``: read and checked.

Speakers (:mod:`analysis.corpus.speakers`) and actor mentions (:mod:`analysis.metrics.actors`)
share it; it imports neither.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ACTORS_PATH = Path(__file__).resolve().parents[1] / "resources" / "actors.json"


def load_actors(path: str | Path | None = None) -> dict[str, Any]:
    """Load the actor list (``resources/actors.json`` by default) and check its shape.

    Format: ``{"version": int, "actors": [{"name", "kind", "aliases": [alias, ...]}]}``, an
    alias being a string or ``{"text", "not_before", "not_after", "ignore_case", "named_first"}``
    where ``not_before`` is a regex that must not match right after the alias, ``not_after`` a
    regex that must not match right before it and ``named_first`` marks a family name shared by
    many (a document's bare ``Kim`` is a listed person only after a full naming,
    :mod:`analysis.metrics.short_forms`), and optional ``descriptions``
    (``{"role": "sister", "of": "Kim Jong Un"}``: a speaker so described is this actor). See
    the file's ``rules`` for the choices.
    """
    path = Path(path) if path else ACTORS_PATH
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, dict) or "actors" not in data or "version" not in data:
        raise ValueError(f"{path}: expected an object with 'version' and 'actors'")
    for a in data["actors"]:
        if not {"name", "kind", "aliases"} <= set(a):
            raise ValueError(f"{path}: actor {a!r} needs name, kind and aliases")
        for desc in a.get("descriptions", ()):
            if not isinstance(desc, dict) or not {"role", "of"} <= set(desc):
                raise ValueError(f"{path}: actor {a['name']!r}: a description needs role and of")
        if a["kind"] not in ("country", "person", "organisation"):
            raise ValueError(f"{path}: actor {a['name']!r} has unknown kind {a['kind']!r}")
    return data
