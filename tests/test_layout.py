"""The layout's rules, read from the import graph of the source (ast, no imports executed):
`cleaners/` never imports `flows` or `prefect`; `flows/run` and `flows/storage` never import
`prefect`; no import cycle between modules; each folder says what lives there."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("cleaners", "flows")


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")}


def _imports(path: Path, name: str) -> set[str]:
    """Every module this file imports (at any depth of the file, lazy imports included)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            out.add(base)
            out.update(f"{base}.{a.name}" for a in node.names)
    return out


def _graph() -> dict[str, set[str]]:
    mods = _modules()
    graph = {}
    for name, path in mods.items():
        graph[name] = {m for m in _imports(path, name) if m in mods and m != name}
    return graph


def test_cleaners_imports_neither_flows_nor_prefect() -> None:
    for name, path in _modules().items():
        if name.split(".")[0] != "cleaners":
            continue
        bad = {m for m in _imports(path, name) if m.split(".")[0] in ("flows", "prefect")}
        assert not bad, f"{name} imports {sorted(bad)}"


def test_run_and_storage_do_not_import_prefect() -> None:
    for name, path in _modules().items():
        if not name.startswith(("flows.run", "flows.storage")):
            continue
        bad = {m for m in _imports(path, name) if m.split(".")[0] == "prefect"}
        assert not bad, f"{name} imports {sorted(bad)}"


def test_no_import_cycle() -> None:
    graph = _graph()
    # package __init__ modules are imported implicitly by their children: leave those edges out
    edges = {n: {m for m in deps if not n.startswith(m + ".")} for n, deps in graph.items()}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                cycle = stack[stack.index(nxt):] + [nxt]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)


def test_the_graph_sees_real_edges() -> None:
    """Guard against a parser that finds nothing (the tests above would then pass vacuously)."""
    graph = _graph()
    assert "flows.run.context" in graph["flows.run.stages"]
    assert "cleaners.normalize" in graph["cleaners.passages"]


def test_every_folder_says_what_lives_there() -> None:
    for pkg in {p.parent for name in PACKAGES for p in (ROOT / name).rglob("__init__.py")}:
        doc = ast.get_docstring(ast.parse((pkg / "__init__.py").read_text(encoding="utf-8")))
        has_readme = (pkg / "README.md").exists()
        assert doc or has_readme, f"{pkg.relative_to(ROOT)} has no docstring or README"
