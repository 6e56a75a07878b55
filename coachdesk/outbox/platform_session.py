"""What the sender and the reply fetcher share: one HTTP client and one sign-in provider per
vault, made when first needed and closed together (Qt-free)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

    from coachdesk.outbox.http import Timeouts
    from coachdesk.vault.store import Store


class PlatformSession:
    """A lazily built httpx client (owned unless one was passed in) and ``entra.ChannelAuth``."""

    def __init__(self, store: Store, client: httpx.Client | None, auth: Any,
                 timeouts: Timeouts | None = None) -> None:
        self.store = store
        self._client = client
        self._own_client = client is None
        self._auth = auth  # None: entra.ChannelAuth, built when first needed
        self._timeouts = timeouts

    @property
    def client(self) -> httpx.Client:
        """The HTTP client (truststore, no redirects; coachdesk/outbox/http.py)."""
        if self._client is None:
            from coachdesk.outbox.http import make_client

            self._client = make_client(self._timeouts)
        return self._client

    @property
    def auth(self) -> Any:
        """The sign-in provider for protected and Graph channels."""
        if self._auth is None:
            from coachdesk.outbox.entra import ChannelAuth

            self._auth = ChannelAuth(self.store)
        return self._auth

    def close(self) -> None:
        """Close the client (if ours) and the sign-in provider."""
        if self._client is not None and self._own_client:
            self._client.close()
        self._client = None
        if self._auth is not None:
            self._auth.close()

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
