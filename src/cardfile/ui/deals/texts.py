"""How deals are worded on screen: owners, statuses, close dates, probabilities, periods, money per currency.

One place for the list, the card, the board, the forecast and the dashboard, so a deal reads the same wherever it
is shown. Amounts are exact (ui/widgets/value_editors.py); totals are always per currency, one line each.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QGuiApplication

from cardfile.domain.deals import period_bounds
from cardfile.domain.money import CurrencyTotal
from cardfile.services.sales import UNDATED
from cardfile.ui.dates import format_date, month_year_text
from cardfile.ui.widgets.basics import isolated_amount
from cardfile.ui.widgets.value_editors import format_amount, format_money
from cardfile.ui.words import seeded_name as seeded_name  # the built-in names, kept in words.py for every screen
from cardfile.ui.words import seeded_names as seeded_names


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Deals", text, disambiguation, n)


def owner_name(owner: str) -> str:
    """A deal's owner as people read it: the user's name, "Me" before anyone signed in to a sync server."""
    return _tr("Me") if owner == "me" else owner


def percent_text(value: int) -> str:
    """'25 %' in the reader's digits ('۲۵ ٪' in Persian)."""
    locale = QLocale()
    return f"{locale.toString(value)} {locale.percent()}"


def percent_number(value: int) -> str:
    """A percentage's number in the reader's digits, for a sentence that writes its own % sign."""
    return QLocale().toString(value)


def status_text(status: str) -> str:
    return {"open": _tr("Open"), "won": _tr("Won"), "lost": _tr("Lost")}.get(status, status)


def close_date_text(expected_close: str | None, overdue: bool = False) -> str:
    """'12/03/2026', with "overdue" after it when an open deal's date has passed; '' without a date."""
    if not expected_close:
        return ""
    text = format_date(date.fromisoformat(expected_close[:10]))
    return _tr("{date} · overdue").format(date=text) if overdue else text


def deals_count(count: int) -> str:
    return _tr("%Ln deal(s)", "", count)


def totals_lines(totals: Sequence[CurrencyTotal], *, weighted: bool = True) -> list[str]:
    """One line per currency: '12,500.00 USD · weighted 6,250.00 USD' (never a sum across currencies)."""
    lines = []
    for total in totals:
        text = isolated_amount(format_money(total.total_minor, total.currency))
        if weighted:
            text = _tr("{total} · weighted {weighted}").format(
                total=text, weighted=isolated_amount(format_money(total.weighted_minor, total.currency))
            )
        lines.append(text)
    return lines


def most_used(totals: Sequence[CurrencyTotal], limit: int) -> tuple[list[CurrencyTotal], int]:
    """The `limit` currencies with the most deals (in currency order) and how many currencies are left out."""
    if len(totals) <= limit:
        return list(totals), 0
    chosen = {t.currency for t in sorted(totals, key=lambda t: (-t.count, t.currency))[:limit]}
    return [t for t in totals if t.currency in chosen], len(totals) - limit


def totals_table(totals: Sequence[CurrencyTotal], soft: str = "#888", limit: int | None = None) -> str:
    """Totals per currency as a small table (markup): the code, the total, the weighted total in `soft` colour;
    with `limit`, the currencies with the most deals and a line saying how many more there are."""
    shown, more = most_used(totals, limit) if limit is not None else (list(totals), 0)
    # Qt's rich text lays a table's columns out left to right whatever the interface's direction: mirror them
    # by hand right to left, the code on the reading side and the amounts aligned to the far one.
    rtl = QGuiApplication.isRightToLeft()
    near, far = ("right", "left") if rtl else ("left", "right")
    rows = []
    for t in shown:
        total, weighted = format_amount(t.total_minor, t.currency), format_amount(t.weighted_minor, t.currency)
        cells = [
            f"<td align='{near}'>{t.currency}</td>",
            f"<td align='{far}'>&nbsp;{total}&nbsp;</td>",
            f"<td align='{far}' style='color: {soft}'>&nbsp;{weighted}</td>",
        ]
        rows.append(f"<tr>{''.join(reversed(cells) if rtl else cells)}</tr>")
    if more:
        text = _tr("+ %Ln more currency(ies)", "", more)
        rows.append(f"<tr><td colspan='3' align='{near}' style='color: {soft}'>{text}</td></tr>")
    return f"<table width='100%' cellspacing='0' cellpadding='0'>{''.join(rows)}</table>" if rows else ""


def period_text(period: str | None) -> str:
    """'March 2026' for '2026-03', 'Q1 2026' for '2026-Q1', "No close date" for undated deals."""
    if period is None:
        return _tr("All periods")
    if period == UNDATED:
        return _tr("No close date")
    if period[5] == "Q":
        return _tr("Q{quarter} {year}").format(quarter=_digits(period[6]), year=_digits(period[:4]))
    first, _last = period_bounds(period)
    return month_year_text(first.year, first.month)


def axis_periods(periods: Sequence[str]) -> list[str]:
    """A chart axis's labels, short enough for twelve: 'Dec 26', 'Jan 27', 'Feb', 'Mar' … (the year on the first
    and on each January); quarters 'Q4 26', 'Q1 27', 'Q2' …"""
    out = []
    for n, period in enumerate(periods):
        if period == UNDATED:
            out.append(_tr("Undated"))
            continue
        quarter = period[5] == "Q"
        new_year = n == 0 or period[5:] in ("01", "Q1")
        if quarter:
            text = _tr("Q{quarter}").format(quarter=_digits(period[6]))
        else:
            first, _last = period_bounds(period)
            text = QLocale().standaloneMonthName(first.month, QLocale.FormatType.ShortFormat)
        out.append(_tr("{period} {year}").format(period=text, year=_digits(period[2:4])) if new_year else text)
    return out


def _digits(number: str) -> str:
    """A year or a quarter's number in the reader's digits, never grouped ('۲۰۲۶', not '۲٬۰۲۶')."""
    zero = QLocale().zeroDigit()
    return "".join(chr(ord(zero) + int(digit)) if digit.isdigit() else digit for digit in number)


def range_text(first: date | None, last: date | None) -> str:
    """'1/3/2026 – 31/3/2026', open ends as '…'."""
    return _tr("{first} – {last}").format(
        first=format_date(first) if first else "…", last=format_date(last) if last else "…"
    )
