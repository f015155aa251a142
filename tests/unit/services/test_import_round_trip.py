"""Round trips through the database: import → export → import gives the same contacts, labels, photos and X-
properties, for realistic address books and (hypothesis) for generated contacts with text in many scripts.

The property test keeps a modest example count (each example writes to two real databases);
CARDFILE_HYPOTHESIS_EXAMPLES raises it.
"""

from __future__ import annotations

import io
import os
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings

from cardfile.domain.models import ContactCreate
from cardfile.interchange import write_vcard
from cardfile.interchange.carddata import exported_uid
from cardfile.services import Services, open_database
from tests.unit.interchange.realistic import realistic_card
from tests.unit.interchange.test_round_trip import contacts, shown_name

EXAMPLES = int(os.environ.get("CARDFILE_HYPOTHESIS_EXAMPLES", "25"))
# What a contact is, apart from where it lives: its id, its times, its owner and its company's id.
_PLACE = {"id", "created_at", "updated_at", "deleted_at", "owner", "private", "company"}


def comparable(services: Services, contact_id: str) -> dict[str, Any]:
    contact = services.contacts.get(contact_id)
    data = {k: v for k, v in contact.as_json().items() if k not in _PLACE}
    data["company"] = contact.company.name if contact.company else None
    data["vcard_extra"] = contact.vcard_extra
    data["photo"] = services.contacts.photo(contact_id)
    return data


def by_uid(services: Services) -> dict[str, dict[str, Any]]:
    out = {}
    for contact_id in services.contacts.ids():
        data = comparable(services, contact_id)
        out[data["vcard_uid"]] = data
    return out


def write_realistic(path: Path, count: int) -> Path:
    rng = random.Random(11)
    with path.open("w", encoding="utf-8", newline="") as out:
        for index in range(count):
            out.write(write_vcard(realistic_card(index, rng), "3.0"))
    return path


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_import_export_import_gives_the_same_contacts(tmp_path: Path, version: str) -> None:
    source = write_realistic(tmp_path / "realistic.vcf", 120)
    with open_database(tmp_path / "first.db") as first:
        assert first.importer.import_files(source).imported == 120
        exported = tmp_path / "exported.vcf"
        assert first.exporter.export_vcards(exported, version=version).count == 120
        before = by_uid(first)
    with open_database(tmp_path / "second.db") as second:
        report = second.importer.import_files(exported)
        assert (report.imported, report.rejected, report.warnings) == (120, [], [])
        after = by_uid(second)
    assert after == before
    assert sum(1 for c in before.values() if c["photo"]) == 12
    assert sum(1 for c in before.values() if "X-GENDER:unknown" in c["vcard_extra"]) == 30
    assert {p["label"] for c in before.values() for p in c["phones"]} == {"work", "cell", "fax", "Zentrale"}


def test_a_folder_export_imports_back_whole(tmp_path: Path) -> None:
    source = write_realistic(tmp_path / "realistic.vcf", 30)
    with open_database(tmp_path / "first.db") as first:
        first.importer.import_files(source)
        report = first.exporter.export_vcards(tmp_path / "cards", one_per_record=True)
        assert len(report.files) == 30
        before = by_uid(first)
    with open_database(tmp_path / "second.db") as second:
        assert second.importer.import_files(tmp_path / "cards").imported == 30
        assert by_uid(second) == before


@pytest.fixture(scope="module")
def databases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, Services, Path]]:
    folder = tmp_path_factory.mktemp("round-trip")
    with open_database(folder / "from.db") as source, open_database(folder / "to.db") as target:
        yield source, target, folder


@pytest.mark.parametrize("version", ["3.0", "4.0"])
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(generated=contacts())
def test_a_generated_contact_survives_the_database_round_trip(
    databases: tuple[Services, Services, Path], version: str, generated: tuple[ContactCreate, str]
) -> None:
    original, company = generated
    assume(shown_name(original, company) or original.phones or original.urls)  # else no card can name it
    source, target, folder = databases
    created = source.contacts.create(original, company_name=company or None).id
    text = io.StringIO()
    source.exporter.export_vcards(text, ids=[created], version=version)
    path = folder / f"card-{version}.vcf"
    path.write_text(text.getvalue(), encoding="utf-8", newline="")
    report = target.importer.import_files(path, on_duplicate="new")
    assert (report.imported, report.rejected, report.warnings) == (1, [], [])
    imported = target.contacts.ids(order="created")[0]
    expected = comparable(source, created)
    expected["vcard_uid"] = expected["vcard_uid"] or exported_uid(created)  # an export gives every card a UID
    assert comparable(target, imported) == expected
