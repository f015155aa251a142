"""The sales read models: board, deal list, forecast and dashboard figures, their arithmetic and their drill-down.

Money is checked to the minor unit: weighted totals are exact sums rounded once (half up), currencies are never
added together, and converting at the user's rates says which rates it used. The clock is a fake one, so
"overdue" and "this quarter" do not depend on the day the suite runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from cardfile.domain.errors import ValidationError
from cardfile.domain.models import DealCreate, validate
from cardfile.domain.money import Conversion, CurrencyTotal, MissingRate
from cardfile.services import Services, open_database
from cardfile.services.sales import UNDATED, DealFilter


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2030, 5, 15, 12, 0, tzinfo=UTC))


@pytest.fixture
def shop(db_path: Path, clock: FakeClock) -> Iterator[Services]:
    with open_database(db_path, now=clock) as services:
        yield services


def deal(services: Services, name: str, **fields: object) -> str:
    return services.deals.create(validate(DealCreate, name=name, **fields)).id


def totals(figures: list[CurrencyTotal]) -> dict[str, tuple[int, int, int]]:
    return {t.currency: (t.count, t.total_minor, t.weighted_minor) for t in figures}


def test_board_columns_count_and_total_per_currency_and_round_weighted_once(shop: Services) -> None:
    # Prospect is 10 %: 0.05 + 0.05 + 0.05 cents weighted = 0.15 → 0 cents if each were rounded first (0+0+0),
    # but the exact sum 0.15 rounds to 0 and 3 × 5 cents at 10 % = 1.5 cents rounds half up to 2.
    for n in range(3):
        deal(shop, f"Tiny {n}", amount_minor=5, currency="EUR")
    deal(shop, "Big", amount_minor=1_000_000, currency="USD", stage_id="Proposal")  # 50 %
    deal(shop, "Yen", amount_minor=999, currency="JPY", stage_id="Proposal")  # 499.5 yen → 500
    deal(shop, "Own guess", amount_minor=10_000, currency="USD", stage_id="Proposal", probability=33)
    board = shop.sales.board()
    by_stage = {c.stage.name: c for c in board.columns}
    assert [c.stage.name for c in board.columns] == ["Prospect", "Qualified", "Proposal", "Negotiation", "Commitment"]
    assert totals(by_stage["Prospect"].totals) == {"EUR": (3, 15, 2)}
    assert by_stage["Prospect"].count == 3 and by_stage["Qualified"].count == 0
    assert totals(by_stage["Proposal"].totals) == {"JPY": (1, 999, 500), "USD": (2, 1_010_000, 503_300)}
    assert totals(board.totals) == {"EUR": (3, 15, 2), "JPY": (1, 999, 500), "USD": (2, 1_010_000, 503_300)}
    assert board.columns[0].totals[0].as_json()["weighted"] == "0.02"  # exact decimal text, never a float
    assert by_stage["Proposal"].totals[0].as_json()["total"] == "999"


def test_board_shows_open_deals_and_filters_by_owner_company_and_close_date(shop: Services) -> None:
    acme = shop.companies.create(validate_company("Acme")).id
    a = deal(shop, "Anna's", amount_minor=100, owner_id="anna", expected_close="2030-06-01", company_id=acme)
    b = deal(shop, "Bo's", amount_minor=200, owner_id="bo", expected_close="2030-07-01")
    won = deal(shop, "Won", amount_minor=400, owner_id="anna")
    shop.deals.close(won, won=True)
    prospect = shop.sales.board().columns[0]
    assert prospect.count == 2
    assert shop.sales.column_ids(prospect) == [a, b]  # soonest expected close first
    assert shop.sales.board(DealFilter(owner="anna")).columns[0].count == 1
    assert shop.sales.board(DealFilter(company_id=acme)).columns[0].count == 1
    july = shop.sales.board(DealFilter(close_from=date(2030, 7, 1), close_to=date(2030, 7, 31)))
    assert shop.sales.column_ids(july.columns[0]) == [b]
    assert shop.sales.owners() == ["anna", "bo"]


def validate_company(name: str) -> object:
    from cardfile.domain.models import CompanyCreate

    return validate(CompanyCreate, name=name)


def test_the_deal_list_sorts_by_every_column_and_pages_by_ids(shop: Services) -> None:
    ids = {
        "b": deal(shop, "Beta", amount_minor=300, currency="USD", stage_id="Commitment", expected_close="2030-09-01"),
        "a": deal(shop, "alpha", amount_minor=100, currency="USD", stage_id="Proposal"),
        "c": deal(shop, "Gamma", amount_minor=200, currency="EUR", expected_close="2030-01-01"),
    }
    assert shop.sales.deal_ids(sort="name") == [ids["a"], ids["b"], ids["c"]]
    assert shop.sales.deal_ids(sort="name", descending=True) == [ids["c"], ids["b"], ids["a"]]
    assert shop.sales.deal_ids(sort="expected_close") == [ids["c"], ids["b"], ids["a"]]  # undated last
    assert shop.sales.deal_ids(sort="amount") == [ids["c"], ids["a"], ids["b"]]  # by currency, then amount
    assert shop.sales.deal_ids(sort="stage") == [ids["c"], ids["a"], ids["b"]]
    assert shop.sales.deal_ids(sort="probability") == [ids["c"], ids["a"], ids["b"]]
    for key in ("company", "weighted", "owner", "status", "updated", "closed"):
        assert sorted(shop.sales.deal_ids(sort=key)) == sorted(ids.values())
    with pytest.raises(ValidationError):
        shop.sales.deal_ids(sort="colour")
    page = shop.sales.deal_rows([ids["b"], "no-such-id", ids["c"]])
    assert [(r.name, r.stage, r.amount_minor, r.probability, r.overdue) for r in page] == [
        ("Beta", "Commitment", 300, 90, False),
        ("Gamma", "Prospect", 200, 10, True),  # 2030-01-01 is before the clock's 2030-05-15
    ]
    assert page[0].weighted_minor == 270 and page[1].as_json()["amount"]["decimal"] == "2.00"
    assert shop.sales.count(DealFilter(currency="USD")) == 2


def test_overdue_has_one_definition_and_follows_the_clock(shop: Services, clock: FakeClock) -> None:
    due = deal(shop, "Due today", expected_close="2030-05-15")
    late = deal(shop, "Late", expected_close="2030-05-14")
    assert shop.deals.get(due).overdue is False and shop.deals.get(late).overdue is True
    assert shop.sales.deal_ids(DealFilter(overdue=True)) == [late]
    clock.now = datetime(2030, 5, 16, 12, 0, tzinfo=UTC)
    assert shop.deals.get(due).overdue is True
    assert set(shop.sales.deal_ids(DealFilter(overdue=True))) == {due, late}
    shop.deals.close(late, won=False)
    assert shop.deals.get(late).overdue is False  # only open deals are overdue


def test_forecast_by_month_and_quarter_per_owner_and_overall(shop: Services, clock: FakeClock) -> None:
    deal(shop, "A1", amount_minor=1_000, owner_id="anna", expected_close="2030-06-03", stage_id="Proposal")  # 50 %
    deal(shop, "A2", amount_minor=333, owner_id="anna", expected_close="2030-06-20", probability=15)  # 49.95
    deal(shop, "B1", amount_minor=2_000, owner_id="bo", expected_close="2030-08-01", stage_id="Negotiation")  # 75 %
    deal(shop, "E1", amount_minor=500, currency="EUR", owner_id="bo", expected_close="2030-06-10")  # 10 %
    deal(shop, "Someday", amount_minor=700, owner_id="bo")
    won = deal(shop, "Won", amount_minor=900, owner_id="anna", expected_close="2030-12-31")
    shop.deals.close(won, won=True)  # won on 2030-05-15 (the clock), counted in May whatever its close date
    month = shop.sales.forecast()
    assert month.periods == ["2030-05", "2030-06", "2030-08", UNDATED]
    assert month.owners == ["anna", "bo"]
    june = {(c.owner, c.currency): c for c in month.rows if c.period == "2030-06"}
    assert (june["anna", "USD"].open_count, june["anna", "USD"].total_minor) == (2, 1_333)
    assert june["anna", "USD"].weighted_minor == 550  # 500 + 49.95 = 549.95 → 550, rounded once
    assert june["bo", "EUR"].weighted_minor == 50
    overall = {c.currency: c for c in month.overall}
    assert (overall["USD"].total_minor, overall["USD"].weighted_minor) == (4_033, 2_120)  # 549.95 + 1500 + 70
    assert (overall["USD"].won_count, overall["USD"].won_minor) == (1, 900)
    assert set(overall) == {"USD", "EUR"}, "euros are never added to dollars"
    may = [c for c in month.by_period if c.period == "2030-05"]
    assert [(c.currency, c.open_count, c.won_minor) for c in may] == [("USD", 0, 900)]
    quarter = shop.sales.forecast(by="quarter")
    assert quarter.periods == ["2030-Q2", "2030-Q3", UNDATED]
    q2 = {c.currency: c for c in quarter.by_period if c.period == "2030-Q2"}
    assert (q2["USD"].total_minor, q2["USD"].won_minor) == (1_333, 900)
    owners = {(c.owner, c.currency): c.total_minor for c in month.by_owner}
    assert owners == {("anna", "USD"): 1_333, ("bo", "EUR"): 500, ("bo", "USD"): 2_700}
    with pytest.raises(ValueError):
        shop.sales.forecast(by="week")


def test_forecast_figures_name_the_deals_behind_them(shop: Services) -> None:
    june = deal(shop, "June", amount_minor=100, expected_close="2030-06-03")
    deal(shop, "July", amount_minor=100, expected_close="2030-07-03")
    undated = deal(shop, "Undated", amount_minor=100)
    forecast = shop.sales.forecast()
    cell = next(c for c in forecast.by_period if c.period == "2030-06")
    assert shop.sales.deal_ids(cell.filter) == [june]
    cell = next(c for c in forecast.by_period if c.period == UNDATED)
    assert shop.sales.deal_ids(cell.filter) == [undated]
    bounded = shop.sales.forecast(DealFilter(close_from=date(2030, 6, 15), close_to=date(2030, 7, 31)))
    assert bounded.periods == ["2030-07"]


def test_a_converted_forecast_uses_exact_rates_and_says_which(shop: Services) -> None:
    deal(shop, "Dollars", amount_minor=1_000, expected_close="2030-06-01", stage_id="Proposal")
    deal(shop, "Euros", amount_minor=1_000, currency="EUR", expected_close="2030-06-01", stage_id="Proposal")
    deal(shop, "Kronur", amount_minor=1_001, currency="ISK", expected_close="2030-06-01", stage_id="Proposal")
    conversion = Conversion("USD", {"EUR": Decimal("1.0845"), "ISK": Decimal("0.0072")})
    forecast = shop.sales.forecast(conversion=conversion)
    overall = forecast.converted[-1]
    assert overall.period is None and overall.currency == "USD"
    # 10.00 + 10.845 + 1001 × 0.0072 = 7.2072 → 28.0522 dollars = 2805.22 cents → 2805
    assert overall.total_minor == 2_805
    assert overall.weighted_minor == 1_403  # half of the exact 2805.22 is 1402.61 → 1403
    assert [r.as_json() for r in conversion.used(["EUR", "ISK", "USD"])] == [
        {"from": "EUR", "to": "USD", "rate": "1.0845"},
        {"from": "ISK", "to": "USD", "rate": "0.0072"},
    ]
    with pytest.raises(MissingRate) as missing:
        shop.sales.forecast(conversion=Conversion("USD", {"EUR": Decimal(1)}))
    assert "ISK" in missing.value.message


def test_dashboard_figures_and_their_drill_down(shop: Services, clock: FakeClock) -> None:
    won = [deal(shop, f"Won {n}", amount_minor=amount) for n, amount in enumerate((1_000, 2_001))]
    for d in won:
        shop.deals.close(d, won=True)
    lost = deal(shop, "Lost", amount_minor=5_000)
    shop.deals.close(lost, won=False, reason="Price")
    clock.now = datetime(2030, 1, 2, tzinfo=UTC)  # closed in the quarter before: not counted
    old = deal(shop, "Old win", amount_minor=7_777)
    shop.deals.close(old, won=True)
    clock.now = datetime(2030, 5, 15, 12, 0, tzinfo=UTC)
    big = deal(shop, "Big", amount_minor=90_000, expected_close="2030-06-30")
    small = deal(shop, "Small", amount_minor=10, expected_close="2030-04-30")
    euro = deal(shop, "Euro", amount_minor=50, currency="EUR", expected_close="2030-06-30")
    board = shop.sales.dashboard()
    assert (board.period_from, board.period_to) == (date(2030, 4, 1), date(2030, 6, 30))
    assert totals(board.won) == {"USD": (2, 3_001, 3_001)}
    assert sorted(shop.sales.deal_ids(board.won_filter)) == sorted(won)
    assert shop.sales.deal_ids(board.lost_filter) == [lost]
    assert (board.win_rate.won, board.win_rate.lost, board.win_rate.percent) == (2, 1, Decimal("66.7"))
    assert [(a.currency, a.average_minor) for a in board.average_won] == [("USD", 1_501)]  # 1500.5 → 1501
    assert [r.id for r in board.biggest_open["USD"]] == [big, small]
    assert [r.id for r in board.biggest_open["EUR"]] == [euro]
    assert totals(board.pipeline.columns[0].totals) == {"EUR": (1, 50, 5), "USD": (2, 90_010, 9_001)}
    assert [(c.period, c.currency) for c in board.forecast.by_period] == [
        ("2030-04", "USD"),
        ("2030-05", "USD"),
        ("2030-06", "EUR"),
        ("2030-06", "USD"),
    ]  # May: the two deals won then
    year = shop.sales.dashboard(date(2030, 1, 1), date(2030, 12, 31))
    assert year.win_rate.won == 3 and shop.sales.dashboard(date(2031, 1, 1), date(2031, 2, 1)).win_rate.percent is None
    with pytest.raises(ValidationError):
        shop.sales.dashboard(date(2030, 2, 1), date(2030, 1, 1))


def test_sums_beyond_64_bits_stay_exact(shop: Services) -> None:
    """Regression guard: SQLite's sum() stops at 2**63; the board then adds the amounts itself, exactly."""
    for n in range(1_000):
        deal(shop, f"Huge {n}", amount_minor=10**16, currency="JPY", stage_id="Commitment")
    column = shop.sales.board().columns[-1]
    assert totals(column.totals) == {"JPY": (1_000, 10**19, 9 * 10**18)}
