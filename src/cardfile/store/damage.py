"""Opening a database file without writing to it, and the damage verdict `db check` keeps beside a database.

A database `db check` found damaged is not written to again until it is restored from a backup or repaired
(`db repair`): every write on a damaged file risks spreading the damage, and its daily backup would push the good
copies of earlier days out of the week. The verdict is a small file next to the database (`cardfile.db.damaged`),
never a write into the damaged file itself; `db check` finding no problems, a restore and a repair remove it.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cardfile import paths

VERDICT_SUFFIX = ".damaged"


def read_only_uri(path: Path) -> str:
    """An SQLite URI that opens `path` for reading only, in a read-only folder too.

    A database in WAL mode needs its -shm file to be read. Where the folder is writable SQLite makes one; where it
    is not and there is none, no program can be writing to the database (a writer would have made it), so it is
    opened as immutable: read as it is, without the shared memory.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if os.access(path.parent, os.W_OK) or Path(f"{path}-shm").exists():
        return uri
    return uri + "&immutable=1"


@dataclass(frozen=True, slots=True)
class Verdict:
    """What `db check` found, and when."""

    checked_at: str  # ISO 8601, UTC
    problems: list[str]

    @property
    def first_problem(self) -> str:
        more = len(self.problems) - 1
        first = self.problems[0] if self.problems else "see cardfile db check"
        return first + (f", and {more} more" if more > 0 else "")


def verdict_path(database: Path) -> Path:
    return database.with_name(database.name + VERDICT_SUFFIX)


def read_verdict(database: Path) -> Verdict | None:
    """The verdict kept beside `database`, if any; a verdict file that cannot be read still counts as one."""
    where = verdict_path(database)
    if not where.exists():
        return None
    try:
        data = json.loads(where.read_text(encoding="utf-8"))
        return Verdict(str(data["checked_at"]), [str(p) for p in data["problems"]])
    except (OSError, ValueError, KeyError, TypeError):
        return Verdict("an unknown time", [f"{where} says so"])


def record_verdict(database: Path, problems: list[str], when: datetime | None = None) -> bool:
    """Keep the verdict beside the database; False when it cannot be written (a read-only folder, where no
    Cardfile can write to the database either)."""
    stamp = (when or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
    try:
        target = paths.private_file(verdict_path(database))
        target.write_text(json.dumps({"checked_at": stamp, "problems": problems}, indent=2), encoding="utf-8")
    except OSError:
        return False
    return True


def clear_verdict(database: Path) -> None:
    with contextlib.suppress(OSError):
        verdict_path(database).unlink(missing_ok=True)
