"""Fakes for what lies outside the project (the OS keyring, the clock) and small builders used across tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from keyring.backend import KeyringBackend

from cardfile.domain.models import ContactCreate, validate
from cardfile.domain.recurrence import local_zone_name, zone_of
from cardfile.services import Services

ROOT = Path(__file__).resolve().parent.parent


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in memory: tests never touch an OS keychain."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self._store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._store.pop((service, username), None)


class FakeClock:
    """A wall clock a test moves by hand (milliseconds since the epoch)."""

    def __init__(self, millis: int = 1_800_000_000_000) -> None:
        self.millis = millis

    def __call__(self) -> int:
        return self.millis

    def advance(self, millis: int) -> None:
        self.millis += millis


class FixedClock:
    """The services' clock (`open_database(now=…)`), set by the test: the one fake besides the keyring's."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def local(day: date, hour: int, minute: int = 0) -> datetime:
    """A time as a person here types it (this computer's zone), as the services store it (UTC)."""
    return datetime.combine(day, time(hour, minute)).replace(tzinfo=zone_of(local_zone_name())).astimezone(UTC)


def add_contact(services: Services, **fields: Any) -> str:
    company = fields.pop("company_name", None)
    return services.contacts.create(validate(ContactCreate, **fields), company_name=company).id


def run_cli(
    args: Sequence[str],
    *,
    db: Path | None = None,
    env: dict[str, str] | None = None,
    input: str | None = None,
    timeout: float = 120,
    preexec: Callable[[], None] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the real `cardfile` entry point in a subprocess, as a script or a person would.

    `preexec` runs in the child before cardfile starts (tests.disks limits its file sizes with it)."""
    full_env = {**os.environ, **(env or {})}
    full_env.setdefault("PYTHONIOENCODING", "utf-8")
    command = [sys.executable, "-m", "cardfile"]
    if db is not None:
        command += ["--db", str(db)]
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=input,
        timeout=timeout,
        cwd=ROOT,
        encoding="utf-8",
        preexec_fn=preexec,
    )


def cli_json(args: Sequence[str], *, db: Path, **kwargs: Any) -> Any:
    result = run_cli([*args, "--json"], db=db, **kwargs)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)
