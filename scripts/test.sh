#!/usr/bin/env bash
# The README's test command: set up (idempotent), lint, type-check, then run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/ruff check coachdesk tests bench
.venv/bin/mypy  # scope and strictness: [tool.mypy] in pyproject.toml
exec .venv/bin/python -m pytest "$@"
