"""Activities: schedule calls, meetings and to-dos, recurring series and their exceptions, clear them into history.

A recurring series is one record with an RFC 5545 rule (`rrule`); its occurrences are worked out when they are
read (domain.recurrence), in the series' own time zone. An occurrence that differs from what the series says — moved,
edited, cleared into history, or skipped — is an *exception*: an activity record of its own with `series_id` and
`recurrence_id` (the start the series gives it, RFC 5545's RECURRENCE-ID), holding all of that occurrence's values and
its own links to people. Exceptions rather than a list of dates on the series, because they sync: two people who
skip or clear different occurrences on two laptops write two different records, which merge without a conflict. The
exception of an occurrence has an id worked out from the series and the occurrence (`exception_id`), so two devices
that change the same occurrence write the same record, and its fields merge one by one, last writer winning, as
every record's do.

Editing the whole series carries the change to the occurrences that followed the series (those that still had the
series' old value of the field); an occurrence edited on its own keeps its own value, and one cleared into history
keeps everything. When the series' time or rule changes, its exceptions follow the occurrences they belong to; those
whose occurrence the new rule no longer gives are dropped (into the Trash, one Undo brings them back), except
history.
"""

from __future__ import annotations

import builtins
import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from cardfile.domain.errors import NotFound, ValidationError
from cardfile.domain.models import ActivityCreate, ActivityUpdate, floating_day
from cardfile.domain.recurrence import RuleError, is_start, local_zone_name, starts_between, zone_of
from cardfile.domain.values import ActivityStatus, ClearResult, RecordType
from cardfile.services import records
from cardfile.services.readmodels import ActivityRead, ActivityTypeRead, Occurrence, Ref, meta_of
from cardfile.store.codec import as_utc
from cardfile.store.writer import Writer

if TYPE_CHECKING:
    from cardfile.services.container import Services
    from cardfile.services.month_view import DayCount

TODO_TYPE = "00000000-0000-7000-8000-000000000003"
# Timed activities longer than this are found by a calendar range only from their start: the range query walks the
# index of starts from this far before the range, not from the beginning of time.
LONGEST_ACTIVITY = timedelta(days=35)
# Fields an occurrence of a series takes from the series (and keeps as its own once it is an exception).
_SERIES_FIELDS = (
    "type_id",
    "subject",
    "details",
    "timeless",
    "all_day",
    "time_zone",
    "priority",
    "alarm_minutes",
    "company_id",
    "deal_id",
    "custom",
    "private",
)
_DAY = timedelta(days=1)


def exception_id(series_id: str, recurrence_id: datetime) -> str:
    """The id of the exception record of one occurrence: the same on every device, so two devices that change the
    same occurrence write one record. A UUIDv7 in form, its time part the series' (it sorts beside it), the rest
    a hash of the series and the occurrence."""
    return derived_id(series_id, as_utc(recurrence_id).isoformat())


def derived_id(base_id: str, key: str) -> str:
    """A UUIDv7-shaped id worked out from another record's id and a key: the time part of `base_id`, the rest a
    hash of both (what every device works out alike)."""
    base = uuid.UUID(base_id)
    digest = hashlib.sha256(f"{base_id}|{key}".encode()).digest()
    value = (base.int >> 80) << 80  # the 48-bit time part
    value |= 0x7 << 76  # version 7
    value |= (int.from_bytes(digest[:2], "big") & 0x0FFF) << 64
    value |= 0x2 << 62  # RFC 4122 variant
    value |= int.from_bytes(digest[2:10], "big") & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))


def is_floating(row: dict[str, Any] | ActivityRead) -> bool:
    """Timeless and all-day activities fall on dates, not at instants."""
    if isinstance(row, dict):
        return bool(row["timeless"] or row["all_day"])
    return row.timeless or row.all_day


@dataclass(frozen=True, slots=True)
class Window:
    """A range of a calendar or task list: instants [start, end), and the dates it covers in the viewer's zone
    (where timeless and all-day activities are placed)."""

    start: datetime
    end: datetime
    zone: tzinfo

    @property
    def first_day(self) -> date:
        return self.start.astimezone(self.zone).date()

    @property
    def end_day(self) -> date:
        """The day after the last day the window touches."""
        return (self.end - timedelta(microseconds=1)).astimezone(self.zone).date() + _DAY


def viewer_zone(zone: tzinfo | str | None) -> tzinfo:
    if zone is None:
        return zone_of(local_zone_name())
    if isinstance(zone, str):
        return zone_of(zone)
    return zone


class ActivityService:
    record_type = RecordType.ACTIVITY

    def __init__(self, services: Services) -> None:
        self._services = services
        self._db = services.db
        self._types: dict[str, ActivityTypeRead] | None = None

    # ----- types -----

    def types(self) -> builtins.list[ActivityTypeRead]:
        with self._db.read() as conn:
            result = conn.exec_driver_sql(
                "SELECT id, name, key FROM activity_type WHERE deleted_at IS NULL ORDER BY position, name"
            )
            return [ActivityTypeRead(*row) for row in result]

    def add_type(self, name: str) -> ActivityTypeRead:
        name = name.strip()
        if not name:
            raise ValidationError(field="activity type", problem="a type needs a name", reason="no_name")
        existing = [t for t in self.types() if t.name.casefold() == name.casefold()]
        if existing:
            return existing[0]
        with self._db.write("Add activity type") as w:
            position = len(self.types())
            record_id = w.insert(RecordType.ACTIVITY_TYPE, {"name": name, "position": position})
        return ActivityTypeRead(record_id, name, None)

    def resolve_type(self, key: str) -> str:
        """A type id from an id, a built-in key (call, meeting, todo) or a name."""
        wanted = key.strip().casefold().replace("-", "")
        for t in self.types():
            if key == t.id or wanted in ((t.key or "").casefold(), t.name.casefold().replace("-", "")):
                return t.id
        raise NotFound(record_type="activity type", record_id=key)

    def _type_map(self, conn: Connection) -> dict[str, ActivityTypeRead]:
        result = conn.exec_driver_sql("SELECT id, name, key FROM activity_type")
        return {row[0]: ActivityTypeRead(*row) for row in result}

    # ----- scheduling -----

    def schedule(self, data: ActivityCreate) -> ActivityRead:
        with self._db.write("Schedule activity") as w:
            record_id = self.insert(w, data)
        return self.get(record_id)

    def schedule_for_each(self, data: ActivityCreate, contact_ids: Sequence[str]) -> builtins.list[ActivityRead]:
        """One activity per person, as ACT! schedules for a selection: the same call with each of them, in one
        action (one Undo takes them all back). `data.contact_ids` is ignored."""
        people = list(dict.fromkeys(contact_ids))
        if not people:
            raise ValidationError(
                field="contacts", problem="choose at least one person to schedule with", reason="no_people"
            )
        label = "Schedule activity" if len(people) == 1 else f"Schedule activity with {len(people)} people"
        with self._db.write(label) as w:
            ids = [self.insert(w, data.model_copy(update={"contact_ids": [person]})) for person in people]
        return self.get_many(ids)

    def insert(self, w: Writer, data: ActivityCreate) -> str:
        type_id = data.type_id or TODO_TYPE
        records.require_live(w.conn, RecordType.ACTIVITY_TYPE, type_id, "type")
        self._check_refs(w.conn, data.company_id, data.deal_id, data.contact_ids)
        values = data.model_dump(exclude={"contact_ids", "duration_minutes", "owner_id", "type_id"})
        values["type_id"] = type_id
        values["custom"] = records.check_custom(w.conn, "activity", data.custom)
        if data.owner_id:
            values["owner_id"] = data.owner_id
        if not values["time_zone"] and data.starts_at is not None and not is_floating(values):
            values["time_zone"] = local_zone_name()  # an activity remembers its zone: a series recurs in it
        record_id = w.insert(RecordType.ACTIVITY, values)
        records.set_links(w, RecordType.ACTIVITY, record_id, RecordType.CONTACT, [(c, "") for c in data.contact_ids])
        return record_id

    @staticmethod
    def _check_refs(conn: Connection, company_id: str | None, deal_id: str | None, contacts: Sequence[str]) -> None:
        if company_id:
            records.require_live(conn, RecordType.COMPANY, company_id, "company")
        if deal_id:
            records.require_live(conn, RecordType.DEAL, deal_id, "deal")
        for contact_id in contacts:
            records.require_live(conn, RecordType.CONTACT, contact_id, "contact")

    def overlaps(
        self,
        data: ActivityCreate,
        *,
        exclude: str | None = None,
        owner: str | None = None,
        horizon: timedelta = timedelta(days=366),
    ) -> builtins.list[Occurrence]:
        """The scheduled timed activities of the same owner that an activity (as it would be saved) overlaps: what
        the schedule dialog warns of before saving. A recurring one is checked over its first year. `exclude`: the
        activity being edited (and its exceptions)."""
        if data.starts_at is None or data.timeless or data.all_day:
            return []
        length = (data.ends_at - data.starts_at) if data.ends_at else timedelta(0)
        starts = [data.starts_at]
        if data.rrule:
            zone = zone_of(data.time_zone or local_zone_name())
            local = data.starts_at.astimezone(zone).replace(tzinfo=None)
            found = starts_between(data.rrule, local, local, local + horizon, zone_name=getattr(zone, "key", None))
            starts = [when.replace(tzinfo=zone).astimezone(UTC) for when in found]
        if not starts:
            return []
        who = owner or self._db.store.user_id
        candidates = self.occurrences(starts[0] - _DAY, starts[-1] + length + _DAY, zone=UTC, people=True)
        out: builtins.list[Occurrence] = []
        for other in candidates:
            if other.floating or other.status != ActivityStatus.SCHEDULED or other.starts_at is None:
                continue
            if exclude is not None and exclude in (other.activity_id, other.series_id):
                continue
            if other.owner_id not in (who, "me") and who not in ("me", other.owner_id):
                continue
            other_end = other.ends_at or other.starts_at
            for start in starts:
                end = start + length
                if (start < other_end and other.starts_at < end) or (start == other.starts_at):
                    out.append(other)
                    break
        return out

    # ----- editing -----

    def update(self, activity_id: str, changes: ActivityUpdate) -> ActivityRead:
        """Change an activity, or a whole series: the occurrences that follow the series follow the change."""
        with self._db.write("Edit activity") as w:
            self.apply_update(w, activity_id, changes)
        return self.get(activity_id)

    def apply_update(self, w: Writer, activity_id: str, changes: ActivityUpdate) -> None:
        current = w.get(RecordType.ACTIVITY, activity_id)
        if current["deleted_at"] is not None:
            raise NotFound(record_type="activity", record_id=activity_id)
        values = self._update_values(w, current, changes)
        if "rrule" in values and values["rrule"] and current["series_id"]:
            raise ValidationError(
                field="repeat",
                problem="one occurrence of a series cannot repeat on its own",
                reason="occurrence_repeats",
            )
        old_people = [
            c for c, _ in records.linked(w.conn, RecordType.ACTIVITY, [activity_id], RecordType.CONTACT)[activity_id]
        ]
        w.update(RecordType.ACTIVITY, activity_id, values)
        if "contact_ids" in changes.model_fields_set:
            records.set_links(
                w, RecordType.ACTIVITY, activity_id, RecordType.CONTACT, [(c, "") for c in changes.contact_ids]
            )
        if current["rrule"]:
            after = w.get(RecordType.ACTIVITY, activity_id)
            self._carry_to_exceptions(w, current, after, old_people, changes)

    def _update_values(self, w: Writer, current: dict[str, Any], changes: ActivityUpdate) -> dict[str, Any]:
        fields = set(changes.model_fields_set)
        values: dict[str, Any] = {}
        for name in fields - {"contact_ids", "duration_minutes"}:
            value = getattr(changes, name)
            if name == "subject" and not value:
                raise ValidationError(field="subject", problem="an activity needs a subject", reason="no_subject")
            if name == "custom":
                value = records.merged_custom(current["custom"], records.check_custom(w.conn, "activity", value))
            if name in ("type_id", "owner_id", "status", "outcome") and value is None:
                continue
            values[name] = value
        floating = bool(values.get("timeless", current["timeless"]) or values.get("all_day", current["all_day"]))
        if values.get("timeless") and values.get("all_day"):
            raise ValidationError(
                field="all day", problem="an activity is timeless or all-day, not both", reason="timeless_and_all_day"
            )
        if values.get("timeless"):
            values["all_day"] = False
        if values.get("all_day"):
            values["timeless"] = False
        was_floating = is_floating(current)
        if floating and not was_floating and "starts_at" not in values and current["starts_at"] is not None:
            # Made timeless or all-day: the date the activity had in its own zone.
            zone = zone_of(current["time_zone"])
            values["starts_at"] = floating_day(as_utc(current["starts_at"]).astimezone(zone))
        start = values.get("starts_at", current["starts_at"])
        if "duration_minutes" in fields and changes.duration_minutes is not None:
            if start is None:
                raise ValidationError(
                    field="duration",
                    problem="an activity without a start has no duration",
                    reason="duration_needs_start",
                )
            if values.get("all_day", current["all_day"]):
                values["ends_at"] = start + timedelta(days=max(1, -(-changes.duration_minutes // 1440)))
            else:
                values["ends_at"] = start + timedelta(minutes=changes.duration_minutes)
        elif (
            "starts_at" in values
            and "ends_at" not in values
            and current["ends_at"] is not None
            and current["starts_at"] is not None
            and start is not None
        ):
            values["ends_at"] = start + (current["ends_at"] - current["starts_at"])  # keeps its length
        if values.get("timeless", current["timeless"]):
            values["ends_at"] = None
        elif values.get("all_day", current["all_day"]) and start is not None:
            end = values.get("ends_at", current["ends_at"])
            if end is None or end <= start:
                values["ends_at"] = start + _DAY
        end = values.get("ends_at", current["ends_at"])
        if start is not None and end is not None and end < start:
            raise ValidationError(
                field="end", problem="an activity cannot end before it starts", reason="ends_before_start"
            )
        if values.get("rrule", current["rrule"]) and start is None:
            raise ValidationError(
                field="repeat", problem="a recurring activity needs a start", reason="repeat_needs_start"
            )
        self._check_refs(w.conn, values.get("company_id"), values.get("deal_id"), changes.contact_ids)
        if values.get("type_id"):
            records.require_live(w.conn, RecordType.ACTIVITY_TYPE, values["type_id"], "type")
        return values

    def _carry_to_exceptions(
        self,
        w: Writer,
        before: dict[str, Any],
        after: dict[str, Any],
        old_people: builtins.list[str],
        changes: ActivityUpdate,
    ) -> None:
        """A series changed: its exceptions follow (see the module's docstring)."""
        exceptions = _exceptions_of(w.conn, before["id"])
        if not exceptions:
            return
        new_people = [
            c for c, _ in records.linked(w.conn, RecordType.ACTIVITY, [after["id"]], RecordType.CONTACT)[after["id"]]
        ]
        timing = any(before[n] != after[n] for n in ("starts_at", "rrule", "time_zone", "timeless", "all_day"))
        people = records.linked(w.conn, RecordType.ACTIVITY, [e["id"] for e in exceptions], RecordType.CONTACT)
        for exception in exceptions:
            history = exception["status"] in (ActivityStatus.DONE, ActivityStatus.CANCELLED)
            values: dict[str, Any] = {}
            if before["private"] != after["private"]:
                values["private"] = after["private"]  # an occurrence is private with its series, history too
            if not history:
                for name in _SERIES_FIELDS:
                    if name != "private" and before[name] != after[name] and exception[name] == before[name]:
                        values[name] = after[name]
                old_length = _length(before)
                if _length(exception) == old_length and _length(after) != old_length and exception["starts_at"]:
                    values["ends_at"] = _end(exception["starts_at"], after)
            if timing:
                moved = self._moved_occurrence(before, after, exception["recurrence_id"])
                if moved is None and not history:
                    w.update(RecordType.ACTIVITY, exception["id"], values)
                    w.delete(RecordType.ACTIVITY, exception["id"])  # its occurrence is gone from the series
                    continue
                if moved is not None:
                    values["recurrence_id"] = moved
                    if not history and as_utc(exception["starts_at"]) == as_utc(exception["recurrence_id"]):
                        values["starts_at"] = moved  # it had not been moved on its own: it moves with the series
                        values["ends_at"] = _end(moved, after)
            if values:
                w.update(RecordType.ACTIVITY, exception["id"], values)
            if not history and "contact_ids" in changes.model_fields_set:
                mine = [c for c, _ in people[exception["id"]]]
                if mine == old_people:
                    records.set_links(
                        w, RecordType.ACTIVITY, exception["id"], RecordType.CONTACT, [(c, "") for c in new_people]
                    )

    @staticmethod
    def _moved_occurrence(before: dict[str, Any], after: dict[str, Any], recurrence_id: datetime) -> datetime | None:
        """Where an occurrence of the series goes when the series' start, zone or rule changes: shifted by the
        change of the first start in wall-clock time; None when the new rule gives no occurrence there."""
        old_local, _ = _local(before["starts_at"], before)
        new_local, new_zone = _local(after["starts_at"], after)
        occurrence, _ = _local(recurrence_id, before)
        moved = occurrence + (new_local - old_local)
        if not after["rrule"] or not is_start(after["rrule"], new_local, moved, zone_name=new_zone):
            return None
        return _utc(moved, after)

    # ----- one occurrence of a series -----

    def occurrence_of(self, series_id: str, on: date | datetime) -> datetime:
        """The occurrence of a series on a date (in the series' zone) or at a time: its start as the series gives it
        (UTC), what `update_occurrence`, `skip_occurrence` and `clear` name an occurrence by."""
        with self._db.read() as conn:
            row = records.fetch_one(conn, RecordType.ACTIVITY, series_id)
            if not row["rrule"]:
                raise ValidationError(
                    field="occurrence", problem="this activity does not repeat", reason="not_recurring"
                )
            if isinstance(on, datetime):
                local, _ = _local(as_utc(on), row)
                lower, upper = local, local + timedelta(microseconds=1)
            else:
                lower = datetime.combine(on, datetime.min.time())
                upper = lower + _DAY
            series_start, zone_name = _local(row["starts_at"], row)
            found = starts_between(row["rrule"], series_start, lower, upper, zone_name=zone_name)
            if not found:
                # An occurrence moved on its own is found by where it is now, too.
                for exception in _exceptions_of(conn, series_id):
                    start, _ = _local(exception["starts_at"], exception) if exception["starts_at"] else (None, None)
                    if start is not None and lower <= start < upper:
                        return as_utc(exception["recurrence_id"])
                raise ValidationError(
                    field="occurrence",
                    problem=f"the series has no occurrence on {on}",
                    reason="no_occurrence",
                    on=str(on),
                )
        return _utc(found[0], row)

    def update_occurrence(self, series_id: str, occurrence: datetime, changes: ActivityUpdate) -> ActivityRead:
        """Change one occurrence of a series (move it, rename it, other people …); the rest of the series stays."""
        if "rrule" in changes.model_fields_set and changes.rrule:
            raise ValidationError(
                field="repeat",
                problem="one occurrence of a series cannot repeat on its own",
                reason="occurrence_repeats",
            )
        with self._db.write("Edit one occurrence") as w:
            exception = self._exception(w, series_id, occurrence)
            self.apply_update(w, exception, changes)
        return self.get(exception)

    def skip_occurrence(self, series_id: str, occurrence: datetime) -> ActivityRead:
        """Leave one occurrence of a series out (RFC 5545's EXDATE): it no longer shows or rings."""
        with self._db.write("Skip one occurrence") as w:
            exception = self._exception(w, series_id, occurrence)
            w.update(RecordType.ACTIVITY, exception, {"status": ActivityStatus.SKIPPED.value})
        return self.get(exception)

    def _exception(self, w: Writer, series_id: str, occurrence: datetime) -> str:
        """The exception record of an occurrence, made from the series if there is none (or brought back from the
        Trash as the series now has it); the occurrence must be one the series gives."""
        series = w.get(RecordType.ACTIVITY, series_id)
        if series["deleted_at"] is not None:
            raise NotFound(record_type="activity", record_id=series_id)
        if not series["rrule"]:
            raise ValidationError(field="occurrence", problem="this activity does not repeat", reason="not_recurring")
        occurrence = as_utc(occurrence)
        record_id = exception_id(series_id, occurrence)
        known = w.conn.exec_driver_sql(
            "SELECT id, deleted_at FROM activity WHERE series_id = ? AND recurrence_id = ? ORDER BY deleted_at IS NULL "
            "DESC, id = ? DESC LIMIT 1",
            (series_id, records.CODECS[RecordType.ACTIVITY].to_column("recurrence_id", occurrence), record_id),
        ).first()
        if known is not None and known[1] is None:
            return str(known[0])
        local, zone_name = _local(occurrence, series)
        series_start, _ = _local(series["starts_at"], series)
        if not is_start(series["rrule"], series_start, local, zone_name=zone_name):
            raise ValidationError(
                field="occurrence",
                problem="the series has no occurrence then",
                reason="no_occurrence",
                on=occurrence.isoformat(),
            )
        values = {name: series[name] for name in _SERIES_FIELDS}
        values.update(
            series_id=series_id,
            recurrence_id=occurrence,
            starts_at=occurrence,
            ends_at=_end(occurrence, series),
            status=ActivityStatus.SCHEDULED.value,
            owner_id=series["owner_id"],
        )
        people = records.linked(w.conn, RecordType.ACTIVITY, [series_id], RecordType.CONTACT)[series_id]
        if known is not None:
            record_id = str(known[0])
            w.restore(RecordType.ACTIVITY, record_id)
            w.update(RecordType.ACTIVITY, record_id, {**values, "outcome": "", "result": "", "happened_at": None})
            records.set_links(w, RecordType.ACTIVITY, record_id, RecordType.CONTACT, people)
            return record_id
        if w.exists(RecordType.ACTIVITY, record_id):
            # The id is taken by an exception of this occurrence whose series moved it since: a fresh id instead.
            record_id = w.insert(RecordType.ACTIVITY, values)
        else:
            w.insert(RecordType.ACTIVITY, {**values, "id": record_id})
        links = w.insert_many(
            RecordType.LINK,
            [
                {"id": derived_id(record_id, f"contact|{target}"),
                 "source_type": "activity", "source_id": record_id, "target_type": "contact", "target_id": target,
                 "role": role, "position": n}
                for n, (target, role) in enumerate(people)
            ],
        )  # fmt: skip
        _as_old_as_the_series(w, series_id, [record_id, *links])
        return record_id

    # ----- clearing -----

    def clear(
        self,
        activity_id: str,
        *,
        occurrence: datetime | None = None,
        result: str = ClearResult.COMPLETED.value,
        outcome: str = "",
        completed: bool = True,
        happened_at: datetime | None = None,
        follow_up: ActivityCreate | None = None,
    ) -> ActivityRead:
        """Clear an activity: it becomes history, done with a result (completed, left message, no answer, or words
        of one's own) and an outcome, or cancelled (`completed` False: it did not take place).

        `happened_at` is when it really happened (default: when it was scheduled, else now); History dates it so.
        `occurrence` clears one occurrence of a series; without it, a series is cleared as a whole and ends.
        `follow_up` schedules the next activity in the same action (see `follow_up_draft`). Returns the history
        record (for an occurrence, its exception)."""
        status = ActivityStatus.DONE if completed else ActivityStatus.CANCELLED
        with self._db.write("Clear activity") as w:
            row = w.get(RecordType.ACTIVITY, activity_id)
            if row["deleted_at"] is not None:
                raise NotFound(record_type="activity", record_id=activity_id)
            if occurrence is not None:
                activity_id = self._exception(w, activity_id, occurrence)
                row = w.get(RecordType.ACTIVITY, activity_id)
            if row["status"] != ActivityStatus.SCHEDULED:
                raise ValidationError(
                    field="status",
                    problem=f"this activity is already {row['status']}",
                    reason="already_cleared",
                    status=row["status"],
                )
            when = happened_at or (as_utc(row["starts_at"]) if row["starts_at"] is not None else self._db.now())
            w.update(
                RecordType.ACTIVITY,
                activity_id,
                {
                    "status": status.value,
                    "result": _result(result) if completed else "",
                    "outcome": outcome,
                    "happened_at": as_utc(when),
                    "completed_at": self._db.now(),
                },
            )
            if follow_up is not None:
                self.insert(w, follow_up)
        return self.get(activity_id)

    def follow_up_draft(self, activity_id: str) -> ActivityCreate:
        """What a follow-up of an activity starts from: the same type, people, company, deal, priority, length and
        privacy, the subject as it was; no time yet (the dialog asks), nor a rule."""
        a = self.get(activity_id)
        values: dict[str, Any] = {
            "type_id": self._type_id_of(activity_id),
            "subject": a.subject,
            "priority": a.priority,
            "contact_ids": [c.id for c in a.contacts],
            "company_id": a.company.id if a.company else None,
            "deal_id": a.deal.id if a.deal else None,
            "private": a.meta.private,
            "time_zone": a.time_zone,
            "alarm_minutes": a.alarm_minutes,
        }
        if a.starts_at is not None and a.ends_at is not None and not a.timeless and not a.all_day:
            values["duration_minutes"] = int((a.ends_at - a.starts_at).total_seconds() // 60)
        return ActivityCreate(**values)

    def _type_id_of(self, activity_id: str) -> str:
        with self._db.read() as conn:
            return str(conn.exec_driver_sql("SELECT type_id FROM activity WHERE id = ?", (activity_id,)).scalar_one())

    def reschedule(self, activity_id: str, starts_at: datetime, *, occurrence: datetime | None = None) -> ActivityRead:
        """Move an activity (or one occurrence) to a new start, keeping its length: a drag in the calendar, a date
        picked in the task list. An overdue activity moved to the future is no longer overdue."""
        changes = ActivityUpdate.model_construct(starts_at=as_utc(starts_at), _fields_set={"starts_at"})
        if occurrence is not None:
            return self.update_occurrence(activity_id, occurrence, changes)
        return self.update(activity_id, changes)

    def delete(self, activity_id: str, *, occurrence: datetime | None = None) -> bool:
        """Move an activity (a whole series with it) to the Trash; with `occurrence`, skip that one occurrence."""
        if occurrence is not None:
            self.skip_occurrence(activity_id, occurrence)
            return True
        with self._db.write("Delete activity") as w:
            return w.delete(RecordType.ACTIVITY, activity_id)

    def restore(self, activity_id: str) -> bool:
        with self._db.write("Restore activity") as w:
            return w.restore(RecordType.ACTIVITY, activity_id)

    # ----- reading records -----

    def get(self, activity_id: str) -> ActivityRead:
        with self._db.read() as conn:
            return self._reads(conn, [records.fetch_one(conn, RecordType.ACTIVITY, activity_id)])[0]

    def get_many(self, ids: Sequence[str]) -> builtins.list[ActivityRead]:
        with self._db.read() as conn:
            by_id = records.fetch(conn, RecordType.ACTIVITY, ids)
            return self._reads(conn, [by_id[i] for i in ids if i in by_id])

    def exceptions(self, series_id: str) -> builtins.list[ActivityRead]:
        """The occurrences of a series that differ from it (moved, edited, cleared, skipped), by occurrence."""
        with self._db.read() as conn:
            return self._reads(conn, _exceptions_of(conn, series_id))

    def list(
        self,
        *,
        contact_id: str | None = None,
        company_id: str | None = None,
        deal_id: str | None = None,
        status: str | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        deleted: bool = False,
        limit: int | None = None,
    ) -> builtins.list[ActivityRead]:
        """Activity records, soonest first; `status` 'scheduled' is the task list, 'done' or 'cancelled' history.

        A series is one record here (listed while it recurs); skipped occurrences are left out unless asked for.
        `occurrences` lists a calendar range occurrence by occurrence."""
        where = ["a.deleted_at IS NOT NULL" if deleted else "a.deleted_at IS NULL"]
        params: builtins.list[Any] = []
        if contact_id:
            where.append(
                "a.id IN (SELECT source_id FROM link WHERE source_type = 'activity' AND target_type = "
                "'contact' AND target_id = ? AND deleted_at IS NULL)"
            )
            params.append(contact_id)
        if company_id:
            # The company's own activities and those with its people. Spelled so that SQLite starts from the
            # company's people (CROSS JOIN keeps that order) rather than from every activity: 300 ms → 5 ms at
            # 100,000 contacts.
            where.append(
                "a.id IN (SELECT id FROM activity WHERE company_id = ? UNION SELECT l.source_id FROM contact c "
                "CROSS JOIN link l ON l.target_type = 'contact' AND l.target_id = c.id WHERE c.company_id = ? "
                "AND l.source_type = 'activity' AND l.deleted_at IS NULL)"
            )
            params.extend([company_id, company_id])
        if deal_id:
            where.append("a.deal_id = ?")
            params.append(deal_id)
        if contact_id or company_id or deal_id:  # a few activities: found through them, not the deleted_at index
            where[0] = "+" + where[0]
        if status:
            where.append("a.status = ?")
            params.append(ActivityStatus(status).value)
        else:
            where.append("a.status != 'skipped'")
        codec_time = records.CODECS[RecordType.ACTIVITY].to_column
        if start is not None:
            where.append("(a.starts_at >= ? OR a.rrule != '' OR a.starts_at IS NULL)")
            params.append(codec_time("starts_at", start))
        if end is not None:
            where.append("(a.starts_at <= ? OR a.starts_at IS NULL)")
            params.append(codec_time("starts_at", end))
        sql = (
            f"SELECT a.id FROM activity a WHERE {' AND '.join(where)} "
            "ORDER BY a.starts_at IS NULL, a.starts_at, a.created_at"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with self._db.read() as conn:
            ids = [r[0] for r in conn.exec_driver_sql(sql, tuple(params))]
            by_id = records.fetch(conn, RecordType.ACTIVITY, ids)
            return self._reads(conn, [by_id[i] for i in ids])

    def _reads(self, conn: Connection, rows: builtins.list[dict[str, Any]]) -> builtins.list[ActivityRead]:
        ids = [r["id"] for r in rows]
        links = records.linked(conn, RecordType.ACTIVITY, ids, RecordType.CONTACT)
        people = records.names(conn, RecordType.CONTACT, [c for ls in links.values() for c, _ in ls])
        companies = records.names(conn, RecordType.COMPANY, [r["company_id"] for r in rows])
        deals = records.names(conn, RecordType.DEAL, [r["deal_id"] for r in rows])
        types = self._type_map(conn) if rows else {}
        out = []
        for r in rows:
            kind = types.get(r["type_id"])
            out.append(
                ActivityRead(
                    id=r["id"],
                    kind=(kind.key or kind.name) if kind else "",
                    type_name=kind.name if kind else "",
                    subject=r["subject"],
                    details=r["details"],
                    starts_at=r["starts_at"],
                    ends_at=r["ends_at"],
                    timeless=bool(r["timeless"]),
                    time_zone=r["time_zone"],
                    priority=r["priority"],
                    status=r["status"],
                    outcome=r["outcome"],
                    completed_at=r["completed_at"],
                    alarm_minutes=r["alarm_minutes"],
                    rrule=r["rrule"],
                    contacts=[Ref(c, people.get(c, "")) for c, _ in links[r["id"]]],
                    company=Ref(r["company_id"], companies.get(r["company_id"], "")) if r["company_id"] else None,
                    deal=Ref(r["deal_id"], deals.get(r["deal_id"], "")) if r["deal_id"] else None,
                    custom=records.custom_by_name(conn, "activity", r["custom"]),
                    meta=meta_of(r),
                    all_day=bool(r["all_day"]),
                    series_id=r["series_id"],
                    recurrence_id=r["recurrence_id"],
                    result=r["result"],
                    happened_at=r["happened_at"],
                    ical_uid=r["ical_uid"],
                )
            )
        return out

    def resolve(self, key: str) -> str:
        """An activity id from an id or an id prefix of 8+ characters. The exceptions of a series share its id's
        first part (see `exception_id`): a prefix that fits a series and only its exceptions names the series."""
        with self._db.read() as conn:
            return records.resolve(conn, RecordType.ACTIVITY, key)

    # ----- occurrences: the calendar's read -----

    def occurrences(
        self,
        start: datetime,
        end: datetime,
        *,
        zone: tzinfo | str | None = None,
        people: bool = False,
        contact_id: str | None = None,
        include_history: bool = True,
    ) -> builtins.list[Occurrence]:
        """Every occurrence in [start, end): one-off activities, each occurrence of every series with its own start
        in the series' zone, and the exceptions; sorted by start. Timeless and all-day ones are placed on their
        dates in `zone` (the viewer's; default this computer's). `people`: fill in who each is with (a query more);
        `include_history`: cleared ones too (a calendar shows them, a task list does not)."""
        window = Window(as_utc(start), as_utc(end), viewer_zone(zone))
        if window.end <= window.start:
            return []
        with self._db.read() as conn:
            found = occurrences_in(conn, window, contact_id=contact_id, include_history=include_history)
            return finish(conn, found, self._type_map(conn), people=people, now=self._db.now(), zone=window.zone)

    def month(
        self, first_day: date, end_day: date, *, zone: tzinfo | str | None = None, per_day: int = 5
    ) -> builtins.list[DayCount]:
        """The month view's read: for each day of [first_day, end_day), how many occurrences fall on it, how many
        are overdue, and the first `per_day` as read models (services/month_view.py). A fraction of the cost of
        `occurrences` over the same days, which builds a read model for every one."""
        from cardfile.services.month_view import month_days

        if end_day <= first_day:
            return []
        with self._db.read() as conn:
            return month_days(
                conn, first_day, end_day, zone=viewer_zone(zone), types=self._type_map(conn), now=self._db.now(),
                per_day=max(0, per_day),
            )  # fmt: skip


# ----- occurrences, shared with the task list -----


@dataclass(slots=True)
class _Found:
    """An occurrence before it becomes a read model: the row that holds its values, and its own start and end."""

    row: dict[str, Any]
    start: datetime | None
    end: datetime | None
    series_id: str | None
    recurrence_id: datetime | None


_ROW_COLUMNS = (
    "id, type_id, subject, starts_at, ends_at, timeless, all_day, time_zone, priority, status, alarm_minutes, rrule, "
    "series_id, recurrence_id, owner_id, private, company_id, deal_id, alarm_dismissed_through, alarm_snoozed_until"
)
_ROW_NAMES = tuple(name.strip() for name in _ROW_COLUMNS.split(","))
_TIME_COLUMNS = ("starts_at", "ends_at", "recurrence_id", "alarm_dismissed_through", "alarm_snoozed_until")


def _row(values: Sequence[Any]) -> dict[str, Any]:
    row = dict(zip(_ROW_NAMES, values, strict=True))
    for name in _TIME_COLUMNS:
        text = row[name]
        if text is not None:
            row[name] = _parse_time(text)
    return row


def _parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text + "+00:00")


def _time_column(value: datetime) -> str:
    return records.CODECS[RecordType.ACTIVITY].to_column("starts_at", value)


def select_rows(conn: Connection, where: str, params: Sequence[Any]) -> builtins.list[dict[str, Any]]:
    """Activity rows in the compact form occurrences are built from.

    Read through the driver's own cursor: a month of a busy calendar is ten thousand rows, and SQLAlchemy's result
    machinery costs more per row than the rest of the read."""
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(f"SELECT {_ROW_COLUMNS} FROM activity a WHERE {where}", tuple(params))
        return [_row(values) for values in cursor.fetchall()]
    finally:
        cursor.close()


def occurrences_in(
    conn: Connection,
    window: Window,
    *,
    contact_id: str | None = None,
    include_history: bool = True,
    series_only: bool = False,
) -> builtins.list[_Found]:
    """The occurrences of a window, unsorted (see ActivityService.occurrences)."""
    floating_lo = datetime.combine(window.first_day, datetime.min.time(), UTC)
    floating_hi = datetime.combine(window.end_day, datetime.min.time(), UTC)
    lo = min(window.start, floating_lo) - LONGEST_ACTIVITY
    hi = max(window.end, floating_hi)
    about = ""
    params: builtins.list[Any] = []
    if contact_id:
        about = (
            " AND a.id IN (SELECT source_id FROM link WHERE source_type = 'activity' AND target_type = 'contact' "
            "AND target_id = ? AND deleted_at IS NULL)"
        )
        params.append(contact_id)
    status = "" if include_history else " AND a.status = 'scheduled'"
    out: builtins.list[_Found] = []
    live_series = {
        r["id"]: r
        for r in select_rows(
            conn, f"a.rrule != '' AND a.starts_at < ? AND +a.deleted_at IS NULL{about}", [_time_column(hi), *params]
        )
    }
    if not series_only:
        rows = select_rows(
            conn,
            # '+': by the index of starts, not the tombstones' (which every live activity shares)
            # the rows that start before the range only when they last into it, checked by SQLite on the way
            "a.starts_at >= ? AND a.starts_at < ? AND (a.starts_at >= ? OR a.ends_at > ?) AND +a.deleted_at IS NULL "
            f"AND a.rrule = '' AND a.status != 'skipped'{status}{about}",
            [
                _time_column(lo),
                _time_column(hi),
                _time_column(min(window.start, floating_lo)),
                _time_column(min(window.start, floating_lo)),
                *params,
            ],
        )
        wanted_series = {r["series_id"] for r in rows if r["series_id"] and r["series_id"] not in live_series}
        if wanted_series:  # exceptions of series that start after the window, moved into it
            marks = ",".join("?" for _ in wanted_series)
            for r in select_rows(conn, f"a.id IN ({marks}) AND a.deleted_at IS NULL", sorted(wanted_series)):
                live_series[r["id"]] = r
        for r in rows:
            if r["series_id"]:
                series = live_series.get(r["series_id"])
                if series is None or (r["status"] == "scheduled" and series["status"] != "scheduled"):
                    continue  # an exception of a series deleted, cleared as a whole, or not held here
            start, end = r["starts_at"], r["ends_at"]
            if _in_window(r, start, end, window):
                out.append(_Found(r, start, end, r["series_id"], r["recurrence_id"]))
    series_rows = [s for s in live_series.values() if s["rrule"]]
    if not series_rows:
        return out
    suppressed = _exception_keys(conn, [s["id"] for s in series_rows], lo, hi + LONGEST_ACTIVITY)
    for series in series_rows:
        if series["status"] != "scheduled":
            # A series cleared as a whole is history at its first start.
            if (
                include_history
                and series["starts_at"] is not None
                and _in_window(series, series["starts_at"], series["ends_at"], window)
            ):
                out.append(_Found(series, series["starts_at"], series["ends_at"], None, None))
            continue
        for start, end in series_starts(series, window):
            if (series["id"], start) in suppressed:
                continue
            out.append(_Found(series, start, end, series["id"], start))
    return out


def _exception_keys(
    conn: Connection, series_ids: Sequence[str], lo: datetime, hi: datetime
) -> set[tuple[str, datetime]]:
    """(series, occurrence) of the live exceptions of these series whose occurrences fall in [lo, hi)."""
    wanted = set(series_ids)
    result = conn.exec_driver_sql(
        "SELECT series_id, recurrence_id FROM activity WHERE series_id IS NOT NULL AND recurrence_id >= ? "
        "AND recurrence_id < ? AND deleted_at IS NULL",
        (_time_column(lo), _time_column(hi)),
    )
    return {(sid, _parse_time(rid)) for sid, rid in result if sid in wanted}


def _in_window(row: dict[str, Any], start: datetime | None, end: datetime | None, window: Window) -> bool:
    if start is None:
        return False
    if row["timeless"] or row["all_day"]:
        first = start.date()
        last = (end.date() if end is not None and end > start else first + _DAY) if row["all_day"] else first + _DAY
        return first < window.end_day and last > window.first_day
    finish_at = end if end is not None and end > start else start
    return start < window.end and (finish_at > window.start or start >= window.start)


def series_starts(series: dict[str, Any], window: Window) -> builtins.list[tuple[datetime, datetime | None]]:
    """The (start, end) in UTC of each occurrence of a series that touches the window."""
    length = _length(series)
    if series["timeless"] or series["all_day"]:
        first = datetime.combine(window.first_day, datetime.min.time())
        last = datetime.combine(window.end_day, datetime.min.time())
        dtstart = as_utc(series["starts_at"]).replace(tzinfo=None)
        days = max(_DAY, length or _DAY)
        found = starts_between(series["rrule"], dtstart, first - days + timedelta(microseconds=1), last, zone_name=None)
        out = []
        for when in found:
            start = when.replace(tzinfo=UTC)
            out.append((start, start + length if length is not None and series["all_day"] else None))
        return out
    zone = zone_of(series["time_zone"])
    dtstart = as_utc(series["starts_at"]).astimezone(zone).replace(tzinfo=None)
    span = length or timedelta(0)
    lower = (window.start - span).astimezone(zone).replace(tzinfo=None) - _DAY
    upper = window.end.astimezone(zone).replace(tzinfo=None) + _DAY
    out = []
    for when in starts_between(series["rrule"], dtstart, lower, upper, zone_name=zone.key):
        start = when.replace(tzinfo=zone).astimezone(UTC)
        end = start + span if length is not None else None
        if start < window.end and ((end is not None and end > window.start) or start >= window.start):
            out.append((start, end))
    return out


def is_overdue(
    status: str, start: datetime | None, end: datetime | None, floating: bool, now: datetime, today: date
) -> bool:
    """The one definition of overdue: not cleared, and its time has passed — a timed activity's end (its start when
    it has no length), a timeless or all-day activity's last day (`today` is the viewer's date). An activity
    without a date is never overdue."""
    if status != ActivityStatus.SCHEDULED or start is None:
        return False
    if floating:
        last_day = (end.date() - _DAY) if end is not None and end > start else start.date()
        return last_day < today
    return (end if end is not None and end > start else start) <= now


def finish(
    conn: Connection,
    found: Sequence[_Found],
    types: dict[str, ActivityTypeRead],
    *,
    people: bool,
    now: datetime,
    zone: tzinfo,
) -> builtins.list[Occurrence]:
    """Read models of found occurrences, sorted by start (timeless and all-day ones first on their day)."""
    today = now.astimezone(zone).date()
    names: dict[str, builtins.list[Ref]] = {}
    if people and found:
        ids = sorted({f.row["id"] for f in found})
        links = records.linked(conn, RecordType.ACTIVITY, ids, RecordType.CONTACT)
        who = records.names(conn, RecordType.CONTACT, [c for ls in links.values() for c, _ in ls])
        names = {i: [Ref(c, who.get(c, "")) for c, _ in ls] for i, ls in links.items()}
    kinds = {type_id: (t.key or t.name, t.name) for type_id, t in types.items()}
    nobody: tuple[Ref, ...] = ()
    out: builtins.list[Occurrence] = []
    append = out.append
    for f in found:  # positional: a month of a busy calendar is fifteen thousand of these
        r = f.row
        kind, type_name = kinds.get(r["type_id"], ("", ""))
        timeless, all_day, status = bool(r["timeless"]), bool(r["all_day"]), r["status"]
        append(
            Occurrence(
                r["id"], f.series_id, f.recurrence_id, kind, type_name, r["subject"], f.start, f.end, timeless,
                all_day, r["time_zone"], r["priority"], status,
                status == "scheduled" and is_overdue(status, f.start, f.end, timeless or all_day, now, today),
                r["alarm_minutes"], r["owner_id"], bool(r["private"]),
                tuple(names[r["id"]]) if r["id"] in names else nobody,
            )
        )  # fmt: skip
    never = _NEVER
    # By start; on one day the timeless and all-day ones first (they are stored at its 00:00 UTC); undated last.
    out.sort(key=lambda o: (o.starts_at or never, not (o.timeless or o.all_day), o.subject))
    return out


_NEVER = datetime.max.replace(tzinfo=UTC)


def _as_old_as_the_series(w: Writer, series_id: str, record_ids: Sequence[str]) -> None:
    """Stamp the creation of an exception (and of its links) with the clock of the series' latest change.

    An exception starts as a copy of its series, and two devices that change one occurrence both create it, with
    the same id. Stamped now, the second creation's copy of, say, the subject would overrule the subject the first
    device had typed meanwhile. The copied values are as old as the series they come from, so they carry its stamp,
    and any change a person makes to the occurrence, on any device, comes later and wins.
    """
    stamp = w.conn.exec_driver_sql("SELECT max(hlc) FROM change WHERE record_id = ?", (series_id,)).scalar()
    if stamp is None:
        return
    marks = ",".join("?" for _ in record_ids)
    w.conn.exec_driver_sql(
        f"UPDATE change SET hlc = ? WHERE action_id = ? AND record_id IN ({marks})",
        (stamp, w.action_id, *record_ids),
    )


def _exceptions_of(conn: Connection, series_id: str) -> builtins.list[dict[str, Any]]:
    ids = [
        r[0]
        for r in conn.exec_driver_sql(
            "SELECT id FROM activity WHERE series_id = ? AND deleted_at IS NULL ORDER BY recurrence_id", (series_id,)
        )
    ]
    by_id = records.fetch(conn, RecordType.ACTIVITY, ids)
    return [by_id[i] for i in ids if i in by_id]


def _length(row: dict[str, Any]) -> timedelta | None:
    if row["starts_at"] is None or row["ends_at"] is None:
        return None
    return as_utc(row["ends_at"]) - as_utc(row["starts_at"])


def _end(start: datetime, series: dict[str, Any]) -> datetime | None:
    length = _length(series)
    return as_utc(start) + length if length is not None else None


def _local(when: datetime, row: dict[str, Any]) -> tuple[datetime, str | None]:
    """A stored instant as the naive wall-clock time the series recurs in, and that zone's name (None: dates)."""
    if row["timeless"] or row["all_day"]:
        return as_utc(when).replace(tzinfo=None), None
    zone = zone_of(row["time_zone"])
    return as_utc(when).astimezone(zone).replace(tzinfo=None), zone.key


def _utc(local: datetime, row: dict[str, Any]) -> datetime:
    if row["timeless"] or row["all_day"]:
        return local.replace(tzinfo=UTC)
    return local.replace(tzinfo=zone_of(row["time_zone"])).astimezone(UTC)


def _result(result: str) -> str:
    text = result.strip()
    if not text:
        raise ValidationError(
            field="result", problem="say how it went (completed, left message, no answer …)", reason="no_result"
        )
    key = text.casefold().replace(" ", "_").replace("-", "_")
    return key if key in {r.value for r in ClearResult} else text


__all__ = ["ActivityService", "RuleError", "Window", "exception_id", "is_overdue", "occurrences_in"]
