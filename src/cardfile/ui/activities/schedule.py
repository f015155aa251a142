"""The schedule dialog: a new activity, or a change to one, from anywhere (Ctrl+Shift+A, a person's Activities tab,
a list's row menu, the calendar, the task list).

It lays out the activity form (form.py) and adds what only a dialog around it does: with several people, a choice
to schedule one activity with each (as ACT! does, one step to undo); an overlap shown inline before saving (Save
becomes Save Anyway); for one occurrence of a repeating activity, Skip This Occurrence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cardfile.domain.errors import CardfileError, ValidationError
from cardfile.domain.models import ActivityCreate
from cardfile.services import Services
from cardfile.services.readmodels import Occurrence
from cardfile.ui.activities.form import (
    ActivityItem,
    FormContext,
    Questions,
    Scope,
    activity_form,
    overlap_text,
)
from cardfile.ui.records.form import RecordForm
from cardfile.ui.widgets.editors import ErrorLabel
from cardfile.ui.words import error_text


class DialogQuestions(Questions):
    """The dialog's answers: an overlap is shown in the dialog and a second Save goes ahead; "this occurrence or
    the whole series" is asked in a message box, unless `scope` says already (a test, or the person's choice)."""

    def __init__(self, dialog: ScheduleDialog) -> None:
        self._dialog = dialog
        self.confirmed_overlap = False
        self.scope: Scope | None = None

    def which(self, item: ActivityItem) -> Scope | None:
        return self.scope if self.scope is not None else super().which(item)

    def overlap_ok(self, overlaps: Sequence[Occurrence]) -> bool:
        if self.confirmed_overlap:
            return True
        self._dialog.show_overlap(overlaps)
        self.confirmed_overlap = True
        return False


class ScheduleDialog(QDialog):
    """Schedule an activity (`item` None, `preset` its first values), or change one. `saved(key)` tells what."""

    saved = Signal(str)

    def __init__(
        self,
        services: Services,
        *,
        item: ActivityItem | None = None,
        preset: dict[str, Any] | None = None,
        each: bool = False,
        create: Callable[[ActivityCreate], str] | None = None,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title or (self.tr("Edit Activity") if item is not None else self.tr("Schedule Activity")))
        self._services = services
        self.item = item
        self.questions = DialogQuestions(self)
        context = FormContext(
            questions=self.questions,
            each=lambda: self.each.isChecked() and self.each.isVisibleTo(self),
            create=create,
            zone=item.activity.time_zone if item is not None else "",
        )
        self.form = RecordForm(services, activity_form(services, context), item, preset=preset)
        self.form.changed.connect(self._on_changed)
        area = QScrollArea()
        area.setObjectName("scheduleForm")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(self.form)
        self.each = QCheckBox(self.tr("Schedule one activity with each person (as one step to undo)"))
        self.each.setObjectName("scheduleEach")
        self.each.setChecked(each)
        self.overlap = ErrorLabel()
        self.overlap.setObjectName("overlapWarning")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveActivity")
        self.save_button.setDefault(True)
        self.skip_button: QPushButton | None = None
        if item is not None and item.is_occurrence and item.activity.status == "scheduled":
            self.skip_button = self.buttons.addButton(
                self.tr("Skip This Occurrence"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.skip_button.setObjectName("skipOccurrence")
            self.skip_button.setToolTip(
                self.tr("Leave this one occurrence out; the series goes on (Ctrl+Z brings it back)")
            )
            self.skip_button.clicked.connect(self.skip)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("Ctrl+S saves · Esc cancels"))
        hint.setObjectName("scheduleHint")
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addWidget(self.each)
        layout.addWidget(self.overlap)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        save_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Save) or [QKeySequence("Ctrl+S")]
        for keys in save_keys:
            QShortcut(keys, self, self.save)
        self.form.save_requested.connect(self.save, Qt.ConnectionType.QueuedConnection)
        # Tall enough for the whole form where the screen allows (no scroll bar on a 1280×800 screen); the form
        # scrolls on a smaller one.
        wanted = self.form.sizeHint().height() + self.buttons.sizeHint().height() + 3 * hint.sizeHint().height() + 40
        self.resize(680, max(480, min(wanted, self.screen().availableGeometry().height() - 60)))
        self._on_changed()
        self.form.focus_first()

    def people_count(self) -> int:
        editor: Any = self.form.editors["people"]
        return len(editor.value())

    def _on_changed(self) -> None:
        many = self.item is None and self.people_count() > 1
        self.each.setVisible(many)
        if self.questions.confirmed_overlap:  # changed after the warning: check again on the next save
            self.questions.confirmed_overlap = False
            self.overlap.clear_error()
            self.save_button.setText(self.tr("Save"))

    def show_overlap(self, overlaps: Sequence[Occurrence]) -> None:
        self.overlap.show_error(overlap_text(overlaps) + " " + self.tr("Save again to schedule it anyway."))
        self.save_button.setText(self.tr("Save Anyway"))

    def save(self) -> bool:
        """Save the form (one action); on a problem, say so beside the field and stay open."""
        focus = self.focusWidget()
        if focus is not None:  # let an editor finish (a time edit interprets its text) before it is read
            focus.clearFocus()
            focus.setFocus()
        try:
            key = self.form.save()
        except ValidationError as error:
            self.form.show_error(error)
            return False
        except CardfileError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return False
        if key is None:
            return False
        self.saved.emit(key)
        self.accept()
        return True

    def skip(self) -> bool:
        """Leave this occurrence out of its series (one action Ctrl+Z takes back)."""
        item = self.item
        if item is None or item.series_id is None or item.occurrence is None:
            return False
        try:
            self._services.activities.skip_occurrence(item.series_id, item.occurrence)
        except CardfileError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return False
        self.saved.emit(item.key)
        self.accept()
        return True
