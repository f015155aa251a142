"""Cardfile's own icons (resources/icons/*.svg, drawn for it), looked up by name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon


class Icons:
    """Icons from one directory; a name without a file gives an empty icon, so a missing file never breaks a menu."""

    def __init__(self, directory: Path | None) -> None:
        self._directory = directory
        self._loaded: dict[str, QIcon] = {}

    def get(self, name: str) -> QIcon:
        if name not in self._loaded:
            path = self._directory / f"{name}.svg" if self._directory is not None else None
            self._loaded[name] = QIcon(str(path)) if path is not None and path.is_file() else QIcon()
        return self._loaded[name]
