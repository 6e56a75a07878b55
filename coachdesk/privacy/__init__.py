"""CoachDesk privacy scrubber (Qt-free): replaces identifying details in fi / sv / en text.

Importing this package is cheap; lexicons load on the first :func:`scrub` or on :func:`warm_up`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coachdesk.privacy.model import Finding, ReviewWarning, ScrubResult, apply_findings

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from types import ModuleType

__all__ = ["Finding", "ReviewWarning", "ScrubResult", "apply_findings", "scrub", "warm_up"]


def scrub(
    text: str,
    *,
    lang: str | None = None,
    terms: Iterable[str | tuple[str, str]] = (),
    keep: Iterable[str] = (),
    keep_terms: Iterable[str] = (),
    decided: Mapping[str, bool] | None = None,
    colleagues: Iterable[str] = (),
) -> ScrubResult:
    """Scrub ``text``; see :func:`coachdesk.privacy.scrubber.scrub`."""
    return _scrubber().scrub(
        text, lang=lang, terms=terms, keep=keep, keep_terms=keep_terms, decided=decided, colleagues=colleagues
    )


def warm_up() -> None:
    """Load lexicons and compile patterns ahead of the first scrub (safe to call from a worker thread)."""
    _scrubber().warm_up()


def _scrubber() -> ModuleType:
    """The scrubber module; on the first import the prebuilt regex programs go into ``re``'s cache first."""
    from coachdesk.privacy import prebuilt

    prebuilt.install_regexes()
    from coachdesk.privacy import scrubber

    return scrubber
