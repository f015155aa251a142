"""Reminders: the alarms that are due, snoozing, dismissing — kept in the database so they survive a restart.

An activity with an alarm (`alarm_minutes` before its start; a timeless or all-day one counts from the start of its
day in this computer's zone) rings for its owner only. What is due is worked out from the activities each time, so
an alarm whose time came while Cardfile was closed is due at the next start ("missed"), as ACT! shows it; alarms of
activities that started more than `LOOKBACK` ago are no longer brought up. A recurring series rings for its latest
occurrence whose alarm time has come; dismissing it deals with the series' earlier occurrences too.

The state is two fields of the activity (of a series, or of an occurrence's exception): `alarm_dismissed_through`,
the start of the latest occurrence whose alarm was dismissed, and `alarm_snoozed_until`. They sync like every field,
so an alarm dismissed on the laptop does not ring again on the office PC, and a snooze moves the alarm everywhere —
what a salesperson who uses both expects, and what ACT! does (dismissing an alarm clears it on the activity). Both
are ordinary edits: Undo takes a dismissal back.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from cardfile.domain.errors import ValidationError
from cardfile.domain.models import MAX_ALARM_MINUTES
from cardfile.domain.values import RecordType
from cardfile.services.activities import Window, _time_column, series_starts, viewer_zone
from cardfile.services.activities import select_rows as _select_rows
from cardfile.store.codec import as_utc, iso_utc

if TYPE_CHECKING:
    from cardfile.services.container import Services

LOOKBACK = timedelta(days=30)
SNOOZE_CHOICES = (5, 15, 60)  # minutes, as the reminder window offers them (or a time of one's own)


@dataclass(frozen=True, slots=True)
class Alarm:
    """One alarm to show: what it is about, when the occurrence starts, when the alarm rang (or rings).

    `key` names it to `snooze` and `dismiss` (the occurrence's task key); `late` is True when the occurrence has
    started already (an alarm missed while Cardfile was closed, or left ringing)."""

    key: str
    activity_id: str
    series_id: str | None
    occurrence: datetime | None
    subject: str
    type_id: str
    starts_at: datetime
    rings_at: datetime
    timeless: bool
    all_day: bool
    late: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "id": self.activity_id,
            "type": "activity",
            "display_name": self.subject,
            "series_id": self.series_id,
            "occurrence": iso_utc(self.occurrence) if self.occurrence else None,
            "start": iso_utc(self.starts_at),
            "rings_at": iso_utc(self.rings_at),
            "late": self.late,
        }


class ReminderService:
    def __init__(self, services: Services) -> None:
        self._services = services
        self._db = services.db

    def due(self) -> builtins.list[Alarm]:
        """Every alarm whose time has come and that nobody dismissed or snoozed past now, soonest occurrence first."""
        return [a for a in self._alarms(horizon=timedelta(0)) if a.rings_at <= self._db.now()]

    def next_ring(self) -> datetime | None:
        """When the next alarm that is not due yet rings (a snooze ending included): when the app's timer fires.
        None when nothing rings within 31 days (ask again later)."""
        now = self._db.now()
        later = [
            a.rings_at for a in self._alarms(horizon=timedelta(minutes=MAX_ALARM_MINUTES + 1440)) if a.rings_at > now
        ]
        return min(later, default=None)

    def snooze(self, key: str, *, minutes: int | None = None, until: datetime | None = None) -> datetime:
        """Ring again in `minutes` (5, 15, 60 or any) or at `until`; returns when."""
        if until is None:
            if minutes is None or minutes < 1:
                raise ValidationError(
                    field="snooze", problem="snooze for at least a minute", reason="too_small", limit=1
                )
            until = self._db.now() + timedelta(minutes=minutes)
        until = as_utc(until)
        if until <= self._db.now():
            raise ValidationError(field="snooze", problem="a snooze ends in the future", reason="snooze_in_past")
        record_id = self._record_of(key)
        with self._db.write("Snooze alarm") as w:
            w.update(RecordType.ACTIVITY, record_id, {"alarm_snoozed_until": until})
        return until

    def dismiss(self, key: str) -> None:
        """Stop an alarm for good (for this occurrence, and earlier ones of its series): on every device."""
        alarm = next((a for a in self._alarms(horizon=timedelta(days=31)) if a.key == key), None)
        record_id = self._record_of(key)
        start = alarm.starts_at if alarm is not None else None
        with self._db.write("Dismiss alarm") as w:
            row = w.get(RecordType.ACTIVITY, record_id)
            through = start or row["starts_at"]
            values: dict[str, Any] = {"alarm_snoozed_until": None}
            if through is not None:
                values["alarm_dismissed_through"] = as_utc(through)
            w.update(RecordType.ACTIVITY, record_id, values)

    def _record_of(self, key: str) -> str:
        record_id = key.split("@", 1)[0]
        with self._db.read() as conn:
            if conn.exec_driver_sql("SELECT 1 FROM activity WHERE id = ?", (record_id,)).first() is None:
                raise ValidationError(
                    field="alarm",
                    problem=f"no activity {record_id}",
                    reason="no_such_record",
                    record_type="activity",
                    record_id=record_id,
                )
        return record_id

    def _alarms(self, *, horizon: timedelta) -> builtins.list[Alarm]:
        now = self._db.now()
        zone = viewer_zone(None)
        me = self._db.store.user_id
        earliest = now - LOOKBACK
        latest = now + horizon + timedelta(minutes=MAX_ALARM_MINUTES)
        out: builtins.list[Alarm] = []
        with self._db.read() as conn:
            owners = (me, "me")
            base = (
                "a.deleted_at IS NULL AND a.status = 'scheduled' AND a.alarm_minutes IS NOT NULL "
                "AND a.owner_id IN (?, ?)"
            )
            singles = _select_rows(
                conn,
                f"{base} AND a.rrule = '' AND a.starts_at >= ? AND a.starts_at < ?",
                [*owners, _column(earliest - timedelta(days=1)), _column(latest + timedelta(days=1))],
            )
            for row in singles:
                if row["series_id"] and not _series_live(conn, row["series_id"]):
                    continue
                alarm = self._alarm(row, row["starts_at"], row["series_id"], row["recurrence_id"], now, zone)
                if alarm is not None and alarm.starts_at >= earliest:
                    out.append(alarm)
            for row in _select_rows(conn, f"{base} AND a.rrule != ''", list(owners)):
                taken = {
                    r[0]
                    for r in conn.exec_driver_sql(
                        "SELECT recurrence_id FROM activity WHERE series_id = ? AND deleted_at IS NULL", (row["id"],)
                    )
                }
                window = Window(earliest, latest, zone)
                candidates = [
                    self._alarm(row, start, row["id"], start, now, zone)
                    for start, _ in series_starts(row, window)
                    if _column(start) not in taken
                ]
                rung = [a for a in candidates if a is not None and a.rings_at <= now]
                coming = [a for a in candidates if a is not None and a.rings_at > now]
                out += rung[-1:] + coming[:1]  # the latest rung stands for the earlier ones
        out.sort(key=lambda a: (a.starts_at, a.subject))
        return out

    @staticmethod
    def _alarm(
        row: dict[str, Any],
        start: datetime,
        series_id: str | None,
        occurrence: datetime | None,
        now: datetime,
        zone: Any,
    ) -> Alarm | None:
        floating = bool(row["timeless"] or row["all_day"])
        at = start
        if floating:  # the start of that day here
            at = datetime.combine(start.date(), datetime.min.time()).replace(tzinfo=zone).astimezone(UTC)
        rings = at - timedelta(minutes=row["alarm_minutes"])
        dismissed = row["alarm_dismissed_through"]
        if dismissed is not None and start <= dismissed:
            return None
        snoozed = row["alarm_snoozed_until"]
        if snoozed is not None and snoozed > rings:
            rings = snoozed
        key = row["id"] if series_id is None or row["id"] != series_id else f"{row['id']}@{iso_utc(start)}"
        return Alarm(
            key, row["id"], series_id, occurrence, row["subject"], row["type_id"], start, rings,
            bool(row["timeless"]), bool(row["all_day"]), at <= now,
        )  # fmt: skip


def _series_live(conn: Any, series_id: str) -> bool:
    row = conn.exec_driver_sql("SELECT deleted_at, status FROM activity WHERE id = ?", (series_id,)).first()
    return row is not None and row[0] is None and row[1] == "scheduled"


def _column(value: datetime) -> str:
    return _time_column(value)
