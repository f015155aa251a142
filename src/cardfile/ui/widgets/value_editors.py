"""Editors of one typed value for the record forms: an amount of money, a choice from a list, a whole number that
may fall back to a default, and the exact money text they and the views show.

Money is never a float here: an amount is read from what the person typed straight into integer minor units of
its currency (two digits for dollars, none for yen or krónur, three for dinars) and shown back from them, in the
reader's digits and separators. Text that could be read two ways ("12.50" where "." groups thousands) is refused
with an example rather than guessed at.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from cardfile.domain.errors import ValidationError
from cardfile.domain.money import Money
from cardfile.domain.values import check_currency, currency_digits

# Currencies offered first in a currency picker, before those the database already uses; any other ISO 4217 code
# can be typed.
COMMON_CURRENCIES = (
    "USD",
    "EUR",
    "GBP",
    "JPY",
    "CHF",
    "CAD",
    "AUD",
    "NZD",
    "SEK",
    "NOK",
    "DKK",
    "ISK",
    "PLN",
    "CZK",
    "HUF",
    "CNY",
    "HKD",
    "SGD",
    "KRW",
    "INR",
    "BRL",
    "MXN",
    "ZAR",
    "TRY",
    "ILS",
    "AED",
    "SAR",
    "KWD",
    "BHD",
    "THB",
)

_SPACES = (" ", "\u00a0", "\u202f", "\u2009", "'", "\u2019")  # group separators people type besides the locale's


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("MoneyEdit", text, disambiguation, n)


def _ascii_digits(text: str) -> str:
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in text)


def format_amount(minor: int, currency: str, locale: QLocale | None = None) -> str:
    """'12,500.50' for 1250050 in USD, '1,250' for 1250 in JPY: exact, in the reader's digits and separators."""
    locale = locale or QLocale()
    digits = currency_digits(currency)
    whole, fraction = divmod(abs(minor), 10**digits)
    text = locale.toString(whole)
    if digits:
        text += locale.decimalPoint() + locale.toString(fraction).rjust(digits, locale.zeroDigit())
    return (locale.negativeSign() + text) if minor < 0 else text


def format_money(minor: int, currency: str, locale: QLocale | None = None) -> str:
    """'12,500.50 USD': an amount and its currency code, exactly."""
    return f"{format_amount(minor, currency, locale)} {currency}"


def money_text(money: Money) -> str:
    return format_money(money.minor, money.currency)


def parse_amount(text: str, currency: str, locale: QLocale | None = None) -> int:
    """Minor units of `currency` from an amount as the reader writes it ('12,500.50', '12.500,50' in German,
    '۱۲٬۵۰۰' in Persian); raises ValidationError (field "amount") for text that is no amount, has more decimals
    than the currency has, or groups its digits wrongly ("12.50" where "." groups thousands)."""
    locale = locale or QLocale()
    point, group = locale.decimalPoint(), locale.groupSeparator()
    digits = currency_digits(currency)
    cleaned = _ascii_digits(text.strip())
    for space in _SPACES:
        cleaned = cleaned.replace(space, group if group in _SPACES else "")
    negative = cleaned.startswith(("-", "\u2212", locale.negativeSign()))
    cleaned = cleaned.lstrip("-\u2212\u200e").removeprefix(locale.negativeSign()).strip()
    example = format_amount(1234 * 10**digits + (5 * 10 ** (digits - 1) if digits else 0), currency, locale)
    whole, _, fraction = cleaned.rpartition(point) if point in cleaned else (cleaned, "", "")
    groups = whole.split(group) if group else [whole]
    if not cleaned or not all(g.isdigit() for g in groups) or (fraction and not fraction.isdigit()):
        raise _amount_error(example)
    # Digits grouped as the reader's locale groups them, or not at all ("12.50" in German is no amount).
    grouping = QLocale(locale)  # the locale's grouping, even where it leaves it out by default (the C locale)
    grouping.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    if len(groups) > 1 and _ascii_digits(grouping.toString(int("".join(groups)))) != whole:
        raise _amount_error(example)
    if point in cleaned and not fraction:
        raise _amount_error(example)
    if len(fraction) > digits:
        raise _amount_error(example, currency=currency, digits=digits)
    minor = int("".join(groups)) * 10**digits + int(fraction.ljust(digits, "0") or "0")
    return -minor if negative else minor


def amount_problem(error: ValidationError) -> str:
    """What is wrong with a typed amount, in the reader's words."""
    return _amount_words(error.params)


def _amount_words(params: dict[str, Any]) -> str:
    if "digits" in params:
        if params["digits"] == 0:
            return _tr("{currency} has no decimals: write a whole amount, such as {example}.").format(**params)
        return _tr("{currency} has %Ln decimal(s) at most, such as {example}.", "", int(params["digits"])).format(
            currency=params["currency"], example=params["example"]
        )
    return _tr("This is not an amount; write it as {example}.").format(example=params.get("example", "1,234.50"))


def _amount_error(example: str, **digits: Any) -> ValidationError:
    """The typed amount refused, its problem told in the reader's words (`digits`: currency=, digits= when it has
    too many decimals)."""
    params = {"example": example, **digits}
    return ValidationError(field="amount", problem=_amount_words(params), **params)


class CurrencyCombo(QComboBox):
    """An ISO 4217 currency code: the common ones and those in use offered, any other typed."""

    def __init__(self, in_use: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("currency")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        for code in dict.fromkeys([*in_use, *COMMON_CURRENCIES]):
            self.addItem(code, code)
        edit = self.lineEdit()
        assert edit is not None
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        edit.setMaxLength(3)
        edit.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self))
        self.setMinimumContentsLength(4)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setToolTip(_tr("Currency: an ISO 4217 code such as USD, EUR or JPY"))

    def currency(self) -> str:
        return self.currentText().strip().upper()

    def set_currency(self, code: str) -> None:
        index = self.findData(code)
        if index < 0:
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(index)


class MoneyEdit(QWidget):
    """An amount and its currency; `value()` is Money (None when the amount is empty). `problem()` says what is
    wrong with what was typed before anything is saved; `set_locked(True)` shows an amount worked out elsewhere
    (a deal's line items) that the person cannot type over."""

    changed = Signal()

    def __init__(self, in_use: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.amount.setPlaceholderText(format_amount(0, "USD"))
        self.currency = CurrencyCombo(in_use)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.amount, 1)
        layout.addWidget(self.currency)
        self.setFocusProxy(self.amount)
        self.amount.textEdited.connect(self.changed)
        self.currency.activated.connect(self._on_currency)
        edit = self.currency.lineEdit()
        assert edit is not None
        edit.textEdited.connect(self._on_currency)

    def _on_currency(self) -> None:
        self.amount.setPlaceholderText(format_amount(0, self._code_or_usd()))
        self.changed.emit()

    def _code_or_usd(self) -> str:
        code = self.currency.currency()
        return code if len(code) == 3 else "USD"

    def set_value(self, value: Money | None) -> None:
        if value is None:
            self.amount.clear()
            return
        self.currency.set_currency(value.currency)
        self.amount.setText(format_amount(value.minor, value.currency))
        self.amount.setPlaceholderText(format_amount(0, value.currency))

    def set_currency(self, code: str) -> None:
        self.currency.set_currency(code)
        self.amount.setPlaceholderText(format_amount(0, code))

    def set_locked(self, locked: bool, tooltip: str = "") -> None:
        self.amount.setReadOnly(locked)
        self.amount.setToolTip(tooltip)

    def problem(self) -> str | None:
        try:
            check_currency(self.currency.currency())
        except ValidationError:
            return _tr("Choose a currency: a three-letter code such as USD or EUR.")
        try:
            self.value()
        except ValidationError as error:
            return amount_problem(error)
        return None

    def value(self) -> Money | None:
        """The amount typed (raises ValidationError if it is none; `problem()` says so first)."""
        text = self.amount.text().strip()
        currency = check_currency(self.currency.currency())
        if not text:
            return None
        return Money(parse_amount(text, currency), currency)


class ChoiceEdit(QComboBox):
    """One of a list of (text, value) pairs; `editable`: a value not in the list may be typed (a new reason joins
    its list when saved). `value()` is the chosen value, the typed text, or None."""

    changed = Signal()

    def __init__(self, *, editable: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(editable)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.activated.connect(self.changed)
        if editable:
            edit = self.lineEdit()
            assert edit is not None
            edit.textEdited.connect(self.changed)

    def set_choices(self, choices: Sequence[tuple[str, Any]]) -> None:
        """Refill the list, keeping the value chosen if it is still there."""
        current = self.value()
        if [(self.itemText(i), self.itemData(i)) for i in range(self.count())] == list(choices):
            return
        self.blockSignals(True)
        self.clear()
        for text, value in choices:
            self.addItem(text, value)
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> Any:
        if self.isEditable():
            text = self.currentText().strip()
            index = self.findText(text, Qt.MatchFlag.MatchFixedString)
            return self.itemData(index) if index >= 0 else (text or None)
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self.findData(value) if value is not None else -1
        if index < 0 and value not in (None, ""):
            if self.isEditable():
                self.setEditText(str(value))
                return
            index = 0
        if index < 0:
            if self.isEditable():
                self.setCurrentIndex(-1)
                self.setEditText("")
                return
            index = 0
        self.setCurrentIndex(index)


class NumberEdit(QSpinBox):
    """A whole number from `minimum` to `maximum`; with `has_unset`, the step below `minimum` means "not set"
    (`value()` None) and shows the default it falls back to (`set_unset_text`: "From the stage (40 %)")."""

    changed = Signal()

    def __init__(
        self, minimum: int, maximum: int, *, suffix: str = "", has_unset: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._unset = has_unset
        self._minimum = minimum
        self.setRange(minimum - 1 if has_unset else minimum, maximum)
        self.setSuffix(suffix)
        self.setAccelerated(True)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.valueChanged.connect(self.changed)

    def set_unset_text(self, text: str) -> None:
        if self._unset and text != self.specialValueText():
            self.setSpecialValueText(text)
            self.updateGeometry()

    def number(self) -> int | None:
        current = super().value()
        return None if self._unset and current < self._minimum else int(current)

    def set_number(self, value: int | None) -> None:
        self.blockSignals(True)
        self.setValue(self.minimum() if value is None else int(value))
        self.blockSignals(False)
