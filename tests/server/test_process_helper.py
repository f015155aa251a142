"""run_process: a real process on loopback is waited for, reported when it dies, and never outlives its test."""

from __future__ import annotations

import sys
import urllib.request
from pathlib import Path

import psutil
import pytest

from tests.server.process import ProcessFailed, free_port, run_process

IGNORES_SIGTERM = """
import signal, sys
from http.server import HTTPServer, SimpleHTTPRequestHandler
signal.signal(signal.SIGTERM, signal.SIG_IGN)
HTTPServer(("127.0.0.1", int(sys.argv[1])), SimpleHTTPRequestHandler).serve_forever()
"""


def http_server(port: int, directory: Path) -> list[str]:
    return [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(directory)]


def test_free_port_can_be_bound():
    import socket

    port = free_port()
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", port))
    assert 1024 <= port <= 65535


def test_process_is_ready_when_its_url_answers_and_is_stopped_afterwards(tmp_path: Path):
    (tmp_path / "health").write_text("ok")
    port = free_port()
    url = f"http://127.0.0.1:{port}/health"
    log = tmp_path / "server.log"

    with run_process(http_server(port, tmp_path), None, url, timeout=20, output=log) as process:
        with urllib.request.urlopen(url, timeout=5) as response:
            assert response.read() == b"ok"
        assert process.poll() is None

    assert process.returncode is not None
    assert "GET /health" in log.read_text()


def test_process_that_dies_before_answering_fails_with_its_output():
    argv = [sys.executable, "-c", "import sys; print('cannot open the server database', file=sys.stderr); sys.exit(3)"]
    with pytest.raises(ProcessFailed, match=r"(?s)exited with code 3.*cannot open the server database"):
        with run_process(argv, None, f"http://127.0.0.1:{free_port()}/health", timeout=20):
            pytest.fail("run_process yielded a process that had died")


def test_process_that_never_answers_fails_after_the_timeout(tmp_path: Path):
    port = free_port()
    with pytest.raises(ProcessFailed, match="did not answer 200"):
        # Listens, but the URL is a 404: never ready.
        with run_process(http_server(port, tmp_path), None, f"http://127.0.0.1:{port}/missing", timeout=1):
            pytest.fail("run_process yielded a process that never answered 200")


def test_process_that_ignores_sigterm_is_killed_with_its_children(tmp_path: Path):
    port = free_port()
    # A shell whose child serves: stopping must reach the whole process group, not only the shell.
    argv = ["/bin/sh", "-c", f"\"{sys.executable}\" -c '{IGNORES_SIGTERM}' {port} & wait"]
    with run_process(argv, None, f"http://127.0.0.1:{port}/", timeout=20, stop_grace=0.5) as process:
        family = [psutil.Process(process.pid), *psutil.Process(process.pid).children(recursive=True)]
        assert len(family) >= 2

    gone, alive = psutil.wait_procs(family, timeout=10)
    assert alive == []
    assert len(gone) == len(family)
