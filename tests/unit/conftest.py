"""Shared helpers for the privacy scrubber tests."""

from __future__ import annotations

import pytest

from coachdesk.privacy import ScrubResult, scrub


def caught(res: ScrubResult, original: str, surface: str) -> bool:
    """True when every letter/digit of ``surface`` (first occurrence) is covered by a finding."""
    start = original.index(surface)
    end = start + len(surface)
    covered = set()
    for f in res.findings:
        covered.update(range(f.start, f.end))
    return all(i in covered for i in range(start, end) if original[i].isalnum())


@pytest.fixture(scope="session", autouse=True)
def _warm() -> None:
    from coachdesk.privacy import warm_up

    warm_up()


__all__ = ["caught", "scrub"]
