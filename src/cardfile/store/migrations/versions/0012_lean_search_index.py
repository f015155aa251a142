"""the search index keeps which records hold a trigram, not where: a third of the size

Revision ID: 0012
Revises: 0010
Create Date: 2026-12-06

The trigram index (`search_text`) kept, for every trigram of every record, the column and the place it is at
(FTS5's detail=full): 89 MB of the 170 MB search index of 100,000 people. A substring query needs only which records
hold all its trigrams, then a look at their text, which the table keeps anyway: with detail=none the index is 20 MB,
and the store checks the text of the records it finds (`store/search.py`). Neither full-text table keeps the length
of each column (columnsize=0), which only FTS5's ranking functions read; Cardfile ranks by the name. The word index
(`search_words`) keeps its places: duplicates' check looks up an email address's words in a row, as a phrase.

The text of both tables is copied as it is (it is the records' folded text, unchanged), under the same rowids, and
each index is merged into one segment, as a rebuild leaves it.

A third full-text table, `search_names`, indexes the trigrams of the names the results are ranked by (the shown
name folded, and its Latin letters: `search_entry.name` and `.latin`), reading their text from `search_entry` (an
external-content table: the text is not stored twice). It tells a query that matches thousands of records which of
them rank by their name, so that the first page no longer ranks every match (`store/search.py`, `query`).

Frozen: the DDL is spelled out here.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TEXT_0012 = (
    "CREATE VIRTUAL TABLE search_text USING fts5(name, body, tokenize = 'trigram', detail = 'none', columnsize = 0)"
)
WORDS_0012 = (
    "CREATE VIRTUAL TABLE search_words USING fts5(words, "
    "tokenize = 'unicode61 remove_diacritics 0 categories ''L* N* Co M*''', prefix = '1 2', columnsize = 0)"
)
NAMES_0012 = (
    "CREATE VIRTUAL TABLE search_names USING fts5(name, latin, content = 'search_entry', content_rowid = 'rowid', "
    "tokenize = 'trigram', detail = 'none', columnsize = 0)"
)
TEXT_0005 = "CREATE VIRTUAL TABLE search_text USING fts5(name, body, tokenize = 'trigram')"
WORDS_0005 = (
    "CREATE VIRTUAL TABLE search_words USING fts5(words, "
    "tokenize = 'unicode61 remove_diacritics 0 categories ''L* N* Co M*''', prefix = '1 2')"
)


def _remake(table: str, columns: str, definition: str) -> None:
    """Make `table` anew by `definition` with the same rows (rowids and text), merged into one segment."""
    conn = op.get_bind()
    conn.exec_driver_sql(f"CREATE TEMP TABLE search_kept AS SELECT rowid AS entry, {columns} FROM {table}")
    conn.exec_driver_sql(f"DROP TABLE {table}")
    conn.exec_driver_sql(definition)
    conn.exec_driver_sql(f"INSERT INTO {table} ({table}, rank) VALUES ('automerge', 16)")
    conn.exec_driver_sql(
        f"INSERT INTO {table} (rowid, {columns}) SELECT entry, {columns} FROM temp.search_kept ORDER BY entry"
    )
    conn.exec_driver_sql("DROP TABLE temp.search_kept")
    conn.exec_driver_sql(f"INSERT INTO {table} ({table}) VALUES ('optimize')")


def upgrade() -> None:
    _remake("search_text", "name, body", TEXT_0012)
    _remake("search_words", "words", WORDS_0012)
    conn = op.get_bind()
    conn.exec_driver_sql(NAMES_0012)
    conn.exec_driver_sql("INSERT INTO search_names (search_names, rank) VALUES ('automerge', 16)")
    conn.exec_driver_sql("INSERT INTO search_names (search_names) VALUES ('rebuild')")
    conn.exec_driver_sql("INSERT INTO search_names (search_names) VALUES ('optimize')")


def downgrade() -> None:
    op.execute("DROP TABLE search_names")
    _remake("search_text", "name, body", TEXT_0005)
    _remake("search_words", "words", WORDS_0005)
