"""The import wizard's "Map columns" page for CSV files, driven like a person would: columns mapped (or a saved
mapping chosen), the preview and the import read with that mapping, and a mapping the service rejects blocks Next."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from cardfile.services import Services
from cardfile.services.importer import ImportReport
from cardfile.services.readmodels import ContactRead
from cardfile.ui.importing.csv_mapping_page import (
    IGNORE,
    KEEP_IN_NOTES,
    CsvMappingPage,
    canonical_target,
    describe_target,
)
from cardfile.ui.importing.wizard import ImportWizard
from cardfile.ui.tasks import TaskRunner
from tests.gui.conftest import OpenWindow

# An export of a German order-keeping program: no header Google, Outlook or Cardfile writes, in Windows-1252 with
# semicolons, as Excel saves it in Germany.
OTHER_CRM = (
    "Vorname;Nachname;Firma;E-Mail geschäftlich;Mobil;Geschlecht;Kundennummer\r\n"
    "Grete;Müller;Bäckerei Müller GmbH;grete@baeckerei.example;+49 170 1234567;w;K-1001\r\n"
    "Hans;Schmidt;Schmidt & Söhne;hans@schmidt.example;+49 171 7654321;m;K-1002\r\n"
)
CHOSEN = {"E-Mail geschäftlich": "email:work", "Mobil": "phone:cell", "Geschlecht": IGNORE}
# What the page suggests for it: German names of name, company, email and phone columns; the rest goes to the notes.
SUGGESTED = {
    "Vorname": "given",
    "Nachname": "family",
    "Firma": "company",
    "E-Mail geschäftlich": "email:work",
    "Mobil": "phone:cell",
}

GOOGLE = (
    "Name,Given Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,"
    "Organization 1 - Name,Organization 1 - Title\n"
    "Grace Hopper,Grace,Hopper,* myContacts ::: Navy,* Work,grace@navy.example,Mobile,+1 202 555 0100,US Navy,"
    "Rear Admiral\n"
)


def _other_crm(tmp_path: Path, name: str = "kunden.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(OTHER_CRM.encode("cp1252"))
    return path


def _open_wizard(open_window: OpenWindow, paths: list[Path]) -> ImportWizard:
    window = open_window()
    window.import_action.trigger()
    wizard = window.import_wizard
    assert wizard is not None and wizard.isVisible()
    wizard.files_page.add_paths(paths)
    return wizard


def _to_mapping_page(wizard: ImportWizard) -> CsvMappingPage:
    wizard.next()
    assert wizard.currentId() == ImportWizard.MAPPING
    return wizard.mapping_page


def _choose(page: CsvMappingPage, header: str, target: str) -> None:
    """Pick a target in a column's combo box, as a click in its list would."""
    combo = page.combos[header]
    index = combo.findData(target)
    assert index >= 0, f"{target!r} is not offered"
    combo.setCurrentIndex(index)


def _import(qtbot: QtBot, wizard: ImportWizard) -> ImportReport:
    wizard.next()  # Import
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.REPORT, timeout=10_000)
    assert wizard.report is not None and not wizard.report.cancelled
    return wizard.report


def _contact(services: Services, given: str) -> ContactRead:
    found = [c for c in services.contacts.list() if c.given == given]
    assert len(found) == 1, [c.display_name for c in services.contacts.list()]
    return found[0]


def _check_grete(services: Services) -> None:
    grete = _contact(services, "Grete")
    assert (grete.given, grete.family) == ("Grete", "Müller")
    assert grete.company is not None and grete.company.name == "Bäckerei Müller GmbH"
    assert [(e["value"], e["label"]) for e in grete.emails] == [("grete@baeckerei.example", "work")]
    assert [(p["value"], p["label"]) for p in grete.phones] == [("+49 170 1234567", "cell")]
    assert grete.note == "Kundennummer: K-1001"  # kept, with its column name; Geschlecht was not imported


def test_a_csv_of_unknown_columns_is_mapped_on_the_page_and_imports_with_those_fields(
    qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path
) -> None:
    wizard = _open_wizard(open_window, [_other_crm(tmp_path)])
    page = _to_mapping_page(wizard)
    assert "kunden.csv: Windows-1252, separated by semicolons, 7 columns." in page.layout_label.text()
    assert [column.header for column in page.columns] == OTHER_CRM.split("\r\n")[0].split(";")
    assert page.columns[0].samples == ["Grete", "Hans"]
    assert page.mapping() == SUGGESTED
    assert page.target_of("Kundennummer") == KEEP_IN_NOTES
    assert page.combos["Kundennummer"].currentText() == "Add to notes with the column name"
    assert page.combos["Vorname"].itemText(0) == "Do not import"  # the first choice of every column

    for header, target in CHOSEN.items():
        _choose(page, header, target)
    assert page.isComplete() and not page.error_label.isVisible()

    wizard.back()  # the files page, and forward again: the choices stay
    wizard.next()
    assert page.target_of("Mobil") == "phone:cell"

    wizard.next()
    assert wizard.currentId() == ImportWizard.PREVIEW
    items = wizard.preview_model.items
    assert [(item.display_name, item.company, item.emails) for item in items] == [
        ("Grete Müller", "Bäckerei Müller GmbH", ["grete@baeckerei.example"]),
        ("Hans Schmidt", "Schmidt & Söhne", ["hans@schmidt.example"]),
    ]
    report = _import(qtbot, wizard)
    assert (report.imported, report.rejected) == (2, [])
    _check_grete(services)


def test_the_columns_are_reached_with_the_keyboard(
    qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path
) -> None:
    page = _to_mapping_page(_open_wizard(open_window, [_other_crm(tmp_path)]))
    combos = list(page.combos.values())
    # Tab goes from the saved-mapping buttons through the columns' combo boxes in column order.
    assert page.delete_button.nextInFocusChain() is combos[0]
    assert all(a.nextInFocusChain() is b for a, b in itertools.pairwise(combos))
    assert all(combo.focusPolicy() & Qt.FocusPolicy.TabFocus for combo in combos)
    mobile = page.combos["Mobil"]
    mobile.setCurrentIndex(mobile.findData("phone:home"))
    qtbot.keyClick(mobile, Qt.Key.Key_Down)
    assert page.target_of("Mobil") == "phone:cell"
    assert page.mapping()["Mobil"] == "phone:cell"


def test_a_saved_mapping_is_offered_and_applied_to_the_next_file(
    qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = _open_wizard(open_window, [_other_crm(tmp_path, "march.csv")])
    page = _to_mapping_page(wizard)
    for header, target in CHOSEN.items():
        _choose(page, header, target)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Warenwirtschaft", True))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    expected = {"Vorname": "given", "Nachname": "family", "Firma": "company", **CHOSEN}
    assert services.importer.csv_mappings() == {"Warenwirtschaft": expected}
    assert page.saved_combo.currentText() == "Warenwirtschaft"
    wizard.reject()

    # Next month's export of the same program: the saved mapping is offered, and choosing it maps every column.
    wizard = _open_wizard(open_window, [_other_crm(tmp_path, "april.csv")])
    page = _to_mapping_page(wizard)
    assert page.saved_combo.currentText() == "Suggested for this file"
    assert [page.saved_combo.itemText(i) for i in range(page.saved_combo.count())] == [
        "Suggested for this file",
        "Warenwirtschaft",
    ]
    assert page.target_of("Geschlecht") == KEEP_IN_NOTES
    qtbot.keyClick(page.saved_combo, Qt.Key.Key_Down)
    assert page.saved_combo.currentText() == "Warenwirtschaft"
    assert page.mapping() == expected
    assert page.combos["Mobil"].currentText() == "Phone (mobile)"
    wizard.next()
    _import(qtbot, wizard)
    _check_grete(services)

    qtbot.keyClick(page.saved_combo, Qt.Key.Key_Up)  # back to the suggestion
    assert page.mapping() == SUGGESTED


def test_a_saved_mapping_can_be_deleted(
    qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.importer.save_csv_mapping("Old", {"Vorname": "given"})
    services.importer.save_csv_mapping("Current", {"Vorname": "given", "Nachname": "family"})
    page = _to_mapping_page(_open_wizard(open_window, [_other_crm(tmp_path)]))
    assert not page.delete_button.isEnabled()  # nothing saved is chosen
    page.saved_combo.setCurrentIndex(page.saved_combo.findData("Old"))
    page.saved_combo.activated.emit(page.saved_combo.currentIndex())
    assert page.delete_button.isEnabled()
    asked: list[str] = []

    def answer(parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["Delete the saved mapping “Old”?"]
    assert list(services.importer.csv_mappings()) == ["Current"]
    assert [page.saved_combo.itemText(i) for i in range(page.saved_combo.count())] == [
        "Suggested for this file",
        "Current",
    ]


def test_a_mapping_the_service_rejects_blocks_next_with_its_reason(
    qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path
) -> None:
    """A mapping saved by a newer Cardfile may name a field this version does not know: the page says which column
    and blocks Next until that column is mapped to something else."""
    services.db.set_setting("csv_mappings", {"From a newer Cardfile": {"Vorname": "given", "Geschlecht": "gender"}})
    wizard = _open_wizard(open_window, [_other_crm(tmp_path)])
    page = _to_mapping_page(wizard)
    assert page.isComplete()
    page.saved_combo.setCurrentIndex(1)
    page.saved_combo.activated.emit(1)

    assert page.combos["Geschlecht"].currentText() == "“gender” (not a field this version of Cardfile knows)"
    assert page.error_label.isVisible()
    assert page.error_label.text().startswith(
        "The column “Geschlecht” cannot be mapped to “gender”: there is no such field."
    )
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert not page.save_button.isEnabled()  # a mapping the importer refuses is not saved either
    wizard.next()
    assert wizard.currentId() == ImportWizard.MAPPING

    _choose(page, "Geschlecht", IGNORE)
    assert not page.error_label.isVisible() and page.isComplete()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentId() == ImportWizard.PREVIEW


def test_a_google_contacts_export_comes_mapped(
    qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(GOOGLE, encoding="utf-8")
    wizard = _open_wizard(open_window, [path])
    page = _to_mapping_page(wizard)
    text = page.layout_label.text()
    assert "contacts.csv: UTF-8, separated by commas, 10 columns." in text
    assert "Recognised as a Google Contacts export" in text
    assert page.mapping() == {
        "Name": "display_name",
        "Given Name": "given",
        "Family Name": "family",
        "Group Membership": "tags",
        "E-mail 1 - Type": "email#1.label",
        "E-mail 1 - Value": "email#1.value",
        "Phone 1 - Type": "phone#1.label",
        "Phone 1 - Value": "phone#1.value",
        "Organization 1 - Name": "company",
        "Organization 1 - Title": "title",
    }
    assert page.combos["E-mail 1 - Type"].currentText() == "Email 1: label"
    assert page.combos["Phone 1 - Value"].currentText() == "Phone 1"
    wizard.next()
    _import(qtbot, wizard)
    grace = _contact(services, "Grace")
    assert [(e["value"], e["label"], e["preferred"]) for e in grace.emails] == [("grace@navy.example", "work", True)]
    assert [(p["value"], p["label"]) for p in grace.phones] == [("+1 202 555 0100", "cell")]
    assert (grace.title, grace.tags) == ("Rear Admiral", ["Navy"])


def test_vcard_files_alone_skip_the_mapping_page(
    qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path
) -> None:
    cards = tmp_path / "one.vcf"
    cards.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Alan Turing\nEND:VCARD\n", encoding="utf-8")
    wizard = _open_wizard(open_window, [cards])
    wizard.next()
    assert wizard.currentId() == ImportWizard.PREVIEW
    assert wizard.csv_mapping() is None


def test_a_csv_file_that_is_not_csv_stops_on_the_first_page(
    qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path
) -> None:
    empty = tmp_path / "export.csv"
    empty.write_bytes(b"")
    wizard = _open_wizard(open_window, [empty])
    wizard.next()
    assert wizard.currentId() == ImportWizard.FILES
    assert "export.csv is not a CSV file of contacts (it is empty)" in wizard.files_page.error_label.text()


def test_scrolling_over_a_column_does_not_remap_it(
    qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path
) -> None:
    """Regression guard: a wheel turn over a combo box the person has not focused scrolls the list of columns;
    it must not change the field of every column the pointer passes over."""
    page = _to_mapping_page(_open_wizard(open_window, [_other_crm(tmp_path)]))
    combo = page.combos["Vorname"]
    assert not combo.hasFocus()
    centre = QPointF(combo.rect().center())
    wheel = QWheelEvent(
        centre,
        combo.mapToGlobal(centre),
        QPoint(),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(combo, wheel)
    assert page.target_of("Vorname") == "given"


def test_the_page_mirrors_right_to_left(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    wizard = ImportWizard(services, TaskRunner(), [_other_crm(tmp_path)])
    qtbot.addWidget(wizard)
    wizard.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    wizard.show()
    qtbot.waitExposed(wizard)
    page = _to_mapping_page(wizard)
    combo, heading = page.combos["Vorname"], page.header_labels["Vorname"]
    assert combo.geometry().right() < heading.geometry().left()  # the combo box is on the left, the header right


@pytest.mark.parametrize(
    ("target", "words"),
    [
        ("given", "Given name"),
        ("phone:cell", "Phone (mobile)"),
        ("address:work.locality", "Address (work): city"),
        ("email#2.label", "Email 2: label"),
        ("email#all", "Email (all)"),
        ("address", "Address: street"),
        ("ignore", "Do not import"),
        ("gender", "“gender” (not a field this version of Cardfile knows)"),
    ],
)
def test_targets_are_described_in_words(target: str, words: str) -> None:
    assert describe_target(target) == words


def test_two_spellings_of_one_target_are_the_same_target() -> None:
    assert canonical_target("address") == canonical_target("address.street") == "address.street"
    assert canonical_target("email#1") == canonical_target("email#1.value")
    assert canonical_target("phone:cell") != canonical_target("phone:work")


def test_the_page_suggests_fields_from_values_and_warns_when_no_column_holds_names(
    qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path
) -> None:
    path = tmp_path / "leads.csv"
    path.write_text(
        "Org;Spalte 2;Spalte 3\nAcme;ann@acme.example;+49 30 1234567\nGlobex;bo@globex.example;+49 30 7654321\n",
        encoding="utf-8",
    )
    page = _to_mapping_page(_open_wizard(open_window, [path]))
    assert page.mapping() == {"Org": "company", "Spalte 2": "email", "Spalte 3": "phone"}
    assert "values" in page.combos["Spalte 2"].toolTip() and page.combos["Org"].toolTip() == ""
    # No column holds names: said on the page (a warning, not an error), and Next stays possible.
    assert page.warning_label.isVisible() and "No column holds people's names" in page.warning_label.text()
    assert not page.error_label.isVisible()
    assert page.isComplete()
    _choose(page, "Spalte 3", "phone:work")  # a suggestion is only a suggestion
    assert page.mapping()["Spalte 3"] == "phone:work"
    _choose(page, "Org", "display_name")
    assert not page.warning_label.isVisible()
