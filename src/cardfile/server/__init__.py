"""The sync server: an ASGI app over its own storage (embedded SQLite, or PostgreSQL by URL). See DESIGN.md §4."""
