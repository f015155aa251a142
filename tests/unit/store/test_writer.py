"""The one write path: what Writer logs for each operation, and that the change-log check catches a write around it."""

from __future__ import annotations

import json

import pytest

from cardfile.domain.errors import NotFound
from cardfile.domain.values import RecordType
from cardfile.services import Services
from cardfile.store.codec import CODECS
from tests.unit.changelog import Rows, assert_log_replays, changes_logged, snapshot

C = RecordType.CONTACT


def changes_of(services: Services, record_id: str) -> list[tuple[str, object, int, str | None]]:
    with services.db.read() as conn:
        result = conn.exec_driver_sql(
            "SELECT field, value, hlc, job_id FROM change WHERE record_id = ? ORDER BY hlc, seq", (record_id,)
        ).all()
    return [(f, json.loads(v), h, j) for f, v, h, j in result]


def test_insert_logs_each_set_field_and_the_facts_a_receiver_needs(services: Services, seed: Rows) -> None:
    with changes_logged(services), services.db.write("Add") as w:
        record_id = w.insert(C, {"given": "Ada", "tags": ["x"], "photo": b"\x00\xff"})
    logged = changes_of(services, record_id)
    fields = {f for f, *_ in logged}
    # Fields at their default are implied; created_at, owner and the private flag are always stated.
    assert fields == {"created_at", "owner_id", "private", "given", "tags", "photo"}
    assert len({h for _, _, h, _ in logged}) == 1  # one stamp for the fields of one new record
    assert dict((f, v) for f, v, *_ in logged)["photo"] == {"$b64": "AP8="}
    assert assert_log_replays(services, seed) > 0


def test_update_logs_only_fields_that_change_and_returns_their_old_values(services: Services) -> None:
    with services.db.write("Add") as w:
        record_id = w.insert(C, {"given": "Ada", "family": "Byron"})
    with changes_logged(services) as check, services.db.write("Edit") as w:
        old = w.update(C, record_id, {"given": "Ada", "family": "Lovelace", "title": "Countess"})
    assert old == {"family": "Byron", "title": ""}
    assert check.fields(C) == {"family", "title"}


def test_an_update_that_changes_nothing_writes_no_action(services: Services) -> None:
    with services.db.write("Add") as w:
        record_id = w.insert(C, {"given": "Ada"})
    before = snapshot(services)
    with services.db.write("Edit") as w:
        assert w.update(C, record_id, {"given": "Ada"}) == {}
    after = snapshot(services)
    assert (after.actions, after.last_seq) == (before.actions, before.last_seq)


def test_delete_and_restore_report_whether_they_changed_anything(services: Services) -> None:
    with services.db.write("Add") as w:
        record_id = w.insert(C, {"given": "Ada"})
    with services.db.write("Delete") as w:
        assert w.delete(C, record_id) is True
        assert w.delete(C, record_id) is False
    with services.db.write("Restore") as w:
        assert w.restore(C, record_id) is True
        assert w.restore(C, record_id) is False


def test_delete_many_moves_to_the_trash_what_delete_would_one_by_one(services: Services, seed: Rows) -> None:
    with services.db.write("Add") as w:
        ids = w.insert_many(C, [{"given": f"Ada{n}"} for n in range(620)])  # more than one statement's worth
        w.delete(C, ids[0])
    with changes_logged(services) as check, services.db.write("Delete") as w:
        moved = w.delete_many(C, [*ids, ids[5], "no-such-id"])
    assert moved == ids[1:]  # in the order given, each once; the one in the Trash already is left alone
    assert check.fields(C) == {"deleted_at"} and check.records(C) == set(ids[1:])
    stamps = [h for record_id in ids[1:3] for f, _, h, _ in changes_of(services, record_id) if f == "deleted_at"]
    assert len(set(stamps)) == 2  # each deletion its own stamp, as one by one
    assert services.contacts.count() == 0 and services.search.search("Ada1") == []
    with services.db.write("Restore") as w:
        assert w.restore(C, ids[7]) is True  # as after `delete`
    assert [r.id for r in services.search.search("Ada7")] == [ids[7]]
    assert assert_log_replays(services, seed) > 0


def test_unknown_and_store_managed_fields_are_refused(services: Services) -> None:
    with services.db.write("Add") as w:
        with pytest.raises(KeyError, match="shoe_size"):
            w.insert(C, {"shoe_size": 42})
        with pytest.raises(KeyError, match="updated_at"):
            w.insert(C, {"updated_at": None})


def test_writing_a_missing_record_is_not_found(services: Services) -> None:
    with services.db.write("Edit") as w, pytest.raises(NotFound):
        w.update(C, "no-such-id", {"given": "x"})


def test_a_failed_action_leaves_no_trace(services: Services) -> None:
    before = snapshot(services)
    with pytest.raises(RuntimeError), services.db.write("Add") as w:
        w.insert(C, {"given": "Ada"})
        raise RuntimeError("the caller failed half-way")
    after = snapshot(services)
    assert after == before
    assert services.search.search("Ada") == []


def test_job_id_is_recorded_on_every_change_and_the_action(services: Services) -> None:
    with services.db.write("Import", job_id="job-7") as w:
        record_id = w.insert(C, {"given": "Ada"})
    assert {j for *_, j in changes_of(services, record_id)} == {"job-7"}
    with services.db.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM action WHERE job_id = 'job-7'").scalar_one() == 1


def test_erase_removes_the_row_its_log_and_its_index_entry_and_leaves_an_erasure(services: Services) -> None:
    with services.db.write("Add") as w:
        record_id = w.insert(C, {"given": "Zebedee", "display_name": "Zebedee"})
    assert [r.id for r in services.search.search("Zebedee")] == [record_id]
    with changes_logged(services) as check, services.db.write("Erase") as w:
        w.erase(C, record_id)
    assert check.erased == {record_id}
    assert changes_of(services, record_id) == []
    assert services.search.search("Zebedee") == []
    with services.db.read() as conn:
        erasure = conn.exec_driver_sql("SELECT record_type, user_id FROM erasure WHERE record_id = ?", (record_id,))
        assert erasure.one() == ("contact", "me")
        # no value of the record survives anywhere in the log
        assert conn.exec_driver_sql("SELECT count(*) FROM change WHERE value LIKE '%Zebedee%'").scalar_one() == 0


def test_the_index_is_current_when_the_transaction_commits(services: Services) -> None:
    with services.db.write("Add") as w:
        record_id = w.insert(C, {"display_name": "Quentin"})
    assert [r.id for r in services.search.search("Quentin")] == [record_id]
    with services.db.write("Edit") as w:
        w.update(C, record_id, {"display_name": "Rupert"})
    assert services.search.search("Quentin") == []
    assert [r.id for r in services.search.search("Rupert")] == [record_id]


# ----- the checks themselves: they must notice a write that goes around the writer -----


def test_the_change_log_check_catches_a_write_around_the_writer(services: Services) -> None:
    with services.db.write("Add") as w:
        record_id = w.insert(C, {"given": "Ada"})
    with pytest.raises(AssertionError, match=r"title .*no change record written"):
        with changes_logged(services), services.db.write("Sneaky") as w:
            w.conn.exec_driver_sql("UPDATE contact SET title = 'Spy' WHERE id = ?", (record_id,))


def test_the_change_log_check_catches_a_logged_value_that_is_not_the_stored_one(services: Services) -> None:
    with services.db.write("Add") as w:
        record_id = w.insert(C, {"given": "Ada"})
    with pytest.raises(AssertionError, match=r"given .*change record holds 'Eve'"):
        with changes_logged(services), services.db.write("Sneaky") as w:
            w.update(C, record_id, {"given": "Eve"})
            w.conn.exec_driver_sql("UPDATE contact SET given = 'Mallory' WHERE id = ?", (record_id,))


def test_the_replay_check_catches_a_row_the_log_does_not_explain(services: Services, seed: Rows) -> None:
    with services.db.write("Add") as w:
        record_id = w.insert(C, {"given": "Ada"})
    assert assert_log_replays(services, seed) > 0
    with services.db.write("Sneaky") as w:
        w.conn.exec_driver_sql("UPDATE contact SET note = 'hidden' WHERE id = ?", (record_id,))
    with pytest.raises(AssertionError, match="note: stored 'hidden', log gives ''"):
        assert_log_replays(services, seed)


def test_the_codec_gives_back_what_the_log_holds_for_every_column_type(services: Services) -> None:
    """Datetimes keep their microseconds, bytes survive base64, JSON stays JSON, booleans stay booleans.

    Regression: datetimes were logged to the millisecond, so the log could not give back the stored value.
    """
    from datetime import UTC, datetime

    moment = datetime(2030, 1, 2, 3, 4, 5, 678901, tzinfo=UTC)
    with services.db.write("Add") as w:
        record_id = w.insert(
            RecordType.ACTIVITY,
            {"type_id": "00000000-0000-7000-8000-000000000003", "subject": "x", "starts_at": moment, "timeless": True},
        )
        w.update(RecordType.ACTIVITY, record_id, {"custom": {"k": [1, "ü"]}})
    codec = CODECS[RecordType.ACTIVITY]
    with services.db.read() as conn:
        logged = dict(conn.exec_driver_sql("SELECT field, value FROM change WHERE record_id = ?", (record_id,)).all())
    assert codec.from_change("starts_at", logged["starts_at"]) == moment
    assert codec.from_change("timeless", logged["timeless"]) is True
    assert codec.from_change("custom", logged["custom"]) == {"k": [1, "ü"]}


def test_a_database_that_holds_the_largest_stamp_still_takes_edits(services: Services, tmp_path) -> None:
    """Regression (issue #10): a device that had pulled a write stamped 2**63 - 1 (before servers refused such
    stamps) failed every add and edit from then on: the next stamp no longer fitted in an SQLite integer."""
    from cardfile.services import open_database

    largest = (1 << 63) - 1
    with services.db.write("Add") as w:
        record_id = w.insert(C, {"given": "Ada", "title": "Countess"})
        w.conn.exec_driver_sql(
            "INSERT INTO change (record_type, record_id, field, value, hlc, device_id, user_id, action_id) "
            "VALUES ('contact', ?, 'title', '\"Poisoned\"', ?, 'elsewhere', 'me', 'x')",
            (record_id, largest),
        )
        w.conn.exec_driver_sql("INSERT OR REPLACE INTO setting (key, value) VALUES ('hlc', ?)", (json.dumps(largest),))
    path = services.db.path
    services.close()

    with open_database(path, auto_backup=False) as reopened:
        with reopened.db.write("Edit") as w:
            w.update(C, record_id, {"title": "Mathematician"})
            w.insert(C, {"given": "Charles"})
        titles = {v: h for f, v, h, _ in changes_of(reopened, record_id) if f == "title"}
        assert reopened.contacts.get(record_id).title == "Mathematician"
    assert set(titles) == {"Countess", "Poisoned", "Mathematician"} and titles["Mathematician"] < largest


def test_writes_through_the_change_view_land_numbered_and_read_back_the_same(services: Services) -> None:
    """The view `change` (0010) stays a table to whoever writes it (sync's pulled entries, merges, repairs): its
    triggers number new names, and a row inserted, updated and deleted through it reads back as written."""
    row = ("note", "0190eeee-0000-7000-8000-000000000001", "body", '"hello"', 42, "a-device", "a-user", "an-action")
    with services.db.write("Around the writer") as w:
        top = w.conn.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM change").scalar_one()
        w.conn.exec_driver_sql(
            "INSERT INTO change (record_type, record_id, field, value, hlc, device_id, user_id, action_id, job_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'a-job')",
            row,
        )
        w.conn.exec_driver_sql("UPDATE change SET device_id = 'another-device' WHERE record_id = ?", (row[1],))
    with services.db.read() as conn:
        read = conn.exec_driver_sql(
            "SELECT seq, record_type, record_id, field, value, hlc, device_id, user_id, action_id, job_id "
            "FROM change WHERE record_id = ?",
            (row[1],),
        ).all()
        numbered = conn.exec_driver_sql("SELECT device_id, job_id FROM change_log WHERE seq = ?", (top + 1,)).one()
        device = conn.exec_driver_sql("SELECT num FROM log_name WHERE name = 'another-device'").scalar_one()
    assert [tuple(r) for r in read] == [(top + 1, *row[:5], "another-device", *row[6:], "a-job")]
    assert numbered[0] == device and isinstance(numbered[1], int)
    with services.db.write("Around the writer") as w:
        w.conn.exec_driver_sql("DELETE FROM change WHERE record_id = ?", (row[1],))
    with services.db.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM change_log WHERE seq = ?", (top + 1,)).scalar_one() == 0
