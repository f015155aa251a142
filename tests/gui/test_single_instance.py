"""One window per database: a second `cardfile` on the same file brings the first forward and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from cardfile.ui.single_instance import ACKNOWLEDGED, ACTIVATE, InstanceServer, ask_running_instance, server_name
from tests.helpers import ROOT

pytestmark = pytest.mark.gui


def test_the_name_is_the_same_for_every_spelling_of_a_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    database = tmp_path / "sales.db"
    monkeypatch.chdir(tmp_path)
    assert server_name(database) == server_name(Path("sales.db")) == server_name(tmp_path / "x" / ".." / "sales.db")
    assert server_name(database) != server_name(tmp_path / "other.db")


def test_a_later_instance_asks_the_first_to_come_forward(qtbot: QtBot, tmp_path: Path) -> None:
    database = tmp_path / "sales.db"
    first = InstanceServer()
    assert first.listen(database)
    asking = QLocalSocket()
    asking.connectToServer(server_name(database))
    assert asking.waitForConnected(2000)
    with qtbot.waitSignal(first.activation_requested, timeout=5000), qtbot.waitSignal(asking.readyRead, timeout=5000):
        asking.write(ACTIVATE)
    assert bytes(asking.readAll().data()) == ACKNOWLEDGED
    asking.disconnectFromServer()

    second = InstanceServer()
    assert not second.listen(database)  # someone answers there already
    assert ask_running_instance(tmp_path / "other.db") is False  # nobody has that one open
    first.stop()
    assert second.listen(database)  # free again
    second.stop()


def test_a_stranger_on_the_socket_is_not_taken_for_an_instance(qtbot: QtBot, tmp_path: Path) -> None:
    database = tmp_path / "sales.db"
    server = InstanceServer()
    assert server.listen(database)
    stranger = QLocalSocket()
    stranger.connectToServer(server_name(database))
    assert stranger.waitForConnected(2000)
    with qtbot.assertNotEmitted(server.activation_requested), qtbot.waitSignal(stranger.disconnected, timeout=5000):
        stranger.write(b"GET / HTTP/1.0\n")
    server.stop()


def wait_for_server(database: Path, process: subprocess.Popen[str], timeout_s: float = 60) -> None:
    """Poll until the instance started in `process` answers on its socket (bounded; fails if it died)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        socket = QLocalSocket()
        socket.connectToServer(server_name(database))
        if socket.waitForConnected(200):
            socket.abort()
            return
        try:
            process.wait(timeout=0.1)  # the pause between two polls, and a check that it is still alive
        except subprocess.TimeoutExpired:
            continue
        raise AssertionError(f"the first instance exited with {process.returncode}: {process.stderr.read()}")
    raise AssertionError(f"the first instance did not listen within {timeout_s} s")


@pytest.mark.slow
def test_a_second_process_on_the_same_database_brings_the_first_forward(tmp_path: Path) -> None:
    database = tmp_path / "sales.db"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CARDFILE_HOME": str(tmp_path / "home")}
    command = [sys.executable, "-m", "cardfile", "--db", str(database)]
    first = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8"
    )
    try:
        wait_for_server(database, first)
        second = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        assert "already open in another Cardfile window" in second.stdout
        assert first.poll() is None  # the first one is still there, brought forward

        other = tmp_path / "other.db"
        third = subprocess.Popen(
            [*command[:-1], str(other)], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        try:
            wait_for_server(other, third)  # another database is a window of its own
            assert third.poll() is None
        finally:
            third.terminate()
            third.wait(30)
    finally:
        first.terminate()
        first.wait(30)
