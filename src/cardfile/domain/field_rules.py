"""What each synced field may hold: the rules a device checks a pulled value against and the server a pushed one.

A field travels between devices as the change log's JSON text (see `store.codec`). Another device — a newer
Cardfile, a buggy one or a hostile one — may send anything that is JSON: a list where text belongs, a tag that is a
number, a birthday of "garbage-date", NaN. The server refuses such a value (it overrules that one write, as it does
a write its user may not make), and a device that meets one anyway keeps it only in its history. Both ask the same
question here, with the validators the input models use, so a value one side takes the other takes too.

The rules are about the value alone. Whether a reference names a record that exists, and of the right type, is
for whoever knows the records (the server); `refers_to` says which fields are references and to what.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from cardfile.domain.errors import ValidationError
from cardfile.domain.values import (
    MULTI_VALUED,
    ActivityStatus,
    CustomFieldType,
    DealStatus,
    PartialDate,
    Priority,
    RecordType,
    check_currency,
)

# The longest value one field may hold, as the change log's JSON text: a field travels in one push, and one push
# may carry at most 16 MiB (`sync.protocol.MAX_REQUEST_BYTES`). A character of that text takes at most four bytes
# on the wire (UTF-8, or an escaped quote or backslash twice over), so one such value always fits with room to
# spare. A megabyte of text is a long novel; a contact photo, scaled on the way in, is a tenth of it.
MAX_VALUE_CHARS = 1 << 20
_INT64 = 1 << 63
_USER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,62}\Z")
_ID = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._:-]{0,63}\Z")
_LINKABLE = frozenset(
    {RecordType.CONTACT, RecordType.COMPANY, RecordType.ACTIVITY, RecordType.NOTE, RecordType.DEAL, RecordType.GROUP}
)
_CUSTOM_TYPES = ("contact", "company", "activity", "deal")

# The records every database starts with (written by the first migration with these fixed ids, the same on every
# device, and never pushed unless someone edits them): a reference to one of them is sound everywhere.
SEED_RECORDS: dict[str, RecordType] = {
    "00000000-0000-7000-8000-000000000001": RecordType.ACTIVITY_TYPE,
    "00000000-0000-7000-8000-000000000002": RecordType.ACTIVITY_TYPE,
    "00000000-0000-7000-8000-000000000003": RecordType.ACTIVITY_TYPE,
    "00000000-0000-7000-8000-000000000010": RecordType.PIPELINE,
    **{f"00000000-0000-7000-8000-00000000002{n}": RecordType.STAGE for n in range(5)},
    # The choices of the won and lost reasons and of the roles on a deal (store.seeds lists them).
    **{
        f"00000000-0000-7000-8000-0000000001{digit}{n:x}": RecordType.CHOICE
        for digit, count in enumerate((6, 7, 6))
        for n in range(count)
    },
}
CHOICE_LISTS = ("won_reason", "lost_reason", "deal_role")


class Unfit(ValueError):
    """A value its field cannot hold; the message says why, in a few words."""


# ----- decoding the change log's text -----


def _no_constant(name: str) -> Any:
    raise Unfit(f"{name} is not a number Cardfile keeps")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise Unfit(f"{text[:20]} is too large a number")
    return value


_DECODER = json.JSONDecoder(parse_constant=_no_constant, parse_float=_finite)


def is_plain_string(text: str) -> bool:
    """Whether a JSON text is a string without quotes, escapes or control characters inside — most values are, and
    then the text between its quotes is the value, with no decoding."""
    return (
        len(text) > 1
        and text[0] == '"'
        and text[-1] == '"'
        and text.count('"') == 2
        and "\\" not in text
        and text.isprintable()
    )


def decode(text: str | None) -> Any:
    """A field's value from its change-log text: strict JSON (no NaN or Infinity), of at most MAX_VALUE_CHARS."""
    if text is None:
        return None
    if len(text) > MAX_VALUE_CHARS:
        raise Unfit(f"too large ({len(text):,} characters; a field holds at most {MAX_VALUE_CHARS:,})")
    if is_plain_string(text):
        return text[1:-1]
    try:
        return _DECODER.decode(text)
    except Unfit:
        raise
    except (ValueError, RecursionError) as exc:
        raise Unfit("not JSON") from exc


# ----- the validators, one per kind of value -----

Check = Callable[[Any], None]


def _text(value: Any) -> None:
    if type(value) is not str:
        raise Unfit(f"a {_kind(value)} where text belongs")


def _bool(value: Any) -> None:
    if type(value) is not bool:
        raise Unfit(f"a {_kind(value)} where yes or no belongs")


def _int(value: Any) -> None:
    if type(value) is not int:
        raise Unfit(f"a {_kind(value)} where a whole number belongs")
    if not -_INT64 <= value < _INT64:
        raise Unfit("a whole number too large to keep")


def _between(low: int, high: int) -> Check:
    def check(value: Any) -> None:
        _int(value)
        if not low <= value <= high:
            raise Unfit(f"{value} is not between {low} and {high}")

    return check


def _moment(value: Any) -> None:
    _text(value)
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)
    except (ValueError, OverflowError):
        raise Unfit(f"{value[:40]!r} is not a time") from None


def _partial_date(value: Any) -> None:
    _text(value)
    try:
        PartialDate.parse(value)
    except ValidationError:
        raise Unfit(f"{value[:40]!r} is not a date (YYYY-MM-DD or --MM-DD)") from None


def _iso_date(value: Any) -> None:
    _text(value)
    try:
        date.fromisoformat(value)
    except ValueError:
        raise Unfit(f"{value[:40]!r} is not a date (YYYY-MM-DD)") from None


def _one_of(*allowed: str) -> Check:
    def check(value: Any) -> None:
        if value not in allowed or type(value) is not str:
            raise Unfit(f"{str(value)[:40]!r} is not one of {', '.join(allowed)}")

    return check


def _user(value: Any) -> None:
    _text(value)
    if not _USER.match(value):
        raise Unfit(f"{value[:70]!r} is not a user name")


def _record_id(value: Any) -> None:
    _text(value)
    if not _ID.match(value):
        raise Unfit(f"{value[:70]!r} is not a record id")


def _currency(value: Any) -> None:
    _text(value)
    try:
        if check_currency(value) != value:
            raise Unfit(f"{value[:10]!r} is not an ISO 4217 currency code")
    except ValidationError:
        raise Unfit(f"{value[:10]!r} is not an ISO 4217 currency code") from None


def check_time_zone(value: str) -> None:
    """An IANA time zone name (or '' for none), as the activity form checks it; raises ValueError."""
    from cardfile.domain.recurrence import zone_of

    zone_of(value)


def check_rrule(value: str) -> str:
    """A recurrence rule as the activity form checks it (or '' for none); raises ValueError."""
    from cardfile.domain.recurrence import check_rule

    return check_rule(value) if value else value


def _via(validator: Callable[[str], Any]) -> Check:
    def check(value: Any) -> None:
        _text(value)
        try:
            validator(value)
        except ValueError as exc:
            raise Unfit(str(exc)[:200]) from None

    return check


def _texts(value: Any) -> None:
    if type(value) is not list:
        raise Unfit(f"a {_kind(value)} where a list of text belongs")
    for item in value:
        if type(item) is not str:
            raise Unfit(f"a list holding a {_kind(item)} where only text belongs")


_ENTRY_TEXT = {
    "emails": ("value", "label"),
    "phones": ("value", "label"),
    "urls": ("value", "label"),
    "dates": ("value", "label"),
    "ims": ("value", "label", "service"),
    "addresses": ("label", "street", "locality", "region", "postcode", "country", "po_box", "extended"),
}


def _entries(name: str) -> Check:
    """Labelled entries (emails, phones …) as the input models store them: objects of text and a preferred flag."""
    texts = frozenset(_ENTRY_TEXT[name])
    keys = texts | {"preferred"}
    required = "value" in texts

    def check(value: Any) -> None:
        if type(value) is not list:
            raise Unfit(f"a {_kind(value)} where a list of {name} belongs")
        for item in value:
            if type(item) is not dict:
                raise Unfit(f"a {_kind(item)} among the {name}")
            if not keys.issuperset(item) or (required and "value" not in item):
                raise Unfit(f"an entry of {name} with the wrong parts")
            for key, part in item.items():
                if key == "preferred" and type(part) is not bool:
                    raise Unfit(f"an entry of {name} whose 'preferred' is not yes or no")
                if key != "preferred" and type(part) is not str:
                    raise Unfit(f"an entry of {name} whose {key!r} is not text")
            if name == "dates":
                _partial_date(item["value"])

    return check


def _custom(value: Any) -> None:
    """Custom field values by field id: text, a finite number, yes/no or a date (as text)."""
    if type(value) is not dict:
        raise Unfit(f"a {_kind(value)} where custom field values belong")
    for key, item in value.items():
        if len(key) > 64:
            raise Unfit("a custom field id that is too long")
        if type(item) not in (str, bool, int, float):
            raise Unfit(f"a {_kind(item)} as a custom field value")
        if type(item) is int:
            _int(item)


def _photo(value: Any) -> None:
    if type(value) is not dict or set(value) != {"$b64"} or type(value["$b64"]) is not str:
        raise Unfit(f"a {_kind(value)} where a picture belongs")
    try:
        base64.b64decode(value["$b64"], validate=True)
    except (binascii.Error, ValueError):
        raise Unfit("a picture that is not base64") from None


def _mime(value: Any) -> None:
    _text(value)
    if len(value) > 100 or "/" not in value:
        raise Unfit(f"{value[:40]!r} is not a MIME type")


def _line_items(value: Any) -> None:
    """A deal's products, as the deal form checks each (`domain.deals.LineItem`), decimals kept as text."""
    from pydantic import ValidationError as PydanticError

    from cardfile.domain.deals import MAX_LINE_ITEMS, LineItem

    if type(value) is not list or len(value) > MAX_LINE_ITEMS:
        raise Unfit(f"a {_kind(value)} where at most {MAX_LINE_ITEMS} line items belong")
    for item in value:
        if type(item) is not dict:
            raise Unfit(f"a {_kind(item)} among the line items")
        try:
            LineItem.model_validate(item)
        except PydanticError as exc:
            raise Unfit(f"not a line item ({exc.errors()[0]['msg']})") from None


def _lookup_query(value: Any) -> None:
    from pydantic import ValidationError as PydanticError

    from cardfile.domain.lookup import LookupQuery

    if type(value) is not dict:
        raise Unfit(f"a {_kind(value)} where a lookup belongs")
    try:
        LookupQuery.model_validate(value)
    except PydanticError as exc:
        raise Unfit(f"not a lookup ({exc.errors()[0]['msg']})") from None


def _object(value: Any) -> None:
    if type(value) is not dict:
        raise Unfit(f"a {_kind(value)} where an object belongs")


def _list(value: Any) -> None:
    if type(value) is not list:
        raise Unfit(f"a {_kind(value)} where a list belongs")


def _kind(value: Any) -> str:
    return {str: "text", bool: "yes/no", int: "number", float: "number", list: "list", dict: "object"}.get(
        type(value), "null" if value is None else type(value).__name__
    )


# ----- the fields of each record type -----


@dataclass(frozen=True, slots=True)
class Rule:
    check: Check
    nullable: bool = False
    refers_to: RecordType | None = None  # a reference to a record of this type
    default: Any = None  # what the field holds when nothing was written (None: nothing, or SQL NULL)

    def __call__(self, value: Any) -> None:
        if value is None:
            if not self.nullable:
                raise Unfit("empty where a value is required")
            return
        self.check(value)


def _t(default: str = "") -> Rule:
    return Rule(_text, default=default)


_TEXT = _t()
_TEXT_OR_NULL = Rule(_text, nullable=True)
_MOMENT_OR_NULL = Rule(_moment, nullable=True)
_NAME = Rule(_text)  # required: no default


def _ref(kind: RecordType, *, nullable: bool = True) -> Rule:
    return Rule(_record_id, nullable=nullable, refers_to=kind)


_COMMON: dict[str, Rule] = {
    "created_at": Rule(_moment),
    "owner_id": Rule(_user),
    "private": Rule(_bool, default=False),
    "deleted_at": _MOMENT_OR_NULL,
}
_CHANNELS: dict[str, Rule] = {
    **{name: Rule(_entries(name), default=[]) for name in MULTI_VALUED},
    "tags": Rule(_texts, default=[]),
    "note": _TEXT,
    "custom": Rule(_custom, default={}),
    "vcard_uid": _TEXT_OR_NULL,
    "vcard_extra": Rule(_texts, default=[]),
}

RULES: dict[RecordType, dict[str, Rule]] = {
    RecordType.CONTACT: {
        **_COMMON,
        **_CHANNELS,
        **dict.fromkeys(
            ("prefix", "given", "additional", "family", "suffix", "nickname", "display_name", "sort_key"), _TEXT
        ),
        **dict.fromkeys(("phonetic_given", "phonetic_additional", "phonetic_family", "title", "department"), _TEXT),
        "display_name_custom": Rule(_bool, default=False),
        "company_id": _ref(RecordType.COMPANY),
        "birthday": Rule(_partial_date, nullable=True),
        "anniversary": Rule(_partial_date, nullable=True),
        "photo": Rule(_photo, nullable=True),
        "photo_mime": Rule(_mime, nullable=True),
        # The survivor a person merged this one into (services.merging): an id of the same type, checked for its
        # form only, as a merge's own record is.
        "merged_into": Rule(_record_id, nullable=True),
    },
    RecordType.COMPANY: {
        **_COMMON,
        **_CHANNELS,
        "name": _TEXT,
        "sort_key": _TEXT,
        "industry": _TEXT,
        "website": _TEXT,
        "parent_id": _ref(RecordType.COMPANY),
        "logo": Rule(_photo, nullable=True),
        "logo_mime": Rule(_mime, nullable=True),
        "merged_into": Rule(_record_id, nullable=True),
    },
    RecordType.ACTIVITY_TYPE: {**_COMMON, "name": _NAME, "key": _TEXT_OR_NULL, "position": Rule(_int, default=0)},
    RecordType.ACTIVITY: {
        **_COMMON,
        "type_id": _ref(RecordType.ACTIVITY_TYPE, nullable=False),
        "subject": _TEXT,
        "details": _TEXT,
        "starts_at": _MOMENT_OR_NULL,
        "ends_at": _MOMENT_OR_NULL,
        "timeless": Rule(_bool, default=False),
        "time_zone": Rule(_via(check_time_zone), default=""),
        "priority": Rule(_one_of(*Priority), default=Priority.NORMAL.value),
        "status": Rule(_one_of(*ActivityStatus), default=ActivityStatus.SCHEDULED.value),
        "outcome": _TEXT,
        "completed_at": _MOMENT_OR_NULL,
        "alarm_minutes": Rule(_between(0, _INT64 - 1), nullable=True),
        "rrule": Rule(_via(check_rrule), default=""),
        "company_id": _ref(RecordType.COMPANY),
        "deal_id": _ref(RecordType.DEAL),
        "custom": Rule(_custom, default={}),
        "all_day": Rule(_bool, default=False),
        "series_id": _ref(RecordType.ACTIVITY),
        "recurrence_id": _MOMENT_OR_NULL,
        "result": _TEXT,  # completed, left_message, no_answer, or words of one's own
        "happened_at": _MOMENT_OR_NULL,
        "alarm_dismissed_through": _MOMENT_OR_NULL,
        "alarm_snoozed_until": _MOMENT_OR_NULL,
        "ical_uid": _TEXT_OR_NULL,
    },
    RecordType.NOTE: {**_COMMON, "body": _TEXT},
    RecordType.PIPELINE: {**_COMMON, "name": _NAME, "position": Rule(_int, default=0)},
    RecordType.STAGE: {
        **_COMMON,
        "pipeline_id": _ref(RecordType.PIPELINE, nullable=False),
        "name": _NAME,
        "position": Rule(_int, default=0),
        "probability": Rule(_between(0, 100), default=0),
    },
    RecordType.DEAL: {
        **_COMMON,
        "name": _NAME,
        "company_id": _ref(RecordType.COMPANY),
        "pipeline_id": _ref(RecordType.PIPELINE, nullable=False),
        "stage_id": _ref(RecordType.STAGE, nullable=False),
        "amount_minor": Rule(_int, default=0),
        "currency": Rule(_currency, default="USD"),
        "probability": Rule(_between(0, 100), nullable=True),
        "expected_close": Rule(_iso_date, nullable=True),
        "status": Rule(_one_of(*DealStatus), default=DealStatus.OPEN.value),
        "reason": _TEXT,
        "closed_at": _MOMENT_OR_NULL,
        "custom": Rule(_custom, default={}),
        "line_items": Rule(_line_items, default=[]),
        "amount_from_items": Rule(_bool, default=False),
    },
    RecordType.CHOICE: {
        **_COMMON,
        "list_name": Rule(_one_of(*CHOICE_LISTS)),
        "name": _NAME,
        "position": Rule(_int, default=0),
    },
    RecordType.GROUP: {**_COMMON, "name": _NAME, "description": _TEXT},
    RecordType.LOOKUP: {
        **_COMMON,
        "name": _NAME,
        "record_type": Rule(_one_of("contact", "company"), default="contact"),
        "query": Rule(_lookup_query, default={}),
    },
    RecordType.CUSTOM_FIELD: {
        **_COMMON,
        "record_type": Rule(_one_of(*_CUSTOM_TYPES), default="contact"),
        "name": _NAME,
        "field_type": Rule(_one_of(*CustomFieldType), default=CustomFieldType.TEXT.value),
        "choices": Rule(_texts, default=[]),
        "position": Rule(_int, default=0),
    },
    RecordType.MERGE: {
        **_COMMON,
        "record_type": Rule(_one_of("contact", "company"), default="contact"),
        "survivor_id": Rule(_record_id),
        "merged_id": Rule(_record_id),
        "survivor_name": _TEXT,
        "merged_name": _TEXT,
        **dict.fromkeys(("choices", "before", "after", "seen"), Rule(_object, default={})),
        **dict.fromkeys(("moved", "stamps", "unmerge_stamps"), Rule(_list, default=[])),
        "unmerged_at": _MOMENT_OR_NULL,
    },
    RecordType.NOT_DUPLICATE: {
        **_COMMON,
        "record_type": Rule(_one_of("contact", "company"), default="contact"),
        "first_id": Rule(_record_id),
        "second_id": Rule(_record_id),
    },
    RecordType.LINK: {
        **_COMMON,
        "source_type": Rule(_one_of(*sorted(_LINKABLE))),
        "source_id": Rule(_record_id),
        "target_type": Rule(_one_of(*sorted(_LINKABLE))),
        "target_id": Rule(_record_id),
        "role": _TEXT,
        "position": Rule(_int, default=0),
    },
}

# Fields the store keeps itself: never written through the change log, so never pushed.
MANAGED_FIELDS = frozenset({"id", "updated_at"})
# A link's ends name their record type in a field of their own.
LINK_ENDS = {"source_id": "source_type", "target_id": "target_type"}


def rule_for(record_type: str, field: str) -> Rule | None:
    """The rule of a field, or None for a field this Cardfile does not know (a newer one's: kept as it came)."""
    kind = _RECORD_TYPES.get(record_type)
    return RULES[kind].get(field) if kind is not None else None


_RECORD_TYPES = {kind.value: kind for kind in RULES}


def check_field(record_type: str, field: str, text: str | None) -> Any:
    """The value of one field from its change-log text, checked; raises Unfit saying why it cannot be held.

    A field of a record type this Cardfile knows but that is not one of its fields, or one the store keeps itself,
    is refused; a record type it does not know (a newer Cardfile's) is only decoded.
    """
    value = decode(text)
    kind = _RECORD_TYPES.get(record_type)
    if kind is None:
        return value
    if field in MANAGED_FIELDS:
        raise Unfit(f"{field} is kept by each device itself")
    rule = RULES[kind].get(field)
    if rule is None:
        raise Unfit(f"a {record_type} has no field {field!r}")
    rule(value)
    return value


def check_conflict_body(value: Any) -> None:
    """A conflict's body as `sync.merge.ConflictBody.to_text` writes it."""
    if type(value) is not dict:
        raise Unfit(f"a {_kind(value)} where a conflict belongs")
    for key in ("record_type", "record_id", "field"):
        _text(value.get(key))
    for side in ("winner", "loser"):
        part = value.get(side)
        if type(part) is not dict:
            raise Unfit(f"a conflict without its {side}")
        if part.get("v") is not None:
            _text(part["v"])
        if type(part.get("h")) is not int or not 0 < part["h"] < _INT64:
            raise Unfit(f"a conflict whose {side} has no clock")
        _text(part.get("d"))
        _text(part.get("u"))


def check_resolution(value: Any) -> None:
    """A decision on a conflict: {"took": "winner" | "loser", "by": user, "at": time}."""
    if type(value) is not dict or value.get("took") not in ("winner", "loser"):
        raise Unfit("not a decision on a conflict")
    _text(value.get("by"))
    _text(value.get("at"))
