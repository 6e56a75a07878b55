"""An exclusive, advisory lock on the vault folder, so two processes never open one vault."""

from __future__ import annotations

import os
from pathlib import Path

from coachdesk.errors import VaultInUse


class VaultLock:
    """Held while a vault is open; the OS releases it if the process dies (even kill -9)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> VaultLock:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if os.name == "nt":  # pragma: no cover - exercised on Windows builds
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
        if self._fd is not None:
            os.close(self._fd)  # closing drops flock / msvcrt locks
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None
