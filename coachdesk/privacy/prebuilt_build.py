"""The build step of :mod:`coachdesk.privacy.prebuilt`: ``python -m coachdesk.privacy.prebuilt_build``.

Run in a fresh interpreter (scripts/setup.sh, the installer spec): the regex programs are read from ``re``'s
cache after importing the scrubber and its warm-up (one shipped sentence). No note is scrubbed.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]

from coachdesk.privacy import lexicon, prebuilt

_SCRUBBER = "coachdesk.privacy.scrubber"


def program(pattern: str, flags: int) -> tuple:
    """What ``re`` compiles ``pattern`` into: the arguments of ``_sre.compile`` (as ``re._compiler.compile``)."""
    p = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(p, flags)]  # opcodes are int subclasses
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return pattern, int(flags), int(flags | p.state.flags), code, p.state.groups - 1, groupindex, tuple(indexgroup)


def regex_entries() -> list[tuple]:
    """The programs of the patterns in ``re``'s cache after importing the scrubber, compiling the employer list
    and the warm-up (``scrubber.warm_up``: one shipped sentence, no note), in a fresh interpreter: the
    scrubber's modules compile most patterns when first imported and the rest on their first call. ``re``'s
    cap on its cache is lifted first, so no pattern pushes out another.

    Refused once the scrubber is imported: after a scrub of a note ``re``'s cache may hold patterns built
    from it (chat speakers, case terms), and the file must hold shipped patterns only."""
    if _SCRUBBER in sys.modules:
        raise RuntimeError("prebuilt_build runs in a fresh interpreter: python -m coachdesk.privacy.prebuilt_build")
    re._MAXCACHE = max(re._MAXCACHE, 100_000)  # type: ignore[attr-defined]
    from coachdesk.privacy import orgs, scrubber  # importing the scrubber compiles its modules' patterns

    orgs.employer_regex(lexicon.get_lexicon().employers)  # the pattern the scrubber compiles from the employer list
    scrubber.warm_up()  # the patterns compiled on first use
    keys = [k for k in re._cache if k[0] is str and not k[2] & re.DEBUG]  # type: ignore[attr-defined]
    return [program(pattern, flags) for _, pattern, flags in keys]


def build(out: Path | None = None) -> list[Path]:
    """Write both files (run in a fresh interpreter: see :func:`regex_entries`); the paths written."""
    out = out or prebuilt.folder()
    out.mkdir(parents=True, exist_ok=True)
    entries = regex_entries()
    regex_file = prebuilt.regex_path(out)
    regex_file.write_bytes(prebuilt.dump_regexes(entries))
    paths = lexicon.source_files()
    tables_file = prebuilt.tables_path(out)
    tables_file.write_bytes(prebuilt.dump_tables(paths, lexicon.parse_tables(paths)))
    return [regex_file, tables_file]


if __name__ == "__main__":
    for written in build():
        print(written)
