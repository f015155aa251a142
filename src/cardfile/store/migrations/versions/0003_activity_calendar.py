"""activities: all-day, recurrence exceptions, clearing results, alarm state, iCalendar UIDs

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

Columns the calendar and the task list need: `all_day`; an exception of a recurring series (`series_id`, and
`recurrence_id`, the start the series gave the occurrence, as RFC 5545's RECURRENCE-ID); how a cleared activity went
(`result`) and when it really happened (`happened_at`); the alarm's state (`alarm_dismissed_through`,
`alarm_snoozed_until`), which syncs like any field; and the UID of an imported iCalendar item. Indexes for a
calendar's range (starts of every status), the recurring series, and exceptions by occurrence. Existing rows keep
their values: every new column starts empty. Frozen: it must not import the current table declarations.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.add_column(sa.Column("all_day", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("series_id", sa.String(), nullable=True))
        batch_op.add_column(sa.Column("recurrence_id", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("result", sa.String(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("happened_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("alarm_dismissed_through", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("alarm_snoozed_until", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("ical_uid", sa.String(), nullable=True))
        batch_op.create_index(batch_op.f("ix_activity_starts_at"), ["starts_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_series_id"), ["series_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_ical_uid"), ["ical_uid"], unique=False)
        batch_op.create_index("ix_activity_recurring", ["starts_at"], unique=False, sqlite_where=sa.text("rrule != ''"))
        batch_op.create_index(
            "ix_activity_occurrence", ["recurrence_id"], unique=False, sqlite_where=sa.text("series_id IS NOT NULL")
        )


def downgrade() -> None:
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_occurrence")
        batch_op.drop_index("ix_activity_recurring")
        batch_op.drop_index(batch_op.f("ix_activity_ical_uid"))
        batch_op.drop_index(batch_op.f("ix_activity_series_id"))
        batch_op.drop_index(batch_op.f("ix_activity_starts_at"))
        for column in (
            "ical_uid",
            "alarm_snoozed_until",
            "alarm_dismissed_through",
            "happened_at",
            "result",
            "recurrence_id",
            "series_id",
            "all_day",
        ):
            batch_op.drop_column(column)
