"""Importing plain-text notes (.txt / .md): decoded strictly; anything binary is refused whole."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from coachdesk.errors import InvalidInput

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


def read_note_file(path: Path) -> tuple[str, date]:
    """(text, date) for one file; the note date is the file's modification date."""
    path = Path(path)
    if path.suffix.lower() not in ALLOWED_SUFFIXES:
        raise InvalidInput(f"{path.name}: only .txt and .md files can be imported; nothing was imported.")
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InvalidInput(f"{path.name} is larger than 10 MB; nothing was imported.")
        raw = path.read_bytes()
        mtime = datetime.fromtimestamp(path.stat().st_mtime).date()
    except FileNotFoundError as err:
        raise InvalidInput(f"{path}: no such file; nothing was imported.") from err
    except OSError as err:
        raise InvalidInput(f"{path.name} cannot be read ({err.strerror}); nothing was imported.") from err
    text = decode_note(raw, path.name)
    if not text.strip():
        raise InvalidInput(f"{path.name} is empty; nothing was imported.")
    return text, mtime
