"""Build-time forms of the scrubber's start-up work: compiled regex programs and lexicon tables.

``python -m coachdesk.privacy.prebuilt_build`` (scripts/setup.sh and the installer build run it) writes two
files into ``resources/data/privacy/prebuilt/`` (git ignores the folder; like the .qm translations they
are build products). Nothing in them comes from a note:

- ``regex-<python tag>.marshal``: the regex programs of every pattern the privacy modules compile when
  imported and on their first scrub (of the shipped warm-up sentence, no note; and of the employer list).
  :func:`install_regexes` puts them into ``re``'s own cache, so a module's ``re.compile`` finds its pattern
  there instead of parsing it; a pattern is used only for the exact pattern text and flags it was compiled
  from, and only by the Python release (and regex engine) that compiled it. A new or changed pattern is
  compiled as usual. ``re`` keeps at most ``re._MAXCACHE`` patterns (512) and drops the oldest first; the
  privacy modules compile about 700, which would push each other out (and did: a third of them were parsed
  again on every start), so the build lifts that cap while it collects them and :func:`install_regexes`
  lifts it to hold them all with the 512 others ``re`` kept before.
- ``lexicon.marshal``: the lexicon's tables, used by :func:`load_tables` only while the digest of the
  list files they were read from matches.

Both are read only from :func:`folder` (the installed resources, as trusted as the code beside them), and
each carries a checksum of its contents: a damaged, truncated, stale or malformed file is ignored as a
whole (nothing of it is used, nothing is raised), and everything is compiled and parsed from source.
Without the files (a fresh checkout) the same happens, with the same result.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # CPython's regex engine (no stub)
import hashlib
import marshal
import re
import sys
from pathlib import Path
from typing import Any

REGEX_TAG = (sys.implementation.cache_tag, sys.hexversion, _sre.MAGIC, _sre.CODESIZE)
TABLES_VERSION = 2
_TABLE_TYPES = (dict, dict, list, frozenset, dict, dict)  # flags, counts, employers, frequent, lang_words, ambig_langs
_installed = False
DEFAULT_MAXCACHE = 512  # how many patterns ``re`` keeps as it comes (CPython 3.11-3.13): room for patterns of others


def folder() -> Path:
    """Where the build puts the files and the scrubber reads them (``resources/data/privacy/prebuilt``)."""
    from coachdesk.paths import resources_dir

    return resources_dir() / "data" / "privacy" / "prebuilt"


def regex_path(out: Path | None = None) -> Path:
    """The regex file of this Python in ``out`` (default :func:`folder`)."""
    return (out or folder()) / f"regex-{sys.implementation.cache_tag}.marshal"


def tables_path(out: Path | None = None) -> Path:
    """The lexicon tables file in ``out`` (default :func:`folder`)."""
    return (out or folder()) / "lexicon.marshal"


def _checksum(payload: bytes) -> bytes:
    return hashlib.blake2b(payload, digest_size=16).digest()


def sealed(head: Any, value: Any) -> bytes:
    """A file's bytes: ``head`` (what the contents are valid for), a checksum of ``value``'s bytes, ``value``."""
    payload = marshal.dumps(value)
    return marshal.dumps((head, _checksum(payload), payload))


def unsealed(data: bytes, head: Any) -> object | None:
    """The value :func:`sealed` wrote, when ``head`` matches and the checksum holds; else None (never raises)."""
    try:
        got, checksum, payload = marshal.loads(data)
        if got != head or not isinstance(payload, bytes) or checksum != _checksum(payload):
            return None
        return marshal.loads(payload)
    except Exception:  # a malformed file of any shape is no file
        return None


def _cache_ok() -> bool:
    """``re`` keeps compiled patterns in a dict keyed (type, pattern, flags) (CPython 3.11-3.13)."""
    cache = getattr(re, "_cache", None)
    return isinstance(cache, dict) and isinstance(getattr(re, "_MAXCACHE", None), int)


def _programs(entries: object) -> dict[tuple, re.Pattern[str]] | None:
    """Every entry compiled by the regex engine (which checks each program), keyed as ``re`` keys its cache;
    None when any entry is malformed (then none is used)."""
    if not isinstance(entries, list):
        return None
    out: dict[tuple, re.Pattern[str]] = {}
    try:
        for pattern, flags, all_flags, code, groups, groupindex, indexgroup in entries:
            if not (isinstance(pattern, str) and type(flags) is int and isinstance(indexgroup, tuple)
                    and type(groups) is int and groups == len(indexgroup) - 1):
                return None
            out[(str, pattern, flags)] = _sre.compile(pattern, all_flags, code, groups, groupindex, indexgroup)
    except Exception:  # wrong shapes, or a program the engine refuses ("invalid SRE code")
        return None
    return out


def install_regexes() -> int:
    """Put the prebuilt regex programs of :func:`folder` into ``re``'s cache (once); the number installed
    (0 without a usable file: then the modules compile their patterns as usual)."""
    global _installed
    if _installed or not _cache_ok():
        return 0
    _installed = True
    try:
        data = regex_path().read_bytes()
    except OSError:
        return 0
    programs = _programs(unsealed(data, REGEX_TAG))
    if not programs:
        return 0
    cache = re._cache  # type: ignore[attr-defined]
    re._MAXCACHE = max(re._MAXCACHE, len(cache) + len(programs) + DEFAULT_MAXCACHE)  # type: ignore[attr-defined]
    n = 0
    for key, compiled in programs.items():
        if key not in cache:
            cache[key] = compiled
            n += 1
    return n


def dump_regexes(entries: list[tuple]) -> bytes:
    """The regex file's bytes: the programs (see ``prebuilt_build.program``) for this Python."""
    return sealed(REGEX_TAG, entries)


# --- lexicon tables -----------------------------------------------------------------------------------


def tables_digest(paths: list[Path]) -> str:
    """Digest of the list files (names and bytes) the lexicon tables are read from."""
    h = hashlib.blake2b(digest_size=16)
    for p in paths:
        data = p.read_bytes()
        h.update(f"{p.name}\0{len(data)}\0".encode())
        h.update(data)
    return h.hexdigest()


def load_tables(paths: list[Path]) -> tuple | None:
    """The prebuilt lexicon tables of :func:`folder` when they were built from exactly the list files
    ``paths`` and have the tables' shape; else None."""
    try:
        data = tables_path().read_bytes()
    except OSError:
        return None
    tables = unsealed(data, (TABLES_VERSION, tables_digest(paths)))
    if not (isinstance(tables, tuple) and len(tables) == len(_TABLE_TYPES)
            and all(isinstance(t, kind) for t, kind in zip(tables, _TABLE_TYPES, strict=True))):
        return None
    return tables


def dump_tables(paths: list[Path], tables: tuple) -> bytes:
    """The lexicon file's bytes: the tables and the digest of the list files they were read from."""
    return sealed((TABLES_VERSION, tables_digest(paths)), tables)
