"""`cardfile --self-check`: prove this installation works, on throwaway data, and say what does not.

Runs the parts a person relies on, each once, in a temporary folder that is removed afterwards: every command's
module loaded (a bundle that missed one would fail that command), a database created and migrated, a card
written, found by name and by phone number, exported as a vCard and imported into a second database, photos in
the formats phones send read and scaled, the sync server's storage created (its own migrations) and served on
loopback, both databases synced through it, and the desktop's Qt parts (the offscreen platform, the SVG icons and
image formats, translations, ICU's collation and codecs, the charts) loaded. Nothing touches the person's own
database, settings, logs or keyring. Exit status 0 when every step passed; otherwise the failed step and its
one-line reason are printed, the traceback goes to the log, status 1.
"""

from __future__ import annotations

import io
import json
import os
import socket
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from cardfile import crashlog

PASSWORD = "self-check-password"
USER = "selfcheck"
PERSON = {"given": "Anna", "family": "Jónsdóttir", "phone": "+354 555 1234", "email": "anna@nordurljos.example"}


class CheckFailed(Exception):
    """A step saw a wrong result (as opposed to raising on its own)."""


@dataclass
class Checks:
    """The state the steps share: the temporary folder and what earlier steps made."""

    folder: Path
    log: Path  # the person's own log, where a failure's details go
    found: dict[str, Any] = field(default_factory=dict)

    def expect(self, condition: object, message: str) -> None:
        if not condition:
            raise CheckFailed(message)


Step = tuple[str, Callable[[Checks], str]]


def run(out: TextIO | None = None) -> int:
    """Run every step; returns the exit status (0 all passed, 1 one failed: the rest are not run)."""
    out = out or sys.stdout
    log = crashlog.log_path()  # before CARDFILE_HOME moves: a failure is written where the person will look
    with tempfile.TemporaryDirectory(prefix="cardfile-self-check-") as folder, _isolated(Path(folder)):
        checks = Checks(Path(folder), log)
        try:
            for name, step in STEPS:
                started = time.perf_counter()
                try:
                    note = step(checks)
                except Exception as error:  # every failure is reported the same way: one line, details logged
                    return _failed(name, error, out, log)
                took = (time.perf_counter() - started) * 1000
                print(f"ok      {name:<10} {took:7.0f} ms  {note}", file=out, flush=True)
        finally:
            _clean_up(checks)
    print("cardfile: self-check passed", file=out)
    return 0


def _clean_up(checks: Checks) -> None:
    """Stop the server and close the databases, whichever step the check stopped at."""
    server = checks.found.pop("server", None)
    if server is not None:
        server.stop()
    store = checks.found.pop("store", None)
    if store is not None:
        store.close()
    for services in checks.found.pop("open", []):
        services.close()


def _failed(name: str, error: BaseException, out: TextIO, log: Path) -> int:
    summary = str(error) if isinstance(error, CheckFailed) else crashlog.describe(error)
    message = getattr(error, "message", None)  # a typed Cardfile error says it in words already
    if isinstance(message, str):
        summary = message
    try:
        crashlog.write_entry(crashlog.details(error, f"`cardfile --self-check`: {name}"), log)
        where = f"the details are in {log}"
    except OSError as log_error:
        where = f"the details could not be written to {log} ({log_error.strerror or log_error})"
    print(f"FAILED  {name:<10} {summary}", file=out, flush=True)
    print(f"cardfile: self-check failed at '{name}' ({summary}); {where}", file=sys.stderr, flush=True)
    return 1


@contextmanager
def _isolated(folder: Path) -> Iterator[None]:
    """Everything under `folder`: no real data, config or keyring is read or written."""
    saved = {name: os.environ.get(name) for name in ("CARDFILE_HOME", "PYTHON_KEYRING_BACKEND")}
    os.environ["CARDFILE_HOME"] = str(folder / "home")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # the token lives in memory only
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


# ----- the steps -----


def _open(checks: Checks, name: str) -> Any:
    from cardfile.services import open_database

    services = open_database(checks.folder / name, create=True, auto_backup=False)
    checks.found.setdefault("open", []).append(services)
    return services


def check_commands(checks: Checks) -> str:
    from cardfile.cli.parser import MODULES, build_parser

    parser = build_parser()  # every command's module, imported by name as a command asks for it
    checks.expect(parser.parse_args(["server", "user", "list"]).command == "server", "the command tree is incomplete")
    return f"the {len(MODULES)} modules of the command line are here"


def check_database(checks: Checks) -> str:
    from cardfile.store.schema import HEAD

    services = _open(checks, "first.db")
    report = services.maintenance.check()
    checks.expect(report.ok, f"a new database fails its own check: {report.problems}")
    checks.found["first"] = services
    return f"created and migrated to schema {HEAD}"


def check_write(checks: Checks) -> str:
    from cardfile.domain.models import ContactCreate
    from cardfile.domain.values import EmailAddress, PhoneNumber

    services = checks.found["first"]
    person = services.contacts.create(
        ContactCreate(
            given=PERSON["given"],
            family=PERSON["family"],
            phones=[PhoneNumber(value=PERSON["phone"], label="cell")],
            emails=[EmailAddress(value=PERSON["email"], label="work")],
        )
    )
    checks.expect(services.contacts.get(person.id).display_name == "Anna Jónsdóttir", "the card did not read back")
    checks.found["person"] = person.id
    return f"added {person.display_name}"


def check_search(checks: Checks) -> str:
    from cardfile.domain.text import latin_of

    services, person = checks.found["first"], checks.found["person"]
    for query in ("jonsdott", "555-1234", "nordurljos"):
        hits = [hit.id for hit in services.search.search(query)]
        checks.expect(person in hits, f"searching {query!r} did not find the card")
    # Unidecode loads its tables by name: a bundle without them would find no Cyrillic or Greek name by Latin letters
    checks.expect(latin_of("петрова παπαδοπουλος") == "petrova papadopoulos", "transliteration tables are missing")
    return "found by name without accents, by phone number and by email"


def check_export(checks: Checks) -> str:
    target = checks.folder / "export.vcf"
    report = checks.found["first"].exporter.export_vcards(target, version="4.0")
    text = target.read_text(encoding="utf-8")
    checks.expect(report.count == 1 and "Jónsdóttir" in text and "BEGIN:VCARD" in text, "the vCard was not written")
    checks.found["export"] = target
    return f"wrote a vCard 4.0 file ({target.stat().st_size} bytes)"


def check_import(checks: Checks) -> str:
    services = _open(checks, "second.db")
    report = services.importer.import_files([checks.found["export"]], parallel=False)
    checks.expect(report.imported == 1, f"importing the exported card gave {report.as_json()}")
    hits = services.search.search("Jónsdóttir")
    checks.expect(len(hits) == 1, "the imported card is not found")
    phones = [phone["value"] for phone in services.contacts.get(hits[0].id).phones]
    checks.expect(phones == [PERSON["phone"]], f"the phone number came back as {phones}")
    checks.found["second"] = services
    return "read the vCard back into a second database"


def check_server(checks: Checks) -> str:
    from cardfile.server.storage import ServerStore, url_for

    store = ServerStore.open(url_for(checks.folder / "server"))
    checks.found["store"] = store
    store.add_account(USER, PASSWORD)
    server = _LoopbackServer(store)
    checks.found["server"] = server
    server.start()
    with urllib.request.urlopen(f"{server.url}/v1/health", timeout=10) as answer:
        health = json.loads(answer.read())
    checks.expect(health.get("status") == "ok", f"the server's health answer was {health}")
    return f"served on {server.url}"


def check_sync(checks: Checks) -> str:
    server: _LoopbackServer = checks.found["server"]
    first, second = checks.found["first"], checks.found["second"]
    pushed = 0
    for services in (first, second, first):
        services.sync.configure(server=server.url, user=USER)
        pushed += services.sync.sync(password=PASSWORD).pushed
    pulled = [hit.id for hit in second.search.search("Jónsdóttir")]
    checks.expect(checks.found["person"] in pulled, "the second database did not receive the first one's card")
    checks.found.pop("server").stop()
    checks.found.pop("store").close()
    return f"two databases synced through it ({pushed} changes pushed), then stopped"


def check_desktop(checks: Checks) -> str:
    try:
        from cardfile import app
    except ImportError as missing:
        if (missing.name or "").split(".")[0] in ("PySide6", "shiboken6"):
            return "skipped: Qt is not installed here (the commands and the server work without it)"
        raise
    return app.self_check(checks.folder / "desktop")


def check_duplicates(checks: Checks) -> str:
    from cardfile.domain.matching import compare_names, name_forms
    from cardfile.domain.models import ContactCreate
    from cardfile.domain.values import EmailAddress

    services, person = checks.found["first"], checks.found["person"]
    address = EmailAddress(value=PERSON["email"].upper(), label="home")
    (twin,) = services.contacts.create_many([ContactCreate(given="Anna", family="Jonsdottir", emails=[address])])
    groups = [set(g.ids) for g in services.duplicates.scan().groups]
    checks.expect(any({person, twin} <= group for group in groups), "the duplicate card was not found")
    # Names in other scripts are compared in Latin letters: Unidecode's tables for them must be here.
    for native, latin in (
        ("Анна Петрова", "Anna Petrova"),
        ("김민준", "Kim Minjun"),
        ("علی کریمی", "Ali Karimi"),
        ("ヤマダ タロウ", "Yamada Tarou"),
        ("Παπαδάκης", "Papadakis"),
        ("शर्मा", "Sharma"),
    ):
        forms = [name_forms({"display_name": name, "display_name_custom": True}) for name in (native, latin)]
        checks.expect(compare_names(*forms).alike, f"{native} and {latin} were not taken for one name")
    return "found a second card of the person; names compared across six scripts"


def check_photos(checks: Checks) -> str:
    from PIL import Image

    from cardfile.domain.photos import PHOTO_SIZE, fitted_photo

    # A camera's JPEG is scaled down (Pillow's JPEG codec); the formats phones and mail programs send are read.
    picture = Image.new("RGB", (1024, 768), (46, 134, 222))
    read = []
    for kind in ("JPEG", "PNG", "GIF", "WEBP"):
        data = io.BytesIO()
        picture.save(data, kind)
        fitted, mime = fitted_photo(data.getvalue(), None)
        with Image.open(io.BytesIO(fitted)) as image:
            checks.expect(
                max(image.size) == PHOTO_SIZE and mime in ("image/jpeg", "image/png"),
                f"a {kind} photo of 1024x768 came back as {image.format} {image.size}",
            )
        read.append(kind)
    return f"{', '.join(read)} photos read and scaled to {PHOTO_SIZE} pixels"


STEPS: list[Step] = [
    ("commands", check_commands),
    ("database", check_database),
    ("write", check_write),
    ("search", check_search),
    ("export", check_export),
    ("import", check_import),
    ("photos", check_photos),
    ("server", check_server),
    ("sync", check_sync),
    ("desktop", check_desktop),
    ("duplicates", check_duplicates),
]


class _LoopbackServer:
    """The real sync server app under uvicorn on 127.0.0.1, a free port, in a thread of this process."""

    def __init__(self, store: Any) -> None:
        import uvicorn

        from cardfile.server.app import create_app

        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.bind(("127.0.0.1", 0))
        self._socket.listen(16)
        self.url = f"http://127.0.0.1:{self._socket.getsockname()[1]}"
        config = uvicorn.Config(create_app(store), log_level="error", log_config=None, access_log=False, lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, name="self-check-server", daemon=True
        )

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(30)
        self._socket.close()
        if self._thread.is_alive():
            raise CheckFailed("the sync server did not stop within 30 s")
