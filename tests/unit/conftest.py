"""Unit-level helpers: the privacy scrubber tests' coverage check and warm-up."""

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


@pytest.fixture(scope="session")
def _warm() -> None:
    from coachdesk.privacy import warm_up

    warm_up()


@pytest.fixture(autouse=True)
def _warm_for_privacy(request) -> None:
    """The scrubber's lexicons and patterns are loaded once, before the first privacy test."""
    if "privacy" in request.node.path.parts:
        request.getfixturevalue("_warm")


__all__ = ["caught", "scrub"]


@pytest.fixture
def rules_alone(monkeypatch):
    """The name models off, for a test of one rule: trained on the held-out rounds, the models name many of the
    words these rules were written for first, in their own rows (the rounds' floors measure the two together)."""
    from coachdesk.privacy import ner_model

    monkeypatch.setenv(ner_model.MODEL_ENV, "0")
    ner_model.reset_for_tests()
    yield
    monkeypatch.undo()
    ner_model.reset_for_tests()
