"""Writing a printed summary to disk: owner-only (0600), through a temp file and a rename."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from coachdesk.errors import DiskFull, InvalidInput


def write_private_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` owner-only; a crash leaves the old file or none, never half a PDF."""
    path = Path(path)
    if not path.parent.is_dir():
        raise InvalidInput(f"No such folder: {path.parent}")
    if path.is_dir():
        raise InvalidInput(f"{path} is a folder; give a file name such as {path / 'summary.pdf'}")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
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
    except OSError as err:
        if err.errno == errno.ENOSPC:
            raise DiskFull() from err
        raise InvalidInput(f"Cannot write {path}: {err.strerror or err}") from err
