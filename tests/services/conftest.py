"""Fixtures for the services tests: the outbox tests' vault with one case and the local server."""

from __future__ import annotations

from tests.outbox.conftest import _session_server, case, clock, http_server, local_webhooks, store  # noqa: F401
