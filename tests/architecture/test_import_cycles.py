"""No import cycles among coachdesk modules, function-level imports included.

Every module is parsed with ``ast``; every ``import`` / ``from ... import`` anywhere in it counts
(top level, inside functions and methods, under ``try``), plus ``importlib.import_module("...")``
with a literal name and ``"coachdesk.x.y:func"`` handler specs (as in ``cli.HANDLERS``), which are
imports too, only later. Imports under ``if TYPE_CHECKING:`` do NOT count: they never run, and
annotations-only references between modules are how a cycle is avoided, not one.

Edges: ``import a.b.c`` and ``from a.b import c`` (``c`` a module) point at ``a.b.c``; ``from a.b
import name`` (``name`` not a module) points at ``a.b``. Parent packages are not added as edges (an
``__init__`` that imports its submodules would otherwise put every sibling import in a cycle);
what an ``__init__`` imports is its own edge. Cycles are the strongly connected components
(Tarjan, iterative) with more than one module, or a module importing itself.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "coachdesk"

def module_name(path: Path) -> str:
    """The dotted module name of a file under the project root."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    """Every coachdesk module (generated forms included) by dotted name."""
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _walk_runtime(tree: ast.AST):
    """ast.walk, skipping the bodies of ``if TYPE_CHECKING:`` (their ``else:`` does run)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
            stack.append(node.test)
            continue
        stack.extend(ast.iter_child_nodes(node))


def _resolve_from(name: str, is_package: bool, node: ast.ImportFrom) -> str:
    """The absolute module a ``from X import ...`` statement reads from."""
    if not node.level:
        return node.module or ""
    base = name.split(".") if is_package else name.split(".")[:-1]
    if node.level > 1:
        base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The coachdesk modules that module ``name`` imports at run time (anywhere in the file)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    targets: set[str] = set()
    for node in _walk_runtime(tree):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            source = _resolve_from(name, is_package, node)
            for alias in node.names:
                sub = f"{source}.{alias.name}"
                targets.add(sub if sub in known else source)
        elif isinstance(node, ast.Call) and (name_arg := _import_module_arg(node)) is not None:
            targets.add(name_arg)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and ":" in node.value:
            targets.add(node.value.split(":", 1)[0])  # "coachdesk.x.y:func" handler specs
    return {t for t in targets if t in known}


def _import_module_arg(node: ast.Call) -> str | None:
    """The literal module name of ``importlib.import_module("x")`` / ``__import__("x")``, else None."""
    func = node.func
    named = (isinstance(func, ast.Attribute) and func.attr == "import_module") or (
        isinstance(func, ast.Name) and func.id in ("import_module", "__import__")
    )
    if named and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
        return node.args[0].value
    return None


def import_graph() -> dict[str, set[str]]:
    """Module -> the coachdesk modules it imports at run time."""
    modules = all_modules()
    known = set(modules)
    return {name: imports_of(name, path, known) for name, path in modules.items()}


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components, iterative (no recursion limit), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(sorted(component))
    return components


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Components that are cycles: two or more modules, or one that imports itself."""
    return sorted(c for c in strongly_connected(graph) if len(c) > 1 or c[0] in graph[c[0]])


def _describe(component: list[str], graph: dict[str, set[str]]) -> str:
    members = set(component)
    edges = [f"{a} -> {b}" for a in component for b in sorted(graph[a] & members)]
    return "{" + ", ".join(component) + "}: " + "; ".join(edges)


def test_no_import_cycles_among_coachdesk_modules():
    graph = import_graph()
    found = cycles(graph)  # none allowed, none allow-listed (issue 15 broke the last ones)
    assert not found, "import cycles:\n" + "\n".join(_describe(c, graph) for c in found)


def test_the_real_graph_holds_hidden_edges():
    graph = import_graph()
    assert "coachdesk.vault.rekey" in graph["coachdesk.vault.vault"]  # inside read_header()
    assert "coachdesk.commands.vault_cmds" in graph["coachdesk.cli"]  # a HANDLERS spec
    assert "coachdesk.vault.vault" not in graph["coachdesk.vault.backup"]  # only under TYPE_CHECKING
    # the cycles issue 15 named, and the ones it broke, stay broken
    for a, b in [("coachdesk.vault.vault", "coachdesk.vault.backup"),
                 ("coachdesk.export.summary", "coachdesk.export.summary_brief"),
                 ("coachdesk.app.restore_dialog", "coachdesk.app.vault_care"),
                 ("coachdesk.app.rekey_ui", "coachdesk.app.settings_dialog"),
                 ("coachdesk.outbox.payloads", "coachdesk.outbox.twoway"),
                 ("coachdesk.outbox.channels", "coachdesk.outbox.twoway"),
                 ("coachdesk.outbox.entra", "coachdesk.outbox.twoway")]:
        assert not (b in graph[a] and a in graph[b]), (a, b)


def test_the_graph_sees_function_level_and_relative_imports(tmp_path):
    # A small package of its own: a cycle hidden behind a function-level, relative import, one
    # behind a "from pkg import module", and one only under TYPE_CHECKING (which is not a cycle).
    pkg = tmp_path / "coachdesk" / "p"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from coachdesk.p import b\n")
    (pkg / "b.py").write_text("def f():\n    from . import a\n    return a\n")
    (pkg / "c.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .d import X\n")
    (pkg / "d.py").write_text("import coachdesk.p.c\nX = 1\n")
    (pkg / "e.py").write_text("import importlib\ndef f():\n    return importlib.import_module('coachdesk.p.f')\n")
    (pkg / "f.py").write_text("H = {'x': 'coachdesk.p.e:f'}\n")
    names = {".".join(p.relative_to(tmp_path).with_suffix("").parts).removesuffix(".__init__"): p
             for p in pkg.rglob("*.py")}
    graph = {n: imports_of(n, p, set(names)) for n, p in names.items()}
    assert cycles(graph) == [["coachdesk.p.a", "coachdesk.p.b"], ["coachdesk.p.e", "coachdesk.p.f"]]


def test_tarjan_handles_long_chains_without_recursion():
    n = 5000
    graph = {f"m{i}": {f"m{i + 1}"} for i in range(n)}
    graph[f"m{n}"] = {"m0"}
    assert cycles(graph) == [sorted(graph)]
    graph[f"m{n}"] = set()
    assert cycles(graph) == []
