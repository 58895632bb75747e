#!/usr/bin/env python3
"""Measure the wire-copy threshold of :func:`analysis.corpus.duplicates.find_duplicates`.

usage: python benchmarks/duplicates.py [--data ../shared/bench/keyphrases] [--speed 1000]

1. **Invented pairs** (``benchmarks/data/wire_copies.json``, written for this benchmark): six
   stories, each with a wire version and an independent rewrite of the same event. Wire copies
   are derived from each wire version: a new headline with the last two paragraphs cut
   (``trim``); house-style edits, a middle paragraph and the last one cut (``edit``); only the
   headline and first three paragraphs (``short``); a local paragraph added after the lede and
   the last three cut (``local``). Positive pairs: wire and each copy, and copies of one story
   with each other (two outlets running one wire story). Negative pairs: the rewrite and the
   wire or any copy of its story (``rewrite``), and documents of different stories on the same
   summit (``same topic``).
2. **Real newswire** (DUC-2001 dev, 150 articles from ``../shared/bench``; skipped if absent):
   negatives are all pairs of distinct articles (DUC groups articles on one topic, so many
   pairs share a subject) but three that are copies of one wire story (checked by reading, see
   ``DUC_KNOWN_COPIES``); positives are those three, a copy of each article with a new headline
   and only its first 60% of paragraphs (or sentences, for an article in one paragraph), and
   one with house-style edits and its last paragraph cut.
3. End to end: :func:`find_duplicates` on the invented corpus (wires dated first, then all
   of one date) and on the DUC articles with their copies, undated (the LSH candidate step
   included), pairwise precision and recall of the flagged groups at the default threshold,
   and how many made copies point at the document they were made from (on a date tie, or
   without dates, only the containment rule can tell).
4. Speed: :func:`find_duplicates` on ``--speed`` documents (the DUC and KPCrowd articles and
   copies of them), CPU seconds per 1,000 documents.

Printed: precision, recall and F1 of "similarity >= t" over thresholds, for containment (the
package's measure) and Jaccard resemblance, with 5-word shingles (the default) and 3-word ones.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.corpus.duplicates import (  # noqa: E402
    THRESHOLD,
    containment,
    find_duplicates,
    resemblance,
    shingles,
)

DATA = ROOT / "benchmarks" / "data" / "wire_copies.json"
DEFAULT_BENCH = ROOT.parent / "shared" / "bench" / "keyphrases"
THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
# Pairs of distinct DUC-2001 articles that are copies of one wire story, checked by reading them:
# two editions of one Los Angeles Times story (the census vote), an AP story the Los Angeles Times
# ran (mad cow disease), and two AP write-throughs of one story (Elizabeth Taylor's illness).
DUC_KNOWN_COPIES = {("LA093089-0076", "LA093089-0126"), ("AP900322-0200", "LA042290-0104"),
                    ("AP900511-0159", "AP900512-0038")}
HEADLINES = ("Allies take a new step on deterrence", "What the summit means for the region",
             "The latest on the alliance", "Seoul and Washington: the details")


def invented_documents(data: dict) -> tuple[dict[str, str], dict[str, str]]:
    """``{doc_id: text}`` of wires, copies and rewrites, and ``{doc_id: story}``."""
    texts, story_of = {}, {}
    for story in data["stories"]:
        sid, wire, rewrite = story["id"], story["wire"], story["rewrite"]
        body = wire[1:]
        edited = [_house_style(p, data["house_style"]) for p in body[:3] + body[4:-1]]
        variants = {
            "wire": wire,
            "trim": [HEADLINES[0]] + body[:-2],
            "edit": [HEADLINES[1]] + edited,
            "short": [HEADLINES[2]] + body[:3],
            "local": [HEADLINES[3], body[0], data["local_paragraph"]] + body[1:-3],
            "rewrite": rewrite,
        }
        for kind, paragraphs in variants.items():
            texts[f"{sid}/{kind}"] = "\n\n".join(paragraphs)
            story_of[f"{sid}/{kind}"] = sid
    return texts, story_of


def _house_style(text: str, rules: list[list[str]]) -> str:
    for old, new in rules:
        text = text.replace(old, new)
    return text


def invented_pairs(texts: dict[str, str]) -> list[tuple[str, str, bool, str]]:
    """``(a, b, is_copy, kind)`` for every labelled pair of the invented set."""
    pairs = []
    for a, b in itertools.combinations(sorted(texts), 2):
        sa, ka = a.split("/")
        sb, kb = b.split("/")
        if sa != sb:
            pairs.append((a, b, False, "same topic"))
        elif "rewrite" in (ka, kb):
            pairs.append((a, b, False, "rewrite"))
        else:
            pairs.append((a, b, True, "copy"))
    return pairs


def duc_documents(folder: Path) -> dict[str, str]:
    docs = {}
    for path in sorted((folder / "docs").glob("*.txt")):
        docs[path.stem] = path.read_text(encoding="utf-8")
    return docs


def duc_copies(docs: dict[str, str], rules: list[list[str]]) -> dict[str, str]:
    """Two wire copies of each real article (see the module docstring)."""
    copies = {}
    for doc_id, text in docs.items():
        lines = [p for p in text.splitlines() if p.strip()]
        # An article without a headline line or paragraph breaks (FBIS) is cut by sentences.
        body = lines[1:] if len(lines) > 1 and len(lines[0].split()) < 20 else lines
        if len(body) < 4:
            body = re.split(r"(?<=[.!?])\s+", " ".join(body))
        keep = max(1, round(0.6 * len(body)))
        copies[f"{doc_id}/trim60"] = "\n\n".join([HEADLINES[0]] + body[:keep])
        edited = [_house_style(p, rules) for p in body[:-1]] or body
        copies[f"{doc_id}/edit"] = "\n\n".join([HEADLINES[1]] + edited)
    return copies


def scores(pairs, sets, measure) -> list[tuple[float, bool, str]]:
    return [(measure(sets[a], sets[b]), label, kind) for a, b, label, kind in pairs]


def table(rows: list[tuple[float, bool, str]], title: str) -> None:
    """Precision / recall / F1 of ``score >= t`` over thresholds, and the separating margin."""
    n_pos = sum(1 for _, label, _ in rows if label)
    print(f"\n{title}: {n_pos} copy pairs, {len(rows) - n_pos} other pairs")
    lowest = min((s for s, label, _ in rows if label), default=float("nan"))
    kinds = sorted({k for _, label, k in rows if not label})
    highest = {k: max(s for s, label, kk in rows if not label and kk == k) for k in kinds}
    print(f"  lowest copy pair: {lowest:.3f}; highest other pair: "
          + ", ".join(f"{k} {v:.3f}" for k, v in highest.items()))
    print("  threshold  precision  recall     F1")
    for t in THRESHOLDS:
        tp = sum(1 for s, label, _ in rows if label and s >= t)
        fp = sum(1 for s, label, _ in rows if not label and s >= t)
        precision = tp / (tp + fp) if tp + fp else float("nan")
        recall = tp / n_pos
        f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
        print(f"  {t:9.1f}  {precision:9.3f}  {recall:6.3f}  {f1:5.3f}")


def measure_pairs(name: str, texts: dict[str, str], pairs) -> None:
    for words in (5, 3):
        sets = {k: shingles(v, words) for k, v in texts.items()}
        for label, fn in (("containment", containment), ("resemblance", resemblance)):
            table(scores(pairs, sets, fn), f"{name}, {label}, {words}-word shingles")
    sets = {k: shingles(v) for k, v in texts.items()}
    ranked = sorted(((containment(sets[a], sets[b]), a, b, label) for a, b, label, _ in pairs),
                    reverse=True)
    print(f"\n{name}: other pairs with the highest containment (5-word shingles):")
    for value, a, b, _ in [r for r in ranked if not r[3]][:5]:
        print(f"  {value:.3f}  {a}  {b}")
    print(f"{name}: copy pairs with the lowest containment:")
    for value, a, b, _ in [r for r in ranked if r[3]][-3:]:
        print(f"  {value:.3f}  {a}  {b}")


def end_to_end(name: str, texts: dict[str, str], truth: dict[str, str],
               dates: dict[str, str], originals: dict[str, str] | None = None) -> None:
    """find_duplicates on a whole corpus: pairwise precision and recall of its groups against
    ``truth`` (document -> story), and, given ``originals`` (copy -> the document it was made
    from), how many of those copies point at it."""
    docs = [SimpleNamespace(doc_id=k, text=v, meta={"date": dates.get(k)})
            for k, v in sorted(texts.items())]
    found = find_duplicates(docs)
    group = {row.doc_id: row.duplicate_of if isinstance(row.duplicate_of, str) else row.doc_id
             for row in found.itertuples()}
    tp = fp = fn = 0
    for a, b in itertools.combinations(sorted(texts), 2):
        same_found, same_true = group[a] == group[b], truth[a] == truth[b]
        tp += same_found and same_true
        fp += same_found and not same_true
        fn += same_true and not same_found
    expected = len(texts) - len(set(truth.values()))
    print(f"\nend to end, {name}, threshold {THRESHOLD}: "
          f"{found['duplicate_of'].notna().sum()} of {len(found)} documents flagged "
          f"({expected} copies expected); pairwise precision {tp / (tp + fp):.3f}, "
          f"recall {tp / (tp + fn):.3f}")
    if originals:
        pointed = found.set_index("doc_id")["duplicate_of"]
        right = sum(pointed[copy] == original for copy, original in originals.items())
        print(f"  direction: {right} of {len(originals)} copies point at the document they "
              "were made from")


def speed(docs: dict[str, str], n: int) -> None:
    items = list(docs.items())
    batch = [SimpleNamespace(doc_id=f"{i}", text=items[i % len(items)][1]
                             + ("" if i < len(items) else f"\n\nCopy {i}."), meta={})
             for i in range(n)]
    start = time.process_time()
    found = find_duplicates(batch)
    cpu = time.process_time() - start
    words = sum(len(d.text.split()) for d in batch)
    print(f"\nspeed: {n} documents ({min(n, len(items))} distinct articles, the others "
          f"repeated with one sentence added; {words / n:.0f} words on average), "
          f"{found['duplicate_of'].notna().sum()} flagged; {cpu:.2f} s CPU, "
          f"{1000 * cpu / n:.2f} s per 1,000 documents")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--speed", type=int, default=1000)
    args = parser.parse_args()
    data = json.loads(DATA.read_text(encoding="utf-8"))
    texts, story_of = invented_documents(data)
    measure_pairs("invented pairs", texts, invented_pairs(texts))
    duc_folder = args.data / "duc2001-dev"
    real: dict[str, str] = {}
    if duc_folder.is_dir():
        real = duc_documents(duc_folder)
        copies = duc_copies(real, data["house_style"])
        pairs = [(a, b, (a, b) in DUC_KNOWN_COPIES, "distinct articles")
                 for a, b in itertools.combinations(sorted(real), 2)]
        pairs += [(c.split("/")[0], c, True, "copy") for c in sorted(copies)]
        measure_pairs("DUC-2001 dev", {**real, **copies}, pairs)
        truth = {k: k.split("/")[0] for k in {**real, **copies}}
        for a, b in DUC_KNOWN_COPIES:
            truth.update({k: a for k, v in truth.items() if v == b})
        known = {k for pair in DUC_KNOWN_COPIES for k in pair}
        end_to_end("DUC-2001 dev and copies (undated)", {**real, **copies}, truth, {},
                   {c: c.split("/")[0] for c in copies if c.split("/")[0] not in known})
    else:
        print(f"\n{duc_folder} not found: real-newswire part skipped")
    order = ("wire", "trim", "edit", "short", "local", "rewrite")
    stories = {k: k if k.endswith("/rewrite") else v for k, v in story_of.items()}
    made_from = {k: f"{v}/wire" for k, v in story_of.items()
                 if k.split("/")[1] not in {"wire", "rewrite"}}
    end_to_end("invented corpus", texts, stories,
               {k: f"2023-04-{26 + order.index(k.split('/')[1]):02d}" for k in texts}, made_from)
    end_to_end("invented corpus, all of one date", texts, stories,
               dict.fromkeys(texts, "2023-04-26"), made_from)
    kp = args.data / "kpcrowd-dev"
    if real and kp.is_dir():
        speed({**real, **duc_documents(kp)}, args.speed)


if __name__ == "__main__":
    main()
