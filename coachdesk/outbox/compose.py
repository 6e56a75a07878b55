"""From a help request to the message and the exact payload bytes the coach previews."""

from __future__ import annotations

from collections.abc import Iterable

from coachdesk.domain import help_request as hr
from coachdesk.outbox import ChannelKind
from coachdesk.outbox.payloads import Mention, Message, build_parts, build_payload


def message_for(request: hr.HelpRequest, lang: str | None = None, mentions: Iterable[Mention] = ()) -> Message:
    """The request as a message: title line with the reference, the template's sections."""
    lang = lang or request.lang
    return Message(title=hr.title(request, lang), sections=tuple(hr.sections(request, lang)), mentions=tuple(mentions))


def preview_parts(
    request: hr.HelpRequest,
    kind: ChannelKind | str,
    *,
    lang: str | None = None,
    mentions: Iterable[Mention] = (),
    forum: bool = False,
    target: str = "",
) -> tuple[bytes, ...]:
    """The bytes of every post that would go to a channel of ``kind``, in order: show ALL of these,
    then queue exactly these (``forum``: a Discord forum channel, the first post opens a thread;
    ``target``: a two-way channel's platform channel id, ``Channel.target``)."""
    return build_parts(kind, message_for(request, lang, mentions), forum=forum, target=target)


def preview_payload(
    request: hr.HelpRequest, kind: ChannelKind | str, *, lang: str | None = None, mentions: Iterable[Mention] = ()
) -> bytes:
    """The bytes of a request that fits in one post (InvalidInput when it needs several)."""
    return build_payload(kind, message_for(request, lang, mentions))
