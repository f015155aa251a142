"""Calendar files in the app: the import wizard takes .ics files (preview, the same per-item report, one step to
undo), and the export dialog writes activities as .ics (all, a date range, a person's, the selection)."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QDate, QLocale
from pytestqt.qtbot import QtBot

from cardfile.domain.models import ActivityCreate
from cardfile.services import Services
from cardfile.ui.dialogs.export import DATES, ICS, PERSON, SELECTED_ACTIVITIES, ExportDialog
from cardfile.ui.importing.wizard import ImportWizard
from tests.gui.conftest import OpenWindow
from tests.helpers import ROOT, add_contact

pytestmark = pytest.mark.gui

ICS_FILES = ROOT / "tests" / "data" / "ics"


def _wizard(open_window: OpenWindow, paths: list[Path]) -> ImportWizard:
    window = open_window()
    window.import_action.trigger()
    wizard = window.import_wizard
    assert wizard is not None
    wizard.files_page.add_paths(paths)
    return wizard


def test_an_ics_file_is_previewed_imported_reported_and_undone_as_one_step(
    qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.ics"
    shutil.copy(ICS_FILES / "broken.ics", broken)
    wizard = _wizard(open_window, [broken])
    wizard.next()
    assert wizard.currentId() == ImportWizard.CALENDAR
    table = wizard.calendar_page.table
    rows = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert "The one good event" in rows and sum(r.startswith("(line") for r in rows) >= 5
    wizard.next()  # Import
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=10_000)
    report = wizard.report
    assert report is not None and report.imported == 1 and len(report.rejected) >= 5
    assert {r["line"] for r in report.rejected} >= {4, 8}  # the BEGIN line of each broken item
    assert wizard.currentId() == ImportWizard.REPORT
    assert wizard.report_page.rejected_table.rowCount() == len(report.rejected)
    assert [a.subject for a in services.activities.list()] == ["The one good event"]
    services.history.undo()
    assert services.activities.list() == []


def test_importing_again_updates_or_leaves_alone_what_came_before(
    qtbot: QtBot, services: Services, open_window: OpenWindow
) -> None:
    services.calendar_files.import_ics(ICS_FILES / "google.ics")
    before = {a.id for a in services.activities.list()}
    wizard = _wizard(open_window, [ICS_FILES / "google.ics"])
    wizard.next()
    table = wizard.calendar_page.table
    assert any(table.item(r, 3).text() == "yes" for r in range(table.rowCount()))  # imported before
    wizard.calendar_page.duplicates.setCurrentIndex(wizard.calendar_page.duplicates.findData("skip"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=10_000)
    assert wizard.report is not None and wizard.report.imported == 0 and wizard.report.skipped >= 1
    assert {a.id for a in services.activities.list()} == before


def test_calendar_and_contact_files_are_imported_apart(
    qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path
) -> None:
    card = tmp_path / "one.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Ada\nEND:VCARD\n", encoding="utf-8")
    wizard = _wizard(open_window, [card, ICS_FILES / "google.ics"])
    wizard.next()
    assert wizard.currentId() == ImportWizard.FILES
    assert ".ics" in wizard.files_page.error_label.text()


def test_a_file_that_is_not_a_calendar_stops_on_the_files_page(
    qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path
) -> None:
    fake = tmp_path / "notes.ics"
    fake.write_text("these are my notes, not a calendar\n", encoding="utf-8")
    wizard = _wizard(open_window, [fake])
    wizard.next()
    assert wizard.currentId() == ImportWizard.FILES and "notes.ics" in wizard.files_page.error_label.text()
    assert services.activities.list() == []


def _export(qtbot: QtBot, dialog: ExportDialog, target: Path) -> icalendar.Calendar:
    dialog.destination.setText(str(target))
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    return icalendar.Calendar.from_ical(target.read_bytes())


def _summaries(calendar: icalendar.Calendar) -> list[str]:
    return sorted(str(e["SUMMARY"]) for e in calendar.walk() if e.name in ("VEVENT", "VTODO"))


def test_the_export_dialog_writes_all_a_range_a_persons_and_the_selection_as_ics(
    qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path
) -> None:
    anna = add_contact(services, given="Anna")
    march = services.activities.schedule(
        ActivityCreate(subject="March call", starts_at=datetime(2025, 3, 10, 10, tzinfo=UTC), contact_ids=[anna])
    )
    services.activities.schedule(ActivityCreate(subject="April call", starts_at=datetime(2025, 4, 10, 10, tzinfo=UTC)))
    window = open_window()
    dialog = ExportDialog(services, window.tasks, parent=window)
    dialog.format.setCurrentIndex(dialog.format.findData(ICS))
    assert dialog.windowTitle() == "Export Activities"
    assert _summaries(_export(qtbot, dialog, tmp_path / "all.ics")) == ["April call", "March call"]

    dialog = ExportDialog(services, window.tasks, parent=window)
    dialog.format.setCurrentIndex(dialog.format.findData(ICS))
    dialog.activities.setCurrentIndex(dialog.activities.findData(DATES))
    dialog.date_from.setDate(QDate(2025, 4, 1))
    dialog.date_to.setDate(QDate(2025, 4, 30))
    assert _summaries(_export(qtbot, dialog, tmp_path / "april.ics")) == ["April call"]

    dialog = ExportDialog(services, window.tasks, selected_ids=[anna], selected_type="contact", parent=window)
    dialog.format.setCurrentIndex(dialog.format.findData(ICS))
    dialog.activities.setCurrentIndex(dialog.activities.findData(PERSON))
    assert "Anna" in dialog.activities.currentText()
    assert _summaries(_export(qtbot, dialog, tmp_path / "anna.ics")) == ["March call"]

    dialog = ExportDialog(services, window.tasks, selected_ids=[march.id], selected_type="activity", parent=window)
    assert dialog.format.currentData() == ICS and dialog.activities.currentData() == SELECTED_ACTIVITIES
    assert _summaries(_export(qtbot, dialog, tmp_path / "chosen.ics")) == ["March call"]


def test_counts_in_the_export_dialog_are_written_in_the_readers_digits(
    qtbot: QtBot, open_window: OpenWindow, services: Services
) -> None:
    """Regression (the Persian screenshots): counts among Persian words read '(12)', not '(۱۲)'."""
    ids = [add_contact(services, given=f"P{n}", family="Q") for n in range(12)]
    window = open_window()
    before = QLocale()
    QLocale.setDefault(QLocale("fa"))
    try:
        dialog = ExportDialog(services, window.tasks, selected_ids=ids, selected_type="contact", parent=window)
        qtbot.addWidget(dialog)
        shown = [dialog.what.itemText(i) for i in range(dialog.what.count())]
    finally:
        QLocale.setDefault(before)
    assert any("۱۲" in text for text in shown), shown
    assert not any(ch in "0123456789" for text in shown for ch in text), shown
