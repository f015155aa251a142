"""Reading a database file through the standard library's sqlite3 alone: the checks every open makes first
(`inspect_file`), and a read-only snapshot for a short command (`cardfile search`) that would otherwise spend most
of its time loading SQLAlchemy (see services/search.py, `SearchReader`)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from cardfile.domain.errors import (
    CardfileError,
    DatabaseCorrupt,
    DatabaseDamaged,
    DatabaseLocked,
    DatabaseNewer,
    DatabaseReadOnly,
    DatabaseUnreadable,
    DiskFull,
    NotACardfileDatabase,
)
from cardfile.store import schema
from cardfile.store.damage import read_only_uri, read_verdict

BUSY_TIMEOUT_MS = 5000
_SQLITE_HEADER = b"SQLite format 3\x00"
_WAL_VERSION = 2  # the header's read and write versions (bytes 18 and 19) in WAL mode


class Reads(Protocol):
    """What the search's reads need of a connection: SQLAlchemy's Connection has it, and so has `Snapshot`."""

    def exec_driver_sql(self, statement: str, parameters: Any = ...) -> Any: ...


def translate_error(exc: BaseException, path: Path) -> CardfileError | None:
    """The typed error for an SQLite failure of the environment, or None for anything else (a bug)."""
    orig = getattr(exc, "orig", exc)
    if not isinstance(orig, sqlite3.Error):
        return None
    text = str(orig).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLocked(path=str(path))
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull(path=str(path))
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DatabaseCorrupt(path=str(path), detail=str(orig), reason="damaged")
    if "readonly" in text or "read-only" in text:
        return DatabaseUnreadable(path=str(path), detail=str(orig), reason="read_only")
    if "unable to open" in text:
        return DatabaseUnreadable(path=str(path), detail=str(orig), reason="cannot_open")
    if "disk i/o" in text:
        return DatabaseUnreadable(path=str(path), detail=str(orig), reason="io_error")
    return None


@contextmanager
def translated(path: Path) -> Iterator[None]:
    """sqlite3's failures of the environment as typed errors (a locked, full, damaged or unreadable file)."""
    try:
        yield
    except sqlite3.Error as exc:
        typed = translate_error(exc, path)
        if typed is None:
            raise
        raise typed from exc


def inspect_file(path: Path) -> str | None:
    """The schema revision of an existing database file, read without changing it.

    Returns None for a file that does not exist or is empty (a new database). Raises a typed error for a file
    that is damaged, belongs to another program, is locked, or was written by a newer Cardfile.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseUnreadable(path=str(path), detail=exc.strerror or str(exc), errno=exc.errno) from exc
    if header != _SQLITE_HEADER:
        raise DatabaseCorrupt(path=str(path), detail="not an SQLite database file", reason="not_sqlite")
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise DatabaseUnreadable(path=str(path), detail=str(exc), reason="cannot_open") from exc
    try:
        with translated(path):
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if app_id not in (0, schema.APPLICATION_ID) or "alembic_version" not in tables:
                if not tables:
                    return None
                raise NotACardfileDatabase(path=str(path))
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    revision = row[0] if row else None
    if revision is not None and revision not in schema.REVISIONS:
        raise DatabaseNewer(path=str(path), found=revision, supported=schema.HEAD)
    return revision


def damage_found(path: Path) -> DatabaseDamaged | None:
    verdict = read_verdict(path)
    if verdict is None:
        return None
    return DatabaseDamaged(path=str(path), checked_at=verdict.checked_at, problem=verdict.first_problem)


def refusal_of(path: Path, ignore_damage: bool) -> CardfileError | None:
    """Why the existing database at `path` must not be changed here, or None when it may be."""
    damaged = None if ignore_damage else damage_found(path)
    if damaged is not None:
        return damaged
    if not os.access(path, os.W_OK):
        return DatabaseReadOnly(path=str(path), detail="the file is read-only for this user", reason="file_read_only")
    if not os.access(path.parent, os.W_OK):  # SQLite writes the -wal and -shm files beside it
        return DatabaseReadOnly(
            path=str(path), detail="its folder is read-only for this user", reason="folder_read_only"
        )
    return None


def in_wal_mode(path: Path) -> bool:
    """Whether the file is in WAL mode, from its header: a database that is not (a restored backup) gets WAL from
    the next full open, which writes to it."""
    try:
        with path.open("rb") as handle:
            header = handle.read(20)
    except OSError:
        return False
    return len(header) == 20 and header[18] == _WAL_VERSION and header[19] == _WAL_VERSION


class Rows:
    """A statement's rows, read the way the search reads SQLAlchemy's results (`all`, `first`, `scalar`, …)."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    def __iter__(self) -> Iterator[Any]:
        return iter(self._cursor)

    def all(self) -> list[Any]:
        return self._cursor.fetchall()

    def first(self) -> Any:
        return self._cursor.fetchone()

    def scalar(self) -> Any:
        row = self._cursor.fetchone()
        return row[0] if row is not None else None

    def scalar_one(self) -> Any:
        rows = self._cursor.fetchall()
        if len(rows) != 1:
            raise ValueError(f"expected one row, got {len(rows)}")
        return rows[0][0]

    def keys(self) -> list[str]:
        return [column[0] for column in self._cursor.description or ()]


class Snapshot:
    """One read transaction on a sqlite3 connection, answering `exec_driver_sql` as SQLAlchemy's Connection does:
    the search's queries run on it unchanged, whether SQLAlchemy opened the connection or this module did."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def exec_driver_sql(self, statement: str, parameters: Any = None) -> Rows:
        return Rows(self.conn.execute(statement, parameters if parameters is not None else ()))

    def close(self) -> None:
        """Ends the snapshot and closes the connection (only for a snapshot `open_snapshot` made)."""
        self.conn.close()


def open_snapshot(path: Path) -> Snapshot | None:
    """A read-only snapshot of the current-schema database at `path`, or None when the full open must run instead:
    a new or empty file, one that needs a migration, one not in WAL mode yet, one that may not be changed here
    (damaged, read-only: the full open opens it for reading and says why).

    A file that is damaged, another program's, written by a newer Cardfile or unreadable raises the typed error the
    full open raises (`inspect_file` is its first step too). The connection can never write.
    """
    revision = inspect_file(path)
    if revision != schema.HEAD or not in_wal_mode(path) or refusal_of(path, ignore_damage=False) is not None:
        return None
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise DatabaseUnreadable(path=str(path), detail=str(exc), reason="cannot_open") from exc
    try:
        conn.isolation_level = None
        with translated(path):
            conn.execute("BEGIN")
            # Read again inside the snapshot: a migration may have run since inspect_file looked.
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except BaseException:
        conn.close()
        raise
    if row is None or row[0] != schema.HEAD:
        conn.close()
        return None
    return Snapshot(conn)
