"""Opening a Cardfile database: checks that never modify a file they refuse, migrations, pragmas, transactions."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from cardfile import paths
from cardfile.domain.errors import (
    CardfileError,
    DatabaseDamaged,
    DatabaseReadOnly,
    DatabaseUnreadable,
)
from cardfile.domain.phones import digits
from cardfile.domain.text import fold
from cardfile.store import backup, schema
from cardfile.store.damage import read_only_uri
from cardfile.store.reading import (
    BUSY_TIMEOUT_MS,
    damage_found,
    inspect_file,
    refusal_of,
    translate_error,
)
from cardfile.store.writer import Writer, new_id

log = logging.getLogger("cardfile.store")


class Clock(Protocol):
    """The hybrid logical clock the services hand in (cardfile.sync.hlc.HybridLogicalClock)."""

    @property
    def last(self) -> int: ...

    def now(self) -> int: ...

    def now_many(self, count: int) -> Sequence[int]: ...

    def observe(self, remote: int) -> int: ...


def _utc_now() -> datetime:
    return datetime.now(UTC)


@contextmanager
def _translated(path: Path) -> Iterator[None]:
    try:
        yield
    except (DBAPIError, sqlite3.Error) as exc:
        typed = translate_error(exc, path)
        if typed is None:
            raise
        raise typed from exc


def _sql_fold(value: object) -> str | None:
    return fold(str(value)) if value is not None else None


def _sql_digits(value: object) -> str | None:
    return digits(str(value)) if value is not None else None


def give_back_free_space(path: Path) -> None:
    """Return to the disk the pages an upgrade freed, when they are a tenth of the file or more (0010 rebuilt the
    change log at a third of its size, 0012 the trigram index at a fifth: 12% of a database of 100,000 people):
    SQLite reuses free pages but never shrinks the file by itself. An upgrade is once; the compaction takes about
    as long as copying the file.

    Best effort: a database that cannot be compacted now (a full disk, another program reading it) is intact and
    works as it is. The copy is built in a temporary file rather than in memory (it is the size of the database).
    """
    try:
        conn = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error as exc:
        log.warning("could not open %s to compact it: %s", path, exc)
        return
    try:
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
        if free * 10 < conn.execute("PRAGMA page_count").fetchone()[0]:
            return
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA temp_store = FILE")
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the copy went through the log, which is as large
    except sqlite3.Error as exc:
        log.warning("could not compact %s after its upgrade: %s", path, exc)
    finally:
        conn.close()


def _configure(engine: Engine, *, writable: bool = True) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # Autocommit at the driver level: transactions are begun explicitly below, so a write can take the
        # write lock up front (BEGIN IMMEDIATE) instead of failing half-way when another writer holds it.
        dbapi_conn.isolation_level = None
        dbapi_conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if writable:
            # WAL: readers (the UI) never wait for the writer (an import, a sync). Persistent; a no-op once set.
            dbapi_conn.execute("PRAGMA journal_mode = WAL")
        dbapi_conn.execute("PRAGMA foreign_keys = ON")
        # What is deleted is overwritten with zeros, not left in free pages: an erased person's values must leave
        # the file (DESIGN.md §2). Some SQLite builds (Debian's) have it on already; Windows' and macOS's do not.
        dbapi_conn.execute("PRAGMA secure_delete = ON")
        dbapi_conn.execute("PRAGMA synchronous = NORMAL")
        dbapi_conn.execute("PRAGMA temp_store = MEMORY")
        dbapi_conn.execute("PRAGMA cache_size = -32000")
        # Checkpoint every ~40 MB of log rather than SQLite's 4 MB: a batch of 1,000 imported contacts writes some
        # 6 MB, and the default would copy the log into the file (and fsync) after every batch. The file left
        # behind is cut back to 64 MB at most.
        dbapi_conn.execute("PRAGMA wal_autocheckpoint = 10000")
        dbapi_conn.execute("PRAGMA journal_size_limit = 67108864")
        dbapi_conn.create_function("cf_fold", 1, _sql_fold, deterministic=True)
        dbapi_conn.create_function("cf_digits", 1, _sql_digits, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = "IMMEDIATE" if conn.get_execution_options().get("cardfile_write") else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")


class Store:
    """An open database file: one engine, short write transactions, separate read connections."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        clock: Clock,
        now: Callable[[], datetime],
        *,
        created: bool = False,
        refusal: CardfileError | None = None,
        ignore_damage: bool = False,
    ) -> None:
        self.path = path
        self.created = created  # the file was made (or was empty) when this store opened it
        # Why this database was opened for reading only (a read-only file or folder, damage found), or None.
        self._opened_read_only = refusal
        self._ignore_damage = ignore_damage
        self.engine = engine
        self.clock = clock
        self.now = now
        self.device_id: str = self.get_setting("device_id")
        self.user_id: str = self.get_setting("user_id", "me")

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        clock: Clock,
        now: Callable[[], datetime] = _utc_now,
        create: bool = True,
        ignore_damage: bool = False,
    ) -> Store:
        """Open the database at `path`, for reading only when it may not be changed here: a file or folder this
        process may not write to, or a file `db check` found damaged (unless `ignore_damage`, for `db repair`)."""
        path = Path(path)
        revision = inspect_file(path)
        is_new = revision is None
        if is_new and not create:
            raise DatabaseUnreadable(path=str(path), detail="no such database", reason="missing")
        refusal = None if is_new else refusal_of(path, ignore_damage)
        if refusal is not None:
            return cls._open_read_only(path, revision, refusal, clock, now)
        if is_new:
            try:
                paths.private_folder(path.parent)
                paths.private_file(path)
            except OSError as exc:
                raise DatabaseUnreadable(path=str(path), detail=exc.strerror or str(exc), errno=exc.errno) from exc
        elif revision != schema.HEAD:
            backup.copy_database(path, backup.migration_backup_path(path, revision or "none", schema.HEAD))
        engine = create_engine(f"sqlite:///{path}", poolclass=QueuePool, pool_size=4, max_overflow=8)
        _configure(engine)
        try:
            with _translated(path):
                if revision != schema.HEAD:
                    schema.upgrade(engine)
                    engine.dispose()  # the upgrade's connection must not hold the file while it is compacted
                    give_back_free_space(path)
                with engine.connect() as conn:
                    device = conn.exec_driver_sql("SELECT value FROM setting WHERE key = 'device_id'").first()
                if device is None:
                    with engine.connect().execution_options(cardfile_write=True) as conn, conn.begin():
                        conn.exec_driver_sql(
                            "INSERT OR IGNORE INTO setting (key, value) VALUES ('device_id', ?)",
                            (json.dumps(new_id()),),
                        )
            return cls(path, engine, clock, now, created=is_new, ignore_damage=ignore_damage)
        except BaseException:
            engine.dispose()
            raise

    @classmethod
    def _open_read_only(
        cls, path: Path, revision: str | None, refusal: CardfileError, clock: Clock, now: Callable[[], datetime]
    ) -> Store:
        if revision != schema.HEAD:
            if isinstance(refusal, DatabaseDamaged):
                raise refusal
            raise DatabaseReadOnly(
                path=str(path),
                detail=f"it needs an upgrade to schema {schema.HEAD} first, which writes to it",
                reason="needs_upgrade",
                schema=schema.HEAD,
            )
        uri = read_only_uri(path)
        engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
            poolclass=QueuePool,
            pool_size=4,
            max_overflow=8,
        )
        _configure(engine, writable=False)
        try:
            return cls(path, engine, clock, now, refusal=refusal)
        except BaseException:
            engine.dispose()
            raise

    @property
    def refusal(self) -> CardfileError | None:
        """Why this database may not be changed here now, or None when it may.

        A verdict of damage that `db check` (in this process or another: the app's window was open meanwhile) left
        since the database was opened counts from the next write on, and a repair or restore lifts it again;
        looking for it costs one stat().
        """
        if self._opened_read_only is not None or self._ignore_damage:
            return self._opened_read_only
        return damage_found(self.path)

    @property
    def writable(self) -> bool:
        return self.refusal is None

    def refuse_writes(self) -> None:
        refusal = self.refusal
        if refusal is not None:
            raise type(refusal)(**refusal.params)

    def close(self) -> None:
        self.engine.dispose()

    # ----- transactions -----

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read connection in its own snapshot; the UI reads while an import or a sync writes."""
        with _translated(self.path), self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def write(self, label: str, *, job_id: str | None = None) -> Iterator[Writer]:
        """One user action as one transaction; every field it sets lands in the change log."""
        self.refuse_writes()
        with _translated(self.path), self.engine.connect().execution_options(cardfile_write=True) as conn:
            with conn.begin():
                persisted = conn.exec_driver_sql("SELECT value FROM setting WHERE key = 'hlc'").first()
                if persisted is not None:
                    self.clock.observe(json.loads(persisted[0]))
                writer = Writer(
                    conn,
                    stamp=self.clock.now,
                    stamps=self.clock.now_many,
                    now=self.now,
                    device_id=self.device_id,
                    user_id=self.user_id,
                    action_id=new_id(),
                    label=label,
                    job_id=job_id,
                )
                yield writer
                writer.flush()
                if writer.change_count:
                    conn.exec_driver_sql(
                        "INSERT OR REPLACE INTO setting (key, value) VALUES ('hlc', ?)",
                        (json.dumps(self.clock.last),),
                    )

    # ----- settings of this database -----

    def get_setting(self, key: str, default: Any = None) -> Any:
        with self.read() as conn:
            row = conn.exec_driver_sql("SELECT value FROM setting WHERE key = ?", (key,)).first()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        self.refuse_writes()
        with _translated(self.path), self.engine.connect().execution_options(cardfile_write=True) as conn:
            with conn.begin():
                conn.exec_driver_sql(
                    "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", (key, json.dumps(value))
                )
