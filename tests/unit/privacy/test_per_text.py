"""Work shared by several detectors on one text (per_text.py): done once inside a scrub call's scope, given
back as the same object, recomputed for other texts or token lists, and nothing kept after the scope.
Also the plain scans that replaced regexes in hurried_style (last non-space character, separator, table row)."""

from __future__ import annotations

import re
import threading

from hypothesis import given
from hypothesis import strategies as st

from coachdesk.privacy import hurried_style, per_text, scrub
from coachdesk.privacy.tokens import tokenize


def _counting() -> tuple[list[str], object]:
    calls: list[str] = []

    def work(text: str, *args: object) -> list[int]:
        calls.append(text)
        return [len(text), len(args)]

    return calls, work


def test_once_outside_a_scope_just_calls() -> None:
    calls, work = _counting()
    assert per_text.once(work, "abc") == [3, 0]
    assert per_text.once(work, "abc") == [3, 0]
    assert calls == ["abc", "abc"]


def test_once_inside_a_scope_computes_once_per_text_and_arguments() -> None:
    calls, work = _counting()
    toks_a, toks_b = [1], [1]  # equal lists, different objects: told apart by identity
    with per_text.scope():
        first = per_text.once(work, "abc", toks_a)
        assert per_text.once(work, "abc", toks_a) is first
        per_text.once(work, "abc", toks_b)
        per_text.once(work, "abd", toks_a)
    assert calls == ["abc", "abc", "abd"]
    per_text.once(work, "abc", toks_a)  # the scope is gone: computed again
    assert len(calls) == 4


def test_nested_scopes_keep_their_own_memo_and_nothing_outlives_them() -> None:
    calls, work = _counting()
    with per_text.scope():
        per_text.once(work, "Matti soitti")
        with per_text.scope():
            per_text.once(work, "Matti soitti")  # a nested scrub call starts afresh
        per_text.once(work, "Matti soitti")
    assert calls == ["Matti soitti"] * 2
    assert per_text._stack() == []


def test_a_failing_call_closes_its_scope() -> None:
    try:
        with per_text.scope():
            raise ValueError("boom")
    except ValueError:
        pass
    assert per_text._stack() == []


def test_each_thread_has_its_own_scopes() -> None:
    seen: list[int] = []
    with per_text.scope():
        t = threading.Thread(target=lambda: seen.append(len(per_text._stack())))
        t.start()
        t.join()
    assert seen == [0]


def test_scrub_leaves_no_memo_behind() -> None:
    res = scrub("puh raimo klo 9.40 – ei päässy. Tapasin Matti Virtasen 5. kesäkuuta.", lang="fi")
    assert res.findings
    assert per_text._stack() == []


def test_hurried_lines_are_shared_within_a_scope_only() -> None:
    text = "puh raimo klo 9.40 – ei päässy\nTapasin asiakkaan tänään."
    toks = tokenize(text)
    with per_text.scope():
        lines = hurried_style.hurried_lines(text, toks)
        assert hurried_style.hurried_lines(text, toks) is lines
    assert lines == [(0, 30)]
    assert hurried_style.hurried_lines(text, toks) == lines


_LAST = re.compile(r"\S(?=\s*$)")  # what _last_char replaced


@given(st.text(alphabet=" \t\n\u00a0\u2003ab.!?:", max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_last_char_is_the_regex_it_replaced(text: str, lo: int, hi: int) -> None:
    lo, hi = min(lo, len(text)), min(hi, len(text))
    m = _LAST.search(text, lo, hi)
    assert hurried_style._last_char(text, lo, hi) == (text[m.start()] if m else "")


_SEPARATOR = re.compile(r"->|→|=>|[ \t][–—-][ \t]|[ \t]/[ \t]|>>")  # what _has_separator replaced
_TABLE = re.compile(r"[|\t]|;[^\n]*;")  # what _table_row replaced


@given(st.text(alphabet=" \t\n-–—/>=→|;ab", max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_separator_and_table_scans_are_the_regexes_they_replaced(text: str, lo: int, hi: int) -> None:
    lo, hi = min(lo, len(text)), min(hi, len(text))
    assert hurried_style._has_separator(text, lo, hi) == bool(_SEPARATOR.search(text, lo, hi))
    assert hurried_style._table_row(text, lo, hi) == bool(_TABLE.search(text, lo, hi))
