"""What goes into the PyInstaller bundle and what stays out (used by build_installer.spec).

Kept out of the spec so the rules are plain functions that tests can call without building.
Imports nothing from PyInstaller and nothing heavy.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from importlib import metadata
from pathlib import Path, PurePosixPath

APP_NAME = "CoachDesk"
GUI_EXE = APP_NAME
# Windows (NTFS) and macOS (APFS) compare file names case-insensitively: "CoachDesk" and "coachdesk"
# would be the same file there, so the console companion gets a distinct name on those systems.
CLI_EXE = "coachdesk" if sys.platform.startswith("linux") else "coachdesk-cli"

# Only these languages ship (CoachDesk's UI languages); Qt's own translations for the others stay out.
LANGUAGES = ("fi", "sv", "en")

# Modules Alembic and friends import by name at run time, out of PyInstaller's sight.
RUNTIME_HIDDEN_IMPORTS = [
    "alembic.command",
    "alembic.config",
    "alembic.context",
    "alembic.op",
    "alembic.script",
    "alembic.runtime.environment",
    "alembic.runtime.migration",
    "alembic.ddl.sqlite",
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlcipher3.dbapi2",
    "keyring.backends.SecretService",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
    "keyring.backends.fail",
    "keyring.backends.chainer",
    "truststore",
    "httpx",
    "msal",  # imported inside coachdesk.outbox.entra functions only (lazy: start-up budget)
    "phonenumbers.data",
    "phonenumbers.shortdata",
]

# Qt modules the app never imports (they would drag QML, OpenGL ... along), SQLAlchemy's
# test suite (its other SQL dialects stay: alembic.ddl imports them all), phonenumbers' 40 MB of
# geocoding/carrier/time-zone data (the scrubber only parses and validates numbers), and dev tools.
EXCLUDED_MODULES = [
    *(f"PySide6.{m}" for m in (
        "QtConcurrent", "QtDesigner", "QtHelp", "QtLabsStyleKit", "QtOpenGL",
        "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtQml", "QtQmlFeatures", "QtQuick",
        "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtSql", "QtSvgWidgets", "QtTest",
        "QtUiTools", "QtXml", "QtWebEngineCore", "QtWebEngineWidgets", "QtMultimedia",
    )),
    "sqlalchemy.testing",
    *(f"phonenumbers.{m}" for m in ("geocoder", "geodata", "carrier", "carrierdata", "timezone", "tzdata")),
    "tkinter", "_tkinter", "pytest", "_pytest", "hypothesis", "faker", "pytestqt", "pytest_httpserver",
    "werkzeug", "pypdf", "jsonschema", "IPython", "PyInstaller", "setuptools", "pkg_resources", "pip",
    "keyrings.alt",  # must never be bundled: it would store secrets in a plain file
]

# Development-only modules of the package itself (build steps that call Qt's command-line tools).
DEV_ONLY_MODULES = ("coachdesk.app.build_forms",)

# Plugins (and the Qt libraries behind them) the app does not need. Qt's GTK3 theme plugin pulls the
# build machine's GTK stack (about 12 MB: gtk, gdk, pango, cairo, atk ...); the app draws with Fusion
# and its own palette. Host libraries that only the dropped files needed are pruned with them
# (see filter_binaries), so no hand-kept list of GTK libraries is needed.
_EXCLUDED_BINARY_PATTERNS = [
    r"(^|/)platformthemes/libqgtk3\.so$",
    # embedded-device platforms and input (framebuffer, EGLFS, VNC, evdev, TUIO): desktops use xcb/wayland
    r"(^|/)platforms/libq(eglfs|linuxfb|minimalegl|vnc|vkkhrdisplay)\.so$",
    r"(^|/)(egldeviceintegrations|generic|wayland-graphics-integration-client)/",
    # Qt libraries of modules the app does not use (QML, OpenGL, PDF, EGLFS). QtNetwork stays: the
    # outbox watches reachability with QNetworkInformation (networkinformation plugins).
    r"(^|/)libQt6(Quick|Qml|QmlModels|QmlMeta|QmlWorkerScript|OpenGL|Pdf|VirtualKeyboard|"
    r"EglFSDeviceIntegration|EglFsKmsSupport)\.so\.6$",
    r"(^|/)(imageformats/libqpdf|platforminputcontexts/libqtvirtualkeyboardplugin)\.so$",
    r"(^|/)(tls|qmltooling|sqldrivers)/",  # TLS is httpx's job (truststore), not Qt's
]
_EXCLUDED_BINARY_RE = re.compile("|".join(f"(?:{p})" for p in _EXCLUDED_BINARY_PATTERNS))

# Qt translation files other than the shipped languages
_QT_TRANSLATION_RE = re.compile(r"(^|/)translations/qt[a-z_]*?_([a-z]{2,3})(_[A-Za-z]+)?\.qm$")

# Files under resources/ that are sources of generated files, build helpers or packaging inputs.
_RESOURCE_SKIP_DIRS = {"packaging", "__pycache__"}
_RESOURCE_SKIP_SUFFIXES = {".py", ".pyc", ".ts", ".icns", ".ico"}
_RESOURCE_SKIP_NAMES = {"coachdesk-1024.png", ".gitkeep"}


def package_version(root: Path | None = None) -> str:
    """``coachdesk.__version__`` read from the source (no import: the spec runs in PyInstaller)."""
    root = Path(root) if root else Path(__file__).resolve().parents[2]
    text = (root / "coachdesk" / "__init__.py").read_text(encoding="utf-8")
    m = re.search(r"""^__version__\s*=\s*["']([^"']+)["']""", text, re.M)
    if not m:
        raise ValueError("coachdesk/__init__.py has no __version__")
    return m.group(1)


def keep_coachdesk_module(name: str) -> bool:
    """collect_submodules filter: every coachdesk module except development tools."""
    return name not in DEV_ONLY_MODULES


def _posix(path: str) -> str:
    return path.replace("\\", "/")


def excluded_binary(dest_name: str) -> bool:
    """True for a collected library/plugin (its destination path) that must stay out of the bundle."""
    return bool(_EXCLUDED_BINARY_RE.search(_posix(dest_name)))


def excluded_data(dest_name: str) -> bool:
    """True for a collected data file that must stay out (Qt translations of other languages)."""
    m = _QT_TRANSLATION_RE.search(_posix(dest_name))
    return bool(m) and m.group(2) not in LANGUAGES


def filter_binaries(toc: Iterable[tuple], imports_of: Callable[[str], Iterable[str]]) -> list[tuple]:
    """Drop the excluded binaries, then every library that only they needed.

    ``imports_of(source_path)`` names the libraries a binary loads (file names). A library reached
    from any kept binary stays; libraries that nothing in the analysis links against (loaded with
    dlopen by Qt or ctypes, collected on purpose by hooks) are never touched.
    """
    toc = list(toc)
    src_of = {_basename(e[0]): e[1] for e in toc}

    def closure(starts: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        todo = list(starts)
        while todo:
            src = todo.pop()
            for name in imports_of(src):
                base = _basename(name)
                if base not in seen:
                    seen.add(base)
                    if base in src_of:
                        todo.append(src_of[base])
        return seen

    dropped = [e for e in toc if excluded_binary(e[0])]
    candidates = closure(e[1] for e in dropped)
    roots = [e for e in toc if not excluded_binary(e[0]) and _basename(e[0]) not in candidates]
    orphans = candidates - closure(e[1] for e in roots)
    return [e for e in toc if not excluded_binary(e[0]) and _basename(e[0]) not in orphans]


def _basename(name: str) -> str:
    return _posix(name).rsplit("/", 1)[-1]


def linked_libraries(path: str) -> list[str]:
    """File names of the shared libraries ``path`` loads (PyInstaller's own dependency scanner)."""
    from PyInstaller.depend import bindepend

    try:
        return [name for name, _resolved in bindepend.get_imports(path)]
    except Exception:  # a file the scanner cannot read keeps everything it might need
        return []


def filter_datas(toc: Iterable[tuple], binaries: Iterable[tuple]) -> list[tuple]:
    """Drop Qt translations of other languages, and symlinks whose target is no longer bundled."""
    present = {_posix(e[0]) for e in binaries}
    out = []
    for entry in toc:
        if excluded_data(entry[0]):
            continue
        if entry[2] == "SYMLINK" and _posix(entry[1]) not in present:
            continue
        out.append(entry)
    return out


def _resource_files(root: Path) -> Iterator[Path]:
    base = root / "resources"
    for path in sorted(base.rglob("*")):
        rel = path.relative_to(base)
        if not path.is_file() or _RESOURCE_SKIP_DIRS.intersection(rel.parts):
            continue
        if path.suffix in _RESOURCE_SKIP_SUFFIXES or path.name in _RESOURCE_SKIP_NAMES:
            continue
        yield path


def _migration_files(root: Path) -> Iterator[Path]:
    for path in sorted((root / "db").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix in {".py", ".mako"}:
            yield path


def data_files(root: Path) -> list[tuple[str, str]]:
    """(source file, destination folder) pairs for the Analysis ``datas``.

    resources/ (minus build inputs; .qm translations must have been built), db/ (Alembic env and
    versions as .py files: Alembic loads them from files), NOTICE and the licence texts.
    """
    root = Path(root)
    pairs = [(str(p), str(PurePosixPath(*p.relative_to(root).parent.parts))) for p in _resource_files(root)]
    pairs += [(str(p), str(PurePosixPath(*p.relative_to(root).parent.parts))) for p in _migration_files(root)]
    pairs.append((str(root / "NOTICE"), "."))
    pairs += [(str(p), "licenses") for p in sorted((root / "resources" / "packaging" / "licenses").glob("*.txt"))]
    pairs += [(src, f"licenses/{dist}") for dist, src in distribution_licence_files()]
    return pairs


def _req_name(requirement: str) -> str | None:
    """Distribution name of a requirement string, or None when it only applies to an extra."""
    if "extra ==" in requirement or "extra==" in requirement:
        return None
    m = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement)
    return m.group(0) if m else None


def runtime_distributions(top: str = "coachdesk") -> list[str]:
    """The installed distributions the app needs at run time (``top``'s requirements, transitively).

    Environment markers other than extras are evaluated loosely (kept): a licence too many is harmless.
    """
    seen: dict[str, str] = {}
    todo = [top]
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = dist.metadata["Name"]
        for req in dist.requires or []:
            req_name = _req_name(req)
            if req_name:
                todo.append(req_name)
    seen.pop(re.sub(r"[-_.]+", "-", top).lower(), None)
    return sorted(seen.values(), key=str.lower)


_LICENCE_FILE_RE = re.compile(r"(^|/)(licen[cs]e|copying|notice|authors)[^/]*$", re.I)


def distribution_licence_files(top: str = "coachdesk") -> list[tuple[str, str]]:
    """(distribution name, licence file path) for every runtime distribution that carries one."""
    out = []
    for name in runtime_distributions(top):
        dist = metadata.distribution(name)
        for f in dist.files or []:
            if ".dist-info/" in _posix(str(f)) and _LICENCE_FILE_RE.search(_posix(str(f))):
                path = Path(dist.locate_file(f))
                if path.is_file():
                    out.append((name, str(path)))
    return out


_VERSION_INFO_TEMPLATE = """# UTF-8
# Windows VERSIONINFO of CoachDesk, written by resources/packaging/bundle_rules.py at build time.
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', '{name}'),
      StringStruct('FileDescription', '{name}: private desk of a work-ability coach'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', '{name}'),
      StringStruct('LegalCopyright', 'Third-party licences: see NOTICE'),
      StringStruct('OriginalFilename', '{name}.exe'),
      StringStruct('ProductName', '{name}'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def windows_version_file(version: str, workdir: Path) -> str:
    """Write a Windows VERSIONINFO file (the .exe's file properties) and return its path.

    PyInstaller reads it with its versioninfo classes (which only import on Windows), so the text
    is written here from a template.
    """
    parts = [int(x) for x in re.findall(r"\d+", version)[:4]]
    numbers = tuple(parts + [0] * (4 - len(parts)))
    if not re.fullmatch(r"[0-9A-Za-z.+-]+", version):
        raise ValueError(f"unexpected version string {version!r}")
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    target = workdir / "version_info.txt"
    target.write_text(_VERSION_INFO_TEMPLATE.format(numbers=numbers, version=version, name=APP_NAME),
                      encoding="utf-8")
    return str(target)
