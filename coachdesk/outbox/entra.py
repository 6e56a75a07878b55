"""Entra-protected Teams triggers ("Who can trigger the flow: Any user in my tenant").

Such a trigger URL has no ``sig=``; every POST needs ``Authorization: Bearer <token>`` with the
audience of the flow service (public cloud ``https://service.flow.microsoft.com/``, so the scope is
``https://service.flow.microsoft.com//.default``, double slash). The coach signs in once with MSAL
for Python (public client: device code, or the system browser); the token cache lives ENCRYPTED in
the vault's ``settings`` table and is refreshed silently. When no token can be had the outbox item
stays queued ("waiting for sign-in"), never failed.

Per channel the vault holds ``outbox.entra.<secret_ref>`` (tenant, app id, cloud); the cache is per
(cloud, tenant, app) so one sign-in serves every channel of the same tenant. ``msal`` (about 100 ms
and ``requests``) is imported only when a protected channel is used.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from coachdesk.errors import CoachDeskError, InvalidInput

if TYPE_CHECKING:
    import httpx

    from coachdesk.outbox.channels import Channel
    from coachdesk.vault.store import Store

# Audience values per cloud (Microsoft Learn, "Add OAuth authentication for HTTP request triggers",
# section "Audience values") and the Entra sign-in host of each cloud.
CLOUDS: dict[str, tuple[str, str]] = {
    "public": ("https://service.flow.microsoft.com/", "https://login.microsoftonline.com"),
    "gcc": ("https://gov.service.flow.microsoft.us/", "https://login.microsoftonline.com"),
    "gcch": ("https://high.service.flow.microsoft.us/", "https://login.microsoftonline.us"),
    "dod": ("https://service.flow.appsplatform.us/", "https://login.microsoftonline.us"),
    "china": ("https://service.powerautomate.cn/", "https://login.chinacloudapi.cn"),
}
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
WAIT_FOR_SIGNIN_S = 15 * 60.0  # how often a waiting item looks again (sign-in wakes it at once)
_GUID_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_DOMAIN_RE = re.compile(r"^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


class SignInRequired(CoachDeskError):
    """No usable token: the coach must sign in (again). The outbox item waits."""


class TokenUnavailable(CoachDeskError):
    """The sign-in service could not be reached (offline, proxy, TLS): retried like a network error."""


def scope_for(cloud: str) -> str:
    """``https://service.flow.microsoft.com//.default`` for the public cloud: the resource is the
    audience WITH its trailing slash, then ``/.default`` (without the double slash the token's
    ``aud`` lacks the slash and the trigger answers MisMatchingOAuthClaims)."""
    return CLOUDS[cloud][0] + "/.default"


@dataclass(frozen=True)
class EntraConfig:
    """What an admin registers once and the coach enters: tenant (id or domain) and app id."""

    tenant: str
    client_id: str
    cloud: str = "public"
    authority_host: str = ""  # "" = the cloud's sign-in host; set only for a local imitation (tests)
    api: str = "flow"  # "flow": a protected Workflows trigger; "graph": a two-way Teams channel (twoway.py)

    def checked(self) -> EntraConfig:
        """These settings normalised and checked; InvalidInput saying what is wrong."""
        tenant = self.tenant.strip().lower()
        client = self.client_id.strip().lower()
        if not (_GUID_RE.match(tenant) or _DOMAIN_RE.match(tenant)):
            raise InvalidInput("The tenant is a directory (tenant) ID like 0f1e2d3c-… or a domain like contoso.onmicrosoft.com.")
        if not _GUID_RE.match(client):
            raise InvalidInput("The application (client) ID is a GUID like 1a2b3c4d-…; copy it from the app registration.")
        if self.cloud not in CLOUDS:
            raise InvalidInput(f"Unknown cloud {self.cloud!r}; one of {', '.join(CLOUDS)}.")
        if self.api not in ("flow", "graph"):
            raise InvalidInput(f"Unknown sign-in use {self.api!r}.")
        host = self.authority_host.strip().rstrip("/")
        if host:  # only a local imitation (tests): a file or a typo can never send a sign-in elsewhere
            parts = urlsplit(host)
            if parts.scheme != "https" or parts.hostname not in LOCAL_HOSTS or parts.path or parts.query:
                raise InvalidInput("A sign-in host other than Microsoft's is allowed only on this computer (tests).")
        return EntraConfig(tenant, client, self.cloud, host, self.api)

    @property
    def authority(self) -> str:
        """The sign-in authority URL: the cloud's (or a test's) login host and the tenant."""
        return f"{self.authority_host or CLOUDS[self.cloud][1]}/{self.tenant}"

    @property
    def scope(self) -> str:
        """The scope a token is asked for: the flow's, or Microsoft Graph's for a two-way Teams channel."""
        if self.api == "graph":
            from coachdesk.outbox.twoway_shape import graph_scope

            return graph_scope(self.cloud)
        return scope_for(self.cloud)

    @property
    def cache_key(self) -> str:
        """The vault setting of the token cache shared by every channel of this tenant, app and API."""
        api = "|graph" if self.api == "graph" else ""  # Graph tokens apart: a 401 there asks for its own sign-in
        digest = hashlib.sha256(f"{self.authority}|{self.client_id}{api}".encode()).hexdigest()[:24]
        return f"outbox.entra_cache.{digest}"

    def to_dict(self) -> dict:
        """The settings as plain JSON data."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> EntraConfig:
        """Settings from :meth:`to_dict` data, checked; InvalidInput when not readable."""
        if not isinstance(data, dict):
            raise InvalidInput("The sign-in settings are not readable.")
        return cls(
            tenant=str(data.get("tenant", "")), client_id=str(data.get("client_id", "")),
            cloud=str(data.get("cloud", "public")), authority_host=str(data.get("authority_host", "")),
            api=str(data.get("api", "flow")),
        ).checked()


def config_key(secret_ref: str) -> str:
    """The vault setting that holds the sign-in settings of the channel whose secret is ``secret_ref``."""
    return f"outbox.entra.{secret_ref}"


def config_for(store: Store, channel: Channel) -> EntraConfig | None:
    """The channel's sign-in settings; None for a channel whose URL carries its own signature."""
    raw = store.get_setting(config_key(channel.secret_ref))
    return EntraConfig.from_dict(json.loads(raw)) if raw else None


# ----- MSAL plumbing -------------------------------------------------------------------------------
class MsalHttp:
    """The requests-like object MSAL takes as ``http_client``, over httpx: the OS trust store
    (truststore) like every other CoachDesk connection, proxies from the environment, no
    redirects. Tests pass ``verify`` (an ssl.SSLContext trusting a local CA)."""

    def __init__(self, verify: Any = None, timeout: float = 30.0) -> None:
        import logging
        import ssl

        import httpx

        from coachdesk.outbox.http import USER_AGENT

        for name in ("httpx", "httpcore", "msal"):  # no URLs, codes or token details in logs
            logging.getLogger(name).setLevel(logging.WARNING)
        if verify is None:
            import truststore

            verify = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        self._client = httpx.Client(
            verify=verify, trust_env=True, follow_redirects=False, timeout=timeout,
            headers={"User-Agent": USER_AGENT}, mounts={"all://127.0.0.1": None, "all://localhost": None},
        )

    def post(self, url: str, params: Any = None, data: Any = None, headers: Any = None, **_kwargs: Any) -> httpx.Response:
        """A POST for MSAL (redirects not followed)."""
        return self._client.post(url, params=params, data=data, headers=headers)

    def get(self, url: str, params: Any = None, headers: Any = None, **_kwargs: Any) -> httpx.Response:
        """A GET for MSAL (redirects not followed)."""
        return self._client.get(url, params=params, headers=headers)

    def close(self) -> None:
        """Close the HTTP client."""
        self._client.close()


# Tests set this to an ssl.SSLContext that trusts their local CA; production leaves it None
# (truststore: the operating system's certificates).
TEST_VERIFY: Any = None

_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


def _lock(key: str) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(key, threading.Lock())


@dataclass
class DeviceCode:
    """What the coach needs for the device-code sign-in (shown in the CLI and the GUI)."""

    user_code: str
    verification_uri: str
    message: str
    expires_in: int
    flow: dict


class EntraSession:
    """Tokens for one (cloud, tenant, app): silent refresh from the vault-held cache, sign-in by
    device code or the system browser, and "sign in again" when refresh fails."""

    def __init__(self, store: Store, config: EntraConfig, *, verify: Any = None) -> None:
        self.store = store
        self.config = config.checked()
        self._verify = verify if verify is not None else TEST_VERIFY
        self._app: Any = None  # msal.PublicClientApplication (msal ships no type information)
        self._cache: Any = None  # msal.SerializableTokenCache
        self._http: MsalHttp | None = None

    # -- vault-held state: {"cache": <msal serialized cache>, "signin": <reason or "">} ------------
    def _state(self) -> dict:
        raw = self.store.get_setting(self.config.cache_key)
        try:
            state = json.loads(raw) if raw else {}
        except ValueError:
            state = {}
        return state if isinstance(state, dict) else {}

    def _save(self, *, signin: str | None = None) -> None:
        state = self._state()
        if self._cache is not None and self._cache.has_state_changed:
            state["cache"] = self._cache.serialize()
            self._cache.has_state_changed = False
        if signin is not None:
            state["signin"] = signin
        self.store.set_setting(self.config.cache_key, json.dumps(state))

    def needs_signin(self) -> str:
        """The reason the coach must sign in ("" when a sign-in is on record)."""
        state = self._state()
        if state.get("signin"):
            return str(state["signin"])
        return "" if state.get("cache") else "not signed in yet"

    def _application(self) -> Any:
        if self._app is None:
            import msal

            self._cache = msal.SerializableTokenCache()
            self._http = MsalHttp(self._verify)
            local = bool(self.config.authority_host)
            self._app = self._call(lambda: msal.PublicClientApplication(  # reads the OpenID configuration
                self.config.client_id,
                authority=self.config.authority,
                token_cache=self._cache,
                http_client=self._http,
                # a local imitation is no Microsoft host: no instance discovery, no authority check
                instance_discovery=False if local else None,
                validate_authority=not local,
            ))
        # the vault is the truth: another session (a sign-in elsewhere in the app) may have changed it
        self._cache.deserialize(self._state().get("cache") or None)
        return self._app

    def close(self) -> None:
        """Close the HTTP client; the next call starts MSAL again from the vault-held cache."""
        if self._http is not None:
            self._http.close()
        self._app = self._cache = self._http = None

    def _call(self, fn: Callable[[], Any]) -> Any:
        import httpx

        try:
            return fn()
        except httpx.HTTPError as err:
            raise TokenUnavailable(f"the sign-in service could not be reached ({type(err).__name__})") from err
        except ValueError as err:  # MSAL: unreachable / unknown tenant in discovery
            raise SignInRequired(f"sign-in settings refused by Microsoft: {str(err)[:160]}") from err
        except RuntimeError as err:  # MSAL: the browser sign-in timed out or could not listen
            raise SignInRequired(f"the sign-in did not finish ({type(err).__name__})") from err

    # -- tokens -------------------------------------------------------------------------------------
    def access_token(self) -> str:
        """A valid access token (from the cache, refreshed silently when expired). SignInRequired
        when none can be had without the coach; TokenUnavailable when offline."""
        with _lock(self.config.cache_key):
            state = self._state()
            if state.get("signin") or not state.get("cache"):  # no network call while waiting for the coach
                raise SignInRequired(str(state.get("signin") or "not signed in yet"))
            app = self._application()
            accounts = self._call(app.get_accounts)
            if not accounts:
                raise SignInRequired("not signed in yet")
            result = self._call(lambda: app.acquire_token_silent_with_error([self.config.scope], account=accounts[0]))
            self._save()
            if result and result.get("access_token"):
                return str(result["access_token"])
            if result and result.get("error") not in _SIGN_IN_AGAIN:  # e.g. temporarily_unavailable
                raise TokenUnavailable(f"the sign-in service did not answer ({_reason(result)})")
            why = _reason(result) or "the sign-in has expired"
            self._save(signin=why)
            raise SignInRequired(why)

    def token_rejected(self, status: int) -> None:
        """The trigger answered 401 to our token: forget it and ask for a new sign-in."""
        with _lock(self.config.cache_key):
            self._save(signin=f"the flow refused the sign-in (HTTP {status})")  # first: it decides
            try:
                app = self._application()
                for account in app.get_accounts():
                    app.remove_account(account)
            except (CoachDeskError, ValueError, OSError):
                return  # the flag above already asks for a new sign-in
            self._save()

    def _signed_in(self, result: dict | None) -> str:
        if not result or not result.get("access_token"):
            raise SignInRequired(_reason(result) or "the sign-in did not finish")
        self._save(signin="")
        claims = result.get("id_token_claims") or {}
        return str(claims.get("preferred_username") or claims.get("name") or "")

    def start_device_code(self) -> DeviceCode:
        """Start a device-code sign-in: the code and the address the coach opens."""
        with _lock(self.config.cache_key):
            flow = self._call(lambda: self._application().initiate_device_flow(scopes=[self.config.scope]))
        if "user_code" not in flow:
            raise SignInRequired(_reason(flow) or "the device code sign-in could not start")
        return DeviceCode(str(flow["user_code"]), str(flow.get("verification_uri", "")),
                          str(flow.get("message", "")), int(flow.get("expires_in", 900)), flow)

    def finish_device_code(self, code: DeviceCode, cancelled: Callable[[], bool] = lambda: False) -> str:
        """Wait until the coach has entered the code (or it expires / ``cancelled()``); returns the
        signed-in user name. The cache is saved in the vault."""
        import time

        def stop(flow: dict) -> bool:  # MSAL's own expiry check is replaced by ours: keep it
            return cancelled() or flow.get("expires_at", 0) < time.time()

        result = self._call(lambda: self._application().acquire_token_by_device_flow(code.flow, exit_condition=stop))
        with _lock(self.config.cache_key):
            return self._signed_in(result)

    def sign_in_browser(self, timeout: int = 300) -> str:
        """Sign in in the system browser (redirect to http://localhost); returns the user name."""
        result = self._call(lambda: self._application().acquire_token_interactive(
            [self.config.scope], prompt="select_account", timeout=timeout))
        with _lock(self.config.cache_key):
            return self._signed_in(result)


# Token endpoint errors after which only the coach can help (RFC 6749 5.2, OIDC, Entra).
_SIGN_IN_AGAIN = {"invalid_grant", "interaction_required", "login_required", "consent_required",
                  "invalid_client", "unauthorized_client", "invalid_scope", "access_denied"}


def _reason(result: dict | None) -> str:
    if not result:
        return ""
    text = str(result.get("error_description") or result.get("error") or "")
    return " ".join(text.split())[:200]


class ChannelAuth:
    """The sender's auth header provider: ``headers(channel)`` -> {} for a signed URL, or the
    bearer header for a protected channel; ``rejected(channel, status)`` after a 401."""

    def __init__(self, store: Store, *, verify: Any = None) -> None:
        self.store = store
        self._verify = verify
        self._sessions: dict[str, EntraSession] = {}

    def session(self, channel: Channel) -> EntraSession | None:
        """The sign-in session of a protected channel (one per tenant and app); None for any other channel."""
        config = config_for(self.store, channel)
        if config is None:
            return None
        if config.cache_key not in self._sessions:
            self._sessions[config.cache_key] = EntraSession(self.store, config, verify=self._verify)
        return self._sessions[config.cache_key]

    def headers(self, channel: Channel) -> dict[str, str]:
        """The bearer token header for a protected channel; {} for any other channel."""
        session = self.session(channel)
        if session is None:
            return {}
        return {"Authorization": f"Bearer {session.access_token()}"}

    def rejected(self, channel: Channel, status: int) -> None:
        """The channel refused the token (HTTP ``status``): its session asks for a new sign-in."""
        session = self.session(channel)
        if session is not None:
            session.token_rejected(status)

    def close(self) -> None:
        """Close every session's HTTP client."""
        for session in self._sessions.values():
            session.close()
        self._sessions.clear()
