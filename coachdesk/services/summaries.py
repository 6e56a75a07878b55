"""Printable case summaries: the case's data and the document model (``coachdesk/export``). The
PDF is laid out and printed by Qt, which the services never import: the UI does that part (and
the ``summary`` command through the Qt-free printing entry point when it has one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coachdesk.export.summary import CaseData, SummaryOptions

if TYPE_CHECKING:
    from coachdesk.export.summary import Progress
    from coachdesk.export.summary_model import SummaryDoc
    from coachdesk.vault.store import Store

__all__ = ["CaseData", "SummaryOptions", "build", "case_data", "case_data_by_code", "requests_available"]


def case_data(store: Store, case_id: int, options: SummaryOptions) -> CaseData:
    """What the summary shows of one case (SQL only: fast enough for the UI thread), with the
    coach's never-scrub vocabulary for the scrubbed and brief modes."""
    from coachdesk.export.summary import load_case_data
    from coachdesk.services.vocabulary import keep_terms

    data = load_case_data(store, case_id, options)
    data.keep_terms = keep_terms(store)
    return data


def case_data_by_code(store: Store, code: str, options: SummaryOptions) -> CaseData:
    """:func:`case_data` of the case with this code (NotFound when there is none)."""
    case = store.get_case_by_code(code)
    assert case.id is not None  # a stored case has its id
    return case_data(store, case.id, options)


def build(data: CaseData, options: SummaryOptions, progress: Progress | None = None) -> SummaryDoc:
    """The summary document (scrubbed in the chosen mode, checked again at the end)."""
    from coachdesk.export.summary import build_summary

    return build_summary(data, options, progress)


def requests_available(store: Store) -> bool:
    """Whether this vault has the questions to colleagues a summary may list."""
    from coachdesk.export.summary_requests import requests_available as available

    return available(store)
