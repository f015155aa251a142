"""`cardfile duplicates`, `merge`, `unmerge`, `merges` and `incomplete` through the real entry point."""

from __future__ import annotations

from pathlib import Path

from cardfile.domain.models import ActivityCreate, validate
from cardfile.services import open_database
from tests.helpers import add_contact, cli_json, run_cli


def _seed(db: Path) -> dict[str, str]:
    with open_database(db) as s:
        ids = {
            "anna": add_contact(
                s,
                given="Anna",
                family="Berg",
                title="Buyer",
                company_name="Acme Ltd",
                emails=[{"value": "anna@acme.example"}],
            ),
            "dup": add_contact(
                s,
                given="Anna",
                family="Berg",
                title="Head buyer",
                emails=[{"value": "ANNA@acme.example"}],
                phones=[{"value": "+1 555 010 2030"}],
            ),
            "petrova": add_contact(s, given="Анна", family="Петрова", company_name="Acme Ltd"),
            "petrova_latin": add_contact(s, given="Anna", family="Petrova", company_name="Acme Ltd"),
            "bob": add_contact(s, given="Bob", family="Stone"),
        }
        s.activities.schedule(validate(ActivityCreate, subject="Call Anna", contact_ids=[ids["dup"]]))
    return ids


def test_duplicates_lists_groups_with_scores_and_reasons(db_path: Path) -> None:
    ids = _seed(db_path)
    groups = cli_json(["duplicates"], db=db_path)
    assert [set(g["ids"]) for g in groups] == [{ids["anna"], ids["dup"]}, {ids["petrova"], ids["petrova_latin"]}]
    (pair,) = groups[0]["pairs"]
    assert {r["code"] for r in pair["reasons"]} >= {"email", "name"} and pair["score"] >= 55
    text = run_cli(["duplicates"], db=db_path)
    assert text.returncode == 0
    assert "same email anna@acme.example" in text.stdout and "same name in another script" in text.stdout
    assert cli_json(["duplicates", "--companies"], db=db_path) == []


def test_not_a_duplicate_is_remembered_and_can_be_taken_back(db_path: Path) -> None:
    ids = _seed(db_path)
    assert cli_json(["duplicates", "not", ids["petrova"], ids["petrova_latin"]], db=db_path)["pairs"] == 1
    assert len(cli_json(["duplicates"], db=db_path)) == 1
    (mark,) = cli_json(["duplicates", "marked"], db=db_path)
    assert {mark["first"]["id"], mark["second"]["id"]} == {ids["petrova"], ids["petrova_latin"]}
    assert cli_json(["duplicates", "not", "--undo", ids["petrova"], ids["petrova_latin"]], db=db_path)["pairs"] == 1
    assert len(cli_json(["duplicates"], db=db_path)) == 2
    one = run_cli(["duplicates", "not", ids["bob"]], db=db_path)
    assert one.returncode == 1 and "two records or more" in one.stderr


def test_merge_preview_merge_merges_and_unmerge(db_path: Path) -> None:
    ids = _seed(db_path)
    preview = cli_json(["merge", ids["anna"], ids["dup"], "--dry-run", "--take", f"title={ids['anna']}"], db=db_path)
    fields = {f["key"]: f for f in preview["fields"]}
    assert (
        fields["title"]["default_from"] == ids["anna"] and fields["phones"]["united"][0]["value"] == "+1 555 010 2030"
    )
    assert preview["attachments"][ids["dup"]]["activities"] == 1
    assert cli_json(["merges"], db=db_path) == [], "a dry run merges nothing"

    (merge,) = cli_json(["merge", ids["anna"][:13], ids["dup"], "--take", f"title={ids['anna'][:13]}"], db=db_path)
    assert (merge["survivor"]["id"], merge["merged"]["id"], merge["active"]) == (ids["anna"], ids["dup"], True)
    person = cli_json(["contact", "show", ids["anna"]], db=db_path)
    assert person["title"] == "Buyer" and [p["value"] for p in person["phones"]] == ["+1 555 010 2030"]
    assert [m["id"] for m in cli_json(["merges", ids["anna"]], db=db_path)] == [merge["id"]]
    history = run_cli(["history", ids["anna"]], db=db_path)
    assert "Merge contacts" in history.stdout

    undone = cli_json(["unmerge", ids["dup"][:13]], db=db_path)  # named by the merged record
    assert undone["unmerged_at"] is not None and not undone["active"]
    assert cli_json(["contact", "show", ids["anna"]], db=db_path)["phones"] == []
    again = run_cli(["unmerge", merge["id"]], db=db_path)
    assert again.returncode == 1 and "taken back already" in again.stderr


def test_merge_refuses_what_it_cannot_do_with_a_clear_message(db_path: Path) -> None:
    ids = _seed(db_path)
    for args, message in (
        ([ids["anna"], ids["anna"]], "cannot be merged with itself"),
        ([ids["anna"], "Acme Ltd"], "people or companies, not both"),
        ([ids["anna"], ids["dup"], "--take", "colour=" + ids["dup"]], "no such field"),
        ([ids["anna"], ids["dup"], "--take", "title"], "not FIELD=RECORD"),
        ([ids["anna"], ids["dup"], "--prefer", ids["bob"]], "not one of the records being merged"),
        ([ids["anna"], "nobody"], "No record matches 'nobody'"),
    ):
        result = run_cli(["merge", *args], db=db_path)
        assert result.returncode == 1 and message in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr
    assert cli_json(["merges"], db=db_path) == []


def test_duplicates_check_points_out_the_likely_duplicate(db_path: Path) -> None:
    ids = _seed(db_path)
    found = cli_json(
        ["duplicates", "check", "--given", "Ana", "--family", "Berg", "--email", "Anna@Acme.Example"], db=db_path
    )
    assert {c["id"] for c in found if c["likely"]} == {ids["anna"], ids["dup"]}
    assert cli_json(["duplicates", "check", "--given", "Zoë"], db=db_path) == []


def test_incomplete_lists_and_saves_lookups(db_path: Path) -> None:
    ids = _seed(db_path)
    missing = {p["id"] for p in cli_json(["incomplete"], db=db_path)}
    assert missing == {ids["dup"], ids["petrova"], ids["petrova_latin"], ids["bob"]}  # no company, or no channel
    both = {p["id"] for p in cli_json(["incomplete", "--no-email-or-phone", "--no-company", "--all"], db=db_path)}
    assert both == {ids["bob"]}
    idle = {p["id"] for p in cli_json(["incomplete", "--idle", "12", "--save", "Idle for a year"], db=db_path)}
    assert ids["dup"] not in idle and ids["anna"] in idle  # the scheduled call counts
    with open_database(db_path) as s:
        (lookup,) = [row for row in s.lookups.list() if row.name == "Idle for a year"]
        assert lookup.query["conditions"] == [{"field": "activity", "op": "no_activity_for_months", "value": 12}]
        assert set(s.lookups.run(lookup.id)) == idle
    bad = run_cli(["incomplete", "--companies", "--no-company"], db=db_path)
    assert bad.returncode == 1 and "only people have a company" in bad.stderr
