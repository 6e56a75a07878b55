"""From a help request to the message and the exact payload bytes the coach previews."""

from __future__ import annotations

from collections.abc import Iterable

from coachdesk.domain import help_request as hr
from coachdesk.outbox import ChannelKind
from coachdesk.outbox.payloads import Mention, Message, build_payload


def message_for(request: hr.HelpRequest, lang: str | None = None, mentions: Iterable[Mention] = ()) -> Message:
    """The request as a message: title line with the reference, the template's sections."""
    lang = lang or request.lang
    return Message(title=hr.title(request, lang), sections=tuple(hr.sections(request, lang)), mentions=tuple(mentions))


def preview_payload(
    request: hr.HelpRequest, kind: ChannelKind | str, *, lang: str | None = None, mentions: Iterable[Mention] = ()
) -> bytes:
    """The bytes that would be posted to a channel of ``kind``: show these, then queue these."""
    return build_payload(kind, message_for(request, lang, mentions))
