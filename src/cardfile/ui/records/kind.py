"""A kind of record, described once: what the shared list page, card, tabs and form need to know about it.

People, companies, and next activities and deals are each a `RecordKind`. From one, `RecordListPage`
(records/list_page.py) builds the whole page: the lazily filled list with the kind's columns and the filter bar
above it; New, Edit, Tag, Add to Group and Delete on the selection; beside the list the card (records/card.py)
with the kind's sections over the tabs (records/tabs.py) in a split the person resizes; and the form
(records/form.py) laid out from the kind's `FormSpec`. Only what a single kind has is written in its own
package (ui/contacts/, ui/companies/):

- its words (`KindWords`), columns, card sections (`card`), form (`form`) and how a save is written (`FormSpec.save`);
- a tab only it has: a `Tab` in `tabs` (records/tabs.py has the standard ones, each a `Tab` too);
- a view only it has, a calendar or a pipeline board: a widget its page shows instead of the list, added with
  `RecordListPage.add_view` in a small page subclass; the card, the form and the bulk actions stay shared.

The services a page reads through `service(services)` answer `ids(order=, reverse=, tag=, group_id=,
lookup_id=)`, `rows(ids)` and `delete_many(ids)`, and for a kind with tags `set_tags(ids, add, remove)` and
`tags()` (see `RecordService`). The command line has its own description of a kind (cli/records.py), since it
runs without Qt.

A deal page, for example, is this much (its columns, card, form and board written in ui/deals/):

    DEALS = RecordKind(
        key="deals", record_type=RecordType.DEAL, service=lambda s: s.deals, words=deal_words,
        columns=deal_columns, column_widths={"name": 220, "stage": 120, "amount": 110},
        read=read_deal, card=deal_card, form=deal_form,
        tabs=(ACTIVITIES, HISTORY, NOTES, PEOPLE_ON_THE_DEAL), related_as="deal",
        shows=("contact", "company", "stage"), groupable=False)

    class DealsPage(RecordListPage):
        def __init__(self, services, bridge, icon=None, *, runner=None):
            super().__init__(DEALS, services, bridge, icon, runner=runner)
            self.add_view("board", self.tr("Board"), PipelineBoard(services, self))
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QLocale

from cardfile.domain.values import RecordType

if TYPE_CHECKING:
    from cardfile.services import Services
    from cardfile.ui.records.card import CardBuilder
    from cardfile.ui.records.form import FormSpec
    from cardfile.ui.records.list_model import Column
    from cardfile.ui.records.tabs import Tab


class RecordService(Protocol):
    """What a list page asks of a kind's service (ContactService and CompanyService answer it)."""

    def ids(
        self,
        *,
        tag: str | None = None,
        group_id: str | None = None,
        lookup_id: str | None = None,
        order: str = "name",
        reverse: bool = False,
    ) -> list[str]: ...

    def rows(self, ids: Sequence[str]) -> Sequence[Any]: ...

    def delete_many(self, ids: Sequence[str]) -> int: ...


@dataclass(frozen=True)
class KindWords:
    """The kind's words, translated when a page is built (so a translator installed at start-up is used).

    `one` and `many` name a number of records ("1 contact", "{count} contacts"); `count` is the status bar's
    ("Contacts: {count}"). The rest are what the page shows when it needs a sentence about this kind.
    """

    title: str  # "Contacts": the navigation entry
    new: str  # "&New Contact"
    one: str
    many: str
    count: str
    empty_title: str
    empty_explanation: str
    no_matches: str  # "No contacts match the filter"
    placeholder: str  # the card when nothing is selected

    def records(self, count: int) -> str:
        """'1 contact', '3 contacts' (the number in the reader's format)."""
        return self.one if count == 1 else self.many.format(count=QLocale().toString(count))


@dataclass(frozen=True)
class RecordKind:
    """Everything the shared page, card, tabs and form need to know about one kind of record."""

    key: str  # "contacts": the page's key, its widgets' object names, its group in the UI settings
    record_type: RecordType
    service: Callable[[Services], RecordService]
    words: Callable[[], KindWords]
    columns: Callable[[], Sequence[Column[Any]]]  # translated when the page is built
    read: Callable[[Services, str], Any | None]  # the read model the card and form show; None: gone or in the Trash
    card: Callable[[CardBuilder, Any, Services], None]  # fills the card's sections from the read model
    form: Callable[[Services], FormSpec]
    tabs: Sequence[Tab] = ()
    related_as: str = ""  # how the tabs' records point at this kind: "contact" → contact_id=, contact_ids=
    shows: Sequence[str] = ()  # other record types whose names or numbers the rows and the card show
    column_widths: Mapping[str, int] = field(default_factory=dict)
    taggable: bool = True  # the service has set_tags() and tags()
    groupable: bool = True  # records of this kind can be added to groups

    @property
    def type_name(self) -> str:
        """The record type as the services, events and search results name it ("contact")."""
        return self.record_type.value
