"""`cardfile serve` and `cardfile server …`: run the sync server and administer its users and devices."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from cardfile.cli import output
from cardfile.cli.common import Context, add_command, add_group
from cardfile.domain.errors import CardfileError

PASSWORD_ENV = "CARDFILE_PASSWORD"


class ServerCommandFailed(CardfileError):
    code = "server_command_failed"
    template = "{message}"


class NoPassword(CardfileError):
    code = "no_password"
    template = "no password: set CARDFILE_PASSWORD or run this command in a terminal"


def read_password(prompt: str, *, confirm: bool = False) -> str:
    """CARDFILE_PASSWORD (scripts, tests), else a prompt on the terminal; never waits when there is none."""
    value = os.environ.get(PASSWORD_ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        raise NoPassword()
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != first:
        raise ServerCommandFailed(message="the two passwords differ; nothing was changed")
    return first


def _add_location(parser: argparse.ArgumentParser) -> None:
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--data", metavar="DIR", help="keep the server's data in an SQLite file in DIR (default)")
    where.add_argument("--database", metavar="URL", help="keep it in PostgreSQL: postgresql://user:pw@host/db")


@contextmanager
def _store(args: argparse.Namespace) -> Iterator[object]:
    from cardfile.server.storage import ServerError, ServerStore, url_for

    try:
        store = ServerStore.open(url_for(args.data, args.database))
    except ServerError as exc:
        raise ServerCommandFailed(message=exc.message) from exc
    except Exception as exc:  # the database cannot be reached: the environment, not a bug
        if type(exc).__module__.startswith(("sqlalchemy", "psycopg", "sqlite3")):
            raise ServerCommandFailed(message=f"cannot open the server's database: {exc}") from exc
        raise
    try:
        yield store
    except ServerError as exc:
        raise ServerCommandFailed(message=exc.message) from exc
    finally:
        store.close()


def serve(ctx: Context, args: argparse.Namespace) -> None:
    from cardfile.server.runner import serve as run
    from cardfile.server.storage import url_for

    if bool(args.certfile) != bool(args.keyfile):
        raise ServerCommandFailed(message="--certfile and --keyfile go together")
    run(url_for(args.data, args.database), host=args.host, port=args.port, certfile=args.certfile, keyfile=args.keyfile)


def user_add(ctx: Context, args: argparse.Namespace) -> None:
    with _store(args) as store:
        store.add_account(args.name, read_password(f"Password for {args.name}: ", confirm=True), admin=args.admin)  # type: ignore[attr-defined]
    if ctx.json:
        ctx.emit({"user": args.name, "admin": args.admin})
    else:
        ctx.say(f"added user {args.name}{' (administrator)' if args.admin else ''}")


def user_list(ctx: Context, args: argparse.Namespace) -> None:
    with _store(args) as store:
        users = store.accounts()  # type: ignore[attr-defined]
    ctx.listing(
        users,
        ("user", "admin", "disabled", "devices", "since"),
        lambda u: (u.name, "yes" if u.admin else "", "yes" if u.disabled else "", u.devices, u.created_at.date()),
        empty="no users yet: cardfile server user add NAME",
    )


def user_passwd(ctx: Context, args: argparse.Namespace) -> None:
    with _store(args) as store:
        store.set_password(args.name, read_password(f"New password for {args.name}: ", confirm=True))  # type: ignore[attr-defined]
    ctx.emit({"user": args.name, "password_changed": True}) if ctx.json else ctx.say(
        f"changed the password of {args.name}"
    )


def user_disable(ctx: Context, args: argparse.Namespace) -> None:
    with _store(args) as store:
        revoked = store.disable_account(args.name)  # type: ignore[attr-defined]
    if ctx.json:
        ctx.emit({"user": args.name, "disabled": True, "devices_revoked": revoked})
    else:
        ctx.say(f"disabled {args.name}; {revoked} device(s) signed out")


def device_list(ctx: Context, args: argparse.Namespace) -> None:
    with _store(args) as store:
        devices = store.devices(args.user)  # type: ignore[attr-defined]
    if ctx.json:
        ctx.emit(devices)
        return
    rows = [
        (d["id"], d["user"], d["name"], d["last_seen_at"] or "", "revoked" if d["revoked"] else "") for d in devices
    ]
    print(output.table(("id", "user", "name", "last seen", ""), rows) if rows else "no devices", file=ctx.out)


def device_revoke(ctx: Context, args: argparse.Namespace) -> None:
    with _store(args) as store:
        done = store.revoke_device(args.device)  # type: ignore[attr-defined]
    if not done:
        raise ServerCommandFailed(message=f"no signed-in device {args.device!r}")
    ctx.emit({"device": args.device, "revoked": True}) if ctx.json else ctx.say(f"revoked {args.device}")


def compact(ctx: Context, args: argparse.Namespace) -> None:
    with _store(args) as store:
        info = store.info()  # type: ignore[attr-defined]
        keep_after = max(0, info["cursor"] - args.keep)
        removed = store.compact(keep_after)  # type: ignore[attr-defined]
    if ctx.json:
        ctx.emit({"removed": removed, "horizon": keep_after})
    else:
        ctx.say(f"removed {removed} superseded entries; devices older than entry {keep_after} re-sync from a snapshot")


def register(commands: argparse._SubParsersAction) -> None:
    p = add_command(
        commands,
        "serve",
        serve,
        "run the sync server for an office",
        description="Run the sync server. It keeps all its state in its database: an SQLite file in --data (the "
        "default, a folder in the platform data directory) or PostgreSQL (--database URL), which several server "
        "processes may share.",
        examples=[
            "cardfile serve",
            "cardfile serve --database postgresql://cardfile:pw@db/cardfile --host 0.0.0.0 "
            "--certfile cert.pem --keyfile key.pem",
        ],
        json=None,
        database="path",
    )
    _add_location(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    p.add_argument("--certfile", metavar="F", help="TLS certificate (PEM)")
    p.add_argument("--keyfile", metavar="F", help="TLS private key (PEM)")

    server = add_group(commands, "server", "administer the sync server: users, devices, history")
    users = add_group(server, "user", "the server's users")
    for name, handler, summary in (
        ("add", user_add, "add a user (password from a prompt or CARDFILE_PASSWORD)"),
        ("passwd", user_passwd, "change a user's password"),
        ("disable", user_disable, "disable a user and sign out all their devices"),
    ):
        p = add_command(users, name, handler, summary, database="path")
        p.add_argument("name", help="user name")
        if name == "add":
            p.add_argument("--admin", action="store_true", help="may administer other users' records")
        _add_location(p)
    p = add_command(users, "list", user_list, "list the users", database="path")
    _add_location(p)
    devices = add_group(server, "device", "the devices signed in to the server")
    p = add_command(devices, "list", device_list, "list devices", database="path")
    p.add_argument("--user", help="only this user's devices")
    _add_location(p)
    p = add_command(
        devices, "revoke", device_revoke, "sign a device out: its token is refused from now on", database="path"
    )
    p.add_argument("device", help="device id (see device list)")
    _add_location(p)
    p = add_command(
        server,
        "compact",
        compact,
        "forget superseded history older than the last N entries",
        description="Remove entries that no longer hold a current value, keeping the last --keep entries. "
        "Devices that were away longer re-sync from a snapshot; current values are never removed.",
        database="path",
    )
    p.add_argument("--keep", type=int, default=1_000_000, help="entries of history to keep (default 1,000,000)")
    _add_location(p)
