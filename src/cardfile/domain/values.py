"""Value types shared by every record: labelled multi-valued entries, partial dates, money, enumerations."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator

from cardfile.domain.errors import Invalid, ValidationError
from cardfile.domain.record_types import RecordType as RecordType  # where every module has always found it
from cardfile.domain.text import invisible_characters


class ActivityStatus(StrEnum):
    SCHEDULED = "scheduled"
    DONE = "done"
    CANCELLED = "cancelled"
    SKIPPED = "skipped"  # one occurrence of a series that will not take place (an exception; RFC 5545's EXDATE)


class ClearResult(StrEnum):
    """How a cleared activity went, as ACT! asks; a result of one's own words is kept as typed."""

    COMPLETED = "completed"
    LEFT_MESSAGE = "left_message"
    NO_ANSWER = "no_answer"


class DealStatus(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class CustomFieldType(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    CHOICE = "choice"
    YES_NO = "yes_no"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


STANDARD_LABELS = ("work", "home", "cell", "fax", "other")


def normalize_label(label: str | None) -> str:
    """Standard labels are stored lower-case; a custom label is kept as the person typed it."""
    text = (label or "").strip()
    return text.lower() if text.lower() in STANDARD_LABELS else text


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str = ""
    preferred: bool = False

    @field_validator("label", mode="before")
    @classmethod
    def _label(cls, value: Any) -> str:
        return normalize_label(value)


_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\".]{2,}$")


class EmailAddress(_Entry):
    value: str

    @field_validator("value")
    @classmethod
    def _email(cls, value: str) -> str:
        value = value.strip()
        hidden = invisible_characters(value)
        if hidden:  # pasted from a web page or a chat: it looks right and no mail would ever arrive
            one = len(hidden) == 1
            raise Invalid(
                f"{value!r} contains {'an invisible character' if one else 'invisible characters'} "
                f"({', '.join(dict.fromkeys(hidden))}); type the address again without {'it' if one else 'them'}",
                reason="invisible_characters",
                value=value,
                characters=list(dict.fromkeys(hidden)),
            )
        if not _EMAIL.match(value):
            raise Invalid(f"{value!r} is not an email address", reason="not_an_email", value=value)
        return value


class PhoneNumber(_Entry):
    """A phone number exactly as typed; search normalizes a copy, the number itself is never rewritten."""

    value: str

    @field_validator("value")
    @classmethod
    def _phone(cls, value: str) -> str:
        value = value.strip()
        if not any(ch.isdigit() for ch in value):
            raise Invalid(f"{value!r} has no digits", reason="no_digits", value=value)
        return value


class PostalAddress(_Entry):
    street: str = ""
    locality: str = ""
    region: str = ""
    postcode: str = ""
    country: str = ""
    po_box: str = ""
    extended: str = ""

    def one_line(self) -> str:
        parts = [self.po_box, self.street, self.extended, self.locality, self.region, self.postcode, self.country]
        return ", ".join(p for p in parts if p)


class WebUrl(_Entry):
    value: str

    @field_validator("value")
    @classmethod
    def _url(cls, value: str) -> str:
        value = value.strip()
        if not value or any(ch.isspace() for ch in value):
            raise Invalid(f"{value!r} is not a web address", reason="not_a_url", value=value)
        return value


class ImHandle(_Entry):
    """An instant-messaging or social handle; `service` names the network (skype, xmpp, twitter, linkedin …)."""

    value: str
    service: str = ""


class RelatedDate(_Entry):
    value: str

    @field_validator("value")
    @classmethod
    def _date(cls, value: str) -> str:
        return PartialDate.parse_value(value).iso()


MULTI_VALUED = {
    "emails": EmailAddress,
    "phones": PhoneNumber,
    "addresses": PostalAddress,
    "urls": WebUrl,
    "ims": ImHandle,
    "dates": RelatedDate,
}


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date whose year may be unknown, as birthdays often are (vCard `--0415`)."""

    month: int
    day: int
    year: int | None = None

    _FORMS = (
        re.compile(r"^(?P<y>\d{4})-?(?P<m>\d{2})-?(?P<d>\d{2})$"),
        re.compile(r"^--(?P<m>\d{2})-?(?P<d>\d{2})$"),
    )

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        value = text.strip()
        for form in cls._FORMS:
            m = form.match(value)
            if m:
                groups = m.groupdict()
                year = int(groups["y"]) if groups.get("y") else None
                result = cls(int(groups["m"]), int(groups["d"]), year)
                result._check(text)
                return result
        raise ValidationError(
            field="date", problem=f"{text!r} is not a date (YYYY-MM-DD or --MM-DD)", reason="not_a_date", value=text
        )

    @classmethod
    def parse_value(cls, text: str) -> PartialDate:
        """`parse` for a pydantic validator: a ValueError, so the error names the field that holds the date."""
        try:
            return cls.parse(text)
        except ValidationError as exc:
            raise Invalid(exc.params["problem"], reason=exc.params["reason"], value=text) from None

    def _check(self, text: str) -> None:
        try:
            date(self.year if self.year is not None else 2000, self.month, self.day)  # 2000: leap, allows --0229
        except ValueError:
            raise ValidationError(
                field="date", problem=f"{text!r} is not a real date", reason="no_such_date", value=text
            ) from None

    def iso(self) -> str:
        md = f"{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{md}" if self.year is not None else f"--{md}"

    def __str__(self) -> str:
        return self.iso()


def parse_money(text: str, currency: str) -> int:
    """Turn '12,500.50' into minor units (1250050) without passing through a float."""
    cleaned = text.strip().replace(",", "").replace(" ", "").replace("_", "")
    m = re.fullmatch(r"(-?)(\d+)(?:\.(\d+))?", cleaned)
    if not m:
        raise ValidationError(field="amount", problem=f"{text!r} is not an amount", reason="not_an_amount", value=text)
    digits = currency_digits(currency)
    whole, frac = m.group(2), (m.group(3) or "")
    if len(frac) > digits:
        raise ValidationError(
            field="amount",
            problem=f"{text!r} has more decimals than {currency} allows",
            reason="too_many_decimals",
            value=text,
            currency=currency,
            limit=digits,
        )
    minor = int(whole) * 10**digits + int(frac.ljust(digits, "0") or "0")
    return -minor if m.group(1) else minor


def format_money(minor: int, currency: str) -> str:
    digits = currency_digits(currency)
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), 10**digits) if digits else (abs(minor), 0)
    body = f"{whole:,}" + (f".{frac:0{digits}d}" if digits else "")
    return f"{sign}{body} {currency}"


# ISO 4217 currencies whose minor unit is not 2 digits; every other code uses 2 (as do codes without a minor unit,
# such as XAU, which a deal would not be priced in).
_MINOR_DIGITS = {
    "BIF": 0,
    "CLP": 0,
    "DJF": 0,
    "GNF": 0,
    "ISK": 0,
    "JPY": 0,
    "KMF": 0,
    "KRW": 0,
    "PYG": 0,
    "RWF": 0,
    "UGX": 0,
    "UYI": 0,
    "VND": 0,
    "VUV": 0,
    "XAF": 0,
    "XOF": 0,
    "XPF": 0,
    "BHD": 3,
    "IQD": 3,
    "JOD": 3,
    "KWD": 3,
    "LYD": 3,
    "OMR": 3,
    "TND": 3,
    "CLF": 4,
    "UYW": 4,
}


def currency_digits(currency: str) -> int:
    return _MINOR_DIGITS.get(currency, 2)


def check_currency(code: str) -> str:
    value = (code or "").strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", value):
        raise ValidationError(
            field="currency", problem=f"{code!r} is not an ISO 4217 currency code", reason="not_a_currency", value=code
        )
    return value
