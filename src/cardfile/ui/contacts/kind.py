"""People, described for the record framework: the Contacts page's words, list columns and card; its form is in
form.py. The shared list page, card, tabs and form (ui/records/) do the rest."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cardfile.domain.errors import NotFound
from cardfile.domain.values import RecordType
from cardfile.services import Services
from cardfile.services.readmodels import ContactRead, ContactRow
from cardfile.ui.contacts.form import contact_form
from cardfile.ui.dates import format_datetime
from cardfile.ui.records.card import CardBuilder, Row, entry_rows, partial_date
from cardfile.ui.records.kind import KindWords, RecordKind
from cardfile.ui.records.list_model import Column
from cardfile.ui.records.tabs import STANDARD_TABS


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactCard", text)


def _words() -> KindWords:
    def tr(text: str) -> str:
        return QCoreApplication.translate("ContactsPage", text)

    return KindWords(
        title=tr("Contacts"),
        new=tr("&New Contact"),
        one=tr("1 contact"),
        many=tr("{count} contacts"),
        count=tr("Contacts: {count}"),
        empty_title=tr("No contacts yet"),
        empty_explanation=tr(
            "The people you work with will be listed here: add them one by one, or import a vCard file "
            "exported from another address book."
        ),
        no_matches=tr("No contacts match the filter"),
        placeholder=_tr("Select a contact to see their card."),
    )


def contact_columns() -> list[Column[ContactRow]]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("ListColumn", text)

    return [
        Column("name", tr("Name"), lambda r: r.display_name, "name"),
        Column("company", tr("Company"), lambda r: r.company, "company"),
        Column("title", tr("Title"), lambda r: r.title, "title"),
        Column("email", tr("Email"), lambda r: r.email, "email"),
        Column("phone", tr("Phone"), lambda r: r.phone, "phone"),
        Column("city", tr("City"), lambda r: r.locality, "city"),
        Column("tags", tr("Tags"), lambda r: ", ".join(r.tags)),
        Column("updated", tr("Updated"), lambda r: format_datetime(r.updated_at), "updated", shown=False),
    ]


def read_contact(services: Services, record_id: str) -> ContactRead | None:
    try:
        contact = services.contacts.get(record_id)
    except NotFound:
        return None
    return None if contact.deleted else contact


def contact_card(card: CardBuilder, c: ContactRead, services: Services) -> None:
    """A person's full card: name, title and company, every way to reach them, personal dates, tags, note."""
    photo = services.contacts.photo(c.id) if c.photo_mime else None
    subtitle: list[tuple[str, str | None]] = [(c.title, None), (c.department, None)]
    if c.company is not None:
        subtitle.append((c.company.name, f"record:company:{c.company.id}"))
    card.header(c.display_name, subtitle, picture=photo[0] if photo else None)
    card.ways_to_reach(c)
    card.section(_tr("Personal"), _personal_rows(c))
    card.custom_fields(c.custom)
    card.tags_and_note(c)


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


CONTACTS = RecordKind(
    key="contacts",
    record_type=RecordType.CONTACT,
    service=lambda services: services.contacts,
    words=_words,
    columns=contact_columns,
    read=read_contact,
    card=contact_card,
    form=contact_form,
    tabs=STANDARD_TABS,
    related_as="contact",
    shows=("company",),  # the Company column and the card's company link show its name
    column_widths={"name": 190, "company": 160, "title": 150, "email": 210, "phone": 140, "city": 110},
)
