"""Review of issue 13 (parts): a 10,000-character request on EVERY platform goes out as exactly the
previewed bytes, in order (kill -9 between two parts: tests/reliability/test_kill9_outbox_parts.py)."""

from __future__ import annotations

import pytest

from coachdesk.outbox.policy import Outcome
from tests.integration.outbox.test_parts import LONG, long_post, sender  # noqa: F401 (fixtures)


@pytest.mark.parametrize("kind", ["teams", "slack", "mattermost", "googlechat", "discord", "json"])
def test_ten_thousand_characters_on_every_platform_exact_bytes(long_post, http_server, sender, kind):  # noqa: F811
    assert len(LONG) >= 10_000
    http_server.expect_request("/hook", method="POST").respond_with_data("ok", status=200)
    _request, parts, item = long_post(kind, http_server.url_for("/hook"))
    results = sender.flush()
    assert [r.outcome for r in results] == [Outcome.DELIVERED] * len(parts)
    assert [req.get_data() for req, _resp in http_server.log] == list(parts)
    assert [i.payload for i in sender.outbox.batch(item.id)] == list(parts)
