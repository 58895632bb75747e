"""Security: a corpus is data. Loading it never imports, executes or unpickles anything; the
package's model artefacts are plain JSON or text; nothing from a corpus steers output paths."""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import pickle
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.cli import main
from analysis.config import figures_dir
from analysis.corpus import load_corpus
from analysis.errors import CorpusError
from tests.conftest import ROOT

RESOURCES = ROOT / "analysis" / "resources"


class _Booby:
    """Unpickling this creates the folder ``marker`` (a harmless stand-in for any code)."""

    def __init__(self, marker: Path) -> None:
        self.marker = str(marker)

    def __reduce__(self):
        return (os.mkdir, (self.marker,))


def _cli(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        status = main(list(argv))
    return status, err.getvalue()


def test_loading_a_corpus_never_unpickles_imports_or_executes_its_files(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    markers = {name: tmp_path / f"ran_{name}" for name in ("pickle", "module", "package", "text")}
    payload = pickle.dumps(_Booby(markers["pickle"]))
    # The payload is live: unpickling it does run code (so the check below can fail).
    pickle.loads(payload)
    assert markers["pickle"].is_dir()
    markers["pickle"].rmdir()

    (corpus / "model.pkl").write_bytes(payload)
    (corpus / "article.pkl").write_bytes(payload)  # same stem as the text: still ignored
    (corpus / "evil_module.py").write_text(f"import os\nos.mkdir({str(markers['module'])!r})\n")
    (corpus / "__init__.py").write_text(f"import os\nos.mkdir({str(markers['package'])!r})\n")
    (corpus / "sitecustomize.py").write_text("raise SystemExit('imported')\n")
    (corpus / "article.txt").write_text(
        f"import os\n\nos.mkdir({str(markers['text'])!r})\n", encoding="utf-8")
    (corpus / "article.json").write_text(json.dumps({
        "title": "__reduce__", "outlet": "!!python/object/apply:os.system",
        "py/reduce": "builtins.eval", "__class__": "os.system", "url": "file:///etc/passwd",
    }), encoding="utf-8")

    loaded = load_corpus(corpus)
    out = tmp_path / "out" / "table.jsonl"
    out.parent.mkdir()
    assert _cli("export", str(corpus), "--format", "jsonl", "-o", str(out)) == (
        0, f"warning: {corpus}: ignored 5 file(s) of other kinds (__init__.py, article.pkl, "
           "evil_module.py, model.pkl, sitecustomize.py): a folder is read for .txt, .html and "
           ".htm files and their .json sidecars; pass a .csv, .jsonl or .parquet table on its "
           "own\n")

    assert [d.doc_id for d in loaded] == ["article"]  # only the .txt is a document
    doc = loaded["article"]
    assert doc.text.startswith("import os")  # code in a .txt file is text, nothing more
    assert doc.meta == {"title": "__reduce__", "outlet": "!!python/object/apply:os.system",
                        "py/reduce": "builtins.eval", "__class__": "os.system",
                        "url": "file:///etc/passwd", "language": "en"}
    assert not any(m.exists() for m in markers.values())
    assert "evil_module" not in sys.modules and "corpus" not in sys.modules
    assert sorted(p.name for p in out.parent.iterdir()) == ["table.jsonl"]


def test_package_resources_are_json_or_text_never_pickle():
    files = [p for p in RESOURCES.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"frames.json", "epistemic.json", "stopwords_en.txt"}
    for path in files:
        data = path.read_bytes()
        assert not data.startswith(b"\x80"), f"{path.name} looks like a pickle"
        name = path.name
        if name.endswith(".npz"):  # numpy arrays only: an object array would need pickle
            import numpy as np

            with np.load(path, allow_pickle=False) as npz:
                assert all(npz[key].dtype != object for key in npz.files), name
            continue
        assert not data.startswith((b"PK\x03\x04", b"\x93NUMPY")), f"{path.name}: zip/npy"
        if name.endswith(".onnx"):  # a protobuf graph of standard operators: parsed, never executed
            import onnxruntime as ort

            session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
            inputs = {"target_tone_encoder.onnx": ["input_ids", "attention_mask", "marker"],
                      "frame_encoder.onnx": ["input_ids", "attention_mask"]}
            assert [i.name for i in session.get_inputs()] == inputs[name], name
            continue
        if name.endswith(".json.gz"):
            json.loads(gzip.decompress(data).decode("utf-8"))
        elif name.endswith(".json"):
            json.loads(data.decode("utf-8"))
        elif name.endswith(".txt"):
            data.decode("utf-8")
        else:
            pytest.fail(f"unexpected artefact type in analysis/resources: {name}")


def test_package_code_never_unpickles():
    unsafe = re.compile(r"^\s*(?:import|from)\s+(?:pickle|cPickle|dill|joblib|shelve)\b"
                        r"|allow_pickle\s*=\s*True|torch\.load\(", re.M)
    offenders = [p.name for p in sorted((ROOT / "analysis").glob("*.py"))
                 if unsafe.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_sidecar_cannot_replace_the_document_id(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("One sentence.", encoding="utf-8")
    (corpus / "a.json").write_text('{"doc_id": "../../b", "outlet": "Herald"}', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"a\.json: field 'doc_id' is reserved"):
        load_corpus(corpus / "a.txt")


def test_metadata_never_influences_output_paths(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The allies met in Washington.", encoding="utf-8")
    (corpus / "a.json").write_text(json.dumps({
        "outlet": "../../etc", "title": "/etc/passwd", "country": "../../../tmp/x",
        "url": "../escape.csv"}), encoding="utf-8")
    out = tmp_path / "out" / "table.csv"
    out.parent.mkdir()
    before = {p.relative_to(tmp_path) for p in tmp_path.rglob("*")}
    for unit in ("document", "paragraph", "sentence"):
        assert _cli("export", str(corpus), "--unit", unit, "-o", str(out)) == (0, "")
    after = {p.relative_to(tmp_path) for p in tmp_path.rglob("*")}
    assert after - before == {Path("out/table.csv")}
    assert load_corpus(corpus).name == "corpus"  # the name comes from the folder only


@pytest.mark.parametrize("target", ["corpus/x.csv", "corpus/../corpus/sub/x.csv",
                                    "link_to_corpus/x.csv"])
def test_output_cannot_land_inside_the_corpus_by_any_path(tmp_path, target):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The allies met.", encoding="utf-8")
    (tmp_path / "link_to_corpus").symlink_to(corpus)
    status, err = _cli("export", str(corpus), "-o", str(tmp_path / target))
    assert status == 2 and "refusing to write inside the input folder" in err
    assert sorted(p.name for p in corpus.rglob("*")) == ["a.txt"]


@pytest.mark.parametrize(("name", "expected"), [
    ("seeds", "."), ("herald", "herald"), ("../../etc", "etc"), ("..", "corpus"),
    (".", "corpus"), ("/etc/passwd", "etc_passwd"), ("a/../../b", "a_.._.._b"),
    ("Herald 2023", "Herald_2023"), ("", "corpus"), ("한국 신문", "corpus"),
])
def test_figures_dir_reduces_corpus_names_to_one_safe_folder(tmp_path, name, expected):
    assert figures_dir(name, root=tmp_path) == (tmp_path / expected if expected != "."
                                                else tmp_path)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_figures_dir_never_leaves_its_root(name):
    root = Path("/figures-root")
    path = figures_dir(name, root=root)
    assert path == root or (path.parent == root and path.name not in ("", ".", ".."))
    assert re.fullmatch(r"[A-Za-z0-9_.-]+", path.name)
