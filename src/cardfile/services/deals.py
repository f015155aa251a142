"""Deals and pipelines: opportunities moving through stages, every stage change kept in the change log."""

from __future__ import annotations

import builtins
import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from cardfile.domain.errors import Ambiguous, NotFound, ValidationError
from cardfile.domain.models import DealCreate, DealUpdate
from cardfile.domain.values import DealStatus, RecordType
from cardfile.services import records
from cardfile.services.readmodels import (
    DealContact,
    DealRead,
    PipelineRead,
    Ref,
    StageChange,
    StageRead,
    meta_of,
)
from cardfile.store.codec import parse_utc

if TYPE_CHECKING:
    from cardfile.services.container import Services

DEFAULT_PIPELINE = "00000000-0000-7000-8000-000000000010"


class DealService:
    record_type = RecordType.DEAL

    def __init__(self, services: Services) -> None:
        self._db = services.db

    # ----- pipelines -----

    def pipelines(self) -> builtins.list[PipelineRead]:
        with self._db.read() as conn:
            pipes = conn.exec_driver_sql(
                "SELECT id, name FROM pipeline WHERE deleted_at IS NULL ORDER BY position, name"
            ).all()
            stages = conn.exec_driver_sql(
                "SELECT id, pipeline_id, name, position, probability FROM stage WHERE deleted_at IS NULL "
                "ORDER BY position, name"
            ).all()
        return [
            PipelineRead(pid, name, [StageRead(s[0], s[2], s[3], s[4]) for s in stages if s[1] == pid])
            for pid, name in pipes
        ]

    def create_pipeline(self, name: str, stages: builtins.list[tuple[str, int]]) -> PipelineRead:
        if not name.strip() or not stages:
            raise ValidationError(field="pipeline", problem="a pipeline needs a name and at least one stage")
        for stage, probability in stages:
            if not stage.strip() or not 0 <= probability <= 100:
                raise ValidationError(field="stage", problem=f"{stage!r}: a stage needs a name and 0–100 %")
        with self._db.write("Add pipeline") as w:
            pid = w.insert(RecordType.PIPELINE, {"name": name.strip(), "position": len(self.pipelines())})
            w.insert_many(
                RecordType.STAGE,
                [
                    {"pipeline_id": pid, "name": s.strip(), "position": n, "probability": p}
                    for n, (s, p) in enumerate(stages)
                ],
            )
        return next(p for p in self.pipelines() if p.id == pid)

    def resolve_pipeline(self, key: str | None) -> PipelineRead:
        pipes = self.pipelines()
        if not key:
            return next((p for p in pipes if p.id == DEFAULT_PIPELINE), pipes[0])
        for p in pipes:
            if key in (p.id,) or p.name.casefold() == key.casefold():
                return p
        raise NotFound(record_type="pipeline", record_id=key)

    def resolve_stage(self, pipeline: PipelineRead, key: str) -> StageRead:
        for s in pipeline.stages:
            if key == s.id or s.name.casefold() == key.casefold():
                return s
        names = ", ".join(s.name for s in pipeline.stages)
        raise ValidationError(field="stage", problem=f"{key!r} is not a stage of {pipeline.name} ({names})")

    # ----- deals -----

    def create(self, data: DealCreate) -> DealRead:
        pipeline = self.resolve_pipeline(data.pipeline_id)
        stage = self.resolve_stage(pipeline, data.stage_id) if data.stage_id else pipeline.stages[0]
        with self._db.write("Add deal") as w:
            if data.company_id:
                records.require_live(w.conn, RecordType.COMPANY, data.company_id, "company")
            for role in data.contacts:
                records.require_live(w.conn, RecordType.CONTACT, role.contact_id, "contact")
            values = data.model_dump(exclude={"contacts", "owner_id", "pipeline_id", "stage_id", "expected_close"})
            values.update(
                pipeline_id=pipeline.id,
                stage_id=stage.id,
                expected_close=data.expected_close.isoformat() if data.expected_close else None,
                custom=records.check_custom(w.conn, "deal", data.custom),
            )
            if data.owner_id:
                values["owner_id"] = data.owner_id
            deal_id = w.insert(RecordType.DEAL, values)
            records.set_links(
                w, RecordType.DEAL, deal_id, RecordType.CONTACT, [(r.contact_id, r.role) for r in data.contacts]
            )
        return self.get(deal_id)

    def update(self, deal_id: str, changes: DealUpdate) -> DealRead:
        fields = set(changes.model_fields_set)
        with self._db.write("Edit deal") as w:
            current = w.get(RecordType.DEAL, deal_id)
            values: dict[str, Any] = {}
            for name in fields - {"contacts", "pipeline_id", "stage_id", "status"}:
                value = getattr(changes, name)
                if name == "name" and not value:
                    raise ValidationError(field="name", problem="a deal needs a name")
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
                pipeline = self.resolve_pipeline(changes.pipeline_id or current["pipeline_id"])
                stage = self.resolve_stage(pipeline, changes.stage_id) if changes.stage_id else pipeline.stages[0]
                values.update(pipeline_id=pipeline.id, stage_id=stage.id)
            if "status" in fields and changes.status is not None:
                values.update(self._status_values(changes.status, changes.reason))
            w.update(RecordType.DEAL, deal_id, values)
            if "contacts" in fields:
                for role in changes.contacts:
                    records.require_live(w.conn, RecordType.CONTACT, role.contact_id, "contact")
                records.set_links(
                    w, RecordType.DEAL, deal_id, RecordType.CONTACT, [(r.contact_id, r.role) for r in changes.contacts]
                )
        return self.get(deal_id)

    def _status_values(self, status: DealStatus, reason: str | None) -> dict[str, Any]:
        values: dict[str, Any] = {
            "status": status.value,
            "closed_at": None if status is DealStatus.OPEN else self._db.now(),
        }
        if reason is not None:
            values["reason"] = reason
        return values

    def move(self, deal_id: str, stage: str) -> DealRead:
        """Move a deal to another stage of its pipeline (by stage id or name)."""
        with self._db.write("Move deal") as w:
            current = w.get(RecordType.DEAL, deal_id)
            pipeline = self.resolve_pipeline(current["pipeline_id"])
            target = self.resolve_stage(pipeline, stage)
            w.update(RecordType.DEAL, deal_id, {"stage_id": target.id})
        return self.get(deal_id)

    def close(self, deal_id: str, *, won: bool, reason: str = "") -> DealRead:
        with self._db.write("Close deal") as w:
            w.update(RecordType.DEAL, deal_id, self._status_values(DealStatus.WON if won else DealStatus.LOST, reason))
        return self.get(deal_id)

    def reopen(self, deal_id: str) -> DealRead:
        with self._db.write("Reopen deal") as w:
            w.update(RecordType.DEAL, deal_id, self._status_values(DealStatus.OPEN, ""))
        return self.get(deal_id)

    def delete(self, deal_id: str) -> bool:
        with self._db.write("Delete deal") as w:
            return w.delete(RecordType.DEAL, deal_id)

    def restore(self, deal_id: str) -> bool:
        with self._db.write("Restore deal") as w:
            return w.restore(RecordType.DEAL, deal_id)

    def stage_history(self, deal_id: str) -> builtins.list[StageChange]:
        """Every stage the deal has been in, oldest first, read from the change log."""
        with self._db.read() as conn:
            result = conn.exec_driver_sql(
                "SELECT ch.value, a.created_at, ch.user_id FROM change ch JOIN action a ON a.id = ch.action_id "
                "WHERE ch.record_type = 'deal' AND ch.record_id = ? AND ch.field = 'stage_id' ORDER BY ch.hlc, ch.seq",
                (deal_id,),
            ).all()
            stage_names = records.names(conn, RecordType.STAGE, [json.loads(r[0]) for r in result])
        return [
            StageChange(Ref(json.loads(v), stage_names.get(json.loads(v), "")), parse_utc(at.replace(" ", "T")), u)
            for v, at, u in result
        ]

    def get(self, deal_id: str) -> DealRead:
        with self._db.read() as conn:
            return self._reads(conn, [records.fetch_one(conn, RecordType.DEAL, deal_id)])[0]

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
        out = []
        for r in rows:
            stage = stages.get(r["stage_id"])
            probability = r["probability"] if r["probability"] is not None else (stage["probability"] if stage else 0)
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
                    custom=records.custom_by_name(conn, "deal", r["custom"]),
                    meta=meta_of(r),
                )
            )
        return out

    def resolve(self, key: str) -> str:
        with self._db.read() as conn:
            found = [
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT id FROM deal WHERE id = ? OR (length(?) >= 8 AND id LIKE ? || '%')", (key, key, key)
                )
            ]
            if not found:
                found = [
                    r[0]
                    for r in conn.exec_driver_sql(
                        "SELECT id FROM deal WHERE deleted_at IS NULL AND lower(name) = lower(?)", (key,)
                    )
                ]
        if len(found) > 1:
            raise Ambiguous(what=key, record_type="deal", candidates=", ".join(found[:5]))
        if not found:
            raise NotFound(record_type="deal", record_id=key)
        return found[0]
