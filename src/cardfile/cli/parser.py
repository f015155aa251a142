"""The `cardfile` command tree: global options, then one command; `cardfile --help` is the admin's reference."""

from __future__ import annotations

import argparse

from cardfile import __version__
from cardfile.cli import (
    activities,
    database,
    deals,
    duplicates,
    fields,
    groups,
    history,
    interchange,
    people,
    pipelines,
    reports,
    search,
    server,
    settings,
    sync,
)
from cardfile.cli.common import HelpFormatter

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

_MODULES = (
    people,
    activities,
    deals,
    pipelines,
    reports,
    search,
    groups,
    fields,
    duplicates,
    interchange,
    history,
    settings,
    database,
    sync,
    server,
)


def build_parser() -> argparse.ArgumentParser:
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
    for module in _MODULES:
        module.register(commands)
    return parser


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
