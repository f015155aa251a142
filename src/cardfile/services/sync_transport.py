"""Talking to a sync server over HTTP(S): one kept-alive connection, JSON in and out, errors as typed errors.

A request can be stopped from another thread (`Transport.stop`): the connection is shut under it, so a server that
took the connection and never answers holds up a Stop for no longer than it takes to notice, not for the timeout.
"""

from __future__ import annotations

import contextlib
import http.client
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

TIMEOUT_SECONDS = 60.0


class SnapshotNeeded(Exception):
    """The server no longer holds the history after this device's cursor: start again from a snapshot."""


def check_server_url(url: str) -> str:
    """The server URL as it will be used: http(s)://host[:port][/path], without a trailing slash."""
    text = url.strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError(field="server", problem=f"{url!r} is not an http:// or https:// address")
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
                    raise SyncUnreachable(server=self.server, detail=_reason(exc)) from exc
            except (OSError, http.client.HTTPException) as exc:
                self._check_stopped(exc)
                self.close()
                raise SyncUnreachable(server=self.server, detail=_reason(exc)) from exc
        if not raw and response.status < 400:
            self._check_stopped()  # the stop cut the answer short: a whole answer that came in is still taken
            # Every answer is a JSON object. A connection cut inside the answer's head leaves http.client a response
            # without a length, read to the close: nothing. That is a dropped network, not an answer.
            self.close()
            raise SyncUnreachable(server=self.server, detail="the connection dropped before the answer came through")
        try:
            answer = json.loads(raw or b"null")
        except ValueError as exc:
            raise SyncRefused(
                server=self.server, detail=f"it answered HTTP {response.status} with something that is not JSON"
            ) from exc
        if response.status >= 400:
            self._raise(response.status, answer)
        return answer

    def _raise(self, status: int, answer: Any) -> None:
        message = answer.get("message", "") if isinstance(answer, dict) else ""
        code = answer.get("error", "") if isinstance(answer, dict) else ""
        detail = message or f"HTTP {status}"
        if status == 410 and code == "snapshot_required":
            raise SnapshotNeeded(detail)
        if status == 426:
            raise SyncIncompatible(server=self.server, detail=detail)
        if status == 401:
            raise SyncSignInNeeded(server=self.server, user=self.user or "?", detail=detail)
        raise SyncRefused(server=self.server, detail=detail)

    # ----- the protocol -----

    def handshake(self, schema: str) -> dict[str, Any]:
        answer = self.request("POST", "/v1/handshake", {"protocol": protocol.PROTOCOL_VERSION, "schema": schema})
        problem = protocol.check_versions(answer.get("protocol") if isinstance(answer, dict) else None)
        if problem is not None:
            raise SyncIncompatible(server=self.server, detail=problem)
        return dict(answer)

    def sign_in(self, user: str, password: str, device_id: str, device_name: str) -> str:
        self.user = user
        answer = self.request(
            "POST",
            "/v1/devices",
            {"user": user, "password": password, "device_id": device_id, "device_name": device_name},
        )
        self.token = str(answer["token"])
        return self.token

    def sign_out(self) -> None:
        self.request("DELETE", "/v1/devices/self")

    def push(self, request: protocol.PushRequest) -> dict[str, Any]:
        return dict(self.request("POST", "/v1/push", request.as_json()))

    def pull(self, after: int, limit: int) -> tuple[list[protocol.Entry], int, bool]:
        answer = self.request("GET", "/v1/pull", query={"after": after, "limit": limit})
        entries = _entries(answer, self.server)
        return entries, int(answer["cursor"]), bool(answer["more"])

    def snapshot(self, after: str, limit: int) -> protocol.SnapshotPage:
        answer = self.request("GET", "/v1/snapshot", query={"after": after, "limit": limit})
        try:
            return protocol.snapshot_from_json(answer)
        except protocol.ProtocolError as exc:
            raise SyncRefused(server=self.server, detail=f"its answer does not follow the protocol ({exc})") from exc


def _entries(answer: Any, server: str) -> list[protocol.Entry]:
    try:
        return protocol.entries_from_json(answer.get("entries"), "answer.entries", 10 * protocol.MAX_PULL_ENTRIES)
    except (protocol.ProtocolError, AttributeError) as exc:
        raise SyncRefused(server=server, detail=f"its answer does not follow the protocol ({exc})") from exc


def _reason(exc: BaseException) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return "nothing answers at that address (is the server running?)"
    if isinstance(exc, socket.timeout | TimeoutError):
        return "it did not answer in time"
    if isinstance(exc, socket.gaierror):
        return "the host name is unknown"
    if isinstance(exc, ssl.SSLError):
        return f"the secure connection failed ({exc.reason or exc})"
    return str(exc) or type(exc).__name__
