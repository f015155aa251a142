"""`cardfile pipeline …`: pipelines and their ordered stages, each with a default probability."""

from __future__ import annotations

import argparse
from typing import Any

from cardfile.cli import arguments, output
from cardfile.cli.common import Context, add_command, add_group
from cardfile.domain.errors import ValidationError
from cardfile.services.readmodels import PipelineRead


def _stage_spec(text: str) -> tuple[str, int]:
    """'Proposal=50' (or 'Proposal=50%'): a stage and its default probability."""
    name, sep, probability = text.rpartition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"{text!r}: write a stage as NAME=PROBABILITY, e.g. Proposal=50")
    return name.strip(), arguments.percent(probability)


def _show(ctx: Context, pipeline: PipelineRead, verb: str | None = None) -> None:
    if ctx.json:
        ctx.emit(pipeline.as_json())
        return
    if verb:
        print(f"{verb} pipeline {pipeline.name}  {pipeline.id}", file=ctx.out)
    counts = ctx.services.pipelines.deal_counts(pipeline.id)
    rows = [(n + 1, s.name, f"{s.probability}%", counts.get(s.id, 0), s.id) for n, s in enumerate(pipeline.stages)]
    print(output.table(("#", "stage", "probability", "deals", "stage id"), rows), file=ctx.out)


def pipeline_list(ctx: Context, args: argparse.Namespace) -> None:
    pipes = ctx.services.pipelines.list()
    if ctx.json:
        ctx.emit([p.as_json() for p in pipes])
        return
    default = ctx.services.pipelines.get().id
    for n, pipe in enumerate(pipes):
        if n:
            print(file=ctx.out)
        print(f"{pipe.name}{' (default)' if pipe.id == default else ''}  {pipe.id}", file=ctx.out)
        _show(ctx, pipe)


def pipeline_add(ctx: Context, args: argparse.Namespace) -> None:
    _show(ctx, ctx.services.pipelines.add(args.name, args.stage), "Added")


def pipeline_rename(ctx: Context, args: argparse.Namespace) -> None:
    _show(ctx, ctx.services.pipelines.rename(args.pipeline, args.name), "Renamed")


def pipeline_remove(ctx: Context, args: argparse.Namespace) -> None:
    removed = ctx.services.pipelines.get(args.pipeline)
    moved = ctx.services.pipelines.remove(args.pipeline, move_to_pipeline=args.move_to, move_to_stage=args.stage)
    if ctx.json:
        ctx.emit({"removed": removed.as_json(), "deals_moved": moved})
    else:
        print(f"Removed pipeline {removed.name} (to the Trash); {moved} deal(s) moved", file=ctx.out)


def _position(args: argparse.Namespace) -> int | None:
    return args.position - 1 if args.position is not None else None


def stage_add(ctx: Context, args: argparse.Namespace) -> None:
    pipe = ctx.services.pipelines.add_stage(args.pipeline, args.name, args.probability, _position(args))
    _show(ctx, pipe, "Changed")


def stage_edit(ctx: Context, args: argparse.Namespace) -> None:
    if args.name is None and args.probability is None:
        raise ValidationError(field="edit-stage", problem="give --name or --probability (see --help)")
    pipe = ctx.services.pipelines.edit_stage(args.pipeline, args.stage, name=args.name, probability=args.probability)
    _show(ctx, pipe, "Changed")


def stage_move(ctx: Context, args: argparse.Namespace) -> None:
    _show(ctx, ctx.services.pipelines.move_stage(args.pipeline, args.stage, args.position - 1), "Changed")


def stage_remove(ctx: Context, args: argparse.Namespace) -> None:
    moved = ctx.services.pipelines.remove_stage(
        args.pipeline, args.stage, move_to=args.move_to, move_to_pipeline=args.move_to_pipeline
    )
    pipe = ctx.services.pipelines.get(args.pipeline)
    if ctx.json:
        ctx.emit({"pipeline": pipe.as_json(), "deals_moved": moved})
        return
    print(f"Removed stage {args.stage}; {moved} deal(s) moved", file=ctx.out)
    _show(ctx, pipe)


_PIPELINE = "pipeline: its name or id"


def register(commands: Any) -> None:
    pipeline = add_group(
        commands,
        "pipeline",
        "pipelines and their stages: list, add, rename, add-stage, move-stage, remove-stage",
        "Pipelines and their ordered stages, each with a default probability. A stage that still holds deals is "
        "removed only with --move-to: its deals move there, and each move is in the deal's history.",
    )
    add_command(pipeline, "list", pipeline_list, "list pipelines, their stages and deals", json="print one JSON array")
    p = add_command(
        pipeline,
        "add",
        pipeline_add,
        "add a pipeline with its stages",
        examples=["cardfile pipeline add Partners Intro=5 Pilot=40 Signed=100"],
        json="print the pipeline as JSON",
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("stage", nargs="+", type=_stage_spec, metavar="STAGE=PROBABILITY", help="the stages, in order")
    p = add_command(pipeline, "rename", pipeline_rename, "rename a pipeline", json="print the pipeline as JSON")
    p.add_argument("pipeline", metavar="PIPELINE", help=_PIPELINE)
    p.add_argument("name", metavar="NEW_NAME")
    p = add_command(
        pipeline,
        "remove",
        pipeline_remove,
        "remove a pipeline (its deals move to another)",
        examples=["cardfile pipeline remove Partners --move-to Sales --stage Proposal"],
        json="print what was removed and how many deals moved",
    )
    p.add_argument("pipeline", metavar="PIPELINE", help=_PIPELINE)
    p.add_argument("--move-to", metavar="PIPELINE", help="where its deals go (needed when it has any)")
    p.add_argument("--stage", metavar="STAGE", help="the stage they go to (default: the first)")

    p = add_command(
        pipeline,
        "add-stage",
        stage_add,
        "add a stage",
        examples=["cardfile pipeline add-stage Sales Demo 40 --position 3"],
        json="print the pipeline as JSON",
    )
    p.add_argument("pipeline", metavar="PIPELINE", help=_PIPELINE)
    p.add_argument("name", metavar="STAGE")
    p.add_argument("probability", type=arguments.percent, metavar="PROBABILITY", help="default probability, 0–100")
    p.add_argument("--position", type=arguments.positive, metavar="N", help="1 is first (default: last)")
    p = add_command(
        pipeline,
        "edit-stage",
        stage_edit,
        "rename a stage or change its default probability",
        examples=["cardfile pipeline edit-stage Sales Proposal --name Quote --probability 55"],
        json="print the pipeline as JSON",
    )
    p.add_argument("pipeline", metavar="PIPELINE", help=_PIPELINE)
    p.add_argument("stage", metavar="STAGE")
    p.add_argument("--name", metavar="NAME")
    p.add_argument("--probability", type=arguments.percent, metavar="N")
    p = add_command(
        pipeline,
        "move-stage",
        stage_move,
        "put a stage at another position",
        examples=["cardfile pipeline move-stage Sales Commitment 1"],
        json="print the pipeline as JSON",
    )
    p.add_argument("pipeline", metavar="PIPELINE", help=_PIPELINE)
    p.add_argument("stage", metavar="STAGE")
    p.add_argument("position", type=arguments.positive, metavar="POSITION", help="1 is first")
    p = add_command(
        pipeline,
        "remove-stage",
        stage_remove,
        "remove a stage (its deals move to the stage you name)",
        examples=["cardfile pipeline remove-stage Sales Proposal --move-to Negotiation"],
        json="print the pipeline and how many deals moved",
    )
    p.add_argument("pipeline", metavar="PIPELINE", help=_PIPELINE)
    p.add_argument("stage", metavar="STAGE")
    p.add_argument("--move-to", metavar="STAGE", help="where its deals go (needed when it has any)")
    p.add_argument("--move-to-pipeline", metavar="PIPELINE", help="when that stage is in another pipeline")
