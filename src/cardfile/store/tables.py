"""SQLModel table declarations: the schema the Alembic migrations create.

Every syncable table shares `SyncedColumns`: a UUIDv7 text key, UTC created/updated times, an owner, a private
flag and a tombstone (`deleted_at`). References between syncable records are plain indexed columns rather than
foreign keys: a replica may legitimately hold a record whose referenced record it may not see (another user's
private company) or has not pulled yet; the services keep references sound and `db check` reports dangling ones.

Multi-valued fields (emails, phones, addresses, urls, ims, dates) are JSON arrays of labelled entries in order;
tags are a JSON array of strings; custom field values a JSON object keyed by custom field id.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, LargeBinary, text
from sqlmodel import Field, SQLModel

from cardfile.domain.values import RecordType


def _json_list() -> Any:
    return Field(default_factory=list, sa_column=Column(JSON, nullable=False))


def _json_dict() -> Any:
    return Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class SyncedColumns(SQLModel):
    id: str = Field(primary_key=True, max_length=36)
    created_at: datetime
    updated_at: datetime
    owner_id: str = Field(default="me", index=True)
    private: bool = False
    deleted_at: datetime | None = Field(default=None, index=True)


class Contact(SyncedColumns, table=True):
    __tablename__ = "contact"
    __table_args__ = (
        # The list's name orders, walked in order a page at a time: by the name as shown (name_key) and by family
        # name (sort_key, the File as column), ties broken as services.contacts orders them. Live people only.
        Index("ix_contact_name_order", "name_key", "display_name", "id", sqlite_where=text("deleted_at IS NULL")),
        Index("ix_contact_file_as_order", "sort_key", "display_name", "id", sqlite_where=text("deleted_at IS NULL")),
    )

    prefix: str = ""
    given: str = ""
    additional: str = ""
    family: str = ""
    suffix: str = ""
    nickname: str = ""
    display_name: str = ""
    display_name_custom: bool = False
    sort_key: str = Field(default="", index=True)
    phonetic_given: str = ""
    phonetic_additional: str = ""
    phonetic_family: str = ""
    title: str = ""
    department: str = ""
    company_id: str | None = Field(default=None, index=True)
    birthday: str | None = None
    anniversary: str | None = None
    photo: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    photo_mime: str | None = None
    note: str = ""
    tags: list[str] = _json_list()
    emails: list[dict[str, Any]] = _json_list()
    phones: list[dict[str, Any]] = _json_list()
    addresses: list[dict[str, Any]] = _json_list()
    urls: list[dict[str, Any]] = _json_list()
    ims: list[dict[str, Any]] = _json_list()
    dates: list[dict[str, Any]] = _json_list()
    vcard_uid: str | None = Field(default=None, index=True)
    vcard_extra: list[str] = _json_list()
    custom: dict[str, Any] = _json_dict()
    merged_into: str | None = None  # merged away: the record that took it in (see services.merging)
    # The shown name folded (case and accents), kept by the store from display_name (codec.DERIVED_COLUMNS): the
    # Name column's order. Never logged nor synced: every device derives it from the display name it holds.
    name_key: str = ""


class Company(SyncedColumns, table=True):
    __tablename__ = "company"

    name: str = ""
    sort_key: str = Field(default="", index=True)
    industry: str = ""
    website: str = ""
    parent_id: str | None = Field(default=None, index=True)
    logo: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    logo_mime: str | None = None
    note: str = ""
    tags: list[str] = _json_list()
    emails: list[dict[str, Any]] = _json_list()
    phones: list[dict[str, Any]] = _json_list()
    addresses: list[dict[str, Any]] = _json_list()
    urls: list[dict[str, Any]] = _json_list()
    ims: list[dict[str, Any]] = _json_list()
    dates: list[dict[str, Any]] = _json_list()
    vcard_uid: str | None = Field(default=None, index=True)
    vcard_extra: list[str] = _json_list()
    custom: dict[str, Any] = _json_dict()
    merged_into: str | None = None  # merged away: the record that took it in (see services.merging)


class ActivityType(SyncedColumns, table=True):
    __tablename__ = "activity_type"

    name: str
    key: str | None = None  # "call", "meeting", "todo" for the built-in types; None for user-defined ones
    position: int = 0


class Activity(SyncedColumns, table=True):
    """A call, meeting or to-do; a recurring series (`rrule`); or one occurrence of a series that was changed,
    cleared or skipped (`series_id` and `recurrence_id`, the start the series gave it: RFC 5545's RECURRENCE-ID).

    Timeless and all-day activities fall on a date, not at an instant: `starts_at` holds that date at 00:00 UTC
    (and an all-day activity's `ends_at` the day after its last), so the date is the same wherever it is read.
    """

    __tablename__ = "activity"
    __table_args__ = (
        Index("ix_activity_status_start", "status", "starts_at"),
        # The few recurring series, found without a walk of every activity (the calendar reads them all).
        Index("ix_activity_recurring", "starts_at", sqlite_where=text("rrule != ''")),
        # Exceptions of series by the occurrence they replace: a calendar range finds the moved-away ones.
        Index("ix_activity_occurrence", "recurrence_id", sqlite_where=text("series_id IS NOT NULL")),
    )

    type_id: str = Field(index=True)
    subject: str = ""
    details: str = ""
    starts_at: datetime | None = Field(default=None, index=True)  # a calendar's range, whatever the status
    ends_at: datetime | None = None
    timeless: bool = False
    time_zone: str = ""
    priority: str = "normal"
    status: str = "scheduled"
    outcome: str = ""
    completed_at: datetime | None = None
    alarm_minutes: int | None = None
    rrule: str = ""
    company_id: str | None = Field(default=None, index=True)
    deal_id: str | None = Field(default=None, index=True)
    custom: dict[str, Any] = _json_dict()
    all_day: bool = False
    series_id: str | None = Field(default=None, index=True)  # an exception: the series it belongs to
    recurrence_id: datetime | None = None  # an exception: the start the series gives this occurrence
    result: str = ""  # how it went: completed, left_message, no_answer, or words of one's own
    happened_at: datetime | None = None  # when a cleared activity really happened (History dates it so)
    alarm_dismissed_through: datetime | None = None  # alarms of occurrences starting up to here are dealt with
    alarm_snoozed_until: datetime | None = None  # the alarm rings again then
    ical_uid: str | None = Field(default=None, index=True)  # the UID of an imported iCalendar event or to-do


class Note(SyncedColumns, table=True):
    __tablename__ = "note"

    body: str = ""


class Pipeline(SyncedColumns, table=True):
    __tablename__ = "pipeline"

    name: str
    position: int = 0


class Stage(SyncedColumns, table=True):
    __tablename__ = "stage"

    pipeline_id: str = Field(index=True)
    name: str
    position: int = 0
    probability: int = 0


class Deal(SyncedColumns, table=True):
    __tablename__ = "deal"

    name: str
    company_id: str | None = Field(default=None, index=True)
    pipeline_id: str = Field(index=True)
    stage_id: str = Field(index=True)
    amount_minor: int = 0
    currency: str = "USD"
    probability: int | None = None  # None: the stage's default probability
    expected_close: str | None = None  # ISO date
    status: str = "open"
    reason: str = ""
    closed_at: datetime | None = None
    custom: dict[str, Any] = _json_dict()
    # Products sold: [{"product", "quantity": "2.5", "unit_price_minor": 1999, "discount_percent": "10"}], decimals
    # as text; when amount_from_items is set, the services keep amount_minor equal to the items' sum.
    line_items: list[dict[str, Any]] = _json_list()
    amount_from_items: bool = False


class Choice(SyncedColumns, table=True):
    """One entry of a list people pick from and may extend: a reason a deal was won or lost, a role on a deal."""

    __tablename__ = "choice"

    list_name: str  # "won_reason", "lost_reason", "deal_role"
    name: str
    position: int = 0


class Group(SyncedColumns, table=True):
    __tablename__ = "contact_group"

    name: str
    description: str = ""


class Lookup(SyncedColumns, table=True):
    """A saved query, usable as a dynamic group."""

    __tablename__ = "saved_lookup"

    name: str
    record_type: str = "contact"
    query: dict[str, Any] = _json_dict()


class CustomField(SyncedColumns, table=True):
    __tablename__ = "custom_field"

    record_type: str = "contact"
    name: str
    field_type: str = "text"
    choices: list[str] = _json_list()
    position: int = 0


class Link(SyncedColumns, table=True):
    """A typed edge between two records: activity→contact, deal→contact (with role), note→record, group→member."""

    __tablename__ = "link"
    __table_args__ = (
        Index("ix_link_source", "source_type", "source_id"),
        Index("ix_link_target", "target_type", "target_id"),
    )

    source_type: str
    source_id: str
    target_type: str
    target_id: str
    role: str = ""
    position: int = 0


class Merge(SyncedColumns, table=True):
    """One record (`merged_id`) merged into another (`survivor_id`): what the merge wrote, and what was there before,
    so that unmerge can give both records back as they were. Written once by the merge; `unmerged_at` by an unmerge.

    Values are the change log's JSON texts, by field: `before` and `after` hold the survivor's fields the merge set
    (before it, and as it set them); `seen` the merged record's fields as the merge saw them, [hlc, device, text]
    (text only for fields whose value the survivor took or united), so a device can tell an edit made meanwhile
    elsewhere; `moved` the fields of other records the merge changed, [type, id, field, before, after]; `stamps` and
    `unmerge_stamps` the clocks of the survivor's writes, [field, hlc, device], that the history shows as the merge
    and the unmerge. `choices` says where each single-valued field came from ("survivor" or "merged").
    """

    __tablename__ = "record_merge"

    record_type: str = "contact"
    survivor_id: str = Field(index=True)
    merged_id: str = Field(index=True)
    survivor_name: str = ""
    merged_name: str = ""
    choices: dict[str, Any] = _json_dict()
    before: dict[str, Any] = _json_dict()
    after: dict[str, Any] = _json_dict()
    seen: dict[str, Any] = _json_dict()
    moved: list[Any] = _json_list()
    stamps: list[Any] = _json_list()
    unmerged_at: datetime | None = None
    unmerge_stamps: list[Any] = _json_list()


class NotDuplicate(SyncedColumns, table=True):
    """Two records a person said are different (people with the same name): never proposed as duplicates again.

    The id is worked out from the pair (`not_duplicate_id`), so two devices marking the same pair make one record.
    """

    __tablename__ = "not_duplicate"

    record_type: str = "contact"
    first_id: str = Field(index=True)  # the smaller id of the two
    second_id: str = Field(index=True)


# ----- local bookkeeping: never synced as rows -----


class ChangeLog(SQLModel, table=True):
    """One field of one record set to a value: audit trail, undo journal and sync outbox in one.

    Read and written as the view `change` (migration 0010), which spells out its numbers: ids and names are kept
    once in `log_name` (three 36-character ids a row were two thirds of a database's bytes). Bulk writers write the
    numbered rows here directly (store.writer).
    """

    __tablename__ = "change_log"
    # Two indexes only, as every field of every write lands here: a record's history (SQLite keeps the rowid
    # `seq` in the index, so "the value before this change" is one seek) and an action's changes (undo).
    __table_args__ = (
        Index("ix_change_log_record", "record_id", "field"),
        Index("ix_change_log_action", "action_id"),
    )

    seq: int | None = Field(default=None, primary_key=True)
    record_type: int  # the numbers of log_name
    record_id: int
    field: int
    value: str | None = None  # JSON
    hlc: int
    device_id: int
    user_id: int
    action_id: int
    job_id: int | None = None


class LogName(SQLModel, table=True):
    """Each id and name the change log refers to (record types and ids, fields, devices, users, actions, jobs), once."""

    __tablename__ = "log_name"

    num: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)


class Action(SQLModel, table=True):
    """One user action (one transaction) of this device: what Undo takes back as a whole."""

    __tablename__ = "action"

    id: str = Field(primary_key=True)
    label: str
    created_at: datetime
    user_id: str
    job_id: str | None = Field(default=None, index=True)
    undoes: str | None = None
    undone_by: str | None = None


class Erasure(SQLModel, table=True):
    """A record erased for good: no values left, only the fact, so the erasure reaches every device."""

    __tablename__ = "erasure"

    record_id: str = Field(primary_key=True)
    record_type: str
    hlc: int
    device_id: str
    user_id: str
    erased_at: datetime


class Conflict(SQLModel, table=True):
    """A write that lost to a concurrent write of the same field (sync): both values, kept for a person to review.

    Values are JSON text as in the change log. `resolution` is NULL until someone decided, then JSON
    {"took": "winner" | "loser", "by": user, "at": ISO time}.
    """

    __tablename__ = "conflict"

    id: str = Field(primary_key=True)
    record_type: str
    record_id: str = Field(index=True)
    field: str
    winner_value: str | None = None
    winner_hlc: int
    winner_device: str
    winner_user: str
    loser_value: str | None = None
    loser_hlc: int
    loser_device: str
    loser_user: str
    resolution: str | None = None


class Setting(SQLModel, table=True):
    """Settings of this database that headless code needs (device id, default country …); JSON values."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str


class SearchEntry(SQLModel, table=True):
    """One searchable record; its rowid keys the FTS5 tables `search_text` and `search_words`."""

    __tablename__ = "search_entry"

    rowid: int | None = Field(default=None, primary_key=True)
    record_type: str
    record_id: str = Field(unique=True)
    name: str = Field(default="", index=True)  # folded display name: ranking, and the walk of name prefixes
    latin: str | None = None  # the display name's Cyrillic and Greek in Latin letters, for ranking; else None


SYNCED_TABLES: dict[RecordType, type[SyncedColumns]] = {
    RecordType.CONTACT: Contact,
    RecordType.COMPANY: Company,
    RecordType.ACTIVITY_TYPE: ActivityType,
    RecordType.ACTIVITY: Activity,
    RecordType.NOTE: Note,
    RecordType.PIPELINE: Pipeline,
    RecordType.STAGE: Stage,
    RecordType.DEAL: Deal,
    RecordType.GROUP: Group,
    RecordType.LOOKUP: Lookup,
    RecordType.CUSTOM_FIELD: CustomField,
    RecordType.LINK: Link,
    RecordType.CHOICE: Choice,
    RecordType.MERGE: Merge,
    RecordType.NOT_DUPLICATE: NotDuplicate,
}

metadata = SQLModel.metadata
