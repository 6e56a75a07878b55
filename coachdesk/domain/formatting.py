"""Locale-aware text helpers without Qt: Finnish dates (27.11.2026) and labels."""

from __future__ import annotations

from datetime import date


def fi_date(value: date | None) -> str:
    """27.11.2026 (no leading zeros, as Finns write it)."""
    return "" if value is None else f"{value.day}.{value.month}.{value.year}"


def format_date(value: date | None, lang: str = "fi") -> str:
    """A date as shown to the coach: 5.3.2026 in Finnish (and Swedish), 5 Mar 2026 in English; '' for None."""
    if value is None:
        return ""
    if lang == "en":
        return f"{value.day} {value:%b} {value.year}"
    return fi_date(value)


def parse_date(text: str) -> date:
    """Accept 27.11.2026, 2026-11-27 (and 27.11.26); ValueError otherwise."""
    text = text.strip()
    if "-" in text:
        return date.fromisoformat(text)
    parts = [p for p in text.split(".") if p]
    if len(parts) != 3:
        raise ValueError(f"not a date: {text!r}")
    day, month, year = (int(p) for p in parts)
    if year < 100:
        year += 2000
    return date(year, month, day)
