"""Translated labels for domain enums (one place, so lupdate sees them once)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coachdesk.app.i18n import current_language
from coachdesk.domain import models as m
from coachdesk.domain.formatting import format_date


def status_label(value: m.CaseStatus) -> str:
    return {
        m.CaseStatus.ACTIVE: QCoreApplication.translate("Labels", "Active"),
        m.CaseStatus.PAUSED: QCoreApplication.translate("Labels", "Paused"),
        m.CaseStatus.CLOSED: QCoreApplication.translate("Labels", "Closed"),
    }[m.CaseStatus(value)]


def phase_label(value: m.Phase) -> str:
    return {
        m.Phase.MAPPING: QCoreApplication.translate("Labels", "Mapping"),
        m.Phase.GOALS: QCoreApplication.translate("Labels", "Goal setting"),
        m.Phase.WORK_TRIAL: QCoreApplication.translate("Labels", "Work trial"),
        m.Phase.JOB_COACHING: QCoreApplication.translate("Labels", "Job coaching"),
        m.Phase.FOLLOW_UP: QCoreApplication.translate("Labels", "Follow-up"),
        m.Phase.CLOSED: QCoreApplication.translate("Labels", "Closed"),
    }[m.Phase(value)]


def payer_label(value: m.Payer) -> str:
    return {
        m.Payer.KELA: QCoreApplication.translate("Labels", "Kela"),
        m.Payer.PENSION_INSURER: QCoreApplication.translate("Labels", "Pension insurer"),
        m.Payer.TE_SERVICES: QCoreApplication.translate("Labels", "TE services"),
        m.Payer.OCCUPATIONAL_HEALTH: QCoreApplication.translate("Labels", "Occupational health"),
        m.Payer.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[m.Payer(value)]


def note_kind_label(value: m.NoteKind) -> str:
    return {
        m.NoteKind.MEETING: QCoreApplication.translate("Labels", "Meeting"),
        m.NoteKind.PHONE: QCoreApplication.translate("Labels", "Phone call"),
        m.NoteKind.VIDEO: QCoreApplication.translate("Labels", "Video call"),
        m.NoteKind.NETWORK: QCoreApplication.translate("Labels", "Network meeting"),
    }[m.NoteKind(value)]


def identifier_kind_label(value: m.IdentifierKind) -> str:
    return {
        m.IdentifierKind.NAME: QCoreApplication.translate("Labels", "Name"),
        m.IdentifierKind.PLACE: QCoreApplication.translate("Labels", "Place"),
        m.IdentifierKind.EMPLOYER: QCoreApplication.translate("Labels", "Employer"),
        m.IdentifierKind.RELATIVE: QCoreApplication.translate("Labels", "Relative"),
        m.IdentifierKind.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[m.IdentifierKind(value)]


def measure_kind_label(value: m.MeasureKind) -> str:
    return {
        m.MeasureKind.WAS: QCoreApplication.translate("Labels", "Work Ability Score (0–10)"),
        m.MeasureKind.WAI: QCoreApplication.translate("Labels", "Work Ability Index (7–49)"),
        m.MeasureKind.NUMERIC: QCoreApplication.translate("Labels", "Other measure"),
    }[m.MeasureKind(value)]


def date_text(value) -> str:
    """Dates as the coach's language writes them (Finnish 27.11.2026)."""
    return format_date(value, "en" if current_language() == "en" else "fi")
