"""One window per database: a second `cardfile` on the same file brings the first one forward and exits.

The first instance listens on a local socket (a Unix domain socket, a named pipe on Windows) whose name is a hash
of the user and the database's resolved path; a later instance connects, sends "activate", waits for "ok" and
leaves. A name left behind by a crashed instance is noticed (nobody answers) and taken over.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate\n"
ACKNOWLEDGED = b"ok\n"
CONNECT_TIMEOUT_MS = 1000
ANSWER_TIMEOUT_MS = 3000


def server_name(database: Path) -> str:
    """The socket name for a database: the same for every spelling of its path, different per user."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        user = ""
    resolved = str(Path(database).expanduser().resolve())
    digest = hashlib.sha256(f"{user}\0{resolved}".encode()).hexdigest()[:24]
    return f"cardfile-{digest}"


def ask_running_instance(database: Path, timeout_ms: int = ANSWER_TIMEOUT_MS) -> bool:
    """Ask the instance that has `database` open to come forward; True when it answered that it did."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(database))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    try:
        socket.write(ACTIVATE)
        socket.flush()  # usually all written now; waitForBytesWritten() is False when nothing is left to write
        if socket.bytesToWrite() and not socket.waitForBytesWritten(timeout_ms):
            return False
        answer = b""
        while not answer.endswith(b"\n") and socket.waitForReadyRead(timeout_ms):
            answer += bytes(socket.readAll().data())
        return answer == ACKNOWLEDGED
    finally:
        socket.disconnectFromServer()


class InstanceServer(QObject):
    """Listens for later instances started on the database this one has open; emits `activation_requested`."""

    activation_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server: QLocalServer | None = None
        self.database: Path | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self, database: Path) -> bool:
        """Answer for `database` from now on (and no longer for the one before); False if another instance does."""
        self.stop()
        name = server_name(database)
        if ask_running_instance_alive(name):  # Qt would take the name over from a live server: ask first
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            QLocalServer.removeServer(name)  # left behind by an instance that crashed
            if not server.listen(name):
                return False
        server.newConnection.connect(self._on_new_connection)
        self._server, self.database = server, Path(database)
        return True

    def stop(self) -> None:
        self._buffers.clear()
        if self._server is not None:
            # Closed, not deleted: its sockets are its children, and deleting them here while Qt may still hold
            # events for them crashes; the few bytes go when this object does.
            self._server.close()
            self._server = None
            self.database = None

    @property
    def name(self) -> str | None:
        return self._server.serverName() if self._server is not None else None

    def _on_new_connection(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        self._buffers[socket] = data
        if data.endswith(b"\n"):
            if data == ACTIVATE:
                socket.write(ACKNOWLEDGED)  # answered first: the window may take a moment to come forward
                socket.flush()
                self.activation_requested.emit()
            else:
                socket.disconnectFromServer()  # the asking side closes after reading the answer
        elif len(data) > 64:  # not one of ours
            socket.abort()

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)


def ask_running_instance_alive(name: str) -> bool:
    """Whether something answers on the socket `name` (a live instance, not a stale file)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    alive = socket.waitForConnected(CONNECT_TIMEOUT_MS)
    socket.abort()
    return alive
