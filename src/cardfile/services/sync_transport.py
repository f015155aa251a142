"""Talking to a sync server over HTTP(S): one kept-alive connection, JSON in and out, errors as typed errors.

A request can be stopped from another thread (`Transport.stop`): the connection is shut under it, so a server that
took the connection and never answers holds up a Stop for no longer than it takes to notice, not for the timeout.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import json
import socket
import ssl
import threading
from typing import Any
from urllib.parse import urlencode, urlsplit

from cardfile import __version__
from cardfile.domain.errors import (
    SyncIncompatible,
    SyncRefused,
    SyncSignInNeeded,
    SyncStopped,
    SyncUnreachable,
    ValidationError,
)
from cardfile.sync import protocol
from cardfile.sync.hlc import wall_millis

TIMEOUT_SECONDS = 60.0


class SnapshotNeeded(Exception):
    """The server no longer holds the history after this device's cursor: start again from a snapshot."""


class BatchReused(Exception):
    """The server has another batch under the number this database sent: it is a restored backup or a copy of the
    database that pushed it, and must go on as a new device."""


def is_loopback(host: str) -> bool:
    """Whether a host name is this computer (a password sent there over http:// never crosses a network)."""
    if host.lower() in ("localhost", "localhost.localdomain") or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def sends_in_clear(url: str) -> bool:
    """Whether a password sent to this server would cross a network unencrypted (http:// to another computer)."""
    parts = urlsplit(url)
    return parts.scheme == "http" and not is_loopback(parts.hostname or "")


def check_server_url(url: str) -> str:
    """The server URL as it will be used: http(s)://host[:port][/path], without a trailing slash."""
    text = url.strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError(
            field="server",
            problem=f"{url!r} is not an http:// or https:// address",
            reason="not_a_server_address",
            value=url,
        )
    return text


class Transport:
    """HTTP to one server. Not thread-safe: one sync at a time uses it; only `stop` may be called from another
    thread."""

    def __init__(self, server: str, *, token: str | None = None, timeout: float = TIMEOUT_SECONDS) -> None:
        self.server = check_server_url(server)
        parts = urlsplit(self.server)
        self._https = parts.scheme == "https"
        self._host = parts.hostname or ""
        self._port = parts.port or (443 if self._https else 80)
        self._prefix = parts.path
        self.token = token
        self.timeout = timeout
        self._conn: http.client.HTTPConnection | None = None
        self.user = ""
        self.server_clock_ahead = 0  # the server's clock minus this computer's, from the handshake
        self.admin: bool | None = None  # whether the user administers the server, once a pull said
        self._stopped = False
        self._lock = threading.Lock()  # between `stop` and the thread that opens and closes connections
        # A second handle on the connection's socket, taken before it connects: shutting it ends whatever waits on
        # the socket (connecting, the TLS handshake, sending, the answer), whichever object wraps it by then.
        self._handle: socket.socket | None = None

    def stop(self) -> None:
        """End the request on its way and refuse any after it (SyncStopped). Safe from any thread, at any time."""
        with self._lock:
            self._stopped = True
            if self._handle is not None:
                with contextlib.suppress(OSError):  # not connected yet, or closed meanwhile: nothing waits on it
                    self._handle.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        with self._lock:
            if self._handle is not None:
                self._handle.close()
                self._handle = None

    def _connection(self) -> http.client.HTTPConnection:
        if self._conn is None:
            if self._https:
                self._conn = http.client.HTTPSConnection(
                    self._host, self._port, timeout=self.timeout, context=ssl.create_default_context()
                )
            else:
                self._conn = http.client.HTTPConnection(self._host, self._port, timeout=self.timeout)
            self._conn._create_connection = self._connect  # type: ignore[attr-defined]
        return self._conn

    def _connect(
        self, address: tuple[str, int], timeout: float | None = None, source: tuple[str, int] | None = None
    ) -> socket.socket:
        """socket.create_connection, with each socket handed to `stop` before it starts connecting."""
        error: OSError | None = None
        for family, kind, proto, _name, where in socket.getaddrinfo(*address, 0, socket.SOCK_STREAM):
            sock = socket.socket(family, kind, proto)
            try:
                with self._lock:
                    if self._handle is not None:
                        self._handle.close()
                    self._handle = sock.dup()
                    if self._stopped:
                        raise SyncStopped()
                sock.settimeout(timeout)
                if source:
                    sock.bind(source)
                sock.connect(where)
                return sock
            except OSError as exc:
                sock.close()
                error = exc
            except BaseException:
                sock.close()
                raise
        raise error or OSError(f"no address for {address[0]}")

    def _check_stopped(self, cause: BaseException | None = None) -> None:
        if self._stopped:
            self.close()
            raise SyncStopped() from cause

    def request(self, method: str, path: str, body: Any = None, *, query: dict[str, Any] | None = None) -> Any:
        url = self._prefix + path + ("?" + urlencode(query) if query else "")
        headers = {
            "Accept": "application/json",
            "User-Agent": f"cardfile/{__version__}",
            "Cardfile-Protocol": str(protocol.PROTOCOL_VERSION),
        }
        data = None
        if body is not None:
            data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            headers["Content-Type"] = "application/json"
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        for attempt in (1, 2):
            self._check_stopped()
            conn = self._connection()
            try:
                conn.request(method, url, body=data, headers=headers)
                self._check_stopped()  # stopped while it connected or sent: the answer is not waited for
                response = conn.getresponse()
                raw = response.read()
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError) as exc:
                self._check_stopped(exc)
                self.close()  # a kept-alive connection the server closed meanwhile: one fresh try
                if attempt == 2:
                    raise SyncUnreachable(server=self.server, **_reason(exc)) from exc
            except (OSError, http.client.HTTPException) as exc:
                self._check_stopped(exc)
                self.close()
                raise SyncUnreachable(server=self.server, **_reason(exc)) from exc
        if not raw and response.status < 400:
            self._check_stopped()  # the stop cut the answer short: a whole answer that came in is still taken
            # Every answer is a JSON object. A connection cut inside the answer's head leaves http.client a response
            # without a length, read to the close: nothing. That is a dropped network, not an answer.
            self.close()
            raise SyncUnreachable(
                server=self.server, detail="the connection dropped before the answer came through", reason="dropped"
            )
        try:
            answer = json.loads(raw or b"null")
        except ValueError as exc:
            raise SyncRefused(
                server=self.server,
                detail=f"it answered HTTP {response.status} with something that is not JSON",
                reason="not_json",
                status=response.status,
            ) from exc
        if response.status >= 400:
            self._raise(response.status, answer)
        return answer

    def _raise(self, status: int, answer: Any) -> None:
        message = answer.get("message", "") if isinstance(answer, dict) else ""
        code = answer.get("error", "") if isinstance(answer, dict) else ""
        detail = str(message)[:500] or f"HTTP {status}"
        if status == 410 and code == "snapshot_required":
            raise SnapshotNeeded(detail)
        if status == 409 and code == "batch_reused":
            raise BatchReused(detail)
        said = _server_reason(answer, status)
        if status == 426:
            raise SyncIncompatible(server=self.server, detail=detail, **said)
        if status == 401:
            raise SyncSignInNeeded(server=self.server, user=self.user or "?", detail=detail, **said)
        raise SyncRefused(server=self.server, detail=detail, **said)

    # ----- the protocol -----

    def handshake(self, schema: str) -> dict[str, Any]:
        """Check that the server speaks our protocol; learn its clock (`server_clock_ahead`, milliseconds)."""
        answer = self.request("POST", "/v1/handshake", {"protocol": protocol.PROTOCOL_VERSION, "schema": schema})
        problem = protocol.check_versions(answer.get("protocol") if isinstance(answer, dict) else None)
        if problem is not None:
            raise SyncIncompatible(server=self.server, detail=problem, reason="protocol_mismatch")
        now = answer.get("now")
        if type(now) is int and 0 < now < 1 << 47:
            self.server_clock_ahead = now - wall_millis()
        return dict(answer)

    def sign_in(self, user: str, password: str, device_id: str, device_name: str) -> tuple[str, bool]:
        """Exchange the password for a device token; returns it, and whether the user administers the server."""
        self.user = user
        answer = self.request(
            "POST",
            "/v1/devices",
            {"user": user, "password": password, "device_id": device_id, "device_name": device_name},
        )
        if not isinstance(answer, dict) or not isinstance(answer.get("token"), str):
            raise SyncRefused(
                server=self.server,
                detail="its answer to the sign-in does not follow the protocol",
                reason="not_protocol",
            )
        self.token = answer["token"]
        return self.token, answer.get("admin") is True

    def sign_out(self) -> None:
        self.request("DELETE", "/v1/devices/self")

    def push(self, request: protocol.PushRequest) -> dict[str, Any]:
        return dict(self.request("POST", "/v1/push", request.as_json()))

    def pull(self, after: int, limit: int) -> tuple[list[protocol.Entry], int, bool]:
        answer = self.request("GET", "/v1/pull", query={"after": after, "limit": limit})
        entries = _entries(answer, self.server)
        cursor = answer.get("cursor")
        if type(cursor) is not int or not 0 <= cursor < 1 << 63:
            raise SyncRefused(
                server=self.server, detail="its answer does not follow the protocol (cursor)", reason="not_protocol"
            )
        if "admin" in answer:
            self.admin = answer["admin"] is True
        return entries, cursor, bool(answer.get("more"))

    def snapshot(self, after: str, limit: int) -> protocol.SnapshotPage:
        answer = self.request("GET", "/v1/snapshot", query={"after": after, "limit": limit})
        try:
            return protocol.snapshot_from_json(answer)
        except protocol.ProtocolError as exc:
            raise SyncRefused(
                server=self.server, detail=f"its answer does not follow the protocol ({exc})", reason="not_protocol"
            ) from exc


def _entries(answer: Any, server: str) -> list[protocol.Entry]:
    try:
        return protocol.entries_from_json(answer.get("entries"), "answer.entries", 10 * protocol.MAX_PULL_ENTRIES)
    except (protocol.ProtocolError, AttributeError) as exc:
        raise SyncRefused(
            server=server, detail=f"its answer does not follow the protocol ({exc})", reason="not_protocol"
        ) from exc


def _reason(exc: BaseException) -> dict[str, str]:
    """Why the server could not be reached: `detail` in English, `reason` the case (DEVICE_REASONS)."""
    if isinstance(exc, ConnectionRefusedError):
        return {"detail": "nothing answers at that address (is the server running?)", "reason": "nothing_answers"}
    if isinstance(exc, socket.timeout | TimeoutError):
        return {"detail": "it did not answer in time", "reason": "timeout"}
    if isinstance(exc, socket.gaierror):
        return {"detail": "the host name is unknown", "reason": "unknown_host"}
    if isinstance(exc, ssl.SSLError):
        return {"detail": f"the secure connection failed ({exc.reason or exc})", "reason": "tls"}
    return {"detail": str(exc) or type(exc).__name__, "reason": "network"}


# Why a sync failed, as the `reason` of a sync error: the window says each in its reader's language (a server's own
# words are never shown there; the command line prints the English `detail`). The server's cases (its answers'
# "reason") and this device's own (the network, an answer that does not follow the protocol).
SERVER_REASONS = frozenset(
    {
        "wrong_password",
        "account_disabled",  # params: account
        "device_revoked",
        "not_signed_in",
        "other_account",  # params: account (whom this database syncs as)
        "sign_in_limited",  # params: wait_seconds
        "clock_ahead",  # params: ahead_ms
        "too_large",
        "incompatible_protocol",
        "server_error",
        "bad_request",
        "batch_out_of_order",
    }
)
DEVICE_REASONS = frozenset(
    {"nothing_answers", "timeout", "unknown_host", "tls", "network", "dropped", "not_json", "not_protocol"}
    | {"protocol_mismatch", "password_needed", "copied_database", "http_status"}
)


def _server_reason(answer: Any, status: int) -> dict[str, Any]:
    """The case of a server's error answer and what it names, checked: a device trusts no server, so a reason it
    does not know is only the HTTP status, an account must be a user name, a number a whole number."""
    reason = answer.get("reason") if isinstance(answer, dict) else None
    params = answer.get("params") if isinstance(answer, dict) else None
    if not isinstance(reason, str) or reason not in SERVER_REASONS:
        return {"reason": "http_status", "status": status}
    said: dict[str, Any] = {"reason": reason}
    params = params if isinstance(params, dict) else {}
    account = params.get("account")
    if isinstance(account, str) and protocol.valid_user_name(account):
        said["account"] = account
    for number in ("wait_seconds", "ahead_ms"):
        value = params.get(number)
        if type(value) is int and 0 <= value < 1 << 53:
            said[number] = value
    return said
