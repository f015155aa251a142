"""`cardfile db …`: where the database is, checking it, backing it up and restoring a backup."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from cardfile import paths
from cardfile.cli import output
from cardfile.cli.common import Context, add_command, add_group
from cardfile.domain.errors import ValidationError

_COUNTED = {
    "contact": ("contact", "contacts"),
    "company": ("company", "companies"),
    "activity": ("activity", "activities"),
    "note": ("note", "notes"),
    "deal": ("deal", "deals"),
    "trash": ("in the Trash", "in the Trash"),
    "changes": ("logged change", "logged changes"),
}


def _counted(name: str, n: int) -> str:
    one, many = _COUNTED.get(name, (name, name))
    return f"{n} {one if n == 1 else many}"


def db_path(ctx: Context, args: argparse.Namespace) -> None:
    exists = ctx.database.exists()
    if ctx.json:
        ctx.emit({"path": str(ctx.database), "exists": exists})
    else:
        ctx.say(str(ctx.database) + ("" if exists else "  (not created yet)"))


def db_check(ctx: Context, args: argparse.Namespace) -> int:
    """Exit status 1 when the check finds damage, so a cron job notices."""
    report = ctx.services.maintenance.check()
    if ctx.json:
        ctx.emit({"path": str(ctx.database), **report.as_json()})
    elif report.ok:
        counts = ", ".join(_counted(name, n) for name, n in report.counts.items())
        ctx.say(f"{ctx.database}: no problems found (schema {report.schema}; {counts})")
    else:
        ctx.say(f"{ctx.database}: {len(report.problems)} problem(s) found:")
        for problem in report.problems:
            ctx.say(f"  {problem}")
        ctx.say(
            "Cardfile reads this database but will not change it until a backup is restored (cardfile db backups, "
            "cardfile db restore FILE) or it is repaired (cardfile db repair)."
        )
    for note in report.unchecked:
        print(f"cardfile: {output.terminal_safe(note)}", file=sys.stderr)
    return 0 if report.ok else 1


def db_repair(ctx: Context, args: argparse.Namespace) -> int:
    """Works on the file: the database is opened in spite of the damage `db check` found, to put it right."""
    from cardfile.services.maintenance import repair_database

    report = repair_database(ctx.database)
    if ctx.json:
        ctx.emit({"path": str(ctx.database), **report.as_json()})
        return 0 if report.ok else 1
    ctx.say(f"Kept the database as it was at {report.kept}")
    for step in report.done:
        ctx.say(f"  {step}")
    if report.ok:
        ctx.say(f"{ctx.database}: no problems left; Cardfile changes it again.")
        return 0
    ctx.say(f"{ctx.database}: {len(report.remaining)} problem(s) left, which only a backup puts right:")
    for problem in report.remaining:
        ctx.say(f"  {problem}")
    return 1


def db_backup(ctx: Context, args: argparse.Namespace) -> None:
    target = Path(args.target).expanduser()
    if args.target.endswith(("/", os.sep)):  # 'backups/' names a folder, made if need be
        paths.private_folder(target)
    target = ctx.services.maintenance.backup(target)
    if ctx.json:
        ctx.emit({"database": str(ctx.database), "backup": str(target)})
    else:
        ctx.say(f"Backed up {ctx.database} to {target}")


def db_restore(ctx: Context, args: argparse.Namespace) -> None:
    """Works on the file, without opening it as a database first: the current file may be the damaged one."""
    from cardfile.services.maintenance import restore_database

    source = Path(args.backup).expanduser()
    if source.exists() and ctx.database.exists() and source.resolve() == ctx.database.resolve():
        raise ValidationError(field="restore", problem=f"{source} is the database itself, not a backup of it")
    kept = restore_database(ctx.database, source)
    if ctx.json:
        ctx.emit({"database": str(ctx.database), "restored_from": str(source), "previous": str(kept) if kept else None})
        return
    ctx.say(f"Restored {ctx.database} from {source}")
    ctx.say(f"The database it replaced is kept at {kept}" if kept else "There was no database there before.")


def db_backups(ctx: Context, args: argparse.Namespace) -> None:
    found = ctx.services.maintenance.backups()
    if ctx.json:
        ctx.emit([{"path": str(p), "size": p.stat().st_size} for p in found])
    elif found:
        print(
            output.table(
                ("automatic backup", "size"), [(str(p), f"{p.stat().st_size:,}") for p in found], max_width=200
            ),
            file=ctx.out,
        )
    else:
        ctx.say("No automatic backups yet (one is made each day the database is used, after the first command).")


def register(commands: Any) -> None:
    db = add_group(
        commands,
        "db",
        "the database file: path, check, repair, backup, restore, backups",
        "The database file. Cardfile also keeps a daily backup of it for a week, in a folder next to it.",
    )
    add_command(db, "path", db_path, "print the database file in use", database="path", json="print one JSON object")
    add_command(
        db,
        "check",
        db_check,
        "check the database for damage (exit status 1 if damaged)",
        description="Run SQLite's integrity check and check the search index and the references between records.\n"
        "Prints the problems found; the exit status is 1 when there are any.",
        database="check",
        json="print the report as one JSON object",
    )
    add_command(
        db,
        "repair",
        db_repair,
        "put right what can be rebuilt (after `db check` found damage)",
        description="Keep a copy of the database as it is, then rebuild SQLite's indexes and the search index "
        "from the records and clear references to records that do not exist (as edits in the history), and check "
        "again. Damage to the file's pages cannot be repaired: restore a backup then (cardfile db backups, "
        "cardfile db restore FILE). Exit status 1 when problems are left.",
        database="path",
        json="print what was done as one JSON object",
    )
    p = add_command(
        db,
        "backup",
        db_backup,
        "write a consistent copy of the database",
        description="Write a consistent copy of the database (through SQLite's backup API, safe while Cardfile "
        "is running). PATH may be a file, or a directory (an existing one, or one written with a trailing '/') "
        "in which a time-stamped name is chosen.",
        examples=["cardfile db backup ~/cardfile-$(date +%F).cardfile-backup", "cardfile db backup /mnt/usb/"],
        database="check",
        json="print where the backup went as JSON",
    )
    p.add_argument("target", metavar="PATH")
    p = add_command(
        db,
        "restore",
        db_restore,
        "replace the database with a backup",
        description="Replace the database with a backup. The backup is checked first: a damaged file or one "
        "written by a newer Cardfile is refused. The database it replaces is kept next to it (a damaged "
        "one is moved aside), and the command says where.",
        examples=["cardfile db restore ~/cardfile-2025-03-01.cardfile-backup"],
        database="path",
        json="print what was done as JSON",
    )
    p.add_argument("backup", metavar="PATH", help="a backup made by `cardfile db backup` or an automatic one")
    add_command(
        db, "backups", db_backups, "list the automatic daily backups", database="check", json="print one JSON array"
    )
