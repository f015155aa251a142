"""server: batch nonces and failed sign-ins

Revision ID: s0002
Revises: s0001
Create Date: 2026-12-02

Frozen: it must not import the current table declarations.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0002"
down_revision: str | None = "s0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A batch stored before nonces existed has none: sent again, it is refused rather than answered.
    with op.batch_alter_table("push_batch") as batch_op:
        batch_op.add_column(sa.Column("nonce", sa.String(64)))
    op.create_table(
        "sign_in_failure",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("last_failure", sa.DateTime(timezone=True), nullable=False),
        sa.Column("blocked_until", sa.DateTime(timezone=True)),
    )


def downgrade() -> None:
    op.drop_table("sign_in_failure")
    with op.batch_alter_table("push_batch") as batch_op:
        batch_op.drop_column("nonce")
