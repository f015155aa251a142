"""The dialog for an unexpected error (a bug): what happened in plain words, where the log is, "Copy details"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cardfile.ui.words import file_name


class CrashDialog(QDialog):
    """Shown once per burst of errors: further errors while it is open are added to it, not stacked as dialogs."""

    def __init__(self, action: str, details: str, log: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Cardfile ran into a problem"))
        self.log = log
        self.count = 1
        self.details_text = details

        self.summary = QLabel()
        self.summary.setObjectName("crashSummary")
        self.summary.setWordWrap(True)
        self.summary.setText(
            self.tr(
                "Something unexpected went wrong while: {action}.\n\n"
                "What you were changing was either saved whole or not at all: the database is never left "
                "half-written. You can go on working; if it happens again, please send the details to whoever "
                "looks after Cardfile for you."
            ).format(action=action)
        )
        self.where = QLabel()
        self.where.setObjectName("crashLog")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if log is not None:
            self.where.setText(self.tr("The details are in the log file {path}").format(path=file_name(log)))
        else:
            self.where.setText(self.tr("The details could not be written to a log file; copy them from here."))
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("crashDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumHeight(160)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setObjectName("copyDetails")
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_log_button = QPushButton(self.tr("Open Log Folder"))
        self.open_log_button.setObjectName("openLogFolder")
        self.open_log_button.setEnabled(log is not None)
        self.open_log_button.clicked.connect(self.open_log_folder)
        buttons.addButton(self.open_log_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.where)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def add(self, details: str) -> None:
        """Another error while the dialog is open: its details are appended and the title says how many."""
        self.count += 1
        self.details_text += "\n" + details
        self.details.setPlainText(self.details_text)
        self.setWindowTitle(self.tr("Cardfile ran into %Ln problem(s)", "", self.count))

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text)
        self.copy_button.setText(self.tr("Copied"))

    def open_log_folder(self) -> None:
        if self.log is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log.parent)))
