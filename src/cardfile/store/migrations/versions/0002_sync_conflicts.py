"""sync conflicts

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

The conflict log of sync: one row per write that lost to a concurrent write of the same field, with both values,
until a person has looked at it (and perhaps picked the other value). Frozen: it must not import the current table
declarations.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "conflict",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("record_type", sa.String(), nullable=False),
        sa.Column("record_id", sa.String(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("winner_value", sa.String(), nullable=True),
        sa.Column("winner_hlc", sa.Integer(), nullable=False),
        sa.Column("winner_device", sa.String(), nullable=False),
        sa.Column("winner_user", sa.String(), nullable=False),
        sa.Column("loser_value", sa.String(), nullable=True),
        sa.Column("loser_hlc", sa.Integer(), nullable=False),
        sa.Column("loser_device", sa.String(), nullable=False),
        sa.Column("loser_user", sa.String(), nullable=False),
        sa.Column("resolution", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conflict_record_id"), ["record_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conflict_record_id"))
    op.drop_table("conflict")
