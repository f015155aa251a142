"""`cardfile contact list --json` and `company list --json` stream their array: the same records, fields and order
as the whole listing read at once, written a page at a time, and never a cut-off array that parses."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from cardfile.cli import output
from cardfile.cli.main import main
from cardfile.domain.models import CustomFieldCreate, validate
from cardfile.services import Services, contacts, records
from cardfile.services.companies import CompanyService
from tests.helpers import add_contact
from tests.unit.services.test_import_card_shapes import INLINE_30 as AGENT  # a card naming its agent


@pytest.fixture
def people(services: Services, tmp_path: Path) -> Services:
    """People with everything a person's JSON carries: a company, entries of every kind, tags, a photo, custom
    values, a related person (an agent from a nested card), one in the Trash, names in several scripts."""
    define = services.custom_fields.define
    region = define(validate(CustomFieldCreate, name="Region")).id
    score = define(validate(CustomFieldCreate, name="Score", field_type="number")).id
    letters = define(validate(CustomFieldCreate, name="Newsletter", field_type="yes_no")).id
    gone = define(validate(CustomFieldCreate, name="Removed")).id
    add_contact(
        services,
        given="Anna",
        family="Jónsdóttir",
        title="Buyer",
        company_name="Norðurljós ehf.",
        emails=[{"value": "anna@nordurljos.is", "label": "work", "preferred": True}],
        phones=[{"value": "+354 555 1234", "label": "cell"}],
        addresses=[{"street": "Laugavegur 1", "locality": "Reykjavík", "country": "Iceland", "label": "work"}],
        urls=[{"value": "https://nordurljos.is"}],
        tags=["vip", "customer"],
        birthday="--04-15",
        note="Met at the fair.\nWants the catalogue.",
        custom={region: "North", score: 7.25, letters: True, gone: "kept out"},
        photo=b"\xff\xd8jpeg",
        photo_mime="image/jpeg",
    )
    for given, family in [("山田", "太郎"), ("Ольга", "Петрова"), ("สมชาย", ""), ("Zoë", "Brown")]:
        add_contact(services, given=given, family=family, company_name="Acme" if family == "Brown" else None)
    services.custom_fields.remove(gone)
    add_contact(services, given="Bo", custom={score: 3, letters: False}, photo=b"", photo_mime="image/png")
    away = add_contact(services, given="Gone", family="Away")
    services.contacts.delete(away)
    (tmp_path / "agent.vcf").write_text(AGENT, encoding="utf-8")
    services.importer.import_files(tmp_path / "agent.vcf")
    return services


def listed(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    status = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return status, out, err


def whole(services: Services, service_name: str, **filters: Any) -> list[dict[str, Any]]:
    """The listing as `cardfile … list --json` printed it before it was streamed: the records read at once."""
    service = getattr(services, service_name)
    return json.loads(json.dumps([r.as_json() for r in service.list(**filters)], ensure_ascii=False))


@pytest.mark.parametrize(
    ("argv", "service", "filters"),
    [
        (["contact", "list"], "contacts", {}),
        (["contact", "list", "--deleted"], "contacts", {"deleted": True}),
        (["contact", "list", "--tag", "vip"], "contacts", {"tag": "vip"}),
        (["contact", "list", "--sort", "created", "--limit", "3"], "contacts", {"order": "created", "limit": 3}),
        (["company", "list"], "companies", {}),
    ],
)
def test_the_streamed_listing_is_the_whole_listing(
    people: Services,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    service: str,
    filters: dict[str, Any],
) -> None:
    """Read two records a page, the printed array holds the same records, fields and order as the list read at
    once, one record per line."""
    monkeypatch.setattr(records, "LIST_PAGE", 2)
    status, out, err = listed(capsys, db_path, *argv, "--json")
    assert (status, err) == (0, "")
    expected = whole(people, service, **filters)
    assert expected, "the fixture lists something"
    assert json.loads(out) == expected
    assert out.splitlines()[0] == "[" and out.splitlines()[-1] == "]" and len(out.splitlines()) == len(expected) + 2


def test_a_persons_json_keeps_every_field(people: Services, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The fields the README promises are all there, filled from the same read models as `contact show`."""
    _, out, _ = listed(capsys, db_path, "contact", "list", "--json")
    by_name = {p["display_name"]: p for p in json.loads(out)}
    anna = by_name["Anna Jónsdóttir"]
    assert anna["company"]["name"] == "Norðurljós ehf."
    assert anna["custom"] == {"Region": "North", "Score": 7.25, "Newsletter": True}
    assert anna["photo"] == {"mime": "image/jpeg", "size": 6} and anna["tags"] == ["vip", "customer"]
    assert anna["emails"][0]["value"] == "anna@nordurljos.is" and anna["deleted_at"] is None
    assert [r["name"] for r in by_name["Big Boss"]["related"]] == ["Hal Helper"]
    shown = main(["--db", str(db_path), "contact", "show", anna["id"], "--json"])
    assert shown == 0 and json.loads(capsys.readouterr().out) == anna


def test_an_empty_listing_is_an_empty_array(
    services: Services, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = listed(capsys, db_path, "contact", "list", "--json")
    assert (status, out, json.loads(out)) == (0, "[]\n", [])


def test_a_failure_midway_leaves_no_array_that_parses(
    people: Services, db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A listing that breaks after its first page exits with status 1, says why on stderr, and leaves the array
    unclosed: no script can take the first page for the whole list."""
    monkeypatch.setattr(records, "LIST_PAGE", 1)
    reads = CompanyService._reads
    pages: list[int] = []

    def second_page_fails(self: CompanyService, conn: Any, rows: list[dict[str, Any]]) -> Any:
        pages.append(len(rows))
        if len(pages) == 2:
            raise OSError(28, "No space left on device")
        return reads(self, conn, rows)

    monkeypatch.setattr(CompanyService, "_reads", second_page_fails)
    status, out, err = listed(capsys, db_path, "company", "list", "--json")
    assert status == 1 and err == "cardfile: No space left on device\n"
    assert out.startswith("[\n{") and not out.rstrip().endswith("]")
    with pytest.raises(json.JSONDecodeError):
        json.loads(out)


def test_a_person_sqlite_cannot_write_midway_leaves_no_array_that_parses(
    people: Services, db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same for people, whose JSON SQLite writes: a value it cannot read (here a damaged note) on a later page
    stops the listing with status 1 and one line on stderr, the array unclosed."""
    monkeypatch.setattr(records, "LIST_PAGE", 2)
    last = json.loads(listed(capsys, db_path, "contact", "list", "--json")[1])[-1]["id"]  # on the fourth page
    damaged = contacts._AS_JSON.replace("'note', c.note", f"'note', CASE WHEN c.id = '{last}' THEN json('{{') END")
    monkeypatch.setattr(contacts, "_AS_JSON", damaged)
    status, out, err = listed(capsys, db_path, "contact", "list", "--json")
    assert status == 1 and err.startswith("cardfile: ") and len(err.splitlines()) == 1, err
    assert out.startswith("[\n{") and not out.rstrip().endswith("]")
    with pytest.raises(json.JSONDecodeError):
        json.loads(out)


def test_stream_json_array_writes_what_json_reads() -> None:
    values = [{"name": "Jónsdóttir", "note": "two\nlines", "n": 1}, [1, "山田"], None, "]"]
    out = io.StringIO()
    output.stream_json_array(iter(values), out)
    assert json.loads(out.getvalue()) == values
    assert "Jónsdóttir" in out.getvalue() and len(out.getvalue().splitlines()) == len(values) + 2


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("2025-03-04 13:30:00.123999", "2025-03-04T13:30:00.123Z"),  # cut to the millisecond, never rounded
        ("2025-03-04 13:30:00.999999", "2025-03-04T13:30:00.999Z"),
        ("2025-03-04 13:30:00.5", "2025-03-04T13:30:00.500Z"),
        ("2025-03-04 13:30:00", "2025-03-04T13:30:00.000Z"),
    ],
)
def test_times_are_written_as_the_read_models_write_them(
    services: Services, db_path: Path, capsys: pytest.CaptureFixture[str], stored: str, shown: str
) -> None:
    anna = add_contact(services, given="Anna")
    with sqlite3.connect(db_path) as conn:  # a time as an older release or another writer may have stored it
        conn.execute("UPDATE contact SET updated_at = ? WHERE id = ?", (stored, anna))
    (person,) = json.loads(listed(capsys, db_path, "contact", "list", "--json")[1])
    assert person["updated_at"] == services.contacts.get(anna).as_json()["updated_at"] == shown
