"""Pipelines and their ordered stages: add, rename, reorder and remove, never dropping a deal.

A stage (or a pipeline) that still holds deals is removed only once the caller names the stage they move to; each
deal is moved by the one write path, so the move is in every deal's history and one Undo takes the whole removal
back. Deals in the Trash move too, so restoring one never lands it in a stage that no longer exists.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from cardfile.domain.errors import NotFound, StageInUse, ValidationError
from cardfile.domain.values import RecordType
from cardfile.services.readmodels import PipelineRead, StageRead
from cardfile.store.writer import Writer

if TYPE_CHECKING:
    from cardfile.services.container import Services

DEFAULT_PIPELINE = "00000000-0000-7000-8000-000000000010"
MAX_NAME = 200


def load_pipelines(conn: Connection) -> list[PipelineRead]:
    """Live pipelines in their order, each with its live stages in order."""
    pipes = conn.exec_driver_sql(
        "SELECT id, name FROM pipeline WHERE deleted_at IS NULL ORDER BY position, name, id"
    ).all()
    stages = conn.exec_driver_sql(
        "SELECT id, pipeline_id, name, position, probability FROM stage WHERE deleted_at IS NULL "
        "ORDER BY position, name, id"
    ).all()
    return [
        PipelineRead(pid, name, [StageRead(s[0], s[2], s[3], s[4]) for s in stages if s[1] == pid])
        for pid, name in pipes
    ]


def find_pipeline(pipes: builtins.list[PipelineRead], key: str | None) -> PipelineRead:
    """By id, id prefix of 8+ characters or name (any case); None: the default pipeline."""
    if not pipes:
        raise NotFound(record_type="pipeline", record_id=key or "(default)")
    if not key or not key.strip():
        return next((p for p in pipes if p.id == DEFAULT_PIPELINE), pipes[0])
    wanted = key.strip()
    for p in pipes:
        if wanted == p.id or p.name.casefold() == wanted.casefold():
            return p
    prefixed = [p for p in pipes if len(wanted) >= 8 and p.id.startswith(wanted)]
    if len(prefixed) == 1:
        return prefixed[0]
    raise NotFound(record_type="pipeline", record_id=key)


def find_stage(pipeline: PipelineRead, key: str) -> StageRead:
    """By id or name (any case) within the pipeline; an unknown one names the stages there are."""
    wanted = key.strip()
    for s in pipeline.stages:
        if wanted == s.id or s.name.casefold() == wanted.casefold():
            return s
    names = ", ".join(s.name for s in pipeline.stages)
    raise ValidationError(
        field="stage",
        problem=f"{key!r} is not a stage of {pipeline.name} ({names})",
        reason="not_a_stage",
        name=key,
        pipeline=pipeline.name,
        stages=[s.name for s in pipeline.stages],
    )


def _name(text: str, what: str) -> str:
    name = " ".join((text or "").split())
    if not name:
        raise ValidationError(field=what, problem=f"a {what} needs a name", reason="no_name")
    if len(name) > MAX_NAME:
        raise ValidationError(
            field=what,
            problem=f"a {what} name is at most {MAX_NAME} characters",
            reason="name_too_long",
            limit=MAX_NAME,
        )
    return name


def _probability(value: int, stage: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise ValidationError(
            field="probability",
            problem=f"{stage}: a probability is a whole number from 0 to 100",
            reason="probability_range",
            stage=stage,
        )
    return value


class PipelineService:
    def __init__(self, services: Services) -> None:
        self._db = services.db

    # ----- reading -----

    def list(self) -> builtins.list[PipelineRead]:
        with self._db.read() as conn:
            return load_pipelines(conn)

    def get(self, key: str | None = None) -> PipelineRead:
        """A pipeline by id, id prefix or name; None: the default one."""
        return find_pipeline(self.list(), key)

    def stage(self, pipeline: str | None, stage: str) -> StageRead:
        return find_stage(self.get(pipeline), stage)

    def deal_counts(self, pipeline: str | None = None) -> dict[str, int]:
        """Stage id -> how many deals (open or closed, not in the Trash) are in it, for one pipeline."""
        p = self.get(pipeline)
        with self._db.read() as conn:
            rows = conn.exec_driver_sql(
                "SELECT stage_id, count(*) FROM deal WHERE pipeline_id = ? AND deleted_at IS NULL GROUP BY stage_id",
                (p.id,),
            ).all()
        counts = dict.fromkeys((s.id for s in p.stages), 0)
        counts.update({stage_id: n for stage_id, n in rows if stage_id in counts})
        return counts

    # ----- pipelines -----

    def add(self, name: str, stages: builtins.list[tuple[str, int]]) -> PipelineRead:
        """A new pipeline with its stages in order, each (name, default probability)."""
        name = _name(name, "pipeline")
        if not stages:
            raise ValidationError(
                field="pipeline",
                problem=f"{name}: a pipeline needs at least one stage",
                reason="no_stages",
                pipeline=name,
            )
        cleaned = [(_name(s, "stage"), _probability(p, s)) for s, p in stages]
        self._unique([n for n, _ in cleaned], "stage", name)
        with self._db.write("Add pipeline") as w:
            pipes = load_pipelines(w.conn)
            self._unique([p.name for p in pipes] + [name], "pipeline", "Cardfile")
            position = max((self._position(w, RecordType.PIPELINE, p.id) for p in pipes), default=-1) + 1
            pid = w.insert(RecordType.PIPELINE, {"name": name, "position": position})
            w.insert_many(
                RecordType.STAGE,
                [{"pipeline_id": pid, "name": s, "position": n, "probability": p} for n, (s, p) in enumerate(cleaned)],
            )
        return self.get(pid)

    def rename(self, pipeline: str, new_name: str) -> PipelineRead:
        new_name = _name(new_name, "pipeline")
        with self._db.write("Rename pipeline") as w:
            pipes = load_pipelines(w.conn)
            p = find_pipeline(pipes, pipeline)
            self._unique([q.name for q in pipes if q.id != p.id] + [new_name], "pipeline", "Cardfile")
            w.update(RecordType.PIPELINE, p.id, {"name": new_name})
        return self.get(p.id)

    def remove(self, pipeline: str, *, move_to_pipeline: str | None = None, move_to_stage: str | None = None) -> int:
        """Remove a pipeline (to the Trash, with its stages); its deals move to a stage of another pipeline the
        caller names. Returns how many deals moved. The last pipeline cannot be removed."""
        with self._db.write("Remove pipeline") as w:
            pipes = load_pipelines(w.conn)
            p = find_pipeline(pipes, pipeline)
            if len(pipes) == 1:
                raise ValidationError(
                    field="pipeline",
                    problem=f"{p.name} is the only pipeline; add another first",
                    reason="only_pipeline",
                    pipeline=p.name,
                )
            deals = self._deals_in(w, "pipeline_id", p.id)
            target = None
            if deals:
                if not move_to_pipeline and not move_to_stage:
                    raise StageInUse(pipeline=p.name, stage=None, count=len(deals), targets=[])
                other = find_pipeline(pipes, move_to_pipeline) if move_to_pipeline else find_pipeline(pipes, None)
                if other.id == p.id:
                    raise ValidationError(
                        field="pipeline",
                        problem=f"{p.name}: its deals must move to another pipeline",
                        reason="deals_must_move",
                        pipeline=p.name,
                    )
                target = find_stage(other, move_to_stage) if move_to_stage else other.stages[0]
                self._move_deals(w, deals, other.id, target.id)
            for stage in p.stages:
                w.delete(RecordType.STAGE, stage.id)
            w.delete(RecordType.PIPELINE, p.id)
        return len(deals)

    # ----- stages -----

    def add_stage(self, pipeline: str, name: str, probability: int, position: int | None = None) -> PipelineRead:
        """A new stage at `position` (0 is first; None: last)."""
        name = _name(name, "stage")
        probability = _probability(probability, name)
        with self._db.write("Add stage") as w:
            p = find_pipeline(load_pipelines(w.conn), pipeline)
            self._unique([s.name for s in p.stages] + [name], "stage", p.name)
            order = [s.id for s in p.stages]
            at = len(order) if position is None else max(0, min(position, len(order)))
            new_id = w.insert(
                RecordType.STAGE, {"pipeline_id": p.id, "name": name, "position": at, "probability": probability}
            )
            order.insert(at, new_id)
            self._renumber(w, order)
        return self.get(p.id)

    def edit_stage(
        self, pipeline: str, stage: str, *, name: str | None = None, probability: int | None = None
    ) -> PipelineRead:
        """Rename a stage or change its default probability (deals that follow the stage's probability follow it)."""
        with self._db.write("Change stage") as w:
            p = find_pipeline(load_pipelines(w.conn), pipeline)
            s = find_stage(p, stage)
            values: dict[str, Any] = {}
            if name is not None:
                values["name"] = _name(name, "stage")
                self._unique([t.name for t in p.stages if t.id != s.id] + [values["name"]], "stage", p.name)
            if probability is not None:
                values["probability"] = _probability(probability, s.name)
            if values:
                w.update(RecordType.STAGE, s.id, values)
        return self.get(p.id)

    def move_stage(self, pipeline: str, stage: str, position: int) -> PipelineRead:
        """Put a stage at `position` (0 is first; past the end: last); the others keep their order."""
        with self._db.write("Reorder stages") as w:
            p = find_pipeline(load_pipelines(w.conn), pipeline)
            s = find_stage(p, stage)
            order = [t.id for t in p.stages if t.id != s.id]
            order.insert(max(0, min(position, len(order))), s.id)
            self._renumber(w, order)
        return self.get(p.id)

    def remove_stage(
        self, pipeline: str, stage: str, *, move_to: str | None = None, move_to_pipeline: str | None = None
    ) -> int:
        """Remove a stage; the deals in it move to `move_to` (a stage of this pipeline, or of `move_to_pipeline`),
        which the caller must name when there are any. Returns how many deals moved."""
        with self._db.write("Remove stage") as w:
            pipes = load_pipelines(w.conn)
            p = find_pipeline(pipes, pipeline)
            s = find_stage(p, stage)
            if len(p.stages) == 1:
                raise ValidationError(
                    field="stage",
                    problem=f"{s.name} is the only stage of {p.name}",
                    reason="only_stage",
                    stage=s.name,
                    pipeline=p.name,
                )
            deals = self._deals_in(w, "stage_id", s.id)
            if deals:
                if not move_to:
                    others = [t.name for t in p.stages if t.id != s.id]
                    raise StageInUse(pipeline=p.name, stage=s.name, count=len(deals), targets=others)
                other = find_pipeline(pipes, move_to_pipeline) if move_to_pipeline else p
                target = find_stage(other, move_to)
                if target.id == s.id:
                    raise ValidationError(
                        field="stage",
                        problem=f"{s.name}: its deals must move to another stage",
                        reason="deals_must_move",
                        pipeline=p.name,
                        stage=s.name,
                    )
                self._move_deals(w, deals, other.id, target.id)
            w.delete(RecordType.STAGE, s.id)
            self._renumber(w, [t.id for t in p.stages if t.id != s.id])
        return len(deals)

    # ----- helpers -----

    @staticmethod
    def _unique(names: builtins.list[str], what: str, within: str) -> None:
        seen: set[str] = set()
        for name in names:
            key = name.casefold()
            if key in seen:
                raise ValidationError(
                    field=what,
                    problem=f"{within} has a {what} named {name!r} already",
                    reason="name_taken",
                    name=name,
                    within=within,
                )
            seen.add(key)

    @staticmethod
    def _position(w: Writer, kind: RecordType, record_id: str) -> int:
        table = "pipeline" if kind is RecordType.PIPELINE else "stage"
        return int(w.conn.exec_driver_sql(f"SELECT position FROM {table} WHERE id = ?", (record_id,)).scalar_one())

    @staticmethod
    def _renumber(w: Writer, order: builtins.list[str]) -> None:
        """Positions 0, 1, 2 … in this order; only stages whose position changes are written (and logged)."""
        for n, stage_id in enumerate(order):
            w.update(RecordType.STAGE, stage_id, {"position": n})

    @staticmethod
    def _deals_in(w: Writer, column: str, value: str) -> builtins.list[str]:
        """Every deal in a stage or pipeline, in the Trash too (a restored deal must land somewhere that exists)."""
        rows = w.conn.exec_driver_sql(f"SELECT id FROM deal WHERE {column} = ? ORDER BY id", (value,))
        return [r[0] for r in rows]

    @staticmethod
    def _move_deals(w: Writer, deal_ids: builtins.list[str], pipeline_id: str, stage_id: str) -> None:
        # A deal that changes stage takes the new stage's probability (see DealService.move).
        for deal_id in deal_ids:
            w.update(RecordType.DEAL, deal_id, {"pipeline_id": pipeline_id, "stage_id": stage_id, "probability": None})
