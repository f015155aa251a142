"""The page of one kind of record: its list on one side, the selected record's card on the other.

`RecordListPage` is built from a `RecordKind` (records/kind.py) and is the same for every kind. Above the list: a
toolbar with New and what can be done to the selected records (tag, untag, add to a group, delete), and under it the
filter bar (tag, group, saved lookup), which wraps in a narrow window. The list sorts by a click on a column header,
and a right click on the header chooses the columns; both are remembered in the UI settings by column name, so a new
column in a later version does not scramble them, as are the splits between list and card and between card and tabs.
Everything has a key: Ctrl+N new, F2 or Enter edit, Delete delete, Ctrl+T tag, Ctrl+Shift+T untag, Ctrl+G add to
group, Alt+T/Alt+G/Alt+L the filters. A kind with a view of its own (a calendar, a pipeline board) adds it with
`add_view`; the toolbar then switches between the list and it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import (
    QByteArray,
    QElapsedTimer,
    QItemSelection,
    QItemSelectionModel,
    QItemSelectionRange,
    QLocale,
    QModelIndex,
    QPoint,
    QSettings,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QDesktopServices,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cardfile.domain.errors import CardfileError
from cardfile.domain.text import fold
from cardfile.services import Services
from cardfile.services.events import RecordsChanged
from cardfile.ui.event_bridge import EventBridge, touches
from cardfile.ui.icons import icon as named_icon
from cardfile.ui.records.bulk_dialogs import GroupDialog, TagDialog
from cardfile.ui.records.card import RecordCard, tel_url
from cardfile.ui.records.kind import RecordKind
from cardfile.ui.records.list_model import LazyListModel, ListQuery
from cardfile.ui.tasks import Progress, TaskRunner, is_bug
from cardfile.ui.widgets.basics import CellDirectionDelegate, EmptyState, FlowLayout, labelled, side_by_side
from cardfile.ui.words import failure_text

SELECTION_KEPT = 5000  # selected records remembered across a re-sort (more are rarely chosen by hand)
BACKGROUND_AT = 200  # records in one bulk action from which it runs on a worker instead of the GUI thread
EMAIL_AT_ONCE = 50  # recipients Send Email puts in one message (a mailing to more is an export's job)
COPY_AT_ONCE = 5000  # rows Copy puts on the clipboard


def plain_text(text: str) -> str:
    """An action's text without its mnemonic marks and trailing dots: '&New Contact' → 'New Contact'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…")


MIN_COLUMN_WIDTH = 60  # a fitted column is never narrower (a few letters and the ellipsis)


def fitted_widths(wanted: Sequence[int], available: int, least: Sequence[int] = ()) -> list[int]:
    """Column widths shrunk in proportion to fit `available` pixels; a column that would fall below its least width
    (`least`, never under MIN_COLUMN_WIDTH nor over what it wants) keeps that and the others share what is left.
    Widths that fit already are kept."""
    floors = [min(w, max(MIN_COLUMN_WIDTH, least[i] if i < len(least) else 0)) for i, w in enumerate(wanted)]
    at_minimum: set[int] = set()
    while True:
        free = [i for i in range(len(wanted)) if i not in at_minimum]
        room = available - sum(floors[i] for i in at_minimum)
        total = sum(wanted[i] for i in free)
        factor = min(1.0, room / total) if total > 0 and room > 0 else 0.0
        too_narrow = {i for i in free if wanted[i] * factor < floors[i]}
        if not too_narrow:
            return [floors[i] if i in at_minimum else int(wanted[i] * factor) for i in range(len(wanted))]
        at_minimum |= too_narrow


class RecordTable(QTableView):
    """The list's table. Typing goes to a name (`typed` carries what was typed within the keyboard interval), found
    by the page through the services: Qt's own search would read every one of 100,000 rows."""

    typed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._timer = QElapsedTimer()
        # The widths the kind asks for (logical section → pixels). Until the user drags a column's edge, the shown
        # columns are fitted to the width there is: the window opens at 90% of a 1280-pixel screen, and a fixed
        # 640 pixels of columns put the Email column half under a horizontal scrollbar there.
        self.preferred_widths: dict[int, int] = {}
        self.least_widths: dict[int, int] = {}  # what a fitted column keeps room for (a date whole)
        self.fitting = True
        self._fitting_now = False
        self.horizontalHeader().sectionResized.connect(self._on_section_resized)

    def fit_columns(self) -> None:
        """Shrink the shown columns in proportion until they fit the list's width (never below MIN_COLUMN_WIDTH);
        with room to spare they keep the widths asked for and the last one takes the rest."""
        if not self.fitting or not self.preferred_widths:
            return
        header = self.horizontalHeader()
        shown = [s for s in self.preferred_widths if not header.isSectionHidden(s)]
        available = self.viewport().width()
        if not shown or available <= 0:
            return
        widths = fitted_widths(
            [self.preferred_widths[s] for s in shown], available, [self.least_widths.get(s, 0) for s in shown]
        )
        self._fitting_now = True
        try:
            for section, width in zip(shown, widths, strict=True):
                header.resizeSection(section, width)
        finally:
            self._fitting_now = False

    def _on_section_resized(self, _section: int, _old: int, _new: int) -> None:
        # A drag on a column's edge (the header's own resizes, as of the stretched last column, happen with no
        # button held) leaves the widths to the user from then on.
        if not self._fitting_now and QGuiApplication.mouseButtons() & Qt.MouseButton.LeftButton:
            self.fitting = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def keyboardSearch(self, search: str) -> None:
        if not search:
            self._typed = ""
            return
        if self._timer.isValid() and self._timer.elapsed() < QApplication.keyboardInputInterval():
            self._typed += search
        else:
            self._typed = search
        self._timer.start()
        self.typed.emit(self._typed)


class Page(QWidget):
    """One destination of the navigation list. Pages that list records override the methods below."""

    count_changed = Signal()
    record_requested = Signal(str, str)  # record type, id: the page asks the window to open another record
    # record type, what to fill in: the page asks the window for a new record of another kind ("New Deal…" on a
    # person's Deals tab gives {"contact_id": …})
    new_record_requested = Signal(str, object)
    badge_changed = Signal(str, str)  # a short text beside the page's navigation entry ('' for none), its tooltip

    def count_text(self) -> str:
        """The status bar's record count for this page ('' when the page lists nothing)."""
        return ""

    def select_record(self, record_id: str) -> bool:
        return False

    def focus_list(self) -> None:
        self.setFocus()

    def save_state(self, settings: QSettings) -> None:
        """Remember UI state (splitter, column widths) between runs."""

    def restore_state(self, settings: QSettings) -> None:
        """Bring back what save_state() remembered."""


def _strings(value: Any) -> list[str]:
    """A list of strings from QSettings, which gives one string for a list of one and None for an empty one."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


class KindFilter(Protocol):
    """Filters of a kind's own in the filter bar (a deal's pipeline, owner, close date): a widget that says when
    it changed, the keywords it adds to the service's `ids()`, and how to show everything again."""

    changed: SignalInstance

    def arguments(self) -> dict[str, Any]: ...

    def clear(self) -> None: ...


class FilterBar(QWidget):
    """Tag, group and saved lookup to narrow the list to, each combo with an 'all' entry first, and the filters
    of the kind's own (`add`).

    A strip of its own under the page's toolbar, not a widget in it: a toolbar squeezes a widget below its size,
    and the combos' words were cut ('Любая гру'). Here each caption and combo keep their whole width and go on to
    the next line when the page is too narrow for them side by side (FlowLayout)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.tag = self._combo("tagFilter", self.tr("Any tag"))
        self.group = self._combo("groupFilter", self.tr("Any group"))
        self.lookup = self._combo("lookupFilter", self.tr("No lookup"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 4)
        layout.setSpacing(4)
        self._layout = layout
        self._pairs = QWidget()
        flow = FlowLayout(self._pairs, spacing=12)
        layout.addWidget(self._pairs)
        self._own: list[KindFilter] = []
        self._captions: dict[QComboBox, QWidget] = {}
        for caption, combo in (
            (self.tr("&Tag:"), self.tag),
            (self.tr("&Group:"), self.group),
            (self.tr("&Lookup:"), self.lookup),
        ):
            pair = labelled(caption, combo)
            self._captions[combo] = pair
            flow.add(pair)

    def show_only(self, *, tags: bool, groups: bool, lookups: bool = True) -> None:
        """Leave out the filters a kind has no use for (records without tags, never in groups, no lookups)."""
        for combo, shown in ((self.tag, tags), (self.group, groups), (self.lookup, lookups)):
            self._captions[combo].setVisible(shown)
        self._pairs.setVisible(tags or groups or lookups)

    def add(self, own: KindFilter) -> None:
        """Put a kind's own filters at the start of the bar, on a line of their own (they wrap by themselves)."""
        assert isinstance(own, QWidget)
        self._own.append(own)
        self._layout.insertWidget(len(self._own) - 1, own)
        own.changed.connect(self.changed)

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(everything, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumContentsLength(8)
        combo.setMaximumWidth(220)
        combo.setToolTip(everything)
        # a narrow window squeezes the combo below its text ("بدون جستج", Thai at 1024 pixels): the choice whole
        combo.currentTextChanged.connect(combo.setToolTip)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    @staticmethod
    def set_items(combo: QComboBox, items: Sequence[tuple[str, str]]) -> None:
        """Refill a combo with (text, value) items, keeping the chosen value if it is still there."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, value in items:
            combo.addItem(text, value)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if chosen is not None and index < 0:  # what was filtered on is gone: show everything
            combo.currentIndexChanged.emit(0)

    def tag_names(self) -> list[str]:
        """The tags the filter offers (every tag in use), for completing a tag being typed."""
        return [str(self.tag.itemData(i)) for i in range(1, self.tag.count())]

    def apply_to(self, query: ListQuery) -> ListQuery:
        own = {key: value for f in self._own for key, value in f.arguments().items() if value not in (None, False)}
        return replace(
            query,
            tag=self.tag.currentData(),
            group_id=self.group.currentData(),
            lookup_id=self.lookup.currentData(),
            filters=tuple(sorted(own.items())),
        )

    def clear(self) -> None:
        for combo in (self.tag, self.group, self.lookup):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for own in self._own:
            assert isinstance(own, QWidget)
            own.blockSignals(True)
            own.clear()
            own.blockSignals(False)
        self.changed.emit()

    def choose(self, combo: QComboBox, value: str | None) -> bool:
        index = combo.findData(value) if value is not None else 0
        if index < 0:
            return False
        combo.setCurrentIndex(index)
        return True


class RecordListPage(Page):
    """A lazily filled table of one kind's records, the selected record's card beside it, and an explanation
    when there are none; everything it knows about the kind comes from `kind`."""

    bulk_finished = Signal(int)  # a tag, group or delete action on the selection is done: how many changed
    export_requested = Signal(list)  # Export Selected…: the ids of the records to export
    message = Signal(str)  # a short note for the status bar ("Copied 3 contacts")

    def __init__(
        self,
        kind: RecordKind,
        services: Services,
        bridge: EventBridge,
        icon: QIcon | None = None,
        *,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        name = kind.key
        self.setObjectName(f"{name}Page")
        self._name = name
        self.kind = kind
        self.record_type = kind.record_type
        self.words = kind.page_words()
        self.services = services
        self.service: Any = kind.service_of(services)
        self.runner = runner if runner is not None else TaskRunner(self, max_threads=2)
        self.model: LazyListModel[Any] = LazyListModel(
            self.service.ids,
            self.service.rows,
            kind.columns(),
            self,
            runner=self.runner,
            name=name,
            query=ListQuery(order=kind.order),
            fetch_first=getattr(self.service, "first_ids", None),
        )
        self.card = RecordCard(services, kind, runner=self.runner)
        model = self.model
        self.card.record_requested.connect(self.record_requested)
        self.card.new_record_requested.connect(self.new_record_requested)
        self.card.saved.connect(self._on_saved)
        self.card.editing_changed.connect(self._on_editing_changed)
        self._remembered_id: str | None = None
        self._remembered_row = 0
        self._remembered_selection: list[str] = []
        self._pending_id: str | None = None  # a record to select as soon as the list holds it
        self._programmatic = False  # the page itself is moving the selection
        self._views: dict[str, QAction] = {}
        columns = self.model.columns()  # typing goes to a record by its name (an activity's: its subject)
        self._name_column = next((c for c in columns if c.key in ("name", "subject")), columns[0])

        self._build_actions()
        self.view = RecordTable()
        self.view.typed.connect(self.type_ahead)
        self.view.setObjectName(f"{name}List")
        self.view.setModel(model)
        self._configure_view()
        self.toolbar = self._build_toolbar()
        self.filters = FilterBar()
        self.filters.show_only(tags=self.kind.taggable, groups=self.kind.groupable)
        self.filters.changed.connect(self._on_filters_changed)

        self.views = QStackedWidget()
        self.views.setObjectName(f"{name}Views")
        self.views.addWidget(self.view)
        self.splitter = side_by_side(QSplitter(Qt.Orientation.Horizontal))
        self.splitter.setObjectName(f"{name}Splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(self.card)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 460])

        self.empty = EmptyState(self.words.empty_title, self.words.empty_explanation, icon)
        self.empty.setObjectName(f"{name}Empty")
        self.empty.offer(self.new_action)
        self.no_matches = EmptyState(self.words.no_matches, self.tr("Choose another filter, or show them all."))
        self.no_matches.setObjectName(f"{name}NoMatches")
        self.no_matches.offer(self.show_all_action)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.no_matches)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filters)
        layout.addWidget(self.stack, 1)

        self.view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        model.modelAboutToBeReset.connect(self._remember_current)
        model.modelReset.connect(self._restore_current)
        model.reloaded.connect(self._on_reloaded)
        self._tags_timer = QTimer(self, singleShot=True, interval=800)
        self._tags_timer.timeout.connect(self._refresh_tag_filter)
        self.refresh_filters()
        self._update_actions()
        bridge.records_changed.connect(self._on_records_changed)
        # Read when the page is first shown (or when the window has painted, see MainWindow): a window opening on
        # its people does not wait for the companies, activities and deals behind them.
        self._first_load_due = True

    def showEvent(self, event: QShowEvent) -> None:
        self.load_list()  # before the page's first paint
        super().showEvent(event)

    def list_due(self) -> bool:
        """Whether the list has not been read yet (see `load_list`)."""
        return self._first_load_due

    def load_list(self) -> None:
        """Read the list for the first time (its first page, the rest on the worker), unless it was read already."""
        if self._first_load_due:
            self._first_load_due = False
            self.model.load_first_page()

    # ----- what the kind's service does -----

    def records_text(self, count: int) -> str:
        """'1 contact', '3 contacts'."""
        return self.words.records(count)

    def delete_records(self, ids: Sequence[str]) -> int:
        return int(self.service.delete_many(ids))

    def tag_records(self, ids: Sequence[str], add: Sequence[str], remove: Sequence[str]) -> int:
        return int(self.service.set_tags(ids, add, remove))

    def known_tags(self) -> list[tuple[str, int]]:
        """Tags on live records of this kind with their counts (runs on a worker)."""
        return list(self.service.tags()) if self.kind.taggable else []

    def _on_records_changed(self, event: RecordsChanged) -> None:
        """Read the list again when records of this kind changed, or of a kind its rows show (a company's new
        name in the Company column); group membership matters only while the list is filtered by a group."""
        own = self.kind.type_name
        others = [kind for kind in self.kind.shows if kind != own]
        if any(touches(event, kind) for kind in others):
            self.model.forget_rows()
        if (
            touches(event, own)
            or any(touches(event, kind) for kind in others)
            or (touches(event, "link") and self.model.query.group_id)
        ):
            self.model.schedule_reload(event.records.get(own, ()))
        self.card.refresh(event)
        self.on_records_changed(event)

    # ----- views of its own -----

    def add_view(self, key: str, title: str, widget: QWidget) -> QAction:
        """Show `widget` (a calendar, a pipeline board) in the list's place when its toolbar button is chosen;
        the card stays beside it. The view opens a record on the card with `select_record`."""
        if not self._views:
            self._views["list"] = self._view_action("list", self.tr("&List"), self.view)
        widget.setObjectName(widget.objectName() or f"{self._name}{key.capitalize()}View")
        self.views.addWidget(widget)
        self._views[key] = self._view_action(key, title, widget)
        return self._views[key]

    def _view_action(self, key: str, title: str, widget: QWidget) -> QAction:
        action = QAction(title, self)
        action.setObjectName(f"{key}View")
        action.setCheckable(True)
        action.setChecked(widget is self.views.currentWidget())
        action.setData(key)
        action.triggered.connect(lambda: self.show_view(key))
        self._view_group.addAction(action)
        self.toolbar.insertAction(self._view_anchor, action)
        return action

    def show_view(self, key: str) -> bool:
        """Show the list ("list") or a view added with `add_view`; False if there is no such view."""
        action = self._views.get(key)
        if action is None and key != "list":
            return False
        self.views.setCurrentIndex(0 if key == "list" else list(self._views).index(key))
        if action is not None:
            action.setChecked(True)
        return True

    def current_view(self) -> str:
        return next((k for k, a in self._views.items() if a.isChecked()), "list")

    def new_record(self, preset: dict[str, Any] | None = None) -> None:
        """Open an empty form for a new record (`preset`: what to fill in, as the kind's form takes it)."""
        if self.may_leave_form():
            self.stack.setCurrentWidget(self.splitter)
            self.card.edit_new(preset)

    # ----- building -----

    def _action(
        self, text: str, slot: Any, keys: Sequence[str | QKeySequence.StandardKey] = (), name: str = ""
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        sequences: list[QKeySequence] = []
        for key in keys:
            sequences += (
                QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]
            )
        action.setShortcuts(sequences)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # only while this page is the one shown
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.new_text(), lambda: self.new_record(), ["Ctrl+N"], "newRecord")
        self.edit_action = self._action(self.tr("&Edit"), self.edit_current, ["F2"], "editRecord")
        self.tag_action = self._action(self.tr("&Tag…"), self.ask_tag, ["Ctrl+T"], "tagRecords")
        self.untag_action = self._action(self.tr("&Remove Tag…"), self.ask_untag, ["Ctrl+Shift+T"], "untagRecords")
        self.group_action = self._action(self.tr("Add to &Group…"), self.ask_add_to_group, ["Ctrl+G"], "addToGroup")
        self.ungroup_action = self._action(
            self.tr("Remove from Group"), self.remove_from_filtered_group, ["Ctrl+Shift+G"], "removeFromGroup"
        )
        self.delete_action = self._action(
            self.tr("&Delete…"), self.ask_delete, [QKeySequence.StandardKey.Delete], "deleteRecords"
        )
        # Delete in a text field deletes text: the key deletes records only while the list has the keyboard.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        # No key of its own: Ctrl+Shift+A schedules an activity from anywhere, and Lookup ▸ Show All Records
        # (Ctrl+Shift+L) shows everything again.
        self.show_all_action = self._action(self.tr("Show &All"), self.clear_filters, name="showAll")
        self.open_action = self._action(self.tr("&Open"), self.open_current, name="openRecord")
        self.call_action = self._action(self.tr("C&all"), self.call_selected, name="callRecord")
        self.email_action = self._action(self.tr("Send Ema&il"), self.email_selected, name="emailRecords")
        self.copy_action = self._action(
            self.tr("&Copy"), self.copy_selected, [QKeySequence.StandardKey.Copy], "copyRecords"
        )
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # in a text field Ctrl+C copies text
        self.export_action = self._action(self.tr("E&xport Selected…"), self.export_selected, name="exportSelected")
        for action, name in (
            (self.new_action, "new"),
            (self.edit_action, "edit"),
            (self.tag_action, "tag"),
            (self.group_action, "group"),
            (self.delete_action, "delete"),
            (self.call_action, "phone"),
            (self.email_action, "mail"),
            (self.copy_action, "copy"),
            (self.export_action, "export"),
        ):
            action.setIcon(named_icon(name))
        # The row menu, section by section; other screens add theirs (Schedule…, New Deal…) with add_row_action.
        self.row_actions: dict[str, list[QAction]] = {
            "open": [self.open_action, self.edit_action],
            "reach": [self.call_action, self.email_action, self.copy_action],
            "selection": [
                self.tag_action,
                self.untag_action,
                self.group_action,
                self.ungroup_action,
                self.export_action,
            ],
            "more": [],
            "delete": [self.delete_action],
        }
        for action, tip in (
            (self.tag_action, self.tr("Add a tag to the selected records (Ctrl+T)")),
            (self.untag_action, self.tr("Take a tag off the selected records (Ctrl+Shift+T)")),
            (self.group_action, self.tr("Add the selected records to a group (Ctrl+G)")),
            (self.delete_action, self.tr("Move the selected records to the Trash (Delete)")),
            (self.call_action, self.tr("Call the selected record's first phone number")),
            (self.email_action, self.tr("Write to the selected records from your mail program")),
            (self.copy_action, self.tr("Copy the selected rows as text (Ctrl+C in the list)")),
            (self.export_action, self.tr("Export the selected records to a vCard or CSV file")),
        ):
            action.setToolTip(tip)

    def add_row_action(self, action: QAction, section: str = "more") -> None:
        """Offer `action` in the menu of a right click on a row (and, with several records selected, on the card
        beside the list). Sections in order: open, reach, selection, more (and any new one, before delete),
        delete. The action works on `selected_ids()`; whoever adds it keeps it enabled as it should be."""
        if section not in self.row_actions:
            delete = self.row_actions.pop("delete")
            self.row_actions[section] = []
            self.row_actions["delete"] = delete
        self.row_actions[section].append(action)
        if action.parent() is None:
            action.setParent(self)

    def bulk_actions(self) -> list[QAction]:
        """What the card offers while several records are selected: every row action that works on a selection."""
        single = {self.open_action, self.edit_action, self.call_action}
        return [a for section in self.row_actions.values() for a in section if a not in single and a.isVisible()]

    def new_text(self) -> str:
        return self.words.new

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar()
        toolbar.setObjectName(f"{self._name}ToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(16, 16))
        toolbar.setMovable(False)
        # New looks like the button it is (a toolbar's text-only buttons read as labels until hovered).
        self.new_button = QPushButton(self.new_action.icon(), plain_text(self.new_action.text()))
        self.new_button.setObjectName("newRecordButton")
        self.new_button.setToolTip(self.tr("{action} ({keys})").format(
            action=plain_text(self.new_action.text()), keys=self.new_action.shortcut().toString(
                QKeySequence.SequenceFormat.NativeText)))  # fmt: skip
        self.new_button.clicked.connect(self.new_action.trigger)
        toolbar.addWidget(self.new_button)
        toolbar.addSeparator()
        self._view_group = QActionGroup(self)
        self._view_group.setExclusive(True)
        self._view_anchor = toolbar.addSeparator()  # the view buttons go before it, once a view is added
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addActions([self.tag_action, self.group_action, self.delete_action])
        return toolbar

    def _configure_view(self) -> None:
        view = self.view
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setTabKeyNavigation(False)
        view.setCornerButtonEnabled(False)
        view.setItemDelegate(CellDirectionDelegate(view))
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._show_row_menu)
        view.doubleClicked.connect(lambda _index: self.edit_current())
        view.addAction(self.delete_action)
        for key in ("Return", "Enter"):
            QShortcut(QKeySequence(key), view, self.edit_current).setContext(Qt.ShortcutContext.WidgetShortcut)
        rows = view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # constant row height: 100,000 rows cost nothing
        rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
        columns = view.horizontalHeader()
        columns.setObjectName(f"{self._name}Columns")
        columns.setStretchLastSection(True)
        columns.setHighlightSections(False)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        columns.setSectionsMovable(True)
        columns.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        columns.customContextMenuRequested.connect(self._show_column_menu)
        self._apply_default_columns()
        section, direction = self.model.sort_column()
        columns.setSortIndicator(max(section, 0), direction)
        view.setSortingEnabled(True)
        columns.sortIndicatorChanged.connect(self._on_sort_indicator)

    def _apply_default_columns(self) -> None:
        header = self.view.horizontalHeader()
        self.view.preferred_widths = {}
        self.view.least_widths = {}
        for section, column in enumerate(self.model.columns()):
            self.view.preferred_widths[section] = column.width or header.defaultSectionSize()
            if column.least:  # the text and the cell's margins, as the header's own fit measures them
                self.view.least_widths[section] = self.view.fontMetrics().horizontalAdvance(column.least) + 16
            header.resizeSection(section, self.view.preferred_widths[section])
            header.setSectionHidden(section, not column.shown)
        self.view.fitting = True
        self.view.fit_columns()

    # ----- the record count and the selection -----

    def count(self) -> int:
        return self.model.total()

    def count_text(self) -> str:
        """The count in the kind's words ('Contacts: 3'), with the filter and the selection when there are any."""
        return self.decorate_count(self.words.count.format(count=QLocale().toString(self.count())))

    def decorate_count(self, text: str) -> str:
        if self.model.query.filtered:
            text = self.tr("{count} (filtered)").format(count=text)
        selected = self.selected_count()
        if selected > 1:
            text = self.tr("{count} · {selected} selected").format(count=text, selected=selected)
        return text

    def select_record(self, record_id: str) -> bool:
        """Select a record and show its card; reads the list again if it is newer than the list, and drops the
        filter if the filter hides it. False if it is not a live record at all."""
        if not self.may_leave_form(record_id):
            return False
        row = self.model.row_of(record_id)
        if row is None:
            self.model.reload()  # it may be newer than the list
            row = self.model.row_of(record_id)
        if row is None and self.model.query.filtered:
            self.filters.blockSignals(True)
            self.filters.clear()
            self.filters.blockSignals(False)
            self.model.set_query(self.filters.apply_to(replace(self.model.query, narrowing=None)))
            self.model.reload()
            row = self.model.row_of(record_id)
        if row is None:
            return False
        self.stack.setCurrentWidget(self.splitter)
        self._select_row(row, center=True)
        if self.card.record_id != record_id:  # the row was current already (the card showed a record just added)
            self.card.show_record(record_id)
        return True

    def select_when_listed(self, record_id: str) -> None:
        """Select a record once the list (being read on a worker) holds it: a record just added."""
        row = self.model.row_of(record_id)
        if row is not None and not self.model.is_reloading():
            self._select_row(row, center=True)
        else:
            self._pending_id = record_id

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def selected_count(self) -> int:
        """How many rows are selected, from the selection's ranges (Ctrl+A on 100,000 rows stays cheap)."""
        return sum(r.bottom() - r.top() + 1 for r in self._selection_ranges())

    def _selection_ranges(self) -> list[QItemSelectionRange]:
        selection = self.view.selectionModel().selection()
        return [selection.at(i) for i in range(selection.count())]

    def selected_ids(self) -> list[str]:
        """The selected records, in list order."""
        rows = sorted({row for r in self._selection_ranges() for row in range(r.top(), r.bottom() + 1)})
        return [rid for rid in (self.model.id_at(row) for row in rows) if rid is not None]

    def focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _select_row(self, row: int, *, center: bool = False) -> None:
        """Make `row` the current, selected row and bring it into view (to the middle when `center` and it was
        out of sight, so a record opened from search has its neighbours around it)."""
        index = self.model.index(row, 0)
        # Whether it is in sight before it becomes current: making it current scrolls it to the nearest edge.
        in_sight = self.view.viewport().rect().contains(self.view.visualRect(index))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index, flags)
        hint = QAbstractItemView.ScrollHint
        self.view.scrollTo(index, hint.PositionAtCenter if center and not in_sight else hint.EnsureVisible)

    def _on_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        record_id = self.model.id_at(current.row()) if current.isValid() else None
        if self.card.is_editing:
            if self._programmatic or record_id == self.card.record_id:
                return  # the list moved under the form (a reload); the form stays
            if not self.may_leave_form(record_id):  # stay on the form: the list goes back to its record
                back = self.model.row_of(self.card.record_id) if self.card.record_id else None
                if back is not None:
                    QTimer.singleShot(0, self, lambda: self._select_quietly(back))
                return
        if self.selected_count() > 1:
            return  # several records are selected: the card says how many (_on_selection_changed)
        if record_id is None:
            self.card.clear()
        else:
            self.card.show_record(record_id)

    def _select_quietly(self, row: int) -> None:
        self._programmatic = True
        try:
            self._select_row(row)
        finally:
            self._programmatic = False

    def _on_selection_changed(self) -> None:
        self._update_actions()
        self.count_changed.emit()
        if self.card.is_editing:
            return
        count = self.selected_count()
        if count > 1:
            text = self.tr("{records} selected").format(records=self.records_text(count))
            self.card.show_selection(text, self.bulk_actions())
        elif self.card.shows_selection:
            current = self.selected_id()
            if current is not None:
                self.card.show_record(current)
            else:
                self.card.clear()

    def _remember_current(self) -> None:
        self._remembered_id = self.selected_id()
        self._remembered_row = max(self.view.currentIndex().row(), 0)
        self._remembered_selection = self.selected_ids() if self.selected_count() <= SELECTION_KEPT else []

    def _restore_current(self) -> None:
        """After the list was read again, keep the same records selected (or a neighbour if they are gone)."""
        if not self.model.rowCount():
            if not self.card.is_editing:
                self.card.clear()
            return
        wanted = self._pending_id or self._remembered_id
        row = self.model.row_of(wanted) if wanted else None
        self._programmatic = True
        try:
            self._select_row(row if row is not None else min(self._remembered_row, self.model.rowCount() - 1))
            others = [r for r in (self.model.row_of(i) for i in self._remembered_selection) if r is not None]
            if len(others) > 1:
                selection = QItemSelection()
                for r in others:
                    selection.select(self.model.index(r, 0), self.model.index(r, self.model.columnCount() - 1))
                self.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select)
        finally:
            self._programmatic = False

    def _on_reloaded(self) -> None:
        self._first_load_due = False  # read by whatever asked first (a record selected on a page not yet shown)
        empty = self.model.rowCount() == 0
        if empty and not self.card.is_editing:
            self.stack.setCurrentWidget(self.no_matches if self.model.query.filtered else self.empty)
        else:
            self.stack.setCurrentWidget(self.splitter)
        pending, self._pending_id = self._pending_id, None
        row = self.model.row_of(pending) if pending else None
        if row is not None:
            self._select_quietly(row)
            self.view.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)
        elif not empty and not self.view.currentIndex().isValid():
            self._select_row(0)
        self._update_actions()
        self.count_changed.emit()

    # ----- sorting and columns -----

    def _on_sort_indicator(self, section: int, order: Qt.SortOrder) -> None:
        if not self.model.can_sort_by(section):
            current, direction = self.model.sort_column()
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(current, direction)
            header.blockSignals(False)

    def sort_by(self, key: str, *, reverse: bool = False) -> None:
        """Sort by the column named `key` (as a click on its header does)."""
        section = self.model.column_keys().index(key)
        order = Qt.SortOrder.DescendingOrder if reverse else Qt.SortOrder.AscendingOrder
        self.view.sortByColumn(section, order)

    def column_menu(self) -> QMenu:
        """Which columns to show: every column but the name can be hidden."""
        menu = QMenu(self.tr("&Columns"), self)
        header = self.view.horizontalHeader()
        for section, column in enumerate(self.model.columns()):
            action = menu.addAction(column.title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(section))
            action.setEnabled(section != 0)
            action.setData(column.key)
            action.toggled.connect(lambda on, key=column.key: self.show_column(key, on))
        menu.addSeparator()
        menu.addAction(self.tr("&Reset Columns"), self.reset_columns)
        return menu

    def show_column(self, key: str, shown: bool) -> None:
        self.view.horizontalHeader().setSectionHidden(self.model.column_keys().index(key), not shown)
        self.view.fit_columns()

    def shown_columns(self) -> list[str]:
        """Keys of the shown columns, in the order they appear."""
        header = self.view.horizontalHeader()
        keys = self.model.column_keys()
        return [
            keys[header.logicalIndex(v)]
            for v in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(v))
        ]

    def reset_columns(self) -> None:
        header = self.view.horizontalHeader()
        for logical in range(header.count()):
            header.moveSection(header.visualIndex(logical), logical)
        self._apply_default_columns()

    def _show_column_menu(self, position: QPoint) -> None:
        self.column_menu().exec(self.view.horizontalHeader().mapToGlobal(position))

    def row_menu(self) -> QMenu:
        """The menu of a right click on a row: Open, Edit; Call, Send Email, Copy; Tag, Add to Group, Export
        Selected…; what other screens added (Schedule…); Delete; and the columns."""
        self._update_actions()
        menu = QMenu(self)
        menu.setObjectName("rowMenu")
        for section in self.row_actions.values():
            shown = [
                a for a in section if a.isVisible() and (a is not self.ungroup_action or self.model.query.group_id)
            ]
            if shown:
                menu.addActions(shown)
                menu.addSeparator()
        menu.addMenu(self.column_menu())
        return menu

    def _show_row_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if index.isValid() and not self.view.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self._select_row(index.row())  # a right click on a row outside the selection works on that row
        self.row_menu().exec(self.view.viewport().mapToGlobal(position))

    # ----- filters -----

    def refresh_filters(self) -> None:
        """Fill the group and lookup filters now, and the tags (which take a scan) on a worker."""
        self.filters.set_items(self.filters.group, [(g.name, g.id) for g in self.services.groups.list()])
        lookups = [(lk.name, lk.id) for lk in self.services.lookups.list() if lk.record_type == self.record_type.value]
        self.filters.set_items(self.filters.lookup, lookups)
        self._refresh_tag_filter()

    def _refresh_tag_filter(self) -> None:
        def read(_progress: Progress, _cancel: threading.Event) -> list[tuple[str, int]]:
            return self.known_tags()

        def fill(tags: list[tuple[str, int]]) -> None:
            self.filters.set_items(
                self.filters.tag,
                [(self.tr("{tag} ({count})").format(tag=t, count=QLocale().toString(n)), t) for t, n in tags],
            )

        self.runner.run(read, key=f"{self._name}-tags", announce=False, on_done=fill)

    def filter_by(self, *, tag: str | None = None, group_id: str | None = None, lookup_id: str | None = None) -> bool:
        """Show only records with this tag, in this group, or found by this lookup (False: no such choice)."""
        found = True
        self.filters.blockSignals(True)
        try:
            found &= self.filters.choose(self.filters.tag, tag)
            found &= self.filters.choose(self.filters.group, group_id)
            found &= self.filters.choose(self.filters.lookup, lookup_id)
        finally:
            self.filters.blockSignals(False)
        self._on_filters_changed()
        return found

    def clear_filters(self) -> None:
        """Show All: no tag, group or lookup, and no narrowing (a search's Show all, an import's records)."""
        if self.model.query.narrowing is not None:
            self.model.set_query(replace(self.model.query, narrowing=None))
        self.filters.clear()

    def _on_filters_changed(self) -> None:
        self.model.set_query(self.filters.apply_to(self.model.query))
        self._update_actions()
        self.count_changed.emit()

    def on_records_changed(self, event: RecordsChanged) -> None:
        """Keep the filters current: groups and lookups at once, tags a moment after a burst of edits."""
        if touches(event, "group") or touches(event, "lookup"):
            self.refresh_filters()
        elif touches(event, self.record_type.value):
            self._tags_timer.start()

    # ----- working on the selection -----

    def _update_actions(self) -> None:
        editing = self.card.is_editing
        has_selection = self.view.selectionModel().hasSelection() and not editing
        for action in (self.tag_action, self.untag_action, self.group_action, self.delete_action):
            action.setEnabled(has_selection)
        for action in (self.tag_action, self.untag_action):
            action.setVisible(self.kind.taggable)
        for action in (self.group_action, self.ungroup_action):
            action.setVisible(self.kind.groupable)
        self.ungroup_action.setEnabled(has_selection and bool(self.model.query.group_id))
        self.edit_action.setEnabled(not editing and (self.card.record_id is not None or self.selected_count() == 1))
        self.show_all_action.setEnabled(self.model.query.filtered)
        count = self.selected_count() if has_selection else 0
        reach = self.kind.reach
        self.open_action.setEnabled(count == 1)
        self.call_action.setVisible(reach is not None)
        self.email_action.setVisible(reach is not None)
        phone = email = ""
        if reach is not None and count == 1:
            record = self.model.record_at(self.view.currentIndex().row())
            phone, email = reach(record) if record is not None else ("", "")
        self.call_action.setEnabled(bool(phone))
        self.email_action.setEnabled(bool(email) if count == 1 else 1 < count <= EMAIL_AT_ONCE)
        self.copy_action.setEnabled(has_selection)
        self.export_action.setEnabled(has_selection)

    def _on_editing_changed(self, editing: bool) -> None:
        self._update_actions()
        if not editing and self.model.rowCount() == 0:
            self._on_reloaded()

    def _on_saved(self, record_id: str) -> None:
        self.select_when_listed(record_id)

    def may_leave_form(self, going_to: str | None = None) -> bool:
        """Before the form is left (for another record, another database, or to quit): ask whether to save
        unsaved changes. False: the person chose to stay."""
        card = self.card
        if not card.is_editing or going_to == card.record_id:
            return True
        if not card.has_unsaved_changes():
            card.cancel()
            return True
        mistaken = card.form is not None and card.form.has_problems()
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved Changes"),
            self.tr("The card has a mistake, marked in red, to correct before it can be saved. Save the changes?")
            if mistaken
            else self.tr("Save the changes to this card?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            # Enter must not save what cannot be saved (nor lose it): with a mistake it stays on the form.
            QMessageBox.StandardButton.Cancel if mistaken else QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return card.save()
        if answer == QMessageBox.StandardButton.Discard:
            card.cancel()
            return True
        return False

    # ----- the row menu's own actions -----

    def open_current(self) -> None:
        """Open: the selected record's card, with the keyboard in it."""
        record_id = self.selected_id()
        if record_id is None:
            return
        if self.card.record_id != record_id:
            self.card.show_record(record_id)
        self.card.details.setFocus(Qt.FocusReason.OtherFocusReason)

    def _selected_records(self, limit: int) -> list[Any]:
        """The list rows of the selected records, in list order (at most `limit`)."""
        rows = sorted({row for r in self._selection_ranges() for row in range(r.top(), r.bottom() + 1)})[:limit]
        return [record for record in map(self.model.record_at, rows) if record is not None]

    def call_selected(self) -> bool:
        """Call: dial the selected record's first phone number through the desktop (tel:)."""
        reach = self.kind.reach
        records = self._selected_records(1)
        phone = reach(records[0])[0] if reach is not None and records else ""
        if not phone:
            return False
        return QDesktopServices.openUrl(QUrl(tel_url(phone)))

    def email_selected(self) -> bool:
        """Send Email: a new message in the desktop's mail program to the selected records (their first address)."""
        reach = self.kind.reach
        if reach is None:
            return False
        addresses = [email for email in (reach(r)[1] for r in self._selected_records(EMAIL_AT_ONCE)) if email]
        if not addresses:
            return False
        return QDesktopServices.openUrl(QUrl("mailto:" + ",".join(dict.fromkeys(addresses))))

    def copy_selected(self) -> int:
        """Copy: the selected rows as text, one line each with the shown columns separated by tabs (a spreadsheet
        or a mail takes it as it is). Returns how many rows were copied."""
        count = self.selected_count()
        records = self._selected_records(COPY_AT_ONCE)
        if not records:
            return 0
        keys = self.shown_columns()
        columns = {column.key: column for column in self.model.columns()}
        lines = ["\t".join(columns[key].text(record).replace("\t", " ") for key in keys) for record in records]
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")
        if count > len(records):
            self.message.emit(self.tr("Copied the first {records} of {count}; export the rest.").format(
                records=self.records_text(len(records)), count=QLocale().toString(count)))  # fmt: skip
        else:
            self.message.emit(self.tr("Copied {records}.").format(records=self.records_text(len(records))))
        return len(records)

    def export_selected(self) -> None:
        """Export Selected…: the export dialog, offering the selected records."""
        ids = self.selected_ids()
        if ids:
            self.export_requested.emit(ids)

    # ----- type-ahead -----

    def type_ahead(self, text: str) -> int | None:
        """Typing in the list goes to the first record whose name (as the Name column shows it) starts with what was
        typed, case and accents ignored: 'jon' finds 'Jónsdóttir'. Returns the row chosen, None if none fits."""
        key = fold(text)
        if not key:
            return None
        if not self.model.is_complete():
            self.model.reload()  # typed before the rest of the list came: the record may be further down
        row = self._find_sorted(key) if self.model.query.order == "name" else self._find_any(text)
        if row is not None:
            self._select_row(row, center=True)
        return row

    def _name_at(self, row: int) -> str:
        record = self.model.record_at(row)
        return fold(self._name_column.text(record)) if record is not None else ""

    def _find_sorted(self, key: str) -> int | None:
        """In a list sorted by name, a binary search: a few pages of rows read, however long the list."""
        low, high = 0, self.model.rowCount()
        reverse = self.model.query.reverse
        while low < high:  # the first row at or past `key` in the list's direction
            middle = (low + high) // 2
            name = self._name_at(middle)
            before = name > key and not name.startswith(key) if reverse else name < key
            if before:
                low = middle + 1
            else:
                high = middle
        return low if low < self.model.rowCount() and self._name_at(low).startswith(key) else None

    def _find_any(self, text: str) -> int | None:
        """In a list sorted otherwise, the first matching row after the current one (or the first at all)."""
        rows = sorted(r for r in (self.model.row_of(i) for i in self.service.ids_named(text)) if r is not None)
        if not rows:
            return None
        current = self.view.currentIndex().row()
        return next((r for r in rows if r > current), rows[0])

    def edit_current(self) -> bool:
        """Edit the card of the current record (F2, Enter or a double click on it)."""
        if self.card.record_id is None and self.selected_id() is not None:
            self.card.show_record(self.selected_id() or "")
        return self.card.edit()

    def ask_delete(self) -> QMessageBox | None:
        """Ask before moving the selected records to the Trash; the question says how many."""
        ids = self.selected_ids()
        if not ids or self.card.is_editing:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Move to Trash"),
            self.tr("Move {records} to the Trash?").format(records=self.records_text(len(ids))),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("confirmDelete")
        box.setInformativeText(self.tr("You can restore them from the Trash, or undo this with Ctrl+Z."))
        move = box.addButton(self.tr("Move to Trash"), QMessageBox.ButtonRole.AcceptRole)
        move.setObjectName("confirmDeleteButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(move)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self.delete_selected(ids) if button is move else None)
        box.open()
        return box

    def delete_selected(self, ids: Sequence[str] | None = None) -> int:
        """Move records to the Trash as one action (one Ctrl+Z brings them all back)."""
        chosen = list(ids) if ids is not None else self.selected_ids()
        if not chosen:
            return 0
        title = self.tr("Moving {records} to the Trash…").format(records=self.records_text(len(chosen)))
        return self._write(lambda: self.delete_records(chosen), len(chosen), title)

    def ask_tag(self) -> TagDialog | None:
        return self._ask_tag(remove=False)

    def ask_untag(self) -> TagDialog | None:
        return self._ask_tag(remove=True)

    def _ask_tag(self, *, remove: bool) -> TagDialog | None:
        ids = self.selected_ids()
        if not ids or self.card.is_editing:
            return None
        records = self.records_text(len(ids))
        if remove:
            title, prompt = self.tr("Remove Tag"), self.tr("Take this tag off {records}:").format(records=records)
        else:
            title, prompt = self.tr("Add Tag"), self.tr("Tag {records} with:").format(records=records)
        dialog = TagDialog(title, prompt, self.filters.tag_names(), self)
        dialog.chosen.connect(lambda tag: self.tag_selected(tag, remove=remove, ids=ids))
        dialog.open()
        return dialog

    def tag_selected(self, tag: str, *, remove: bool = False, ids: Sequence[str] | None = None) -> int:
        """Tag (or untag) records as one action; returns how many changed."""
        chosen = list(ids) if ids is not None else self.selected_ids()
        if not chosen or not tag.strip():
            return 0
        add, take = ([], [tag]) if remove else ([tag], [])
        title = self.tr("Tagging {records}…").format(records=self.records_text(len(chosen)))
        return self._write(lambda: self.tag_records(chosen, add, take), len(chosen), title)

    def ask_add_to_group(self) -> GroupDialog | None:
        ids = self.selected_ids()
        if not ids or self.card.is_editing:
            return None
        groups = [(g.name, g.id) for g in self.services.groups.list()]
        prompt = self.tr("Add {records} to the group:").format(records=self.records_text(len(ids)))
        dialog = GroupDialog(prompt, groups, self)
        dialog.chosen.connect(lambda group_id, name: self.add_selected_to_group(group_id, name, ids=ids))
        dialog.open()
        return dialog

    def add_selected_to_group(self, group_id: str | None, name: str = "", *, ids: Sequence[str] | None = None) -> int:
        """Add records to a group (a new one named `name` when `group_id` is None); returns how many were added."""
        chosen = list(ids) if ids is not None else self.selected_ids()
        if not chosen:
            return 0
        groups = self.services.groups

        def add() -> int:
            target = group_id if group_id is not None else groups.create(name).id
            return groups.add_members(target, chosen, self.record_type)

        title = self.tr("Adding {records} to a group…").format(records=self.records_text(len(chosen)))
        return self._write(add, len(chosen), title)

    def remove_from_filtered_group(self) -> int:
        group_id = self.model.query.group_id
        chosen = self.selected_ids()
        if not group_id or not chosen:
            return 0
        title = self.tr("Taking {records} out of a group…").format(records=self.records_text(len(chosen)))
        remove = self.services.groups.remove_members
        return self._write(lambda: remove(group_id, chosen, self.record_type), len(chosen), title)

    def _write(self, write: Callable[[], int], count: int, title: str) -> int:
        """Run one bulk action. A few records are done at once; many go to a worker (the window stays usable and
        the status bar shows the task) and `bulk_finished` tells when. Returns how many changed, 0 while running."""
        if count < BACKGROUND_AT:
            try:
                changed = int(write())
            except CardfileError as error:
                self._report(error)
                return 0
            self.bulk_finished.emit(changed)
            return changed

        def job(_progress: Progress, _cancel: threading.Event) -> int:
            return int(write())  # one transaction: it cannot stop half-way, so it is not offered a cancel

        self.runner.run(job, title=title, on_done=lambda n: self.bulk_finished.emit(int(n)), on_failed=self._report)
        return 0

    def _report(self, error: BaseException) -> None:
        if is_bug(error):
            return  # the task runner gave it to the crash reporter, whose dialog tells of it
        QMessageBox.warning(self, self.tr("Cardfile"), failure_text(error))

    # ----- remembered layout -----

    def save_state(self, settings: QSettings) -> None:
        header = self.view.horizontalHeader()
        keys = self.model.column_keys()
        settings.setValue(f"{self._name}/splitter", self.splitter.saveState())
        settings.setValue(f"{self._name}/columnOrder", [keys[header.logicalIndex(v)] for v in range(header.count())])
        settings.setValue(f"{self._name}/hiddenColumns", [k for s, k in enumerate(keys) if header.isSectionHidden(s)])
        settings.setValue(
            f"{self._name}/shownColumns", [k for s, k in enumerate(keys) if not header.isSectionHidden(s)]
        )
        settings.setValue(
            f"{self._name}/columnWidths",
            [f"{k}={header.sectionSize(s)}" for s, k in enumerate(keys) if header.sectionSize(s) > 0],
        )
        settings.setValue(f"{self._name}/columnsSized", not self.view.fitting)
        query = self.model.query
        settings.setValue(f"{self._name}/sort", query.order)
        settings.setValue(f"{self._name}/sortReverse", query.reverse)
        settings.setValue(f"{self._name}/detailTab", self.card.current_tab)
        settings.setValue(f"{self._name}/cardSplitter", self.card.splitter.saveState())
        if self._views:
            settings.setValue(f"{self._name}/view", self.current_view())

    def restore_state(self, settings: QSettings) -> None:
        splitter = settings.value(f"{self._name}/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        header = self.view.horizontalHeader()
        keys = self.model.column_keys()
        # Widths are the user's only once they dragged one; until then the columns are fitted to the window
        # (widths saved by earlier versions, often wider than the list, are not brought back).
        if str(settings.value(f"{self._name}/columnsSized", "false")).lower() == "true":
            self.view.fitting = False
            for entry in _strings(settings.value(f"{self._name}/columnWidths")):
                key, _, width = entry.partition("=")
                if key in keys and width.isdigit():
                    header.resizeSection(keys.index(key), int(width))
        order = [k for k in _strings(settings.value(f"{self._name}/columnOrder")) if k in keys]
        for visual, key in enumerate(order):
            header.moveSection(header.visualIndex(keys.index(key)), visual)
        hidden = set(_strings(settings.value(f"{self._name}/hiddenColumns")))
        shown = set(_strings(settings.value(f"{self._name}/shownColumns")))
        for section, key in enumerate(keys):
            if key in hidden and section != 0:
                header.setSectionHidden(section, True)
            elif key in shown:
                header.setSectionHidden(section, False)
        self.view.fit_columns()
        card_splitter = settings.value(f"{self._name}/cardSplitter")
        if isinstance(card_splitter, QByteArray):
            self.card.splitter.restoreState(card_splitter)
        view = settings.value(f"{self._name}/view")
        if isinstance(view, str) and view:
            self.show_view(view)
        tab = settings.value(f"{self._name}/detailTab")
        if isinstance(tab, str) and tab:
            self.card.current_tab = tab
        order_key = settings.value(f"{self._name}/sort")
        reverse = str(settings.value(f"{self._name}/sortReverse", "false")).lower() == "true"
        columns = self.model.columns()
        sorted_by = next((s for s, c in enumerate(columns) if c.order and c.order == order_key), None)
        if sorted_by is not None:
            query = self.model.query
            self.view.sortByColumn(sorted_by, Qt.SortOrder.DescendingOrder if reverse else Qt.SortOrder.AscendingOrder)
            if self.model.query != query and not self._first_load_due:
                self.model.load_first_page()  # in the remembered order before the window first paints
