"""Run a real process on loopback for a test: start it, wait until its URL answers, and always stop it afterwards.

Used to run `python -m cardfile serve ...` for real, so fault tests can kill a server mid-push. The process gets its
own process group, so stopping it also stops anything it started; its output goes to a file, never to a pipe
nobody reads (a chatty server would block once the pipe is full).
"""

from __future__ import annotations

import os
import signal
import socket
import ssl
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path

POLL_INTERVAL = 0.05  # seconds between two readiness checks
OUTPUT_TAIL_CHARS = 4000


class ProcessFailed(RuntimeError):
    """The process died or never answered before the timeout; the message carries the end of its output."""


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now (the OS picks it; another process could still take it later)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def _output_tail(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        return f"(no output file {path}: {error.strerror})"
    text = text.strip()
    if not text:
        return "(no output)"
    return text if len(text) <= OUTPUT_TAIL_CHARS else "…" + text[-OUTPUT_TAIL_CHARS:]


def _answers_ok(url: str, context: ssl.SSLContext | None) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2, context=context) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return False  # not listening yet, or answering with an error status: ask again


def _wait_until_ready(
    process: subprocess.Popen[bytes],
    ready_url: str,
    timeout: float,
    output: Path,
    context: ssl.SSLContext | None,
) -> None:
    deadline = time.monotonic() + timeout
    while not _answers_ok(ready_url, context):
        if process.poll() is not None:
            raise ProcessFailed(
                f"{process.args!r} exited with code {process.returncode} before {ready_url} answered; "
                f"its output:\n{_output_tail(output)}"
            )
        if time.monotonic() >= deadline:
            raise ProcessFailed(
                f"{process.args!r} did not answer 200 at {ready_url} within {timeout:g} s; "
                f"its output:\n{_output_tail(output)}"
            )
        # Waiting on the process, not sleeping: a process that dies ends the pause at once.
        with suppress(subprocess.TimeoutExpired):
            process.wait(POLL_INTERVAL)


def stop_process(process: subprocess.Popen[bytes], grace: float = 5.0) -> None:
    """SIGTERM the process group, wait up to `grace` seconds, then SIGKILL it; reap the process either way."""
    for sig, wait_for in ((signal.SIGTERM, grace), (signal.SIGKILL, 30.0)):
        with suppress(ProcessLookupError):  # group already empty
            os.killpg(process.pid, sig)
        try:
            process.wait(wait_for)
            break
        except subprocess.TimeoutExpired:
            continue
    # Whatever the leader did, nothing of its group may outlive the test.
    with suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)


@contextmanager
def run_process(
    argv: Sequence[str | os.PathLike[str]],
    env: Mapping[str, str] | None = None,
    ready_url: str | None = None,
    timeout: float = 30.0,
    *,
    output: Path | None = None,
    ssl_context: ssl.SSLContext | None = None,
    stop_grace: float = 5.0,
) -> Iterator[subprocess.Popen[bytes]]:
    """Start `argv` in its own process group, wait until `ready_url` answers 200, yield it, then stop it.

    `env` is the whole environment of the process (None: ours). Its stdout and stderr go together to `output`
    (default: a temporary file removed afterwards); a test that wants the server's log passes a path. An https
    `ready_url` with a self-signed certificate needs an `ssl_context` that trusts it. Raises ProcessFailed with
    the end of the output when the process dies or does not answer within `timeout` seconds.
    """
    with ExitStack() as cleanup:
        if output is None:
            scratch = Path(cleanup.enter_context(tempfile.TemporaryDirectory(prefix="cardfile-process-")))
            output = scratch / "output.log"
        with output.open("wb") as sink:
            process = subprocess.Popen(
                [os.fspath(arg) for arg in argv],
                env=dict(env) if env is not None else None,
                stdin=subprocess.DEVNULL,
                stdout=sink,
                stderr=subprocess.STDOUT,
                process_group=0,
            )
        try:
            if ready_url is not None:
                _wait_until_ready(process, ready_url, timeout, output, ssl_context)
            yield process
        finally:
            stop_process(process, stop_grace)
