"""The Companies page: every organization in a list, and the selected one's card with its people, editable in place."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from cardfile.domain.errors import NotFound
from cardfile.domain.values import RecordType
from cardfile.services import Services
from cardfile.services.events import RecordsChanged
from cardfile.services.readmodels import CompanyRead, ContactRow
from cardfile.ui.companies.form import CompanyForm
from cardfile.ui.contacts.kind import company_name_of, custom_value_text, web_address
from cardfile.ui.event_bridge import EventBridge, touches
from cardfile.ui.records.card import CardBuilder, RecordCard, address_lines, describe_value, entry_rows, partial_date
from cardfile.ui.records.form import RecordForm
from cardfile.ui.records.list_model import LazyListModel, company_columns
from cardfile.ui.records.list_page import RecordListPage
from cardfile.ui.records.tabs import RelatedTabs
from cardfile.ui.tasks import TaskRunner

PEOPLE_SHOWN = 100


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompanyCard", text)


class CompanyCard(RecordCard):
    """An organization's card: what it is, how to reach it, its people (a click opens one), tags, note, and the
    tabs of its activities, history, notes, deals and groups. F2 edits it in place."""

    record_type = "company"

    def __init__(self, services: Services, parent: QWidget | None = None, *, runner: TaskRunner | None = None) -> None:
        super().__init__(_tr("Select a company to see its card."), parent, runner=runner)
        self.setObjectName("companyCard")
        self._services = services

    def build_card(self, record_id: str) -> QWidget | None:
        services = self._services
        try:
            company = services.companies.get(record_id)
            logo = services.companies.logo(record_id) if company.logo_mime else None
        except NotFound:
            return None
        if company.meta.deleted_at is not None:
            return None
        people_ids = services.companies.people(record_id)
        people = services.contacts.rows(people_ids[:PEOPLE_SHOWN])
        return self._build(company, logo[0] if logo else None, people, len(people_ids))

    def shows_changes_of(self, event: RecordsChanged) -> bool:
        """The company, anyone who may work there, or anything on the tabs."""
        return any(touches(event, kind) for kind in ("company", "contact", "activity", "note", "deal", "group", "link"))

    def build_form(self, record_id: str | None, preset: dict[str, Any]) -> RecordForm | None:
        try:
            company = self._services.companies.get(record_id) if record_id is not None else None
        except NotFound:
            return None
        return CompanyForm(self._services, company, preset=preset)

    def known_tags(self) -> list[str]:
        return [tag for tag, _count in self._services.companies.tags()]

    def _build(self, c: CompanyRead, logo: bytes | None, people: list[ContactRow], people_count: int) -> QWidget:
        card = CardBuilder(self.open_link)
        subtitle: list[tuple[str, str | None]] = [(c.industry, None)]
        if c.parent is not None:
            subtitle.append((_tr("part of {parent}").format(parent=c.parent.name), f"record:company:{c.parent.id}"))
        card.header(c.display_name, subtitle, picture=logo, trailing=self.edit_button())
        card.section(_tr("Email"), entry_rows(c.emails, lambda e: card.link(e["value"], f"mailto:{e['value']}")))
        card.section(_tr("Phone"), entry_rows(c.phones, lambda e: e["value"]))
        card.section(_tr("Address"), entry_rows(c.addresses, lambda e: "\n".join(address_lines(e))))
        website = [(_tr("website"), card.link(c.website, web_address(c.website)))] if c.website else []
        urls = entry_rows(c.urls, lambda e: card.link(e["value"], web_address(e["value"])))
        card.section(_tr("Web"), website + urls)
        card.section(
            _tr("Messaging"),
            entry_rows(c.ims, lambda e: f"{e['service']}: {e['value']}" if e.get("service") else e["value"]),
        )
        card.section(_tr("Dates"), entry_rows(c.dates, lambda e: partial_date(e["value"])))
        more = ""
        if people_count > len(people):
            more = _tr("… and {count} more").format(count=QLocale().toString(people_count - len(people)))
        card.link_list(
            _tr("People ({count})").format(count=people_count),
            [(p.display_name, f"record:contact:{p.id}", p.title) for p in people],
            more,
        )
        card.section(_tr("Custom fields"), [(name, custom_value_text(v)) for name, v in c.custom.items() if v != ""])
        card.tags(_tr("Tags"), c.tags)
        card.paragraph(_tr("Note"), c.note)
        name_of = company_name_of(self._services)
        self.tabs = RelatedTabs(
            self._services,
            "company",
            c.id,
            current=self.current_tab,
            describe=lambda change: describe_value(change, name_of),
        )
        self.tabs.record_requested.connect(self.record_requested)
        self.tabs.tab_chosen.connect(self.remember_tab)
        card.add(self.tabs)
        return card.finish()


class CompaniesPage(RecordListPage):
    record_type = RecordType.COMPANY

    def __init__(
        self, services: Services, bridge: EventBridge, icon: QIcon | None = None, *, runner: TaskRunner | None = None
    ) -> None:
        runner = runner if runner is not None else TaskRunner(max_threads=2)
        model = LazyListModel(
            services.companies.ids, services.companies.rows, company_columns(), runner=runner, name="companies"
        )
        super().__init__(
            name="companies",
            services=services,
            model=model,
            card=CompanyCard(services, runner=runner),
            empty_title=QCoreApplication.translate("CompaniesPage", "No companies yet"),
            empty_explanation=QCoreApplication.translate(
                "CompaniesPage",
                "Organizations are listed here. A company is added when you create it, or when you give a contact "
                "a company name it does not know yet.",
            ),
            icon=icon,
            column_widths={"name": 220, "industry": 160, "phone": 140, "website": 190, "city": 120, "people": 70},
            runner=runner,
        )
        if runner.parent() is None:
            runner.setParent(self)
        model.setParent(self)
        bridge.records_changed.connect(self._on_records_changed)
        model.reload()

    def new_text(self) -> str:
        return self.tr("&New Company")

    def no_matches_title(self) -> str:
        return self.tr("No companies match the filter")

    def count_text(self) -> str:
        return self.decorate_count(self.tr("Companies: {count}").format(count=QLocale().toString(self.count())))

    def records_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 company")
        return self.tr("{count} companies").format(count=QLocale().toString(count))

    def delete_records(self, ids: Sequence[str]) -> int:
        return self.services.companies.delete_many(ids)

    def tag_records(self, ids: Sequence[str], add: Sequence[str], remove: Sequence[str]) -> int:
        return self.services.companies.set_tags(ids, add, remove)

    def known_tags(self) -> list[tuple[str, int]]:
        return self.services.companies.tags()

    def _on_records_changed(self, event: RecordsChanged) -> None:
        if touches(event, "contact"):
            self.model.forget_rows()  # the People column counts contacts
        if (
            touches(event, "company")
            or touches(event, "contact")
            or (touches(event, "link") and self.model.query.group_id)
        ):
            self.model.schedule_reload(event.records.get("company", ()))
        self.card.refresh(event)
        self.on_records_changed(event)
