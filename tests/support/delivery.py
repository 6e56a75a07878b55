"""Fixtures for the outbox tests: a vault with one case, URLs of each kind, the card schema."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"

GOOD_URLS = {
    # the shape Power Automate shows since mid-2026 (scale unit /cu/NN/), values made up
    "teams": "https://default0974b8069c453e9254c17ec70731.0d.environment.api.powerplatform.com:443"
    "/powerautomate/automations/direct/cu/29/workflows/296371772807487b8b1ec608c591b4bb/triggers/manual/paths"
    "/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=AbC-123_x",
    "slack": "https://hooks.slack.com/services/T0123ABCD/B0123ABCD/abcdefghijklmnopqrstuvwx",
    "mattermost": "https://chat.example.fi/hooks/abcdefghijklmnopqrstuvwxyz",
    "googlechat": "https://chat.googleapis.com/v1/spaces/AAAAbcd123/messages?key=AIzaSyDdI0h&token=tok-123",
    "discord": "https://discord.com/api/webhooks/123456789012345678/" + "a" * 68,
    "json": "https://hooks.example.org/coachdesk/in",
}


@pytest.fixture(scope="session")
def card_schema() -> dict:
    """The official Adaptive Card 1.4 schema with Teams' ``msteams`` extension allowed."""
    schema = json.loads((DATA / "adaptive-card-1.4.json").read_text(encoding="utf-8"))
    schema = copy.deepcopy(schema)
    schema["definitions"]["AdaptiveCard"]["properties"]["msteams"] = {
        "type": "object",
        "properties": {
            "width": {"enum": ["Full"]},
            "entities": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["type", "text", "mentioned"],
                    "properties": {
                        "type": {"enum": ["mention"]},
                        "text": {"type": "string", "pattern": "^<at>.+</at>$"},
                        "mentioned": {
                            "type": "object",
                            "required": ["id", "name"],
                            "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
                        },
                    },
                },
            },
        },
        "additionalProperties": False,
    }
    return schema


# ----- delivery against local imitations of the platforms ------------------------------------------
class FakeClock:
    """A clock the test moves by hand (backoff and Retry-After without sleeping)."""

    def __init__(self) -> None:
        from datetime import UTC, datetime

        self.now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)

    def __call__(self):
        return self.now

    def advance(self, seconds: float) -> None:
        from datetime import timedelta

        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="session")
def _session_server():
    from pytest_httpserver import HTTPServer

    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.clear()
    server.stop()


@pytest.fixture
def http_server(_session_server):
    """A threaded pytest-httpserver on 127.0.0.1 (a blocked handler does not block the others),
    shared by the session and cleared after each test."""
    _session_server.clear()
    yield _session_server
    _session_server.clear()


@pytest.fixture
def local_webhooks(monkeypatch):
    """Allow http://127.0.0.1 webhook URLs (the local imitations) for this test."""
    from coachdesk.outbox.urls import LOCAL_HTTP_ENV

    monkeypatch.setenv(LOCAL_HTTP_ENV, "1")


@pytest.fixture
def queue_one(store, case, local_webhooks, memory_keyring, clock):
    """queue_one(kind, url, **request_fields) -> (request, item): a request previewed and queued."""
    from coachdesk.domain import help_request as hr
    from coachdesk.outbox import requests as rq
    from coachdesk.outbox.channels import Channels
    from coachdesk.outbox.compose import preview_payload
    from coachdesk.outbox.outbox import Outbox

    counter = {"n": 0}

    def make(kind: str, url: str, *, outbox: Outbox | None = None):
        counter["n"] += 1
        name = f"{kind}-{counter['n']}"
        Channels(store).add(name, kind, url)
        request = rq.save_request(
            store,
            hr.HelpRequest(case_id=case.id, topic="masennus ja ahdistus", question="Miten tukisin jaksamista?"),
        )
        payload = preview_payload(request, kind)
        ob = outbox or Outbox(store, clock=clock)
        item = ob.submit(request.id, name, payload, previewed=payload)
        return request, item

    return make
