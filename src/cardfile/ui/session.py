"""The open database and the window showing it. File ▸ New/Open replaces both, the old one closed cleanly."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from cardfile.domain.errors import CardfileError
from cardfile.services import Services
from cardfile.ui.event_bridge import EventBridge
from cardfile.ui.icons import Icons
from cardfile.ui.main_window import MainWindow
from cardfile.ui.words import error_text

OpenServices = Callable[[Path, bool], Services]  # (path, create if missing) → services; raises CardfileError


class DesktopSession(QObject):
    """Owns the services of the open database, the event bridge over them, and their main window."""

    def __init__(self, *, open_services: OpenServices, settings: QSettings, icons: Icons) -> None:
        super().__init__()
        self._open_services = open_services
        self._settings = settings
        self._icons = icons
        self.services: Services | None = None
        self.window: MainWindow | None = None
        self._bridge: EventBridge | None = None

    def open(self, path: Path, *, create: bool) -> bool:
        """Open the database at `path` in a new window; on failure say why and leave everything as it was."""
        try:
            services = self._open_services(path, create)
        except CardfileError as error:
            self._report(error)
            return False
        bridge = EventBridge(services.db.events)
        window = MainWindow(services, bridge=bridge, settings=self._settings, icons=self._icons)
        bridge.setParent(window)
        window.database_requested.connect(lambda p, c: self.open(p, create=c))
        window.show()  # before the old window closes, so the application never has no window
        self.close()
        self.services, self.window, self._bridge = services, window, bridge
        return True

    def close(self) -> None:
        """Close the window and the database behind it (the window remembers its geometry first)."""
        window, bridge, services = self.window, self._bridge, self.services
        self.window = self._bridge = self.services = None
        if bridge is not None:
            bridge.close()
        if window is not None:
            window.close()
            window.deleteLater()
        if services is not None:
            services.close()

    def _report(self, error: CardfileError) -> None:
        parent: QWidget | None = self.window
        QMessageBox.critical(parent, QCoreApplication.translate("DesktopSession", "Cardfile"), error_text(error))
