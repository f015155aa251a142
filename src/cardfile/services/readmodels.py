"""Plain read models the services return: frozen dataclasses, no ORM objects, JSON-ready through `as_json()`.

The JSON field names are a documented, stable interface (README, "JSON output"): every object has `id`, `type`
and `display_name`; times are ISO 8601 in UTC.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from cardfile.domain.errors import DailyBackupNotMade
from cardfile.services.search_results import FoundIn, Marks, SearchResult  # noqa: F401  (found here too)
from cardfile.store.times import iso_utc

if TYPE_CHECKING:
    from cardfile.domain.money import Money


def _time(value: datetime | None) -> str | None:
    return iso_utc(value) if value is not None else None


@dataclass(frozen=True, slots=True)
class Ref:
    id: str
    name: str

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name}


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A record offered as the person types its name, with what tells it apart from another of the same name
    (a company's city and industry; services/disambiguation.py)."""

    id: str
    name: str
    detail: tuple[str, ...] = ()


@functools.lru_cache(maxsize=64)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name or "UTC")


def _ref(ref: Ref | None) -> dict[str, Any] | None:
    return ref.as_json() if ref is not None else None


@dataclass(frozen=True, slots=True)
class RecordMeta:
    owner_id: str
    private: bool
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None

    def as_json(self) -> dict[str, Any]:
        return {
            "owner": self.owner_id,
            "private": self.private,
            "created_at": _time(self.created_at),
            "updated_at": _time(self.updated_at),
            "deleted_at": _time(self.deleted_at),
        }


def meta_of(row: dict[str, Any]) -> RecordMeta:
    return RecordMeta(row["owner_id"], bool(row["private"]), row["created_at"], row["updated_at"], row["deleted_at"])


@dataclass(frozen=True, slots=True)
class ContactRead:
    id: str
    display_name: str
    prefix: str
    given: str
    additional: str
    family: str
    suffix: str
    nickname: str
    phonetic_given: str
    phonetic_additional: str
    phonetic_family: str
    title: str
    department: str
    company: Ref | None
    birthday: str | None
    anniversary: str | None
    photo_mime: str | None
    photo_size: int
    note: str
    tags: list[str]
    emails: list[dict[str, Any]]
    phones: list[dict[str, Any]]
    addresses: list[dict[str, Any]]
    urls: list[dict[str, Any]]
    ims: list[dict[str, Any]]
    dates: list[dict[str, Any]]
    custom: dict[str, Any]  # custom field name -> value
    vcard_uid: str | None
    vcard_extra: list[str]
    meta: RecordMeta
    display_name_custom: bool = False
    # the people this one's card names (an agent, from a card nested in theirs): (their id and name, the role)
    related: tuple[tuple[Ref, str], ...] = ()

    type = "contact"

    @property
    def deleted(self) -> bool:
        return self.meta.deleted_at is not None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "display_name": self.display_name,
            "prefix": self.prefix,
            "given": self.given,
            "additional": self.additional,
            "family": self.family,
            "suffix": self.suffix,
            "nickname": self.nickname,
            "phonetic_given": self.phonetic_given,
            "phonetic_additional": self.phonetic_additional,
            "phonetic_family": self.phonetic_family,
            "title": self.title,
            "department": self.department,
            "company": _ref(self.company),
            "birthday": self.birthday,
            "anniversary": self.anniversary,
            "photo": {"mime": self.photo_mime, "size": self.photo_size} if self.photo_mime else None,
            "note": self.note,
            "tags": list(self.tags),
            "emails": list(self.emails),
            "phones": list(self.phones),
            "addresses": list(self.addresses),
            "urls": list(self.urls),
            "ims": list(self.ims),
            "dates": list(self.dates),
            "custom": dict(self.custom),
            "vcard_uid": self.vcard_uid,
            "related": [{"id": ref.id, "name": ref.name, "role": role} for ref, role in self.related],
            **self.meta.as_json(),
        }


@dataclass(frozen=True, slots=True)
class ContactRow:
    """One line of the contact list: what a list view shows, fetched a page at a time."""

    id: str
    display_name: str
    company: str
    title: str
    email: str
    phone: str
    locality: str
    tags: list[str]
    updated_at: datetime
    file_as: str = ""  # 'Jónsdóttir, Anna': the "File as" column, in the order of the family name


@dataclass(frozen=True, slots=True)
class CompanyRead:
    id: str
    display_name: str
    industry: str
    website: str
    parent: Ref | None
    logo_mime: str | None
    note: str
    tags: list[str]
    emails: list[dict[str, Any]]
    phones: list[dict[str, Any]]
    addresses: list[dict[str, Any]]
    urls: list[dict[str, Any]]
    ims: list[dict[str, Any]]
    dates: list[dict[str, Any]]
    custom: dict[str, Any]
    vcard_uid: str | None
    vcard_extra: list[str]
    people_count: int
    meta: RecordMeta

    type = "company"

    @property
    def name(self) -> str:
        return self.display_name

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "display_name": self.display_name,
            "name": self.display_name,
            "industry": self.industry,
            "website": self.website,
            "parent": _ref(self.parent),
            "company": _ref(self.parent),
            "logo": {"mime": self.logo_mime} if self.logo_mime else None,
            "note": self.note,
            "tags": list(self.tags),
            "emails": list(self.emails),
            "phones": list(self.phones),
            "addresses": list(self.addresses),
            "urls": list(self.urls),
            "ims": list(self.ims),
            "dates": list(self.dates),
            "custom": dict(self.custom),
            "vcard_uid": self.vcard_uid,
            "people": self.people_count,
            **self.meta.as_json(),
        }


@dataclass(frozen=True, slots=True)
class ActivityRead:
    id: str
    kind: str  # the type's key ("call", "meeting", "todo") or the custom type's name
    type_name: str
    subject: str
    details: str
    starts_at: datetime | None
    ends_at: datetime | None
    timeless: bool
    time_zone: str
    priority: str
    status: str
    outcome: str
    completed_at: datetime | None
    alarm_minutes: int | None
    rrule: str
    contacts: list[Ref]
    company: Ref | None
    deal: Ref | None
    custom: dict[str, Any]
    meta: RecordMeta
    all_day: bool = False
    series_id: str | None = None  # an exception of a series: the series
    recurrence_id: datetime | None = None  # an exception: the start the series gives its occurrence
    result: str = ""  # a cleared activity: completed, left_message, no_answer, or words of one's own
    happened_at: datetime | None = None  # a cleared activity: when it really happened
    ical_uid: str | None = None

    type = "activity"

    @property
    def display_name(self) -> str:
        return self.subject

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "display_name": self.subject,
            "activity_type": self.kind,
            "activity_type_name": self.type_name,
            "subject": self.subject,
            "details": self.details,
            "start": _time(self.starts_at),
            "end": _time(self.ends_at),
            "timeless": self.timeless,
            "time_zone": self.time_zone,
            "priority": self.priority,
            "status": self.status,
            "outcome": self.outcome,
            "completed_at": _time(self.completed_at),
            "alarm_minutes": self.alarm_minutes,
            "rrule": self.rrule,
            "all_day": self.all_day,
            "series_id": self.series_id,
            "occurrence": _time(self.recurrence_id),
            "result": self.result,
            "happened_at": _time(self.happened_at),
            "ical_uid": self.ical_uid,
            "contacts": [c.as_json() for c in self.contacts],
            "company": _ref(self.company),
            "deal": _ref(self.deal),
            "custom": dict(self.custom),
            **self.meta.as_json(),
        }


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One occurrence as a calendar or task list shows it: a one-off activity, or one start of a recurring series.

    `activity_id` is the record that holds its values (opened by a double click): the one-off activity, the series
    (an occurrence the series gives as it is), or the exception of an occurrence changed on its own. `series_id` and
    `occurrence` (the start the series gives it, UTC) name an occurrence to `update_occurrence`, `skip_occurrence`,
    `clear(..., occurrence=)` and `reschedule(..., occurrence=)`; both are None for a one-off activity.

    `starts_at`/`ends_at` are UTC; `local_start` is the start in the activity's own zone. A timeless or all-day one
    falls on dates: `day` (and `ends_at`, the day after an all-day one's last) — never a time of day to show.
    """

    activity_id: str
    series_id: str | None
    occurrence: datetime | None
    kind: str
    type_name: str
    subject: str
    starts_at: datetime | None
    ends_at: datetime | None
    timeless: bool
    all_day: bool
    time_zone: str
    priority: str
    status: str
    overdue: bool
    alarm_minutes: int | None
    owner_id: str
    private: bool
    contacts: tuple[Ref, ...] = ()

    type = "activity"

    @property
    def floating(self) -> bool:
        return self.timeless or self.all_day

    @property
    def local_start(self) -> datetime | None:
        """The start in the activity's own time zone (None for a timeless or all-day one: it has no time)."""
        if self.starts_at is None or self.floating:
            return None
        return self.starts_at.astimezone(_zone(self.time_zone))

    @property
    def day(self) -> date | None:
        """The date of a timeless or all-day occurrence (the first, for several days); None for a timed one."""
        return self.starts_at.date() if self.floating and self.starts_at is not None else None

    @property
    def key(self) -> str:
        """A stable name for this occurrence in a list: the record, or the series and the occurrence's start."""
        if self.series_id is not None and self.occurrence is not None and self.activity_id == self.series_id:
            return f"{self.series_id}@{_time(self.occurrence)}"
        return self.activity_id

    @property
    def id(self) -> str:
        """What a list of tasks names it by: its `key`."""
        return self.key

    @property
    def display_name(self) -> str:
        return self.subject

    def as_json(self) -> dict[str, Any]:
        floating = self.floating
        return {
            "id": self.activity_id,
            "type": self.type,
            "display_name": self.subject,
            "series_id": self.series_id,
            "occurrence": _time(self.occurrence),
            "activity_type": self.kind,
            "activity_type_name": self.type_name,
            "subject": self.subject,
            "start": _time(self.starts_at),
            "end": _time(self.ends_at),
            "local_start": self.local_start.isoformat() if self.local_start is not None and not floating else None,
            "day": self.day.isoformat() if self.day is not None else None,
            "timeless": self.timeless,
            "all_day": self.all_day,
            "time_zone": self.time_zone,
            "priority": self.priority,
            "status": self.status,
            "overdue": self.overdue,
            "alarm_minutes": self.alarm_minutes,
            "contacts": [c.as_json() for c in self.contacts],
            "owner": self.owner_id,
            "private": self.private,
        }


@dataclass(frozen=True, slots=True)
class NoteRead:
    id: str
    body: str
    contacts: list[Ref]
    companies: list[Ref]
    deals: list[Ref]
    meta: RecordMeta

    type = "note"

    @property
    def display_name(self) -> str:
        first = self.body.strip().split("\n", 1)[0]
        return first if len(first) <= 80 else first[:79] + "…"

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "display_name": self.display_name,
            "body": self.body,
            "contacts": [c.as_json() for c in self.contacts],
            "companies": [c.as_json() for c in self.companies],
            "deals": [d.as_json() for d in self.deals],
            **self.meta.as_json(),
        }


@dataclass(frozen=True, slots=True)
class StageRead:
    id: str
    name: str
    position: int
    probability: int

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "position": self.position, "probability": self.probability}


@dataclass(frozen=True, slots=True)
class PipelineRead:
    id: str
    name: str
    stages: list[StageRead]

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": "pipeline",
            "display_name": self.name,
            "name": self.name,
            "stages": [s.as_json() for s in self.stages],
        }


@dataclass(frozen=True, slots=True)
class DealContact:
    id: str
    name: str
    role: str

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "role": self.role}


@dataclass(frozen=True, slots=True)
class LineItemRead:
    """A product on a deal; quantity and discount are exact decimals as text, money in the deal's minor units."""

    product: str
    quantity: str
    unit_price_minor: int
    discount_percent: str
    total_minor: int

    def as_json(self, currency: str) -> dict[str, Any]:
        from cardfile.domain.money import Money  # on use: search results need no money (nor pydantic)

        return {
            "product": self.product,
            "quantity": self.quantity,
            "unit_price": Money(self.unit_price_minor, currency).as_json(),
            "discount_percent": self.discount_percent,
            "total": Money(self.total_minor, currency).as_json(),
        }


@dataclass(frozen=True, slots=True)
class DealRead:
    id: str
    name: str
    company: Ref | None
    pipeline: Ref
    stage: Ref
    amount_minor: int
    currency: str
    probability: int  # the deal's own, or its stage's default; 100 once won, 0 once lost
    expected_close: str | None
    status: str
    reason: str
    closed_at: datetime | None
    contacts: list[DealContact]
    custom: dict[str, Any]
    meta: RecordMeta
    line_items: list[LineItemRead] = field(default_factory=list)
    items_total_minor: int = 0
    amount_from_items: bool = False  # the amount is the line items' sum
    probability_overridden: bool = False  # False: `probability` is the stage's default and follows it
    overdue: bool = False  # open and its expected close date has passed (domain.deals.is_overdue)

    type = "deal"

    @property
    def display_name(self) -> str:
        return self.name

    @property
    def owner(self) -> str:
        return self.meta.owner_id

    @property
    def amount(self) -> Money:
        from cardfile.domain.money import Money

        return Money(self.amount_minor, self.currency)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "display_name": self.name,
            "name": self.name,
            "company": _ref(self.company),
            "pipeline": self.pipeline.as_json(),
            "stage": self.stage.as_json(),
            "amount": self.amount.as_json(),
            "probability": self.probability,
            "probability_overridden": self.probability_overridden,
            "expected_close": self.expected_close,
            "overdue": self.overdue,
            "status": self.status,
            "reason": self.reason,
            "closed_at": _time(self.closed_at),
            "contacts": [c.as_json() for c in self.contacts],
            "line_items": [i.as_json(self.currency) for i in self.line_items],
            "items_total": _money(self.items_total_minor, self.currency),
            "amount_from_items": self.amount_from_items,
            "custom": dict(self.custom),
            **self.meta.as_json(),
        }


@dataclass(frozen=True, slots=True)
class StageChange:
    stage: Ref
    at: datetime
    user_id: str

    def as_json(self) -> dict[str, Any]:
        return {"stage": self.stage.as_json(), "at": _time(self.at), "user": self.user_id}


def _money(minor: int, currency: str) -> dict[str, Any]:
    from cardfile.domain.money import Money

    return Money(minor, currency).as_json()


def _history_value(value: Any) -> Any:
    from cardfile.domain.money import Money

    if isinstance(value, Ref | Money):
        return value.as_json()
    return value


@dataclass(frozen=True, slots=True)
class DealChange:
    """One line of a deal's history: a field went from `old` to `new`, by whom, when.

    `field` is "stage", "pipeline", "amount", "probability", "status", "expected_close", "reason", "owner",
    "name" or "company". Values are typed: a stage, pipeline or company is a Ref (a removed stage keeps its name),
    an amount is Money (amount and currency change together), a probability is an int or None (None: the stage's
    default), a date ISO text. `old` is None when the deal was created with that value (`created` is then True).
    `at` is when the person made the change, on whichever device.
    """

    field: str
    old: Any
    new: Any
    at: datetime
    user_id: str
    device_id: str
    action: str
    created: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "old": _history_value(self.old),
            "new": _history_value(self.new),
            "at": _time(self.at),
            "user": self.user_id,
            "device": self.device_id,
            "action": self.action,
            "created": self.created,
        }


@dataclass(frozen=True, slots=True)
class ChoiceRead:
    """An entry of a list people pick from: a won or lost reason, a role on a deal."""

    id: str
    list_name: str
    name: str
    position: int

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "type": "choice", "display_name": self.name, "list": self.list_name,
                "name": self.name}  # fmt: skip


@dataclass(frozen=True, slots=True)
class GroupRead:
    id: str
    name: str
    description: str
    member_count: int
    meta: RecordMeta

    type = "group"

    @property
    def display_name(self) -> str:
        return self.name

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "display_name": self.name,
            "name": self.name,
            "description": self.description,
            "members": self.member_count,
            **self.meta.as_json(),
        }


@dataclass(frozen=True, slots=True)
class LookupRead:
    id: str
    name: str
    record_type: str
    query: dict[str, Any]
    meta: RecordMeta

    type = "lookup"

    @property
    def display_name(self) -> str:
        return self.name

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "display_name": self.name,
            "name": self.name,
            "record_type": self.record_type,
            "query": self.query,
            **self.meta.as_json(),
        }


@dataclass(frozen=True, slots=True)
class CustomFieldRead:
    id: str
    record_type: str
    name: str
    field_type: str
    choices: list[str]
    position: int

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": "custom_field",
            "display_name": self.name,
            "name": self.name,
            "record_type": self.record_type,
            "field_type": self.field_type,
            "choices": list(self.choices),
        }


@dataclass(frozen=True, slots=True)
class ActivityTypeRead:
    id: str
    name: str
    key: str | None

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "type": "activity_type", "display_name": self.name, "key": self.key}


def _json_value(value: Any) -> Any:
    """A logged value as JSON shows it: a picture by its size, a time in ISO 8601."""
    if isinstance(value, bytes):
        return {"bytes": len(value)}
    if isinstance(value, datetime):
        return _time(value)
    return value


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One entry of a record's audit trail: who set which field to what, when, from which device; `old` is the
    value it replaced (None for the field's first value)."""

    record_type: str
    record_id: str
    field: str
    value: Any
    at: datetime
    user_id: str
    device_id: str
    action_id: str
    action_label: str
    old: Any = None
    hlc: int = 0  # the write's clock: with the device, what tells one write from another on every device

    def as_json(self) -> dict[str, Any]:
        return {
            "record_type": self.record_type,
            "record_id": self.record_id,
            "field": self.field,
            "value": _json_value(self.value),
            "at": _time(self.at),
            "user": self.user_id,
            "device": self.device_id,
            "action": self.action_label,
            "old": _json_value(self.old),
        }


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One moment in the life of a person or company: a completed activity, a note, one action's field changes, or a
    merge or unmerge.

    `kind` is "activity", "note", "change", "merge" or "unmerge". `record_id` is the activity or note; for a change,
    the record whose fields changed (the record itself, or a record merged into it: then `detail` is that record's
    name); for a merge or unmerge, the merge (services.merging), with the other record's name as `title` and its
    id as `detail`. `title` is otherwise the activity's subject, the note's first line, or the action's label;
    `detail` the activity's outcome, the whole note, or ''. `changes` holds the fields one action set (kinds
    "change", "merge" and "unmerge": for the last two, the survivor's fields the merge or unmerge set).
    """

    kind: str
    at: datetime
    record_id: str
    title: str
    detail: str = ""
    user_id: str = "me"
    activity_type: str = ""  # for an activity: its type's name
    status: str = ""  # for an activity: done or cancelled
    activity_kind: str = ""  # for an activity: its type's key (call, meeting, todo) or a type of one's own's name
    result: str = ""  # for an activity done: how it went (completed, left_message, no_answer or one's own words)
    changes: list[FieldChange] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "at": _time(self.at),
            "id": self.record_id,
            "title": self.title,
            "detail": self.detail,
            "user": self.user_id,
            "activity_type": self.activity_type,
            "status": self.status,
            "changes": [c.as_json() for c in self.changes],
        }


@dataclass(frozen=True, slots=True)
class TrashItem:
    """A record in the Trash. `detail` tells it apart from others of the same name (a person's company and email,
    services/disambiguation.py); `deleted_by` is the user who moved it there."""

    record_type: str
    id: str
    display_name: str
    deleted_at: datetime
    owner: str = ""
    erasable: bool = True  # False: someone else's, and this user does not administer the sync server
    detail: tuple[str, ...] = ()
    deleted_by: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.record_type,
            "display_name": self.display_name,
            "deleted_at": _time(self.deleted_at),
            "owner": self.owner,
            "erasable": self.erasable,
            "detail": list(self.detail),
            "deleted_by": self.deleted_by,
        }


@dataclass(frozen=True, slots=True)
class ActionRead:
    """One action of the change log. `records` counts the records it touched by type ({"contact": 3}); it is
    filled where a caller names the action with its size ("Undo Delete 3 contacts"), empty elsewhere."""

    id: str
    label: str
    at: datetime
    undone: bool
    is_undo: bool
    records: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "at": _time(self.at),
            "undone": self.undone,
            "is_undo": self.is_undo,
        }


@dataclass(frozen=True, slots=True)
class RepairReport:
    """What `db repair` did, where the database as it was before is kept, and what is still wrong."""

    kept: Path
    done: list[str]
    remaining: list[str]

    @property
    def ok(self) -> bool:
        return not self.remaining

    def as_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "kept": str(self.kept), "done": list(self.done), "remaining": list(self.remaining)}


@dataclass(frozen=True, slots=True)
class DailyBackup:
    """How the day's automatic backup went: the copy made (None when today's was there), or why none was made."""

    made: Path | None = None
    warning: DailyBackupNotMade | None = None
    started: bool = False  # being made by a process of its own (the command line's way), not waited for


@dataclass(slots=True)
class JobLeft:
    """What a long job (an import) left in the database: records created and changed, by record type."""

    action_id: str | None  # the job's last action not undone; None when nothing of the job is left
    created: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return self.action_id is None

    def describe(self) -> str:
        """'2,000 new contacts, 3 new companies and 12 changed contacts', in English for the command line."""
        parts = [_counted(n, f"new {kind}") for kind, n in sorted(self.created.items())]
        parts += [_counted(n, f"changed {kind}") for kind, n in sorted(self.changed.items())]
        if not parts:
            return "nothing"
        return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _counted(n: int, what: str) -> str:
    plural = what[:-1] + "ies" if what.endswith("y") else what + "s"
    return f"{n:,} {what if n == 1 else plural}"


@dataclass(frozen=True, slots=True)
class CheckReport:
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    schema: str = ""
    unchecked: list[str] = field(default_factory=list)  # "the search index: could not check it because …"

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "problems": list(self.problems),
            "unchecked": list(self.unchecked),
            "counts": dict(self.counts),
            "schema": self.schema,
        }
