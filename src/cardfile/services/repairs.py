"""Repairs of data an older Cardfile wrote wrongly, made through the change log so sync carries them everywhere.

A schema migration marks a repair as due (the setting `repairs_due`); the services make it when they open the
database, as one action labelled for what it does, and clear the mark in the same transaction. Each repair is
idempotent: run twice, or on a device that pulled the fix from another, it finds nothing left to do.

**timeless_days** (marked by migration 0007). Before 0003 a timeless activity was stored at local midnight of its
day as a UTC instant, in the zone of the computer that wrote it; since 0003 it is 00:00 UTC of its date. Only a
device that knows the zone fixes a row, so no two devices ever write different dates for it:

- a row with a time zone of its own (the old command line's `--tz`) is fixed by any device, to the same date;
- a row without one is fixed by the database that wrote it (the last change of its start was not pulled by sync),
  in this computer's zone, which is the one its midnight was taken in;
- a row another device wrote without a zone is left for that device to fix when it upgrades; the fix then arrives
  by sync. Until then it reads a day early east of UTC, as it did before.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING, Any

from cardfile.domain.recurrence import RuleError, local_zone_name, zone_of
from cardfile.domain.values import RecordType
from cardfile.store.codec import as_utc

if TYPE_CHECKING:
    from cardfile.services.container import Services

log = logging.getLogger(__name__)

DUE = "repairs_due"
TIMELESS_DAYS = "timeless_days"


def run_due(services: Services, *, local_zone: str | None = None) -> dict[str, int]:
    """Make the repairs the database marks as due; returns how many records each changed."""
    store = services.db.store
    due = list(store.get_setting(DUE, []) or [])
    done: dict[str, int] = {}
    if TIMELESS_DAYS in due:
        done[TIMELESS_DAYS] = repair_timeless_days(services, local_zone=local_zone)
    return done


def repair_timeless_days(services: Services, *, local_zone: str | None = None) -> int:
    """Move timeless activities stored at a local midnight to 00:00 UTC of their date (see the module's docstring);
    returns how many were moved. Clears the repair's mark in the same transaction."""
    here = zone_of(local_zone or local_zone_name())
    db = services.db
    with db.write("Fix the dates of timeless activities") as w:
        conn = w.conn
        rows = conn.exec_driver_sql(
            "SELECT id, starts_at, ends_at, time_zone FROM activity WHERE timeless AND starts_at IS NOT NULL "
            "AND substr(starts_at, 12) != '00:00:00.000000'"
        ).fetchall()
        fixed = 0
        for record_id, starts_at, ends_at, time_zone in rows:
            zone = _zone(time_zone) if time_zone else (here if _written_here(conn, record_id) else None)
            if zone is None:
                continue
            start = as_utc(datetime.fromisoformat(starts_at))
            values: dict[str, Any] = {
                "starts_at": datetime.combine(start.astimezone(zone).date(), datetime.min.time(), UTC)
            }
            if ends_at is not None:
                values["ends_at"] = None  # a timeless activity has no end
            w.update(RecordType.ACTIVITY, record_id, values)
            fixed += 1
        due = [name for name in json.loads(_setting(conn, DUE) or "[]") if name != TIMELESS_DAYS]
        if due:
            conn.exec_driver_sql("UPDATE setting SET value = ? WHERE key = ?", (json.dumps(due), DUE))
        else:
            conn.exec_driver_sql("DELETE FROM setting WHERE key = ?", (DUE,))
    if fixed:
        log.info("moved %d timeless activities from a local midnight to their dates", fixed)
    return fixed


def _zone(name: str) -> tzinfo | None:
    try:
        return zone_of(name)
    except RuleError:
        return None


def _written_here(conn: Any, record_id: str) -> bool:
    """Whether this database wrote the activity's start last (rather than a sync bringing it from another)."""
    row = conn.exec_driver_sql(
        "SELECT a.label FROM change c JOIN action a ON a.id = c.action_id WHERE c.record_id = ? "
        "AND c.field = 'starts_at' ORDER BY c.hlc DESC LIMIT 1",
        (record_id,),
    ).first()
    return row is not None and not str(row[0]).startswith("Sync")


def _setting(conn: Any, key: str) -> str | None:
    row = conn.exec_driver_sql("SELECT value FROM setting WHERE key = ?", (key,)).first()
    return row[0] if row else None
