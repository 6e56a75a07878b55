"""One guard for every file the app writes for the coach (Qt-free): never into, over, or through a
symlink to a file of a CoachDesk vault.

An export, a PDF, a saved question or a backup written over ``vault.header.json`` or ``vault.db``
would lose the vault for good (the wrapped key is gone). Every output path, from the command line
and from the app's save dialogs, goes through :func:`check_output_path` before anything is written
(``fileio`` calls it again just before the rename). Symlinks and ``..`` are resolved first; an
existing target is also compared with each vault file by identity (``os.path.samefile``), so a
hard link or another spelling of the same file is caught too.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from coachdesk.errors import InvalidInput
from coachdesk.textsafe import shown

# files of a vault folder, and its subfolders (everything below them belongs to the vault)
VAULT_FILES = ("vault.db", "vault.db-wal", "vault.db-shm", "vault.db-journal", "vault.header.json", "vault.lock")
VAULT_SUBDIRS = ("backups", "logs", ".rekey")  # .rekey: a key rotation in progress (vault/rekey.py)
VAULT_SUBDIR_PREFIXES = ("replaced-", ".restore-", ".snap-")
MARKERS = ("vault.header.json", "vault.db")


class VaultFileTarget(InvalidInput):
    """The chosen output path is (or points at) a file of a vault; nothing was written."""

    def __init__(self, path: object, root: object) -> None:
        super().__init__(
            f"{shown(path)} belongs to the CoachDesk vault in {shown(root)}; choose a file outside "
            "the vault folder; nothing was written."
        )


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _is_vault_root(folder: Path) -> bool:
    try:
        return any((folder / name).exists() for name in MARKERS)
    except OSError:
        return False


def _inside(child: Path, root: Path) -> Path | None:
    """The first part of ``child`` below ``root`` when ``child`` is inside it, else None."""
    try:
        rel = child.relative_to(root)
    except ValueError:
        return None
    return Path(rel.parts[0]) if rel.parts else Path(".")


def _belongs(candidate: Path, root: Path) -> bool:
    first = _inside(candidate, root)
    if first is None:
        return False
    name = os.path.normcase(str(first))
    if name == ".":
        return True  # the vault folder itself
    if len(candidate.parts) == len(root.parts) + 1:  # directly in the vault folder
        return name in VAULT_FILES or name in VAULT_SUBDIRS or name.startswith(VAULT_SUBDIR_PREFIXES)
    return name in VAULT_SUBDIRS or name.startswith(VAULT_SUBDIR_PREFIXES)


def _candidates(path: Path) -> list[Path]:
    """Where a write to ``path`` would land: the name in its (resolved) folder, and, when ``path``
    is a symlink (even a dangling one), the file it points to."""
    absolute = Path(os.path.abspath(path))
    found = [_real(absolute.parent) / absolute.name, _real(absolute)]
    return list(dict.fromkeys(found))


def _roots(candidates: Iterable[Path], data_dirs: Iterable[Path | None]) -> list[Path]:
    roots = [_real(Path(d).expanduser()) for d in data_dirs if d is not None]
    for candidate in candidates:
        for folder in [candidate, *candidate.parents]:
            if _is_vault_root(folder):
                roots.append(folder)
    return list(dict.fromkeys(roots))


def check_output_path(path: Path | str, data_dirs: Iterable[Path | None] = ()) -> Path:
    """Refuse (:class:`VaultFileTarget`) an output path that is, or leads to, a file of a vault:
    of the vault folders given (the open or chosen one) or of any folder holding a vault.

    Returns ``path`` unchanged; the check has no side effects."""
    path = Path(path).expanduser()
    candidates = _candidates(path)
    roots = _roots(candidates, data_dirs)
    for root in roots:
        for candidate in candidates:
            if _belongs(candidate, root):
                raise VaultFileTarget(path, root)
    if os.path.lexists(path):
        for root in roots:
            for name in VAULT_FILES:
                try:
                    same = os.path.samefile(path, root / name)
                except OSError:
                    continue
                if same:
                    raise VaultFileTarget(path, root)
    return path
