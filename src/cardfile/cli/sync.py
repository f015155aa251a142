"""`cardfile sync` and `cardfile conflict …`: sync with the office's server, and review what sync could not merge."""

from __future__ import annotations

import argparse
import getpass
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from cardfile.cli import output
from cardfile.cli.common import Context, add_command, add_group
from cardfile.domain.errors import NoKeyring, SyncSignInNeeded, SyncStopped
from cardfile.services.sync import PASSWORD_ENV, SyncReport, SyncService


def sync(ctx: Context, args: argparse.Namespace) -> int | None:
    service = ctx.services.sync
    if args.server or args.user or args.interval is not None:
        service.configure(server=args.server, user=args.user, interval_minutes=args.interval)
    insecure = bool(args.insecure)
    if args.sign_out:
        service.sign_out()
        ctx.emit({"signed_out": True}) if ctx.json else ctx.say("signed out; the next sync asks for the password")
        return None
    if args.status:
        status = service.status()
        if ctx.json:
            ctx.emit(status.as_json())
            return None
        rows = [
            ("server", status.server or "(not set)"),
            ("user", status.user or "(not set)"),
            ("signed in", "yes" if status.signed_in else "no"),
            ("last sync", status.last_sync.astimezone().strftime("%Y-%m-%d %H:%M") if status.last_sync else "never"),
            ("pending changes", status.pending),
            ("open conflicts", status.conflicts),
            ("automatic", f"every {status.interval_minutes} min" if status.interval_minutes else "off"),
        ]
        if status.last_error:
            rows.append(("last error", status.last_error))
        print(output.table(("", ""), rows), file=ctx.out)
        return None
    if not service.keyring_available():
        print(f"cardfile: {NoKeyring().message}", file=sys.stderr)
    stop = threading.Event()
    signals: list[int] = []
    try:
        report = _sync_until_signal(service, stop, signals, insecure=insecure)
    except SyncSignInNeeded as needed:
        if os.environ.get(PASSWORD_ENV) or not sys.stdin.isatty():
            raise
        server, user = service.status().server, service.status().user
        print(f"cardfile: {needed.params.get('detail', '')}", file=sys.stderr)
        password = getpass.getpass(f"Password for {user} on {server}: ")
        report = _sync_until_signal(service, stop, signals, password, insecure=insecure)
    if signals:
        pending = service.status().pending
        print(
            f"cardfile: sync stopped ({signal.Signals(signals[0]).name}); what the server confirmed is kept, "
            f"{pending} change(s) wait for the next sync",
            file=sys.stderr,
        )
        return 128 + signals[0]  # as a shell reports a command a signal ended: 130 for Ctrl+C, 143 for SIGTERM
    assert report is not None
    if ctx.json:
        ctx.emit(report.as_json())
    else:
        ctx.say(
            f"pushed {report.pushed}, pulled {report.pulled} change(s)"
            + (f"; {report.conflicts} new conflict(s): cardfile conflict list" if report.conflicts else "")
        )
    for reason in report.overruled:
        print(
            output.terminal_safe(f"cardfile: the server overruled a change: {reason}; the value it holds is back"),
            file=sys.stderr,
        )
    return _prepare_search(ctx, stop, signals)


def _prepare_search(ctx: Context, stop: threading.Event, signals: list[int]) -> int | None:
    """Right after a first sync (or after one whose build was stopped): build the search index the snapshot left
    for later. Searches work meanwhile (more slowly); Ctrl+C stops the build, and the next `cardfile sync` or the
    app goes on with it."""
    search = ctx.services.search
    if search.index_ready():
        return None
    print("cardfile: building the search index of the records this sync brought …", file=sys.stderr)
    with _stop_on_signals(stop, signals):
        state = search.prepare_index(cancelled=stop.is_set)
    if not state.ready:
        print(
            f"cardfile: search index {state.done:,} of {state.total:,} records; searches find the rest more slowly, "
            "and the next `cardfile sync` (or the app) finishes it",
            file=sys.stderr,
        )
        return 128 + signals[0] if signals else None
    return None


def _sync_until_signal(
    service: SyncService,
    stop: threading.Event,
    signals: list[int],
    password: str | None = None,
    *,
    insecure: bool = False,
) -> SyncReport | None:
    """Sync; Ctrl+C or SIGTERM stops it within a moment, even while the server keeps us waiting. None: stopped."""
    with _stop_on_signals(stop, signals):
        try:
            report = service.sync(password=password, cancelled=stop, insecure=insecure)
        except SyncStopped:
            return None
    return None if signals else report


@contextmanager
def _stop_on_signals(stop: threading.Event, signals: list[int]) -> Iterator[None]:
    """The first SIGINT or SIGTERM sets `stop` (the sync ends cleanly, its database closed); a second one acts as
    it always does. Only the main thread may handle signals: elsewhere (a test calling main()) nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    handled = (signal.SIGINT, signal.SIGTERM)
    before = {number: signal.getsignal(number) for number in handled}

    def restore() -> None:
        for number, handler in before.items():
            signal.signal(number, handler)

    def stopping(number: int, _frame: FrameType | None) -> None:
        signals.append(number)
        stop.set()
        restore()

    for number in handled:
        signal.signal(number, stopping)
    try:
        yield
    finally:
        restore()


def conflict_list(ctx: Context, args: argparse.Namespace) -> None:
    items = ctx.services.sync.conflicts(include_resolved=args.all)
    ctx.listing(
        items,
        ("id", "record", "field", "current", "other", "by"),
        lambda c: (
            c.id,
            c.record_name or c.record_id[:8],
            c.field,
            output.truncate(output.one_line(str(c.current)), 30),
            output.truncate(output.one_line(str(c.other)), 30),
            c.other_user,
        ),
        empty="no conflicts",
    )


def conflict_resolve(ctx: Context, args: argparse.Namespace) -> None:
    ctx.services.sync.resolve_conflict(args.id, take_other=args.take == "other")
    if ctx.json:
        ctx.emit({"id": args.id, "took": args.take})
    else:
        ctx.say("took the other value" if args.take == "other" else "kept the current value")


def register(commands: argparse._SubParsersAction) -> None:
    p = add_command(
        commands,
        "sync",
        sync,
        "sync this database with the office's server",
        description="Push this device's changes to the sync server, then pull everyone else's. The first time, "
        "give --server and --user (they are remembered); the password is asked once (or read from "
        "CARDFILE_PASSWORD) and exchanged for a device token kept in the system keyring.",
        examples=[
            "cardfile sync --server https://office.example:8765 --user anna",
            "cardfile sync",
            "cardfile sync --status",
        ],
    )
    p.add_argument("--server", metavar="URL", help="the sync server, e.g. https://office.example:8765")
    p.add_argument("--user", metavar="NAME", help="your user name on that server")
    p.add_argument("--interval", type=int, metavar="MIN", help="the app syncs every MIN minutes (0: by hand only)")
    p.add_argument(
        "--insecure",
        action="store_true",
        help="send the password even over plain http:// to another computer (anyone on the network could read it)",
    )
    what = p.add_mutually_exclusive_group()
    what.add_argument("--status", action="store_true", help="show where sync stands instead of syncing")
    what.add_argument("--sign-out", action="store_true", help="forget this device's sign-in")

    conflicts = add_group(commands, "conflict", "values sync could not merge: review and decide")
    p = add_command(conflicts, "list", conflict_list, "list conflicts nobody has decided yet")
    p.add_argument("--all", action="store_true", help="include decided ones")
    p = add_command(conflicts, "resolve", conflict_resolve, "keep the current value or take the other one")
    p.add_argument("id", help="conflict id (see conflict list)")
    p.add_argument("--take", choices=("current", "other"), required=True, help="which value the record keeps")
