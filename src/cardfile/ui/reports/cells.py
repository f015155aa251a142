"""A report's cells in the reader's language: numbers, money and percentages in their digits and separators, days and
times in their format, statuses, owners, activity types and the names every database starts with in their words.

The services hand a report over as typed cells (domain/report_cells.py); the command line words them in English,
this module as the reader reads them. `CellWords` looks every translation up once, on the UI thread, so a worker can
word a long report for the PDF without asking Qt for a translation per cell.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from cardfile.domain.money import decimal_string
from cardfile.domain.report_cells import (
    ActivityType,
    Cell,
    Count,
    Day,
    Listing,
    Moment,
    Money,
    Name,
    Overdue,
    Owner,
    Percent,
    Period,
    Phrase,
    Range,
    Rate,
    Scripts,
    Status,
    Tally,
    Text,
    Word,
)
from cardfile.ui.activities.kind import status_text as activity_status_text
from cardfile.ui.dates import format_date, format_wall_time
from cardfile.ui.deals.texts import owner_name, period_text, range_text
from cardfile.ui.deals.texts import status_text as deal_status_text
from cardfile.ui.widgets.value_editors import format_money
from cardfile.ui.words import activity_type_name, script_names, seeded_names

BUILT_IN_TYPES = ("call", "meeting", "todo")


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Reports", text, disambiguation, n)


def report_texts() -> dict[str, str]:
    """The services' words and sentences (Word and Phrase cells, column headings) by their English text, in the
    reader's language."""
    return {
        "Pipeline": _tr("Pipeline"),
        "Forecast by month": _tr("Forecast by month"),
        "Forecast by quarter": _tr("Forecast by quarter"),
        "Contact list": _tr("Contact list"),
        "Activities": _tr("Activities"),
        "By stage": _tr("By stage"),
        "Deals": _tr("Deals"),
        "People": _tr("People"),
        "By month": _tr("By month"),
        "By quarter": _tr("By quarter"),
        "In {currency}": _tr("In {currency}"),
        "Stage": _tr("Stage"),
        "Currency": _tr("Currency"),
        "Total": _tr("Total"),
        "Weighted": _tr("Weighted"),
        "Deal": _tr("Deal"),
        "Company": _tr("Company"),
        "Amount": _tr("Amount"),
        "Probability": _tr("Probability"),
        "Close": _tr("Close"),
        "Owner": _tr("Owner"),
        "Month": _tr("Month"),
        "Quarter": _tr("Quarter"),
        "Open deals": _tr("Open deals"),
        "Won deals": _tr("Won deals"),
        "Won": _tr("Won"),
        "Everyone": _tr("Everyone"),
        "All": _tr("All"),
        "No close date": _tr("No close date"),
        "Name": _tr("Name"),
        "Title": _tr("Title"),
        "Email": _tr("Email"),
        "Phone": _tr("Phone"),
        "Town": _tr("Town"),
        "When": _tr("When"),
        "Type": _tr("Type"),
        "Subject": _tr("Subject"),
        "With": _tr("With"),
        "Status": _tr("Status"),
        "Expected close": _tr("Expected close"),
        "Added": _tr("Added"),
        "Dates": _tr("Dates"),
        "none needed": _tr("none needed"),
        "Totals in {currency} are converted at exchange rates you entered: {rates}.": _tr(
            "Totals in {currency} are converted at exchange rates you entered: {rates}."
        ),
        "Times are in {zone}; a repeating activity has a line per occurrence.": _tr(
            "Times are in {zone}; a repeating activity has a line per occurrence."
        ),
        "! after a close date: the deal is open and its expected close date has passed.": _tr(
            "! after a close date: the deal is open and its expected close date has passed."
        ),
        "! after a status: the activity is overdue (its time has passed and it is not cleared).": _tr(
            "! after a status: the activity is overdue (its time has passed and it is not cleared)."
        ),
        "Open deals count in the period of their expected close date, weighted by their probability; won deals in "
        "the period they were won.": _tr(
            "Open deals count in the period of their expected close date, weighted by their probability; won deals "
            "in the period they were won."
        ),
    }


class CellWords:
    """Words a report's cells as the reader reads them: `words(cell)`."""

    def __init__(self) -> None:
        self.locale = QLocale()
        self.texts = report_texts()
        self.names = seeded_names()
        self.me = owner_name("me")
        self.statuses = {
            **{status: deal_status_text(status) for status in ("open", "won", "lost")},
            **{status: activity_status_text(status, False) for status in ("done", "cancelled")},
            "scheduled": _tr("scheduled"),
        }
        self.types = {key: activity_type_name(key, key) for key in BUILT_IN_TYPES}
        self.total = _tr("Total: {count}")
        self.tally = _tr("{what}: {count}")
        self.rate = _tr("1 {source} = {rate} {target}")

    def __call__(self, cell: Cell) -> str:
        locale = self.locale
        match cell:
            case Text(text):
                return text
            case Money(minor, currency):
                return format_money(minor, currency, locale)
            case Count(value):
                return locale.toString(value)
            case Word(text):
                return self.texts.get(text, text)
            case Name(name):
                return self.names.get(name, name)
            case Owner(user):
                return self.me if user == "me" else user
            case Status(code):
                return self.statuses.get(code, code)
            case ActivityType(key, name):
                return self.types.get(key or "", name)
            case Percent(value):
                return f"{locale.toString(value)} {locale.percent()}"
            case Day(value):
                return format_date(value)
            case Moment(value):
                return format_wall_time(value)
            case Period(period):
                return period_text(period)
            case Range(first, last):
                return range_text(first, last)
            case Overdue(inner):
                return f"{self(inner)} !"
            case Tally(count, of):
                number = locale.toString(count)
                if of is None:
                    return self.total.format(count=number)
                return self.tally.format(what=self(of), count=number)
            case Rate(source, rate, target):
                return self.rate.format(source=source, rate=self.decimal(rate), target=target)
            case Scripts(names):
                return script_names(names)
            case Listing(items, empty):
                return "; ".join(self(item) for item in items) or self(empty)
            case Phrase(template, parts):
                worded = {name: self(part) for name, part in parts}
                try:
                    return self.texts.get(template, template).format(**worded)
                except (KeyError, IndexError, ValueError):  # a bad translation never hides the report's text
                    return template.format(**worded)
        return cell.english()

    def decimal(self, value: Decimal) -> str:
        """An exact decimal ('0.0066') in the reader's digits and decimal point, never rounded through a float."""
        text = decimal_string(value)
        sign = text.startswith("-")
        whole, _, fraction = text.lstrip("-").partition(".")
        out = self.locale.toString(int(whole))
        if fraction:
            zero = ord(self.locale.zeroDigit())
            out += self.locale.decimalPoint() + "".join(chr(zero + int(digit)) for digit in fraction)
        return self.locale.negativeSign() + out if sign else out
