"""The editable actor list, ``resources/actors.json``: read and checked.

Speakers (:mod:`analysis.corpus.speakers`) and actor mentions (:mod:`analysis.metrics.actors`)
share it; it imports neither.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
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
    (``{"role": "sister", "of": "Kim Jong Un"}``: a speaker so described is this actor) and
    a person's optional ``pronoun`` (``"he"`` or ``"she"``, :mod:`analysis.corpus.pronoun_genders`).
    See the file's ``rules`` for the choices.
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
        if a.get("pronoun", "he") not in ("he", "she") or (
                "pronoun" in a and a["kind"] != "person"):
            raise ValueError(f"{path}: actor {a['name']!r}: pronoun must be 'he' or 'she', "
                             "and only a person's")
    return data


def _alias_pattern(text: str) -> str:
    parts = []
    for ch in text:
        if ch in "'’":
            parts.append("['’]")
        elif ch in "-‐‑":
            parts.append("[-‐‑]")
        elif ch == " ":
            parts.append(r"\s+")
        else:
            parts.append(re.escape(ch))
    # no letter/digit may follow the alias (one ending in "." may end a sentence); the letter
    # or digit before it is checked by the caller, so the search starts from the alias's
    # literal text (a leading look-behind made the regex try every position)
    return "".join(parts) + (r"" if text.endswith(".") else r"(?![^\W_])")


def _either(*patterns: str | None) -> str | None:
    """One regex matching any of the given ones (``None`` when none is given)."""
    given = [p for p in patterns if p]
    return "|".join(f"(?:{p})" for p in given) if given else None


def alias_patterns(alias: str | dict[str, Any], place_rules: Mapping[str, str] | None = None
                   ) -> tuple[re.Pattern, re.Pattern | None, re.Pattern | None]:
    """The compiled ``(alias, not_before, not_after)`` of one alias of the list: the alias's
    text with apostrophe, hyphen and space variants (no letter or digit may follow it; the
    caller checks the one before it), the regex that must not match right after it and the
    one that must not match right before it (searched at the end of the text before it). A city
    alias (``"place": true``) also follows ``place_rules`` (the list's ``place_rules``: its
    ``not_before`` and ``not_after`` join the alias's own)."""
    spec = {"text": alias} if isinstance(alias, str) else alias
    flags = re.IGNORECASE if spec.get("ignore_case") else 0
    pattern = re.compile(_alias_pattern(spec["text"]), flags)
    extra = (place_rules or {}) if spec.get("place") else {}
    before = _either(spec.get("not_before"), extra.get("not_before"))
    after = _either(spec.get("not_after"), extra.get("not_after"))
    not_before = re.compile(before) if before else None
    not_after = re.compile("(?:" + after + r")\Z") if after else None
    return pattern, not_before, not_after
