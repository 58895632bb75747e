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
