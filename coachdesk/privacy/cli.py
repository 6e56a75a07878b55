"""``coachdesk scrub``: scrub a file or stdin as text, one JSON object, or the JSONL batch protocol.

``--explain`` adds why: the rules behind each finding and near-miss (``explain.py``), on stdout only.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from coachdesk.errors import CoachDeskError
from coachdesk.fileio import read_regular
from coachdesk.privacy.explain import explain_rows, format_rows
from coachdesk.privacy.model import ScrubResult
from coachdesk.privacy.name_trace import Trace, collecting

MAX_INPUT = 10 * 1024 * 1024  # bytes actually read, not the size a file system reports

_KINDS = ("name", "relative", "place", "employer", "other")


_LINE_END = re.compile(r"\r\n|\r|\n")  # the line ends an editor counts (splitlines() also splits at \f, \x85…)


def _numbered_lines(path: Path | None, what: str) -> list[tuple[int, str]]:
    """(line number, text) of each line that is not empty or a # comment, stripped; UTF-8 (a BOM is
    dropped), CRLF or LF, at most 10 MB."""
    if path is None:
        return []
    try:
        raw, _mtime = read_regular(path, MAX_INPUT, what="a text file", size="10 MB")
        lines = _LINE_END.split(raw.decode("utf-8-sig"))
    except OSError as err:
        raise CoachDeskError(f"Cannot read the {what} file {path}: {err.strerror}") from err
    except UnicodeDecodeError as err:
        raise CoachDeskError(f"The {what} file {path} is not UTF-8 text.") from err
    return [(number, line.strip()) for number, line in enumerate(lines, 1)
            if line.strip() and not line.lstrip().startswith("#")]


def _read_lines(path: Path | None, what: str) -> list[str]:
    return [line for _number, line in _numbered_lines(path, what)]


def _read_keep_terms(path: Path | None) -> list[str]:
    """The never-scrub terms of ``--keep-terms``, checked like the vault's list (one rule set:
    services.vocabulary); a refused term stops the command, naming its line."""
    if path is None:
        return []
    from coachdesk.services.vocabulary import check_keep_term_lines

    return check_keep_term_lines(_numbered_lines(path, "keep-terms"), str(path))


def _read_terms(path: Path | None) -> list[str | tuple[str, str]]:
    """Terms, one a line; ``VALUE<TAB>KIND`` keeps the category it was listed under."""
    out: list[str | tuple[str, str]] = []
    for line in _read_lines(path, "terms"):
        value, _, kind = line.partition("\t")
        kind = kind.strip().lower()
        out.append((value.strip(), kind) if kind in _KINDS else line)
    return out


def _decided(obj: object) -> dict[str, bool]:
    if not isinstance(obj, dict) or not isinstance(obj.get("decided"), dict):
        return {}
    return {k: v for k, v in obj["decided"].items() if isinstance(k, str) and isinstance(v, bool)}


def _questions(res: ScrubResult) -> list[dict[str, object]]:
    return [{"start": q.start, "end": q.end, "text": q.text, "question": q.question, "kind": q.kind} for q in res.questions]


def _read_input(path: Path | None) -> str:
    if path is None:
        raw = sys.stdin.buffer.read(MAX_INPUT + 1)
        if len(raw) > MAX_INPUT:
            raise CoachDeskError("Standard input is larger than 10 MB.")
        return raw.decode("utf-8", errors="replace")
    try:
        raw, _mtime = read_regular(path, MAX_INPUT, what="a text file", size="10 MB")  # never a pipe or device
        return raw.decode("utf-8", errors="replace")
    except OSError as err:
        raise CoachDeskError(f"Cannot read {path}: {err.strerror}") from err


@contextlib.contextmanager
def _tracing(on: bool) -> Iterator[Trace | None]:
    """The name layer's trace of the scrub inside the block when ``on`` (``--explain``), else None."""
    if not on:
        yield None
        return
    with collecting() as trace:
        yield trace


def run_scrub(args: argparse.Namespace) -> int:
    """Entry point of the ``scrub`` subcommand; returns the exit code."""
    from coachdesk.privacy import scrub

    terms = _read_terms(getattr(args, "terms", None))
    keep_terms = _read_keep_terms(getattr(args, "keep_terms", None))
    colleagues = _read_lines(getattr(args, "colleagues", None), "colleagues")
    lang = getattr(args, "lang", None)
    fmt = getattr(args, "format", "text") or "text"
    explain = bool(getattr(args, "explain", False))
    data = _read_input(getattr(args, "file", None))
    out = sys.stdout
    if fmt == "jsonl":
        for line in data.splitlines():
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as err:
                raise CoachDeskError(f"Input line is not JSON: {err.msg}") from err
            text = obj.get("text", "") if isinstance(obj, dict) else ""
            rec_lang = lang or (obj.get("lang") if isinstance(obj, dict) else None)
            text = text if isinstance(text, str) else ""
            with _tracing(explain) as trace:
                res = scrub(
                    text, lang=rec_lang, decided=_decided(obj), terms=terms, keep_terms=keep_terms, colleagues=colleagues
                )
            row = {
                "id": obj.get("id") if isinstance(obj, dict) else None,
                "scrubbed": res.text,
                "findings": [f.to_dict() for f in res.findings],
                "warnings": [w.to_dict() for w in res.warnings],
                "questions": _questions(res),
                "lang": res.lang,
            }
            if trace is not None:
                row["explain"] = explain_rows(text, res, trace)
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        out.flush()
        return 0
    with _tracing(explain) as trace:
        res = scrub(data, lang=lang, terms=terms, keep_terms=keep_terms, colleagues=colleagues)
    if fmt == "json":
        doc = res.to_dict()
        if trace is not None:
            doc["explain"] = explain_rows(data, res, trace)
        out.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        return 0
    out.write(res.text)
    if not res.text.endswith("\n"):
        out.write("\n")
    if trace is not None:
        out.write(format_rows(explain_rows(data, res, trace)))  # stdout, like the text itself
    report = sys.stderr
    for f in res.findings:
        report.write(f"{f.label:9} {f.start:>6}-{f.end:<6} -> {f.replacement}  ({f.reason})\n")
    for w in res.warnings:
        report.write(f"? {w.kind}: {w.question}\n")
    return 0
