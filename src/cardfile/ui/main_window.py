"""The main window: navigation on one side, the current page beside it, search in the toolbar, menus, status bar."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from cardfile import __version__
from cardfile.domain.errors import CardfileError, NotFound, NothingToUndo
from cardfile.services import Services
from cardfile.services.readmodels import ActionRead
from cardfile.ui.coming_soon import ComingSoonPage
from cardfile.ui.companies import CompaniesPage
from cardfile.ui.contacts import ContactsPage
from cardfile.ui.event_bridge import EventBridge
from cardfile.ui.icons import Icons
from cardfile.ui.list_page import Page
from cardfile.ui.search import SearchField
from cardfile.ui.widgets import separator
from cardfile.ui.words import action_name, error_text

DATABASE_FILTER = "*.cardfile *.db *.sqlite"

Key = str | QKeySequence.StandardKey


def shortcuts(*keys: Key) -> list[QKeySequence]:
    """Key sequences for an action: the platform's bindings of a standard key, or a portable text like 'Ctrl+K'."""
    found: list[QKeySequence] = []
    for key in keys:
        for sequence in (
            QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]
        ):
            if sequence not in found:
                found.append(sequence)
    return found


STATUS_MESSAGE_MS = 5000


class MainWindow(QMainWindow):
    """One open database. Everything it shows comes from `services`; it learns about changes from `bridge`."""

    database_requested = Signal(Path, bool)  # File ▸ New/Open chose a database: its path, and whether to create it

    def __init__(
        self,
        services: Services,
        *,
        bridge: EventBridge,
        settings: QSettings,
        icons: Icons,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.services = services
        self._settings = settings
        self._icons = icons
        self.setWindowTitle(self.tr("{database} — Cardfile").format(database=services.db.path.name))
        self.setWindowIcon(icons.get("cardfile"))

        self.pages: dict[str, Page] = {}
        self._page_titles: dict[str, str] = {}
        self._build_pages(bridge)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_central()
        self._build_status_bar()
        self._restore_state()
        self.go_to("contacts")

    # ----- building -----

    def _build_pages(self, bridge: EventBridge) -> None:
        services, icons = self.services, self._icons
        self._add_page("contacts", self.tr("Contacts"), ContactsPage(services, bridge, icons.get("contacts")))
        self._add_page("companies", self.tr("Companies"), CompaniesPage(services, bridge, icons.get("companies")))
        coming = {
            "activities": (
                self.tr("Activities"),
                self.tr("Calls, meetings and to-dos with the people you work with will be scheduled and cleared here."),
            ),
            "calendar": (
                self.tr("Calendar"),
                self.tr("Your scheduled activities by day, week and month will be shown here."),
            ),
            "deals": (
                self.tr("Deals"),
                self.tr("Your sales opportunities, stage by stage through the pipeline, will be followed here."),
            ),
            "dashboard": (
                self.tr("Dashboard"),
                self.tr("A summary of today's activities, open deals and recent changes will be shown here."),
            ),
        }
        for key, (title, purpose) in coming.items():
            explanation = self.tr("{purpose}\nThis page is coming in a later version of Cardfile.").format(
                purpose=purpose
            )
            self._add_page(key, title, ComingSoonPage(key, title, explanation, self._icons.get(key)))

    def _add_page(self, key: str, title: str, page: Page) -> None:
        self.pages[key] = page
        self._page_titles[key] = title
        page.count_changed.connect(self._update_count)
        page.record_requested.connect(self.open_record)

    def _build_actions(self) -> None:
        def action(text: str, slot: object, keys: Sequence[Key] = (), name: str = "") -> QAction:
            created = QAction(text, self)
            created.setObjectName(name)
            created.setShortcuts(shortcuts(*keys))
            created.triggered.connect(slot)
            self.addAction(created)  # shortcuts work even when the menu bar is hidden
            return created

        standard = QKeySequence.StandardKey
        self.new_database_action = action(
            self.tr("&New Database…"), self.ask_new_database, ["Ctrl+Shift+N"], "newDatabase"
        )
        self.open_database_action = action(
            self.tr("&Open Database…"), self.ask_open_database, [standard.Open], "openDatabase"
        )
        self.backup_action = action(self.tr("&Back Up…"), self.ask_backup, name="backUp")
        self.quit_action = action(self.tr("&Quit"), self.close, [standard.Quit, "Ctrl+Q"], "quit")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = action(self.tr("&Undo"), self.undo, [standard.Undo], "undo")
        self.redo_action = action(self.tr("&Redo"), self.redo, ["Ctrl+Y", "Ctrl+Shift+Z"], "redo")
        self.find_action = action(self.tr("&Find…"), self.focus_search, ["Ctrl+K", standard.Find], "find")
        self.show_navigation_action = action(self.tr("Show &Navigation"), self._show_navigation, name="navigation")
        self.show_navigation_action.setCheckable(True)
        self.show_navigation_action.setChecked(True)
        self.about_action = action(self.tr("&About Cardfile"), self.show_about, name="about")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = action(self.tr("About &Qt"), QApplication.aboutQt, name="aboutQt")
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.go_actions = QActionGroup(self)
        for number, (page_key, title) in enumerate(self._page_titles.items(), start=1):
            go = action(title, lambda _=False, k=page_key: self.go_to(k), [f"Ctrl+{number}"], f"goTo_{page_key}")
            go.setIcon(self._icons.get(page_key))
            go.setCheckable(True)
            go.setData(page_key)
            self.go_actions.addAction(go)

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_database_action, self.open_database_action])
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menus.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        view_menu = menus.addMenu(self.tr("&View"))
        view_menu.addActions(self.go_actions.actions())
        view_menu.addSeparator()
        view_menu.addAction(self.show_navigation_action)
        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addActions([self.about_action, self.about_qt_action])

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Search"))
        toolbar.setObjectName("searchToolBar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.toggleViewAction().setEnabled(False)
        self.search_field = SearchField(self.services.search.search)
        self.search_field.addAction(self._icons.get("search"), self.search_field.ActionPosition.LeadingPosition)
        self.search_field.setMinimumWidth(260)
        self.search_field.setMaximumWidth(520)
        self.search_field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.search_field.record_chosen.connect(self.open_record)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search_field)
        toolbar.setContentsMargins(6, 2, 6, 2)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def _build_central(self) -> None:
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setSpacing(1)
        self.navigation.setUniformItemSizes(True)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        for key, title in self._page_titles.items():
            item = QListWidgetItem(self._icons.get(key), title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, self.navigation.fontMetrics().height() + 16))
            self.navigation.addItem(item)
            self.stack.addWidget(self.pages[key])
        widest = max(self.navigation.fontMetrics().horizontalAdvance(t) for t in self._page_titles.values())
        self.navigation.setFixedWidth(widest + 20 + 48)
        self.navigation.currentRowChanged.connect(self._on_navigation_changed)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.count_label = QLabel()
        self.count_label.setObjectName("recordCount")
        self.count_label.setContentsMargins(6, 0, 6, 0)
        self.database_label = QLabel()
        self.database_label.setObjectName("databasePath")
        self.database_label.setTextFormat(Qt.TextFormat.PlainText)
        path = str(self.services.db.path)
        self.database_label.setText(
            self.database_label.fontMetrics().elidedText(path, Qt.TextElideMode.ElideMiddle, 420)
        )
        self.database_label.setToolTip(path)
        self.sync_label = QLabel(self.tr("Local only"))
        self.sync_label.setObjectName("syncState")
        self.sync_label.setToolTip(self.tr("This database is not synchronized with a server."))
        for label in (self.database_label, self.sync_label):
            label.setContentsMargins(10, 0, 6, 0)
        bar.addWidget(self.count_label)
        bar.addPermanentWidget(self.database_label)
        bar.addPermanentWidget(separator(vertical=True))
        bar.addPermanentWidget(self.sync_label)

    # ----- navigation -----

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def go_to(self, key: str) -> Page:
        """Show the page named `key` ("contacts", "companies", …)."""
        self.navigation.setCurrentRow(list(self.pages).index(key))
        return self.pages[key]

    def _on_navigation_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.navigation.item(row).data(Qt.ItemDataRole.UserRole)
        self.stack.setCurrentWidget(self.pages[key])
        for go in self.go_actions.actions():
            go.setChecked(go.data() == key)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.current_page().count_text())

    def _show_navigation(self, shown: bool) -> None:
        self.navigation.setVisible(shown)

    def open_record(self, record_type: str, record_id: str) -> None:
        """Show a record where it lives: a person on Contacts, a company on Companies; a note, activity or deal
        opens the person (or company) it belongs to until their own pages arrive."""
        if record_type in ("contact", "company"):
            page = self.go_to("contacts" if record_type == "contact" else "companies")
            if page.select_record(record_id):
                page.focus_list()
            else:
                self.statusBar().showMessage(self.tr("That record is no longer in the list."), STATUS_MESSAGE_MS)
            return
        owner = self._owner_of(record_type, record_id)
        if owner is not None:
            self.open_record(*owner)
        else:
            self.go_to({"activity": "activities", "deal": "deals"}.get(record_type, "contacts"))

    def _owner_of(self, record_type: str, record_id: str) -> tuple[str, str] | None:
        """The person or company a note, activity or deal is about."""
        services = self.services
        try:
            if record_type == "note":
                note = services.notes.get(record_id)
                people, companies = [r.id for r in note.contacts], [r.id for r in note.companies]
            elif record_type == "activity":
                activity = services.activities.get(record_id)
                people = [r.id for r in activity.contacts]
                companies = [activity.company.id] if activity.company else []
            elif record_type == "deal":
                deal = services.deals.get(record_id)
                people, companies = [c.id for c in deal.contacts], [deal.company.id] if deal.company else []
            else:
                return None
        except NotFound:
            return None
        if people:
            return ("contact", people[0])
        return ("company", companies[0]) if companies else None

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    # ----- Edit: undo and redo -----

    def undo(self) -> None:
        self._take_back(self.services.history.undo, self.tr("Nothing to undo."))

    def redo(self) -> None:
        self._take_back(self.services.history.redo, self.tr("Nothing to redo."))

    def _take_back(self, step: Callable[[], ActionRead], nothing: str) -> None:
        try:
            done = step()
        except NothingToUndo:
            self.statusBar().showMessage(nothing, STATUS_MESSAGE_MS)
            return
        except CardfileError as error:
            QMessageBox.warning(self, self.tr("Cardfile"), error_text(error))
            return
        self.statusBar().showMessage(action_name(done.label), STATUS_MESSAGE_MS)

    # ----- File -----

    def ask_new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New Database"),
            str(self.services.db.path.parent / "contacts.cardfile"),
            self.tr("Cardfile databases ({patterns})").format(patterns=DATABASE_FILTER),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return
        if Path(path).exists():
            QMessageBox.information(
                self,
                self.tr("New Database"),
                self.tr("{path} already exists. Use File ▸ Open Database to open it.").format(path=path),
            )
            return
        self.database_requested.emit(Path(path), True)

    def ask_open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open Database"),
            str(self.services.db.path.parent),
            self.tr("Cardfile databases ({patterns});;All files (*)").format(patterns=DATABASE_FILTER),
        )
        if path:
            self.database_requested.emit(Path(path), False)

    def ask_backup(self) -> None:
        source = self.services.db.path
        suggestion = source.parent / f"{source.stem}-{date.today().isoformat()}.cardfile-backup"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back Up Database"),
            str(suggestion),
            self.tr("Cardfile backups (*.cardfile-backup);;All files (*)"),
        )
        if path:
            self.back_up_to(Path(path))

    def back_up_to(self, target: Path) -> Path | None:
        """Write a consistent copy of the open database to `target`; says how it went in the status bar."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = self.services.maintenance.backup(target)
        except CardfileError as error:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.critical(self, self.tr("Back Up Database"), error_text(error))
            return None
        QGuiApplication.restoreOverrideCursor()
        self.statusBar().showMessage(self.tr("Backed up to {path}").format(path=written), STATUS_MESSAGE_MS)
        return written

    # ----- Help -----

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Cardfile"),
            self.tr(
                "<h3>Cardfile {version}</h3>"
                "<p>A local-first contact manager: your contacts, companies, activities and deals in one file "
                "on your own computer.</p>"
                "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
            ).format(version=__version__),
        )

    # ----- remembered window state -----

    def _restore_state(self) -> None:
        geometry = self._settings.value("window/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            screen = self.screen().availableGeometry()
            self.resize(min(1280, int(screen.width() * 0.9)), min(800, int(screen.height() * 0.9)))
        state = self._settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        for page in self.pages.values():
            page.restore_state(self._settings)

    def save_state(self) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        for page in self.pages.values():
            page.save_state(self._settings)
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.search_field.popup.hide()
        super().closeEvent(event)
