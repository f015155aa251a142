"""A throwaway PostgreSQL cluster for the server tests: started from the installed binaries, removed afterwards.

PostgreSQL refuses to run as root, and CI runs the suite as root, so every PostgreSQL program runs as the
`postgres` OS user in a directory under /tmp that user owns (pytest's tmp_path is not readable by it). The cluster
listens on 127.0.0.1 and on a private socket directory only, with durability switched off for speed: its data is
thrown away anyway.
"""

from __future__ import annotations

import itertools
import os
import pwd
import secrets
import select
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

import psutil
import psycopg
import pytest
from psycopg import sql

from tests.server.process import free_port

POSTGRES_OS_USER = "postgres"  # the Debian package creates it; used only when the tests run as root
SUPERUSER = "postgres"  # bootstrap role, reached through the private socket without a password
APP_ROLE = "cardfile"  # the role the server connects as: a password, no superuser powers
APP_DATABASE = "cardfile"
FAST_SETTINGS = {
    # Durability is pointless for a cluster that is deleted after the run.
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    # Keep the log to what explains a failure.
    "log_min_messages": "warning",
    "log_line_prefix": "'%m [%p] '",
}
COMMAND_TIMEOUT = 120.0  # seconds for initdb or pg_ctl; a slow CI disk still finishes well within it
LOG_TAIL_LINES = 40
START_ATTEMPTS = 3  # another process may take the free port between picking it and PostgreSQL binding it


class PostgresNotInstalled(RuntimeError):
    """The PostgreSQL server programs (initdb, pg_ctl) or the OS user to run them are not on this machine."""


class PostgresFailed(RuntimeError):
    """A PostgreSQL program failed; the message carries its output and the tail of the server log."""


def running_in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in {"", "0", "false", "no"}


def postgres_missing(reason: str) -> NoReturn:
    """CI must run the PostgreSQL tests, so there a missing PostgreSQL fails them; elsewhere they are skipped."""
    if running_in_ci():
        pytest.fail(f"{reason}\n(CI is set: the PostgreSQL server tests must run, not be skipped)", pytrace=False)
    pytest.skip(f"PostgreSQL server tests skipped: {reason}")


def find_postgres_bin(path: str | None = None, debian_root: Path = Path("/usr/lib/postgresql")) -> Path:
    """The directory with initdb and pg_ctl: PATH first, then Debian's /usr/lib/postgresql/<major>/bin (newest)."""
    on_path = shutil.which("initdb", path=path)
    if on_path and shutil.which("pg_ctl", path=path):
        return Path(on_path).resolve().parent
    candidates = [p for p in debian_root.glob("*/bin") if (p / "initdb").exists()]
    candidates.sort(key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else -1, reverse=True)
    for candidate in candidates:
        if (candidate / "pg_ctl").exists():
            return candidate
    raise PostgresNotInstalled(
        f"PostgreSQL server programs not found: no initdb/pg_ctl on PATH or in {debian_root}/*/bin "
        "(on Debian/Ubuntu: apt-get install postgresql)"
    )


def _os_user_for_postgres() -> pwd.struct_passwd | None:
    """The OS user to run PostgreSQL as: `postgres` when we are root, None (ourselves) otherwise."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(POSTGRES_OS_USER)
    except KeyError:
        raise PostgresNotInstalled(
            f"running as root, but there is no {POSTGRES_OS_USER!r} OS user to run PostgreSQL as "
            "(PostgreSQL refuses to run as root; the Debian postgresql package creates that user)"
        ) from None


def _tail(path: Path, lines: int = LOG_TAIL_LINES) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        return f"(no log at {path}: {error.strerror})"
    return "\n".join(text.splitlines()[-lines:]) or "(log is empty)"


@dataclass
class PostgresCluster:
    """A running throwaway cluster: where it lives, how to reach it, and how to add databases to it."""

    directory: Path
    bin_dir: Path
    port: int
    password: str
    run_as: pwd.struct_passwd | None
    startup_seconds: float = 0.0
    _names: Iterator[int] = field(default_factory=lambda: itertools.count(1), repr=False)

    host = "127.0.0.1"
    user = APP_ROLE
    database = APP_DATABASE

    @property
    def data_dir(self) -> Path:
        return self.directory / "data"

    @property
    def socket_dir(self) -> Path:
        return self.directory / "socket"

    @property
    def log_file(self) -> Path:
        return self.directory / "postgres.log"

    @property
    def url(self) -> str:
        """SQLAlchemy URL of the cluster's own database, over TCP with the app role's password."""
        return self.url_for(self.database)

    def url_for(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}:{self.password}@{self.host}:{self.port}/{database}"

    def log_tail(self) -> str:
        return _tail(self.log_file)

    def admin_connection(self) -> psycopg.Connection[Any]:
        """A superuser connection through the private socket, in autocommit (CREATE/DROP DATABASE need it)."""
        return psycopg.connect(
            host=str(self.socket_dir), port=self.port, user=SUPERUSER, dbname="postgres", autocommit=True
        )

    def create_database(self, name: str | None = None) -> str:
        """Create an empty database owned by the app role and return its SQLAlchemy URL."""
        name = name or f"test_{next(self._names)}"
        with self.admin_connection() as admin:
            admin.execute(
                sql.SQL("CREATE DATABASE {} OWNER {}").format(sql.Identifier(name), sql.Identifier(self.user))
            )
        return self.url_for(name)

    def drop_database(self, name: str) -> None:
        """Drop a database even if a test left connections to it open (WITH (FORCE) ends them)."""
        with self.admin_connection() as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def run(self, program: str, *args: str) -> subprocess.CompletedProcess[str]:
        """Run a PostgreSQL program as the cluster's OS user; raise PostgresFailed with its output if it fails."""
        command = [str(self.bin_dir / program), *args]
        user = self.run_as
        try:
            result = subprocess.run(
                command,
                cwd=self.directory,  # the postgres user may not be allowed into our working directory
                env=_postgres_env(user),
                user=user.pw_uid if user else None,
                group=user.pw_gid if user else None,
                extra_groups=[] if user else None,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=COMMAND_TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired as error:
            raise PostgresFailed(self._failure(command, f"timed out after {error.timeout:.0f} s", "")) from None
        if result.returncode != 0:
            output = (result.stdout + result.stderr).strip()
            raise PostgresFailed(self._failure(command, f"exit code {result.returncode}", output))
        return result

    def _failure(self, command: list[str], what: str, output: str) -> str:
        return (
            f"PostgreSQL: `{' '.join(command)}` failed ({what})"
            + (f"\n--- its output ---\n{output}" if output else "")
            + f"\n--- last lines of {self.log_file} ---\n{self.log_tail()}"
        )


def _postgres_env(user: pwd.struct_passwd | None) -> dict[str, str]:
    """Our environment without libpq/PostgreSQL variables that would point the programs elsewhere."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["LC_ALL"] = "C.UTF-8"
    if user is not None:
        env["HOME"] = user.pw_dir
        env["USER"] = env["LOGNAME"] = user.pw_name
    return env


def _make_cluster_directory(run_as: pwd.struct_passwd | None) -> Path:
    directory = Path(tempfile.mkdtemp(prefix="cardfile-pg-", dir="/tmp"))
    (directory / "socket").mkdir(mode=0o700)
    if run_as is not None:
        for path in (directory, directory / "socket"):
            os.chown(path, run_as.pw_uid, run_as.pw_gid)
    return directory


def _initdb(cluster: PostgresCluster) -> None:
    """Create the data directory: trust on the private socket, scram passwords over TCP, UTF-8, no fsync."""
    cluster.run(
        "initdb",
        "--pgdata",
        str(cluster.data_dir),
        "--username",
        SUPERUSER,
        "--auth-local=trust",
        "--auth-host=scram-sha-256",
        "--encoding=UTF8",
        "--locale=C.UTF-8",
        "--no-sync",
        "--no-instructions",
    )


def _configure(cluster: PostgresCluster, settings: Mapping[str, str]) -> None:
    lines = [f"{name} = {value}" for name, value in settings.items()]
    with (cluster.data_dir / "postgresql.conf").open("a", encoding="utf-8") as conf:
        conf.write("\n# cardfile test cluster\n" + "\n".join(lines) + "\n")


def _start(cluster: PostgresCluster, settings: Mapping[str, str]) -> None:
    """pg_ctl start on a free port, trying another port if someone else took the one we picked."""
    for attempt in range(1, START_ATTEMPTS + 1):
        cluster.port = free_port()
        _configure(cluster, {**settings, "port": str(cluster.port)})  # a later line wins in postgresql.conf
        try:
            cluster.run(
                "pg_ctl",
                "start",
                "--pgdata",
                str(cluster.data_dir),
                "--log",
                str(cluster.log_file),
                "--wait",
                f"--timeout={int(COMMAND_TIMEOUT)}",
                "--silent",
            )
            return
        except PostgresFailed:
            if attempt == START_ATTEMPTS or "Address already in use" not in cluster.log_tail():
                raise


def _create_app_role_and_database(cluster: PostgresCluster) -> None:
    with cluster.admin_connection() as admin:
        admin.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(cluster.user), sql.Literal(cluster.password)
            )
        )
    cluster.create_database(cluster.database)


def _postmaster_pid(cluster: PostgresCluster) -> int | None:
    with suppress(OSError, ValueError, IndexError):
        return int((cluster.data_dir / "postmaster.pid").read_text().splitlines()[0])
    return None


def _stop(cluster: PostgresCluster) -> None:
    """Stop at once (immediate mode: no checkpoint, the data is thrown away); kill the postmaster if that fails.

    pg_ctl returns once postmaster.pid is gone, a moment before the postmaster has exited; wait for the process
    itself so nothing writes into the directory while it is removed.
    """
    pid = _postmaster_pid(cluster)
    if pid is None:
        return
    try:
        cluster.run("pg_ctl", "stop", "--pgdata", str(cluster.data_dir), "--mode=immediate", "--wait", "--silent")
    except PostgresFailed:
        with suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        raise
    finally:
        if not _wait_for_exit(pid, COMMAND_TIMEOUT):
            raise PostgresFailed(f"PostgreSQL postmaster {pid} still runs {COMMAND_TIMEOUT:.0f} s after pg_ctl stop")


def _wait_for_exit(pid: int, timeout: float) -> bool:
    """Wait until a process that is not our child has exited; a zombie has (its reaper may be slow to collect it)."""
    try:
        descriptor = os.pidfd_open(pid)  # Linux: readable once the process has exited
    except ProcessLookupError:
        return True
    except (AttributeError, OSError):  # no pidfd (macOS, old kernel)
        try:
            psutil.Process(pid).wait(timeout)
        except psutil.NoSuchProcess:
            pass
        except psutil.TimeoutExpired:
            return False
        return True
    try:
        readable, _, _ = select.select([descriptor], [], [], timeout)
        return bool(readable)
    finally:
        os.close(descriptor)


@contextmanager
def postgres_cluster(settings: Mapping[str, str] | None = None) -> Iterator[PostgresCluster]:
    """Start a throwaway cluster with a password role `cardfile` owning a database `cardfile`; remove it after.

    `settings` adds or overrides postgresql.conf settings (e.g. {"max_connections": "200"}).
    Raises PostgresNotInstalled when the programs are missing and PostgresFailed (with the server log) when
    they fail.
    """
    bin_dir = find_postgres_bin()
    run_as = _os_user_for_postgres()
    started = time.perf_counter()
    cluster = PostgresCluster(
        directory=_make_cluster_directory(run_as),
        bin_dir=bin_dir,
        port=0,
        password=secrets.token_hex(16),
        run_as=run_as,
    )
    try:
        _initdb(cluster)
        _start(
            cluster,
            {
                "listen_addresses": "'127.0.0.1'",
                "unix_socket_directories": f"'{cluster.socket_dir}'",
                **FAST_SETTINGS,
                **(settings or {}),
            },
        )
        _create_app_role_and_database(cluster)
        cluster.startup_seconds = time.perf_counter() - started
        yield cluster
    finally:
        try:
            _stop(cluster)
        finally:
            shutil.rmtree(cluster.directory, ignore_errors=True)
