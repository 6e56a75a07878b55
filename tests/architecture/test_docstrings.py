"""Public functions and classes of the type-checked core have a docstring (at least one line).

The scope is mypy's (``[tool.mypy] files`` in pyproject.toml): widening one widens the other. A module
whose errors mypy ignores for now (an ``ignore_errors`` override: being rewritten elsewhere) is left out
until its override goes.
Public = a name without a leading underscore, at module level or in a public class; nested
functions and dunder methods are not counted.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def checked_files() -> list[Path]:
    """The Python files in mypy's scope, without the modules whose errors it ignores."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    found: set[Path] = set()
    for entry in config["tool"]["mypy"]["files"]:
        path = ROOT / entry
        found.update(path.rglob("*.py") if path.is_dir() else ROOT.glob(entry))
    ignored = {
        ROOT / (module.replace(".", "/") + ".py")
        for override in config["tool"]["mypy"].get("overrides", [])
        if override.get("ignore_errors")
        for module in override["module"]
    }
    return sorted(found - ignored)


def undocumented(path: Path) -> list[str]:
    """Public functions and classes in ``path`` without a docstring, as "path:line name"."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    missing: list[str] = []
    stack: list[tuple[ast.AST, str]] = [(tree, "")]
    while stack:
        node, prefix = stack.pop()
        for child in ast.iter_child_nodes(node):
            if not isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                continue
            if child.name.startswith("_"):
                continue
            if ast.get_docstring(child) is None:
                missing.append(f"{path.relative_to(ROOT)}:{child.lineno} {prefix}{child.name}")
            if isinstance(child, ast.ClassDef):
                stack.append((child, f"{prefix}{child.name}."))
    return missing


def test_scope_is_the_core():
    names = {p.relative_to(ROOT).as_posix() for p in checked_files()}
    assert {"coachdesk/cli.py", "coachdesk/vault/store.py", "coachdesk/export/summary.py"} <= names
    assert not any(n.startswith("coachdesk/app/") for n in names)
    assert "coachdesk/privacy/scrubber.py" in names


def test_public_functions_and_classes_are_documented():
    missing = [m for path in checked_files() for m in undocumented(path)]
    assert missing == []
