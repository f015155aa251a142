"""Deals: opportunities moving through the stages of a pipeline, with line items, won/lost reasons and a history.

Rules the UI and the command line share (README, "Deals"):

- A deal's probability is its stage's default unless someone sets one. Moving the deal to another stage sets it
  back to the new stage's default, as a stage change is a new estimate (Salesforce and Dynamics do the same); a
  probability given in the same edit as the stage wins. The reset is in the deal's history.
- With `amount_from_items` the amount is the line items' sum and follows them; typing an amount turns that off.
- A won or lost reason, and a person's role on a deal, come from lists people extend: a value that matches an
  entry (in any case) takes the entry's spelling, and a new value joins its list in the same action.
- Every stage, amount, probability, status, close-date, reason, owner, name and company change is in the change
  log; `history()` reads it back as "old → new, who, when".
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from cardfile.domain.deals import (
    LineItem,
    effective_probability,
    is_overdue,
    items_total,
    line_total,
    local_today,
    stored_items,
)
from cardfile.domain.errors import NotFound, ValidationError
from cardfile.domain.models import DealCreate, DealUpdate
from cardfile.domain.money import Money, decimal_string
from cardfile.domain.values import DealStatus, RecordType, currency_digits
from cardfile.services import records
from cardfile.services.pipelines import DEFAULT_PIPELINE, PipelineService, find_pipeline, find_stage, load_pipelines
from cardfile.services.readmodels import (
    ChoiceRead,
    DealChange,
    DealContact,
    DealRead,
    LineItemRead,
    PipelineRead,
    Ref,
    StageChange,
    StageRead,
    meta_of,
)
from cardfile.store.codec import parse_utc
from cardfile.store.writer import Writer
from cardfile.sync.hlc import unpack

if TYPE_CHECKING:
    from cardfile.services.container import Services

__all__ = ["CHOICE_LISTS", "DEFAULT_PIPELINE", "DealService"]

WON_REASON, LOST_REASON, DEAL_ROLE = "won_reason", "lost_reason", "deal_role"
CHOICE_LISTS = (WON_REASON, LOST_REASON, DEAL_ROLE)

# Change-log fields a deal's history shows, and the name each goes by there (amount and currency are one).
_HISTORY_FIELDS = {
    "stage_id": "stage",
    "pipeline_id": "pipeline",
    "amount_minor": "amount",
    "currency": "amount",
    "probability": "probability",
    "status": "status",
    "expected_close": "expected_close",
    "reason": "reason",
    "owner_id": "owner",
    "name": "name",
    "company_id": "company",
}
_HISTORY_ORDER = ("stage", "pipeline", "status", "reason", "amount", "probability", "expected_close", "owner",
                  "name", "company")  # fmt: skip


def _clean(text: str) -> str:
    return " ".join((text or "").split())


class DealService:
    record_type = RecordType.DEAL

    def __init__(self, services: Services) -> None:
        self._db = services.db
        self._pipelines: PipelineService = services.pipelines

    # ----- pipelines (PipelineService has the rest) -----

    def pipelines(self) -> builtins.list[PipelineRead]:
        return self._pipelines.list()

    def create_pipeline(self, name: str, stages: builtins.list[tuple[str, int]]) -> PipelineRead:
        return self._pipelines.add(name, stages)

    def resolve_pipeline(self, key: str | None) -> PipelineRead:
        return self._pipelines.get(key)

    def resolve_stage(self, pipeline: PipelineRead, key: str) -> StageRead:
        return find_stage(pipeline, key)

    # ----- lists people pick from: won and lost reasons, roles -----

    def choices(self, list_name: str) -> builtins.list[ChoiceRead]:
        self._check_list(list_name)
        with self._db.read() as conn:
            return self._choices(conn, list_name)

    def add_choice(self, list_name: str, name: str) -> ChoiceRead:
        """Add an entry to a list (an entry that is there already, in any case, is returned as it is)."""
        self._check_list(list_name)
        if not _clean(name):
            raise ValidationError(
                field=list_name.replace("_", " "), problem="an entry needs some text", reason="no_text"
            )
        with self._db.write("Add to list") as w:
            spelled = self._choice(w, list_name, name)
        return next(c for c in self.choices(list_name) if c.name == spelled)

    def remove_choice(self, list_name: str, name: str) -> ChoiceRead:
        """Take an entry off a list (to the Trash); deals that have it keep it."""
        self._check_list(list_name)
        wanted = _clean(name).casefold()
        with self._db.write("Remove from list") as w:
            found = [c for c in self._choices(w.conn, list_name) if c.name.casefold() == wanted]
            if not found:
                raise NotFound(record_type=list_name.replace("_", " "), record_id=name)
            for choice in found:
                w.delete(RecordType.CHOICE, choice.id)
        return found[0]

    @staticmethod
    def _check_list(list_name: str) -> None:
        if list_name not in CHOICE_LISTS:
            raise ValidationError(
                field="list",
                problem=f"{list_name!r} is not one of {', '.join(CHOICE_LISTS)}",
                reason="not_one_of",
                value=list_name,
                choices=list(CHOICE_LISTS),
            )

    @staticmethod
    def _choices(conn: Connection, list_name: str) -> builtins.list[ChoiceRead]:
        rows = conn.exec_driver_sql(
            "SELECT id, list_name, name, position FROM choice WHERE list_name = ? AND deleted_at IS NULL "
            "ORDER BY position, name, id",
            (list_name,),
        ).all()
        out: builtins.list[ChoiceRead] = []
        seen: set[str] = set()
        for row in rows:  # two devices may add the same entry before they sync: show it once
            if row[2].casefold() not in seen:
                seen.add(row[2].casefold())
                out.append(ChoiceRead(*row))
        return out

    def _choice(self, w: Writer, list_name: str, value: str) -> str:
        """The list's spelling of `value`, adding it to the list when it is new; '' stays ''."""
        text = _clean(value)
        if not text:
            return ""
        existing = self._choices(w.conn, list_name)
        for choice in existing:
            if choice.name.casefold() == text.casefold():
                return choice.name
        position = max((c.position for c in existing), default=-1) + 1
        w.insert(RecordType.CHOICE, {"list_name": list_name, "name": text, "position": position})
        return text

    # ----- writing deals -----

    def create(self, data: DealCreate) -> DealRead:
        with self._db.write("Add deal") as w:
            pipes = load_pipelines(w.conn)
            pipeline = find_pipeline(pipes, data.pipeline_id)
            stage = find_stage(pipeline, data.stage_id) if data.stage_id else pipeline.stages[0]
            if data.company_id:
                records.require_live(w.conn, RecordType.COMPANY, data.company_id, "company")
            for role in data.contacts:
                records.require_live(w.conn, RecordType.CONTACT, role.contact_id, "contact")
            values = data.model_dump(
                exclude={"contacts", "owner_id", "pipeline_id", "stage_id", "expected_close", "line_items"}
            )
            values.update(
                pipeline_id=pipeline.id,
                stage_id=stage.id,
                expected_close=data.expected_close.isoformat() if data.expected_close else None,
                custom=records.check_custom(w.conn, "deal", data.custom),
                line_items=[i.stored() for i in data.line_items],
            )
            if data.amount_from_items:
                if "amount_minor" in data.model_fields_set and data.amount_minor != items_total(data.line_items):
                    raise ValidationError(
                        field="amount", problem="the amount is the line items' sum here", reason="amount_from_items"
                    )
                values["amount_minor"] = items_total(data.line_items)
            if data.owner_id:
                values["owner_id"] = data.owner_id
            deal_id = w.insert(RecordType.DEAL, values)
            self._set_contacts(w, deal_id, data.contacts)
        return self.get(deal_id)

    def update(self, deal_id: str, changes: DealUpdate) -> DealRead:
        fields = set(changes.model_fields_set)
        with self._db.write("Edit deal") as w:
            current = w.get(RecordType.DEAL, deal_id)
            values: dict[str, Any] = {}
            for name in fields - {"contacts", "pipeline_id", "stage_id", "status", "line_items", "amount_from_items"}:
                value = getattr(changes, name)
                if name == "name" and not value:
                    raise ValidationError(field="name", problem="a deal needs a name", reason="no_name")
                if name == "expected_close":
                    value = value.isoformat() if value else None
                if name == "custom":
                    value = records.merged_custom(current["custom"], records.check_custom(w.conn, "deal", value))
                if name in ("owner_id", "reason") and value is None:
                    continue
                values[name] = value
            if values.get("company_id"):
                records.require_live(w.conn, RecordType.COMPANY, values["company_id"], "company")
            if "pipeline_id" in fields or "stage_id" in fields:
                pipeline = find_pipeline(load_pipelines(w.conn), changes.pipeline_id or current["pipeline_id"])
                if changes.stage_id:
                    stage = find_stage(pipeline, changes.stage_id)
                elif pipeline.id == current["pipeline_id"]:
                    stage = next((s for s in pipeline.stages if s.id == current["stage_id"]), pipeline.stages[0])
                else:
                    stage = pipeline.stages[0]
                values.update(pipeline_id=pipeline.id, stage_id=stage.id)
                if stage.id != current["stage_id"] and "probability" not in fields:
                    values["probability"] = None  # a new stage, a new estimate: the stage's default
            if "status" in fields and changes.status is not None:
                reason = changes.reason if changes.reason is not None else current["reason"]
                values.update(self._status_values(w, changes.status, reason))
            elif "reason" in values and current["status"] != DealStatus.OPEN.value:
                values["reason"] = self._choice(w, self._reason_list(current["status"]), values["reason"])
            values.update(self._amount_values(current, changes, fields))
            w.update(RecordType.DEAL, deal_id, values)
            if "contacts" in fields:
                for role in changes.contacts:
                    records.require_live(w.conn, RecordType.CONTACT, role.contact_id, "contact")
                self._set_contacts(w, deal_id, changes.contacts)
        return self.get(deal_id)

    def _amount_values(self, current: dict[str, Any], changes: DealUpdate, fields: set[str]) -> dict[str, Any]:
        """Line items, the amount and whether the items set it, kept consistent."""
        out: dict[str, Any] = {}
        items = list(changes.line_items) if "line_items" in fields else stored_items(current["line_items"])
        if "line_items" in fields:
            out["line_items"] = [i.stored() for i in items]
        from_items = bool(current["amount_from_items"])
        if "amount_from_items" in fields:
            from_items = changes.amount_from_items
        elif "amount_minor" in fields:
            from_items = False  # the person typed an amount: it is theirs now
        out["amount_from_items"] = from_items
        if from_items:
            total = items_total(items)
            if "amount_minor" in fields and "amount_from_items" in fields and changes.amount_minor != total:
                raise ValidationError(
                    field="amount", problem="the amount is the line items' sum here", reason="amount_from_items"
                )
            out["amount_minor"] = total
        currency = changes.currency if "currency" in fields else current["currency"]
        if items and currency_digits(currency) != currency_digits(current["currency"]):
            raise ValidationError(
                field="currency",
                problem=f"the line items' prices are in {current['currency']}; change them with the currency",
                reason="currency_of_items",
                currency=current["currency"],
            )
        return out

    def set_line_items(
        self, deal_id: str, items: Sequence[LineItem], *, amount_from_items: bool | None = None
    ) -> DealRead:
        """Replace a deal's line items (and, if given, whether their sum sets its amount)."""
        from cardfile.domain.models import validate

        fields: dict[str, Any] = {"line_items": list(items)}
        if amount_from_items is not None:
            fields["amount_from_items"] = amount_from_items
        return self.update(deal_id, validate(DealUpdate, **fields))

    def _set_contacts(self, w: Writer, deal_id: str, contacts: Sequence[Any]) -> None:
        roles = [(r.contact_id, self._choice(w, DEAL_ROLE, r.role)) for r in contacts]
        records.set_links(w, RecordType.DEAL, deal_id, RecordType.CONTACT, roles)

    @staticmethod
    def _reason_list(status: str) -> str:
        return WON_REASON if status == DealStatus.WON.value else LOST_REASON

    def _status_values(self, w: Writer, status: DealStatus, reason: str | None) -> dict[str, Any]:
        values: dict[str, Any] = {
            "status": status.value,
            "closed_at": None if status is DealStatus.OPEN else self._db.now(),
        }
        if status is DealStatus.OPEN:
            values["reason"] = ""
        elif reason is not None:
            values["reason"] = self._choice(w, self._reason_list(status.value), reason)
        return values

    def move(self, deal_id: str, stage: str) -> DealRead:
        """Move a deal to another stage of its pipeline (by stage id or name). The deal takes the new stage's
        default probability; the move is one action, so Undo puts it back (probability included)."""
        with self._db.write("Move deal") as w:
            current = w.get(RecordType.DEAL, deal_id)
            target = find_stage(find_pipeline(load_pipelines(w.conn), current["pipeline_id"]), stage)
            if target.id != current["stage_id"]:
                w.update(RecordType.DEAL, deal_id, {"stage_id": target.id, "probability": None})
        return self.get(deal_id)

    def close(self, deal_id: str, *, won: bool, reason: str = "") -> DealRead:
        with self._db.write("Close deal") as w:
            status = DealStatus.WON if won else DealStatus.LOST
            w.update(RecordType.DEAL, deal_id, self._status_values(w, status, reason))
        return self.get(deal_id)

    def reopen(self, deal_id: str) -> DealRead:
        with self._db.write("Reopen deal") as w:
            w.update(RecordType.DEAL, deal_id, self._status_values(w, DealStatus.OPEN, ""))
        return self.get(deal_id)

    def delete(self, deal_id: str) -> bool:
        with self._db.write("Delete deal") as w:
            return w.delete(RecordType.DEAL, deal_id)

    def delete_many(self, deal_ids: Sequence[str]) -> int:
        """Move several deals to the Trash as one undoable step; returns how many were deleted."""
        with self._db.write("Delete deals") as w:
            return sum(1 for deal_id in dict.fromkeys(deal_ids) if w.delete(RecordType.DEAL, deal_id))

    def restore(self, deal_id: str) -> bool:
        with self._db.write("Restore deal") as w:
            return w.restore(RecordType.DEAL, deal_id)

    # ----- reading -----

    def today(self) -> date:
        """Today on this computer's calendar, by the services' clock (a fake one in tests)."""
        return local_today(self._db.now())

    def history(self, deal_id: str) -> builtins.list[DealChange]:
        """Every change of a deal's stage, pipeline, amount, probability, status, close date, reason, owner, name
        and company, oldest first, as old → new with who and when; read from the change log."""
        wanted = tuple(_HISTORY_FIELDS)
        marks = ",".join("?" for _ in wanted)
        with self._db.read() as conn:
            rows = conn.exec_driver_sql(
                "SELECT ch.field, ch.value, ch.hlc, ch.user_id, ch.device_id, ch.action_id, a.created_at, "
                "coalesce(a.label, 'Sync') FROM change ch LEFT JOIN action a ON a.id = ch.action_id "
                f"WHERE ch.record_id = ? AND (ch.field IN ({marks}) OR ch.field = 'created_at') "
                "ORDER BY ch.hlc, ch.seq",
                (deal_id, *wanted),
            ).all()
            if not rows:
                records.fetch_one(conn, RecordType.DEAL, deal_id)  # NotFound for a deal that is not there
            ids: dict[RecordType, set[str]] = {RecordType.STAGE: set(), RecordType.PIPELINE: set(),
                                               RecordType.COMPANY: set()}  # fmt: skip
            decoded = []
            for field, text, *rest in rows:
                try:
                    value = json.loads(text) if text is not None else None
                except ValueError:
                    value = text
                decoded.append((field, value, *rest))
                kind = {"stage_id": RecordType.STAGE, "pipeline_id": RecordType.PIPELINE,
                        "company_id": RecordType.COMPANY}.get(field)  # fmt: skip
                if kind is not None and isinstance(value, str):
                    ids[kind].add(value)
            named = {kind: records.names(conn, kind, found) for kind, found in ids.items()}
        return self._walk(decoded, named)

    def _walk(
        self, rows: builtins.list[tuple[Any, ...]], named: dict[RecordType, dict[str, str]]
    ) -> builtins.list[DealChange]:
        """The change rows, one action at a time, turned into old → new of each field the action changed."""
        here = self._db.store.device_id
        state: dict[str, Any] = {"amount_minor": 0, "currency": "USD", "status": "open", "reason": "",
                                 "probability": None, "expected_close": None}  # fmt: skip
        out: builtins.list[DealChange] = []

        def shown(field: str, raw: dict[str, Any]) -> Any:
            if field == "amount":
                return Money(int(raw.get("amount_minor") or 0), str(raw.get("currency") or "USD"))
            column = next(c for c, f in _HISTORY_FIELDS.items() if f == field)
            value = raw.get(column)
            kind = {"stage": RecordType.STAGE, "pipeline": RecordType.PIPELINE, "company": RecordType.COMPANY}.get(
                field
            )
            if kind is not None:
                return Ref(value, named[kind].get(value, "")) if isinstance(value, str) and value else None
            return value

        def moment(row: tuple[Any, ...]) -> Any:
            # This device's changes go by action; pulled ones by their writer's device and clock stamp (one per
            # write there), as a sync applies many of another device's actions in one action here.
            return row[5] if row[4] == here else (row[4], row[2])

        n = 0
        while n < len(rows):
            key = moment(rows[n])
            group = []
            while n < len(rows) and moment(rows[n]) == key:
                group.append(rows[n])
                n += 1
            before = dict(state)
            created = any(r[0] == "created_at" for r in group)
            changed: set[str] = set()
            for field, value, *_ in group:
                if field in _HISTORY_FIELDS:
                    state[field] = value
                    changed.add(_HISTORY_FIELDS[field])
            _field, _value, hlc, user, device, _action, at, label = group[-1]
            when = parse_utc(at.replace(" ", "T")) if at and device == here else self._hlc_time(hlc)
            for field in _HISTORY_ORDER:
                if field not in changed:
                    continue
                old, new = (None if created else shown(field, before)), shown(field, state)
                if old == new and not created:
                    continue
                out.append(DealChange(field, old, new, when, user, device, label, created))
        return out

    @staticmethod
    def _hlc_time(hlc: int) -> datetime:
        return datetime.fromtimestamp(unpack(hlc)[0] / 1000, tz=UTC)

    def stage_history(self, deal_id: str) -> builtins.list[StageChange]:
        """Every stage the deal has been in, oldest first (the "stage" lines of `history`)."""
        return [
            StageChange(c.new, c.at, c.user_id)
            for c in self.history(deal_id)
            if c.field == "stage" and c.new is not None
        ]

    def get(self, deal_id: str) -> DealRead:
        with self._db.read() as conn:
            return self._reads(conn, [records.fetch_one(conn, RecordType.DEAL, deal_id)])[0]

    def get_many(self, deal_ids: Sequence[str]) -> builtins.list[DealRead]:
        """Whole deals in the order given (unknown ids left out): a list's ids from SalesService, then these."""
        with self._db.read() as conn:
            by_id = records.fetch(conn, RecordType.DEAL, list(deal_ids))
            return self._reads(conn, [by_id[i] for i in deal_ids if i in by_id])

    def list(
        self,
        *,
        status: str | None = None,
        pipeline: str | None = None,
        stage: str | None = None,
        company_id: str | None = None,
        contact_id: str | None = None,
        deleted: bool = False,
    ) -> builtins.list[DealRead]:
        where = ["d.deleted_at IS NOT NULL" if deleted else "d.deleted_at IS NULL"]
        params: builtins.list[Any] = []
        if status:
            where.append("d.status = ?")
            params.append(DealStatus(status).value)
        if pipeline:
            p = self.resolve_pipeline(pipeline)
            where.append("d.pipeline_id = ?")
            params.append(p.id)
            if stage:
                where.append("d.stage_id = ?")
                params.append(self.resolve_stage(p, stage).id)
        if company_id:
            where.append("d.company_id = ?")
            params.append(company_id)
        if contact_id:
            where.append(
                "d.id IN (SELECT source_id FROM link WHERE source_type = 'deal' AND target_type = "
                "'contact' AND target_id = ? AND deleted_at IS NULL)"
            )
            params.append(contact_id)
        with self._db.read() as conn:
            ids = [
                r[0]
                for r in conn.exec_driver_sql(
                    f"SELECT d.id FROM deal d WHERE {' AND '.join(where)} ORDER BY d.expected_close IS NULL, "
                    "d.expected_close, d.name",
                    tuple(params),
                )
            ]
            by_id = records.fetch(conn, RecordType.DEAL, ids)
            return self._reads(conn, [by_id[i] for i in ids])

    def _reads(self, conn: Connection, rows: builtins.list[dict[str, Any]]) -> builtins.list[DealRead]:
        ids = [r["id"] for r in rows]
        links = records.linked(conn, RecordType.DEAL, ids, RecordType.CONTACT)
        people = records.names(conn, RecordType.CONTACT, [c for ls in links.values() for c, _ in ls])
        companies = records.names(conn, RecordType.COMPANY, [r["company_id"] for r in rows])
        pipes = records.names(conn, RecordType.PIPELINE, [r["pipeline_id"] for r in rows])
        stages = records.fetch(conn, RecordType.STAGE, list({r["stage_id"] for r in rows}))
        custom_names = {d["id"]: d["name"] for d in records.custom_definitions(conn, "deal")}
        today = self.today()
        out = []
        for r in rows:
            stage = stages.get(r["stage_id"])
            overridden = r["probability"] is not None
            probability = effective_probability(r["status"], r["probability"], stage["probability"] if stage else 0)
            items = stored_items(r["line_items"])
            out.append(
                DealRead(
                    id=r["id"],
                    name=r["name"],
                    company=Ref(r["company_id"], companies.get(r["company_id"], "")) if r["company_id"] else None,
                    pipeline=Ref(r["pipeline_id"], pipes.get(r["pipeline_id"], "")),
                    stage=Ref(r["stage_id"], stage["name"] if stage else ""),
                    amount_minor=r["amount_minor"],
                    currency=r["currency"],
                    probability=probability,
                    expected_close=r["expected_close"],
                    status=r["status"],
                    reason=r["reason"],
                    closed_at=r["closed_at"],
                    contacts=[DealContact(c, people.get(c, ""), role) for c, role in links[r["id"]]],
                    custom={custom_names[k]: v for k, v in r["custom"].items() if k in custom_names and v is not None},
                    meta=meta_of(r),
                    line_items=[
                        LineItemRead(
                            i.product,
                            decimal_string(i.quantity),
                            i.unit_price_minor,
                            decimal_string(i.discount_percent),
                            line_total(i),
                        )
                        for i in items
                    ],
                    items_total_minor=items_total(items),
                    amount_from_items=bool(r["amount_from_items"]),
                    probability_overridden=overridden,
                    overdue=is_overdue(r["status"], r["expected_close"], today),
                )
            )
        return out

    def resolve(self, key: str) -> str:
        """A deal id from an id, an id prefix of 8+ characters or its exact name."""
        with self._db.read() as conn:
            return records.resolve(conn, RecordType.DEAL, key)
