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
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, delete, event, func, select, update
from sqlalchemy.dialects import postgresql as pg_dialect
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.engine import make_url

from cardfile import paths, resources
from cardfile.server import auth
from cardfile.server.tables import account, batch, device, entry, field_state, meta, metadata, record
from cardfile.sync import protocol
from cardfile.sync.merge import conflict_between
from cardfile.sync.protocol import CONFLICT, CONFLICT_BODY, ERASED, HIDDEN, Entry, PushRequest

log = logging.getLogger("cardfile.server")

SERVER_SCHEMA = "s0001"
_MIGRATIONS = resources.server_migrations()
_ADVISORY_LOCK = 0x43415244  # 'CARD'
_CHUNK = 500
# Records whose privacy is inherited from what they are linked to (DESIGN §4: "its activities, notes, deal roles").
_INHERITS_PRIVACY = frozenset({"activity", "note"})


class ServerError(Exception):
    """An answer other than success: an HTTP status, a stable code and a sentence for the person at the device."""

    status = 400
    code = "bad_request"

    def __init__(self, message: str) -> None:
        self.message = message
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
        with self._transaction(write=True) as conn:
            if conn.execute(select(account.c.name).where(account.c.name == name)).first() is not None:
                raise BadRequest(f"there is already a user named {name!r}")
            conn.execute(
                account.insert().values(
                    name=name,
                    password_hash=auth.hash_password(password),
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
        with self._transaction(write=True) as conn:
            done = conn.execute(
                update(account).where(account.c.name == name).values(password_hash=auth.hash_password(password))
            )
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

    def sign_in(self, name: str, password: str, device_id: str, device_name: str = "") -> str:
        """Exchange a password for a device token (a new one each time; the device's previous token is revoked)."""
        if not device_id or len(device_id) > 64:
            raise BadRequest("a device id is required")
        with self._transaction(write=True) as conn:
            row = conn.execute(select(account).where(account.c.name == name)).mappings().first()
            if row is None or not auth.verify_password(password, row["password_hash"]):
                raise Unauthorized("wrong user name or password")
            if row["disabled"]:
                raise Unauthorized(f"the user {name!r} is disabled on this server")
            owner = conn.execute(select(device.c.account).where(device.c.id == device_id)).first()
            if owner is not None and owner[0] != name:
                raise Forbidden(
                    f"this database already syncs as {owner[0]!r}; sign in as {owner[0]!r} or use another database"
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

    def authenticate(self, token: str) -> Principal:
        with self._transaction(write=False) as conn:
            row = conn.execute(
                select(device.c.id, device.c.account, device.c.revoked_at, account.c.admin, account.c.disabled)
                .join(account, account.c.name == device.c.account)
                .where(device.c.token_hash == auth.token_hash(token))
            ).first()
        if row is None or row.revoked_at is not None:
            raise Unauthorized("this device's sign-in was revoked or is unknown; sign in again")
        if row.disabled:
            raise Unauthorized(f"the user {row.account!r} is disabled on this server")
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
        """Apply one numbered batch of a device's changes, once; a repeated batch gets the stored answer."""
        with self._transaction(write=True) as conn:
            stored = conn.execute(
                select(batch.c.response).where(batch.c.device_id == who.device_id, batch.c.number == request.batch)
            ).first()
            if stored is not None:
                return dict(json.loads(stored[0]), repeated=True)
            last = conn.execute(select(device.c.last_batch).where(device.c.id == who.device_id)).scalar_one()
            if request.batch != last + 1:
                raise BatchOutOfOrder(f"expected batch {last + 1} from this device, got {request.batch}")
            response = _Push(self, conn, who, request).apply()
            conn.execute(
                batch.insert().values(
                    device_id=who.device_id, number=request.batch, response=json.dumps(response), created_at=_now()
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
        return {"entries": entries, "cursor": cursor, "more": more}

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
                hidings = [
                    protocol.entry_json(*r)
                    for r in conn.execute(
                        select(*_WIRE_COLUMNS)
                        .where(entry.c.audience == "all", entry.c.seq <= top)
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
    """One batch applied in one transaction: authorization, last-writer-wins per field, conflicts, visibility."""

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
        self.hidden: set[str] = set()  # refused as private to another user: the device drops them
        self.overruled: list[dict[str, str]] = []  # writes this user may not make: record, field and why

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
        self._load(ids)
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
        wanted = [i for i in ids if i not in self.records]
        for chunk in _chunks(wanted):
            for r in self.conn.execute(select(record).where(record.c.id.in_(chunk))).mappings():
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
        if rec is not None and rec.record_type != e.record_type:
            raise BadRequest(f"record {e.record_id} is a {rec.record_type}, not a {e.record_type}")
        if rec is not None and rec.visible_to not in (None, self.who.account):
            # Private to another user (perhaps since this device last pulled): nothing of it is written, and the
            # answer names it among the records the device must drop, as the '$hidden' entry it pulls would; should
            # the record be made public again, the device gets it back from the server, without its refused writes.
            self.refused.add(e.record_id)
            self.hidden.add(e.record_id)
            self.discarded += 1
            return
        if rec is None and e.record_type == CONFLICT and self._about_erased(e):
            # A conflict (or a decision on one) about a record erased while this device was away: its values must
            # not come back, and the server no longer holds the conflict.
            self.discarded += 1
            return
        if rec is None and e.record_type == CONFLICT and self._about_hidden(e):
            self.refused.add(e.record_id)  # about a record private to another user: nothing of it is kept
            self.discarded += 1
            return
        if rec is None:
            rec = self._new_record(e)
        if e.field == ERASED:
            self._erase(rec, e)
            return
        problem = self._forbidden(rec, e)
        if problem is not None:
            self._overrule(rec, e, problem)
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

    def _forbidden(self, rec: _Record, e: Entry) -> str | None:
        """Why this user may not make this write, or None."""
        if e.field == "owner_id" and not self.who.admin and _loads(e.value) != self.who.account:
            return f"only an administrator may give {e.record_type} {e.record_id} to another user"
        if e.field == "owner_id" and not self.who.admin and rec.owner != self.who.account and not rec.new:
            # Taking a colleague's record would let its taker make it private and hide it from its owner.
            return f"only an administrator may take {e.record_type} {e.record_id} from {rec.owner!r}"
        if e.field == "private" and rec.owner != self.who.account and not rec.new:
            return f"only the owner of {e.record_type} {e.record_id} may make it private or public"
        return None

    def _overrule(self, rec: _Record, e: Entry, problem: str) -> None:
        """Refuse one write, not the batch: the rest of it lands, the answer says why, and the field's value as
        the server holds it is written again just after the refused write, so the device that made it (and only
        it holds that value) takes the held value back with its next pull. The refused value is stored nowhere."""
        self.refused.add(e.record_id)
        self.overruled.append(
            {"record_type": e.record_type, "record_id": e.record_id, "field": e.field, "reason": problem}
        )
        self.discarded += 1
        log.info("push from %s (%s): %s; the write is overruled", self.who.account, self.who.device_id, problem)
        key = (e.record_id, e.field)
        state = self.states.get(key)
        if state is not None and (state[1], state[2]) > (e.hlc, e.device_id):
            return  # a later write holds the field: the device gets that one with its next pull anyway
        if state is not None:
            held, account = self._value_at(state[0]), self._account_of(state[0])
        else:  # a record created with it: its creator owns it, and it is not private
            held = json.dumps(rec.owner) if e.field == "owner_id" else json.dumps(rec.private)
            account = self.who.account
        restated = Entry(e.record_type, e.record_id, e.field, held, e.hlc + 1, "server", account)
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
        conflict_entry = body.entry(hlc=hlc, device_id="server", user=self.who.account)
        crec = _Record(cid, CONFLICT, rec.owner, False, rec.visible_to, rec.id, None, False, new=True)
        self.records[cid] = crec
        self.touched.add(cid)
        seq = self._append(conflict_entry)
        self.states[(cid, CONFLICT_BODY)] = (seq, hlc, "server")
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

    def _erase(self, rec: _Record, e: Entry) -> None:
        if rec.private and rec.owner != self.who.account:
            self.refused.add(e.record_id)  # a record private to another user: the device must not hold it
            self.hidden.add(e.record_id)
            self.discarded += 1
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
        if rec.visible_to is not None:
            hidden = Entry(rec.record_type, rec.id, HIDDEN, json.dumps(rec.visible_to), 1, "server", rec.owner)
            self.conn.execute(delete(entry).where(entry.c.record_id == rec.id, entry.c.field == HIDDEN))
            self.new_entries = [r for r in self.new_entries if not (r["record_id"] == rec.id and r["field"] == HIDDEN)]
            self._append(hidden, audience="all")
        if before is not None:
            # Visible to more accounts than before: it is no longer hidden from anyone, and its current entries
            # move to the end of the sequence so that devices which never had it pull it.
            if rec.visible_to is None:
                self.conn.execute(delete(entry).where(entry.c.record_id == rec.id, entry.c.field == HIDDEN))
            rows = self.conn.execute(select(field_state).where(field_state.c.record_id == rec.id)).mappings().all()
            for s in rows:
                key = (s["record_id"], s["field"])
                if key in self.state_changed:
                    continue
                seq = self.next_seq
                self.next_seq += 1
                self.conn.execute(update(entry).where(entry.c.seq == s["seq"]).values(seq=seq))
                self.states[key] = (seq, s["hlc"], s["device_id"])
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


def _conflict_target(e: Entry) -> Any:
    """The id of the record a conflict entry is about (its body names it)."""
    body = _loads(e.value) if e.field == CONFLICT_BODY else None
    return body.get("record_id", "") if isinstance(body, dict) else ""


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

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = "IMMEDIATE" if conn.get_execution_options().get("cardfile_write") else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")


__all__ = ["Principal", "ServerError", "ServerStore", "metadata"]
