"""Preferences that headless code needs too, kept in the database: name order, default country for phones."""

from __future__ import annotations

import locale
from typing import TYPE_CHECKING

from cardfile.domain.errors import ValidationError

if TYPE_CHECKING:
    from cardfile.services.container import Services

NAME_ORDERS = ("given_first", "family_first")


def _locale_country() -> str | None:
    try:
        name = locale.getlocale()[0] or ""
    except ValueError:
        return None
    country = name.split("_")[1][:2] if "_" in name else ""
    return country.upper() if len(country) == 2 and country.isalpha() else None


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

    def set_name_order(self, order: str) -> None:
        if order not in NAME_ORDERS:
            raise ValidationError(field="name order", problem=f"{order!r} is not one of {', '.join(NAME_ORDERS)}")
        self._db.set_setting("name_order", order)
        self._family_first = order == "family_first"

    def default_country(self) -> str | None:
        """ISO 3166 country whose numbering plan applies to phone numbers typed without '+' (None: unknown)."""
        stored = self._db.setting("default_country")
        return stored if stored is not None else _locale_country()

    def set_default_country(self, country: str | None) -> None:
        import phonenumbers

        value = (country or "").strip().upper() or None
        if value is not None and value not in phonenumbers.SUPPORTED_REGIONS:
            raise ValidationError(field="default country", problem=f"{country!r} is not a country code (e.g. US, IS)")
        self._db.set_setting("default_country", value)
        self._services.search.rebuild_index()  # phone numbers are indexed in their national form too
