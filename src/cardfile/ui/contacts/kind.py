"""People, described for the record framework: the Contacts page's words, list columns and card; its form is in
form.py. The shared list page, card, tabs and form (ui/records/) do the rest."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from cardfile.domain.values import RecordType
from cardfile.services import Services
from cardfile.services.readmodels import ContactRead, ContactRow
from cardfile.ui.activities.tab import ACTIVITIES
from cardfile.ui.contacts.form import contact_form
from cardfile.ui.records.card import CardBuilder, Row, entry_rows, partial_date, today_of, yearly_date_text
from cardfile.ui.records.kind import RecordKind
from cardfile.ui.records.list_model import Column, column_title, name_column, tags_column, updated_column
from cardfile.ui.records.tabs import DEALS, GROUPS, HISTORY, NOTES


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactCard", text)


def contact_columns() -> list[Column[ContactRow]]:
    """Name, Company, Phone and Email fit beside the card at 1280 pixels (the last shown column takes the rest of
    the width); the others are a right click on the header away."""
    return [
        name_column(170),
        Column("company", column_title("company"), lambda r: r.company, "company", width=140),
        Column("phone", column_title("phone"), lambda r: r.phone, "phone", width=130),
        Column("email", column_title("email"), lambda r: r.email, "email", width=200, elide="email"),
        Column("title", column_title("title"), lambda r: r.title, "title", shown=False, width=150),
        Column("city", column_title("city"), lambda r: r.locality, "city", shown=False, width=110),
        Column("file_as", column_title("file_as"), lambda r: r.file_as, "file_as", shown=False, width=190),
        tags_column(shown=False),
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
    card.link_list(  # the people this person's card named: an agent, from a card nested in theirs
        _tr("Related People"),
        [(ref.name, f"record:contact:{ref.id}", _role(role)) for ref, role in c.related],
    )
    card.section(_tr("Personal"), _personal_rows(c, today_of(services)))
    card.custom_fields(c.custom)
    card.tags_and_note(c)


def _role(role: str) -> str:
    """A related person's role as the reader says it; a role another program wrote is shown as written."""
    return {"agent": _tr("agent (assistant)")}.get(role, role)


def _personal_rows(c: ContactRead, today: date) -> list[Row]:
    rows: list[Row] = []
    if c.nickname:
        rows.append((_tr("Nickname"), c.nickname))
    phonetic = " ".join(p for p in (c.phonetic_given, c.phonetic_additional, c.phonetic_family) if p)
    if phonetic:
        rows.append((_tr("Pronounced"), phonetic))
    if c.birthday:
        rows.append((_tr("Birthday"), yearly_date_text(c.birthday, today, counts_age=True)))
    if c.anniversary:
        rows.append((_tr("Anniversary"), yearly_date_text(c.anniversary, today, counts_age=False)))
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
    reach=lambda row: (row.phone, row.email),
)
