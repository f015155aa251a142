"""Alembic environment of the server's storage: migrations run on the connection the server hands in."""

from alembic import context

from cardfile.server.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the server always passes its own connection
    raise RuntimeError("server migrations run through cardfile.server.storage.ServerStore.open()")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True, version_table="server_version")
context.run_migrations()
