"""JupyterLab's server for real: start it headless, list the notebooks, run one through a kernel
the server started, shut everything down cleanly.

The server serves a temporary copy of ``notebooks/`` and ``seeds/`` (so nothing in the
repository changes) on 127.0.0.1 with a random free port and a token; its runtime, config and
data folders are temporary too. Every wait has a timeout and the server is killed in a
``finally``, so the test cannot hang. Only loopback is contacted (the conftest guard checks).
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT

NOTEBOOK = "01_corpus.ipynb"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Api:
    """A tiny client of the server's REST API (urllib, token header, timeouts)."""

    def __init__(self, port: int, token: str) -> None:
        self.base = f"http://127.0.0.1:{port}"
        self.headers = {"Authorization": f"token {token}", "Content-Type": "application/json"}

    def call(self, method: str, path: str, body: dict | None = None, timeout: float = 10):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers=self.headers)
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read()
            return response.status, (json.loads(raw) if raw else None)


def _wait_for_status(api: Api, proc: subprocess.Popen, log: Path, timeout: float = 60) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"jupyter server exited early ({proc.returncode}):\n{log.read_text()}")
        try:
            status, body = api.call("GET", "/api/status", timeout=2)
            if status == 200:
                return body
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.25)
    pytest.fail(f"jupyter server did not answer within {timeout} s:\n{log.read_text()}")


def _run_cells(connection_file: Path, cells: list[str]) -> list[list[dict]]:
    """Execute ``cells`` in the kernel behind ``connection_file``; return each cell's outputs."""
    from jupyter_client import BlockingKernelClient

    client = BlockingKernelClient(connection_file=str(connection_file))
    client.load_connection_file()
    # No heartbeat channel: a client outside a KernelManager judges the kernel dead when one
    # ping goes unanswered for a second, which a busy two-CPU CI machine can take while the
    # kernel starts ("Kernel died before replying to kernel_info"). The timeouts below still
    # fail the test if the kernel never answers.
    client.start_channels(hb=False)
    try:
        client.wait_for_ready(timeout=60)
        results = []
        for source in cells:
            outputs: list[dict] = []

            def hook(msg, outputs=outputs):
                if msg["msg_type"] in {"execute_result", "display_data", "stream", "error"}:
                    outputs.append({"type": msg["msg_type"], **msg["content"]})

            reply = client.execute_interactive(source, timeout=120, output_hook=hook)
            errors = [o for o in outputs if o["type"] == "error"]
            assert reply["content"]["status"] == "ok", errors or reply["content"]
            results.append(outputs)
        return results
    finally:
        client.stop_channels()


def test_jupyter_server_lists_runs_and_shuts_down_a_notebook(tmp_path):
    import nbformat

    project = tmp_path / "project"
    (project / "notebooks").mkdir(parents=True)
    (project / "figures").mkdir()
    shutil.copytree(ROOT / "seeds", project / "seeds")
    for nb in sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        shutil.copy(nb, project / "notebooks" / nb.name)
    runtime = tmp_path / "runtime"
    env = dict(os.environ,
               JUPYTER_RUNTIME_DIR=str(runtime),
               JUPYTER_CONFIG_DIR=str(tmp_path / "config"),
               JUPYTER_DATA_DIR=str(tmp_path / "data"),
               IPYTHONDIR=str(tmp_path / "ipython"),
               JUPYTER_PLATFORM_DIRS="1",
               MPLBACKEND="Agg")
    port, token = _free_port(), secrets.token_hex(16)
    log = tmp_path / "server.log"
    command = [sys.executable, "-m", "jupyter_server", "--no-browser", "--allow-root",
               "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}",
               "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}",
               f"--ServerApp.root_dir={project}"]
    api = Api(port, token)
    with log.open("w") as log_file:
        proc = subprocess.Popen(command, env=env, stdout=log_file, stderr=subprocess.STDOUT,
                                cwd=tmp_path)
        try:
            status = _wait_for_status(api, proc, log)
            assert status["kernels"] == 0

            # The notebooks are listed, and an unauthenticated request is refused.
            _, listing = api.call("GET", "/api/contents/notebooks")
            names = {item["name"] for item in listing["content"]}
            assert NOTEBOOK in names
            assert names == {p.name for p in (project / "notebooks").iterdir()}
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(f"{api.base}/api/contents/notebooks", timeout=10)
            assert refused.value.code == 403

            # A kernel started by the server, in the notebooks folder, runs the notebook.
            code, kernel = api.call("POST", "/api/kernels",
                                    {"name": "python3", "path": "notebooks"}, timeout=60)
            assert code == 201
            connection_file = runtime / f"kernel-{kernel['id']}.json"
            assert connection_file.is_file()
            nb = nbformat.read(project / "notebooks" / NOTEBOOK, as_version=4)
            cells = [c.source for c in nb.cells if c.cell_type == "code"]
            outputs = _run_cells(connection_file, cells)
            corpus_repr = [o["data"]["text/plain"] for o in outputs[1]
                           if o["type"] == "execute_result"]
            assert corpus_repr == ["Corpus(name='seeds', documents=1, sentences=17)"]
            assert {p.name for p in (project / "figures").iterdir()} >= {
                "speakers.png", "voice_through_coverage.svg"}

            # Shut the kernel down, then the server, cleanly.
            code, _ = api.call("DELETE", f"/api/kernels/{kernel['id']}", timeout=30)
            assert code == 204
            assert api.call("GET", "/api/kernels")[1] == []
            assert not connection_file.exists()
            try:
                api.call("POST", "/api/shutdown", timeout=10)
            except (urllib.error.URLError, ConnectionError):
                pass  # the server may close the connection as it stops
            assert proc.wait(timeout=30) == 0
            assert list(runtime.glob("jpserver-*.json")) == []
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)
