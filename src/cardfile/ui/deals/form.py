"""The form that edits a deal (or adds one): name, company, amount and currency, close date, owner; pipeline,
stage and probability (the stage's unless set here); won or lost with a reason; line items whose sum can set the
amount; the people on the deal with their roles; custom fields. A `FormSpec` for the one record form, with two
editors of its own (line items, people) and the rules that tie the fields together (`follow`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cardfile.domain.deals import LineItem, line_total
from cardfile.domain.errors import Ambiguous, NotFound, ValidationError
from cardfile.domain.models import DealCreate, DealRole, DealUpdate, validate
from cardfile.domain.money import Money
from cardfile.services import Services
from cardfile.services.readmodels import DealRead, PipelineRead
from cardfile.ui.deals.texts import owner_name, percent_number, seeded_name
from cardfile.ui.problems import value_problem
from cardfile.ui.records.form import (
    Amount,
    Choice,
    CompanyName,
    Date,
    Editor,
    FormSpec,
    Number,
    RecordForm,
    Section,
    Text,
    no_such_company,
)
from cardfile.ui.widgets.basics import dim
from cardfile.ui.widgets.value_editors import (
    ChoiceEdit,
    MoneyEdit,
    amount_problem,
    format_amount,
    format_money,
    parse_amount,
)

STATUSES = ("open", "won", "lost")


def _tr(text: str) -> str:
    return QCoreApplication.translate("DealForm", text)


# ----- numbers people type: a quantity, a discount -----


def parse_number(text: str, locale: QLocale | None = None) -> Decimal:
    """An exact decimal typed in the reader's way ('2,5' in German, '2.5' in English); never a float."""
    locale = locale or QLocale()
    cleaned = "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in text.strip())
    cleaned = cleaned.replace(locale.decimalPoint(), ".")
    if not cleaned or cleaned.count(".") > 1 or not cleaned.replace(".", "").isdigit():
        raise ValidationError(field="number", problem=_tr("“{text}” is not a number.").format(text=text))
    try:
        return Decimal(cleaned)
    except InvalidOperation:  # pragma: no cover - the check above admits only digits and one point
        raise ValidationError(field="number", problem=_tr("“{text}” is not a number.").format(text=text)) from None


def number_text(value: str | Decimal, locale: QLocale | None = None) -> str:
    """'2.5' as the reader writes it ('2,5' in German)."""
    return str(value).replace(".", (locale or QLocale()).decimalPoint())


# ----- line items -----


class LineItemRow(QWidget):
    """Product, quantity, unit price, discount in percent, and the line's total."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, currency: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lineItem")
        self._currency = currency
        self.product = QLineEdit()
        self.product.setObjectName("product")
        self.product.setPlaceholderText(_tr("Product or service"))
        self.quantity = self._number("quantity", _tr("Quantity"), "1")
        self.price = self._number("unitPrice", _tr("Unit price"), "0")
        self.discount = self._number("discount", _tr("Discount %"), "0")
        self.total = QLabel()
        self.total.setObjectName("lineTotal")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.total.setMinimumWidth(90)
        self.remove = QToolButton()
        self.remove.setObjectName("removeLineItem")
        self.remove.setText("×")
        self.remove.setToolTip(_tr("Remove this line item"))
        self.remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        for editor in (self.product, self.quantity, self.price, self.discount):
            editor.textEdited.connect(self._on_edit)

    def _number(self, name: str, tip: str, empty: str) -> QLineEdit:
        """A number field; left empty it means `empty` (1 piece, no discount), shown grey."""
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setToolTip(tip)
        edit.setPlaceholderText(number_text(empty))
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return edit

    def _on_edit(self) -> None:
        self.show_total()
        self.changed.emit()

    def is_blank(self) -> bool:
        return not self.product.text().strip() and not self.price.text().strip()

    def item(self) -> LineItem:
        """The line as the services take it; raises ValidationError naming what is wrong."""
        currency = self._currency()
        price_text = self.price.text().strip()
        price = parse_amount(price_text, currency) if price_text else 0
        quantity = parse_number(self.quantity.text() or "1")
        discount = parse_number(self.discount.text() or "0")
        return validate(
            LineItem,
            product=self.product.text().strip(),
            quantity=str(quantity),
            unit_price_minor=price,
            discount_percent=str(discount),
        )

    def problem(self) -> str | None:
        if not self.product.text().strip():
            return _tr("Name the product or service.")
        price_text = self.price.text().strip()
        if price_text:
            try:
                parse_amount(price_text, self._currency())
            except ValidationError as error:
                return amount_problem(error)
        for edit, what in ((self.quantity, _tr("quantity")), (self.discount, _tr("discount"))):
            try:
                parse_number(edit.text() or "0")
            except ValidationError:
                return _tr("The {what} is not a number; write it as {example}.").format(
                    what=what, example=number_text("2.5")
                )
        try:
            self.item()
        except ValidationError as error:
            field = str(error.params.get("field", ""))
            if field.endswith("quantity"):
                return _tr("A quantity is more than 0, with at most 6 decimals.")
            if field.endswith("discount_percent"):
                return _tr("A discount is between 0 and 100 percent.")
            return value_problem(error)
        return None

    def set_item(self, product: str, quantity: str, unit_price_minor: int, discount: str) -> None:
        self.product.setText(product)
        self.quantity.setText(number_text(quantity) if quantity != "1" else "")
        self.price.setText(format_amount(unit_price_minor, self._currency()))
        self.discount.setText(number_text(discount) if discount != "0" else "")
        self.show_total()

    def show_total(self) -> None:
        try:
            item = self.item()
        except ValidationError:
            self.total.setText("—")
            return
        self.total.setText(format_amount(line_total(item), self._currency()))


class LineItemsEditor(QWidget):
    """A deal's products: one row each, their sum, and whether the sum is the deal's amount."""

    changed = Signal()

    def __init__(self, currency: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._currency = currency
        self.rows: list[LineItemRow] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(4)
        self.headings: list[QWidget] = []
        for column, (text, stretch) in enumerate(
            (
                (_tr("Product"), 4),
                (_tr("Quantity"), 1),
                (_tr("Unit price"), 2),
                (_tr("Discount %"), 1),
                (_tr("Total"), 2),
            )
        ):
            heading = dim(QLabel(text))
            self.headings.append(heading)
            self.grid.addWidget(heading, 0, column)
            self.grid.setColumnStretch(column, stretch)
        self.add_button = QPushButton(_tr("Add Line Item"))
        self.add_button.setObjectName("addLineItem")
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        self.sum_label = QLabel()
        self.sum_label.setObjectName("itemsSum")
        self.from_items = QCheckBox(_tr("The sum is the deal's amount"))
        self.from_items.setObjectName("amountFromItems")
        self.from_items.setToolTip(_tr("Keep the amount equal to the line items' sum as they change"))
        self.from_items.toggled.connect(self.changed)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        bottom.addWidget(self.from_items)
        bottom.addSpacing(12)
        bottom.addWidget(self.sum_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addLayout(bottom)
        self._update()

    def add_row(self, *, focus: bool = False) -> LineItemRow:
        row = LineItemRow(self._currency, self)
        row.changed.connect(self._on_row_changed)
        row.remove_requested.connect(self.remove_row)
        self.rows.append(row)
        self._place()
        if focus:
            row.product.setFocus(Qt.FocusReason.OtherFocusReason)
            self.changed.emit()
        return row

    def remove_row(self, row: LineItemRow) -> None:
        self.rows.remove(row)
        for widget in (row.product, row.quantity, row.price, row.discount, row.total, row.remove):
            self.grid.removeWidget(widget)
            widget.setParent(None)
        row.deleteLater()
        self._place()
        self.changed.emit()

    def _place(self) -> None:
        for n, row in enumerate(self.rows, start=1):
            for column, widget in enumerate(
                (row.product, row.quantity, row.price, row.discount, row.total, row.remove)
            ):
                self.grid.addWidget(widget, n, column)
        self._update()

    def _on_row_changed(self) -> None:
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        for heading in self.headings:
            heading.setVisible(bool(self.rows))
        self.from_items.setVisible(bool(self.rows) or self.from_items.isChecked())
        total = self.total_minor()
        self.sum_label.setText(
            _tr("Sum: {total}").format(total=format_money(total, self._currency())) if total is not None else ""
        )

    def refresh_totals(self) -> None:
        """The currency changed: show the lines' totals and the sum in it."""
        for row in self.rows:
            row.show_total()
        self._update()

    def total_minor(self) -> int | None:
        """The items' sum in minor units; None while a line cannot be read."""
        try:
            return sum(line_total(item) for item in self.items())
        except ValidationError:
            return None

    def items(self) -> list[LineItem]:
        return [row.item() for row in self.rows if not row.is_blank()]

    def value(self) -> dict[str, Any]:
        return {"items": self.items(), "from_items": self.from_items.isChecked()}

    def set_value(self, value: Mapping[str, Any] | None) -> None:
        for row in list(self.rows):
            self.remove_row(row)
        value = value or {}
        for item in value.get("items", []):
            self.add_row().set_item(item.product, str(item.quantity), item.unit_price_minor, str(item.discount_percent))
        self.from_items.blockSignals(True)
        self.from_items.setChecked(bool(value.get("from_items")))
        self.from_items.blockSignals(False)
        self._update()

    def problem(self) -> str | None:
        for row in self.rows:
            if not row.is_blank() and (problem := row.problem()):
                row.product.setFocus(Qt.FocusReason.OtherFocusReason)
                return problem
        return None


# ----- the people on a deal -----


class PersonRow(QWidget):
    """A person, found by typing part of the name, and their role on the deal (from a list people extend)."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, services: Services, roles: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dealPerson")
        self._services = services
        self.contact_id: str | None = None
        self._found: dict[str, str] = {}  # the offered text -> contact id
        self.person = QLineEdit()
        self.person.setObjectName("person")
        self.person.setPlaceholderText(_tr("Type part of a name"))
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated.connect(self.choose)
        self.person.setCompleter(completer)
        self.person.textEdited.connect(self._offer)
        self.role = ChoiceEdit(editable=True)
        self.role.setObjectName("role")
        self.role.set_choices([(seeded_name(r), r) for r in roles])
        self.role.set_value(None)
        edit = self.role.lineEdit()
        assert edit is not None
        edit.setPlaceholderText(_tr("Role"))
        self.role.changed.connect(self.changed)
        # a long role ('Распорядитель бюджета') is cut by the narrow field: whole in the tooltip
        self.role.currentTextChanged.connect(self.role.setToolTip)
        self.remove = QToolButton()
        self.remove.setObjectName("removePerson")
        self.remove.setText("×")
        self.remove.setToolTip(_tr("Take this person off the deal"))
        self.remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.person, 3)
        row.addWidget(self.role, 2)
        row.addWidget(self.remove)

    def _offer(self, text: str) -> None:
        self.contact_id = None
        self._found = {}
        if text.strip():
            for hit in self._services.search.search(text, types=["contact"], limit=15):
                shown = f"{hit.display_name} — {hit.detail}" if hit.detail else hit.display_name
                self._found.setdefault(shown, hit.id)
        self._names.setStringList(list(self._found))
        completer = self.person.completer()
        if self._found and completer is not None:
            completer.complete()
        self.changed.emit()

    def choose(self, shown: str) -> None:
        """A person picked from the offered names."""
        self.contact_id = self._found.get(shown)
        name = shown.split(" — ", 1)[0]
        self.person.setText(name)
        self.changed.emit()

    def set_person(self, contact_id: str, name: str, role: str) -> None:
        self.contact_id = contact_id
        self.person.setText(name)
        self.role.set_value(role or None)

    def is_blank(self) -> bool:
        return not self.person.text().strip()

    def problem(self) -> str | None:
        if not self.is_blank() and self.contact_id is None:
            return _tr("Choose the person from the names offered as you type.")
        return None


class DealPeopleEditor(QWidget):
    """The people on a deal, each with a role; `value()` is [(contact id, role)]."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._roles = [c.name for c in services.deals.choices("deal_role")]
        self.rows: list[PersonRow] = []
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(4)
        self.add_button = QPushButton(_tr("Add Person"))
        self.add_button.setObjectName("addPerson")
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.column.addLayout(row)

    def add_row(self, *, focus: bool = False) -> PersonRow:
        row = PersonRow(self._services, self._roles, self)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self.remove_row)
        self.rows.append(row)
        self.column.insertWidget(len(self.rows) - 1, row)
        if focus:
            row.person.setFocus(Qt.FocusReason.OtherFocusReason)
        return row

    def remove_row(self, row: PersonRow) -> None:
        self.rows.remove(row)
        self.column.removeWidget(row)
        row.setParent(None)
        row.deleteLater()
        self.changed.emit()

    def value(self) -> list[tuple[str, str, str]]:
        """(contact id, name, role) of each person chosen."""
        return [
            (row.contact_id, row.person.text().strip(), row.role.currentText().strip())
            for row in self.rows
            if row.contact_id
        ]

    def set_value(self, people: Sequence[tuple[str, str, str]] | None) -> None:
        for row in list(self.rows):
            self.remove_row(row)
        for contact_id, name, role in people or ():
            self.add_row().set_person(contact_id, name, role)

    def problem(self) -> str | None:
        for row in self.rows:
            if problem := row.problem():
                row.person.setFocus(Qt.FocusReason.OtherFocusReason)
                return problem
        return None


# ----- the form -----


def deal_values(d: DealRead) -> Mapping[str, Any]:
    return {
        "name": d.name,
        "company": d.company.name if d.company else "",
        "amount": Money(d.amount_minor, d.currency),
        "expected_close": d.expected_close,
        "owner": d.owner,
        "pipeline": d.pipeline.id,
        "stage": d.stage.id,
        "probability": d.probability if d.probability_overridden else None,
        "status": d.status,
        "reason": d.reason or None,
        "line_items": {
            "items": [
                LineItem(
                    product=i.product,
                    quantity=Decimal(i.quantity),
                    unit_price_minor=i.unit_price_minor,
                    discount_percent=Decimal(i.discount_percent),
                )
                for i in d.line_items
            ],
            "from_items": d.amount_from_items,
        },
        "people": [(c.id, c.name, c.role) for c in d.contacts],
    }


def save_deal(services: Services, deal: DealRead | None, changes: dict[str, Any]) -> str:
    """One action: the changed fields of a deal, or a new deal."""
    fields: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "company":
            try:
                fields["company_id"] = services.companies.resolve(value) if value else None
            except (NotFound, Ambiguous):
                raise ValidationError(field="company", problem=no_such_company(value), name=value) from None
        elif key in ("pipeline", "stage"):
            fields[f"{key}_id"] = value
        elif key == "amount":
            fields["amount_minor"] = value.minor if value is not None else 0
            if value is not None:
                fields["currency"] = value.currency
        elif key == "expected_close":
            fields["expected_close"] = date.fromisoformat(value) if value else None
        elif key == "owner":
            if value:
                fields["owner_id"] = value
        elif key == "line_items":
            fields["line_items"] = value["items"]
            fields["amount_from_items"] = value["from_items"]
        elif key == "people":
            fields["contacts"] = [DealRole(contact_id=cid, role=role) for cid, _name, role in value]
        elif key == "reason":
            fields["reason"] = value or ""
        else:
            fields[key] = value
    if fields.get("amount_from_items") or (
        deal is not None and deal.amount_from_items and "line_items" not in fields and "amount_from_items" not in fields
    ):
        fields.pop("amount_minor", None)  # the services keep the amount equal to the items' sum
    if deal is None:
        fields.pop("status", None)
        fields.pop("reason", None)
        return services.deals.create(validate(DealCreate, **fields)).id
    if "status" in fields and fields["status"] == deal.status:
        fields.pop("status")
    if "reason" in fields and "status" not in fields and deal.status == "open":
        fields.pop("reason")
    return services.deals.update(deal.id, validate(DealUpdate, **fields)).id


def deal_form(services: Services) -> FormSpec:
    pipelines: list[PipelineRead] = services.pipelines.list()
    stage_probability = {s.id: s.probability for p in pipelines for s in p.stages}
    in_use = sorted({t.currency for t in services.sales.totals()})
    me = services.sales.current_user()
    owners = list(dict.fromkeys([me, *services.sales.owners()]))
    reasons = {
        "won": [c.name for c in services.deals.choices("won_reason")],
        "lost": [c.name for c in services.deals.choices("lost_reason")],
    }

    def stages(form: RecordForm) -> list[tuple[str, Any]]:
        chosen = form.value("pipeline")
        pipeline = next((p for p in pipelines if p.id == chosen), pipelines[0] if pipelines else None)
        return [(seeded_name(s.name), s.id) for s in pipeline.stages] if pipeline is not None else []

    def stage_default(form: RecordForm) -> str:
        percent = stage_probability.get(form.value("stage") or "", 0)
        return _tr("The stage's ({percent} %)").format(percent=percent_number(percent))

    def reason_choices(form: RecordForm) -> list[tuple[str, Any]]:
        return [(seeded_name(r), r) for r in reasons.get(form.value("status") or "", [])]

    def currency(form: RecordForm) -> str:
        money = form.editors.get("amount")
        code = money.currency.currency() if isinstance(money, MoneyEdit) else ""
        return code if len(code) == 3 else "USD"

    def line_items(form: RecordForm) -> QWidget:
        return LineItemsEditor(lambda: currency(form))

    def people(form: RecordForm) -> QWidget:
        return DealPeopleEditor(services)

    def follow(form: RecordForm) -> None:
        """The amount follows the line items when their sum sets it; a reason is asked only of a closed deal,
        and a new deal is added open (Won… and Lost… close it)."""
        editing = form.record is not None
        form.show_row("status", editing)
        form.show_row("reason", editing and form.value("status") in ("won", "lost"))
        items = form.editors.get("line_items")
        money = form.editors.get("amount")
        if isinstance(items, LineItemsEditor) and isinstance(money, MoneyEdit):
            items.refresh_totals()
            from_items = items.from_items.isChecked()
            money.set_locked(from_items, _tr("The amount is the line items' sum") if from_items else "")
            total = items.total_minor()
            if from_items and total is not None:
                money.set_value(Money(total, currency(form)))

    def presets(_services: Services, asked: Mapping[str, Any]) -> Mapping[str, Any]:
        values: dict[str, Any] = {"owner": me}
        if contact_id := asked.get("contact_id"):
            person = services.contacts.get(str(contact_id))
            values["people"] = [(person.id, person.display_name, "")]
            if person.company:
                values["company"] = person.company.name
        if company_id := asked.get("company_id"):
            values["company"] = services.companies.get(str(company_id)).display_name
        return values

    def required(form: RecordForm, changes: dict[str, Any]) -> tuple[str, str] | None:
        return None if changes.get("name") else ("name", _tr("A deal needs a name."))

    owner_choices = [(owner_name(o), o) for o in owners]
    return FormSpec(
        name="dealForm",
        header=[
            Text("name", _tr("&Name")),
            CompanyName("company", _tr("&Company"), _tr("The company the deal is with, if any")),
            Amount(
                "amount",
                _tr("&Amount"),
                _tr("The deal's value, exactly, in its currency"),
                currencies=lambda _s: in_use,
            ),
            Date("expected_close", _tr("C&lose date"), _tr("When the deal is expected to close")),
            Choice(
                "owner", _tr("O&wner"), lambda _f: owner_choices, editable=True, tooltip=_tr("Who looks after the deal")
            ),
        ],
        parts=[
            Section(
                _tr("Pipeline"),
                [
                    Choice("pipeline", _tr("&Pipeline"), lambda _f: [(seeded_name(p.name), p.id) for p in pipelines]),
                    Choice("stage", _tr("&Stage"), stages, follows=("pipeline",)),
                    Number(
                        "probability",
                        _tr("P&robability"),
                        0,
                        100,
                        f" {QLocale().percent()}",  # the reader's sign: '٪' in Persian
                        unset=stage_default,
                        tooltip=_tr("The chance the deal closes; below 0 goes back to the stage's"),
                    ),
                    Choice(
                        "status",
                        _tr("S&tatus"),
                        lambda _f: [(_tr("Open"), "open"), (_tr("Won"), "won"), (_tr("Lost"), "lost")],
                    ),
                    Choice(
                        "reason",
                        _tr("Rea&son"),
                        reason_choices,
                        follows=("status",),
                        editable=True,
                        tooltip=_tr("Why it was won or lost: pick one, or type a new one for the list"),
                    ),
                ],
            ),
            Editor("line_items", _tr("Line items"), line_items),
            Editor("people", _tr("People on the deal"), people),
        ],
        values=deal_values,
        save=save_deal,
        first="name",
        deleted_text=_tr("This deal was deleted meanwhile; your changes were not saved."),
        custom_fields="deal",
        required=required,
        aliases={
            "company_id": "company",
            "amount_minor": "amount",
            "currency": "amount",
            "stage_id": "stage",
            "pipeline_id": "pipeline",
            "owner_id": "owner",
            "line_items": "line_items",
            "contacts": "people",
        },
        on_change=follow,
        presets=presets,
    )
