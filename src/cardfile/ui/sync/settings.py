"""The Sync Settings dialog (Sync ▸ Sync Settings): the server, the user, signing in and out, automatic sync.

Unlike the Settings dialog it has no OK: signing in is something done now, not a preference applied later, so each
button acts at once (in the background) and the dialog says how it went. While signed in, the server and the user
are fixed; signing out frees them. Without a keyring the sign-in lasts only until Cardfile closes, and the dialog
says so plainly before the person types a password.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from cardfile.domain.errors import NoKeyring
from cardfile.services.sync import SyncReport, SyncStatus
from cardfile.services.sync_transport import sends_in_clear
from cardfile.ui.dialogs.settings_form import ERROR_STYLE, SettingsForm
from cardfile.ui.sync.controller import SyncController, described_error, is_set_up
from cardfile.ui.tasks import Task
from cardfile.ui.words import error_text

INTERVAL_CHOICES = (0, 5, 15, 30, 60, 120, 240, 480)


def _t(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("SyncSettingsDialog", text, disambiguation, n)


def interval_text(minutes: int) -> str:
    """How often sync runs by itself, as the Automatic sync list says it."""
    if minutes == 0:
        return _t("Off — only when I choose Sync Now")
    if minutes == 60:
        return _t("Every hour")
    if minutes % 60 == 0:
        return _t("Every %Ln hour(s)", "", minutes // 60)
    return _t("Every %Ln minute(s)", "", minutes)


class SyncSettingsDialog(SettingsForm):
    """Server, user name, Sign In / Sign Out, and how often to sync by itself; every button acts at once."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(
            name="syncSettings",
            title=QCoreApplication.translate("SyncSettingsDialog", "Sync Settings"),
            buttons=QDialogButtonBox.StandardButton.Close,
            intro=QCoreApplication.translate(
                "SyncSettingsDialog",
                "Sync keeps this database and your office's sync server in step: your changes go up, everyone "
                "else's come down. You can keep working while it runs.",
            ),
            minimum_width=520,
            parent=parent,
        )
        self._controller = controller
        self._filled = {"server": "", "user": ""}  # what the status last put in the fields: no typing to keep
        self._refill = False  # after signing in or out the fields show what sync remembered, typed or not
        self._running: set[int] = set()  # numbers of the tasks started here and not finished

        self.server_field = QLineEdit()
        self.server_field.setObjectName("syncServer")
        self.server_field.setPlaceholderText("https://office.example:8765")
        self.user_field = QLineEdit()
        self.user_field.setObjectName("syncUser")
        self.password_field = QLineEdit()
        self.password_field.setObjectName("syncPassword")
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field.returnPressed.connect(self.sign_in)
        for field in (self.server_field, self.user_field, self.password_field):
            field.textChanged.connect(self._update_buttons)
        self.password_label = QLabel(self.tr("&Password:"))
        self.password_label.setBuddy(self.password_field)
        # Shown only for a server at a plain http:// address on another computer: the person must agree.
        self.insecure_box = QCheckBox(self.tr("Send my password &without encryption (the address is not https://)"))
        self.insecure_box.setObjectName("syncInsecure")
        self.insecure_box.hide()
        self.server_field.textChanged.connect(self._show_insecure)
        self.signed_in_label = QLabel()
        self.signed_in_label.setObjectName("syncSignedIn")
        self.signed_in_label.setWordWrap(True)
        self.sign_in_button = QPushButton(self.tr("&Sign In"))
        self.sign_in_button.setObjectName("syncSignIn")
        self.sign_in_button.clicked.connect(self.sign_in)
        self.sign_out_button = QPushButton(self.tr("Sign &Out"))
        self.sign_out_button.setObjectName("syncSignOut")
        self.sign_out_button.clicked.connect(self.sign_out)
        self.keyring_note = QLabel(error_text(NoKeyring()))
        self.keyring_note.setObjectName("syncKeyringNote")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet(ERROR_STYLE)
        self.keyring_note.hide()

        form = self.group(self.tr("Server"))
        form.addRow(self.tr("Ser&ver:"), self.server_field)
        form.addRow(self.tr("&User name:"), self.user_field)
        form.addRow(self.password_label, self.password_field)
        form.addRow(self.insecure_box)
        # The state on a line of its own, the buttons under it: a wrapping label beside buttons in one row of the
        # form was given the height of one line and its second line was cut ("… og skráðu þig / svo inn.").
        form.addRow(self.signed_in_label)
        sign_row = QHBoxLayout()
        sign_row.addStretch(1)
        sign_row.addWidget(self.sign_in_button)
        sign_row.addWidget(self.sign_out_button)
        form.addRow(sign_row)
        form.addRow(self.keyring_note)

        self.interval_box = QComboBox()
        self.interval_box.setObjectName("syncInterval")
        for minutes in INTERVAL_CHOICES:
            self.interval_box.addItem(interval_text(minutes), minutes)
        self.interval_box.activated.connect(self._on_interval_chosen)
        automatic = self.group(self.tr("Automatic sync"))
        automatic.addRow(self.tr("Sync &automatically:"), self.interval_box)
        self.note(automatic, self.tr("Sync Now (F9, or in the Sync menu) syncs whenever you choose."))

        self.sync_now_button = QPushButton(self.tr("Sync &Now"))
        self.sync_now_button.setObjectName("syncNowButton")
        self.sync_now_button.clicked.connect(self.sync_now)
        self.buttons.addButton(self.sync_now_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        controller.status_changed.connect(self._show_status)
        controller.syncing_changed.connect(self._on_syncing_changed)
        controller.synced.connect(self._on_synced)
        controller.failed.connect(self.say_error)
        self._show_status(controller.status)
        controller.refresh_status()

    # ----- showing where sync stands -----

    def signed_in(self) -> bool:
        status = self._controller.status
        return is_set_up(status) and status is not None and status.signed_in

    def _show_status(self, status: SyncStatus | None) -> None:
        if status is None:
            self._update_buttons()
            return
        self._fill("server", self.server_field, status.server or "")
        self._fill("user", self.user_field, status.user or "")
        self._refill = False
        signed_in = self.signed_in()
        for field in (self.server_field, self.user_field):
            field.setReadOnly(signed_in)
        self.password_label.setVisible(not signed_in)
        self.password_field.setVisible(not signed_in)
        if signed_in:
            self.signed_in_label.setText(self.tr("Signed in as {user}.").format(user=status.user))
        elif is_set_up(status):
            self.signed_in_label.setText(self.tr("Not signed in: type the password and sign in."))
        else:
            self.signed_in_label.setText(self.tr("Not set up: give the server and your user name, then sign in."))
        self.keyring_note.setVisible(self._controller.keyring_available is False)
        self._show_insecure()
        self._show_interval(status.interval_minutes)
        self._update_buttons()
        QTimer.singleShot(0, self, self._fit_height)  # the status comes after the dialog is shown: its words may wrap

    def _show_insecure(self) -> None:
        text = self.server_field.text().strip()
        self.insecure_box.setVisible(text.startswith("http://") and sends_in_clear(text) and not self.signed_in())

    def _fill(self, name: str, field: QLineEdit, value: str) -> None:
        """Show a remembered value, unless the person has typed something else since (a status may come late)."""
        if self._refill or field.text() == self._filled[name]:
            field.setText(value)
            self._filled[name] = value

    def _show_interval(self, minutes: int) -> None:
        index = self.interval_box.findData(minutes)
        if index < 0:  # set elsewhere (cardfile sync --interval 7): shown as it is
            self.interval_box.addItem(interval_text(minutes), minutes)
            index = self.interval_box.count() - 1
        self.interval_box.setCurrentIndex(index)

    def _update_buttons(self) -> None:
        signed_in = self.signed_in()
        working = bool(self._running)
        typed = all(f.text().strip() for f in (self.server_field, self.user_field)) and bool(self.password_field.text())
        self.sign_in_button.setVisible(not signed_in)
        self.sign_in_button.setEnabled(typed and not working)
        self.sign_out_button.setVisible(signed_in)
        self.sign_out_button.setEnabled(not working)
        self.sync_now_button.setEnabled(signed_in and not working and not self._controller.syncing)
        (self.sync_now_button if signed_in else self.sign_in_button).setDefault(True)
        self.set_busy(working or self._controller.syncing)

    # ----- acting -----

    def sign_in(self) -> Task | None:
        """Remember server and user and exchange the password for this computer's sign-in, in the background."""
        server, user, password = (
            self.server_field.text().strip(),
            self.user_field.text().strip(),
            self.password_field.text(),
        )
        if not (server and user and password) or self._running:
            return None
        self.say(self.tr("Signing in to {server}…").format(server=server))
        insecure = self.insecure_box.isVisible() and self.insecure_box.isChecked()
        task = self._controller.sign_in(server, user, password, insecure=insecure)
        task.succeeded.connect(self._on_signed_in)
        task.failed.connect(lambda error: self.say_error(described_error(error)))
        self._track(task)
        return task

    def _on_signed_in(self, kept: bool) -> None:
        self.password_field.clear()
        self._refill = True
        if kept:
            self.say(self.tr("Signed in. Sync Now brings this database and the server together."))
        else:
            self.say(self.tr("Signed in for this session only: without a keyring Cardfile asks again after a restart."))

    def sign_out(self) -> Task | None:
        if self._running:
            return None
        task = self._controller.sign_out()
        task.succeeded.connect(lambda _r: self.say(self.tr("Signed out. Changes made here wait until you sign in.")))
        task.failed.connect(lambda error: self.say_error(described_error(error)))
        self._refill = True
        self._track(task)
        return task

    def sync_now(self) -> Task | None:
        task = self._controller.sync_now()
        if task is not None:
            self.say(self.tr("Syncing…"))
        return task

    def _on_syncing_changed(self, syncing: bool) -> None:
        if not syncing and self.message.text() == self.tr("Syncing…"):  # asked for a password, or stopped
            self.message.clear()
        self._update_buttons()

    def _on_synced(self, report: SyncReport) -> None:
        self.say(
            self.tr("Synced: %Ln change(s) sent and {received} received.", "", report.pushed).format(
                received=QLocale().toString(report.pulled)
            )
        )

    def _on_interval_chosen(self, index: int) -> None:
        self._controller.set_interval(int(self.interval_box.itemData(index)))

    def _track(self, task: Task) -> None:
        self._running.add(task.number)
        task.finished.connect(lambda number=task.number: self._untrack(number))  # never the task itself: a cycle
        self._update_buttons()

    def _untrack(self, number: int) -> None:
        self._running.discard(number)
        self._update_buttons()
