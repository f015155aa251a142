"""The Contacts page: every person in a lazily filled list, and the selected person's card."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from cardfile.domain.errors import NotFound
from cardfile.services import Services
from cardfile.services.events import RecordsChanged
from cardfile.services.readmodels import ContactRead, FieldChange
from cardfile.ui.card import CardBuilder, RecordCard, Row, address_lines, describe_value, entry_rows, partial_date
from cardfile.ui.event_bridge import EventBridge, touches
from cardfile.ui.list_models import LazyListModel, contact_columns
from cardfile.ui.list_page import RecordListPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactCard", text)


def web_address(url: str) -> str:
    return url if "://" in url or url.startswith("mailto:") else f"https://{url}"


def custom_value_text(value: Any) -> str:
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    return str(value)


class ContactCard(RecordCard):
    """A person's full card: name, title and company, every way to reach them, tags, note and history."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Select a contact to see their card."), parent)
        self.setObjectName("contactCard")
        self._services = services

    def show_record(self, contact_id: str) -> None:
        try:
            contact = self._services.contacts.get(contact_id)
        except NotFound:
            self.clear()
            return
        changes = self._services.history.field_changes(contact_id)
        self.show_content(contact_id, self._build(contact, changes))

    def refresh(self, event: RecordsChanged) -> None:
        """Show the record again if the event changed it or a company it names."""
        if self.record_id and (touches(event, "contact", self.record_id) or touches(event, "company")):
            self.show_record(self.record_id)

    def _build(self, c: ContactRead, changes: list[FieldChange]) -> QWidget:
        card = CardBuilder(self.open_link)
        subtitle: list[tuple[str, str | None]] = [(c.title, None), (c.department, None)]
        if c.company is not None:
            subtitle.append((c.company.name, f"record:company:{c.company.id}"))
        card.header(c.display_name, subtitle)
        card.section(_tr("Email"), entry_rows(c.emails, lambda e: card.link(e["value"], f"mailto:{e['value']}")))
        card.section(_tr("Phone"), entry_rows(c.phones, lambda e: e["value"]))
        card.section(_tr("Address"), entry_rows(c.addresses, lambda e: "\n".join(address_lines(e))))
        card.section(_tr("Web"), entry_rows(c.urls, lambda e: card.link(e["value"], web_address(e["value"]))))
        card.section(
            _tr("Messaging"),
            entry_rows(c.ims, lambda e: f"{e['service']}: {e['value']}" if e.get("service") else e["value"]),
        )
        card.section(_tr("Personal"), self._personal_rows(c))
        card.section(_tr("Custom fields"), [(name, custom_value_text(v)) for name, v in c.custom.items() if v != ""])
        card.tags(_tr("Tags"), c.tags)
        card.paragraph(_tr("Note"), c.note)
        card.history(_tr("History"), changes, lambda change: describe_value(change, self._name_of))
        return card.finish()

    @staticmethod
    def _personal_rows(c: ContactRead) -> list[Row]:
        rows: list[Row] = []
        if c.nickname:
            rows.append((_tr("Nickname"), c.nickname))
        phonetic = " ".join(p for p in (c.phonetic_given, c.phonetic_additional, c.phonetic_family) if p)
        if phonetic:
            rows.append((_tr("Pronounced"), phonetic))
        if c.birthday:
            rows.append((_tr("Birthday"), partial_date(c.birthday)))
        if c.anniversary:
            rows.append((_tr("Anniversary"), partial_date(c.anniversary)))
        rows += entry_rows(c.dates, lambda e: partial_date(e["value"]))
        return rows

    def _name_of(self, record_type: str, record_id: str) -> str:
        try:
            return self._services.companies.get(record_id).display_name if record_type == "company" else ""
        except NotFound:
            return ""


class ContactsPage(RecordListPage):
    def __init__(self, services: Services, bridge: EventBridge, icon: QIcon | None = None) -> None:
        model = LazyListModel(services.contacts.ids, services.contacts.rows, contact_columns())
        super().__init__(
            name="contacts",
            model=model,
            card=ContactCard(services),
            empty_title=QCoreApplication.translate("ContactsPage", "No contacts yet"),
            empty_explanation=QCoreApplication.translate(
                "ContactsPage",
                "The people you work with will be listed here: add them one by one, or import a vCard file "
                "exported from another address book.",
            ),
            icon=icon,
            column_widths={"name": 190, "company": 160, "title": 150, "email": 210, "phone": 140, "city": 110},
        )
        model.setParent(self)
        bridge.records_changed.connect(self._on_records_changed)
        model.reload()

    def count_text(self) -> str:
        return self.tr("Contacts: {count}").format(count=QLocale().toString(self.count()))

    def _on_records_changed(self, event: RecordsChanged) -> None:
        if touches(event, "company"):
            self.model.forget_rows()  # the Company column shows names that may have changed
        if touches(event, "contact") or touches(event, "company"):
            self.model.schedule_reload(event.records.get("contact", ()))
        self.card.refresh(event)
