"""The `cardfile` command tree: global options, then one command; `cardfile --help` is the admin's reference."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence

from cardfile import __version__
from cardfile.cli.helpformat import HelpFormatter

DESCRIPTION = """\
Cardfile keeps contacts, companies, activities, notes and deals in one SQLite file.

Without a command, cardfile opens the desktop app (Qt options such as -reverse or
-platform offscreen are passed on to Qt). Every command below runs without a display.
Name records by id, by an id prefix of 8 or more characters, by email address or by exact name;
`cardfile COMMAND --help` describes each command."""

EPILOG = """\
database:
  --db PATH, else $CARDFILE_DB, else the platform data directory (see `cardfile db path`).
  $CARDFILE_HOME moves every Cardfile directory (data, config, logs) under one folder.

output:
  Commands print text for people; --json (before or after the command) prints one JSON document
  instead: an array for listings and searches, an object for show, add and edit. Times in JSON are
  ISO 8601 in UTC.

exit status:
  0 success (a search without hits included), 1 failure (the message on stderr says what went wrong;
  `db check` finding damage is a failure), 2 usage error.

examples:
  cardfile contact add --given Anna --family Jónsdóttir --email work=anna@nordurljos.is
  cardfile search jonsdottir
  cardfile --db ~/sales.db contact list --tag vip --json
  cardfile activity schedule --type call 'Call about the quote' --contact anna@nordurljos.is \\
      --at 'tomorrow 10:00'
  cardfile db backup /mnt/usb/"""

# Every command in the order `cardfile --help` lists them: its name, the module of cardfile.cli that declares it
# (with `register(commands)`), and its one-line summary as that module words it. The summaries are repeated here so
# that `cardfile --help` and `cardfile --version` import no command module, and with them no SQLAlchemy, SQLModel
# or pydantic; tests/cli/test_parser.py checks that this table and the modules agree.
COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("contact", "people", "people: add, edit, show, list, delete, restore"),
    ("company", "people", "companies: add, edit, show, list, people, delete, restore"),
    ("activity", "activities", "calls, meetings and to-dos: schedule, list, clear"),
    ("note", "activities", "notes about people, companies and deals: add, list, show"),
    ("deal", "deals", "sales opportunities: add, move, won, lost, list"),
    ("pipeline", "pipelines", "pipelines and their stages: list, add, rename, add-stage, move-stage, remove-stage"),
    ("report", "reports", "reports: pipeline, forecast, contacts, activities as CSV, JSON or PDF"),
    ("search", "search", "find records by any part of a name, email, phone, address, note or tag"),
    ("group", "groups", "groups of people and companies: add, list, members, add-member"),
    ("field", "fields", "custom fields: add, list"),
    ("duplicates", "duplicates", "find possible duplicates; mark pairs that are different people"),
    ("merge", "duplicates", "merge duplicates into one record, with everything attached"),
    ("unmerge", "duplicates", "take a merge back: both records as they were, with their attachments"),
    ("merges", "duplicates", "list merges, newest first"),
    ("incomplete", "duplicates", "list people (or companies) with something missing"),
    ("import", "interchange", "import vCard (.vcf, .vcard), CSV or iCalendar (.ics) files, or folders of vCards"),
    ("export", "interchange", "export contacts as vCard or CSV, activities as iCalendar"),
    ("history", "history", "show the field changes of a record, or recent actions"),
    ("undo", "history", "take back your last action (or the one named)"),
    ("redo", "history", "take back the last undo"),
    ("trash", "history", "deleted records: list, restore, empty"),
    ("settings", "settings", "preferences stored in the database: show, set"),
    ("db", "database", "the database file: path, check, repair, backup, restore, backups"),
    ("sync", "sync", "sync this database with the office's server"),
    ("conflict", "sync", "values sync could not merge: review and decide"),
    ("serve", "server", "run the sync server for an office"),
    ("server", "server", "administer the sync server: users, devices, history"),
)
MODULES = tuple(dict.fromkeys(module for _, module, _ in COMMANDS))


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser of `cardfile`, built for `argv`: only the module of the command `argv` names is imported and
    declares its commands; every other command is listed by its summary alone, which is all `cardfile --help`
    shows of it. Without `argv`, or when `argv` names no command we know (argparse then says so), every module
    declares its commands: the whole tree.
    """
    parser = argparse.ArgumentParser(
        prog="cardfile",
        usage="cardfile [--db PATH] [--json] [--version] [COMMAND ...]",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=HelpFormatter,
    )
    parser.add_argument(
        "--db", metavar="PATH", help="the database file (default: $CARDFILE_DB, else the platform data directory)"
    )
    parser.add_argument("--version", action="version", version=f"cardfile {__version__}")
    parser.add_argument("--json", dest="json_first", action="store_true", help="the same as --json after the command")
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check that this installation works (on throwaway data: a database, search, vCard export and import, "
        "the sync server on loopback, the desktop's Qt parts); exit status 1 names what failed",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", dest="command", prog="cardfile")
    declared = set(MODULES) if argv is None else _modules_for(argv)
    for name, module, summary in COMMANDS:
        if module not in declared:
            commands.add_parser(name, help=summary, add_help=False)
        elif name == next(n for n, m, _ in COMMANDS if m == module):  # a module declares all its commands at once
            importlib.import_module(f"cardfile.cli.{module}").register(commands)
    return parser


def _modules_for(argv: Sequence[str]) -> set[str]:
    """The command modules `argv` needs: the one of its command, none when it names no command (`--version`,
    `--help`), all of them when its first word is no command of ours (so argparse's message lists them)."""
    word = command_word(argv)
    if word is None:
        return set()
    owner = {name: module for name, module, _ in COMMANDS}
    return {owner[word]} if word in owner else set(MODULES)


def command_word(argv: Sequence[str]) -> str | None:
    """The first word of `argv` that is not a global option (or the value of --db): the command, if any."""
    i = 0
    while i < len(argv):
        word = argv[i]
        if word in ("--db", "--d"):  # argparse also takes the unambiguous abbreviation --d
            i += 2
        elif word.startswith("-"):
            i += 1
        else:
            return word
    return None


# Qt's own command-line options (QGuiApplication, QApplication, X11); Qt takes them with one dash or two.
QT_OPTIONS = frozenset(
    {
        "platform",
        "platformpluginpath",
        "platformtheme",
        "plugin",
        "qmljsdebugger",
        "qwindowgeometry",
        "qwindowicon",
        "qwindowtitle",
        "reverse",
        "session",
        "style",
        "stylesheet",
        "widgetcount",
        "display",
        "geometry",
        "title",
        "name",
        "visual",
        "ncols",
        "cmap",
        "nograb",
        "dograb",
        "sync",
    }
)


def split_desktop_arguments(argv: list[str]) -> tuple[list[str], list[str]] | None:
    """(global options, arguments for Qt) when `argv` asks for the desktop app, else None.

    The desktop app opens when no command follows the global options; what follows them then belongs to Qt.
    Qt's options are written with one dash (-reverse, -platform offscreen), or two for the ones Qt knows
    (--platform). A word, -h, or any other `--option` is left to argparse, so a typo is a usage error rather
    than a window opening.
    """
    i = 0
    while i < len(argv):
        if argv[i] == "--db":
            i += 2
        elif argv[i].startswith("--db="):
            i += 1
        else:
            break
    ours, rest = argv[:i], argv[i:]
    if not rest:
        return ours, []
    first = rest[0]
    single_dash = first.startswith("-") and not first.startswith("--") and first != "-h" and len(first) > 1
    qt_long = first.startswith("--") and first[2:].split("=", 1)[0] in QT_OPTIONS
    return (ours, rest) if single_dash or qt_long else None
