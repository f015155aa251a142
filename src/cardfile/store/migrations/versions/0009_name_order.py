"""people's shown name kept folded (name_key), and indexes for the list's two name orders

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-06

The contact list sorts by the name as shown, folded ('Ángel' with 'Andrés'), and by family name (the stored sort
key, the File as column). The first was folded in a SQL function for every person at every reload: 1.2–1.9 s at
100,000 people, and 32 MB of SQLite's sort memory for `contact list --json`. The store now keeps the folded name in
`name_key` as it writes display_name (codec.derived_values); this revision adds the column, fills it for the people
already there, and indexes both orders (live people only) so a page of the list is a walk of an index.

The column is derived data, never logged: it is filled with the fold of the program that migrates (imported, not
frozen, because the store writes it with that same fold from now on; a later change of the fold needs a revision
that fills it again). Frozen otherwise: it must not import the current table declarations.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    from cardfile.domain.text import fold

    op.add_column("contact", sa.Column("name_key", sa.String(), nullable=False, server_default=""))
    conn = op.get_bind()
    # A function of this connection's own: Alembic may run on an engine without Cardfile's (tests, db tools).
    raw = conn.connection.driver_connection
    assert raw is not None
    raw.create_function("cf_name_key_0009", 1, lambda v: fold(str(v)) if v is not None else "", deterministic=True)
    conn.exec_driver_sql("UPDATE contact SET name_key = cf_name_key_0009(display_name)")
    live = sa.text("deleted_at IS NULL")
    op.create_index("ix_contact_name_order", "contact", ["name_key", "display_name", "id"], sqlite_where=live)
    op.create_index("ix_contact_file_as_order", "contact", ["sort_key", "display_name", "id"], sqlite_where=live)


def downgrade() -> None:
    op.drop_index("ix_contact_file_as_order", table_name="contact")
    op.drop_index("ix_contact_name_order", table_name="contact")
    with op.batch_alter_table("contact") as batch:
        batch.drop_column("name_key")
