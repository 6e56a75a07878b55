"""Logging: a small rotating file in the data folder. Log events and ids, never note text."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

LOG_DIR = "logs"
LOG_FILE = "coachdesk.log"


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path:
    """Send CoachDesk's logs to ``data_dir/logs/coachdesk.log`` (rotating, owner-only)."""
    from coachdesk.paths import ensure_private_dir

    folder = ensure_private_dir(Path(data_dir) / LOG_DIR)
    path = folder / LOG_FILE
    root = logging.getLogger("coachdesk")
    for handler in list(root.handlers):
        if getattr(handler, "_coachdesk", False):
            root.removeHandler(handler)
            handler.close()
    # delay: the file is made at the first line, so a command that logs nothing writes nothing
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=512 * 1024, backupCount=3, encoding="utf-8",
                                                   delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._coachdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    if os.name == "posix" and path.exists():
        os.chmod(path, 0o600)
    return path
