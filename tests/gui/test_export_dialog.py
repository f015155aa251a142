"""The export dialog: choose what, the format and where, run it in the background, say where it wrote."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from cardfile.services import Services
from cardfile.ui.dialogs.export import CSV, GROUP, SELECTION, VCARD4
from tests.gui.conftest import OpenWindow
from tests.helpers import add_contact


def test_a_group_exports_to_a_folder_one_file_per_member(
    qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path
) -> None:
    members = [add_contact(services, given=name, family="Member") for name in ("Ann", "Bob", "Cy")]
    add_contact(services, given="Not", family="In The Group")
    group = services.groups.create("Board")
    services.groups.add_members(group.id, members)
    window = open_window()
    window.export_action.trigger()
    dialog = window.export_dialog
    assert dialog is not None and dialog.isVisible()
    out = tmp_path / "board"
    dialog.choose(what=GROUP, group_id=group.id, fmt=VCARD4, folder=True)
    dialog.destination.setText(str(out))
    assert dialog.export_button.isEnabled()
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    written = sorted(path.name for path in out.iterdir())
    assert written == ["Ann Member.vcf", "Board.vcf", "Bob Member.vcf", "Cy Member.vcf"]  # the group's own card too
    assert all("VERSION:4.0" in (out / name).read_text(encoding="utf-8") for name in written)
    assert (out / "Board.vcf").read_text(encoding="utf-8").count("MEMBER:") == 3
    assert str(out) in dialog.message.text() and "Exported 3 records to" in dialog.message.text()


def test_the_selection_exports_as_csv_to_one_file(
    qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path
) -> None:
    for name in ("Ann", "Bob", "Cy"):
        add_contact(services, given=name, family="Csv")
    window = open_window()
    page = window.pages["contacts"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.view.selectAll()
    window.export_action.trigger()
    dialog = window.export_dialog
    assert dialog.what.currentData() == SELECTION  # what is selected is what is offered first
    dialog.choose(what=SELECTION, fmt=CSV)
    assert not dialog.per_contact.isEnabled()  # a CSV is one file
    target = tmp_path / "people.csv"
    dialog.destination.setText(str(target))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 4 and all("Csv" in line for line in lines[1:])


def test_the_destination_shows_a_whole_path(qtbot: QtBot, open_window: OpenWindow) -> None:
    """Regression (seen in a screenshot at 1024×640): the Destination field took its size hint and showed about
    fifteen letters of a path."""
    window = open_window()
    window.export_action.trigger()
    dialog = window.export_dialog
    qtbot.waitExposed(dialog)
    path = "/home/anna/Documents/cardfile-2026-12-06.vcf"
    dialog.destination.setText(path)
    field = dialog.destination
    assert field.width() > field.fontMetrics().horizontalAdvance(path)
