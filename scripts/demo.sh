#!/usr/bin/env bash
# The README's demo command: set up (idempotent), create a fresh demo vault, start the app on it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/coachdesk --data-dir .demo-vault demo --force
exec .venv/bin/coachdesk --data-dir .demo-vault "$@"
