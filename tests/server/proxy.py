"""A TCP proxy on loopback for fault tests: forwards bytes both ways and, at a chosen byte of a chosen HTTP message,
cuts the connection there, after running an action if asked (such as killing the server or the client process), or
holds it there, open and silent, as a server hung in the middle of its work. And a server that never answers at all.

It understands just enough HTTP/1.1 to tell messages apart on a kept-alive connection (a head ending in a blank
line, then `Content-Length` bytes of body), so a test can say "the third pull response, after 5,000 bytes" or
"the second push request, once all of it has been forwarded" — the points where a network drop or a crash does the
most harm — and know that the fault happened exactly there.
"""

from __future__ import annotations

import socket
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Literal

CHUNK = 64 * 1024
Side = Literal["request", "response"]


@dataclass
class Fault:
    """Where to strike: the `nth` request to `path` (counted by this proxy, 1-based), on its way in or its answer
    on the way out, after `after_bytes` bytes of that message (head included; None: once all of it is through).

    There the proxy runs `action`, if any (say, kill the server), and cuts the connection, as a network that drops
    would: nothing after that byte reaches the other side. With `hold`, it keeps the connection open instead and
    forwards nothing more of that message: the other side waits for bytes that never come.
    """

    path: str
    nth: int = 1
    side: Side = "response"
    after_bytes: int | None = None
    action: Callable[[], None] | None = None
    hold: bool = False
    fired: threading.Event = field(default_factory=threading.Event)


@dataclass
class _Message:
    """One HTTP message crossing the proxy, as far as it has been seen."""

    path: str | None  # the request path (without query), known once a request's head is read
    index: int = 0  # which request to `path` this is (its response carries the same number)
    head: bytearray = field(default_factory=bytearray)
    head_length: int | None = None  # set once the head is complete
    body_length: int = 0
    forwarded: int = 0

    @property
    def length(self) -> int | None:
        return None if self.head_length is None else self.head_length + self.body_length

    @property
    def complete(self) -> bool:
        return self.length is not None and self.forwarded >= self.length


@dataclass
class _Connection:
    client: socket.socket
    upstream: socket.socket
    in_flight: deque[tuple[str, int]] = field(default_factory=deque)  # requests whose response is still to come
    closed: bool = False
    held: bool = False  # a fault holds it: open and silent until the proxy closes

    def close(self) -> None:
        self.closed = True
        for sock in (self.client, self.upstream):
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()


class _Listener:
    """Takes connections on a free loopback port, on a thread of its own; a subclass says what to do with each."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self._listener = socket.create_server((host, 0))
        self.port = int(self._listener.getsockname()[1])
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._accepting = threading.Thread(target=self._accept, name=type(self).__name__, daemon=True)
        self._accepting.start()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def close(self) -> None:
        with suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        self._accepting.join()
        self._close_connections()
        for thread in self._threads:
            thread.join()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return  # closed
            self._on_connection(client)

    def _in_thread(self, target: Callable[..., None], *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _on_connection(self, client: socket.socket) -> None:
        raise NotImplementedError

    def _close_connections(self) -> None:
        raise NotImplementedError


class FaultProxy(_Listener):
    """Listens on a free loopback port and forwards every connection to `upstream_port`."""

    def __init__(self, upstream_port: int, host: str = "127.0.0.1") -> None:
        self.upstream_port = upstream_port
        self.requests: Counter[str] = Counter()  # requests seen, by path
        self._fault: Fault | None = None
        self._connections: list[_Connection] = []
        super().__init__(host)

    def arm(self, fault: Fault | None) -> None:
        """Strike once as `fault` says (`fault.fired` tells when it has); None: forward everything faithfully."""
        with self._lock:
            self._fault = fault

    def _close_connections(self) -> None:
        with self._lock:
            connections = list(self._connections)
        for conn in connections:
            conn.close()

    def _on_connection(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection((self.host, self.upstream_port))
        except OSError:
            client.close()  # nobody behind the proxy: the client sees the connection close, as with a dead server
            return
        for sock in (client, upstream):  # forward small pieces at once, not after the peer's delayed ACK
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        conn = _Connection(client, upstream)
        with self._lock:
            self._connections.append(conn)
        for side in ("request", "response"):
            self._in_thread(self._pump, conn, side)

    # ----- forwarding -----

    def _pump(self, conn: _Connection, side: Side) -> None:
        source, sink = (conn.client, conn.upstream) if side == "request" else (conn.upstream, conn.client)
        message: _Message | None = None
        try:
            while not conn.closed:
                data = source.recv(CHUNK)
                if not data:
                    break
                while data:
                    if message is None:
                        message = self._start(conn, side)
                    piece, data = self._take(conn, message, side, data)
                    if not self._forward(conn, message, side, piece, sink):
                        return  # cut
                    if message.complete:
                        message = None
        except OSError:
            pass  # the other side went away, or the connection was cut
        finally:
            if not conn.held:
                conn.close()

    def _start(self, conn: _Connection, side: Side) -> _Message:
        if side == "response" and conn.in_flight:
            path, index = conn.in_flight.popleft()
            return _Message(path, index)
        return _Message(None)

    def _take(self, conn: _Connection, message: _Message, side: Side, data: bytes) -> tuple[bytes, bytes]:
        """The part of `data` that belongs to `message`, and the rest; reads the head once it is complete."""
        if message.head_length is None:
            seen = len(message.head)
            end = (bytes(message.head[-3:]) + data).find(b"\r\n\r\n")
            if end < 0:
                message.head += data
                return data, b""
            used = end + 4 - min(seen, 3)  # bytes of `data` up to the end of the head
            message.head += data[:used]
            self._read_head(conn, message, side)
            body = min(message.body_length, len(data) - used)
            return data[: used + body], data[used + body :]
        left = (message.length or 0) - message.forwarded
        return data[:left], data[left:]

    def _read_head(self, conn: _Connection, message: _Message, side: Side) -> None:
        lines = bytes(message.head).decode("latin-1").split("\r\n")
        message.head_length = len(message.head)
        for line in lines[1:]:
            name, _, value = line.partition(":")
            if name.strip().lower() == "content-length":
                message.body_length = int(value.strip())
        if side == "request":
            path = lines[0].split(" ")[1].split("?")[0]
            with self._lock:
                self.requests[path] += 1
                message.path, message.index = path, self.requests[path]
            conn.in_flight.append((path, message.index))

    def _forward(self, conn: _Connection, message: _Message, side: Side, piece: bytes, sink: socket.socket) -> bool:
        """Send `piece` on, or the part of it before the armed fault strikes; False once the connection is cut."""
        fault = self._due(message, side, len(piece))
        if fault is None:
            sink.sendall(piece)
            message.forwarded += len(piece)
            return True
        threshold = fault.after_bytes if fault.after_bytes is not None else (message.length or 0)
        before = max(0, threshold - message.forwarded)
        sink.sendall(piece[:before])
        message.forwarded += before
        if fault.hold:
            conn.held = True
            fault.fired.set()
            return False
        fault.fired.set()  # first: whoever sees the cut may look at once
        if fault.action is not None:
            fault.action()
        conn.close()
        return False

    def _due(self, message: _Message, side: Side, size: int) -> Fault | None:
        """The armed fault, if it strikes within the next `size` bytes of `message` (it strikes once)."""
        with self._lock:
            fault = self._fault
            if fault is None or fault.side != side or message.path != fault.path or message.index != fault.nth:
                return None
            threshold = fault.after_bytes if fault.after_bytes is not None else message.length
            if threshold is None or threshold > message.forwarded + size:
                return None
            self._fault = None
            return fault


@contextmanager
def fault_proxy(upstream_port: int) -> Iterator[FaultProxy]:
    proxy = FaultProxy(upstream_port)
    try:
        yield proxy
    finally:
        proxy.close()


class SilentServer(_Listener):
    """Listens on a free loopback port, takes every connection and reads whatever is sent, and never answers: a
    server that hung, or one behind a network that lets requests through and loses every answer."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.request_seen = threading.Event()  # set once the first bytes of a request came in
        self._clients: list[socket.socket] = []
        super().__init__(host)

    def _on_connection(self, client: socket.socket) -> None:
        with self._lock:
            self._clients.append(client)
        self._in_thread(self._swallow, client)

    def _close_connections(self) -> None:
        with self._lock:
            clients = list(self._clients)
        for client in clients:
            with suppress(OSError):
                client.shutdown(socket.SHUT_RDWR)
            client.close()

    def _swallow(self, client: socket.socket) -> None:
        try:
            while client.recv(CHUNK):
                self.request_seen.set()
        except OSError:
            pass  # the client went away, or the server closed


@contextmanager
def silent_server() -> Iterator[SilentServer]:
    server = SilentServer()
    try:
        yield server
    finally:
        server.close()
