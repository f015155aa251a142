"""Reports: the contact list, the pipeline, the forecast and the activities as documents (interchange.report) for
CSV, JSON and PDF.

Built from the same read models the app's views use (services.sales), so a report and the board never disagree.
Money stays per currency; a report converts to one currency only at exchange rates the user entered (kept in
this database as exact decimal text), and then it lists those rates in its notes and its JSON.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta, tzinfo
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from dateutil import tz

from cardfile.domain.errors import ValidationError
from cardfile.domain.money import Conversion, CurrencyTotal, decimal_string, decimal_text
from cardfile.domain.report_cells import (
    EMPTY,
    ActivityType,
    Cell,
    Count,
    Day,
    Listing,
    Moment,
    Money,
    Name,
    Overdue,
    Owner,
    Percent,
    Period,
    Range,
    Rate,
    Status,
    Tally,
    Text,
    Word,
    phrase,
)
from cardfile.domain.values import check_currency
from cardfile.interchange.report import Column, Report, Table
from cardfile.services.activities import viewer_zone
from cardfile.services.sales import ANY_DEAL, UNDATED, DealFilter, ForecastCell

if TYPE_CHECKING:
    from cardfile.services.container import Services

_RATES = "exchange_rates"


def _totals_json(totals: list[CurrencyTotal]) -> dict[str, dict[str, Any]]:
    """Totals per currency as exact decimal strings: {"EUR": {"count": 3, "total": "1250.00", "weighted": …}}."""
    return {
        t.currency: {"count": t.count, "total": t.as_json()["total"], "weighted": t.as_json()["weighted"]}
        for t in totals
    }


class ReportService:
    def __init__(self, services: Services) -> None:
        self._services = services
        self._db = services.db

    # ----- exchange rates the user entered -----

    def rates(self) -> dict[str, dict[str, Decimal]]:
        """source currency -> target currency -> units of target per unit of source."""
        stored = self._db.setting(_RATES, {}) or {}
        return {s: {t: Decimal(r) for t, r in targets.items()} for s, targets in stored.items()}

    def set_rate(self, source: str, target: str, rate: Decimal) -> None:
        source, target = check_currency(source), check_currency(target)
        if source == target or not rate.is_finite() or rate <= 0:
            raise ValidationError(
                field="rate",
                problem=f"{source}→{target}: a rate is a positive number",
                reason="rate_not_positive",
                source=source,
                target=target,
            )
        stored = dict(self._db.setting(_RATES, {}) or {})
        stored.setdefault(source, {})
        stored[source] = {**stored[source], target: decimal_string(rate)}
        self._db.set_setting(_RATES, stored)

    def conversion(self, target: str, extra: Mapping[str, Decimal] | None = None) -> Conversion:
        """Converting to `target` at the stored rates (and `extra` ones, which win)."""
        target = check_currency(target)
        rates = {s: targets[target] for s, targets in self.rates().items() if target in targets}
        rates.update(extra or {})
        return Conversion(target, rates)

    # ----- common parts -----

    def _now(self) -> datetime:
        return self._db.now().astimezone(tz.tzlocal())

    def _filters(self, f: DealFilter, *, close_label: str = "Expected close") -> list[tuple[Cell, Cell]]:
        out: list[tuple[Cell, Cell]] = []
        if f.pipeline_id:
            out.append((Word("Pipeline"), Name(self._services.pipelines.get(f.pipeline_id).name)))
        if f.owner:
            out.append((Word("Owner"), Owner(f.owner)))
        if f.company_id:
            out.append((Word("Company"), Text(self._services.companies.get(f.company_id).display_name)))
        if f.close_from or f.close_to:
            out.append((Word(close_label), Range(f.close_from, f.close_to)))
        if f.status:
            out.append((Word("Status"), Status(f.status)))
        return out

    @staticmethod
    def _conversion_notes(conversion: Conversion | None, currencies: list[str]) -> tuple[list[Cell], dict[str, Any]]:
        if conversion is None:
            return [], {"conversion": None}
        used = conversion.used(currencies)
        rates = Listing(tuple(Rate(r.source, r.rate, r.target) for r in used), empty=Word("none needed"))
        note = phrase(
            "Totals in {currency} are converted at exchange rates you entered: {rates}.",
            currency=Text(conversion.target),
            rates=rates,
        )
        return [note], {"conversion": {"to": conversion.target, "rates": [r.as_json() for r in used]}}

    # ----- the pipeline -----

    def pipeline(self, f: DealFilter = ANY_DEAL, conversion: Conversion | None = None) -> Report:
        """Open deals per pipeline and stage (count, total and weighted total per currency), then the deals."""
        sales = self._services.sales
        f = f.but(status=f.status or "open")
        pipes = [self._services.pipelines.get(f.pipeline_id)] if f.pipeline_id else self._services.pipelines.list()
        stage_columns = [
            Column("pipeline", "Pipeline", weight=1.2),
            Column("stage", "Stage", weight=1.2),
            Column("currency", "Currency", weight=0.6),
            Column("count", "Deals", numeric=True, weight=0.6),
            Column("total", "Total", numeric=True, weight=1.3),
            Column("weighted", "Weighted", numeric=True, weight=1.3),
        ]
        rows: list[list[Cell]] = []
        values: list[dict[str, Any]] = []
        for pipe in pipes:
            board = sales.board(f.but(pipeline_id=pipe.id))
            for column in board.columns:
                for t in column.totals:
                    rows.append(
                        [
                            Name(pipe.name),
                            Name(column.stage.name),
                            Text(t.currency),
                            Count(t.count),
                            Money(t.total_minor, t.currency),
                            Money(t.weighted_minor, t.currency),
                        ]
                    )
                    values.append(
                        {
                            "pipeline": pipe.name,
                            "stage": column.stage.name,
                            "currency": t.currency,
                            "count": t.count,
                            "total": decimal_text(t.total_minor, t.currency),
                            "weighted": decimal_text(t.weighted_minor, t.currency),
                        }
                    )
        scope = f.but(pipeline_id=pipes[0].id) if len(pipes) == 1 else f
        tally = sales.tally(scope)
        overall = tally.totals()
        total_rows: list[list[Cell]] = [
            [
                Word("Total"),
                EMPTY,
                Text(t.currency),
                Count(t.count),
                Money(t.total_minor, t.currency),
                Money(t.weighted_minor, t.currency),
            ]
            for t in overall
        ]
        notes, extra = self._conversion_notes(conversion, [t.currency for t in overall])
        data: dict[str, Any] = {"totals": _totals_json(overall), **extra}
        if conversion is not None:
            converted = tally.converted(conversion)
            c = conversion.target
            total_rows.append(
                [
                    Word("Total"),
                    EMPTY,
                    Text(c),
                    Count(converted.count),
                    Money(converted.total_minor, c),
                    Money(converted.weighted_minor, c),
                ]
            )
            data["converted"] = {
                "currency": c,
                "count": converted.count,
                "total": decimal_text(converted.total_minor, c),
                "weighted": decimal_text(converted.weighted_minor, c),
            }
        by_stage = Table(Word("By stage"), stage_columns, rows, values, total_rows)
        ids = sales.deal_ids(scope, "stage")
        deal_rows = sales.deal_rows(ids)
        deal_columns = [
            Column("name", "Deal", weight=2.2),
            Column("company", "Company", weight=1.8),
            Column("stage", "Stage", weight=1.1),
            Column("currency", "Currency", weight=0.8),
            Column("amount", "Amount", numeric=True, weight=1.3),
            Column("probability", "Probability", numeric=True, weight=0.9),
            Column("weighted", "Weighted", numeric=True, weight=1.3),
            Column("expected_close", "Close", weight=0.9),
            Column("owner", "Owner", weight=0.8),
        ]
        deals = Table(
            Word("Deals"),
            deal_columns,
            [
                [
                    Text(d.name),
                    Text(d.company),
                    Name(d.stage),
                    Text(d.currency),
                    Money(d.amount_minor, d.currency),
                    Percent(d.probability),
                    Money(d.weighted_minor, d.currency),
                    _close_date(d.expected_close, d.overdue),
                    Owner(d.owner),
                ]
                for d in deal_rows
            ],
            [
                {
                    "id": d.id,
                    "name": d.name,
                    "company": d.company,
                    "stage": d.stage,
                    "currency": d.currency,
                    "amount": decimal_text(d.amount_minor, d.currency),
                    "probability": d.probability,
                    "weighted": decimal_text(d.weighted_minor, d.currency),
                    "expected_close": d.expected_close,
                    "owner": d.owner,
                    "overdue": d.overdue,
                }
                for d in deal_rows
            ],
        )
        if any(d.overdue for d in deal_rows):
            notes.append(Word("! after a close date: the deal is open and its expected close date has passed."))
        return Report("pipeline", Word("Pipeline"), self._now(), self._filters(f), [by_stage, deals], notes, data)

    # ----- the forecast -----

    def forecast(self, f: DealFilter = ANY_DEAL, by: str = "month", conversion: Conversion | None = None) -> Report:
        forecast = self._services.sales.forecast(f, by, conversion)
        columns = [
            Column("period", "Month" if by == "month" else "Quarter", weight=0.9),
            Column("owner", "Owner", weight=1.0),
            Column("currency", "Currency", weight=0.6),
            Column("open", "Open deals", numeric=True, weight=0.7),
            Column("total", "Total", numeric=True, weight=1.3),
            Column("weighted", "Weighted", numeric=True, weight=1.3),
            Column("won", "Won deals", numeric=True, weight=0.7),
            Column("won_total", "Won", numeric=True, weight=1.3),
        ]

        def period_cell(period: str | None) -> Cell:
            if period == UNDATED:
                return Word("No close date")
            return Period(period) if period else Word("All")

        def line(cell: ForecastCell) -> list[Cell]:
            c = cell.currency
            return [
                period_cell(cell.period),
                Owner(cell.owner) if cell.owner else Word("Everyone"),
                Text(c),
                Count(cell.open_count),
                Money(cell.total_minor, c),
                Money(cell.weighted_minor, c),
                Count(cell.won_count),
                Money(cell.won_minor, c),
            ]

        cells = [*forecast.rows, *forecast.by_period] if len(forecast.owners) > 1 else forecast.by_period
        cells = sorted(
            cells,
            key=lambda c: (
                forecast.periods.index(c.period) if c.period else -1,
                c.owner is None,
                c.owner or "",
                c.currency,
            ),
        )
        table = Table(
            Word("By month" if by == "month" else "By quarter"),
            columns,
            [line(c) for c in cells],
            [c.as_json() for c in cells],
            [line(c) for c in forecast.overall],
        )
        tables = [table]
        notes, extra = self._conversion_notes(conversion, [c.currency for c in forecast.overall])
        data: dict[str, Any] = {
            "by": by,
            "totals": {
                c.currency: {k: v for k, v in c.as_json().items() if k not in ("period", "owner", "currency")}
                for c in forecast.overall
            },
            **extra,
        }
        if conversion is not None:
            converted = Table(
                phrase("In {currency}", currency=Text(conversion.target)),
                columns,
                [line(c) for c in forecast.converted if c.period is not None],
                [c.as_json() for c in forecast.converted],
                [line(c) for c in forecast.converted if c.period is None],
            )
            tables.append(converted)
            data["converted"] = [c.as_json() for c in forecast.converted]
        title = Word("Forecast by month" if by == "month" else "Forecast by quarter")
        notes.append(
            Word(
                "Open deals count in the period of their expected close date, weighted by their probability; "
                "won deals in the period they were won."
            )
        )
        return Report("forecast", title, self._now(), self._filters(f), tables, notes, data)

    # ----- the contact list -----

    def contacts(
        self, *, owner: str | None = None, created_from: date | None = None, created_to: date | None = None
    ) -> Report:
        """People by name with their company, title, email, phone and town (created in a range, of an owner)."""
        where = ["c.deleted_at IS NULL"]
        params: list[Any] = []
        if owner:
            where.append("c.owner_id = ?")
            params.append(owner)
        sales = self._services.sales
        if created_from:
            where.append("c.created_at >= ?")
            params.append(sales._utc_bound(created_from))
        if created_to:
            where.append("c.created_at < ?")
            params.append(sales._utc_bound(created_to + timedelta(days=1)))
        with self._db.read() as conn:
            ids = [
                r[0]
                for r in conn.exec_driver_sql(
                    f"SELECT c.id FROM contact c WHERE {' AND '.join(where)} ORDER BY c.sort_key, c.id", tuple(params)
                )
            ]
        people = self._services.contacts.rows(ids)
        columns = [
            Column("name", "Name", weight=2.0),
            Column("company", "Company", weight=1.8),
            Column("title", "Title", weight=1.4),
            Column("email", "Email", weight=2.0),
            Column("phone", "Phone", weight=1.3),
            Column("locality", "Town", weight=1.1),
        ]
        table = Table(
            Word("People"),
            columns,
            [
                [Text(p.display_name), Text(p.company), Text(p.title), Text(p.email), Text(p.phone), Text(p.locality)]
                for p in people
            ],
            [
                {
                    "id": p.id,
                    "name": p.display_name,
                    "company": p.company,
                    "title": p.title,
                    "email": p.email,
                    "phone": p.phone,
                    "locality": p.locality,
                }
                for p in people
            ],
        )
        filters: list[tuple[Cell, Cell]] = []
        if owner:
            filters.append((Word("Owner"), Owner(owner)))
        if created_from or created_to:
            filters.append((Word("Added"), Range(created_from, created_to)))
        return Report("contacts", Word("Contact list"), self._now(), filters, [table], [], {"count": len(people)})

    # ----- activities -----

    def activities(
        self,
        *,
        date_from: date | None = None,
        date_to: date | None = None,
        owner: str | None = None,
        activity_type: str | None = None,
        status: str | None = None,
        zone: tzinfo | str | None = None,
    ) -> Report:
        """Every activity that starts between two days (default: this month), each occurrence of a repeating one
        on its own line, in order: when, type, subject, with whom, its status, owner. Days and times are those of
        `zone` (default: this computer's). `activity_type` is a type's id, key or name (call, meeting, todo or one
        of your own); `status` scheduled, done or cancelled."""
        viewer = viewer_zone(zone)
        today = self._db.now().astimezone(viewer).date()
        first = date_from or today.replace(day=1)
        last = date_to or (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        if last < first:
            raise ValidationError(field="to", problem="the range ends before it starts", reason="range_reversed")
        start = datetime.combine(first, datetime.min.time(), tzinfo=viewer)
        end = datetime.combine(last + timedelta(days=1), datetime.min.time(), tzinfo=viewer)
        activities = self._services.activities
        type_key = None
        if activity_type:
            wanted = activities.resolve_type(activity_type)
            type_key = next((t for t in activities.types() if t.id == wanted), None)
        if status and status not in ("scheduled", "done", "cancelled"):
            raise ValidationError(
                field="status",
                problem=f"{status!r} is not one of scheduled, done, cancelled",
                reason="not_one_of",
                value=status,
                choices=["scheduled", "done", "cancelled"],
            )
        found = [
            o
            for o in activities.occurrences(start, end, zone=viewer, people=True)
            if (not owner or o.owner_id == owner)
            and (type_key is None or o.type_name == type_key.name)
            and (not status or o.status == status)
            and self._starts_within(o, first, start, end)
        ]
        columns = [
            Column("when", "When", weight=1.3),
            Column("type", "Type", weight=0.8),
            Column("subject", "Subject", weight=2.4),
            Column("with", "With", weight=1.8),
            Column("status", "Status", weight=0.9),
            Column("owner", "Owner", weight=0.7),
        ]
        rows: list[list[Cell]] = []
        values: list[dict[str, Any]] = []
        for o in found:
            when = self._occurrence_time(o, viewer)
            people = ", ".join(ref.name for ref in o.contacts)
            state: Cell = Overdue(Status(o.status)) if o.overdue else Status(o.status)
            rows.append(
                [when, ActivityType(o.kind, o.type_name), Text(o.subject), Text(people), state, Owner(o.owner_id)]
            )
            values.append(
                {
                    "id": o.activity_id,
                    "when": when.english(),
                    "start": o.starts_at.isoformat() if o.starts_at else None,
                    "type": o.kind,
                    "subject": o.subject,
                    "with": people,
                    "status": o.status,
                    "overdue": o.overdue,
                    "owner": o.owner_id,
                }
            )
        counts: dict[str, int] = {}
        keys: dict[str, str | None] = {}
        for o in found:
            counts[o.type_name] = counts.get(o.type_name, 0) + 1
            keys[o.type_name] = o.kind
        blank = [EMPTY] * 5
        totals: list[list[Cell]] = [[Tally(len(found)), *blank]]
        totals += [[Tally(count, ActivityType(keys[name], name)), *blank] for name, count in sorted(counts.items())]
        filters: list[tuple[Cell, Cell]] = [(Word("Dates"), Range(first, last))]
        if owner:
            filters.append((Word("Owner"), Owner(owner)))
        if type_key is not None:
            filters.append((Word("Type"), ActivityType(type_key.key, type_key.name)))
        if status:
            filters.append((Word("Status"), Status(status)))
        zone_name = getattr(viewer, "key", None) or viewer.tzname(datetime.now()) or ""
        notes: list[Cell] = [
            phrase("Times are in {zone}; a repeating activity has a line per occurrence.", zone=Text(zone_name))
        ]
        if any(o.overdue for o in found):
            notes.append(Word("! after a status: the activity is overdue (its time has passed and it is not cleared)."))
        table = Table(Word("Activities"), columns, rows, values, totals)
        return Report(
            "activities",
            Word("Activities"),
            self._now(),
            filters,
            [table],
            notes,
            {"count": len(found), "by_type": counts},
        )

    @staticmethod
    def _starts_within(o: Any, first: date, start: datetime, end: datetime) -> bool:
        """Whether an occurrence starts in the report's days: one that began the evening before and runs past
        midnight into them is in the day before's report, not this one (its line would show a date before the
        range)."""
        if o.starts_at is None:
            return True  # an undated to-do the occurrences gave for these days
        if o.floating and o.day is not None:
            return bool(o.day >= first)
        return bool(start <= o.starts_at < end)

    @staticmethod
    def _occurrence_time(o: Any, zone: tzinfo) -> Cell:
        """'2025-03-04 14:30' in the reader's zone (so the lines read in order); a date alone for a timeless or
        all-day one, which falls on its date wherever it is read."""
        if o.starts_at is None:
            return EMPTY
        if o.floating and o.day is not None:
            return Day(o.day)
        return Moment(o.starts_at.astimezone(zone))


def _close_date(expected_close: str | None, overdue: bool) -> Cell:
    """A deal's expected close date, marked '!' when it has passed and the deal is still open."""
    day: Cell = Day(date.fromisoformat(expected_close[:10])) if expected_close else EMPTY
    return Overdue(day) if overdue else day
