"""Opening a database for the desktop app and the command line alike, and the transaction helper services share."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from cardfile import paths
from cardfile.domain.errors import CardfileError
from cardfile.services import repairs
from cardfile.services.events import EventBus, RecordsChanged
from cardfile.services.record_names import TABLE_OF  # noqa: F401  (found here too)
from cardfile.store.database import Store
from cardfile.store.writer import Writer
from cardfile.sync.hlc import HybridLogicalClock, wall_millis

if TYPE_CHECKING:
    from cardfile.services.container import Services


class Database:
    """An open Cardfile database with its event bus; every service works through one of these."""

    def __init__(self, store: Store, events: EventBus) -> None:
        self.store = store
        self.events = events

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def refusal(self) -> CardfileError | None:
        """Why this database may not be changed here (read-only, found damaged), or None when it may."""
        return self.store.refusal

    def read(self) -> Any:
        return self.store.read()

    @contextmanager
    def write(self, label: str, *, job_id: str | None = None) -> Iterator[Writer]:
        """One user action, one transaction; listeners hear about it once it has committed."""
        with self.store.write(label, job_id=job_id) as writer:
            yield writer
        if writer.touched:
            self.events.publish(
                RecordsChanged(
                    label=label,
                    action_id=writer.action_id,
                    records={rt.value: frozenset(ids) for rt, ids in writer.touched.items()},
                )
            )

    def now(self) -> datetime:
        return self.store.now()

    def setting(self, key: str, default: Any = None) -> Any:
        return self.store.get_setting(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        self.store.set_setting(key, value)

    def close(self) -> None:
        self.store.close()


def _utc_now() -> datetime:
    return datetime.now(UTC)


def open_database(
    path: str | Path | None = None,
    *,
    create: bool = True,
    auto_backup: bool = True,
    detached_backup: bool = False,
    now: Callable[[], datetime] = _utc_now,
    wall: Callable[[], int] | None = None,
    ignore_damage: bool = False,
) -> Services:
    """Open (or create) the database at `path` (else `CARDFILE_DB`, else the platform default) with all services.

    A database that is newer than this program, damaged, locked or not Cardfile's raises a typed error and is
    left exactly as it was. One this process may not write to, or one `db check` found damaged, is opened for
    reading only: every write raises DatabaseReadOnly or DatabaseDamaged (`ignore_damage` is for `db repair`).

    With `auto_backup`, an existing database gets its daily backup (kept for a week) when the services are left at
    the end of a `with` block that raised nothing: after the work, never before a read. A backup that cannot be made
    is a warning (`Services.daily_backup.warning`), never an error. With `detached_backup` too (the command line) it is
    made by a process of its own that this one does not wait for. The desktop app passes False and makes it in
    the background once its window is up.
    """
    from cardfile.services.container import Services

    if wall is None:  # one clock for both, unless a caller sets them apart: updated_at follows the change clock
        wall = wall_millis if now is _utc_now else (lambda: int(now().timestamp() * 1000))
    resolved = paths.resolve_database(path)
    store = Store.open(
        resolved, clock=HybridLogicalClock(wall=wall), now=now, create=create, ignore_damage=ignore_damage
    )
    services = Services(
        Database(store, EventBus()),
        daily_backup_when_done=auto_backup and not store.created,
        daily_backup_detached=detached_backup,
    )
    try:
        if store.refusal is None and store.get_setting(repairs.DUE):  # read only: due at the next writable open
            repairs.run_due(services)  # data an older version wrote wrongly, fixed through the change log
    except BaseException:
        services.close()
        raise
    return services


def rows(conn: Connection, sql: str, params: Any = ()) -> list[dict[str, Any]]:
    result = conn.exec_driver_sql(sql, params)
    keys = list(result.keys())
    return [dict(zip(keys, row, strict=True)) for row in result]
