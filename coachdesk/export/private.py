"""Full private export (Markdown or JSON) of cases with everything in them, identifying details
included: it is the coach's own copy, written owner-only."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from coachdesk.domain.formatting import fi_date
from coachdesk.domain.reflection_templates import TEMPLATES

if TYPE_CHECKING:
    from coachdesk.domain.models import Case
    from coachdesk.vault.store import Store


def case_record(store: Store, case: Case) -> dict:
    """Everything about one case as JSON-ready data (deterministic order)."""
    assert case.id is not None  # only stored cases are exported
    full = store.get_case(case.id)
    case_id = case.id
    return {
        "code": full.code,
        "pseudonym": full.pseudonym,
        "status": full.status.value,
        "phase": full.phase.value,
        "payer": full.payer.value,
        "referral": full.referral,
        "opened": full.opened.isoformat(),
        "closed": full.closed.isoformat() if full.closed else None,
        "summary": full.summary,
        "tags": full.tags,
        "identifying_details": [{"kind": i.kind.value, "value": i.value} for i in full.identifiers],
        "goals": [
            {
                "title": g.title,
                "levels": {str(k): v for k, v in sorted(g.levels.items())},
                "baseline": g.baseline,
                "current": g.current,
            }
            for g in store.list_goals(case_id)
        ],
        "measures": [
            {"kind": x.kind.value, "label": x.label, "value": x.value, "date": x.date.isoformat()}
            for x in store.list_measures(case_id)
        ],
        "notes": [
            {
                "date": n.date.isoformat(),
                "kind": n.kind.value,
                "duration_min": n.duration_min,
                "tags": n.tags,
                "text": n.text,
            }
            for n in store.list_notes(case_id, newest_first=False)
        ],
        "reflections": [
            {"date": r.date.isoformat(), "template": r.template, "title": r.title, "answers": r.answers}
            for r in reversed(store.list_reflections(case_id))
        ],
    }


def export_json(store: Store, cases: list[Case]) -> str:
    """The coach's private export of ``cases`` as JSON text (everything, unscrubbed)."""
    doc = {"format": "coachdesk-export", "version": 1, "cases": [case_record(store, c) for c in cases]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def export_markdown(store: Store, cases: list[Case]) -> str:
    """The coach's private export of ``cases`` as Markdown text (everything, unscrubbed)."""
    out: list[str] = []
    for case in cases:
        rec = case_record(store, case)
        out.append(f"# {rec['code']} {rec['pseudonym']}".rstrip())
        out.append("")
        out.append(f"- Status: {rec['status']}, phase: {rec['phase']}, payer: {rec['payer']}")
        out.append(f"- Opened: {fi_date(case.opened)}" + (f", closed: {rec['closed']}" if rec["closed"] else ""))
        if rec["tags"]:
            out.append(f"- Tags: {', '.join(rec['tags'])}")
        if rec["identifying_details"]:
            out.append("- Identifying details (private): " + "; ".join(i["value"] for i in rec["identifying_details"]))
        if rec["summary"]:
            out += ["", rec["summary"]]
        if rec["goals"]:
            out += ["", "## Goals", ""]
            out += [f"- {g['title']} (baseline {g['baseline']}, now {g['current']})" for g in rec["goals"]]
        if rec["measures"]:
            out += ["", "## Measures", ""]
            out += [f"- {x['date']} {x['kind'].upper()} {x['label']} {x['value']:g}".replace("  ", " ") for x in rec["measures"]]
        if rec["notes"]:
            out += ["", "## Session notes"]
            for n in rec["notes"]:
                out += ["", f"### {n['date']} ({n['kind']})", "", n["text"]]
        if rec["reflections"]:
            out += ["", "## Reflections"]
            for r in rec["reflections"]:
                name = TEMPLATES[r["template"]].name["en"] if r["template"] in TEMPLATES else r["template"]
                out += ["", f"### {r['date']} {name}", ""]
                out += [f"**{k}**: {v}" for k, v in r["answers"].items() if v]
        out.append("")
    return "\n".join(out) + ("\n" if out else "")
