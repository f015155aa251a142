"""The schema version: Alembic revisions this program knows, and the upgrade that runs them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cardfile import resources

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

# 'CARD' in the SQLite header's application id: tells a Cardfile database from any other SQLite file.
APPLICATION_ID = 0x43415244

# Every revision in migrations/versions, oldest first; a test keeps this list equal to Alembic's own.
# Knowing them without loading Alembic keeps start-up fast when the database is already current.
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0009", "0010", "0012")
HEAD = REVISIONS[-1]

MIGRATIONS = resources.store_migrations()


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def upgrade(engine: Engine, target: str = "head") -> None:
    """Run the migrations up to `target` in one transaction (SQLite DDL is transactional)."""
    from alembic import command

    config = alembic_config()
    with engine.connect().execution_options(cardfile_write=True) as conn, conn.begin():
        config.attributes["connection"] = conn
        command.upgrade(config, target)
