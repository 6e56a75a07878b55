"""Square brackets: only the scrubber's own placeholders are left alone; any other bracket is text to scrub.

Found on a held-out round: a pasted WhatsApp header `[17.2.2027 klo 7.48]` kept its date, and so would a bracketed
name or phone number (every `[...]` up to 60 characters had been taken for a placeholder)."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub


@pytest.mark.parametrize(
    ("lang", "text", "secret"),
    [
        ("fi", "[17.2.2027 klo 7.48] Anu Kettunen: moi", "17.2.2027"),
        ("fi", "Soitin eilen [Matti Virtanen, 040 123 4567].", "Matti Virtanen"),
        ("fi", "Soitin eilen [Matti Virtanen, 040 123 4567].", "040 123 4567"),
        ("sv", "Ring henne [tfn 040 765 4321] i morgon.", "040 765 4321"),
        ("en", "Notes [from Sarah Connolly] about the trial.", "Sarah Connolly"),
    ],
)
def test_a_bracket_that_is_no_placeholder_is_scrubbed(lang: str, text: str, secret: str) -> None:
    out = scrub(text, lang=lang).text
    assert secret not in out, out


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Sovittu [Henkilö A]:n kanssa [päivämäärä], paikka [postinumero ja paikkakunta]."),
        ("sv", "Hon träffade [Person B] i [ort] den [datum]."),
        ("en", "[Person AB] moved to [town] on [date]; [phone] given."),
    ],
)
def test_placeholders_are_left_alone(lang: str, text: str) -> None:
    assert scrub(text, lang=lang).findings == ()


def test_a_word_after_a_bracketed_time_stamp_starts_a_sentence() -> None:
    """`[10:03] Huom:` is read like a line start: a word there is no mid-sentence proper noun."""
    assert scrub("[10:03] Huom: soita huomenna", lang="fi").findings == ()
