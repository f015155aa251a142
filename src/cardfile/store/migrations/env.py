"""Alembic environment: migrations run on the connection Cardfile hands in, inside its transaction."""

from alembic import context

from cardfile.store.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - Cardfile always passes its own connection
    raise RuntimeError("Cardfile migrations run through cardfile.store.schema.upgrade()")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
context.run_migrations()
