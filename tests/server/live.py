"""A real sync server on loopback inside the test process, and a small HTTP client that speaks to it.

The server is the real Starlette app under uvicorn, on a socket this module binds and listens on before uvicorn
starts: a connection made at once waits in the socket's backlog, so nothing has to poll for readiness. Running in
a thread keeps it cheap (no interpreter start per test) while every request still crosses a real TCP connection.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import socket
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Any

import uvicorn
from sqlalchemy import func, select

from cardfile.server.app import create_app
from cardfile.server.storage import ServerStore
from cardfile.server.tables import batch, device, entry, field_state, record
from cardfile.sync import protocol

STOP_SECONDS = 30.0


@contextmanager
def serve_in_thread(store: ServerStore) -> Iterator[str]:
    """Serve `store` on 127.0.0.1 until the block ends; yields the base URL (http://127.0.0.1:PORT)."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(128)
    port = listener.getsockname()[1]
    config = uvicorn.Config(
        create_app(store),
        log_level="warning",
        log_config=None,  # leave the process's logging alone (pytest's caplog handler stays in place)
        access_log=False,
        lifespan="off",
        timeout_graceful_shutdown=5,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, name="sync-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(STOP_SECONDS)
        listener.close()
        if thread.is_alive():
            raise RuntimeError(f"the in-process sync server did not stop within {STOP_SECONDS:g} s")


@dataclass(frozen=True)
class Answer:
    status: int
    body: Any  # the decoded JSON (None when the answer was empty or not JSON)
    text: str


class Client:
    """Raw HTTP to the server, one request per connection, so a test controls every header and byte it sends."""

    def __init__(self, base_url: str, token: str | None = None) -> None:
        self.base_url = base_url
        host, port = base_url.removeprefix("http://").split(":")
        self.host, self.port = host, int(port)
        self.token = token

    def with_token(self, token: str | None) -> Client:
        return Client(self.base_url, token)

    def request(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        raw: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        protocol_header: str | None = str(protocol.PROTOCOL_VERSION),
    ) -> Answer:
        sent = dict(headers or {})
        if protocol_header is not None:
            sent.setdefault("Cardfile-Protocol", protocol_header)
        if self.token is not None:
            sent.setdefault("Authorization", f"Bearer {self.token}")
        data = raw
        if data is None and body is not None:
            data = json.dumps(body).encode("utf-8")
        if data is not None:
            sent.setdefault("Content-Type", "application/json")
        conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
        try:
            conn.request(method, path, body=data, headers=sent)
            response = conn.getresponse()
            text = response.read().decode("utf-8", errors="replace")
        finally:
            conn.close()
        try:
            decoded = json.loads(text) if text else None
        except ValueError:
            decoded = None
        return Answer(response.status, decoded, text)

    def sign_in(self, user: str, password: str, device_id: str) -> str:
        answer = self.request(
            "POST", "/v1/devices", {"user": user, "password": password, "device_id": device_id, "device_name": "t"}
        )
        assert answer.status == 200, answer.text
        return str(answer.body["token"])

    def push(self, body: Any) -> Answer:
        """POST a push; a body without a nonce gets one made from its content, so that the same body sent twice
        is the same batch sent again, and another body under the same number is not."""
        if isinstance(body, dict) and "nonce" not in body:
            body = {**body, "nonce": hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:32]}
        return self.request("POST", "/v1/push", body)

    def pull(self, after: int = 0, limit: int = protocol.MAX_PULL_ENTRIES) -> Answer:
        return self.request("GET", f"/v1/pull?after={after}&limit={limit}")


def send_oversized(base_url: str, path: str, headers: Mapping[str, str], size: int, *, declare: bool) -> Answer:
    """POST `size` bytes, reading the answer while the body is still being written.

    A server that refuses a large body answers before reading it and closes the connection; a client that only
    reads after writing everything would see a broken pipe instead of the answer. With `declare` False the body
    goes chunked, without a Content-Length, so the server must count what it reads.
    """
    host, port = base_url.removeprefix("http://").split(":")
    lines = [f"POST {path} HTTP/1.1", f"Host: {host}:{port}", "Content-Type: application/json", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    lines.append(f"Content-Length: {size}" if declare else "Transfer-Encoding: chunked")
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("ascii")
    sock = socket.create_connection((host, int(port)), timeout=60)

    def write_body() -> None:
        piece = b'{"batch": 1, "base": 0, "entries": [' + b" " * (1 << 20)
        filler = b" " * (1 << 20)
        left = size
        try:
            first = True
            while left > 0:
                chunk = (piece if first else filler)[:left]
                first = False
                sock.sendall(chunk if declare else b"%x\r\n%s\r\n" % (len(chunk), chunk))
                left -= len(chunk)
            if not declare:
                sock.sendall(b"0\r\n\r\n")
        except OSError:
            pass  # the server stopped reading: exactly what a refusal looks like from here

    writer = threading.Thread(target=write_body, daemon=True)
    sock.sendall(head)
    writer.start()
    try:
        response = http.client.HTTPResponse(sock)
        response.begin()
        text = response.read().decode("utf-8", errors="replace")
    finally:
        with suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)  # wakes the writer if it is blocked in a send
        writer.join(STOP_SECONDS)
        sock.close()
    return Answer(response.status, json.loads(text) if text else None, text)


def server_state(store: ServerStore) -> dict[str, Any]:
    """What a refused request must leave as it was: row counts of every table that a push writes, and the top."""
    with store.engine.connect() as conn:
        counts = {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (entry, field_state, record, batch)
        }
        batches = dict(conn.execute(select(device.c.id, device.c.last_batch)).all())
    return {**counts, "top": store.info()["cursor"], "last_batch": batches}
