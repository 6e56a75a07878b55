"""Linear time, checked by the WORK done, never by the wall clock (issue 14, item 9).

A counter hook (``sys.settrace``) counts every executed line of the scrubber's own code, and every
character handed to a ``str`` method on a string other than the input itself (``text[pos:].lstrip()``
copies the rest of the text: that was the quadratic step). Doubling the input must about double
the count; a quadratic step would quadruple it. Wall-clock figures are in ``bench/bench_scrub.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from coachdesk.privacy import scrub

PKG = str(Path(__file__).resolve().parents[3] / "coachdesk" / "privacy")
CORPUS = Path(__file__).resolve().parents[3] / "tests" / "unit" / "privacy" / "heldout" / "heldout2.jsonl"


def _base_text() -> str:
    texts = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return "\n\n".join(texts)


def work(text: str, **kw) -> int:
    """Lines executed in coachdesk/privacy plus characters handed to str methods on derived strings
    (a method of the whole text, original, normalised or lower-cased, is bounded by its arguments: not counted)."""
    count = 0
    wholes: list[str] = [text]
    # a string as long as the whole text is the whole text transformed (its lower-cased copy, shared through
    # per_text): its search methods from a position are bounded like the original's, so they are not counted
    lengths = {len(text)}

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def global_trace(frame, event, arg):
        return local if frame.f_code.co_filename.startswith(PKG) else None

    def profile(frame, event, arg):
        nonlocal count
        if event == "call" and frame.f_code.co_name == "_scrub" and frame.f_code.co_filename.startswith(PKG):
            wholes.append(frame.f_locals["text"])  # the normalised text
            lengths.add(len(frame.f_locals["text"]))
        elif event == "c_call":
            owner = getattr(arg, "__self__", None)
            if isinstance(owner, str) and not any(owner is w for w in wholes) and len(owner) not in lengths:
                count += len(owner)

    sys.settrace(global_trace)
    sys.setprofile(profile)
    try:
        scrub(text, **kw)
    finally:
        sys.settrace(None)
        sys.setprofile(None)
    return count


@pytest.mark.parametrize(
    "shape",
    [
        "notes",  # real note-like texts
        "one line",  # no line breaks at all
        "lower case",  # chat style
        "no punctuation",
    ],
)
def test_work_grows_linearly_with_the_text(shape: str) -> None:
    base = _base_text()
    transform = {
        "notes": lambda t: t,
        "one line": lambda t: t.replace("\n", " "),
        "lower case": str.lower,
        "no punctuation": lambda t: "".join(c for c in t if c.isalnum() or c.isspace()),
    }[shape]
    chunk = transform(base)[:10_000]
    small, large = chunk, (chunk + "\n\n") * 4  # the same kind of text, four times as much
    scrub(small, lang="fi")  # lexicons and caches loaded before counting
    w_small, w_large = work(small, lang="fi"), work(large, lang="fi")
    # four times the text: about four times the work (a quadratic step would give sixteen)
    assert w_large <= 5.0 * w_small, (w_small, w_large)


def test_work_is_linear_with_unicode_tricks_and_terms() -> None:
    base = ("Tapasin Lii\u00adsa Ma\u0308kela\u0308n ja Ｓａｍｕｌｉ Ｎｉｅｍｉｓｅｎ. " * 40)
    small, large = base * 3, base * 12
    terms = [("Liisa Mäkelä", "name"), ("Maalaamo Rantanen", "employer")]
    scrub(small, lang="fi", terms=terms)
    w_small, w_large = work(small, lang="fi", terms=terms), work(large, lang="fi", terms=terms)
    assert w_large <= 5.0 * w_small, (w_small, w_large)


def test_the_counter_sees_a_quadratic_step() -> None:
    """The hook itself can fail: slicing the rest of the text at every word is counted as such."""
    from coachdesk.privacy import scrubber

    original = scrubber.detect_lang

    def quadratic(text: str, default: str = "fi") -> str:
        for i in range(0, len(text), 10):
            text[i:].lstrip()
        return original(text)

    scrubber.detect_lang = quadratic
    try:
        base = _base_text()
        w_small, w_large = work(base[:5_000]), work(base[:20_000])
    finally:
        scrubber.detect_lang = original
    assert w_large > 8 * w_small


@pytest.mark.parametrize(
    ("lang", "unit"),
    [
        ("fi", "kakskyt kaks "),  # one endless run of number words
        ("fi", "kakskyt kaks pilkku tupla nolla "),  # commas and doubled digits join a run too
        ("fi", "hetu kakskyt kaks kolme viiva sata kaks än, "),  # code after code, each tried every reading
        ("en", "twenty eight double five comma "),
        ("sv", "tjugo åtta komma "),
    ],
)
def test_work_is_linear_in_long_spoken_runs(lang: str, unit: str) -> None:
    small, large = unit * 300, unit * 1200
    scrub(small, lang=lang)
    w_small, w_large = work(small, lang=lang), work(large, lang=lang)
    assert w_large <= 5.0 * w_small, (w_small, w_large)


def test_work_is_linear_with_many_names_in_capitals_on_one_line() -> None:
    """Each run of capitals asks whether its line is a heading: a long line of them is read once, not once a run."""
    small = "Passissa XOVAL OLENA, kortissa XORHOLA DILAN, " * 300
    large = small * 4
    scrub(small, lang="fi")
    assert work(large, lang="fi") <= 5.0 * work(small, lang="fi")
