"""The Conflicts view (Sync ▸ Conflicts): the values sync replaced, side by side with the ones it kept.

When two people change the same field before they sync, the newer edit wins everywhere and the other is kept in
the conflict log instead of vanishing. Here a person sees both, with who wrote each, and decides: keep the current
value, or use the other one (a new edit, which syncs like any other). The list is read and described on the task
runner, and decisions are made there too, so a long list never holds up the window.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from cardfile.services import Services
from cardfile.services.sync import ConflictRead
from cardfile.ui.dialogs.list_dialog import ListColumn, ListDialog, RowsModel
from cardfile.ui.dialogs.trash import kind_name
from cardfile.ui.records.card import describe_value, names_of
from cardfile.ui.sync.controller import SyncController, described_error
from cardfile.ui.tasks import Progress
from cardfile.ui.words import field_name

LOAD_KEY = "sync-conflicts"
PICTURE_FIELDS = ("photo", "logo")


def _t(text: str) -> str:
    return QCoreApplication.translate("Conflicts", text)


@dataclass(frozen=True, slots=True)
class _Side:
    """One value of a conflicting field, in the shape describe_value reads."""

    field: str
    value: Any


@dataclass(frozen=True, slots=True)
class ConflictRow:
    """A conflict as the list shows it: the read model and its two values already put into words."""

    conflict: ConflictRead
    current: str
    other: str


def value_text(field: str, value: Any, name_of: Callable[[str, str], str]) -> str:
    """A conflicting value as one short line: the card's wording, with the cases only a conflict has."""
    if field == "deleted_at":
        return _t("in the Trash") if value else _t("not deleted")
    if field in PICTURE_FIELDS and value:
        return _t("(picture)")
    return describe_value(_Side(field, value), name_of)


def describe_conflicts(conflicts: Sequence[ConflictRead], name_of: Callable[[str, str], str]) -> list[ConflictRow]:
    return [
        ConflictRow(c, value_text(c.field, c.current, name_of), value_text(c.field, c.other, name_of))
        for c in conflicts
    ]


class ConflictsModel(RowsModel[ConflictRow]):
    """Open conflicts, newest first: record, field, the current value and its author, the other and its author."""

    def __init__(self, parent: QObject | None = None) -> None:
        stretch, interactive = QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Interactive

        def record(row: ConflictRow) -> str:
            return row.conflict.record_name or _t("(no name)")

        def record_tip(row: ConflictRow) -> str:
            return _t("{kind}: {name}").format(kind=kind_name(row.conflict.record_type), name=record(row))

        columns = [
            ListColumn[ConflictRow]("record", _t("Record"), record, record_tip, resize=interactive, width=160),
            ListColumn[ConflictRow]("field", _t("Field"), lambda r: field_name(r.conflict.field)),
            ListColumn[ConflictRow]("current", _t("Current value"), lambda r: r.current, resize=stretch),
            ListColumn[ConflictRow]("current_user", _t("Written by"), lambda r: self._author(r.conflict.current_user)),
            ListColumn[ConflictRow]("other", _t("Other value"), lambda r: r.other, resize=stretch),
            ListColumn[ConflictRow]("other_user", _t("Written by"), lambda r: self._author(r.conflict.other_user)),
        ]
        super().__init__(columns, lambda row: row.conflict.id, parent)
        self.own_user = ""  # shown as "(you)"

    def _author(self, user: str) -> str:
        return _t("{user} (you)").format(user=user) if user and user == self.own_user else user


class ConflictsDialog(ListDialog[ConflictRow]):
    """Sync ▸ Conflicts: review what sync replaced and keep the current value or use the other one."""

    model: ConflictsModel
    record_requested = Signal(str, str)  # record type, id: "Open Record" shows it in the main window
    loaded = Signal()  # the list shows the conflicts as they are now

    def __init__(self, services: Services, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(
            ConflictsModel(),
            name="conflicts",
            title=QCoreApplication.translate("ConflictsDialog", "Sync Conflicts"),
            intro=QCoreApplication.translate(
                "ConflictsDialog",
                "These fields were changed on two computers before they synced. Each record shows the newer "
                "value; the other one is kept here, so nothing is lost. Keep the current value, or use the other.",
            ),
            empty_title=QCoreApplication.translate("ConflictsDialog", "No conflicts"),
            empty_explanation=QCoreApplication.translate(
                "ConflictsDialog",
                "When two people change the same field before they sync, the newer value is used and the other "
                "waits here for you to review.",
            ),
            parent=parent,
        )
        self._services = services
        self._controller = controller
        self._deciding = 0  # decisions sent to the background and not finished
        self.open_button = self.add_button(self.tr("&Open Record"), "conflictOpen", self.open_selected)
        self.keep_button = self.add_button(
            self.tr("&Keep Current"),
            "conflictKeep",
            lambda: self.decide(take_other=False),
            self.tr("The record keeps the value it has; the other one is set aside"),
        )
        self.use_other_button = self.add_button(
            self.tr("&Use Other"),
            "conflictUseOther",
            lambda: self.decide(take_other=True),
            self.tr("The record takes the other value; it syncs to everyone"),
        )
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        controller.conflicts_changed.connect(self._reload_if_shown)
        self.resize(860, 420)
        self._update()

    # ----- loading -----

    def reload(self) -> None:
        """Read the open conflicts and put their values into words, in the background; `loaded` when shown."""
        service, name_of = self._services.sync, names_of(self._services)

        def load(_progress: Progress, _cancel: threading.Event) -> list[ConflictRow]:
            return describe_conflicts(service.conflicts(), name_of)

        self._controller.tasks.run(load, key=LOAD_KEY, announce=False, on_done=self._show_rows)

    def _show_rows(self, rows: list[ConflictRow]) -> None:
        selected = {row.conflict.id for row in self.selected_rows()}
        status = self._controller.status
        self.model.own_user = (status.user or "") if status is not None else ""
        self.model.set_rows(rows)
        self.select_ids(selected)
        self.select_first()  # the keyboard can decide at once
        self.loaded.emit()

    def _reload_if_shown(self) -> None:
        if self.isVisible():
            self.reload()

    def showEvent(self, event: Any) -> None:
        self.reload()  # decisions and syncs made while it was hidden
        super().showEvent(event)

    # ----- deciding -----

    def decide(self, *, take_other: bool) -> int:
        """Keep the current values of the selected conflicts, or use the other ones; returns how many were sent."""
        ids = [row.conflict.id for row in self.selected_rows()]
        if not ids or self._deciding:
            return 0
        self.error.hide()
        task = self._controller.resolve_conflicts(ids, take_other=take_other)
        task.failed.connect(self._show_error)
        task.finished.connect(self._on_decided)
        self._deciding += 1
        self._update()
        return len(ids)

    def _on_decided(self) -> None:
        self._deciding -= 1
        self._update()
        self.reload()

    def _show_error(self, error: BaseException) -> None:
        self.show_error(described_error(error))

    def open_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.record_requested.emit(rows[0].conflict.record_type, rows[0].conflict.record_id)

    def summary_text(self, count: int) -> str:
        return self.tr("%Ln conflict(s) to review", "", count)

    def update_buttons(self) -> None:
        chosen = bool(self.view.selectionModel().selectedRows()) and not self._deciding
        self.keep_button.setEnabled(chosen)
        self.use_other_button.setEnabled(chosen)
        self.open_button.setEnabled(len(self.selected_rows()) == 1)
