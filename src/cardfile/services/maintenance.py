"""Database care: integrity check, backups on demand, and restore from a backup."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from cardfile import paths
from cardfile.domain.errors import DatabaseCorrupt
from cardfile.services.readmodels import CheckReport
from cardfile.store import backup, replica, schema
from cardfile.store import search as index
from cardfile.store.database import inspect_file

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
        """SQLite's integrity check, the search index, and references between records."""
        problems: list[str] = []
        counts: dict[str, int] = {}
        with self._db.read() as conn:
            for (line,) in conn.exec_driver_sql("PRAGMA integrity_check").all():
                if line != "ok":
                    problems.append(f"integrity: {line}")
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check").all():
                problems.append(f"foreign key: {row}")
            problems.extend(index.check(conn))
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
            counts["changes"] = conn.exec_driver_sql("SELECT count(*) FROM change").scalar_one()
            version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one()
        if version != schema.HEAD:
            problems.append(f"schema is at {version}, expected {schema.HEAD}")
        return CheckReport(problems=problems, counts=counts, schema=version)

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

        What opening a database does for the command line; the desktop app calls it in the background once its
        window is up, so a large database does not delay the first paint.
        """
        path = self._db.path
        return backup.rotate(path, paths.backup_dir_for(path), self._db.now().date())

    def backups(self) -> list[Path]:
        return [p for _, p in backup.daily_backups(paths.backup_dir_for(self._db.path))]


def restore_database(database: Path, source: Path, *, now: datetime | None = None) -> Path | None:
    """Replace `database` with the backup at `source`; returns where the replaced database was kept.

    The backup is checked first (intact, Cardfile's, not from a newer Cardfile); the current file is kept beside
    itself (a consistent copy, or the damaged file moved aside) so a restore can itself be taken back.
    """
    source, database = Path(source), Path(database)
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
    return kept
