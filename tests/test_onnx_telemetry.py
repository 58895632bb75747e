"""onnxruntime's official Linux builds (1.29 on) start a telemetry client when imported: a device
id and an event store under ``~/.cache/Microsoft`` and uploads to Microsoft. Nothing the package
runs may touch the network, so ``import analysis`` opts out before onnxruntime is imported
(:data:`analysis.TELEMETRY_OFF`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import analysis

ROOT = Path(__file__).resolve().parents[1]

SESSION = ("import os, analysis\n"
           "from analysis.metrics.onnx_models import onnx_session, resources_dir\n"
           "onnx_session(resources_dir() / 'target_tone_encoder.onnx')\n"
           "print(os.environ['ORT_DISABLE_TELEMETRY'], os.environ['ORT_TELEMETRY_DISABLED'])\n")


def _run(home: Path, **extra: str) -> str:
    env = {k: v for k, v in os.environ.items()
           if k not in analysis.TELEMETRY_OFF and k != "XDG_CACHE_HOME"}
    env.update(HOME=str(home), **extra)
    done = subprocess.run([sys.executable, "-c", SESSION], env=env, cwd=ROOT, text=True,
                          capture_output=True, check=True, timeout=120)
    return done.stdout.strip()


def test_an_onnx_session_after_import_analysis_leaves_no_telemetry_files(tmp_path):
    # before, a fresh home gained .cache/Microsoft/DeveloperTools/.onnxruntime/deviceid and
    # onnxruntime.db on the first session
    assert _run(tmp_path) == "1 1"
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == []


def test_a_user_s_own_setting_is_kept(tmp_path):
    assert _run(tmp_path, ORT_DISABLE_TELEMETRY="1", ORT_TELEMETRY_DISABLED="yes") == "1 yes"
