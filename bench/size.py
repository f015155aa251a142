"""Where a database's bytes go: each table and index, grouped, and per person. Prints figures, asserts nothing.

    python bench/size.py --db /tmp/big.db                 # the groups, and the 20 largest tables and indexes
    python bench/size.py --db /tmp/big.db --top 40

Reads the file only (read-only, through SQLite's `dbstat`): the pages each table and index holds, the free pages
(space SQLite reuses but has not given back to the disk) and the file's size, then the same grouped — the change
log (rows, indexes, and from schema 0010 the names it numbers), the search index (its entries and both full-text
indexes with their shadow tables), the records themselves and their indexes — and divided by the number of people.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

_GROUPS = (
    ("change log", ("change", "ix_change_", "change_log", "ix_change_log_", "log_name", "sqlite_autoindex_log_name")),
    ("search index", ("search_", "ix_search_", "sqlite_autoindex_search_")),
    ("actions", ("action", "ix_action_", "sqlite_autoindex_action")),
)


def group_of(name: str) -> str:
    for group, prefixes in _GROUPS:
        if any(name == p or name.startswith(p) for p in prefixes):
            return group
    return "records and the rest"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--top", type=int, default=20, help="tables and indexes listed one by one (default 20)")
    args = parser.parse_args(argv)
    conn = sqlite3.connect(f"{args.db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        pages = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        free = conn.execute("PRAGMA freelist_count").fetchone()[0] * page_size
        people = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()
    used = sum(size for _, size in pages)
    file_size = args.db.stat().st_size
    print(f"{args.db}: schema {version}, {people:,} people")
    print(f"file {file_size / 1e6:,.1f} MB = {used / 1e6:,.1f} MB in use + {free / 1e6:,.1f} MB free pages")
    if people:
        print(f"per person: {file_size / people / 1024:,.2f} KiB of file, {used / people / 1024:,.2f} KiB in use")
    groups: dict[str, int] = {}
    for name, size in pages:
        groups[group_of(name)] = groups.get(group_of(name), 0) + size
    print(f"\n{'group':<28}{'MB':>10}{'share':>8}{'KiB/person':>12}")
    for group, size in sorted(groups.items(), key=lambda item: -item[1]):
        per = f"{size / people / 1024:12.2f}" if people else ""
        print(f"{group:<28}{size / 1e6:10.1f}{size / used:8.1%}{per}")
    print(f"\n{'table or index':<40}{'MB':>10}{'share':>8}")
    for name, size in pages[: args.top]:
        print(f"{name:<40}{size / 1e6:10.1f}{size / used:8.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
