"""Input models: what a caller may set on each record, validated before anything reaches the store.

`XCreate` models carry every settable field with its default; `XUpdate` models hold only the fields a caller
names (`model_fields_set`), so "leave alone" and "clear" stay distinct.
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from cardfile.domain.deals import MAX_LINE_ITEMS, LineItem
from cardfile.domain.errors import Invalid
from cardfile.domain.photos import check_photo, fitted_photo
from cardfile.domain.text import blank
from cardfile.domain.values import (
    ActivityStatus,
    CustomFieldType,
    DealStatus,
    EmailAddress,
    ImHandle,
    PartialDate,
    PhoneNumber,
    PostalAddress,
    Priority,
    RelatedDate,
    WebUrl,
    check_currency,
)

M = TypeVar("M", bound=BaseModel)

MAX_ALARM_MINUTES = 30 * 24 * 60  # an alarm rings at most 30 days ahead


class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, validate_assignment=True)


def _clean_tags(values: list[str]) -> list[str]:
    seen: list[str] = []
    for value in values:
        tag = value.strip()
        if tag and tag.casefold() not in (t.casefold() for t in seen):
            seen.append(tag)
    return seen


def _one_preferred(entries: list[Any]) -> list[Any]:
    """At most one preferred entry per field: the first one marked wins."""
    found = False
    out = []
    for entry in entries:
        if entry.preferred:
            if found:
                entry = entry.model_copy(update={"preferred": False})
            found = True
        out.append(entry)
    return out


class _Channels(_Input):
    emails: list[EmailAddress] = Field(default_factory=list)
    phones: list[PhoneNumber] = Field(default_factory=list)
    addresses: list[PostalAddress] = Field(default_factory=list)
    urls: list[WebUrl] = Field(default_factory=list)
    ims: list[ImHandle] = Field(default_factory=list)
    dates: list[RelatedDate] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    note: str = ""
    custom: dict[str, Any] = Field(default_factory=dict)
    vcard_uid: str | None = None
    vcard_extra: list[str] = Field(default_factory=list)
    owner_id: str | None = None
    private: bool = False

    @field_validator("tags")
    @classmethod
    def _tags(cls, values: list[str]) -> list[str]:
        return _clean_tags(values)

    @field_validator("emails", "phones", "addresses", "urls", "ims", "dates")
    @classmethod
    def _preferred(cls, values: list[Any]) -> list[Any]:
        return _one_preferred(values)


def _partial_date(value: Any) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value.isoformat()
    return PartialDate.parse_value(str(value)).iso()


_CONTACT_NAMES = ("prefix", "given", "additional", "family", "suffix", "nickname", "display_name")


class ContactCreate(_Channels):
    prefix: str = ""
    given: str = ""
    additional: str = ""
    family: str = ""
    suffix: str = ""
    nickname: str = ""
    display_name: str = ""  # empty: derived from the name parts
    phonetic_given: str = ""
    phonetic_additional: str = ""
    phonetic_family: str = ""
    title: str = ""
    department: str = ""
    company_id: str | None = None
    birthday: str | None = None
    anniversary: str | None = None
    photo: bytes | None = None
    photo_mime: str | None = None

    @field_validator("photo")
    @classmethod
    def _picture(cls, value: bytes | None) -> bytes | None:
        return check_photo(value) if value is not None else None

    @model_validator(mode="after")
    def _no_blank_names(self) -> ContactCreate:
        # A name part of only spaces or invisible characters is no name at all. One check for all of them: this
        # runs for every card an import reads.
        for name in _CONTACT_NAMES:
            value = self.__dict__[name]
            if value and blank(value):
                self.__dict__[name] = ""
        return self

    @field_validator("birthday", "anniversary", mode="before")
    @classmethod
    def _dates(cls, value: Any) -> str | None:
        return _partial_date(value)

    @model_validator(mode="after")
    def _photo(self) -> ContactCreate:
        if self.photo is not None and not self.photo_mime:
            raise Invalid("a photo needs its MIME type (image/jpeg, image/png …)", reason="photo_type_missing")
        if self.photo is not None:  # the one place every photo passes: import, command line, form, scripts
            self.__dict__["photo"], self.__dict__["photo_mime"] = fitted_photo(self.photo, self.photo_mime)
        return self


class ContactUpdate(ContactCreate):
    """Only the fields named in the constructor are changed."""


class CompanyCreate(_Channels):
    name: str
    industry: str = ""
    website: str = ""
    parent_id: str | None = None
    logo: bytes | None = None
    logo_mime: str | None = None

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if blank(value):
            raise Invalid("a company needs a name", reason="no_name")
        return value

    @field_validator("logo")
    @classmethod
    def _picture(cls, value: bytes | None) -> bytes | None:
        return check_photo(value) if value is not None else None

    @model_validator(mode="after")
    def _logo(self) -> CompanyCreate:
        if self.logo is not None:
            self.__dict__["logo"], self.__dict__["logo_mime"] = fitted_photo(self.logo, self.logo_mime)
        return self


class CompanyUpdate(CompanyCreate):
    name: str = ""


def floating_day(value: Any) -> datetime | None:
    """A timeless or all-day activity's date as Cardfile stores it: 00:00 UTC of the date, the same date wherever
    it is read. A date is taken as it is; an aware time gives its own date (in its own zone, not in UTC)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return datetime.combine(value.date(), datetime.min.time(), UTC)
    if isinstance(value, date):
        return datetime.combine(value, datetime.min.time(), UTC)
    if isinstance(value, str):
        text = value.strip()
        return floating_day(date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text))
    raise Invalid(f"{value!r} is not a date", reason="not_a_date", value=str(value))


class ActivityCreate(_Input):
    """A call, meeting or to-do to schedule. Timed (`starts_at`, and `ends_at` or `duration_minutes`), timeless (a
    date, no time: `timeless`), or all-day (`all_day`: a date, or several days up to `ends_at`, the day after the
    last). A timeless or all-day activity's `starts_at` may be a date or any time of that day in its own zone."""

    type_id: str | None = None  # None: a to-do
    subject: str
    details: str = ""
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    duration_minutes: int | None = Field(default=None, ge=0)
    timeless: bool = False
    all_day: bool = False
    time_zone: str = ""
    priority: Priority = Priority.NORMAL
    alarm_minutes: int | None = Field(default=None, ge=0, le=MAX_ALARM_MINUTES)
    rrule: str = ""
    contact_ids: list[str] = Field(default_factory=list)
    company_id: str | None = None
    deal_id: str | None = None
    owner_id: str | None = None
    private: bool = False
    custom: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _dates(cls, data: Any) -> Any:
        if isinstance(data, dict) and (data.get("timeless") or data.get("all_day")):
            data = dict(data)
            for name in ("starts_at", "ends_at"):
                if name in data:
                    data[name] = floating_day(data[name])
        return data

    @field_validator("subject")
    @classmethod
    def _subject(cls, value: str) -> str:
        if blank(value):
            raise Invalid("an activity needs a subject", reason="no_subject")
        return value

    @field_validator("starts_at", "ends_at", mode="before")
    @classmethod
    def _a_date_is_midnight_utc(cls, value: Any) -> Any:
        if isinstance(value, date) and not isinstance(value, datetime):
            return floating_day(value)
        return value

    @field_validator("starts_at", "ends_at")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise Invalid("a time needs its time zone", reason="time_without_zone")
        return value.astimezone(UTC) if value is not None else None

    @field_validator("time_zone")
    @classmethod
    def _zone(cls, value: str) -> str:
        if value:
            from cardfile.domain.recurrence import RuleError, zone_of

            try:
                zone_of(value)
            except RuleError as exc:
                raise Invalid(str(exc), reason="not_a_zone", value=value) from None
        return value

    @field_validator("rrule")
    @classmethod
    def _rrule(cls, value: str) -> str:
        if value:
            from cardfile.domain.recurrence import RuleError, check_rule

            try:
                return check_rule(value)
            except RuleError as exc:
                raise Invalid(f"{value!r}: {exc}", reason="bad_rule", rule=exc.code, **exc.params) from None
        return value

    @model_validator(mode="after")
    def _times(self) -> ActivityCreate:
        if self.timeless and self.all_day:
            raise Invalid("an activity is timeless or all-day, not both", reason="timeless_and_all_day")
        if self.duration_minutes is not None and self.starts_at is not None and self.ends_at is None:
            if self.all_day:
                days = max(1, -(-self.duration_minutes // (24 * 60)))
                self.__dict__["ends_at"] = self.starts_at + timedelta(days=days)
            elif not self.timeless:
                self.__dict__["ends_at"] = self.starts_at + timedelta(minutes=self.duration_minutes)
        if self.all_day and self.starts_at is not None and self.ends_at is None:
            self.__dict__["ends_at"] = self.starts_at + timedelta(days=1)
        if self.timeless:
            self.__dict__["ends_at"] = None
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            raise Invalid("an activity cannot end before it starts", reason="ends_before_start")
        if self.all_day and self.starts_at and self.ends_at and self.ends_at == self.starts_at:
            self.__dict__["ends_at"] = self.starts_at + timedelta(days=1)  # an inclusive last day, as typed
        if self.rrule and self.starts_at is None and not isinstance(self, ActivityUpdate):
            raise Invalid(
                "a recurring activity needs a start", reason="repeat_needs_start"
            )  # an update keeps the start it has
        return self


class ActivityUpdate(ActivityCreate):
    subject: str = ""
    status: ActivityStatus | None = None
    outcome: str | None = None


class NoteCreate(_Input):
    body: str
    contact_ids: list[str] = Field(default_factory=list)
    company_ids: list[str] = Field(default_factory=list)
    deal_ids: list[str] = Field(default_factory=list)
    owner_id: str | None = None
    private: bool = False

    @field_validator("body")
    @classmethod
    def _body(cls, value: str) -> str:
        if blank(value):
            raise Invalid("a note needs some text", reason="no_text")
        return value


class DealRole(_Input):
    contact_id: str
    role: str = ""


MAX_AMOUNT_MINOR = 10**16  # 100 trillion in cents; amount × probability (percent) still fits a 64-bit SQL integer


class DealCreate(_Input):
    name: str
    company_id: str | None = None
    pipeline_id: str | None = None  # None: the default pipeline
    stage_id: str | None = None  # None: the pipeline's first stage
    amount_minor: int = Field(default=0, ge=0, le=MAX_AMOUNT_MINOR)
    currency: str = "USD"
    # None: the stage's default probability. A stage move sets it back to None (see DealService.move).
    probability: int | None = Field(default=None, ge=0, le=100)
    expected_close: date | None = None
    contacts: list[DealRole] = Field(default_factory=list)
    owner_id: str | None = None
    private: bool = False
    custom: dict[str, Any] = Field(default_factory=dict)
    line_items: list[LineItem] = Field(default_factory=list, max_length=MAX_LINE_ITEMS)
    amount_from_items: bool = False  # the amount is the line items' sum, kept so as they change

    @field_validator("currency")
    @classmethod
    def _currency(cls, value: str) -> str:
        return check_currency(value)

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if blank(value):
            raise Invalid("a deal needs a name", reason="no_name")
        return value


class DealUpdate(DealCreate):
    name: str = ""
    status: DealStatus | None = None
    reason: str | None = None


class CustomFieldCreate(_Input):
    record_type: str = "contact"
    name: str
    field_type: CustomFieldType = CustomFieldType.TEXT
    choices: list[str] = Field(default_factory=list)

    @field_validator("record_type")
    @classmethod
    def _record_type(cls, value: str) -> str:
        if value not in ("contact", "company", "activity", "deal"):
            raise Invalid(
                f"custom fields exist for contacts, companies, activities and deals, not {value!r}",
                reason="wrong_record_type",
                record_type=value,
            )
        return value

    @model_validator(mode="after")
    def _choices(self) -> CustomFieldCreate:
        if blank(self.name):
            raise Invalid("a custom field needs a name", reason="no_name")
        if self.field_type is CustomFieldType.CHOICE and not self.choices:
            raise Invalid("a choice field needs at least one choice", reason="no_choices")
        return self


def custom_value(field_type: CustomFieldType, value: Any, choices: list[str], name: str) -> Any:
    """Check and normalize one custom field value; None or '' clears it."""
    if value is None or value == "":
        return None
    if field_type is CustomFieldType.TEXT:
        return str(value)
    if field_type is CustomFieldType.NUMBER:
        try:
            number = float(value) if not isinstance(value, int | float) else value
        except ValueError:
            raise ValueError(f"{name}: {value!r} is not a number") from None
        if not math.isfinite(number):  # NaN and infinity: no other device, and no JSON, could hold them
            raise ValueError(f"{name}: {value!r} is not a number")
        return int(number) if float(number).is_integer() and abs(number) < 2**63 else float(number)
    if field_type is CustomFieldType.DATE:
        return date.fromisoformat(str(value)).isoformat() if not isinstance(value, date) else value.isoformat()
    if field_type is CustomFieldType.CHOICE:
        if str(value) not in choices:
            raise ValueError(f"{name}: {value!r} is not one of {', '.join(choices)}")
        return str(value)
    if field_type is CustomFieldType.YES_NO:
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("yes", "y", "true", "1", "on"):
            return True
        if text in ("no", "n", "false", "0", "off"):
            return False
        raise ValueError(f"{name}: {value!r} is not yes or no")
    raise ValueError(f"{name}: unknown field type {field_type}")


def validate(model: type[M], **data: Any) -> M:
    """Build `model` from `data`, turning pydantic's report into a ValidationError naming the field."""
    from pydantic import ValidationError as PydanticError

    from cardfile.domain.errors import ValidationError

    try:
        return model(**data)
    except PydanticError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or model.__name__.removesuffix("Create").lower()
        problem = str(first["msg"]).removeprefix("Value error, ")
        raise ValidationError(field=where, problem=problem, **_reason_of(first)) from None


# pydantic's own refusals (a type, a bound) by its error type: the reason and the bound it names
_PYDANTIC_REASONS = {
    "greater_than_equal": ("too_small", "ge"),
    "greater_than": ("too_small", "gt"),
    "less_than_equal": ("too_large", "le"),
    "less_than": ("too_large", "lt"),
    "string_too_long": ("too_long", "max_length"),
    "too_long": ("too_many", "max_length"),
    "missing": ("missing", ""),
    "int_parsing": ("not_a_number", ""),
    "int_type": ("not_a_number", ""),
    "int_from_float": ("not_a_number", ""),
    "float_parsing": ("not_a_number", ""),
    "float_type": ("not_a_number", ""),
    "bool_parsing": ("not_yes_or_no", ""),
    "date_parsing": ("not_a_date", ""),
    "date_from_datetime_parsing": ("not_a_date", ""),
    "datetime_parsing": ("not_a_date", ""),
    "datetime_from_date_parsing": ("not_a_date", ""),
}


def _reason_of(error: Any) -> dict[str, Any]:
    """The reason (and its parameters) of pydantic's first error: a domain validator's own (Invalid), or one for
    pydantic's refusal of a type or a bound; "invalid" for anything else (the app then names only the field)."""
    cause = (error.get("ctx") or {}).get("error")
    if isinstance(cause, Invalid):
        return {"reason": cause.reason, **cause.params}
    reason, bound = _PYDANTIC_REASONS.get(error["type"], ("invalid", ""))
    limit = (error.get("ctx") or {}).get(bound) if bound else None
    return {"reason": reason, "limit": limit} if limit is not None else {"reason": reason}
