"""Shared passages and quotation clusters on synthetic articles with planted reuse.

Usage::

    .venv/bin/python benchmarks/reuse.py [--articles 10000] [--seed 0]

Generates ``--articles`` synthetic articles (pseudo-words drawn from a Zipf distribution,
with stock news phrases of 3 to 11 words sprinkled in so that unrelated articles share short
n-grams, as real coverage does):

- originals (40%), each with one or two quoted sentences attributed to a named speaker;
- wire copies (20%): a new headline and a paragraph of their own, then one or two blocks of
  consecutive paragraphs copied from an original, one word in a hundred changed by a copy
  editor, dated one to five days after the original;
- partial quotations (15%): a 12-30 word stretch of an original (half of them from one of
  its quotations) quoted in an article of their own;
- edited quotations (10%): a 14-30 word stretch lightly edited: a capital letter lowered, a
  comma added, an ellipsis standing for one to three dropped words and, in half of them, a
  word replaced by a bracketed one (``[word]``);
- unrelated articles (10%) and articles with a short 5-10 word borrowing (5%), below the
  12-word minimum.

Scores: a reported passage is correct when the pair (``doc_id``, ``source``) holds a planted
passage (or two insertions from the same original overlap by 12 words or more, which makes
their articles share text too) and at least half of the reported characters lie in it.
Recall: a planted passage of 12 words or more is found when reported passages of its pair
cover at least half of its characters. Quotations: a planted quotation taken from an
original's quotation is found when its cluster holds the original. Times are wall-clock
seconds (and the process's CPU seconds, which a busy machine changes less) for building the
documents (sentence splitting and attribution, which the reuse measures do not add),
:func:`analysis.reuse.shared_passages` and :func:`analysis.reuse.quotation_clusters`.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np

from analysis.corpus import Corpus, Document
from analysis.reuse import quotation_clusters, shared_passages

STOCK = [
    "the united states and south korea", "on the korean peninsula", "president joe biden",
    "the nuclear consultative group", "said in a statement on", "north korea's nuclear and "
    "missile programmes", "at the white house on wednesday", "south korean president yoon suk "
    "yeol and us president joe biden", "the washington declaration", "a senior official said",
    "in response to north korea's", "the two leaders also discussed", "ballistic missile "
    "submarine", "extended deterrence", "for the first time since", "according to the ministry",
]
NAMES = ["Joe Biden", "Yoon Suk Yeol", "Kim Yo Jong", "Park Jin", "Antony Blinken",
         "Wang Wenbin", "Lee Jong-sup", "Kishida Fumio"]
BREAK = "\n\n"


@dataclass
class Planted:
    """Text of an original that reappears in another article."""

    doc: int
    source: int
    tokens: tuple[int, int]  # token range in the copying article
    source_tokens: tuple[int, int]
    words: int
    kind: str
    quoted: bool = False


@dataclass
class Article:
    tokens: list[str] = field(default_factory=list)
    day: int = 0
    quotes: list[tuple[int, int]] = field(default_factory=list)  # token ranges inside quotes


class Generator:
    """Synthetic articles from a seeded random generator."""

    def __init__(self, seed: int) -> None:
        self.rng = np.random.default_rng(seed)
        syllables = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
        words = set()
        while len(words) < 30_000:
            n = int(self.rng.integers(1, 4))
            words.add("".join(self.rng.choice(syllables, n)))
        self.vocab = np.array(sorted(words))
        ranks = np.arange(len(self.vocab))
        weights = np.cumsum(1 / (ranks + 3) ** 1.05)
        self.cdf = weights / weights[-1]
        self.rng.shuffle(self.vocab)

    def words(self, n: int) -> list[str]:
        """``n`` words drawn from the Zipf distribution."""
        at = np.searchsorted(self.cdf, self.rng.random(n), side="right")
        return self.vocab[np.minimum(at, len(self.vocab) - 1)].tolist()

    def sentence(self) -> list[str]:
        out = self.words(int(self.rng.integers(8, 26)))
        if self.rng.random() < 0.35:
            at = int(self.rng.integers(0, len(out)))
            out[at:at] = STOCK[int(self.rng.integers(len(STOCK)))].split()
        out[0] = out[0].capitalize()
        out[-1] += "."
        return out

    def paragraph(self) -> list[str]:
        return [w for _ in range(int(self.rng.integers(1, 4))) for w in self.sentence()]

    def headline(self) -> list[str]:
        out = self.words(int(self.rng.integers(6, 11)))
        out[0] = out[0].capitalize()
        return out

    def original(self, day: int) -> Article:
        art = Article(self.headline(), day)
        paragraphs = int(self.rng.integers(6, 13))
        quoted_at = set(self.rng.choice(np.arange(1, paragraphs), size=2, replace=False))
        for p in range(paragraphs):
            art.tokens.append(BREAK)
            if p in quoted_at:
                said = ["said", *NAMES[int(self.rng.integers(len(NAMES)))].split()]
                quote = self.sentence()
                quote[-1] = quote[-1].rstrip(".") + ","
                start = len(art.tokens)
                art.tokens += ["“" + quote[0], *quote[1:-1], quote[-1] + "”"]
                art.quotes.append((start, len(art.tokens)))
                art.tokens += said
                art.tokens[-1] += "."
            else:
                art.tokens += self.paragraph()
        return art

    def edit(self, tokens: list[str], rate: float) -> list[str]:
        out = []
        for t in tokens:
            if t != BREAK and self.rng.random() < rate:
                t = self.words(1)[0] + ("." if t.endswith(".") else "")
            out.append(t)
        return out


def _words(tokens: list[str]) -> int:
    return sum(1 for t in tokens if t not in (BREAK, "..."))


def edit_quotation(gen: Generator, fragment: list[str]) -> list[str]:
    """A reporter's light edit: a capital lowered, a comma added, one to three words cut
    for an ellipsis, and in half the quotations one word replaced by a bracketed one."""
    out = list(fragment)
    out[0] = out[0].lower()
    at = int(gen.rng.integers(1, len(out) - 1))
    out[at] += ","
    drop = int(gen.rng.integers(1, 4))
    cut = int(gen.rng.integers(4, len(out) - drop - 3))
    out[cut:cut + drop] = ["..."]
    if gen.rng.random() < 0.5:
        at = int(gen.rng.integers(0, len(out)))
        if out[at] != "...":
            out[at] = "[" + gen.words(1)[0] + "]"
    return out


def generate(n: int, seed: int) -> tuple[list[Article], list[Planted]]:
    """``n`` articles and the passages planted in them."""
    gen = Generator(seed)
    n_orig = int(n * 0.40)
    articles = [gen.original(int(gen.rng.integers(0, 10))) for _ in range(n_orig)]
    planted: list[Planted] = []
    kinds = (["wire"] * int(n * 0.20) + ["partial"] * int(n * 0.15) + ["edited"] * int(n * 0.10)
             + ["short"] * int(n * 0.05))
    kinds += ["unrelated"] * (n - n_orig - len(kinds))
    for kind in kinds:
        doc = len(articles)
        if kind == "unrelated":
            articles.append(gen.original(int(gen.rng.integers(0, 15))))
            continue
        src = int(gen.rng.integers(0, n_orig))
        source = articles[src]
        art = Article(gen.headline(), source.day + int(gen.rng.integers(1, 6)))
        art.tokens += [BREAK, *gen.paragraph()]
        if kind == "wire":
            breaks = [i for i, t in enumerate(source.tokens) if t == BREAK] + [len(source.tokens)]
            blocks = 1 + int(gen.rng.random() < 0.4)
            edges = sorted(gen.rng.choice(len(breaks), size=2 * blocks, replace=False))
            for b in range(blocks):
                s0, s1 = breaks[edges[2 * b]] + 1, breaks[edges[2 * b + 1]]
                copied = gen.edit(source.tokens[s0:s1], 0.01)
                art.tokens.append(BREAK)
                start = len(art.tokens)
                art.tokens += copied
                planted.append(Planted(doc, src, (start, len(art.tokens)), (s0, s1),
                                       _words(copied), kind))
                art.tokens += [BREAK, *gen.paragraph()]
        else:
            length = {"partial": (12, 31), "edited": (14, 31), "short": (5, 11)}[kind]
            size = int(gen.rng.integers(*length))
            q0, q1 = source.quotes[int(gen.rng.integers(len(source.quotes)))]
            from_quote = kind != "short" and gen.rng.random() < 0.5 and q1 - q0 >= length[0]
            if from_quote:
                size = min(size, q1 - q0)
                s0 = q0 + int(gen.rng.integers(0, q1 - q0 - size + 1))
            else:
                s0 = int(gen.rng.integers(1, len(source.tokens) - size))
            fragment = [t.strip("“”,.") for t in source.tokens[s0:s0 + size] if t != BREAK]
            s1 = s0 + size
            if kind == "edited":
                fragment = edit_quotation(gen, fragment)
            name = NAMES[int(gen.rng.integers(len(NAMES)))]
            art.tokens += [BREAK, *name.split(), "said", *gen.words(2)]
            start = len(art.tokens)
            art.tokens += ["“" + fragment[0], *fragment[1:-1], fragment[-1] + "”"]
            end = len(art.tokens)
            art.tokens += gen.sentence()
            art.quotes.append((start, end))
            planted.append(Planted(doc, src, (start, end), (s0, s1), _words(fragment),
                                   kind, bool(from_quote)))
        art.tokens += [BREAK, *gen.paragraph()]
        articles.append(art)
    return articles, planted


def render(art: Article) -> tuple[str, list[tuple[int, int]]]:
    """The article's text and the character span of each token."""
    out, spans, pos = [], [], 0
    for i, tok in enumerate(art.tokens):
        if tok != BREAK and i and art.tokens[i - 1] != BREAK:
            out.append(" ")
            pos += 1
        spans.append((pos, pos + len(tok)))
        out.append(tok)
        pos += len(tok)
    return "".join(out), spans


def _covered(intervals: list[tuple[int, int]], lo: int, hi: int) -> int:
    """Characters of ``[lo, hi)`` covered by the union of ``intervals``."""
    total, reach = 0, lo
    for s, e in sorted(intervals):
        s, e = max(s, reach), min(e, hi)
        if e > s:
            total += e - s
            reach = e
    return total


def score(passages, planted: list[Planted], spans: list[list[tuple[int, int]]],
          ids: list[str], min_words: int) -> dict[str, float]:
    """Precision and recall of the reported passages (module docs)."""
    truth: dict[tuple[str, str], list[tuple[int, int]]] = {}

    def add(doc: int, source: int, tokens: tuple[int, int]) -> None:
        lo, hi = spans[doc][tokens[0]][0], spans[doc][tokens[1] - 1][1]
        truth.setdefault((ids[doc], ids[source]), []).append((lo, hi))

    for p in planted:
        add(p.doc, p.source, p.tokens)
    by_source: dict[int, list[Planted]] = {}
    for p in planted:
        by_source.setdefault(p.source, []).append(p)
    for group in by_source.values():
        for x in group:
            for y in group:
                overlap = min(x.source_tokens[1], y.source_tokens[1]) - max(
                    x.source_tokens[0], y.source_tokens[0])
                if x.doc != y.doc and overlap >= min_words:
                    add(x.doc, y.doc, x.tokens)
    found = {}
    correct = 0
    for row in passages.itertuples(index=False):
        key = (row.doc_id, row.source)
        ranges = truth.get(key, []) + truth.get(key[::-1], [])
        if _covered(ranges, row.start, row.end) * 2 >= row.end - row.start:
            correct += 1
        found.setdefault(key, []).append((row.start, row.end))
    targets = [p for p in planted if p.words >= min_words]
    hits = 0
    for p in targets:
        lo, hi = spans[p.doc][p.tokens[0]][0], spans[p.doc][p.tokens[1] - 1][1]
        if _covered(found.get((ids[p.doc], ids[p.source]), []), lo, hi) * 2 >= hi - lo:
            hits += 1
    return {"reported": len(passages), "correct": correct, "planted": len(targets),
            "found": hits, "precision": correct / len(passages) if len(passages) else 1.0,
            "recall": hits / len(targets) if targets else 1.0}


def quotation_recall(clusters, planted: list[Planted], ids: list[str]) -> tuple[int, int]:
    """Planted quotations from an original's quotation whose cluster holds the original."""
    member: dict[str, set[int]] = {}
    for cluster in clusters:
        for doc_id in cluster["doc_ids"]:
            member.setdefault(doc_id, set()).add(cluster["cluster"])
    targets = [p for p in planted if p.quoted]
    hits = sum(bool(member.get(ids[p.doc], set()) & member.get(ids[p.source], set()))
               for p in targets)
    return hits, len(targets)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--min-words", type=int, default=12)
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    articles, planted = generate(args.articles, args.seed)
    rendered = [render(a) for a in articles]
    ids = [f"a{i:05d}" for i in range(len(articles))]
    base = date(2023, 4, 20)
    t1 = time.perf_counter()
    corpus = Corpus(Document.from_text(text, ids[i], {"date": (base + timedelta(
        days=articles[i].day)).isoformat(), "outlet": f"outlet {i % 40}"})
        for i, (text, _) in enumerate(rendered))
    t2, c2 = time.perf_counter(), time.process_time()
    passages = shared_passages(corpus, min_words=args.min_words)
    t3, c3 = time.perf_counter(), time.process_time()
    clusters = quotation_clusters(corpus)
    t4, c4 = time.perf_counter(), time.process_time()

    result = score(passages, planted, [s for _, s in rendered], ids, args.min_words)
    q_hits, q_total = quotation_recall(clusters, planted, ids)
    words = sum(len(a.tokens) for a in articles)
    print(f"articles: {len(articles):,} ({words:,} tokens); generated in {t1 - t0:.1f} s")
    print(f"documents built (sentences, attribution): {t2 - t1:.1f} s")
    print(f"shared_passages: {t3 - t2:.1f} s (CPU {c3 - c2:.1f} s); reported "
          f"{result['reported']:,}, correct {result['correct']:,}; planted "
          f"(>= {args.min_words} words) {result['planted']:,}, found {result['found']:,}")
    print(f"  precision {result['precision']:.4f}  recall {result['recall']:.4f}")
    for kind in ("wire", "partial", "edited"):
        sub = [p for p in planted if p.kind == kind]
        r = score(passages[passages["doc_id"].isin({ids[p.doc] for p in sub})], sub,
                  [s for _, s in rendered], ids, args.min_words)
        print(f"  {kind:8s} recall {r['recall']:.4f} ({r['found']:,}/{r['planted']:,})")
    print(f"quotation_clusters: {t4 - t3:.1f} s (CPU {c4 - c3:.1f} s); {len(clusters):,} "
          f"clusters; planted quotations joined to their original: {q_hits:,}/{q_total:,} "
          f"({q_hits / max(q_total, 1):.4f})")
    print(f"reuse total (passages + quotations): {t4 - t2:.1f} s (CPU {c4 - c2:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
