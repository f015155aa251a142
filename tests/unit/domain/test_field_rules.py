"""The rules a synced value must follow (issue #10): they describe the store's columns, every value an honest device
writes passes them, and what other devices could not hold does not."""

from __future__ import annotations

import json

import pytest

from cardfile.domain import field_rules
from cardfile.domain.field_rules import MAX_VALUE_CHARS, RULES, SEED_RECORDS, Unfit, check_field
from cardfile.domain.values import RecordType
from cardfile.services import Services
from cardfile.store.codec import CODECS, DERIVED_COLUMNS
from cardfile.store.seeds import SEEDS
from tests.unit.world import World


def test_every_column_that_syncs_has_a_rule_that_matches_it():
    for kind, codec in CODECS.items():
        columns = {c.name for c in codec.table.columns} - field_rules.MANAGED_FIELDS - DERIVED_COLUMNS
        assert set(RULES[kind]) == columns, kind
        for name in columns:
            rule, column = RULES[kind][name], codec.table.c[name]
            assert rule.nullable == bool(column.nullable), f"{kind}.{name}"
            default = codec.default(name)
            if default is not None and name != "owner_id":  # "me" is each device's own, before it signs in
                assert rule.default == default, f"{kind}.{name}"


def test_the_seed_records_are_those_every_database_starts_with(services: Services):
    """The server takes a reference to a seeded record (the Sales pipeline, a won reason …) as sound: every device
    has it, though nobody ever pushed it."""
    assert set(SEED_RECORDS) == set(SEEDS)
    with services.db.read() as conn:
        for record_id, kind in SEED_RECORDS.items():
            table = CODECS[kind].table.name
            assert conn.exec_driver_sql(f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)).first(), record_id


def test_every_value_a_device_writes_passes_the_rules(services: Services, world: World):
    """What the server checks must never refuse what an honest device writes: one of everything, every field."""
    with services.db.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT record_type, field, value FROM change WHERE record_type IN ({})".format(
                ",".join(f"'{k.value}'" for k in RecordType)
            )
        ).all()
    assert len({(t, f) for t, f, _ in rows}) > 70
    for record_type, field, value in rows:
        check_field(record_type, field, value)


@pytest.mark.parametrize(
    ("record_type", "field", "text", "why"),
    [
        ("contact", "tags", '["a", 1, null]', "a list holding a number"),
        ("contact", "tags", "[Infinity]", "Infinity is not a number"),
        ("contact", "note", "NaN", "NaN is not a number"),
        ("contact", "custom", '{"score": 1e999}', "too large a number"),
        ("contact", "birthday", '"garbage-date"', "is not a date"),
        ("contact", "emails", '[{"value": 7}]', "is not text"),
        ("contact", "emails", '[{"value": "a@b.example", "secret": "x"}]', "the wrong parts"),
        ("contact", "given", "null", "empty where a value is required"),
        ("contact", "given", "[1,", "not JSON"),
        ("contact", "company_id", '"has spaces"', "is not a record id"),
        ("contact", "photo", '{"$b64": "not base64!"}', "not base64"),
        ("contact", "updated_at", '"2030-01-01T00:00:00Z"', "kept by each device"),
        ("contact", "shoe_size", "44", "has no field"),
        ("activity", "status", '"maybe"', "is not one of"),
        ("activity", "rrule", '"FREQ=SOMETIMES"', "Cardfile repeats activities daily"),
        ("deal", "line_items", '[{"product": "Turbine", "quantity": 2.5}]', "not a line item"),
        ("choice", "list_name", '"mood"', "is not one of"),
        ("activity", "time_zone", '"Mars/Olympus"', "not a time zone"),
        ("activity", "starts_at", '"tomorrow"', "is not a time"),
        ("deal", "currency", '"dollars"', "currency code"),
        ("deal", "probability", "101", "between 0 and 100"),
        ("deal", "amount_minor", str(1 << 70), "too large to keep"),
        ("lookup", "query", '{"conditions": [{"field": "given", "op": "sounds_like"}]}', "not a lookup"),
        ("link", "target_type", '"pipeline"', "is not one of"),
    ],
)
def test_a_value_no_device_could_hold_is_refused_with_the_reason(record_type: str, field: str, text: str, why: str):
    with pytest.raises(Unfit, match=why):
        check_field(record_type, field, text)


def test_a_value_too_large_for_one_push_is_refused():
    fits = json.dumps("x" * (MAX_VALUE_CHARS - 2))
    assert check_field("contact", "note", fits)
    with pytest.raises(Unfit, match="too large"):
        check_field("contact", "note", json.dumps("x" * MAX_VALUE_CHARS))


def test_a_record_type_of_a_newer_cardfile_is_only_decoded():
    assert check_field("invoice", "total", '{"minor": 5}') == {"minor": 5}
    with pytest.raises(Unfit):
        check_field("invoice", "total", "NaN")
