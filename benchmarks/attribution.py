"""Quotation attribution (who speaks) against PolNeAR, and its cost per article.

Usage (from the project root)::

    .venv/bin/python benchmarks/attribution.py [--split dev|train|both] [--bench DIR]
                                               [--keep PRED.csv] [--by-publisher]
                                               [--errors DIR] [--versus MODEL.json.gz]

Loads ``BENCH/attribution/polnear-<split>/docs`` with :func:`analysis.corpus.load_corpus` (the
same segmentation and attribution as ``python -m analysis export DIR --unit sentence``), writes
the sentence table's ``doc_id, text, voice, speaker`` columns to a CSV and scores it with
``BENCH/score_attribution.py``: precision, recall and F1 of ``voice == "quoted"`` for the
sentences whose characters lie at least half inside a gold attribution's content, and speaker
accuracy (the predicted speaker shares a content word with the gold source). It also prints
the time spent attributing (milliseconds per document and per 600 words), measured by running
:func:`analysis.corpus.quotes.attribute_sentences` a second time on the loaded documents.

``--versus MODEL.json.gz`` also times the shipped model against another model file (an
older release: ``git show REV:analysis/resources/attribution_model.json.gz > OLD.json.gz``)
and the rules alone, document by document in turn.

``--breakdown`` prints counts for error analysis: the extra sentences (quoted without gold
attribution) by the reading that made them quoted and by the share of their characters inside
some gold content, and the missed ones by where their gold cue stands.

``--errors DIR`` writes ``DIR/polnear-<split>-errors.txt`` for studying what the rules and the
model miss: every missed attributed sentence (with the gold source and cue), every sentence
quoted without gold content, and every wrong speaker, each under its document id. Keep it
outside the project: it holds PolNeAR text.

``BENCH`` defaults to ``../shared/bench`` beside the project; the PolNeAR files are never
copied into the project.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
import tempfile
import time
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.corpus import load_corpus  # noqa: E402
from analysis.corpus.quotes import attribute_sentences, rule_readings  # noqa: E402
from analysis.corpus.sentences import iter_sentences  # noqa: E402

DEFAULT_BENCH = ROOT.parent / "shared" / "bench"


def write_predictions(corpus, path: Path) -> int:
    """Write ``doc_id, text, voice, speaker`` of every sentence to ``path``; return the count."""
    table = corpus.sentences()
    table[["doc_id", "text", "voice", "speaker"]].to_csv(path, index=False,
                                                         quoting=csv.QUOTE_MINIMAL)
    return len(table)


_STOP = frozenset("""he she they it we i you him her them us his its their the a an of and mr mrs
    ms dr president s to in for on at by who that this these those some many other another one
    two both former new""".split())
"""The words ``score_attribution.py`` ignores when it compares a speaker with a gold source."""


def _content_words(text: str | None) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", (text or "").lower())) - _STOP


def gold_documents(gold_dir: Path) -> Iterator[tuple[dict[str, Any], str, list[int]]]:
    """Each gold record of one PolNeAR split with its document text and, per character, the
    index of the gold attribution whose content holds it (-1 for none)."""
    with open(gold_dir / "gold.jsonl", encoding="utf-8") as f:
        gold = [json.loads(line) for line in f if line.strip()]
    for g in gold:
        text = (gold_dir / "docs" / f"{g['id']}.txt").read_text(encoding="utf-8")
        owner = [-1] * len(text)
        for i, att in enumerate(g["attributions"]):
            for s, e in att["content"]:
                owner[max(s, 0):min(e, len(text))] = [i] * (min(e, len(text)) - max(s, 0))
        yield g, text, owner


def error_lines(gold_dir: Path) -> list[str]:
    """The error dump of one PolNeAR split (see the module docstring): ``FN``, ``FP`` and
    ``SPEAKER`` lines, each followed by the sentence, in document order."""
    out = []
    for g, text, owner in gold_documents(gold_dir):
        triples = list(iter_sentences(text))
        for (_, s, e), a in zip(triples, attribute_sentences(text, triples), strict=True):
            idx = [owner[k] for k in range(s, e) if not text[k].isspace()]
            inside = [i for i in idx if i >= 0]
            sentence = " ".join(text[s:e].split())
            if not (idx and 2 * len(inside) >= len(idx)):
                if a.voice == "quoted":
                    out += [f"FP [{g['id']}] {a.quote} speaker={a.speaker!r}", f"  {sentence}"]
                continue
            att = g["attributions"][max(set(inside), key=inside.count)]
            source = att.get("source_text", "")
            if a.voice != "quoted":
                cue = " ".join(text[cs:ce] for cs, ce in att.get("cue") or [])
                out += [f"FN [{g['id']}] source={source!r} cue={cue!r}", f"  {sentence}"]
            elif _content_words(source) and \
                    not _content_words(source) & _content_words(a.speaker):
                out += [f"SPEAKER [{g['id']}] gold={source!r} predicted={a.speaker!r}",
                        f"  {sentence}"]
    return out


def _overlap_class(share: float) -> str:
    """``none``, ``under 1/4`` or ``1/4 to 1/2``: how much of an extra sentence is gold content."""
    return "none" if share == 0 else ("under 1/4" if share < 0.25 else "1/4 to 1/2")


def breakdown_lines(gold_dir: Path) -> list[str]:
    """Counts for error analysis (no PolNeAR text): every sentence read as quoted without gold
    attribution, by the reading that made it quoted (the rules' ``direct``, ``partial``,
    ``indirect``, ``frame``, or ``model`` for a sentence the learned model promoted) and by the
    share of its characters that lie in some gold content; every missed attributed sentence by
    where the cue of its gold attribution stands (the same sentence, an earlier one, a later
    one)."""
    extra: Counter[tuple[str, str]] = Counter()
    missed: Counter[str] = Counter()
    for g, text, owner in gold_documents(gold_dir):
        triples = list(iter_sentences(text))
        ends = [e for _, _, e in triples]
        for n, ((_, s, e), a, r) in enumerate(zip(triples, attribute_sentences(text, triples),
                                                   rule_readings(text, triples), strict=True)):
            idx = [owner[k] for k in range(s, e) if not text[k].isspace()]
            inside = [i for i in idx if i >= 0]
            if not (idx and 2 * len(inside) >= len(idx)):
                if a.voice == "quoted":
                    share = len(inside) / len(idx) if idx else 0.0
                    extra[r if r != "none" else "model", _overlap_class(share)] += 1
            elif a.voice != "quoted":
                cue = g["attributions"][max(set(inside), key=inside.count)].get("cue") or []
                at = bisect_left(ends, cue[0][0]) if cue else None
                missed["no cue" if at is None else "cue in the sentence" if at == n
                       else "cue in an earlier sentence" if at < n
                       else "cue in a later sentence"] += 1
    out = [f"extra (quoted, not attributed in the gold): {sum(extra.values())}"]
    classes = ("none", "under 1/4", "1/4 to 1/2")
    for reading in ("direct", "partial", "indirect", "frame", "model"):
        parts = ", ".join(f"gold content {c}: {extra[reading, c]}" for c in classes)
        out.append(f"  {reading}: {sum(extra[reading, c] for c in classes)} ({parts})")
    out.append(f"missed (attributed in the gold, not quoted): {sum(missed.values())}")
    out += [f"  {k}: {v}" for k, v in sorted(missed.items(), key=lambda kv: -kv[1])]
    return out


def attribution_ms(corpus) -> tuple[float, float]:
    """Milliseconds spent in attribution per document and per 600 words (best of three)."""
    docs = [(d.text, list(iter_sentences(d.text)), len(d.words), d.meta.get("kind"))
            for d in corpus]
    n_words = sum(n for _, _, n, _ in docs) or 1
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for text, triples, _, kind in docs:
            attribute_sentences(text, triples, kind=kind)
        best = min(best, time.perf_counter() - t0)
    return 1000 * best / max(len(docs), 1), 1000 * best * 600 / n_words


def attribution_ms_versus(corpus, other: Path) -> list[tuple[str, float, float]]:
    """Milliseconds per document and per 600 words of attribution with the shipped model, with
    the model in ``other`` (an older ``attribution_model.json.gz``) and with the rules alone,
    each document timed with the three in turn (best of five): the machine's load falls on all
    three alike, and no reading pays for the caches another one filled."""
    from analysis.corpus.attribution_model import load_model

    docs = [(d.text, list(iter_sentences(d.text)), len(d.words), d.meta.get("kind"))
            for d in corpus]
    n_words = sum(n for _, _, n, _ in docs) or 1
    models = {"shipped model": "default", f"{other.name}": load_model(other), "rules alone": None}
    spent = dict.fromkeys(models, 0.0)
    for text, triples, _, kind in docs:
        for name, model in models.items():
            best = float("inf")
            for _ in range(5):
                t0 = time.perf_counter()
                attribute_sentences(text, triples, kind=kind, model=model)
                best = min(best, time.perf_counter() - t0)
            spent[name] += best
    return [(name, 1000 * t / max(len(docs), 1), 1000 * t * 600 / n_words)
            for name, t in spent.items()]


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "train", "both"), default="dev")
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH,
                    help="the shared benchmark folder (default: ../shared/bench)")
    ap.add_argument("--keep", type=Path, help="also keep the prediction CSV here")
    ap.add_argument("--by-publisher", action="store_true")
    ap.add_argument("--errors", type=Path, help="write an error dump per split to this folder")
    ap.add_argument("--versus", type=Path, metavar="MODEL.json.gz",
                    help="also time attribution per document against this model file")
    ap.add_argument("--breakdown", action="store_true",
                    help="also print the extra and missed sentences by kind (counts only)")
    args = ap.parse_args(argv)
    scorer = args.bench / "score_attribution.py"
    if not scorer.is_file():
        print(f"{scorer}: not found; pass --bench with the shared benchmark folder",
              file=sys.stderr)
        return 2
    splits = ("dev", "train") if args.split == "both" else (args.split,)
    for split in splits:
        gold = args.bench / "attribution" / f"polnear-{split}"
        if not (gold / "gold.jsonl").is_file():
            print(f"{gold}: no gold.jsonl; is the benchmark folder complete?", file=sys.stderr)
            return 2
        t0 = time.perf_counter()
        corpus = load_corpus(gold / "docs", errors="raise")
        load_s = time.perf_counter() - t0
        with tempfile.TemporaryDirectory() as tmp:
            pred = args.keep or Path(tmp) / "pred.csv"
            n = write_predictions(corpus, pred)
            cmd = [sys.executable, str(scorer), str(gold), str(pred)]
            if args.by_publisher:
                cmd.append("--by-publisher")
            result = subprocess.run(cmd, capture_output=True, text=True, check=True)
        per_doc, per_600 = attribution_ms(corpus)
        print(f"polnear-{split}: {len(corpus)} documents, {n} sentences, loaded in {load_s:.1f} s")
        print(result.stdout.rstrip())
        print(f"attribution: {per_doc:.2f} ms per document, {per_600:.2f} ms per 600 words")
        if args.versus:
            for name, doc_ms, ms_600 in attribution_ms_versus(corpus, args.versus):
                print(f"  {name}: {doc_ms:.3f} ms per document, {ms_600:.3f} ms per 600 words"
                      " (per document, in turn, best of five)")
        if args.breakdown:
            print("\n".join(breakdown_lines(gold)))
        if args.errors:
            args.errors.mkdir(parents=True, exist_ok=True)
            dump = args.errors / f"polnear-{split}-errors.txt"
            dump.write_text("\n".join(error_lines(gold)) + "\n", encoding="utf-8")
            print(f"errors: {dump}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
