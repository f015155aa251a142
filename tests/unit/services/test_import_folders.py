"""What an import reads and writes, as the wizard shows it: a folder read through with the folders inside it, a
CSV mapping that names nobody, and the records a finished import wrote."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cardfile.interchange.csv_mapping import NothingToNameBy
from cardfile.services import Services
from tests.helpers import add_contact
from tests.unit.services.test_import import card, vcf


def test_a_folder_is_read_through_with_the_folders_inside_it(services: Services, tmp_path: Path) -> None:
    """Regression: only the cards directly in a chosen folder were imported, not those in folders inside it (a
    phone backup keeps one folder per account)."""
    folder = tmp_path / "backup"
    (folder / "work" / "2024").mkdir(parents=True)
    (folder / ".cache").mkdir()
    vcf(folder, "a.vcf", card(given="Ann"))
    vcf(folder / "work", "b.vcf", card(given="Bea"))
    vcf(folder / "work" / "2024", "c.VCF", card(given="Cy"))
    vcf(folder / ".cache", "old.vcf", card(given="Hidden"))  # a hidden folder is a program's, not the person's
    os.symlink(folder, folder / "work" / "loop")  # a link back up is not followed round for ever
    expected = [str(folder / "a.vcf"), str(folder / "work" / "2024" / "c.VCF"), str(folder / "work" / "b.vcf")]
    assert services.importer.files([folder]) == expected
    report = services.importer.import_files([folder])
    assert report.files == expected and report.imported == 3
    assert sorted(c.display_name for c in services.contacts.list()) == ["Ann", "Bea", "Cy"]


def test_a_mapping_that_names_nobody_is_a_gap(services: Services) -> None:
    gap = services.importer.csv_mapping_gap({"Nummer": "phone", "Bemerkung": "note"})
    assert isinstance(gap, NothingToNameBy) and "name, a company or an email" in gap.message
    for named in ({"Nummer": "phone", "Wer": "given"}, {"Firma": "company"}, {"Mail": "email:work"}):
        assert services.importer.csv_mapping_gap(named) is None, named


def test_the_records_a_finished_import_wrote(services: Services, tmp_path: Path) -> None:
    ann = add_contact(services, given="Ann", emails=[{"value": "ann@x.io"}])
    add_contact(services, given="Untouched")
    path = vcf(
        tmp_path,
        "in.vcf",
        card(given="Ann", emails=[{"value": "ann@x.io"}], title="Buyer"),
        card(given="Bo", company="Acme"),
    )
    report = services.importer.import_files([path])
    written = services.history.records_of_job(report.job_id)
    people = {services.contacts.get(i).display_name for i in written["contact"]}
    assert people == {"Ann", "Bo"} and ann in written["contact"]
    assert [services.companies.get(i).display_name for i in written["company"]] == ["Acme"]
    services.history.undo_job(report.job_id)
    assert services.history.records_of_job(report.job_id) == {}


@pytest.mark.parametrize("what", ["missing", "empty folder"])
def test_files_raises_what_the_import_raises(services: Services, tmp_path: Path, what: str) -> None:
    target = tmp_path / "nothing"
    if what == "empty folder":
        target.mkdir()
    with pytest.raises(Exception) as raised:
        services.importer.import_files([target])
    with pytest.raises(type(raised.value)):
        services.importer.files([target])
