"""An office for tests of who may do what: a real server with three users (olga administers), real device
databases syncing with it over loopback, and raw HTTP clients for what a device that follows no rule would send."""

from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from cardfile.server.storage import Principal, ServerStore
from cardfile.server.tables import record
from cardfile.services import Services, open_database
from cardfile.services.sync import SyncReport
from cardfile.sync.protocol import ERASED, HIDDEN, snapshot_from_json
from tests.server.live import Client

PASSWORDS = {"anna": "anna's password", "ben": "ben's password", "olga": "olga's password"}


@dataclass
class Office:
    """A server with three users (olga administers) and the device databases a test opens against it."""

    store: ServerStore
    url: str
    folder: Path
    opened: ExitStack
    devices: dict[str, Services] = field(default_factory=dict)

    def device(self, name: str, user: str) -> Services:
        services = self.reopen(name)
        services.sync.configure(server=self.url, user=user)
        return services

    def reopen(self, name: str) -> Services:
        """The device's database opened (again), as it is: a restart, or a file put there."""
        services = self.opened.enter_context(open_database(self.folder / f"{name}.db", auto_backup=False))
        self.devices[name] = services
        return services

    def sync(self, *names: str) -> list[SyncReport]:
        reports = []
        for name in names:
            services = self.devices[name]
            reports.append(services.sync.sync(password=PASSWORDS[str(services.sync.status().user)]))
        return reports

    def client(self, user: str, device_id: str) -> Client:
        client = Client(self.url)
        return client.with_token(client.sign_in(user, PASSWORDS[user], device_id))

    def principal(self, user: str, device_id: str) -> Principal:
        return self.store.authenticate(self.store.sign_in(user, PASSWORDS[user], device_id))

    def visible_ids(self, user: str) -> set[str]:
        """Every record id the server lets `user` pull or take from a snapshot."""
        who = self.principal(user, f"{user}-inspector")
        pulled = {e["r"] for e in self.store.pull(who, 0, 5000)["entries"] if e["f"] not in (HIDDEN, ERASED)}
        page = snapshot_from_json(self.store.snapshot(who, "", 5000))
        snapshot = {e.record_id for e in page.all_entries() if e.field not in (HIDDEN, ERASED)}
        return pulled | snapshot

    def private_to(self, user: str) -> set[str]:
        with self.store.engine.connect() as conn:
            return set(conn.execute(select(record.c.id).where(record.c.visible_to == user)).scalars())
