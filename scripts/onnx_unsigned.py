#!/usr/bin/env python3
"""Rewrite the signed 8-bit weights of an ONNX model's ``MatMulInteger`` nodes as unsigned.

usage: python scripts/onnx_unsigned.py MODEL.onnx [OUT.onnx]   (in place without OUT)

onnxruntime's dynamic quantisation (``quantize_dynamic(..., weight_type=QuantType.QInt8)``)
leaves ``MatMulInteger`` nodes with uint8 activations and int8 weights. On x86 CPUs without
AVX-512 VNNI, onnxruntime's uint8 x int8 kernel sums pairs of products in 16 bits with
saturation (``vpmaddubsw``), so the same model gives other numbers there than on a VNNI CPU:
for the shipped tone encoder up to 0.20 in a probability and 19 of NewsMTSC dev_rw's 343
labels. Each weight ``q`` and its zero point ``z`` become ``q + 128`` and ``z + 128`` (uint8),
which leaves every dequantised weight ``scale * (q - z)`` unchanged; onnxruntime's uint8 x uint8
kernels accumulate exactly on every x86 CPU. Needs the ``onnx`` package (a training
dependency, not a run-time one). The training scripts call :func:`unsigned_weights` after
quantising.
"""

from __future__ import annotations

import sys
from pathlib import Path


def unsigned_weights(source: Path, target: Path) -> int:
    """Write ``source`` to ``target`` with the int8 weights and zero points of its
    ``MatMulInteger`` nodes as uint8; returns the number of tensors rewritten."""
    import numpy as np
    import onnx
    from onnx import numpy_helper

    from analysis.io import atomic_path

    model = onnx.load(str(source))
    initializers = {t.name: t for t in model.graph.initializer}
    done: set[str] = set()
    for node in model.graph.node:
        if node.op_type != "MatMulInteger":
            continue
        for name in (node.input[1], node.input[3]):
            tensor = initializers.get(name)
            if name in done or tensor is None or tensor.data_type != onnx.TensorProto.INT8:
                continue
            shifted = numpy_helper.to_array(tensor).astype(np.int16) + 128
            tensor.CopyFrom(numpy_helper.from_array(shifted.astype(np.uint8), name))
            done.add(name)
    with atomic_path(target) as tmp:  # no half-written model on an error
        onnx.save(model, str(tmp))
    return len(done)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) not in (1, 2):
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 2
    source = Path(args[0])
    count = unsigned_weights(source, Path(args[-1]))
    print(f"{count} weight tensors rewritten as uint8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
