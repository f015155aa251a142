"""What a report shows, as typed values: a count, an amount of money, a day, a status, a built-in name … each worded
by whoever shows it.

`english()` is the wording of the command line and of the PDF it makes (ISO dates, '1,234.50 EUR', '25 %'); the
desktop app words the same cells in the reader's language (ui/reports/cells.py: their digits and separators, their
dates, the translated names of the Sales pipeline's stages), without parsing English back. The CSV and the JSON
keep their own exact values (interchange/report.py), never these words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from cardfile.domain.money import decimal_string
from cardfile.domain.values import format_money


class Cell:
    """A value in a report: a table's cell, a filter, a title or a note."""

    __slots__ = ()

    def english(self) -> str:
        raise NotImplementedError


@dataclass(frozen=True, slots=True)
class Text(Cell):
    """Text as a person typed it (a deal's name, a subject, an email address) or a code (a currency): shown as it
    is in every language."""

    text: str

    def english(self) -> str:
        return self.text


EMPTY = Text("")


@dataclass(frozen=True, slots=True)
class Word(Cell):
    """A word of the program ("Total", "Everyone", "No close date", a column's heading); the English text is also
    the key the app translates it by."""

    text: str

    def english(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class Name(Cell):
    """The name of a pipeline or a stage: one every database starts with ("Sales", "Proposal") reads in the reader's
    language in the app while it keeps its stored name; one of the user's own is shown as named."""

    name: str

    def english(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class Owner(Cell):
    """A user by id: "me" is the one person of a database nobody has signed in to a sync server with."""

    user: str

    def english(self) -> str:
        return self.user


@dataclass(frozen=True, slots=True)
class Status(Cell):
    """A deal's status (open, won, lost) or an activity's (scheduled, done, cancelled), by its code."""

    code: str

    def english(self) -> str:
        return self.code


@dataclass(frozen=True, slots=True)
class ActivityType(Cell):
    """An activity's type: a built-in one by its key (call, meeting, todo), one of the user's own by its name."""

    key: str | None
    name: str

    def english(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class Count(Cell):
    value: int

    def english(self) -> str:
        return str(self.value)


@dataclass(frozen=True, slots=True)
class Money(Cell):
    """An amount in minor units of an ISO 4217 currency, exactly."""

    minor: int
    currency: str

    def english(self) -> str:
        return format_money(self.minor, self.currency)


@dataclass(frozen=True, slots=True)
class Percent(Cell):
    value: int

    def english(self) -> str:
        return f"{self.value} %"


@dataclass(frozen=True, slots=True)
class Day(Cell):
    """A calendar day, without a time or a zone."""

    value: date

    def english(self) -> str:
        return self.value.isoformat()


@dataclass(frozen=True, slots=True)
class Moment(Cell):
    """A date and time as the clock on the wall of the report's zone shows it (the report names the zone)."""

    value: datetime

    def english(self) -> str:
        return self.value.strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True, slots=True)
class Period(Cell):
    """A month ('2026-03') or a quarter ('2026-Q1') of the forecast."""

    period: str

    def english(self) -> str:
        return self.period


@dataclass(frozen=True, slots=True)
class Range(Cell):
    """Days from `first` through `last`; an open end is '…'."""

    first: date | None
    last: date | None

    def english(self) -> str:
        return f"{self.first or '…'} – {self.last or '…'}"


@dataclass(frozen=True, slots=True)
class Rate(Cell):
    """An exchange rate the user entered: one `source` is worth `rate` of `target` (exact decimal)."""

    source: str
    rate: Decimal
    target: str

    def english(self) -> str:
        return f"1 {self.source} = {decimal_string(self.rate)} {self.target}"


@dataclass(frozen=True, slots=True)
class Listing(Cell):
    """Several cells in one ('1 ISK = 0.0066 EUR; 1 RUB = 0.0101 EUR'), or `empty` when there are none."""

    items: tuple[Cell, ...]
    empty: Cell = EMPTY

    def english(self) -> str:
        return "; ".join(item.english() for item in self.items) or self.empty.english()


@dataclass(frozen=True, slots=True)
class Overdue(Cell):
    """A cell marked '!': an open deal past its close date, an activity past its time and not cleared."""

    cell: Cell

    def english(self) -> str:
        return self.cell.english() + " !"


@dataclass(frozen=True, slots=True)
class Tally(Cell):
    """How many there are in all ("Total: 12") or of one kind ("Call: 5")."""

    count: int
    of: Cell | None = None

    def english(self) -> str:
        return f"{'Total' if self.of is None else self.of.english()}: {self.count}"


@dataclass(frozen=True, slots=True)
class Phrase(Cell):
    """A sentence of the program with typed parts ("In {currency}"): its English template is the key the app
    translates it by, and each part is worded like any other cell."""

    template: str
    parts: tuple[tuple[str, Cell], ...] = ()

    def english(self) -> str:
        return self.template.format(**{name: cell.english() for name, cell in self.parts})


@dataclass(frozen=True, slots=True)
class Scripts(Cell):
    """The names of writing systems ("Thai", "Arabic"; interchange/fonts.py), as a list in the reader's words."""

    names: tuple[str, ...]

    def english(self) -> str:
        return ", ".join(self.names)


def phrase(template: str, **parts: Cell) -> Phrase:
    return Phrase(template, tuple(parts.items()))


def english(cell: Cell) -> str:
    """A cell as the command line words it."""
    return cell.english()


def english_row(cells: Sequence[Cell]) -> list[str]:
    return [cell.english() for cell in cells]
