"""The form that edits a person (or adds a new one): picture, name parts, work, every way to reach them, dates,
tags, note and custom fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPlainTextEdit, QWidget

from cardfile.domain.errors import NotFound
from cardfile.domain.models import ContactCreate, ContactUpdate, validate
from cardfile.domain.text import derive_display_name
from cardfile.services import Services
from cardfile.services.readmodels import ContactRead
from cardfile.ui.records.form import RecordForm
from cardfile.ui.widgets.editors import CompanyNameEdit, PartialDateEdit, PictureButton, TagEditor

_NAME_PARTS = ("prefix", "given", "additional", "family", "suffix", "nickname")
_TEXT_FIELDS = (*_NAME_PARTS, "title", "department")
_ENTRY_KINDS = ("emails", "phones", "addresses", "urls", "ims", "dates")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactForm", text)


class ContactForm(RecordForm):
    """Edits `contact`, or adds a person when it is None (`preset` fills fields of the new one)."""

    def __init__(
        self,
        services: Services,
        contact: ContactRead | None,
        *,
        preset: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactForm")
        self._services = services
        self.contact = contact
        self._family_first = services.settings.family_first()
        photo = services.contacts.photo(contact.id) if contact is not None and contact.photo_mime else None
        self._build(contact, preset or {}, photo)

    # ----- building -----

    def _build(self, c: ContactRead | None, preset: dict[str, Any], photo: tuple[bytes, str] | None) -> None:
        def text(name: str) -> str:
            return str(getattr(c, name) if c is not None else preset.get(name, "") or "")

        self.picture = PictureButton(self.display_name)
        self.picture.set_picture(*(photo if photo else (None, None)))
        self.picture.changed.connect(self.changed)
        header = QWidget()
        row = QHBoxLayout(header)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(14)
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        names = QWidget()
        row.addWidget(names, 1)
        self.add_widget(header)

        form = QFormLayout(names)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        captions = {
            "prefix": _tr("&Prefix"),
            "given": _tr("&Given name"),
            "additional": _tr("&Middle name"),
            "family": _tr("&Family name"),
            "suffix": _tr("Suffi&x"),
            "nickname": _tr("Nic&kname"),
        }
        order = (
            ["prefix", "family", "given", "additional"]
            if self._family_first
            else ["prefix", "given", "additional", "family"]
        )
        for name in [*order, "suffix", "nickname"]:
            edit = QLineEdit(text(name))
            edit.textEdited.connect(self._update_display_name_hint)
            self.add_field(form, name, captions[name], edit)
        self.display_name_edit = QLineEdit(c.display_name if c is not None and c.display_name_custom else "")
        self.display_name_edit.setToolTip(_tr("Leave empty to show the name built from its parts"))
        self.add_field(form, "display_name", _tr("&Display as"), self.display_name_edit)

        self.heading(_tr("Work"))
        work = self.form_layout()
        self.add_field(work, "title", _tr("&Title"), QLineEdit(text("title")))
        self.add_field(work, "department", _tr("Depa&rtment"), QLineEdit(text("department")))
        self.company = CompanyNameEdit(lambda typed: [ref.name for ref in self._services.companies.suggest(typed)])
        self.company.setText(
            c.company.name if c is not None and c.company is not None else str(preset.get("company", ""))
        )
        self.company.textEdited.connect(self._update_display_name_hint)
        self.add_field(work, "company", _tr("C&ompany"), self.company)

        lists = {
            "emails": (_tr("Email"), _tr("Add email address"), "work"),
            "phones": (_tr("Phone"), _tr("Add phone number"), "cell"),
            "addresses": (_tr("Address"), _tr("Add address"), "work"),
            "urls": (_tr("Web"), _tr("Add web address"), "work"),
            "ims": (_tr("Messaging and social"), _tr("Add account"), "other"),
        }
        for kind, (title, add_text, label) in lists.items():
            entries = self.add_entries(kind, title, add_text, label)
            entries.set_entries(getattr(c, kind) if c is not None else preset.get(kind, []))
        self.entry_lists["emails"].changed.connect(self._update_display_name_hint)

        self.heading(_tr("Personal"))
        personal = self.form_layout()
        self.birthday = PartialDateEdit()
        self.birthday.set_value(c.birthday if c is not None else None)
        self.add_field(personal, "birthday", _tr("&Birthday"), self.birthday)
        self.anniversary = PartialDateEdit()
        self.anniversary.set_value(c.anniversary if c is not None else None)
        self.add_field(personal, "anniversary", _tr("&Anniversary"), self.anniversary)
        dates = self.add_entries("dates", _tr("Other dates"), _tr("Add date"), "other")
        dates.set_entries(c.dates if c is not None else [])

        self.heading(_tr("Tags"))
        self.tags = TagEditor()
        self.tags.set_tags(c.tags if c is not None else preset.get("tags", []))
        self.tags.changed.connect(self.changed)
        self.add_widget(self.tags)

        self.heading(_tr("Note"))
        self.note = QPlainTextEdit(text("note"))
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(90)
        self.note.setMaximumHeight(160)
        self.add_widget(self.note)
        self.editors["note"] = self.note
        self._watch(self.note)

        self.add_custom_fields(self._services.custom_fields.list("contact"), c.custom if c is not None else {})
        self.finish()
        self._update_display_name_hint()

    def set_known_tags(self, tags: list[str]) -> None:
        self.tags.set_known_tags(tags)

    def focus_first(self) -> None:
        self.editors["family" if self._family_first else "given"].setFocus(Qt.FocusReason.OtherFocusReason)

    # ----- the name shown -----

    def _text(self, name: str) -> str:
        editor = self.editors[name]
        assert isinstance(editor, QLineEdit)
        return editor.text().strip()

    def display_name(self) -> str:
        """The name the person will be shown by: typed by hand, or built from the parts as the services will."""
        typed = self.display_name_edit.text().strip() if hasattr(self, "display_name_edit") else ""
        if typed:
            return typed
        if "nickname" not in self.editors:
            return self.contact.display_name if self.contact is not None else ""
        emails = self.entry_lists["emails"].entries()[0] if "emails" in self.entry_lists else []
        return derive_display_name(
            **{part: self._text(part) for part in _NAME_PARTS},
            company=self.company.text().strip() if hasattr(self, "company") else None,
            email=emails[0]["value"] if emails else None,
            family_first=self._family_first,
        )

    def _update_display_name_hint(self) -> None:
        self.display_name_edit.setPlaceholderText(self.display_name() or _tr("Built from the name"))
        if not self.picture.data:
            self.picture.refresh()

    # ----- saving -----

    def _values(self) -> dict[str, Any]:
        """Every field as the services take it, for a new person."""
        values: dict[str, Any] = {name: self._text(name) for name in _TEXT_FIELDS}
        values["display_name"] = self.display_name_edit.text().strip()
        values["birthday"] = self.birthday.value()
        values["anniversary"] = self.anniversary.value()
        values["tags"] = self.tags.tags()
        values["note"] = self.note.toPlainText().strip()
        return values

    def _changes(self) -> tuple[dict[str, Any], str | None]:
        """The fields the person changed (all that are filled in, for a new person), and the company's name when
        it changed ('' to unlink)."""
        c = self.contact
        values = self._values()
        company = self.company.text().strip()
        if c is None:
            changes = {k: v for k, v in values.items() if v not in ("", None, [])}
            changes.update({k: v for k, v in self.collect_entries().items() if v})
            custom = self.collect_custom(None)
            if custom:
                changes["custom"] = custom
            if self.picture.data is not None:
                changes.update(photo=self.picture.data, photo_mime=self.picture.mime)
            return changes, company or None
        original = {name: getattr(c, name) for name in _TEXT_FIELDS}
        original.update(
            display_name=c.display_name if c.display_name_custom else "",
            birthday=c.birthday,
            anniversary=c.anniversary,
            tags=list(c.tags),
            note=c.note.strip(),
        )
        changes = {k: v for k, v in values.items() if v != original[k] and not (v in ("", None) and not original[k])}
        changes.update(self.changed_entries({kind: getattr(c, kind) for kind in _ENTRY_KINDS}))
        custom = self.collect_custom(c.custom)
        if custom:
            changes["custom"] = custom
        if self.picture.modified:
            changes.update(photo=self.picture.data, photo_mime=self.picture.mime)
        before = c.company.name if c.company is not None else ""
        return changes, (company if company != before else None)

    def has_changes(self) -> bool:
        changes, company = self._changes()
        return bool(changes) or company is not None

    def save(self) -> str | None:
        self.clear_errors()
        if not self.check():
            return None
        changes, company = self._changes()
        contacts = self._services.contacts
        if self.contact is None:
            if not (self.display_name() or company):
                self.field_errors["given"].show_error(_tr("Give the person a name, a company or an email address."))
                self.editors["given"].setFocus(Qt.FocusReason.OtherFocusReason)
                return None
            return contacts.create(validate(ContactCreate, **changes), company_name=company).id
        if not changes and company is None:
            return self.contact.id  # nothing changed: no empty action in the change log
        try:
            return contacts.update(self.contact.id, validate(ContactUpdate, **changes), company_name=company).id
        except NotFound:
            self.general_error.show_error(_tr("This contact was deleted meanwhile; your changes were not saved."))
            return None
