"""Build-time forms of the scrubber's start-up work: compiled regex programs and lexicon tables.

``python -m coachdesk.privacy.prebuilt_build`` (scripts/setup.sh and the installer build run it) writes two
files into ``resources/data/privacy/prebuilt/`` (git ignores the folder; like the .qm translations they
are build products). Nothing in them comes from a note:

- ``regex-<python tag>.marshal``: the regex programs of every pattern the privacy modules compile when
  imported (and of the employer list). :func:`install_regexes` puts them into ``re``'s own cache, so a
  module's ``re.compile`` finds its pattern there instead of parsing it; a pattern is used only for the
  exact pattern text and flags it was compiled from, and only by the Python (and regex engine) that
  compiled it. A new or changed pattern is compiled as usual.
- ``lexicon.marshal``: the lexicon's tables, used by :func:`load_tables` only while the digest of the
  list files they were read from matches.

Without the files (a fresh checkout), everything is compiled and parsed from source with the same result.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # CPython's regex engine (no stub)
import hashlib
import marshal
import re
import sys
from pathlib import Path

REGEX_TAG = (sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE)
TABLES_VERSION = 1
_installed = False


def folder() -> Path:
    """Where the build puts the files (``resources/data/privacy/prebuilt``)."""
    from coachdesk.paths import resources_dir

    return resources_dir() / "data" / "privacy" / "prebuilt"


def regex_path(out: Path | None = None) -> Path:
    """The regex file of this Python in ``out`` (default :func:`folder`)."""
    return (out or folder()) / f"regex-{sys.implementation.cache_tag}.marshal"


def _cache_ok() -> bool:
    """``re`` keeps compiled patterns in a dict keyed (type, pattern, flags) (CPython 3.11-3.13)."""
    cache = getattr(re, "_cache", None)
    return isinstance(cache, dict) and isinstance(getattr(re, "_MAXCACHE", None), int)


def install_regexes(path: Path | None = None) -> int:
    """Put the prebuilt regex programs into ``re``'s cache (once); the number installed (0 without the file)."""
    global _installed
    if _installed or not _cache_ok():
        return 0
    _installed = True
    try:
        tag, entries = marshal.loads((path or regex_path()).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return 0
    if tag != REGEX_TAG:
        return 0
    cache = re._cache  # type: ignore[attr-defined]
    room = max(re._MAXCACHE - len(cache) - 64, 0)  # type: ignore[attr-defined]  # room left for others
    n = 0
    for pattern, flags, all_flags, code, groups, groupindex, indexgroup in entries[:room]:
        key = (str, pattern, flags)
        if key not in cache:
            cache[key] = _sre.compile(pattern, all_flags, code, groups, groupindex, indexgroup)
            n += 1
    return n


# --- lexicon tables -----------------------------------------------------------------------------------


def tables_digest(paths: list[Path]) -> str:
    """Digest of the list files (names and bytes) the lexicon tables are read from."""
    h = hashlib.blake2b(digest_size=16)
    for p in paths:
        data = p.read_bytes()
        h.update(f"{p.name}\0{len(data)}\0".encode())
        h.update(data)
    return h.hexdigest()


def load_tables(paths: list[Path], file: Path | None = None) -> tuple | None:
    """The prebuilt lexicon tables (``file``, default the build's) when they were built from exactly the
    list files ``paths``; else None."""
    try:
        data = (file or folder() / "lexicon.marshal").read_bytes()
        version, digest, tables = marshal.loads(data)
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if version != TABLES_VERSION or digest != tables_digest(paths):
        return None
    return tables


def dump_tables(paths: list[Path], tables: tuple) -> bytes:
    """The lexicon file's bytes: the tables and the digest of the list files they were read from."""
    return marshal.dumps((TABLES_VERSION, tables_digest(paths), tables))
