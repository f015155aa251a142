"""Companies, described for the record framework: the Companies page's words, list columns and card (with the
company's people); its form is in form.py. The shared list page, card, tabs and form (ui/records/) do the rest."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from cardfile.domain.values import RecordType
from cardfile.services import Services
from cardfile.services.readmodels import CompanyRead
from cardfile.ui.activities.tab import ACTIVITIES
from cardfile.ui.companies.form import company_form
from cardfile.ui.records.card import CardBuilder, entry_rows, partial_date, web_address
from cardfile.ui.records.kind import RecordKind
from cardfile.ui.records.list_model import Column, column_title, name_column, tags_column, updated_column
from cardfile.ui.records.tabs import DEALS, GROUPS, HISTORY, NOTES

PEOPLE_SHOWN = 100


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompanyCard", text)


def _first_value(entries: Sequence[dict[str, Any]]) -> str:
    return str(entries[0].get("value", "")) if entries else ""


def _first_locality(entries: Sequence[dict[str, Any]]) -> str:
    return str(entries[0].get("locality", "")) if entries else ""


def company_columns() -> list[Column[CompanyRead]]:
    """Name, Industry, Phone, City and People fit beside the card at 1280 pixels; the others are a right click on
    the header away."""
    return [
        name_column(190),
        Column("industry", column_title("industry"), lambda r: r.industry, "industry", width=120),
        Column("phone", column_title("phone"), lambda r: _first_value(r.phones), "phone", width=120),
        Column("city", column_title("city"), lambda r: _first_locality(r.addresses), "city", width=100),
        Column("people", column_title("people"), _people, "people", width=70),
        Column("website", column_title("website"), _website, "website", shown=False, width=190),
        tags_column(shown=False),
        updated_column(lambda r: r.meta.updated_at),
    ]


def _website(company: CompanyRead) -> str:
    return company.website or _first_value(company.urls)


def _people(company: CompanyRead) -> str:
    """How many people work there, in the reader's digits and grouping ('1,204'); nothing for none."""
    return QLocale().toString(company.people_count) if company.people_count else ""


def company_card(card: CardBuilder, c: CompanyRead, services: Services) -> None:
    """An organization's card: what it is, how to reach it, its people (a click opens one), tags, note."""
    logo = services.companies.logo(c.id) if c.logo_mime else None
    people_ids = services.companies.people(c.id)
    people = services.contacts.rows(people_ids[:PEOPLE_SHOWN])
    subtitle: list[tuple[str, str | None]] = [(c.industry, None)]
    if c.parent is not None:
        subtitle.append((_tr("part of {parent}").format(parent=c.parent.name), f"record:company:{c.parent.id}"))
    card.header(c.display_name, subtitle, picture=logo[0] if logo else None)
    website = [(_tr("website"), card.link(c.website, web_address(c.website)))] if c.website else []
    card.ways_to_reach(c, web=website)
    card.section(_tr("Dates"), entry_rows(c.dates, lambda e: partial_date(e["value"])))
    more = ""
    if len(people_ids) > len(people):
        more = _tr("… and {count} more").format(count=QLocale().toString(len(people_ids) - len(people)))
    card.link_list(
        _tr("People ({count})").format(count=QLocale().toString(len(people_ids))),
        [(p.display_name, f"record:contact:{p.id}", p.title) for p in people],
        more,
    )
    card.custom_fields(c.custom)
    card.tags_and_note(c)


COMPANIES = RecordKind(
    key="companies",
    record_type=RecordType.COMPANY,
    # The People column counts contacts and the card lists them; the card names its parent company.
    shows=("contact", "company"),
    columns=company_columns,
    card=company_card,
    form=company_form,
    tabs=(ACTIVITIES, HISTORY, NOTES, DEALS, GROUPS),  # Activities: the full tab, with Schedule… and Clear…
    reach=lambda row: (_first_value(row.phones), _first_value(row.emails)),
)
