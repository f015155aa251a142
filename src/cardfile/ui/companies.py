"""The Companies page: every organization in a list, and the selected one's card with its people."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from cardfile.domain.errors import NotFound
from cardfile.services import Services
from cardfile.services.events import RecordsChanged
from cardfile.services.readmodels import CompanyRead, ContactRow, FieldChange
from cardfile.ui.card import CardBuilder, RecordCard, address_lines, describe_value, entry_rows
from cardfile.ui.contacts import custom_value_text, web_address
from cardfile.ui.event_bridge import EventBridge, touches
from cardfile.ui.list_models import LazyListModel, company_columns
from cardfile.ui.list_page import RecordListPage

PEOPLE_SHOWN = 100


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompanyCard", text)


class CompanyCard(RecordCard):
    """An organization's card: what it is, how to reach it, its people, tags, note and history."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Select a company to see its card."), parent)
        self.setObjectName("companyCard")
        self._services = services

    def show_record(self, company_id: str) -> None:
        try:
            company = self._services.companies.get(company_id)
        except NotFound:
            self.clear()
            return
        people_ids = self._services.companies.people(company_id)
        people = self._services.contacts.rows(people_ids[:PEOPLE_SHOWN])
        changes = self._services.history.field_changes(company_id)
        self.show_content(company_id, self._build(company, people, len(people_ids), changes))

    def refresh(self, event: RecordsChanged) -> None:
        """Show the record again if the event changed it, its parent, or anyone who may work there."""
        if self.record_id and (touches(event, "company") or touches(event, "contact")):
            self.show_record(self.record_id)

    def _build(
        self, c: CompanyRead, people: list[ContactRow], people_count: int, changes: list[FieldChange]
    ) -> QWidget:
        card = CardBuilder(self.open_link)
        subtitle: list[tuple[str, str | None]] = [(c.industry, None)]
        if c.parent is not None:
            subtitle.append((_tr("part of {parent}").format(parent=c.parent.name), f"record:company:{c.parent.id}"))
        card.header(c.display_name, subtitle)
        card.section(_tr("Email"), entry_rows(c.emails, lambda e: card.link(e["value"], f"mailto:{e['value']}")))
        card.section(_tr("Phone"), entry_rows(c.phones, lambda e: e["value"]))
        card.section(_tr("Address"), entry_rows(c.addresses, lambda e: "\n".join(address_lines(e))))
        website = [(_tr("website"), card.link(c.website, web_address(c.website)))] if c.website else []
        urls = entry_rows(c.urls, lambda e: card.link(e["value"], web_address(e["value"])))
        card.section(_tr("Web"), website + urls)
        card.section(
            _tr("People ({count})").format(count=people_count),
            [(p.title, card.link(p.display_name, f"record:contact:{p.id}")) for p in people],
        )
        card.section(_tr("Custom fields"), [(name, custom_value_text(v)) for name, v in c.custom.items() if v != ""])
        card.tags(_tr("Tags"), c.tags)
        card.paragraph(_tr("Note"), c.note)
        card.history(_tr("History"), changes, lambda change: describe_value(change, self._name_of))
        return card.finish()

    def _name_of(self, record_type: str, record_id: str) -> str:
        try:
            return self._services.companies.get(record_id).display_name if record_type == "company" else ""
        except NotFound:
            return ""


class CompaniesPage(RecordListPage):
    def __init__(self, services: Services, bridge: EventBridge, icon: QIcon | None = None) -> None:
        model = LazyListModel(services.companies.ids, services.companies.rows, company_columns())
        super().__init__(
            name="companies",
            model=model,
            card=CompanyCard(services),
            empty_title=QCoreApplication.translate("CompaniesPage", "No companies yet"),
            empty_explanation=QCoreApplication.translate(
                "CompaniesPage",
                "Organizations are listed here. A company is added when you create it, or when you give a contact "
                "a company name it does not know yet.",
            ),
            icon=icon,
            column_widths={"name": 220, "industry": 160, "phone": 140, "website": 190, "city": 120, "people": 70},
        )
        model.setParent(self)
        bridge.records_changed.connect(self._on_records_changed)
        model.reload()

    def count_text(self) -> str:
        return self.tr("Companies: {count}").format(count=QLocale().toString(self.count()))

    def _on_records_changed(self, event: RecordsChanged) -> None:
        if touches(event, "contact"):
            self.model.forget_rows()  # the People column counts contacts
        if touches(event, "company") or touches(event, "contact"):
            self.model.schedule_reload(event.records.get("company", ()))
        self.card.refresh(event)
