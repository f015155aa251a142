"""Companies, described for the record framework: the Companies page's words, list columns and card (with the
company's people); its form is in form.py. The shared list page, card, tabs and form (ui/records/) do the rest."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from cardfile.domain.errors import NotFound
from cardfile.domain.values import RecordType
from cardfile.services import Services
from cardfile.services.readmodels import CompanyRead
from cardfile.ui.companies.form import company_form
from cardfile.ui.dates import format_datetime
from cardfile.ui.records.card import CardBuilder, entry_rows, partial_date, web_address
from cardfile.ui.records.kind import KindWords, RecordKind
from cardfile.ui.records.list_model import Column
from cardfile.ui.records.tabs import STANDARD_TABS

PEOPLE_SHOWN = 100


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompanyCard", text)


def _words() -> KindWords:
    def tr(text: str) -> str:
        return QCoreApplication.translate("CompaniesPage", text)

    return KindWords(
        title=tr("Companies"),
        new=tr("&New Company"),
        one=tr("1 company"),
        many=tr("{count} companies"),
        count=tr("Companies: {count}"),
        empty_title=tr("No companies yet"),
        empty_explanation=tr(
            "Organizations are listed here. A company is added when you create it, or when you give a contact "
            "a company name it does not know yet."
        ),
        no_matches=tr("No companies match the filter"),
        placeholder=_tr("Select a company to see its card."),
    )


def _first_value(entries: Sequence[dict[str, Any]]) -> str:
    return str(entries[0].get("value", "")) if entries else ""


def _first_locality(entries: Sequence[dict[str, Any]]) -> str:
    return str(entries[0].get("locality", "")) if entries else ""


def company_columns() -> list[Column[CompanyRead]]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("ListColumn", text)

    return [
        Column("name", tr("Name"), lambda r: r.display_name, "name"),
        Column("industry", tr("Industry"), lambda r: r.industry, "industry"),
        Column("phone", tr("Phone"), lambda r: _first_value(r.phones), "phone"),
        Column("website", tr("Website"), lambda r: r.website or _first_value(r.urls), "website"),
        Column("city", tr("City"), lambda r: _first_locality(r.addresses), "city"),
        Column("people", tr("People"), lambda r: str(r.people_count) if r.people_count else "", "people"),
        Column("tags", tr("Tags"), lambda r: ", ".join(r.tags)),
        Column("updated", tr("Updated"), lambda r: format_datetime(r.meta.updated_at), "updated", shown=False),
    ]


def read_company(services: Services, record_id: str) -> CompanyRead | None:
    try:
        company = services.companies.get(record_id)
    except NotFound:
        return None
    return None if company.meta.deleted_at is not None else company


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
        _tr("People ({count})").format(count=len(people_ids)),
        [(p.display_name, f"record:contact:{p.id}", p.title) for p in people],
        more,
    )
    card.custom_fields(c.custom)
    card.tags_and_note(c)


COMPANIES = RecordKind(
    key="companies",
    record_type=RecordType.COMPANY,
    service=lambda services: services.companies,
    words=_words,
    columns=company_columns,
    read=read_company,
    card=company_card,
    form=company_form,
    tabs=STANDARD_TABS,
    related_as="company",
    # The People column counts contacts and the card lists them; the card names its parent company.
    shows=("contact", "company"),
    column_widths={"name": 220, "industry": 160, "phone": 140, "website": 190, "city": 120, "people": 70},
)
