"""File ▸ Export: what to export, in which format, to one file or one file per contact; run in the background.

The dialog only talks to `services.exporter`. The export runs in the TaskRunner with a progress bar; Cancel stops
it and the service removes what it had written. When it is done the dialog says how many records went where.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cardfile.domain.errors import CardfileError
from cardfile.domain.recurrence import local_zone_name, zone_of
from cardfile.services import Services
from cardfile.services.exporter import ExportReport
from cardfile.ui.dates import date_edit_format
from cardfile.ui.tasks import Progress, Task, TaskRunner
from cardfile.ui.widgets.editors import left_to_right_picker
from cardfile.ui.words import failure_text, file_name

ALL, SELECTION, GROUP, LOOKUP = "all", "selection", "group", "lookup"
VCARD3, VCARD4, CSV, ICS = "vcard3", "vcard4", "csv", "ics"
ALL_ACTIVITIES, DATES, PERSON, SELECTED_ACTIVITIES = "all_activities", "dates", "person", "selected_activities"


DESTINATION_CHARACTERS = 56  # how much of a path the Destination field shows


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("ExportDialog", text, disambiguation, n)


class ExportDialog(QDialog):
    """Choose and run one export. `exported(report)` is emitted when it has written its files."""

    exported = Signal(object)  # ExportReport

    def __init__(
        self,
        services: Services,
        tasks: TaskRunner,
        *,
        selected_ids: Sequence[str] = (),
        selected_type: str = "contact",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(_tr("Export Contacts"))
        self._services = services
        self._tasks = tasks
        self._selected = list(selected_ids) if selected_type in ("contact", "company") else []
        # Activities selected (in the task list or the calendar): their ids, an occurrence's series for it
        self._activities = (
            list(dict.fromkeys(key.split("@", 1)[0] for key in selected_ids)) if selected_type == "activity" else []
        )
        self._person = selected_ids[0] if selected_type == "contact" and len(selected_ids) == 1 else None
        self.task: Task | None = None
        self.report: ExportReport | None = None
        self._stop = threading.Event()

        self.what = QComboBox()
        self.what.setObjectName("exportWhat")
        self.what.addItem(_tr("All contacts and companies"), ALL)
        self.what.addItem(
            _tr("The selected records ({count})").format(count=QLocale().toString(len(self._selected))), SELECTION
        )
        self.what.addItem(_tr("A group"), GROUP)
        self.what.addItem(_tr("A saved lookup"), LOOKUP)
        self.group = QComboBox()
        self.group.setObjectName("exportGroup")
        for group in services.groups.list():
            self.group.addItem(_tr("{name} ({count})").format(name=group.name, count=group.member_count), group.id)
        self.lookup = QComboBox()
        self.lookup.setObjectName("exportLookup")
        for lookup in services.lookups.list():
            self.lookup.addItem(lookup.name, lookup.id)
        self._disable_empty_choices()

        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        self.format.addItem(_tr("vCard 3.0 (most compatible)"), VCARD3)
        self.format.addItem(_tr("vCard 4.0"), VCARD4)
        self.format.addItem(_tr("CSV (spreadsheet)"), CSV)
        self.format.addItem(_tr("iCalendar (.ics): activities, for calendar programs"), ICS)
        self.activities = QComboBox()
        self.activities.setObjectName("exportActivities")
        self.activities.addItem(_tr("All activities"), ALL_ACTIVITIES)
        self.activities.addItem(_tr("Those in a date range"), DATES)
        person = self._person_name(services)
        whose = _tr("{name}'s activities").format(name=person) if person else _tr("A person's activities")
        self.activities.addItem(whose, PERSON)
        self.activities.addItem(
            _tr("The selected activities ({count})").format(count=QLocale().toString(len(self._activities))),
            SELECTED_ACTIVITIES,
        )
        model = self.activities.model()
        model.item(self.activities.findData(PERSON)).setEnabled(person is not None)  # type: ignore[attr-defined]
        model.item(self.activities.findData(SELECTED_ACTIVITIES)).setEnabled(bool(self._activities))  # type: ignore[attr-defined]
        today = QDate.currentDate()
        self.date_from = left_to_right_picker(QDateEdit(QDate(today.year(), today.month(), 1)))
        self.date_from.setObjectName("exportFrom")
        self.date_from.setCalendarPopup(True)
        self.date_from.setDisplayFormat(date_edit_format())
        self.date_to = left_to_right_picker(QDateEdit(QDate(today.year(), today.month(), 1).addMonths(1).addDays(-1)))
        self.date_to.setObjectName("exportTo")
        self.date_to.setCalendarPopup(True)
        self.date_to.setDisplayFormat(date_edit_format())
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(_tr("to")))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        self._dates = QWidget()
        self._dates.setLayout(dates)

        self.one_file = QRadioButton(_tr("One file"))
        self.one_file.setObjectName("exportOneFile")
        self.one_file.setChecked(True)
        self.per_contact = QRadioButton(_tr("One file per contact, in a folder"))
        self.per_contact.setObjectName("exportPerContact")
        self.destination = QLineEdit()
        self.destination.setObjectName("exportDestination")
        self.destination.setPlaceholderText(_tr("Where to write"))
        # Room for a whole path: at its size hint a path showed some 15 letters of its end.
        self.destination.setMinimumWidth(self.destination.fontMetrics().averageCharWidth() * DESTINATION_CHARACTERS)
        choose = QPushButton(_tr("Choose…"))
        choose.clicked.connect(self.ask_destination)
        where = QHBoxLayout()
        where.addWidget(self.destination, 1)
        where.addWidget(choose)

        form = QFormLayout()
        form.addRow(_tr("Export:"), self.what)
        form.addRow(_tr("Group:"), self.group)
        form.addRow(_tr("Lookup:"), self.lookup)
        form.addRow(_tr("Format:"), self.format)
        form.addRow(_tr("Activities:"), self.activities)
        form.addRow(_tr("From:"), self._dates)
        form.addRow(_tr("Write:"), self.one_file)
        form.addRow("", self.per_contact)
        form.addRow(_tr("Destination:"), where)
        self._form = form

        self.bar = QProgressBar()
        self.bar.setObjectName("exportProgress")
        self.bar.hide()
        self.message = QLabel()
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(_tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        for changed in (
            self.what.currentIndexChanged,
            self.format.currentIndexChanged,
            self.activities.currentIndexChanged,
        ):
            changed.connect(self._update)
        self.per_contact.toggled.connect(self._update)
        self.destination.textChanged.connect(self._update)
        if self._selected:
            self.what.setCurrentIndex(self.what.findData(SELECTION))
        if self._activities:  # activities chosen in the task list or the calendar: export them as a calendar
            self.format.setCurrentIndex(self.format.findData(ICS))
            self.activities.setCurrentIndex(self.activities.findData(SELECTED_ACTIVITIES))
        self._update()

    def _person_name(self, services: Services) -> str | None:
        if self._person is None:
            return None
        try:
            return services.contacts.get(self._person).display_name
        except CardfileError:
            self._person = None
            return None

    def _disable_empty_choices(self) -> None:
        model = self.what.model()
        for kind, available in ((SELECTION, bool(self._selected)), (GROUP, self.group.count() > 0)):
            item = model.item(self.what.findData(kind))  # type: ignore[attr-defined]
            item.setEnabled(available)
        lookup_item = model.item(self.what.findData(LOOKUP))  # type: ignore[attr-defined]
        lookup_item.setEnabled(self.lookup.count() > 0)

    # ----- choosing -----

    def choose(
        self, *, what: str = ALL, group_id: str = "", lookup_id: str = "", fmt: str = VCARD3, folder: bool = False
    ) -> None:
        """Set every choice at once (for callers that already know, and for tests)."""
        self.what.setCurrentIndex(self.what.findData(what))
        if group_id:
            self.group.setCurrentIndex(self.group.findData(group_id))
        if lookup_id:
            self.lookup.setCurrentIndex(self.lookup.findData(lookup_id))
        self.format.setCurrentIndex(self.format.findData(fmt))
        (self.per_contact if folder else self.one_file).setChecked(True)

    def _update(self) -> None:
        what = self.what.currentData()
        is_ics = self.format.currentData() == ICS
        self._form.setRowVisible(self.what, not is_ics)
        self._form.setRowVisible(self.group, what == GROUP and not is_ics)
        self._form.setRowVisible(self.lookup, what == LOOKUP and not is_ics)
        self._form.setRowVisible(self.activities, is_ics)
        self._form.setRowVisible(self._dates, is_ics and self.activities.currentData() == DATES)
        self._form.setRowVisible(self.one_file, not is_ics)
        self._form.setRowVisible(self.per_contact, not is_ics)
        self.setWindowTitle(_tr("Export Activities") if is_ics else _tr("Export Contacts"))
        is_csv = self.format.currentData() == CSV
        if is_csv and self.per_contact.isChecked():
            self.one_file.setChecked(True)
        self.per_contact.setEnabled(not is_csv)
        self.export_button.setEnabled(bool(self.destination.text().strip()) and not self.is_exporting)

    def ask_destination(self) -> None:
        if self.per_contact.isChecked():
            chosen = QFileDialog.getExistingDirectory(self, _tr("Export into Folder"))
        else:
            fmt = self.format.currentData()
            suggestion = {CSV: "contacts.csv", ICS: "activities.ics"}.get(fmt, "contacts.vcf")
            patterns = {CSV: _tr("CSV files (*.csv)"), ICS: _tr("Calendar files (*.ics)")}.get(
                fmt, _tr("vCard files (*.vcf)")
            )
            chosen, _ = QFileDialog.getSaveFileName(self, _tr("Export to File"), suggestion, patterns)
        if chosen:
            self.destination.setText(chosen)

    # ----- running -----

    @property
    def is_exporting(self) -> bool:
        return self.task is not None and not self.task.is_done

    def _scope(self) -> dict[str, object]:
        what = self.what.currentData()
        if what == SELECTION:
            return {"ids": list(self._selected)}
        if what == GROUP:
            return {"group": self.group.currentData()}
        if what == LOOKUP:
            return {"lookup": self.lookup.currentData()}
        return {}

    def start_export(self) -> None:
        target = Path(self.destination.text().strip())
        if not str(target) or self.is_exporting:
            return
        exporter = self._services.exporter
        scope, fmt, folder = self._scope(), self.format.currentData(), self.per_contact.isChecked()
        if fmt == ICS:
            self._start_calendar_export(target)
            return
        stop = self._stop
        stop.clear()

        def job(progress: Progress, cancel: threading.Event) -> ExportReport:
            def report_progress(done: int, total: int) -> None:
                progress(
                    done,
                    total,
                    _tr("{done} of {total} exported").format(
                        done=QLocale().toString(done), total=QLocale().toString(total)
                    ),
                )

            def stopped() -> bool:
                return stop.is_set() or cancel.is_set()

            if fmt == CSV:
                return exporter.export_csv(target, progress=report_progress, cancel=stopped, **scope)  # type: ignore[arg-type]
            version = "4.0" if fmt == VCARD4 else "3.0"
            return exporter.export_vcards(
                target,
                version=version,
                one_per_record=folder,
                progress=report_progress,
                cancel=stopped,
                **scope,  # type: ignore[arg-type]
            )

        self.message.setText(_tr("Exporting…"))
        self.bar.setRange(0, 0)
        self.bar.show()
        self.task = self._tasks.run(job, title=_tr("Exporting contacts"), cancellable=False)
        self.task.progressed.connect(self._on_progress)
        self.task.succeeded.connect(self._on_done)
        self.task.failed.connect(self._on_failed)
        self.task.cancelled.connect(lambda: self._on_done(ExportReport(str(target), fmt, cancelled=True)))
        self._update()

    def calendar_scope(self) -> dict[str, object]:
        """What the .ics export takes: a date range, a person, the selected activities, or everything."""
        chosen = self.activities.currentData()
        if chosen == DATES:
            first = self.date_from.date().toPython()
            last = self.date_to.date().toPython()
            zone = zone_of(local_zone_name())
            assert isinstance(first, date) and isinstance(last, date)
            return {
                "start": datetime.combine(first, time()).replace(tzinfo=zone),
                "end": datetime.combine(last + timedelta(days=1), time()).replace(tzinfo=zone),
            }
        if chosen == PERSON and self._person is not None:
            return {"contact_id": self._person}
        if chosen == SELECTED_ACTIVITIES:
            return {"ids": list(self._activities)}
        return {}

    def _start_calendar_export(self, target: Path) -> None:
        calendar_files = self._services.calendar_files
        scope = self.calendar_scope()

        def job(_progress: Progress, _cancel: threading.Event) -> ExportReport:
            written = calendar_files.export_ics(target, **scope)  # type: ignore[arg-type]
            return ExportReport(written.target, ICS, contacts=written.activities)

        self.message.setText(_tr("Exporting…"))
        self.bar.setRange(0, 0)
        self.bar.show()
        self.task = self._tasks.run(job, title=_tr("Exporting activities"), cancellable=False)
        self.task.succeeded.connect(self._on_done)
        self.task.failed.connect(self._on_failed)
        self._update()

    def _on_progress(self, done: int, total: int, _message: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def _on_done(self, report: ExportReport) -> None:
        self.report = report
        self.bar.hide()
        if report.cancelled:
            self.message.setText(_tr("The export was cancelled; nothing was left behind."))
        else:
            self.message.setText(
                _tr("Exported %Ln record(s) to {target}.", "", report.count).format(target=file_name(report.target))
            )
            self.exported.emit(report)
            self.export_button.hide()
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Close"))
        self._update()

    def _on_failed(self, error: BaseException) -> None:
        self.bar.hide()
        self.message.setText(failure_text(error))  # a bug: the crash dialog has the details
        self._update()

    def reject(self) -> None:
        if self.is_exporting:  # Cancel while exporting stops the export; the dialog stays to say so
            self._stop.set()
            self.message.setText(_tr("Cancelling…"))
            return
        super().reject()
