#!/usr/bin/env bash
# Build the CoachDesk bundle with PyInstaller, then prove it works: the bundled app's self-test
# offscreen plus smoke checks (version, scrub, demo + check, GUI start), sizes and start time.
# Fails when the build or any check fails.
#
#   scripts/build_installer.sh [--dist DIR] [--work DIR] [--archive] [--skip CHECK]...
#
#   --dist DIR    where dist/CoachDesk goes (default: dist)
#   --work DIR    PyInstaller's work folder (default: build/pyinstaller)
#   --archive     also write DIST/CoachDesk-<version>-linux-<arch>.tar.gz with the .desktop file and icon
#   --skip NAME   skip a smoke check (layout, libraries, version, scrub, demo-check, summary, webhook,
#                 keychain, self-test, gui-start, xcb)
# PyInstaller 6.22.3 comes with requirements-dev.txt (scripts/setup.sh installs it). See docs/packaging.md.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
DIST=dist
WORK=build/pyinstaller
ARCHIVE=0
SKIPS=()
while (($#)); do
  case "$1" in
    --dist) DIST=$2; shift 2 ;;
    --work) WORK=$2; shift 2 ;;
    --archive) ARCHIVE=1; shift ;;
    --skip) SKIPS+=(--skip "$2"); shift 2 ;;
    *) echo "build_installer.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  echo "build_installer.sh: PyInstaller is not installed; run: $PY -m pip install pyinstaller==6.22.3" >&2
  exit 2
fi
export QT_QPA_PLATFORM=offscreen
start=$(date +%s)

# 1. the bundle (the spec builds the .qm translations first; the UI forms are committed; no UPX;
#    PYTHONHASHSEED fixed for a repeatable build; --clean: nothing reused from an earlier build)
PYTHONHASHSEED=0 "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" build_installer.spec
built=$(date +%s)
echo "build: $((built - start)) s"

# 2. the Linux deliverable gets its desktop entry and icon beside the executables
BUNDLE="$DIST/CoachDesk"
if [[ "$(uname -s)" == Linux ]]; then
  cp resources/packaging/coachdesk.desktop "$BUNDLE/coachdesk.desktop"
  cp resources/icons/app/coachdesk-256.png "$BUNDLE/coachdesk.png"
  cp resources/packaging/install-desktop-entry.sh "$BUNDLE/install-desktop-entry.sh"
  chmod 755 "$BUNDLE/install-desktop-entry.sh"
fi

# 3. prove it: self-test offscreen + smoke checks + sizes (+ the tar.gz)
args=("$BUNDLE" --json "$DIST/bundle-figures.json" "${SKIPS[@]}")
if ((ARCHIVE)); then
  version=$("$PY" -c "import coachdesk; print(coachdesk.__version__)")
  args+=(--archive "$DIST/CoachDesk-$version-linux-$(uname -m).tar.gz")
fi
"$PY" resources/packaging/smoke_bundle.py "${args[@]}"
echo "build + checks: $(($(date +%s) - start)) s"
