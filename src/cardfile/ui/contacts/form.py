"""The form that edits a person (or adds a new one): picture, name parts, work, every way to reach them, dates,
tags, note and custom fields — a `FormSpec` for the one record form, and what only a person's form does: the name
parts in the order names are written, the name the parts will give shown as you type, a company named by name."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from cardfile.domain.models import ContactCreate, ContactUpdate, validate
from cardfile.domain.text import blank, derive_display_name
from cardfile.services import Services
from cardfile.services.readmodels import ContactRead
from cardfile.ui.records.form import (
    CompanyName,
    Entries,
    FormSpec,
    Note,
    PartialDate,
    Picture,
    RecordForm,
    Section,
    Tags,
    Text,
    private_box,
)

NAME_PARTS = ("prefix", "given", "additional", "family", "suffix", "nickname")
ENTRY_KINDS = ("emails", "phones", "addresses", "urls", "ims", "dates")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactForm", text)


def display_name(form: RecordForm, *, family_first: bool) -> str:
    """The name the person will be shown by: typed by hand, or built from the parts as the services will."""
    typed = form.text("display_name")
    if typed:
        return typed
    emails = form.entry_lists["emails"].entries()[0] if "emails" in form.entry_lists else []
    return derive_display_name(
        **{part: form.text(part) for part in NAME_PARTS},
        company=form.text("company") or None,
        email=emails[0]["value"] if emails else None,
        family_first=family_first,
    )


def contact_values(c: ContactRead) -> Mapping[str, Any]:
    """A person's values as the form's fields hold them (the company by its name)."""
    values: dict[str, Any] = {name: getattr(c, name) for name in (*NAME_PARTS, "title", "department")}
    values.update({kind: getattr(c, kind) for kind in ENTRY_KINDS})
    values.update(
        display_name=c.display_name if c.display_name_custom else "",
        company=c.company.name if c.company is not None else "",
        birthday=c.birthday,
        anniversary=c.anniversary,
        tags=list(c.tags),
        note=c.note.strip(),
        private=c.meta.private,
    )
    return values


def save_contact(services: Services, contact: ContactRead | None, changes: dict[str, Any]) -> str:
    """One action: the person's changed fields, the company by its name (a new name creates it, '' unlinks)."""
    company = changes.pop("company", None)
    if contact is None:
        return services.contacts.create(validate(ContactCreate, **changes), company_name=company or None).id
    return services.contacts.update(contact.id, validate(ContactUpdate, **changes), company_name=company).id


def contact_form(services: Services) -> FormSpec:
    family_first = services.settings.family_first()

    def shown_name(form: RecordForm) -> str:
        return display_name(form, family_first=family_first)

    def needs_a_name(form: RecordForm, changes: dict[str, Any]) -> tuple[str, str] | None:
        if not blank(shown_name(form)) or not blank(changes.get("company") or ""):
            return None
        return "given", _tr("Give the person a name, a company or an email address.")

    names = {
        "prefix": Text("prefix", _tr("&Prefix")),
        "given": Text("given", _tr("&Given name")),
        "additional": Text("additional", _tr("&Middle name")),
        "family": Text("family", _tr("&Family name")),
        "suffix": Text("suffix", _tr("Suffi&x")),
        "nickname": Text("nickname", _tr("Nic&kname")),
    }
    order = ["prefix", "family", "given", "additional"] if family_first else ["prefix", "given", "additional", "family"]
    shown_as = Text(
        "display_name",
        _tr("&Display as"),
        tooltip=_tr("Leave empty to show the name built from its parts"),
        hint=lambda form: shown_name(form) or _tr("Built from the name"),
    )
    return FormSpec(
        name="contactForm",
        header=[*(names[key] for key in [*order, "suffix", "nickname"]), shown_as],
        parts=[
            Section(
                _tr("Work"),
                [
                    Text("title", _tr("&Title")),
                    Text("department", _tr("Depa&rtment")),
                    CompanyName("company", _tr("C&ompany")),
                ],
            ),
            Entries("emails", _tr("Email"), _tr("Add email address"), "work"),
            Entries("phones", _tr("Phone"), _tr("Add phone number"), "cell"),
            Entries("addresses", _tr("Address"), _tr("Add address"), "work"),
            Entries("urls", _tr("Web"), _tr("Add web address"), "work"),
            Entries("ims", _tr("Messaging and social"), _tr("Add account"), "other"),
            Section(
                _tr("Personal"),
                [PartialDate("birthday", _tr("&Birthday")), PartialDate("anniversary", _tr("&Anniversary"))],
            ),
            Entries("dates", _tr("Other dates"), _tr("Add date"), "other"),
            Tags(_tr("Tags")),
            Note(_tr("Note")),
            Section(_tr("Sharing"), [private_box()]),
        ],
        values=contact_values,
        save=save_contact,
        first="family" if family_first else "given",
        deleted_text=_tr("This contact was deleted meanwhile; your changes were not saved."),
        picture=Picture("photo", "photo_mime", lambda s, record_id: s.contacts.photo(record_id)),
        initials=shown_name,
        custom_fields="contact",
        required=needs_a_name,
        aliases={"company_id": "company"},
    )
