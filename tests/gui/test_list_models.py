"""The lazy list models: they hold ids, fetch only the rows a view paints, and keep a bounded cache."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cardfile.domain.models import ContactCreate, ContactUpdate, validate
from cardfile.services import Services
from cardfile.services.readmodels import ContactRow
from cardfile.ui.companies.kind import company_columns
from cardfile.ui.contacts.kind import contact_columns
from cardfile.ui.records.list_model import ID_ROLE, LazyListModel
from cardfile.ui.widgets.basics import PIECES_ROLE
from tests.helpers import add_contact

pytestmark = pytest.mark.gui


def many_contacts(services: Services, count: int) -> list[str]:
    items = [
        validate(ContactCreate, given=f"Person{n:04d}", family="Example", emails=[{"value": f"p{n}@example.com"}])
        for n in range(count)
    ]
    return services.contacts.create_many(items)


class CountingRows:
    """Wraps services.contacts.rows and records every id it was asked for."""

    def __init__(self, services: Services) -> None:
        self._services = services
        self.asked: list[str] = []

    def __call__(self, ids: Sequence[str]) -> list[ContactRow]:
        self.asked += ids
        return self._services.contacts.rows(ids)


def test_the_contact_model_passes_the_model_tester(services: Services, qtmodeltester: ModelTester) -> None:
    add_contact(services, given="Anna", family="Jónsdóttir", company_name="Marel", tags=["vip", "customer"])
    add_contact(services, given="太郎", family="山田", phones=[{"value": "+81 3 1234 5678", "label": "work"}])
    add_contact(services, given="مریم", family="کریمی", addresses=[{"locality": "تهران"}])
    model = LazyListModel(services.contacts.ids, services.contacts.rows, contact_columns())
    model.reload()
    assert model.rowCount() == 3
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Name",
        "Company",
        "Phone",
        "Email",
        "Title",
        "City",
        "File as",
        "Tags",
        "Updated",
    ]
    assert model.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Title"  # whole if cut
    anna = model.row_of(services.contacts.resolve("Anna Jónsdóttir"))
    assert anna is not None
    assert model.index(anna, 1).data() == "Marel"
    assert model.index(anna, 6).data() == "Jónsdóttir, Anna"
    assert model.index(anna, 7).data() == "vip, customer"
    qtmodeltester.check(model)


def test_a_cells_shown_text_isolates_its_values_but_its_text_stays_plain(services: Services) -> None:
    """What the view paints and the tooltip set each value apart (FSI … PDI), so 'Maple Capital Corp.' keeps its
    full stop in a Persian list and a Persian tag does not reorder its neighbours in an English one; the cell's
    text, which a copy, a sort and the typed search read, has no marks."""
    add_contact(
        services, given="Aaron", family="O'Neil Jr.", company_name="Maple Capital Corp.", tags=["VIP!", "مشتری"]
    )
    model = LazyListModel(services.contacts.ids, services.contacts.rows, contact_columns())
    model.reload()
    company, tags = model.index(0, 1), model.index(0, 7)
    assert company.data() == "Maple Capital Corp."
    assert company.data(Qt.ItemDataRole.ToolTipRole) == "\u2068Maple Capital Corp.\u2069"
    assert company.data(PIECES_ROLE) is None  # one value: the view lays it out in its own direction
    assert tags.data() == "VIP!, مشتری"
    assert tags.data(PIECES_ROLE) == ["VIP!", "مشتری"]
    assert tags.data(Qt.ItemDataRole.ToolTipRole) == "\u2068VIP!\u2069, \u2068مشتری\u2069"


def test_the_company_model_passes_the_model_tester(services: Services, qtmodeltester: ModelTester) -> None:
    add_contact(services, given="Anna", company_name="Marel")
    add_contact(services, given="Jón", company_name="Marel")
    add_contact(services, given="Мария", company_name="Яндекс")
    model = LazyListModel(services.companies.ids, services.companies.rows, company_columns())
    model.reload()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Marel", "Яндекс"]
    assert model.index(0, 4).data() == "2"  # people
    qtmodeltester.check(model)


def test_only_the_rows_on_screen_are_fetched(qtbot: QtBot, services: Services) -> None:
    ids = many_contacts(services, 1500)
    rows = CountingRows(services)
    model = LazyListModel(services.contacts.ids, rows, contact_columns())
    model.reload()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    qtbot.waitUntil(lambda: len(rows.asked) > 0)  # the first paint
    assert model.rowCount() == 1500
    assert len(rows.asked) <= LazyListModel.PAGE_SIZE  # one page fills the first screen

    view.scrollToBottom()
    qtbot.waitUntil(lambda: ids[-1] in rows.asked)
    assert len(rows.asked) <= 3 * LazyListModel.PAGE_SIZE
    assert len(set(rows.asked)) == len(rows.asked)  # nothing fetched twice while it is cached


def test_the_row_cache_stays_bounded(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    many_contacts(services, 300)
    monkeypatch.setattr(LazyListModel, "PAGE_SIZE", 10)
    monkeypatch.setattr(LazyListModel, "CACHE_SIZE", 50)
    rows = CountingRows(services)
    model = LazyListModel(services.contacts.ids, rows, contact_columns())
    model.reload()
    for row in range(model.rowCount()):
        assert model.index(row, 0).data() == f"Person{row:04d} Example"
    assert len(model._cache) <= 50
    assert len(rows.asked) == 300
    model.index(0, 0).data()  # long evicted: fetched again
    assert len(rows.asked) == 310


def test_a_row_deleted_after_the_ids_were_read_shows_empty_until_the_reload(services: Services) -> None:
    first, second = many_contacts(services, 2)
    model = LazyListModel(services.contacts.ids, services.contacts.rows, contact_columns())
    model.reload()
    services.contacts.delete(first)
    services.history.erase("contact", first)
    assert model.index(0, 0).data(ID_ROLE) == first
    assert model.index(0, 0).data() == ""
    assert model.index(1, 0).data() == "Person0001 Example"
    model.reload()
    assert model.ids() == [second]


def test_an_edit_refreshes_the_row_in_place_without_a_reset(qtbot: QtBot, services: Services) -> None:
    """Same ids in the same order: the selection and scroll position must survive, so no model reset."""
    (person,) = many_contacts(services, 1)
    model = LazyListModel(services.contacts.ids, services.contacts.rows, contact_columns())
    model.reload()
    assert model.index(0, 3).data() == "p0@example.com"
    services.contacts.update(person, validate(ContactUpdate, emails=[{"value": "new@example.com"}]))
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged, timeout=2000):
        model.schedule_reload([person])
    assert model.index(0, 3).data() == "new@example.com"
