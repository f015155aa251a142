"""Use cases and transaction boundaries over the store; plain read models out, typed errors up."""

from cardfile.services.container import Services
from cardfile.services.database import open_database

__all__ = ["Services", "open_database"]
