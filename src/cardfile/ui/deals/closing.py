"""Closing a deal as won or lost, with a reason from a list the person extends by typing a new one.

The dialog opens window-modal (`open()`), and OK closes the deal as one action (Ctrl+Z reopens it). A reason typed
in another case than a listed one takes the list's spelling; a new reason joins the list in the same action.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from cardfile.domain.errors import CardfileError
from cardfile.services import Services
from cardfile.ui.deals.texts import seeded_name
from cardfile.ui.widgets.basics import on_reading_side
from cardfile.ui.widgets.editors import ErrorLabel
from cardfile.ui.words import error_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("CloseDeal", text)


class CloseDealDialog(QDialog):
    """Won or lost, and why."""

    closed = Signal(str)  # the deal's id, once it is closed

    def __init__(self, services: Services, deal_id: str, *, won: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closeDealDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._services = services
        self.deal_id = deal_id
        self.won = won
        deal = services.deals.get(deal_id)
        self.setWindowTitle(_tr("Deal Won") if won else _tr("Deal Lost"))
        prompt = _tr("Why was “{deal}” won?") if won else _tr("Why was “{deal}” lost?")
        self.prompt = on_reading_side(QLabel(prompt.format(deal=deal.name)))
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for choice in services.deals.choices("won_reason" if won else "lost_reason"):
            self.reason.addItem(seeded_name(choice.name), choice.name)
        self.reason.setCurrentIndex(-1)
        self.reason.setMinimumContentsLength(28)
        completer = self.reason.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        edit = self.reason.lineEdit()
        assert edit is not None
        edit.setPlaceholderText(_tr("Reason (optional)"))
        self.prompt.setBuddy(self.reason)
        hint = QLabel(_tr("Pick a reason, or type a new one: it joins the list for next time."))
        hint.setWordWrap(True)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setText(_tr("Mark as Won") if won else _tr("Mark as Lost"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.prompt)
        column.addWidget(self.reason)
        column.addWidget(hint)
        column.addWidget(self.error)
        column.addWidget(self.buttons)
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen_reason(self) -> str:
        """The reason as the list names it: a listed reason shown in the reader's language is saved under its own
        name, so reports count it with everyone else's; a typed one as typed."""
        text = self.reason.currentText().strip()
        listed = self.reason.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(self.reason.itemData(listed)) if listed >= 0 else text

    def accept(self) -> None:
        """Close the deal (one action); a problem is shown in the dialog, which stays open."""
        try:
            self._services.deals.close(self.deal_id, won=self.won, reason=self.chosen_reason())
        except CardfileError as error:
            self.error.show_error(error_text(error))
            return
        self.closed.emit(self.deal_id)
        super().accept()


def ask_close(services: Services, deal_id: str, *, won: bool, parent: QWidget | None = None) -> CloseDealDialog:
    dialog = CloseDealDialog(services, deal_id, won=won, parent=parent)
    dialog.open()
    return dialog
