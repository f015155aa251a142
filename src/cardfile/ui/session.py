"""The open database and the window showing it. File ▸ New/Open replaces both, the old one closed cleanly."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from cardfile.domain.errors import CardfileError
from cardfile.services import Services
from cardfile.ui.event_bridge import EventBridge
from cardfile.ui.first_paint import FirstPaint
from cardfile.ui.icons import Icons
from cardfile.ui.main_window import STATUS_MESSAGE_MS, MainWindow, remember_database
from cardfile.ui.single_instance import InstanceServer, ask_running_instance
from cardfile.ui.words import error_text

OpenServices = Callable[[Path, bool], Services]  # (path, create if missing) → services; raises CardfileError


class DesktopSession(QObject):
    """Owns the services of the open database, the event bridge over them, and their main window.

    With `daily_backup`, each database opened gets its automatic daily backup in the background after the window
    first paints (the services were opened without it, so a large database shows its list first). With
    `instances`, the session answers later `cardfile` processes started on the same database.
    """

    def __init__(
        self,
        *,
        open_services: OpenServices,
        settings: QSettings,
        icons: Icons,
        daily_backup: bool = False,
        instances: InstanceServer | None = None,
    ) -> None:
        super().__init__()
        self._open_services = open_services
        self._settings = settings
        self._icons = icons
        self._daily_backup = daily_backup
        self._instances = instances
        self.services: Services | None = None
        self.window: MainWindow | None = None
        self._bridge: EventBridge | None = None
        if instances is not None:
            instances.activation_requested.connect(self.bring_forward)

    def open(self, path: Path, *, create: bool) -> bool:
        """Open the database at `path` in a new window; on failure say why and leave everything as it was.

        A database another Cardfile window has open is not opened twice: that window comes forward instead.
        """
        if self.window is not None and self._is_open_elsewhere(path):
            self.window.statusBar().showMessage(
                QCoreApplication.translate("DesktopSession", "{name} is open in another Cardfile window.").format(
                    name=Path(path).name
                ),
                STATUS_MESSAGE_MS,
            )
            return False
        try:
            services = self._open_services(path, create)
        except CardfileError as error:
            self._report(error)
            return False
        bridge = EventBridge(services.db.events)
        window = MainWindow(services, bridge=bridge, settings=self._settings, icons=self._icons)
        bridge.setParent(window)
        window.database_requested.connect(lambda p, c: self.open(p, create=c))
        if self._daily_backup:
            FirstPaint(window, window.start_daily_backup)
        FirstPaint(window, window.start_reminders)  # alarms missed while closed, once the window is up
        FirstPaint(window, window.prepare_search)  # a search index build the last session did not finish
        window.show()  # before the old window closes, so the application never has no window
        self.close()
        self.services, self.window, self._bridge = services, window, bridge
        remember_database(self._settings, services.db.path)
        if self._instances is not None:
            self._instances.listen(services.db.path)
        return True

    def _is_open_elsewhere(self, path: Path) -> bool:
        current = self.services.db.path.resolve() if self.services is not None else None
        if current is not None and Path(path).resolve() == current:
            return False  # this very window (asking our own server would wait on ourselves)
        return ask_running_instance(path)

    def bring_forward(self) -> None:
        if self.window is not None:
            self.window.bring_forward()

    def close(self) -> None:
        """Close the window and the database behind it (the window remembers its geometry first)."""
        window, bridge, services = self.window, self._bridge, self.services
        self.window = self._bridge = self.services = None
        if bridge is not None:
            bridge.close()
        if window is not None:
            window.close()
            window.tasks.shutdown()  # closed already or not (a window never shown), nothing may still run
            window.deleteLater()
        if services is not None:
            services.close()

    def _report(self, error: CardfileError) -> None:
        parent: QWidget | None = self.window
        QMessageBox.critical(parent, QCoreApplication.translate("DesktopSession", "Cardfile"), error_text(error))
