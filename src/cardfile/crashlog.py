"""The log of unexpected errors (bugs): one entry per error, with what the person was doing and the traceback.

The command line and the desktop app write to the same file, `cardfile.log` in the platform log directory
(paths.log_dir()). Only the words of a command or the name of an action go in, never values typed: names and
email addresses stay out of log files. The file is rotated once (cardfile.log.1) when it grows past a megabyte.
"""

from __future__ import annotations

import os
import platform
import sys
import traceback
from datetime import datetime
from pathlib import Path

from cardfile import __version__, paths

LOG_NAME = "cardfile.log"
LOG_LIMIT = 1_000_000  # bytes


def log_path() -> Path:
    return paths.log_dir() / LOG_NAME


def describe(error: BaseException) -> str:
    """`KeyError: 'x'`: the error's type and message on one line, for the person and the dialog's title line."""
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def details(error: BaseException, action: str, *, when: datetime | None = None) -> str:
    """What a bug report needs: when, which Cardfile on what system, what the person was doing, the traceback."""
    stamp = (when or datetime.now().astimezone()).isoformat(timespec="seconds")
    system = f"{platform.system()} {platform.release()}; Python {platform.python_version()}"
    frozen = " (bundle)" if getattr(sys, "frozen", False) else ""
    lines = [
        f"--- {stamp} cardfile {__version__}{frozen} on {system}",
        f"while: {action}",
        "".join(traceback.format_exception(error)).rstrip("\n"),
    ]
    return "\n".join(lines) + "\n"


def write_entry(text: str, log: Path | None = None) -> Path:
    """Append an entry made by `details()` to the log (default: log_path()); returns the log's path.

    Raises OSError if it cannot."""
    log = log or log_path()
    paths.private_folder(log.parent)  # tracebacks hold bits of people's data: for the owner's eyes only
    if log.exists() and log.stat().st_size > LOG_LIMIT:
        os.replace(log, log.with_name(LOG_NAME + ".1"))
    with paths.private_file(log).open("a", encoding="utf-8", errors="replace") as handle:
        handle.write(text)
    return log
