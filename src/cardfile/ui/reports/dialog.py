"""File ▸ Reports…: the contact list, the pipeline, the forecast and the activities, previewed here and printed, saved
as a PDF document or exported as CSV.

The reports are the services' (services/reports.py), the very ones `cardfile report` writes, their typed cells
worded in the reader's language here (`CellWords`: their digits, dates and words; the CSV stays exact and
English). A report is made on a worker as the choices change; the preview shows its first
rows. Printing lays the whole report out as a document with page numbers (QPrintPreviewDialog); Save as PDF makes
the services' PDF — fonts embedded, any script — on a worker too, since a long pipeline takes half a minute, and
writes the file only when it is whole.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPageLayout, QTextDocument, QTextOption
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cardfile.domain.errors import CardfileError
from cardfile.domain.report_cells import Moment
from cardfile.interchange.report import Report, to_csv, write_report_file
from cardfile.interchange.report_pdf import PdfResult, render_pdf
from cardfile.services import Services
from cardfile.services.sales import DealFilter
from cardfile.ui.activities.editors import type_name
from cardfile.ui.deals.texts import owner_name, seeded_name
from cardfile.ui.reports.cells import CellWords
from cardfile.ui.tasks import Progress, Task, TaskRunner
from cardfile.ui.widgets.basics import dialog_button, dim, isolated
from cardfile.ui.widgets.editors import ErrorLabel, OptionalDateEdit
from cardfile.ui.words import error_text, file_name, in_direction, os_problem, script_names

KINDS = ("contacts", "pipeline", "forecast", "activities")
SHORT_CELL = 20  # characters: a cell this short is never wrapped in the preview or on paper
PREVIEW_ROWS = 200  # rows per table in the preview; printing, the PDF and the CSV have them all


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Reports", text, disambiguation, n)


def report_words() -> dict[str, str]:
    """The PDF's own sentences in the reader's language (the cells are worded by CellWords)."""
    return {
        "generated": _tr("Generated {when}"),
        "page": _tr("Page {page} of {pages}"),
        "no_rows": _tr("Nothing to show."),
        "missing_fonts": _tr(
            "This computer has no font for {scripts}: those characters are shown as boxes. Install a font for them "
            "(for example from the Noto family) and make the report again."
        ),
    }


def in_readers_language(report: Report) -> Report:
    """The report worded for the reader: the preview, printing and the PDF the app saves (its CSV stays as is)."""
    return report.in_language(CellWords(), report_words(), right_to_left=QGuiApplication.isRightToLeft())


def report_html(report: Report, *, rows: int | None = None, rtl: bool | None = None) -> str:
    """The report as a document (for the preview and for printing): title, date, filters, notes, tables.

    Qt's rich text lays a table's columns out left to right whatever the text's direction: right to left (Persian)
    they are mirrored here by hand, the first column on the reading side and amounts aligned to the far one."""
    e, text = html.escape, report.text
    rtl = QGuiApplication.isRightToLeft() if rtl is None else rtl
    near, far = ("right", "left") if rtl else ("left", "right")

    def line(cells: list[str]) -> str:
        return f"<tr>{''.join(reversed(cells) if rtl else cells)}</tr>"

    when = text(Moment(report.generated_at))
    parts = [
        f"<h2>{e(text(report.title))}</h2>",
        f"<p style='color:#555'>{e(report.word('generated').format(when=when))}",
    ]
    for what, value in report.filters:
        parts.append(f"<br>{e(text(what))}: {isolated(e(text(value)))}")  # 'Sales pipeline.' whole in Persian
    parts.append("</p>")
    for note in report.notes:
        parts.append(f"<p>{e(text(note))}</p>")
    for table in report.tables:
        parts.append(f"<h3>{e(text(table.title))}</h3>")
        if not table.cells:
            parts.append(f"<p>{e(report.word('no_rows'))}</p>")
            continue
        head = line(
            [
                f"<th align='{far if c.numeric else near}' bgcolor='#e6e6e6'>{e(report.heading(c))}</th>"
                for c in table.columns
            ]
        )
        body = []
        shown = table.cells if rows is None else table.cells[:rows]
        for row in shown:
            words = [text(cell) for cell in row]
            body.append(
                line(
                    [
                        f"<td align='{far if c.numeric else near}'{_keep_whole(c.numeric, word)}>{e(word)}</td>"
                        for c, word in zip(table.columns, words, strict=False)
                    ]
                )
            )
        for row in table.total_cells:
            body.append(
                line(
                    [
                        f"<td align='{far if c.numeric else near}'><b>{e(text(cell))}</b></td>"
                        for c, cell in zip(table.columns, row, strict=False)
                    ]
                )
            )
        parts.append(
            f"<table cellspacing='0' cellpadding='3' border='0' width='100%'><thead>{head}</thead>"
            f"{''.join(body)}</table>"
        )
        if rows is not None and len(table.cells) > rows:
            more = _tr(
                "… and %Ln more row(s): printing, the PDF and the CSV have them all.", "", len(table.cells) - rows
            )
            parts.append(f"<p style='color:#555'>{e(more)}</p>")
    return "".join(parts)


def _keep_whole(numeric: bool, cell: str) -> str:
    """An amount, a date and time or a short word on one line ('scheduled !' never leaves its '!' below)."""
    return " style='white-space: nowrap'" if numeric or len(cell) <= SHORT_CELL else ""


def _date(edit: OptionalDateEdit) -> date | None:
    value = edit.value()
    return date.fromisoformat(value) if value else None


class _Preview(QPrintPreviewDialog):
    """Qt's print preview, holding on to its printer: it paints its pages from it for as long as it is open (a
    printer only the opening function held was freed with it, and the app crashed)."""

    def __init__(self, printer: QPrinter, parent: QWidget | None = None) -> None:
        super().__init__(printer, parent)
        self._printer = printer


class ReportsDialog(QDialog):
    """Choose a report and its filters, see it, print it, save it as PDF or export it as CSV."""

    saved = Signal(str)  # the file written (a PDF or a CSV)
    made = Signal()  # the report was made again (the preview shows it)

    def __init__(self, services: Services, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsDialog")
        self.setWindowTitle(_tr("Reports"))
        self.resize(980, 640)
        self._services = services
        self._runner = runner
        self.report: Report | None = None
        self.pdf_task: Task | None = None
        self.kinds = QListWidget()
        self.kinds.setObjectName("reportKinds")
        for key, title in zip(
            KINDS, (_tr("Contact list"), _tr("Pipeline"), _tr("Forecast"), _tr("Activities")), strict=True
        ):
            self.kinds.addItem(title)
            self.kinds.item(self.kinds.count() - 1).setData(Qt.ItemDataRole.UserRole, key)
        # as wide as the longest name and no wider: at 1024 pixels every column of the forecast needs the room
        self.kinds.setMaximumWidth(min(200, self.kinds.sizeHintForColumn(0) + 2 * self.kinds.frameWidth() + 12))
        self.date_from = OptionalDateEdit()
        self.date_from.setObjectName("reportFrom")
        self.date_to = OptionalDateEdit()
        self.date_to.setObjectName("reportTo")
        self.owner = QComboBox()
        self.owner.setObjectName("reportOwner")
        self.owner.addItem(_tr("Anyone"), None)
        for owner in dict.fromkeys([services.sales.current_user(), *services.sales.owners()]):
            self.owner.addItem(owner_name(owner), owner)
        self.pipeline = QComboBox()
        self.pipeline.setObjectName("reportPipeline")
        self.pipeline.addItem(_tr("All pipelines"), None)
        for pipeline in services.pipelines.list():
            self.pipeline.addItem(seeded_name(pipeline.name), pipeline.id)
        self.by = QComboBox()
        self.by.setObjectName("reportBy")
        self.by.addItem(_tr("By month"), "month")
        self.by.addItem(_tr("By quarter"), "quarter")
        self.convert = QComboBox()
        self.convert.setObjectName("reportConvert")
        self.convert.addItem(_tr("Each currency apart"), None)
        for code in sorted({t.currency for t in services.sales.totals()}):
            self.convert.addItem(_tr("Also all in {currency}").format(currency=code), code)
        self.activity_type = QComboBox()
        self.activity_type.setObjectName("reportActivityType")
        self.activity_type.addItem(_tr("Any type"), None)
        for kind in services.activities.types():
            self.activity_type.addItem(type_name(kind.key, kind.name), kind.id)
        self.status = QComboBox()
        self.status.setObjectName("reportStatus")
        self.status.addItem(_tr("Scheduled and cleared"), None)
        self.status.addItem(_tr("Scheduled"), "scheduled")
        self.status.addItem(_tr("Done"), "done")
        self.status.addItem(_tr("Cancelled"), "cancelled")
        self.form = QFormLayout()
        self.dates_label = QLabel()
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        self.form.addRow(self.dates_label, dates)
        self.form.addRow(_tr("&Owner:"), self.owner)
        self.form.addRow(_tr("&Pipeline:"), self.pipeline)
        self.form.addRow(_tr("Periods:"), self.by)
        self.form.addRow(_tr("&Currencies:"), self.convert)
        self.form.addRow(_tr("&Type:"), self.activity_type)
        self.form.addRow(_tr("&Status:"), self.status)
        self.preview = QTextBrowser()
        self.preview.setObjectName("reportPreview")
        self.preview.setOpenLinks(False)
        self.preview.setWordWrapMode(QTextOption.WrapMode.WordWrap)  # a narrow column wraps between words only
        self.state = dim(QLabel())
        self.state.setObjectName("reportState")
        self.state.setWordWrap(True)
        self.error = ErrorLabel()
        self.print_button = dialog_button(_tr("&Print…"), "printReport", self.print_report)
        self.pdf_button = dialog_button(_tr("Save as P&DF…"), "saveReportPdf", self.ask_pdf)
        self.csv_button = dialog_button(_tr("Export &CSV…"), "exportReportCsv", self.ask_csv)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.print_button, self.pdf_button, self.csv_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addWidget(self.preview, 1)
        right.addWidget(self.state)
        right.addWidget(self.error)
        columns = QHBoxLayout()
        columns.addWidget(self.kinds)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        self._timer = QTimer(self, singleShot=True, interval=250)  # typing a date makes one report, not ten
        self._timer.timeout.connect(self.make)
        for combo in (self.owner, self.pipeline, self.by, self.convert, self.activity_type, self.status):
            combo.currentIndexChanged.connect(self._timer.start)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._timer.start)
        self.kinds.currentRowChanged.connect(self._on_kind)
        self.kinds.setCurrentRow(1)

    # ----- choosing -----

    def kind(self) -> str:
        item = self.kinds.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else "pipeline"

    def choose(self, kind: str) -> None:
        self.kinds.setCurrentRow(KINDS.index(kind))

    def _on_kind(self) -> None:
        kind = self.kind()
        shown = {
            self.pipeline: kind in ("pipeline", "forecast"),
            self.by: kind == "forecast",
            self.convert: kind in ("pipeline", "forecast"),
            self.activity_type: kind == "activities",
            self.status: kind == "activities",
        }
        for widget, visible in shown.items():
            self.form.setRowVisible(widget, visible)
        self.dates_label.setText(
            {
                "contacts": _tr("&Added:"),
                "pipeline": _tr("&Expected close:"),
                "forecast": _tr("&Expected close:"),
                "activities": _tr("&Dates:"),
            }[kind]
        )
        self.dates_label.setBuddy(self.date_from)
        if kind == "activities" and not self.date_from.value():
            today = self._services.sales.today()
            first = QDate(today.year, today.month, 1)
            self.date_from.setDate(first)
            self.date_to.setDate(first.addMonths(1).addDays(-1))
        self.make()

    # ----- making the report -----

    def _job(self) -> Callable[[], Report]:
        """What makes the chosen report (run on a worker)."""
        services, kind = self._services, self.kind()
        first, last, owner = _date(self.date_from), _date(self.date_to), self.owner.currentData()
        speak, words = CellWords(), report_words()  # looked up here: a worker asks Qt for no translation
        rtl = QGuiApplication.isRightToLeft()
        if kind == "contacts":
            return lambda: services.reports.contacts(owner=owner, created_from=first, created_to=last).in_language(
                speak, words, right_to_left=rtl
            )
        if kind == "activities":
            type_id, status = self.activity_type.currentData(), self.status.currentData()
            return lambda: services.reports.activities(
                date_from=first, date_to=last, owner=owner, activity_type=type_id, status=status
            ).in_language(speak, words, right_to_left=rtl)
        f = DealFilter(pipeline_id=self.pipeline.currentData(), owner=owner, close_from=first, close_to=last)
        target = self.convert.currentData()
        by = str(self.by.currentData())

        def make() -> Report:
            conversion = services.reports.conversion(target) if target else None
            if kind == "pipeline":
                return services.reports.pipeline(f, conversion).in_language(speak, words, right_to_left=rtl)
            return services.reports.forecast(f, by, conversion).in_language(speak, words, right_to_left=rtl)

        return make

    def make(self) -> None:
        """Make the report again, on a worker; the preview shows it when it is ready."""
        self._timer.stop()
        self.error.clear_error()
        first, last = _date(self.date_from), _date(self.date_to)
        if first and last and last < first:
            self.error.show_error(_tr("The dates end before they start."))
            return
        self.state.setText(_tr("Making the report…"))
        job = self._job()

        def run(_progress: Progress, _cancel: threading.Event) -> Report:
            return job()

        self._set_busy(True)
        self._runner.run(run, key="report-preview", announce=False, on_done=self._show, on_failed=self._failed)

    def make_now(self) -> Report:
        """Make and show the report on this thread (tests)."""
        self._timer.stop()
        report = self._job()()
        self._show(report)
        return report

    def _show(self, report: Report) -> None:
        self.report = report
        self._set_busy(False)
        self.preview.setHtml(report_html(report, rows=PREVIEW_ROWS))
        rows = sum(len(t.cells) for t in report.tables)
        self.state.setText(_tr("{title}: %Ln row(s).", "", rows).format(title=report.text(report.title)))
        self.made.emit()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, CardfileError):
            raise error
        self.report = None
        self.preview.clear()
        self.state.clear()
        self.error.show_error(error_text(error))

    def _set_busy(self, busy: bool) -> None:
        for button in (self.print_button, self.pdf_button, self.csv_button):
            button.setEnabled(not busy and (self.pdf_task is None or button is not self.pdf_button))

    # ----- print, PDF, CSV -----

    def document(self) -> QTextDocument:
        """The whole report as a document to print (every row; Qt numbers the pages)."""
        assert self.report is not None
        document = QTextDocument(self)
        document.setDefaultStyleSheet("th, td { padding: 2px 6px; } h2 { margin-bottom: 2px; }")
        option = document.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        option.setTextDirection(self.layoutDirection())
        document.setDefaultTextOption(option)
        document.setHtml(report_html(self.report))
        return document

    def print_report(self) -> QPrintPreviewDialog | None:
        if self.report is None:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.report.text(self.report.title))
        # across the page, as the PDF is: a forecast's eight columns and the pipeline's deals (nine) do not fit
        # upright, and the last ones were cut off the paper
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        preview = _Preview(printer, self)
        preview.setObjectName("reportPrintPreview")
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        document = self.document()
        preview.paintRequested.connect(document.print_)  # Qt pages it for the printer and numbers the pages
        preview.open()
        return preview

    def _suggested(self, suffix: str) -> str:
        assert self.report is not None
        name = f"{self.report.kind}-{self._services.sales.today().isoformat()}.{suffix}"
        return str(Path.home() / name)

    def ask_pdf(self) -> None:
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, _tr("Save as PDF"), self._suggested("pdf"), _tr("PDF documents (*.pdf)")
        )
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> Task | None:
        """Make the PDF on a worker and write it to `path` when it is whole; `saved` says when."""
        report = self.report
        if report is None:
            return None

        def make(progress: Progress, _cancel: threading.Event) -> PdfResult:
            result = render_pdf(report)
            write_report_file(path, result.data)
            return result

        self.state.setText(_tr("Making the PDF… (a long report takes a while; you can go on working)"))
        self.pdf_button.setEnabled(False)
        task = self._runner.run(
            make,
            title=_tr("Saving {title} as PDF").format(title=report.text(report.title)),
            cancellable=False,
            on_done=lambda result: self._pdf_done(path, result),
            on_failed=lambda error: self._pdf_failed(path, error),
        )
        self.pdf_task = task
        return task

    def _pdf_done(self, path: Path, result: PdfResult) -> None:
        self.pdf_task = None
        self.pdf_button.setEnabled(True)
        self.error.clear_error()
        text = _tr("Saved {path}.").format(path=file_name(path))
        if result.missing_scripts:
            text += " " + _tr("No font on this computer has {scripts}: those letters show as boxes.").format(
                scripts=script_names(result.missing_scripts)
            )
        self.state.setText(in_direction(text))
        self.saved.emit(str(path))

    def _pdf_failed(self, path: Path, error: BaseException) -> None:
        self.pdf_task = None
        self.pdf_button.setEnabled(True)
        self.state.setText("")
        if isinstance(error, CardfileError):
            self.error.show_error(error_text(error))
        elif isinstance(error, OSError):
            self.error.show_error(
                _tr("Could not write the PDF {path}: {problem}").format(
                    path=file_name(path), problem=os_problem(error.errno, error.strerror or str(error))
                )
            )
        else:
            raise error

    def ask_csv(self) -> None:
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, _tr("Export as CSV"), self._suggested("csv"), _tr("CSV files (*.csv)")
        )
        if path:
            self.save_csv(Path(path))

    def save_csv(self, path: Path) -> bool:
        """The report's main table as CSV (exact amounts, a currency column; what a spreadsheet reads)."""
        if self.report is None:
            return False
        try:
            write_report_file(path, to_csv(self.report).encode("utf-8"))
        except OSError as error:
            self.error.show_error(
                _tr("Could not write the CSV {path}: {problem}").format(
                    path=file_name(path), problem=os_problem(error.errno, error.strerror or str(error))
                )
            )
            return False
        self.error.clear_error()
        self.state.setText(in_direction(_tr("Exported {path}.").format(path=file_name(path))))
        self.saved.emit(str(path))
        return True
