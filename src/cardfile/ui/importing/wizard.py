"""File ▸ Import: choose files → (for CSV files) map columns → preview with a duplicate decision per card →
progress with Cancel → report.

The wizard only talks to `services.importer`. The preview reads the first cards of the files on the GUI thread
(a few dozen cards, read as a stream) and is where typed errors — a file that is not vCard, a missing or unreadable
file — stop the wizard with nothing changed. The import itself runs in the TaskRunner; Cancel asks the service to
stop, and the service rolls back everything the job wrote, so the report can honestly say nothing was imported.

CSV files first get the "Map columns" page (csv_mapping_page): the mapping chosen there is what both the preview
and the import read the CSV files with.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from cardfile.domain.errors import CardfileError
from cardfile.services import Services
from cardfile.services.importer import Decision, ImportProgress, ImportReport, PreviewItem
from cardfile.ui.importing.calendar_page import CalendarPreviewPage, is_calendar
from cardfile.ui.importing.csv_mapping_page import CsvMappingPage, is_csv
from cardfile.ui.importing.problems import problem_text
from cardfile.ui.tasks import Progress, Task, TaskRunner
from cardfile.ui.widgets.basics import CellDirectionDelegate
from cardfile.ui.widgets.editors import ErrorLabel
from cardfile.ui.words import error_text, failure_text, file_name

PREVIEW_LIMIT = 50
CSV_SAMPLE_ROWS = 20  # rows read for the sample values of the mapping page
FILE_FILTER_SUFFIXES = "*.vcf *.vcard *.csv *.ics"
ModelIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str, comment: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("ImportWizard", text, comment, n)


def decision_names() -> dict[Decision, str]:
    """The choices for a card, in the person's words."""
    return {"new": _tr("Import as new"), "update": _tr("Update existing"), "skip": _tr("Skip")}


def unnamed_name() -> str:
    """The name an imported card (or CSV row) with no name, and nothing else to name it by, gets."""
    return _tr("(no name)")


def untitled_subject() -> str:
    """The subject an imported event or to-do without a title (or a place) gets."""
    return _tr("(no title)")


def match_reason(reason: str) -> str:
    return {
        "uid": _tr("same vCard UID"),
        "email": _tr("same email"),
        "phone": _tr("same phone"),
        "name": _tr("same name and company"),
    }.get(reason, reason)


class PreviewModel(QAbstractTableModel):
    """The first cards of the files, with the decision for each; only the Decision column is editable.

    A card the person has not decided about follows the wizard's default for duplicates (or is imported, when it
    duplicates nothing); `decisions()` gives just the explicit choices, which is what the service takes.
    """

    NAME, EMAIL, COMPANY, MATCH, DECISION = range(5)

    def __init__(self, items: Sequence[PreviewItem] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[PreviewItem] = list(items)
        self.default: Decision = "update"
        self._chosen: dict[str, Decision] = {}
        self._headers = [_tr("Name"), _tr("Email"), _tr("Company"), _tr("Duplicate of"), _tr("Decision")]

    def set_items(self, items: Sequence[PreviewItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self._chosen.clear()
        self.endResetModel()

    def set_default(self, decision: Decision) -> None:
        """The decision for duplicates the person has not decided about one by one."""
        self.default = decision
        if self.items:
            last = self.rowCount() - 1
            self.dataChanged.emit(self.index(0, self.DECISION), self.index(last, self.DECISION))

    def decision(self, row: int) -> Decision | None:
        item = self.items[row]
        if item.kind == "rejected":
            return None
        if item.key in self._chosen:
            return self._chosen[item.key]
        return self.default if item.match is not None else "new"

    def decisions(self) -> dict[str, Decision]:
        return dict(self._chosen)

    def choices(self, row: int) -> list[Decision]:
        """What may be chosen for a card: updating needs a duplicate to update."""
        item = self.items[row]
        if item.kind == "rejected":
            return []
        return ["update", "new", "skip"] if item.match is not None else ["new", "skip"]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.DECISION and self.choices(index.row()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item, column = self.items[index.row()], index.column()
        if role == Qt.ItemDataRole.EditRole and column == self.DECISION:
            return self.decision(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.kind == "rejected":
                return _tr("Line {line} of {file}: {reason}").format(
                    line=QLocale().toString(item.line), file=file_name(item.file), reason=problem_text(item.reason)
                )
            if item.warnings:
                return "\n".join(problem_text(warning) for warning in item.warnings)
            if column != self.DECISION:  # the whole text of a cell the column cuts short ('… (same vCard UID)')
                return self._text(item, index.row(), column) or None
        return None

    def _text(self, item: PreviewItem, row: int, column: int) -> str:
        if column == self.NAME:
            return item.display_name or _tr("(no name)")
        if column == self.EMAIL:
            if item.kind == "rejected":  # the view spans this cell over the next two: room for the reason
                return _tr("Line {line}: {reason}").format(line=item.line, reason=problem_text(item.reason))
            return item.emails[0] if item.emails else ""
        if column == self.COMPANY:
            return item.company
        if column == self.MATCH:
            if item.match is None:
                return ""
            return _tr("{name} ({reason})").format(name=item.match.display_name, reason=match_reason(item.match.reason))
        decision = self.decision(row)
        if decision is None:
            return _tr("Cannot import")
        return decision_names()[decision]

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != self.DECISION:
            return False
        if value not in self.choices(index.row()):
            return False
        self._chosen[self.items[index.row()].key] = value
        self.dataChanged.emit(index, index)
        return True


class DecisionDelegate(QStyledItemDelegate):
    """A combo box in the Decision column, offering the choices the model allows for that card."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:
        model = index.model()
        assert isinstance(model, PreviewModel)
        combo = QComboBox(parent)
        combo.setObjectName("decisionCombo")
        names = decision_names()
        for decision in model.choices(index.row()):
            combo.addItem(names[decision], decision)
        # Commit as soon as the choice changes: persistent editors never lose focus to commit on their own.
        combo.currentIndexChanged.connect(lambda _=0, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        if found >= 0 and found != editor.currentIndex():
            editor.blockSignals(True)
            editor.setCurrentIndex(found)
            editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: Any, index: ModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentData() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


# ----- pages -----


class FileList(QListWidget):
    """The files and folders to import: added with the buttons beside it or dropped on it from a file manager;
    while empty it says so."""

    dropped = Signal(list)  # the local paths dropped on it

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    @staticmethod
    def _local_paths(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[str]:
        return [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._local_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._local_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._local_paths(event)
        if paths:
            event.acceptProposedAction()
            self.dropped.emit(paths)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count():
            return
        painter = QPainter(self.viewport())  # an empty white box said nothing about what goes in it
        painter.setPen(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        painter.drawText(
            self.viewport().rect().adjusted(12, 12, -12, -12),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            _tr("Add the files to import with Add Files… or Add Folder…, or drop them here."),
        )


class FilesPage(QWizardPage):
    """Step 1: the files (or folders) to import. Leaving it reads the preview; a typed error stops here."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._csv_first = False
        self.setTitle(_tr("Choose files to import"))
        self.setSubTitle(
            _tr(
                "vCard files (.vcf, .vcard) from phones, Outlook, Gmail or Apple Contacts, CSV files, or calendar "
                "files (.ics) from Outlook, Google Calendar, Apple Calendar or Thunderbird."
            )
        )
        self.file_list = FileList()
        self.file_list.setObjectName("importFiles")
        self.file_list.dropped.connect(self.add_paths)
        self.file_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        add_files = QPushButton(_tr("Add Files…"))
        add_files.clicked.connect(self.ask_files)
        add_folder = QPushButton(_tr("Add Folder…"))
        add_folder.clicked.connect(self.ask_folder)
        remove = QPushButton(_tr("Remove"))
        remove.clicked.connect(self.remove_selected)
        buttons = QVBoxLayout()
        for button in (add_files, add_folder, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.file_list, 1)
        row.addLayout(buttons)
        self.error_label = ErrorLabel()  # red, as every mistake is: the selection colour made it look like a link
        self.error_label.setObjectName("importError")
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.error_label)

    def paths(self) -> list[str]:
        return [self.file_list.item(i).text() for i in range(self.file_list.count())]

    def explain_csv(self) -> None:
        """Coming from "Import from Outlook, Google or a CSV File": say how those programs export contacts, and
        offer CSV files first when adding files."""
        self.setSubTitle(
            _tr(
                "Outlook: File ▸ Open & Export ▸ Import/Export ▸ Export to a file ▸ Comma Separated Values. "
                "Google Contacts: Export ▸ Google CSV. Any other program's CSV file works too: you choose what "
                "each column holds next."
            )
        )
        self._csv_first = True

    def add_paths(self, paths: Sequence[str | Path]) -> None:
        known = set(self.paths())
        for path in paths:
            if str(path) not in known:
                self.file_list.addItem(str(path))
                known.add(str(path))
        self.error_label.clear_error()
        self.completeChanged.emit()

    def ask_files(self) -> None:
        filters = [
            _tr("Contact files ({patterns})").format(patterns=FILE_FILTER_SUFFIXES),
            _tr("CSV files (*.csv)"),
            _tr("All files (*)"),
        ]
        if self._csv_first:
            filters.insert(0, filters.pop(1))
        chosen, _ = QFileDialog.getOpenFileNames(self, _tr("Import Files"), "", ";;".join(filters))
        self.add_paths(chosen)

    def ask_folder(self) -> None:
        """A folder: its vCard files are read, those in folders inside it too."""
        folder = QFileDialog.getExistingDirectory(self, _tr("Import a Folder"))
        if folder:
            self.add_paths([folder])

    def remove_selected(self) -> None:
        for item in self.file_list.selectedItems():
            self.file_list.takeItem(self.file_list.row(item))
        self.completeChanged.emit()

    def show_error(self, text: str) -> None:
        self.error_label.show_error(text)

    def isComplete(self) -> bool:
        return self.file_list.count() > 0

    def validatePage(self) -> bool:
        return self._wizard.leave_files_page()

    def nextId(self) -> int:
        if self._wizard.calendar_paths():
            return ImportWizard.CALENDAR
        return ImportWizard.MAPPING if self._wizard.csv_paths() else ImportWizard.PREVIEW


class PreviewPage(QWizardPage):
    """Step 2: the first cards, what each duplicates, and what to do with it."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.setTitle(_tr("Check the cards"))
        # Every page has a subtitle: without one, Qt draws the title in the page in another size and place.
        self.setSubTitle(_tr("Choose what happens to each card that duplicates a contact already here."))
        self.model = wizard.preview_model
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.view = QTableView()
        self.view.setObjectName("previewTable")
        self.view.setModel(self.model)
        self.view.setItemDelegate(CellDirectionDelegate(self.view))  # 'Acme Ltd.' reads so in a Persian window
        self.view.setItemDelegateForColumn(PreviewModel.DECISION, DecisionDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.horizontalHeader()
        # The Decision column, the one to act on, is always in view: the others share what its combo boxes leave.
        for column in (PreviewModel.NAME, PreviewModel.EMAIL, PreviewModel.COMPANY, PreviewModel.MATCH):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PreviewModel.DECISION, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.default_combo = QComboBox()
        self.default_combo.setObjectName("defaultDecision")
        names = decision_names()
        for decision in ("update", "new", "skip"):
            self.default_combo.addItem(names[decision], decision)
        self.default_combo.currentIndexChanged.connect(lambda _=0: self.model.set_default(self.default()))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(_tr("Other duplicates:"), self.default_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        self.model.modelReset.connect(self._open_editors)

    def default(self) -> Decision:
        return self.default_combo.currentData()

    def _open_editors(self) -> None:
        """Combo boxes shown at once on the rows that have choices, so deciding takes one click."""
        self.view.clearSpans()
        for row in range(self.model.rowCount()):
            if self.model.items[row].kind == "rejected":
                self.view.setSpan(row, PreviewModel.EMAIL, 1, PreviewModel.DECISION - PreviewModel.EMAIL)
            if self.model.choices(row):
                self.view.openPersistentEditor(self.model.index(row, PreviewModel.DECISION))
        self.view.resizeColumnToContents(PreviewModel.DECISION)

    def set_summary(self, shown: int, duplicates: int, rejected: int, files: int, *, complete: bool) -> None:
        """What the preview holds: every card of the files, or the first of them (`complete` False), from how many
        files (folders counted by the files in them), how many duplicate a contact and how many cannot be
        imported."""
        cards = _tr("%Ln card(s)", "", shown)
        from_files = _tr("from %Ln file(s)", "", files)
        if complete:
            what = _tr("{cards} {files}").format(cards=cards, files=from_files)
        else:
            what = _tr("The first {cards} {files}").format(cards=cards, files=from_files)
        found = _tr("%Ln duplicate(s)", "", duplicates)
        found += ", " + _tr("%Ln not importable", "", rejected)
        text = _tr("{what}: {found}.").format(what=what, found=found)
        if not complete:
            text += " " + _tr("Cards after these are imported too; their duplicates follow the choice below.")
        self.summary.setText(text)

    def nothing_importable(self) -> bool:
        """Every card shown is one that cannot be imported."""
        return bool(self.model.items) and all(item.kind == "rejected" for item in self.model.items)

    def initializePage(self) -> None:
        QTimer.singleShot(0, self, self._choose_default_button)  # after the wizard has chosen its own

    def _choose_default_button(self) -> None:
        """Enter imports, unless no card shown can be imported: then it goes back to the files instead."""
        wizard = self.wizard()
        if wizard is None or wizard.currentPage() is not self:
            return
        commit = wizard.button(QWizard.WizardButton.CommitButton)
        back = wizard.button(QWizard.WizardButton.BackButton)
        bad = self.nothing_importable()
        if isinstance(commit, QPushButton) and isinstance(back, QPushButton):
            commit.setDefault(not bad)
            back.setDefault(bad)


class ProgressPage(QWizardPage):
    """Step 3: the import running; the wizard's Cancel stops it and the service takes back what it wrote."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(_tr("Importing"))
        self.setSubTitle(_tr("Cancel takes back everything this import wrote."))
        self.status = QLabel(_tr("Starting…"))
        self.status.setObjectName("importStatus")
        self.bar = QProgressBar()
        self.bar.setObjectName("importProgress")
        self.bar.setRange(0, 0)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addStretch(2)

    def initializePage(self) -> None:
        self.bar.setRange(0, 0)
        self.status.setText(_tr("Starting…"))
        self._wizard.start_import()

    def isComplete(self) -> bool:
        return self._wizard.report is not None

    def show_progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if message:
            self.status.setText(message)


class ReportPage(QWizardPage):
    """Step 4: what happened, and every card that was not imported or was skipped, with its file, line and why."""

    FILE, LINE, CARD, OUTCOME, REASON = range(5)

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(_tr("Import finished"))
        self.setSubTitle(_tr("What was imported, and each card that was not, with why."))
        self.counts = QLabel()
        self.counts.setObjectName("importCounts")
        self.counts.setWordWrap(True)
        self.rejected_label = QLabel(_tr("Cards that were not imported or were skipped, and why:"))
        self.rejected_table = QTableWidget(0, 5)
        self.rejected_table.setObjectName("rejectedTable")
        self.rejected_table.setHorizontalHeaderLabels(
            [_tr("File"), _tr("Line"), _tr("Card"), _tr("What happened"), _tr("Why")]
        )
        self.rejected_table.verticalHeader().hide()
        self.rejected_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejected_table.setWordWrap(False)
        self.rejected_table.setItemDelegate(CellDirectionDelegate(self.rejected_table))
        self.rejected_table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.rejected_label)
        layout.addWidget(self.rejected_table, 1)
        layout.addStretch()  # nothing rejected (the table hidden): the counts stay at the top, not mid-page

    def nextId(self) -> int:
        """The last page: Finish (by default a page leads on to the next page id, the calendar's preview)."""
        return -1

    def show_report(self, report: ImportReport) -> None:
        cards: list[tuple[dict[str, Any], str]] = []
        if report.cancelled:
            self.setTitle(_tr("Import cancelled"))
            self.counts.setText(_tr("The import was cancelled. Nothing was imported and nothing was changed."))
        else:
            self.setTitle(_tr("Import finished"))
            text = _tr("{imported} imported as new, {updated} updated, {skipped} skipped, {rejected} not imported.")
            number = QLocale().toString  # the reader's digits: '۲', not '2'
            counts = text.format(
                imported=number(report.imported),
                updated=number(report.updated),
                skipped=number(report.skipped),
                rejected=number(len(report.rejected)),
            )
            if report.imported or report.updated:
                counts += " " + _tr("Edit ▸ Undo takes the whole import back.")
            self.counts.setText(counts)
            cards = [(card, _tr("Not imported")) for card in report.rejected]
            cards += [(card, _tr("Skipped")) for card in report.skipped_cards]
            cards.sort(key=lambda entry: (str(entry[0].get("file", "")), int(entry[0].get("line", 0))))
        self.rejected_label.setVisible(bool(cards))
        self.rejected_table.setVisible(bool(cards))
        self.rejected_table.setRowCount(len(cards))
        for row, (card, outcome) in enumerate(cards):
            line = QTableWidgetItem(QLocale().toString(int(card.get("line", 0))))
            line.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            name = QTableWidgetItem(Path(str(card["file"])).name)
            name.setToolTip(str(card["file"]))
            why = problem_text(card["reason"])
            reason = QTableWidgetItem(why)
            reason.setToolTip(why)
            self.rejected_table.setItem(row, self.FILE, name)
            self.rejected_table.setItem(row, self.LINE, line)
            self.rejected_table.setItem(row, self.CARD, QTableWidgetItem(str(card.get("name") or "")))
            self.rejected_table.setItem(row, self.OUTCOME, QTableWidgetItem(outcome))
            self.rejected_table.setItem(row, self.REASON, reason)
        self.rejected_table.resizeColumnsToContents()
        self.rejected_table.horizontalHeader().setStretchLastSection(True)


# ----- the wizard -----


class ImportWizard(QWizard):
    """The whole import, start to finish. `imported(report)` is emitted when an import has written something."""

    imported = Signal(object)  # ImportReport

    FILES, MAPPING, PREVIEW, PROGRESS, REPORT, CALENDAR = range(6)

    def __init__(
        self,
        services: Services,
        tasks: TaskRunner,
        paths: Sequence[str | Path] = (),
        parent: QWidget | None = None,
        *,
        source: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(_tr("Import Contacts"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.resize(860, 560)
        self._services = services
        self._tasks = tasks
        self.task: Task | None = None
        self.report: ImportReport | None = None
        self._stop = threading.Event()
        self.preview_model = PreviewModel(parent=self)
        self.files_page = FilesPage(self)
        self.mapping_page = CsvMappingPage(services.importer, lambda: self.load_preview(self.mapping_page.show_error))
        self.preview_page = PreviewPage(self)
        self.progress_page = ProgressPage(self)
        self.report_page = ReportPage()
        self.setPage(self.FILES, self.files_page)
        self.setPage(self.MAPPING, self.mapping_page)
        self.setPage(self.PREVIEW, self.preview_page)
        self.setPage(self.PROGRESS, self.progress_page)
        self.setPage(self.REPORT, self.report_page)
        self.calendar_page = CalendarPreviewPage(self.PROGRESS)
        self.calendar_page.setCommitPage(True)
        self.setPage(self.CALENDAR, self.calendar_page)
        self.setButtonText(QWizard.WizardButton.CommitButton, _tr("Import"))
        self.preview_page.setCommitPage(True)
        self.progress_page.setCommitPage(True)  # no way back to a preview of cards already imported
        self.files_page.add_paths(paths)
        if source == "csv":
            self.files_page.explain_csv()

    @property
    def is_importing(self) -> bool:
        return self.task is not None and not self.task.is_done

    def calendar_paths(self) -> list[str]:
        """The calendar files (.ics) chosen: imported as activities, apart from vCard and CSV files."""
        return [path for path in self.files_page.paths() if is_calendar(path)]

    def csv_paths(self) -> list[str]:
        return [path for path in self.files_page.paths() if is_csv(path)]

    def csv_mapping(self) -> dict[str, str] | None:
        """The mapping the CSV files are read with: the mapping page's, when there are CSV files."""
        return self.mapping_page.mapping() if self.csv_paths() else None

    def leave_files_page(self) -> bool:
        """Go on to the column mapping when there are CSV files, else straight to the preview."""
        calendars = self.calendar_paths()
        if calendars:
            if len(calendars) != len(self.files_page.paths()):
                self.files_page.show_error(_tr("Import calendar files (.ics) apart from vCard and CSV files."))
                return False
            return self.load_calendar_preview(calendars)
        csv_paths = self.csv_paths()
        if not csv_paths:
            return self.load_preview(self.files_page.show_error)
        return self.load_csv_columns(csv_paths)

    def load_csv_columns(self, paths: list[str]) -> bool:
        """Read the CSV files' layout, headers and first rows for the mapping page; a file that is not CSV (or
        cannot be read) stops on the files page. Coming back with the same files keeps the person's choices."""
        if paths == self.mapping_page.files():
            return True
        try:
            previews = [(path, self._services.importer.preview_csv(path, rows=CSV_SAMPLE_ROWS)) for path in paths]
        except CardfileError as error:
            self.files_page.show_error(error_text(error))
            return False
        self.mapping_page.show_files(previews)
        return True

    def load_preview(self, show_error: Callable[[str], None]) -> bool:
        """Read the first cards; on a typed error say what is wrong on the page being left and stay there."""
        try:
            items = self._services.importer.preview(
                self.files_page.paths(), limit=PREVIEW_LIMIT, csv_mapping=self.csv_mapping(), unnamed=unnamed_name()
            )
        except CardfileError as error:
            show_error(error_text(error))
            return False
        self.preview_model.set_items(items)
        self.preview_model.set_default(self.preview_page.default())
        self.preview_page.set_summary(
            shown=len(items),
            duplicates=sum(item.match is not None for item in items),
            rejected=sum(item.kind == "rejected" for item in items),
            files=len(self._services.importer.files(self.files_page.paths())),  # a folder counts by its files
            complete=len(items) < PREVIEW_LIMIT,
        )
        return True

    def load_calendar_preview(self, paths: list[str]) -> bool:
        """Read the first events and to-dos of the calendar files; a file that is not iCalendar stops here."""
        try:
            items = self._services.calendar_files.preview_ics(paths, limit=PREVIEW_LIMIT, untitled=untitled_subject())
        except CardfileError as error:
            self.files_page.show_error(error_text(error))
            return False
        self.calendar_page.show_items(items, len(paths))
        return True

    def start_calendar_import(self, paths: list[str]) -> None:
        """Import the calendar files as one step to undo (quick, so it runs to its end: no Cancel meanwhile)."""
        calendar_files = self._services.calendar_files
        on_duplicate = self.calendar_page.on_duplicate()
        untitled = untitled_subject()  # stored as the subject: in the reader's language, as if they had typed it

        def job(_progress: Progress, _cancel: threading.Event) -> ImportReport:
            return calendar_files.import_ics(paths, on_duplicate=on_duplicate, untitled=untitled)  # type: ignore[arg-type]

        self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        self.task = self._tasks.run(job, title=_tr("Importing calendar files"), cancellable=False)
        self.task.succeeded.connect(self._on_finished)
        self.task.failed.connect(self._on_failed)

    def start_import(self) -> None:
        calendars = self.calendar_paths()
        if calendars:
            self.start_calendar_import(calendars)
            return
        importer = self._services.importer
        paths = self.files_page.paths()
        on_duplicate = self.preview_page.default()
        decisions = self.preview_model.decisions()
        csv_mapping = self.csv_mapping()
        stop = self._stop

        unnamed = unnamed_name()  # stored as the name: in the reader's language, as if they had typed it

        def job(progress: Progress, cancel: threading.Event) -> ImportReport:
            def report_progress(news: ImportProgress) -> None:
                message = _tr("%Ln card(s) read: {imported} new, {updated} updated", "", news.cards).format(
                    imported=news.imported, updated=news.updated
                )
                progress(int(news.fraction * 1000), 1000, message)

            return importer.import_files(
                paths,
                on_duplicate=on_duplicate,
                decisions=decisions,
                csv_mapping=csv_mapping,
                progress=report_progress,
                cancel=lambda: stop.is_set() or cancel.is_set(),
                unnamed=unnamed,
            )

        # Not cancellable from the status bar: the wizard's own Cancel is the way, so the report always arrives.
        self.task = self._tasks.run(job, title=_tr("Importing contacts"), cancellable=False)
        self.task.progressed.connect(self.progress_page.show_progress)
        self.task.succeeded.connect(self._on_finished)
        self.task.failed.connect(self._on_failed)
        self.task.cancelled.connect(lambda: self._on_finished(ImportReport("", paths, cancelled=True)))

    def cancel_import(self) -> None:
        """Ask the running import to stop; it rolls back and the report page says so."""
        if self.is_importing:
            self._stop.set()
            self.progress_page.status.setText(_tr("Cancelling: taking back what was imported…"))
            self.button(QWizard.WizardButton.CancelButton).setEnabled(False)

    def _on_finished(self, report: ImportReport) -> None:
        self.report = report
        self.report_page.show_report(report)
        self.progress_page.completeChanged.emit()
        if not report.cancelled and (report.imported or report.updated):
            self.imported.emit(report)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        if self.currentId() == self.PROGRESS:
            self.next()

    def _on_failed(self, error: BaseException) -> None:
        text = failure_text(error)  # a bug: the crash dialog has the details
        self.report = ImportReport("", self.files_page.paths(), cancelled=True)
        self.report_page.show_report(self.report)
        self.report_page.setTitle(_tr("Import failed"))
        if getattr(error, "code", None) != "import_partly_kept":  # that one says itself what stayed
            text += " " + _tr("Nothing was imported.")
        self.report_page.counts.setText(text)
        self.progress_page.completeChanged.emit()
        self.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        if self.currentId() == self.PROGRESS:
            self.next()

    def reject(self) -> None:
        if self.is_importing:  # Cancel while importing stops the import; the wizard stays for the report
            self.cancel_import()
            return
        super().reject()
