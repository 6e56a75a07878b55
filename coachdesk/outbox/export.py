"""Export instead of send: rich text for the clipboard (pastes well in Teams and Slack), .md /
.txt files (owner-only), and a ``mailto:`` draft with a length cap. The UI does the clipboard."""

from __future__ import annotations

import html
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote

from coachdesk.domain import help_request as hr
from coachdesk.errors import InvalidInput
from coachdesk.fileio import write_private_atomic

MAILTO_MAX = 2000  # conservative: some mail clients and OS handlers cut longer URLs
TRUNCATED = {"fi": "… (lyhennetty: liitä koko teksti leikepöydältä)", "en": "… (shortened: paste the full text from the clipboard)"}


def render_html(request: hr.HelpRequest, lang: str | None = None) -> str:
    """A small HTML fragment (p, b, br) that keeps its bold labels when pasted into Teams or Slack."""
    lang = lang or request.lang
    parts = [f"<p><b>{html.escape(hr.title(request, lang))}</b></p>"]
    for label, value in hr.sections(request, lang):
        body = "<br>".join(html.escape(line) for line in value.splitlines())
        parts.append(f"<p><b>{html.escape(label)}:</b><br>{body}</p>" if "\n" in value else
                     f"<p><b>{html.escape(label)}:</b> {body}</p>")
    return "\n".join(parts) + "\n"


def render_markdown(request: hr.HelpRequest, lang: str | None = None) -> str:
    """The request as Markdown: the title line with its reference, then each section."""
    lang = lang or request.lang
    parts = [f"**{hr.title(request, lang)}**"]
    for label, value in hr.sections(request, lang):
        parts.append(f"**{label}:**\n{value}" if "\n" in value else f"**{label}:** {value}")
    return "\n\n".join(parts) + "\n"


def save_request(
    request: hr.HelpRequest, path: Path, lang: str | None = None, *, data_dirs: Iterable[Path | None] = ()
) -> Path:
    """Save as Markdown (.md) or plain text (.txt), owner-only, written atomically; never into a
    vault's files (``data_dirs``: the open vault's folder)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".md":
        text = render_markdown(request, lang)
    elif suffix == ".txt":
        text = hr.render_text(request, lang)
    else:
        raise InvalidInput("Save the request as .md or .txt.")
    write_private_atomic(path, text.encode("utf-8"), for_user=True, data_dirs=data_dirs)
    return path


def mailto_url(request: hr.HelpRequest, lang: str | None = None, *, to: str = "", max_len: int = MAILTO_MAX) -> str:
    """A ``mailto:`` URL with subject and body, at most ``max_len`` characters; a body that does
    not fit is cut at a line and says so (the full text goes through the clipboard)."""
    lang = lang or request.lang
    base = f"mailto:{quote(to.strip(), safe='@')}?subject={quote(hr.title(request, lang), safe='')}&body="
    if len(base) >= max_len:
        raise InvalidInput("The e-mail subject alone is too long for an e-mail link.")
    body = hr.render_text(request, lang).replace("\n", "\r\n")
    encoded = quote(body, safe="")
    if len(base) + len(encoded) <= max_len:
        return base + encoded
    note = "\r\n" + TRUNCATED[lang]

    def fits(k: int) -> bool:
        return len(base) + len(quote(body[:k] + note, safe="")) <= max_len

    lo, hi = 0, len(body)  # the longest prefix that fits, by bisection
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(mid):
            lo = mid
        else:
            hi = mid - 1
    if not fits(lo):
        return base
    cut = max(body.rfind("\r\n", 0, lo), body.rfind(" ", 0, lo))
    prefix = body[:cut] if cut > 0 else body[:lo]
    return base + quote(prefix.rstrip() + note, safe="")
