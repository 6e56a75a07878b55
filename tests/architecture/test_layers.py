"""Layers (issue 15): the UI and the command line go through ``coachdesk.services``.

- No module under ``coachdesk/app``, ``coachdesk/commands``, nor ``coachdesk/cli.py`` or
  ``coachdesk/privacy/cli.py`` imports ``coachdesk.vault.store``, ``coachdesk.outbox.outbox`` or
  ``coachdesk.outbox.sender`` (function-level imports count, ``importlib.import_module("…")``
  too; imports under ``if TYPE_CHECKING:`` do not: they never run), and none builds an
  ``Outbox``, ``Sender``, ``DeliveryWorker`` or ``Channels`` itself.
- None of them calls a method of the vault's ``Store`` itself (``self.session.store.get_case(…)``,
  ``store.list_notes(…)``, ``self._store().add_goal(…)``, or through a local name bound to one):
  the public method names are read from the ``Store`` class by ast. Passing the store along
  (``cases.open_case(self.session.store, …)``) is how it is meant to be used; its engine
  (``store.engine``) is not for them either.
- ``coachdesk/services`` imports no Qt and nothing of the UI package.

The import graph is the one ``tests/architecture/test_import_cycles.py`` builds (same parser, same rules).
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.architecture.test_import_cycles import PACKAGE, ROOT, _walk_runtime, all_modules, imports_of

FORBIDDEN = {"coachdesk.vault.store", "coachdesk.outbox.outbox", "coachdesk.outbox.sender"}
BUILT_BY_SERVICES = {"Outbox", "Sender", "DeliveryWorker", "Channels"}
QT = ("PySide6", "shiboken6", "PyQt6", "PyQt5")
STORE_NAMES = {"store", "_store"}  # how the UI and the CLI name the unlocked Store (or a getter of it)


def callers() -> dict[str, Path]:
    """The modules that must go through the services: the UI and the command line."""
    return {
        name: path for name, path in all_modules().items()
        if name.startswith(("coachdesk.app.", "coachdesk.commands."))
        or name in ("coachdesk.app", "coachdesk.commands", "coachdesk.cli", "coachdesk.privacy.cli")
    }


def forbidden_imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The forbidden modules ``name`` imports at run time."""
    return imports_of(name, path, known) & FORBIDDEN


def built_objects(path: Path, root: Path = ROOT) -> list[str]:
    """``Outbox(...)`` / ``Sender(...)`` / ... constructions at run time, as "path:line Name"."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in _walk_runtime(tree):
        if isinstance(node, ast.Call):
            func = node.func
            called = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if called in BUILT_BY_SERVICES:
                found.append(f"{path.relative_to(root)}:{node.lineno} {called}")
    return found


def store_methods(path: Path = PACKAGE / "vault" / "store.py") -> set[str]:
    """The public method (and property) names of the ``Store`` class."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    store = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Store")
    return {f.name for f in store.body
            if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef) and not f.name.startswith("_")}


def store_attributes(path: Path = PACKAGE / "vault" / "store.py") -> set[str]:
    """The public attributes a ``Store`` sets on itself (``self.engine = ...``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    store = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Store")
    return {t.attr for n in ast.walk(store) if isinstance(n, ast.Assign) for t in n.targets
            if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "self"
            and not t.attr.startswith("_")}


def _is_store(node: ast.expr, aliases: set[str]) -> bool:
    """``store``, ``x.store``, ``self._store()`` (a getter) or a local name bound to one of them."""
    if isinstance(node, ast.Call) and not node.args and not node.keywords:
        node = node.func
    if isinstance(node, ast.Name):
        return node.id in STORE_NAMES or node.id in aliases
    return isinstance(node, ast.Attribute) and node.attr in STORE_NAMES


def store_calls(path: Path, methods: set[str], root: Path = ROOT, attributes: frozenset[str] = frozenset()) -> list[str]:
    """Calls of a ``Store`` method on the store itself (and uses of its ``attributes``, such as
    ``store.engine``), at run time, as "path:line store.method"."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    aliases: set[str] = set()
    for node in _walk_runtime(tree):  # s = self.session.store / with x.store.transaction() as tx
        if isinstance(node, ast.Assign) and _is_store(node.value, set()):
            aliases |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    found = []
    for node in _walk_runtime(tree):
        func = node.func if isinstance(node, ast.Call) else None
        if isinstance(func, ast.Attribute) and func.attr in methods and _is_store(func.value, aliases):
            found.append((node.lineno, f"{path.relative_to(root)}:{node.lineno} {ast.unparse(func)}"))
        if isinstance(node, ast.Attribute) and node.attr in attributes and _is_store(node.value, aliases):
            found.append((node.lineno, f"{path.relative_to(root)}:{node.lineno} {ast.unparse(node)}"))
    return [hit for _line, hit in sorted(found)]


def test_the_ui_and_the_cli_import_no_store_outbox_or_sender():
    known = set(all_modules())
    offenders = {name: sorted(bad) for name, path in callers().items() if (bad := forbidden_imports(name, path, known))}
    assert offenders == {}, "go through coachdesk.services instead:\n" + "\n".join(
        f"{name} imports {', '.join(bad)}" for name, bad in sorted(offenders.items()))


def test_the_ui_and_the_cli_build_no_outbox_sender_or_channels():
    offenders = [hit for path in callers().values() for hit in built_objects(path)]
    assert offenders == [], "use coachdesk.services.requests / channels:\n" + "\n".join(offenders)


def test_the_ui_and_the_cli_call_no_store_method():
    methods, attributes = store_methods(), frozenset(store_attributes())
    assert {"get_case", "list_notes", "add_note", "set_setting", "transaction"} <= methods
    assert attributes == {"engine"}
    offenders = [hit for path in callers().values() for hit in store_calls(path, methods, attributes=attributes)]
    assert offenders == [], "call coachdesk.services (pass the store along) instead:\n" + "\n".join(offenders)


def test_the_services_import_no_qt_and_no_ui():
    known = set(all_modules())
    services = {n: p for n, p in all_modules().items() if n == "coachdesk.services" or n.startswith("coachdesk.services.")}
    assert {"coachdesk.services.requests", "coachdesk.services.cases"} <= set(services)
    bad = []
    for name, path in services.items():
        bad += [f"{name} -> {t}" for t in imports_of(name, path, known) if t.startswith("coachdesk.app")]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            bad += [f"{name}:{node.lineno} {n}" for n in names if n.split(".")[0] in QT]
    assert bad == []


def test_the_checks_see_hidden_imports_and_skip_type_checking(tmp_path):
    """The rules have teeth: a function-level import, a ``from package import module`` and an
    import_module call are caught; an import under TYPE_CHECKING is not."""
    caller = tmp_path / "caller.py"
    caller.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from coachdesk.vault.store import Store\n"
        "def a():\n"
        "    from coachdesk.outbox import outbox\n"
        "    return outbox.Outbox(None)\n"
        "def b():\n"
        "    import importlib\n"
        "    return importlib.import_module('coachdesk.outbox.sender')\n",
        encoding="utf-8",
    )
    known = set(all_modules())
    assert forbidden_imports("coachdesk.app.caller", caller, known) == {"coachdesk.outbox.outbox", "coachdesk.outbox.sender"}
    assert [hit.rsplit(" ", 1)[1] for hit in built_objects(caller, tmp_path)] == ["Outbox"]
    quiet = tmp_path / "quiet.py"
    quiet.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import coachdesk.vault.store\n",
                     encoding="utf-8")
    assert forbidden_imports("coachdesk.app.quiet", quiet, known) == set()
    assert PACKAGE.is_dir()



def test_the_store_call_check_catches_a_planted_call(tmp_path):
    """Every way the UI reaches the store is caught; passing it to a service and a store-less
    receiver with a Store method's name are not."""
    planted = tmp_path / "planted.py"
    planted.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    store.get_case(1)\n"                                  # never runs
        "class Page:\n"
        "    def load(self, case_id):\n"
        "        cases.open_case(self.session.store, case_id)\n"     # fine: passed along
        "        self.model.search('x')\n"                           # fine: not the store
        "        self.session.store.get_case(case_id)\n"             # 8
        "        self._store().add_goal(None)\n"                      # 9
        "        store.list_notes(case_id)\n"                         # 10
        "        s = self.vault.store\n"
        "        s.set_setting('k', 'v')\n"                           # 12
        "        with self.store.transaction() as tx:\n"              # 13
        "            pass\n"
        "        with store.engine.connect() as conn:\n"              # 15
        "            pass\n",
        encoding="utf-8",
    )
    hits = store_calls(planted, store_methods(), tmp_path, attributes=frozenset(store_attributes()))
    assert [h.split(" ", 1)[0] for h in hits] == [f"planted.py:{n}" for n in (8, 9, 10, 12, 13, 15)], hits
