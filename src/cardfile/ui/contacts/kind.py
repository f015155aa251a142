"""People, described for the record framework: the Contacts page's words, list columns and card; its form is in
form.py. The shared list page, card, tabs and form (ui/records/) do the rest."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cardfile.domain.values import RecordType
from cardfile.services import Services
from cardfile.services.readmodels import ContactRead, ContactRow
from cardfile.ui.activities.tab import ACTIVITIES
from cardfile.ui.contacts.form import contact_form
from cardfile.ui.records.card import CardBuilder, Row, entry_rows, partial_date
from cardfile.ui.records.kind import RecordKind
from cardfile.ui.records.list_model import Column, column_title, name_column, tags_column, updated_column
from cardfile.ui.records.tabs import DEALS, GROUPS, HISTORY, NOTES


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactCard", text)


def contact_columns() -> list[Column[ContactRow]]:
    return [
        name_column(190),
        Column("company", column_title("company"), lambda r: r.company, "company", width=160),
        Column("title", column_title("title"), lambda r: r.title, "title", width=150),
        Column("email", column_title("email"), lambda r: r.email, "email", width=210),
        Column("phone", column_title("phone"), lambda r: r.phone, "phone", width=140),
        Column("city", column_title("city"), lambda r: r.locality, "city", width=110),
        tags_column(),
        updated_column(lambda r: r.updated_at),
    ]


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
    shows=("company",),  # the Company column and the card's company link show its name
    columns=contact_columns,
    card=contact_card,
    form=contact_form,
    tabs=(ACTIVITIES, HISTORY, NOTES, DEALS, GROUPS),  # Activities: the full tab, with Schedule… and Clear…
)
