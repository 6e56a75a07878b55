"""``coachdesk summary CASE --pdf OUT``: a printable case summary as PDF, written owner-only.

The document model is Qt-free; the PDF renderer (``coachdesk/printing/``, QtGui without widgets,
never the UI package) is imported only here, inside the handler, with an offscreen Qt platform when
there is no display.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from coachdesk.commands.common import open_vault
from coachdesk.errors import InvalidInput
from coachdesk.fileio import write_private_atomic


def _date(value: str | None, flag: str) -> date | None:
    if not value:
        return None
    from coachdesk.domain.formatting import parse_date

    try:
        return parse_date(value)
    except ValueError as err:
        raise InvalidInput(f"{flag}: not a date: {value!r} (use 27.11.2026 or 2026-11-27).") from err


def cmd_summary(args: argparse.Namespace) -> int:
    """``coachdesk summary CASE --pdf OUT``: a printable case summary as PDF."""
    from coachdesk.commands.common import data_dir
    from coachdesk.export.summary import Mode, PaperSize
    from coachdesk.outpath import check_output_path
    from coachdesk.services import summaries
    from coachdesk.services.summaries import SummaryOptions

    out = Path(args.pdf)
    vault_dirs = [data_dir(args)]
    check_output_path(out, vault_dirs)  # say so before asking for the passphrase
    if not out.parent.is_dir() or out.is_dir():
        write_private_atomic(out, b"", for_user=True, data_dirs=vault_dirs)  # raises the clear error
    date_from = _date(args.date_from, "--from")
    date_to = _date(args.date_to, "--to")
    if date_from and date_to and date_from > date_to:
        raise InvalidInput("--from is after --to.")
    options = SummaryOptions(
        mode=Mode(args.mode),
        lang=args.lang,
        date_from=date_from,
        date_to=date_to,
        include_reflections=args.reflections,
        include_requests=args.requests,
        paper=PaperSize.LETTER if args.paper == "letter" else PaperSize.A4,
    )
    with open_vault(args) as vault:
        data = summaries.case_data_by_code(vault.store, args.case, options)
    doc = summaries.build(data, options)

    from coachdesk.printing.headless import ensure_gui_app

    ensure_gui_app()
    from coachdesk.printing.layout import layout
    from coachdesk.printing.render import pdf_bytes

    laid = layout(doc)
    write_private_atomic(args.pdf, pdf_bytes(laid), for_user=True, data_dirs=vault_dirs)
    pages = len(laid.pages)
    print(f"Wrote {pages} page{'s' if pages != 1 else ''} ({options.mode.value}) to {args.pdf}", file=sys.stderr)
    if options.include_requests and data.requests is None:
        print("note: questions to colleagues are not available in this vault yet", file=sys.stderr)
    return 0
