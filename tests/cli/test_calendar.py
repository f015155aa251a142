"""`cardfile activity …` over occurrences, the task list's views, and `cardfile export/import` of .ics files."""

from __future__ import annotations

from pathlib import Path

import icalendar

from tests.helpers import cli_json, run_cli

BERLIN = {"TZ": "Europe/Berlin"}
FIXTURES = Path(__file__).resolve().parents[1] / "data" / "ics"


def test_occurrences_one_by_one_and_the_whole_series(db_path: Path, tmp_path: Path) -> None:
    series = cli_json(
        ["activity", "schedule", "Pipeline review", "--type", "meeting", "--at", "2025-03-24 09:00",
         "--duration", "60", "--tz", "Europe/Berlin", "--rrule", "FREQ=WEEKLY;BYDAY=MO"],
        db=db_path,
    )  # fmt: skip
    listed = cli_json(["activity", "list", "--from", "2025-03-24", "--to", "2025-04-06"], db=db_path, env=BERLIN)
    assert [(o["local_start"], o["start"], o["series_id"]) for o in listed] == [
        ("2025-03-24T09:00:00+01:00", "2025-03-24T08:00:00.000Z", series["id"]),
        ("2025-03-31T09:00:00+02:00", "2025-03-31T07:00:00.000Z", series["id"]),  # summer time: still 9:00
    ]
    moved = cli_json(
        ["activity", "edit", series["id"][:13], "--occurrence", "2025-03-31", "--at", "2025-04-01 14:00",
         "--subject", "Review (Tuesday)"],
        db=db_path,
        env=BERLIN,
    )  # fmt: skip
    assert (moved["series_id"], moved["occurrence"]) == (series["id"], "2025-03-31T07:00:00.000Z")
    skipped = cli_json(["activity", "delete", series["id"], "--occurrence", "2025-04-07"], db=db_path, env=BERLIN)
    assert skipped[0]["status"] == "skipped"
    cleared = cli_json(
        ["activity", "clear", series["id"], "--occurrence", "2025-03-24", "--result", "no answer",
         "--happened", "2025-03-24 09:20"],
        db=db_path,
        env=BERLIN,
    )  # fmt: skip
    assert (cleared["status"], cleared["result"], cleared["happened_at"]) == (
        "done", "no_answer", "2025-03-24T08:20:00.000Z")  # fmt: skip
    april = cli_json(["activity", "list", "--from", "2025-03-24", "--to", "2025-04-14"], db=db_path, env=BERLIN)
    assert [(o["subject"], o["local_start"][:16], o["status"]) for o in april] == [
        ("Pipeline review", "2025-03-24T09:00", "done"),
        ("Review (Tuesday)", "2025-04-01T14:00", "scheduled"),
        ("Pipeline review", "2025-04-14T09:00", "scheduled"),
    ]
    wrong = run_cli(["activity", "clear", series["id"], "--occurrence", "2025-04-02"], db=db_path, env=BERLIN)
    assert wrong.returncode == 1 and "no occurrence on 2025-04-02" in wrong.stderr
    ended = cli_json(["activity", "clear", series["id"][:13], "--outcome", "Project over"], db=db_path)
    assert (ended["id"], ended["status"]) == (series["id"], "done")  # without --occurrence: the whole series

    path = tmp_path / "march.ics"
    report = cli_json(["export", "--format", "ics", "--from", "2025-03-01", "--to", "2025-03-31", "-o", str(path)],
                      db=db_path)  # fmt: skip
    assert report["count"] == 3  # the series, its changed and its cleared occurrence (the skipped one: an EXDATE)
    parsed = icalendar.Calendar.from_ical(path.read_text(encoding="utf-8"))
    assert {str(e["SUMMARY"]) for e in parsed.walk("VEVENT")} == {"Pipeline review", "Review (Tuesday)"}
    stdout = run_cli(["export", "--format", "ics"], db=db_path)
    assert stdout.returncode == 0 and stdout.stdout.startswith("BEGIN:VCALENDAR\n")  # (CRLF read as text)
    usage = run_cli(["export", "--format", "vcard3", "--from", "2025-03-01"], db=db_path)
    assert usage.returncode == 2 and "--format ics" in usage.stderr


def test_the_task_list_and_an_ics_import(db_path: Path) -> None:
    report = cli_json(["import", str(FIXTURES / "thunderbird.ics"), str(FIXTURES / "broken.ics")], db=db_path)
    assert report["imported"] == 6 and len(report["rejected"]) == 6
    assert {r["line"] for r in report["rejected"]} == {4, 8, 14, 19, 25, 36}
    every = cli_json(["activity", "list", "--due", "all"], db=db_path)
    subjects = {o["subject"] for o in every}
    assert "Send the signed contract" in subjects and "Order samples" not in subjects  # that one is done
    overdue = cli_json(["activity", "list", "--due", "overdue"], db=db_path)
    assert {o["subject"] for o in overdue} >= {"Send the signed contract", "The one good event"}
    assert all(o["overdue"] for o in overdue)
    table = run_cli(["activity", "list", "--due", "overdue"], db=db_path)
    assert "overdue" in table.stdout and "Send the signed contract" in table.stdout
    bad = run_cli(["activity", "list", "--due", "yesterday"], db=db_path)
    assert bad.returncode == 2
    not_ics = run_cli(["import", str(FIXTURES / "README.md").replace(".md", ".ics")], db=db_path)
    assert not_ics.returncode == 1 and "README.ics" in not_ics.stderr
