"""The Contacts page: every person in a lazily filled list, and the selected person's card, editable in place."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from cardfile.domain.errors import NotFound
from cardfile.domain.values import RecordType
from cardfile.services import Services
from cardfile.services.events import RecordsChanged
from cardfile.services.readmodels import ContactRead
from cardfile.ui.contacts.form import ContactForm
from cardfile.ui.event_bridge import EventBridge, touches
from cardfile.ui.records.card import (
    CardBuilder,
    RecordCard,
    Row,
    address_lines,
    describe_value,
    entry_rows,
    partial_date,
)
from cardfile.ui.records.form import RecordForm
from cardfile.ui.records.list_model import LazyListModel, contact_columns
from cardfile.ui.records.list_page import RecordListPage
from cardfile.ui.records.tabs import RelatedTabs
from cardfile.ui.tasks import TaskRunner


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactCard", text)


def web_address(url: str) -> str:
    return url if "://" in url or url.startswith("mailto:") else f"https://{url}"


def custom_value_text(value: Any) -> str:
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    return str(value)


def company_name_of(services: Services) -> Callable[[str, str], str]:
    """`name_of(record_type, id)` for describing changed values: the name of a company or a custom field an id
    points at ('' when it is gone)."""
    fields: dict[str, str] | None = None

    def name_of(record_type: str, record_id: str) -> str:
        nonlocal fields
        if record_type == "custom_field":
            if fields is None:  # read once per card, on the first custom value described
                fields = {f.id: f.name for f in services.custom_fields.list()}
            return fields.get(record_id, "")
        try:
            return services.companies.get(record_id).display_name if record_type == "company" else ""
        except NotFound:
            return ""

    return name_of


class ContactCard(RecordCard):
    """A person's full card: name, title and company, every way to reach them, tags, note, and the tabs of their
    activities, history, notes, deals and groups. F2 edits it in place."""

    record_type = "contact"

    def __init__(self, services: Services, parent: QWidget | None = None, *, runner: TaskRunner | None = None) -> None:
        super().__init__(_tr("Select a contact to see their card."), parent, runner=runner)
        self.setObjectName("contactCard")
        self._services = services

    def build_card(self, record_id: str) -> QWidget | None:
        try:
            contact = self._services.contacts.get(record_id)
            photo = self._services.contacts.photo(record_id) if contact.photo_mime else None
        except NotFound:
            return None
        if contact.deleted:
            return None
        return self._build(contact, photo[0] if photo else None)

    def shows_changes_of(self, event: RecordsChanged) -> bool:
        """The person, a company (the name shown), or anything on the tabs: activities, notes, deals, groups."""
        assert self.record_id is not None
        return touches(event, "contact", self.record_id) or any(
            touches(event, kind) for kind in ("company", "activity", "note", "deal", "group", "link")
        )

    def build_form(self, record_id: str | None, preset: dict[str, Any]) -> RecordForm | None:
        try:
            contact = self._services.contacts.get(record_id) if record_id is not None else None
        except NotFound:
            return None
        return ContactForm(self._services, contact, preset=preset)

    def known_tags(self) -> list[str]:
        return [tag for tag, _count in self._services.contacts.tags()]

    def _build(self, c: ContactRead, photo: bytes | None) -> QWidget:
        card = CardBuilder(self.open_link)
        subtitle: list[tuple[str, str | None]] = [(c.title, None), (c.department, None)]
        if c.company is not None:
            subtitle.append((c.company.name, f"record:company:{c.company.id}"))
        card.header(c.display_name, subtitle, picture=photo, trailing=self.edit_button())
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
        name_of = company_name_of(self._services)
        self.tabs = RelatedTabs(
            self._services,
            "contact",
            c.id,
            current=self.current_tab,
            describe=lambda change: describe_value(change, name_of),
        )
        self.tabs.record_requested.connect(self.record_requested)
        self.tabs.tab_chosen.connect(self.remember_tab)
        card.add(self.tabs)
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


class ContactsPage(RecordListPage):
    record_type = RecordType.CONTACT

    def __init__(
        self, services: Services, bridge: EventBridge, icon: QIcon | None = None, *, runner: TaskRunner | None = None
    ) -> None:
        runner = runner if runner is not None else TaskRunner(max_threads=2)
        model = LazyListModel(
            services.contacts.ids, services.contacts.rows, contact_columns(), runner=runner, name="contacts"
        )
        super().__init__(
            name="contacts",
            services=services,
            model=model,
            card=ContactCard(services, runner=runner),
            empty_title=QCoreApplication.translate("ContactsPage", "No contacts yet"),
            empty_explanation=QCoreApplication.translate(
                "ContactsPage",
                "The people you work with will be listed here: add them one by one, or import a vCard file "
                "exported from another address book.",
            ),
            icon=icon,
            column_widths={"name": 190, "company": 160, "title": 150, "email": 210, "phone": 140, "city": 110},
            runner=runner,
        )
        if runner.parent() is None:
            runner.setParent(self)
        model.setParent(self)
        bridge.records_changed.connect(self._on_records_changed)
        model.reload()

    def new_text(self) -> str:
        return self.tr("&New Contact")

    def no_matches_title(self) -> str:
        return self.tr("No contacts match the filter")

    def count_text(self) -> str:
        return self.decorate_count(self.tr("Contacts: {count}").format(count=QLocale().toString(self.count())))

    def records_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 contact")
        return self.tr("{count} contacts").format(count=QLocale().toString(count))

    def delete_records(self, ids: Sequence[str]) -> int:
        return self.services.contacts.delete_many(ids)

    def tag_records(self, ids: Sequence[str], add: Sequence[str], remove: Sequence[str]) -> int:
        return self.services.contacts.set_tags(ids, add, remove)

    def known_tags(self) -> list[tuple[str, int]]:
        return self.services.contacts.tags()

    def _on_records_changed(self, event: RecordsChanged) -> None:
        if touches(event, "company"):
            self.model.forget_rows()  # the Company column shows names that may have changed
        if (
            touches(event, "contact")
            or touches(event, "company")
            or (touches(event, "link") and self.model.query.group_id)
        ):
            self.model.schedule_reload(event.records.get("contact", ()))
        self.card.refresh(event)
        self.on_records_changed(event)
