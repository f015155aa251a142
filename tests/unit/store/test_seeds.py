"""The seeded records as store.seeds knows them are exactly what a new database holds, and Undo uses them."""

from __future__ import annotations

from cardfile.domain.values import RecordType
from cardfile.services import Services
from cardfile.services import records as record_reads
from cardfile.store.seeds import SEEDS


def test_the_seed_table_matches_a_new_database(services: Services) -> None:
    found: dict[str, dict[str, object]] = {}
    with services.db.read() as conn:
        for kind in (RecordType.ACTIVITY_TYPE, RecordType.PIPELINE, RecordType.STAGE, RecordType.CHOICE):
            table = "activity_type" if kind is RecordType.ACTIVITY_TYPE else kind.value
            ids = [r[0] for r in conn.exec_driver_sql(f"SELECT id FROM {table}")]
            found.update(record_reads.fetch(conn, kind, ids))
    assert set(found) == set(SEEDS)
    for record_id, values in SEEDS.items():
        assert {k: found[record_id][k] for k in values} == values, record_id


def test_undoing_the_first_change_of_a_seeded_record_restores_the_seeded_value(services: Services) -> None:
    """Regression: Undo of the first rename of the seeded Sales pipeline (or of a reorder of its stages) wrote the
    column's default (no name, position 0), as a seeded row has no earlier change in the log."""
    services.pipelines.rename("Sales", "New business")
    services.pipelines.move_stage("New business", "Commitment", 0)
    services.history.undo()
    services.history.undo()
    pipeline = services.pipelines.get()
    assert pipeline.name == "Sales"
    assert [(s.name, s.position) for s in pipeline.stages] == [
        ("Prospect", 0),
        ("Qualified", 1),
        ("Proposal", 2),
        ("Negotiation", 3),
        ("Commitment", 4),
    ]
