"""Writing files the way a vault of private notes needs: owner-only, atomic, durable."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from coachdesk.errors import DiskFull, InvalidInput


def write_private_atomic(
    path: Path, data: bytes, *, for_user: bool = False, data_dirs: Iterable[Path | None] = ()
) -> Path:
    """Write ``data`` to ``path`` owner-only (0600) through a temp file in the same folder, fsync and
    rename: a crash leaves the old file or none, never half a file. Clear errors for the user.

    ``for_user``: a path the coach chose (export, PDF, saved question, backup): refused when it is
    or leads to a file of a vault (``outpath.check_output_path``; ``data_dirs`` are vault folders
    known to the caller), checked before the temp file is made and again just before the rename."""
    return write_private_atomic_with(path, lambda fh: fh.write(data), for_user=for_user, data_dirs=data_dirs)


def write_private_atomic_with(
    path: Path, write: Callable[[BinaryIO], object], *, for_user: bool = False,
    data_dirs: Iterable[Path | None] = (),
) -> Path:
    """As :func:`write_private_atomic`, with ``write(fh)`` filling the file (for streaming)."""
    path = Path(path)
    data_dirs = tuple(data_dirs)
    if for_user:
        from coachdesk.outpath import check_output_path

        check_output_path(path, data_dirs)
    if not path.parent.is_dir():
        raise InvalidInput(f"No such folder: {path.parent}")
    if path.is_dir():
        raise InvalidInput(f"{path} is a folder; give a file name.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                write(fh)
                fh.flush()
                os.fsync(fh.fileno())
            if os.name == "posix":
                os.chmod(tmp, 0o600)
            if for_user:
                check_output_path(path, data_dirs)  # nothing may have moved under us meanwhile
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        fsync_dir(path.parent)
    except OSError as err:
        if err.errno == errno.ENOSPC:
            raise DiskFull() from err
        raise InvalidInput(f"Cannot write {path}: {err.strerror or err}") from err
    return path


def fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX; a no-op elsewhere)."""
    if os.name != "posix":
        return
    dir_fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


_KINDS = {
    stat.S_IFDIR: "a folder",
    stat.S_IFIFO: "a named pipe (FIFO)",
    stat.S_IFCHR: "a device",
    stat.S_IFBLK: "a device",
    stat.S_IFSOCK: "a socket",
}


def _check_regular(mode: int, name: str, what: str, after: str) -> None:
    if not stat.S_ISREG(mode):
        from coachdesk.textsafe import shown

        kind = _KINDS.get(stat.S_IFMT(mode), "not a regular file")
        raise InvalidInput(f"{shown(name)} is {kind}, not {what}{after}.")


def read_regular(path: Path, limit: int, *, what: str = "a file", size: str = "", after: str = "") -> tuple[bytes, float]:
    """The bytes (at most ``limit``, counted as read: a size the file system reports is not
    trusted) and modification time of a regular file. Folders, pipes, devices and sockets are
    refused by name before a blocking read (stat first; opened non-blocking; fstat again, in case
    it was swapped). OSError (missing, unreadable) is left to the caller."""
    path = Path(path)
    name = path.name or str(path)
    _check_regular(os.stat(path).st_mode, name, what, after)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        _check_regular(info.st_mode, name, what, after)
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            from coachdesk.textsafe import shown

            raise InvalidInput(f"{shown(name)} is larger than {size or f'{limit} bytes'}{after}.")
        return b"".join(chunks), info.st_mtime
    finally:
        os.close(fd)
