"""Screenshots of every page and dialog of the real window, in each language and screen size, to look at.

    python bench/screens.py --db /tmp/shots.db --out /tmp/shots                 # all languages, both sizes
    python bench/screens.py --db /tmp/shots.db --out /tmp/shots --lang fa,ru --size 1024x640 --only deals-board

The database is copied first (never written); build one with `bench/generate.py 2000 --db /tmp/shots.db` (and
`bench/mixed_values.py /tmp/shots.db` for values that mix scripts, to look at right to left). For each
language and size a child process starts its own virtual X screen (Xvfb) of that size, opens the real window as
`cardfile` does (the language chosen as Settings chooses it: `CARDFILE_LANG`, so the translators, the locale for
dates, numbers and money, and right-to-left for Persian), fills the screen with it, then goes to each page and opens
each dialog in turn and saves the whole screen as `OUT/LANG-WxH-NAME.png`. Nothing is asserted: the pictures are for
a person to look at (clipped text, English left, a layout that does not follow right-to-left).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

LANGUAGES = ("en", "is", "ja", "fa", "th", "ru")
SIZES = ("1280x800", "1024x640")
# The week the generated activities crowd around (bench/generate.py's EPOCH lies 90 days before the last of them).
CALENDAR_DAY = date(2026, 5, 27)


# ----- the parent: one child per language and size, each on its own X screen -----


def start_screen(size: str) -> tuple[subprocess.Popen[bytes], str]:
    """An Xvfb of `size`, on a display number it picks itself; returns the process and the DISPLAY value."""
    if shutil.which("Xvfb") is None:
        raise SystemExit("screens.py needs Xvfb (Debian: apt-get install xvfb)")
    read, write = os.pipe()
    screen = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()
    if not number:
        screen.kill()
        raise SystemExit("Xvfb did not start")
    return screen, f":{number}"


def shoot(database: Path, out: Path, language: str, size: str, only: list[str]) -> None:
    screen, display = start_screen(size)
    try:
        with tempfile.TemporaryDirectory(prefix="cardfile-screens-") as home:
            copy = Path(home) / "shots.db"
            shutil.copyfile(database, copy)
            env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "CARDFILE_HOME": home}
            env["CARDFILE_LANG"] = language
            command = [sys.executable, str(Path(__file__).resolve()), "--child", "--db", str(copy)]
            command += ["--out", str(out), "--lang", language, "--size", size, "--only", ",".join(only)]
            done = subprocess.run(command, env=env, timeout=600)
            if done.returncode != 0:
                print(f"{language} {size}: the window failed ({done.returncode})", file=sys.stderr)
    finally:
        screen.terminate()
        screen.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True, help="a database to copy (bench/generate.py makes one)")
    parser.add_argument("--out", type=Path, required=True, help="the folder for the PNGs")
    parser.add_argument("--lang", default=",".join(LANGUAGES), help="languages, comma-separated (default: all)")
    parser.add_argument("--size", default=",".join(SIZES), help="screen sizes, comma-separated (default: both)")
    parser.add_argument("--only", default="", help="shot names, comma-separated (default: all; see SHOTS)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    only = [name for name in args.only.split(",") if name]
    if args.child:
        raise SystemExit(child(args.db, args.out, args.lang, args.size, only))
    if not args.db.is_file():
        raise SystemExit(f"{args.db}: no such database (bench/generate.py 2000 --db {args.db} makes one)")
    args.out.mkdir(parents=True, exist_ok=True)
    # The .qm files are built, never committed: build them as `dev.py run` does, or every language shows English.
    build = Path(__file__).resolve().parent.parent / "installer" / "build.py"
    if subprocess.run([sys.executable, str(build), "translations"], stdout=subprocess.DEVNULL).returncode != 0:
        raise SystemExit("compiling the translations failed (installer/build.py translations)")
    for language in args.lang.split(","):
        for size in args.size.split(","):
            started = time.monotonic()
            shoot(args.db, args.out, language, size, only)
            print(f"{language} {size}: {time.monotonic() - started:.0f} s", file=sys.stderr)


# ----- the child: the real window, each page and dialog in turn -----


def child(database: Path, out: Path, language: str, size: str, only: list[str]) -> int:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from cardfile import preferences, resources
    from cardfile.app import _open_services, apply_language, create_application, ui_settings
    from cardfile.ui import dates
    from cardfile.ui.activities import actions as activity_actions
    from cardfile.ui.icons import Icons
    from cardfile.ui.session import DesktopSession

    app = create_application([])
    translators = apply_language(app, preferences.chosen_language(), resources.translations_dir())
    settings = ui_settings()
    dates.load_date_style(settings)
    session = DesktopSession(open_services=_open_services, settings=settings, icons=Icons(resources.icons_dir()))
    if not session.open(database, create=False) or session.window is None:
        return 1
    window = session.window
    services = window.services
    window.setGeometry(app.primaryScreen().availableGeometry())
    window.show()

    def settle(seconds: float = 1.2) -> None:
        """Let the background reads arrive and the window paint."""
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    def page(key: str) -> Any:
        return window.go_to(key)

    def activities_list() -> None:
        page("activities").show_tasks("overdue")

    def activity_form() -> None:
        first_open_activity()
        page("activities").edit_current()

    def calendar(mode: str) -> Callable[[], None]:
        return lambda: page("calendar").show_date(CALENDAR_DAY, mode)

    def deals(view: str) -> Callable[[], None]:
        return lambda: page("deals").show_view(view)

    def deal_form() -> None:
        listed = page("deals")
        listed.show_view("list")
        settle()
        listed.view.setCurrentIndex(listed.model.index(0, 0))
        listed.edit_current()

    def first_open_activity() -> list[str]:
        tasks = page("activities")
        tasks.show_tasks("overdue")
        settle()
        tasks.view.setCurrentIndex(tasks.model.index(0, 0))
        return tasks.selected_ids()[:1]

    def merge() -> Any:
        contacts = page("contacts")
        settle()
        # through the selection model: QTableView.selectRow() selects nothing right to left (Persian saw no dialog)
        selection = contacts.view.selectionModel()
        rows = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        for row in (0, 1):
            selection.select(contacts.model.index(row, 0), rows)
        return window.merge_selected()

    def search(text: str) -> Callable[[], None]:
        def show() -> None:
            field = window.search_field
            field.setFocus()
            field.setText(text)
            field.search_now()

        return show

    def history() -> None:
        companies = page("companies")
        settle()
        companies.view.setCurrentIndex(companies.model.index(0, 0))  # a company's card: its History tab

    def report(kind: str) -> Callable[[], Any]:
        def show() -> Any:
            dialog = window.show_reports()
            dialog.choose(kind)
            return dialog

        return show

    shots: dict[str, Callable[[], Any]] = {
        "contacts": lambda: page("contacts"),
        "companies": lambda: page("companies"),
        "activities": activities_list,
        "activity-form": activity_form,
        "calendar-day": calendar("day"),
        "calendar-week": calendar("week"),
        "calendar-month": calendar("month"),
        "deals-list": deals("list"),
        "deals-board": deals("board"),
        "deals-forecast": deals("forecast"),
        "deal-form": deal_form,
        "pipelines": lambda: page("deals").show_pipelines(),
        "dashboard": lambda: page("dashboard"),
        "reports": window.show_reports,
        "reports-forecast": report("forecast"),
        "reports-activities": report("activities"),
        "duplicates": window.show_duplicates,
        "merge": merge,
        "merges": window.show_merges,
        "schedule": lambda: activity_actions.schedule(services, window),
        "clear": lambda: activity_actions.clear(services, window, first_open_activity()),
        "settings": window.show_settings,
        "sync-settings": window.show_sync_settings,
        "trash": window.show_trash,
        "conflicts": window.show_conflicts,
        "import": window.show_import_wizard,
        "export": lambda: (page("contacts"), window.show_export_dialog())[1],
        "custom-fields": window.show_custom_fields,
        "lookup": window.show_lookup_builder,
        "history": history,
        "search": search("maple"),
        "reminders": window.show_reminders,
    }
    out.mkdir(parents=True, exist_ok=True)
    settle(2.0)
    for name, show in shots.items():
        if only and name not in only:
            continue
        shown = show()
        settle()
        path = out / f"{language}-{size}-{name}.png"
        app.primaryScreen().grabWindow(0).save(str(path))
        print(path)
        if isinstance(shown, QWidget) and shown.isWindow() and shown is not window:
            shown.close()
        for each in window.pages.values():  # a form left open would ask "Save the changes?" on the next page
            card = getattr(each, "card", None)
            if card is not None and card.is_editing:
                card.cancel()
        for top in QApplication.topLevelWidgets():
            if top.isVisible() and top is not window and top.isWindow() and not top.inherits("QMenu"):
                top.close()
    window.forms_may_close = lambda: True  # type: ignore[method-assign]
    session.close()
    for translator in translators:
        app.removeTranslator(translator)
    QCoreApplication.processEvents()
    return 0


if __name__ == "__main__":
    main()
