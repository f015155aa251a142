"""`cardfile pipeline …`, `cardfile report …` and the deal commands for line items, reasons, roles, the board and the
history, run in this process through `cardfile.cli.main.main` (and once as a real subprocess)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from cardfile.cli.main import main
from tests.helpers import run_cli


class Cli:
    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.capsys = capsys

    def __call__(self, *args: str, status: int = 0) -> str:
        code = main(["--db", str(self.db), *args])
        out, err = self.capsys.readouterr()
        assert code == status, f"cardfile {' '.join(args)} -> {code}: {err}"
        self.err = err
        return out

    def json(self, *args: str) -> Any:
        return json.loads(self(*args, "--json"))


@pytest.fixture
def cli(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(db_path, capsys)


def test_pipeline_commands(cli: Cli) -> None:
    added = cli.json("pipeline", "add", "Partners", "Intro=5", "Pilot=40%", "Signed=100")
    assert [(s["name"], s["probability"]) for s in added["stages"]] == [("Intro", 5), ("Pilot", 40), ("Signed", 100)]
    cli("pipeline", "add-stage", "Partners", "Demo", "20", "--position", "2")
    cli("pipeline", "edit-stage", "partners", "pilot", "--name", "Trial", "--probability", "45")
    moved = cli.json("pipeline", "move-stage", "Partners", "Signed", "1")
    assert [s["name"] for s in moved["stages"]] == ["Signed", "Intro", "Demo", "Trial"]
    cli.json("deal", "add", "Reseller", "--pipeline", "Partners", "--stage", "Trial")
    cli("pipeline", "remove-stage", "Partners", "Trial", status=1)
    assert "holds 1 deal(s)" in cli.err and "Signed, Intro, Demo" in cli.err
    result = cli.json("pipeline", "remove-stage", "Partners", "Trial", "--move-to", "Demo")
    assert result["deals_moved"] == 1
    assert cli.json("deal", "show", "Reseller")["stage"]["name"] == "Demo"
    renamed = cli.json("pipeline", "rename", "Partners", "Channel")
    assert renamed["name"] == "Channel"
    text = cli("pipeline", "list")
    assert "Sales (default)" in text and "Channel" in text and "DEALS" in text
    cli("pipeline", "remove", "Channel", status=1)
    gone = cli.json("pipeline", "remove", "Channel", "--move-to", "Sales", "--stage", "Proposal")
    assert gone["deals_moved"] == 1
    assert [p["name"] for p in cli.json("pipeline", "list")] == ["Sales"]
    cli("pipeline", "add", "Broken", "NoProbability", status=2)
    cli("pipeline", "add-stage", "Sales", "Sure", "101", status=2)


def test_line_items_reasons_roles_board_and_history(cli: Cli) -> None:
    deal = cli.json(
        "deal", "add", "Turbine service", "--currency", "EUR", "--item", "Inspection;2.5;1999.00;10",
        "--item", "Filter;3;19.99", "--amount-from-items", "--owner", "anna", "--contact", "",
    )  # fmt: skip
    assert deal["amount"] == {"minor": 455_772, "currency": "EUR", "decimal": "4557.72"}
    assert [i["total"]["decimal"] for i in deal["line_items"]] == ["4497.75", "59.97"]
    assert deal["owner"] == "anna" and deal["amount_from_items"] is True
    cli("deal", "edit", "Turbine service", "--item", "Filter;1.5x;19.99", status=1)
    assert "line_items.0.quantity" in cli.err
    cli("deal", "edit", "Turbine service", "--item", "no price", status=2)
    edited = cli.json("deal", "edit", "Turbine service", "--item", "")
    assert edited["line_items"] == [] and edited["amount"]["minor"] == 0
    cli.json("deal", "edit", "Turbine service", "--amount", "100", "--probability", "30")
    cli.json("deal", "move", "Turbine service", "Proposal")
    lost = cli.json("deal", "lost", "Turbine service", "--reason", "no budget")
    assert lost["reason"] == "No budget"
    cli("deal", "reasons", "--add", "Went dark")
    assert "Went dark" in [r["name"] for r in cli.json("deal", "reasons")]
    assert "Relationship" in [r["name"] for r in cli.json("deal", "reasons", "--won")]
    assert "Decision maker" in [r["name"] for r in cli.json("deal", "roles")]
    history = cli.json("deal", "history", "Turbine service")
    changes = [(h["field"], h["old"], h["new"]) for h in history if not h["created"]]
    assert ("probability", 30, None) in changes, "the move set the probability back to the stage's"
    assert ("status", "open", "lost") in changes and ("reason", "", "No budget") in changes
    table = cli("deal", "history", "Turbine service")
    assert "(stage default)" in table and "Prospect" in table and "Proposal" in table
    cli.json("deal", "reopen", "Turbine service")
    board = cli.json("deal", "board")
    proposal = next(c for c in board["columns"] if c["stage"]["name"] == "Proposal")
    assert proposal["count"] == 1 and proposal["totals"][0]["total"] == "100.00"
    assert "Proposal" in cli("deal", "board", "--owner", "anna")
    listed = cli.json("deal", "list", "--owner", "anna", "--sort", "amount", "--reverse")
    assert [d["name"] for d in listed] == ["Turbine service"]
    assert cli.json("deal", "list", "--owner", "bo") == []
    assert cli.json("deal", "list", "--overdue") == []


def test_reports_in_each_format(cli: Cli, tmp_path: Path) -> None:
    cli.json("contact", "add", "--given", "Þórunn", "--family", "Jónsdóttir", "--company", "Norðurljós ehf.")
    cli.json("deal", "add", "Lights", "--amount", "1,000 ISK", "--stage", "Proposal", "--close-date", "2030-03-02")
    cli.json("deal", "add", "Rubles", "--amount", "10.50 RUB", "--close-date", "2030-04-02")
    rows = list(csv.DictReader(io.StringIO(cli("report", "pipeline"))))
    assert {(r["currency"], r["total"], r["weighted"]) for r in rows} == {
        ("ISK", "1000", "500"),
        ("RUB", "10.50", "1.05"),
    }
    data = cli.json("report", "forecast", "--by", "quarter")
    assert data["totals"]["ISK"]["weighted"] == "500" and data["conversion"] is None
    converted = json.loads(cli("report", "forecast", "--format", "json", "--in", "EUR", "--rate", "ISK=0.0066",
                               "--rate", "RUB=0.0101"))  # fmt: skip
    assert converted["conversion"]["rates"] == [
        {"from": "ISK", "to": "EUR", "rate": "0.0066"},
        {"from": "RUB", "to": "EUR", "rate": "0.0101"},
    ]
    assert converted["converted"][-1]["total"] == "6.71"  # 6.60 + 0.10605 = 6.70605 → 6.71
    again = json.loads(cli("report", "forecast", "--format", "json", "--in", "EUR"))
    assert again["converted"][-1]["total"] == "6.71", "the rates were remembered"
    cli("report", "forecast", "--in", "USD", status=1)
    assert "No exchange rate from ISK to USD" in cli.err
    cli("report", "pipeline", "--rate", "ISK=1", status=1)
    cli("report", "pipeline", "--from", "2030-05-01", "--to", "2030-01-01", status=1)
    out = tmp_path / "pipeline.pdf"
    cli("report", "pipeline", "-o", str(out))
    assert out.read_bytes().startswith(b"%PDF-") and "Wrote the pipeline report (PDF)" in cli.err
    cli("report", "contacts", "--format", "pdf", status=1)
    assert "needs -o FILE" in cli.err
    people = tmp_path / "people.csv"
    cli("report", "contacts", "--from", "2000-01-01", "-o", str(people))
    assert "Þórunn Jónsdóttir" in people.read_text(encoding="utf-8")
    assert people.stat().st_mode & 0o777 == 0o666 & ~_umask(), "a report is not made private by its temporary file"
    assert list(tmp_path.glob(".*")) == [], "no temporary file is left behind"


def test_the_activities_report(cli: Cli, tmp_path: Path) -> None:
    cli.json("activity", "schedule", "Call Þórunn", "--type", "call", "--at", "2030-03-04 10:00", "--tz", "UTC")
    cli.json("activity", "schedule", "Fair", "--type", "meeting", "--at", "2030-03-20", "--all-day")
    cli.json("activity", "schedule", "Later", "--type", "call", "--at", "2030-05-01 10:00", "--tz", "UTC")
    march = cli("report", "activities", "--from", "2030-03-01", "--to", "2030-03-31", "--tz", "UTC")
    rows = list(csv.DictReader(io.StringIO(march)))
    assert [(r["when"], r["type"], r["subject"]) for r in rows] == [
        ("2030-03-04 10:00", "call", "Call Þórunn"),
        ("2030-03-20", "meeting", "Fair"),
    ]
    data = cli.json(
        "report", "activities", "--from", "2030-03-01", "--to", "2030-05-31", "--type", "call", "--tz", "UTC"
    )
    assert data["count"] == 2 and data["by_type"] == {"Call": 2}
    cli("report", "activities", "--from", "2030-03-01", "--to", "2030-02-01", status=1)
    cli("report", "activities", "--type", "juggling", status=1)


def _umask() -> int:
    import os

    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_report_as_a_real_subprocess_prints_json(db_path: Path) -> None:
    result = run_cli(["report", "pipeline", "--json"], db=db_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["report"] == "pipeline"
