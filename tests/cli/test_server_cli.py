"""`cardfile server user …`, `cardfile serve` and `cardfile sync` against a real server process on loopback.

The server always runs as its own process (`python -m cardfile serve`). The commands under test run through the
same `main()` the `cardfile` entry point calls, in this process (starting an interpreter per command would make
this module slow); one first sync runs as a real subprocess, as a script would, with no keyring at all.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail

from cardfile.cli.main import main
from cardfile.domain.record_types import RecordType
from cardfile.server.storage import ServerStore, Unauthorized, url_for
from cardfile.services import open_database
from cardfile.store import search as search_index
from tests.helpers import add_contact, run_cli
from tests.server.live import Client
from tests.server.process import free_port, run_process

PASSWORDS = {"anna": "anna's password", "ben": "ben's password"}


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        assert self.code == 0, self.err
        return json.loads(self.out)


Cardfile = Callable[..., Ran]


@pytest.fixture
def cardfile(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cardfile:
    """Run `cardfile ARGS` in-process; `password` becomes CARDFILE_PASSWORD; stdin is empty, never a terminal."""

    def run(*args: str | Path, password: str | None = None) -> Ran:
        if password is None:
            monkeypatch.delenv("CARDFILE_PASSWORD", raising=False)
        else:
            monkeypatch.setenv("CARDFILE_PASSWORD", password)
        monkeypatch.setattr(sys, "stdin", io.StringIO(""))
        capsys.readouterr()
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return Ran(code, out, err)

    return run


@dataclass(frozen=True)
class Server:
    url: str
    log: Path


@pytest.fixture(scope="module")
def server_process(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """`cardfile serve --data DIR` as a real process on a free loopback port, with users anna and ben."""
    folder = tmp_path_factory.mktemp("server")
    store = ServerStore.open(url_for(folder / "data"))
    for name, password in PASSWORDS.items():
        store.add_account(name, password)
    store.close()
    port = free_port()
    env = {**os.environ, "CARDFILE_HOME": str(folder / "home")}
    argv: list[str | Path] = [sys.executable, "-m", "cardfile", "serve", "--data", folder / "data", "--port", str(port)]
    with run_process(argv, env, f"http://127.0.0.1:{port}/v1/health", 120, output=folder / "server.log"):
        yield Server(f"http://127.0.0.1:{port}", folder / "server.log")


@pytest.fixture
def server(server_process: Server) -> str:
    return server_process.url


def server_top(url: str) -> int:
    """How far the server's sequence goes: what the devices of this module's other tests have pushed."""
    return int(Client(url).request("GET", "/v1/health").body["cursor"])


def device(path: Path, *people: tuple[str, str]) -> list[str]:
    with open_database(path) as services:
        return [add_contact(services, given=given, family=family) for given, family in people]


# ----- cardfile server user … -----


def test_user_add_refuses_a_taken_name_a_short_password_and_a_missing_password(cardfile: Cardfile, tmp_path: Path):
    data = tmp_path / "server-data"

    added = cardfile("server", "user", "add", "anna", "--admin", "--data", data, password="anna's password")
    as_json = cardfile("server", "user", "add", "ben", "--data", data, "--json", password="ben's password")
    taken = cardfile("server", "user", "add", "anna", "--data", data, password="another password")
    short = cardfile("server", "user", "add", "carl", "--data", data, password="short")
    no_password = cardfile("server", "user", "add", "dora", "--data", data)

    assert (added.code, added.out) == (0, "added user anna (administrator)\n")
    assert as_json.json() == {"user": "ben", "admin": False}
    assert (taken.code, taken.err) == (1, "cardfile: there is already a user named 'anna'\n")
    assert (short.code, short.err) == (1, "cardfile: a password needs at least 8 characters\n")
    assert (no_password.code, no_password.err) == (
        1,
        "cardfile: no password: set CARDFILE_PASSWORD or run this command in a terminal\n",
    )
    listed = cardfile("server", "user", "list", "--data", data, "--json").json()
    assert [(u["name"], u["admin"]) for u in listed] == [("anna", True), ("ben", False)]


def test_user_list_passwd_and_disable(cardfile: Cardfile, tmp_path: Path):
    data = tmp_path / "server-data"
    for name, password in PASSWORDS.items():
        assert cardfile("server", "user", "add", name, "--data", data, password=password).code == 0
    store = ServerStore.open(url_for(data))
    try:
        store.sign_in("ben", PASSWORDS["ben"], "ben-laptop")

        listed = cardfile("server", "user", "list", "--data", data, "--json").json()
        assert [(u["name"], u["admin"], u["disabled"], u["devices"]) for u in listed] == [
            ("anna", False, False, 0),
            ("ben", False, False, 1),
        ]
        assert all(u["created_at"] for u in listed)
        table = cardfile("server", "user", "list", "--data", data).out.splitlines()
        assert table[0].lower().split() == ["user", "admin", "disabled", "devices", "since"]
        assert [line.split()[0] for line in table[-2:]] == ["anna", "ben"]

        changed = cardfile("server", "user", "passwd", "ben", "--data", data, password="ben's new password")
        assert (changed.code, changed.out) == (0, "changed the password of ben\n")
        with pytest.raises(Unauthorized):
            store.sign_in("ben", PASSWORDS["ben"], "ben-phone")
        store.sign_in("ben", "ben's new password", "ben-phone")
        unknown = cardfile("server", "user", "passwd", "nobody", "--data", data, password="a new password")
        assert (unknown.code, unknown.err) == (1, "cardfile: there is no user named 'nobody'\n")

        disabled = cardfile("server", "user", "disable", "ben", "--data", data, "--json").json()
        assert disabled == {"user": "ben", "disabled": True, "devices_revoked": 2}
        listed = cardfile("server", "user", "list", "--data", data, "--json").json()
        assert [(u["name"], u["disabled"], u["devices"]) for u in listed] == [("anna", False, 0), ("ben", True, 0)]
        with pytest.raises(Unauthorized, match="disabled"):
            store.sign_in("ben", "ben's new password", "ben-laptop")
        assert cardfile("server", "user", "disable", "nobody", "--data", data).code == 1
    finally:
        store.close()


# ----- cardfile sync against a real server process -----


def test_a_script_syncs_with_a_password_in_the_environment_and_no_keyring(server: str, tmp_path: Path):
    laptop = tmp_path / "laptop.db"
    device(laptop, ("Zoë", "Kim"), ("Paul", "Berg"))
    with open_database(laptop) as services:
        pending = services.sync.status().pending
    env = {"CARDFILE_PASSWORD": PASSWORDS["anna"], "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    earlier = server_top(server)

    first = run_cli(["sync", "--server", server, "--user", "anna", "--json"], db=laptop, env=env, input="")

    assert first.returncode == 0, first.stderr
    counts = json.loads(first.stdout)
    assert set(counts) == {"pushed", "pulled", "conflicts", "cursor", "overruled"}
    assert counts["overruled"] == []
    assert (counts["pushed"], counts["cursor"]) == (pending, earlier + pending)
    assert counts["pulled"] <= earlier, "at most what other devices had pushed (a snapshot skips superseded values)"
    assert "No keyring is available" in first.stderr, "the person is told the sign-in cannot be remembered"
    with open_database(laptop) as services:
        status = services.sync.status()
        learned = services.sync.conflicts()
    assert (status.server, status.user, status.pending, status.cursor) == (server, "anna", 0, counts["cursor"])
    assert counts["conflicts"] == len(learned), "conflicts other devices left on the server count as learned"


def test_sync_remembers_server_user_and_sign_in_and_counts_what_moved(
    cardfile: Cardfile, server: str, server_process: Server, tmp_path: Path
):
    assert "without TLS" not in server_process.log.read_text(), "serving on loopback needs no warning"
    laptop, desktop = tmp_path / "laptop.db", tmp_path / "desktop.db"
    zoe, _paul = device(laptop, ("Zoë", "Kim"), ("Paul", "Berg"))
    with open_database(laptop) as services:
        pending = services.sync.status().pending

    earlier = server_top(server)

    first = cardfile("--db", laptop, "sync", "--server", server, "--user", "ben", "--json", password=PASSWORDS["ben"])
    assert (first.json()["pushed"], first.json()["cursor"]) == (pending, earlier + pending)
    assert first.json()["pulled"] <= earlier
    learned = len(cardfile("--db", laptop, "conflict", "list", "--json").json())
    assert first.json()["conflicts"] == learned
    status = cardfile("--db", laptop, "sync", "--status", "--json").json()
    assert (status["server"], status["user"], status["signed_in"], status["pending"]) == (server, "ben", True, 0)

    other = cardfile("--db", desktop, "sync", "--server", server, "--user", "ben", "--json", password=PASSWORDS["ben"])
    assert (other.json()["pushed"], other.json()["conflicts"]) == (0, learned)
    assert other.json()["pulled"] >= pending
    names = {c["display_name"] for c in cardfile("--db", desktop, "contact", "list", "--json").json()}
    assert {"Zoë Kim", "Paul Berg"} <= names

    # Both edit one field before seeing the other's edit: the second to sync learns of the conflict.
    assert cardfile("--db", laptop, "contact", "edit", zoe, "--title", "CEO").code == 0
    assert cardfile("--db", desktop, "contact", "edit", zoe, "--title", "CFO").code == 0
    again = cardfile("--db", laptop, "sync", "--json").json()  # no --server, --user or password: remembered
    last = cardfile("--db", desktop, "sync", "--json").json()

    assert (again["pushed"] > 0, again["conflicts"]) == (True, 0)
    assert (last["pushed"] > 0, last["pulled"] > 0, last["conflicts"]) == (True, True, 1)
    assert last["cursor"] > first.json()["cursor"]
    listed = [c for c in cardfile("--db", desktop, "conflict", "list", "--json").json() if c["record_id"] == zoe]
    assert [(c["field"], c["current"], c["other"]) for c in listed] in (
        [("title", "CEO", "CFO")],
        [("title", "CFO", "CEO")],
    )
    text = cardfile("--db", laptop, "sync")
    # The laptop pulls the desktop's losing title and the conflict record, and says where to look.
    assert (text.code, text.out) == (0, "pushed 0, pulled 2 change(s); 1 new conflict(s): cardfile conflict list\n")


def test_sync_says_plainly_when_there_is_no_keyring_and_still_syncs(cardfile: Cardfile, server: str, tmp_path: Path):
    keyring.set_keyring(fail.Keyring())
    laptop = tmp_path / "laptop.db"
    device(laptop, ("Zoë", "Kim"))

    first = cardfile("--db", laptop, "sync", "--server", server, "--user", "anna", password=PASSWORDS["anna"])
    again = cardfile("--db", laptop, "sync")

    assert first.code == 0 and first.out.startswith("pushed ")
    assert "No keyring is available" in first.err
    assert again.code == 1, "without a keyring the next sync needs the password again"
    assert "a password is needed" in again.err


def test_sync_exits_1_with_a_clear_message_when_unreachable_or_refused(cardfile: Cardfile, server: str, tmp_path: Path):
    laptop = tmp_path / "laptop.db"
    device(laptop, ("Zoë", "Kim"))
    closed = f"http://127.0.0.1:{free_port()}"

    unreachable = cardfile("--db", laptop, "sync", "--server", closed, "--user", "anna", "--json", password="x")
    wrong = cardfile("--db", laptop, "sync", "--server", server, "--json", password="not anna's password")
    nobody = cardfile("--db", tmp_path / "other.db", "sync", "--server", server, "--user", "nobody", password="x")
    not_configured = cardfile("--db", tmp_path / "third.db", "sync")

    assert (unreachable.code, unreachable.out) == (1, "")
    assert unreachable.err == (
        f"cardfile: Cannot reach the sync server {closed}: nothing answers at that address (is the server "
        "running?). Your changes are kept and will sync later.\n"
    )
    assert (wrong.code, wrong.out) == (1, "")
    assert wrong.err == f"cardfile: Sign in to {server} as anna: wrong user name or password\n"
    assert (nobody.code, nobody.err) == (1, f"cardfile: Sign in to {server} as nobody: wrong user name or password\n")
    assert not_configured.code == 1 and "--server URL and --user NAME" in not_configured.err
    status = cardfile("--db", laptop, "sync", "--status", "--json").json()
    assert status["pending"] > 0, "nothing left the device"
    assert "wrong user name or password" in status["last_error"]


# ----- cardfile serve -----


def test_serve_beyond_loopback_without_tls_warns(cardfile: Cardfile, tmp_path: Path):
    port = free_port()
    log = tmp_path / "serve.log"
    argv: list[str | Path] = [
        sys.executable,
        "-m",
        "cardfile",
        "serve",
        "--data",
        tmp_path / "data",
        "--host",
        "0.0.0.0",
    ]

    with run_process([*argv, "--port", str(port)], None, f"http://127.0.0.1:{port}/v1/health", 120, output=log):
        newer = Client(f"http://127.0.0.1:{port}").request("POST", "/v1/handshake", {"protocol": 999})
        assert newer.status == 426
    output = log.read_text()  # complete: the server has stopped

    assert "warning: serving on 0.0.0.0 without TLS" in output
    assert "Give --certfile and --keyfile" in output
    assert f"cardfile sync server on http://0.0.0.0:{port}/" in output
    # Regression: Alembic's "setup plugin …", "Context impl SQLiteImpl." and "Running upgrade …" lines came first.
    said = [line for line in output.splitlines() if not line.startswith("{")]
    assert said == [
        "warning: serving on 0.0.0.0 without TLS: passwords and contacts cross the network readable by anyone on "
        "it. Give --certfile and --keyfile, or put the server behind a TLS proxy.",
        f"cardfile sync server on http://0.0.0.0:{port}/ storing in sqlite:///{tmp_path / 'data' / 'server.db'}",
    ], "a new server's first start migrates its storage without a word"
    requests = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    assert [(r["method"], r["path"], r["status"]) for r in requests][-1] == ("POST", "/v1/handshake", 426)
    assert all(r["path"] == "/v1/health" for r in requests[:-1]), "the readiness checks, one JSON line each"
    half_tls = cardfile("serve", "--data", tmp_path / "data", "--certfile", tmp_path / "cert.pem")
    assert (half_tls.code, half_tls.err) == (1, "cardfile: --certfile and --keyfile go together\n")


def test_a_first_sync_builds_the_search_index_after_the_records_and_syncs_on_as_before(
    cardfile: Cardfile, server: str, tmp_path: Path
) -> None:
    """#14: the snapshot's rows go in without their search index, and `cardfile sync` builds it right after."""
    laptop, desktop = tmp_path / "laptop.db", tmp_path / "desktop.db"
    zoe, _paul = device(laptop, ("Zoë", "Quintessa"), ("Paul", "Quintero"))
    assert cardfile("--db", laptop, "sync", "--server", server, "--user", "anna", password=PASSWORDS["anna"]).code == 0

    first = cardfile(
        "--db", desktop, "sync", "--server", server, "--user", "anna", "--json", password=PASSWORDS["anna"]
    )

    assert first.json()["pulled"] > 0
    assert "building the search index" in first.err
    with open_database(desktop) as services:
        assert services.search.index_ready()
    found = cardfile("--db", desktop, "search", "quint", "--json").json()
    assert {zoe, _paul} <= {hit["id"] for hit in found}
    assert "still being built" not in cardfile("--db", desktop, "search", "quint").err

    # From then on it pulls changes, as before: the laptop's edit, and nothing to build.
    assert cardfile("--db", laptop, "contact", "edit", zoe, "--title", "Harbour master").code == 0
    assert cardfile("--db", laptop, "sync").code == 0
    again = cardfile("--db", desktop, "sync", "--json")
    assert again.json()["pulled"] <= 3 and "building" not in again.err
    assert [hit["id"] for hit in cardfile("--db", desktop, "search", "harbour", "--json").json()] == [zoe]


def test_search_while_the_index_is_still_being_built_finds_every_record_and_says_so(
    cardfile: Cardfile, tmp_path: Path
) -> None:
    path = tmp_path / "device.db"
    zoe, paul = device(path, ("Zoë", "Quintessa"), ("Paul", "Quintero"))
    with open_database(path) as services, services.db.write("A first sync, as far as the index goes") as w:
        search_index.remove(w.conn, [zoe, paul])
        search_index.defer(w.conn, {RecordType.CONTACT: [zoe, paul]})

    ran = cardfile("--db", path, "search", "quint", "--json")

    assert {hit["id"] for hit in ran.json()} == {zoe, paul}
    assert "the search index is still being built" in ran.err
