"""The server's storage: accounts and devices, and the one sequence of entries every device pushes to and pulls from.

All state lives in the database (SQLite file or PostgreSQL), so several server processes can serve one
PostgreSQL database. Writers that assign sequence numbers are serialized — SQLite by its write lock (which this
process's writers take in turn: see `_sqlite_writers`), PostgreSQL by a transaction-level advisory lock — so
sequence numbers become visible in order: a reader that sees entry N sees every entry below N, and a pull page can
never skip a change whose transaction committed late.
"""

from __future__ import annotations

import json
import logging
import math
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, delete, event, func, select, update
from sqlalchemy.dialects import postgresql as pg_dialect
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.engine import make_url

from cardfile import paths, resources
from cardfile.domain.field_rules import (
    LINK_ENDS,
    SEED_RECORDS,
    Unfit,
    check_conflict_body,
    check_field,
    check_resolution,
    decode,
    rule_for,
)
from cardfile.server import auth
from cardfile.server.tables import (
    account,
    batch,
    device,
    entry,
    field_state,
    meta,
    metadata,
    record,
    sign_in_failure,
)
from cardfile.sync import hlc, protocol
from cardfile.sync.merge import conflict_between
from cardfile.sync.protocol import CONFLICT, CONFLICT_BODY, ERASED, HIDDEN, RESOLVED, SERVER_DEVICE, Entry, PushRequest

log = logging.getLogger("cardfile.server")

SERVER_SCHEMA = "s0002"
_MIGRATIONS = resources.server_migrations()
_ADVISORY_LOCK = 0x43415244  # 'CARD'
_CHUNK = 500
# Failed sign-ins (see `ServerStore.sign_in`): free ones per user name and per client address (an office behind
# one address has many people), then a wait that doubles with each failure; failures older than the window are
# forgotten.
SIGN_IN_FREE_PER_USER = 5
SIGN_IN_FREE_PER_ADDRESS = 20
SIGN_IN_FIRST_WAIT = timedelta(seconds=2)
SIGN_IN_LONGEST_WAIT = timedelta(minutes=15)
SIGN_IN_WINDOW = timedelta(hours=1)
# Records whose privacy is inherited from what they are linked to (DESIGN §4: "its activities, notes, deal roles").
_INHERITS_PRIVACY = frozenset({"activity", "note"})


class ServerError(Exception):
    """An answer other than success: an HTTP status, a stable code and a sentence for the person at the device.

    `reason` says which of the code's cases it is, and `params` what the sentence names (an account, a number of
    seconds), so that a device says it in its reader's language: a device shows no server's words in its window.
    """

    status = 400
    code = "bad_request"

    def __init__(self, message: str, reason: str | None = None, **params: str | int) -> None:
        self.message = message
        self.reason = reason or self.code
        self.params = params
        super().__init__(message)


class BadRequest(ServerError):
    pass


class Unauthorized(ServerError):
    status = 401
    code = "unauthorized"


class Forbidden(ServerError):
    status = 403
    code = "forbidden"


class UnknownAccount(ServerError):
    status = 404
    code = "no_such_user"


class BatchOutOfOrder(ServerError):
    status = 409
    code = "batch_out_of_order"


class BatchReused(ServerError):
    """A batch number this device used before, for other content: the database is a restored backup or a copy."""

    status = 409
    code = "batch_reused"


class ClockAhead(ServerError):
    status = 422
    code = "clock_ahead"


class SignInLimited(ServerError):
    """Too many failed sign-ins lately, for this user name or from this address: wait before trying again."""

    status = 429
    code = "sign_in_limited"

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message, wait_seconds=retry_after)
        self.retry_after = retry_after


class SnapshotRequired(ServerError):
    status = 410
    code = "snapshot_required"


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is asking: an account, through one of its devices."""

    account: str
    device_id: str
    admin: bool


@dataclass(frozen=True, slots=True)
class AccountRead:
    name: str
    admin: bool
    disabled: bool
    created_at: datetime
    devices: int

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "admin": self.admin,
            "disabled": self.disabled,
            "created_at": self.created_at.isoformat(),
            "devices": self.devices,
        }


@dataclass(slots=True)
class _Record:
    id: str
    record_type: str
    owner: str
    private: bool
    visible_to: str | None
    refers_a: str | None
    refers_b: str | None
    erased: bool
    new: bool = False

    def base_visibility(self) -> str | None:
        return self.owner if self.private else None


def _now() -> datetime:
    return datetime.now(UTC)


def url_for(data_dir: str | Path | None = None, database: str | None = None) -> str:
    """The database URL the server uses: `--database` as given, else `server.db` in the data folder."""
    if database:
        parsed = make_url(database)
        if parsed.drivername in ("postgresql", "postgres"):
            parsed = parsed.set(drivername="postgresql+psycopg")
        return parsed.render_as_string(hide_password=False)
    if data_dir is None:
        from cardfile import paths

        data_dir = paths.data_dir() / "server"
    folder = Path(data_dir).expanduser()
    return f"sqlite:///{folder / 'server.db'}"


def describe(url: str) -> str:
    """The URL as it may be shown or logged: without its password."""
    return make_url(url).render_as_string(hide_password=True)


class ServerStore:
    """One server database. Thread-safe: every call takes its own connection and transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # The server's clocks (a test sets its own): the time sign-in limits count in, and the milliseconds that
        # bound how far ahead a pushed write may be stamped.
        self.now = _now
        self.wall = hlc.wall_millis
        self.is_postgres = engine.dialect.name == "postgresql"
        self._insert = pg_dialect.insert if self.is_postgres else sqlite_dialect.insert
        self._writers: AbstractContextManager[Any] = (
            _sqlite_writers(engine.url.database) if engine.dialect.name == "sqlite" else nullcontext()
        )

    # ----- opening -----

    @classmethod
    def open(cls, url: str) -> ServerStore:
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                paths.private_folder(Path(parsed.database).parent)
                paths.private_file(Path(parsed.database))  # its -wal and -shm follow its permissions
            engine = create_engine(url, pool_size=8, max_overflow=8)
            _configure_sqlite(engine)
        elif parsed.get_backend_name() == "postgresql":
            engine = create_engine(url, pool_size=8, max_overflow=8, pool_pre_ping=True)
        else:
            raise BadRequest(f"the server stores its data in SQLite or PostgreSQL, not {parsed.get_backend_name()}")
        store = cls(engine)
        store._upgrade()
        return store

    def close(self) -> None:
        self.engine.dispose()

    def _upgrade(self) -> None:
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(_MIGRATIONS))
        with self._transaction(write=True) as conn:
            if self.is_postgres:  # two processes starting at once must not both create the tables
                conn.execute(select(func.pg_advisory_xact_lock(_ADVISORY_LOCK + 1)))
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            if conn.execute(select(meta.c.value).where(meta.c.key == "server_id")).first() is None:
                conn.execute(meta.insert().values(key="server_id", value=str(uuid.uuid4())))

    @contextmanager
    def _transaction(self, *, write: bool) -> Iterator[Connection]:
        options = {"cardfile_write": True} if write else {}
        with (
            self._writers if write else nullcontext(),
            self.engine.connect().execution_options(**options) as conn,
            conn.begin(),
        ):
            if write and self.is_postgres:
                # Serialize the writers that assign sequence numbers: commit order is then sequence order.
                conn.execute(select(func.pg_advisory_xact_lock(_ADVISORY_LOCK)))
            yield conn

    def _meta(self, conn: Connection, key: str, default: str | None = None) -> str | None:
        row = conn.execute(select(meta.c.value).where(meta.c.key == key)).first()
        return row[0] if row else default

    def _set_meta(self, conn: Connection, key: str, value: str) -> None:
        stmt = self._insert(meta).values(key=key, value=value)
        conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": value}))

    def info(self) -> dict[str, Any]:
        with self._transaction(write=False) as conn:
            return {
                "server_id": self._meta(conn, "server_id"),
                "schema": SERVER_SCHEMA,
                "cursor": self._max_seq(conn),
                "horizon": int(self._meta(conn, "horizon", "0") or 0),
            }

    # ----- accounts -----

    def add_account(self, name: str, password: str, *, admin: bool = False) -> None:
        if not protocol.valid_user_name(name):
            raise BadRequest(f"{name!r} is not a valid user name (letters, digits, '.', '_', '@', '-'; at most 63)")
        check_password(password)
        hashed = auth.hash_password(password)  # before the transaction: hashing takes tens of milliseconds
        with self._transaction(write=True) as conn:
            if conn.execute(select(account.c.name).where(account.c.name == name)).first() is not None:
                raise BadRequest(f"there is already a user named {name!r}")
            conn.execute(
                account.insert().values(
                    name=name,
                    password_hash=hashed,
                    admin=admin,
                    disabled=False,
                    created_at=_now(),
                )
            )

    def accounts(self) -> list[AccountRead]:
        with self._transaction(write=False) as conn:
            counts: dict[str, int] = dict(
                conn.execute(
                    select(device.c.account, func.count())
                    .where(device.c.revoked_at.is_(None))
                    .group_by(device.c.account)
                ).all()
            )
            rows = conn.execute(select(account).order_by(account.c.name)).mappings().all()
        return [
            AccountRead(
                r["name"], bool(r["admin"]), bool(r["disabled"]), _aware(r["created_at"]), counts.get(r["name"], 0)
            )
            for r in rows
        ]

    def set_password(self, name: str, password: str) -> None:
        """A new password; the account's devices keep their tokens (revoke them with `disable` or per device)."""
        check_password(password)
        hashed = auth.hash_password(password)
        with self._transaction(write=True) as conn:
            done = conn.execute(update(account).where(account.c.name == name).values(password_hash=hashed))
            if done.rowcount == 0:
                raise UnknownAccount(f"there is no user named {name!r}")

    def disable_account(self, name: str) -> int:
        """Disable an account and revoke its devices' tokens; returns how many devices were revoked."""
        with self._transaction(write=True) as conn:
            done = conn.execute(update(account).where(account.c.name == name).values(disabled=True))
            if done.rowcount == 0:
                raise UnknownAccount(f"there is no user named {name!r}")
            revoked = conn.execute(
                update(device).where(device.c.account == name, device.c.revoked_at.is_(None)).values(revoked_at=_now())
            )
            return int(revoked.rowcount)

    # ----- devices -----

    def sign_in(self, name: str, password: str, device_id: str, device_name: str = "", *, client: str = "") -> str:
        """Exchange a password for a device token (a new one each time; the device's previous token is revoked).

        Failed sign-ins are limited per user name and per client address (see `_count_failure`): past the free
        ones, further attempts are refused without a look at the password until a wait has passed, doubling with
        each failure. The password is hashed for an unknown user too, so the time taken tells nobody who exists,
        and never inside a transaction: hashing takes tens of milliseconds, and the write lock would stall every
        push meanwhile.
        """
        keys = [f"user:{name[:64]}", *([f"address:{client[:100]}"] if client else [])]
        now = self.now()
        with self._transaction(write=False) as conn:
            if not protocol.valid_device_id(device_id) or device_id == self._meta(conn, "server_id"):
                raise BadRequest("a device id is letters, digits, '.', '_', ':' or '-' (at most 64), not the server's")
            blocked = conn.execute(
                select(sign_in_failure.c.key, sign_in_failure.c.blocked_until).where(
                    sign_in_failure.c.key.in_(keys), sign_in_failure.c.blocked_until > now
                )
            ).first()
            row = conn.execute(select(account).where(account.c.name == name)).mappings().first()
        if blocked is not None:
            wait = max(1, math.ceil((_aware(blocked.blocked_until) - now).total_seconds()))
            whom = f"for {name!r}" if blocked.key.startswith("user:") else "from this address"
            raise SignInLimited(f"too many failed sign-ins {whom}; try again in {_duration(wait * 1000)}", wait)
        stored = row["password_hash"] if row is not None else auth.unknown_user_hash()
        if not auth.verify_password(password, stored) or row is None:
            with self._transaction(write=True) as conn:
                for key in keys:
                    self._count_failure(conn, key, now)
            raise Unauthorized("wrong user name or password", "wrong_password")
        with self._transaction(write=True) as conn:
            row = conn.execute(select(account).where(account.c.name == name)).mappings().first()
            if row is None or row["disabled"]:
                raise Unauthorized(f"the user {name!r} is disabled on this server", "account_disabled", account=name)
            conn.execute(delete(sign_in_failure).where(sign_in_failure.c.key == keys[0]))
            owner = conn.execute(select(device.c.account).where(device.c.id == device_id)).first()
            if owner is not None and owner[0] != name:
                raise Forbidden(
                    f"this database already syncs as {owner[0]!r}; sign in as {owner[0]!r} or use another database",
                    "other_account",
                    account=owner[0],
                )
            token = auth.new_token()
            values = {"token_hash": auth.token_hash(token), "revoked_at": None, "last_seen_at": _now()}
            if owner is None:
                conn.execute(
                    device.insert().values(
                        id=device_id, account=name, name=device_name[:200], created_at=_now(), last_batch=0, **values
                    )
                )
            else:
                conn.execute(update(device).where(device.c.id == device_id).values(**values))
            return token

    def _count_failure(self, conn: Connection, key: str, now: datetime) -> None:
        """One more failed sign-in for a user name or an address. Failures older than SIGN_IN_WINDOW are forgotten;
        past the free ones (per user, per address) the next attempt must wait, twice as long after each failure,
        up to SIGN_IN_LONGEST_WAIT."""
        free = SIGN_IN_FREE_PER_USER if key.startswith("user:") else SIGN_IN_FREE_PER_ADDRESS
        conn.execute(delete(sign_in_failure).where(sign_in_failure.c.last_failure < now - SIGN_IN_WINDOW))
        found = conn.execute(select(sign_in_failure.c.failures).where(sign_in_failure.c.key == key)).first()
        failures = (found[0] if found else 0) + 1
        over = failures - free  # 0 at the last free failure: from then on, each attempt waits
        blocked = now + min(SIGN_IN_FIRST_WAIT * 2 ** min(over, 20), SIGN_IN_LONGEST_WAIT) if over >= 0 else None
        self.upsert(
            conn,
            sign_in_failure,
            ("key",),
            [{"key": key, "failures": failures, "last_failure": now, "blocked_until": blocked}],
        )

    def authenticate(self, token: str) -> Principal:
        with self._transaction(write=False) as conn:
            row = conn.execute(
                select(device.c.id, device.c.account, device.c.revoked_at, account.c.admin, account.c.disabled)
                .join(account, account.c.name == device.c.account)
                .where(device.c.token_hash == auth.token_hash(token))
            ).first()
        if row is None or row.revoked_at is not None:
            raise Unauthorized("this device's sign-in was revoked or is unknown; sign in again", "device_revoked")
        if row.disabled:
            raise Unauthorized(
                f"the user {row.account!r} is disabled on this server", "account_disabled", account=row.account
            )
        return Principal(row.account, row.id, bool(row.admin))

    def revoke_device(self, device_id: str) -> bool:
        with self._transaction(write=True) as conn:
            done = conn.execute(
                update(device).where(device.c.id == device_id, device.c.revoked_at.is_(None)).values(revoked_at=_now())
            )
            return done.rowcount > 0

    def devices(self, name: str | None = None) -> list[dict[str, Any]]:
        with self._transaction(write=False) as conn:
            query = select(device).order_by(device.c.account, device.c.created_at)
            if name is not None:
                query = query.where(device.c.account == name)
            return [
                {
                    "id": r["id"],
                    "user": r["account"],
                    "name": r["name"],
                    "created_at": _iso(r["created_at"]),
                    "last_seen_at": _iso(r["last_seen_at"]),
                    "revoked": r["revoked_at"] is not None,
                    "last_batch": r["last_batch"],
                }
                for r in conn.execute(query).mappings()
            ]

    # ----- push -----

    def push(self, who: Principal, request: PushRequest) -> dict[str, Any]:
        """Apply one numbered batch of a device's changes, once; the same batch sent again gets the stored answer.

        A batch stamped too far ahead of this server's clock is refused whole, and changes nothing: the device's
        clock is wrong, and its writes would win over everyone's for as long (see `sync.hlc`). A batch number this
        device used before for another batch (another nonce) is refused too: the database that sends it is a
        restored backup or a copy, and goes on as a new device.
        """
        now = self.wall()
        newest = max((e.hlc for e in request.entries), default=0)
        ahead = hlc.unpack(newest)[0] - now
        if ahead > hlc.MAX_AHEAD_MS:
            raise ClockAhead(
                f"this device's clock is {_duration(ahead)} ahead of the server's (at most "
                f"{_duration(hlc.MAX_AHEAD_MS)} is allowed): set its date and time right; the changes made meanwhile "
                "wait on the device",
                ahead_ms=ahead,
            )
        with self._transaction(write=True) as conn:
            stored = conn.execute(
                select(batch.c.response, batch.c.nonce).where(
                    batch.c.device_id == who.device_id, batch.c.number == request.batch
                )
            ).first()
            last = conn.execute(select(device.c.last_batch).where(device.c.id == who.device_id)).scalar_one()
            if stored is not None and stored.nonce == request.nonce:
                return dict(json.loads(stored.response), repeated=True)
            if stored is not None or request.batch <= last:
                raise BatchReused(
                    f"this device sent batch {request.batch} before with other changes: this database is a restored "
                    "backup or a copy of another, and syncs on as a new device"
                )
            if request.batch != last + 1:
                raise BatchOutOfOrder(f"expected batch {last + 1} from this device, got {request.batch}")
            response = _Push(self, conn, who, request).apply()
            conn.execute(
                batch.insert().values(
                    device_id=who.device_id,
                    number=request.batch,
                    nonce=request.nonce,
                    response=json.dumps(response),
                    created_at=_now(),
                )
            )
            conn.execute(
                update(device).where(device.c.id == who.device_id).values(last_batch=request.batch, last_seen_at=_now())
            )
            return response

    # ----- pull -----

    def pull(self, who: Principal, after: int, limit: int) -> dict[str, Any]:
        """The entries after `after` that this account may see, in sequence order, and the cursor to ask from next."""
        limit = max(1, min(limit, protocol.MAX_PULL_ENTRIES))
        with self._transaction(write=False) as conn:
            horizon = int(self._meta(conn, "horizon", "0") or 0)
            if 0 < after < horizon:
                raise SnapshotRequired(
                    "this device was away longer than the server keeps its change history; it starts again "
                    "from a snapshot"
                )
            # The top is read first: every entry up to it has committed (writers commit in sequence order).
            top = self._max_seq(conn)
            rows = conn.execute(
                select(*_WIRE_COLUMNS)
                .join(record, record.c.id == entry.c.record_id)
                .where(entry.c.seq > after, entry.c.seq <= top, _visible(who.account))
                .order_by(entry.c.seq)
                .limit(limit)
            ).all()
            entries = [protocol.entry_json(*r) for r in rows]
        more = len(entries) == limit and entries[-1]["s"] < top
        cursor = entries[-1]["s"] if more else max(top, after)
        # Whether this user administers the server: the device refuses, when they are made, erasures the server
        # would refuse (only a record's owner or an administrator erases it).
        return {"entries": entries, "cursor": cursor, "more": more, "admin": who.admin}

    def snapshot(self, who: Principal, after_record: str, limit: int) -> dict[str, Any]:
        """Current values of the records this account may see, a page of records at a time, by record id, in the
        compact form of `protocol.snapshot_page`.

        `cursor` is where pulling continues once every page is applied: the top of the sequence when the page was
        read. Changes made while a device walks the snapshot are pulled after it, and applying them twice is
        harmless (a merge of a write already held changes nothing).
        """
        limit = max(1, min(limit, protocol.MAX_SNAPSHOT_RECORDS))
        with self._transaction(write=False) as conn:
            top = self._max_seq(conn)
            ids = list(
                conn.execute(
                    select(record.c.id)
                    .where(record.c.id > after_record, record.c.erased.is_(False), _record_visible(who.account))
                    .order_by(record.c.id)
                    .limit(limit)
                ).scalars()
            )
            rows: list[Any] = []
            for chunk in _chunks(ids):
                rows += conn.execute(
                    select(*_WIRE_COLUMNS[:7])
                    .join(field_state, field_state.c.seq == entry.c.seq)
                    .where(field_state.c.record_id.in_(chunk))
                    .order_by(field_state.c.record_id, entry.c.seq)
                ).all()
            last_page = len(ids) < limit
            hidings: list[dict[str, Any]] = []
            if last_page:
                # What a device must drop: records erased everywhere, or now private to someone else. A device
                # that starts again from a snapshot may still hold them from before.
                # A record hidden once and visible to this account again keeps its '$hidden' entry, for devices
                # that pull: a snapshot takes the record as it is.
                hidings = [
                    protocol.entry_json(*r)
                    for r in conn.execute(
                        select(*_WIRE_COLUMNS)
                        .join(record, record.c.id == entry.c.record_id)
                        .where(
                            entry.c.audience == "all",
                            entry.c.seq <= top,
                            (entry.c.field != HIDDEN) | ~_record_visible(who.account),
                        )
                        .order_by(entry.c.seq)
                    )
                ]
        return protocol.snapshot_page(rows, hidings, None if last_page else ids[-1], top)

    def compact(self, keep_after: int) -> int:
        """Forget entries up to `keep_after` that no longer hold a current value; devices whose cursor is older
        start again from a snapshot. Returns how many entries were removed."""
        with self._transaction(write=True) as conn:
            winning = select(field_state.c.seq)
            done = conn.execute(
                delete(entry).where(entry.c.seq <= keep_after, entry.c.seq.not_in(winning), entry.c.audience.is_(None))
            )
            horizon = int(self._meta(conn, "horizon", "0") or 0)
            self._set_meta(conn, "horizon", str(max(horizon, keep_after)))
            return int(done.rowcount)

    def _max_seq(self, conn: Connection) -> int:
        return int(conn.execute(select(func.coalesce(func.max(entry.c.seq), 0))).scalar_one())

    def upsert(self, conn: Connection, table: Any, keys: Sequence[str], rows: list[dict[str, Any]]) -> None:
        """Insert rows, or update the ones whose key exists (SQLite and PostgreSQL say it the same way)."""
        if not rows:
            return
        stmt = self._insert(table)
        columns = [c for c in rows[0] if c not in keys]
        stmt = stmt.on_conflict_do_update(index_elements=list(keys), set_={c: stmt.excluded[c] for c in columns})
        conn.execute(stmt, rows)


class _Push:
    """One batch applied in one transaction: the values' rules, authorization, last-writer-wins per field, conflicts,
    visibility."""

    def __init__(self, store: ServerStore, conn: Connection, who: Principal, request: PushRequest) -> None:
        self.store = store
        self.conn = conn
        self.who = who
        self.request = request
        self.next_seq = store._max_seq(conn) + 1
        self.records: dict[str, _Record] = {}
        self.states: dict[tuple[str, str], tuple[int, int, str]] = {}  # (record, field) -> (seq, hlc, device)
        self.state_changed: set[tuple[str, str]] = set()
        self.new_entries: list[dict[str, Any]] = []
        self.new_values: dict[int, str | None] = {}  # seq -> value, for this batch's own entries
        self.touched: set[str] = set()  # records whose owner, privacy or links changed
        self.conflicts = 0
        self.discarded = 0
        self.refused: set[str] = set()
        self.overruled: list[dict[str, str]] = []  # writes this user may not make: record, field and why
        self.hidden: set[str] = set()  # records made private to another user since: the device drops them
        self.hidden_once: dict[str, bool] = {}
        self.absent: set[str] = set()  # ids looked up and not held by the server (before this batch)

    def apply(self) -> dict[str, Any]:
        entries = self.request.entries
        for e in entries:
            if e.device_id != self.who.device_id:
                raise BadRequest(f"entry for {e.record_id} names device {e.device_id!r}, not the signed-in device")
            if e.user != self.who.account:
                raise BadRequest(f"entry for {e.record_id} names user {e.user!r}, not {self.who.account!r}")
            if e.field == HIDDEN:
                raise BadRequest("'$hidden' entries are the server's own")
        ids = {e.record_id for e in entries}
        # What this batch writes, by record: a reference may name a record the same batch creates.
        self.batch_types = {e.record_id: e.record_type for e in entries if e.field != ERASED}
        self._load(ids | _references(entries))  # in one go: a bulk push names each company a thousand times
        known = self._known_writes(ids)
        for e in entries:
            if (e.record_id, e.field, e.hlc) in known:
                continue  # delivered before under another batch number: written once
            known.add((e.record_id, e.field, e.hlc))
            self._take(e)
        self._flush()
        through = max((e.seq for e in entries), default=0)
        return {
            "batch": self.request.batch,
            "accepted": len(entries) - self.discarded,
            "discarded": self.discarded,
            "conflicts": self.conflicts,
            "refused": sorted(self.refused),
            "overruled": self.overruled,
            "hidden": sorted(self.hidden),
            "through": through,
        }

    # ----- loading -----

    def _load(self, ids: Iterable[str]) -> None:
        wanted = [i for i in ids if i not in self.records and i not in self.absent]
        self.absent.update(wanted)  # until found below: the server holds no such record
        for chunk in _chunks(wanted):
            for r in self.conn.execute(select(record).where(record.c.id.in_(chunk))).mappings():
                self.absent.discard(r["id"])
                self.records[r["id"]] = _Record(
                    r["id"],
                    r["record_type"],
                    r["owner"],
                    bool(r["private"]),
                    r["visible_to"],
                    r["refers_a"],
                    r["refers_b"],
                    bool(r["erased"]),
                )
            for s in self.conn.execute(select(field_state).where(field_state.c.record_id.in_(chunk))).mappings():
                self.states[(s["record_id"], s["field"])] = (s["seq"], s["hlc"], s["device_id"])

    def _known_writes(self, ids: Iterable[str]) -> set[tuple[str, str, int]]:
        known: set[tuple[str, str, int]] = set()
        for chunk in _chunks(list(ids)):
            rows = self.conn.execute(
                select(entry.c.record_id, entry.c.field, entry.c.hlc).where(
                    entry.c.record_id.in_(chunk), entry.c.device_id == self.who.device_id
                )
            )
            known.update((r[0], r[1], r[2]) for r in rows)
        return known

    def _value_at(self, seq: int) -> str | None:
        if seq in self.new_values:
            return self.new_values[seq]
        return self.conn.execute(select(entry.c.value).where(entry.c.seq == seq)).scalar_one_or_none()

    # ----- one entry -----

    def _take(self, e: Entry) -> None:
        rec = self.records.get(e.record_id)
        if rec is not None and rec.erased:
            self.discarded += 1  # the record was erased everywhere: its late edits must not bring values back
            return
        if rec is not None and (rec.record_type != e.record_type or rec.visible_to not in (None, self.who.account)):
            # A record of another type, or private to another user: nothing of the write is kept. A record that was
            # shared once and made private since (perhaps since this device last pulled) is named in the answer,
            # so the device drops it and tells the person their change was not kept — every account pulls the
            # record's '$hidden' entry anyway, so this tells nobody anything new. Otherwise the answer is the one a
            # write to an id the server does not hold gets: nobody learns from it what exists.
            if rec.record_type == e.record_type and self._made_private(rec):
                self._refuse(
                    e,
                    f"{e.record_type} {e.record_id} was made private by its owner; the change was not kept",
                    "private",
                )
                self.hidden.add(e.record_id)
            return
        if rec is None and e.record_type == CONFLICT and self._about_erased(e):
            # A conflict (or a decision on one) about a record erased while this device was away: its values must
            # not come back, and the server no longer holds the conflict.
            self.discarded += 1
            return
        if rec is None and e.record_type == CONFLICT and self._about_hidden(e):
            return  # about a record this user may not see: nothing of it is kept, and nothing said
        problem = self._unfit(rec, e)
        if problem is not None and e.record_type == CONFLICT:
            self._refuse(e, problem, "unfit")  # a conflict the devices could not read: not kept, nothing to restate
            return
        if rec is None:
            rec = self._new_record(e)
        if e.field == ERASED:
            self._erase(rec, e)
            return
        why = ("unfit", problem) if problem is not None else self._forbidden(rec, e)
        if why is not None:
            self._overrule(rec, e, *why)
            return
        seq = self._append(e)
        key = (e.record_id, e.field)
        state = self.states.get(key)
        if state is not None and state[2] != e.device_id and state[0] > self.request.base:
            # Neither writer had seen the other's write: whichever loses goes to the conflict log.
            current = self._value_at(state[0])
            if current != e.value and e.record_type != CONFLICT:
                winner_loser = conflict_between(
                    e,
                    _side(current, state, self._account_of(state[0])),
                    record_type=e.record_type,
                    record_id=e.record_id,
                    field=e.field,
                )
                self._record_conflict(winner_loser, rec)
        if state is None or (e.hlc, e.device_id) > (state[1], state[2]):
            self.states[key] = (seq, e.hlc, e.device_id)
            self.state_changed.add(key)
            self._note_metadata(rec, e)

    def _unfit(self, rec: _Record | None, e: Entry) -> str | None:
        """Why no device could hold this value (its type, size or reference), in words; None when it fits.

        The same rules a device checks a pulled value with (`domain.field_rules`): a value one device may write,
        every other can take."""
        if e.field == ERASED:
            return None
        try:
            if e.record_type == CONFLICT:
                value = decode(e.value)
                if e.field == CONFLICT_BODY:
                    check_conflict_body(value)
                elif e.field == RESOLVED:
                    check_resolution(value)
                else:
                    raise Unfit(f"a conflict has no field {e.field!r}")
                return None
            value = check_field(e.record_type, e.field, e.value)
        except Unfit as unfit:
            return f"{e.field} of {e.record_type} {e.record_id} cannot be kept: {unfit}"
        return self._unsound_reference(e, value)

    def _unsound_reference(self, e: Entry, value: Any) -> str | None:
        """Why a reference cannot stand (it names no record of its type that this user can see), or None.

        Whether the record is unknown, erased, of another type or private to someone else, the words are the same:
        the answer must not tell which."""
        if value is None:
            return None
        rule = rule_for(e.record_type, e.field)
        if e.record_type == "link" and e.field in LINK_ENDS:
            wanted = self._field_value(e.record_id, LINK_ENDS[e.field])
        elif rule is not None and rule.refers_to is not None:
            wanted = rule.refers_to.value
        else:
            return None
        seed = SEED_RECORDS.get(value)
        if seed is not None:
            found: str | None = seed.value
        else:
            target = self._get(value)
            if target is None:
                found = self.batch_types.get(value)
            elif target.erased or target.visible_to not in (None, self.who.account):
                found = None
            else:
                found = target.record_type
        if found is None or (wanted is not None and found != wanted):
            return (
                f"{e.field} of {e.record_type} {e.record_id} names no {wanted or 'record'} {self.who.account!r} can see"
            )
        return None

    def _field_value(self, record_id: str, field: str) -> Any:
        """A field's value as this batch leaves it so far, or as the server holds it; None when never written."""
        state = self.states.get((record_id, field))
        if state is None:
            return None
        try:
            return decode(self._value_at(state[0]))
        except Unfit:
            return None

    def _refuse(self, e: Entry, problem: str, code: str, owner: str | None = None) -> None:
        """Keep nothing of a write and say why (a write that had no value here before to restate)."""
        self.refused.add(e.record_id)
        self.overruled.append(_overruled(e, problem, code, owner))
        self.discarded += 1
        log.info("push from %s (%s): %s; the write is refused", self.who.account, self.who.device_id, problem)

    def _made_private(self, rec: _Record) -> bool:
        """Whether a record was shared once and made private since (its '$hidden' entry says so)."""
        if rec.id not in self.hidden_once:
            found = self.conn.execute(
                select(entry.c.seq).where(entry.c.record_id == rec.id, entry.c.field == HIDDEN).limit(1)
            ).first()
            self.hidden_once[rec.id] = found is not None
        return self.hidden_once[rec.id]

    def _about_erased(self, e: Entry) -> bool:
        """Whether a conflict the server does not hold is about an erased record (a decision on one: certainly)."""
        if e.field != CONFLICT_BODY:
            return True
        target = self._get(str(_conflict_target(e)))
        return target is not None and target.erased

    def _about_hidden(self, e: Entry) -> bool:
        """Whether a conflict the server does not hold is about a record private to another user."""
        target = self._get(str(_conflict_target(e)))
        return target is not None and target.visible_to not in (None, self.who.account)

    def _new_record(self, e: Entry) -> _Record:
        rec = _Record(e.record_id, e.record_type, self.who.account, False, None, None, None, False, new=True)
        if e.record_type == CONFLICT:
            rec.refers_a = str(_conflict_target(e))
        self.records[e.record_id] = rec
        self.touched.add(rec.id)
        return rec

    def _forbidden(self, rec: _Record, e: Entry) -> tuple[str, str] | None:
        """Why this user may not make this write (its code, see `_overruled`, and words), or None."""
        if e.field == "owner_id" and not self.who.admin and _loads(e.value) != self.who.account:
            return "give", f"only an administrator may give {e.record_type} {e.record_id} to another user"
        if e.field == "owner_id" and not self.who.admin and rec.owner != self.who.account and not rec.new:
            # Taking a colleague's record would let its taker make it private and hide it from its owner.
            return "take", f"only an administrator may take {e.record_type} {e.record_id} from {rec.owner!r}"
        if e.field == "private" and rec.owner != self.who.account and not rec.new:
            return "owner_only", f"only the owner of {e.record_type} {e.record_id} may make it private or public"
        return None

    def _overrule(self, rec: _Record, e: Entry, code: str, problem: str) -> None:
        """Refuse one write, not the batch: the rest of it lands, the answer says why, and the field's value as
        the server holds it is written again just after the refused write, so the device that made it (and only
        it holds that value) takes the held value back with its next pull. The refused value is stored nowhere."""
        self.refused.add(e.record_id)
        self.overruled.append(_overruled(e, problem, code, rec.owner if code == "take" else None))
        self.discarded += 1
        log.info("push from %s (%s): %s; the write is overruled", self.who.account, self.who.device_id, problem)
        key = (e.record_id, e.field)
        state = self.states.get(key)
        if state is not None and (state[1], state[2]) > (e.hlc, e.device_id):
            return  # a later write holds the field: the device gets that one with its next pull anyway
        if state is not None:
            held, account = self._value_at(state[0]), self._account_of(state[0])
        else:  # never written here: what the field holds when nothing was (its creator owns the record)
            held = json.dumps(rec.owner) if e.field == "owner_id" else _default_text(e.record_type, e.field)
            account = self.who.account
        restated = Entry(e.record_type, e.record_id, e.field, held, e.hlc + 1, SERVER_DEVICE, account)
        self.states[key] = (self._append(restated), restated.hlc, restated.device_id)
        self.state_changed.add(key)

    def _account_of(self, seq: int) -> str:
        for row in self.new_entries:
            if row["seq"] == seq:
                return str(row["account"])
        return str(self.conn.execute(select(entry.c.account).where(entry.c.seq == seq)).scalar_one())

    def _append(self, e: Entry, *, audience: str | None = None) -> int:
        seq = self.next_seq
        self.next_seq += 1
        self.new_entries.append(
            {
                "seq": seq,
                "record_type": e.record_type,
                "record_id": e.record_id,
                "field": e.field,
                "value": e.value,
                "hlc": e.hlc,
                "device_id": e.device_id,
                "account": e.user,
                "audience": audience,
            }
        )
        self.new_values[seq] = e.value
        return seq

    def _record_conflict(self, body: Any, rec: _Record) -> None:
        cid = body.conflict_id
        if (cid, CONFLICT_BODY) in self.states:
            return
        self._load([cid])
        if cid in self.records:
            return
        hlc = max(body.winner.hlc, body.loser.hlc)
        conflict_entry = body.entry(hlc=hlc, device_id=SERVER_DEVICE, user=self.who.account)
        crec = _Record(cid, CONFLICT, rec.owner, False, rec.visible_to, rec.id, None, False, new=True)
        self.records[cid] = crec
        self.touched.add(cid)
        seq = self._append(conflict_entry)
        self.states[(cid, CONFLICT_BODY)] = (seq, hlc, SERVER_DEVICE)
        self.state_changed.add((cid, CONFLICT_BODY))
        self.conflicts += 1

    def _note_metadata(self, rec: _Record, e: Entry) -> None:
        if e.field == "owner_id":
            rec.owner = str(_loads(e.value) or self.who.account)
        elif e.field == "private":
            rec.private = bool(_loads(e.value))
        elif e.record_type == "link" and e.field == "source_id":
            rec.refers_a = _loads(e.value)
        elif e.record_type == "link" and e.field == "target_id":
            rec.refers_b = _loads(e.value)
        else:
            return
        self.touched.add(rec.id)

    def _may_erase(self, rec: _Record) -> bool:
        """Only a record's owner or an administrator erases it (anyone who sees it may move it to the Trash); a link
        goes with either of the records it joins, so the owner of either may erase it too."""
        if rec.new or self.who.admin or rec.owner in (self.who.account, ""):
            return True
        if rec.record_type == "link":
            ends = [self._get(rec.refers_a), self._get(rec.refers_b)]
            return any(end is not None and end.owner == self.who.account for end in ends)
        return False

    def _erase(self, rec: _Record, e: Entry) -> None:
        if not self._may_erase(rec):
            self._refuse(
                e,
                f"only {rec.owner!r} or an administrator may erase {e.record_type} {e.record_id}; it was not erased",
                "erase",
                rec.owner,
            )
            self._resend(rec)
            return
        conn = self.conn
        doomed = [
            rec.id,
            *conn.execute(
                select(record.c.id).where(record.c.record_type == CONFLICT, record.c.refers_a == rec.id)
            ).scalars(),
        ]
        doomed += [r.id for r in self.records.values() if r.record_type == CONFLICT and r.refers_a == rec.id]
        for rid in set(doomed):
            conn.execute(delete(entry).where(entry.c.record_id == rid))
            conn.execute(delete(field_state).where(field_state.c.record_id == rid))
            self.new_entries = [row for row in self.new_entries if row["record_id"] != rid]
            for key in [k for k in self.states if k[0] == rid]:
                del self.states[key]
                self.state_changed.discard(key)
            if rid != rec.id:
                conn.execute(delete(record).where(record.c.id == rid))
                self.records.pop(rid, None)
                self.touched.discard(rid)
        rec.erased = True
        self.touched.add(rec.id)
        self._append(e, audience="all")

    # ----- writing -----

    def _flush(self) -> None:
        store, conn = self.store, self.conn
        self._propagate_visibility()
        if self.new_entries:
            conn.execute(entry.insert(), self.new_entries)
        store.upsert(
            conn,
            field_state,
            ("record_id", "field"),
            [
                {"record_id": rid, "field": f, "seq": s[0], "hlc": s[1], "device_id": s[2]}
                for (rid, f) in self.state_changed
                if (s := self.states.get((rid, f))) is not None
            ],
        )
        store.upsert(
            conn,
            record,
            ("id",),
            [
                {
                    "id": r.id,
                    "record_type": r.record_type,
                    "owner": r.owner,
                    "private": r.private,
                    "visible_to": r.visible_to,
                    "refers_a": r.refers_a,
                    "refers_b": r.refers_b,
                    "erased": r.erased,
                }
                for rid in self.touched
                if (r := self.records.get(rid)) is not None
            ],
        )

    def _propagate_visibility(self) -> None:
        """Work out who may see the records this batch touched, and everything whose visibility follows theirs.

        A record that becomes private to someone is announced as `$hidden` to everyone (the id only), so other
        accounts' devices drop it; one that becomes visible again has its current entries moved to the end of the
        sequence, so devices that never had it pull it.
        """
        pending = set(self.touched)
        seen: set[str] = set()
        while pending:
            rid = pending.pop()
            if rid in seen and rid not in self.touched:
                continue
            seen.add(rid)
            rec = self.records.get(rid)
            if rec is None or rec.erased:
                continue
            dependents = self._dependents(rec)
            self._load(dependents)
            visible = self._visibility(rec)
            if visible != rec.visible_to:
                before = rec.visible_to
                rec.visible_to = visible
                self.touched.add(rid)
                if not rec.new:
                    self._announce(rec, before)
                pending.update(d for d in dependents if d not in seen)
            elif rid in self.touched:
                pending.update(d for d in dependents if d not in seen and self.records.get(d) is not None)
                seen.update(dependents)

    def _dependents(self, rec: _Record) -> list[str]:
        """Records whose visibility follows this one's: links to and from it, what it is linked from, conflicts."""
        rows = self.conn.execute(
            select(record.c.id, record.c.refers_a).where((record.c.refers_a == rec.id) | (record.c.refers_b == rec.id))
        ).all()
        out = {r[0] for r in rows}
        out.update(r.id for r in self.records.values() if rec.id in (r.refers_a, r.refers_b))
        if rec.record_type == "link" and rec.refers_a:
            out.add(rec.refers_a)  # the activity or note the link belongs to
        for rid in list(out):
            link = self.records.get(rid)
            if link is not None and link.record_type == "link" and link.refers_b == rec.id and link.refers_a:
                out.add(link.refers_a)
        out.discard(rec.id)
        return sorted(out)

    def _visibility(self, rec: _Record) -> str | None:
        own = rec.base_visibility()
        if own is not None:
            return own
        if rec.record_type == CONFLICT:
            target = self._get(rec.refers_a)
            # As the target's visibility will be, not as stored: in one batch a conflict may be visited first.
            return self._visibility(target) if target is not None else None
        if rec.record_type == "link":
            for end in (rec.refers_a, rec.refers_b):
                other = self._get(end)
                if other is not None and other.base_visibility() is not None:
                    return other.base_visibility()
            return None
        if rec.record_type in _INHERITS_PRIVACY:
            links = self.conn.execute(
                select(record.c.refers_b).where(record.c.record_type == "link", record.c.refers_a == rec.id)
            ).scalars()
            targets = set(links) | {
                r.refers_b for r in self.records.values() if r.record_type == "link" and r.refers_a == rec.id
            }
            for target_id in sorted(t for t in targets if t):
                target = self._get(target_id)
                # Only the owner's own records go private with it: otherwise linking a colleague's activity to
                # one's private contact would hide it from the colleague.
                if target is not None and target.base_visibility() is not None and target.owner == rec.owner:
                    return target.base_visibility()
        return None

    def _get(self, rid: str | None) -> _Record | None:
        if rid is None:
            return None
        if rid not in self.records:
            self._load([rid])
        return self.records.get(rid)

    def _announce(self, rec: _Record, before: str | None) -> None:
        """Tell every device of a change in who may see a record: '$hidden' (the id and the account it is private
        to, nothing else) to everyone, so devices of other accounts drop it; and when it becomes visible to more
        accounts, its current values once more after that, so that those accounts' devices take it in again as the
        server holds it — not with a write of their own that the server refused meanwhile."""
        hidden_to = rec.visible_to if rec.visible_to is not None else before
        if hidden_to is not None:
            hidden = Entry(rec.record_type, rec.id, HIDDEN, json.dumps(hidden_to), 1, SERVER_DEVICE, rec.owner)
            self.conn.execute(delete(entry).where(entry.c.record_id == rec.id, entry.c.field == HIDDEN))
            self.new_entries = [r for r in self.new_entries if not (r["record_id"] == rec.id and r["field"] == HIDDEN)]
            self._append(hidden, audience="all")
        if before is not None:
            self._resend(rec)

    def _resend(self, rec: _Record) -> None:
        """Move a record's current values (and its conflicts') to the end of the sequence: devices that do not hold
        it — it was hidden from them, or they erased it and the server refused — pull it again whole."""
        ids = {rec.id}
        ids.update(
            self.conn.execute(
                select(record.c.id).where(record.c.record_type == CONFLICT, record.c.refers_a == rec.id)
            ).scalars()
        )
        ids.update(r.id for r in self.records.values() if r.record_type == CONFLICT and r.refers_a == rec.id)
        pending = {row["seq"]: row for row in self.new_entries}  # this batch's entries, not written yet
        for record_id in sorted(ids):
            rows = self.conn.execute(select(field_state).where(field_state.c.record_id == record_id)).mappings().all()
            held = {(s["record_id"], s["field"]): (s["seq"], s["hlc"], s["device_id"]) for s in rows}
            held.update({k: v for k, v in self.states.items() if k[0] == record_id})
            for key, (old_seq, stamp, device_id) in held.items():
                seq = self.next_seq
                self.next_seq += 1
                if old_seq in pending:  # written by this batch: it must follow the '$hidden' entry too
                    pending[old_seq]["seq"] = seq
                    self.new_values[seq] = self.new_values.pop(old_seq)
                else:
                    self.conn.execute(update(entry).where(entry.c.seq == old_seq).values(seq=seq))
                self.states[key] = (seq, stamp, device_id)
                self.state_changed.add(key)


def check_password(password: str) -> None:
    if len(password) < 8:
        raise BadRequest("a password needs at least 8 characters")


def _visible(account_name: str) -> Any:
    return (entry.c.audience == "all") | _record_visible(account_name)


def _record_visible(account_name: str) -> Any:
    return record.c.visible_to.is_(None) | (record.c.visible_to == account_name)


# An entry's columns in the order `protocol.entry_json` takes them: pages are built from rows, without Entries.
_WIRE_COLUMNS = (
    entry.c.record_type,
    entry.c.record_id,
    entry.c.field,
    entry.c.value,
    entry.c.hlc,
    entry.c.device_id,
    entry.c.account,
    entry.c.seq,
)


def _conflict_target(e: Entry) -> str:
    """The id of the record a conflict entry is about (its body names it); '' when it names none."""
    try:
        body = decode(e.value) if e.field == CONFLICT_BODY else None
    except Unfit:
        return ""
    target = body.get("record_id", "") if isinstance(body, dict) else ""
    return target if isinstance(target, str) else ""


def _references(entries: Iterable[Entry]) -> set[str]:
    """The record ids the entries' reference fields name (a company, a link's ends …)."""
    out = set()
    for e in entries:
        text = e.value
        if text is None or len(text) > 70 or not (e.field.endswith("_id") and e.field != "owner_id"):
            continue
        try:
            value = json.loads(text)
        except ValueError:
            continue
        if isinstance(value, str):
            out.add(value)
    return out


def _default_text(record_type: str, field: str) -> str | None:
    """The change-log text of what a field holds when nothing was written to it (None: SQL NULL)."""
    rule = rule_for(record_type, field)
    default = rule.default if rule is not None else None
    return None if default is None else json.dumps(default)


def _entry_of(r: Any) -> Entry:
    return Entry(
        r["record_type"], r["record_id"], r["field"], r["value"], r["hlc"], r["device_id"], r["account"], r["seq"]
    )


def _side(value: str | None, state: tuple[int, int, str], user: str) -> Any:
    from cardfile.sync.merge import Side

    return Side(value, state[1], state[2], user)


def _loads(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError as exc:
        raise BadRequest(f"a value is not JSON: {text[:40]!r}") from exc


def _duration(millis: int) -> str:
    """A span of time as a person says it: '2 h 5 min', '12 min', '40 s'."""
    seconds = max(1, round(millis / 1000))
    if seconds < 60:
        return f"{seconds} s"
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    return f"{round(hours / 24)} days"


def _chunks(items: Sequence[str]) -> Iterator[list[str]]:
    items = list(items)
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _iso(value: datetime | None) -> str | None:
    return _aware(value).isoformat() if value is not None else None


_SQLITE_WRITERS: dict[str, threading.Lock] = {}
_SQLITE_WRITERS_GUARD = threading.Lock()


def _sqlite_writers(database: str | None) -> threading.Lock:
    """The lock this process's writers to one SQLite server database take in turn, before SQLite's own.

    SQLite lets a writer that finds its write lock taken poll for it (the busy timeout): after a few quick tries it
    looks only every 100 ms, and a writer that just arrived, trying every millisecond, takes the lock first. Under
    load — every request thread pushing — one push could then wait out the whole busy timeout behind the others'
    and fail with "database is locked". Queued here, each waits only for the writers ahead of it; the busy timeout
    is left for other processes (an administrator's command next to a running server).
    """
    with _SQLITE_WRITERS_GUARD:
        return _SQLITE_WRITERS.setdefault(str(Path(database or ":memory:").resolve()), threading.Lock())


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        dbapi_conn.execute("PRAGMA busy_timeout = 10000")
        dbapi_conn.execute("PRAGMA journal_mode = WAL")
        dbapi_conn.execute("PRAGMA synchronous = NORMAL")
        # An erased record's values are overwritten with zeros, not left in the file's free pages (DESIGN.md §2).
        dbapi_conn.execute("PRAGMA secure_delete = ON")

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = "IMMEDIATE" if conn.get_execution_options().get("cardfile_write") else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")


__all__ = ["Principal", "ServerError", "ServerStore", "metadata"]


def _overruled(e: Entry, problem: str, code: str, owner: str | None) -> dict[str, str]:
    """One item of a push answer's `overruled`: which write, why in English, and why as a code (see
    protocol.OVERRULED_CODES) with the account it names, for the device to say it in its reader's language."""
    item = {"record_type": e.record_type, "record_id": e.record_id, "field": e.field, "reason": problem, "code": code}
    if owner is not None:
        item["owner"] = owner
    return item
