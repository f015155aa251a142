"""Exporting vCards and CSV: what is selected, where it goes (file, folder, stream), companies as KIND:org,
photos embedded, file names that are safe and never overwrite, pages, and failures that leave nothing behind."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pytest
import vobject

from cardfile.domain.errors import NotFound, ValidationError
from cardfile.domain.models import CompanyCreate, ContactCreate, validate
from cardfile.interchange import ParsedCard, read_vcards
from cardfile.interchange.csv_reader import read_csv
from cardfile.interchange.vcard_reader import ParsedGroup
from cardfile.services import Services
from cardfile.services.exporter import ExportFailed, safe_filename, unique_filename
from tests.helpers import add_contact

JPEG = base64.b64decode("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJ")


@pytest.fixture
def people(services: Services) -> dict[str, str]:
    """Two people at Acme (a bare company), one with a photo; Globex, a company with its own details; a loner."""
    ids = {
        "anna": services.contacts.create(
            validate(
                ContactCreate,
                given="Anna",
                family="Jónsdóttir",
                emails=[{"value": "anna@acme.example", "label": "work"}],
                phones=[{"value": "+49 30 1234567", "label": "Zentrale"}],
                photo=JPEG,
                photo_mime="image/jpeg",
                vcard_extra=["X-GENDER:female"],
            ),
            company_name="Acme",
        ).id,
        "bob": add_contact(services, given="Bob", family="Smith", company_name="Acme", tags=["VIP"]),
        "zoe": add_contact(services, given="Zoë", note="=cmd|' /C calc'!A0"),
        "globex": services.companies.create(
            validate(CompanyCreate, name="Globex", website="https://globex.example", note="Key account")
        ).id,
    }
    return ids


def cards_in(text: str) -> list[ParsedCard]:
    """The people and companies an export wrote (its group cards left out)."""
    results = [r for r in read_vcards(text.encode("utf-8"), filename="export.vcf") if not isinstance(r, ParsedGroup)]
    assert all(isinstance(r, ParsedCard) for r in results), results
    return results  # type: ignore[return-value]


def test_everything_goes_to_one_file_with_companies_as_kind_org(
    services: Services, people: dict[str, str], tmp_path: Path
) -> None:
    target = tmp_path / "all.vcf"
    report = services.exporter.export_vcards(target)
    assert (report.contacts, report.companies, report.count) == (3, 1, 4)  # Acme is only its people's ORG
    text = target.read_text(encoding="utf-8")
    assert [c.display_name for c in cards_in(text)] == ["Anna Jónsdóttir", "Bob Smith", "Zoë", "Globex"]
    assert text.count("X-ADDRESSBOOKSERVER-KIND:org") == 1 and "ORG:Acme" in text
    assert [card.fn.value for card in vobject.readComponents(text)] == ["Anna Jónsdóttir", "Bob Smith", "Zoë", "Globex"]
    anna = cards_in(text)[0].record
    assert isinstance(anna, ContactCreate) and anna.photo == JPEG and anna.vcard_extra == ["X-GENDER:female"]
    services.exporter.export_vcards(tmp_path / "v4.vcf", version="4.0")
    assert (tmp_path / "v4.vcf").read_bytes().count(b"\r\nKIND:org\r\n") == 1
    assert not list(tmp_path.glob(".*.part"))  # written under a temporary name, then moved into place


def test_a_selection_a_group_or_a_lookup(services: Services, people: dict[str, str], tmp_path: Path) -> None:
    out = io.StringIO()
    services.exporter.export_vcards(out, ids=[people["zoe"], people["globex"]])
    assert [c.display_name for c in cards_in(out.getvalue())] == ["Zoë", "Globex"]

    group = services.groups.create("Newsletter").id
    services.groups.add_members(group, [people["bob"]])
    out = io.StringIO()
    services.exporter.export_vcards(out, group="Newsletter")
    assert [c.display_name for c in cards_in(out.getvalue())] == ["Bob Smith"]

    services.lookups.save(
        "VIPs", {"record_type": "contact", "conditions": [{"field": "tag", "op": "is", "value": "VIP"}]}
    )
    out = io.StringIO()
    services.exporter.export_vcards(out, lookup="VIPs")
    assert [c.display_name for c in cards_in(out.getvalue())] == ["Bob Smith"]

    with pytest.raises(NotFound):
        services.exporter.export_vcards(io.StringIO(), ids=["no-such-id"])
    with pytest.raises(ValidationError):
        services.exporter.export_vcards(io.StringIO(), ids=[people["zoe"]], group="Newsletter")
    with pytest.raises(ValidationError, match=r"5\.0"):
        services.exporter.export_vcards(io.StringIO(), version="5.0")


def test_one_file_per_record_with_safe_names_that_never_overwrite(services: Services, tmp_path: Path) -> None:
    for name in ("Anna Müller", "anna müller", "AC/DC: Live?", "CON", "...", "Émile " + "x" * 200):
        add_contact(services, display_name=name, emails=[{"value": "same@x.io"}])
    folder = tmp_path / "cards"
    folder.mkdir()
    (folder / "Anna Müller.vcf").write_text("mine, keep it", encoding="utf-8")
    report = services.exporter.export_vcards(folder)  # an existing folder: one file per record
    names = sorted(Path(f).name for f in report.files)
    assert names == sorted(
        [
            "Anna Müller (2).vcf",
            "anna müller (3).vcf",
            "AC_DC_ Live_.vcf",
            "_CON.vcf",
            "contact.vcf",
            f"{safe_filename('Émile ' + 'x' * 200)}.vcf",
        ]
    )
    assert (folder / "Anna Müller.vcf").read_text(encoding="utf-8") == "mine, keep it"
    assert all(len(n.encode("utf-8")) <= 110 for n in names)
    assert sum(len(cards_in(Path(f).read_text(encoding="utf-8"))) for f in report.files) == 6


def test_file_names() -> None:
    taken: set[str] = set()
    assert [unique_filename("Ann", ".vcf", taken) for _ in range(3)] == ["Ann.vcf", "Ann (2).vcf", "Ann (3).vcf"]
    assert safe_filename("  .hidden. ") == "hidden"
    assert safe_filename("tab\there") == "tab_here"
    assert safe_filename("nul.txt") == "_nul.txt"
    assert safe_filename("山田太郎") == "山田太郎"


def test_pages_of_records_are_exported_in_order(services: Services, tmp_path: Path) -> None:
    services.contacts.create_many([validate(ContactCreate, given=f"P{n:04d}") for n in range(1203)])
    steps: list[tuple[int, int]] = []
    out = io.StringIO()
    report = services.exporter.export_vcards(out, progress=lambda done, total: steps.append((done, total)))
    assert report.count == 1203 and steps == [(500, 1203), (1000, 1203), (1203, 1203)]
    assert [c.display_name for c in cards_in(out.getvalue())] == [f"P{n:04d}" for n in range(1203)]


def test_a_cancelled_export_leaves_nothing(services: Services, people: dict[str, str], tmp_path: Path) -> None:
    services.contacts.create_many([validate(ContactCreate, given=f"P{n}") for n in range(600)])
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    calls: list[int] = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 1  # after the first page

    report = services.exporter.export_vcards(tmp_path / "all.vcf", cancel=cancel)
    assert report.cancelled and list(tmp_path.iterdir()) == []
    folder = tmp_path / "cards"
    calls.clear()
    report = services.exporter.export_vcards(folder, one_per_record=True, cancel=cancel)
    assert report.cancelled and report.files == [] and list(folder.iterdir()) == []


def test_a_target_that_cannot_be_written_is_named(services: Services, people: dict[str, str], tmp_path: Path) -> None:
    with pytest.raises(ExportFailed, match="no-such-folder"):
        services.exporter.export_vcards(tmp_path / "no-such-folder" / "all.vcf")
    assert not (tmp_path / "no-such-folder").exists()


def test_csv_of_the_list_with_chosen_columns(services: Services, people: dict[str, str], tmp_path: Path) -> None:
    target = tmp_path / "list.csv"
    report = services.exporter.export_csv(target, companies=True)
    assert (report.contacts, report.companies) == (3, 1)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # for Excel
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Name,First Name,Last Name,Company,Department,Job Title,E-mail,Phone,Mobile")
    assert lines[1].startswith("Anna Jónsdóttir,Anna,Jónsdóttir,Acme,,,anna@acme.example,+49 30 1234567,")
    assert "'=cmd|' /C calc'!A0" in data.decode("utf-8")  # defused for spreadsheets
    names = [r.display_name for r in read_csv(data) if isinstance(r, ParsedCard)]
    assert names == ["Anna Jónsdóttir", "Bob Smith", "Zoë", "Globex"]

    assert services.exporter.export_csv(io.StringIO()).count == 3  # people only, by default
    out = io.StringIO()
    services.exporter.export_csv(out, ids=[people["bob"]], columns=["family", "tags"], delimiter=";")
    assert out.getvalue() == "Last Name;Tags\r\nSmith;VIP\r\n"  # no byte-order mark on a stream
    with pytest.raises(ValidationError, match="shoe_size"):
        services.exporter.export_csv(out, columns=["shoe_size"])
