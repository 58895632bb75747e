"""The HTML report in a real browser: headless Chromium opens it, every figure loads, the
console shows no error, and a screenshot is saved under build/ for a person to look at.

The browser is driven over the Chrome DevTools Protocol (a WebSocket on loopback, through the
``websocket-client`` package). Skipped, with the reason, where no Chromium or no
``websocket-client`` is installed (``.ci/run`` installs Debian's ``chromium`` where apt-get is
available).
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import make_report  # noqa: E402

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--remote-debugging-port=0", "--window-size=1280,900")
SCREENSHOT = ROOT / "build" / "report_screenshot.png"
TIMEOUT = 60.0


def find_browser() -> str | None:
    """The path of a Chromium-like browser, or None."""
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


class DevTools:
    """A minimal Chrome DevTools Protocol client: send a command, wait for its answer, and
    keep every event received meanwhile in :attr:`events`."""

    def __init__(self, url: str) -> None:
        import websocket

        self.socket = websocket.create_connection(url, timeout=TIMEOUT, suppress_origin=True)
        self.next_id = 0
        self.events: list[dict] = []

    def call(self, method: str, **params) -> dict:
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method: str) -> dict:
        for event in self.events:
            if event.get("method") == method:
                return event
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            message = json.loads(self.socket.recv())
            self.events.append(message)
            if message.get("method") == method:
                return message
        raise TimeoutError(f"no {method} within {TIMEOUT} s")

    def close(self) -> None:
        self.socket.close()


def console_errors(events: list[dict]) -> list[str]:
    """Errors among DevTools events: uncaught exceptions, console.error, failed loads."""
    errors = []
    for event in events:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.exceptionThrown":
            errors.append(params["exceptionDetails"].get("text", "exception"))
        elif method == "Runtime.consoleAPICalled" and params.get("type") == "error":
            errors.append(" ".join(str(a.get("value", a.get("description", "")))
                                   for a in params.get("args", [])))
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            errors.append(f"{params['entry'].get('source')}: {params['entry'].get('text')}")
    return errors


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """A headless Chromium with a fresh profile; yields its DevTools HTTP address."""
    pytest.importorskip("websocket", reason="websocket-client is not installed; the browser "
                        "test needs it to drive Chromium")
    path = find_browser()
    if path is None:
        pytest.skip("no Chromium found (install Debian's chromium: apt-get install chromium); "
                    "the report was not checked in a browser")
    profile = tmp_path_factory.mktemp("chromium-profile")
    process = subprocess.Popen([path, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    port_file = profile / "DevToolsActivePort"
    deadline = time.monotonic() + TIMEOUT
    while not port_file.exists() or not port_file.read_text().strip():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.skip(f"{path} did not start (exit code {process.poll()})")
        time.sleep(0.1)
    port = port_file.read_text().split()[0]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


def test_report_opens_with_every_figure_loaded_and_no_console_error(browser, tmp_path):
    notebooks = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    report = make_report.build(notebooks, tmp_path / "report.html", "Browser test")
    with urllib.request.urlopen(f"{browser}/json/list", timeout=TIMEOUT) as answer:
        pages = [t for t in json.load(answer) if t["type"] == "page"]
    tools = DevTools(pages[0]["webSocketDebuggerUrl"])
    try:
        for domain in ("Page", "Runtime", "Log"):
            tools.call(f"{domain}.enable")
        tools.call("Page.navigate", url=report.as_uri())
        tools.wait_for("Page.loadEventFired")
        found = tools.call("Runtime.evaluate", returnByValue=True, expression=(
            "JSON.stringify({images: Array.from(document.images).map(i => ({complete: "
            "i.complete, width: i.naturalWidth, alt: i.alt})), annotated: "
            "document.querySelectorAll('.an-article').length, tables: "
            "document.querySelectorAll('table.dataframe').length, text: "
            "document.body.innerText})"))
        page = json.loads(found["result"]["value"])
        height = tools.call("Runtime.evaluate", returnByValue=True,
                            expression="document.documentElement.scrollHeight")
        shot = tools.call("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                          clip={"x": 0, "y": 0, "width": 1280, "scale": 1,
                                "height": min(int(height["result"]["value"]), 16000)})
        SCREENSHOT.parent.mkdir(exist_ok=True)
        SCREENSHOT.write_bytes(base64.b64decode(shot["data"]))
        errors = console_errors(tools.events)
    finally:
        tools.close()
    # Every figure of the notebooks is an embedded PNG that decodes (naturalWidth > 0).
    figures = sum(1 for nb in notebooks for cell in json.loads(nb.read_text())["cells"]
                  for out in cell.get("outputs", []) if "image/png" in out.get("data", {}))
    assert len(page["images"]) == figures > 0
    assert [i for i in page["images"] if not i["complete"] or i["width"] == 0] == []
    assert errors == []
    assert page["annotated"] == 1  # the annotated article of notebook 04
    assert "When was the Washington Declaration covered?" in page["text"]  # notebook 07
    assert "A timeline needs articles from several dates" in page["text"]
    assert SCREENSHOT.stat().st_size > 10_000


def test_report_tables_have_readable_names_and_aligned_cells():
    html = ("<head></head><table border=\"1\" class=\"dataframe\"><thead><tr><th></th>"
            "<th>doc_id</th><th>n_documents</th><th>ci_low</th><th>hedges_per_1000_words</th>"
            "</tr></thead><tbody><tr><th>0</th><td>herald-1</td><td>12</td><td>-0.125</td>"
            "<td>NaN</td></tr></tbody></table>")
    out = make_report.readable_tables(html)
    assert ("<th>document ID</th><th>documents</th><th>95% CI low</th>"
            "<th>hedges per 1,000 words</th>") in out
    assert ('<td>herald-1</td><td class="num">12</td><td class="num">-0.125</td>'
            '<td class="num">NaN</td>') in out
    assert out.count("<style>") == 1 and "text-align:left" in out
