"""Every shape of card an import meets keeps what it holds: cards with no name, vCard 2.1 cards nested in others,
group cards, and our own exports coming back. One fixture of our own per shape."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pytest

from cardfile.domain.models import CompanyCreate, validate
from cardfile.domain.values import RecordType
from cardfile.interchange.carddata import exported_uid
from cardfile.services import Services, open_database, records
from tests.helpers import add_contact

PNG = base64.b64encode(
    base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAAD0lEQVQIHQEEAPv/AP///wX+Av4DfRnGAAAAAElFTkSuQmCC")
).decode()


def vcf(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text.replace("\n", "\r\n"), encoding="utf-8", newline="")
    return path


def names(services: Services) -> list[str]:
    return sorted(c.display_name for c in services.contacts.list())


def agents_of(services: Services, contact_id: str) -> list[tuple[str, str]]:
    """(name, role) of the people a person's card names."""
    with services.db.read() as conn:
        links = records.linked(conn, RecordType.CONTACT, [contact_id], RecordType.CONTACT)[contact_id]
    return [(services.contacts.get(target).display_name, role) for target, role in links]


def by_name(services: Services, name: str) -> str:
    (found,) = [c.id for c in services.contacts.list() if c.display_name == name]
    return found


# ----- cards with no name -----


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("NICKNAME:Bubba", "Bubba"),
        ("IMPP:xmpp:ann@jabber.example", "ann@jabber.example"),
        ("BDAY:1980-04-15", "(no name)"),
        (f"PHOTO;ENCODING=b;TYPE=PNG:{PNG}", "(no name)"),
        ("NOTE:Met at the fair", "(no name)"),
        ("X-MS-IMADDRESS:someone", "(no name)"),
    ],
    ids=["nickname", "im handle", "birthday", "photo", "note", "x- property"],
)
def test_a_card_with_no_name_is_imported_with_what_it_holds(
    services: Services, tmp_path: Path, body: str, name: str
) -> None:
    """Regression: such cards were rejected as having "no name, organization, email address, phone number or web
    address"."""
    path = vcf(tmp_path, "nameless.vcf", f"BEGIN:VCARD\nVERSION:3.0\n{body}\nEND:VCARD\n")
    report = services.importer.import_files(path)
    assert (report.imported, report.rejected) == (1, [])
    assert names(services) == [name]


def test_an_empty_card_is_the_only_one_rejected(services: Services, tmp_path: Path) -> None:
    path = vcf(tmp_path, "empty.vcf", "BEGIN:VCARD\nVERSION:3.0\nFN:\nN:;;;;\nEND:VCARD\n")
    report = services.importer.import_files(path)
    assert report.imported == 0
    assert [r["reason"] for r in report.rejected] == [
        "the card is empty: it holds no name, address, date, note, photo or any other property"
    ]


# ----- vCard 2.1 cards inside cards -----

AGENT_21 = """BEGIN:VCARD
VERSION:2.1
N:Boss;Big
FN:Big Boss
TEL;WORK:+1 555 0100 111
AGENT:
BEGIN:VCARD
VERSION:2.1
N:Helper;Hal
FN:Hal Helper
TEL;WORK:+1 555 0100 222
END:VCARD
EMAIL;INTERNET:boss@example.com
END:VCARD
"""

NESTED_21 = """BEGIN:VCARD
VERSION:2.1
FN:Big Boss
TEL;WORK:+1 555 0100 111
BEGIN:VCARD
VERSION:2.1
FN:Hal Helper
TEL;WORK:+1 555 0100 222
END:VCARD
END:VCARD
"""

INLINE_30 = """BEGIN:VCARD
VERSION:3.0
FN:Big Boss
TEL;TYPE=WORK:+1 555 0100 111
AGENT:BEGIN:VCARD\\nVERSION:3.0\\nFN:Hal Helper\\nTEL:+1 555 0100 222\\nEND:VCARD
END:VCARD
"""


@pytest.mark.parametrize(
    ("text", "role"),
    [(AGENT_21, "agent"), (NESTED_21, "agent"), (INLINE_30, "agent")],
    ids=["2.1 AGENT", "2.1 BEGIN inside a card", "3.0 AGENT holding a card"],
)
def test_a_card_inside_a_card_becomes_a_person_linked_from_the_outer_one(
    services: Services, tmp_path: Path, text: str, role: str
) -> None:
    """Regression: the agent's phone number was added to the outer person's, and the export wrote two FN lines."""
    report = services.importer.import_files(vcf(tmp_path, "agent.vcf", text))
    assert (report.imported, report.rejected) == (2, [])
    boss, helper = by_name(services, "Big Boss"), by_name(services, "Hal Helper")
    assert [p["value"] for p in services.contacts.get(boss).phones] == ["+1 555 0100 111"]
    assert [p["value"] for p in services.contacts.get(helper).phones] == ["+1 555 0100 222"]
    assert services.contacts.get(boss).vcard_extra == []
    assert agents_of(services, boss) == [("Hal Helper", role)]
    assert services.contacts.get(boss).as_json()["related"] == [{"id": helper, "name": "Hal Helper", "role": role}]
    for version, written in (("3.0", "AGENT;VALUE=uri:"), ("4.0", f"RELATED;TYPE={role}:")):
        out = io.StringIO()
        services.exporter.export_vcards(out, ids=[boss], version=version)
        text_out = out.getvalue()
        assert text_out.count("FN:") == 1 and "Hal Helper" not in text_out
        assert f"{written}{exported_uid(helper)}" in text_out


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_the_link_to_an_agent_survives_an_export_and_an_import_elsewhere(
    services: Services, tmp_path: Path, version: str
) -> None:
    services.importer.import_files(vcf(tmp_path, "agent.vcf", AGENT_21))
    exported = tmp_path / "all.vcf"
    services.exporter.export_vcards(exported, version=version)
    with open_database(tmp_path / "elsewhere.db", auto_backup=False) as other:
        report = other.importer.import_files(exported)
        assert (report.imported, report.rejected) == (2, [])
        assert agents_of(other, by_name(other, "Big Boss")) == [("Hal Helper", "agent")]


def test_an_agent_named_by_a_uid_nobody_has_is_reported_and_kept_out(services: Services, tmp_path: Path) -> None:
    text = "BEGIN:VCARD\nVERSION:3.0\nFN:Big Boss\nAGENT;VALUE=uri:urn:uuid:0000-gone\nEND:VCARD\n"
    report = services.importer.import_files(vcf(tmp_path, "agent.vcf", text))
    assert report.imported == 1 and agents_of(services, by_name(services, "Big Boss")) == []
    assert [w["message"] for w in report.warnings] == [
        "the agent this card names (0000-gone) is not in the address book; the link was left out"
    ]


def test_an_agent_named_by_another_kind_of_uri_is_kept_as_written(services: Services, tmp_path: Path) -> None:
    text = "BEGIN:VCARD\nVERSION:3.0\nFN:Big Boss\nAGENT;VALUE=uri:CID:JQPUBLIC.part3@host3.com\nEND:VCARD\n"
    services.importer.import_files(vcf(tmp_path, "agent.vcf", text))
    assert services.contacts.get(by_name(services, "Big Boss")).vcard_extra == [
        "AGENT;VALUE=uri:CID:JQPUBLIC.part3@host3.com"
    ]


# ----- group cards -----

GROUP_40 = """BEGIN:VCARD
VERSION:4.0
KIND:group
FN:Customers
NOTE:Everyone who bought this year
MEMBER:urn:uuid:0a1b2c3d-0000-4000-8000-000000000001
MEMBER:urn:uuid:0A1B2C3D-0000-4000-8000-000000000002
MEMBER:mailto:cy@example.com
MEMBER:urn:uuid:0a1b2c3d-0000-4000-8000-00000000dead
END:VCARD
BEGIN:VCARD
VERSION:4.0
UID:urn:uuid:0a1b2c3d-0000-4000-8000-000000000001
FN:Ann Lee
END:VCARD
BEGIN:VCARD
VERSION:4.0
UID:0a1b2c3d-0000-4000-8000-000000000002
FN:Bo Berg
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Cy Dahl
EMAIL:cy@example.com
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Not In It
END:VCARD
"""

GROUP_APPLE = """BEGIN:VCARD
VERSION:3.0
UID:A1
FN:Ann Lee
END:VCARD
BEGIN:VCARD
VERSION:3.0
UID:B2
FN:Bo Berg
END:VCARD
BEGIN:VCARD
VERSION:3.0
X-ADDRESSBOOKSERVER-KIND:group
N:Customers
FN:Customers
X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:A1
X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:B2
UID:G1
END:VCARD
"""


@pytest.mark.parametrize(("text", "members"), [(GROUP_40, 3), (GROUP_APPLE, 2)], ids=["vCard 4.0", "Apple"])
def test_a_group_card_becomes_a_group_with_its_members(
    services: Services, tmp_path: Path, text: str, members: int
) -> None:
    """Regression: group cards were rejected as "a vCard of kind 'group'"."""
    report = services.importer.import_files(vcf(tmp_path, "groups.vcf", text))
    assert report.rejected == [] and report.groups == 1
    (group,) = services.groups.list()
    assert group.name == "Customers"
    member_names = sorted(services.contacts.get(m).display_name for m in services.groups.members(group.id))
    assert member_names == ["Ann Lee", "Bo Berg", "Cy Dahl"][:members]
    if members == 3:
        assert group.description == "Everyone who bought this year"
        (warning,) = report.warnings
        assert "0a1b2c3d-0000-4000-8000-00000000dead" in warning["message"] and warning["line"] == 1


def test_importing_the_same_group_again_adds_to_it_instead_of_making_another(
    services: Services, tmp_path: Path
) -> None:
    path = vcf(tmp_path, "groups.vcf", GROUP_APPLE)
    services.importer.import_files(path)
    report = services.importer.import_files(path)
    assert (report.imported, len(services.groups.list()), services.contacts.count()) == (0, 1, 2)


@pytest.mark.parametrize(
    ("version", "kind", "member"),
    [("4.0", "KIND:group", "MEMBER:"), ("3.0", "X-ADDRESSBOOKSERVER-KIND:group", "X-ADDRESSBOOKSERVER-MEMBER:")],
)
def test_an_export_writes_groups_back_and_they_come_back_whole(
    services: Services, tmp_path: Path, version: str, kind: str, member: str
) -> None:
    ann = add_contact(services, given="Ann", family="Lee")
    bo = add_contact(services, given="Bo", family="Berg", vcard_uid="bo-from-a-phone")
    add_contact(services, given="Cy", family="Dahl")
    group = services.groups.create("Newsletter", "Monthly").id
    services.groups.add_members(group, [ann, bo])
    exported = tmp_path / "all.vcf"
    report = services.exporter.export_vcards(exported, version=version)
    assert report.groups == 1
    text = exported.read_text(encoding="utf-8")
    assert kind in text and f"{member}{exported_uid(ann)}" in text and f"{member}bo-from-a-phone" in text
    with open_database(tmp_path / "elsewhere.db", auto_backup=False) as other:
        other.importer.import_files(exported)
        (copy,) = other.groups.list()
        assert (copy.name, copy.description) == ("Newsletter", "Monthly")
        assert sorted(other.contacts.get(m).display_name for m in other.groups.members(copy.id)) == [
            "Ann Lee",
            "Bo Berg",
        ]


# ----- our own exports coming back -----


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_every_exported_card_carries_a_uid_so_importing_it_again_updates(
    services: Services, tmp_path: Path, version: str
) -> None:
    """Regression: a record without a UID was exported without one, and a person known by name alone (no company,
    email or phone to match by) came in twice when the export was imported again."""
    ann = add_contact(services, given="Ann", family="Lee")
    acme = services.companies.create(validate(CompanyCreate, name="Acme", industry="Anvils")).id
    exported = tmp_path / "all.vcf"
    services.exporter.export_vcards(exported, version=version)
    text = exported.read_text(encoding="utf-8")
    assert f"UID:{exported_uid(ann)}" in text and f"UID:{exported_uid(acme)}" in text
    report = services.importer.import_files(exported)
    assert (report.imported, services.contacts.count(), len(services.companies.list())) == (0, 1, 1)
    assert [card["reason"] for card in report.skipped_cards] == ["holds nothing the record it duplicates lacks"] * 2


def test_the_report_says_which_cards_were_skipped_and_why(services: Services, tmp_path: Path) -> None:
    add_contact(services, given="Ann", emails=[{"value": "ann@example.com"}])
    path = vcf(tmp_path, "dups.vcf", "BEGIN:VCARD\nVERSION:3.0\nFN:Ann L.\nEMAIL:ann@example.com\nEND:VCARD\n")
    report = services.importer.import_files(path, on_duplicate="skip")
    assert report.skipped_cards == [
        {
            "file": str(path),
            "line": 1,
            "name": "Ann L.",
            "reason": "the same person as a contact already there (same email address)",
        }
    ]
