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
import threading
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

TAKEN = "taken"  # a shot that saved its picture itself (a modal box)


def sample_files(folder: Path, services: Any) -> dict[str, Path]:
    """Files for the import wizard's pages: a CSV as Outlook exports it, a vCard file whose first card is a person
    already in the database (the preview shows a duplicate) and a calendar file."""
    first = services.contacts.list(limit=1)[0]
    email = first.emails[0]["value"] if first.emails else "someone@example.com"
    folder.mkdir(parents=True, exist_ok=True)
    csv = folder / "outlook-contacts.csv"
    csv.write_text(
        "First Name,Middle Name,Last Name,Company,Job Title,E-mail Address,Business Phone,Mobile Phone,"
        "Business Street,Business City,Business Postal Code,Business Country/Region,Categories,Notes\n"
        "Guðmundur,Þór,Kristjánsson-Bergþórsson,Landsbankinn og Fjárfestingarfélagið Norðurljós ehf.,"
        "Framkvæmdastjóri viðskiptaþróunar,gudmundur@nordurljos.is,+354 510 2000,+354 862 1234,Austurstræti 11,"
        "Reykjavík,101,Iceland,Viðskiptavinir;VIP,Hittumst á ráðstefnunni í Hörpu\n"
        "Hiroshi,,Yamamoto,株式会社山本エンジニアリング,営業部長,yamamoto@yamamoto-eng.co.jp,+81 3-1234-5678,,"
        "千代田区丸の内1-1-1,東京,100-0005,Japan,Partners,\n",
        encoding="utf-8",
    )
    vcf = folder / "phone-export.vcf"
    vcf.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"N:{first.family or ''};{first.given or ''};;;\r\nFN:{first.display_name}\r\n"
        f"EMAIL;TYPE=work:{email}\r\nTEL;TYPE=cell:+44 7700 900123\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Wattanasiri;Somchai;;;\r\nFN:Somchai Wattanasiri\r\n"
        "ORG:บริษัท วัฒนาศิริ อินเตอร์เนชั่นแนล เทรดดิ้ง จำกัด (มหาชน)\r\n"
        "EMAIL:somchai@wattanasiri.co.th\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Соколова;Екатерина;Александровна;;\r\n"
        "FN:Екатерина Александровна Соколова\r\nORG:ООО «Северо-Западная торгово-промышленная компания»\r\n"
        "TITLE:Заместитель генерального директора по коммерческим вопросам\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    ics = folder / "calendar.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//Calendar//EN\r\n"
        "BEGIN:VEVENT\r\nUID:sweep-1@example.com\r\nDTSTAMP:20260520T090000Z\r\n"
        "DTSTART:20260527T100000Z\r\nDTEND:20260527T110000Z\r\nSUMMARY:Quarterly review with Norðurljós\r\n"
        "LOCATION:Harpa, Reykjavík\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:sweep-2@example.com\r\nDTSTAMP:20260520T090000Z\r\n"
        "DTSTART;VALUE=DATE:20260529\r\nSUMMARY:Trade fair\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n",
        encoding="utf-8",
    )
    return {"csv": csv, "vcf": vcf, "ics": ics}


def child(database: Path, out: Path, language: str, size: str, only: list[str]) -> int:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QToolTip, QWidget

    from cardfile import preferences, resources
    from cardfile.app import _open_services, apply_language, create_application, ui_settings
    from cardfile.domain.values import RecordType
    from cardfile.store import search as search_index
    from cardfile.ui import dates
    from cardfile.ui.activities import actions as activity_actions
    from cardfile.ui.crash_reporter import CrashReporter
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
    held = threading.Event()  # set when the shots are done: the held search index build goes on

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

    def made(dialog: Any, kind: str) -> Any:
        """The reports dialog once its `kind` report is shown (3,000 people take a while on a loaded machine)."""
        for _ in range(60):
            if dialog.report is not None and dialog.report.kind == kind:
                break
            settle(0.5)
        return dialog

    def report(kind: str) -> Callable[[], Any]:
        def show() -> Any:
            dialog = window.show_reports()
            dialog.choose(kind)
            return made(dialog, kind)

        return show

    def duplicates() -> Any:
        dialog = window.show_duplicates()
        for _ in range(60):
            if dialog.task is None or dialog.task.is_done:
                break
            settle(0.5)
        return dialog

    def print_list() -> Any:
        page("contacts")
        settle()
        return window.print_list()

    def print_report() -> Any:
        dialog = window.show_reports()
        dialog.choose("forecast")
        return made(dialog, "forecast").print_report()

    def preparing_search() -> Any:
        """The search field and the status bar while the index a first sync left is built: the build is held
        at its first batch until the shots are done, the records after the first person's marked as pending."""
        building = search_index.build_pending
        search_index.build_pending = lambda *args, **kwargs: held.wait(600) and building(*args, **kwargs)
        with services.db.write("Sync") as w:
            first = w.conn.exec_driver_sql("SELECT min(id) FROM contact").scalar_one()
            search_index.defer(w.conn, {RecordType.CONTACT: [first]})
        window.prepare_search()
        settle()
        field = window.search_field
        QToolTip.showText(field.mapToGlobal(field.rect().bottomLeft()), field.toolTip(), field)
        return None

    def crash() -> Any:
        """The dialog of an unexpected error, as the crash reporter shows it after a click on Save."""
        log = Path(os.environ["CARDFILE_HOME"]) / "logs" / "cardfile.log"
        reporter = CrashReporter(window, log=lambda _details: log)
        page("contacts")
        reporter.last_action = QCoreApplication.translate("CrashReporter", "{what} in “{window}”").format(
            what=QCoreApplication.translate("CrashReporter", "clicking {button}").format(
                button=QCoreApplication.translate("Card", "Save")
            ),
            window=window.windowTitle(),
        )
        try:
            raise KeyError("phone_type")
        except KeyError as error:
            reporter.report(error)
        settle(0.5)
        return reporter.dialog

    def about() -> str:
        """Help ▸ About opens a modal box of its own: shot from a timer, then closed."""

        def take() -> None:
            box = QApplication.activeModalWidget()
            app.primaryScreen().grabWindow(0).save(str(out / f"{language}-{size}-about.png"))
            if box is not None:
                box.close()

        QTimer.singleShot(1500, take)
        window.show_about()
        return TAKEN

    wizard_files = sample_files(Path(os.environ["CARDFILE_HOME"]), services)

    def wizard(paths: list[Path], steps: int, wait_for: int | None = None) -> Callable[[], Any]:
        def show() -> Any:
            shown = window.show_import_wizard()
            shown.files_page.add_paths(paths)
            for _ in range(steps):
                shown.next()
                settle(0.5)
            if wait_for is not None:
                for _ in range(120):
                    if shown.currentId() == wait_for:
                        break
                    settle(0.5)
            return shown

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
        "duplicates": duplicates,
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
        "lookups": window.show_saved_lookups,
        "reports-contacts": report("contacts"),
        "print-list": print_list,
        "print-report": print_report,
        "print-card": lambda: (page("contacts"), window.print_card())[1],
        "shortcuts": window.show_shortcuts,
        "guide": window.show_guide,
        "reminders": window.show_reminders,
        "about": about,
        "crash": crash,
        "import-csv": wizard([wizard_files["csv"]], 0),
        "import-mapping": wizard([wizard_files["csv"]], 1),
        "import-preview": wizard([wizard_files["vcf"]], 1),
        "import-calendar": wizard([wizard_files["ics"]], 1),
        "import-report": wizard([wizard_files["vcf"]], 2, wait_for=4),
        # last: the held build keeps its write transaction open (an import meanwhile would wait for it)
        "preparing-search": preparing_search,
    }
    out.mkdir(parents=True, exist_ok=True)
    settle(3.0)  # the missed reminders the generated data has come up a moment after the first paint
    for top in QApplication.topLevelWidgets():  # shot on their own
        if top.isVisible() and top is not window and top.isWindow() and not top.inherits("QMenu"):
            top.close()
    for name, show in shots.items():
        if only and name not in only:
            continue
        shown = show()
        settle()
        path = out / f"{language}-{size}-{name}.png"
        if shown is not TAKEN:
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
    held.set()
    window.forms_may_close = lambda: True  # type: ignore[method-assign]
    session.close()
    for translator in translators:
        app.removeTranslator(translator)
    QCoreApplication.processEvents()
    return 0


if __name__ == "__main__":
    main()
