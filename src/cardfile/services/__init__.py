"""Use cases and transaction boundaries over the store; plain read models out, typed errors up.

`Services` and `open_database` are loaded when first asked for: importing one service module (the search's quick
read path, `services/quick.py`) must not load every service, SQLAlchemy and pydantic with them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cardfile.services.container import Services
    from cardfile.services.database import open_database

__all__ = ["Services", "open_database"]


def __getattr__(name: str) -> Any:
    if name == "Services":
        from cardfile.services.container import Services

        return Services
    if name == "open_database":
        from cardfile.services.database import open_database

        return open_database
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
