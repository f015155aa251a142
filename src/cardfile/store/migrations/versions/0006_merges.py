"""merges and not-a-duplicate marks

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06

What merging duplicates needs: `merged_into` on people and companies (a merged-away record points at the record that
took it in, the redirect that edits made elsewhere meanwhile follow), the merges themselves (`record_merge`: what
each merge changed and what was there before, for unmerge), and the pairs a person said are not duplicates
(`not_duplicate`). Existing rows keep their values; the new column starts empty. Frozen: it must not import the
current table declarations.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _synced_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("owner_id", sa.String(), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    ]


def upgrade() -> None:
    for table in ("contact", "company"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("merged_into", sa.String(), nullable=True))
    op.create_table(
        "record_merge",
        *_synced_columns(),
        sa.Column("record_type", sa.String(), nullable=False),
        sa.Column("survivor_id", sa.String(), nullable=False),
        sa.Column("merged_id", sa.String(), nullable=False),
        sa.Column("survivor_name", sa.String(), nullable=False),
        sa.Column("merged_name", sa.String(), nullable=False),
        sa.Column("choices", sa.JSON(), nullable=False),
        sa.Column("before", sa.JSON(), nullable=False),
        sa.Column("after", sa.JSON(), nullable=False),
        sa.Column("seen", sa.JSON(), nullable=False),
        sa.Column("moved", sa.JSON(), nullable=False),
        sa.Column("stamps", sa.JSON(), nullable=False),
        sa.Column("unmerged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("unmerge_stamps", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("record_merge", schema=None) as batch_op:
        for column in ("deleted_at", "owner_id", "survivor_id", "merged_id"):
            batch_op.create_index(batch_op.f(f"ix_record_merge_{column}"), [column], unique=False)
    op.create_table(
        "not_duplicate",
        *_synced_columns(),
        sa.Column("record_type", sa.String(), nullable=False),
        sa.Column("first_id", sa.String(), nullable=False),
        sa.Column("second_id", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("not_duplicate", schema=None) as batch_op:
        for column in ("deleted_at", "owner_id", "first_id", "second_id"):
            batch_op.create_index(batch_op.f(f"ix_not_duplicate_{column}"), [column], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("not_duplicate", schema=None) as batch_op:
        for column in ("second_id", "first_id", "owner_id", "deleted_at"):
            batch_op.drop_index(batch_op.f(f"ix_not_duplicate_{column}"))
    op.drop_table("not_duplicate")
    with op.batch_alter_table("record_merge", schema=None) as batch_op:
        for column in ("merged_id", "survivor_id", "owner_id", "deleted_at"):
            batch_op.drop_index(batch_op.f(f"ix_record_merge_{column}"))
    op.drop_table("record_merge")
    for table in ("company", "contact"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("merged_into")
