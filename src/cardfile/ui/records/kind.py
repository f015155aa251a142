"""A kind of record, described once: what the shared list page, card, tabs and form need to know about it.

People, companies, and next activities and deals are each a `RecordKind`. From one, `RecordListPage`
(records/list_page.py) builds the whole page: the lazily filled list with the kind's columns and the filter bar
above it; New, Edit, Tag, Add to Group and Delete on the selection; beside the list the card (records/card.py)
with the kind's sections over the tabs (records/tabs.py) in a split the person resizes; and the form
(records/form.py) laid out from the kind's `FormSpec`. Only what a single kind has is written in its own
package (ui/contacts/, ui/companies/):

- its columns, card sections (`card`), form (`form`) and how a save is written (`FormSpec.save`); its page's
  words are in ui/words.py (`kind_words`), with every other translated word;
- a tab only it has: a `Tab` in `tabs` (records/tabs.py has the standard ones, each a `Tab` too);
- a view only it has, a calendar or a pipeline board: a widget its page shows instead of the list, added with
  `RecordListPage.add_view` in a small page subclass; the card, the form and the bulk actions stay shared.

The kind's service (`services.<key>`, or what `service` gives) answers `ids(order=, reverse=, tag=, group_id=,
lookup_id=)`, `rows(ids)`, `get(id)` and `delete_many(ids)`, and for a kind with tags `set_tags(ids, add, remove)`
and `tags()` (see `RecordService`; services/records.py has a base class with most of it). The main window lists
the kinds with a page in `RECORD_PAGES`. The command line has its own description of a kind (cli/records.py),
since it runs without Qt.

A deal page, for example, is this much (its columns, card, form and board written in ui/deals/):

    class DealsPage(RecordListPage):
        def __init__(self, kind, services, bridge, icon=None, *, runner=None):
            super().__init__(kind, services, bridge, icon, runner=runner)
            self.add_view("board", self.tr("&Board"), PipelineBoard(services, self))

    DEALS = RecordKind(
        key="deals", record_type=RecordType.DEAL, shows=("contact", "company", "stage"),
        columns=deal_columns, card=deal_card, form=deal_form,
        tabs=(ACTIVITIES, HISTORY, NOTES, PEOPLE_ON_THE_DEAL), groupable=False, page=DealsPage)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from cardfile.domain.errors import NotFound
from cardfile.domain.values import RecordType
from cardfile.ui.records.tabs import STANDARD_TABS, Tab
from cardfile.ui.words import KindWords, kind_words

if TYPE_CHECKING:
    from cardfile.services import Services
    from cardfile.ui.records.card import CardBuilder
    from cardfile.ui.records.form import FormSpec
    from cardfile.ui.records.list_model import Column


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

    def get(self, record_id: str) -> Any: ...


@dataclass(frozen=True)
class RecordKind:
    """Everything the shared page, card, tabs and form need to know about one kind of record.

    `columns` and `form` are called when a page or a form is built, so their words are translated then. The
    service is `services.<key>` unless `service` says otherwise; the page's words are `kind_words(record type)`
    (ui/words.py) unless `words` gives them; the tabs are the standard five unless `tabs` lists others.
    """

    key: str  # "contacts": the page's key, its widgets' object names, its group in the UI settings
    record_type: RecordType
    columns: Callable[[], Sequence[Column[Any]]]
    card: Callable[[CardBuilder, Any, Services], None]  # fills the card's sections from the read model
    form: Callable[[Services], FormSpec]
    shows: Sequence[str] = ()  # other record types whose names or numbers the rows and the card show
    tabs: Sequence[Tab] = STANDARD_TABS
    related_as: str = ""  # how the tabs' records point at this kind ("contact" → contact_id=); '': the record type
    service: Callable[[Services], RecordService] | None = None
    words: Callable[[], KindWords] | None = None
    taggable: bool = True  # the service has set_tags() and tags()
    groupable: bool = True  # records of this kind can be added to groups
    # The page, when the kind adds widgets of its own: a RecordListPage subclass taking the same arguments
    # (kind, services, bridge, icon, runner=); None: RecordListPage itself.
    page: Callable[..., Any] | None = None
    # (first phone number, first email address) of a list row, for the row menu's Call and Send Email; None: the
    # kind is not called or mailed.
    reach: Callable[[Any], tuple[str, str]] | None = None

    def service_of(self, services: Services) -> RecordService:
        return self.service(services) if self.service is not None else getattr(services, self.key)

    def page_words(self) -> KindWords:
        return self.words() if self.words is not None else kind_words(self.type_name)

    def read(self, services: Services, record_id: str) -> Any | None:
        """The read model the card and the form show (the service's `get`); None when it is gone or in the Trash."""
        try:
            record = self.service_of(services).get(record_id)
        except NotFound:
            return None
        return None if record.meta.deleted_at is not None else record

    @property
    def type_name(self) -> str:
        """The record type as the services, events and search results name it ("contact")."""
        return self.record_type.value

    @property
    def links_as(self) -> str:
        return self.related_as or self.type_name
