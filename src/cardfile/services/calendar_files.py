"""iCalendar files in and out: export activities to .ics, import events and to-dos from other calendar programs.

Import is one job, like a vCard import: every item is read and checked before anything is written, then the whole
file is written in one transaction labelled "Imported from FILE" and tagged with the job's id (Undo takes it back as
one step). An item that cannot be imported is rejected with its line and the reason, and nothing of it is written;
the rest is imported. Importing the same file again updates what it imported before (matched by UID), or skips it.
A changed occurrence (RECURRENCE-ID) becomes an exception of its series, EXDATEs skipped occurrences; attendees whose
email address belongs to a contact are linked to that contact.
"""

from __future__ import annotations

import builtins
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from cardfile.domain.errors import CardfileError, ValidationError
from cardfile.domain.models import ActivityCreate, ActivityUpdate, validate
from cardfile.domain.recurrence import local_zone_name
from cardfile.domain.sentences import of_error
from cardfile.domain.values import ActivityStatus, RecordType
from cardfile.interchange.ics_reader import UNTITLED, CalendarItem, RejectedItem, read_calendar
from cardfile.interchange.ics_writer import EventOut, write_calendar
from cardfile.interchange.reading import FileUnreadable
from cardfile.services import records
from cardfile.services.activities import Window, occurrences_in
from cardfile.services.exporter import ExportFailed
from cardfile.services.importer import DECISIONS, Decision, ImportReport
from cardfile.store.codec import as_utc
from cardfile.store.writer import Writer, new_id

if TYPE_CHECKING:
    from cardfile.services.container import Services

ICS_SUFFIXES = (".ics", ".ical", ".ifb", ".icalendar")
_OWN_UID = "@cardfile"


@dataclass(frozen=True, slots=True)
class CalendarPreview:
    """One event or to-do of an .ics file as the import wizard lists it, or one that cannot be imported."""

    file: str
    line: int
    kind: str  # "event", "todo" or "rejected"
    subject: str
    start: datetime | None
    all_day: bool = False
    timeless: bool = False
    repeats: bool = False
    occurrence: bool = False  # a changed occurrence of a series in the same file
    existing: str | None = None  # the activity an earlier import of the same item made
    reason: str = ""


class _Probe:
    """Looks up what an earlier import made of an item, on a read connection (the import itself does it while
    writing)."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def existing(self, uid: str) -> str | None:
        return CalendarFileService._existing(self, uid)  # type: ignore[arg-type]


@dataclass
class CalendarExport:
    target: str
    activities: int = 0

    def as_json(self) -> dict[str, Any]:
        return {"target": self.target, "format": "ics", "count": self.activities, "activities": self.activities}


class CalendarFileService:
    def __init__(self, services: Services) -> None:
        self._services = services
        self._db = services.db

    # ----- export -----

    def export_ics(
        self,
        target: str | PathLike[str] | TextIO,
        *,
        start: datetime | None = None,
        end: datetime | None = None,
        contact_id: str | None = None,
        ids: Sequence[str] | None = None,
    ) -> CalendarExport:
        """Write activities to an .ics file (or an open text stream): all of them, those with occurrences in
        [start, end), a contact's, or the ones named. A series goes whole, with its changed and skipped
        occurrences. A file is written under a temporary name and moved into place: no half file is left."""
        events = self._events(self._selection(start, end, contact_id, ids))
        if not isinstance(target, str | PathLike):
            count = write_calendar(events, target)
            return CalendarExport("<stream>", count)
        path = Path(target)
        try:
            handle, temporary = tempfile.mkstemp(prefix=".cardfile-", suffix=".ics", dir=path.parent or ".")
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
                count = write_calendar(events, out)
            os.replace(temporary, path)
        except OSError as exc:
            raise ExportFailed(target=str(path), detail=exc.strerror or str(exc), errno=exc.errno) from None
        return CalendarExport(str(path), count)

    def _selection(
        self, start: datetime | None, end: datetime | None, contact_id: str | None, ids: Sequence[str] | None
    ) -> builtins.list[str]:
        with self._db.read() as conn:
            where = ["deleted_at IS NULL", "status != 'skipped'"]
            if ids is not None:
                wanted = set(ids)
            elif contact_id is not None:
                wanted = set(records.linking(conn, RecordType.ACTIVITY, RecordType.CONTACT, contact_id))
            elif start is not None or end is not None:
                lower = as_utc(start) if start else datetime(1900, 1, 1, tzinfo=UTC)
                upper = as_utc(end) if end else datetime(2200, 1, 1, tzinfo=UTC)
                window = Window(lower, upper, UTC)
                wanted = {f.row["id"] for f in occurrences_in(conn, window)}
            else:
                wanted = {r[0] for r in conn.exec_driver_sql(f"SELECT id FROM activity WHERE {' AND '.join(where)}")}
            # an exception brings its series, a series all of its exceptions
            series = {
                r[0]
                for chunk in _chunks(sorted(wanted))
                for r in conn.exec_driver_sql(
                    f"SELECT coalesce(series_id, id) FROM activity WHERE id IN ({','.join('?' for _ in chunk)}) "
                    "AND deleted_at IS NULL",
                    tuple(chunk),
                )
            }
            out = set(series)
            for chunk in _chunks(sorted(series)):
                out.update(
                    r[0]
                    for r in conn.exec_driver_sql(
                        f"SELECT id FROM activity WHERE series_id IN ({','.join('?' for _ in chunk)}) "
                        "AND deleted_at IS NULL",
                        tuple(chunk),
                    )
                )
            return sorted(out)

    def _events(self, ids: builtins.list[str]) -> builtins.list[EventOut]:
        activities = self._services.activities.get_many(ids)
        by_id = {a.id: a for a in activities}
        emails = self._emails([c.id for a in activities for c in a.contacts])
        skipped: dict[str, builtins.list[datetime | date]] = {}
        for a in activities:
            if a.series_id and a.status == ActivityStatus.SKIPPED and a.recurrence_id is not None:
                series = by_id.get(a.series_id)
                if series is not None:
                    skipped.setdefault(a.series_id, []).append(
                        _value(a.recurrence_id, series.timeless or series.all_day)
                    )
        out = []
        for a in sorted(activities, key=lambda a: (a.series_id or a.id, a.recurrence_id is not None, a.id)):
            if a.status == ActivityStatus.SKIPPED:
                continue
            series = by_id.get(a.series_id) if a.series_id else None
            if a.series_id and series is None:
                continue  # an exception whose series is gone: history of its own, written as such below
            floating = a.timeless or a.all_day
            uid = _uid(series or a)
            out.append(
                EventOut(
                    uid=uid,
                    summary=a.subject,
                    start=_value(a.starts_at, floating) if a.starts_at else None,
                    end=_value(a.ends_at, floating) if a.ends_at and not a.timeless else None,
                    time_zone=a.time_zone if not floating else "",
                    description=a.details,
                    rrule=a.rrule,
                    exdates=sorted(skipped.get(a.id, []), key=str),
                    recurrence_id=_value(a.recurrence_id, series.timeless or series.all_day)
                    if series is not None and a.recurrence_id is not None
                    else None,
                    alarm_minutes=a.alarm_minutes,
                    priority=a.priority,
                    status=a.status,
                    result=a.result,
                    outcome=a.outcome,
                    happened_at=a.happened_at,
                    private=a.meta.private,
                    activity_type=a.kind,
                    categories=[a.type_name] if a.type_name else [],
                    attendees=[(c.name, emails[c.id]) for c in a.contacts if c.id in emails],
                    timeless=a.timeless,
                    created=a.meta.created_at,
                    modified=a.meta.updated_at,
                )
            )
        return out

    def _emails(self, contact_ids: builtins.list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        with self._db.read() as conn:
            for chunk in _chunks(sorted(set(contact_ids))):
                result = conn.exec_driver_sql(
                    "SELECT id, json_extract(emails, '$[0].value') FROM contact "
                    f"WHERE id IN ({','.join('?' for _ in chunk)})",
                    tuple(chunk),
                )
                out.update({cid: email for cid, email in result if email})
        return out

    # ----- import -----

    def preview_ics(
        self,
        paths: Sequence[str | PathLike[str]],
        *,
        limit: int = 50,
        local_zone: str | None = None,
        untitled: str = UNTITLED,
    ) -> builtins.list[CalendarPreview]:
        """The first items of .ics files as the import wizard shows them before importing: what each is, when, and
        the activity an earlier import made of it (matched by UID), or why it cannot be imported. A file that is
        not iCalendar raises NotICalendar, one that cannot be read FileUnreadable; nothing is written."""
        zone = local_zone or local_zone_name()
        out: builtins.list[CalendarPreview] = []
        with self._db.read() as conn:
            for entry in paths:
                path = Path(entry)
                try:
                    data = path.read_bytes()
                except OSError as exc:
                    raise FileUnreadable(file=str(path), detail=exc.strerror or str(exc), errno=exc.errno) from None
                for item in read_calendar(data, str(path), local_zone=zone, untitled=untitled).items:
                    if len(out) >= limit:
                        return out
                    if isinstance(item, RejectedItem):
                        out.append(CalendarPreview(str(path), item.line, "rejected", "", None, reason=item.reason))
                        continue
                    start = item.start
                    if isinstance(start, date) and not isinstance(start, datetime):
                        start = datetime.combine(start, datetime.min.time(), UTC)
                    existing = None
                    if item.uid:
                        existing = _Probe(conn).existing(item.uid)
                    out.append(
                        CalendarPreview(
                            str(path), item.line, item.kind, item.summary, start, all_day=item.all_day,
                            timeless=item.timeless, repeats=bool(item.rrule), occurrence=item.recurrence_id is not None,
                            existing=existing,
                        )
                    )  # fmt: skip
        return out

    def import_ics(
        self,
        paths: str | PathLike[str] | Sequence[str | PathLike[str]],
        *,
        on_duplicate: Decision = "update",
        job_id: str | None = None,
        local_zone: str | None = None,
        untitled: str = UNTITLED,
    ) -> ImportReport:
        """Import the events and to-dos of .ics files as one undoable job (see the module docstring).
        `local_zone`: where times written without a zone are (default: this computer's zone); `untitled`: the
        subject of an item with neither a title nor a place (the window names it in the reader's language)."""
        if on_duplicate not in DECISIONS:
            raise ValidationError(
                field="duplicates",
                problem=f"{on_duplicate!r} is not one of {', '.join(DECISIONS)}",
                reason="not_one_of",
                value=on_duplicate,
                choices=list(DECISIONS),
            )
        given = [paths] if isinstance(paths, str | PathLike) else list(paths)
        if not given:
            raise ValidationError(field="files", problem="name at least one .ics file to import", reason="no_files")
        zone = local_zone or local_zone_name()
        calendars = []
        for entry in given:
            path = Path(entry)
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise FileUnreadable(file=str(path), detail=exc.strerror or str(exc), errno=exc.errno) from None
            calendars.append((str(path), read_calendar(data, str(path), local_zone=zone, untitled=untitled)))
        report = ImportReport(job_id or new_id(), [name for name, _ in calendars])
        for name, calendar in calendars:
            plans = self._plans(name, calendar.items, report)
            if not plans:
                continue
            with self._db.write(f"Imported from {Path(name).name}", job_id=report.job_id) as w:
                self._write(w, name, plans, on_duplicate, report)
        return report

    def _plans(
        self, file: str, items: builtins.list[CalendarItem | RejectedItem], report: ImportReport
    ) -> builtins.list[tuple[CalendarItem, ActivityCreate]]:
        """Each item checked and turned into what will be scheduled, before anything is written."""
        types = {t.key or t.name.casefold(): t.id for t in self._services.activities.types()}
        plans = []
        for item in items:
            if isinstance(item, RejectedItem):
                report.rejected.append({"file": file, "line": item.line, "reason": item.reason})
                continue
            for message in item.warnings:
                report.warnings.append({"file": file, "line": item.line, "message": message})
            try:
                plans.append((item, self._create(item, types)))
            except (ValidationError, CardfileError) as exc:
                report.rejected.append({"file": file, "line": item.line, "reason": of_error(exc)})
        return plans

    def _create(self, item: CalendarItem, types: dict[str, str]) -> ActivityCreate:
        kind = item.activity_type.casefold() or ("todo" if item.kind == "todo" else "")
        if not kind:
            lowered = {c.casefold() for c in item.categories}
            kind = "call" if lowered & {"call", "phone call", "phone"} else "meeting"
        type_id = types.get(kind) or types.get("meeting" if item.kind == "event" else "todo")
        floating = item.all_day or item.timeless
        details = item.description
        if item.location:
            details = f"{details}\n\n{item.location}".strip() if details else item.location
        fields: dict[str, Any] = {
            "type_id": type_id,
            "subject": item.summary[:500],
            "details": details,
            "starts_at": item.start,
            "ends_at": item.end if not item.timeless else None,
            "timeless": item.timeless,
            "all_day": item.all_day,
            "time_zone": item.time_zone if not floating else "",
            "priority": item.priority,
            "alarm_minutes": item.alarm_minutes,
            "rrule": item.rrule if item.recurrence_id is None else "",
            "private": item.private,
        }
        if not floating and isinstance(item.start, datetime) and not item.time_zone:
            fields["time_zone"] = "UTC"
        return validate(ActivityCreate, **fields)

    def _write(
        self,
        w: Writer,
        file: str,
        plans: builtins.list[tuple[CalendarItem, ActivityCreate]],
        on_duplicate: Decision,
        report: ImportReport,
    ) -> None:
        activities = self._services.activities
        masters: dict[str, str] = {}  # uid -> series (or activity) id written or found
        skipped: set[str] = set()  # uids left alone: their changed occurrences too
        overrides = [(item, data) for item, data in plans if item.recurrence_id is not None]
        for item, data in plans:
            if item.recurrence_id is not None:
                continue
            existing = self._existing(w, item.uid) if item.uid and on_duplicate != "new" else None
            people = self._people(w, item.attendees)
            if existing is not None and on_duplicate == "skip":
                report.skipped += 1
                skipped.add(item.uid)
                continue
            if existing is not None:
                changes = ActivityUpdate.model_validate(
                    {k: v for k, v in data.model_dump(exclude={"contact_ids", "owner_id"}).items() if k != "custom"}
                )
                activities.apply_update(w, existing, changes)
                if people:
                    records.add_links(w, RecordType.ACTIVITY, existing, RecordType.CONTACT, people)
                record_id = existing
                report.updated += 1
            else:
                record_id = activities.insert(w, data.model_copy(update={"contact_ids": people}))
                if item.uid:
                    w.update(RecordType.ACTIVITY, record_id, {"ical_uid": item.uid})
                report.imported += 1
            self._history(w, record_id, item)
            if item.uid:
                masters[item.uid] = record_id
            for exdate in item.exdates:
                occurrence = _occurrence(exdate)
                try:
                    exception = activities._exception(w, record_id, occurrence)
                except ValidationError:
                    report.warnings.append(
                        {"file": file, "line": item.line, "message": f"EXDATE {exdate} is not an occurrence; left out"}
                    )
                    continue
                w.update(RecordType.ACTIVITY, exception, {"status": ActivityStatus.SKIPPED.value})
        for item, data in overrides:
            if item.uid in skipped:
                report.skipped += 1
                continue
            series = masters.get(item.uid) or (self._existing(w, item.uid) if item.uid else None)
            occurrence = _occurrence(item.recurrence_id)  # type: ignore[arg-type]
            people = self._people(w, item.attendees)
            if series is None:
                record_id = activities.insert(w, data.model_copy(update={"contact_ids": people}))
                report.imported += 1
                report.warnings.append(
                    {
                        "file": file,
                        "line": item.line,
                        "message": "a changed occurrence without its series: imported as an activity of its own",
                    }
                )
                self._history(w, record_id, item)
                continue
            try:
                exception = activities._exception(w, series, occurrence)
            except ValidationError as exc:
                report.rejected.append(
                    {"file": file, "line": item.line, "reason": of_error(exc, f"RECURRENCE-ID: {exc.message}")}
                )
                continue
            values = data.model_dump(exclude={"contact_ids", "owner_id", "custom", "rrule", "duration_minutes"})
            values.pop("type_id", None)
            if values["time_zone"] in ("", "UTC") or not isinstance(item.start, datetime):
                values.pop("time_zone")  # an occurrence written in UTC is shown in its series' zone
            w.update(RecordType.ACTIVITY, exception, values)
            if people:
                records.add_links(w, RecordType.ACTIVITY, exception, RecordType.CONTACT, people)
            self._history(w, exception, item)
            report.imported += 1

    def _history(self, w: Writer, record_id: str, item: CalendarItem) -> None:
        if item.status == "scheduled":
            return
        start = item.start if isinstance(item.start, datetime) else None
        happened = item.completed or start or self._db.now()
        w.update(
            RecordType.ACTIVITY,
            record_id,
            {
                "status": item.status,
                "result": item.result or ("completed" if item.status == "done" else ""),
                "outcome": item.outcome,
                "happened_at": as_utc(happened),
                "completed_at": self._db.now(),
            },
        )

    @staticmethod
    def _existing(w: Writer, uid: str) -> str | None:
        row = w.conn.exec_driver_sql(
            "SELECT id FROM activity WHERE ical_uid = ? AND series_id IS NULL AND deleted_at IS NULL "
            "ORDER BY created_at LIMIT 1",
            (uid,),
        ).first()
        if row is not None:
            return str(row[0])
        if uid.endswith(_OWN_UID):  # exported by Cardfile: the activity's own id
            own = uid.removesuffix(_OWN_UID)
            row = w.conn.exec_driver_sql(
                "SELECT id FROM activity WHERE id = ? AND series_id IS NULL AND deleted_at IS NULL", (own,)
            ).first()
            if row is not None:
                return str(row[0])
        return None

    @staticmethod
    def _people(w: Writer, emails: builtins.list[str]) -> builtins.list[str]:
        found: builtins.list[str] = []
        for email in emails:
            row = w.conn.exec_driver_sql(
                "SELECT c.id FROM contact c, json_each(c.emails) e WHERE c.deleted_at IS NULL "
                "AND lower(json_extract(e.value, '$.value')) = lower(?) LIMIT 1",
                (email.strip(),),
            ).first()
            if row is not None and row[0] not in found:
                found.append(str(row[0]))
        return found


def _uid(a: Any) -> str:
    return a.ical_uid or f"{a.id}{_OWN_UID}"


def _value(when: datetime, floating: bool) -> datetime | date:
    return when.date() if floating else when


def _occurrence(value: datetime | date) -> datetime:
    if isinstance(value, datetime):
        return as_utc(value)
    return datetime.combine(value, datetime.min.time(), UTC)


def _chunks(items: builtins.list[str], size: int = 500) -> builtins.list[builtins.list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def is_calendar_file(path: str | PathLike[str]) -> bool:
    return Path(path).suffix.lower() in ICS_SUFFIXES
