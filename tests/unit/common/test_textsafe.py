"""``textsafe.shown``: control, escape and bidi characters made visible; ordinary text unchanged."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.textsafe import shown

DANGEROUS = {chr(c) for c in [*range(0x20), 0x7F, *range(0x80, 0xA0), 0x061C, 0x200E, 0x200F,
                               *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x2028, 0x2029]}


def test_escapes_are_visible():
    assert shown("\x1b[2J\x1b]0;owned\x07") == "\\x1b[2J\\x1b]0;owned\\x07"
    assert shown("a\nb\r\tc") == "a\\x0ab\\x0d\\x09c"
    assert shown("a\nb\r\tc", one_line=False) == "a\nb\\x0d\tc"
    assert shown("evil\u202etxt.exe\x9b\x7f") == "evil\\u202etxt.exe\\x9b\\x7f"


def test_ordinary_text_unchanged():
    for text in ("Työkokeilu, Åbo — 20 €", "“quoted” ‘x’ – ok", "👩‍💻 ZWJ emoji", "väli\u00a0lyönti", "日本語"):
        assert shown(text) == text


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_nothing_dangerous_survives(text: str):
    out = shown(text)
    assert not DANGEROUS & set(out)
    assert "\n" not in out and len(out.splitlines() or [""]) == 1
    kept = [ch for ch in text if ch not in DANGEROUS]
    assert all(ch in out for ch in kept)
    assert all(unicodedata.category(ch) != "Cc" for ch in out)
