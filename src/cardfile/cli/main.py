"""Running `cardfile`: parse, open the database, run one command, and turn every failure into an exit status.

0 success, 1 failure with a one-line message on stderr, 2 usage error. Typed errors (bad input, a locked,
damaged or newer database) print their message; anything else is a bug: a short line on stderr, the traceback
in the log file, never a raw traceback on the terminal.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TextIO, cast

from cardfile import crashlog, paths
from cardfile.cli import output
from cardfile.cli.parser import build_parser, split_desktop_arguments
from cardfile.domain.errors import CardfileError

DAILY_WORKER_WORD = "__daily-backup"  # as cardfile.store.backup names it; that module is not imported to start

# What `cardfile --version` and `cardfile --help` import is kept small (they answer in a few hundredths of a
# second): the services, the command modules and SQLAlchemy are imported only when a command runs.


def main(argv: list[str] | None = None) -> int:
    # The importer parses big files in a spawned process; in a frozen executable (PyInstaller) that process starts
    # as this program again, and freeze_support() turns it into the worker instead of a second `cardfile`.
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
    arguments = sys.argv[1:] if argv is None else list(argv)
    if arguments[:1] == [DAILY_WORKER_WORD]:  # the day's backup, started by a command that did not wait for it
        from cardfile.store.backup import run_daily_worker

        try:
            return run_daily_worker(arguments[1:])
        except ValueError as exc:  # typed by hand: one line, never a traceback
            print(f"cardfile: {exc}", file=sys.stderr)
            return 2
    output.ensure_unicode_streams()
    command: list[str] = []
    try:
        status = _run(arguments, command)
        sys.stdout.flush()
        return status
    except SystemExit as exc:  # argparse: --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    except argparse.ArgumentTypeError as exc:  # a value checked after parsing (an address with too many parts)
        print(f"cardfile: error: {exc}", file=sys.stderr)
        return 2
    except CardfileError as exc:
        print(f"cardfile: {output.terminal_safe(exc.message)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("cardfile: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `cardfile contact list | head`: the reader has all it wanted
        _silence_stdout()
        return 0
    except OSError as exc:  # the environment (a missing folder, no permission), not a bug
        where = f": {exc.filename}" if exc.filename else ""
        print(output.terminal_safe(f"cardfile: {exc.strerror or exc}{where}"), file=sys.stderr)
        return 1
    except Exception as exc:
        return report_internal_error(exc, command)


def _run(argv: list[str], command: list[str]) -> int:
    parser = build_parser(argv)
    desktop = split_desktop_arguments(argv)
    if desktop is not None:
        ours, qt_arguments = desktop
        options = parser.parse_args(ours)
        return _run_desktop(qt_arguments, paths.resolve_database(options.db))
    args = parser.parse_args(argv)
    if args.self_check:
        if args.command is not None:
            parser.error("--self-check runs alone, without a command")
        from cardfile.cli import selfcheck

        return selfcheck.run()
    if args.command is None:  # `cardfile --json` and nothing else
        parser.error("--json needs a command to print (cardfile --help lists them)")
    command.extend(_command_words(args))
    from cardfile.cli.common import Context

    ctx = Context(database=paths.resolve_database(args.db), json=getattr(args, "json", False) or args.json_first)
    if not ctx.json:  # text for people: names from files and other devices must not steer the terminal
        ctx.out = cast(TextIO, output.TerminalText(sys.stdout))
    if args.database_mode == "path":
        return args.handler(ctx, args) or 0
    quick = getattr(args, "quick", None)  # a reader that needs no services, where the database allows (search)
    if quick is not None and (status := quick(ctx, args)) is not None:
        return int(status)

    from cardfile.services import open_database

    existing_only = args.database_mode == "check"
    with open_database(
        ctx.database, create=not existing_only, auto_backup=not existing_only, detached_backup=True
    ) as services:
        ctx.opened = services
        status = args.handler(ctx, args) or 0
        sys.stdout.flush()  # the output is all there before the day's backup is started, on leaving this block
    made = services.daily_backup
    if made is not None and made.warning is not None:
        print(f"cardfile: {output.terminal_safe(made.warning.message)}", file=sys.stderr)
    return status


def _run_desktop(qt_arguments: list[str], database: Path) -> int:
    """The desktop app, imported only here so that headless commands never load Qt."""
    try:
        from cardfile import app
    except ImportError as exc:
        if (exc.name or "").split(".")[0] not in ("PySide6", "shiboken6") and exc.name != "cardfile.app":
            raise
        print(
            f"cardfile: the desktop app cannot start here ({exc}); the commands work: cardfile --help",
            file=sys.stderr,
        )
        return 1
    return int(app.run(qt_arguments, db_path=database) or 0)


def _command_words(args: argparse.Namespace) -> list[str]:
    words = [args.command] if args.command else []
    sub = getattr(args, f"{args.command}_command", None) if args.command else None
    return [*words, sub] if sub else words


def report_internal_error(exc: BaseException, command: list[str]) -> int:
    """A bug: one short line for the person, the traceback for whoever fixes it.

    Only the command words go to the log, not the values typed: names and emails stay out of log files.
    """
    what = "`" + " ".join(["cardfile", *command]) + "`"
    log = crashlog.log_path()
    try:
        crashlog.write_entry(crashlog.details(exc, what))
        where = f"the details are in {log}"
    except OSError as log_error:
        where = f"the details could not be written to {log} ({log_error.strerror or log_error})"
    summary = output.truncate(output.terminal_safe(output.one_line(crashlog.describe(exc))), 200)
    print(f"cardfile: internal error ({summary}); {where}. Please report it.", file=sys.stderr)
    return 1


def _silence_stdout() -> None:
    """Point stdout at the null device so the interpreter's final flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
