"""Business rules of deals that hold without a database: line items and their sums, overdue, forecast periods.

A line item is a product sold on the deal: a quantity (an exact decimal: 2.5 hours, 1 licence), a unit price in
the deal's currency (integer minor units) and a discount in percent (an exact decimal). Its total is
quantity × unit price × (100 − discount) / 100, rounded half up to the minor unit; the items' sum is the sum of
those rounded line totals, as an invoice adds its lines, and may set the deal's amount.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator

from cardfile.domain.errors import Invalid
from cardfile.domain.money import decimal_string, round_half_up
from cardfile.domain.values import DealStatus

MAX_QUANTITY = Decimal(10) ** 9
MAX_UNIT_PRICE = 10**15  # minor units, as a deal's amount
MAX_LINE_ITEMS = 500


def _exact(value: Any, what: str) -> Decimal:
    """A decimal from text or an integer; a float is refused, as it may already have lost the exact value."""
    if isinstance(value, bool | float):
        raise Invalid(
            f'{what} must be written as text ("2.5") or a whole number, not {value!r}',
            reason="not_a_number",
            value=str(value),
        )
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    else:
        text = str(value).strip()
        try:
            number = Decimal(text)
        except ArithmeticError:
            raise Invalid(f"{value!r} is not a number", reason="not_a_number", value=text) from None
        if not text or not text.lstrip("-").replace(".", "", 1).isdigit():
            raise Invalid(f"{value!r} is not a number (write it as 2.5)", reason="not_a_number", value=text)
    if not number.is_finite():
        raise Invalid(f"{value!r} is not a number", reason="not_a_number", value=str(value))
    return number


class LineItem(BaseModel):
    """One product on a deal. Stored as JSON with the decimals as text, so nothing passes through a float."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    product: str
    quantity: Decimal = Decimal(1)
    unit_price_minor: int = 0
    discount_percent: Decimal = Decimal(0)

    @field_validator("product")
    @classmethod
    def _product(cls, value: str) -> str:
        if not value:
            raise Invalid("a line item needs a product", reason="no_product")
        if len(value) > 500:
            raise Invalid("a product name is at most 500 characters", reason="too_long", limit=500)
        return value

    @field_validator("quantity", mode="before")
    @classmethod
    def _quantity(cls, value: Any) -> Decimal:
        number = _exact(value, "a quantity")
        if not 0 < number < MAX_QUANTITY:
            raise Invalid(
                f"a quantity must be more than 0 and less than {MAX_QUANTITY:,}",
                reason="between",
                low=0,
                high=int(MAX_QUANTITY),
            )
        if -number.as_tuple().exponent > 6:  # type: ignore[operator]
            raise Invalid(f"{value!r}: a quantity has at most 6 decimals", reason="decimals", limit=6)
        return number

    @field_validator("unit_price_minor", mode="before")
    @classmethod
    def _price(cls, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise Invalid("a unit price is a whole number of minor units (cents)", reason="not_minor_units")
        if not 0 <= value <= MAX_UNIT_PRICE:
            raise Invalid(
                f"a unit price must be between 0 and {MAX_UNIT_PRICE:,} minor units",
                reason="out_of_range",
                low=0,
                high=MAX_UNIT_PRICE,
            )
        return value

    @field_validator("discount_percent", mode="before")
    @classmethod
    def _discount(cls, value: Any) -> Decimal:
        number = _exact(value, "a discount")
        if not 0 <= number <= 100:
            raise Invalid("a discount is between 0 and 100 percent", reason="out_of_range", low=0, high=100)
        if -number.as_tuple().exponent > 4:  # type: ignore[operator]
            raise Invalid(f"{value!r}: a discount has at most 4 decimals", reason="decimals", limit=4)
        return number

    @property
    def total_minor(self) -> int:
        return line_total(self)

    def stored(self) -> dict[str, Any]:
        """The JSON the deal keeps: decimals as plain text."""
        return {
            "product": self.product,
            "quantity": decimal_string(self.quantity),
            "unit_price_minor": self.unit_price_minor,
            "discount_percent": decimal_string(self.discount_percent),
        }


def line_total(item: LineItem) -> int:
    exact = Fraction(item.quantity) * item.unit_price_minor * (100 - Fraction(item.discount_percent)) / 100
    return round_half_up(exact)


def items_total(items: Iterable[LineItem]) -> int:
    return sum(line_total(i) for i in items)


def stored_items(values: Iterable[Mapping[str, Any]]) -> list[LineItem]:
    """Line items as a deal keeps them; an entry another device wrote in a shape this one cannot read is skipped
    (it stays in the deal's history) rather than hiding the deal."""
    out = []
    for value in values or ():
        try:
            out.append(LineItem.model_validate(dict(value)))
        except (ValueError, TypeError):
            continue
    return out


def effective_probability(status: str, own: int | None, stage_default: int) -> int:
    """The probability figures count: 100 % once won, 0 % once lost, else the deal's own or its stage's."""
    if status == DealStatus.WON.value:
        return 100
    if status == DealStatus.LOST.value:
        return 0
    return own if own is not None else stage_default


def local_today(now: datetime) -> date:
    """Today on this computer's calendar at the moment `now` (the services' clock, a fake one in tests)."""
    from dateutil import tz

    return now.astimezone(tz.tzlocal()).date()


def is_overdue(status: str, expected_close: str | date | None, today: date) -> bool:
    """The one definition: an open deal whose expected close date is before today (closing today is on time)."""
    if status != DealStatus.OPEN.value or not expected_close:
        return False
    when = expected_close if isinstance(expected_close, date) else date.fromisoformat(expected_close[:10])
    return when < today


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def quarter_of(day: date) -> str:
    return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"


def period_of(day: date, by: str) -> str:
    """The forecast period a date falls in: '2025-03' by month, '2025-Q1' by quarter."""
    if by == "month":
        return month_of(day)
    if by == "quarter":
        return quarter_of(day)
    raise ValueError(f"a forecast is by month or quarter, not {by!r}")


def period_bounds(period: str) -> tuple[date, date]:
    """First and last day of a period named as `period_of` names it."""
    year = int(period[:4])
    if period[5] == "Q":
        first_month = (int(period[6]) - 1) * 3 + 1
        last_month = first_month + 2
    else:
        first_month = last_month = int(period[5:7])
    first = date(year, first_month, 1)
    following = date(year + 1, 1, 1) if last_month == 12 else date(year, last_month + 1, 1)
    return first, date.fromordinal(following.toordinal() - 1)
