"""search that understands every script

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06

The search index learns scripts written without spaces, letters a reader takes for the same (hiragana and
katakana, Arabic and Persian forms), Cyrillic and Greek names in Latin letters, and phone numbers as dialled at
home. Its words table now keeps marks as parts of letters (Thai vowels were separators), `search_entry` gains the
Latin form of a name for ranking, and the whole index is built again from the records with the current indexer: the
index is derived data, so it is not frozen the way tables are; only its DDL here is.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WORDS_0001 = "CREATE VIRTUAL TABLE search_words USING fts5(words, tokenize = 'unicode61', prefix = '1 2')"
WORDS_0003 = (
    "CREATE VIRTUAL TABLE search_words USING fts5(words, "
    "tokenize = 'unicode61 remove_diacritics 0 categories ''L* N* Co M*''', prefix = '1 2')"
)


def upgrade() -> None:
    from cardfile.store import search

    with op.batch_alter_table("search_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("latin", sa.String(), nullable=True))
    op.execute("DROP TABLE search_words")
    op.execute(WORDS_0003)
    op.execute("INSERT INTO search_words (search_words, rank) VALUES ('automerge', 16)")
    search.rebuild(op.get_bind())


def downgrade() -> None:
    op.execute("DROP TABLE search_words")
    op.execute(WORDS_0001)
    op.execute("INSERT INTO search_words (search_words, rank) VALUES ('automerge', 16)")
    # The names are what 0002 held there besides email addresses: short queries find names again at once.
    op.execute("INSERT INTO search_words (rowid, words) SELECT rowid, name FROM search_text")
    with op.batch_alter_table("search_entry", schema=None) as batch_op:
        batch_op.drop_column("latin")
