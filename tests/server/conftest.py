"""Fixtures for the sync server tests: a real PostgreSQL cluster per session, an empty database per test, and
`server_database_url`, which runs a server test once on the embedded SQLite store and once on PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from cardfile.server.storage import ServerStore
from cardfile.services import Services, open_database
from tests.server.live import serve_in_thread
from tests.server.office import PASSWORDS, Office
from tests.server.postgres import (
    PostgresCluster,
    PostgresNotInstalled,
    find_postgres_bin,
    postgres_cluster,
    postgres_missing,
)


@pytest.fixture(scope="session")
def postgres_bin() -> Path:
    """Where initdb and pg_ctl live; skips (fails in CI) when PostgreSQL is not installed."""
    try:
        return find_postgres_bin()
    except PostgresNotInstalled as missing:
        postgres_missing(str(missing))


@pytest.fixture(scope="session")
def pg_cluster(postgres_bin: Path) -> Iterator[PostgresCluster]:
    """One throwaway cluster for the whole session (starting one takes about a second)."""
    try:
        with postgres_cluster() as cluster:
            yield cluster
    except PostgresNotInstalled as missing:
        postgres_missing(str(missing))


@pytest.fixture(scope="session")
def pg_url(pg_cluster: PostgresCluster) -> str:
    """SQLAlchemy URL (postgresql+psycopg://cardfile:…@127.0.0.1:PORT/cardfile) of the session's shared database."""
    return pg_cluster.url


@pytest.fixture
def new_pg_database(pg_cluster: PostgresCluster) -> Iterator[Callable[[], str]]:
    """Make as many empty databases as a test needs (each owned by the app role); all are dropped after it."""
    made: list[str] = []

    def make() -> str:
        url = pg_cluster.create_database()
        made.append(url)
        return url

    yield make
    for url in made:
        pg_cluster.drop_database(str(make_url(url).database))


@pytest.fixture
def fresh_pg_url(new_pg_database: Callable[[], str]) -> str:
    """SQLAlchemy URL of a new, empty PostgreSQL database for this test only."""
    return new_pg_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def server_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The server's database URL: an embedded SQLite file, then a fresh PostgreSQL database (same test, twice)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/server.db"
    return str(request.getfixturevalue("fresh_pg_url"))


@pytest.fixture
def server_store(server_database_url: str) -> Iterator[ServerStore]:
    """The sync server's storage, migrated, on `server_database_url` (so: once on SQLite, once on PostgreSQL)."""
    store = ServerStore.open(server_database_url)
    yield store
    store.close()


@pytest.fixture
def office(server_store: ServerStore, live_server: str, tmp_path: Path) -> Iterator[Office]:
    """A server with anna, ben and olga (who administers), for devices and raw clients (see tests.server.office)."""
    for user, password in PASSWORDS.items():
        server_store.add_account(user, password, admin=user == "olga")
    with ExitStack() as opened:
        yield Office(server_store, live_server, tmp_path, opened)


@pytest.fixture
def live_server(server_store: ServerStore) -> Iterator[str]:
    """The real server app on a loopback port in this process, over `server_store`; yields its base URL."""
    with serve_in_thread(server_store) as url:
        yield url


PASSWORD = "anna-secret-1"


@pytest.fixture
def device(tmp_path: Path, live_server: str, server_store: ServerStore) -> Iterator[Callable[[str], Services]]:
    """Opens device databases that sync as anna (password PASSWORD) with the live server; closes them afterwards."""
    server_store.add_account("anna", PASSWORD)
    opened: list[Services] = []

    def open_device(name: str) -> Services:
        services = open_database(tmp_path / f"{name}.db", auto_backup=False)
        services.sync.configure(server=live_server, user="anna")
        opened.append(services)
        return services

    yield open_device
    for services in opened:
        services.close()
