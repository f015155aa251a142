"""The PostgreSQL test cluster itself: it starts, takes SQLAlchemy connections as a password role, gives every
test its own database, and leaves nothing behind."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import psutil
import psycopg
import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from tests.server.postgres import (
    APP_ROLE,
    PostgresCluster,
    PostgresFailed,
    PostgresNotInstalled,
    find_postgres_bin,
    postgres_cluster,
    postgres_missing,
)


def scalar(url: str, statement: str) -> object:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(sa.text(statement)).scalar_one()
    finally:
        engine.dispose()


def has_table(url: str, name: str) -> bool:
    engine = sa.create_engine(url)
    try:
        return sa.inspect(engine).has_table(name)
    finally:
        engine.dispose()


def has_exited(pid: int) -> bool:
    """Gone, or a zombie its reaper has not collected yet (it has exited all the same)."""
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def processes_mentioning(text: str) -> list[psutil.Process]:
    return [p for p in psutil.process_iter(["cmdline"]) if text in " ".join(p.info["cmdline"] or [])]


def test_cluster_takes_a_sqlalchemy_connection_over_tcp_with_a_password(pg_url: str, pg_cluster: PostgresCluster):
    url = make_url(pg_url)
    assert (url.drivername, url.host, url.username) == ("postgresql+psycopg", "127.0.0.1", APP_ROLE)
    assert url.password

    assert scalar(pg_url, "SELECT current_user") == APP_ROLE
    assert scalar(pg_url, "SELECT current_database()") == url.database
    assert int(str(scalar(pg_url, "SHOW server_version_num"))) >= 150000
    assert scalar(pg_url, "SHOW server_encoding") == "UTF8"
    # The server must not lean on superuser powers it will not have in an office's PostgreSQL.
    assert scalar(pg_url, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user") is False
    assert pg_cluster.startup_seconds > 0


def test_cluster_refuses_a_wrong_password(pg_url: str):
    wrong = make_url(pg_url).set(password="not-the-password")
    engine = sa.create_engine(wrong)
    try:
        with pytest.raises(sa.exc.OperationalError, match="password authentication failed"):
            engine.connect()
    finally:
        engine.dispose()


def test_cluster_runs_with_its_fast_settings_on_loopback_only(pg_url: str, pg_cluster: PostgresCluster):
    assert scalar(pg_url, "SHOW fsync") == "off"
    assert scalar(pg_url, "SHOW synchronous_commit") == "off"
    assert scalar(pg_url, "SHOW full_page_writes") == "off"
    assert scalar(pg_url, "SHOW listen_addresses") == "127.0.0.1"
    with pg_cluster.admin_connection() as admin:  # only a superuser may read it
        assert admin.execute("SHOW unix_socket_directories").fetchone() == (str(pg_cluster.socket_dir),)


def test_fresh_database_is_empty_and_the_app_role_can_build_a_schema_in_it(fresh_pg_url: str):
    assert scalar(fresh_pg_url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == 0
    engine = sa.create_engine(fresh_pg_url)
    try:
        with engine.begin() as connection:
            connection.execute(sa.text("CREATE TABLE note (id serial PRIMARY KEY, body text NOT NULL)"))
            connection.execute(sa.text("INSERT INTO note (body) VALUES ('Zoë called back')"))
        with engine.connect() as connection:
            assert connection.execute(sa.text("SELECT body FROM note")).scalar_one() == "Zoë called back"
    finally:
        engine.dispose()


def test_two_new_databases_are_separate(new_pg_database: Callable[[], str]):
    first, second = new_pg_database(), new_pg_database()
    assert make_url(first).database != make_url(second).database

    engine = sa.create_engine(first)
    try:
        with engine.begin() as connection:
            connection.execute(sa.text("CREATE TABLE only_in_first (id integer)"))
    finally:
        engine.dispose()

    assert has_table(first, "only_in_first")
    assert not has_table(second, "only_in_first")


@pytest.mark.parametrize("run", ["first run", "second run"])
def test_each_test_gets_its_own_fresh_database(fresh_pg_url: str, run: str):
    """Both runs create the same table; the second would find the first's if fresh_pg_url were shared."""
    assert not has_table(fresh_pg_url, "left_by_an_earlier_test")
    engine = sa.create_engine(fresh_pg_url)
    try:
        with engine.begin() as connection:
            connection.execute(sa.text("CREATE TABLE left_by_an_earlier_test (id integer)"))
    finally:
        engine.dispose()
    assert has_table(fresh_pg_url, "left_by_an_earlier_test")


def test_dropping_a_test_database_ends_connections_a_test_left_open(pg_cluster: PostgresCluster):
    url = pg_cluster.create_database()
    name = str(make_url(url).database)
    engine = sa.create_engine(url)
    leaked = engine.connect()  # a test that forgets to close its connection must not break the cleanup
    leaked.execute(sa.text("SELECT 1"))

    pg_cluster.drop_database(name)

    with pg_cluster.admin_connection() as admin:
        assert admin.execute("SELECT count(*) FROM pg_database WHERE datname = %s", (name,)).fetchone() == (0,)
    leaked.invalidate()
    engine.dispose()


def test_server_database_url_gives_a_working_empty_database(server_database_url: str):
    engine = sa.create_engine(server_database_url)
    try:
        assert sa.inspect(engine).get_table_names() == []
        with engine.begin() as connection:
            connection.execute(sa.text("CREATE TABLE device (name varchar(40) PRIMARY KEY)"))
            connection.execute(sa.text("INSERT INTO device (name) VALUES ('laptop')"))
        with engine.connect() as connection:
            assert connection.execute(sa.text("SELECT name FROM device")).scalar_one() == "laptop"
    finally:
        engine.dispose()


def test_a_cluster_is_stopped_and_its_directory_removed_afterwards(postgres_bin: Path):
    with postgres_cluster() as cluster:
        directory, port = cluster.directory, cluster.port
        pid = int((cluster.data_dir / "postmaster.pid").read_text().splitlines()[0])
        assert directory.is_dir()
        assert [p.pid for p in processes_mentioning(str(directory))] == [pid]
        assert str(directory).startswith("/tmp/")
        assert scalar(cluster.url, "SELECT 1") == 1

    assert not directory.exists()
    assert has_exited(pid)
    assert [p.pid for p in processes_mentioning(str(directory)) if not has_exited(p.pid)] == []
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(host="127.0.0.1", port=port, user=APP_ROLE, dbname="cardfile", connect_timeout=5)


def test_missing_postgres_is_reported_with_what_to_install(tmp_path: Path):
    with pytest.raises(PostgresNotInstalled, match="apt-get install postgresql"):
        find_postgres_bin(path=str(tmp_path), debian_root=tmp_path / "no-postgresql")


def test_missing_postgres_fails_the_tests_in_ci(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="must run, not be skipped"):
        postgres_missing("no initdb")


@pytest.mark.parametrize("ci", [None, "", "false", "0"])
def test_missing_postgres_skips_the_tests_outside_ci(monkeypatch: pytest.MonkeyPatch, ci: str | None):
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    with pytest.raises(pytest.skip.Exception, match="PostgreSQL server tests skipped: no initdb"):
        postgres_missing("no initdb")


def test_debian_postgresql_directory_is_found_off_path(tmp_path: Path):
    for major in ("13", "15"):
        for program in ("initdb", "pg_ctl"):
            binary = tmp_path / major / "bin" / program
            binary.parent.mkdir(parents=True, exist_ok=True)
            binary.write_text("#!/bin/sh\n")
            binary.chmod(0o755)
    assert find_postgres_bin(path=str(tmp_path / "empty"), debian_root=tmp_path) == tmp_path / "15" / "bin"


def test_a_cluster_that_cannot_start_fails_with_the_server_log_and_leaves_nothing(postgres_bin: Path):
    with pytest.raises(PostgresFailed) as failure:
        with postgres_cluster(settings={"shared_buffers": "'plenty'"}):
            pytest.fail("a cluster with an invalid setting started")

    message = str(failure.value)
    assert "pg_ctl" in message
    assert 'invalid value for parameter "shared_buffers": "plenty"' in message  # from the server log's tail
    log = re.search(r"last lines of (/tmp/cardfile-pg-\S+)/postgres\.log", message)
    assert log is not None
    assert not Path(log.group(1)).exists()
