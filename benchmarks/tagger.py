#!/usr/bin/env python3
"""Accuracy and speed of :mod:`analysis.corpus.tagger` on UD_English-EWT (dev and test).

usage: python benchmarks/tagger.py [--ud ../shared/corpora/ud-english-ewt] [--model PATH]
                                   [--splits dev test] [--repeat 3]

Gold tags are those of ``scripts/train_tagger.py``: every :data:`analysis.corpus.tokens.WORD_RE`
token of a sentence's ``# text`` takes the tag of one UD word it overlaps (punctuation is never
a token, so it is not scored). Accuracy is printed for

* ``text``: :meth:`Tagger.tag_text` on each UD document's text (sentences joined by spaces),
  the way the package tags an article;
* ``words``: :meth:`Tagger.tag` on each sentence's words alone, without punctuation;
* ``title case`` / ``upper case``: each sentence with every word capitalised / upper-cased
  (headline and transcript styles; gold tags unchanged), with the sentence's punctuation;

overall, on UPOS and Penn tags, and on unknown words (lower-cased form absent from the package
tokens of ``train``). Speed is tokens per second of CPU time (one core) of ``tag_text`` over
all documents of the split: a cold pass with an empty word-type cache (every word type of the
split computed once: a pessimistic bound, as EWT documents share little vocabulary) and a warm
pass with the same tagger, each the best of ``--repeat``; and warm ``tag_text`` called once per
sentence. The same is
measured on a folder of news articles (``--news``, default the 150 DUC-2001 dev articles of the
shared keyphrase benchmark; "sentences" are their lines/paragraphs there), where the cold pass
is the realistic cost of a first run over a corpus. ``load`` is the CPU time to read the
weights file and build the tagger.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from train_tagger import DEFAULT_UD, documents, labelled_tokens, read_conllu  # noqa: E402

from analysis.corpus.tagger import (  # noqa: E402
    Tagger,
    default_tagger_path,
    read_tagger_file,
    text_gaps,
)

DEFAULT_NEWS = ROOT.parent / "shared" / "bench" / "keyphrases" / "duc2001-dev" / "docs"


def document_texts(path: Path) -> list[str]:
    """The text of each UD document: its sentences' ``# text`` joined by spaces."""
    docs: dict[str, list[str]] = defaultdict(list)
    for sent in read_conllu(path):
        docs[sent.doc_id].append(sent.text)
    return [" ".join(t) for t in docs.values()]


def train_vocabulary(path: Path) -> set[str]:
    """Lower-cased package tokens of the training file."""
    return {w.lower() for s in read_conllu(path) for _, _, w, _ in labelled_tokens(s)}


def score(tagger: Tagger, path: Path, known: set[str]) -> dict[str, float]:
    """Accuracies (percent) of ``tagger`` on one split; see the module docstring."""
    n = right_u = right_p = unk = unk_right = 0
    for seq in documents(path):
        upos = tagger.tag(seq.words, "upos", seq.gaps)
        penn = tagger.tag(seq.words, "penn", seq.gaps)
        for w, u, p, (gu, gp) in zip(seq.words, upos, penn, seq.labels, strict=True):
            n += 1
            right_u += u == gu
            right_p += p == gp
            if w.lower() not in known:
                unk += 1
                unk_right += u == gu
    words_n = 0
    right = {"words": 0, "title": 0, "upper": 0}
    for sent in read_conllu(path):
        toks = labelled_tokens(sent)
        gold = [lab[0] for _, _, _, lab in toks]
        ws = [w for _, _, w, _ in toks]
        gaps = text_gaps(sent.text, [(s, e) for s, e, _, _ in toks])
        variants = {
            "words": tagger.tag(ws),
            "title": tagger.tag([w[:1].upper() + w[1:] for w in ws], "upos", gaps),
            "upper": tagger.tag([w.upper() for w in ws], "upos", gaps),
        }
        words_n += len(toks)
        for name, pred in variants.items():
            right[name] += sum(p == g for p, g in zip(pred, gold, strict=True))
    return {
        "words": n,
        "upos": 100 * right_u / n,
        "penn": 100 * right_p / n,
        "unknown": unk,
        "upos_unknown": 100 * unk_right / max(unk, 1),
        "upos_words_only": 100 * right["words"] / max(words_n, 1),
        "upos_title_case": 100 * right["title"] / max(words_n, 1),
        "upos_upper_case": 100 * right["upper"] / max(words_n, 1),
    }


def speed(data: dict, texts: list[str], repeat: int) -> tuple[float, float]:
    """Cold and warm tokens per CPU-second of ``tag_text`` over ``texts``, each the best of
    ``repeat`` passes (cold: a fresh tagger each time; warm: the same tagger again)."""
    cold = warm = 0.0
    for _ in range(repeat):
        tagger = Tagger.from_arrays(data)
        c0 = time.process_time()
        n = sum(len(tagger.tag_text(t)) for t in texts)
        cold = max(cold, n / (time.process_time() - c0))
        c0 = time.process_time()
        for t in texts:
            tagger.tag_text(t)
        warm = max(warm, n / (time.process_time() - c0))
    return cold, warm


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; prints the tables, returns the exit code."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ud", default=str(DEFAULT_UD), help="UD_English-EWT folder")
    ap.add_argument("--model", default=str(default_tagger_path()), help="weights file")
    ap.add_argument("--splits", nargs="+", default=["dev", "test"])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--news", default=str(DEFAULT_NEWS),
                    help="folder of news articles (*.txt) for the speed table (default: "
                         "%(default)s); skipped when absent")
    a = ap.parse_args(argv)
    ud = Path(a.ud)
    c0 = time.process_time()
    data = read_tagger_file(a.model)
    tagger = Tagger.from_arrays(data)
    load = time.process_time() - c0
    known = train_vocabulary(ud / "en_ewt-ud-train.conllu")
    print(f"model {a.model} ({Path(a.model).stat().st_size / 1e6:.2f} MB, load {load:.2f} s)")
    print("\n| split | words | UPOS % | Penn % | unknown words | UPOS % unknown "
          "| UPOS % words only | UPOS % title case | UPOS % upper case |")
    print("|---|---|---|---|---|---|---|---|---|")
    rates = {}
    for split in a.splits:
        path = ud / f"en_ewt-ud-{split}.conllu"
        r = score(tagger, path, known)
        print(
            f"| {split} | {r['words']} | {r['upos']:.2f} | {r['penn']:.2f} | {r['unknown']} "
            f"| {r['upos_unknown']:.2f} | {r['upos_words_only']:.2f} "
            f"| {r['upos_title_case']:.2f} | {r['upos_upper_case']:.2f} |"
        )
        sentences = [s.text for s in read_conllu(path)]
        rates[split] = (
            *speed(data, document_texts(path), a.repeat),
            speed(data, sentences, a.repeat)[1],
        )
    print("\n| split | tok/s cold (documents) | tok/s warm (documents) | tok/s warm (sentences) "
          "| ms per 600 words cold / warm |")
    print("|---|---|---|---|---|")
    news = sorted(Path(a.news).glob("*.txt"))
    if news:
        texts = [p.read_text(encoding="utf-8") for p in news]
        rates[f"{len(news)} news articles"] = (
            *speed(data, texts, a.repeat),
            speed(data, [s for t in texts for s in t.splitlines() if s.strip()], a.repeat)[1],
        )
    else:
        print(f"(no news articles in {a.news}: news row skipped)")
    for split, (cold, warm, sent) in rates.items():
        print(
            f"| {split} | {cold:,.0f} | {warm:,.0f} | {sent:,.0f} "
            f"| {600e3 / cold:.2f} / {600e3 / warm:.2f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
