"""Lookup ▸ Find Duplicates: the scan of every person (or company) in the background, with progress and Stop; the
groups it found, best first, each with its score and why its cards look alike; and for the selected group Compare
and Merge, Not Duplicates (never proposed again, on any device) and Open."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cardfile.domain.errors import CardfileError
from cardfile.services import Services
from cardfile.services.duplicates import DuplicateGroup, DuplicateScan, NotDuplicateRead
from cardfile.services.merging import MergeRead
from cardfile.ui.dates import format_datetime
from cardfile.ui.dialogs.list_dialog import ListColumn, ListDialog, RowsModel
from cardfile.ui.duplicates.merge_dialog import MergeDialog
from cardfile.ui.duplicates.words import reason_text, reasons_text
from cardfile.ui.tasks import Progress, Task, TaskRunner
from cardfile.ui.widgets.basics import dim
from cardfile.ui.words import error_text


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("DuplicatesDialog", text, "", n)


def group_names(group: DuplicateGroup) -> str:
    return " · ".join(name or _t("(no name)") for name in group.names)


def group_reasons(group: DuplicateGroup) -> str:
    """Why the group's best pair looks alike."""
    best = max(group.pairs, key=lambda p: p.score)
    return reasons_text(best.reasons)


def group_details(group: DuplicateGroup) -> str:
    """Every pair of a group with its score and reasons, one a line (the row's tooltip)."""
    names = dict(zip(group.ids, group.names, strict=True))
    return "\n".join(
        _t("{first} and {second}: {score} — {why}").format(
            first=names[p.first_id],
            second=names[p.second_id],
            score=QLocale().toString(p.score),
            why="; ".join(reason_text(r) for r in p.reasons),
        )
        for p in group.pairs
    )


def nothing_found() -> str:
    return _t(
        "No two cards share an email address or a phone number, or have the same name with the same company, "
        "address or birthday. Pairs you marked as not duplicates are not shown again."
    )


def group_id(group: DuplicateGroup) -> str:
    return "|".join(group.ids)


class GroupsModel(RowsModel[DuplicateGroup]):
    """The groups of a scan: the cards, the score, why."""

    def __init__(self, parent: QObject | None = None) -> None:
        stretch = QHeaderView.ResizeMode.Stretch
        columns = [
            ListColumn[DuplicateGroup]("cards", _t("Cards"), group_names, group_details, resize=stretch),
            ListColumn[DuplicateGroup]("score", _t("Score"), lambda g: QLocale().toString(g.score), group_details),
            ListColumn[DuplicateGroup]("why", _t("Why"), group_reasons, group_details, resize=stretch),
        ]
        super().__init__(columns, group_id, parent)


class DuplicatesDialog(ListDialog[DuplicateGroup]):
    """The duplicates of people or companies, found in the background."""

    model: GroupsModel
    record_requested = Signal(str, str)  # record type, id: open this card in its page
    merged = Signal(object)  # list[MergeRead]

    def __init__(self, services: Services, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(
            GroupsModel(),
            name="duplicates",
            title=_t("Duplicates"),
            empty_title=_t("No duplicates found"),
            empty_explanation=nothing_found(),
            parent=parent,
        )
        self._services = services
        self._tasks = tasks
        self.task: Task | None = None
        self.scan_result: DuplicateScan | None = None
        self.merge_dialog: MergeDialog | None = None
        self.marked_dialog: MarkedPairsDialog | None = None

        self.kind_box = QComboBox()
        self.kind_box.setObjectName("duplicatesKind")
        self.kind_box.addItem(self.tr("People"), "contact")
        self.kind_box.addItem(self.tr("Companies"), "company")
        self.kind_box.currentIndexChanged.connect(lambda _i: self.scan())
        among = QLabel(self.tr("&Look among:"))
        among.setBuddy(self.kind_box)
        self.scan_button = QPushButton(self.tr("&Scan Again"))
        self.scan_button.setObjectName("duplicatesScan")
        self.scan_button.clicked.connect(self.scan)
        self.progress = QProgressBar()
        self.progress.setObjectName("duplicatesProgress")
        self.progress.setTextVisible(True)
        self.stage = dim(QLabel())
        self.stage.setObjectName("duplicatesStage")
        self.stop_button = QPushButton(self.tr("S&top"))
        self.stop_button.setObjectName("duplicatesStop")
        self.stop_button.clicked.connect(self.stop)
        top = QHBoxLayout()
        top.addWidget(among)
        top.addWidget(self.kind_box)
        top.addWidget(self.scan_button)
        top.addSpacing(12)
        top.addWidget(self.stage)
        top.addWidget(self.progress, 3)
        top.addWidget(self.stop_button)
        top.addStretch(1)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertLayout(0, top)

        self.view.doubleClicked.connect(lambda _i: self.compare_selected())
        for key in ("Return", "Enter"):  # the keyboard's double click
            compare = QShortcut(QKeySequence(key), self.view)
            compare.setContext(Qt.ShortcutContext.WidgetShortcut)
            compare.activated.connect(self.compare_selected)
        self.view.setSelectionMode(self.view.SelectionMode.SingleSelection)
        self.compare_button = self.add_button(
            self.tr("&Compare and Merge…"),
            "duplicatesMerge",
            self.compare_selected,
            self.tr("Show the cards side by side and merge them into one"),
        )
        self.not_button = self.add_button(
            self.tr("&Not Duplicates"),
            "duplicatesNot",
            self.mark_selected,
            self.tr("These are different people (or companies): never propose them again"),
        )
        self.open_button = self.add_button(
            self.tr("&Open"), "duplicatesOpen", self.open_selected, self.tr("Show the first card in its list")
        )
        self.marked_button = QPushButton(self.tr("&Marked Pairs…"))
        self.marked_button.setObjectName("duplicatesMarked")
        self.marked_button.setToolTip(self.tr("The pairs marked as not duplicates, to take a mark back"))
        self.marked_button.clicked.connect(self.show_marked)
        top.addWidget(self.marked_button)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.resize(900, 520)
        self._set_scanning(False)

    def record_type(self) -> str:
        return str(self.kind_box.currentData())

    # ----- scanning -----

    def scan(self) -> Task:
        """Look for duplicates in the background; the list fills when the scan is done."""
        if self.task is not None and not self.task.is_done:
            self.task.cancel()
        record_type = self.record_type()
        duplicates = self._services.duplicates
        # the stage in the reader's words, for this dialog and the status bar alike (looked up here: a worker asks
        # Qt for no translation; the status bar had shown the stage's key, "reading")
        stages = {
            "reading": self.tr("Reading the cards…"),
            "comparing": self.tr("Comparing…"),
            "grouping": self.tr("Grouping…"),
        }

        def job(progress: Progress, cancel: threading.Event) -> DuplicateScan:
            return duplicates.scan(record_type, progress=lambda done, total, stage: progress(done, total,
                                   stages.get(stage, "")), cancel=cancel)  # fmt: skip

        self.model.set_rows([])
        self.error.hide()
        self.empty.title.setText(self.tr("Looking for duplicates…"))
        self.empty.explanation.setText(self.tr("This takes a few seconds in a large address book."))
        task = self._tasks.run(job, title=self.tr("Looking for duplicates"), key="duplicate-scan")
        task.progressed.connect(self._on_progress)
        task.succeeded.connect(self._on_scanned)
        task.failed.connect(self._on_failed)
        task.finished.connect(lambda: self._set_scanning(False) if self.task is task else None)
        self.task = task
        self._set_scanning(True)
        return task

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.empty.title.setText(self.tr("The scan was stopped"))
            self.empty.explanation.setText(self.tr("Scan Again looks for duplicates from the start."))

    def _set_scanning(self, scanning: bool) -> None:
        for widget in (self.progress, self.stage, self.stop_button):
            widget.setVisible(scanning)
        self.scan_button.setEnabled(not scanning)
        if not scanning:
            self.progress.reset()

    def _on_progress(self, done: int, total: int, stage: str) -> None:
        self.stage.setText(stage)
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total) if total else 0)

    def _on_scanned(self, found: DuplicateScan) -> None:
        self.scan_result = found
        self.empty.title.setText(self.tr("No duplicates found"))
        self.empty.explanation.setText(nothing_found())
        self.model.set_rows(found.groups)
        self.select_first()

    def _on_failed(self, error: BaseException) -> None:
        self.empty.title.setText(self.tr("The scan failed"))
        self.empty.explanation.setText("")
        if isinstance(error, CardfileError):
            self.show_error(error_text(error))

    # ----- the selected group -----

    def selected_group(self) -> DuplicateGroup | None:
        rows = self.selected_rows()
        return rows[0] if rows else None

    def compare_selected(self) -> MergeDialog | None:
        """The merge view of the selected group."""
        group = self.selected_group()
        if group is None:
            return None
        dialog = MergeDialog(self._services, group.ids, self)
        dialog.merged.connect(lambda made, g=group: self._on_merged(g, made))
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    def _on_merged(self, group: DuplicateGroup, made: list[MergeRead]) -> None:
        self._drop(group)
        self.merged.emit(made)

    def mark_selected(self) -> int:
        """The selected group's cards are different people (or companies): every pair of them is marked."""
        group = self.selected_group()
        if group is None:
            return 0
        try:
            marked = self._services.duplicates.mark_not_duplicates(list(group.ids), record_type=group.record_type)
        except CardfileError as error:
            self.show_error(error_text(error))
            return 0
        self._drop(group)
        return marked

    def show_marked(self) -> MarkedPairsDialog:
        """The pairs marked as not duplicates; a mark taken back brings its pair back at the next scan."""
        dialog = MarkedPairsDialog(self._services, self.record_type(), self)
        marked = dialog.model.rowCount()
        dialog.finished.connect(lambda _r: self.scan() if dialog.model.rowCount() != marked else None)
        self.marked_dialog = dialog
        dialog.open()
        return dialog

    def open_selected(self) -> None:
        group = self.selected_group()
        if group is not None:
            self.record_requested.emit(group.record_type, group.ids[0])

    def _drop(self, group: DuplicateGroup) -> None:
        row = next((n for n, g in enumerate(self.model.rows()) if g.ids == group.ids), None)
        self.model.set_rows([g for g in self.model.rows() if g.ids != group.ids])
        if row is not None and self.model.rowCount():
            selection = self.view.selectionModel()
            flags = selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows
            selection.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0), flags)

    # ----- what the list says -----

    def summary_text(self, count: int) -> str:
        return self.tr("%Ln group(s) of possible duplicates", "", count)

    def update_buttons(self) -> None:
        chosen = bool(self.view.selectionModel().selectedRows())
        for button in (self.compare_button, self.not_button, self.open_button):
            button.setEnabled(chosen)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.task is None:
            self.scan()

    def done(self, result: int) -> None:
        if self.task is not None and not self.task.is_done:
            self.task.cancel()
        super().done(result)


class MarkedPairsDialog(ListDialog[NotDuplicateRead]):
    """The pairs marked as not duplicates, newest first, with Take Back (they may be proposed again)."""

    def __init__(self, services: Services, record_type: str, parent: QWidget | None = None) -> None:
        stretch = QHeaderView.ResizeMode.Stretch
        columns = [
            ListColumn[NotDuplicateRead]("first", _t("Card"), lambda m: m.first_name, resize=stretch),
            ListColumn[NotDuplicateRead]("second", _t("Card"), lambda m: m.second_name, resize=stretch),
            ListColumn[NotDuplicateRead]("marked", _t("Marked"), lambda m: format_datetime(m.marked_at)),
        ]
        super().__init__(
            RowsModel(columns, lambda m: m.id),
            name="marked",
            title=_t("Not Duplicates"),
            empty_title=_t("No pairs are marked"),
            empty_explanation=_t("Cards you mark as not duplicates in the Duplicates view are listed here."),
            parent=parent,
        )
        self._services = services
        self._record_type = record_type
        self.take_back_button = self.add_button(
            self.tr("&Take Back"),
            "markedTakeBack",
            self.take_back_selected,
            self.tr("These may be duplicates after all: propose them again"),
        )
        self.resize(640, 380)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self._services.duplicates.not_duplicates(self._record_type))
        self.select_first()

    def take_back_selected(self) -> int:
        taken = 0
        for mark in self.selected_rows():
            taken += self._services.duplicates.unmark_not_duplicates(
                [mark.first_id, mark.second_id], record_type=self._record_type
            )
        self.reload()
        return taken

    def summary_text(self, count: int) -> str:
        return self.tr("%Ln pair(s) marked as not duplicates", "", count)

    def update_buttons(self) -> None:
        self.take_back_button.setEnabled(bool(self.view.selectionModel().selectedRows()))
