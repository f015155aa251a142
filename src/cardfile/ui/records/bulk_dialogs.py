"""Small dialogs for working on several records at once: which tag to add or take off, which group to add to.

They open window-modal (`open()`, not `exec()`), say their answer through a signal, and leave the writing to the
page that asked, so the page decides how the change becomes one action.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class _ChoiceDialog(QDialog):
    """A prompt, an editable combo of known names, OK and Cancel; OK only once something is typed or chosen."""

    def __init__(self, title: str, prompt: str, choices: Sequence[tuple[str, object]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.combo = QComboBox()
        self.combo.setObjectName("choice")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for text, value in choices:
            self.combo.addItem(text, value)
        self.combo.setCurrentIndex(-1)
        self.combo.setMinimumContentsLength(24)
        completer = self.combo.completer()
        if completer is not None:
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.prompt.setBuddy(self.combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.combo.editTextChanged.connect(self._update_ok)
        edit = self.combo.lineEdit()
        assert edit is not None
        self.edit: QLineEdit = edit
        self.edit.returnPressed.connect(self._accept_typed)  # the combo keeps Enter from the dialog
        self.column = QVBoxLayout(self)
        self.column.addWidget(self.prompt)
        self.column.addWidget(self.combo)
        self.column.addWidget(self.buttons)
        self._update_ok()
        self.combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        return self.combo.currentText().strip()

    def chosen_value(self) -> object:
        """The value of the known choice whose name was typed or picked; None for a new name."""
        index = self.combo.findText(self.text(), Qt.MatchFlag.MatchFixedString)
        return self.combo.itemData(index) if index >= 0 else None

    def ok_button(self) -> QWidget:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def _accept_typed(self) -> None:
        if self.text() and self.isVisible():
            self.accept()

    def _update_ok(self) -> None:
        self.ok_button().setEnabled(bool(self.text()))


class TagDialog(_ChoiceDialog):
    """Which tag to add to (or take off) the selected records: a known one or a new one."""

    chosen = Signal(str)

    def __init__(self, title: str, prompt: str, tags: Sequence[str], parent: QWidget) -> None:
        super().__init__(title, prompt, [(tag, tag) for tag in tags], parent)
        self.setObjectName("tagDialog")
        self.edit.setPlaceholderText(self.tr("Tag"))

    def accept(self) -> None:
        if self.text() and self.isVisible():  # Enter may reach both the field and the dialog: answer once
            value = self.chosen_value()
            self.chosen.emit(str(value) if value is not None else self.text())
        super().accept()


class GroupDialog(_ChoiceDialog):
    """Which group to add the selected records to; a name no group has yet creates the group."""

    chosen = Signal(object, str)  # group id (None: make a new group), the name typed

    def __init__(self, prompt: str, groups: Sequence[tuple[str, str]], parent: QWidget) -> None:
        super().__init__(self.tr("Add to Group"), prompt, groups, parent)
        self.setObjectName("groupDialog")
        self.edit.setPlaceholderText(self.tr("Group, or the name of a new one"))
        self.new_hint = QLabel()
        self.new_hint.setObjectName("newGroupHint")
        self.column.insertWidget(2, self.new_hint)
        self.combo.editTextChanged.connect(self._update_hint)
        self._update_hint()

    def _update_hint(self) -> None:
        new = bool(self.text()) and self.chosen_value() is None
        self.new_hint.setText(self.tr("A new group “{name}” will be made.").format(name=self.text()) if new else "")
        self.new_hint.setVisible(new)

    def accept(self) -> None:
        if self.text() and self.isVisible():  # Enter may reach both the field and the dialog: answer once
            value = self.chosen_value()
            self.chosen.emit(str(value) if value is not None else None, self.text())
        super().accept()
