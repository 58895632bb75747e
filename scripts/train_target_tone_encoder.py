"""Fine-tune MiniLM-L6 for target-dependent tone on NewsMTSC; export an int8 ONNX model.

Usage (from the project root, in a training environment with torch, transformers, onnx,
onnxscript and onnxruntime; the package itself needs only onnxruntime and tokenizers)::

    nice python scripts/train_target_tone_encoder.py --base DIR [--train TRAIN_JSONL]
        [--dev DEV_JSONL ...] [--epochs 3] [--out-dir analysis/resources] [--work /tmp/tte]

``DIR`` is the Hugging Face folder of sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0;
``config.json``, ``model.safetensors``, ``tokenizer.json``). Recipe: NewsMTSC train only, split
by sentence into 90 % for fine-tuning and 10 % held out for calibration (seed 0); the input is
the sentence with the target between two marker tokens
(:mod:`analysis.metrics.target_tone.encoder_inputs`); the head is one linear layer on the
hidden state of the opening marker concatenated with the mean-pooled sentence; AdamW
(lr 5e-5, weight decay 0.01, linear warm-up 10 % then decay), batch 32 (similar lengths
together), max 96 tokens, dropout 0.1, the word-embedding matrix frozen, one torch thread,
deterministic algorithms, seed 0. After every epoch the dev files are scored and the epoch
with the best mean dev macro-F1 is kept (model selection only; nothing is fitted on dev). A
temperature is fitted on the held-out 10 % of train (log loss), the model is exported to ONNX,
quantised dynamically to int8 (MatMul and Gather, so the embedding matrix is int8 too;
per-channel weight scales, which lost less dev macro-F1 against fp32 than one scale per
tensor) and checked against fp32.

``--from-state PT`` skips fine-tuning and calibrates and exports a saved state (the
``best_state.pt`` and ``history.json`` the run keeps in ``--work``). Thread scheduling aside, the
run is deterministic; torch and onnxruntime versions change the bytes of the export.

Writes ``target_tone_encoder.onnx``, ``target_tone_tokenizer.json`` and
``target_tone_encoder.json`` (temperature, settings, scores) to ``--out-dir``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.metrics.target_tone import encoder_inputs as ei  # noqa: E402
from analysis.metrics.target_tone.training import label_codes, read_newsmtsc  # noqa: E402

NEWSMTSC = ROOT.parent / "shared" / "bench" / "stance" / "newsmtsc"
MODEL_VERSION = "3.0.0"
SEED = 0
LR = 5e-5
WEIGHT_DECAY = 0.01
BATCH = 32
WARMUP = 0.1
CALIB_SHARE = 0.1


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", required=True, help="folder of all-MiniLM-L6-v2 (HF format)")
    ap.add_argument("--train", default=str(NEWSMTSC / "train.jsonl"))
    ap.add_argument("--dev", nargs="*", default=[str(NEWSMTSC / "dev_rw.jsonl"),
                                                 str(NEWSMTSC / "dev_mt.jsonl")])
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--max-len", type=int, default=ei.MAX_LEN)
    ap.add_argument("--lr", type=float, default=LR)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--limit-batches", type=int, default=0,
                    help="stop each epoch after this many batches (timing runs)")
    ap.add_argument("--from-state", default=None, metavar="PT",
                    help="skip fine-tuning: calibrate and export this saved state (best_state.pt "
                    "in --work, kept after each improving epoch)")
    ap.add_argument("--out-dir", default=str(ROOT / "analysis" / "resources"))
    ap.add_argument("--work", default="/tmp/target_tone_encoder")
    return ap


def build_model(base: str) -> Any:
    """MiniLM encoder plus a linear head on [opening marker ; mean pooling]."""
    import torch
    from transformers import AutoModel

    class TargetToneEncoder(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = AutoModel.from_pretrained(base)
            hidden = self.bert.config.hidden_size
            self.dropout = torch.nn.Dropout(0.1)
            self.head = torch.nn.Linear(2 * hidden, 3)

        def forward(self, input_ids: Any, attention_mask: Any, marker: Any) -> Any:
            h = self.bert(input_ids=input_ids, attention_mask=attention_mask,
                          token_type_ids=torch.zeros_like(input_ids)).last_hidden_state
            m = attention_mask.unsqueeze(-1).to(h.dtype)
            mean = (h * m).sum(1) / m.sum(1).clamp(min=1.0)
            at = h[torch.arange(h.shape[0]), marker]
            return self.head(self.dropout(torch.cat([at, mean], dim=-1)))

    return TargetToneEncoder()


def split_train(df: Any) -> tuple[Any, Any]:
    """Fine-tuning and calibration parts of train, grouped by sentence (seed 0)."""
    import numpy as np

    sids = np.array(sorted(df["sentence_id"].unique()))
    rng = np.random.default_rng(SEED)
    held = set(rng.choice(sids, size=int(round(CALIB_SHARE * len(sids))), replace=False).tolist())
    mask = df["sentence_id"].isin(held).to_numpy()
    return df[~mask].reset_index(drop=True), df[mask].reset_index(drop=True)


def tensors(tok: Any, df: Any, max_len: int) -> dict[str, Any]:
    """Per-example token lists for dynamic padding: ids, marker position, label code."""
    ids, mask, mark = ei.encode(tok, df["text"].tolist(),
                                list(zip(df["start"], df["end"], strict=True)), max_len)
    lens = mask.sum(1)
    return {"ids": ids, "lens": lens, "mark": mark, "y": label_codes(df["label"].tolist())}


def batches(data: dict[str, Any], order: Any, size: int) -> Any:
    """Yield padded torch batches in ``order``."""
    import torch

    for i in range(0, len(order), size):
        idx = order[i:i + size]
        width = int(data["lens"][idx].max())
        ids = torch.from_numpy(data["ids"][idx, :width])
        mask = (torch.arange(width)[None, :] < torch.from_numpy(data["lens"][idx])[:, None])
        yield ids, mask.long(), torch.from_numpy(data["mark"][idx]), torch.from_numpy(
            data["y"][idx])


def logits_of(model: Any, data: dict[str, Any]) -> Any:
    """Evaluation-mode logits (numpy, shape (n, 3)); batches sorted by length for speed."""
    import numpy as np
    import torch

    model.eval()
    order = np.argsort(data["lens"], kind="stable")
    out = np.zeros((len(order), 3), dtype=np.float32)
    with torch.no_grad():
        for k, (ids, mask, mark, _) in enumerate(batches(data, order, 64)):
            out[order[k * 64:k * 64 + len(ids)]] = model(ids, mask, mark).numpy()
    return out


def macro_f1(logits: Any, y: Any) -> float:
    """Macro-F1 in percent of the argmax."""
    from sklearn.metrics import f1_score

    return 100 * f1_score(y, logits.argmax(1), average="macro", labels=[0, 1, 2])


def bucketed_order(lens: Any, rng: Any, batch: int = BATCH, chunk_batches: int = 50) -> Any:
    """A shuffled order in which each run of ``batch`` examples has similar lengths (less
    padding): shuffle, sort within chunks of ``chunk_batches`` batches, shuffle the batches.
    Also used by ``scripts/train_frame_encoder.py``."""
    import numpy as np

    order = rng.permutation(len(lens))
    chunk = chunk_batches * batch
    for i in range(0, len(order), chunk):
        part = order[i:i + chunk]
        order[i:i + chunk] = part[np.argsort(lens[part], kind="stable")]
    starts = rng.permutation(np.arange(0, len(order), batch))
    return np.concatenate([order[s:s + batch] for s in starts])


def train_epoch(model: Any, opt: Any, sched: Any, data: dict[str, Any], epoch: int,
                limit: int) -> float:
    """One epoch of fine-tuning in a seeded shuffled order; returns seconds taken."""
    import numpy as np
    import torch

    model.train()
    order = bucketed_order(data["lens"], np.random.default_rng(SEED + epoch))
    t0, loss_sum = time.perf_counter(), 0.0
    for k, (ids, mask, mark, y) in enumerate(batches(data, order, BATCH)):
        loss = torch.nn.functional.cross_entropy(model(ids, mask, mark), y)
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        loss_sum += float(loss.detach())
        if (k + 1) % 50 == 0:
            print(f"  epoch {epoch + 1} batch {k + 1}: loss {loss_sum / (k + 1):.4f} "
                  f"({time.perf_counter() - t0:.0f} s)", flush=True)
        if limit and k + 1 >= limit:
            break
    return time.perf_counter() - t0


def fine_tune(args: argparse.Namespace, tok: Any, fit: dict, devs: dict) -> tuple[Any, list]:
    """Fine-tune for ``args.epochs``; keep the state with the best mean dev macro-F1."""
    import copy

    import torch
    from transformers import get_linear_schedule_with_warmup

    model = build_model(args.base)
    # The word-embedding matrix (half the weights) stays frozen: a third less time per step.
    model.bert.embeddings.word_embeddings.weight.requires_grad_(False)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=WEIGHT_DECAY)
    steps = args.epochs * ((len(fit["y"]) + BATCH - 1) // BATCH)
    sched = get_linear_schedule_with_warmup(opt, int(WARMUP * steps), steps)
    best, best_state, history = -1.0, None, []
    Path(args.work).mkdir(parents=True, exist_ok=True)
    for epoch in range(args.epochs):
        secs = train_epoch(model, opt, sched, fit, epoch, args.limit_batches)
        scores = {name: macro_f1(logits_of(model, d), d["y"]) for name, d in devs.items()}
        mean = sum(scores.values()) / max(1, len(scores))
        history.append({"epoch": epoch + 1, "seconds": round(secs),
                        **{k: round(v, 2) for k, v in scores.items()}})
        (Path(args.work) / "history.json").write_text(json.dumps(history))
        print(f"epoch {epoch + 1}: {secs:.0f} s, dev macro-F1 "
              + ", ".join(f"{k} {v:.1f}" for k, v in scores.items()), flush=True)
        if mean > best:
            best, best_state = mean, copy.deepcopy(model.state_dict())
            torch.save(best_state, Path(args.work) / "best_state.pt")
    model.load_state_dict(best_state)
    model.eval()
    return model, history


def fit_temperature(logits: Any, y: Any) -> float:
    """Temperature-scaling factor ``beta`` (probabilities ``softmax(beta z)``) minimising the
    log loss of ``logits`` against ``y`` (golden-section search on log beta)."""
    import numpy as np

    def nll(log_beta: float) -> float:
        z = np.exp(log_beta) * logits
        z = z - z.max(1, keepdims=True)
        return float(-(z[np.arange(len(y)), y] - np.log(np.exp(z).sum(1))).mean())

    lo, hi, g = -3.0, 3.0, (5 ** 0.5 - 1) / 2
    for _ in range(80):
        a, b = hi - g * (hi - lo), lo + g * (hi - lo)
        lo, hi = (lo, b) if nll(a) < nll(b) else (a, hi)
    return round(float(np.exp((lo + hi) / 2)), 6)


def export_onnx(model: Any, work: Path, max_len: int) -> tuple[Path, Path]:
    """Export fp32 ONNX (dynamic batch and length) and its int8 dynamic quantisation."""
    import torch
    from onnx_unsigned import unsigned_weights
    from onnxruntime.quantization import QuantType, quantize_dynamic

    work.mkdir(parents=True, exist_ok=True)
    fp32, int8 = work / "fp32.onnx", work / "int8.onnx"
    ids = torch.ones((2, 16), dtype=torch.long)
    dyn = {"input_ids": {0: "batch", 1: "length"}, "attention_mask": {0: "batch", 1: "length"},
           "marker": {0: "batch"}, "logits": {0: "batch"}}
    torch.onnx.export(model, (ids, torch.ones_like(ids), torch.zeros(2, dtype=torch.long)),
                      str(fp32), input_names=["input_ids", "attention_mask", "marker"],
                      output_names=["logits"], dynamic_axes=dyn, opset_version=17,
                      dynamo=False)
    quantize_dynamic(str(fp32), str(int8), op_types_to_quantize=["MatMul", "Gather"],
                     weight_type=QuantType.QInt8, per_channel=True)
    unsigned_weights(int8, int8)  # exact integer sums on every x86 CPU (onnx_unsigned.py)
    return fp32, int8


def onnx_logits(path: Path, data: dict[str, Any]) -> Any:
    """Logits of an ONNX model on encoded data (one thread, batches of 64)."""
    import numpy as np
    import onnxruntime as ort

    so = ort.SessionOptions()
    so.intra_op_num_threads, so.inter_op_num_threads = 1, 1
    sess = ort.InferenceSession(str(path), so, providers=["CPUExecutionProvider"])
    out = []
    for i in range(0, len(data["y"]), 64):
        sl = slice(i, i + 64)
        width = int(data["lens"][sl].max())
        ids = data["ids"][sl, :width]
        mask = (np.arange(width)[None, :] < data["lens"][sl][:, None]).astype(np.int64)
        out.append(sess.run(["logits"], {"input_ids": ids, "attention_mask": mask,
                                         "marker": data["mark"][sl]})[0])
    return np.concatenate(out)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    import numpy as np
    import torch
    from tokenizers import Tokenizer

    args = build_parser().parse_args(argv)
    torch.manual_seed(SEED)
    torch.set_num_threads(args.threads)
    torch.use_deterministic_algorithms(True)
    tok = ei.add_marker_tokens(Tokenizer.from_file(str(Path(args.base) / "tokenizer.json")))
    fit_df, cal_df = split_train(read_newsmtsc(args.train))
    fit, cal = tensors(tok, fit_df, args.max_len), tensors(tok, cal_df, args.max_len)
    devs = {Path(f).stem: tensors(tok, read_newsmtsc(f), args.max_len) for f in args.dev}
    print(f"fine-tuning on {len(fit['y'])} targets, calibration {len(cal['y'])}", flush=True)
    if args.from_state:
        model = build_model(args.base)
        model.load_state_dict(torch.load(args.from_state))
        saved = Path(args.from_state).with_name("history.json")
        history = json.loads(saved.read_text()) if saved.is_file() else []
        model.eval()
    else:
        model, history = fine_tune(args, tok, fit, devs)
    beta = fit_temperature(logits_of(model, cal), cal["y"])
    fp32, int8 = export_onnx(model, Path(args.work), args.max_len)
    check = {}
    for name, d in {"calibration": cal, **devs}.items():
        lf, lq = onnx_logits(fp32, d), onnx_logits(int8, d)
        check[name] = {"f1_fp32": round(macro_f1(lf, d["y"]), 2),
                       "f1_int8": round(macro_f1(lq, d["y"]), 2),
                       "label_agreement": round(float((lf.argmax(1) == lq.argmax(1)).mean()), 4)}
        print(f"{name}: fp32 {check[name]['f1_fp32']:.1f}, int8 {check[name]['f1_int8']:.1f}, "
              f"agreement {check[name]['label_agreement']:.4f}", flush=True)
    write_outputs(args, tok, int8, beta, history, check, len(fit["y"]), len(cal["y"]))
    del np
    return 0


def write_outputs(args: argparse.Namespace, tok: Any, int8: Path, beta: float, history: list,
                  check: dict, n_fit: int, n_cal: int) -> None:
    """Copy the int8 model and tokenizer to ``--out-dir``; write the settings JSON."""
    from analysis.io import atomic_path, write_bytes_atomic, write_text_atomic

    out = Path(args.out_dir)
    write_bytes_atomic(out / "target_tone_encoder.onnx", Path(int8).read_bytes())
    with atomic_path(out / "target_tone_tokenizer.json") as tmp:
        tok.save(str(tmp))
    meta = {
        "format": "target-tone-encoder/1", "model_version": MODEL_VERSION,
        "base_model": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0)",
        "train_file": Path(args.train).name,
        "train_sha256": hashlib.sha256(Path(args.train).read_bytes()).hexdigest(),
        "n_fit": n_fit, "n_calibration": n_cal, "max_len": args.max_len,
        "recipe": {"lr": args.lr, "batch": BATCH, "epochs": args.epochs, "seed": SEED,
                   "weight_decay": WEIGHT_DECAY, "warmup": WARMUP},
        "history": history, "calibration": {"method": "temperature", "beta": beta},
        "int8_check": check,
        "onnx_sha256": hashlib.sha256((out / "target_tone_encoder.onnx").read_bytes()).hexdigest(),
    }
    write_text_atomic(out / "target_tone_encoder.json",
                      json.dumps(meta, indent=1, sort_keys=True) + "\n")
    print(f"wrote {out}/target_tone_encoder.* (temperature beta {beta})")


if __name__ == "__main__":
    raise SystemExit(main())
