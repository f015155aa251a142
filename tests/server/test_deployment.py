"""The server as an office runs it: its migrations, TLS, and several server processes sharing one PostgreSQL."""

from __future__ import annotations

import json
import os
import ssl
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from cardfile.domain.models import ContactCreate, ContactUpdate
from cardfile.server import auth
from cardfile.server.storage import SERVER_SCHEMA, ServerStore
from cardfile.server.tables import metadata
from cardfile.services import Services, open_database
from tests.server.process import free_port, run_process

PASSWORD = "correct horse battery"


def test_the_migrations_create_exactly_the_declared_tables(server_database_url: str) -> None:
    store = ServerStore.open(server_database_url)
    try:
        with store.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"version_table": "server_version"})
            assert context.get_current_revision() == SERVER_SCHEMA
            differences = [d for d in compare_metadata(context, metadata) if "server_version" not in repr(d)]
        assert differences == []
    finally:
        store.close()
    ServerStore.open(server_database_url).close()  # opening again migrates nothing and keeps the server id


def test_a_server_of_the_first_schema_is_upgraded_with_its_data(server_database_url: str) -> None:
    """s0002 (issue #10) adds batch nonces and failed sign-ins: a server written at s0001, with accounts, devices,
    batches and entries, keeps all of it, and a batch it stored before nonces existed is not answered again from
    store for a batch that carries one (another database's)."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, select, text

    from cardfile.server import storage
    from cardfile.server.tables import batch, entry
    from cardfile.sync.protocol import Entry, PushRequest

    engine = create_engine(storage.url_for(database=server_database_url) if "postgresql" in server_database_url
                           else server_database_url)  # fmt: skip
    config = Config()
    config.set_main_option("script_location", str(storage._MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "s0001")
        conn.execute(text("INSERT INTO server_meta (key, value) VALUES ('server_id', 'the-first-server')"))
        hashed = {"h": auth.hash_password(PASSWORD)}
        conn.execute(text("INSERT INTO account (name, password_hash, admin, disabled, created_at) VALUES "
                          "('anna', :h, false, false, CURRENT_TIMESTAMP)"), hashed)  # fmt: skip
        conn.execute(text("INSERT INTO device (id, account, name, token_hash, created_at, last_batch) VALUES "
                          "('laptop', 'anna', 'Laptop', 'x', CURRENT_TIMESTAMP, 1)"))  # fmt: skip
        conn.execute(text("INSERT INTO push_batch (device_id, number, response, created_at) VALUES "
                          "('laptop', 1, '{\"batch\": 1}', CURRENT_TIMESTAMP)"))  # fmt: skip
        conn.execute(text("INSERT INTO entry (seq, record_type, record_id, field, value, hlc, device_id, account) "
                          "VALUES (1, 'contact', 'c1', 'given', '\"Zoë\"', 5, 'laptop', 'anna')"))  # fmt: skip
    engine.dispose()

    store = ServerStore.open(server_database_url)
    try:
        assert store.info()["server_id"] == "the-first-server"
        assert [a.name for a in store.accounts()] == ["anna"] and store.devices()[0]["last_batch"] == 1
        with store.engine.connect() as conn:
            assert conn.execute(select(entry.c.value)).scalars().all() == ['"Zoë"']
            assert conn.execute(select(batch.c.nonce)).scalars().all() == [None]
        who = store.authenticate(store.sign_in("anna", PASSWORD, "laptop"))
        with pytest.raises(storage.BatchReused):
            store.push(who, PushRequest(1, 0, [Entry("contact", "c1", "title", '"CEO"', 6, "laptop", "anna")]))
        assert store.push(who, PushRequest(2, 0, [Entry("contact", "c1", "title", '"CEO"', 6, "laptop", "anna")]))
    finally:
        store.close()


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CARDFILE_")}
    env.update(CARDFILE_HOME=str(home), CARDFILE_PASSWORD=PASSWORD, PYTHONUNBUFFERED="1", **extra)
    return env


def _serve(url: str, port: int, home: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "cardfile", "serve", "--database", url, "--port", str(port), *extra]


def _add_user(url: str, name: str) -> None:
    store = ServerStore.open(url)
    try:
        store.add_account(name, PASSWORD)
    finally:
        store.close()


def _device(path: Path, server: str, user: str) -> Services:
    services = open_database(path)
    services.sync.configure(server=server, user=user)
    return services


def test_sync_over_tls_with_a_certificate_the_device_trusts(tmp_path: Path) -> None:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
        timeout=60,
    )  # fmt: skip
    url = f"sqlite:///{tmp_path}/server/server.db"
    _add_user(url, "anna")
    port = free_port()
    trusting = ssl.create_default_context(cafile=str(cert))
    server = f"https://127.0.0.1:{port}"
    argv = _serve(url, port, tmp_path, "--host", "127.0.0.1", "--certfile", str(cert), "--keyfile", str(key))
    with run_process(argv, _env(tmp_path), f"{server}/v1/health", 60, ssl_context=trusting):
        db = tmp_path / "laptop.db"
        env = _env(tmp_path, SSL_CERT_FILE=str(cert))
        cli = [sys.executable, "-m", "cardfile", "--db", str(db)]
        with open_database(db) as laptop:
            laptop.contacts.create(ContactCreate(given="Anna", family="Berg"))
        done = subprocess.run(
            [*cli, "sync", "--server", server, "--user", "anna", "--json"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["pushed"] > 0
        # Without the certificate trusted, the device refuses the connection and says why.
        refused = subprocess.run(
            [*cli, "sync", "--json"], env=_env(tmp_path), capture_output=True, text=True, timeout=120
        )
        assert refused.returncode == 1
        assert "secure connection failed" in refused.stderr or "certificate" in refused.stderr


def test_two_server_processes_serve_one_postgresql_database(fresh_pg_url: str, tmp_path: Path) -> None:
    """The server keeps no state of its own: a device may sync through either process, as behind a load balancer."""
    _add_user(fresh_pg_url, "anna")
    ports = free_port(), free_port()
    while ports[1] == ports[0]:
        ports = ports[0], free_port()
    with (
        run_process(_serve(fresh_pg_url, ports[0], tmp_path), _env(tmp_path), f"http://127.0.0.1:{ports[0]}/v1/health"),
        run_process(_serve(fresh_pg_url, ports[1], tmp_path), _env(tmp_path), f"http://127.0.0.1:{ports[1]}/v1/health"),
    ):
        first = _device(tmp_path / "a.db", f"http://127.0.0.1:{ports[0]}", "anna")
        second = _device(tmp_path / "b.db", f"http://127.0.0.1:{ports[1]}", "anna")
        try:
            made = first.contacts.create(ContactCreate(given="Grete", family="Müller", title="Buyer"))
            first.sync.sync(password=PASSWORD)
            second.sync.sync(password=PASSWORD)
            assert second.contacts.get(made.id).title == "Buyer"
            second.contacts.update(made.id, ContactUpdate(title="Head buyer"))
            second.sync.sync()
            # The first device now syncs through the other process.
            first.sync.configure(server=f"http://127.0.0.1:{ports[1]}")
            first.sync.sync(password=PASSWORD)
            assert first.contacts.get(made.id).title == "Head buyer"
        finally:
            first.close()
            second.close()


@pytest.mark.parametrize("host", ["0.0.0.0"])
def test_serving_beyond_loopback_without_tls_warns(host: str, tmp_path: Path) -> None:
    port = free_port()
    log = tmp_path / "serve.log"
    url = f"sqlite:///{tmp_path}/server.db"
    with run_process(
        _serve(url, port, tmp_path, "--host", host), _env(tmp_path), f"http://127.0.0.1:{port}/v1/health", output=log
    ):
        pass
    text = log.read_text()
    assert "without TLS" in text and "--certfile" in text
