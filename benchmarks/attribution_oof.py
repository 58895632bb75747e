"""Where the attribution errors fall on PolNeAR train, read out of fold (counts, no text).

Usage (from the project root)::

    .venv/bin/python benchmarks/attribution_oof.py [POLNEAR_TRAIN_DIR] [--folds 5]

The sentences are read as ``scripts/train_attribution.py --cv-only`` reads them: the rules of
:mod:`analysis.corpus.quotes`, then the promotion model cross-validated by document (each fold
learns its cue words and weights from the other folds), at the threshold the training script
would ship. Every extra sentence (quoted, not attributed in the gold by the scorer's rule of
half the characters) and every missed one is put in one category, and a few surface patterns
(*according to*, a passive reporting verb, a question, a poll) are counted as true positives,
extra and missed. Nothing is fitted to dev; nothing of PolNeAR is printed but counts.
"""

from __future__ import annotations

import argparse
import re
import sys
from bisect import bisect_left
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from train_attribution import (  # noqa: E402
    CUE_COUNT,
    CUE_SHARE,
    DEFAULT_TRAIN,
    MIN_THRESHOLD,
    best_threshold,
    labelled_sentences,
    learn_cues,
    out_of_fold,
    read_documents,
    read_gold,
)

_QUOTE_RE = re.compile(r"[“”\"]|''")
PATTERNS = {
    "according to / as reported by": re.compile(r"\b(?:[Aa]ccording to|as reported by)\b"),
    "passive reporting verb (was told, is expected)": re.compile(
        r"\b(?:is|are|was|were|been|being) (?:told|quoted|asked|reported|said|expected|"
        r"believed|informed|alleged|accused)\b"),
    "question (ends in ?)": re.compile(r"\?[”\"']?\s*$"),
    "poll or survey": re.compile(r"\b(?:poll|polls|survey)\b", re.I),
    "seem / appear": re.compile(r"\b(?:seems?|seemed|appears?|appeared)\b"),
}
"""Surface patterns counted apart (a sentence may match several)."""


def _share(text: str, s: int, e: int, inside: bytearray) -> float:
    """The share of the non-space characters of ``text[s:e]`` inside gold content."""
    chars = [k for k in range(s, e) if not text[k].isspace()]
    return sum(inside[k] for k in chars) / len(chars) if chars else 0.0


def extra_kind(reading: str, sentence: str, share: float) -> str:
    """The category of an extra sentence: its reading (``model`` for a promotion), whether a
    direct reading has no quotation mark of its own (a sentence inside a quotation that runs
    over several sentences), and how much of it is gold content."""
    kind = "model" if reading == "none" else reading
    if reading == "direct" and not _QUOTE_RE.search(sentence):
        kind = "direct, inside a multi-sentence quotation"
    part = "no gold content" if share == 0 else \
        "under 1/4 gold content" if share < 0.25 else "1/4 to 1/2 gold content"
    return f"{kind}: {part}"


def missed_kind(sentence: str, open_: bool, prob: float | None, threshold: float,
                 cue_at: int | None, n: int) -> str:
    """The category of a missed sentence: closed to the model (a headline, a question, a
    prescription), its gold cue in another sentence, or the model's probability."""
    if not open_:
        return "question" if sentence.rstrip().endswith("?") else \
            "headline or prescription"
    if cue_at is None:
        return "no gold cue"
    if cue_at != n:
        return "gold cue in an earlier sentence" if cue_at < n else \
            "gold cue in a later sentence"
    assert prob is not None
    return "gold cue in the sentence, model within 0.2 of the threshold" \
        if prob >= threshold - 0.2 else "gold cue in the sentence, model further below"


def breakdown(docs: list, read: list, oof, threshold: float) -> tuple[Counter, Counter]:
    """``(categories, patterns)``: the extra and missed sentences by category, and the
    true-positive, extra and missed counts of each of :data:`PATTERNS`."""
    cats: Counter[str] = Counter()
    pats: Counter[tuple[str, str]] = Counter()
    k = 0
    for (g, text), (_, triples, readings, open_, gold) in zip(docs, read, strict=True):
        inside = bytearray(len(text))
        for att in g["attributions"]:
            for s, e in att["content"]:
                inside[max(s, 0):min(e, len(text))] = b"\x01" * (min(e, len(text)) - max(s, 0))
        ends = [e for _, _, e in triples]
        for n, ((_, s, e), r, o, gl) in enumerate(zip(triples, readings, open_, gold,
                                                       strict=True)):
            prob = None
            if r == "none" and o:
                prob, k = float(oof[k]), k + 1
            quoted = r != "none" or (prob is not None and prob >= threshold)
            sentence = text[s:e]
            outcome = ("TP" if quoted else "missed") if gl else ("extra" if quoted else "TN")
            for name, pattern in PATTERNS.items():
                pats[name, outcome] += bool(pattern.search(sentence))
            if outcome == "extra":
                cats["extra | " + extra_kind(r, sentence, _share(text, s, e, inside))] += 1
            elif outcome == "missed":
                cues = [att["cue"][0][0] for att in g["attributions"] if att.get("cue") and any(
                    cs < e and ce > s for cs, ce in att["content"])]
                cue_at = bisect_left(ends, cues[0]) if cues else None
                cats["missed | " + missed_kind(sentence, o, prob, threshold, cue_at, n)] += 1
    return cats, pats


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("train", nargs="?", type=Path, default=DEFAULT_TRAIN)
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)
    if not (args.train / "gold.jsonl").is_file():
        print(f"{args.train}: no gold.jsonl (PolNeAR train folder expected)", file=sys.stderr)
        return 2
    docs = read_gold(args.train)
    read = read_documents(docs)
    rows = list(labelled_sentences(read, learn_cues(docs, CUE_COUNT, CUE_SHARE)))
    oof = out_of_fold(docs, read, args.folds)
    y = [g for _, _, q, o, g in rows if not q and o]
    rule_tp = sum(1 for _, _, q, _, g in rows if q and g)
    rule_fp = sum(1 for _, _, q, _, g in rows if q and not g)
    rule_fn = sum(1 for _, _, q, o, g in rows if not q and not o and g)
    f1, threshold = best_threshold(list(oof), y, rule_tp, rule_fp, rule_fn, MIN_THRESHOLD)
    cats, pats = breakdown(docs, read, oof, threshold)
    print(f"out-of-fold attributed F1 {f1:.4f} at threshold {threshold:.3f}")
    for name, count in sorted(cats.items(), key=lambda kv: (kv[0].split(" | ")[0], -kv[1])):
        print(f"{count:6d}  {name}")
    for name in PATTERNS:
        print(f"{name}: TP {pats[name, 'TP']}, extra {pats[name, 'extra']}, "
              f"missed {pats[name, 'missed']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
