"""The Pipelines dialog: several pipelines, each with its stages in order and their default probabilities.

Every change is made as it is asked for, one action each (Edit ▸ Undo takes it back): add, rename or remove a
pipeline; add, rename, reorder (Move Up/Move Down, Ctrl+Up/Ctrl+Down) or remove a stage, and change its default
probability. A stage or pipeline that holds deals is removed only once the person has chosen where its deals go;
they are moved there (each move in the deal's history), never dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cardfile.domain.errors import CardfileError
from cardfile.services import Services
from cardfile.services.events import RecordsChanged
from cardfile.services.readmodels import PipelineRead, StageRead
from cardfile.ui.deals.texts import deals_count, seeded_name
from cardfile.ui.event_bridge import EventBridge, touches
from cardfile.ui.widgets.basics import dialog_button, dim, on_reading_side
from cardfile.ui.words import error_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("PipelinesDialog", text)


class StageDialog(QDialog):
    """A stage's name and default probability (adding one, or changing one)."""

    def __init__(self, title: str, name: str = "", probability: int = 10, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageDialog")
        self.setWindowTitle(title)
        self.name = QLineEdit(name)
        self.name.setObjectName("stageName")
        self.probability = QSpinBox()
        self.probability.setObjectName("stageProbability")
        self.probability.setRange(0, 100)
        self.probability.setSuffix(f" {QLocale().percent()}")
        self.probability.setValue(probability)
        form = QFormLayout()
        form.addRow(_tr("&Name:"), self.name)
        form.addRow(_tr("Default &probability:"), self.probability)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(buttons)


class MoveDealsDialog(QDialog):
    """Where the deals of a stage (or pipeline) being removed go: a stage chosen from those that stay."""

    def __init__(
        self, question: str, targets: list[tuple[str, tuple[str, str]]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("moveDealsDialog")
        self.setWindowTitle(_tr("Move the Deals"))
        text = on_reading_side(QLabel(question))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        self.target = QComboBox()
        self.target.setObjectName("moveTarget")
        for label, value in targets:
            self.target.addItem(label, value)
        note = dim(QLabel(_tr("Each deal's history records the move, and Edit ▸ Undo puts everything back.")))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setText(_tr("Move and Remove"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(text)
        column.addWidget(self.target)
        column.addWidget(note)
        column.addWidget(self.buttons)

    def chosen(self) -> tuple[str, str]:
        """(pipeline id, stage id) of the stage the deals go to."""
        return self.target.currentData()


class PipelinesDialog(QDialog):
    """Pipelines on the left, the chosen one's stages on the right; every button acts at once."""

    changed = Signal()

    # Dialogs the person answers, replaceable by tests: (parent, title, question, targets) -> (pipeline, stage) or
    # None; (parent, title, name, probability) -> (name, probability) or None; (parent, title, text) -> text or None.
    ask_move_to: Callable[..., tuple[str, str] | None]
    ask_stage: Callable[..., tuple[str, int] | None]
    ask_text: Callable[..., str | None]

    def __init__(self, services: Services, bridge: EventBridge | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipelinesDialog")
        self.setWindowTitle(_tr("Pipelines"))
        self.resize(760, 440)
        self._services = services
        self.pipelines: list[PipelineRead] = []
        self.ask_move_to = _ask_move_to
        self.ask_stage = _ask_stage
        self.ask_text = _ask_text
        self.pipeline_list = QListWidget()
        self.pipeline_list.setObjectName("pipelineList")
        self.pipeline_list.setMaximumWidth(220)
        self.add_pipeline_button = dialog_button(_tr("&Add Pipeline…"), "addPipeline", self.add_pipeline)
        self.rename_pipeline_button = dialog_button(_tr("Re&name…"), "renamePipeline", self.rename_pipeline)
        self.remove_pipeline_button = dialog_button(_tr("Remo&ve…"), "removePipeline", self.remove_pipeline)
        left = QVBoxLayout()
        left.addWidget(QLabel(_tr("Pipelines")))
        left.addWidget(self.pipeline_list, 1)
        for button in (self.add_pipeline_button, self.rename_pipeline_button, self.remove_pipeline_button):
            left.addWidget(button)
        self.stage_table = QTableWidget(0, 3)
        self.stage_table.setObjectName("stageTable")
        self.stage_table.setHorizontalHeaderLabels([_tr("Stage"), _tr("Default probability"), _tr("Deals")])
        self.stage_table.verticalHeader().hide()
        self.stage_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stage_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stage_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.stage_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.add_stage_button = dialog_button(_tr("Add &Stage…"), "addStage", self.add_stage)
        self.up_button = dialog_button(_tr("Move &Up"), "moveStageUp", lambda: self.move_stage(-1))
        self.down_button = dialog_button(_tr("Move &Down"), "moveStageDown", lambda: self.move_stage(1))
        self.remove_stage_button = dialog_button(_tr("&Remove Stage…"), "removeStage", self.remove_stage)
        for keys, step in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            QShortcut(QKeySequence(keys), self.stage_table, lambda s=step: self.move_stage(s)).setContext(
                Qt.ShortcutContext.WidgetShortcut
            )
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.stage_table, self.remove_stage).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        stage_buttons = QHBoxLayout()
        for button in (self.add_stage_button, self.up_button, self.down_button, self.remove_stage_button):
            stage_buttons.addWidget(button)
        stage_buttons.addStretch(1)
        note = dim(
            QLabel(
                _tr(
                    "Changes are made as you make them; Edit ▸ Undo takes each one back. Double-click a "
                    "stage's name to rename it. A new deal starts in the first stage."
                )
            )
        )
        note.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(QLabel(_tr("Stages, in order")))
        right.addWidget(self.stage_table, 1)
        right.addLayout(stage_buttons)
        right.addWidget(note)
        self.error = QLabel()
        self.error.setObjectName("pipelinesError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addLayout(left)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.pipeline_list.currentRowChanged.connect(lambda _row: self._show_stages())
        self.stage_table.itemChanged.connect(self._on_name_edited)
        self.stage_table.currentCellChanged.connect(lambda *_: self._update_buttons())
        if bridge is not None:
            bridge.records_changed.connect(self._on_records_changed)
        self.reload()

    # ----- showing -----

    def reload(self, pipeline_id: str | None = None, stage_id: str | None = None) -> None:
        """Read the pipelines again and show one (the current one unless named), with a stage chosen."""
        shown, chosen = self.current_pipeline(), self.current_stage()
        wanted_pipeline = pipeline_id or (shown.id if shown is not None else None)
        wanted_stage = stage_id or (chosen.id if chosen is not None else None)
        self.pipelines = self._services.pipelines.list()
        self.pipeline_list.blockSignals(True)
        self.pipeline_list.clear()
        for pipeline in self.pipelines:
            item = QListWidgetItem(seeded_name(pipeline.name))
            item.setData(Qt.ItemDataRole.UserRole, pipeline.id)
            self.pipeline_list.addItem(item)
        ids = [p.id for p in self.pipelines]
        self.pipeline_list.setCurrentRow(ids.index(wanted_pipeline) if wanted_pipeline in ids else 0)
        self.pipeline_list.blockSignals(False)
        self._show_stages(wanted_stage)

    def _show_stages(self, stage_id: str | None = None) -> None:
        pipeline = self.current_pipeline()
        table = self.stage_table
        table.blockSignals(True)
        table.setRowCount(0)
        if pipeline is not None:
            counts = self._services.pipelines.deal_counts(pipeline.id)
            for row, stage in enumerate(pipeline.stages):
                table.insertRow(row)
                name = QTableWidgetItem(seeded_name(stage.name))
                name.setData(Qt.ItemDataRole.UserRole, stage.id)
                table.setItem(row, 0, name)
                spin = QSpinBox()
                spin.setObjectName("probability")
                spin.setRange(0, 100)
                spin.setSuffix(f" {QLocale().percent()}")
                spin.setValue(stage.probability)
                spin.setFrame(False)
                spin.editingFinished.connect(lambda s=spin, sid=stage.id: self.set_probability(sid, s.value()))
                table.setCellWidget(row, 1, spin)
                deals = QTableWidgetItem(deals_count(counts.get(stage.id, 0)))
                deals.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, 2, deals)
            ids = [s.id for s in pipeline.stages]
            table.setCurrentCell(ids.index(stage_id) if stage_id in ids else 0, 0)
        table.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        pipeline, row = self.current_pipeline(), self.stage_table.currentRow()
        stages = len(pipeline.stages) if pipeline else 0
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < stages - 1)
        self.remove_stage_button.setEnabled(stages > 1 and row >= 0)
        self.remove_pipeline_button.setEnabled(len(self.pipelines) > 1)
        self.rename_pipeline_button.setEnabled(pipeline is not None)

    def current_pipeline(self) -> PipelineRead | None:
        row = self.pipeline_list.currentRow()
        return self.pipelines[row] if 0 <= row < len(self.pipelines) else None

    def current_stage(self) -> StageRead | None:
        pipeline, row = self.current_pipeline(), self.stage_table.currentRow()
        return pipeline.stages[row] if pipeline is not None and 0 <= row < len(pipeline.stages) else None

    def _on_records_changed(self, event: RecordsChanged) -> None:
        if any(touches(event, kind) for kind in ("pipeline", "stage", "deal")) and self.isVisible():
            self.reload()

    # ----- acting -----

    def _do(self, work: Callable[[], Any]) -> bool:
        """Make one change; a refusal (a name taken, a stage in use) is shown under the lists."""
        self.error.hide()
        try:
            work()
        except CardfileError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return False
        self.changed.emit()
        return True

    def add_pipeline(self) -> None:
        name = self.ask_text(
            self,
            _tr("Add Pipeline"),
            _tr("Name of the new pipeline (it starts with the stages of the one shown, to change as you like):"),
        )
        current = self.current_pipeline()
        if not name:
            return
        stages = [(s.name, s.probability) for s in current.stages] if current else [(_tr("Lead"), 10)]
        made: list[PipelineRead] = []
        if self._do(lambda: made.append(self._services.pipelines.add(name, stages))):
            self.reload(made[0].id)

    def rename_pipeline(self) -> None:
        pipeline = self.current_pipeline()
        if pipeline is None:
            return
        shown = seeded_name(pipeline.name)
        name = self.ask_text(self, _tr("Rename Pipeline"), _tr("New name of “{name}”:").format(name=shown), shown)
        if name and name != shown:
            self._do(lambda: self._services.pipelines.rename(pipeline.id, name))
            self.reload(pipeline.id)

    def remove_pipeline(self) -> None:
        pipeline = self.current_pipeline()
        if pipeline is None or len(self.pipelines) < 2:
            return
        held = sum(self._services.pipelines.deal_counts(pipeline.id).values())
        if held:
            targets = [(_place(p, s), (p.id, s.id)) for p in self.pipelines if p.id != pipeline.id for s in p.stages]
            question = _tr("“{name}” holds {deals}. Before it is removed, move them to:").format(
                name=seeded_name(pipeline.name), deals=deals_count(held)
            )
            chosen = self.ask_move_to(self, _tr("Remove Pipeline"), question, targets)
            if chosen is None:
                return
            to_pipeline, to_stage = chosen
            self._do(
                lambda: self._services.pipelines.remove(
                    pipeline.id, move_to_pipeline=to_pipeline, move_to_stage=to_stage
                )
            )
        else:
            question = _tr("Remove the pipeline “{name}”? It holds no deals.").format(name=seeded_name(pipeline.name))
            answer = QMessageBox.question(self, _tr("Remove Pipeline"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return
            self._do(lambda: self._services.pipelines.remove(pipeline.id))
        self.reload()

    def add_stage(self) -> None:
        pipeline = self.current_pipeline()
        if pipeline is None:
            return
        answer = self.ask_stage(self, _tr("Add Stage"), "", 10)
        if answer is None:
            return
        name, probability = answer
        row = self.stage_table.currentRow()
        position = row + 1 if row >= 0 else None
        if self._do(lambda: self._services.pipelines.add_stage(pipeline.id, name, probability, position)):
            added = next((s.id for s in self._services.pipelines.get(pipeline.id).stages if s.name == name), None)
            self.reload(pipeline.id, added)

    def set_probability(self, stage_id: str, probability: int) -> None:
        pipeline = self.current_pipeline()
        stage = next((s for s in pipeline.stages if s.id == stage_id), None) if pipeline else None
        if pipeline is None or stage is None or stage.probability == probability:
            return
        self._do(lambda: self._services.pipelines.edit_stage(pipeline.id, stage_id, probability=probability))
        self.reload(pipeline.id, stage_id)

    def _on_name_edited(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        pipeline = self.current_pipeline()
        stage_id = item.data(Qt.ItemDataRole.UserRole)
        if pipeline is None or not stage_id:
            return
        self.rename_stage(stage_id, item.text())

    def rename_stage(self, stage_id: str, name: str) -> None:
        pipeline = self.current_pipeline()
        if pipeline is None:
            return
        self._do(lambda: self._services.pipelines.edit_stage(pipeline.id, stage_id, name=name))
        self.reload(pipeline.id, stage_id)

    def move_stage(self, step: int) -> None:
        pipeline, stage = self.current_pipeline(), self.current_stage()
        if pipeline is None or stage is None:
            return
        position = pipeline.stages.index(stage) + step
        if not 0 <= position < len(pipeline.stages):
            return
        self._do(lambda: self._services.pipelines.move_stage(pipeline.id, stage.id, position))
        self.reload(pipeline.id, stage.id)

    def remove_stage(self) -> None:
        pipeline, stage = self.current_pipeline(), self.current_stage()
        if pipeline is None or stage is None or len(pipeline.stages) < 2:
            return
        held = self._services.pipelines.deal_counts(pipeline.id).get(stage.id, 0)
        if held:
            others = [(seeded_name(s.name), (pipeline.id, s.id)) for s in pipeline.stages if s.id != stage.id]
            others += [(_place(p, s), (p.id, s.id)) for p in self.pipelines if p.id != pipeline.id for s in p.stages]
            question = _tr("The stage “{stage}” holds {deals}. Before it is removed, move them to:").format(
                stage=seeded_name(stage.name), deals=deals_count(held)
            )
            chosen = self.ask_move_to(self, _tr("Remove Stage"), question, others)
            if chosen is None:
                return
            to_pipeline, to_stage = chosen
            self._do(
                lambda: self._services.pipelines.remove_stage(
                    pipeline.id, stage.id, move_to=to_stage, move_to_pipeline=to_pipeline
                )
            )
        else:
            self._do(lambda: self._services.pipelines.remove_stage(pipeline.id, stage.id))
        self.reload(pipeline.id)


def _ask_move_to(
    parent: QWidget, title: str, question: str, targets: list[tuple[str, tuple[str, str]]]
) -> tuple[str, str] | None:
    dialog = MoveDealsDialog(question, targets, parent)
    dialog.setWindowTitle(title)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _ask_stage(parent: QWidget, title: str, name: str, probability: int) -> tuple[str, int] | None:
    dialog = StageDialog(title, name, probability, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.name.text().strip():
        return None
    return dialog.name.text().strip(), dialog.probability.value()


def _ask_text(parent: QWidget, title: str, prompt: str, text: str = "") -> str | None:
    answer, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Normal, text)
    return answer.strip() if ok and answer.strip() else None


def _place(pipeline: PipelineRead, stage: StageRead) -> str:
    """'Sales — Prospect', as the reader names them."""
    return f"{seeded_name(pipeline.name)} — {seeded_name(stage.name)}"
