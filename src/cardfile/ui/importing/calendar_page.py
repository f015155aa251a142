"""The import wizard's page for calendar files (.ics): the first events and to-dos, when each is, which an earlier
import brought in already (matched by UID), and which cannot be imported and why; and what to do with those
imported before (update them, or leave them alone). The import itself is `services.calendar_files.import_ics`,
one step to undo, with the same report as a vCard import.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from cardfile.services.calendar_files import ICS_SUFFIXES, CalendarPreview
from cardfile.ui.dates import format_date, format_datetime
from cardfile.ui.importing.problems import problem_text


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("ImportWizard", text, disambiguation, n)


def is_calendar(path: str) -> bool:
    return Path(path).suffix.lower() in ICS_SUFFIXES


class CalendarPreviewPage(QWizardPage):
    """What the calendar files hold, before anything is written."""

    def __init__(self, next_page: int) -> None:
        super().__init__()
        self._next_page = next_page  # the wizard's progress page
        self.setTitle(_tr("Check the events and to-dos"))
        self.summary = QLabel()
        self.summary.setObjectName("calendarSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("calendarPreview")
        self.table.setHorizontalHeaderLabels([_tr("Subject"), _tr("When"), _tr("Repeats"), _tr("Already imported")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.duplicates = QComboBox()
        self.duplicates.setObjectName("calendarDuplicates")
        self.duplicates.addItem(_tr("Update them from the file"), "update")
        self.duplicates.addItem(_tr("Leave them as they are"), "skip")
        form = QFormLayout()
        form.addRow(_tr("Items imported before:"), self.duplicates)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)

    def nextId(self) -> int:
        return self._next_page

    def on_duplicate(self) -> str:
        return str(self.duplicates.currentData())

    def show_items(self, items: Sequence[CalendarPreview], files: int) -> None:
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            if item.kind == "rejected":
                cells = [_tr("(line {line})").format(line=item.line), problem_text(item.reason), "", ""]
            else:
                if item.start is None:
                    when = _tr("no date")
                elif item.all_day or item.timeless:
                    when = format_date(item.start.date())
                else:
                    when = format_datetime(item.start)
                repeats = _tr("repeats") if item.repeats else (_tr("one occurrence") if item.occurrence else "")
                cells = [item.subject or _tr("(no subject)"), when, repeats, _tr("yes") if item.existing else ""]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if item.kind == "rejected":
                    cell.setToolTip(
                        _tr("Line {line} of {file}: {reason}").format(
                            line=item.line, file=item.file, reason=problem_text(item.reason)
                        )
                    )
                self.table.setItem(row, column, cell)
            if item.kind == "rejected":
                self.table.setSpan(row, 1, 1, 3)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        rejected = sum(i.kind == "rejected" for i in items)
        known = sum(bool(i.existing) for i in items)
        text = _tr(
            "{files}: the first %Ln item(s), {known} imported before, {rejected} not importable.", "", len(items)
        )
        more = _tr("Items after these are imported too.")
        files_text = _tr("%Ln file(s)", "", files)
        self.summary.setText(text.format(files=files_text, known=known, rejected=rejected) + " " + more)
