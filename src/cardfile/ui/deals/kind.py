"""Deals, described for the record framework: the list's columns (sorted and filtered by the services), the card
with its Won…, Lost… and Reopen buttons, and the tabs (Activities, History as old → new, Notes, Contacts with their
roles). The form is in form.py; the page with its board and forecast in page.py.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from fractions import Fraction
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from cardfile.domain.errors import CardfileError
from cardfile.domain.money import Money, round_half_up
from cardfile.domain.values import RecordType
from cardfile.services import Services
from cardfile.services.readmodels import DealChange, DealRead, Ref
from cardfile.services.sales import SORTS, DealFilter, DealRow
from cardfile.ui.activities.tab import ACTIVITIES  # the full tab, with Schedule… and Clear…
from cardfile.ui.dates import format_date, format_datetime
from cardfile.ui.deals.closing import ask_close
from cardfile.ui.deals.form import deal_form
from cardfile.ui.deals.page import DealsPage
from cardfile.ui.deals.texts import close_date_text, owner_name, percent_number, percent_text, seeded_name, status_text
from cardfile.ui.records.card import CardBuilder, custom_value_text
from cardfile.ui.records.kind import RecordKind
from cardfile.ui.records.list_model import WARNING_COLOR, Column, column_title, updated_column
from cardfile.ui.records.tabs import NOTES, RelatedTabs, Tab
from cardfile.ui.widgets.basics import dim, isolated, on_reading_side
from cardfile.ui.widgets.value_editors import format_money, money_text
from cardfile.ui.words import error_text, separator

HISTORY_SHOWN = 200


def _tr(text: str) -> str:
    return QCoreApplication.translate("DealCard", text)


def deal_filter(arguments: Mapping[str, Any]) -> DealFilter:
    """The DealFilter a list's filter keywords name (anything else, such as a tag, is not a deal's filter)."""
    known = DealFilter.__dataclass_fields__
    return DealFilter(**{key: value for key, value in arguments.items() if key in known})


class DealList:
    """What the deal page asks of a kind's service: ids sorted and filtered by the database (services.sales), the
    rows a view shows a page at a time, the whole deal for the card and the form."""

    def __init__(self, services: Services) -> None:
        self._sales = services.sales
        self._deals = services.deals

    def ids(self, *, order: str = "name", reverse: bool = False, **filters: Any) -> list[str]:
        sort = order if order in SORTS else "name"
        return self._sales.deal_ids(deal_filter(filters), sort, descending=reverse)

    def rows(self, ids: Sequence[str]) -> list[DealRow]:
        return self._sales.deal_rows(ids)

    def get(self, deal_id: str) -> DealRead:
        return self._deals.get(deal_id)

    def delete_many(self, ids: Sequence[str]) -> int:
        return self._deals.delete_many(ids)


def deal_columns() -> list[Column[DealRow]]:
    return [
        Column("name", column_title("name"), lambda r: r.name, "name", width=200),
        Column("company", column_title("company"), lambda r: r.company, "company", width=150),
        Column("stage", _tr("Stage"), lambda r: seeded_name(r.stage), "stage", width=100),
        Column("amount", _tr("Amount"), lambda r: money_text(r.amount), "amount", width=140, numeric=True),
        Column(
            "probability",
            _tr("Probability"),
            lambda r: percent_text(r.probability),
            "probability",
            numeric=True,
            width=80,
            shown=False,
        ),
        Column(
            "weighted",
            _tr("Weighted"),
            lambda r: format_money(r.weighted_minor, r.currency),
            "weighted",
            width=130,
            numeric=True,
            shown=False,
        ),
        Column(
            "expected_close",
            _tr("Close date"),
            lambda r: close_date_text(r.expected_close, r.overdue),
            "expected_close",
            width=130,
            alert=lambda r: r.overdue,
            least=format_date(date(2026, 12, 28)),  # the longest of dates (two-digit day and month), kept whole
        ),
        Column("owner", _tr("Owner"), lambda r: owner_name(r.owner), "owner", width=90),
        Column("status", _tr("Status"), lambda r: status_text(r.status), "status", width=70),
        updated_column(lambda r: r.updated_at),
    ]


# ----- the card -----


def _warning(label: QLabel) -> QLabel:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, WARNING_COLOR)
    label.setPalette(palette)
    return label


def _plain(text: str, name: str) -> QLabel:
    """A card value that is a widget of its own (to colour it), aligned to the reading side like the others."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    on_reading_side(label)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _when(moment: datetime | None) -> str:
    return format_datetime(moment) if moment is not None else ""


def status_line(d: DealRead) -> str:
    if d.status == "open":
        return status_text("open")
    line = _tr("{status} {when}").format(status=status_text(d.status), when=_when(d.closed_at))
    return _tr("{status} — {reason}").format(status=line, reason=d.reason) if d.reason else line


def probability_line(d: DealRead) -> str:
    if d.status != "open":
        return percent_text(d.probability)
    if d.probability_overridden:
        return _tr("{percent} % (set for this deal)").format(percent=percent_number(d.probability))
    return _tr("{percent} % (the stage's)").format(percent=percent_number(d.probability))


def closing_buttons(d: DealRead, services: Services) -> QWidget:
    """Won… and Lost… (or Reopen), in a row under the card's heading."""
    box = QWidget()
    box.setObjectName("dealButtons")
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)

    def reopen() -> None:
        try:
            services.deals.reopen(d.id)
        except CardfileError as error:
            QMessageBox.warning(box, _tr("Reopen Deal"), error_text(error))

    if d.status == "open":
        for name, text, won in (("markWon", _tr("Won…"), True), ("markLost", _tr("Lost…"), False)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setToolTip(
                _tr("Close this deal as won, with a reason") if won else _tr("Close this deal as lost, with a reason")
            )
            button.clicked.connect(lambda _=False, won=won: ask_close(services, d.id, won=won, parent=box))
            row.addWidget(button)
    else:
        button = QPushButton(_tr("Reopen"))
        button.setObjectName("reopenDeal")
        button.setToolTip(_tr("Open this deal again, in the stage it was in"))
        button.clicked.connect(reopen)
        row.addWidget(button)
    row.addStretch(1)
    return box


def deal_card(card: CardBuilder, d: DealRead, services: Services) -> None:
    """A deal's card: what it is worth and when it should close, its line items and custom fields; the people
    on it, its history, notes and activities are in the tabs."""
    subtitle: list[tuple[str, str | None]] = []
    if d.company is not None:
        subtitle.append((d.company.name, f"record:company:{d.company.id}"))
    subtitle.append(
        (
            _tr("{pipeline} · {stage}").format(pipeline=seeded_name(d.pipeline.name), stage=seeded_name(d.stage.name)),
            None,
        )
    )
    card.header(d.name, subtitle)
    card.add(closing_buttons(d, services), spacing=0)
    weighted = round_half_up(Fraction(d.amount_minor * d.probability, 100))
    close = _plain(close_date_text(d.expected_close, d.overdue) or _tr("not set"), "closeDate")
    if d.overdue:
        _warning(close).setToolTip(_tr("This open deal was expected to close before today."))
    status = _plain(status_line(d), "dealStatus")
    rows: list[tuple[str, str | QWidget]] = [
        (_tr("Status"), status),
        (_tr("Amount"), money_text(d.amount)),
        (_tr("Probability"), probability_line(d)),
        (_tr("Weighted"), format_money(weighted, d.currency)),
        (_tr("Close date"), close),
        (_tr("Owner"), owner_name(d.owner)),
    ]
    card.section(_tr("Deal"), rows)
    if d.line_items:
        lines: list[tuple[str, str | QWidget]] = []
        for item in d.line_items:
            price = format_money(item.unit_price_minor, d.currency)
            text = _tr("{quantity} × {price}").format(quantity=item.quantity, price=price)
            if item.discount_percent != "0":
                text = _tr("{amount} − {discount} %").format(amount=text, discount=item.discount_percent)
            lines.append(
                (
                    item.product,
                    _tr("{amount} = {total}").format(amount=text, total=format_money(item.total_minor, d.currency)),
                )
            )
        total = format_money(d.items_total_minor, d.currency)
        lines.append(
            (_tr("Sum"), _tr("{total} (the deal's amount)").format(total=total) if d.amount_from_items else total)
        )
        card.section(_tr("Line items"), lines)
    card.section(_tr("Custom fields"), [(n, custom_value_text(v)) for n, v in d.custom.items() if v != ""])


# ----- tabs of a deal -----


def _history_value(change: DealChange, value: Any) -> str:
    if value is None:
        return _tr("the stage's") if change.field == "probability" else _tr("(none)")
    if isinstance(value, Ref):
        if change.field in ("stage", "pipeline") and value.name:
            return seeded_name(value.name)
        return value.name or _tr("(removed)")
    if isinstance(value, Money):
        return money_text(value)
    if change.field == "probability":
        return percent_text(int(value))
    if change.field == "status":
        return status_text(str(value))
    if change.field == "expected_close":
        return close_date_text(str(value))
    if change.field == "owner":
        return owner_name(str(value))
    return str(value) if value != "" else _tr("(none)")


def history_field(field: str) -> str:
    names = {
        "stage": _tr("Stage"),
        "pipeline": _tr("Pipeline"),
        "amount": _tr("Amount"),
        "probability": _tr("Probability"),
        "status": _tr("Status"),
        "expected_close": _tr("Close date"),
        "reason": _tr("Reason"),
        "owner": _tr("Owner"),
        "name": _tr("Name"),
        "company": _tr("Company"),
    }
    return names.get(field, field)


def change_text(change: DealChange) -> str:
    """'Stage: Qualified → Proposal', or 'Stage: Qualified' for the value a deal was added with."""
    # each value isolated: 'Company: Atlas Logistics Inc.' showed its full stop on the far side in Persian; and the
    # arrow points the way the interface reads ('Stage: Qualified ← Proposal' right to left)
    new = isolated(_history_value(change, change.new))
    if change.created:
        return _tr("{field}: {new}").format(field=history_field(change.field), new=new)
    template = _tr("{field}: {old} ← {new}") if QGuiApplication.isRightToLeft() else _tr("{field}: {old} → {new}")
    return template.format(field=history_field(change.field), old=isolated(_history_value(change, change.old)), new=new)


def fill_history(tabs: RelatedTabs, layout: QVBoxLayout) -> None:
    """Every change of stage, amount, probability, status, close date, reason, owner, name and company, newest
    first, one heading per action: when, what it was, by whom."""
    changes = tabs.services.deals.history(tabs.record_id)
    if not changes:
        tabs.empty(layout, _tr("No history yet."))
    groups: list[list[DealChange]] = []
    for change in reversed(changes):
        if groups and (groups[-1][0].at, groups[-1][0].user_id, groups[-1][0].action) == (
            change.at,
            change.user_id,
            change.action,
        ):
            groups[-1].append(change)
        else:
            groups.append([change])
    for group in groups[:HISTORY_SHOWN]:
        first = group[0]
        heading = (_tr("{when} · added by {user}") if first.created else _tr("{when} · by {user}")).format(
            when=format_datetime(first.at), user=isolated(owner_name(first.user_id))
        )
        layout.addWidget(dim(tabs.label(heading, "dealHistoryWhen")))
        detail = tabs.label("\n".join(change_text(c) for c in reversed(group)), "dealHistoryChange")
        detail.setContentsMargins(12, 0, 0, 6)
        layout.addWidget(detail)


def fill_people(tabs: RelatedTabs, layout: QVBoxLayout) -> None:
    """The people on the deal with their roles (a click opens one); Edit changes who and which role."""
    deal = tabs.services.deals.get(tabs.record_id)
    if not deal.contacts:
        tabs.empty(layout, _tr("Nobody yet. Edit the deal to add the people on it and their roles."))
    for person in deal.contacts:
        line = tabs.link(person.name or _tr("(no name)"), "contact", person.id)
        if person.role:
            line += (separator() + seeded_name(person.role)).replace("&", "&amp;").replace("<", "&lt;")
        row = tabs.label(line, "dealContact", rich=True)
        row.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(row)


DEAL_HISTORY = Tab("history", lambda: _tr("History"), fill_history, ("deal",))
PEOPLE_ON_THE_DEAL = Tab("contacts", lambda: _tr("Contacts"), fill_people, ("contact", "link"))

DEALS = RecordKind(
    key="deals",
    record_type=RecordType.DEAL,
    # Rows name the company and the stage; the Contacts tab names people.
    shows=("company", "stage", "pipeline"),
    columns=deal_columns,
    card=deal_card,
    form=deal_form,
    tabs=(ACTIVITIES, DEAL_HISTORY, NOTES, PEOPLE_ON_THE_DEAL),
    related_as="deal",
    service=DealList,
    order="expected_close",  # the deals to close soonest first
    taggable=False,
    groupable=False,
    page=DealsPage,
)
