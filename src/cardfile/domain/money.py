"""Exact money arithmetic: amounts in integer minor units per ISO 4217 currency, totals kept apart per currency.

Nothing here touches a float. A weighted amount (amount × probability) or a converted one (amount × a rate the
user entered) is an exact fraction of a minor unit until it is shown; then it is rounded once, half away from
zero ("commercial rounding", as invoices round), to the currency's minor unit. A total is the exact sum of its
parts rounded once, so a total never drifts by the rounding of each part (the rounded parts may therefore differ
from the rounded total by at most one minor unit per part).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from cardfile.domain.errors import ValidationError
from cardfile.domain.values import check_currency, currency_digits, format_money


def round_half_up(value: Fraction) -> int:
    """The nearest integer; a half goes away from zero (2.5 → 3, -2.5 → -3)."""
    sign = -1 if value < 0 else 1
    magnitude = abs(value)
    whole, rest = divmod(magnitude.numerator, magnitude.denominator)
    if 2 * rest >= magnitude.denominator:
        whole += 1
    return sign * whole


def decimal_text(minor: int, currency: str) -> str:
    """'12500.50' for 1250050 USD, '1250' for 1250 JPY, '-0.005' for -5 KWD: exact, no thousands separators
    (what JSON and CSV carry, so a spreadsheet or a script reads the amount without guessing)."""
    digits = currency_digits(currency)
    sign = "-" if minor < 0 else ""
    if not digits:
        return f"{sign}{abs(minor)}"
    whole, frac = divmod(abs(minor), 10**digits)
    return f"{sign}{whole}.{frac:0{digits}d}"


def parse_decimal(text: str, what: str) -> Decimal:
    """An exact decimal typed by a person ('1.0845', '2,5' is refused: a comma is ambiguous); never a float."""
    cleaned = str(text).strip().replace("_", "")
    if not re.fullmatch(r"-?\d+(\.\d+)?", cleaned):
        raise ValidationError(
            field=what, problem=f"{text!r} is not a number (write it as 1.0845)", reason="not_a_number", value=str(text)
        )
    try:
        return Decimal(cleaned)
    except InvalidOperation:  # pragma: no cover - the pattern admits only what Decimal reads
        raise ValidationError(
            field=what, problem=f"{text!r} is not a number", reason="not_a_number", value=str(text)
        ) from None


def decimal_string(value: Decimal) -> str:
    """A Decimal as plain text without exponent or trailing zeros ('1.50' → '1.5', '2E+1' → '20')."""
    text = format(value.normalize(), "f")
    return text if text != "-0" else "0"


@dataclass(frozen=True, slots=True)
class Money:
    """An amount: integer minor units of an ISO 4217 currency."""

    minor: int
    currency: str

    def __str__(self) -> str:
        return format_money(self.minor, self.currency)

    def decimal(self) -> str:
        return decimal_text(self.minor, self.currency)

    def as_json(self) -> dict[str, object]:
        return {"minor": self.minor, "currency": self.currency, "decimal": self.decimal()}


def weighted(amount_minor: int, probability: int) -> Fraction:
    """An amount weighted by a probability in percent, exactly (a fraction of a minor unit)."""
    return Fraction(amount_minor * probability, 100)


@dataclass(frozen=True, slots=True)
class ExchangeRate:
    """1 unit of `source` is worth `rate` units of `target`, as the user entered it."""

    source: str
    target: str
    rate: Decimal

    def as_json(self) -> dict[str, str]:
        return {"from": self.source, "to": self.target, "rate": decimal_string(self.rate)}


def convert(minor: Fraction | int, source: str, target: str, rate: Decimal) -> Fraction:
    """`minor` units of `source` in minor units of `target` at `rate` (exact; round when showing)."""
    major = Fraction(minor) / 10 ** currency_digits(source)
    return major * Fraction(rate) * 10 ** currency_digits(target)


class MissingRate(ValidationError):
    """A conversion was asked for and a currency in the figures has no rate to the target."""

    code = "missing_rate"
    template = "No exchange rate from {source} to {target}: enter one (for example {source}={example})"


@dataclass(frozen=True, slots=True)
class Conversion:
    """Converting totals to one currency at rates the user entered; a report says so in its output."""

    target: str
    rates: Mapping[str, Decimal]  # source currency -> units of target per unit of source

    def __post_init__(self) -> None:
        check_currency(self.target)

    def rate(self, source: str) -> Decimal:
        if source == self.target:
            return Decimal(1)
        found = self.rates.get(source)
        if found is None:
            raise MissingRate(source=source, target=self.target, example="1.0")
        return found

    def of(self, minor: Fraction | int, source: str) -> Fraction:
        return convert(minor, source, self.target, self.rate(source))

    def used(self, currencies: Iterable[str]) -> list[ExchangeRate]:
        """The rates a conversion of these currencies uses, in currency order (what a report prints)."""
        return [ExchangeRate(c, self.target, self.rate(c)) for c in sorted(set(currencies)) if c != self.target]


@dataclass(frozen=True, slots=True)
class CurrencyTotal:
    """Totals of some deals in one currency: how many, their sum and their weighted sum, rounded once."""

    currency: str
    count: int
    total_minor: int
    weighted_minor: int

    @property
    def total(self) -> Money:
        return Money(self.total_minor, self.currency)

    @property
    def weighted(self) -> Money:
        return Money(self.weighted_minor, self.currency)

    def as_json(self) -> dict[str, object]:
        return {
            "currency": self.currency,
            "count": self.count,
            "total": decimal_text(self.total_minor, self.currency),
            "weighted": decimal_text(self.weighted_minor, self.currency),
            "total_minor": self.total_minor,
            "weighted_minor": self.weighted_minor,
        }


@dataclass(slots=True)
class Tally:
    """Sums per currency, kept exact while deals are added; euros are never added to dollars.

    The weighted sum is kept as an integer of hundredths of a minor unit (amount × probability in percent), so
    adding twenty thousand deals is integer arithmetic, and it becomes a fraction only when rounded or converted.
    """

    _count: dict[str, int] = field(default_factory=dict)
    _total: dict[str, int] = field(default_factory=dict)
    _weighted: dict[str, int] = field(default_factory=dict)  # Σ amount_minor × probability

    def add(self, currency: str, amount_minor: int, probability: int = 100) -> None:
        self.add_sums(currency, 1, amount_minor, amount_minor * probability)

    def add_sums(self, currency: str, count: int, total_minor: int, weighted_hundredths: int) -> None:
        """Add sums made elsewhere (an SQL aggregate): `weighted_hundredths` is Σ amount_minor × probability."""
        self._count[currency] = self._count.get(currency, 0) + count
        self._total[currency] = self._total.get(currency, 0) + total_minor
        self._weighted[currency] = self._weighted.get(currency, 0) + weighted_hundredths

    def merge(self, other: Tally) -> None:
        for currency, count in other._count.items():
            self.add_sums(currency, count, other._total[currency], other._weighted[currency])

    @property
    def count(self) -> int:
        return sum(self._count.values())

    @property
    def currencies(self) -> list[str]:
        return sorted(self._count)

    def totals(self) -> list[CurrencyTotal]:
        """One total per currency, in currency-code order."""
        return [
            CurrencyTotal(c, self._count[c], self._total[c], round_half_up(Fraction(self._weighted[c], 100)))
            for c in self.currencies
        ]

    def converted(self, conversion: Conversion) -> CurrencyTotal:
        """Everything in one currency at the user's rates: each currency's exact sum converted, then rounded once."""
        total = sum((conversion.of(self._total[c], c) for c in self.currencies), Fraction(0))
        weighted_total = sum((conversion.of(Fraction(self._weighted[c], 100), c) for c in self.currencies), Fraction(0))
        return CurrencyTotal(conversion.target, self.count, round_half_up(total), round_half_up(weighted_total))


def average(total_minor: int, count: int) -> int:
    """The average of `count` amounts summing to `total_minor`, rounded half up to a minor unit."""
    return round_half_up(Fraction(total_minor, count)) if count else 0
