"""Exact money: rounding half away from zero, decimal text per currency, totals kept apart per currency, conversion
at exact rates, and the deal rules that need no database (line totals, overdue, forecast periods)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from fractions import Fraction

import pytest

from cardfile.domain.deals import (
    LineItem,
    effective_probability,
    is_overdue,
    items_total,
    line_total,
    local_today,
    period_bounds,
    period_of,
)
from cardfile.domain.errors import ValidationError
from cardfile.domain.money import (
    Conversion,
    MissingRate,
    Money,
    Tally,
    average,
    decimal_string,
    decimal_text,
    parse_decimal,
    round_half_up,
)
from cardfile.domain.values import currency_digits


@pytest.mark.parametrize(
    ("value", "rounded"),
    [(Fraction(5, 2), 3), (Fraction(-5, 2), -3), (Fraction(249, 100), 2), (Fraction(1, 3), 0), (Fraction(0), 0),
     (Fraction(10**19 + 1, 2), 5 * 10**18 + 1)],
)  # fmt: skip
def test_rounding_is_half_away_from_zero(value: Fraction, rounded: int) -> None:
    assert round_half_up(value) == rounded


def test_decimal_text_follows_the_currency_minor_unit() -> None:
    assert decimal_text(1_250_050, "USD") == "12500.50"
    assert decimal_text(1_250, "JPY") == "1250" and decimal_text(1_250, "ISK") == "1250"
    assert decimal_text(-5, "KWD") == "-0.005" and decimal_text(12_345, "CLF") == "1.2345"
    assert currency_digits("CLF") == 4 and currency_digits("XYZ") == 2
    assert Money(199, "EUR").as_json() == {"minor": 199, "currency": "EUR", "decimal": "1.99"}
    assert str(Money(1_000_000, "JPY")) == "1,000,000 JPY"


def test_decimals_typed_by_people_are_exact() -> None:
    assert parse_decimal("1.0845", "rate") == Decimal("1.0845")
    assert decimal_string(Decimal("1.50")) == "1.5" and decimal_string(Decimal("2E+1")) == "20"
    for bad in ("1,5", "abc", "", "1e3", "NaN"):
        with pytest.raises(ValidationError):
            parse_decimal(bad, "rate")


def test_a_tally_keeps_currencies_apart_and_rounds_each_total_once() -> None:
    tally = Tally()
    for _ in range(3):
        tally.add("EUR", 5, 10)  # 0.5 cent each: 1.5 → 2, where rounding each first would give 3 × 1 = 3
    tally.add("JPY", 999, 50)
    assert [(t.currency, t.count, t.total_minor, t.weighted_minor) for t in tally.totals()] == [
        ("EUR", 3, 15, 2),
        ("JPY", 1, 999, 500),
    ]
    other = Tally()
    other.add("EUR", 5, 10)
    tally.merge(other)
    assert tally.totals()[0].weighted_minor == 2 and tally.count == 5  # 2.0 exactly
    assert average(1_001, 2) == 501 and average(0, 0) == 0


def test_conversion_uses_the_exact_sums_and_names_a_missing_rate() -> None:
    tally = Tally()
    tally.add("JPY", 333, 50)  # 166.5 yen weighted
    tally.add("EUR", 101, 50)  # 50.5 cents weighted
    conversion = Conversion("USD", {"JPY": Decimal("0.0067"), "EUR": Decimal("1.0845")})
    converted = tally.converted(conversion)
    # total: 333 × 0.0067 $ = 2.2311 $ = 223.11 ¢ + 101 × 1.0845 = 109.5345 ¢ → 332.6445 → 333
    # weighted: 166.5 × 0.67 ¢ = 111.555 + 50.5 × 1.0845 = 54.76725 → 166.32225 → 166
    assert (converted.currency, converted.total_minor, converted.weighted_minor) == ("USD", 333, 166)
    with pytest.raises(MissingRate) as missing:
        Conversion("USD", {}).of(1, "EUR")
    assert missing.value.code == "missing_rate" and "EUR" in missing.value.message
    assert Conversion("USD", {}).of(7, "USD") == 7


def test_line_totals_and_their_sum() -> None:
    items = [
        LineItem(product="A", quantity="2.5", unit_price_minor=1_999, discount_percent="10"),  # 4497.75 → 4498
        LineItem(product="B", quantity=1, unit_price_minor=1),
        LineItem(product="C", quantity="0.5", unit_price_minor=1, discount_percent="0"),  # 0.5 → 1
    ]
    assert [line_total(i) for i in items] == [4_498, 1, 1]
    assert items_total(items) == 4_500
    assert items[0].stored() == {"product": "A", "quantity": "2.5", "unit_price_minor": 1_999,
                                 "discount_percent": "10"}  # fmt: skip


def test_probability_overdue_and_periods() -> None:
    assert effective_probability("open", None, 25) == 25 and effective_probability("open", 40, 25) == 40
    assert effective_probability("won", 40, 25) == 100 and effective_probability("lost", 40, 25) == 0
    today = date(2030, 5, 15)
    assert is_overdue("open", "2030-05-14", today) and not is_overdue("open", "2030-05-15", today)
    assert not is_overdue("won", "2020-01-01", today) and not is_overdue("open", None, today)
    assert period_of(date(2030, 11, 3), "month") == "2030-11" and period_of(date(2030, 11, 3), "quarter") == "2030-Q4"
    assert period_bounds("2030-Q1") == (date(2030, 1, 1), date(2030, 3, 31))
    assert period_bounds("2028-02") == (date(2028, 2, 1), date(2028, 2, 29))
    assert local_today(datetime(2030, 5, 15, 12, tzinfo=UTC)) in (date(2030, 5, 15), date(2030, 5, 16))
    with pytest.raises(ValueError):
        period_of(today, "week")
