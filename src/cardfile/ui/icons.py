"""Cardfile's icons (resources/icons/*.svg: the application's own, and one open-licensed set for everything else),
looked up by name and drawn in the colour of the interface's text."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from cardfile import resources

# The sizes an icon is drawn at: toolbars, menus, the navigation, buttons, and twice those for high-density screens.
_SIZES = (16, 20, 24, 32, 40, 48, 64)


def _ink() -> str:
    """The colour for an icon's strokes: the text colour, a little softer, so icons sit beside text without
    shouting; light on a dark theme."""
    palette = QGuiApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    mixed = [
        round(0.75 * t + 0.25 * w)
        for t, w in ((text.red(), window.red()), (text.green(), window.green()), (text.blue(), window.blue()))
    ]
    return "#{:02x}{:02x}{:02x}".format(*mixed)


def _drawn(svg: bytes) -> QIcon:
    """An icon whose `currentColor` strokes take the interface's text colour (the set's SVGs draw in currentColor,
    which Qt's own SVG loader would draw black)."""
    renderer = QSvgRenderer(QByteArray(svg.replace(b"currentColor", _ink().encode())))
    icon = QIcon()
    for size in _SIZES:
        pixmap = QPixmap(QSize(size, size))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class Icons:
    """Icons from one directory; a name without a file gives an empty icon, so a missing file never breaks a menu."""

    def __init__(self, directory: Path | None) -> None:
        self._directory = directory
        self._loaded: dict[str, QIcon] = {}

    def get(self, name: str) -> QIcon:
        if name not in self._loaded:
            path = self._directory / f"{name}.svg" if self._directory is not None else None
            if path is None or not path.is_file():
                self._loaded[name] = QIcon()
            else:
                svg = path.read_bytes()
                self._loaded[name] = _drawn(svg) if b"currentColor" in svg else QIcon(str(path))
        return self._loaded[name]


@lru_cache(maxsize=1)
def _installed() -> Icons:
    try:
        return Icons(resources.icons_dir())
    except FileNotFoundError:  # the app still runs without its resources, only without icons
        return Icons(None)


def icon(name: str) -> QIcon:
    """An icon of Cardfile's installation by name (for widgets deep inside a page: a card's Copy button)."""
    return _installed().get(name)
