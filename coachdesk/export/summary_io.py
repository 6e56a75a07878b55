"""Writing a printed summary to disk: owner-only (0600), through a temp file and a rename."""

from __future__ import annotations

import os
from pathlib import Path

from coachdesk.errors import InvalidInput


def write_private_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` owner-only; a crash leaves the old file or none, never half a PDF."""
    path = Path(path)
    if not path.parent.is_dir():
        raise InvalidInput(f"No such folder: {path.parent}")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
