#!/usr/bin/env bash
# The README's demo command: set up (idempotent), create a fresh demo vault, start the app on it.
# The lock screen shows the demo passphrase (demo-coachdesk). Without a display (a headless
# machine), the GUI self-test walks every screen on a demo vault and saves screenshots instead.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = Linux ]; then
  echo "No display found: walking the app on a demo vault offscreen; screenshots go to screenshots/" >&2
  exec env QT_QPA_PLATFORM=offscreen .venv/bin/coachdesk self-test --screenshots screenshots "$@"
fi
.venv/bin/coachdesk --data-dir .demo-vault demo --force
exec .venv/bin/coachdesk --data-dir .demo-vault "$@"
