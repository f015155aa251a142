"""The Trash: every deleted record, whatever its kind; restore it (its links come back with it) or erase it for good.

Erasing is the right to be forgotten: the record and every value it ever had leave the database and its change
log, and cannot be undone — so it asks first. The list follows the database: a delete or restore made elsewhere
(the list, Undo, a sync) shows up here at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from cardfile.domain.errors import CardfileError
from cardfile.services import Services
from cardfile.services.events import RecordsChanged
from cardfile.services.readmodels import TrashItem
from cardfile.ui.dates import format_datetime
from cardfile.ui.dialogs.list_dialog import ListColumn, ListDialog, RowsModel
from cardfile.ui.event_bridge import EventBridge
from cardfile.ui.words import error_text


def _t(text: str) -> str:
    return QCoreApplication.translate("Trash", text)


def kind_name(record_type: str) -> str:
    """A record's kind in the singular, as the Trash's Kind column shows it."""
    names = {
        "contact": _t("Contact"),
        "company": _t("Company"),
        "activity": _t("Activity"),
        "note": _t("Note"),
        "deal": _t("Deal"),
        "group": _t("Group"),
        "lookup": _t("Saved lookup"),
        "custom_field": _t("Custom field"),
    }
    return names.get(record_type, record_type)


class TrashModel(RowsModel[TrashItem]):
    """Deleted records, most recently deleted first: name, kind, when."""

    def __init__(self, load: Callable[[], list[TrashItem]], parent: QObject | None = None) -> None:
        stretch = QHeaderView.ResizeMode.Stretch
        columns = [
            ListColumn[TrashItem]("name", _t("Name"), lambda i: i.display_name or _t("(no name)"), resize=stretch),
            ListColumn[TrashItem]("kind", _t("Kind"), lambda i: kind_name(i.record_type)),
            ListColumn[TrashItem]("deleted", _t("Deleted"), lambda i: format_datetime(i.deleted_at)),
        ]
        super().__init__(columns, lambda item: item.id, parent)
        self._load = load
        self.reload()

    def reload(self) -> None:
        self.set_rows(self._load())


class TrashDialog(ListDialog[TrashItem]):
    """Edit ▸ Restore from Trash: the deleted records, with Restore, Erase and Empty Trash."""

    model: TrashModel

    def __init__(self, services: Services, bridge: EventBridge | None = None, parent: QWidget | None = None) -> None:
        super().__init__(
            TrashModel(services.history.trash),
            name="trash",
            title=QCoreApplication.translate("TrashDialog", "Trash"),
            empty_title=QCoreApplication.translate("TrashDialog", "The Trash is empty"),
            empty_explanation=QCoreApplication.translate(
                "TrashDialog", "Records you delete wait here until you restore them or erase them for good."
            ),
            parent=parent,
        )
        self._services = services
        self.view.doubleClicked.connect(lambda _i: self.restore_selected())
        self.restore_button = self.add_button(
            self.tr("&Restore"),
            "trashRestore",
            self.restore_selected,
            self.tr("Bring the selected records back, with their links"),
        )
        self.erase_button = self.add_button(
            self.tr("&Erase…"),
            "trashErase",
            self.erase_selected,
            self.tr("Erase the selected records and their history for good"),
        )
        self.empty_button = self.add_button(self.tr("Empty &Trash…"), "trashEmptyAll", self.empty_trash)
        if bridge is not None:
            bridge.records_changed.connect(self._on_records_changed)
        self.resize(640, 420)
        self._update()

    def selected_items(self) -> list[TrashItem]:
        return self.selected_rows()

    # ----- actions -----

    def restore_selected(self) -> int:
        """Restore the selected records; each restore is one action, so Undo takes back the last one."""
        restored = 0
        for item in self.selected_items():
            try:
                if self._services.history.restore(item.record_type, item.id):
                    restored += 1
            except CardfileError as error:
                QMessageBox.warning(self, self.tr("Restore"), error_text(error))
                break
        self.model.reload()
        return restored

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.warning(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def erase_selected(self) -> int:
        items = self.selected_items()
        if not items:
            return 0
        if len(items) == 1:
            question = self.tr(
                "Erase “{name}” for good? It and its whole history leave the database; this cannot be undone."
            ).format(name=items[0].display_name)
        else:
            question = self.tr(
                "Erase %Ln record(s) for good? They and their whole history leave the database; this cannot be undone.",
                "",
                len(items),
            )
        if not self.confirm(self.tr("Erase for Good"), question):
            return 0
        erased = 0
        for item in items:
            try:
                self._services.history.erase(item.record_type, item.id)
                erased += 1
            except CardfileError as error:
                QMessageBox.warning(self, self.tr("Erase for Good"), error_text(error))
                break
        self.model.reload()
        return erased

    def empty_trash(self) -> int:
        count = self.model.rowCount()
        if not count:
            return 0
        question = self.tr("Erase all %Ln record(s) in the Trash for good? This cannot be undone.", "", count)
        if not self.confirm(self.tr("Empty Trash"), question):
            return 0
        try:
            erased = self._services.history.empty_trash()
        except CardfileError as error:
            QMessageBox.warning(self, self.tr("Empty Trash"), error_text(error))
            erased = 0
        self.model.reload()
        kept = self.model.rowCount()
        if kept:  # someone else's records: only their owner or an administrator erases them
            QMessageBox.information(
                self,
                self.tr("Empty Trash"),
                self.tr(
                    "%Ln record(s) in the Trash belong to someone else: only their owner or an administrator of the "
                    "sync server can erase them. They stay in the Trash, and anyone may restore them.",
                    "",
                    kept,
                ),
            )
        return erased

    def _on_records_changed(self, _event: RecordsChanged) -> None:
        if self.isVisible():
            selected = [item.id for item in self.selected_items()]
            self.model.reload()
            self.select_ids(selected)

    def summary_text(self, count: int) -> str:
        return self.tr("%Ln record(s) in the Trash", "", count)

    def update_buttons(self) -> None:
        chosen = bool(self.view.selectionModel().selectedRows())
        self.restore_button.setEnabled(chosen)
        self.erase_button.setEnabled(chosen)
        self.empty_button.setEnabled(self.model.rowCount() > 0)

    def showEvent(self, event: Any) -> None:
        self.model.reload()  # changes made while it was hidden
        super().showEvent(event)
