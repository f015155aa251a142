"""Small shared widgets: initials, text direction per cell, tag chips, the empty-state explanation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QSplitter, QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from cardfile.ui.widgets.basics import (
    PIECES_ROLE,
    CellDirectionDelegate,
    EmptyState,
    FittedLabel,
    TagChips,
    graphemes,
    initials,
    isolated,
    isolated_all,
    isolated_amount,
    plain,
    reading_lines,
    side_by_side,
    text_direction,
)

pytestmark = pytest.mark.gui

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Anna Jónsdóttir", "AJ"),
        ("Мария Петрова", "МП"),
        ("Юлия Сергеевна Михайлова", "ЮМ"),  # first and last word: not the patronymic
        ("anna jónsdóttir", "AJ"),
        ("John Smith Jr.", "JS"),
        ("Ōe Kenzaburō", "ŌK"),
        ("e\u0301va Lund", "E\u0301L"),  # a letter and its combining accent are one character
        ("\u0301x", "X"),  # a stray mark before a word is skipped
        ("(Anna) Jónsdóttir", "AJ"),
        # Thai: a vowel written before its consonant (เ แ โ ใ ไ) is not the initial
        ("สมชาย ใจดี", "สจ"),
        ("เอกชัย ศรีสุข", "อศ"),
        ("ไพโรจน์ แสงทอง", "พส"),
        ("ก่อ ดี", "ก่ดี"),  # a tone mark or a vowel above stays with its consonant
        # Devanagari: a conjunct and a vowel sign are part of the character they are written with
        ("प्रिया शर्मा", "प्रिश"),
        ("क्षमा राव", "क्षरा"),
        # Chinese, Japanese and Korean names are not abbreviated word by word: one character
        ("山田太郎", "山"),
        ("山田 太郎", "山"),
        ("ヤマダ タロウ", "ヤ"),
        ("김민준", "김"),
        ("\u1100\u1175\u11ab", "\u1100\u1175\u11ab"),  # a Hangul syllable written as its letters stays whole
        # Arabic and Persian letters would join into one word: a zero-width non-joiner keeps them apart
        ("مریم کریمی", "م\u200cک"),
        ("👍 Bob", "B"),
        ("🇮🇸", "?"),
        ("", "?"),
    ],
)
def test_initials(name: str, expected: str) -> None:
    """Guards a bug: Thai "สมชาย ใจดี" gave "สใ", a consonant and the vowel written before the next one."""
    assert initials(name) == expected


def test_graphemes_count_in_code_points_not_utf16_units() -> None:
    assert graphemes("👩\u200d👩\u200d👧x🇮🇸") == ["👩\u200d👩\u200d👧", "x", "🇮🇸"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Contoso Ltd.", LTR),
        ("شرکت پارس Ltd.", RTL),
        ("123 שלום", RTL),
        ("+354 555 1234", LTR),  # no letters: a number reads left to right in every language
        ("", LTR),
    ],
)
def test_text_direction_follows_the_first_strong_letter(text: str, expected: Qt.LayoutDirection) -> None:
    assert text_direction(text) == expected


def test_a_latin_cell_in_a_right_to_left_list_keeps_its_own_direction_but_the_interfaces_side(
    qtbot: QtBot,
) -> None:
    """Regression: under -reverse 'Contoso Ltd.' read '.Contoso Ltd' and '+1 555 0110 8424' read '8424 0110 555 1+',
    because every cell took the view's direction."""
    view = QTableView()
    qtbot.addWidget(view)
    view.setLayoutDirection(RTL)
    view.setModel(QStringListModel(["Contoso Ltd.", "شرکت پارس", "+1 555 0110 8424"]))
    delegate = CellDirectionDelegate(view)
    for row, direction in ((0, LTR), (1, RTL), (2, LTR)):
        option = QStyleOptionViewItem()
        option.direction = RTL
        delegate.initStyleOption(option, view.model().index(row, 0))
        assert option.direction == direction
        assert option.displayAlignment & Qt.AlignmentFlag.AlignRight
        assert option.displayAlignment & Qt.AlignmentFlag.AlignAbsolute


def test_a_value_is_isolated_and_plain_takes_the_marks_out() -> None:
    assert isolated("Maple Capital Corp.") == "\u2068Maple Capital Corp.\u2069"
    assert isolated("") == ""  # nothing to set apart: an empty cell stays empty
    assert isolated("۱/۱۲ – ۳۱/۱۲") == "۱/۱۲ – ۳۱/۱۲"  # no letters: it takes the line's direction
    assert isolated_all(["VIP!", "مشتری"]) == "\u2068VIP!\u2069, \u2068مشتری\u2069"
    assert plain(isolated_all(["VIP!", "مشتری"])) == "VIP!, مشتری"
    assert isolated_amount("12.50 EUR") == "\u206612.50 EUR\u2069"
    QApplication.setLayoutDirection(RTL)
    try:
        assert isolated_amount("۱۲٫۵۰ EUR") == "\u2067۱۲٫۵۰ EUR\u2069"  # the code on the amount's left, as read
        assert reading_lines("a\nb") == "\u200fa\n\u200fb"
        assert reading_lines("a<br>b", rich=True) == "\u200fa<br>\u200fb"
    finally:
        QApplication.setLayoutDirection(LTR)
    assert reading_lines("a\nb") == "\u200ea\n\u200eb"


@pytest.mark.parametrize("interface", [LTR, RTL])
def test_a_cell_listing_several_values_runs_in_the_interfaces_direction_each_value_in_its_own(
    qtbot: QtBot, interface: Qt.LayoutDirection
) -> None:
    """Tags or people in one cell ('VIP!, مشتری'): in a Persian list the first tag starts on the right, and in an
    English one a Persian name does not take its neighbours' punctuation into its own order. The model's text stays
    plain (a copy, a sort and a keyboard search read it); only the painted text carries the marks."""
    model = QStandardItemModel()
    item = QStandardItem("VIP!, مشتری")
    item.setData(["VIP!", "مشتری"], PIECES_ROLE)
    model.appendRow([item, QStandardItem("آرش رضایی, Aaron O'Neil Jr.")])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = CellDirectionDelegate(view)
    option = QStyleOptionViewItem()
    option.direction = interface
    delegate.initStyleOption(option, model.index(0, 0))
    assert option.text == "\u2068VIP!\u2069, \u2068مشتری\u2069"
    assert option.direction == interface
    assert model.index(0, 0).data() == "VIP!, مشتری"
    one = QStyleOptionViewItem()
    one.direction = interface
    delegate.initStyleOption(one, model.index(0, 1))  # one value, no pieces: its own direction
    assert one.text == "آرش رضایی, Aaron O'Neil Jr." and one.direction == RTL


@pytest.mark.parametrize("interface", [RTL, LTR])
def test_a_fitted_label_wraps_and_never_draws_past_its_edges(qtbot: QtBot, interface: Qt.LayoutDirection) -> None:
    """Regression: the dashboard's 'Average deal won' in Persian, a word-wrapped QLabel, drew a line a few pixels
    wider than itself at some widths, and right to left the overflow cut the first pixels of 'EUR'. A word longer
    than the line ends in '…' (the tooltip has it all)."""
    QApplication.setLayoutDirection(interface)
    try:
        label = FittedLabel("میانگین معاملهٔ موفق: ۳۱۴٬۸۲۵٫۰۰\u00a0EUR + ۳ ارز دیگر")
        qtbot.addWidget(label)
        side = Qt.AlignmentFlag.AlignRight if interface == RTL else Qt.AlignmentFlag.AlignLeft
        label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | side)
        label.show()
        metrics = label.fontMetrics()
        whole = metrics.horizontalAdvance(label.text())
        longest_word = max(metrics.horizontalAdvance(w) for w in label.text().split(" "))
        for width in range(30, whole + 20, 3):
            label.resize(width, label.heightForWidth(width))
            lines = label.lines()
            assert all(metrics.horizontalAdvance(line) <= width - FittedLabel.SPARE for line in lines), width
            image = label.grab().toImage()
            edge = 0 if interface == RTL else image.width() - 1  # where a line too wide would run out
            ink = [y for y in range(image.height()) if image.pixelColor(edge, y).lightness() < 140]
            assert ink == [], f"the text reaches past the label's edge at {width} px"
            assert label.cut() == (width - FittedLabel.SPARE < longest_word), width  # only a word too long is cut
            if not label.cut():
                assert " ".join(lines) == label.text()  # wrapped between words, nothing lost
        assert len(label.lines(whole // 2)) >= 2 and label.lines(whole + 10) == [label.text()]
        label.setText("👍 Anna 👍 Berg")  # Qt counts such a letter twice (UTF-16): the lines are cut where Qt cut them
        assert " ".join(label.lines(label.fontMetrics().horizontalAdvance("👍 Anna") + 4)) == label.text()
    finally:
        QApplication.setLayoutDirection(LTR)


def test_tag_chips_wrap_when_narrow(qtbot: QtBot) -> None:
    chips = TagChips(["customer", "trade fair 2024", "vip", "reseller", "newsletter"])
    qtbot.addWidget(chips)
    layout = chips.layout()
    assert layout is not None
    one_line = layout.heightForWidth(2000)
    assert layout.heightForWidth(120) > 2 * one_line
    assert [plain(w.text()) for w in chips.findChildren(QLabel)] == [
        "customer",
        "trade fair 2024",
        "vip",
        "reseller",
        "newsletter",
    ]


def test_tag_chips_start_on_the_reading_side(qtbot: QtBot) -> None:
    QApplication.setLayoutDirection(RTL)
    try:
        chips = TagChips(["one", "two"])
        qtbot.addWidget(chips)
        chips.resize(400, 40)
        chips.show()
        qtbot.waitExposed(chips)
        first, second = chips.findChildren(QLabel)
        assert first.geometry().right() > second.geometry().right()
    finally:
        QApplication.setLayoutDirection(LTR)


def test_the_empty_state_offers_what_to_do(qtbot: QtBot) -> None:
    state = EmptyState("No contacts yet", "The people you work with will be listed here.")
    qtbot.addWidget(state)
    imported: list[bool] = []
    action = QAction("&Import vCard…", state)
    action.triggered.connect(lambda: imported.append(True))
    button = state.offer(action)
    assert isinstance(button, QPushButton)
    assert button.text() == "Import vCard"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert imported == [True]


def test_a_splitter_keeps_its_widgets_inside_it_right_to_left(qtbot: QtBot, qapp: QApplication) -> None:
    """Regression (the Persian screenshots): right to left, Qt put a splitter's widgets a pixel too far right, so a
    list's right edge, its frame and the first letter of its first column, fell under the navigation."""
    before = qapp.layoutDirection()
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        splitter = side_by_side(QSplitter(Qt.Orientation.Horizontal))
        qtbot.addWidget(splitter)
        table, card = QTableView(), QLabel("card")
        splitter.addWidget(table)
        splitter.addWidget(card)
        splitter.resize(872, 300)
        splitter.show()
        qtbot.waitExposed(splitter)
        assert table.geometry().right() < splitter.width(), table.geometry()
        assert card.geometry().left() >= 0 and card.geometry().right() < table.geometry().left()
    finally:
        qapp.setLayoutDirection(before)
