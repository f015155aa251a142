"""The Settings dialog (Ctrl+,): how names and dates are shown, the country phone numbers are assumed in, and the
interface language (kept in preferences.ini for the next start).

Name order and default country live in the database, where the command line and a sync read them too; changing
them rewrites derived names or rebuilds the search index, so that work runs in the background with a busy
indicator. The date format is a display preference only and stays in the UI settings (QSettings).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from cardfile import preferences
from cardfile.domain.errors import CardfileError
from cardfile.services import Services
from cardfile.ui import dates
from cardfile.ui.dialogs.settings_form import SettingsForm
from cardfile.ui.tasks import TaskRunner
from cardfile.ui.words import error_text, failure_text

SAMPLE_MOMENT = datetime(2026, 3, 14, 15, 9, tzinfo=UTC)
START_PAGE_KEY = "window/startPage"  # the page the window opens on, in the UI settings of this computer


def country_name(code: str) -> str:
    """'IS' → 'Iceland' in the reader's language (Qt knows territory names), the code itself if Qt does not."""
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyCountry:
        return code
    return QLocale.territoryToString(territory)


def phone_countries() -> list[str]:
    """The countries whose numbering plans the phone number library knows, as ISO 3166 codes."""
    from phonenumbers import SUPPORTED_REGIONS

    return sorted(SUPPORTED_REGIONS)


class SettingsDialog(SettingsForm):
    """Preferences; OK applies what changed (database settings in the background), Cancel leaves all as it was."""

    applied = Signal()  # every change has been made (background work included)
    sync_settings_requested = Signal()  # sync has a dialog of its own: its buttons act at once, without OK

    def __init__(
        self,
        services: Services,
        settings: QSettings,
        *,
        tasks: TaskRunner | None = None,
        start_pages: Sequence[tuple[str, str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            name="settings",
            title=QCoreApplication.translate("SettingsDialog", "Settings"),
            buttons=QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            parent=parent,
        )
        self._services = services
        self._settings = settings
        self._tasks = tasks
        self._running = 0  # background jobs not finished yet
        self.errors: list[str] = []

        self.name_order_box = QComboBox()
        self.name_order_box.setObjectName("nameOrder")
        self.name_order_box.addItem(self.tr("Given name first — Anna Berg"), "given_first")
        self.name_order_box.addItem(self.tr("Family name first — Berg Anna"), "family_first")
        self.name_order_box.setCurrentIndex(max(self.name_order_box.findData(services.settings.name_order()), 0))
        names = self.group(self.tr("Names"))
        names.addRow(self.tr("Show &names:"), self.name_order_box)
        self.note(names, self.tr("Chinese, Japanese and Korean names are always written family name first."))

        self.country_box = QComboBox()
        self.country_box.setObjectName("defaultCountry")
        self.country_box.addItem(self.tr("None — numbers need their + country code"), "")
        for code, name in sorted(((c, country_name(c)) for c in phone_countries()), key=lambda p: p[1].casefold()):
            self.country_box.addItem(f"{name} ({code})", code)
        self.country_box.setMaxVisibleItems(20)
        self.country_box.setCurrentIndex(max(self.country_box.findData(services.settings.default_country() or ""), 0))
        phones = self.group(self.tr("Phone numbers"))
        phones.addRow(self.tr("Default &country:"), self.country_box)
        self.note(
            phones,
            self.tr(
                "Phone numbers typed without a + are read as numbers of this country, so a search finds "
                "them whichever way they were written."
            ),
        )

        self.date_box = QComboBox()
        self.date_box.setObjectName("dateFormat")
        for style in dates.STYLES:
            self.date_box.addItem(self._date_style_title(style), style)
        self.date_box.setCurrentIndex(max(self.date_box.findData(dates.date_style()), 0))
        self.group(self.tr("Dates")).addRow(self.tr("Show &dates as:"), self.date_box)

        self.start_box = QComboBox()
        self.start_box.setObjectName("startPage")
        for key, title in start_pages:
            self.start_box.addItem(title, key)
        chosen = settings.value(START_PAGE_KEY)
        self.start_box.setCurrentIndex(max(self.start_box.findData(chosen), 0) if isinstance(chosen, str) else 0)
        if start_pages:
            start = self.group(self.tr("Start"))
            start.addRow(self.tr("&Open Cardfile on:"), self.start_box)
            self.note(start, self.tr("The page the window shows when Cardfile starts: the Dashboard, say."))

        self.language_box = QComboBox()
        self.language_box.setObjectName("language")
        self.language_box.addItem(self.tr("System default"), "")
        for code, own_name in preferences.INTERFACE_LANGUAGES:
            self.language_box.addItem(own_name, code)
        saved = (preferences.saved_language() or "").split("_")[0]
        self.language_box.setCurrentIndex(max(self.language_box.findData(saved), 0))
        self._language_shown = str(self.language_box.currentData())  # a language not offered here stays if untouched
        language = self.group(self.tr("Language"))
        language.addRow(self.tr("&Language:"), self.language_box)
        self.note(
            language,
            self.tr(
                "Menus, messages, dates, times, numbers and amounts of money follow the language chosen here. "
                "Cardfile speaks a newly chosen language after it is restarted."
            ),
        )

        self.sync_button = QPushButton(self.tr("S&ync Settings…"))
        self.sync_button.setObjectName("openSyncSettings")
        self.sync_button.setAutoDefault(False)
        self.sync_button.clicked.connect(self.sync_settings_requested)
        sync = self.group(self.tr("Sync"))
        self.note(sync, self.tr("The sync server, your sign-in and automatic sync have a page of their own."))
        button_row = QHBoxLayout()
        button_row.addWidget(self.sync_button)
        button_row.addStretch(1)
        sync.addRow(button_row)

        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

    def _date_style_title(self, style: str) -> str:
        example = dates.format_datetime(SAMPLE_MOMENT, style)
        titles = {
            dates.SYSTEM: self.tr("As the system shows them — {example}"),
            dates.ISO: self.tr("ISO 8601 — {example}"),
            dates.LONG: self.tr("Written out — {example}"),
        }
        return titles[style].format(example=example)

    # ----- applying -----

    def apply(self) -> None:
        """Make the changes; the dialog closes once the background work (if any) is done."""
        dates.save_date_style(self._settings, str(self.date_box.currentData()))
        if self.start_box.count():
            self._settings.setValue(START_PAGE_KEY, self.start_box.currentData())
        language = str(self.language_box.currentData())
        if language != self._language_shown:
            try:
                preferences.set_language(language or None)
            except OSError as error:
                self.say_error(
                    self.tr("The language could not be saved. {problem}").format(problem=failure_text(error))
                )
                return
            self._language_shown = language
        settings = self._services.settings
        order = str(self.name_order_box.currentData())
        country = str(self.country_box.currentData()) or None
        jobs: list[tuple[str, Callable[[], object]]] = []
        if order != settings.name_order():
            jobs.append((self.tr("Rewriting names"), lambda: settings.set_name_order(order)))
        if country != settings.default_country():
            jobs.append((self.tr("Rebuilding the search index"), lambda: settings.set_default_country(country)))
        if not jobs:
            self._finish()
            return
        self.buttons.setEnabled(False)
        self.set_busy(True)
        self.say("\n".join(title + "…" for title, _ in jobs))
        if self._tasks is None:
            try:
                for _title, work in jobs:
                    work()
            except CardfileError as error:
                self.errors.append(error_text(error))
            self._maybe_finish()
            return

        def run_all(progress: Callable[[int, int, str], None], _cancel: object) -> None:
            for done, (title, work) in enumerate(jobs):
                progress(done, len(jobs), title)
                work()

        task = self._tasks.run(
            run_all,
            title=jobs[0][0],
            cancellable=False,
            on_failed=lambda error: self.errors.append(failure_text(error)),
        )
        self._running += 1
        task.finished.connect(self._on_task_finished)

    def _on_task_finished(self) -> None:
        self._running -= 1
        self._maybe_finish()

    def _maybe_finish(self) -> None:
        if self._running:
            return
        self.set_busy(False)
        self.buttons.setEnabled(True)
        if self.errors:
            self.say_error("\n".join(self.errors))
            self.errors = []
            return
        self._finish()

    def _finish(self) -> None:
        self.message.clear()
        self.applied.emit()
        self.accept()

    def is_busy(self) -> bool:
        return bool(self._running)

    def keyPressEvent(self, event: object) -> None:  # Escape must not close it half-way through the work
        from PySide6.QtGui import QKeyEvent

        if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape and self._running:
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]
