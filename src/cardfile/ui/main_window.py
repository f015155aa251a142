"""The main window: navigation on one side, the current page beside it, search in the toolbar, menus, status bar."""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QLocale, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cardfile import __version__
from cardfile.domain.errors import CardfileError, NotFound, NothingToUndo
from cardfile.services import Services
from cardfile.services.importer import ImportReport
from cardfile.services.incomplete import DEFAULT_IDLE_MONTHS, incomplete_query
from cardfile.services.merging import MergeRead
from cardfile.services.readmodels import ActionRead, DailyBackup, LookupRead, Ref
from cardfile.services.sync import SyncStatus
from cardfile.ui.activities import actions as activity_actions
from cardfile.ui.activities.kind import ACTIVITIES
from cardfile.ui.activities.reminders import ReminderController
from cardfile.ui.calendar.page import CalendarPage
from cardfile.ui.companies.kind import COMPANIES
from cardfile.ui.contacts.kind import CONTACTS
from cardfile.ui.dashboard.page import DashboardPage
from cardfile.ui.deals.kind import DEALS
from cardfile.ui.deals.page import DealsPage
from cardfile.ui.dialogs.custom_fields import CustomFieldsDialog
from cardfile.ui.dialogs.export import ExportDialog
from cardfile.ui.dialogs.help import GuideDialog, ShortcutsDialog, collect_shortcuts
from cardfile.ui.dialogs.lookups import LookupBanner, LookupBuilder, ManageLookupsDialog
from cardfile.ui.dialogs.settings import START_PAGE_KEY, SettingsDialog
from cardfile.ui.dialogs.trash import TrashDialog
from cardfile.ui.duplicates.duplicates_dialog import DuplicatesDialog
from cardfile.ui.duplicates.merge_dialog import MergeDialog
from cardfile.ui.duplicates.merges_dialog import MergesDialog
from cardfile.ui.event_bridge import EventBridge
from cardfile.ui.first_paint import FirstPaint
from cardfile.ui.icons import Icons
from cardfile.ui.importing.wizard import ImportWizard
from cardfile.ui.printing import PrintPreview, card_document, list_document
from cardfile.ui.records.list_model import Narrowing
from cardfile.ui.records.list_page import Page, RecordListPage, RecordTable
from cardfile.ui.reports.dialog import ReportsDialog
from cardfile.ui.search import SearchField
from cardfile.ui.sync.conflicts import ConflictsDialog
from cardfile.ui.sync.controller import SyncController, SyncStatusWidget
from cardfile.ui.sync.settings import SyncSettingsDialog
from cardfile.ui.tasks import Progress, Task, TaskIndicator, TaskRunner, is_bug
from cardfile.ui.widgets.basics import ElidedLabel, literal, separator
from cardfile.ui.widgets.status_bar import StatusBar
from cardfile.ui.words import action_name, error_text, failure_text, file_name, redo_text, undo_text

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
WARNING_MESSAGE_MS = 30_000
DAILY_BACKUP_EVERY_MS = 60 * 60 * 1000  # how often an open window looks whether the day's backup is there
RECENT_KEY = "recent/databases"
RECENT_KEPT = 8
RECORD_PAGES = (CONTACTS, COMPANIES, ACTIVITIES, DEALS)  # the kinds with a list page
PAGE_ORDER = ("contacts", "companies", "activities", "calendar", "deals", "dashboard")  # the navigation, Ctrl+1 …
LIST_OF = {kind.type_name: kind.key for kind in RECORD_PAGES}  # record type → the page listing it


def _read_only(widget: Any) -> bool:
    is_read_only = getattr(widget, "isReadOnly", None)
    return bool(is_read_only()) if callable(is_read_only) else False


def recent_databases(settings: QSettings) -> list[Path]:
    """The databases opened lately, newest first; files that are gone are left out (and forgotten)."""
    stored = settings.value(RECENT_KEY, [])
    entries: list[str] = [stored] if isinstance(stored, str) else [str(e) for e in stored or []]  # type: ignore[attr-defined]
    kept = [Path(e) for e in entries if e and Path(e).is_file()][:RECENT_KEPT]
    if len(kept) != len(entries):
        settings.setValue(RECENT_KEY, [str(p) for p in kept])
    return kept


def remember_database(settings: QSettings, path: Path) -> None:
    """Put `path` at the top of File ▸ Open Recent."""
    resolved = Path(path).resolve()
    others = [p for p in recent_databases(settings) if p.resolve() != resolved]
    settings.setValue(RECENT_KEY, [str(resolved)] + [str(p) for p in others[: RECENT_KEPT - 1]])


@dataclass(frozen=True)
class LookupFilter:
    """A list narrowed by a lookup (a saved one, rerun as the data changes, or the builder's last run), by a
    search (its Show all) or to what an import wrote; the banner over the list says which and offers Show All."""

    record_type: str
    title: str
    lookup_id: str | None = None
    query: dict[str, Any] | None = None
    kind: str = "lookup"  # "lookup", "search", "import"


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
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.services = services
        self.bridge = bridge
        self.tasks = tasks if tasks is not None else TaskRunner(self)
        self._settings = settings
        self._icons = icons
        self.setWindowTitle(self.tr("{database} — Cardfile").format(database=services.db.path.name))
        self.daily_backup_timer = QTimer(self, singleShot=True, interval=DAILY_BACKUP_EVERY_MS)
        self.daily_backup_timer.timeout.connect(self.start_daily_backup)
        self.setWindowIcon(icons.get("cardfile"))

        self.pages: dict[str, Page] = {}
        self._page_titles: dict[str, str] = {}
        self.lookup_filters: dict[str, LookupFilter] = {}  # list page key → the lookup (or search) narrowing it
        self.lookup_builder: LookupBuilder | None = None
        self.lookups_dialog: ManageLookupsDialog | None = None
        self.trash_dialog: TrashDialog | None = None
        self.custom_fields_dialog: CustomFieldsDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.import_wizard: ImportWizard | None = None
        self.export_dialog: ExportDialog | None = None
        self.reports_dialog: ReportsDialog | None = None
        self.sync_settings_dialog: SyncSettingsDialog | None = None
        self.conflicts_dialog: ConflictsDialog | None = None
        self.duplicates_dialog: DuplicatesDialog | None = None
        self.merges_dialog: MergesDialog | None = None
        self.print_preview: PrintPreview | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.guide_dialog: GuideDialog | None = None
        # Record types opened by a page or view of their own beyond the list pages (a calendar may register
        # "activity"): open_record asks these first.
        self.record_openers: dict[str, Callable[[str], bool]] = {}
        self.setStatusBar(StatusBar())
        self.sync = SyncController(services.sync, self.tasks, bridge=bridge, window=self)
        self.search_preparation: Task | None = None  # building the search index a first sync left for later
        self.reminders = ReminderController(services, self.tasks, self, icon=icons.get("cardfile"))
        bridge.records_changed.connect(self.reminders.on_records_changed)
        self._build_pages(bridge)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_central()
        self._build_status_bar()
        self._restore_state()
        self.go_to(self.start_page())
        self._fill_lookup_menu()
        self._connect_sync()
        self._undo_texts = QTimer(self, singleShot=True, interval=150)
        self._undo_texts.timeout.connect(self.refresh_undo_texts)
        bridge.records_changed.connect(self._undo_texts_changed)  # a bound slot: let go when the window goes
        QApplication.instance().focusChanged.connect(self._update_edit_actions)  # type: ignore[union-attr]
        self.refresh_undo_texts()
        self._update_edit_actions()
        # One turn of the event loop after the first paint: what else waited for that paint goes first.
        FirstPaint(self, lambda: QTimer.singleShot(0, self, self.load_lists))

    # ----- building -----

    def _build_pages(self, bridge: EventBridge) -> None:
        services, icons = self.services, self._icons
        made: dict[str, tuple[str, Page]] = {}
        for kind in RECORD_PAGES:
            make = kind.page if kind.page is not None else RecordListPage
            page = make(kind, services, bridge, icons.get(kind.key), runner=self.tasks)
            assert isinstance(page, RecordListPage)
            made[kind.key] = (page.words.title, page)
        self.calendar = CalendarPage(services, bridge, runner=self.tasks)
        made["calendar"] = (self.tr("Calendar"), self.calendar)
        self.dashboard = DashboardPage(services, bridge, runner=self.tasks)
        self.dashboard.deals_requested.connect(self.show_deals)
        made["dashboard"] = (self.dashboard.title, self.dashboard)
        for key in PAGE_ORDER:
            self._add_page(key, *made[key])

    def lists_due(self) -> list[RecordListPage]:
        """The list pages whose list has not been read yet (not shown since the window opened)."""
        return [page for page in self.pages.values() if isinstance(page, RecordListPage) and page.list_due()]

    def load_lists(self) -> None:
        """Read the lists of the pages not shown yet, one per turn of the event loop: after the window's first
        paint (the page shown reads its own first), so that the window comes up first."""
        due = self.lists_due()
        if due:
            due[0].load_list()
            if len(due) > 1:
                QTimer.singleShot(0, self, self.load_lists)

    def _add_page(self, key: str, title: str, page: Page) -> None:
        self.pages[key] = page
        self._page_titles[key] = title
        page.count_changed.connect(self._update_count)
        page.record_requested.connect(self.open_record)
        page.new_record_requested.connect(self.new_record)
        page.badge_changed.connect(lambda badge, tip, k=key: self._show_badge(k, badge, tip))
        if isinstance(page, RecordListPage):
            page.export_requested.connect(self.show_export_dialog)
            page.message.connect(lambda text: self.statusBar().showMessage(text, STATUS_MESSAGE_MS))

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
        self.import_action = action(self.tr("&Import…"), self.show_import_wizard, ["Ctrl+Shift+I"], "import")
        self.export_action = action(self.tr("&Export…"), self.show_export_dialog, ["Ctrl+Shift+E"], "export")
        self.reports_action = action(self.tr("Repor&ts…"), self.show_reports, name="reports")
        self.reports_action.setToolTip(self.tr("Contact list, pipeline, forecast and activities: print, PDF, CSV"))
        self.import_vcard_action = action(self.tr("Import a vCard File…"), self.show_import_wizard, name="importVCard")
        self.import_csv_action = action(
            self.tr("Import from Outlook, Google or a CSV File…"),
            lambda: self.show_import_wizard(source="csv"),
            name="importCsv",
        )
        self.settings_action = action(
            self.tr("&Settings…"), self.show_settings, [QKeySequence.StandardKey.Preferences, "Ctrl+,"], "settings"
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.custom_fields_action = action(self.tr("Cust&om Fields…"), self.show_custom_fields, name="customFields")
        self.quit_action = action(self.tr("&Quit"), self.quit_when_saved, [standard.Quit, "Ctrl+Q"], "quit")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = action(self.tr("&Undo"), self.undo, [standard.Undo], "undo")
        self.redo_action = action(self.tr("&Redo"), self.redo, ["Ctrl+Y", "Ctrl+Shift+Z"], "redo")
        self.find_action = action(self.tr("&Find…"), self.focus_search, ["Ctrl+K", standard.Find], "find")
        self.trash_action = action(self.tr("R&estore from Trash…"), self.show_trash, ["Ctrl+Shift+R"], "trash")
        self.new_lookup_action = action(
            self.tr("&New Lookup…"), lambda: self.show_lookup_builder(), ["Ctrl+L"], "newLookup"
        )
        self.edit_lookup_action = action(self.tr("&Edit This Lookup…"), self.edit_current_lookup, name="editLookup")
        self.show_all_action = action(self.tr("Show &All Records"), self.show_all_records, ["Ctrl+Shift+L"], "showAll")
        self.manage_lookups_action = action(self.tr("&Saved Lookups…"), self.show_saved_lookups, name="lookups")
        self.duplicates_action = action(
            self.tr("Find &Duplicates…"), self.show_duplicates, ["Ctrl+Shift+D"], "findDuplicates"
        )
        self.merges_action = action(self.tr("&Merge History…"), lambda: self.show_merges(), name="mergeHistory")
        self.merge_selected_action = action(
            self.tr("&Merge Selected Cards…"), lambda: self.merge_selected(), ["Ctrl+Shift+M"], "mergeSelected"
        )
        self.merge_selected_action.setToolTip(
            self.tr("Show the selected cards side by side and merge them (Ctrl+Shift+M)")
        )
        for page in self.pages.values():
            if isinstance(page, RecordListPage) and page.kind.type_name in ("contact", "company"):
                page.add_row_action(self.merge_selected_action)
        self.incomplete_actions = [
            action(self.tr("Without &Email or Phone"), self.show_incomplete_reach, name="incompleteReach"),
            action(self.tr("Without a &Company"), self.show_incomplete_company, name="incompleteCompany"),
            action(self.tr("No &Activity for a Year"), self.show_incomplete_idle, name="incompleteIdle"),
        ]
        self.sync_now_action = action(self.tr("Sync &Now"), self.sync_now, ["F9"], "syncNow")
        self.sync_now_action.setToolTip(
            self.tr("Send your changes to the sync server and bring in everyone else's (F9)")
        )
        self.sync_now_action.setIcon(self._icons.get("sync"))
        self.conflicts_action = action(self.tr("&Conflicts…"), self.show_conflicts, name="syncConflicts")
        self.sync_settings_action = action(self.tr("Sync &Settings…"), self.show_sync_settings, name="syncSettings")
        self.show_navigation_action = action(self.tr("Show &Navigation"), self._show_navigation, name="navigation")
        self.show_navigation_action.setCheckable(True)
        self.show_navigation_action.setChecked(True)
        self.print_list_action = action(self.tr("&Print List…"), self.print_list, [QKeySequence.StandardKey.Print],
                                        "printList")  # fmt: skip
        self.print_list_action.setIcon(self._icons.get("print"))
        self.print_card_action = action(self.tr("Print &Card…"), self.print_card, ["Ctrl+Shift+P"], "printCard")
        self.cut_action = action(self.tr("Cu&t"), lambda: self._edit_text("cut"), [standard.Cut], "cut")
        self.copy_action = action(self.tr("&Copy"), self.copy, [standard.Copy], "copy")
        self.paste_action = action(self.tr("&Paste"), lambda: self._edit_text("paste"), [standard.Paste], "paste")
        self.undo_action.setIcon(self._icons.get("undo"))
        self.redo_action.setIcon(self._icons.get("redo"))
        self.schedule_action = action(
            self.tr("&Schedule…"), self.schedule_activity, ["Ctrl+Shift+A"], "scheduleActivity"
        )
        self.schedule_action.setIcon(self._icons.get("schedule"))
        self.schedule_action.setToolTip(
            self.tr("Schedule a call, meeting or to-do, with the people selected in the list (Ctrl+Shift+A)")
        )
        self.reminders_action = action(self.tr("&Reminders…"), self.show_reminders, name="reminders")
        help_keys: list[Key] = [QKeySequence.StandardKey.HelpContents, "F1"]
        self.guide_action = action(self.tr("Cardfile &User Guide"), self.show_guide, help_keys, "userGuide")
        self.guide_action.setIcon(self._icons.get("guide"))
        self.shortcuts_action = action(self.tr("&Keyboard Shortcuts"), self.show_shortcuts, ["Ctrl+/"], "shortcuts")
        self.shortcuts_action.setIcon(self._icons.get("keyboard"))
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
        contacts = self.pages["contacts"]
        if isinstance(contacts, RecordListPage):  # an empty address book: bring the old one in
            contacts.empty.offer(self.import_vcard_action)
            contacts.empty.offer(self.import_csv_action)
        for key in ("contacts", "companies"):  # the row menu schedules with the people (or company) selected
            listed = self.pages[key]
            if isinstance(listed, RecordListPage):
                schedule = QAction(self.tr("&Schedule Activity…"), listed)
                schedule.setObjectName("scheduleFromRow")
                schedule.triggered.connect(lambda _=False, k=key: self.schedule_activity(k))
                listed.add_row_action(schedule)

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_database_action, self.open_database_action])
        # Every menu kept here is made with the window as its parent, then added: the menu addMenu(title) makes lost
        # its Python side when a form closed (PySide invalidated the wrapper while the menu lived on), and opening
        # the Lookup menu after cancelling an activity's edit raised "Internal C++ object already deleted".
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        file_menu.addMenu(self.recent_menu)
        self.recent_menu.setObjectName("recentDatabases")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.export_action])
        file_menu.addAction(self.reports_action)
        file_menu.addSeparator()
        file_menu.addActions([self.print_list_action, self.print_card_action])
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menus.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.cut_action, self.copy_action, self.paste_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.trash_action)
        edit_menu.addAction(self.merge_selected_action)
        edit_menu.aboutToShow.connect(self._update_edit_actions)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addActions([self.custom_fields_action, self.settings_action])
        view_menu = menus.addMenu(self.tr("&View"))
        view_menu.addActions(self.go_actions.actions())
        view_menu.addSeparator()
        view_menu.addAction(self.show_navigation_action)
        self.record_menu = QMenu(self.tr("&Contact"), self)  # named after the kind of the page shown
        self.record_menu.setObjectName("recordMenu")
        menus.addMenu(self.record_menu)
        self.lookup_menu = QMenu(self.tr("&Lookup"), self)
        menus.addMenu(self.lookup_menu)
        self.lookup_menu.setObjectName("lookupMenu")
        self.lookup_menu.aboutToShow.connect(self._fill_lookup_menu)
        self.incomplete_menu = QMenu(self.tr("&Incomplete Records"), self)
        self.incomplete_menu.setObjectName("incompleteMenu")
        self.incomplete_menu.addActions(self.incomplete_actions)
        self.activities_menu = QMenu(self.tr("&Activities"), self)
        menus.addMenu(self.activities_menu)
        self.activities_menu.setObjectName("activitiesMenu")
        self.activities_menu.addAction(self.schedule_action)
        self.activities_menu.addAction(self.reminders_action)
        self.sync_menu = QMenu(self.tr("&Sync"), self)
        menus.addMenu(self.sync_menu)
        self.sync_menu.setObjectName("syncMenu")
        self.sync_menu.addActions([self.sync_now_action, self.conflicts_action])
        self.sync_menu.addSeparator()
        self.sync_menu.addAction(self.sync_settings_action)
        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addActions([self.guide_action, self.shortcuts_action])
        help_menu.addSeparator()
        help_menu.addActions([self.about_action, self.about_qt_action])

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Search"))
        toolbar.setObjectName("searchToolBar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.toggleViewAction().setEnabled(False)
        self.search_field = SearchField(
            self.services.search.search, runner=self.tasks, count=self.services.search.counts, listed=set(LIST_OF)
        )
        self.search_field.addAction(self._icons.get("search"), self.search_field.ActionPosition.LeadingPosition)
        self.search_field.setMinimumWidth(260)
        self.search_field.setMaximumWidth(520)
        self.search_field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.search_field.record_chosen.connect(self.open_record)
        self.search_field.show_all_requested.connect(self.show_search_results)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.sync_now_action)
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
        # The page shown stays plainly marked when the keyboard is elsewhere (most styles grey an inactive
        # selection out to near nothing).
        self.navigation.setStyleSheet(
            "QListWidget#navigation::item:selected, QListWidget#navigation::item:selected:!active "
            "{ background: palette(highlight); color: palette(highlighted-text); border-radius: 3px; }"
        )
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        for key, title in self._page_titles.items():
            item = QListWidgetItem(self._icons.get(key), title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, self.navigation.fontMetrics().height() + 16))
            self.navigation.addItem(item)
            self.stack.addWidget(self.pages[key])
        self._fit_navigation()
        self.navigation.currentRowChanged.connect(self._on_navigation_changed)
        self.lookup_banner = LookupBanner()
        self.lookup_banner.edit_requested.connect(self.edit_current_lookup)
        self.lookup_banner.show_all_requested.connect(self.show_all_records)
        pane = QWidget()
        column = QVBoxLayout(pane)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.lookup_banner)
        column.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(pane, 1)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        assert isinstance(bar, StatusBar)
        self.count_label = bar.count  # always in view: messages go beside it, not over it
        # up to 420 pixels, and fewer when a running task and the sync state need the room (whole in its tooltip)
        self.database_label = ElidedLabel(elide=Qt.TextElideMode.ElideMiddle)
        self.database_label.setObjectName("databasePath")
        self.database_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.database_label.setMinimumWidth(120)
        self.database_label.setMaximumWidth(420 + 16)
        path = file_name(self.services.db.path)
        refusal = self.services.db.refusal  # a read-only file or folder, or damage a check found: shown, not changed
        shown = path if refusal is None else self.tr("{path} (read-only)").format(path=path)
        self.database_label.setText(shown)
        self.database_label.setToolTip(path if refusal is None else f"{path}\n{error_text(refusal)}")
        self.database_label.setContentsMargins(10, 0, 6, 0)
        self.sync_status = SyncStatusWidget(self.sync)
        self.sync_status.settings_requested.connect(self.show_sync_settings)
        self.sync_status.conflicts_requested.connect(self.show_conflicts)
        self.sync_label = self.sync_status.state_button
        self.task_indicator = TaskIndicator(self.tasks)
        bar.addPermanentWidget(self.task_indicator)
        bar.addPermanentWidget(self.database_label)
        bar.addPermanentWidget(separator(vertical=True))
        bar.addPermanentWidget(self.sync_status)

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
        for index in range(self.navigation.count()):  # the page shown is marked in bold, too
            item = self.navigation.item(index)
            font = item.font()
            font.setBold(index == row)
            item.setFont(font)
        self._fill_record_menu()
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.current_page().count_text())
        self._update_lookup_banner()

    def _show_badge(self, key: str, badge: str, tip: str = "") -> None:
        """A number beside a page's navigation entry ("Activities  3": three overdue)."""
        row = list(self.pages).index(key)
        item = self.navigation.item(row) if hasattr(self, "navigation") else None
        if item is None:
            return
        title = self._page_titles[key]
        item.setText(self.tr("{title}  {badge}").format(title=title, badge=badge) if badge else title)
        item.setToolTip(tip if badge else "")
        self._fit_navigation()

    def _fit_navigation(self) -> None:
        """As wide as the widest entry with its badge, measured in bold (the page shown may be drawn bold): the
        Persian "Activities  362" was cut to "Activities …" when the width counted the titles alone."""
        font = QFont(self.navigation.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        texts = [self.navigation.item(row).text() for row in range(self.navigation.count())]
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        self.navigation.setFixedWidth(widest + 20 + 48)

    def schedule_activity(self, from_page: str | None = None) -> Any:
        """Activities ▸ Schedule Activity (Ctrl+Shift+A): with the people selected in the Contacts list (one
        activity with each), or the company selected in Companies; else with nobody yet."""
        key = from_page or self._current_key()
        page = self.pages.get(key)
        services = self.services
        if isinstance(page, RecordListPage) and key == "contacts":
            ids = page.selected_ids()[:200]
            people = [Ref(row.id, row.display_name) for row in services.contacts.rows(ids)]
            return activity_actions.schedule(services, self, people=people)
        if isinstance(page, RecordListPage) and key == "companies" and page.selected_id():
            try:
                company = services.companies.get(page.selected_id() or "").display_name
            except NotFound:
                company = ""
            return activity_actions.schedule(services, self, company=company)
        return activity_actions.schedule(services, self)

    def start_reminders(self) -> None:
        """Show the alarms missed while Cardfile was closed, then ring each at its time (after the first paint)."""
        self.reminders.start()

    def show_reminders(self) -> Any:
        """Activities ▸ Reminders: the alarms due now."""
        window = self.reminders.show_window([])
        self.reminders.check()
        return window

    def _show_navigation(self, shown: bool) -> None:
        self.navigation.setVisible(shown)

    def register_opener(self, record_type: str, opener: Callable[[str], bool]) -> None:
        """Let a page or view of its own open records of a type (`opener(id)` returns whether it did): open_record
        asks it before the list pages."""
        self.record_openers[record_type] = opener

    def open_record(self, record_type: str, record_id: str) -> None:
        """Show a record where it lives: where an opener registered for its type shows it, or on the page listing
        its kind (a person on Contacts, a company on Companies, a deal on Deals). A note, or an activity until its
        own page arrives, opens the person (or company) it belongs to, on the tab that lists it, its row picked out.
        A merge opens the merge history with it selected."""
        if record_type == "merge":
            self.show_merges(select=record_id)
            return
        opener = self.record_openers.get(record_type)
        if opener is not None and opener(record_id):
            return
        if record_type in LIST_OF:
            page = self.go_to(LIST_OF[record_type])
            if page.select_record(record_id):
                page.focus_list()
            else:
                self.statusBar().showMessage(self.tr("That record is no longer in the list."), STATUS_MESSAGE_MS)
            return
        owner = self._owner_of(record_type, record_id)
        if owner is not None:
            self.open_record(*owner)
            page = self.current_page()
            if isinstance(page, RecordListPage) and page.card.record_id == owner[1]:
                page.card.reveal(record_type, record_id)
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

    def new_record(self, record_type: str, preset: dict[str, Any]) -> None:
        """A new record of a kind, about another record ("New Deal…" on a person's Deals tab)."""
        page = self.pages.get(LIST_OF.get(record_type, ""))
        if isinstance(page, RecordListPage):
            self.go_to(LIST_OF[record_type])
            page.new_record(dict(preset))

    def show_deals(self, deal_filter: Any, what: str = "") -> None:
        """The deals behind a figure (a dashboard bar, a slice), listed on the Deals page with the filter shown."""
        page = self.pages["deals"]
        if isinstance(page, DealsPage):
            self.go_to("deals")
            page.show_deals(deal_filter, what)

    def start_page(self) -> str:
        """The page the window opens on: the one chosen in Settings, else Contacts."""
        chosen = self._settings.value(START_PAGE_KEY)
        return chosen if isinstance(chosen, str) and chosen in self.pages else "contacts"

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

    def refresh_undo_texts(self) -> None:
        """Name in Edit ▸ Undo and Redo what they would take back ("Undo Delete 3 contacts"), read on a worker."""
        history = self.services.history

        def read(_progress: Any, _cancel: Any) -> tuple[ActionRead | None, ActionRead | None]:
            return history.next_undo(), history.next_redo()

        self.tasks.run(read, key="undo-texts", announce=False, on_done=self._show_undo_texts)

    def _undo_texts_changed(self, _event: object) -> None:
        self._undo_texts.start()  # many writes in a row (an import's batches) read once, 150 ms after the last

    def _show_undo_texts(self, coming: tuple[ActionRead | None, ActionRead | None]) -> None:
        undo, redo = coming
        self.undo_action.setText(undo_text(undo))
        self.redo_action.setText(redo_text(redo))

    # ----- Edit: cut, copy and paste -----

    def _edit_text(self, method: str) -> None:
        """Cut or paste in the field that has the keyboard (the keys themselves go to the field directly)."""
        focus = QApplication.focusWidget()
        if focus is not None and callable(getattr(focus, method, None)):
            getattr(focus, method)()

    def copy(self) -> None:
        """Edit ▸ Copy: the text selected in a field, or the selected rows when the list has the keyboard."""
        focus = QApplication.focusWidget()
        page = self.current_page()
        if isinstance(focus, RecordTable) and isinstance(page, RecordListPage) and focus is page.view:
            page.copy_selected()
        else:
            self._edit_text("copy")

    def _update_edit_actions(self, *_focus: Any) -> None:
        focus = QApplication.focusWidget()
        editable = callable(getattr(focus, "paste", None)) and not _read_only(focus)
        in_list = isinstance(focus, QAbstractItemView) and focus.selectionModel() is not None and bool(
            focus.selectionModel().hasSelection())  # fmt: skip
        self.cut_action.setEnabled(editable)
        self.paste_action.setEnabled(editable)
        self.copy_action.setEnabled(editable or in_list or callable(getattr(focus, "copy", None)))

    # ----- the menu of the page's records -----

    def _fill_record_menu(self) -> None:
        """The Contact (or Company) menu: what can be done to the records of the page shown."""
        menu = self.record_menu
        menu.clear()
        page = self.current_page()
        if not isinstance(page, RecordListPage):
            menu.menuAction().setVisible(False)
            return
        menu.menuAction().setVisible(True)
        menu.setTitle(page.words.menu or page.words.title)
        menu.addActions([page.new_action, page.edit_action, page.delete_action])
        menu.addSeparator()
        if page.kind.type_name != "activity":  # the Activities page's New is Schedule… already
            menu.addAction(self.schedule_action)
        standard = {"open", "reach", "selection", "delete"}
        extra = [a for key, section in page.row_actions.items() if key not in standard for a in section]
        menu.addActions([a for a in extra if a is not self.schedule_action and a.objectName() != "scheduleFromRow"])
        menu.addSeparator()
        menu.addActions([page.email_action, page.call_action])
        menu.addSeparator()
        menu.addAction(self.print_card_action)

    # ----- File: print -----

    def print_list(self) -> PrintPreview | None:
        """File ▸ Print List: the list shown (its selected records, or all it shows under its filter), previewed."""
        page = self.current_page()
        if not isinstance(page, RecordListPage):
            self.statusBar().showMessage(self.tr("This page has no list to print."), STATUS_MESSAGE_MS)
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # up to a second or two for a long list
        try:
            document, _printed, _wanted = list_document(page)
        finally:
            QApplication.restoreOverrideCursor()
        return self._preview(document, landscape=True)

    def print_card(self) -> PrintPreview | None:
        """File ▸ Print Card: the card of the record shown, with its newest notes, previewed."""
        page = self.current_page()
        record_id = page.card.record_id if isinstance(page, RecordListPage) else None
        document = (
            card_document(page.kind, self.services, record_id)
            if record_id and isinstance(page, RecordListPage)
            else None
        )
        if document is None:
            self.statusBar().showMessage(self.tr("Select a record to print its card."), STATUS_MESSAGE_MS)
            return None
        return self._preview(document)

    def _preview(self, document: Any, *, landscape: bool = False) -> PrintPreview:
        if self.print_preview is not None:
            self.print_preview.close()
            self.print_preview.deleteLater()
        preview = PrintPreview(document, self, landscape=landscape)
        self.print_preview = preview
        preview.open()
        return preview

    # ----- Help -----

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help ▸ Keyboard Shortcuts: read from the window's actions as they are now."""
        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.close()
            self.shortcuts_dialog.deleteLater()
        key = self._current_key()
        dialog = ShortcutsDialog(collect_shortcuts(self, self.pages.get(key), self._page_titles.get(key, "")), self)
        self.shortcuts_dialog = dialog
        dialog.show()
        dialog.raise_()
        return dialog

    def show_guide(self) -> GuideDialog:
        """Help ▸ User Guide: the guide shipped with Cardfile, shown in the app."""
        if self.guide_dialog is None:
            self.guide_dialog = GuideDialog(self)
            self.guide_dialog.shortcuts_requested.connect(self.show_shortcuts)
        self.guide_dialog.show()
        self.guide_dialog.raise_()
        return self.guide_dialog

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
                self.tr("{path} already exists. Use File ▸ Open Database to open it.").format(path=file_name(path)),
            )
            return
        if self.forms_may_close():
            self.database_requested.emit(Path(path), True)

    def ask_open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open Database"),
            str(self.services.db.path.parent),
            self.tr("Cardfile databases ({patterns});;All files (*)").format(patterns=DATABASE_FILTER),
        )
        if path and self.forms_may_close():
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

    def back_up_to(self, target: Path) -> Task:
        """Write a consistent copy of the open database to `target` in the background; the status bar says how
        it went. Returns the task (its `succeeded` carries the path written)."""
        backup = self.services.maintenance.backup
        return self.tasks.run(
            lambda _progress, _cancel: backup(target),
            title=self.tr("Backing up"),
            cancellable=False,
            on_done=lambda written: self.statusBar().showMessage(
                self.tr("Backed up to {path}").format(path=file_name(written)), STATUS_MESSAGE_MS
            ),
            on_failed=lambda error: self._report_failure(self.tr("Back Up Database"), error),
        )

    def start_daily_backup(self) -> Task:
        """Today's automatic backup (kept for a week), made in the background once the window is up, and looked
        at again every hour: a backup the disk had no room for is made later, and a window left open overnight
        makes the next day's. One that cannot be made is a warning in the status bar, never an error box."""
        attempt = self.services.maintenance.try_daily_backup
        return self.tasks.run(
            lambda _progress, _cancel: attempt(),
            title=self.tr("Making the daily backup"),
            cancellable=False,
            on_done=self._on_daily_backup,
            on_failed=lambda error: self._report_failure(self.tr("Daily Backup"), error),
        )

    def _on_daily_backup(self, outcome: DailyBackup) -> None:
        if outcome.made is not None:  # its name, not its path: the status bar is no place for a long path
            self.statusBar().showMessage(
                self.tr("Daily backup made ({name}).").format(name=outcome.made.name), STATUS_MESSAGE_MS
            )
        elif outcome.warning is not None:
            self.statusBar().showMessage(error_text(outcome.warning), WARNING_MESSAGE_MS)
        self.daily_backup_timer.start()

    def _report_failure(self, title: str, error: BaseException) -> None:
        if is_bug(error):
            return  # the crash reporter's dialog tells of it: one message, not two
        QMessageBox.critical(self, title, failure_text(error))

    def show_import_wizard(self, *, source: str = "") -> ImportWizard:
        """File ▸ Import: a new wizard each time; the lists refresh themselves from the import's change events.
        `source` "csv": the wizard starts by saying how Outlook and Google export their contacts."""
        if self.import_wizard is not None and self.import_wizard.is_importing:
            self.import_wizard.raise_()
            return self.import_wizard
        if self.import_wizard is not None:
            self.import_wizard.deleteLater()
        wizard = ImportWizard(self.services, self.tasks, parent=self, source=source)
        wizard.imported.connect(self._on_imported)
        self.import_wizard = wizard
        wizard.show()
        return wizard

    def _on_imported(self, report: ImportReport) -> None:
        for page in self.pages.values():
            if isinstance(page, RecordListPage):
                page.refresh_filters()
        self.statusBar().showMessage(
            self.tr("Imported %Ln new record(s) and updated {updated}.", "", report.imported).format(
                updated=QLocale().toString(report.updated)
            ),
            STATUS_MESSAGE_MS,
        )
        records_of_job = self.services.history.records_of_job
        self.tasks.run(
            lambda _progress, _cancel: records_of_job(report.job_id),
            announce=False,
            on_done=self.show_imported,
        )

    def show_imported(self, written: dict[str, list[str]]) -> None:
        """After an import: the list of people it wrote (or of companies, if it wrote no people), as a filter the
        banner names ("Imported just now") until Show All."""
        kind = next((k for k in ("contact", "company") if written.get(k) and k in LIST_OF), None)
        if kind is None:
            return
        key = LIST_OF[kind]
        page = self.pages[key]
        assert isinstance(page, RecordListPage)
        title = self.tr("Imported just now")
        self.lookup_filters[key] = LookupFilter(kind, title, kind="import")
        if page.model.query.lookup_id:
            page.model.set_query(replace(page.model.query, lookup_id=None))
        imported = frozenset(written[kind])
        self._narrow(page, title, lambda: imported, now=False)  # read on a worker: an import may be 100,000
        self.go_to(key)
        self._update_count()

    def show_export_dialog(self, ids: list[str] | None = None) -> ExportDialog:
        """File ▸ Export: offers the records selected in the list shown (or `ids`: Export Selected…), if any."""
        page = self.current_page()
        selected = list(ids) if ids else page.selected_ids() if isinstance(page, RecordListPage | CalendarPage) else []
        kind = page.kind.type_name if isinstance(page, RecordListPage) else "activity"
        if self.export_dialog is not None and not self.export_dialog.is_exporting:
            self.export_dialog.deleteLater()
        dialog = ExportDialog(self.services, self.tasks, selected_ids=selected, selected_type=kind, parent=self)
        dialog.exported.connect(
            lambda report: self.statusBar().showMessage(
                self.tr("Exported %Ln record(s) to {target}", "", report.count).format(target=file_name(report.target)),
                STATUS_MESSAGE_MS,
            )
        )
        self.export_dialog = dialog
        dialog.show()
        return dialog

    def show_reports(self) -> ReportsDialog:
        """File ▸ Reports…: a report to print, save as PDF or export as CSV (one dialog, kept while it works)."""
        if self.reports_dialog is None:
            self.reports_dialog = ReportsDialog(self.services, self.tasks, self)
            self.reports_dialog.saved.connect(
                lambda path: self.statusBar().showMessage(
                    self.tr("Saved {path}").format(path=file_name(path)), STATUS_MESSAGE_MS
                )
            )
        else:
            self.reports_dialog.make()
        self.reports_dialog.show()
        self.reports_dialog.raise_()
        self.reports_dialog.activateWindow()
        return self.reports_dialog

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        current = self.services.db.path.resolve()
        shown = [p for p in recent_databases(self._settings) if p.resolve() != current]
        for number, path in enumerate(shown, start=1):
            text = f"&{number} {literal(path.name)}" if number < 10 else literal(path.name)
            chosen = self.recent_menu.addAction(text)
            chosen.setToolTip(str(path))
            chosen.setStatusTip(str(path))
            chosen.triggered.connect(lambda _=False, p=path: self.database_requested.emit(p, False))
        if not shown:
            nothing = self.recent_menu.addAction(self.tr("No other databases opened lately"))
            nothing.setEnabled(False)

    # ----- Lookup -----

    def show_lookup_builder(self, lookup: LookupRead | None = None) -> LookupBuilder:
        """Lookup ▸ New Lookup (Ctrl+L), or a saved lookup to change; running it narrows the list."""
        if self.lookup_builder is not None:
            self.lookup_builder.close()
            self.lookup_builder.deleteLater()
        builder = LookupBuilder(self.services, tasks=self.tasks, lookup=lookup, parent=self)
        builder.ran.connect(self._on_lookup_ran)
        builder.saved.connect(self._on_lookup_saved)
        self.lookup_builder = builder
        builder.show()
        builder.raise_()
        builder.activateWindow()
        return builder

    def edit_current_lookup(self) -> None:
        current = self.lookup_filters.get(self._current_key())
        if current is None:
            self.show_lookup_builder()
            return
        if current.lookup_id is not None:
            try:
                self.show_lookup_builder(self.services.lookups.get(current.lookup_id))
                return
            except NotFound:
                pass
        builder = self.show_lookup_builder()
        if current.query is not None:
            builder.set_query(current.query)

    def show_saved_lookups(self) -> ManageLookupsDialog:
        if self.lookups_dialog is None:
            self.lookups_dialog = ManageLookupsDialog(self.services, self)
            self.lookups_dialog.run_requested.connect(self.apply_lookup)
            self.lookups_dialog.edit_requested.connect(lambda i: self.show_lookup_builder(self.services.lookups.get(i)))
        self.lookups_dialog.reload()
        self.lookups_dialog.show()
        self.lookups_dialog.raise_()
        return self.lookups_dialog

    def _fill_lookup_menu(self) -> None:
        menu = self.lookup_menu
        menu.clear()
        menu.addAction(self.new_lookup_action)
        menu.addActions([self.edit_lookup_action, self.show_all_action])
        menu.addSeparator()
        saved = self.services.lookups.list()
        for lookup in saved:
            run = menu.addAction(literal(lookup.name))
            run.setObjectName(f"runLookup_{lookup.id}")
            run.setCheckable(True)
            run.setChecked(any(f.lookup_id == lookup.id for f in self.lookup_filters.values()))
            run.triggered.connect(lambda _=False, i=lookup.id: self.apply_lookup(i))
        if saved:
            menu.addSeparator()
        menu.addAction(self.manage_lookups_action)
        menu.addSeparator()
        menu.addMenu(self.incomplete_menu)
        menu.addActions([self.duplicates_action, self.merges_action])

    def apply_lookup(self, lookup_id: str) -> int | None:
        """Narrow the list to a saved lookup's matches; it runs again whenever the records change."""
        try:
            lookup = self.services.lookups.get(lookup_id)
        except NotFound:
            self.statusBar().showMessage(self.tr("That lookup was deleted."), STATUS_MESSAGE_MS)
            return None
        key = LIST_OF[lookup.record_type]
        page = self.pages[key]
        assert isinstance(page, RecordListPage)
        self.lookup_filters[key] = LookupFilter(lookup.record_type, lookup.name, lookup_id=lookup.id)
        self._restore_unfiltered(key, page)
        page.model.set_query(replace(page.model.query, lookup_id=lookup.id))  # the list reads `ids(lookup_id=…)`
        page.model.reload()
        self.go_to(key)
        self._update_count()
        return page.count()

    def show_lookup_results(self, record_type: str, query: dict[str, Any], ids: list[str], title: str) -> int:
        """Narrow the list to what the builder found; running the same lookup again as the records change."""
        key = LIST_OF[record_type]
        page = self.pages[key]
        assert isinstance(page, RecordListPage)
        self.lookup_filters[key] = LookupFilter(record_type, title, query=query)
        if page.model.query.lookup_id:
            page.model.set_query(replace(page.model.query, lookup_id=None))
        first = [set(ids)]

        def matching() -> set[str]:
            if first:
                return first.pop()  # the builder's own answer, not a second run of the same query
            return set(self.services.lookups.run_query(query))

        self._narrow(page, title, matching)
        self.go_to(key)
        self._update_count()
        return page.count()

    # ----- Lookup: incomplete records, duplicates, merges -----

    def show_incomplete(self, title: str, **ways: Any) -> int:
        """Narrow the contact list to the people missing something (a lookup like any other: Edit This Lookup
        changes it, Save as Group keeps it)."""
        query = incomplete_query("contact", **ways).model_dump(mode="json")
        return self.show_lookup_results("contact", query, self.services.lookups.run_query(query), title)

    def show_incomplete_reach(self) -> int:
        return self.show_incomplete(self.tr("Without email or phone"), no_email_or_phone=True)

    def show_incomplete_company(self) -> int:
        return self.show_incomplete(self.tr("Without a company"), no_company=True)

    def show_incomplete_idle(self) -> int:
        return self.show_incomplete(self.tr("No activity for a year"), idle_months=DEFAULT_IDLE_MONTHS)

    def show_duplicates(self) -> DuplicatesDialog:
        """Lookup ▸ Find Duplicates (Ctrl+Shift+D): the scan runs in the background as the view opens."""
        if self.duplicates_dialog is None:
            self.duplicates_dialog = DuplicatesDialog(self.services, self.tasks, self)
            self.duplicates_dialog.record_requested.connect(self.open_record)
            self.duplicates_dialog.merged.connect(self._on_merged)
        self.duplicates_dialog.show()
        self.duplicates_dialog.raise_()
        self.duplicates_dialog.activateWindow()
        return self.duplicates_dialog

    def merge_selected(self) -> MergeDialog | None:
        """Edit ▸ Merge Selected Cards (Ctrl+Shift+M): the people (or companies) selected in the list, side by
        side."""
        page = self.stack.currentWidget()
        ids = page.selected_ids() if isinstance(page, RecordListPage) else []
        if not isinstance(page, RecordListPage) or page.kind.type_name not in ("contact", "company") or len(ids) < 2:
            self.statusBar().showMessage(
                self.tr("Select two or more people (or companies) in the list to merge them."), STATUS_MESSAGE_MS
            )
            return None
        dialog = MergeDialog(self.services, ids, self)
        dialog.merged.connect(self._on_merged)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_merges(self, select: str | None = None) -> MergesDialog:
        """Lookup ▸ Merge History: the merges, with Unmerge (`select`: the merge to select)."""
        if self.merges_dialog is None:
            self.merges_dialog = MergesDialog(self.services, self.bridge, self)
            self.merges_dialog.record_requested.connect(self.open_record)
        self.merges_dialog.show()
        if select is not None:
            self.merges_dialog.select_ids([select])
        self.merges_dialog.raise_()
        self.merges_dialog.activateWindow()
        return self.merges_dialog

    def _on_merged(self, made: list[MergeRead]) -> None:
        if not made:
            return
        self.statusBar().showMessage(
            self.tr("Merged into “{name}”. Edit ▸ Undo or Lookup ▸ Merge History takes it back.").format(
                name=made[0].survivor_name
            ),
            STATUS_MESSAGE_MS * 2,
        )
        self.open_record(made[0].record_type, made[0].survivor_id)

    def show_search_results(self, record_type: str, query: str) -> None:
        """A search's Show all: the list of that kind narrowed to every hit, in its own order, the banner over it
        saying so until Show All; edits are followed (the search runs again as the records change). Read on a
        worker: 'a' matches some 22,000 of 100,000 people, a quarter of a second of reading."""
        key = LIST_OF[record_type]
        page = self.pages[key]
        assert isinstance(page, RecordListPage)
        title = self.tr("Search “{query}”").format(query=query)
        self.lookup_filters[key] = LookupFilter(record_type, title, kind="search")
        if page.model.query.lookup_id:
            page.model.set_query(replace(page.model.query, lookup_id=None))
        search_ids = self.services.search.ids
        self._narrow(page, title, lambda: set(search_ids(query, record_type)), now=False)
        self.go_to(key)
        page.focus_list()
        self._update_count()

    def show_all_records(self) -> None:
        """Lookup ▸ Show All Records (Ctrl+Shift+L): the current list (or the one a lookup narrowed) shows everything
        again, without its tag or group filter too."""
        key = self._current_key()
        current = self.pages.get(key)
        if key not in self.lookup_filters:
            key = next(iter(self.lookup_filters), key)
        page = self.pages.get(key)
        self.lookup_filters.pop(key, None)
        if isinstance(current, RecordListPage) and current is not page:
            current.clear_filters()
        if isinstance(page, RecordListPage):
            page.clear_filters()
            self._restore_unfiltered(key, page)
            if page.model.query.lookup_id:
                page.model.set_query(replace(page.model.query, lookup_id=None))
            page.model.reload()
        self._update_count()

    def _narrow(
        self, page: RecordListPage, title: str, matching: Callable[[], Collection[str]], *, now: bool = True
    ) -> None:
        """Show only the records `matching()` names, in the list's own order and with its own filters; every
        reload (after an edit, say) asks `matching()` again. `now`: read the list on this thread at once (the
        count is right on return), else on a worker."""
        page.model.set_query(replace(page.model.query, narrowing=Narrowing(title, matching)))
        if now:
            page.model.reload()

    @staticmethod
    def _restore_unfiltered(_key: str, page: RecordListPage) -> None:
        if page.model.query.narrowing is not None:
            page.model.set_query(replace(page.model.query, narrowing=None))

    def _on_lookup_ran(self, record_type: str, query: dict[str, Any], ids: list[str], title: str) -> None:
        lookup = self.lookup_builder.lookup if self.lookup_builder is not None else None
        if lookup is not None and lookup.query == query and lookup.record_type == record_type:
            self.apply_lookup(lookup.id)  # a saved lookup run as it is: follow it by its id
        else:
            self.show_lookup_results(record_type, query, ids, title)

    def _on_lookup_saved(self, lookup: LookupRead) -> None:
        self.statusBar().showMessage(
            self.tr("Lookup “{name}” saved; find it in the Lookup menu.").format(name=lookup.name), STATUS_MESSAGE_MS
        )
        if self.lookups_dialog is not None:
            self.lookups_dialog.reload()
        self.apply_lookup(lookup.id)

    def _current_key(self) -> str:
        page = self.stack.currentWidget()
        return next((k for k, p in self.pages.items() if p is page), "contacts")

    def _update_lookup_banner(self) -> None:
        key = self._current_key()
        current = self.lookup_filters.get(key)
        page = self.stack.currentWidget()
        if current is not None and isinstance(page, RecordListPage):
            query = page.model.query
            if not (query.lookup_id or query.narrowing):  # the page dropped it (to show a record it hid)
                del self.lookup_filters[key]
                current = None
        self.edit_lookup_action.setEnabled(current is not None and current.kind == "lookup")
        filtered = isinstance(page, RecordListPage) and page.show_all_action.isEnabled()  # by tag, group …
        self.show_all_action.setEnabled(current is not None or filtered)
        if current is None or not isinstance(page, RecordListPage):
            self.lookup_banner.hide()
            return
        if current.kind == "lookup":
            self.lookup_banner.show_lookup(current.title, page.count(), current.record_type)
        else:
            self.lookup_banner.show_narrowing(current.title, page.records_text(page.count()))

    # ----- Edit: Trash, custom fields, settings -----

    def show_trash(self) -> TrashDialog:
        """Edit ▸ Restore from Trash: deleted records of every kind, to restore or erase for good."""
        if self.trash_dialog is None:
            self.trash_dialog = TrashDialog(self.services, self.bridge, self)
        self.trash_dialog.show()
        self.trash_dialog.raise_()
        self.trash_dialog.activateWindow()
        return self.trash_dialog

    def show_custom_fields(self) -> CustomFieldsDialog:
        if self.custom_fields_dialog is None:
            self.custom_fields_dialog = CustomFieldsDialog(self.services, self)
        self.custom_fields_dialog.model.reload()
        self.custom_fields_dialog.show()
        self.custom_fields_dialog.raise_()
        return self.custom_fields_dialog

    def show_settings(self) -> SettingsDialog:
        """Edit ▸ Settings (Ctrl+,); a new dialog each time, so it shows the settings as they are now."""
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
        pages = list(self._page_titles.items())
        dialog = SettingsDialog(self.services, self._settings, tasks=self.tasks, start_pages=pages, parent=self)
        dialog.applied.connect(self._on_settings_applied)
        dialog.sync_settings_requested.connect(self.show_sync_settings)
        self.settings_dialog = dialog
        dialog.show()
        return dialog

    def _on_settings_applied(self) -> None:
        for page in self.pages.values():  # names and dates are drawn anew
            if isinstance(page, RecordListPage):
                page.model.forget_rows()
                page.model.schedule_reload()
                if page.card.record_id and not page.card.is_editing:  # never throw away an open form
                    page.card.show_record(page.card.record_id)

    # ----- Sync -----

    def _connect_sync(self) -> None:
        sync = self.sync
        sync.notice.connect(lambda text: self.statusBar().showMessage(text, STATUS_MESSAGE_MS))
        sync.settings_requested.connect(self.show_sync_settings)
        sync.status_changed.connect(self._on_sync_status)
        sync.syncing_changed.connect(lambda syncing: self.sync_now_action.setEnabled(not syncing))
        sync.synced.connect(lambda _report: self.prepare_search())  # a first sync leaves the search index to build
        sync.refresh_status()

    def prepare_search(self) -> Task | None:
        """Build the part of the search index a first sync left for later (or a build the window's closing
        stopped), in the background; the search field says search is being prepared until it is done, and
        searches meanwhile find every record, more slowly. Returns the task that looks (None if one runs)."""
        if self.search_preparation is not None:
            return None
        state_of = self.services.search.index_state
        return self.tasks.run(
            lambda _progress, _cancel: state_of(), key="search-index-state", announce=False, on_done=self._prepare
        )

    def _prepare(self, state: Any) -> None:
        if state.ready or self.search_preparation is not None:
            self.search_field.set_preparing(None)
            return
        self.search_field.set_preparing(state.done, state.total)
        prepare = self.services.search.prepare_index

        def build(progress: Progress, cancel: threading.Event) -> Any:
            return prepare(lambda done, total: progress(done, total, ""), cancel.is_set)

        task = self.tasks.run(
            build,
            title=self.tr("Preparing search"),
            on_done=self._on_search_prepared,
            on_failed=lambda error: self._report_failure(self.tr("Preparing search"), error),
        )
        task.progressed.connect(lambda done, total, _message: self.search_field.set_preparing(done, total))
        task.finished.connect(self._search_preparation_ended)
        self.search_preparation = task

    def _on_search_prepared(self, state: Any) -> None:
        if state.ready:
            self.search_field.set_preparing(None)

    def _search_preparation_ended(self) -> None:
        self.search_preparation = None

    def sync_now(self) -> Task | None:
        """Sync ▸ Sync Now (F9): push, then pull, in the background; the window stays usable meanwhile."""
        return self.sync.sync_now()

    def _on_sync_status(self, status: SyncStatus) -> None:
        count = status.conflicts
        self.conflicts_action.setText(
            self.tr("&Conflicts ({count})…").format(count=QLocale().toString(count))
            if count
            else self.tr("&Conflicts…")
        )

    def show_sync_settings(self) -> SyncSettingsDialog:
        """Sync ▸ Sync Settings: server, user, sign in and out, automatic sync; a new dialog each time."""
        if self.sync_settings_dialog is not None:
            self.sync_settings_dialog.close()
            self.sync_settings_dialog.deleteLater()
        dialog = SyncSettingsDialog(self.sync, self)
        self.sync_settings_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def show_conflicts(self) -> ConflictsDialog:
        """Sync ▸ Conflicts: the values sync replaced, to keep or take back."""
        if self.conflicts_dialog is None:
            self.conflicts_dialog = ConflictsDialog(self.services, self.sync, self)
            self.conflicts_dialog.record_requested.connect(self.open_record)
        self.conflicts_dialog.show()
        self.conflicts_dialog.raise_()
        self.conflicts_dialog.activateWindow()
        return self.conflicts_dialog

    # ----- another instance asked for this window -----

    def bring_forward(self) -> None:
        """Another `cardfile` was started on this database: show this window instead of a second one."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

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
            # 1280×800 at first, or the whole of a smaller screen: at 90% of a 1024×640 one the list, the card and
            # its tabs had 100 pixels too few and the card's last tab was cut off.
            screen = self.screen().availableGeometry()
            self.resize(min(1280, screen.width()), min(800, screen.height()))
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

    def forms_may_close(self) -> bool:
        """Ask about unsaved edits in any open form (Save / Discard / Cancel); False when the person cancels."""
        return all(page.may_leave_form() for page in self.pages.values() if isinstance(page, RecordListPage))

    def quit_when_saved(self) -> None:
        """File ▸ Quit: ask about unsaved edits first, then close."""
        if self.forms_may_close():
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        # A person closing the window (the title bar's button, the window manager) is asked about unsaved edits;
        # Quit asks before it closes, and a close by the program itself (a database switch, tests) does not ask.
        if event.spontaneous() and not self.forms_may_close():
            event.ignore()
            return
        self.save_state()
        self.search_field.popup.hide()
        self.sync.close()
        self.reminders.stop()
        self.tasks.shutdown()  # a backup or an index rebuild finishes before the database closes
        super().closeEvent(event)
