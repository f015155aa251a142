"""Schema migrations: every revision is upgraded, with data, to head, and nothing is lost on the way.

The harness: for each revision R that Cardfile has ever shipped, tests/data/migrations/populate_R.py fills a database
at R with one of everything in raw SQL, exactly as that release wrote it (frozen: it never imports cardfile). The
test builds that database with the real migrations up to R, opens it with the current program (which backs it up
and migrates it to head), and checks that every row of every table survived, that the file was backed up before the
migration, and that the current services read, search and replay it. Today 0001 is the only revision, so it is
also head: its case proves a populated database opens again intact. The behaviour of a real upgrade (backup first,
one transaction, rows kept) is proven with a simulated next revision added to a copy of the migrations folder.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event

from cardfile.domain.text import fold
from cardfile.services import open_database
from cardfile.store import backup, schema
from cardfile.store.tables import metadata
from tests.unit.changelog import Rows, assert_log_replays, snapshot

FIXTURES = Path(__file__).resolve().parents[2] / "data" / "migrations"

Dump = dict[str, dict[tuple[Any, ...], dict[str, Any]]]


# ----- the harness -----


def populator(revision: str) -> ModuleType:
    path = FIXTURES / f"populate_{revision}.py"
    spec = importlib.util.spec_from_file_location(f"populate_{revision}", path)
    assert spec is not None and spec.loader is not None, f"no fixture writer for revision {revision}: {path}"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_at(path: Path, revision: str) -> ModuleType:
    """A database at `revision` (the real migrations up to it), filled by that revision's frozen writer."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        schema.upgrade(engine, target=revision)
    finally:
        engine.dispose()
    writer = populator(revision)
    conn = sqlite3.connect(path)
    try:
        writer.populate(conn)
        conn.commit()
    finally:
        conn.close()
    return writer


def dump(path: Path) -> Dump:
    """Every row of every table (FTS tables through their own interface, not their shadow tables), by key."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        # Views too: from 0010 the change log is read through the view `change` (its rows are numbered in
        # `change_log`), and a row of the log must survive as the view spells it.
        tables = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'"
        )
        tables = [(name, sql or "") for name, sql in tables]
        virtual = [name for name, sql in tables if sql.upper().startswith("CREATE VIRTUAL")]
        out: Dump = {}
        for name, sql in tables:
            if any(name.startswith(v + "_") for v in virtual):
                continue  # FTS5 shadow tables: their contents are compared through the virtual table
            if name in virtual:
                key_columns = ["rowid"]
                rows = conn.execute(f"SELECT rowid, * FROM {name}").fetchall()
            else:
                info = conn.execute(f"PRAGMA table_info({name})").fetchall()
                key_columns = [c["name"] for c in sorted(info, key=lambda c: c["pk"]) if c["pk"]] or ["rowid"]
                if sql.upper().startswith("CREATE VIEW"):
                    key_columns = [info[0]["name"]]  # a view has no rowid; its first column is its key
                    rows = conn.execute(f"SELECT * FROM {name}").fetchall()
                else:
                    rows = conn.execute(f"SELECT rowid, * FROM {name}").fetchall()
            out[name] = {tuple(r[k] for k in key_columns): dict(r) for r in rows}
        return out
    finally:
        conn.close()


def assert_rows_survive(before: Dump, after: Dump, *, transformed: frozenset[tuple[str, str]] = frozenset()) -> int:
    """Every row before is there after, with the same value in every column it still has. Returns rows compared.

    A migration that deliberately rewrites a column lists (table, column) in its writer's TRANSFORMED, and its test
    then checks the new values itself.
    """
    lost: list[str] = []
    compared = 0
    for table, rows in before.items():
        if table == "alembic_version":
            continue
        if table not in after:
            lost.append(f"table {table} ({len(rows)} rows) is gone")
            continue
        for key, row in rows.items():
            if table == "setting" and key == ("repairs_due",):
                continue  # a mark that repairs are due (0007 on): the services make them on opening, and clear it
            new = after[table].get(key)
            if new is None:
                lost.append(f"{table} {key} is gone")
                continue
            compared += 1
            for column, value in row.items():
                if column == "rowid" and table not in ("search_text", "search_words"):
                    continue
                if column in new and (table, column) not in transformed and new[column] != value:
                    lost.append(f"{table} {key} {column}: {value!r} became {new[column]!r}")
    assert not lost, "the migration lost data:\n" + "\n".join(lost)
    return compared


def version(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def seed(tmp_path_factory: pytest.TempPathFactory) -> Rows:
    """The seeded records of a new database at head (for replaying a log, they start from their seeded values)."""
    with open_database(tmp_path_factory.mktemp("seed") / "seed.db", auto_backup=False) as fresh:
        return snapshot(fresh).rows


# ----- revisions -----


def test_the_known_revisions_are_alembics_in_order() -> None:
    script = ScriptDirectory.from_config(schema.alembic_config())
    assert tuple(s.revision for s in reversed(list(script.walk_revisions()))) == schema.REVISIONS
    assert script.get_current_head() == schema.HEAD == schema.REVISIONS[-1]


def test_every_revision_has_a_frozen_fixture_writer() -> None:
    for revision in schema.REVISIONS:
        writer = populator(revision)
        assert revision == writer.REVISION
        source = (FIXTURES / f"populate_{revision}.py").read_text()
        assert not re.search(r"^\s*(from|import)\s+cardfile", source, re.MULTILINE), "fixture writers are frozen"


def test_the_migrations_create_exactly_the_declared_tables(db_path: Path) -> None:
    with open_database(db_path, auto_backup=False):
        pass
    engine = create_engine(f"sqlite:///{db_path}")
    try:
        with engine.connect() as conn:
            differences = compare_metadata(MigrationContext.configure(conn), metadata)
    finally:
        engine.dispose()
    fts = ("search_text", "search_words", "search_names")
    real = [d for d in differences if not (d[0] == "remove_table" and d[1].name.startswith(fts))]
    assert real == []


def test_an_empty_file_becomes_a_new_database(db_path: Path) -> None:
    db_path.write_bytes(b"")
    with open_database(db_path) as services:
        assert services.maintenance.check().ok
    assert version(db_path) == schema.HEAD


# ----- upgrading what each release wrote -----


# Revisions that build the search index again from the records: its text is derived data, and an upgrade through
# one of them rewrites it (what it must find then is checked by searching, below and in the revision's own test).
INDEX_REBUILT_BY = ("0005",)
INDEX_TEXT = frozenset(
    {
        ("search_entry", "name"),
        ("search_entry", "latin"),
        ("search_text", "name"),
        ("search_text", "body"),
        ("search_words", "words"),
    }
)


def rewritten(revision: str, writer: ModuleType) -> frozenset[tuple[str, str]]:
    """The (table, column)s an upgrade from `revision` to head deliberately rewrites."""
    later = schema.REVISIONS[schema.REVISIONS.index(revision) + 1 :]
    index = INDEX_TEXT if any(r in INDEX_REBUILT_BY for r in later) else frozenset()
    return getattr(writer, "TRANSFORMED", frozenset()) | index


@pytest.mark.parametrize("revision", schema.REVISIONS)
def test_a_populated_database_of_each_revision_upgrades_with_nothing_lost(
    db_path: Path, seed: Rows, revision: str
) -> None:
    writer = build_at(db_path, revision)
    before = dump(db_path)
    with open_database(db_path) as services:
        migrated = revision != schema.HEAD
        made = backup.migration_backup_path(db_path, revision, schema.HEAD)
        assert made.exists() is migrated
        if migrated:
            assert dump(made) == before and version(made) == revision
        assert version(db_path) == schema.HEAD
        compared = assert_rows_survive(before, dump(db_path), transformed=rewritten(revision, writer))
        assert compared >= 40
        check_with_current_services(services, writer, seed)


def check_with_current_services(services: Any, w: ModuleType, seed: Rows) -> None:
    """What the current program must make of a database the old release wrote."""
    assert services.maintenance.check().ok, services.maintenance.check().problems
    person = services.contacts.get(w.CONTACT)
    assert (person.display_name, person.company.name, person.birthday) == (
        "Dr. Guðrún Jónsdóttir",
        "Ácme Ltd",
        "--04-15",
    )
    assert person.custom == {"Tier": "Gold"} and services.contacts.photo(w.CONTACT) == (w.PHOTO, "image/png")
    for query in ("sdótt", "jonsdottir", "555 1234", "+354 555 1234", "gudrun@", "gu"):
        assert w.CONTACT in [r.id for r in services.search.search(query)], query
    exception = getattr(w, "EXCEPTION", None)  # 0003 on: a cleared occurrence of the series
    assert [r.id for r in services.search.search("quarterly")] == [w.ACTIVITY]  # an occurrence is found as its series
    assert services.deals.get(w.DEAL).amount_minor == 1_250_050 and services.deals.get(w.DEAL).probability == 50
    assert [c.role for c in services.deals.get(w.DEAL).contacts] == ["decision maker"]
    assert services.deals.get(w.DEAL).line_items == [] and not services.deals.get(w.DEAL).amount_from_items
    assert "Decision maker" in [c.name for c in services.deals.choices("deal_role")]  # seeded by 0004
    if hasattr(w, "ITEMS_DEAL"):  # written by 0004 or later
        items = services.deals.get(w.ITEMS_DEAL)
        assert (items.amount_minor, items.amount_from_items, items.items_total_minor) == (449_775, True, 449_775)
        assert [(i.product, i.quantity, i.discount_percent) for i in items.line_items] == [("Inspection", "2.5", "10")]
        assert "Went elsewhere" in [c.name for c in services.deals.choices("lost_reason")]
        assert [r.id for r in services.search.search("inspection")] == [w.ITEMS_DEAL]
    start = services.activities.get(w.ACTIVITY).starts_at
    series = [o for o in services.activities.occurrences(start, start.replace(year=2031)) if o.series_id == w.ACTIVITY]
    assert len(series) == 4 and series[0].starts_at == start
    if exception:
        assert [o.activity_id for o in series if o.status == "done"] == [exception]
        (entry,) = [e for e in services.history.timeline("contact", w.CONTACT) if e.record_id == exception]
        assert entry.at == services.activities.get(exception).happened_at  # dated when it happened
    assert services.lookups.run(w.LOOKUP) == [w.CONTACT]
    assert services.groups.members(w.GROUP) == [w.CONTACT]
    assert [t.id for t in services.history.trash()] == [w.TRASHED]
    assert {c.field for c in services.history.field_changes(w.CONTACT)} >= {"given", "family", "photo", "emails"}
    assert services.settings.default_country() == "IS"
    assert services.db.store.device_id == w.DEVICE
    assert_log_replays(services, seed)
    # the clock carries on after the last stamp the old release issued
    services.contacts.set_tags([w.CONTACT], add=["migrated"])
    with services.db.read() as conn:
        newest = conn.exec_driver_sql("SELECT max(hlc) FROM change WHERE field = 'tags'").scalar_one()
    assert newest > w.HLC + 100


def test_0005_rebuilds_the_search_index_of_a_populated_database(db_path: Path) -> None:
    """A database 0004 wrote, with people in five scripts indexed the way 0004 indexed them, finds after the
    upgrade what 0005's search finds: any part of a Japanese or Thai name, Latin letters for Cyrillic and Greek,
    Persian typed on an Arabic keyboard, a number as dialled at home."""
    build_at(db_path, "0004")
    old = populator("0004")
    people = {
        "0190aaaa-0000-7000-8000-000000000b11": ("太郎", "山田", "山田太郎", "+81 3-1234-5678"),
        "0190aaaa-0000-7000-8000-000000000b12": ("Анна", "Петрова", "Анна Петрова", "+7 495 123-45-67"),
        "0190aaaa-0000-7000-8000-000000000b13": ("Σωκράτης", "Παπαδόπουλος", "Σωκράτης Παπαδόπουλος", ""),
        "0190aaaa-0000-7000-8000-000000000b14": ("مریم", "کریمی", "مریم کریمی", ""),
        "0190aaaa-0000-7000-8000-000000000b15": ("สมชาย", "ใจดี", "สมชาย ใจดี", ""),
    }
    conn = sqlite3.connect(db_path)
    try:
        for record_id, (given, family, display, phone) in people.items():
            phones = json.dumps([{"value": phone, "label": "work", "preferred": False}] if phone else [])
            row = {"id": record_id, "given": given, "family": family, "display_name": display, "phones": phones}
            old._insert(conn, "contact", {**row, "sort_key": display.lower()}, old.HLC + 200)
            digits = "".join(ch for ch in phone if ch.isdigit())
            old._index(conn, "contact", record_id, display.lower(), display.lower(), digits, display.lower())
        conn.commit()
    finally:
        conn.close()
    with open_database(db_path, auto_backup=False) as services:
        assert version(db_path) == schema.HEAD
        assert services.maintenance.check().ok, services.maintenance.check().problems
        ids = list(people)
        for query, wanted in [
            ("田", ids[0]),
            ("03-1234-5678", ids[0]),
            ("petrova", ids[1]),
            ("8 (495) 123-45-67", ids[1]),
            ("papadopoulos", ids[2]),
            ("كريمي", ids[3]),
            ("ดี", ids[4]),
        ]:
            assert [r.id for r in services.search.search(query)] == [wanted], query


def test_0009_keeps_the_shown_name_folded_for_the_name_order(db_path: Path) -> None:
    """A database 0007 wrote (the backup taken first) gets every person's shown name folded in name_key, the list's
    name order is the one 0007 gave (case and accents folded, then the name, then the id) and walks an index."""
    build_at(db_path, "0007")
    old = populator("0007")
    names = [
        "Ángel Ruiz",
        "andrés Gil",
        "ÁNGEL ruiz",
        "Þóra Sig",
        "Петрова Анна",
        "山田太郎",
        "Zoë Ōtsuka",
        "Ángel Ruiz",
    ]
    conn = sqlite3.connect(db_path)
    try:
        for n, name in enumerate(names):
            record_id = f"0190aaaa-0000-7000-8000-0000000b2{n:03d}"
            old._insert(conn, "contact", {"id": record_id, "display_name": name, "sort_key": name.lower()}, old.HLC + n)
        conn.commit()
        before = {r[0]: r[1] for r in conn.execute("SELECT id, display_name FROM contact")}
    finally:
        conn.close()
    with open_database(db_path) as services:
        assert version(db_path) == schema.HEAD
        assert backup.migration_backup_path(db_path, "0007", schema.HEAD).exists()
        with services.db.read() as conn:
            keys = dict(conn.exec_driver_sql("SELECT id, name_key FROM contact").all())
        assert keys == {record_id: fold(name) for record_id, name in before.items()}
        live = {i: n for i, n in before.items() if services.contacts.get(i).meta.deleted_at is None}
        assert services.contacts.ids() == sorted(live, key=lambda i: (fold(live[i]), live[i], i))
        assert services.contacts.ids(reverse=True) == services.contacts.ids()[::-1]
        for order, index in (("name", "ix_contact_name_order"), ("file_as", "ix_contact_file_as_order")):
            plan = query_plan(services, lambda order=order: services.contacts.ids(order=order))
            assert index in plan and "TEMP B-TREE" not in plan, plan


def query_plan(services: Any, run: Callable[[], object]) -> str:
    """SQLite's plan of the last statement `run` sends to the database."""
    sent: list[tuple[str, Any]] = []

    def note(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        sent.append((statement, parameters))

    event.listen(services.db.store.engine, "before_cursor_execute", note)
    try:
        run()
    finally:
        event.remove(services.db.store.engine, "before_cursor_execute", note)
    statement, parameters = sent[-1]
    with services.db.read() as conn:
        return " ".join(str(r[-1]) for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters))


def test_0010_numbers_the_change_log_reads_it_as_before_and_gives_the_freed_space_back(db_path: Path) -> None:
    """0010 keeps each id and name of the change log once (log_name) and its rows as numbers (change_log): the log
    reads the same through the view `change`, nothing of it is lost, and the file shrinks: the pages the old table
    and its indexes held go back to the disk (an upgrade that freed a quarter of the file compacts it)."""
    old = build_at(db_path, "0009")
    conn = sqlite3.connect(db_path)
    try:  # a log as a real database's, large against the rest: 40,000 changes of 4,000 records in 400 actions
        conn.executemany(
            "INSERT INTO change (record_type, record_id, field, value, hlc, device_id, user_id, action_id, job_id) "
            "VALUES ('contact', ?, ?, ?, ?, ?, 'me', ?, ?)",
            [
                (
                    f"0190bbbb-0000-7000-8000-{i // 10:012d}",
                    f"field{i % 10}",
                    json.dumps(f"value {i}"),
                    old.HLC + i,
                    old.DEVICE,
                    f"0190cccc-0000-7000-8000-{i // 100:012d}",
                    None if i % 3 else f"0190dddd-0000-7000-8000-{i // 1000:012d}",
                )
                for i in range(40_000)
            ],
        )
        conn.commit()
    finally:
        conn.close()
    logged, size = dump(db_path)["change"], db_path.stat().st_size
    with open_database(db_path) as services:
        assert dump(db_path)["change"] == logged
        with services.db.read() as read:
            kinds = read.exec_driver_sql(
                "SELECT DISTINCT typeof(record_type), typeof(record_id), typeof(field), typeof(device_id), "
                "typeof(user_id), typeof(action_id) FROM change_log"
            ).all()
            names = read.exec_driver_sql("SELECT count(*), count(DISTINCT name) FROM log_name").one()
        assert kinds == [("integer",) * 6]
        assert names[0] == names[1]  # each once
        assert services.maintenance.check().ok, services.maintenance.check().problems
    assert db_path.stat().st_size < size / 2, (size, db_path.stat().st_size)


def test_0012_keeps_a_lean_trigram_index_that_finds_what_it_found(db_path: Path) -> None:
    """A database 0010 wrote (the backup taken first) gets a trigram index without places (detail=none) and the
    index of names, and search finds what it found: a substring of four letters or more is looked for in the text,
    so a person whose text holds all its trigrams apart ('veig igar' for 'veigar') is not found; phone numbers,
    short queries and the order of the results as before."""
    old = build_at(db_path, "0010")
    people = {
        "0190aaaa-0000-7000-8000-000000000c11": ("Helga", "Sólveigardóttir", "+354 555 0101", "helga@gmail.com"),
        "0190aaaa-0000-7000-8000-000000000c12": ("Veig", "Igar", "+354 555 0102", "veig@igar.example"),
        "0190aaaa-0000-7000-8000-000000000c13": ("Анна", "Петрова", "+7 495 123-45-67", "anna@mail.ru"),
        "0190aaaa-0000-7000-8000-000000000c14": ("Gmail", "Berg", "", "berg@example.org"),
    }
    conn = sqlite3.connect(db_path)
    try:
        for record_id, (given, family, phone, email) in people.items():
            display = f"{given} {family}"
            row = {
                "id": record_id,
                "given": given,
                "family": family,
                "display_name": display,
                "name_key": fold(display),
                "phones": json.dumps([{"value": phone, "label": "work", "preferred": False}] if phone else []),
                "emails": json.dumps([{"value": email, "label": "work", "preferred": False}]),
            }
            old._insert(conn, "contact", row, old.HLC + 300)
        conn.commit()
    finally:
        conn.close()
    with open_database(db_path) as services:
        assert version(db_path) == schema.HEAD
        assert backup.migration_backup_path(db_path, "0010", schema.HEAD).exists()
        services.search.rebuild_index()  # the people above were written without their index entries
        assert services.maintenance.check().ok, services.maintenance.check().problems
        with services.db.read() as read:
            tables = dict(read.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE name LIKE 'search_%'").all())
        assert "detail = 'none'" in tables["search_text"] and "search_names" in tables
        ids = list(people)
        for query, wanted in [
            ("veigar", [ids[0]]),
            ("SÓLVEIGARDÓTTIR", [ids[0]]),
            ("veig", [ids[1], ids[0]]),  # the name that starts with it first
            ("petrova", [ids[2]]),
            ("123-45-67", [ids[2]]),
            ("555 0102", [ids[1]]),
            ("gmail", [ids[3], ids[0]]),  # the name first, then the email address
            ("he", [ids[0]]),
        ]:
            assert [r.id for r in services.search.search(query) if r.id in people] == wanted, query
        assert services.search.counts("veigar") == {"contact": 1}
        assert sorted(services.search.ids("veig", "contact")) == sorted(ids[:2])


def test_downgrade_to_base_and_upgrade_again_gives_the_same_schema(db_path: Path, tmp_path: Path) -> None:
    """Each migration's downgrade undoes its upgrade (run on a populated copy); upgrading again lands in the same
    place as a fresh database."""
    build_at(db_path, schema.HEAD)
    fresh = tmp_path / "fresh.db"
    with open_database(fresh, auto_backup=False):
        pass
    engine = create_engine(f"sqlite:///{db_path}")
    config = schema.alembic_config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "base")
        assert set(dump(db_path)) == {"alembic_version"}
        schema.upgrade(engine)
    finally:
        engine.dispose()

    def ddl(path: Path) -> set[tuple[str, str]]:
        conn = sqlite3.connect(path)
        try:
            return set(conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall())
        finally:
            conn.close()

    assert ddl(db_path) == ddl(fresh)


# ----- a real upgrade, simulated with a revision of our own on top of head -----

HEAD = schema.HEAD  # the real head, before a test installs the next revision
NEXT = f"{int(HEAD) + 1:04d}"
_FUTURE = '''"""simulated next revision (test only)"""

import sqlalchemy as sa
from alembic import op

revision = "{next}"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
{body}


def downgrade() -> None:
    pass
'''


@pytest.fixture
def next_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Install the next revision with the given upgrade body in a copy of the migrations; the program then knows
    every real revision and this one, as head — exactly as it will once a real migration is added."""

    def install(body: str) -> None:
        migrations = tmp_path / "migrations"
        shutil.copytree(schema.MIGRATIONS, migrations, ignore=shutil.ignore_patterns("__pycache__"))
        lines = "\n".join("    " + line for line in body.strip().splitlines())
        (migrations / "versions" / f"{NEXT}_simulated.py").write_text(
            _FUTURE.format(body=lines, next=NEXT, head=schema.HEAD)
        )
        monkeypatch.setattr(schema, "MIGRATIONS", migrations)
        monkeypatch.setattr(schema, "REVISIONS", (*schema.REVISIONS, NEXT))
        monkeypatch.setattr(schema, "HEAD", NEXT)

    return install


def test_an_upgrade_backs_the_file_up_first_and_keeps_every_row(
    db_path: Path, next_revision: Callable[[str], None], seed: Rows
) -> None:
    build_at(db_path, schema.HEAD)
    before = dump(db_path)
    next_revision(
        """
op.add_column("note", sa.Column("pinned", sa.Boolean(), nullable=False, server_default=sa.false()))
op.create_index("ix_note_pinned", "note", ["pinned"])
"""
    )
    with open_database(db_path) as services:
        assert services.maintenance.check().ok
        kept = db_path.with_name(f"cardfile.db.before-schema-{NEXT}-from-{HEAD}.bak")
        assert kept.exists() and version(kept) == HEAD
        assert dump(kept) == before
        after = dump(db_path)
        assert version(db_path) == NEXT
        assert assert_rows_survive(before, after) >= 40
        assert {row["pinned"] for row in after["note"].values()} == {0}
        assert_log_replays(services, seed)


def test_a_failed_upgrade_leaves_the_database_as_it_was(db_path: Path, next_revision: Callable[[str], None]) -> None:
    build_at(db_path, schema.HEAD)
    before = dump(db_path)
    next_revision(
        """
op.execute("DELETE FROM note")
op.add_column("contact", sa.Column("half_done", sa.Integer(), nullable=True))
raise RuntimeError("the migration failed half-way")
"""
    )
    with pytest.raises(RuntimeError, match="half-way"):
        open_database(db_path)
    assert dump(db_path) == before and version(db_path) == HEAD
    assert db_path.with_name(f"cardfile.db.before-schema-{NEXT}-from-{HEAD}.bak").exists()


def test_the_harness_notices_a_migration_that_loses_rows(db_path: Path, next_revision: Callable[[str], None]) -> None:
    build_at(db_path, schema.HEAD)
    before = dump(db_path)
    next_revision('op.execute("DELETE FROM note")\nop.execute("UPDATE contact SET title = upper(title)")')
    with open_database(db_path, auto_backup=False):
        pass
    with pytest.raises(AssertionError, match=r"note .* is gone(.|\n)*contact .* title: 'Buyer' became 'BUYER'"):
        assert_rows_survive(before, dump(db_path))
