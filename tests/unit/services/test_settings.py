"""Settings kept in the database: name order and the default country for phone numbers."""

from __future__ import annotations

import locale
from pathlib import Path

import pytest

from cardfile.domain.errors import ValidationError
from cardfile.services import Services, open_database
from tests.helpers import add_contact


def test_name_order_is_kept_in_the_database(db_path: Path) -> None:
    with open_database(db_path) as services:
        assert services.settings.name_order() == "given_first"
        services.settings.set_name_order("family_first")
    with open_database(db_path) as services:
        assert services.settings.family_first() is True
        assert services.contacts.get(add_contact(services, given="Anna", family="Berg")).display_name == "Berg Anna"


def test_default_country_is_checked_and_kept(db_path: Path) -> None:
    with open_database(db_path) as services:
        services.settings.set_default_country(" is ")
        assert services.settings.default_country() == "IS"
        with pytest.raises(ValidationError) as caught:
            services.settings.set_default_country("Iceland")
        assert caught.value.params["field"] == "default country"
        assert services.settings.default_country() == "IS"
    with open_database(db_path) as services:
        assert services.settings.default_country() == "IS"


def test_without_a_stored_country_the_locale_decides(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(locale, "getlocale", lambda *a: ("de_AT", "UTF-8"))
    assert services.settings.default_country() == "AT"
    monkeypatch.setattr(locale, "getlocale", lambda *a: ("C", None))
    assert services.settings.default_country() is None
    services.settings.set_default_country("NZ")
    assert services.settings.default_country() == "NZ"
    services.settings.set_default_country("")
    monkeypatch.setattr(locale, "getlocale", lambda *a: (None, None))
    assert services.settings.default_country() is None
