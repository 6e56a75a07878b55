"""User-facing errors of the Qt-free core, translated for the UI.

The core raises :class:`coachdesk.errors.CoachDeskError` with one English sentence (the CLI shows it
as it is). The UI shows ``translate_error(err)``: the sentence is matched against the templates below
(``%1``, ``%2``… stand for the values in it) and translated in the "CoreErrors" context of the
app's .ts files. A template nobody translated falls back to the English sentence;
``tests/gui/test_core_errors.py`` fails when a message raised in the core has no template here or
no Finnish translation.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CoreErrors"
TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("CoreErrors", 'Wrong passphrase: the vault stays locked.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Wrong recovery key: the vault stays locked.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Wrong key: the vault stays locked.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Wrong %1: the vault stays locked.'),
    QT_TRANSLATE_NOOP("CoreErrors", "No CoachDesk vault in %1 (create one with 'coachdesk init')."),
    QT_TRANSLATE_NOOP("CoreErrors", 'A CoachDesk vault already exists in %1; nothing was changed.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The vault is damaged or is not a CoachDesk vault; nothing was changed.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'This vault was written by a newer CoachDesk (schema %1); update CoachDesk to open it.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The vault is in use by another CoachDesk process; close it first.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The vault is locked.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The system keychain is unavailable or locked; enter your passphrase instead.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The disk is full: the change was rolled back and nothing was saved.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Language must be fi, sv or en, not %1.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Invalid request reference %1.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'A request needs a topic.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Write your question in one sentence.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Choose the kind of help you want.'),
    QT_TRANSLATE_NOOP("CoreErrors", "Invalid case code %1: use 1-32 letters, digits, '-', '_' or '.', e.g. K-2026-014."),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 must be between %2 and %3, not %4.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'A GAS level is -2, -1, 0, +1 or +2, not %1.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The vault fails its checks, so no backup was written: %1'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The retention period is at least 1 month.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Never-scrub term %1: %2'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1, line %2: %3'),
    QT_TRANSLATE_NOOP("CoreErrors", 'At most %1 never-scrub terms.'),
    QT_TRANSLATE_NOOP("CoreErrors", "A person's name alone is never kept; a never-scrub term is a phrase the team uses, like Perjantaipiiri or Duunipolku-hanke."),
    QT_TRANSLATE_NOOP("CoreErrors", 'A term must be text.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'A term cannot hold line breaks, tabs or invisible control characters.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'A term is %1-%2 characters.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'A term needs at least two letters or digits.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'An identifier (e-mail address, phone number, identity code, address) is always hidden; it cannot be a never-scrub term.'),
    QT_TRANSLATE_NOOP("CoreErrors", "No never-scrub term %1 (see 'coachdesk vocabulary list')."),
    QT_TRANSLATE_NOOP("CoreErrors", 'No such folder: %1'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 is a folder; give a file name.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Cannot write %1: %2'),
    QT_TRANSLATE_NOOP("CoreErrors", 'A channel name is 1-%1 characters.'),
    QT_TRANSLATE_NOOP("CoreErrors", "No channel named %1 (see 'coachdesk channel list')."),
    QT_TRANSLATE_NOOP("CoreErrors", 'No channel with id %1.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The webhook URL of channel %1 is missing; remove and add the channel again.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'A channel named %1 already exists; remove it first.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'A colleague needs a name (at most 100 characters).'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 is not a Teams user name (UPN), e.g. maija.mentori@example.fi.'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 is not a Slack member id (like U012ABCDEF).'),
    QT_TRANSLATE_NOOP("CoreErrors", 'No colleague with id %1.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The e-mail subject alone is too long for an e-mail link.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Save the request as .md or .txt.'),
    QT_TRANSLATE_NOOP("CoreErrors", "No outbox item %1 (see 'coachdesk outbox list')."),
    QT_TRANSLATE_NOOP("CoreErrors", 'The message must show its reference #%1 so colleagues can spot a duplicate.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Outbox item %1 is %2, not a draft.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The message changed after the preview; preview it again before sending.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Outbox item %1 is %2; this is possible only when it is %3.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The message is too long for one Slack message; shorten it.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The message is too long for Discord (%1 characters); shorten it.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The message is too long for Google Chat (%1 characters); shorten it.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The message is too long for Mattermost (%1 characters); shorten it.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The message payload must be a JSON object.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The message payload is not valid UTF-8 JSON.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The Teams card is %1 KB; the limit is 20 KB. Shorten the message.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'A Teams payload must be a message with one Adaptive Card attachment.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'A Discord payload needs non-empty content.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'A %1 payload needs a non-empty text.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Could not find a free request reference.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'No help request with id %1.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Say which kind of help you received.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'A follow-up needs some text.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The request is being sent right now; try again in a moment.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The case, note or reflection of this request no longer exists.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The request reference #%1 is already in use.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Channel %1 is now %2, but the message was made for %3.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The webhook URL is empty.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The webhook URL is longer than %1 characters.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The webhook URL contains spaces or control characters.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The webhook URL must start with https://, for example %1'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The webhook URL must not contain a user name or password.'),
    QT_TRANSLATE_NOOP("CoreErrors", "The webhook URL must not contain a '#' fragment."),
    QT_TRANSLATE_NOOP("CoreErrors", 'The webhook URL must use https:// (plain http would expose the message).'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Unexpected port %1 in the %2 webhook URL.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The webhook URL has no valid host name.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The webhook URL is not a valid URL.'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 cannot be read as a CoachDesk backup.'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 is not a CoachDesk backup.'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 looks like a binary file; nothing was imported.'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 is not UTF-8 text; save it as UTF-8 and try again; nothing was imported.'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 holds control characters, not text; nothing was imported.'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1: only .txt and .md files can be imported; nothing was imported.'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 is empty; nothing was imported.'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 is larger than 10 MB; nothing was imported.'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1: no such file; nothing was imported.'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 cannot be read (%2); nothing was imported.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'A passphrase or the recovery key is needed to verify the backup.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The case has not been saved yet.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'No case with code %1.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'An identifying detail must not be empty.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The note has not been saved yet.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'No case with id %1.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'A goal needs a title.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'No goal with id %1.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'No reflection with id %1.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The case code %1 is already in use.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'No note with id %1.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The passphrase must not be empty.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The new passphrase must not be empty.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The privacy scrubber could not be loaded (%1); scrubbed and brief summaries cannot be printed.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The vault is being re-encrypted with a new key; try again in a moment.'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 is larger than %2%3.'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 is %2, not %3%4.'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 is a folder, not a text file; nothing was imported.'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 is a named pipe (FIFO), not a text file; nothing was imported.'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 is a device, not a text file; nothing was imported.'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 is a socket, not a text file; nothing was imported.'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 is not a regular file, not a text file; nothing was imported.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Unknown channel option %1.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Only a Discord channel can be a forum channel.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'A colleague entry must be an object with a name.'),
    QT_TRANSLATE_NOOP("CoreErrors", "A colleague's expertise must be a list of words."),
    QT_TRANSLATE_NOOP("CoreErrors", "A colleague's name and ids must be text."),
    QT_TRANSLATE_NOOP("CoreErrors", 'The colleague directory must be a list of colleagues.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Colleague %1: %2'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Colleague %1: the name %2 is twice in the file; nothing was imported.'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 is not %2.'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 is not a Mattermost username (like maija.mentori).'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 is not a Google Chat user id (like users/123456789012345678901).'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 is not a Discord user id (17-20 digits, like 123456789012345678).'),
    QT_TRANSLATE_NOOP("CoreErrors", "A colleague's name, tags or ids contain control or invisible characters."),
    QT_TRANSLATE_NOOP("CoreErrors", 'The sign-in settings are not readable.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The tenant is a directory (tenant) ID like 0f1e2d3c-… or a domain like contoso.onmicrosoft.com.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The application (client) ID is a GUID like 1a2b3c4d-…; copy it from the app registration.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Unknown cloud %1; one of %2.'),
    QT_TRANSLATE_NOOP("CoreErrors", "A sign-in host other than Microsoft's is allowed only on this computer (tests)."),
    QT_TRANSLATE_NOOP("CoreErrors", "The webhook URL's host looks like an address but is not a valid one."),
    QT_TRANSLATE_NOOP("CoreErrors", 'The webhook host %1 is an internal address (loopback, private, link-local or similar); CoachDesk posts only to public hosts. An administrator testing a flow locally can set COACHDESK_ALLOW_LOCAL_WEBHOOKS=1 (see docs/teams-setup.md).'),
    QT_TRANSLATE_NOOP("CoreErrors", 'There is nothing to send.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Outbox item %1 was cancelled: you decided not to send it, so it is not retried; write a new request to ask again.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Only the first part of a Discord forum post opens a post (thread); no link is needed.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Outbox item %1 is not a later part of a Discord forum post.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Part 1 of this post is not sent yet; it opens the post when it is sent.'),
    QT_TRANSLATE_NOOP("CoreErrors", "Give the forum post's link (in Discord: right-click the post > Copy Link; https://discord.com/channels/...) or its thread id."),
    QT_TRANSLATE_NOOP("CoreErrors", "part 1 opened a Discord forum post that CoachDesk did not see (marked delivered by hand), so this part needs the post's link: %1"),
    QT_TRANSLATE_NOOP("CoreErrors", "in Discord right-click the post > Copy Link, then run 'coachdesk outbox thread %1 LINK' (or cancel the rest)"),
    QT_TRANSLATE_NOOP("CoreErrors", 'A single character is too long for this platform.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The title or the mentions are too long for one message on this platform; shorten them.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The message would need more than %1 posts on this platform; shorten it.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The title is too long for Slack; shorten the topic.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The title and mentions are too long for Discord; shorten them.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The message is too long for one %1 post; shorten it.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Discord content is limited to %1 characters.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'A Discord embed is limited to %1 characters.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'A Slack message holds at most %1 blocks.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The Slack message is too long; shorten it.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Google Chat text is limited to %1 characters.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Mattermost text is limited to %1 characters.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'it contains control characters'),
    QT_TRANSLATE_NOOP("CoreErrors", 'not a channel entry'),
    QT_TRANSLATE_NOOP("CoreErrors", "a file may not name its own sign-in host (only Microsoft's sign-in is used)"),
    QT_TRANSLATE_NOOP("CoreErrors", 'the channel options are not readable'),
    QT_TRANSLATE_NOOP("CoreErrors", 'the name is twice in the file'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Choose a passphrase of at least %1 characters for the team file; nothing was written.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The file is larger than %1 MB: not a team setup file; nothing was imported.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'This team setup file was made by a newer CoachDesk; update CoachDesk to import it.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The team setup file asks for unreasonable key settings; nothing was imported.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The team setup file is damaged; nothing was imported.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'This is not a CoachDesk team setup file; nothing was imported.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Channels or colleagues changed meanwhile; look at the import again. Nothing was saved.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Wrong passphrase, or the file was changed after it was made; nothing was imported.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Only Teams (Workflows) channels can be protected by sign-in.'),
    QT_TRANSLATE_NOOP("CoreErrors", "This trigger URL carries a signature (sig=...): it needs no sign-in; add it without 'protected (sign-in)'."),
    QT_TRANSLATE_NOOP("CoreErrors", "This Teams workflow URL has no signature (sig=...): its trigger accepts only signed-in users of your organisation, so it needs sign-in: add the channel as 'protected (sign-in)' with your organisation's tenant and app id (docs/teams-setup.md)."),
    QT_TRANSLATE_NOOP("CoreErrors", "This is an Office 365 connector URL; Microsoft has retired these connectors. Create a Workflow instead: In the Teams channel choose '...' > Workflows > 'Send webhook alerts to a channel' (its trigger is 'When a Teams webhook request is received'), finish the wizard, then copy the HTTP URL it shows (see docs/teams-setup.md)."),
    QT_TRANSLATE_NOOP("CoreErrors", "This is an old Power Automate trigger URL (logic.azure.com); these stopped working on 30 November 2025. Copy the new URL from the flow: In the Teams channel choose '...' > Workflows > 'Send webhook alerts to a channel' (its trigger is 'When a Teams webhook request is received'), finish the wizard, then copy the HTTP URL it shows (see docs/teams-setup.md)."),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 belongs to the CoachDesk vault in %2; choose a file outside the vault folder; nothing was written.'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 is not a CoachDesk backup file.'),
    QT_TRANSLATE_NOOP("CoreErrors", "The vault in %1 is not a demo vault: 'demo --force' replaces only a demo vault; nothing was changed."),
    QT_TRANSLATE_NOOP("CoreErrors", 'The vault folder %1 is read-only or not yours to write: CoachDesk keeps its lock and journal there; nothing was changed.'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 %2; nothing was imported.'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 is a link to %2, outside its folder; import that file itself; nothing was imported.'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 is not a .txt or .md file (only those can be imported); nothing was imported.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'This does not look like a %1 webhook URL (%2); expected %3'),
    QT_TRANSLATE_NOOP("CoreErrors", 'the host is not a Power Automate environment host'),
    QT_TRANSLATE_NOOP("CoreErrors", 'the path is not a Workflows trigger'),
    QT_TRANSLATE_NOOP("CoreErrors", 'the host must be hooks.slack.com'),
    QT_TRANSLATE_NOOP("CoreErrors", 'the path must be /services/T.../B.../...'),
    QT_TRANSLATE_NOOP("CoreErrors", 'the path must end in /hooks/<id>'),
    QT_TRANSLATE_NOOP("CoreErrors", 'the host must be chat.googleapis.com'),
    QT_TRANSLATE_NOOP("CoreErrors", 'the path must be /v1/spaces/<space>/messages'),
    QT_TRANSLATE_NOOP("CoreErrors", 'key= and token= are missing'),
    QT_TRANSLATE_NOOP("CoreErrors", 'the host must be discord.com'),
    QT_TRANSLATE_NOOP("CoreErrors", 'the path must be /api/webhooks/<id>/<token>'),
    QT_TRANSLATE_NOOP("CoreErrors", "thread_id= must be the thread's number"),
    QT_TRANSLATE_NOOP("CoreErrors", 'Pyynnöllä pitää olla aihe.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Kirjoita kysymyksesi yhdellä lauseella.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Valitse, millaista apua toivot.'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 is a one-way (webhook) kind. %2'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 is a two-way channel: add it with its token and channel ID.'),
    QT_TRANSLATE_NOOP("CoreErrors", '%1 is a webhook kind. %2'),
    QT_TRANSLATE_NOOP("CoreErrors", "A %1 channel posts through the platform's API, not a webhook URL."),
    QT_TRANSLATE_NOOP("CoreErrors", "A %1 other than the platform's own is allowed only on this computer (tests)."),
    QT_TRANSLATE_NOOP("CoreErrors", 'A Mattermost access token is 26 letters and digits (Profile > Security > Personal Access Tokens).'),
    QT_TRANSLATE_NOOP("CoreErrors", 'A Mattermost channel ID is 26 letters and digits (channel menu > View Info).'),
    QT_TRANSLATE_NOOP("CoreErrors", 'A Mattermost post needs its channel ID and a non-empty message.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'A Slack app message names its channel ID.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'A Slack channel ID looks like C0123ABCDEF (channel details, at the bottom).'),
    QT_TRANSLATE_NOOP("CoreErrors", 'A Slack token starts with xoxb- (bot) or xoxp- (user); copy it from OAuth & Permissions.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'A Teams (Graph) channel needs the tenant and application ID for the sign-in.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'A Teams (Graph) message needs an HTML body.'),
    QT_TRANSLATE_NOOP("CoreErrors", "A Teams channel ID looks like 19:abc...@thread.tacv2 (channel '...' > Get link)."),
    QT_TRANSLATE_NOOP("CoreErrors", "A team ID is a GUID (Teams: the team's '...' > Get link to team: groupId=...)."),
    QT_TRANSLATE_NOOP("CoreErrors", 'A two-way channel cannot be edited: remove it and add it again.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'A two-way channel needs its channel ID.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Channel %1 is one-way. %2'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Give the Mattermost server address, for example https://chat.example.fi.'),
    QT_TRANSLATE_NOOP("CoreErrors", "No reply %1 (see 'coachdesk replies list')."),
    QT_TRANSLATE_NOOP("CoreErrors", 'Replies are read for 1-3650 days after sending.'),
    QT_TRANSLATE_NOOP("CoreErrors", "The %1 must look like https://chat.example.fi (no user, query or '#')."),
    QT_TRANSLATE_NOOP("CoreErrors", 'The %1 must use https://.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The Teams message is too long (about 28 KB at most); shorten it.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The kind of help is one of: %1.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'The token of channel %1 is missing; remove and add the channel again.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'This reply is already an answer.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Unknown cloud %1.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Unknown sign-in use %1.'),
    QT_TRANSLATE_NOOP("CoreErrors", "The check of this request is not finished (%1 question(s) or detail(s) left); finish it in the app's composer. Nothing was written."),
    QT_TRANSLATE_NOOP("CoreErrors", 'The preview file is not what this request would send now (the case or the file changed); preview it again. Nothing was queued.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'Request #%1 was submitted already; preview a new request. Nothing was queued.'),
    QT_TRANSLATE_NOOP("CoreErrors", 'No request #%1.'),
)


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    out = []
    for template in sorted(TEMPLATES, key=len, reverse=True):  # the most specific first
        parts = re.split(r"(%\d)", template)
        body = "".join("(.+?)" if re.fullmatch(r"%\d", p) else re.escape(p) for p in parts)
        out.append((re.compile(f"^{body}$", re.DOTALL), template))
    return tuple(out)


def match(message: str) -> tuple[str, tuple[str, ...]] | None:
    """(template, values) of a core message, or None when no template fits."""
    for pattern, template in _patterns():
        m = pattern.match(message)
        if m:
            return template, m.groups()
    return None


def translate_message(message: str) -> str:
    """``message`` in the UI language; a detail in parentheses at the end is kept as it is."""
    found = match(message)
    tail = ""
    if found is None:
        m = re.match(r"^(.*[.;:]) \((.*)\)$", message, re.DOTALL)  # "… nothing was changed. (detail)"
        if m is None or (found := match(m.group(1))) is None:
            return message
        tail = f" ({m.group(2)})"
    template, values = found
    text = QCoreApplication.translate(CONTEXT, template)
    for i, value in enumerate(values, 1):
        # a value that is itself a core message ("Colleague 3: <why>") is translated too
        inner = translate_message(value) if value != message and match(value) is not None else value
        text = text.replace(f"%{i}", inner)
    return text + tail


def translate_error(err: BaseException) -> str:
    """The message of a core error in the UI language."""
    return translate_message(str(err))
