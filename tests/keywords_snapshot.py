"""Fingerprints of every keyphrase, keyness, distinctive-term and actor-mention table.

:func:`fingerprints` computes a SHA-256 per table (and per document for keyphrases) over the
seed, the outlet fixtures and 200 synthetic articles written by
``benchmarks/throughput.py``'s writer. ``tests/fixtures/keywords_snapshot.json`` holds the
fingerprints of the code before the keywords module was split (issue 12), so a test can say
the split changed no bit. Run ``python tests/keywords_snapshot.py`` to print them.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = ROOT / "tests" / "fixtures" / "keywords_snapshot.json"
N_SYNTHETIC = 200


def _digest(obj: Any) -> str:
    """SHA-256 of a table: a DataFrame as CSV (floats at full precision), else as JSON."""
    if hasattr(obj, "to_csv"):
        text = obj.to_csv(index=False, float_format=repr)
    else:
        text = json.dumps(obj, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def synthetic_corpus(folder: Path, n: int = N_SYNTHETIC):
    """``n`` deterministic synthetic news articles (seed 0) loaded as a corpus."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from throughput import write_corpus
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    from analysis.corpus import load_corpus

    return load_corpus(write_corpus(folder, n, seed=0))


def corpora(tmp: Path) -> dict[str, Any]:
    """The three corpora the fingerprints cover, by name."""
    from analysis.corpus import load_corpus

    return {"seed": load_corpus(ROOT / "seeds"),
            "outlets": load_corpus(ROOT / "tests" / "fixtures" / "outlets"),
            "synthetic": synthetic_corpus(tmp / "synthetic")}


def fingerprints(api: dict[str, Callable[..., Any]], tmp: Path) -> dict[str, str]:
    """Fingerprint of every table the keywords functions in ``api`` make, by name.

    ``api`` maps ``extract_keyphrases``, ``keyphrases_table``, ``keyness``,
    ``distinctive_terms`` and ``actor_mentions`` to the functions under test.
    """
    out: dict[str, str] = {}
    for name, corpus in corpora(tmp).items():
        docs = list(corpus)
        for d in docs:
            phrases = api["extract_keyphrases"](d.text, 20)
            out[f"keyphrases/{name}/{d.doc_id}"] = _digest([[p, s] for p, s in phrases])
        out[f"keyphrases_table/{name}"] = _digest(api["keyphrases_table"](corpus))
        out[f"keyphrases_table_df/{name}"] = _digest(
            api["keyphrases_table"](corpus, corpus_df=True))
        out[f"keyness/{name}"] = _digest(api["keyness"](corpus))
        out[f"keyness_min1/{name}"] = _digest(api["keyness"](corpus, min_count=1))
        out[f"distinctive_paragraph/{name}"] = _digest(api["distinctive_terms"](corpus))
        out[f"distinctive_document/{name}"] = _digest(
            api["distinctive_terms"](corpus, by="document"))
        out[f"actor_mentions/{name}"] = _digest(api["actor_mentions"](corpus))
    return out


def current_api() -> dict[str, Callable[..., Any]]:
    """The functions of the package as it is now."""
    from analysis.metrics.actors import actor_mentions
    from analysis.metrics.keyness import distinctive_terms, keyness
    from analysis.metrics.keyphrases import extract_keyphrases, keyphrases_table

    return {"extract_keyphrases": extract_keyphrases, "keyphrases_table": keyphrases_table,
            "keyness": keyness, "distinctive_terms": distinctive_terms,
            "actor_mentions": actor_mentions}


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as d:
        print(json.dumps(fingerprints(current_api(), Path(d)), indent=1, sort_keys=True))
