"""Sync with the office's server: sign in, push this device's changes, pull everyone else's, keep conflicts.

Push, then pull (DESIGN §4). A push sends a numbered batch of the outbox (this device's own change-log rows the
server has not confirmed); the outbox moves on only once the server's answer is in, in one local transaction with
the next batch number, so a batch lost on the way is simply sent again (with the nonce drawn when it was first
sent) and the server answers it from what it stored. A restored backup or a copy of the database, which would send
a number the server has seen for other changes, goes on as a new device (see `replica.become_new_device`). A pull
applies a page and stores the cursor in one local transaction, so an interrupted sync resumes where it stopped. A
device that has never pulled starts from a snapshot of current values instead of the whole history.

The device token lives in the operating system's keyring; without one, the token is kept for this run only and
the person is told so.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from cardfile.domain.errors import (
    Ambiguous,
    NotFound,
    SyncBusy,
    SyncError,
    SyncIncompatible,
    SyncInsecure,
    SyncNotConfigured,
    SyncRefused,
    SyncSignInNeeded,
    SyncUnreachable,
    ValidationError,
)
from cardfile.domain.field_rules import MAX_VALUE_CHARS
from cardfile.domain.values import RecordType
from cardfile.services.sync_transport import BatchReused, SnapshotNeeded, Transport, check_server_url, sends_in_clear
from cardfile.store import replica, schema
from cardfile.store.codec import CODECS, iso_utc, parse_utc
from cardfile.store.writer import collector_paused
from cardfile.sync import hlc, protocol
from cardfile.sync.hlc import wall_millis
from cardfile.sync.protocol import RESOLVED, Entry, PushRequest

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from cardfile.services.container import Services

KEYRING_SERVICE = "cardfile-sync"
PASSWORD_ENV = "CARDFILE_PASSWORD"
PUSH_ENTRIES = 2000
# What one push may weigh on the wire: half the server's limit, so that a push of large values (photos) is split
# into several and never refused whole. A value is at most MAX_VALUE_CHARS, so one always fits.
PUSH_BYTES = protocol.MAX_REQUEST_BYTES // 2
# How long after the handshake a sync may still run: the bound on pulled stamps follows the server's clock.
_SYNC_SLACK_MS = 10 * 60 * 1000
PULL_ENTRIES = protocol.DEFAULT_PULL_ENTRIES
# Records per snapshot page: some 26,000 field values of people, 2 MB of JSON, one transaction on the device.
# Pages of 5,000 measured no faster at 100,000 people, and an interrupted first sync starts again from its last page.
SNAPSHOT_RECORDS = 2000

# Settings of this database (table `setting`) that sync keeps.
SERVER, USER, CURSOR, PUSHED, PUSHED_ERASURES, BATCH = (
    "sync_server",
    "sync_user",
    "sync_cursor",
    "sync_pushed_seq",
    "sync_pushed_erasure_hlc",
    "sync_batch",
)
SNAPSHOT, INTERVAL, LAST_SYNC, LAST_ERROR = "sync_snapshot", "sync_interval_minutes", "sync_last", "sync_last_error"
# The batch this device is sending, {"number": n, "nonce": text}, kept until the server answered it: sent again, it
# carries the same nonce, and the server answers it from what it stored.
NONCE = "sync_batch_nonce"
# Whether the user administers the server (the server says so with each pull): only an administrator erases a
# record someone else owns.
ADMIN = "sync_admin"
# The server the person allowed to be sent the password over plain http:// (Sync Settings); None: none.
INSECURE = "sync_insecure_server"
# Set by `db restore`: the database goes on as a new device at its next sync (see `replica.become_new_device`).
NEW_DEVICE = replica.NEW_DEVICE
# The change-log row up to which pulled name parts were checked against the display names (see `_names_in_step`).
NAMES_CHECKED = "sync_names_checked_seq"
# The last change-log row a sync pulled when the outbox was empty: [seq, hlc, device, record, field].
PASSED = "sync_passed_row"
_ROW_IDENTITY = "seq, hlc, device_id, record_id, field"

Progress = Callable[[str, int], None]


@dataclass(frozen=True, slots=True)
class Overruled:
    """A write the server refused, alone (the rest of the push landed): why as a code (protocol.OVERRULED_CODES, or
    "other" for one this program does not know) with what it names, for the window to say in its reader's
    language, and `text` in English for the command line. Nothing here is shown as the server wrote it but
    `text`, and the command line prints that made terminal-safe."""

    code: str
    record_type: str  # a record type this program knows, or ''
    field: str  # a field name as the protocol allows one, or ''
    name: str | None  # the record's name on this device, when it has one
    owner: str | None  # the account the reason names (who may take or erase the record), when it names one
    text: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class SyncReport:
    pushed: int
    pulled: int
    conflicts: int
    cursor: int
    keyring: bool  # False: no keyring, the token was kept for this run only
    # Writes the server refused one by one (a record this user may not give away or make private, say): the rest
    # of the push landed, and the next pull puts back the value the server holds.
    overruled: tuple[Overruled, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "pushed": self.pushed,
            "pulled": self.pulled,
            "conflicts": self.conflicts,
            "cursor": self.cursor,
            "overruled": [o.text for o in self.overruled],
        }


@dataclass(frozen=True, slots=True)
class SyncStatus:
    server: str | None
    user: str | None
    signed_in: bool
    last_sync: datetime | None
    last_error: str | None
    offline: bool  # the last attempt could not reach the server
    pending: int  # changes of this device the server has not confirmed
    conflicts: int  # conflicts nobody has decided yet
    interval_minutes: int  # automatic sync every N minutes; 0: only by hand
    cursor: int
    # The last error again as the typed error it was (its code and parameters), for the window to say it in its
    # reader's language; None when there was none, or it was kept by an older Cardfile (only `last_error`).
    last_failure: SyncError | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "server": self.server,
            "user": self.user,
            "signed_in": self.signed_in,
            "last_sync": iso_utc(self.last_sync) if self.last_sync else None,
            "last_error": self.last_error,
            "offline": self.offline,
            "pending": self.pending,
            "conflicts": self.conflicts,
            "interval_minutes": self.interval_minutes,
            "cursor": self.cursor,
        }


@dataclass(frozen=True, slots=True)
class ConflictRead:
    id: str
    record_type: str
    record_id: str
    record_name: str
    field: str
    current: Any  # the value the record holds
    other: Any  # the value that lost
    current_user: str
    other_user: str
    current_won: bool  # False once a person picked the other value
    resolution: dict[str, Any] | None
    # The record was merged into this one since (services.merging): it is shown with it, under its name, and the
    # value picked goes to it.
    merged_into: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "record_type": self.record_type,
            "record_id": self.record_id,
            "record_name": self.record_name,
            "field": self.field,
            "current": self.current,
            "other": self.other,
            "current_user": self.current_user,
            "other_user": self.other_user,
            "resolution": self.resolution,
            "merged_into": self.merged_into,
        }


class _Keyring:
    """The OS keyring, or the plain truth that there is none (then tokens live for this run only)."""

    def __init__(self) -> None:
        self.memory: dict[str, str] = {}

    @staticmethod
    def available() -> bool:
        import keyring
        from keyring.backends import fail

        try:
            backend = keyring.get_keyring()
        except Exception:
            return False
        return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 1) > 0

    def get(self, key: str) -> str | None:
        if key in self.memory:
            return self.memory[key]
        if not self.available():
            return None
        import keyring

        try:
            return keyring.get_password(KEYRING_SERVICE, key)
        except Exception:
            return None

    def set(self, key: str, token: str) -> bool:
        """Keep a token; False when it could only be kept in memory."""
        self.memory[key] = token
        if not self.available():
            return False
        import keyring

        try:
            keyring.set_password(KEYRING_SERVICE, key, token)
        except Exception:
            return False
        return True

    def delete(self, key: str) -> None:
        self.memory.pop(key, None)
        if not self.available():
            return
        import keyring

        with contextlib.suppress(Exception):  # nothing kept, or the keyring refuses: either way it is gone
            keyring.delete_password(KEYRING_SERVICE, key)


class SyncService:
    def __init__(self, services: Services) -> None:
        self.s = services
        self.db = services.db
        self._keyring = _Keyring()
        self._lock = threading.Lock()  # one sync at a time per open database
        # Of the sync running: the newest stamp it takes from a pull, and what it tells the person besides the
        # server's refusals.
        self._horizon = (1 << 63) - 1
        self._told: list[Overruled] = []
        self._told_hidden: set[str] = set()  # records the server said were made private: told already

    # ----- settings -----

    def configure(
        self,
        *,
        server: str | None = None,
        user: str | None = None,
        interval_minutes: int | None = None,
        allow_insecure: bool | None = None,
    ) -> None:
        """Remember the server and the user (and the automatic sync interval). `allow_insecure`: the person agreed
        that the password may go to this server over plain http:// (see `sends_in_clear`); a new server asks again."""
        if server is not None:
            server = check_server_url(server)
            if server != self.db.setting(SERVER):
                self.db.set_setting(INSECURE, None)
            self.db.set_setting(SERVER, server)
        if allow_insecure is not None:
            self.db.set_setting(INSECURE, self.db.setting(SERVER) if allow_insecure else None)
        if user is not None:
            user = user.strip()
            if not protocol.valid_user_name(user):
                raise ValidationError(
                    field="user", problem=f"{user!r} is not a valid user name", reason="not_a_user_name", value=user
                )
            current = self.db.store.user_id
            if current not in ("me", user):
                raise ValidationError(
                    field="user",
                    problem=f"this database syncs as {current!r}; use another database to sync as {user!r}",
                    reason="syncs_as_other_user",
                    current=current,
                    user=user,
                )
            self.db.set_setting(USER, user)
        if interval_minutes is not None:
            if not 0 <= interval_minutes <= 24 * 60:
                raise ValidationError(
                    field="interval",
                    problem="give 0 (by hand only) to 1440 minutes",
                    reason="interval_range",
                    low=0,
                    high=1440,
                )
            self.db.set_setting(INTERVAL, interval_minutes)

    def _where(self) -> tuple[str, str]:
        server, user = self.db.setting(SERVER), self.db.setting(USER)
        if not server or not user:
            raise SyncNotConfigured()
        return server, user

    def _token_key(self, server: str, user: str) -> str:
        return f"{user}@{server}#{self.db.store.device_id}"

    def keyring_available(self) -> bool:
        return self._keyring.available()

    def status(self) -> SyncStatus:
        server, user = self.db.setting(SERVER), self.db.setting(USER)
        last = self.db.setting(LAST_SYNC)
        error = self.db.setting(LAST_ERROR)
        with self.db.read() as conn:
            pending = replica.pending_count(
                conn, self.db.store.device_id, _outbox_start(conn), self.db.setting(PUSHED_ERASURES, 0)
            )
            open_conflicts = conn.exec_driver_sql(
                f"SELECT count(*) FROM conflict WHERE resolution IS NULL AND {_SHOWN}"
            ).scalar()
        return SyncStatus(
            server=server,
            user=user,
            signed_in=bool(server and user and self._keyring.get(self._token_key(server, user))),
            last_sync=parse_utc(last) if last else None,
            last_error=error.get("message") if isinstance(error, dict) else None,
            last_failure=_failure(error),
            offline=isinstance(error, dict) and error.get("code") == SyncUnreachable.code,
            pending=pending,
            conflicts=int(open_conflicts or 0),
            interval_minutes=int(self.db.setting(INTERVAL, 0) or 0),
            cursor=int(self.db.setting(CURSOR, 0) or 0),
        )

    # ----- signing in and out -----

    def sign_in(self, password: str, *, insecure: bool = False) -> bool:
        """Exchange the password for a device token and keep it; False when no keyring could keep it."""
        server, user = self._where()
        self._check_secure(server, insecure)
        transport = Transport(server)
        try:
            transport.handshake(schema.HEAD)
            return self._sign_in(transport, server, user, password)
        finally:
            transport.close()

    def _check_secure(self, server: str, insecure: bool) -> None:
        """Refuse to send a password where anyone on the network could read it, unless the person said so."""
        if sends_in_clear(server) and not insecure and self.db.setting(INSECURE) != server:
            raise SyncInsecure(server=server)

    def _sign_in(self, transport: Transport, server: str, user: str, password: str) -> bool:
        token, admin = transport.sign_in(user, password, self.db.store.device_id, platform.node() or "device")
        kept = self._keyring.set(self._token_key(server, user), token)
        self._adopt(user)
        self.db.set_setting(ADMIN, admin)
        return kept

    def may_erase(self, owner: str) -> bool:
        """Whether this database's user may erase a record `owner` owns: their own (or one nobody signed in to
        yet), or anyone's when they administer the server. Others may move it to the Trash."""
        return self.erase_rule()(owner)

    def erase_rule(self) -> Callable[[str], bool]:
        """`may_erase` for many records: the user and whether they administer the server, read once."""
        user = self.db.store.user_id
        anyone = user == "me" or bool(self.db.setting(ADMIN, False))
        return lambda owner: anyone or owner in ("", "me", user)

    def _adopt(self, user: str) -> None:
        store = self.db.store
        if store.user_id == user:
            return
        with self.db.write("Sign in to sync") as w:
            replica.adopt_account(w.conn, user)
        store.user_id = user

    def sign_out(self) -> None:
        """Forget this device's token (and revoke it on the server when the server can be reached)."""
        server, user = self._where()
        key = self._token_key(server, user)
        token = self._keyring.get(key)
        self._keyring.delete(key)
        if token:
            transport = Transport(server, token=token, timeout=10)
            try:
                transport.sign_out()
            except SyncError:
                pass  # the token is forgotten here; an administrator can revoke it on the server too
            finally:
                transport.close()

    # ----- syncing -----

    def sync(
        self,
        *,
        password: str | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | threading.Event | None = None,
        insecure: bool = False,
    ) -> SyncReport:
        """Push, then pull, until both are done. Raises a typed error; what was confirmed stays confirmed.

        `cancelled` is looked at between batches and pages, and the sync stops there with what it did. A
        threading.Event also stops a request on its way as soon as it is set (the server may never answer): then
        SyncStopped is raised. `insecure`: the password, when one must be sent, may go over plain http:// to another
        computer.
        """
        if not self._lock.acquire(blocking=False):
            raise SyncBusy()
        stop: threading.Event | None = None
        check: Callable[[], bool] = lambda: False  # noqa: E731
        if isinstance(cancelled, threading.Event):
            stop, check = cancelled, cancelled.is_set
        elif cancelled is not None:
            check = cancelled
        try:
            try:
                report = self._sync(password, progress or (lambda _s, _n: None), check, stop, insecure)
            except SyncError as exc:
                self.db.set_setting(LAST_ERROR, {"code": exc.code, "message": exc.message, "params": exc.params})
                raise
            self.db.set_setting(LAST_ERROR, None)
            self.db.set_setting(LAST_SYNC, iso_utc(self.db.now()))
            return report
        finally:
            self._lock.release()

    def _sync(
        self,
        password: str | None,
        progress: Progress,
        cancelled: Callable[[], bool],
        stop: threading.Event | None,
        insecure: bool,
    ) -> SyncReport:
        server, user = self._where()
        if self.db.setting(NEW_DEVICE):
            self._become_new_device()  # a restored backup: its first sync is a new device's
        key = self._token_key(server, user)
        transport = Transport(server, token=self._keyring.get(key))
        transport.user = user
        kept = self._keyring.available()
        before = self._conflict_ids()
        self._told = []
        self._told_hidden = set()
        watch = _StopWatch(transport, stop)
        try:
            if transport.token is None and (password or os.environ.get(PASSWORD_ENV)):
                self._check_secure(server, insecure)  # before anything goes out
            transport.handshake(schema.HEAD)
            # The newest stamp a pull may bring: the server refuses writes stamped further ahead of its clock.
            server_now = wall_millis() + transport.server_clock_ahead
            self._horizon = hlc.latest(server_now + hlc.MAX_AHEAD_MS + _SYNC_SLACK_MS)
            fresh = transport.token is None
            if fresh:
                password = password or os.environ.get(PASSWORD_ENV)
                if not password:
                    raise SyncSignInNeeded(
                        server=server, user=user, detail="a password is needed the first time", reason="password_needed"
                    )
                self._check_secure(server, insecure)
                kept = self._sign_in(transport, server, user, password)
            else:
                self._adopt(user)
            overruled: list[Overruled] = []
            pushed = 0
            while True:
                try:
                    pushed += self._push(transport, progress, cancelled, overruled)
                    # A page of a snapshot is a few hundred thousand short-lived objects, freed as soon as it is
                    # applied; the cyclic collector would take them for long-lived data and walk the heap again and
                    # again (a quarter of a first sync's time). Sync makes no reference cycles: reference counting
                    # frees it all.
                    with collector_paused():
                        pulled, cursor = self._pull(transport, progress, cancelled)
                    break
                except SyncSignInNeeded:
                    key = self._token_key(server, user)  # the device id may have changed (a restored backup)
                    self._keyring.delete(key)  # revoked or expired: the next sync asks for the password again
                    password = password or os.environ.get(PASSWORD_ENV)
                    if fresh or not password:
                        raise
                    # The kept sign-in was refused and the password is at hand: sign in again, once, and go on.
                    fresh = True
                    self._check_secure(server, insecure)
                    kept = self._sign_in(transport, server, user, password)
            if transport.admin is not None:
                self.db.set_setting(ADMIN, transport.admin)
            if not cancelled():
                self._names_in_step()
                self.s.merging.carry_over()  # edits made here to records merged elsewhere go to their survivors
            self._pass_over_pulled()
        finally:
            watch.done()
            transport.close()
        new_conflicts = len(self._conflict_ids() - before)
        return SyncReport(pushed, pulled, new_conflicts, cursor, kept, (*overruled, *self._told))

    def _conflict_ids(self) -> set[str]:
        """The conflicts a person is shown: a sync reports those it added (a record made private meanwhile takes
        its conflicts with it, which is no new conflict)."""
        with self.db.read() as conn:
            return {r[0] for r in conn.exec_driver_sql(f"SELECT id FROM conflict WHERE {_SHOWN}")}

    def _become_new_device(self) -> None:
        """This database is a restored backup or a copy of one that synced: go on as a new device (see
        `replica.become_new_device`). The new device signs in anew: the person is asked for the password."""
        store = self.db.store
        with self.db.write("Sync: a new device") as w:
            store.device_id = replica.become_new_device(
                w.conn,
                outbox_start=_outbox_start(w.conn),
                erasures_after=int(self.db.setting(PUSHED_ERASURES, 0) or 0),
                forget=[BATCH, NONCE, PASSED],
            )

    def _push(
        self, transport: Transport, progress: Progress, cancelled: Callable[[], bool], overruled: list[Overruled]
    ) -> int:
        store = self.db.store
        total = 0
        while not cancelled():
            pushed_seq = int(self.db.setting(PUSHED, 0) or 0)
            pushed_erasures = int(self.db.setting(PUSHED_ERASURES, 0) or 0)
            number = int(self.db.setting(BATCH, 1) or 1)
            with self.db.read() as conn:
                entries = replica.outbox(conn, store.device_id, _outbox_start(conn), PUSH_ENTRIES)
                erasures = replica.erasure_outbox(conn, store.device_id, pushed_erasures)
            entries += erasures[: max(0, PUSH_ENTRIES - len(entries))]
            entries, unsendable = _fitting(entries, PUSH_BYTES)
            if not entries and not unsendable:
                break
            request = PushRequest(number, int(self.db.setting(CURSOR, 0) or 0), entries, self._nonce(number))
            try:
                answer: dict[str, Any] = transport.push(request) if entries else {"through": 0}
            except BatchReused:
                # Another database pushed this number under this device's id: this one is a restored backup or a
                # copy. It goes on as a new device, which signs in anew (the caller asks for the password).
                self._become_new_device()
                server, user = self._where()
                raise SyncSignInNeeded(
                    server=server,
                    user=user,
                    detail="this database is a restored backup or a copy of another; it syncs on as a new device",
                    reason="copied_database",
                ) from None
            except SyncError as exc:
                expected = _expected_batch(exc)
                if expected is None or expected == number:
                    raise
                # The server forgot batches this device sent (its data was restored): continue the server's count.
                self.db.set_setting(BATCH, expected)
                continue
            through = max([int(answer.get("through", 0)), *(e.seq for e in unsendable)])
            overruled += [self._in_words(o) for o in answer.get("overruled", []) if isinstance(o, dict)]
            overruled += [self._in_words(_too_large(e)) for e in unsendable]
            # A repeated batch was answered from the first delivery, which may not have carried the erasures sent
            # now (made since): they count as delivered only when this very request was applied.
            sent_erasures = [] if answer.get("repeated") else [e.hlc for e in entries if e.field == protocol.ERASED]
            # Records made private to another user since this device last pulled: the server kept nothing of the
            # writes (its answer said why), and this device must not hold them, as when it pulls their '$hidden'
            # entry. Made public again, they come back as the server holds them.
            types = {e.record_id: e.record_type for e in entries}
            hidden = [(types[r], r) for r in answer.get("hidden", []) if isinstance(r, str) and r in types]
            self._told_hidden.update(r for _t, r in hidden)
            with self.db.write("Sync: pushed") as w:
                w.conn.exec_driver_sql(
                    "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?), (?, ?), (?, ?), (?, 'null')",
                    (
                        PUSHED,
                        json.dumps(max(pushed_seq, through)),
                        PUSHED_ERASURES,
                        json.dumps(max([pushed_erasures, *sent_erasures])),
                        BATCH,
                        json.dumps(number + 1 if entries else number),
                        NONCE,
                    ),
                )
                if hidden:
                    dropping = replica.Replica(w, account=store.user_id, pushed_seq=through, stamp=store.clock.now)
                    for record_type, record_id in hidden:
                        dropping.purge(record_type, record_id, erased_by=None)
            total += len(entries)
            progress("push", total)
        return total

    def _nonce(self, number: int) -> str:
        """The nonce of batch `number`: the one drawn when it was first sent, or a new one, kept before it goes."""
        kept = self.db.setting(NONCE)
        if isinstance(kept, dict) and kept.get("number") == number and isinstance(kept.get("nonce"), str):
            return str(kept["nonce"])
        nonce = protocol.new_nonce()
        self.db.set_setting(NONCE, {"number": number, "nonce": nonce})
        return nonce

    def _in_words(self, overruled: dict[str, Any]) -> Overruled:
        """The server's reason for overruling a write, with the record's name where the server names its id.

        The server is not trusted: a code it sends that this program does not know is "other", a record type,
        field or account that is not one is dropped, and its English reason is cut to a sentence's length."""
        from cardfile.services.records import names

        reason, record_id = str(overruled.get("reason", ""))[:_MAX_REASON], str(overruled.get("record_id", ""))
        code = str(overruled.get("code", ""))
        record_type = str(overruled.get("record_type", ""))
        field, owner = str(overruled.get("field", "")), overruled.get("owner")
        kind = RecordType._value2member_map_.get(record_type)
        name = None
        if isinstance(kind, RecordType) and record_id and kind in _NAMED:
            with self.db.read() as conn:
                name = names(conn, kind, [record_id]).get(record_id)
            if name:
                reason = reason.replace(record_id, f"“{name}”")
        return Overruled(
            code=code if code in protocol.OVERRULED_CODES else "other",
            record_type=record_type if isinstance(kind, RecordType) else "",
            field=field if protocol.valid_field_name(field) else "",
            name=name,
            owner=owner if isinstance(owner, str) and protocol.valid_user_name(owner) else None,
            text=reason,
        )

    def _pass_over_pulled(self) -> None:
        """Let the outbox start after the rows this sync pulled, when none of them is this device's own.

        The outbox is this device's own change-log rows above the pushed mark. Rows pulled from others lie above
        it too, and every sync would search them again — after a first sync, a whole snapshot's worth — so the
        last row is remembered as passed over. Under the write lock no own write slips in meanwhile.
        """
        with self.db.write("Sync: pulled") as w:
            start = _outbox_start(w.conn)
            top = w.conn.exec_driver_sql(f"SELECT {_ROW_IDENTITY} FROM change ORDER BY seq DESC LIMIT 1").first()
            if top is None or top[0] <= start:
                return
            own = w.conn.exec_driver_sql(  # the numbered rows: through the view, each row's device is looked up
                "SELECT 1 FROM change_log WHERE seq > ? AND device_id = (SELECT num FROM log_name WHERE name = ?) "
                "LIMIT 1",
                (start, self.db.store.device_id),
            ).first()
            if own is None:
                w.conn.exec_driver_sql(
                    "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", (PASSED, json.dumps(list(top)))
                )

    def _names_in_step(self) -> None:
        """Once everything is pulled, build again the display names that a merge left out of step with their parts
        (see `replica.put_names_in_step`). A snapshot is what the server holds, checked by the devices that made it:
        after one, checking starts from its end."""
        checked = self.db.setting(NAMES_CHECKED)
        with self.db.read() as conn:
            top = int(conn.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM change").scalar_one())
        if checked is not None and top <= int(checked):
            return  # nothing new since: a sync with nothing to do writes nothing
        with self.db.write("Display names rebuilt after a sync") as w:
            if checked is not None:
                replica.put_names_in_step(w, int(checked))
            top = int(w.conn.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM change").scalar_one())
            w.conn.exec_driver_sql(
                "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", (NAMES_CHECKED, json.dumps(top))
            )

    def _pull(self, transport: Transport, progress: Progress, cancelled: Callable[[], bool]) -> tuple[int, int]:
        total = 0
        cursor = int(self.db.setting(CURSOR, 0) or 0)
        walking = self.db.setting(SNAPSHOT)
        if cursor == 0 or walking:
            total += self._snapshot(transport, progress, cancelled, walking)
            cursor = int(self.db.setting(CURSOR, 0) or 0)
        with _FetchAhead() as fetch:
            page = fetch(transport.pull, cursor, PULL_ENTRIES)
            while not cancelled():
                try:
                    entries, next_cursor, more = page.result()
                except SnapshotNeeded:
                    total += self._snapshot(transport, progress, cancelled, None)
                    cursor = int(self.db.setting(CURSOR, 0) or 0)
                    page = fetch(transport.pull, cursor, PULL_ENTRIES)
                    continue
                if more:
                    page = fetch(transport.pull, next_cursor, PULL_ENTRIES)
                total += self._apply(entries, {CURSOR: next_cursor})
                cursor = next_cursor
                progress("pull", total)
                if not more:
                    break
        return total, cursor

    def _snapshot(
        self, transport: Transport, progress: Progress, cancelled: Callable[[], bool], walking: dict[str, Any] | None
    ) -> int:
        """Current values of every record this account may see, page by page; resumable where it stopped."""
        after = str(walking["after"]) if walking else ""
        start_cursor = int(walking["cursor"]) if walking else None
        total = 0
        with _FetchAhead() as fetch:
            page = fetch(transport.snapshot, after, SNAPSHOT_RECORDS)
            while not cancelled():
                snapshot: protocol.SnapshotPage = page.result()
                if start_cursor is None:
                    start_cursor = snapshot.cursor
                if snapshot.next is None:
                    total += self._apply(snapshot, {CURSOR: start_cursor, SNAPSHOT: None})
                    break
                page = fetch(transport.snapshot, snapshot.next, SNAPSHOT_RECORDS)
                total += self._apply(snapshot, {SNAPSHOT: {"after": snapshot.next, "cursor": start_cursor}})
                progress("pull", total)
        return total

    def _apply(self, page: list[Entry] | protocol.SnapshotPage, settings: dict[str, Any]) -> int:
        """Apply one page (of a pull or of a snapshot) and store where sync stands, in one transaction."""
        store = self.db.store
        horizon = self._horizon
        if isinstance(page, protocol.SnapshotPage):
            top = (
                page.top_hlc
                if page.top_hlc <= horizon
                else max((e.hlc for e in page.all_entries() if e.hlc <= horizon), default=0)
            )
            hidings = page.entries
        else:
            top = max((e.hlc for e in page if e.hlc <= horizon), default=0)
            hidings = page
        if top:
            store.clock.observe(top)
        self._tell_hidden([e for e in hidings if e.field == protocol.HIDDEN])
        with self.db.write("Sync") as w:
            into = replica.Replica(
                w,
                account=store.user_id,
                pushed_seq=int(self.db.setting(PUSHED, 0) or 0),
                stamp=store.clock.now,
                horizon=horizon,
            )
            # A snapshot's records go in without their search index entries, which are built after the sync
            # (SearchService.prepare_index): at 100,000 people, building them page by page was a third of a first
            # sync's time. Searches find the records meanwhile (store.search scans what is not indexed yet).
            applied = (
                into.apply_snapshot(page, index=False) if isinstance(page, protocol.SnapshotPage) else into.apply(page)
            )
            for key, value in settings.items():
                w.conn.exec_driver_sql(
                    "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", (key, json.dumps(value))
                )
        return applied.entries

    def _tell_hidden(self, hidings: list[Entry]) -> None:
        """Before a page drops records made private to someone else: name those this device has written to and not
        pushed yet (an edit made while it synced) — the edits go with the record, and the person is told so."""
        account = self.db.store.user_id
        gone = [e for e in hidings if e.value != json.dumps(account) and e.record_id not in self._told_hidden]
        if not gone:
            return
        from cardfile.services.records import names

        with self.db.read() as conn:
            ids = [e.record_id for e in gone]
            start = _outbox_start(conn)
            marks = ",".join("?" for _ in ids)
            # From the numbered log, as Replica._held reads it: through the view `change`, `IN (…)` walks the whole
            # log (its joins come first).
            written = {
                r[0]
                for r in conn.exec_driver_sql(
                    f"SELECT n.name FROM log_name n WHERE n.name IN ({marks}) AND EXISTS (SELECT 1 FROM change_log c "
                    "WHERE c.record_id = n.num AND c.seq > ? "
                    "AND c.device_id = (SELECT num FROM log_name WHERE name = ?))",
                    (*ids, start, self.db.store.device_id),
                )
            }
            for e in gone:
                if e.record_id not in written:
                    continue
                kind = RecordType._value2member_map_.get(e.record_type)
                name = names(conn, kind, [e.record_id]).get(e.record_id) if isinstance(kind, RecordType) else None
                what = f"“{name}”" if name else e.record_id
                text = f"{e.record_type} {what} was made private by its owner; the change was not kept"
                self._told.append(Overruled("private", e.record_type, "", name, None, text))

    # ----- conflicts -----

    def conflicts(self, *, include_resolved: bool = False) -> list[ConflictRead]:
        from cardfile.services.records import names

        with self.db.read() as conn:
            sql = f"SELECT * FROM conflict WHERE {_SHOWN}" + ("" if include_resolved else " AND resolution IS NULL")
            result = conn.exec_driver_sql(sql + " ORDER BY winner_hlc DESC")
            keys = list(result.keys())
            rows = [dict(zip(keys, r, strict=True)) for r in result]
            by_type: dict[str, list[str]] = {}
            for r in rows:
                by_type.setdefault(r["record_type"], []).append(r["record_id"])
            labels: dict[str, str] = {}
            for kind, ids in by_type.items():
                if kind in RecordType._value2member_map_:
                    labels.update(names(conn, RecordType(kind), ids))
        survivors = self.s.merging.survivors_of({r["record_id"] for r in rows})
        with self.db.read() as conn:
            for kind in {r["record_type"] for r in rows if survivors.get(r["record_id"])}:
                if kind in RecordType._value2member_map_:
                    labels.update(names(conn, RecordType(kind), [s for s in survivors.values() if s]))
        out = []
        for r in rows:
            survivor = survivors.get(r["record_id"])
            resolution = json.loads(r["resolution"]) if r["resolution"] else None
            took_other = bool(resolution and resolution.get("took") == "loser")
            winner, loser = _value(r["winner_value"]), _value(r["loser_value"])
            out.append(
                ConflictRead(
                    id=r["id"],
                    record_type=r["record_type"],
                    record_id=r["record_id"],
                    record_name=labels.get(survivor or r["record_id"], ""),
                    field=r["field"],
                    current=loser if took_other else winner,
                    other=winner if took_other else loser,
                    current_user=r["loser_user"] if took_other else r["winner_user"],
                    other_user=r["winner_user"] if took_other else r["loser_user"],
                    current_won=not took_other,
                    resolution=resolution,
                    merged_into=survivor,
                )
            )
        return out

    def resolve_conflict(self, conflict_id: str, *, take_other: bool) -> None:
        """Close a conflict: keep the current value, or take the other one (a new edit, which syncs as usual).

        `conflict_id` may be the id's start, as `conflict list` shows it (8 characters or more)."""
        with self.db.read() as conn:
            found = conn.exec_driver_sql(
                "SELECT id, record_type, record_id, field, loser_value FROM conflict "
                "WHERE id = ? OR (length(?) >= 8 AND id LIKE ? || '%' ESCAPE '!') LIMIT 10",
                (conflict_id, conflict_id, conflict_id.replace("!", "!!").replace("%", "!%").replace("_", "!_")),
            ).all()
        exact = [r for r in found if r[0] == conflict_id]
        if not exact and len(found) > 1:
            raise Ambiguous(what=conflict_id, record_type="conflict", candidates=", ".join(r[0] for r in found))
        if not found:
            raise NotFound(record_type="conflict", record_id=conflict_id)
        conflict_id, record_type, record_id, field, loser_value = (exact or found)[0]
        store = self.db.store
        decision = {"took": "loser" if take_other else "winner", "by": store.user_id, "at": iso_utc(self.db.now())}
        with self.db.write("Pick the other value" if take_other else "Keep the current value") as w:
            if take_other and record_type in RecordType._value2member_map_:
                kind = RecordType(record_type)
                value = CODECS[kind].from_change(field, loser_value)
                survivor = self.s.merging.survivor_of(record_id)
                if survivor is not None:  # the record was merged away since: the value goes to its survivor
                    record_id, value = survivor, self.s.merging.taken_into(w, kind, survivor, field, value)
                w.update(kind, record_id, {field: value})
            text = json.dumps(decision)
            w.begin_action()
            w.conn.exec_driver_sql(
                "INSERT INTO change (record_type, record_id, field, value, hlc, device_id, user_id, action_id, job_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)",
                (
                    protocol.CONFLICT,
                    conflict_id,
                    RESOLVED,
                    text,
                    store.clock.now(),
                    store.device_id,
                    store.user_id,
                    w.action_id,
                ),
            )
            w.change_count += 1
            w.conn.exec_driver_sql("UPDATE conflict SET resolution = ? WHERE id = ?", (text, conflict_id))


# The conflicts a person is shown. Not those about a value built from others: a sort key, or a display name the
# person did not set, built from the name parts. Two devices editing two parts of a name at once write two display
# names; the merge keeps both parts and the devices build the name again from them (see `Replica`), so neither
# display name is a value anyone chose. Nor a creation time: the exception of one occurrence of a series has the same
# id on every device (services.activities.exception_id), so two devices that change that occurrence both create it.
# For the same reason, not a value that lost as part of such a creation: the creation copies the series, and what a
# person typed into the occurrence meanwhile wins (see activities._as_old_as_the_series). The conflicts are kept,
# and they still sync, like any other.
_SHOWN = (
    "field NOT IN ('sort_key', 'created_at') AND NOT (record_type = 'contact' AND field = 'display_name' AND EXISTS "
    "(SELECT 1 FROM contact c WHERE c.id = conflict.record_id AND c.display_name_custom = 0)) AND NOT EXISTS "
    "(SELECT 1 FROM change c WHERE c.record_id = conflict.record_id AND c.field = 'created_at' "
    "AND c.hlc = conflict.loser_hlc AND c.device_id = conflict.loser_device)"
)


def _failure(kept: Any) -> SyncError | None:
    """The last sync error as it was kept (LAST_ERROR), typed again; None for none or one that is not a sync error
    this program knows with the parameters it was made with."""
    if not isinstance(kept, dict) or not isinstance(kept.get("params"), dict):
        return None
    known = (
        SyncUnreachable,
        SyncRefused,
        SyncIncompatible,
        SyncSignInNeeded,
        SyncBusy,
        SyncInsecure,
        SyncNotConfigured,
    )
    kinds: dict[str, type[SyncError]] = {kind.code: kind for kind in known}
    kind = kinds.get(str(kept.get("code")))
    if kind is None:
        return None
    params = {str(k): v for k, v in kept["params"].items() if isinstance(v, str | int) and not isinstance(v, bool)}
    return kind(**params)


_MAX_REASON = 500  # characters of a server's reason the command line prints
_NAMED = (RecordType.CONTACT, RecordType.COMPANY, RecordType.DEAL, RecordType.ACTIVITY)


def _outbox_start(conn: Connection) -> int:
    """Where this device's own writes not yet pushed begin in the change log: above the pushed mark, or above the
    row a sync passed over (see `_pass_over_pulled`) while that row is still there.

    The log's seq numbers come back into use when its top rows are deleted (an erased record's values leave the
    log), and a write made after that could hide below a bare number; the row itself, checked, cannot be reused.
    """
    rows: dict[str, str] = dict(
        conn.exec_driver_sql("SELECT key, value FROM setting WHERE key IN (?, ?)", (PUSHED, PASSED)).all()
    )
    pushed = int(json.loads(rows.get(PUSHED) or "0") or 0)
    passed = json.loads(rows[PASSED]) if PASSED in rows else None
    if isinstance(passed, list) and len(passed) == 5 and int(passed[0]) > pushed:
        row = conn.exec_driver_sql(f"SELECT {_ROW_IDENTITY} FROM change WHERE seq = ?", (int(passed[0]),)).first()
        if row is not None and list(row) == passed:
            return int(passed[0])
    return pushed


class _StopWatch:
    """Stops the transport's request on its way once `stop` is set: a server that took the connection and never
    answers would otherwise hold the sync, and the person's Stop, for the transport's whole timeout."""

    POLL_SECONDS = 0.05  # how long the watching thread outlives its sync at most (a Stop wakes it at once)

    def __init__(self, transport: Transport, stop: threading.Event | None) -> None:
        self._finished = threading.Event()
        if stop is not None:
            threading.Thread(target=self._watch, args=(transport, stop), name="cardfile-sync-stop", daemon=True).start()

    def _watch(self, transport: Transport, stop: threading.Event) -> None:
        while not self._finished.is_set():
            if stop.wait(self.POLL_SECONDS):
                transport.stop()
                return

    def done(self) -> None:
        self._finished.set()


class _FetchAhead:
    """Asks for the next page while this one is applied: the server reads and encodes page n+1, and this device
    parses it, while page n is written here (SQLite lets go of the interpreter while it writes). Still one request
    at a time: only the fetching thread uses the transport until the pages are done. Leaving waits for a page
    still on its way, so the transport is never closed under it."""

    def __enter__(self) -> Callable[..., Future[Any]]:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cardfile-sync-fetch")
        return self._pool.submit

    def __exit__(self, *_exc: object) -> None:
        self._pool.shutdown(wait=True)


def _fitting(entries: list[Entry], budget: int) -> tuple[list[Entry], list[Entry]]:
    """The first entries of the outbox that fit in one push of `budget` bytes (at least one), and those among them
    that could never be sent: a value larger than any field may hold, written before Cardfile refused such values
    when they are made. Those are left on this device (the person is told), so that they never block the rest."""
    out: list[Entry] = []
    unsendable: list[Entry] = []
    size = 0
    for e in entries:
        length = len(e.value) if e.value is not None else 0
        if length > MAX_VALUE_CHARS:
            unsendable.append(e)
            continue
        # A character of a value takes at most four bytes on the wire; the rest of an entry, a few hundred.
        weight = 4 * length + 400
        if out and size + weight > budget:
            break
        out.append(e)
        size += weight
    return out, unsendable


def _too_large(e: Entry) -> dict[str, str]:
    return {
        "record_type": e.record_type,
        "record_id": e.record_id,
        "field": e.field,
        "reason": f"{e.field} of {e.record_type} {e.record_id} is too large to sync; it stays on this device only",
        "code": "too_large",
    }


def _value(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def _expected_batch(exc: SyncError) -> int | None:
    """The batch number the server expects, from its 409 answer ('expected batch N …')."""
    message = exc.params.get("detail", "") if hasattr(exc, "params") else ""
    words = str(message).split()
    if len(words) >= 3 and words[0] == "expected" and words[1] == "batch" and words[2].isdigit():
        return int(words[2])
    return None
