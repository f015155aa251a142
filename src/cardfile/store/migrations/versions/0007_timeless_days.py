"""timeless activities written as local midnight are moved to their dates

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06

Cardfile versions before 0003 stored a timeless activity ("a to-do for Tuesday") at midnight of its day in the zone
of the computer that wrote it, as a UTC instant (23:00 the day before, in Berlin). Since 0003 a timeless or all-day
activity is stored at 00:00 UTC of its date, the same date wherever it is read; an old one reads a day early east of
UTC. The fix must go through the change log so sync carries it to every device, which a migration cannot do (it
knows nothing of the clock, the device or the user): this revision only marks the repair as due, and the services
make it when they open the database (services/repairs.py). The revision itself matters too: a database repaired is
refused by an older Cardfile, which would write local midnights again. Frozen: it must not import the current table
declarations.
"""

import json
from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REPAIR = "timeless_days"


def upgrade() -> None:
    conn = op.get_bind()
    row = conn.exec_driver_sql("SELECT value FROM setting WHERE key = 'repairs_due'").first()
    due = json.loads(row[0]) if row else []
    if REPAIR not in due:
        due.append(REPAIR)
    conn.exec_driver_sql("INSERT OR REPLACE INTO setting (key, value) VALUES ('repairs_due', ?)", (json.dumps(due),))


def downgrade() -> None:
    conn = op.get_bind()
    row = conn.exec_driver_sql("SELECT value FROM setting WHERE key = 'repairs_due'").first()
    due = [name for name in (json.loads(row[0]) if row else []) if name != REPAIR]
    if due:
        conn.exec_driver_sql("UPDATE setting SET value = ? WHERE key = 'repairs_due'", (json.dumps(due),))
    else:
        conn.exec_driver_sql("DELETE FROM setting WHERE key = 'repairs_due'")
