"""Preferences that headless code needs too, kept in the database: name order, default country for phones."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from cardfile.domain import phones
from cardfile.domain.errors import ValidationError
from cardfile.domain.values import RecordType
from cardfile.services import records

if TYPE_CHECKING:
    from cardfile.services.container import Services

NAME_ORDERS = ("given_first", "family_first")


class SettingsService:
    def __init__(self, services: Services) -> None:
        self._services = services
        self._db = services.db
        self._family_first: bool | None = None

    def family_first(self) -> bool:
        if self._family_first is None:
            self._family_first = self._db.setting("name_order", "given_first") == "family_first"
        return self._family_first

    def name_order(self) -> str:
        return "family_first" if self.family_first() else "given_first"

    def set_name_order(self, order: str, *, progress: Callable[[int, int], None] | None = None) -> int:
        """Show names given name first or family name first; the names of people already in the database follow.

        Names set by hand are left alone. The names are rewritten in batches (one undoable action per thousand
        people, all tagged with one job id); `progress(done, total)` hears after each batch. Returns how many
        names changed.
        """
        if order not in NAME_ORDERS:
            raise ValidationError(
                field="name order",
                problem=f"{order!r} is not one of {', '.join(NAME_ORDERS)}",
                reason="not_one_of",
                value=order,
                choices=list(NAME_ORDERS),
            )
        self._db.set_setting("name_order", order)
        self._family_first = order == "family_first"
        return self._rederive_names(progress)

    def _rederive_names(self, progress: Callable[[int, int], None] | None, batch: int = 1000) -> int:
        from cardfile.services.contacts import ContactService
        from cardfile.store.writer import new_id

        with self._db.read() as conn:
            ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM contact WHERE display_name_custom = 0")]
        family_first, job_id, changed = self.family_first(), new_id(), 0
        for start in range(0, len(ids), batch):
            with self._db.write("Change name order", job_id=job_id) as w:
                rows = records.fetch(w.conn, RecordType.CONTACT, ids[start : start + batch])
                companies = records.names(w.conn, RecordType.COMPANY, [r["company_id"] for r in rows.values()])
                for contact_id, current in rows.items():
                    derived = dict(current)
                    ContactService._derive(derived, companies.get(current["company_id"] or ""), family_first)
                    values = {k: derived[k] for k in ("display_name", "sort_key") if derived[k] != current[k]}
                    if values:
                        w.update(RecordType.CONTACT, contact_id, values)
                        changed += 1
            if progress is not None:
                progress(min(start + batch, len(ids)), len(ids))
        return changed

    def default_country(self) -> str | None:
        """ISO 3166 country whose numbering plan applies to phone numbers typed without '+' (None: unknown)."""
        return phones.default_country(self._db.setting("default_country"))

    def set_default_country(self, country: str | None) -> None:
        import phonenumbers

        value = (country or "").strip().upper() or None
        if value is not None and value not in phonenumbers.SUPPORTED_REGIONS:
            raise ValidationError(
                field="default country",
                problem=f"{country!r} is not a country code (e.g. US, IS)",
                reason="not_a_country",
                value=country,
            )
        self._db.set_setting("default_country", value)
        self._services.search.rebuild_index()  # phone numbers are indexed in their national form too
