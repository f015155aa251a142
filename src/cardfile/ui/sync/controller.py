"""Sync in the desktop app: Sync Now and the timer, the sync state in the status bar, and the password prompt.

Everything goes through `services.sync`, and everything that reads the database or talks to the server runs on
the task runner: a sync over a slow line, or a status count over a large change log, never holds up the window.
The controller keeps the last known `SyncStatus` and tells the widgets when it changes; the widgets never ask the
services themselves.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cardfile.domain.errors import SyncNotConfigured, SyncSignInNeeded
from cardfile.services.events import RecordsChanged
from cardfile.services.sync import Overruled, SyncReport, SyncService, SyncStatus
from cardfile.ui.dates import format_datetime, format_recent
from cardfile.ui.event_bridge import EventBridge
from cardfile.ui.tasks import Progress, Task, TaskRunner, is_bug
from cardfile.ui.words import error_text, failure_text, field_name

REFRESH_DELAY_MS = 400  # a burst of edits (an import, a sync's pages) asks for the status once, after it
MINUTE_MS = 60_000
STATUS_KEY = "sync-status"
INTERVAL_KEY = "sync-interval"


def _t(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Sync", text, disambiguation, n)


def described_error(error: BaseException) -> str:
    """A failure as the person reads it: a typed error in their language; a bug only points at the crash dialog."""
    return failure_text(error)


def overruled_text(overruled: Overruled) -> str:
    """Why the server refused a write, in the reader's language, from its code: never in the server's own words
    (a server is not trusted to say anything in the window); a code this program does not know says only that the
    change was not kept."""
    record = _record_words(overruled)
    known_field = field_name(overruled.field) if overruled.field else ""
    if known_field == overruled.field.replace("_", " "):
        known_field = ""  # a field the History list has no name for: the sentence does without it
    owner = overruled.owner
    match overruled.code:
        case "private":
            return _t("{record} — made private by its owner; your change was not kept").format(record=record)
        case "give":
            return _t("{record} — only an administrator may give it to another user").format(record=record)
        case "take" if owner:
            return _t("{record} — only an administrator may take it from {owner}").format(record=record, owner=owner)
        case "take":
            return _t("{record} — only an administrator may take it from its owner").format(record=record)
        case "owner_only":
            return _t("{record} — only its owner may make it private or public").format(record=record)
        case "erase" if owner:
            return _t("{record} — only {owner} or an administrator may erase it").format(record=record, owner=owner)
        case "erase":
            return _t("{record} — only its owner or an administrator may erase it").format(record=record)
        case "unfit" if known_field:
            return _t("{record}, {field} — the server cannot keep this value").format(field=known_field, record=record)
        case "unfit":
            return _t("{record} — the server cannot keep one of its values").format(record=record)
        case "too_large" if known_field:
            return _t("{record}, {field} — too large to sync; it stays on this device only").format(
                field=known_field, record=record
            )
        case "too_large":
            return _t("{record} — a value too large to sync; it stays on this device only").format(record=record)
    return _t("{record} — the server did not keep your change").format(record=record)


def _record_words(overruled: Overruled) -> str:
    """The record an overruled write was to: its name on this device, quoted, or what kind of record it is."""
    if overruled.name:
        return _t("“{name}”", "a record's name in a sentence").format(name=overruled.name)
    kinds = {
        "contact": _t("a contact"),
        "company": _t("a company"),
        "deal": _t("a deal"),
        "activity": _t("an activity"),
        "note": _t("a note"),
    }
    return kinds.get(overruled.record_type, _t("a record"))


def is_set_up(status: SyncStatus | None) -> bool:
    return status is not None and bool(status.server and status.user)


def changes_waiting(count: int) -> str:
    return _t("%Ln change(s) waiting", "", count)


def conflicts_text(count: int) -> str:
    return _t("%Ln conflict(s)", "", count)


def state_text(status: SyncStatus | None, *, syncing: bool) -> str:
    """The sync state in a few words for the status bar: 'Synced 14:05 · 3 changes waiting', 'Offline — …'."""
    if syncing:
        return _t("Syncing…")
    if status is None:
        return _t("Sync: checking…")
    if not is_set_up(status):
        return _t("Not set up")
    waiting = changes_waiting(status.pending) if status.pending else ""
    if status.offline:
        return _t("Offline — {waiting}").format(waiting=waiting) if waiting else _t("Offline")
    if not status.signed_in:
        return _t("Not signed in — {waiting}").format(waiting=waiting) if waiting else _t("Not signed in")
    if status.last_error:
        return _t("Sync failed — {waiting}").format(waiting=waiting) if waiting else _t("Sync failed")
    if status.last_sync is None:
        return _t("Not synced yet · {waiting}").format(waiting=waiting) if waiting else _t("Not synced yet")
    when = format_recent(status.last_sync)
    if waiting:
        return _t("Synced {when} · {waiting}").format(when=when, waiting=waiting)
    return _t("Synced {when}").format(when=when)


def state_tooltip(status: SyncStatus | None, error: str | None) -> str:
    """The longer story behind the status bar's few words: where it syncs, when it last did, what went wrong."""
    if status is None:
        return _t("Reading the sync state…")
    if not is_set_up(status):
        return _t("This database is not synchronized with a server. Sync ▸ Sync Settings sets it up.")
    lines = [_t("Syncs with {server} as {user}.").format(server=status.server, user=status.user)]
    if status.last_sync is not None:
        lines.append(_t("Last synced {when}.").format(when=format_datetime(status.last_sync)))
    if status.interval_minutes:
        lines.append(_t("Syncs by itself every %Ln minute(s).", "", status.interval_minutes))
    if status.pending:
        lines.append(_t("{waiting} to be sent.").format(waiting=changes_waiting(status.pending)))
    shown_error = error or (error_text(status.last_failure) if status.last_failure else status.last_error)
    if shown_error:
        lines.append(shown_error)
    return "\n".join(lines)


class SyncController(QObject):
    """Sync for one open database: Sync Now, the automatic timer, sign-in and -out, and the status everyone shows.

    Manual syncs that fail say why in a message box; automatic ones only change the status bar, so a laptop out of
    range is not interrupted every few minutes. A sync that needs the password asks for it and tries again.
    """

    status_changed = Signal(object)  # SyncStatus
    syncing_changed = Signal(bool)
    synced = Signal(object)  # SyncReport
    failed = Signal(str)  # what went wrong, as the person reads it
    notice = Signal(str)  # a short message for the status bar
    settings_requested = Signal()  # Sync Now without a server: the person has to set one up first
    conflicts_changed = Signal()  # a sync or a decision may have added or closed conflicts

    def __init__(
        self,
        service: SyncService,
        tasks: TaskRunner,
        *,
        bridge: EventBridge | None = None,
        window: QWidget | None = None,
    ) -> None:
        super().__init__(window)
        self.service = service
        self.tasks = tasks
        self._window = window
        self.status: SyncStatus | None = None
        self.keyring_available: bool | None = None
        self.last_error: str | None = None  # of a sync in this run; the status keeps the last one across runs
        self.password_dialog: PasswordDialog | None = None
        self.error_box: QMessageBox | None = None
        self._sync_task: Task | None = None
        self._closed = False

        self.timer = QTimer(self)  # automatic sync, when set up, signed in and given an interval
        self.timer.setObjectName("syncTimer")
        self.timer.timeout.connect(lambda: self.sync_now(automatic=True))
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh_status)
        if bridge is not None:
            bridge.records_changed.connect(self._on_records_changed)

    @property
    def syncing(self) -> bool:
        return self._sync_task is not None

    # ----- the status -----

    def refresh_status(self) -> Task | None:
        """Read the sync state in the background; `status_changed` carries it once it is in."""
        if self._closed:
            return None
        service = self.service

        def read(_progress: Progress, _cancel: threading.Event) -> tuple[SyncStatus, bool]:
            return service.status(), service.keyring_available()

        return self.tasks.run(read, key=STATUS_KEY, announce=False, on_done=self._on_status)

    def _on_status(self, result: tuple[SyncStatus, bool]) -> None:
        status, self.keyring_available = result
        before = self.status
        self.status = status
        self._set_timer(status)
        self.status_changed.emit(status)
        if before is None or before.conflicts != status.conflicts:
            self.conflicts_changed.emit()

    def _on_records_changed(self, _event: RecordsChanged) -> None:
        if not self.syncing:  # a sync refreshes once it has finished, not after every page it applies
            self._refresh_timer.start()

    def _set_timer(self, status: SyncStatus) -> None:
        interval = status.interval_minutes * MINUTE_MS if is_set_up(status) and status.signed_in else 0
        if not interval or self._closed:
            self.timer.stop()
        elif not self.timer.isActive() or self.timer.interval() != interval:
            self.timer.start(interval)

    # ----- syncing -----

    def sync_now(self, password: str | None = None, *, automatic: bool = False) -> Task | None:
        """Push, then pull, in the background; the running sync if there is one already."""
        if self._closed:
            return None
        if self._sync_task is not None:
            return self._sync_task
        if automatic and not (is_set_up(self.status) and self.status is not None and self.status.signed_in):
            return None
        service = self.service
        sending, receiving = _t("Sending changes: {count}"), _t("Receiving changes: {count}")

        def sync(progress: Progress, cancel: threading.Event) -> SyncReport:
            def report(stage: str, count: int) -> None:
                progress(count, 0, (sending if stage == "push" else receiving).format(count=QLocale().toString(count)))

            return service.sync(password=password, progress=report, cancelled=cancel)  # Stop ends a request too

        task = self.tasks.run(
            sync,
            title=_t("Syncing"),
            on_done=self._on_synced,
            on_failed=lambda error: self._on_sync_failed(error, automatic, password is not None),
        )
        task.finished.connect(self._on_sync_finished)
        self._sync_task = task
        self.syncing_changed.emit(True)  # the status bar says "Syncing…" at once
        return task

    def _on_synced(self, report: SyncReport) -> None:
        self.last_error = None
        if report.overruled:
            self.notice.emit(
                _t(
                    "Synced, but the server overruled %Ln change(s): {reason}. The value it holds is back.",
                    "",
                    len(report.overruled),
                ).format(reason=overruled_text(report.overruled[0]))
            )
        elif report.conflicts:
            self.notice.emit(
                _t(
                    "Synced: %Ln change(s) sent, {received} received; {conflicts} to review in Sync ▸ Conflicts.",
                    "",
                    report.pushed,
                ).format(received=QLocale().toString(report.pulled), conflicts=conflicts_text(report.conflicts))
            )
        else:
            self.notice.emit(
                _t("Synced: %Ln change(s) sent, {received} received.", "", report.pushed).format(
                    received=QLocale().toString(report.pulled)
                )
            )
        self.synced.emit(report)

    def _on_sync_failed(self, error: BaseException, automatic: bool, password_given: bool) -> None:
        if isinstance(error, SyncSignInNeeded) and not automatic:
            self.ask_password(error, wrong_password=password_given)
            return
        if isinstance(error, SyncNotConfigured) and not automatic:
            self.settings_requested.emit()
            return
        text = described_error(error)
        self.last_error = text
        self.failed.emit(text)
        if automatic:
            self.notice.emit(text)
        elif not is_bug(error):  # a bug has the crash dialog: no second box about it
            self.show_error(text)

    def _on_sync_finished(self) -> None:
        self._sync_task = None
        self.syncing_changed.emit(False)
        self.refresh_status()

    def ask_password(self, error: SyncSignInNeeded, *, wrong_password: bool = False) -> PasswordDialog:
        """The prompt a sync that needs the password opens; signing in there runs the sync again."""
        if self.password_dialog is not None:
            self.password_dialog.deleteLater()
        dialog = PasswordDialog(
            server=str(error.params.get("server", "")),
            user=str(error.params.get("user", "")),
            problem=error_text(error) if wrong_password else "",
            parent=self._window,
        )
        dialog.accepted.connect(lambda: self.sync_now(password=dialog.password()))
        self.password_dialog = dialog
        dialog.open()
        return dialog

    def show_error(self, text: str) -> QMessageBox:
        """Say what went wrong without stopping the window (the box is not modal to the whole application)."""
        if self.error_box is not None:
            self.error_box.deleteLater()
        box = QMessageBox(QMessageBox.Icon.Warning, _t("Sync"), text, QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("syncError")
        self.error_box = box
        box.open()
        return box

    # ----- signing in and out, settings -----

    def sign_in(self, server: str, user: str, password: str, *, insecure: bool = False) -> Task:
        """Remember the server and user, then exchange the password for this device's token (background).
        `insecure`: the person agreed to send the password to this server over plain http://.

        The task's result is True when the keyring keeps the sign-in, False when it holds only for this run.
        """
        service = self.service

        def sign_in(_progress: Progress, _cancel: threading.Event) -> bool:
            service.configure(server=server, user=user, allow_insecure=insecure)
            return service.sign_in(password)

        return self._run_then_refresh(sign_in, _t("Signing in"))

    def sign_out(self) -> Task:
        service = self.service
        return self._run_then_refresh(lambda _p, _c: service.sign_out(), _t("Signing out"))

    def set_interval(self, minutes: int) -> Task:
        """Sync by itself every `minutes` (0: only on Sync Now); the newest choice wins."""
        service = self.service
        task = self.tasks.run(
            lambda _p, _c: service.configure(interval_minutes=minutes),
            key=INTERVAL_KEY,
            announce=False,
            cancellable=False,
        )
        task.finished.connect(self.refresh_status)
        return task

    def resolve_conflicts(self, conflict_ids: Sequence[str], *, take_other: bool) -> Task:
        """Keep the current values (or take the other ones) of these conflicts, one decision each (background)."""
        service, ids = self.service, list(conflict_ids)

        def resolve(progress: Progress, _cancel: threading.Event) -> int:
            for done, conflict_id in enumerate(ids):
                progress(done, len(ids))
                service.resolve_conflict(conflict_id, take_other=take_other)
            return len(ids)

        task = self._run_then_refresh(resolve, _t("Using the other values") if take_other else _t("Keeping values"))
        task.finished.connect(self.conflicts_changed.emit)
        return task

    def _run_then_refresh(self, job: Callable[[Progress, threading.Event], Any], title: str) -> Task:
        task = self.tasks.run(job, title=title, cancellable=False)
        task.finished.connect(self.refresh_status)
        return task

    def close(self) -> None:
        """The window is closing: no more timers, no new work (the runner stops what runs)."""
        self._closed = True
        self.timer.stop()
        self._refresh_timer.stop()


class SyncStatusWidget(QWidget):
    """For the status bar: the sync state (a click opens Sync Settings) and, when there are any, the conflicts."""

    settings_requested = Signal()
    conflicts_requested = Signal()

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self._controller = controller
        self.state_button = QToolButton()
        self.state_button.setObjectName("syncState")
        self.conflicts_button = QToolButton()
        self.conflicts_button.setObjectName("syncConflicts")
        self.conflicts_button.setToolTip(_t("Values sync could not merge: review them (Sync ▸ Conflicts)"))
        self.conflicts_button.hide()
        for button in (self.state_button, self.conflicts_button):
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the Sync menu reaches both from the keyboard
        bold = self.conflicts_button.font()
        bold.setBold(True)
        self.conflicts_button.setFont(bold)
        self.state_button.clicked.connect(self.settings_requested)
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(2)
        layout.addWidget(self.conflicts_button)
        layout.addWidget(self.state_button)
        controller.status_changed.connect(self.show_status)
        controller.syncing_changed.connect(lambda _syncing: self.show_status())
        controller.failed.connect(lambda _text: self.show_status())
        self.show_status()

    def show_status(self, _status: SyncStatus | None = None) -> None:
        controller = self._controller
        status = controller.status
        self.state_button.setText(state_text(status, syncing=controller.syncing))
        self.state_button.setToolTip(state_tooltip(status, controller.last_error))
        count = status.conflicts if status is not None else 0
        self.conflicts_button.setText(conflicts_text(count))
        self.conflicts_button.setVisible(count > 0)


class PasswordDialog(QDialog):
    """Asks the password a sync needs (the first time, or after the token was revoked); OK runs the sync again."""

    def __init__(self, *, server: str, user: str, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPasswordDialog")
        self.setWindowTitle(self.tr("Sign In to Sync"))
        heading = QLabel(
            self.tr(
                "Type the password of {user} on {server}. Cardfile exchanges it for a sign-in of this computer."
            ).format(user=user, server=server)
        )
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        self.problem = QLabel(problem)
        self.problem.setObjectName("syncPasswordProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #c0392b;")
        self.problem.setVisible(bool(problem))
        self.password_field = QLineEdit()
        self.password_field.setObjectName("syncPassword")
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.password_field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Sign In"))
        self.ok_button.setEnabled(False)
        self.password_field.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text)))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.problem)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def password(self) -> str:
        return self.password_field.text()
