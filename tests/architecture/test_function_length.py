"""No function in coachdesk/ (outside the generated forms) is longer than MAX_LINES.

Length = ``end_lineno - lineno + 1`` of the ``def`` (decorators not counted; nested functions count
in their enclosing function too). Today's offenders are listed with their lengths in ALLOWED; the
list may only shrink: an entry fails when its function grows, and must be removed once the
function is split below the limit.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "coachdesk"
GENERATED = PACKAGE / "app" / "forms"
MAX_LINES = 150

# "path::qualified.name" -> its length today (none left: names.find_names was split for issue 14).
ALLOWED: dict[str, int] = {}


def function_lengths(path: Path) -> dict[str, int]:
    """Every function and method of a file, by qualified name, with its length in lines."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: dict[str, int] = {}
    stack: list[tuple[ast.AST, str]] = [(tree, "")]
    while stack:
        node, prefix = stack.pop()
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                name = f"{prefix}{child.name}"
                if not isinstance(child, ast.ClassDef):
                    assert child.end_lineno is not None
                    length = child.end_lineno - child.lineno + 1
                    found[name] = max(length, found.get(name, 0))  # a redefinition keeps the longest
                stack.append((child, f"{name}."))
            else:
                stack.append((child, prefix))
    return found


def long_functions() -> dict[str, int]:
    """Every function over MAX_LINES in coachdesk/, forms excluded."""
    long: dict[str, int] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.is_relative_to(GENERATED):
            continue
        rel = path.relative_to(ROOT).as_posix()
        for name, length in function_lengths(path).items():
            if length > MAX_LINES:
                long[f"{rel}::{name}"] = length
    return long


def test_no_function_over_the_limit_except_the_listed_ones_which_do_not_grow():
    long = long_functions()
    new = {k: v for k, v in long.items() if k not in ALLOWED}
    grown = {k: (ALLOWED[k], v) for k, v in long.items() if k in ALLOWED and v > ALLOWED[k]}
    assert not new, f"functions over {MAX_LINES} lines (split them): {new}"
    assert not grown, f"listed long functions grew (allowed, now): {grown}"


def test_the_allow_list_only_shrinks():
    long = long_functions()
    stale = sorted(k for k in ALLOWED if k not in long)
    assert not stale, f"now within {MAX_LINES} lines or gone; remove from ALLOWED: {stale}"


def test_lengths_are_measured_per_qualified_name(tmp_path):
    src = tmp_path / "m.py"
    body = "\n".join("    x = 1" for _ in range(3))
    src.write_text(
        f"@decorator\ndef f():\n{body}\n\n"
        f"class C:\n    def g(self):\n        def inner():\n            pass\n        return inner\n"
    )
    assert function_lengths(src) == {"f": 4, "C.g": 4, "C.g.inner": 2}
