"""Database care: integrity check, backups on demand, and restore from a backup."""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from cardfile import paths
from cardfile.domain.errors import CardfileError, DailyBackupNotMade, DatabaseCorrupt, DatabaseUnreadable
from cardfile.domain.values import RecordType
from cardfile.services.readmodels import CheckReport, DailyBackup, RepairReport
from cardfile.store import backup, damage, replica, schema
from cardfile.store import search as index
from cardfile.store.database import BUSY_TIMEOUT_MS, inspect_file

if TYPE_CHECKING:
    from cardfile.services.container import Services

_REFERENCES = (
    ("contact", "company_id", "company"),
    ("company", "parent_id", "company"),
    ("activity", "company_id", "company"),
    ("activity", "deal_id", "deal"),
    ("activity", "type_id", "activity_type"),
    ("deal", "company_id", "company"),
    ("deal", "pipeline_id", "pipeline"),
    ("deal", "stage_id", "stage"),
    ("stage", "pipeline_id", "pipeline"),
)
# References a repair may clear (a person whose company is missing keeps everything but the link); a deal without its
# pipeline or stage has no such answer, and only a backup puts it right.
_CLEARABLE = frozenset(
    {
        ("contact", "company_id"),
        ("company", "parent_id"),
        ("activity", "company_id"),
        ("activity", "deal_id"),
        ("activity", "type_id"),
        ("deal", "company_id"),
    }
)
# What `PRAGMA integrity_check` says of an SQLite index out of step with its table: REINDEX rebuilds it from the
# table. Anything else it says is damage to the file's pages, which only a backup puts right.
_INDEX_TROUBLE = re.compile(r"^(row \d+ missing from index |wrong # of entries in index |non-unique entry in index )")
FULL_TEXT_CHECK_WAIT_MS = 500  # how long the search index's check waits for another writer
_LINK_TYPES = {
    "contact": "contact",
    "company": "company",
    "activity": "activity",
    "note": "note",
    "deal": "deal",
    "group": "contact_group",
}


class MaintenanceService:
    def __init__(self, services: Services) -> None:
        self._db = services.db

    def check(self) -> CheckReport:
        """SQLite's integrity check, the search index, and references between records.

        Damage found is remembered beside the database (store.damage): from then on Cardfile reads it but does
        not write to it, until a restore, a repair, or a check that finds it sound again. A check that could not
        look at something (the search index of a read-only database whose copy does not fit in the temporary
        folder) says so in `unchecked`; that is not damage.
        """
        problems: list[str] = []
        unchecked: list[str] = []
        counts: dict[str, int] = {}
        with self._db.read() as conn:
            for (line,) in conn.exec_driver_sql("PRAGMA integrity_check").all():
                if line != "ok":
                    problems.append(f"integrity: {line}")
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check").all():
                problems.append(f"foreign key: {row}")
            problems.extend(index.check_entries(conn))
            full_text = self._check_full_text_in_place(conn)
            for table, column, target in _REFERENCES:
                n = conn.exec_driver_sql(
                    f"SELECT count(*) FROM {table} t WHERE t.{column} IS NOT NULL AND NOT EXISTS "
                    f"(SELECT 1 FROM {target} x WHERE x.id = t.{column})"
                ).scalar_one()
                if n:
                    problems.append(f"{n} {table} record(s) refer to a missing {target} ({column})")
            for end in ("source", "target"):
                for kind, table in _LINK_TYPES.items():
                    n = conn.exec_driver_sql(
                        f"SELECT count(*) FROM link l WHERE l.{end}_type = ? AND l.deleted_at IS NULL AND NOT EXISTS "
                        f"(SELECT 1 FROM {table} x WHERE x.id = l.{end}_id)",
                        (kind,),
                    ).scalar_one()
                    if n:
                        problems.append(f"{n} link(s) whose {end} {kind} is missing")
            for table in ("contact", "company", "activity", "note", "deal"):
                counts[table] = conn.exec_driver_sql(
                    f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
                ).scalar_one()
            counts["trash"] = sum(
                conn.exec_driver_sql(f"SELECT count(*) FROM {t} WHERE deleted_at IS NOT NULL").scalar_one()
                for t in ("contact", "company", "activity", "note", "deal")
            )
            counts["changes"] = conn.exec_driver_sql("SELECT count(*) FROM change_log").scalar_one()
            version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one()
        if version != schema.HEAD:
            problems.append(f"schema is at {version}, expected {schema.HEAD}")
        if full_text is None:
            full_text = self._check_full_text_on_a_copy(unchecked)
        problems.extend(full_text)
        if problems:
            damage.record_verdict(self._db.path, problems)
        elif not unchecked:
            damage.clear_verdict(self._db.path)
        return CheckReport(problems=problems, counts=counts, schema=version, unchecked=unchecked)

    def _check_full_text_in_place(self, conn: Connection) -> list[str] | None:
        """FTS5's integrity check on the database itself; None when this connection may not run it (read-only, or
        another program is writing): a copy is checked instead, and the database is not called damaged for it."""
        if not self._db.store.writable:
            return None
        raw = conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        raw.execute(f"PRAGMA busy_timeout = {FULL_TEXT_CHECK_WAIT_MS}")  # a writer at work: check a copy instead
        try:
            return index.check_full_text(raw)
        except sqlite3.OperationalError:
            return None
        finally:
            raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def _check_full_text_on_a_copy(self, unchecked: list[str]) -> list[str]:
        """FTS5's integrity check on a consistent copy in the temporary folder: the copy's pages are the database's
        own (SQLite's backup API), so damage in them shows there as well, and the copy may be written to."""
        try:
            folder = tempfile.TemporaryDirectory(prefix="cardfile-check-")
        except OSError as exc:
            return self._could_not_check(unchecked, exc.strerror or str(exc))
        with folder:
            copy = Path(folder.name) / self._db.path.name
            try:
                backup.copy_database(self._db.path, copy)
                conn = sqlite3.connect(copy)
                try:
                    return index.check_full_text(conn)
                finally:
                    conn.close()
            except (CardfileError, sqlite3.Error, OSError) as exc:
                why = exc.params.get("detail", exc.message) if isinstance(exc, CardfileError) else str(exc)
                return self._could_not_check(unchecked, why)

    @staticmethod
    def _could_not_check(unchecked: list[str], why: str) -> list[str]:
        unchecked.append(
            "the search index: could not check it, because it cannot be checked in place (the database is "
            f"read-only here, or another program is writing to it) and a copy of it could not be checked ({why})"
        )
        return []

    def backup(self, target: Path) -> Path:
        """A consistent copy of the open database at `target` (SQLite's backup API; safe while in use)."""
        target = Path(target)
        if target.is_dir():
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
            folder, target = target, target / f"{self._db.path.stem}-{stamp}.cardfile-backup"
            counter = 1
            while target.exists():  # two backups in one second must not overwrite each other
                counter += 1
                target = folder / f"{self._db.path.stem}-{stamp}-{counter}.cardfile-backup"
        return backup.copy_database(self._db.path, target)

    def daily_backup(self) -> Path | None:
        """Today's automatic backup unless there is one, keeping a week of them; returns the new backup, if any.

        Raises BackupFailed when it cannot be made (then nothing is left behind, and the next call tries again).
        Callers run it after their own work and turn a failure into a warning (see `try_daily_backup`): the
        command line once a command has done its work, the desktop app in the background once its window is up.
        """
        if not self._db.store.writable:
            # Nothing changes it here, so there is nothing new to keep; and a copy of a database found damaged
            # would push the good copies of earlier days out of the week.
            return None
        path = self._db.path
        return backup.rotate(path, paths.backup_dir_for(path), self._db.now().date())

    def try_daily_backup(self) -> DailyBackup:
        """Make the daily backup; what went wrong comes back as a warning to show, never as an error."""
        try:
            return DailyBackup(made=self.daily_backup())
        except CardfileError as error:
            return DailyBackup(warning=_not_made(self._db.path, error))

    def start_daily_backup(self) -> DailyBackup:
        """Today's automatic backup made by a process of its own that nobody waits for (the command line's way:
        started once a command has printed its output). `started` says whether one was started; the warning is
        why it could not be (no room for it), or why the last one made that way failed (tried again now)."""
        if not self._db.store.writable:
            return DailyBackup()
        path = self._db.path
        folder = paths.backup_dir_for(path)
        earlier = backup.last_failure(folder)
        try:
            started = backup.start_daily_worker(path, folder, self._db.now().date())
        except CardfileError as error:
            return DailyBackup(warning=_not_made(path, error))
        if earlier is None:
            return DailyBackup(started=started)
        return DailyBackup(started=started, warning=DailyBackupNotMade(path=str(path), detail=earlier))

    def backups(self) -> list[Path]:
        return [p for _, p in backup.daily_backups(paths.backup_dir_for(self._db.path))]


def restore_database(database: Path, source: Path, *, now: datetime | None = None) -> Path | None:
    """Replace `database` with the backup at `source`; returns where the replaced database was kept.

    The backup is checked first (intact, Cardfile's, not from a newer Cardfile); the current file is kept beside
    itself (a consistent copy, or the damaged file moved aside) so a restore can itself be taken back.
    """
    source, database = Path(source), Path(database)
    if not source.is_file():
        raise DatabaseUnreadable(path=str(source), detail="no such file", reason="missing")
    # A daily copy is compressed: it is uncompressed beside the database (the same disk as the restored file).
    with backup.unpacked(source, database.parent) as plain:
        return _restore_from(database, plain, now)


def _restore_from(database: Path, source: Path, now: datetime | None) -> Path | None:
    backup.verify(source)
    inspect_file(source)
    when = now or datetime.now(UTC)
    kept: Path | None = None
    if database.exists() and database.stat().st_size > 0:
        try:
            inspect_file(database)
            backup.verify(database)
            kept = backup.copy_database(database, backup.timestamped(database, "before-restore", when))
        except DatabaseCorrupt:
            kept = backup.timestamped(database, "damaged", when)
            os.replace(database, kept)
            for suffix in ("-wal", "-shm"):
                Path(f"{database}{suffix}").unlink(missing_ok=True)
    backup.restore_into(source, database)
    replica.mark_as_copy(database)  # it must not sync on as the device that went on after the backup
    damage.clear_verdict(database)  # the backup was checked: what `db check` said of the replaced file is past
    return kept


def repair_database(database: Path, *, now: datetime | None = None) -> RepairReport:
    """Put right what can be rebuilt from the rest of the database, after keeping a copy of it as it was.

    SQLite's own indexes are rebuilt from their tables (REINDEX), the search index from the records, and
    references to records that do not exist are cleared (as logged edits, so they sync and can be undone). Damage
    to the file's pages cannot be repaired from inside: that is refused, and a backup is the way out. Afterwards the
    database is checked again; the verdict of `db check` is lifted only when nothing is left.
    """
    from cardfile.services.database import open_database

    database = Path(database)
    with open_database(database, create=False, ignore_damage=True) as services:
        services.db.store.refuse_writes()  # a read-only file cannot be repaired either
        with services.db.read() as conn:
            found = [line for (line,) in conn.exec_driver_sql("PRAGMA integrity_check").all() if line != "ok"]
        pages = [line for line in found if not _INDEX_TROUBLE.match(line)]
        if pages:
            raise DatabaseCorrupt(
                path=str(database),
                detail=f"{pages[0]}: its pages are damaged, which only a backup puts right (cardfile db backups, "
                "cardfile db restore FILE)",
                reason="pages_damaged",
            )
        kept = backup.copy_database(database, backup.timestamped(database, "before-repair", now or datetime.now(UTC)))
        done: list[str] = []
        with services.db.write("Repair database") as w:
            if found:
                w.conn.exec_driver_sql("REINDEX")
                done.append(f"rebuilt SQLite's indexes ({len(found)} problem(s))")
            for table, column, target in _REFERENCES:
                if (table, column) not in _CLEARABLE:
                    continue
                orphans = [
                    row[0]
                    for row in w.conn.exec_driver_sql(
                        f"SELECT id FROM {table} t WHERE t.{column} IS NOT NULL AND NOT EXISTS "
                        f"(SELECT 1 FROM {target} x WHERE x.id = t.{column})"
                    )
                ]
                for record_id in orphans:
                    w.update(RecordType(table), record_id, {column: None})
                if orphans:
                    done.append(f"cleared {len(orphans)} {table} record(s)' {column}, naming a missing {target}")
            broken_links = [
                row[0]
                for end in ("source", "target")
                for kind, table in _LINK_TYPES.items()
                for row in w.conn.exec_driver_sql(
                    f"SELECT id FROM link l WHERE l.{end}_type = ? AND l.deleted_at IS NULL AND NOT EXISTS "
                    f"(SELECT 1 FROM {table} x WHERE x.id = l.{end}_id)",
                    (kind,),
                )
            ]
            for link_id in dict.fromkeys(broken_links):
                w.delete(RecordType.LINK, link_id)
            if broken_links:
                done.append(f"removed {len(set(broken_links))} link(s) to missing records")
            indexed = index.recreate(w.conn)
            done.append(f"rebuilt the search index ({indexed} records)")
        report = services.maintenance.check()
    return RepairReport(kept=kept, done=done, remaining=report.problems)


def _not_made(path: Path, error: CardfileError) -> DailyBackupNotMade:
    """The warning for a daily backup that failed: why in English, and the system's error number when it was one
    (the app words it by that)."""
    extra = {"errno": error.params["errno"]} if "errno" in error.params else {}
    return DailyBackupNotMade(path=str(path), detail=error.params.get("detail") or error.message, **extra)
