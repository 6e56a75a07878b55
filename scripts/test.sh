#!/usr/bin/env bash
# The README's test command: set up (idempotent), lint, then run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/ruff check coachdesk tests bench
exec .venv/bin/python -m pytest "$@"
