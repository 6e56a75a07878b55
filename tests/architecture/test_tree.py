"""One test tree (issue 15, 5): every test file sits in its level, no two test files share a name, one
conftest per level, and no fixture is defined in two conftests (or fixture modules they register).

    tests/conftest.py              shared fixtures: vaults (one factory, support/vaults.py), keyring, CLI runner
    tests/unit/<package>/          one core package, no real network, process or keyring
    tests/gui/                     every pytest-qt test (one conftest)
    tests/integration/<area>/      real HTTP on 127.0.0.1, the real Secret Service, the CLI as a process
    tests/reliability/             kill -9, crashes, interrupted rekeys, disk full
    tests/architecture/            rules about the code itself (layers, cycles, lengths, this tree)
    tests/packaging/               the installer bundle: rules, NOTICE, the slow build
    tests/support/                 helpers and data the levels share; no tests
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
FLAT_LEVELS = {"gui", "reliability", "architecture", "packaging"}  # test files directly inside
NESTED_LEVELS = {"unit", "integration"}  # test files inside tests/<level>/<area>/
HELPER_LEVELS = {"support"}  # no test files
TOP_FILES = {"__init__.py", "conftest.py"}


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def misplaced(root: Path) -> list[str]:
    """Files outside the tree, and test files in the wrong depth of their level."""
    bad = []
    levels = FLAT_LEVELS | NESTED_LEVELS | HELPER_LEVELS
    for path in _files(root):
        rel = path.relative_to(root)
        parts = rel.parts
        if len(parts) == 1:
            if parts[0] not in TOP_FILES:
                bad.append(f"{rel}: only {sorted(TOP_FILES)} live at the top of tests/")
            continue
        level = parts[0]
        is_test = path.suffix == ".py" and path.name.startswith("test_")
        if level not in levels:
            bad.append(f"{rel}: {level}/ is not a level of the test tree")
        elif is_test and level in HELPER_LEVELS:
            bad.append(f"{rel}: tests/{level}/ holds helpers, not tests")
        elif is_test and level in FLAT_LEVELS and len(parts) != 2:
            bad.append(f"{rel}: tests/{level}/ is flat (no sub-folders)")
        elif is_test and level in NESTED_LEVELS and len(parts) < 3:
            bad.append(f"{rel}: put it in tests/{level}/<package or area>/")
    return bad


def missing_init(root: Path) -> list[str]:
    """Folders holding Python files without __init__.py (module names would clash by basename)."""
    folders = {p.parent for p in _files(root) if p.suffix == ".py"}
    return sorted(str(f.relative_to(root.parent)) for f in folders if not (f / "__init__.py").exists())


def shared_basenames(root: Path) -> list[str]:
    """Test files with the same name in two folders."""
    seen: dict[str, list[str]] = defaultdict(list)
    for path in _files(root):
        if path.suffix == ".py" and path.name.startswith("test_"):
            seen[path.name].append(str(path.relative_to(root)))
    return [f"{name}: {', '.join(where)}" for name, where in sorted(seen.items()) if len(where) > 1]


def extra_conftests(root: Path) -> list[str]:
    """conftest.py below a level (one conftest per level: tests/ and tests/<level>/)."""
    return [str(p.relative_to(root)) for p in _files(root)
            if p.name == "conftest.py" and len(p.relative_to(root).parts) > 2]


def _is_fixture(decorator: ast.expr) -> bool:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    return (isinstance(target, ast.Attribute) and target.attr == "fixture") or (
        isinstance(target, ast.Name) and target.id == "fixture")


def _fixture_names(tree: ast.Module) -> set[str]:
    names = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for deco in node.decorator_list:
                if _is_fixture(deco):
                    given = [k.value.value for k in getattr(deco, "keywords", [])
                             if k.arg == "name" and isinstance(k.value, ast.Constant)]
                    names.add(given[0] if given else node.name)
    return names


def _plugins(tree: ast.Module) -> list[str]:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "pytest_plugins"
                                                for t in node.targets):
            return [e.value for e in getattr(node.value, "elts", []) if isinstance(e, ast.Constant)]
    return []


def fixture_clashes(root: Path) -> list[str]:
    """Fixture names defined (or imported, which registers them again) in more than one conftest or
    in a fixture module that a conftest registers through ``pytest_plugins``."""
    modules = [p for p in _files(root) if p.name == "conftest.py"]
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in modules}
    for tree in list(trees.values()):
        for plugin in _plugins(tree):
            path = root.parent.joinpath(*plugin.split(".")).with_suffix(".py")
            if path.exists() and path not in trees:
                trees[path] = ast.parse(path.read_text(encoding="utf-8"))
    defined = {p: _fixture_names(t) for p, t in trees.items()}
    every_fixture = set().union(*defined.values()) if defined else set()
    where: dict[str, list[str]] = defaultdict(list)
    for path, tree in trees.items():
        names = set(defined[path])
        for node in tree.body:  # a fixture imported into a conftest is registered there a second time
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("tests"):
                names |= {a.asname or a.name for a in node.names if a.name in every_fixture}
            elif isinstance(node, ast.Assign):
                names |= {t.id for t in node.targets if isinstance(t, ast.Name) and t.id in every_fixture}
        for name in names:
            where[name].append(str(path.relative_to(root)))
    return [f"{name}: {', '.join(sorted(w))}" for name, w in sorted(where.items()) if len(w) > 1]


CHECKS = [misplaced, missing_init, shared_basenames, extra_conftests, fixture_clashes]


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.__name__)
def test_the_test_tree_keeps_its_shape(check):
    assert check(TESTS) == []


def test_the_checks_catch_a_tree_out_of_shape(tmp_path: Path):
    root = tmp_path / "tests"
    files = {
        "__init__.py": "",
        "conftest.py": 'import pytest\npytest_plugins = ["tests.support.fx"]\n\n@pytest.fixture\ndef vault(): ...\n',
        "test_loose.py": "",
        "app/__init__.py": "",
        "app/test_old.py": "",
        "support/__init__.py": "",
        "support/fx.py": "import pytest\n\n@pytest.fixture(name='vault')\ndef _vault(): ...\n",
        "support/test_helper.py": "",
        "gui/__init__.py": "",
        "gui/conftest.py": "from tests.conftest import vault\n",
        "gui/compose/test_flow.py": "",
        "unit/__init__.py": "",
        "unit/test_flat.py": "",
        "unit/vault/__init__.py": "",
        "unit/vault/conftest.py": "",
        "unit/vault/test_flow.py": "",
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    assert [m.split(":")[0] for m in misplaced(root)] == [
        "app/__init__.py", "app/test_old.py", "gui/compose/test_flow.py", "support/test_helper.py", "test_loose.py", "unit/test_flat.py"]
    assert missing_init(root) == ["tests/gui/compose"]
    assert shared_basenames(root) == ["test_flow.py: gui/compose/test_flow.py, unit/vault/test_flow.py"]
    assert extra_conftests(root) == ["unit/vault/conftest.py"]
    assert fixture_clashes(root) == ["vault: conftest.py, gui/conftest.py, support/fx.py"]
