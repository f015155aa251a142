"""Lookup ▸ Merge History: every merge, newest first — which card went into which, when, by whom, and whether it was
taken back — with Unmerge, which gives both cards back as they were (with their attachments), keeping what was
changed on the card that stayed since; and Open, which shows the card that stayed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from cardfile.domain.errors import CardfileError
from cardfile.services import Services
from cardfile.services.events import RecordsChanged
from cardfile.services.merging import MergeRead
from cardfile.ui.dates import format_datetime
from cardfile.ui.dialogs.list_dialog import ListColumn, ListDialog, RowsModel
from cardfile.ui.duplicates.words import merge_error_text
from cardfile.ui.event_bridge import EventBridge


def _t(text: str) -> str:
    return QCoreApplication.translate("MergesDialog", text)


def merge_state(m: MergeRead) -> str:
    if m.undone:
        return _t("undone")
    if m.unmerged_at is not None:
        return _t("unmerged {when}").format(when=format_datetime(m.unmerged_at))
    return _t("merged")


class MergesModel(RowsModel[MergeRead]):
    def __init__(self, parent: QObject | None = None) -> None:
        stretch = QHeaderView.ResizeMode.Stretch
        columns = [
            ListColumn[MergeRead]("when", _t("Merged"), lambda m: format_datetime(m.merged_at)),
            ListColumn[MergeRead]("merged", _t("Card merged away"), lambda m: m.merged_name, resize=stretch),
            ListColumn[MergeRead]("into", _t("Into the card"), lambda m: m.survivor_name, resize=stretch),
            ListColumn[MergeRead]("state", _t("State"), merge_state),
        ]
        super().__init__(columns, lambda m: m.id, parent)


class MergesDialog(ListDialog[MergeRead]):
    """The merges of this database (or of one card), with Unmerge."""

    model: MergesModel
    record_requested = Signal(str, str)  # record type, id

    def __init__(self, services: Services, bridge: EventBridge | None = None, parent: QWidget | None = None) -> None:
        super().__init__(
            MergesModel(),
            name="merges",
            title=_t("Merge History"),
            empty_title=_t("No merges yet"),
            empty_explanation=_t(
                "Cards you merge with Lookup ▸ Find Duplicates are listed here; Unmerge gives both cards back."
            ),
            parent=parent,
        )
        self._services = services
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        self.unmerge_button = self.add_button(
            self.tr("&Unmerge"),
            "mergesUnmerge",
            self.unmerge_selected,
            self.tr("Give both cards back as they were before the merge, with everything attached"),
        )
        self.open_button = self.add_button(
            self.tr("&Open"), "mergesOpen", self.open_selected, self.tr("Show the card that stayed")
        )
        if bridge is not None:
            bridge.records_changed.connect(self._on_records_changed)
        self.resize(760, 420)
        self.reload()

    def reload(self) -> None:
        selected = [m.id for m in self.selected_rows()]
        self.model.set_rows(self._services.merging.merges())
        self.select_ids(selected)
        self.select_first()

    # ----- actions -----

    def unmerge_selected(self) -> MergeRead | None:
        """Take the selected merge back (one action: Undo merges again)."""
        rows = self.selected_rows()
        if not rows:
            return None
        try:
            done = self._services.merging.unmerge(rows[0].id)
        except CardfileError as error:
            QMessageBox.warning(self, self.tr("Unmerge"), merge_error_text(error))
            return None
        self.reload()
        self.select_ids([done.id])
        return done

    def open_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            m = rows[0]
            shown = m.survivor_id if m.active else m.merged_id
            self.record_requested.emit(m.record_type, shown)

    def _on_records_changed(self, _event: RecordsChanged) -> None:
        if self.isVisible():
            self.reload()

    def summary_text(self, count: int) -> str:
        return self.tr("%Ln merge(s)", "", count)

    def update_buttons(self) -> None:
        rows = self.selected_rows()
        self.unmerge_button.setEnabled(bool(rows) and rows[0].active)
        self.open_button.setEnabled(bool(rows))

    def showEvent(self, event: Any) -> None:
        self.reload()
        super().showEvent(event)
