"""The import wizard's pages at their edges: the Decision column in view, a summary that counts right, folders
read through, errors that look like errors, a mapping that names nobody, a preview where nothing can be imported,
and the records an import wrote shown once it is done."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWizard
from pytestqt.qtbot import QtBot

from cardfile.services import Services
from cardfile.ui.importing.wizard import ImportWizard, PreviewModel
from cardfile.ui.widgets.editors import ERROR_COLOR
from tests.gui.conftest import OpenWindow
from tests.gui.test_import_wizard_csv import _choose, _open_wizard, _to_mapping_page
from tests.helpers import add_contact

pytestmark = pytest.mark.gui


def card(name: str, email: str = "", org: str = "") -> str:
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{name}"]
    lines += [f"EMAIL:{email}"] if email else []
    lines += [f"ORG:{org}"] if org else []
    return "\n".join([*lines, "END:VCARD", ""])


EMPTY_CARD = "BEGIN:VCARD\nVERSION:3.0\nEND:VCARD\n"


def test_the_decision_column_is_in_view_without_scrolling(
    qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path
) -> None:
    """Regression: long names, addresses and companies pushed the Decision column, the one to act on, out of
    the table's view."""
    long = "Aðalheiður Guðmundsdóttir-Þorsteinsdóttir von Habsburg-Lothringen"
    add_contact(
        services, given="Aðalheiður", family="G", emails=[{"value": "adalheidur.a.very.long.address@example.org"}]
    )
    path = tmp_path / "long.vcf"
    path.write_text(
        card(long, "adalheidur.a.very.long.address@example.org", "Norðurljós Sjávarútvegur og Fiskvinnsla ehf.") * 3
        + card("Bo", "bo@example.org"),
        encoding="utf-8",
    )
    wizard = _open_wizard(open_window, [path])
    wizard.next()
    assert wizard.currentId() == ImportWizard.PREVIEW
    view = wizard.preview_page.view
    qtbot.wait(20)
    viewport = view.viewport().rect()
    for row in range(view.model().rowCount()):
        cell = view.visualRect(view.model().index(row, PreviewModel.DECISION))
        assert viewport.contains(cell), (cell, viewport)
    assert view.horizontalScrollBar().maximum() == 0
    model = view.model()
    for column in (PreviewModel.NAME, PreviewModel.EMAIL, PreviewModel.COMPANY, PreviewModel.MATCH):
        index = model.index(0, column)  # a cell cut short by its column says all of itself when pointed at
        assert model.data(index, Qt.ItemDataRole.ToolTipRole) == model.data(index)
    assert "Aðalheiður" in model.data(model.index(0, PreviewModel.MATCH), Qt.ItemDataRole.ToolTipRole)


def test_the_summary_counts_every_card_and_the_files_in_folders(
    qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path
) -> None:
    """Regression: the summary said "The first 3 cards of 1 file(s)" for a folder of two files holding 3 cards."""
    folder = tmp_path / "exports"
    (folder / "2024").mkdir(parents=True)
    (folder / "a.vcf").write_text(card("Ann", "ann@example.org") + EMPTY_CARD, encoding="utf-8")
    (folder / "2024" / "b.vcf").write_text(card("Bo", "bo@example.org"), encoding="utf-8")  # one folder down
    wizard = _open_wizard(open_window, [folder])
    wizard.next()
    assert sorted(item.display_name for item in wizard.preview_model.items if item.kind != "rejected") == ["Ann", "Bo"]
    assert wizard.preview_page.summary.text() == "3 cards from 2 files: 0 duplicates, 1 not importable."

    many = tmp_path / "many.vcf"
    many.write_text("".join(card(f"Person {n}") for n in range(60)), encoding="utf-8")
    wizard.back()
    wizard.files_page.add_paths([many])
    wizard.next()
    assert wizard.preview_page.summary.text().startswith("The first 50 cards from 3 files: 0 duplicates")

    wizard.back()
    wizard.files_page.file_list.selectAll()
    wizard.files_page.remove_selected()
    wizard.files_page.add_paths([folder / "2024" / "b.vcf"])
    add_contact(services, given="Bo", emails=[{"value": "bo@example.org"}])
    wizard.next()
    assert wizard.preview_page.summary.text() == "1 card from 1 file: 1 duplicate, 0 not importable."


def test_files_dropped_on_the_list_are_added_and_the_empty_list_says_what_goes_in_it(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    """Regression (seen in a screenshot): opened from the empty first screen, the wizard showed an empty white box
    that said nothing, and files dragged from a file manager could not be dropped on it."""
    wizard = _open_wizard(open_window, [])
    files = wizard.files_page.file_list
    qtbot.waitExposed(files)
    painted = files.viewport().grab().toImage()
    ink = {painted.pixelColor(x, y).name() for x in range(0, painted.width(), 3) for y in range(0, painted.height(), 3)}
    assert len(ink) > 1  # the hint is drawn, not a blank box
    path = tmp_path / "phone.vcf"
    path.write_text(card("Ann"), encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)), QUrl("https://example.org/not-a-file.vcf")])
    point = files.viewport().rect().center()
    enter = QDragEnterEvent(
        point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(files.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(point), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(files.viewport(), drop)
    assert wizard.files_page.paths() == [str(path)]
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_the_report_lists_every_skipped_card_with_its_reason(
    qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path
) -> None:
    for name, email in (("Ann", "ann@example.org"), ("Bo", "bo@example.org")):
        add_contact(services, given=name, emails=[{"value": email}])
    path = tmp_path / "again.vcf"
    path.write_text(card("Ann", "ann@example.org") + card("Bo", "bo@example.org") + card("Cy"), encoding="utf-8")
    wizard = _open_wizard(open_window, [path])
    wizard.next()
    wizard.preview_page.default_combo.setCurrentIndex(wizard.preview_page.default_combo.findData("skip"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.REPORT, timeout=10_000)
    table = wizard.report_page.rejected_table
    rows = [[table.item(row, column).text() for column in range(5)] for row in range(table.rowCount())]
    assert [(row[2], row[3]) for row in rows] == [("Ann", "Skipped"), ("Bo", "Skipped")]
    assert all("same email address" in row[4] for row in rows)


def test_errors_look_like_errors_not_links(
    qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path
) -> None:
    """Regression: a file that could not be read was told in the selection colour, bold, like a link."""
    path = tmp_path / "notes.vcf"
    path.write_text("these are not cards\n", encoding="utf-8")
    wizard = _open_wizard(open_window, [path])
    wizard.next()
    label = wizard.files_page.error_label
    assert label.isVisible() and "notes.vcf" in label.text()
    assert_error_colour(label)


def assert_error_colour(label: QLabel) -> None:
    colour = label.palette().color(QPalette.ColorRole.WindowText)
    assert colour == QColor(ERROR_COLOR)
    assert colour not in (
        label.palette().color(role) for role in (QPalette.ColorRole.Link, QPalette.ColorRole.Highlight)
    )
    assert label.styleSheet() == ""


def test_a_mapping_that_names_nobody_keeps_next_off_and_says_why(
    qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path
) -> None:
    path = tmp_path / "numbers.csv"
    path.write_text("Nummer;Bemerkung\n+49 30 1234567;ruft zurück\n+49 30 7654321;\n", encoding="utf-8")
    wizard = _open_wizard(open_window, [path])
    page = _to_mapping_page(wizard)
    assert "email" not in page.mapping().values() and "display_name" not in page.mapping().values()
    assert page.error_label.isVisible()
    assert page.error_label.text().startswith("No column is mapped to a name, a company or an email address")
    assert_error_colour(page.error_label)
    assert not page.isComplete() and not wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    _choose(page, "Bemerkung", "display_name")
    assert not page.error_label.isVisible() and page.isComplete()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_preview_where_nothing_can_be_imported_does_not_make_import_the_default(
    qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path
) -> None:
    path = tmp_path / "empty.vcf"
    path.write_text(EMPTY_CARD * 2, encoding="utf-8")
    wizard = _open_wizard(open_window, [path])
    wizard.next()
    assert wizard.currentId() == ImportWizard.PREVIEW
    commit, back = (wizard.button(b) for b in (QWizard.WizardButton.CommitButton, QWizard.WizardButton.BackButton))
    assert isinstance(commit, QPushButton) and isinstance(back, QPushButton)
    qtbot.waitUntil(back.isDefault)
    assert not commit.isDefault()

    wizard.back()
    good = tmp_path / "good.vcf"
    good.write_text(card("Ann"), encoding="utf-8")
    wizard.files_page.add_paths([good])
    wizard.next()
    qtbot.waitUntil(commit.isDefault)  # a card that can be imported: Enter imports
    assert not back.isDefault()


def test_after_an_import_the_list_shows_what_it_wrote_until_show_all(
    qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path
) -> None:
    add_contact(services, given="Old", family="Friend")
    ann = add_contact(services, given="Ann", emails=[{"value": "ann@example.org"}])
    path = tmp_path / "new.vcf"
    path.write_text(card("Ann", "ann@example.org", "Acme") + card("Bo") + card("Cy"), encoding="utf-8")
    wizard = _open_wizard(open_window, [path])
    window = wizard.parent()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.REPORT, timeout=10_000)
    contacts = window.pages["contacts"]
    qtbot.waitUntil(lambda: window.lookup_banner.isVisible() and contacts.count() == 3, timeout=5000)
    names = {services.contacts.get(i).display_name for i in contacts.model.ids()}
    assert names == {"Ann", "Bo", "Cy"} and ann in contacts.model.ids()  # updated and new; not the old friend
    assert window.lookup_banner.label.text() == "Imported just now: 3 contacts"
    assert window.count_label.text() == "Contacts: 3 (filtered)"
    window.lookup_banner.show_all_button.click()
    qtbot.waitUntil(lambda: contacts.count() == 4)
    assert not window.lookup_banner.isVisible()


def test_the_empty_first_screen_offers_a_csv_import_beside_the_vcard_one(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    empty = window.pages["contacts"].empty
    assert empty.isVisible()
    buttons = {b.text(): b for b in empty.findChildren(QPushButton)}
    assert set(buttons) == {"New Contact", "Import a vCard File", "Import from Outlook, Google or a CSV File"}
    for button in buttons.values():
        assert button.width() >= button.sizeHint().width()  # none squeezed until its words are cut
    qtbot.mouseClick(buttons["Import from Outlook, Google or a CSV File"], Qt.MouseButton.LeftButton)
    wizard = window.import_wizard
    assert wizard is not None and wizard.isVisible()
    assert "Outlook" in wizard.files_page.subTitle() and "Google CSV" in wizard.files_page.subTitle()
