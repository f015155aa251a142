"""Help ▸ Keyboard Shortcuts and Help ▸ User Guide.

The shortcuts are read from the window itself every time the list is opened: every QAction of its menus (under the
menu's name), of the page shown (its list and card) and of the window, and the QShortcuts that say what they do
(their whatsThis). So the list can never promise a key that does not work, nor miss one that was added. The user
guide is a page shipped with Cardfile (resources/help/guide.html, and guide_LANG.html in each language it is
translated into) shown in the app; its link to the shortcuts opens this list.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cardfile import resources

GUIDE_FILE = "guide.html"
SHORTCUTS_LINK = "cardfile:shortcuts"  # a link in the guide that opens the list of shortcuts


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def plain(text: str) -> str:
    """A menu text as a person reads it: '&Undo Delete 3 contacts' → 'Undo Delete 3 contacts'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("\t", " ").strip()


@dataclass(frozen=True)
class Shortcut:
    group: str  # the menu, or where the key works ("Contacts list")
    what: str  # what it does
    keys: str  # in the platform's words: 'Ctrl+Shift+R', or several separated by ', '


def typable(sequence: QKeySequence) -> bool:
    """Whether a person can type the keys on an ordinary keyboard: the platform's standard bindings also name Sun
    keyboards' F14–F20 and the dedicated Undo, Cut or Exit keys, which only clutter the list."""
    for index in range(sequence.count()):
        key = sequence[index].key()  # type: ignore[index]  # QKeySequence is indexable; its stubs say not
        if key.value > Qt.Key.Key_F12.value and key.value >= Qt.Key.Key_Escape.value:
            return False
    return not sequence.isEmpty()


def keys_text(sequences: Iterable[QKeySequence]) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if typable(s))


def _menu_shortcuts(menu: QMenu, group: str, seen: set[int]) -> list[Shortcut]:
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            submenu = action.menu()
            assert isinstance(submenu, QMenu)
            found += _menu_shortcuts(submenu, f"{group} ▸ {plain(submenu.title())}", seen)
        elif not action.isSeparator():
            found += _action_shortcut(action, group, seen)
    return found


def _action_shortcut(action: QAction, group: str, seen: set[int]) -> list[Shortcut]:
    keys = keys_text(action.shortcuts())
    if not keys or id(action) in seen:
        return []
    seen.add(id(action))
    return [Shortcut(group, plain(action.text()), keys)]


def collect_shortcuts(window: QMainWindow, page: QWidget | None, page_title: str) -> list[Shortcut]:
    """Every key the window answers to now: its menus' actions (menus are filled for the page shown), the page's
    own actions (list, card, form), the window's other actions, and the QShortcuts that describe themselves."""
    seen: set[int] = set()
    found: list[Shortcut] = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if isinstance(menu, QMenu):
            menu.aboutToShow.emit()  # menus filled as they open (Lookup, Open Recent) fill themselves now
            found += _menu_shortcuts(menu, plain(menu.title()), seen)
    if page is not None:
        for action in page.findChildren(QAction):
            found += _action_shortcut(action, page_title, seen)
    for action in window.findChildren(QAction):
        found += _action_shortcut(action, _tr("Window"), seen)
    owners = [page] if page is not None else []
    for owner in owners:
        for key_shortcut in owner.findChildren(QShortcut):
            keys = keys_text([key_shortcut.key()])
            if keys and key_shortcut.whatsThis() and key_shortcut.isEnabled():
                found.append(Shortcut(page_title, key_shortcut.whatsThis(), keys))
    merged: dict[tuple[str, str], Shortcut] = {}  # one line per thing done: Return and Enter on one line
    for shortcut in found:
        key = (shortcut.group, shortcut.what)
        before = merged.get(key)
        if before is None:
            merged[key] = shortcut
        elif shortcut.keys not in before.keys.split(", "):
            merged[key] = Shortcut(shortcut.group, shortcut.what, f"{before.keys}, {shortcut.keys}")
    return list(merged.values())


class ShortcutsDialog(QDialog):
    """Help ▸ Keyboard Shortcuts: what each key does, as the window's actions say."""

    def __init__(self, shortcuts: list[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(_tr("Keyboard Shortcuts"))
        self.shortcuts = shortcuts
        self.table = QTableWidget(len(shortcuts), 3)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([_tr("Where"), _tr("What it does"), _tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        for row, shortcut in enumerate(shortcuts):
            for column, text in enumerate((shortcut.group, shortcut.what, shortcut.keys)):
                item = QTableWidgetItem(text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        note = QLabel(_tr("In a text field, the usual editing keys (Ctrl+C, Ctrl+Z …) work on the text."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def listed(self) -> list[tuple[str, str]]:
        """(what, keys) of every row, as the table shows them."""
        return [
            (self.table.item(row, 1).text(), self.table.item(row, 2).text())  # type: ignore[union-attr]
            for row in range(self.table.rowCount())
        ]


def guide_path(language: str | None = None) -> Path | None:
    """The guide in `language` (default: the interface's, as Settings ▸ Language set it) — guide_ru.html — or
    the English one where there is no guide in that language."""
    try:
        folder = resources.help_dir()
    except FileNotFoundError:
        return None
    language = language if language is not None else QLocale().name().split("_")[0]
    stem, suffix = GUIDE_FILE.rsplit(".", 1)
    for path in (folder / f"{stem}_{language}.{suffix}", folder / GUIDE_FILE):
        if path.is_file():
            return path
    return None


class GuideDialog(QDialog):
    """Help ▸ User Guide: the short guide shipped with Cardfile, shown in the app (no browser, nothing fetched)."""

    shortcuts_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(_tr("Cardfile User Guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide")
        self.browser.setOpenLinks(False)  # links inside the guide are followed here; others are not fetched
        self.browser.anchorClicked.connect(self._follow)
        path = guide_path()
        if path is not None:
            self.browser.setSearchPaths([str(path.parent)])
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
        else:
            self.browser.setPlainText(_tr("The user guide is missing from this installation of Cardfile."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)

    def _follow(self, url: QUrl) -> None:
        if url.toString() == SHORTCUTS_LINK:
            self.shortcuts_requested.emit()
        elif url.isRelative() or url.scheme() == "file":
            if url.hasFragment() and (url.path() == "" or (url.isRelative() and not url.path())):
                self.browser.scrollToAnchor(url.fragment())
            else:
                self.browser.setSource(url)
