"""deal line items and choice lists

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24

A deal's line items (a JSON list, decimals as text) and whether their sum sets its amount; the `choice` table of
lists people pick from and may extend (won reasons, lost reasons, roles on a deal), seeded with fixed ids, the
same on every device, as 0001 seeds the Sales pipeline. Frozen: it must not import the current table declarations.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEED_TIME = "2026-01-01 00:00:00.000000"

CHOICES = {
    "won_reason": ["Price", "Product fit", "Relationship", "Service and support", "Timing", "Other"],
    "lost_reason": ["Price", "Competitor", "No budget", "No decision", "Product fit", "Timing", "Other"],
    "deal_role": ["Decision maker", "Economic buyer", "Influencer", "Champion", "Technical evaluator", "User"],
}
# 00000000-0000-7000-8000-0000000001LN: L the list (0 won, 1 lost, 2 role), N the position.
_LIST_DIGIT = {"won_reason": 0, "lost_reason": 1, "deal_role": 2}


def upgrade() -> None:
    with op.batch_alter_table("deal", schema=None) as batch_op:
        batch_op.add_column(sa.Column("line_items", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("amount_from_items", sa.Boolean(), nullable=False, server_default=sa.false()))

    op.create_table(
        "choice",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("owner_id", sa.String(), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("list_name", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("choice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_choice_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_choice_owner_id"), ["owner_id"], unique=False)

    base = {"created_at": SEED_TIME, "updated_at": SEED_TIME, "owner_id": "", "private": 0, "deleted_at": None}
    op.bulk_insert(
        sa.table("choice", *(sa.column(c) for c in [*base, "id", "list_name", "name", "position"])),
        [
            {
                **base,
                "id": f"00000000-0000-7000-8000-0000000001{_LIST_DIGIT[list_name]}{n:x}",
                "list_name": list_name,
                "name": name,
                "position": n,
            }
            for list_name, names in CHOICES.items()
            for n, name in enumerate(names)
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("choice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_choice_owner_id"))
        batch_op.drop_index(batch_op.f("ix_choice_deleted_at"))
    op.drop_table("choice")
    with op.batch_alter_table("deal", schema=None) as batch_op:
        batch_op.drop_column("amount_from_items")
        batch_op.drop_column("line_items")
