"""What goes into the PyInstaller bundle: data files, exclusions, pruning of host libraries."""

from __future__ import annotations

import importlib.util
import pkgutil
import sys
from pathlib import Path

import pytest

import coachdesk
from coachdesk.cli import HANDLERS
from coachdesk.launch import UI_HANDLERS
from tests.packaging.conftest import ROOT


def test_version_comes_from_the_package(rules):
    assert rules.package_version(ROOT) == coachdesk.__version__


def test_console_companion_name_never_collides_with_the_app_ignoring_case(rules):
    if sys.platform.startswith("linux"):
        assert rules.CLI_EXE == "coachdesk"
    else:
        assert rules.CLI_EXE.lower() != rules.GUI_EXE.lower()
    assert rules.GUI_EXE == "CoachDesk"


def _dests(pairs):
    return {(Path(src).relative_to(ROOT).as_posix() if Path(src).is_relative_to(ROOT) else src, dest)
            for src, dest in pairs}


def test_data_files_carry_resources_migrations_notice_and_licences(rules):
    pairs = rules.data_files(ROOT)
    dests = _dests(pairs)
    for src, dest in [
        ("resources/data/privacy/fi_first_names.tsv", "resources/data/privacy"),
        ("resources/data/privacy/fi_surnames.tsv", "resources/data/privacy"),
        ("resources/data/privacy/cues/fi.txt", "resources/data/privacy/cues"),
        ("resources/data/privacy/cues/sv.txt", "resources/data/privacy/cues"),
        ("resources/data/privacy/cues/en.txt", "resources/data/privacy/cues"),
        ("resources/data/privacy/cues/intl.txt", "resources/data/privacy/cues"),
        ("resources/fonts/NotoSans-Regular.ttf", "resources/fonts"),
        ("resources/fonts/OFL.txt", "resources/fonts"),
        ("resources/styles/base.qss", "resources/styles"),
        ("resources/icons/app/coachdesk-256.png", "resources/icons/app"),
        ("db/env.py", "db"),
        ("db/script.py.mako", "db"),
        ("NOTICE", "."),
        ("resources/packaging/licenses/LGPL-3.0.txt", "licenses"),
    ]:
        assert (src, dest) in dests, src
    versions = {src for src, dest in dests if dest == "db/versions"}
    assert versions == {p.relative_to(ROOT).as_posix() for p in (ROOT / "db" / "versions").glob("*.py")}
    assert all(Path(src).exists() for src, _ in pairs)


def test_data_files_leave_out_build_inputs(rules):
    srcs = [Path(src) for src, _ in rules.data_files(ROOT)]
    rel = [s.relative_to(ROOT).as_posix() for s in srcs if s.is_relative_to(ROOT)]
    assert not [r for r in rel if r.startswith("resources/packaging/") and not r.startswith("resources/packaging/licenses/")]
    assert not [r for r in rel if r.startswith("resources/") and r.endswith((".py", ".ts", ".icns", ".ico"))]
    assert not [r for r in rel if "__pycache__" in r]
    assert "resources/icons/app/coachdesk-1024.png" not in rel


def test_built_translations_are_bundled_when_present(rules):
    qms = sorted((ROOT / "resources" / "translations").glob("*.qm"))
    if not qms:
        pytest.skip("no .qm built yet (python -m coachdesk.app.build_forms builds them)")
    dests = _dests(rules.data_files(ROOT))
    for qm in qms:
        assert (qm.relative_to(ROOT).as_posix(), "resources/translations") in dests


def test_every_lazily_imported_command_module_is_collected(rules):
    """cli.HANDLERS names modules as strings: the spec collects all coachdesk submodules for them."""
    modules = {m.name for m in pkgutil.walk_packages(coachdesk.__path__, "coachdesk.")}
    for spec in [*HANDLERS.values(), *UI_HANDLERS.values()]:
        module = spec.split(":")[0]
        assert module in modules, module
        assert rules.keep_coachdesk_module(module), module
    assert not rules.keep_coachdesk_module("coachdesk.app.build_forms")


def test_runtime_hidden_imports_exist(rules):
    missing = [m for m in rules.RUNTIME_HIDDEN_IMPORTS if importlib.util.find_spec(m) is None]
    assert not missing


def test_exclusions_never_touch_what_the_app_imports(rules):
    used = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtPrintSupport", "PySide6.QtNetwork",
            "sqlalchemy.dialects.sqlite", "phonenumbers.data", "phonenumbers.shortdata", "keyring.backends"}
    for excluded in rules.EXCLUDED_MODULES:
        assert not any(u == excluded or u.startswith(excluded + ".") for u in used), excluded
    assert "keyrings.alt" in rules.EXCLUDED_MODULES  # a plaintext "keyring" must never ship


@pytest.mark.parametrize(("dest", "excluded"), [
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", False),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", False),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", True),
    ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-x11-integration.so", True),
    ("PySide6/Qt/lib/libQt6Network.so.6", False),
    ("PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
    ("PySide6/Qt/lib/libQt6Quick.so.6", True),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", False),
    ("PySide6\\Qt\\plugins\\tls\\qopensslbackend.dll", True),
    ("PySide6\\Qt\\plugins\\styles\\qmodernwindowsstyle.dll", False),
])
def test_binary_exclusions(rules, dest, excluded):
    assert rules.excluded_binary(dest) is excluded


def test_gtk_pulled_in_by_the_theme_plugin_is_pruned_with_it(rules):
    """Libraries reached only from a dropped plugin go; shared and dlopen-only libraries stay."""
    links = {
        "/qt/platformthemes/libqgtk3.so": ["libQt6Gui.so.6", "libgtk-3.so.0", "libglib-2.0.so.0"],
        "/host/libgtk-3.so.0": ["libgdk-3.so.0", "libpango-1.0.so.0", "libglib-2.0.so.0"],
        "/host/libgdk-3.so.0": ["libcairo.so.2"],
        "/host/libpango-1.0.so.0": ["libglib-2.0.so.0"],
        "/host/libcairo.so.2": [],
        "/qt/lib/libQt6Gui.so.6": ["libglib-2.0.so.0"],
        "/host/libglib-2.0.so.0": [],
        "/qt/platforms/libqxcb.so": ["libQt6Gui.so.6", "libxcb-cursor.so.0"],
        "/host/libxcb-cursor.so.0": [],
        "/host/libdlopened.so.1": [],
    }
    toc = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/qt/platformthemes/libqgtk3.so", "BINARY"),
        ("libgtk-3.so.0", "/host/libgtk-3.so.0", "BINARY"),
        ("libgdk-3.so.0", "/host/libgdk-3.so.0", "BINARY"),
        ("libpango-1.0.so.0", "/host/libpango-1.0.so.0", "BINARY"),
        ("libcairo.so.2", "/host/libcairo.so.2", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/qt/lib/libQt6Gui.so.6", "BINARY"),
        ("libglib-2.0.so.0", "/host/libglib-2.0.so.0", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/qt/platforms/libqxcb.so", "BINARY"),
        ("libxcb-cursor.so.0", "/host/libxcb-cursor.so.0", "BINARY"),
        ("libdlopened.so.1", "/host/libdlopened.so.1", "BINARY"),
    ]
    kept = {e[0] for e in rules.filter_binaries(toc, lambda src: links[src])}
    assert kept == {
        "PySide6/Qt/lib/libQt6Gui.so.6", "libglib-2.0.so.0", "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libxcb-cursor.so.0", "libdlopened.so.1",
    }


def test_datas_keep_only_shipped_languages_and_live_symlinks(rules):
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY")]
    datas = [
        ("PySide6/Qt/translations/qtbase_fi.qm", "/x/qtbase_fi.qm", "DATA"),
        ("PySide6/Qt/translations/qtbase_sv.qm", "/x/qtbase_sv.qm", "DATA"),
        ("PySide6/Qt/translations/qt_en.qm", "/x/qt_en.qm", "DATA"),
        ("PySide6/Qt/translations/qtbase_de.qm", "/x/qtbase_de.qm", "DATA"),
        ("PySide6/Qt/translations/qt_zh_TW.qm", "/x/qt_zh_TW.qm", "DATA"),
        ("resources/translations/coachdesk_fi.qm", "/x/coachdesk_fi.qm", "DATA"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
    ]
    kept = {e[0] for e in rules.filter_datas(datas, binaries)}
    assert kept == {
        "PySide6/Qt/translations/qtbase_fi.qm", "PySide6/Qt/translations/qtbase_sv.qm",
        "PySide6/Qt/translations/qt_en.qm", "resources/translations/coachdesk_fi.qm", "libQt6Core.so.6",
    }


def test_runtime_distributions_are_the_dependency_closure(rules):
    dists = {d.lower().replace("_", "-") for d in rules.runtime_distributions()}
    for name in ("pyside6-essentials", "shiboken6", "sqlcipher3", "sqlalchemy", "alembic", "cryptography",
                 "keyring", "platformdirs", "httpx", "truststore", "phonenumbers", "mako"):
        assert name in dists
    for dev_only in ("pytest", "hypothesis", "faker", "ruff", "pyinstaller"):
        assert dev_only not in dists


def test_licence_files_of_distributions_are_collected(rules):
    files = rules.distribution_licence_files()
    by_dist = {}
    for dist, path in files:
        by_dist.setdefault(dist.lower(), []).append(Path(path).name)
        assert Path(path).is_file()
    assert "LICENSE" in by_dist["sqlcipher3"]
    assert "LICENSE.APACHE" in by_dist["cryptography"]
    pairs = rules.data_files(ROOT)
    assert any(dest == "licenses/alembic" for _, dest in pairs)


def test_version_file_for_windows_is_well_formed(rules, tmp_path):
    """The VERSIONINFO text is a Python expression PyInstaller evaluates with its versioninfo classes."""
    import ast

    path = rules.windows_version_file("1.2.3", tmp_path)
    tree = ast.parse(Path(path).read_text(encoding="utf-8"), mode="eval")
    call = tree.body
    assert isinstance(call, ast.Call) and call.func.id == "VSVersionInfo"
    ffi = call.keywords[0].value
    filevers = next(k.value for k in ffi.keywords if k.arg == "filevers")
    assert ast.literal_eval(filevers) == (1, 2, 3, 0)
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    assert names <= {"VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
                     "VarFileInfo", "VarStruct"}
    with pytest.raises(ValueError):
        rules.windows_version_file("1.0'; import os", tmp_path)


def test_no_excluded_qt_module_is_imported_by_the_app(rules):
    """A Qt module the spec leaves out must not be used anywhere in the package (it would fail only
    in the installed app). Add it back in bundle_rules.EXCLUDED_MODULES' list when you start using it."""
    import re

    excluded = {m.split(".", 1)[1] for m in rules.EXCLUDED_MODULES if m.startswith("PySide6.")}
    offenders = []
    for path in (ROOT / "coachdesk").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used = set(re.findall(r"PySide6\.(Qt\w+)", text))
        used |= {name for group in re.findall(r"from PySide6 import \(?([\w\s,]+)\)?", text)
                 for name in re.findall(r"Qt\w+", group)}
        offenders += [f"{path.relative_to(ROOT)}: {m}" for m in sorted(used & excluded)]
    assert not offenders


def test_the_package_holds_no_data_files_the_spec_would_miss():
    """The spec bundles coachdesk as modules only; data belongs in resources/ (bundled as a tree)."""
    stray = [p.relative_to(ROOT).as_posix() for p in (ROOT / "coachdesk").rglob("*")
             if p.is_file() and p.suffix not in {".py", ".pyc", ".md"} and "__pycache__" not in p.parts]
    assert not stray, "move these to resources/ (or collect them in build_installer.spec)"
