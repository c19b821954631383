"""The packages of desktop_app import each other without circles, and the core without Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import desktop_app

PACKAGE = Path(desktop_app.__file__).parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, modules: set[str]) -> set[str]:
    """Every desktop_app module ``path`` imports, at its top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                found.add(full if full in modules else node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name in modules}


def import_graph() -> dict[str, set[str]]:
    files = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    modules = set(files)
    # A package's __init__ that only holds a docstring is not an edge worth following.
    return {name: _imports(path, modules) - {name} for name, path in files.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    cycles, state, stack = [], {}, []

    def visit(node: str) -> None:
        state[node] = "open"
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                cycles.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return cycles


def test_no_import_circles_among_desktop_app_modules():
    cycles = _cycles(import_graph())
    assert not cycles, "import circles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_the_core_never_imports_the_window():
    graph = import_graph()
    core = [name for name in graph if not name.startswith("desktop_app.gui")]
    reaching = {name: sorted(n for n in graph[name] if n.startswith("desktop_app.gui")) for name in core}
    # cli opens the window on request, lazily; nothing else in the core may.
    offenders = {k: v for k, v in reaching.items() if v and k != "desktop_app.cli"}
    assert not offenders


def test_the_graph_sees_real_edges():
    # Guards the test itself: a parser that found no edges would pass the circle check.
    graph = import_graph()
    assert "desktop_app.model.document" in graph["desktop_app.readers.imprint_file"]
    assert "desktop_app.model.article" in graph["desktop_app.model.document"]
