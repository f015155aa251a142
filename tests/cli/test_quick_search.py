"""`cardfile search` on a database that opening fully would only read runs without the services, SQLAlchemy, SQLModel
or pydantic (issue #14: 0.94 s, nine tenths of it imports, for a 3 ms search; budget 0.3 s), and prints what the
full path prints; a database the full open has work for (the day's backup here) takes the full path."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from cardfile import paths
from cardfile.services import Services
from cardfile.store import backup
from tests.helpers import add_contact

HEAVY = (
    "sqlalchemy",
    "sqlmodel",
    "pydantic",
    "alembic",
    "cardfile.domain.models",
    "cardfile.services.container",
    "cardfile.store.database",
    "cardfile.store.tables",
)


def _search(db: Path, *words: str) -> tuple[object, list[str]]:
    """The command run in a fresh interpreter: its JSON and the heavy modules it imported."""
    probe = (
        "import io, sys, contextlib\n"
        "from cardfile.cli.main import main\n"
        "out = io.StringIO()\n"
        f"with contextlib.redirect_stdout(out): status = main({['--db', str(db), 'search', *words, '--json']!r})\n"
        f"heavy = sorted(m for m in sys.modules if any(m == h or m.startswith(h + '.') for h in {HEAVY!r}))\n"
        "assert status == 0, status\n"
        "print(repr(heavy), file=sys.stderr)\n"
        "sys.stdout.write(out.getvalue())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True, encoding="utf-8"
    )
    return json.loads(done.stdout), eval(done.stderr.strip().splitlines()[-1])


def test_search_json_imports_none_of_the_heavy_modules_and_prints_what_the_services_print(
    services: Services, db_path: Path
) -> None:
    anna = add_contact(
        services,
        given="Anna",
        family="Árnadóttir",
        title="Sölustjóri",
        emails=[{"value": "anna@vordur.is", "label": "work"}],
        phones=[{"value": "+354 555 1234", "label": "cell"}],
        tags=["vip"],
        company_name="Vörður hf.",
    )
    add_contact(services, given="Anna", family="Árnadóttir", emails=[{"value": "anna@hi.is"}])
    assert services.maintenance.daily_backup() is not None  # today's is made: the full open would only read
    for words in (["anna"], ["5551234"], ["vör"], ["an", "ár"], ["zzyzx"]):
        printed, heavy = _search(db_path, *words)
        assert heavy == [], words
        assert printed == services.search.search_json(" ".join(words)), words
    printed, _ = _search(db_path, "anna")
    person = next(hit for hit in printed if hit["id"] == anna)
    assert person["company"]["name"] == "Vörður hf." and person["tags"] == ["vip"]
    assert person["phones"] == [{"label": "cell", "preferred": False, "value": "+354 555 1234"}]


def test_search_takes_the_full_path_when_the_day_s_backup_is_due(services: Services, db_path: Path) -> None:
    """The full open makes the day's backup once the command is done; the quick path must not skip it."""
    add_contact(services, given="Anna", family="Berg")
    backups = paths.backup_dir_for(db_path)
    assert backup.daily_backups(backups) == []
    printed, heavy = _search(db_path, "berg")
    assert "sqlalchemy" in heavy
    assert [hit["display_name"] for hit in printed] == ["Anna Berg"]
    assert backup.wait_for_daily_worker(backups)  # the full path hands the copy to a process of its own
    assert len(backup.daily_backups(backups)) == 1
    printed, heavy = _search(db_path, "berg")  # and now the quick path, with the same answer
    assert heavy == []
    assert [hit["display_name"] for hit in printed] == ["Anna Berg"]
