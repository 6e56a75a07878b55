"""Matching identifying details for highlighting (Qt-free, moved from the app package)."""

from __future__ import annotations

from coachdesk.privacy.identifier_match import literal_pattern, spans, term_pattern


def test_term_pattern_finds_inflected_finnish_forms():
    pattern = term_pattern(["Liisa Mäkelä", "Kangasala", "Pirkan Puutarha Oy"])
    text = "Mäkelän kanssa Kangasalla; Liisa Mäkelä soitti. Pirkan Puutarha Oy:n työnjohtaja."
    found = [text[a:b] for a, b in spans(text, [pattern])]
    assert "Mäkelän" in found and "Kangasalla" in found and "Liisa Mäkelä" in found
    assert any(f.startswith("Pirkan Puutarha Oy") for f in found)
    assert term_pattern([]) is None and term_pattern(["  "]) is None


def test_term_pattern_does_not_match_inside_words():
    pattern = term_pattern(["Ari"])
    assert spans("Marika ja Arin kanssa", [pattern]) == [(10, 14)]


def test_literal_pattern_escapes_regex_characters():
    pattern = literal_pattern(["040 123 4567", "a+b"])
    assert [m.group() for m in pattern.finditer("soita 040 123 4567 tai a+b")] == ["040 123 4567", "a+b"]
