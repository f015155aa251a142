"""The import wizard, driven like a person would: files → preview with decisions → progress → report."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QWizard
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cardfile.services import Services
from cardfile.services.importer import ImportReport
from cardfile.ui.importing.wizard import ImportWizard, PreviewModel, ReportPage
from tests.gui.conftest import OpenWindow
from tests.helpers import add_contact

CARDS = """BEGIN:VCARD
VERSION:3.0
FN:Grace Hopper
EMAIL:grace@example.org
ORG:Navy
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Ada L.
EMAIL:ada@example.org
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Alan Turing
END:VCARD
"""
BROKEN_LINE = 12  # the BEGIN of the card that holds nothing


def _cards_file(tmp_path: Path) -> Path:
    path = tmp_path / "people.vcf"
    path.write_text(CARDS, encoding="utf-8")
    return path


def _ada(services: Services) -> str:
    return add_contact(services, given="Ada", family="Lovelace", emails=[{"value": "ada@example.org"}])


def _open_wizard(open_window: OpenWindow, qtbot: QtBot, paths: list[Path]) -> ImportWizard:
    window = open_window()
    window.import_action.trigger()
    wizard = window.import_wizard
    assert wizard is not None and wizard.isVisible()
    wizard.files_page.add_paths(paths)
    return wizard


def _row_of(model: PreviewModel, name: str) -> int:
    return next(row for row, item in enumerate(model.items) if item.display_name == name)


def test_a_file_imports_with_a_skipped_duplicate_and_a_rejected_card_reported(
    qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path
) -> None:
    ada = _ada(services)
    wizard = _open_wizard(open_window, qtbot, [_cards_file(tmp_path)])
    window = wizard.parent()
    contacts = window.pages["contacts"]
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 1)

    wizard.next()
    assert wizard.currentId() == ImportWizard.PREVIEW
    model = wizard.preview_model
    assert model.rowCount() == 4
    duplicate = _row_of(model, "Ada L.")
    match_text = model.index(duplicate, PreviewModel.MATCH).data()
    assert "Ada Lovelace" in match_text and "same email" in match_text
    assert model.items[duplicate].match.record_id == ada
    broken = next(row for row, item in enumerate(model.items) if item.kind == "rejected")
    assert model.index(broken, PreviewModel.DECISION).data() == "Cannot import"
    assert f"Line {BROKEN_LINE}: the card is empty" in model.index(broken, PreviewModel.EMAIL).data()

    combo = wizard.preview_page.view.indexWidget(model.index(duplicate, PreviewModel.DECISION))
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("skip"))
    assert model.decisions() == {model.items[duplicate].key: "skip"}

    wizard.next()  # Import
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.REPORT, timeout=10_000)
    report = wizard.report
    assert report is not None and not report.cancelled
    assert (report.imported, report.updated, report.skipped, len(report.rejected)) == (2, 0, 1, 1)
    table = wizard.report_page.rejected_table
    rows = [[table.item(row, column).text() for column in range(5)] for row in range(table.rowCount())]
    assert len(rows) == 2  # the card that could not be imported and the one skipped, each with why
    assert ["people.vcf", str(BROKEN_LINE)] in [row[:2] for row in rows]
    broken = next(row for row in rows if row[1] == str(BROKEN_LINE))
    assert broken[3] == "Not imported" and "empty" in broken[4]
    skipped = next(row for row in rows if row[1] != str(BROKEN_LINE))
    assert skipped[2] == "Ada L." and skipped[3] == "Skipped" and skipped[4] == "skipped as chosen"
    assert "2 imported as new" in wizard.report_page.counts.text()
    # the report is the last page: Finish, not Next to the calendar file's preview (the screenshots showed Next)
    assert wizard.report_page.isFinalPage()
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isVisible()
    qtbot.waitUntil(lambda: window.lookup_banner.isVisible() and contacts.model.rowCount() == 2)  # what it wrote
    assert window.lookup_banner.label.text() == "Imported just now: 2 contacts"
    window.lookup_banner.show_all_button.click()
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 3)
    assert services.contacts.get(ada).display_name == "Ada Lovelace"  # the skipped duplicate left it alone


def test_cancelling_the_import_leaves_the_database_as_it_was(
    qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path
) -> None:
    _ada(services)
    big = tmp_path / "many.vcf"
    big.write_text(
        "".join(f"BEGIN:VCARD\nVERSION:3.0\nFN:Person {n}\nEMAIL:p{n}@example.org\nEND:VCARD\n" for n in range(3000)),
        encoding="utf-8",
    )
    before = services.contacts.ids()
    wizard = _open_wizard(open_window, qtbot, [big])
    wizard.next()
    wizard.next()  # Import: the job starts on a worker
    assert wizard.currentId() == ImportWizard.PROGRESS and wizard.is_importing
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert wizard.isVisible()  # Cancel stops the import, it does not close the wizard
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.REPORT, timeout=20_000)
    assert wizard.report is not None and wizard.report.cancelled
    assert "Nothing was imported" in wizard.report_page.counts.text()
    assert not wizard.report_page.rejected_table.isVisible()
    assert services.contacts.ids() == before


def test_an_import_stopped_part_way_that_cannot_be_taken_back_says_what_stayed(
    qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path
) -> None:
    """Regression: the report page said "Nothing was imported." after any failure, also when batches stayed
    because the database would not take them back (here another program holds its write lock)."""
    big = tmp_path / "many.vcf"
    big.write_text(
        "".join(f"BEGIN:VCARD\nVERSION:3.0\nFN:Person {n}\nEMAIL:p{n}@example.org\nEND:VCARD\n" for n in range(20_000)),
        encoding="utf-8",
    )
    wizard = _open_wizard(open_window, qtbot, [big])
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: services.contacts.count() > 0, timeout=30_000)
    holder = sqlite3.connect(services.db.path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # from now on neither the next batch nor its undo can be written
        qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.REPORT, timeout=60_000)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    stayed = services.contacts.count()
    text = wizard.report_page.counts.text()
    assert "Nothing was imported" not in text
    assert text.startswith("The import stopped part-way. ") and "is locked" in text
    contacts = "1 new contact" if stayed == 1 else f"{stayed} new contacts"  # English's plural forms
    assert f"What it had written before that stayed in the database: {contacts}." in text
    assert text.endswith("Edit ▸ Undo takes all of it back in one step.")


def test_a_file_that_is_not_vcard_stops_on_the_first_page_with_nothing_changed(
    qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.vcf"
    notes.write_text("Shopping list\nmilk\neggs\n", encoding="utf-8")
    wizard = _open_wizard(open_window, qtbot, [notes])
    wizard.next()
    assert wizard.currentId() == ImportWizard.FILES
    assert wizard.files_page.error_label.isVisible()
    assert "notes.vcf is not a vCard file" in wizard.files_page.error_label.text()
    assert services.contacts.ids() == []


def test_the_empty_contacts_list_offers_an_import(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    window.import_vcard_action.trigger()
    assert window.import_wizard is not None and window.import_wizard.isVisible()


def test_the_preview_model_passes_the_model_tester(
    qtmodeltester: ModelTester, services: Services, tmp_path: Path
) -> None:
    _ada(services)
    model = PreviewModel()
    model.set_items(services.importer.preview([_cards_file(tmp_path)]))
    qtmodeltester.check(model)
    duplicate = _row_of(model, "Ada L.")
    assert model.setData(model.index(duplicate, PreviewModel.DECISION), "new")
    assert not model.setData(model.index(_row_of(model, "Alan Turing"), PreviewModel.DECISION), "update")
    model.set_default("skip")
    assert model.decision(_row_of(model, "Grace Hopper")) == "new"  # no duplicate: the default is not for it
    assert model.decision(duplicate) == "new"  # chosen one by one: the default leaves it alone
    qtmodeltester.check(model)


def test_the_reports_counts_are_written_in_the_readers_digits(qtbot: QtBot) -> None:
    """Regression (the Persian screenshots): the finished import's counts read '2 … 1 … 0' among Persian words."""
    before = QLocale()
    QLocale.setDefault(QLocale("fa"))
    try:
        page = ReportPage()
        qtbot.addWidget(page)
        page.show_report(ImportReport(job_id="j", files=["a.vcf"], imported=12, updated=3, skipped=0))
        text = page.counts.text()
    finally:
        QLocale.setDefault(before)
    assert "۱۲" in text and "۳" in text and "۰" in text
    assert not any(ch in "0123456789" for ch in text), text
