"""The form that edits a company (or adds a new one): logo, name, industry, website, parent company, every way to
reach it, tags, note and custom fields — a `FormSpec` for the one record form. Only a company's own rule is here:
the company it is part of must exist already (it is named, not created, from this form)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from cardfile.domain.errors import Ambiguous, NotFound, ValidationError
from cardfile.domain.models import CompanyCreate, CompanyUpdate, validate
from cardfile.services import Services
from cardfile.services.duplicates import DuplicateCandidate
from cardfile.services.readmodels import CompanyRead
from cardfile.ui.duplicates.words import reasons_text
from cardfile.ui.records.form import (
    CompanyName,
    DuplicateCheck,
    Entries,
    FormSpec,
    Note,
    Picture,
    Section,
    Tags,
    Text,
    no_such_company,
    private_box,
)

ENTRY_KINDS = ("emails", "phones", "addresses", "urls", "ims", "dates")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompanyForm", text)


def company_values(c: CompanyRead) -> Mapping[str, Any]:
    values: dict[str, Any] = {kind: getattr(c, kind) for kind in ENTRY_KINDS}
    values.update(
        name=c.display_name,
        industry=c.industry,
        website=c.website,
        parent=c.parent.name if c.parent is not None else "",
        tags=list(c.tags),
        note=c.note.strip(),
        private=c.meta.private,
    )
    return values


def save_company(services: Services, company: CompanyRead | None, changes: dict[str, Any]) -> str:
    """One action: the company's changed fields; the parent company named by its name must exist."""
    companies = services.companies
    if "parent" in changes:
        typed = changes.pop("parent")
        try:
            changes["parent_id"] = companies.resolve(typed) if typed else None
        except (NotFound, Ambiguous):
            raise ValidationError(field="parent", problem=no_such_company(typed), name=typed) from None
    if company is None:
        return companies.create(validate(CompanyCreate, **changes)).id
    return companies.update(company.id, validate(CompanyUpdate, **changes)).id


def likely_duplicates(services: Services, values: dict[str, Any], record_id: str | None) -> list[DuplicateCandidate]:
    """The companies the typed values may duplicate."""
    typed = {k: v for k, v in values.items() if k != "parent"}
    if not any(typed.get(k) for k in ("name", "website", "emails", "phones")):
        return []
    return services.duplicates.check(typed, record_type="company", exclude_id=record_id, limit=3)


def duplicate_sentence(found: DuplicateCandidate) -> str:
    """'A company named “Acme Ltd” already exists (same website acme.example)'."""
    text = _tr("A company named “{name}” already exists").format(name=found.display_name)
    why = reasons_text([r for r in found.reasons if (r.code, r.detail) != ("name", "same")])  # the sentence says it
    return _tr("{sentence} ({why})").format(sentence=text, why=why) if why else text


def company_form(_services: Services) -> FormSpec:
    return FormSpec(
        name="companyForm",
        header=[
            Text("name", _tr("&Name")),
            Text("industry", _tr("&Industry")),
            Text("website", _tr("&Website"), ltr=True),
            CompanyName("parent", _tr("&Part of"), _tr("The company this one belongs to, if any"), not_itself=True),
        ],
        parts=[
            Entries("emails", _tr("Email"), _tr("Add email address"), "work"),
            Entries("phones", _tr("Phone"), _tr("Add phone number"), "work"),
            Entries("addresses", _tr("Address"), _tr("Add address"), "work"),
            Entries("urls", _tr("Web"), _tr("Add web address"), "work"),
            Entries("ims", _tr("Messaging and social"), _tr("Add account"), "work"),
            Entries("dates", _tr("Dates"), _tr("Add date"), "other"),
            Tags(_tr("Tags")),
            Note(_tr("Note")),
            Section(_tr("Sharing"), [private_box()]),
        ],
        values=company_values,
        save=save_company,
        first="name",
        deleted_text=_tr("This company was deleted meanwhile; your changes were not saved."),
        picture=Picture(
            "logo",
            "logo_mime",
            lambda s, record_id: s.companies.logo(record_id),
            _tr("Logo: choose an image file or remove the logo"),
        ),
        initials=lambda form: form.text("name"),
        custom_fields="company",
        aliases={"parent_id": "parent"},
        duplicates=DuplicateCheck(likely_duplicates, duplicate_sentence),
    )
