"""Read models of the sales views: the pipeline board, the deal list, the forecast and the dashboard figures.

Built for 20,000 deals and more: figures are sums the database makes (with exact integer arithmetic; see
domain.money), and lists are ids in order plus the rows of the ids a view shows (`deal_ids` then `deal_rows`), so
a view never holds more than a page. Every figure carries the `DealFilter` of the deals behind it: the drill-down
of a bar, a slice or a column is `deal_ids(figure.filter)`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from dateutil import tz
from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError

from cardfile.domain.deals import is_overdue, local_today, period_bounds, period_of
from cardfile.domain.errors import ValidationError
from cardfile.domain.money import Conversion, CurrencyTotal, Money, Tally, average, decimal_text, round_half_up
from cardfile.domain.values import DealStatus
from cardfile.services.pipelines import find_pipeline, find_stage, load_pipelines
from cardfile.services.readmodels import PipelineRead, StageRead
from cardfile.store.codec import parse_utc

if TYPE_CHECKING:
    from cardfile.services.container import Services

UNDATED = "undated"  # the forecast period of open deals without an expected close date


@dataclass(frozen=True, slots=True)
class DealFilter:
    """Which deals a view, a figure or a report is about. Every field left as None does not filter.

    `close_from`/`close_to` bound the expected close date, `closed_from`/`closed_to` the day a deal was won or
    lost (this computer's calendar), both inclusive. `undated` keeps only deals without an expected close date,
    `overdue` only open deals past it.
    """

    pipeline_id: str | None = None
    stage_id: str | None = None
    status: str | None = None  # open, won, lost
    owner: str | None = None
    company_id: str | None = None
    currency: str | None = None
    close_from: date | None = None
    close_to: date | None = None
    closed_from: date | None = None
    closed_to: date | None = None
    undated: bool = False
    overdue: bool = False

    def but(self, **changes: Any) -> DealFilter:
        return replace(self, **changes)

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in self.__dataclass_fields__:
            value = getattr(self, name)
            if value not in (None, False):
                out[name] = value.isoformat() if isinstance(value, date) else value
        return out


ANY_DEAL = DealFilter()


@dataclass(frozen=True, slots=True)
class DealRow:
    """A deal as a card on the board or a line of the deal list."""

    id: str
    name: str
    company: str
    company_id: str | None
    pipeline_id: str
    stage_id: str
    stage: str
    amount_minor: int
    currency: str
    probability: int  # the deal's own or its stage's
    expected_close: str | None
    owner: str
    status: str
    overdue: bool
    closed_at: datetime | None
    updated_at: datetime

    @property
    def amount(self) -> Money:
        return Money(self.amount_minor, self.currency)

    @property
    def weighted_minor(self) -> int:
        return round_half_up(Fraction(self.amount_minor * self.probability, 100))

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": "deal",
            "display_name": self.name,
            "name": self.name,
            "company": {"id": self.company_id, "name": self.company} if self.company_id else None,
            "stage": {"id": self.stage_id, "name": self.stage},
            "amount": self.amount.as_json(),
            "probability": self.probability,
            "expected_close": self.expected_close,
            "owner": self.owner,
            "status": self.status,
            "overdue": self.overdue,
        }


@dataclass(frozen=True, slots=True)
class BoardColumn:
    """One stage on the board: how many deals, their totals per currency, and the filter of its cards."""

    stage: StageRead
    count: int
    totals: list[CurrencyTotal]
    filter: DealFilter

    def as_json(self) -> dict[str, Any]:
        return {
            "stage": self.stage.as_json(),
            "count": self.count,
            "totals": [t.as_json() for t in self.totals],
        }


@dataclass(frozen=True, slots=True)
class Board:
    pipeline: PipelineRead
    columns: list[BoardColumn]
    totals: list[CurrencyTotal]
    filter: DealFilter

    def as_json(self) -> dict[str, Any]:
        return {
            "pipeline": {"id": self.pipeline.id, "name": self.pipeline.name},
            "filter": self.filter.as_json(),
            "columns": [c.as_json() for c in self.columns],
            "totals": [t.as_json() for t in self.totals],
        }


@dataclass(frozen=True, slots=True)
class ForecastCell:
    """Open deals expected to close in `period` (and deals won in it) for one owner (None: everyone), one currency.

    `period` is '2025-03' or '2025-Q1', `UNDATED` for open deals without a close date, None for all periods.
    `filter` and `won_filter` name the deals behind the figures (made when asked: a forecast has thousands of
    cells and a view drills into one).
    """

    period: str | None
    owner: str | None
    currency: str
    open_count: int
    total_minor: int
    weighted_minor: int
    won_count: int
    won_minor: int
    scope: DealFilter  # the forecast's own filter, for the drill-down
    converted: bool = False  # figures of every currency converted to `currency`

    @property
    def filter(self) -> DealFilter:
        """The open deals behind the figures."""
        f = self.scope.but(status=DealStatus.OPEN.value, owner=self.owner or self.scope.owner, currency=self._currency)
        if self.period == UNDATED:
            return f.but(undated=True, close_from=None, close_to=None)
        if self.period is not None:
            first, last = period_bounds(self.period)
            return f.but(close_from=max(first, f.close_from or first), close_to=min(last, f.close_to or last))
        return f

    @property
    def won_filter(self) -> DealFilter:
        """The won deals behind the figures (won in the period)."""
        f = self.scope.but(status=DealStatus.WON.value, owner=self.owner or self.scope.owner, currency=self._currency,
                           close_from=None, close_to=None, undated=False, closed_from=self.scope.close_from,
                           closed_to=self.scope.close_to)  # fmt: skip
        if self.period == UNDATED:
            return f.but(closed_from=date.max, closed_to=date.min)  # no won deal is undated
        if self.period is not None:
            first, last = period_bounds(self.period)
            return f.but(closed_from=max(first, f.closed_from or first), closed_to=min(last, f.closed_to or last))
        return f

    @property
    def _currency(self) -> str | None:
        return None if self.converted else self.currency

    def as_json(self) -> dict[str, Any]:
        c = self.currency
        return {
            "period": self.period,
            "owner": self.owner,
            "currency": c,
            "open": self.open_count,
            "total": decimal_text(self.total_minor, c),
            "weighted": decimal_text(self.weighted_minor, c),
            "won": self.won_count,
            "won_total": decimal_text(self.won_minor, c),
        }


@dataclass(frozen=True, slots=True)
class Forecast:
    """Weighted and unweighted totals by period, per owner and overall, per currency (never added together).

    `rows` has a cell per period, owner and currency that has deals; `by_period` the same for everyone,
    `by_owner` per owner across periods, `overall` per currency. With a conversion, `converted` holds each
    period's (and, under None, the overall) figures in the one target currency, at the rates in `conversion`.
    """

    by: str
    filter: DealFilter
    periods: list[str]
    owners: list[str]
    rows: list[ForecastCell]
    by_period: list[ForecastCell]
    by_owner: list[ForecastCell]
    overall: list[ForecastCell]
    conversion: Conversion | None = None
    converted: list[ForecastCell] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class WinRate:
    """Of the deals closed in a period, how many were won (by count)."""

    won: int
    lost: int

    @property
    def percent(self) -> Decimal | None:
        """Won / closed in percent, to one decimal (half up); None when nothing closed."""
        closed = self.won + self.lost
        if not closed:
            return None
        return (Decimal(100 * self.won) / Decimal(closed)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True, slots=True)
class AverageDeal:
    currency: str
    count: int
    average_minor: int

    @property
    def average(self) -> Money:
        return Money(self.average_minor, self.currency)


@dataclass(frozen=True, slots=True)
class Dashboard:
    """The figures of the dashboard for a period (won, lost, win rate and average deal size count deals closed in
    it; the forecast counts open deals expected to close in it), each with the filter of the deals behind it."""

    period_from: date
    period_to: date
    pipeline: Board
    forecast: Forecast
    won: list[CurrencyTotal]
    won_filter: DealFilter
    lost: list[CurrencyTotal]
    lost_filter: DealFilter
    win_rate: WinRate
    average_won: list[AverageDeal]
    biggest_open: dict[str, list[DealRow]]  # currency -> the largest open deals in it, largest first
    biggest_filter: DealFilter


# The probability figures count (domain.deals.effective_probability, in SQL).
_PROBABILITY = "CASE d.status WHEN 'won' THEN 100 WHEN 'lost' THEN 0 ELSE coalesce(d.probability, s.probability) END"
_WEIGHT = f"d.amount_minor * {_PROBABILITY}"

# Sort keys of the deal list and the SQL that orders by them; ties go by name, then id.
SORTS: dict[str, tuple[str, ...]] = {
    "name": ("d.name COLLATE NOCASE",),
    "company": ("coalesce(c.name, '') = ''", "c.name COLLATE NOCASE"),
    "stage": ("p.position", "s.position"),
    "amount": ("d.currency", "d.amount_minor"),
    "probability": (_PROBABILITY,),
    "weighted": ("d.currency", _WEIGHT),
    "expected_close": ("d.expected_close IS NULL", "d.expected_close"),
    "owner": ("d.owner_id",),
    "status": ("d.status",),
    "updated": ("d.updated_at",),
    "closed": ("d.closed_at IS NULL", "d.closed_at"),
}
_FROM = (
    "FROM deal d JOIN stage s ON s.id = d.stage_id LEFT JOIN pipeline p ON p.id = d.pipeline_id "
    "LEFT JOIN company c ON c.id = d.company_id"
)
_ROW_COLUMNS = (
    "d.id, d.name, coalesce(c.name, ''), d.company_id, d.pipeline_id, d.stage_id, s.name, d.amount_minor, "
    f"d.currency, {_PROBABILITY}, d.expected_close, d.owner_id, d.status, d.closed_at, "
    "d.updated_at"
)


class SalesService:
    def __init__(self, services: Services) -> None:
        self._db = services.db
        self._services = services

    # ----- time -----

    def today(self) -> date:
        return local_today(self._db.now())

    @staticmethod
    def _utc_bound(day: date) -> str:
        """The start of a local calendar day as the deal table's UTC text, for comparing `closed_at`."""
        start = datetime.combine(day, time(), tzinfo=tz.tzlocal()).astimezone(UTC).replace(tzinfo=None)
        return start.strftime("%Y-%m-%d %H:%M:%S.%f")

    # ----- filters -----

    def _where(self, f: DealFilter) -> tuple[str, list[Any]]:
        where = ["d.deleted_at IS NULL"]
        params: list[Any] = []

        def add(sql: str, *values: Any) -> None:
            where.append(sql)
            params.extend(values)

        if f.pipeline_id:
            add("d.pipeline_id = ?", f.pipeline_id)
        if f.stage_id:
            add("d.stage_id = ?", f.stage_id)
        if f.status:
            add("d.status = ?", DealStatus(f.status).value)
        if f.owner:
            add("d.owner_id = ?", f.owner)
        if f.company_id:
            add("d.company_id = ?", f.company_id)
        if f.currency:
            add("d.currency = ?", f.currency)
        if f.close_from:
            add("d.expected_close >= ?", f.close_from.isoformat())
        if f.close_to:
            add("d.expected_close <= ?", f.close_to.isoformat())
        if f.closed_from:
            add("d.closed_at >= ?", self._utc_bound(f.closed_from))
        if f.closed_to:
            add("d.closed_at < ?", self._utc_bound(f.closed_to + timedelta(days=1)))
        if f.undated:
            add("d.expected_close IS NULL")
        if f.overdue:
            add("d.status = 'open' AND d.expected_close < ?", self.today().isoformat())
        return " AND ".join(where), params

    def resolve_filter(
        self,
        *,
        pipeline: str | None = None,
        stage: str | None = None,
        owner: str | None = None,
        company_id: str | None = None,
        **rest: Any,
    ) -> DealFilter:
        """A filter from what a person typed: a pipeline and stage by name or id (checked), the rest as given."""
        pipeline_id = stage_id = None
        if pipeline or stage:
            p = find_pipeline(self._services.pipelines.list(), pipeline)
            pipeline_id = p.id
            stage_id = find_stage(p, stage).id if stage else None
        return DealFilter(
            pipeline_id=pipeline_id, stage_id=stage_id, owner=owner or None, company_id=company_id, **rest
        )

    # ----- lists: ids in order, then the rows a view shows -----

    def deal_ids(self, f: DealFilter = ANY_DEAL, sort: str = "expected_close", descending: bool = False) -> list[str]:
        """The ids of the deals `f` selects, in the order of a sort key of SORTS (a list column, a board column)."""
        if sort not in SORTS:
            raise ValidationError(
                field="sort",
                problem=f"{sort!r} is not one of {', '.join(SORTS)}",
                reason="not_one_of",
                value=sort,
                choices=list(SORTS),
            )
        where, params = self._where(f)
        direction = " DESC" if descending else ""
        order = ", ".join(part + direction for part in SORTS[sort])
        with self._db.read() as conn:
            rows = conn.exec_driver_sql(
                f"SELECT d.id {_FROM} WHERE {where} ORDER BY {order}, d.name COLLATE NOCASE, d.id", tuple(params)
            )
            return [r[0] for r in rows]

    def count(self, f: DealFilter = ANY_DEAL) -> int:
        where, params = self._where(f)
        with self._db.read() as conn:
            return int(conn.exec_driver_sql(f"SELECT count(*) {_FROM} WHERE {where}", tuple(params)).scalar_one())

    def deal_rows(self, ids: Sequence[str]) -> list[DealRow]:
        """The rows of these deals, in the order given (a page of a list or a board column); unknown ids are
        left out."""
        today = self.today()
        found: dict[str, DealRow] = {}
        with self._db.read() as conn:
            for start in range(0, len(ids), 500):
                chunk = list(ids[start : start + 500])
                marks = ",".join("?" for _ in chunk)
                for r in conn.exec_driver_sql(f"SELECT {_ROW_COLUMNS} {_FROM} WHERE d.id IN ({marks})", tuple(chunk)):
                    found[r[0]] = DealRow(
                        id=r[0],
                        name=r[1],
                        company=r[2],
                        company_id=r[3],
                        pipeline_id=r[4],
                        stage_id=r[5],
                        stage=r[6],
                        amount_minor=r[7],
                        currency=r[8],
                        probability=r[9],
                        expected_close=r[10],
                        owner=r[11],
                        status=r[12],
                        overdue=is_overdue(r[12], r[10], today),
                        closed_at=parse_utc(r[13].replace(" ", "T")) if r[13] else None,
                        updated_at=parse_utc(str(r[14]).replace(" ", "T")),
                    )
        return [found[i] for i in ids if i in found]

    def current_user(self) -> str:
        """Who this database writes as: "me" until someone signs in to a sync server, then their user name (the
        owner of a new deal)."""
        return str(self._db.store.user_id)

    def owners(self) -> list[str]:
        """Everyone who owns a deal (for an owner filter)."""
        with self._db.read() as conn:
            rows = conn.exec_driver_sql("SELECT DISTINCT owner_id FROM deal WHERE deleted_at IS NULL ORDER BY 1")
            return [r[0] for r in rows]

    # ----- totals -----

    def _sums(self, conn: Connection, f: DealFilter, group: str) -> list[tuple[Any, str, int, int, int]]:
        """(group value, currency, count, Σ amount, Σ amount × probability) of the deals `f` selects.

        SQLite sums 64-bit integers exactly and stops with an error on overflow (a single amount × probability
        always fits, as amounts are capped); then the rows are summed here with Python's unbounded integers.
        """
        where, params = self._where(f)
        weight = _WEIGHT
        try:
            return [
                tuple(r)
                for r in conn.exec_driver_sql(
                    f"SELECT {group}, d.currency, count(*), sum(d.amount_minor), sum({weight}) {_FROM} "
                    f"WHERE {where} GROUP BY 1, 2",
                    tuple(params),
                )
            ]
        except (OperationalError, sqlite3.OperationalError):  # integer overflow: exact sums in Python
            sums: dict[tuple[Any, str], list[int]] = {}
            for key, currency, amount, weighted in conn.exec_driver_sql(
                f"SELECT {group}, d.currency, d.amount_minor, {weight} {_FROM} WHERE {where}", tuple(params)
            ):
                entry = sums.setdefault((key, currency), [0, 0, 0])
                entry[0] += 1
                entry[1] += amount
                entry[2] += weighted
            return [(k, c, n, t, w) for (k, c), (n, t, w) in sums.items()]

    def tally(self, f: DealFilter = ANY_DEAL) -> Tally:
        """The exact sums per currency of the deals `f` selects (`.totals()` rounds them, `.converted()` converts)."""
        tally = Tally()
        with self._db.read() as conn:
            for _key, currency, count, total, weighted in self._sums(conn, f, "1"):
                tally.add_sums(currency, count, total, weighted)
        return tally

    def totals(self, f: DealFilter = ANY_DEAL) -> list[CurrencyTotal]:
        """Count, total and weighted total per currency of the deals `f` selects."""
        return self.tally(f).totals()

    # ----- the board -----

    def board(self, f: DealFilter = ANY_DEAL) -> Board:
        """One pipeline's stages (the filter's, else the default pipeline) with the open deals' count and totals
        per currency in each; `column_ids(board.columns[n])` gives a column's cards in order."""
        with self._db.read() as conn:
            pipeline = find_pipeline(load_pipelines(conn), f.pipeline_id)
            f = f.but(pipeline_id=pipeline.id, stage_id=None, status=f.status or DealStatus.OPEN.value)
            tallies = {s.id: Tally() for s in pipeline.stages}
            for stage_id, currency, count, total, weighted in self._sums(conn, f, "d.stage_id"):
                if stage_id in tallies:
                    tallies[stage_id].add_sums(currency, count, total, weighted)
        overall = Tally()
        columns = []
        for stage in pipeline.stages:
            overall.merge(tallies[stage.id])
            columns.append(
                BoardColumn(stage, tallies[stage.id].count, tallies[stage.id].totals(), f.but(stage_id=stage.id))
            )
        return Board(pipeline, columns, overall.totals(), f)

    def column_ids(self, column: BoardColumn) -> list[str]:
        """The cards of a board column, soonest expected close first (undated last)."""
        return self.deal_ids(column.filter, "expected_close")

    # ----- the forecast -----

    def forecast(self, f: DealFilter = ANY_DEAL, by: str = "month", conversion: Conversion | None = None) -> Forecast:
        """Open deals by the period of their expected close (weighted by probability, and not), and deals won by
        the period they were won in, per owner and overall, per currency. `f.close_from`/`close_to` bound both
        (for won deals, the day they were won); `f.status` is ignored."""
        period_of(date(2000, 1, 1), by)  # checks `by`
        scope = f.but(status=None)
        open_where, open_params = self._where(scope.but(status=DealStatus.OPEN.value))
        won_f = scope.but(status=DealStatus.WON.value, close_from=None, close_to=None, undated=False,
                          closed_from=f.close_from, closed_to=f.close_to)  # fmt: skip
        won_where, won_params = self._where(won_f)
        # (period, owner, currency) -> [open count, total, weighted hundredths, won count, won total]
        cells: dict[tuple[str, str, str], list[int]] = {}
        local_day = _LocalDays()
        with self._db.read() as conn:
            for month, owner, currency, count, total, weighted in conn.exec_driver_sql(
                f"SELECT substr(d.expected_close, 1, 7), d.owner_id, d.currency, count(*), sum(d.amount_minor), "
                f"sum({_WEIGHT}) {_FROM} WHERE {open_where} GROUP BY 1, 2, 3",
                tuple(open_params),
            ):
                period = period_of(date.fromisoformat(month + "-01"), by) if month else UNDATED
                cell = cells.setdefault((period, owner, currency), [0, 0, 0, 0, 0])
                cell[0] += count
                cell[1] += total
                cell[2] += weighted
            # Won deals by the local day they were won: grouped by the UTC hour here, then each hour's local day.
            for hour, owner, currency, count, total in conn.exec_driver_sql(
                f"SELECT substr(d.closed_at, 1, 13), d.owner_id, d.currency, count(*), sum(d.amount_minor) {_FROM} "
                f"WHERE {won_where} AND d.closed_at IS NOT NULL GROUP BY 1, 2, 3",
                tuple(won_params),
            ):
                cell = cells.setdefault((period_of(local_day(hour), by), owner, currency), [0, 0, 0, 0, 0])
                cell[3] += count
                cell[4] += total
        periods = sorted({p for p, _, _ in cells}, key=lambda p: (p == UNDATED, p))
        owners = sorted({o for _, o, _ in cells})

        def make(period: str | None, owner: str | None, currency: str, sums: list[int]) -> ForecastCell:
            weighted = round_half_up(_hundredths(sums[2]))
            return ForecastCell(period, owner, currency, sums[0], sums[1], weighted, sums[3], sums[4], scope)

        def rollup(key: Any) -> dict[Any, list[int]]:
            out: dict[Any, list[int]] = {}
            for cell_key, sums in cells.items():
                target = out.setdefault(key(cell_key), [0, 0, 0, 0, 0])
                for i in range(5):
                    target[i] += sums[i]
            return out

        order = {p: n for n, p in enumerate(periods)}
        rows = [make(p, o, c, s) for (p, o, c), s in sorted(cells.items(), key=lambda i: (order[i[0][0]], i[0][1:]))]
        by_period = [
            make(p, None, c, s) for (p, c), s in sorted(rollup(lambda k: (k[0], k[2])).items(),
                                                         key=lambda i: (order[i[0][0]], i[0][1]))
        ]  # fmt: skip
        by_owner = [make(None, o, c, s) for (o, c), s in sorted(rollup(lambda k: (k[1], k[2])).items())]
        overall = [make(None, None, c, s) for (c,), s in sorted(rollup(lambda k: (k[2],)).items())]
        converted: list[ForecastCell] = []
        if conversion is not None:  # each period's exact sums per currency, converted, then rounded once
            for wanted in [*periods, None]:
                open_count = won_count = 0
                total, weighted_total, won_total = Fraction(0), Fraction(0), Fraction(0)
                for (p, _owner, c), sums in cells.items():
                    if wanted is None or p == wanted:
                        open_count += sums[0]
                        won_count += sums[3]
                        total += conversion.of(sums[1], c)
                        weighted_total += conversion.of(_hundredths(sums[2]), c)
                        won_total += conversion.of(sums[4], c)
                converted.append(
                    ForecastCell(wanted, None, conversion.target, open_count, round_half_up(total),
                                 round_half_up(weighted_total), won_count, round_half_up(won_total), scope, True)
                )  # fmt: skip
        return Forecast(by, f, periods, owners, rows, by_period, by_owner, overall, conversion, converted)

    # ----- the dashboard -----

    def dashboard(
        self,
        period_from: date | None = None,
        period_to: date | None = None,
        f: DealFilter = ANY_DEAL,
        top: int = 10,
    ) -> Dashboard:
        """The dashboard for a period (default: this quarter) and a pipeline and owner (from `f`)."""
        if period_from is None or period_to is None:
            today = self.today()
            first, last = period_bounds(period_of(today, "quarter"))
            period_from, period_to = period_from or first, period_to or last
        if period_to < period_from:
            raise ValidationError(field="period", problem="the period ends before it starts", reason="range_reversed")
        scope = DealFilter(pipeline_id=f.pipeline_id, owner=f.owner, company_id=f.company_id)
        board = self.board(scope)
        forecast = self.forecast(scope.but(close_from=period_from, close_to=period_to), by="month")
        closed = scope.but(closed_from=period_from, closed_to=period_to)
        won_filter = closed.but(status=DealStatus.WON.value)
        lost_filter = closed.but(status=DealStatus.LOST.value)
        won, lost = self.totals(won_filter), self.totals(lost_filter)
        biggest_filter = scope.but(status=DealStatus.OPEN.value)
        biggest: dict[str, list[str]] = {}
        with self._db.read() as conn:
            where, params = self._where(biggest_filter)
            by_count = f"SELECT d.currency {_FROM} WHERE {where} GROUP BY 1 ORDER BY count(*) DESC, 1"
            currencies = [r[0] for r in conn.exec_driver_sql(by_count, tuple(params))]
            for currency in currencies:
                biggest[currency] = [r[0] for r in conn.exec_driver_sql(
                    f"SELECT d.id {_FROM} WHERE {where} AND d.currency = ? ORDER BY d.amount_minor DESC, d.name "
                    "LIMIT ?", (*params, currency, top))]  # fmt: skip
        biggest_rows = {c: self.deal_rows(ids) for c, ids in biggest.items()}
        return Dashboard(
            period_from=period_from,
            period_to=period_to,
            pipeline=board,
            forecast=forecast,
            won=won,
            won_filter=won_filter,
            lost=lost,
            lost_filter=lost_filter,
            win_rate=WinRate(sum(t.count for t in won), sum(t.count for t in lost)),
            average_won=[AverageDeal(t.currency, t.count, average(t.total_minor, t.count)) for t in won],
            biggest_open=biggest_rows,
            biggest_filter=biggest_filter,
        )


class _LocalDays:
    """The local calendar day of a UTC hour ('2030-05-14 23'), worked out once per hour seen (dateutil's local
    zone takes tens of microseconds a conversion, and a forecast converts thousands)."""

    def __init__(self) -> None:
        self._zone = tz.tzlocal()
        self._days: dict[str, date] = {}

    def __call__(self, hour: str) -> date:
        day = self._days.get(hour)
        if day is None:
            moment = datetime.strptime(hour, "%Y-%m-%d %H").replace(tzinfo=UTC)
            day = self._days[hour] = moment.astimezone(self._zone).date()
        return day


def _hundredths(value: int) -> Fraction:
    return Fraction(value, 100)
