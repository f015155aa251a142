"""the change log spells each id and name once: its rows hold small numbers

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06

Every field a write sets is one row of the change log, and each row carried its record's id, its device's and its
action's as 36-character UUID text, plus the record type, the field name and the user: two thirds of the bytes of a
database of 100,000 contacts were the log's, most of them these ids, written again in both of its indexes. Each of
those texts is now kept once in `log_name` and the rows of `change_log` refer to it by number. The view `change`
spells the rows out as before, so whatever reads the log reads it unchanged, and it stays writable (its triggers
number new names as they come); the bulk paths (the store's writer) write numbered rows to `change_log` directly.
Nothing of the history is dropped: one row per field change, with every value, stamp, device, user and action.

Frozen: it must not import the current table declarations.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANGE_VIEW = """
CREATE VIEW change AS
SELECT c.seq AS seq, t.name AS record_type, r.name AS record_id, f.name AS field, c.value AS value, c.hlc AS hlc,
       d.name AS device_id, u.name AS user_id, a.name AS action_id, j.name AS job_id
FROM change_log c
LEFT JOIN log_name t ON t.num = c.record_type
LEFT JOIN log_name r ON r.num = c.record_id
LEFT JOIN log_name f ON f.num = c.field
LEFT JOIN log_name d ON d.num = c.device_id
LEFT JOIN log_name u ON u.num = c.user_id
LEFT JOIN log_name a ON a.num = c.action_id
LEFT JOIN log_name j ON j.num = c.job_id
"""
# LEFT joins, though every number has its name (log_name rows are never deleted): SQLite leaves out a LEFT join
# on a unique key whose columns a query does not use, so reading a record's values and stamps does not look up
# its device, user and action; and a condition on a column (record_id = ?) still starts the plan from log_name.

_NUMBERED = ("record_type", "record_id", "field", "device_id", "user_id", "action_id", "job_id")
_NEW_NAMES = (
    "INSERT OR IGNORE INTO log_name (name) VALUES (NEW.record_type), (NEW.record_id), (NEW.field), (NEW.device_id), "
    "(NEW.user_id), (NEW.action_id); "
    "INSERT OR IGNORE INTO log_name (name) SELECT NEW.job_id WHERE NEW.job_id IS NOT NULL;"
)
_NEW_NUMBERS = {column: f"(SELECT num FROM log_name WHERE name = NEW.{column})" for column in _NUMBERED}
CHANGE_TRIGGERS = (
    f"""CREATE TRIGGER change_insert INSTEAD OF INSERT ON change BEGIN {_NEW_NAMES}
INSERT INTO change_log (seq, record_type, record_id, field, value, hlc, device_id, user_id, action_id, job_id)
VALUES (NEW.seq, {_NEW_NUMBERS["record_type"]}, {_NEW_NUMBERS["record_id"]}, {_NEW_NUMBERS["field"]}, NEW.value,
        NEW.hlc, {_NEW_NUMBERS["device_id"]}, {_NEW_NUMBERS["user_id"]}, {_NEW_NUMBERS["action_id"]},
        {_NEW_NUMBERS["job_id"]});
END""",
    f"""CREATE TRIGGER change_update INSTEAD OF UPDATE ON change BEGIN {_NEW_NAMES}
UPDATE change_log SET seq = NEW.seq, {", ".join(f"{c} = {n}" for c, n in _NEW_NUMBERS.items())}, value = NEW.value,
       hlc = NEW.hlc
WHERE seq = OLD.seq;
END""",
    "CREATE TRIGGER change_delete INSTEAD OF DELETE ON change BEGIN DELETE FROM change_log WHERE seq = OLD.seq; END",
)


def upgrade() -> None:
    conn = op.get_bind()
    conn.exec_driver_sql("CREATE TABLE log_name (num INTEGER NOT NULL PRIMARY KEY, name VARCHAR NOT NULL UNIQUE)")
    conn.exec_driver_sql(
        "CREATE TABLE change_log (seq INTEGER NOT NULL PRIMARY KEY, record_type INTEGER NOT NULL, "
        "record_id INTEGER NOT NULL, field INTEGER NOT NULL, value VARCHAR, hlc INTEGER NOT NULL, "
        "device_id INTEGER NOT NULL, user_id INTEGER NOT NULL, action_id INTEGER NOT NULL, job_id INTEGER)"
    )
    # The few record types, fields, devices and users first: SQLite stores a number below 128 in one byte.
    for column in ("record_type", "field", "device_id", "user_id", "action_id", "job_id", "record_id"):
        conn.exec_driver_sql(
            f"INSERT OR IGNORE INTO log_name (name) SELECT {column} FROM change WHERE {column} IS NOT NULL "
            f"GROUP BY {column} ORDER BY min(seq)"
        )
    numbers = {column: f"(SELECT num FROM log_name WHERE name = c.{column})" for column in _NUMBERED}
    conn.exec_driver_sql(
        f"INSERT INTO change_log (seq, value, hlc, {', '.join(numbers)}) "
        f"SELECT c.seq, c.value, c.hlc, {', '.join(numbers.values())} FROM change c ORDER BY c.seq"
    )
    conn.exec_driver_sql("DROP TABLE change")
    conn.exec_driver_sql("CREATE INDEX ix_change_log_record ON change_log (record_id, field)")
    conn.exec_driver_sql("CREATE INDEX ix_change_log_action ON change_log (action_id)")
    conn.exec_driver_sql(CHANGE_VIEW)
    for trigger in CHANGE_TRIGGERS:
        conn.exec_driver_sql(trigger)


def downgrade() -> None:
    conn = op.get_bind()
    conn.exec_driver_sql(
        "CREATE TABLE change_text (seq INTEGER NOT NULL PRIMARY KEY, record_type VARCHAR NOT NULL, "
        "record_id VARCHAR NOT NULL, field VARCHAR NOT NULL, value VARCHAR, hlc INTEGER NOT NULL, "
        "device_id VARCHAR NOT NULL, user_id VARCHAR NOT NULL, action_id VARCHAR NOT NULL, job_id VARCHAR)"
    )
    conn.exec_driver_sql("INSERT INTO change_text SELECT * FROM change ORDER BY seq")
    conn.exec_driver_sql("DROP VIEW change")  # and its triggers
    conn.exec_driver_sql("DROP TABLE change_log")
    conn.exec_driver_sql("DROP TABLE log_name")
    conn.exec_driver_sql("ALTER TABLE change_text RENAME TO change")
    conn.exec_driver_sql("CREATE INDEX ix_change_record ON change (record_id, field)")
    conn.exec_driver_sql("CREATE INDEX ix_change_action ON change (action_id)")
