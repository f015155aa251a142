"""The sync server (ASGI) and its own storage."""
