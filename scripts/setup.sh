#!/usr/bin/env bash
# Set up everything CoachDesk needs on a fresh Debian/Ubuntu machine: system packages (when run as
# root), a virtual environment in .venv, and the pinned Python dependencies. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  xvfb xauth dbus dbus-x11 gnome-keyring poppler-utils binutils
  libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3
  libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libx11-xcb1
  libvoikko1 voikko-fi libhunspell-1.7-0 hunspell-sv hunspell-en-us hunspell-en-gb
)

if command -v apt-get >/dev/null 2>&1; then
  missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if ((${#missing[@]})); then
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      echo "note: system packages missing (${missing[*]}); tests that need them will be skipped" >&2
    fi
  fi
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.coachdesk-deps
want=$(cat pyproject.toml requirements.txt requirements-dev.txt | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt
  .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps -e .
  echo "$want" > "$stamp"
fi

# Build step: Designer forms (ui/*.ui -> coachdesk/app/forms) and translations (.ts -> .qm).
.venv/bin/python -m coachdesk.app.build_forms >/dev/null
# Build step: the scrubber's prebuilt regex programs and lexicon tables (faster first scrub; optional).
.venv/bin/python -m coachdesk.privacy.prebuilt_build >/dev/null
# Build step: the package's bytecode (an editable install compiles nothing; an installed app ships .pyc), so
# the first scrub does not compile ~80 modules from source where PYTHONDONTWRITEBYTECODE is set. A .pyc whose
# source changed later is ignored by Python (checked against the source's size and time).
.venv/bin/python -m compileall -q coachdesk >/dev/null

