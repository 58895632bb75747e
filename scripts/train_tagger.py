"""Train the part-of-speech tagger on UD_English-EWT; write ``analysis/resources/tagger/``.

Usage (from the project root)::

    .venv/bin/python scripts/train_tagger.py [--ud DIR] [--epochs N] [--out PATH]

``DIR`` defaults to ``../shared/corpora/ud-english-ewt`` (``en_ewt-ud-{train,dev}.conllu``,
CC BY-SA 4.0). Training reads only ``train``; ``dev`` accuracy is printed after every epoch
for tuning. ``test`` is read by ``benchmarks/tagger.py`` only.

Each sentence's ``# text`` is re-tokenised with :data:`analysis.corpus.tokens.WORD_RE` and every
package token takes the tag of one UD word it overlaps (:func:`token_label`). Sentences of a
UD document are joined with spaces into one sequence, so windows and punctuation gaps cross
sentence ends as they do in an article. Deterministic extra copies of some sentences teach
the tagger headline styles: upper-cased (8 %), title-cased (12 %), and without punctuation
gaps (15 %, as :meth:`analysis.corpus.tagger.Tagger.tag` sees words given without text).

The run is deterministic (fixed shuffling seed, sorted feature names, weights rounded to 3
decimals, ``.npz`` members with fixed timestamps), so re-running it reproduces the artefact
byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.corpus import tagger as tg  # noqa: E402
from analysis.corpus.tokens import WORD_RE  # noqa: E402
from analysis.io import write_bytes_atomic  # noqa: E402

DEFAULT_UD = ROOT.parent / "shared" / "corpora" / "ud-english-ewt"
DEFAULT_OUT = ROOT / "analysis" / "resources" / "tagger" / tg.RESOURCE_NAME
MODEL_VERSION = "1.0.0"
SEED = 13
EPOCHS = 7
MIN_FEATURE_COUNT = 2  # features seen once in train are dropped before training
MIN_CLASS_COUNT = 30  # rarer (UPOS, Penn) pairs fold into the UPOS's commonest Penn tag
TAGDICT_MIN_COUNT = 20  # Honnibal's thresholds for the tag dictionary
TAGDICT_MIN_SHARE = 0.97
AMBIGUITY_MIN_COUNT = 5  # words rarer than this get the ambiguity class "?"
AMBIGUITY_MIN_SHARE = 0.05  # tags rarer than this share of a word's uses are left out
WEIGHT_DECIMALS = 3


@dataclass(frozen=True)
class UDWord:
    """One syntactic word of a CoNLL-U sentence with the character span of its surface token."""

    id: int
    form: str
    upos: str
    xpos: str
    head: int
    start: int
    end: int


@dataclass(frozen=True)
class UDSentence:
    """A CoNLL-U sentence: ids, ``# text``, words."""

    doc_id: str
    sent_id: str
    text: str
    words: tuple[UDWord, ...]


def read_conllu(path: Path) -> Iterator[UDSentence]:
    """Yield the sentences of a CoNLL-U file with character offsets of every word in ``# text``.

    Words of a multiword token (``don't`` = ``do`` + ``n't``) share the span of the surface
    token. Raises ``ValueError`` naming the file and line when a form cannot be found in the
    text.
    """
    doc_id = sent_id = text = ""
    lines: list[tuple[int, list[str]]] = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, start=1):
            line = line.rstrip("\n")
            if line.startswith("# newdoc id = "):
                doc_id = line[len("# newdoc id = "):]
            elif line.startswith("# sent_id = "):
                sent_id = line[len("# sent_id = "):]
            elif line.startswith("# text = "):
                text = line[len("# text = "):]
            elif line and not line.startswith("#"):
                lines.append((lineno, line.split("\t")))
            elif not line and lines:
                yield UDSentence(doc_id, sent_id, text, _locate(path, text, lines))
                lines = []
    if lines:
        yield UDSentence(doc_id, sent_id, text, _locate(path, text, lines))


def _locate(path: Path, text: str, lines: list[tuple[int, list[str]]]) -> tuple[UDWord, ...]:
    words: list[UDWord] = []
    cursor = 0
    mwt_end = 0
    span = (0, 0)
    for lineno, cols in lines:
        tid = cols[0]
        if "." in tid:  # empty node: no surface form
            continue
        if "-" in tid:
            mwt_end = int(tid.split("-")[1])
            span = _find(path, lineno, text, cols[1], cursor)
            cursor = span[1]
            continue
        wid = int(tid)
        if wid > mwt_end:
            span = _find(path, lineno, text, cols[1], cursor)
            cursor = span[1]
        words.append(UDWord(wid, cols[1], cols[3], cols[4], int(cols[6]), *span))
    return tuple(words)


def _find(path: Path, lineno: int, text: str, form: str, cursor: int) -> tuple[int, int]:
    start = text.find(form, cursor)
    if start < 0 or text[cursor:start].strip():
        raise ValueError(f"{path}:{lineno}: form {form!r} not found in # text at {cursor}")
    return start, start + len(form)


def token_label(words: tuple[UDWord, ...], start: int, end: int) -> tuple[str, str]:
    """The (UPOS, Penn) tag of the package token ``[start, end)``.

    Rule: among the non-punctuation UD words the token overlaps, take the first whose
    syntactic head lies outside the token (``Yoon’s`` -> ``Yoon`` PROPN, since ``’s`` depends
    on ``Yoon``; ``don't`` -> ``do`` AUX; ``there's`` -> ``'s`` VERB, the head of ``there``;
    ``nuclear-armed`` -> ``armed``); a token covering only part of one UD word (``x.com`` of
    an e-mail address) takes that word's tag.
    """
    cover = [w for w in words if w.start < end and w.end > start]
    content = [w for w in cover if w.upos != "PUNCT"] or cover
    ids = {w.id for w in cover}
    heads = [w for w in content if w.head not in ids]
    best = (heads or content)[0]
    return best.upos, best.xpos


def labelled_tokens(sent: UDSentence) -> list[tuple[int, int, str, tuple[str, str]]]:
    """``(start, end, word, (upos, penn))`` for every package token of the sentence."""
    return [
        (m.start(), m.end(), m.group(), token_label(sent.words, m.start(), m.end()))
        for m in WORD_RE.finditer(sent.text)
    ]


@dataclass(frozen=True)
class Tagged:
    """One tagging unit: words, ``len(words) + 1`` gap classes, gold (upos, penn) labels."""

    words: list[str]
    gaps: list[str]
    labels: list[tuple[str, str]]


def documents(path: Path) -> list[Tagged]:
    """Each UD document as one sequence: its sentences joined by spaces, gaps from the text."""
    by_doc: dict[str, list[UDSentence]] = defaultdict(list)
    order: list[str] = []
    for sent in read_conllu(path):
        if sent.doc_id not in by_doc:
            order.append(sent.doc_id)
        by_doc[sent.doc_id].append(sent)
    out = []
    for doc_id in order:
        text, spans, words, labels = "", [], [], []
        for sent in by_doc[doc_id]:
            base = len(text) + (1 if text else 0)
            text = f"{text} {sent.text}" if text else sent.text
            for s, e, w, lab in labelled_tokens(sent):
                spans.append((base + s, base + e))
                words.append(w)
                labels.append(lab)
        if words:
            out.append(Tagged(words, tg.text_gaps(text, spans), labels))
    return out


def _title(word: str) -> str:
    return word[:1].upper() + word[1:]


def augmented(path: Path) -> list[Tagged]:
    """Extra single-sentence copies in headline styles, picked by a CRC of the sentence id."""
    out = []
    for sent in read_conllu(path):
        toks = labelled_tokens(sent)
        if not toks:
            continue
        r = zlib.crc32(sent.sent_id.encode("utf-8")) % 100
        words = [w for _, _, w, _ in toks]
        labels = [lab for _, _, _, lab in toks]
        gaps = tg.text_gaps(sent.text, [(s, e) for s, e, _, _ in toks])
        if r < 8:
            out.append(Tagged([w.upper() for w in words], gaps, labels))
        elif r < 20:
            out.append(Tagged([_title(w) for w in words], gaps, labels))
        elif r < 35:
            out.append(Tagged(words, tg.plain_gaps(len(words)), labels))
    return out


def fold_classes(seqs: list[Tagged]) -> list[str]:
    """``"UPOS/PENN"`` classes with at least MIN_CLASS_COUNT uses; rewrites rarer labels in
    place to their UPOS's commonest Penn tag. Returns the sorted class list."""
    counts = Counter(lab for s in seqs for lab in s.labels)
    top: dict[str, tuple[str, str]] = {}
    for (upos, penn), _ in counts.most_common():
        top.setdefault(upos, (upos, penn))
    keep = {lab for lab, n in counts.items() if n >= MIN_CLASS_COUNT} | set(top.values())
    for s in seqs:
        s.labels[:] = [lab if lab in keep else top[lab[0]] for lab in s.labels]
    return sorted(f"{u}/{p}" for u, p in keep)


def lexicons(seqs: list[Tagged], classes: list[str]) -> tuple[dict[str, int], dict[str, str]]:
    """Tag dictionary (exact form -> class index) and ambiguity classes (lower form -> tags),
    both over :func:`analysis.corpus.tagger.normalise_form` forms."""
    index = {c: i for i, c in enumerate(classes)}
    exact: dict[str, Counter] = defaultdict(Counter)
    lower: dict[str, Counter] = defaultdict(Counter)
    for s in seqs:
        for w, (upos, penn) in zip(s.words, s.labels, strict=True):
            form = tg.normalise_form(w)
            exact[form][f"{upos}/{penn}"] += 1
            lower[form.lower()][upos] += 1
    tagdict = {}
    for w, c in exact.items():
        n = sum(c.values())
        lab, k = c.most_common(1)[0]
        if n >= TAGDICT_MIN_COUNT and k / n >= TAGDICT_MIN_SHARE:
            tagdict[w] = index[lab]
    ambiguity = {}
    for w, c in lower.items():
        n = sum(c.values())
        if n >= AMBIGUITY_MIN_COUNT:
            ambiguity[w] = "|".join(sorted(t for t, k in c.items() if k / n >= AMBIGUITY_MIN_SHARE))
    return tagdict, ambiguity


def sequence_features(seq: Tagged, ambiguity: dict[str, str]) -> list[list[str]]:
    """The feature strings of every word of ``seq`` (exactly what the shipped tagger sums)."""
    padded = [tg.PAD_LEFT, tg.PAD_LEFT, *seq.words, tg.PAD_RIGHT, tg.PAD_RIGHT]
    per_type = {w: tg.type_features(w, ambiguity) for w in set(padded)}
    out = []
    for i in range(len(seq.words)):
        feats = [f for k in range(len(tg.OFFSETS)) for f in per_type[padded[i + k]][k]]
        feats.extend(tg.gap_features(seq.gaps[i], seq.gaps[i + 1]))
        out.append(feats)
    return out


class AveragedPerceptron:
    """Multiclass averaged perceptron over integer feature ids (Collins 2002), averaged with
    Daumé's trick: ``avg = w - u / c`` where ``u`` sums ``c * update``."""

    def __init__(self, n_features: int, n_classes: int) -> None:
        self.w = np.zeros((n_features, n_classes))
        self.u = np.zeros((n_features, n_classes))
        self.c = 1

    def step(self, feats: np.ndarray, truth: int) -> bool:
        """Predict one example, update on a mistake; returns whether it was right."""
        guess = int(self.w[feats].sum(axis=0).argmax())
        if guess != truth:
            self.w[feats, truth] += 1.0
            self.w[feats, guess] -= 1.0
            self.u[feats, truth] += self.c
            self.u[feats, guess] -= self.c
        self.c += 1
        return guess == truth

    def averaged(self) -> np.ndarray:
        """The averaged weights."""
        return self.w - self.u / self.c


def encode(
    seqs: list[Tagged], ambiguity: dict[str, str], classes: list[str]
) -> tuple[list[str], list[np.ndarray], np.ndarray]:
    """Feature vocabulary (features seen at least MIN_FEATURE_COUNT times, sorted), the id
    array of every word and the gold class of every word."""
    feats = [f for s in seqs for f in sequence_features(s, ambiguity)]
    counts = Counter(f for fs in feats for f in fs)
    vocab = sorted(f for f, n in counts.items() if n >= MIN_FEATURE_COUNT)
    fid = {f: i for i, f in enumerate(vocab)}
    xs = [np.array([fid[f] for f in fs if f in fid], dtype=np.int64) for fs in feats]
    index = {c: i for i, c in enumerate(classes)}
    ys = np.array([index[f"{u}/{p}"] for s in seqs for u, p in s.labels], dtype=np.int64)
    return vocab, xs, ys


def build_tagger(
    vocab: list[str],
    weights: np.ndarray,
    classes: list[str],
    tagdict: dict[str, int],
    ambiguity: dict[str, str],
    meta: dict,
) -> tg.Tagger:
    """A :class:`~analysis.corpus.tagger.Tagger` from rounded weights (zeros and unused features
    dropped)."""
    w = np.round(weights, WEIGHT_DECIMALS)
    sparse = {}
    for i, f in enumerate(vocab):
        nz = np.flatnonzero(w[i])
        if len(nz):
            sparse[f] = {int(c): float(w[i, c]) for c in nz}
    return tg.Tagger(classes, sparse, tagdict, ambiguity, meta)


def accuracy(tagger: tg.Tagger, seqs: list[Tagged]) -> float:
    """UPOS accuracy (percent) of ``tagger`` on gold sequences (with their gaps)."""
    right = total = 0
    for s in seqs:
        pred = tagger.tag(s.words, "upos", s.gaps)
        right += sum(p == u for p, (u, _) in zip(pred, s.labels, strict=True))
        total += len(pred)
    return 100.0 * right / total


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ud", default=str(DEFAULT_UD), help="UD_English-EWT folder")
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--out", default=str(DEFAULT_OUT), help="artefact path")
    args = ap.parse_args(argv)
    ud = Path(args.ud)
    train_path, dev_path = ud / "en_ewt-ud-train.conllu", ud / "en_ewt-ud-dev.conllu"
    for p in (train_path, dev_path):
        if not p.is_file():
            print(f"error: {p}: not found (pass --ud DIR)", file=sys.stderr)
            return 2
    t0 = time.perf_counter()
    docs = documents(train_path)
    train = docs + augmented(train_path)
    classes = fold_classes(train)
    tagdict, ambiguity = lexicons(docs, classes)
    dev = documents(dev_path)
    vocab, xs, ys = encode(train, ambiguity, classes)
    print(
        f"{len(ys)} training words ({len(train)} sequences), {len(classes)} classes, "
        f"{len(vocab)} features, {len(tagdict)} tag-dictionary forms; "
        f"{time.perf_counter() - t0:.0f} s",
        flush=True,
    )
    meta = {
        "model_version": MODEL_VERSION,
        "trained_on": "UD_English-EWT en_ewt-ud-train.conllu (Silveira et al. 2014), CC BY-SA 4.0",
        "train_sha256": hashlib.sha256(train_path.read_bytes()).hexdigest(),
        "epochs": args.epochs,
        "seed": SEED,
    }
    model = AveragedPerceptron(len(vocab), len(classes))
    order = list(range(len(ys)))
    rng = random.Random(SEED)
    for epoch in range(1, args.epochs + 1):
        rng.shuffle(order)
        right = sum(model.step(xs[i], int(ys[i])) for i in order)
        tagger = build_tagger(vocab, model.averaged(), classes, tagdict, ambiguity, meta)
        print(
            f"epoch {epoch}: train {100 * right / len(order):.2f} %, "
            f"dev UPOS {accuracy(tagger, dev):.2f} %; {time.perf_counter() - t0:.0f} s",
            flush=True,
        )
    payload = tagger.to_npz()
    out = Path(args.out)
    write_bytes_atomic(out, payload, create_parents=True)
    print(
        f"wrote {out} ({len(payload) / 1e6:.2f} MB, sha256 "
        f"{hashlib.sha256(payload).hexdigest()[:16]}, {tagger.n_features} "
        f"features) in {time.perf_counter() - t0:.0f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
