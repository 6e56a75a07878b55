"""A local imitation of Microsoft Entra ID (OpenID configuration, device code, /token) and of an
Entra-protected Teams Workflows trigger, over real HTTPS on 127.0.0.1 with a trustme CA.

Tokens are opaque random strings; the trigger accepts only a live access token whose ``aud`` (as
recorded when it was issued) is the flow service's audience, like Power Automate checks the claims.
"""

from __future__ import annotations

import base64
import json
import secrets
import ssl
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qs

from werkzeug import Request, Response

TENANT = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
CLIENT_ID = "1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d"
FLOW_AUDIENCE = "https://service.flow.microsoft.com/"
TRIGGER_PATH = (
    "/powerautomate/automations/direct/workflows/0123456789abcdef0123456789abcdef"
    "/triggers/manual/paths/invoke"
)


def _b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


@dataclass
class FakeEntra:
    base: str  # https://127.0.0.1:PORT
    access_lifetime: int = 3600
    approve_after_polls: int = 1  # device code: "authorization_pending" this many times first
    refresh_fails: bool = False
    trigger_status: int = 202
    polls: int = 0
    discoveries: int = 0  # OpenID configuration fetches
    access: dict[str, str] = field(default_factory=dict)  # token -> audience
    refresh: set[str] = field(default_factory=set)
    revoked: set[str] = field(default_factory=set)
    token_requests: list[dict] = field(default_factory=list)
    device_scopes: list[str] = field(default_factory=list)
    codes: dict[str, tuple[str, str]] = field(default_factory=dict)  # auth code -> (scope, nonce)
    authorize_args: list[dict] = field(default_factory=list)
    trigger_auth: list[str | None] = field(default_factory=list)
    trigger_bodies: list[bytes] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def authority(self) -> str:
        return f"{self.base}/{TENANT}"

    @property
    def trigger_url(self) -> str:
        return f"{self.base}{TRIGGER_PATH}?api-version=1"

    # ----- handlers ---------------------------------------------------------------------------------
    def openid_configuration(self, _request: Request) -> Response:
        self.discoveries += 1
        doc = {
            "issuer": f"{self.authority}/v2.0",
            "authorization_endpoint": f"{self.authority}/oauth2/v2.0/authorize",
            "token_endpoint": f"{self.authority}/oauth2/v2.0/token",
            "device_authorization_endpoint": f"{self.authority}/oauth2/v2.0/devicecode",
            "response_types_supported": ["code"],
        }
        return Response(json.dumps(doc), content_type="application/json")

    def devicecode(self, request: Request) -> Response:
        form = parse_qs(request.get_data(as_text=True))
        assert form["client_id"] == [CLIENT_ID]
        with self.lock:
            self.device_scopes.append(form["scope"][0])
        doc = {
            "device_code": "dev-" + secrets.token_hex(8),
            "user_code": "F7KQ-2MZP",
            "verification_uri": "https://microsoft.com/devicelogin",
            "expires_in": 900,
            "interval": 1,
            "message": "To sign in, use a web browser to open the page https://microsoft.com/devicelogin "
                       "and enter the code F7KQ-2MZP to authenticate.",
        }
        return Response(json.dumps(doc), content_type="application/json")

    def authorize(self, request: Request) -> Response:
        """The browser sign-in: the "user" signs in at once; back to the app's localhost listener."""
        args = dict(request.args)
        self.authorize_args.append(args)
        code = "code-" + secrets.token_hex(8)
        self.codes[code] = (args["scope"], args.get("nonce", ""))
        if args.get("response_mode") == "form_post":  # as Entra does: a self-submitting form
            from html import escape

            fields = "".join(f'<input type="hidden" name="{k}" value="{escape(v)}"/>'
                             for k, v in (("code", code), ("state", args["state"])))
            page = (f'<html><body onload="document.forms[0].submit()"><form method="POST" '
                    f'action="{escape(args["redirect_uri"])}">{fields}</form></body></html>')
            return Response(page, content_type="text/html")
        return Response(status=302, headers={"Location": f"{args['redirect_uri']}?code={code}&state={args['state']}"})

    def _tokens(self, scope: str, nonce: str = "") -> dict:
        resource = next((x for x in scope.split() if x.endswith("/.default")), "")
        audience = resource.removesuffix("/.default")  # "…com//.default" -> "…com/" (a single slash stays)
        access, refresh = "at-" + secrets.token_hex(16), "rt-" + secrets.token_hex(16)
        self.access[access] = audience
        self.refresh.add(refresh)
        now = int(time.time())
        id_token = ".".join([_b64({"alg": "none"}), _b64({
            "iss": f"{self.authority}/v2.0", "aud": CLIENT_ID, "exp": now + 3600, "iat": now, "nbf": now,
            "tid": TENANT, "oid": "11111111-2222-3333-4444-555555555555",
            "preferred_username": "maija.mentori@example.fi", "name": "Maija Mentori",
            **({"nonce": nonce} if nonce else {}),
        }), "c2ln"])
        return {
            "token_type": "Bearer", "scope": scope, "expires_in": self.access_lifetime,
            "access_token": access, "refresh_token": refresh, "id_token": id_token,
            "client_info": _b64({"uid": "11111111-2222-3333-4444-555555555555", "utid": TENANT}),
        }

    def token(self, request: Request) -> Response:
        form = {k: v[0] for k, v in parse_qs(request.get_data(as_text=True)).items()}
        with self.lock:
            self.token_requests.append(form)
            grant = form.get("grant_type", "")
            if grant == "urn:ietf:params:oauth:grant-type:device_code":
                self.polls += 1
                if self.polls <= self.approve_after_polls:
                    return _error("authorization_pending", "AADSTS70016: pending", 400)
                return Response(json.dumps(self._tokens(self.device_scopes[-1])), content_type="application/json")
            if grant == "authorization_code":
                if form.get("code") not in self.codes or not form.get("code_verifier"):  # PKCE is required
                    return _error("invalid_grant", "AADSTS70008: bad code", 400)
                scope, nonce = self.codes.pop(form["code"])
                return Response(json.dumps(self._tokens(scope, nonce)), content_type="application/json")
            if grant == "refresh_token":
                if self.refresh_fails or form.get("refresh_token") not in self.refresh:
                    return _error("invalid_grant", "AADSTS700082: The refresh token has expired due to inactivity.", 400)
                self.refresh.discard(form["refresh_token"])
                return Response(json.dumps(self._tokens(form["scope"])), content_type="application/json")
        return _error("unsupported_grant_type", "unsupported", 400)

    def trigger(self, request: Request) -> Response:
        auth = request.headers.get("Authorization")
        with self.lock:
            self.trigger_auth.append(auth)
            token = auth.removeprefix("Bearer ") if auth and auth.startswith("Bearer ") else None
            if token is None or self.access.get(token) != FLOW_AUDIENCE or token in self.revoked:
                body = {"error": {"code": "MisMatchingOAuthClaims", "message": "One or more claims either missing or does not match with the open authentication access control policy."}}
                return Response(json.dumps(body), status=401, content_type="application/json")
            self.trigger_bodies.append(request.get_data())
        return Response(b"", status=self.trigger_status)

    def install(self, server) -> None:
        server.expect_request(f"/{TENANT}/v2.0/.well-known/openid-configuration").respond_with_handler(self.openid_configuration)
        server.expect_request(f"/{TENANT}/oauth2/v2.0/devicecode", method="POST").respond_with_handler(self.devicecode)
        server.expect_request(f"/{TENANT}/oauth2/v2.0/authorize", method="GET").respond_with_handler(self.authorize)
        server.expect_request(f"/{TENANT}/oauth2/v2.0/token", method="POST").respond_with_handler(self.token)
        server.expect_request(TRIGGER_PATH, method="POST").respond_with_handler(self.trigger)


def _error(code: str, description: str, status: int) -> Response:
    return Response(json.dumps({"error": code, "error_description": description}), status=status,
                    content_type="application/json")


def https_server():
    """(server, client ssl context): a threaded pytest-httpserver on 127.0.0.1 with a trustme cert."""
    import trustme
    from pytest_httpserver import HTTPServer

    ca = trustme.CA()
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(server_ctx)
    client_ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    ca.configure_trust(client_ctx)
    server = HTTPServer(host="127.0.0.1", port=0, ssl_context=server_ctx, threaded=True)
    server.start()
    return server, client_ctx


class ScriptedBrowser:
    """Stands in for the coach at the system browser: opens the sign-in page (real HTTPS to the
    imitation), which hands the code to MSAL's http://localhost listener (form_post, as Entra does)."""

    def __init__(self, ctx: ssl.SSLContext) -> None:
        self.ctx = ctx
        self.opened: list[str] = []

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        import httpx

        self.opened.append(url)

        def go() -> None:
            import html
            import re

            with httpx.Client(verify=self.ctx, trust_env=False) as client:
                page = client.get(url)
            with httpx.Client(trust_env=False) as client:
                if page.status_code in (301, 302, 303):
                    client.get(page.headers["location"])
                    return
                action = html.unescape(re.search(r'action="([^"]+)"', page.text).group(1))
                fields = {k: html.unescape(v) for k, v in re.findall(r'name="([^"]+)" value="([^"]*)"', page.text)}
                client.post(action, data=fields)  # what the page's onload submit does

        threading.Thread(target=go, daemon=True).start()
        return True
