"""Start the desktop app: check for a display, build the QApplication, open the database, show the main window.

The one place that knows every part: it wires the services (the same `open_database` the command line uses),
Qt's translators, the UI-state settings and the icons into the window, and passes them in; nothing below here
reaches for a global.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QSettings,
    Qt,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from cardfile import __version__, paths, preferences, resources
from cardfile.services import Services, open_database
from cardfile.ui import dates
from cardfile.ui.crash_reporter import CrashReporter
from cardfile.ui.icons import Icons
from cardfile.ui.session import DesktopSession
from cardfile.ui.single_instance import InstanceServer, ask_running_instance

NO_DISPLAY = (
    "cardfile: no display available; start the desktop app from a graphical session, or use a command (cardfile --help)"
)

# bench/bundle.py times a start of the bundled program to its first painted window: with this set, the app prints
# `first-paint <unix time>` once its window has painted, and quits.
FIRST_PAINT_ENV = "CARDFILE_QUIT_AFTER_FIRST_PAINT"

_X11_SYSTEMS = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly", "sunos")


def lacks_display(argv: Sequence[str], environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether Qt would find no screen to open a window on (and abort the process trying).

    Windows and macOS always have one; on Linux and the BSDs it takes an X11 or Wayland session, or an explicit
    platform plugin (`QT_QPA_PLATFORM=offscreen`, `-platform offscreen`).
    """
    environ = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith(_X11_SYSTEMS):
        return False
    if any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return False
    return not any(arg in ("-platform", "--platform") for arg in argv)


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication, given Qt's own options (`-reverse`, `-platform …`) after a program name."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("Cardfile")
    QCoreApplication.setApplicationName("Cardfile")
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(resources.DESKTOP_ID)
    return QApplication(["cardfile", *argv])


def interface_locale(language: str | None) -> QLocale:
    """The locale the interface speaks: the one chosen (CARDFILE_LANG, preferences), else the system's."""
    return QLocale(language) if language else QLocale.system()


def install_translators(app: QCoreApplication, locale: QLocale, translations: Path | None) -> list[QTranslator]:
    """Qt's own strings (standard buttons, dialogs) and Cardfile's, for the locale; returns those that loaded.

    Qt's `qtbase_<lang>.qm` is taken from Cardfile's translations folder when it is there (the bundle carries
    only the languages Cardfile speaks), else from Qt's own folder. Cardfile's own is the locale's, else English's
    (cardfile_en.qm: the plural forms of English, "1 contact" / "2 contacts", for a language Cardfile has no
    translation of too). Keep the returned list alive as long as the application: Qt does not own installed
    translators.
    """
    installed = []
    qt_folders = [str(translations)] if translations is not None else []
    qt_folders.append(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for folder in qt_folders:
        translator = QTranslator(app)
        if translator.load(locale, "qtbase", "_", folder) and app.installTranslator(translator):
            installed.append(translator)
            break
    if translations is not None:
        for wanted in (locale, QLocale(resources.SOURCE_LANGUAGE)):
            translator = QTranslator(app)
            if translator.load(wanted, "cardfile", "_", str(translations)) and app.installTranslator(translator):
                installed.append(translator)
                break
    return installed


def apply_language(app: QApplication, language: str | None, translations: Path | None) -> list[QTranslator]:
    """Speak `language` (None: the system's): translators, the default QLocale for dates and numbers, and a
    right-to-left window for a right-to-left language. A left-to-right language leaves `-reverse` alone."""
    locale = interface_locale(language)
    QLocale.setDefault(locale)
    translators = install_translators(app, locale, translations)
    if locale.textDirection() == Qt.LayoutDirection.RightToLeft:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return translators


def _report_first_paint(window: QWidget) -> None:
    import time

    from cardfile.ui.first_paint import FirstPaint

    def painted() -> None:
        print(f"first-paint {time.time():.6f}", flush=True)
        QTimer.singleShot(0, QCoreApplication.quit)

    FirstPaint(window, painted)


def _resource_folder(find: Callable[[], Path]) -> Path | None:
    """A folder of Cardfile's resources, or None (the app still starts, without icons or translations)."""
    try:
        return find()
    except FileNotFoundError as missing:
        print(f"cardfile: {missing}", file=sys.stderr)
        return None


def ui_settings() -> QSettings:
    """Window geometry, splitters and columns: UI state only, in Cardfile's config directory.

    The file names recent searches and files, so it is made readable by its owner only; Qt keeps an existing
    file's mode when it saves (it writes a new file and renames it over the old one).
    """
    path = paths.private_file(paths.private_folder(paths.config_dir()) / "ui-state.ini")
    return QSettings(str(path), QSettings.Format.IniFormat)


def _open_services(path: Path, create: bool) -> Services:
    # The daily backup waits until the window is up (DesktopSession runs it in the background): copying a large
    # database first would hold back the first paint by seconds.
    return open_database(path, create=create, auto_backup=False)


def already_open_message(database: Path) -> str:
    return f"cardfile: {database} is already open in another Cardfile window; brought it to the front"


def run(argv: list[str], *, db_path: Path) -> int:
    """Open the desktop app on the database at `db_path`; returns the process exit code.

    `argv` holds the arguments the command line left over, which are Qt's own options.
    """
    if lacks_display(argv):
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    app = create_application(argv)
    reporter = CrashReporter(app)
    reporter.install()
    try:
        return _run_window(app, db_path)
    finally:
        reporter.uninstall()


def _run_window(app: QApplication, db_path: Path) -> int:
    if ask_running_instance(db_path):
        print(already_open_message(db_path))
        return 0
    translators = apply_language(app, preferences.chosen_language(), _resource_folder(resources.translations_dir))
    settings = ui_settings()
    dates.load_date_style(settings)
    instances = InstanceServer()
    session = DesktopSession(
        open_services=_open_services,
        settings=settings,
        icons=Icons(_resource_folder(resources.icons_dir)),
        daily_backup=True,
        instances=instances,
    )
    try:
        if not session.open(db_path, create=True):
            return 1
        if os.environ.get(FIRST_PAINT_ENV) and session.window is not None:
            _report_first_paint(session.window)
        return app.exec()
    finally:
        session.close()
        instances.stop()
        for translator in translators:
            app.removeTranslator(translator)


def self_check(folder: Path) -> str:
    """The desktop half of `cardfile --self-check`: Qt's platform and image plugins, the icons, Qt's and Cardfile's
    translations, and the real main window drawn over a new database in `folder`, on the offscreen platform.

    Raises on the first thing missing; returns what was checked, in a few words.
    """
    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # this process has no window to show: it only proves Qt loads
    application = create_application([])
    previous = qInstallMessageHandler(_quiet_offscreen)
    try:
        return _check_desktop(application, folder)
    finally:
        qInstallMessageHandler(previous)


def _quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's messages during the self-check, less the offscreen platform's notes that it cannot do window things."""
    if "This plugin does not support" not in message:
        print(message, file=sys.stderr)


def _check_desktop(application: QApplication, folder: Path) -> str:
    from PySide6.QtGui import QImageReader

    from cardfile.ui.event_bridge import EventBridge
    from cardfile.ui.main_window import MainWindow

    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    missing = {"png", "jpeg", "gif", "webp", "svg", "ico"} - formats
    if missing:
        raise RuntimeError(f"Qt cannot read {', '.join(sorted(missing))} images (image format plugins missing)")
    icons = Icons(resources.icons_dir())
    if icons.get("cardfile").pixmap(64, 64).isNull():
        raise RuntimeError(f"the icons in {resources.icons_dir()} do not draw (the SVG icon plugin is missing)")
    translations = resources.translations_dir()
    installed = install_translators(application, QLocale(QLocale.Language.Russian), translations)
    try:
        cancel = application.translate("QPlatformTheme", "Cancel")
    finally:
        for translator in installed:
            application.removeTranslator(translator)
    if cancel == "Cancel":
        raise RuntimeError(f"Qt's own Russian translation did not load (looked in {translations} and Qt's folder)")
    installed = install_translators(application, QLocale(QLocale.Language.English), translations)
    try:
        counted = application.translate("ContactsPage", "%Ln contact(s)", "", 2)
    finally:
        for translator in installed:
            application.removeTranslator(translator)
    if counted != "2 contacts":
        raise RuntimeError(f"English's plural forms (cardfile_en.qm) did not load from {translations}")
    _check_icu()
    _check_charts()
    folder.mkdir(parents=True, exist_ok=True)
    services = open_database(folder / "window.db", create=True, auto_backup=False)
    bridge = EventBridge(services.db.events)
    try:
        settings = QSettings(str(folder / "ui-state.ini"), QSettings.Format.IniFormat)
        window = MainWindow(services, bridge=bridge, settings=settings, icons=icons)
        window.resize(1024, 640)
        window.show()
        drawn = window.grab()
        if drawn.isNull() or drawn.width() < 100:
            raise RuntimeError("the main window did not draw")
        pages = len([w for w in window.findChildren(QWidget) if w.isVisible()])
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, 0)
    finally:
        bridge.close()
        services.close()
    return (
        f"{application.platformName()} platform, icons, {len(formats)} image formats, Qt's translations, "
        "English's plural forms, "
        f"collation and codecs, charts, the main window ({pages} widgets shown)"
    )


def _check_icu() -> None:
    """ICU's data (trimmed in the bundle to what Qt uses): Russian and Japanese collation, Japanese, Cyrillic and
    Chinese codecs."""
    from PySide6.QtCore import QCollator, QStringDecoder

    for language, in_order in (("ru", ["арбуз", "ёж", "Жук", "яблоко"]), ("ja", ["あお", "カメラ", "さくら"])):
        collator = QCollator(QLocale(language))
        ordered = sorted(reversed(in_order), key=collator.sortKey)
        if ordered != in_order:
            raise RuntimeError(f"Qt sorts {language} words as {ordered} (ICU's collation data is missing)")
    unreadable = [name for name in ("Shift_JIS", "EUC-JP", "windows-1251", "GBK") if not QStringDecoder(name).isValid()]
    if unreadable:
        raise RuntimeError(f"Qt has no codec for {', '.join(unreadable)} (ICU's codec data is missing)")


def _check_charts() -> None:
    """The dashboard's and the forecast's charts draw: a bar and a slice in their colours."""
    from cardfile.ui.widgets.charts import PALETTE, BarChart, Bars, PieChart

    bars, pie = BarChart(), PieChart()
    try:
        for chart in (bars, pie):
            chart.resize(320, 200)
        bars.show_bars(["Prospect", "Won"], [Bars("Total", [3.0, 5.0], ["3", "5"])])
        pie.show_slices([("Won", 2.0, "2", PALETTE[2]), ("Lost", 1.0, "1", PALETTE[3])])
        for chart, colour in ((bars, PALETTE[0]), (pie, PALETTE[2])):
            image = chart.grab().toImage()
            wanted = QColor(colour).rgb()
            step = 4
            drawn = any(
                image.pixel(x, y) == wanted
                for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)
            )
            if not drawn:
                raise RuntimeError(f"the {type(chart).__name__} did not draw")
    finally:
        bars.deleteLater()
        pie.deleteLater()
