"""An exclusive, advisory lock on the vault folder, so two processes never open one vault."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from coachdesk.errors import CoachDeskError, VaultInUse


class FolderNotWritable(CoachDeskError):
    """The vault folder cannot be written (read-only or someone else's)."""

    def __init__(self, folder: object) -> None:
        from coachdesk.textsafe import shown

        super().__init__(
            f"The vault folder {shown(folder)} is read-only or not yours to write: CoachDesk keeps its "
            "lock and journal there; nothing was changed."
        )


class VaultLock:
    """Held while a vault is open; the OS releases it if the process dies (even kill -9)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> VaultLock:
        """Take the lock (VaultInUse when another process holds it); returns self."""
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except (PermissionError, OSError) as err:
            if isinstance(err, PermissionError) or err.errno == errno.EROFS:
                raise FolderNotWritable(self.path.parent) from err
            raise
        try:
            if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds (= os.name "nt")
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as err:
            os.close(fd)
            raise VaultInUse() from err
        self._fd = fd
        return self

    def release(self) -> None:
        """Release the lock (closing the file drops it)."""
        if self._fd is not None:
            os.close(self._fd)  # closing drops flock / msvcrt locks
            self._fd = None

    @property
    def held(self) -> bool:
        """This process holds the lock."""
        return self._fd is not None
