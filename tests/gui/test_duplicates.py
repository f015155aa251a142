"""Duplicates in the app: Find Duplicates (the scan in the background, Not Duplicates), the side-by-side merge view,
Merge History with Unmerge, the merge in the survivor's History tab, the form's hint of a card already there, and
Incomplete Records in the Lookup menu — driven through the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QRadioButton
from pytestqt.qtbot import QtBot

from cardfile.domain.lookup import FIELDS
from cardfile.domain.models import CompanyCreate, ContactUpdate, NoteCreate, validate
from cardfile.services import Services
from cardfile.ui.dialogs.lookups import NUMBER, ConditionRow, describe_query
from cardfile.ui.duplicates.duplicates_dialog import DuplicatesDialog
from cardfile.ui.duplicates.merge_dialog import MergeDialog, value_text
from cardfile.ui.main_window import MainWindow
from cardfile.ui.records.list_page import RecordListPage
from cardfile.ui.widgets.basics import plain
from tests.gui.conftest import OpenWindow
from tests.helpers import add_contact


@pytest.fixture
def book(services: Services) -> dict[str, str]:
    """Anna Berg twice (one email written in two cases, a note on the second card), Anna Petrova in Cyrillic and
    Latin letters at one company, and Kari Hansen, who has nobody like her and neither email nor phone."""
    services.settings.set_default_country("DE")
    acme = services.companies.create(validate(CompanyCreate, name="Acme GmbH")).id
    ids = {
        "anna": add_contact(
            services, given="Anna", family="Berg", title="Buyer", emails=[{"value": "anna.berg@acme.example"}]
        ),
        "anna_too": add_contact(
            services,
            given="Anna",
            family="Berg",
            title="Head buyer",
            emails=[{"value": "Anna.Berg@ACME.example"}, {"value": "anna@home.example", "label": "home"}],
            phones=[{"value": "+49 30 1234567"}],
        ),
        "petrova": add_contact(services, given="Анна", family="Петрова", company_id=acme),
        "petrova_latin": add_contact(services, given="Anna", family="Petrova", company_id=acme),
        "kari": add_contact(services, given="Kari", family="Hansen"),
    }
    services.notes.add(validate(NoteCreate, body="Met at the trade fair", contact_ids=[ids["anna_too"]]))
    return ids


def scanned(qtbot: QtBot, window: MainWindow) -> DuplicatesDialog:
    dialog = window.show_duplicates()
    assert dialog.task is not None
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.is_done, timeout=20000)
    return dialog


def select_group(dialog: DuplicatesDialog, name: str) -> None:
    row = next(n for n, g in enumerate(dialog.model.rows()) if name in g.names)
    selection = dialog.view.selectionModel()
    flags = selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows
    selection.setCurrentIndex(dialog.model.index(row, 0), flags)


def history_line(page: RecordListPage, name: str) -> QLabel | None:
    """The History tab's line of this name on the card shown now (the card is built again as news arrives)."""
    tabs = page.card.tabs
    if tabs is None:
        return None
    tabs.show_tab("history")
    return tabs.findChild(QLabel, name)


def test_find_duplicates_lists_the_groups_with_score_and_why(
    qtbot: QtBot, open_window: OpenWindow, book: dict[str, str]
) -> None:
    window = open_window()
    window._fill_lookup_menu()
    assert window.duplicates_action in window.lookup_menu.actions()
    dialog = scanned(qtbot, window)
    groups = {frozenset(g.ids) for g in dialog.model.rows()}
    assert groups == {
        frozenset({book["anna"], book["anna_too"]}),
        frozenset({book["petrova"], book["petrova_latin"]}),
    }
    row = next(n for n, g in enumerate(dialog.model.rows()) if "Петрова" in " ".join(g.names))
    assert dialog.model.index(row, 0).data() in ("Анна Петрова · Anna Petrova", "Anna Petrova · Анна Петрова")
    assert "same name in another script" in dialog.model.index(row, 2).data()
    anna = next(n for n, g in enumerate(dialog.model.rows()) if book["anna"] in g.ids)
    assert "same email" in dialog.model.index(anna, 2).data()
    assert int(dialog.model.index(anna, 1).data()) >= 55
    assert dialog.summary.text()
    before = QLocale()
    QLocale.setDefault(QLocale("fa"))
    try:  # the score in the reader's digits (the Persian screenshots showed "100" among Persian numbers)
        score = dialog.model.index(anna, 1).data()
        assert score and all("۰" <= ch <= "۹" for ch in score), score
    finally:
        QLocale.setDefault(before)


def test_not_duplicates_takes_a_group_out_for_good(qtbot: QtBot, open_window: OpenWindow, book: dict[str, str]) -> None:
    window = open_window()
    dialog = scanned(qtbot, window)
    select_group(dialog, "Anna Petrova")
    assert dialog.mark_selected() == 1
    assert all(book["petrova"] not in g.ids for g in dialog.model.rows())
    dialog.scan()
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.is_done, timeout=20000)
    assert [set(g.ids) for g in dialog.model.rows()] == [{book["anna"], book["anna_too"]}]


def test_the_scan_can_be_stopped(qtbot: QtBot, open_window: OpenWindow, book: dict[str, str]) -> None:
    window = open_window()
    dialog = window.show_duplicates()
    task = dialog.task
    assert task is not None
    dialog.stop()
    qtbot.waitUntil(lambda: task.is_done, timeout=20000)
    assert dialog.model.rowCount() == 0
    assert dialog.scan_button.isEnabled()


def test_the_merge_view_shows_both_cards_and_merges_what_was_picked(
    qtbot: QtBot, open_window: OpenWindow, services: Services, book: dict[str, str]
) -> None:
    window = open_window()
    dialog = scanned(qtbot, window)
    select_group(dialog, "Anna Berg")
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)  # Enter on a group compares its cards
    merge = dialog.merge_dialog
    assert isinstance(merge, MergeDialog)
    ids = merge.ids
    # side by side: a title for each card, the newest edited chosen, the other one a click away
    titles = {r: merge.findChild(QRadioButton, f"take_title_{r}") for r in ids}
    assert {r: plain(b.text()) for r, b in titles.items() if b is not None} == {
        book["anna"]: "Buyer",
        book["anna_too"]: "Head buyer",
    }
    assert titles[book["anna_too"]].isChecked()
    assert merge.results["emails"].text().count("\n") == 1  # two addresses: the one written twice is kept once
    titles[book["anna"]].click()
    assert plain(merge.results["title"].text()) == "Buyer"
    assert merge.take == {"title": book["anna"]}
    keep = merge.findChild(QRadioButton, f"keep_{book['anna_too']}")
    assert keep is not None
    keep.click()  # the second card stays; the title chosen stays chosen
    assert merge.survivor_id == book["anna_too"]
    assert merge.findChild(QRadioButton, f"take_title_{book['anna']}").isChecked()
    with qtbot.waitSignal(dialog.merged, timeout=5000):
        qtbot.mouseClick(merge.merge_button, Qt.MouseButton.LeftButton)
    survivor = services.contacts.get(book["anna_too"])
    assert survivor.title == "Buyer"
    assert {e["value"].casefold() for e in survivor.emails} == {"anna.berg@acme.example", "anna@home.example"}
    assert services.merging.survivor_of(book["anna"]) == book["anna_too"]
    assert all(book["anna"] not in g.ids for g in dialog.model.rows())  # the group left the list
    page = window.pages["contacts"]
    assert isinstance(page, RecordListPage)
    assert page.card.record_id == book["anna_too"]  # the window shows the card that stayed
    assert "Merged" in window.statusBar().currentMessage()


def test_the_merge_view_of_cards_in_two_scripts(qtbot: QtBot, open_window: OpenWindow, book: dict[str, str]) -> None:
    window = open_window()
    merge = MergeDialog(window.services, [book["petrova"], book["petrova_latin"]], window)
    qtbot.addWidget(merge)
    names = {plain(merge.findChild(QRadioButton, f"take_name_{r}").text()) for r in merge.ids}
    assert names == {"Анна Петрова", "Anna Petrova"}


def test_the_merge_view_sets_each_value_apart_right_to_left(
    qtbot: QtBot, open_window: OpenWindow, services: Services, book: dict[str, str]
) -> None:
    """Regression: in Persian the merge view showed 'Maple Capital Corp.' as '.Maple Capital Corp' and 'work:
    12345@maple.example' as 'maple.example@12345 :work': each line now starts in the interface's direction with
    its value isolated."""
    services.contacts.update(book["anna"], ContactUpdate(title="CEO, Sales."))
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = open_window()
        merge = MergeDialog(window.services, [book["anna"], book["anna_too"]], window)
        qtbot.addWidget(merge)
        title = merge.findChild(QRadioButton, f"take_title_{book['anna']}")
        assert title is not None and title.text() == "\u200f\u2068CEO, Sales.\u2069"
        emails = merge.results["emails"].text().split("\n")
        assert emails == [
            "\u200f\u2068anna.berg@acme.example\u2069",
            "\u200f\u2068home: \u2068anna@home.example\u2069\u2069",
        ]
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_merge_that_cannot_be_done_says_why_and_merges_nothing(
    qtbot: QtBot, open_window: OpenWindow, services: Services, book: dict[str, str]
) -> None:
    window = open_window()
    merge = MergeDialog(services, [book["anna"], book["anna_too"]], window)
    qtbot.addWidget(merge)
    services.contacts.delete(book["anna_too"])  # meanwhile, elsewhere
    assert merge.merge() == []
    assert merge.error.isVisibleTo(merge)
    assert "Trash" in merge.error.text()
    assert services.merging.merges() == []


def test_history_shows_the_merge_and_merge_history_unmerges_it(
    qtbot: QtBot, open_window: OpenWindow, services: Services, book: dict[str, str]
) -> None:
    window = open_window()
    [made] = services.merging.merge(book["anna"], [book["anna_too"]])
    window.open_record("contact", book["anna"])
    page = window.pages["contacts"]
    assert isinstance(page, RecordListPage)
    qtbot.waitUntil(lambda: history_line(page, "historyMerge") is not None)  # after the merge's news arrives
    line = history_line(page, "historyMerge")
    assert line is not None
    assert "was merged into this card" in line.text()
    assert "record:merge:" in line.text()
    line.linkActivated.emit(f"record:merge:{made.id}")  # the link opens the merge history at this merge
    history = window.merges_dialog
    assert history is not None and history.isVisible()
    assert [m.id for m in history.selected_rows()] == [made.id]
    assert history.unmerge_button.isEnabled()
    qtbot.mouseClick(history.unmerge_button, Qt.MouseButton.LeftButton)
    assert services.merging.survivor_of(book["anna_too"]) is None
    assert services.contacts.get(book["anna_too"]).title == "Head buyer"
    assert not history.unmerge_button.isEnabled()  # taken back: nothing more to unmerge
    qtbot.waitUntil(lambda: history_line(page, "historyUnmerge") is not None)


def test_the_form_points_out_a_card_already_there_and_opens_it(
    qtbot: QtBot, open_window: OpenWindow, book: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    page = window.pages["contacts"]
    assert isinstance(page, RecordListPage)
    page.new_record()
    form = page.card.form
    assert form is not None
    assert not form.duplicate_hint.isVisibleTo(form)
    qtbot.keyClicks(form.editors["given"], "Kari")
    qtbot.keyClicks(form.editors["family"], "Hansen")
    qtbot.waitUntil(lambda: form.duplicate_hint.isVisibleTo(form), timeout=10000)
    assert "A contact named “Kari Hansen” already exists" in form.duplicate_hint.text()
    assert [c.id for c in form.duplicates_shown] == [book["kari"]]
    form.editors["family"].clear()
    qtbot.keyClicks(form.editors["family"], "Nordmann")
    qtbot.waitUntil(lambda: not form.duplicate_hint.isVisibleTo(form), timeout=10000)
    qtbot.keyClicks(form.editors["family"], "x")
    form.editors["family"].setText("Hansen")
    form.changed.emit()
    qtbot.waitUntil(lambda: form.duplicate_hint.isVisibleTo(form), timeout=10000)
    asked: list[str] = []

    def discard(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", discard)
    form.duplicate_hint.linkActivated.emit(book["kari"])  # "open it": the new card was typed, so the page asks
    assert asked  # whether to save what was typed
    assert not page.card.is_editing
    assert page.card.record_id == book["kari"]


def test_the_hint_leaves_out_the_card_being_edited(qtbot: QtBot, open_window: OpenWindow, book: dict[str, str]) -> None:
    window = open_window()
    page = window.pages["contacts"]
    assert isinstance(page, RecordListPage)
    assert page.select_record(book["kari"])
    assert page.card.edit()
    form = page.card.form
    assert form is not None
    qtbot.keyClicks(form.editors["title"], "Buyer")
    page.card.check_duplicates()
    qtbot.wait(300)
    page.card._runner.wait(5000)
    QApplication.processEvents()
    assert form.duplicates_shown == []
    page.card.cancel()


def test_incomplete_records_narrow_the_contact_list(open_window: OpenWindow, book: dict[str, str]) -> None:
    window = open_window()
    assert window.incomplete_menu.actions() == window.incomplete_actions
    assert window.show_incomplete_reach() == 3  # Kari, and Anna Petrova in both scripts, have neither
    page = window.pages["contacts"]
    assert isinstance(page, RecordListPage)
    assert set(page.model.ids()) == {book["kari"], book["petrova"], book["petrova_latin"]}
    assert window.lookup_filters["contacts"].query is not None  # Edit This Lookup opens it in the builder
    window.show_all_records()
    assert window.show_incomplete_company() == 3
    assert set(page.model.ids()) == {book["anna"], book["anna_too"], book["kari"]}


def test_the_lookup_builder_edits_the_incomplete_records_lookups(qtbot: QtBot) -> None:
    """Regression: the builder offered 'contains' for "email or phone" and had no way to say "no activity for N
    months", so Edit This Lookup on an incomplete-records lookup showed tests the lookup refuses."""
    row = ConditionRow(FIELDS["contact"], [])
    qtbot.addWidget(row)
    row.set_condition({"field": "email_or_phone", "op": "is_empty"})
    assert [row.test_box.itemData(i) for i in range(row.test_box.count())] == ["is_empty", "is_not_empty"]
    assert row.condition() == {"field": "email_or_phone", "op": "is_empty"}
    row.set_condition({"field": "activity", "op": "no_activity_for_months", "value": 12})
    assert row.kind() == NUMBER
    assert row.condition() == {"field": "activity", "op": "no_activity_for_months", "value": 12}
    assert row.problem() is None
    words = describe_query({"match": "any", "conditions": [row.condition()]})
    assert words == "Last activity none for months: 12"


def test_a_mark_taken_back_brings_its_pair_back(qtbot: QtBot, open_window: OpenWindow, book: dict[str, str]) -> None:
    window = open_window()
    dialog = scanned(qtbot, window)
    select_group(dialog, "Anna Petrova")
    dialog.mark_selected()
    marked = dialog.show_marked()
    assert marked.model.rowCount() == 1
    assert {marked.model.index(0, 0).data(), marked.model.index(0, 1).data()} == {"Анна Петрова", "Anna Petrova"}
    qtbot.mouseClick(marked.take_back_button, Qt.MouseButton.LeftButton)
    assert marked.model.rowCount() == 0
    marked.accept()  # closing it scans again: the pair is proposed again
    qtbot.waitUntil(
        lambda: dialog.task is not None and dialog.task.is_done and dialog.model.rowCount() == 2, timeout=20000
    )


def test_cards_selected_in_the_list_merge_from_the_edit_menu(
    qtbot: QtBot, open_window: OpenWindow, services: Services, book: dict[str, str]
) -> None:
    window = open_window()
    page = window.pages["contacts"]
    assert isinstance(page, RecordListPage)
    assert window.merge_selected_action in page.row_actions["more"]
    assert page.select_record(book["anna"])
    assert window.merge_selected() is None  # one card: nothing to merge
    assert "two or more" in window.statusBar().currentMessage()
    selection = page.view.selectionModel()
    flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
    selection.select(page.model.index(page.model.row_of(book["kari"]), 0), flags)
    dialog = window.merge_selected()
    assert isinstance(dialog, MergeDialog)
    assert set(dialog.ids) == {book["anna"], book["kari"]}
    with qtbot.waitSignal(dialog.merged, timeout=5000):
        dialog.merge()
    assert len(services.merging.merges()) == 1


def test_the_merge_view_writes_a_birthday_as_the_card_does(qapp: QApplication) -> None:
    """Regression (issue 17, the screenshots): the merge view showed '1968-07-06', in Latin digits in Persian too."""
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("en_US"))
        assert value_text("birthday", "1968-07-06", lambda _kind, _id: "") == "July 6, 1968"
        assert value_text("dates", [{"label": "", "date": "--04-15"}], lambda _kind, _id: "") == "April 15"
        phone = value_text("phones", [{"label": "", "value": "+358 9 131 0371"}], lambda _kind, _id: "")
        assert phone == "\u2066+358\u00a09\u00a0131\u00a00371\u2069", "kept whole, in its order right to left"
        QLocale.setDefault(QLocale("fa"))
        shown = value_text("birthday", "1968-07-06", lambda _kind, _id: "")
        assert "۱۹۶۸" in shown and not any(ch.isascii() and ch.isdigit() for ch in shown), shown
    finally:
        QLocale.setDefault(before)


def test_an_ampersand_in_a_value_to_choose_is_shown_and_is_no_access_key(
    qtbot: QtBot, open_window: OpenWindow, services: Services
) -> None:
    """Regression (the screenshots): "Logistics & Supply" read "Logistics _Supply" beside its radio button, and the
    "&" made Alt+S choose it."""
    first = add_contact(services, given="Ann", family="Lee", title="Head of R&D")
    second = add_contact(services, given="Ann", family="Lee", title="Sales & Marketing")
    window = open_window()
    merge = MergeDialog(window.services, [first, second], window)
    qtbot.addWidget(merge)
    titles = [merge.findChild(QRadioButton, f"take_title_{r}") for r in (first, second)]
    assert [plain(b.text()) for b in titles if b is not None] == ["Head of R&&D", "Sales && Marketing"]
    assert all(b is not None and b.shortcut().isEmpty() for b in titles)


def test_the_scans_stage_is_told_in_words_in_the_dialog_and_the_status_bar(
    qtbot: QtBot, open_window: OpenWindow, book: dict[str, str]
) -> None:
    """Regression (the screenshots): while the scan ran, the status bar's task read "reading", the stage's key."""
    window = open_window()
    told: list[str] = []
    window.tasks.task_progressed.connect(lambda _task, _done, _total, message: told.append(message))
    dialog = scanned(qtbot, window)
    assert "Reading the cards…" in told
    assert set(told) <= {"Reading the cards…", "Comparing…", "Grouping…"}, told
    assert dialog.model.rowCount() > 0
