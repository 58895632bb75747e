#!/usr/bin/env python3
"""Resident memory of the part-of-speech tagger and of a keyphrase pass (Linux only).

usage: python benchmarks/tagger_memory.py [--data ../shared/bench/keyphrases]

Imports numpy and wordfreq first (shared by every metric), then prints the growth of this
process's resident set size (``VmRSS``) after loading the packaged tagger, and after
:func:`analysis.metrics.keyphrases.extract_keyphrases` has run over the DUC-2001 and KPCrowd
dev documents (600 articles: the tagger's word-type cache, the token and frequency caches).

Measured (``.venv/bin/python benchmarks/tagger_memory.py``, weights read from ``.npz``)::

    tagger loaded: +16.2 MiB RSS; after 600 documents: +71.4 MiB (28,457 cached word types)

Most of the growth over the documents is the tagger's word-type cache (about 1 KB per type).
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from keyphrases import DEFAULT_DATA, SETS, load_set  # noqa: E402


def rss_mib() -> float:
    """Resident set size of this process in MiB (from ``/proc/self/status``)."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS line in /proc/self/status (Linux only)")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; prints the two measurements."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA), help="folder of the keyphrase sets")
    a = ap.parse_args(argv)
    import numpy  # noqa: F401
    import wordfreq  # noqa: F401

    from analysis.metrics.vocabulary import zipf

    zipf("warm")
    docs = [t for name in SETS for _, t in load_set(Path(a.data) / name)]
    base = rss_mib()
    from analysis.metrics.keyphrases import default_tagger, extract_keyphrases

    tagger = default_tagger()
    gc.collect()
    loaded = rss_mib() - base
    for text in docs:
        extract_keyphrases(text)
    gc.collect()
    print(f"tagger loaded: +{loaded:.1f} MiB RSS; after {len(docs)} documents: "
          f"+{rss_mib() - base:.1f} MiB ({tagger.cache_size:,} cached word types)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
