"""Importing vCard and CSV files through the services: what lands in the database, what is rejected and where,
files that cannot be imported (nothing changes), duplicates by each key, merges that lose nothing, the preview."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest

from cardfile.domain.models import ContactCreate, validate
from cardfile.interchange import CardData, NotVCard, write_vcard
from cardfile.interchange.csv_reader import CsvNeedsMapping
from cardfile.interchange.reading import FileUnreadable
from cardfile.services import Services
from cardfile.services.importer import NoCardFiles
from tests.helpers import add_contact
from tests.unit.changelog import assert_log_replays, changes_logged

JPEG = base64.b64decode("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJ")
PNG = b"\x89PNG\r\n\x1a\n" + bytes(40)


def card(**fields: Any) -> str:
    return write_vcard(CardData(**fields), "3.0")


def vcf(folder: Path, name: str, *cards: str) -> Path:
    path = folder / name
    path.write_text("".join(cards), encoding="utf-8", newline="")
    return path


def state(services: Services) -> tuple[int, int, int, int]:
    """What an import may change: live and trashed people, companies, actions."""
    with services.db.read() as conn:
        actions = conn.exec_driver_sql("SELECT count(*) FROM action").scalar_one()
    return services.contacts.count(), services.contacts.count(deleted=True), len(services.companies.ids()), actions


def person(services: Services, email: str) -> dict[str, Any]:
    found = [c for c in services.contacts.list() if any(e["value"] == email for e in c.emails)]
    assert len(found) == 1, found
    return found[0].as_json()


# ----- what an import writes -----


def test_an_import_writes_people_their_companies_and_company_cards(services: Services, tmp_path: Path) -> None:
    path = vcf(
        tmp_path,
        "people.vcf",
        card(given="Anna", family="Jónsdóttir", company="Acme GmbH", department="Sales", title="Buyer",
             emails=[{"value": "anna@acme.example", "label": "work", "preferred": True}],
             phones=[{"value": "+49 30 1234567", "label": "Zentrale", "preferred": False}],
             tags=["VIP"], birthday="--04-15", photo=JPEG, photo_mime="image/jpeg",
             extra=["X-GENDER:female"], uid="urn:uuid:anna"),
        card(given="Bob", family="Smith", company="ACME GMBH"),
        card(kind="org", display_name="Acme GmbH", company="Acme GmbH", website="https://acme.example",
             phones=[{"value": "+49 30 100", "label": "work", "preferred": False}]),
    )  # fmt: skip
    report = services.importer.import_files(path)
    # The company card fills in the company made for Anna's ORG a moment earlier: it counts as an update.
    assert (report.imported, report.updated, report.skipped, report.rejected) == (2, 1, 0, [])
    assert report.companies_created == 1 and report.files == [str(path)]
    anna = person(services, "anna@acme.example")
    assert (anna["display_name"], anna["title"], anna["department"], anna["birthday"]) == (
        "Anna Jónsdóttir",
        "Buyer",
        "Sales",
        "--04-15",
    )
    assert anna["phones"] == [{"label": "Zentrale", "preferred": False, "value": "+49 30 1234567"}]
    assert anna["tags"] == ["VIP"] and anna["vcard_uid"] == "urn:uuid:anna"
    contact = services.contacts.get(anna["id"])
    assert contact.vcard_extra == ["X-GENDER:female"]
    assert services.contacts.photo(anna["id"]) == (JPEG, "image/jpeg")
    # One company: Bob's "ACME GMBH" is the same one, and the KIND:org card filled it in.
    (company_id,) = services.companies.ids()
    company = services.companies.get(company_id)
    assert (company.name, company.website, company.people_count) == ("Acme GmbH", "https://acme.example", 2)
    assert [p["value"] for p in company.phones] == ["+49 30 100"]


def test_several_files_and_a_folder_at_once(services: Services, tmp_path: Path) -> None:
    folder = tmp_path / "phone backup"
    folder.mkdir()
    vcf(folder, "a.vcf", card(given="Ann", emails=[{"value": "ann@x.io"}]))
    vcf(folder, "b.VCARD", card(given="Bea", emails=[{"value": "bea@x.io"}]), card(given="Cy"))
    vcf(folder, "notes.txt", "not a card")
    single = vcf(tmp_path, "d.vcf", card(given="Dee"))
    report = services.importer.import_files([folder, single, folder / "a.vcf"])  # a.vcf only once
    assert report.files == [str(folder / "a.vcf"), str(folder / "b.VCARD"), str(single)]
    assert report.imported == 4
    assert sorted(c.display_name for c in services.contacts.list()) == ["Ann", "Bea", "Cy", "Dee"]


def test_each_bad_card_is_rejected_with_its_line_and_the_rest_imports(services: Services, tmp_path: Path) -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nEND:VCARD\r\n"  # lines 1-4
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\r\nEND:VCARD\r\n"  # 5-8: holds nothing
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut short\r\n"  # 9-11: never closed before the next card
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Lee;Bo\r\nEMAIL:not-an-email\r\nEND:VCARD\r\n"  # 12-16
    )
    path = tmp_path / "mixed.vcf"
    path.write_text(text, encoding="utf-8", newline="")
    report = services.importer.import_files(path)
    assert report.imported == 2
    assert [(r["file"], r["line"]) for r in report.rejected] == [(str(path), 5), (str(path), 9)]
    assert "empty" in report.rejected[0]["reason"] and "not closed" in report.rejected[1]["reason"]
    # The invalid email of Bo is kept (as an unmodelled vCard line) and reported, not lost.
    assert report.warnings == [
        {"file": str(path), "line": 15, "message": "'not-an-email' is not an email address; the email address was "
         "kept as an extra vCard property"}
    ]  # fmt: skip


# ----- files that cannot be imported change nothing -----


def test_a_file_that_is_not_vcard_changes_nothing(services: Services, tmp_path: Path) -> None:
    good = vcf(tmp_path, "good.vcf", card(given="Ann"))
    bad = tmp_path / "photo.vcf"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100))
    before = state(services)
    with pytest.raises(NotVCard) as raised:
        services.importer.import_files([good, bad])
    assert str(bad) in raised.value.message and "nothing was imported" in raised.value.message
    assert state(services) == before


def test_a_missing_file_changes_nothing(services: Services, tmp_path: Path) -> None:
    good = vcf(tmp_path, "good.vcf", card(given="Ann"))
    before = state(services)
    with pytest.raises(FileUnreadable) as raised:
        services.importer.import_files([good, tmp_path / "gone.vcf"])
    assert raised.value.message == f"Cannot read {tmp_path / 'gone.vcf'}: no such file. Nothing was imported."
    assert raised.value.environment
    assert state(services) == before


def test_a_file_that_fails_to_read_changes_nothing(services: Services, tmp_path: Path) -> None:
    """A read error of the device: Linux answers a read of this process's memory at address 0 with EIO."""
    good = vcf(tmp_path, "good.vcf", card(given="Ann"))
    before = state(services)
    with pytest.raises(FileUnreadable, match="/proc/self/mem"):
        services.importer.import_files([good, "/proc/self/mem"])
    assert state(services) == before


def test_a_folder_without_cards_is_named(services: Services, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(NoCardFiles, match=r"empty holds no \.vcf"):
        services.importer.import_files(tmp_path / "empty")


# ----- duplicates -----


def test_duplicates_are_found_by_uid_email_phone_and_name_with_company(services: Services, tmp_path: Path) -> None:
    services.settings.set_default_country("DE")
    by_uid = add_contact(services, given="Uwe", vcard_uid="urn:uuid:1")
    by_email = add_contact(services, given="Eva", emails=[{"value": "Eva@Example.com"}])
    by_phone = add_contact(services, given="Paul", phones=[{"value": "+49 30 1234567"}])
    by_name = add_contact(services, given="Nina", family="Berg", company_name="Acme")
    path = vcf(
        tmp_path,
        "dups.vcf",
        card(given="Uwe", family="Renamed", uid="urn:uuid:1"),
        card(given="Eva", emails=[{"value": "eva@example.COM"}], title="Boss"),
        card(given="Paul", phones=[{"value": "030 1234567"}], title="Engineer"),
        card(given="Nina", family="Berg", company="ACME", title="CFO"),
    )
    preview = services.importer.preview(path)
    assert [(p.match.record_id, p.match.reason, p.decision) for p in preview if p.match] == [
        (by_uid, "uid", "update"),
        (by_email, "email", "update"),
        (by_phone, "phone", "update"),
        (by_name, "name", "update"),
    ]
    assert [p.match.display_name for p in preview if p.match] == ["Uwe", "Eva", "Paul", "Nina Berg"]
    report = services.importer.import_files(path)
    assert (report.imported, report.updated) == (0, 4)
    assert services.contacts.count() == 4
    assert services.contacts.get(by_uid).family == "Renamed"
    assert [services.contacts.get(i).title for i in (by_email, by_phone, by_name)] == ["Boss", "Engineer", "CFO"]


def test_weak_keys_do_not_merge_people_that_stronger_keys_tell_apart(services: Services, tmp_path: Path) -> None:
    """Same name at the same company but other email addresses; a shared office number but other names."""
    add_contact(services, given="John", family="Smith", company_name="Acme", emails=[{"value": "john@acme.example"}])
    add_contact(services, given="Mary", family="Jones", phones=[{"value": "+1 555 0100 000"}], vcard_uid="u-mary")
    path = vcf(
        tmp_path,
        "others.vcf",
        card(given="John", family="Smith", company="Acme", emails=[{"value": "john.smith@other.example"}]),
        card(given="Peter", family="Brown", phones=[{"value": "+1 555 0100 000"}]),
        card(given="Mary", phones=[{"value": "+1 (555) 0100-000"}], uid="u-other"),
    )
    assert [p.match for p in services.importer.preview(path)] == [None, None, None]
    assert services.importer.import_files(path).imported == 3


def test_two_cards_of_one_person_in_one_file_become_one_contact(services: Services, tmp_path: Path) -> None:
    path = vcf(
        tmp_path,
        "twice.vcf",
        card(given="Ann", family="Lee", emails=[{"value": "ann@x.io"}], phones=[{"value": "+44 20 7946 0000"}]),
        card(given="Ann", family="Lee", emails=[{"value": "ANN@x.io"}, {"value": "ann@home.example"}]),
    )
    preview = services.importer.preview(path)
    assert preview[1].match is not None
    assert (preview[1].match.card_key, preview[1].match.record_id) == (preview[0].key, None)
    report = services.importer.import_files(path, batch_size=1)  # the second card merges into a written contact
    assert (report.imported, report.updated) == (1, 1)
    (ann,) = services.contacts.list()
    assert [e["value"] for e in ann.emails] == ["ann@x.io", "ann@home.example"]
    assert services.importer.import_files(path).skipped == 2  # again: nothing new in either card, left alone


def test_update_merges_without_losing_what_either_side_had(services: Services, tmp_path: Path) -> None:
    existing = services.contacts.create(
        validate(
            ContactCreate,
            given="Anna",
            family="Berg",
            title="Buyer",
            birthday="--04-15",
            note="Met at the fair.",
            tags=["VIP"],
            emails=[{"value": "anna@acme.example", "label": "work", "preferred": True}, {"value": "a@berg.example"}],
            phones=[{"value": "+49 30 1234567", "label": "work"}],
            addresses=[{"street": "Hauptstraße 12", "locality": "Berlin", "label": "work"}],
            photo=JPEG,
            photo_mime="image/jpeg",
            vcard_extra=["X-GENDER:female"],
        ),
        company_name="Acme",
    ).id
    path = vcf(
        tmp_path,
        "update.vcf",
        card(
            given="Anna",
            family="Berg",
            nickname="Anni",
            title="Head of Purchasing",
            company="Globex",
            birthday="1980-04-15",
            note="Prefers email.",
            tags=["vip", "Messe"],
            emails=[
                {"value": "ANNA@acme.example", "label": "home", "preferred": True},
                {"value": "a@berg.example", "label": "home", "preferred": False},
                {"value": "anna@globex.example", "label": "work", "preferred": True},
            ],
            phones=[{"value": "+49 (0)30 1234567", "label": "cell", "preferred": False}],
            addresses=[{"street": "HAUPTSTRASSE 12", "locality": "berlin", "label": "home"}],
            photo=PNG,
            photo_mime="image/png",
            extra=["X-GENDER:female", "X-SPOUSE:Jón"],
        ),
    )
    report = services.importer.import_files(path)
    assert (report.imported, report.updated) == (0, 1)
    anna = services.contacts.get(existing)
    assert anna.nickname == "Anni"  # empty: filled
    assert anna.title == "Buyer" and anna.company is not None and anna.company.name == "Acme"  # kept ...
    assert (
        anna.note
        == "Met at the fair.\n\nPrefers email.\n\nImported title: Head of Purchasing\nImported company: Globex"
    )
    assert anna.birthday == "1980-04-15"  # the same day, and now with its year
    assert anna.tags == ["VIP", "Messe"]
    assert anna.emails == [
        {"value": "anna@acme.example", "label": "work", "preferred": True},
        {"value": "a@berg.example", "label": "home", "preferred": False},  # had no label: takes the card's
        {"value": "anna@globex.example", "label": "work", "preferred": False},  # one preferred entry stays so
    ]
    assert [p["value"] for p in anna.phones] == ["+49 30 1234567"]  # the same number, written differently
    assert len(anna.addresses) == 1
    assert services.contacts.photo(existing) == (JPEG, "image/jpeg")  # kept: the existing photo wins
    assert anna.vcard_extra == ["X-GENDER:female", "X-SPOUSE:Jón"]
    assert services.importer.import_files(path).skipped == 1  # again: nothing is added twice
    assert services.contacts.get(existing).note == anna.note


def test_skip_leaves_duplicates_alone_and_new_always_creates(services: Services, tmp_path: Path) -> None:
    ann = add_contact(services, given="Ann", emails=[{"value": "ann@x.io"}])
    path = vcf(tmp_path, "ann.vcf", card(given="Ann", title="CEO", emails=[{"value": "ann@x.io"}]))
    report = services.importer.import_files(path, on_duplicate="skip")
    assert (report.imported, report.skipped) == (0, 1) and services.contacts.get(ann).title == ""
    report = services.importer.import_files(path, on_duplicate="new")
    assert report.imported == 1 and services.contacts.count() == 2


def test_per_card_decisions_from_the_preview(services: Services, tmp_path: Path) -> None:
    add_contact(services, given="Ann", emails=[{"value": "ann@x.io"}])
    path = vcf(
        tmp_path,
        "cards.vcf",
        card(given="Ann", title="CEO", emails=[{"value": "ann@x.io"}]),
        card(given="Bea"),
        card(given="Cy"),
    )
    first, second, third = services.importer.preview(path)
    assert (first.decision, second.decision, third.decision) == ("update", "new", "new")
    report = services.importer.import_files(path, decisions={first.key: "new", third.key: "skip"})
    assert (report.imported, report.updated, report.skipped) == (2, 0, 1)
    assert sorted(c.display_name for c in services.contacts.list()) == ["Ann", "Ann", "Bea"]


def test_the_preview_stops_at_its_limit_and_shows_rejected_cards(services: Services, tmp_path: Path) -> None:
    nameless = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\r\nEND:VCARD\r\n"
    path = vcf(tmp_path, "many.vcf", nameless, *(card(given=f"P{n}") for n in range(9)))
    begins = [n for n, line in enumerate(path.read_text().splitlines(), 1) if line == "BEGIN:VCARD"]
    items = services.importer.preview(path, limit=4)
    assert [(i.kind, i.line, i.display_name) for i in items] == [
        ("rejected", begins[0], ""),
        ("contact", begins[1], "P0"),
        ("contact", begins[2], "P1"),
        ("contact", begins[3], "P2"),
    ]
    assert "no name" in items[0].reason and items[0].decision is None
    assert items[1].as_json()["key"] == f"{path}:{begins[1]}"
    assert state(services)[0] == 0  # a preview writes nothing


# ----- CSV through the service -----


def test_a_csv_import_with_a_saved_mapping(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "crm.csv"
    path.write_text("Kunde;Mail;Telefon;Bemerkung\nAnn Lee;ann@x.io;+44 20 7946 0000;Key account\n", encoding="cp1252")
    before = state(services)
    with pytest.raises(CsvNeedsMapping):
        services.importer.import_files(path)
    assert state(services) == before
    preview = services.importer.preview_csv(path)
    assert (preview.layout.delimiter, preview.layout.headers, preview.mapping) == (
        ";",
        ["Kunde", "Mail", "Telefon", "Bemerkung"],
        {"Mail": "email", "Telefon": "phone", "Bemerkung": "note"},  # "Kunde" (customer: a person? a firm?) is not
    )
    services.importer.save_csv_mapping("Old CRM", {**preview.mapping, "Kunde": "display_name", "Bemerkung": "note"})
    assert list(services.importer.csv_mappings()) == ["Old CRM"]
    report = services.importer.import_files(path, csv_mapping="Old CRM")
    assert report.imported == 1
    ann = person(services, "ann@x.io")
    assert (ann["display_name"], ann["note"], ann["phones"][0]["value"]) == (
        "Ann Lee",
        "Key account",
        "+44 20 7946 0000",
    )
    assert services.importer.import_files(path, csv_mapping="Old CRM").skipped == 1  # matched by email
    assert services.importer.delete_csv_mapping("Old CRM") and services.importer.csv_mappings() == {}


# ----- the change log -----


def test_every_field_an_import_writes_reaches_the_change_log(services: Services, tmp_path: Path, seed: Any) -> None:
    add_contact(services, given="Ann", emails=[{"value": "ann@x.io"}])
    path = vcf(
        tmp_path,
        "log.vcf",
        card(given="Ann", title="CEO", emails=[{"value": "ann@x.io"}], company="Acme"),
        card(given="Bea", company="Acme", photo=JPEG, photo_mime="image/jpeg"),
        card(kind="org", display_name="Acme", company="Acme", note="Key account"),
    )
    with changes_logged(services) as check:
        services.importer.import_files(path, batch_size=2)
    assert {"title", "company_id"} <= {d.field for d in check.diffs if d.record_id in set(services.contacts.ids())}
    assert assert_log_replays(services, seed) > 0


def test_a_csv_without_a_name_column_is_imported_with_a_warning_said_once(services: Services, tmp_path: Path) -> None:
    """Regression: every person of such a file came in named after their company, and nobody was told."""
    path = tmp_path / "leads.csv"
    path.write_text("Org,E-mail addr\nAcme,ann@acme.example\nAcme,bo@acme.example\n", encoding="utf-8")
    report = services.importer.import_files(path)
    assert report.imported == 2
    assert report.warnings == [
        {
            "file": str(path),
            "line": 1,
            "message": "No column holds people's names, and 'Org' holds their company: each person would be shown "
            "by the company's name. Map the column with the names to a name field, or import as it is.",
        }
    ]
    assert services.importer.csv_mapping_warning({"Org": "company", "E-mail addr": "email"}) is not None
    assert services.importer.csv_mapping_warning({"Org": "company", "Name": "display_name"}) is None
