"""How deals are worded on screen: owners, statuses, close dates, probabilities, periods, money per currency.

One place for the list, the card, the board, the forecast and the dashboard, so a deal reads the same wherever it
is shown. Amounts are exact (ui/widgets/value_editors.py); totals are always per currency, one line each.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from cardfile.domain.deals import period_bounds
from cardfile.domain.money import CurrencyTotal
from cardfile.services.sales import UNDATED
from cardfile.ui.dates import format_date
from cardfile.ui.widgets.value_editors import format_amount, format_money


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Deals", text, disambiguation, n)


def owner_name(owner: str) -> str:
    """A deal's owner as people read it: the user's name, "Me" before anyone signed in to a sync server."""
    return _tr("Me") if owner == "me" else owner


def status_text(status: str) -> str:
    return {"open": _tr("Open"), "won": _tr("Won"), "lost": _tr("Lost")}.get(status, status)


def close_date_text(expected_close: str | None, overdue: bool = False) -> str:
    """'12/03/2026', with "overdue" after it when an open deal's date has passed; '' without a date."""
    if not expected_close:
        return ""
    text = format_date(date.fromisoformat(expected_close[:10]))
    return _tr("{date} · overdue").format(date=text) if overdue else text


def deals_count(count: int) -> str:
    return _tr("%n deal(s)", "", count)


def totals_lines(totals: Sequence[CurrencyTotal], *, weighted: bool = True) -> list[str]:
    """One line per currency: '12,500.00 USD · weighted 6,250.00 USD' (never a sum across currencies)."""
    lines = []
    for total in totals:
        text = format_money(total.total_minor, total.currency)
        if weighted:
            text = _tr("{total} · weighted {weighted}").format(
                total=text, weighted=format_money(total.weighted_minor, total.currency)
            )
        lines.append(text)
    return lines


def totals_table(totals: Sequence[CurrencyTotal], soft: str = "#888") -> str:
    """Totals per currency as a small table (markup): the code, the total, the weighted total in `soft` colour."""
    rows = []
    for t in totals:
        total, weighted = format_amount(t.total_minor, t.currency), format_amount(t.weighted_minor, t.currency)
        rows.append(
            f"<tr><td>{t.currency}</td><td align='right'>&nbsp;{total}</td>"
            f"<td align='right' style='color: {soft}'>&nbsp;&nbsp;{weighted}</td></tr>"
        )
    return f"<table width='100%' cellspacing='0' cellpadding='0'>{''.join(rows)}</table>" if rows else ""


def period_text(period: str | None) -> str:
    """'March 2026' for '2026-03', 'Q1 2026' for '2026-Q1', "No close date" for undated deals."""
    if period is None:
        return _tr("All periods")
    if period == UNDATED:
        return _tr("No close date")
    if period[5] == "Q":
        return _tr("Q{quarter} {year}").format(quarter=period[6], year=period[:4])
    first, _last = period_bounds(period)
    return QLocale().toString(QDate(first.year, first.month, 1), "MMMM yyyy")


def short_period_text(period: str) -> str:
    """'Mar 26' for a chart's axis; quarters as 'Q1 26'."""
    if period == UNDATED:
        return _tr("Undated")
    if period[5] == "Q":
        return _tr("Q{quarter} {year}").format(quarter=period[6], year=period[2:4])
    first, _last = period_bounds(period)
    return QLocale().toString(QDate(first.year, first.month, 1), "MMM yy")


def range_text(first: date | None, last: date | None) -> str:
    """'1/3/2026 – 31/3/2026', open ends as '…'."""
    return _tr("{first} – {last}").format(
        first=format_date(first) if first else "…", last=format_date(last) if last else "…"
    )
