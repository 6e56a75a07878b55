"""Build step: ui/*.ui -> coachdesk/app/forms/ui_*.py (pyside6-uic) and
resources/translations/*.ts -> .qm (pyside6-lrelease). Run: python -m coachdesk.app.build_forms

``--check`` exits 1 when a committed form differs from what uic generates now.
``--update-ts`` refreshes resources/translations/*.ts from every tr() in coachdesk/app and ui/
(pyside6-lupdate; existing translations are kept, new strings are marked unfinished).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
FORMS_DIR = Path(__file__).resolve().parent / "forms"
TS_DIR = ROOT / "resources" / "translations"
HEADER = "# Generated from ui/{name} by coachdesk/app/build_forms.py — do not edit.\n"


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"build_forms: {name} not found (install pyside6-essentials)")
    return found


def generate_form(ui_file: Path) -> str:
    """The Python source uic generates for one .ui file (with our do-not-edit header)."""
    out = subprocess.run(
        [_tool("pyside6-uic"), "--no-autoconnection", str(ui_file)],
        check=True, capture_output=True, text=True,
    ).stdout
    return HEADER.format(name=ui_file.name) + prune_qt_imports(out)


_QT_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)


def prune_qt_imports(source: str) -> str:
    """Keep only the PySide6 names the form uses. uic imports a fixed list (including the ``Qt``
    namespace, whose enums cost ~18 ms to build): unused names would slow the lock screen's start."""
    body = "\n".join(line for line in _QT_IMPORT.sub("", source).splitlines() if not line.lstrip().startswith("#"))

    def keep_used(match: re.Match[str]) -> str:
        names = [n.strip() for n in match.group(2).split(",") if n.strip()]
        used = [n for n in names if re.search(rf"\b{re.escape(n)}\b", body)]
        if not used:
            return ""
        return f"from {match.group(1)} import ({', '.join(used)})\n"

    return _QT_IMPORT.sub(keep_used, source)


def form_path(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def build_forms() -> list[Path]:
    FORMS_DIR.mkdir(exist_ok=True)
    (FORMS_DIR / "__init__.py").write_text('"""Generated from ui/*.ui — do not edit."""\n', encoding="utf-8")
    written = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target = form_path(ui_file)
        text = generate_form(ui_file)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
        written.append(target)
    return written


def stale_forms() -> list[Path]:
    return [
        form_path(ui)
        for ui in sorted(UI_DIR.glob("*.ui"))
        if not form_path(ui).exists() or form_path(ui).read_text(encoding="utf-8") != generate_form(ui)
    ]


def build_translations() -> list[Path]:
    written = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def update_ts() -> list[Path]:
    """Collect every translatable string of the app (all of coachdesk/app and ui/) into the .ts files."""
    # summary/ keeps its own fi/en texts (coachdesk/app/summary/texts.py), so it is not scanned.
    sources = sorted(str(p) for p in (ROOT / "coachdesk" / "app").rglob("*.py")
                     if "forms" not in p.parts and "summary" not in p.parts)
    sources += sorted(str(p) for p in UI_DIR.glob("*.ui"))
    updated = []
    for ts in sorted(TS_DIR.glob("coachdesk_*.ts")):
        lang = ts.stem.split("_", 1)[1]
        subprocess.run([_tool("pyside6-lupdate"), "-silent", "-no-obsolete", *sources, "-ts", str(ts),
                        "-source-language", "en", "-target-language", lang], check=True)
        updated.append(ts)
    return updated


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if committed forms are stale")
    parser.add_argument("--update-ts", action="store_true", help="refresh the .ts files from the sources")
    args = parser.parse_args(argv)
    if args.update_ts:
        for ts in update_ts():
            print(f"updated {ts.relative_to(ROOT)}")
        return 0
    if args.check:
        stale = stale_forms()
        for path in stale:
            print(f"stale: {path.relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale else 0
    forms = build_forms()
    qms = build_translations()
    print(f"built {len(forms)} forms, {len(qms)} translations")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
