"""`cardfile --self-check` and the rule that no command, the server's included, prints a traceback."""

from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import Any

import pytest

from cardfile import crashlog
from cardfile.cli import selfcheck
from cardfile.cli.main import main
from cardfile.server import runner
from cardfile.server.storage import ServerStore
from tests.helpers import run_cli


@pytest.mark.slow
def test_self_check_passes_on_a_working_installation_and_touches_nothing_of_the_person(cardfile_home: Path) -> None:
    result = run_cli(["--self-check"], timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    steps = [line.split()[1] for line in result.stdout.splitlines() if line.startswith("ok ")]
    assert steps == [
        "commands",
        "database",
        "write",
        "search",
        "export",
        "import",
        "photos",
        "server",
        "sync",
        "desktop",
        "duplicates",
    ]
    assert "self-check passed" in result.stdout
    assert "Traceback" not in result.stderr
    assert not cardfile_home.exists(), "no data, config or log of the person was written"


def test_a_failing_step_is_named_in_one_line_and_logged(
    cardfile_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken_export(checks: selfcheck.Checks) -> str:
        raise KeyError("vcard writer lost")

    monkeypatch.setattr(selfcheck, "STEPS", [*selfcheck.STEPS[:4], ("export", broken_export), *selfcheck.STEPS[5:]])
    assert main(["--self-check"]) == 1
    out, err = capsys.readouterr()
    assert "ok      search" in out and "FAILED  export" in out and "import" not in out
    assert err.strip().splitlines() == [err.strip()], "one line"
    assert "self-check failed at 'export'" in err and "KeyError" in err and "Traceback" not in err
    log = cardfile_home / "log" / crashlog.LOG_NAME
    assert str(log) in err
    logged = log.read_text(encoding="utf-8")
    assert "while: `cardfile --self-check`: export" in logged and "Traceback" in logged


def test_self_check_takes_no_command() -> None:
    assert main(["--self-check", "search", "x"]) == 2


@pytest.mark.parametrize(
    "argv",
    [
        ["server", "user", "list"],
        ["server", "user", "add", "anna"],
        ["server", "device", "list"],
        ["server", "compact"],
    ],
)
def test_a_bug_in_a_server_command_prints_one_line_and_logs_the_traceback(
    argv: list[str],
    tmp_path: Path,
    cardfile_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def broken(url: str) -> Any:
        raise ZeroDivisionError("server storage bug")

    monkeypatch.setenv("CARDFILE_PASSWORD", "a-long-password")
    monkeypatch.setattr(ServerStore, "open", staticmethod(broken))
    assert main([*argv, "--data", str(tmp_path / "server")]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert err.startswith("cardfile: internal error (ZeroDivisionError: server storage bug)")
    logged = (cardfile_home / "log" / crashlog.LOG_NAME).read_text(encoding="utf-8")
    assert f"`cardfile {argv[0]} {argv[1]}`" in logged and "Traceback" in logged


def test_a_bug_starting_serve_prints_one_line(
    tmp_path: Path, cardfile_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken_uvicorn(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("event loop policy bug")

    monkeypatch.setattr("uvicorn.run", broken_uvicorn)
    try:
        assert main(["serve", "--data", str(tmp_path / "server"), "--port", "0"]) == 1
    finally:
        runner.log_to(io.StringIO())  # leave no handler on the real stderr behind
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1].startswith("cardfile: internal error (RuntimeError: event loop policy bug)")


def test_a_failed_request_in_serve_is_one_log_line_with_the_details_in_the_log(cardfile_home: Path) -> None:
    """Regression: `serve` printed the whole traceback of a failed request on its standard error."""
    out = io.StringIO()
    runner.log_to(out)
    try:
        try:
            raise ValueError("push with a broken entry")
        except ValueError:
            logging.getLogger("cardfile.server.requests").exception("request failed: %s %s", "POST", "/v1/push")
    finally:
        logging.getLogger().handlers = [h for h in logging.getLogger().handlers if not isinstance(h, runner.OneLineLog)]
    lines = out.getvalue().splitlines()
    assert len(lines) == 1 and "Traceback" not in out.getvalue()
    assert lines[0].startswith("request failed: POST /v1/push: internal error (ValueError: push with a broken entry)")
    logged = (cardfile_home / "log" / crashlog.LOG_NAME).read_text(encoding="utf-8")
    assert "`cardfile serve`: request failed: POST /v1/push" in logged and "Traceback" in logged
