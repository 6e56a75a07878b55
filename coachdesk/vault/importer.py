"""Importing plain-text notes (.txt / .md): regular files only, read with a bound on the bytes
actually read; decoded strictly; anything binary is refused whole."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from coachdesk.errors import InvalidInput
from coachdesk.fileio import read_regular
from coachdesk.textsafe import shown

ALLOWED_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
MAX_BYTES = 10 * 1024 * 1024


def decode_note(raw: bytes, name: str) -> str:
    """The text of a note file, or InvalidInput when it is binary or not decodable."""
    if b"\x00" in raw and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InvalidInput(f"{name} looks like a binary file; nothing was imported.")
    for encoding in ("utf-8-sig", "utf-16") if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise InvalidInput(f"{name} is not UTF-8 text; save it as UTF-8 and try again; nothing was imported.")
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    if bad > max(2, len(text) // 1000):
        raise InvalidInput(f"{name} holds control characters, not text; nothing was imported.")
    return text.replace("\r\n", "\n").replace("\r", "\n")


@dataclass(frozen=True)
class NoteFile:
    """One file read for import: its text, the note date (the file's modification date) and,
    when the name given was a symlink, the file it leads to (reported to the coach)."""

    text: str
    date: date
    link_to: Path | None = None


def _refuse(name: str, why: str) -> InvalidInput:
    return InvalidInput(f"{shown(name)} {why}; nothing was imported.")


def _resolve_link(path: Path) -> Path | None:
    """The file a symlink leads to, when it stays inside the symlink's folder; a link leading
    anywhere else is refused by name (it is not followed silently)."""
    if not path.is_symlink():
        return None
    target = Path(os.path.realpath(path))
    folder = Path(os.path.realpath(path.parent))
    if folder not in target.parents:
        raise _refuse(path.name, f"is a link to {shown(target)}, outside its folder; import that file itself")
    return target


def read_note_file(path: Path) -> NoteFile:
    """Read one note file: only a regular .txt/.md file, at most 10 MB. Symlinks are resolved
    (one leading outside its folder is refused); folders, pipes and devices are refused by name,
    without opening them for a blocking read."""
    path = Path(path)
    name = path.name or str(path)
    if path.suffix.lower() not in ALLOWED_SUFFIXES:
        raise _refuse(name, "is not a .txt or .md file (only those can be imported)")
    try:
        link_to = _resolve_link(path)
        raw, mtime = read_regular(path, MAX_BYTES, what="a text file", size="10 MB", after="; nothing was imported")
    except FileNotFoundError as err:
        raise InvalidInput(f"{shown(path)}: no such file; nothing was imported.") from err
    except OSError as err:
        raise _refuse(name, f"cannot be read ({err.strerror or type(err).__name__})") from err
    text = decode_note(raw, shown(name))
    if not text.strip():
        raise _refuse(name, "is empty")
    return NoteFile(text=text, date=datetime.fromtimestamp(mtime).date(), link_to=link_to)
