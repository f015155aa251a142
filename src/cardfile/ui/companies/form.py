"""The form that edits a company (or adds a new one): logo, name, industry, website, parent company, every way to
reach it, tags, note and custom fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPlainTextEdit, QWidget

from cardfile.domain.errors import Ambiguous, NotFound
from cardfile.domain.models import CompanyCreate, CompanyUpdate, validate
from cardfile.services import Services
from cardfile.services.readmodels import CompanyRead
from cardfile.ui.records.form import RecordForm
from cardfile.ui.widgets.editors import CompanyNameEdit, PictureButton, TagEditor, left_to_right

_TEXT_FIELDS = ("name", "industry", "website")
_ENTRY_KINDS = ("emails", "phones", "addresses", "urls", "ims", "dates")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompanyForm", text)


class CompanyForm(RecordForm):
    """Edits `company`, or adds one when it is None (`preset` fills fields of the new one)."""

    def __init__(
        self,
        services: Services,
        company: CompanyRead | None,
        *,
        preset: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("companyForm")
        self._services = services
        self.company = company
        logo = services.companies.logo(company.id) if company is not None and company.logo_mime else None
        self._build(company, preset or {}, logo)

    def _build(self, c: CompanyRead | None, preset: dict[str, Any], logo: tuple[bytes, str] | None) -> None:
        def text(name: str) -> str:
            return str(getattr(c, name) if c is not None else preset.get(name, "") or "")

        self.picture = PictureButton(lambda: self._text("name"))
        self.picture.setToolTip(_tr("Logo: choose an image file or remove the logo"))
        self.picture.set_picture(*(logo if logo else (None, None)))
        self.picture.changed.connect(self.changed)
        header = QWidget()
        row = QHBoxLayout(header)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(14)
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        fields = QWidget()
        row.addWidget(fields, 1)
        self.add_widget(header)
        form = QFormLayout(fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        name = self.add_field(form, "name", _tr("&Name"), QLineEdit(c.display_name if c is not None else text("name")))
        assert isinstance(name, QLineEdit)
        name.textEdited.connect(self._refresh_initials)
        self.add_field(form, "industry", _tr("&Industry"), QLineEdit(text("industry")))
        self.add_field(form, "website", _tr("&Website"), left_to_right(QLineEdit(text("website"))))
        self.parent_company = CompanyNameEdit(self._suggest_parent)
        self.parent_company.setText(c.parent.name if c is not None and c.parent is not None else "")
        self.parent_company.setToolTip(_tr("The company this one belongs to, if any"))
        self.add_field(form, "parent", _tr("&Part of"), self.parent_company)

        lists = {
            "emails": (_tr("Email"), _tr("Add email address"), "work"),
            "phones": (_tr("Phone"), _tr("Add phone number"), "work"),
            "addresses": (_tr("Address"), _tr("Add address"), "work"),
            "urls": (_tr("Web"), _tr("Add web address"), "work"),
            "ims": (_tr("Messaging and social"), _tr("Add account"), "work"),
            "dates": (_tr("Dates"), _tr("Add date"), "other"),
        }
        for kind, (title, add_text, label) in lists.items():
            entries = self.add_entries(kind, title, add_text, label)
            entries.set_entries(getattr(c, kind) if c is not None else preset.get(kind, []))

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

        self.add_custom_fields(self._services.custom_fields.list("company"), c.custom if c is not None else {})
        self.finish()
        self.picture.refresh()  # the initials of the name, now that the name field exists

    def _refresh_initials(self) -> None:
        if not self.picture.data:  # no logo: the initials follow the name
            self.picture.refresh()

    def _suggest_parent(self, typed: str) -> list[str]:
        own = self.company.id if self.company is not None else None
        return [ref.name for ref in self._services.companies.suggest(typed) if ref.id != own]

    def set_known_tags(self, tags: list[str]) -> None:
        self.tags.set_known_tags(tags)

    def focus_first(self) -> None:
        self.editors["name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def _text(self, name: str) -> str:
        editor = self.editors.get(name)
        return editor.text().strip() if isinstance(editor, QLineEdit) else ""

    # ----- saving -----

    def _changes(self) -> dict[str, Any]:
        c = self.company
        values: dict[str, Any] = {name: self._text(name) for name in _TEXT_FIELDS}
        values["tags"] = self.tags.tags()
        values["note"] = self.note.toPlainText().strip()
        if c is None:
            changes = {k: v for k, v in values.items() if v not in ("", None, [])}
            changes.update({k: v for k, v in self.collect_entries().items() if v})
            custom = self.collect_custom(None)
            if custom:
                changes["custom"] = custom
            if self.picture.data is not None:
                changes.update(logo=self.picture.data, logo_mime=self.picture.mime)
            return changes
        original = {"name": c.display_name, "industry": c.industry, "website": c.website, "tags": list(c.tags)}
        original["note"] = c.note.strip()
        changes = {k: v for k, v in values.items() if v != original[k]}
        changes.update(self.changed_entries({kind: getattr(c, kind) for kind in _ENTRY_KINDS}))
        custom = self.collect_custom(c.custom)
        if custom:
            changes["custom"] = custom
        if self.picture.modified:
            changes.update(logo=self.picture.data, logo_mime=self.picture.mime)
        return changes

    def _parent_change(self) -> tuple[bool, str | None]:
        """Whether the parent company changed, and its id (None: no parent). Raises NotFound or Ambiguous."""
        typed = self.parent_company.text().strip()
        before = self.company.parent.name if self.company is not None and self.company.parent is not None else ""
        if typed == before:
            return False, None
        return True, self._services.companies.resolve(typed) if typed else None

    def has_changes(self) -> bool:
        return bool(self._changes()) or self.parent_company.text().strip() != (
            self.company.parent.name if self.company is not None and self.company.parent is not None else ""
        )

    def save(self) -> str | None:
        self.clear_errors()
        if not self.check():
            return None
        try:
            parent_changed, parent_id = self._parent_change()
        except (NotFound, Ambiguous):
            self.field_errors["parent"].show_error(
                _tr("There is no company named “{name}”; add it first, or choose one from the list.").format(
                    name=self.parent_company.text().strip()
                )
            )
            self.parent_company.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        changes = self._changes()
        if parent_changed:
            changes["parent_id"] = parent_id
        companies = self._services.companies
        if self.company is None:
            return companies.create(validate(CompanyCreate, **changes)).id
        if not changes:
            return self.company.id
        try:
            return companies.update(self.company.id, validate(CompanyUpdate, **changes)).id
        except NotFound:
            self.general_error.show_error(_tr("This company was deleted meanwhile; your changes were not saved."))
            return None
