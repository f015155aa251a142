"""Dates and times as the reader wants them: in local time, in the locale's format or ISO 8601, never 'd MM yyyy'.

Qt's C locale (a machine with LANG=C, a CI runner) formats a short date as '22 11 2026', which reads as nothing;
there ISO 8601 is used instead. The person may also choose ISO or the long form in Settings; like
QLocale.setDefault(), the choice is one display preference for the whole process, set once from the UI settings.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QSettings, QTime, QTimeZone

SYSTEM, ISO, LONG = "system", "iso", "long"
STYLES = (SYSTEM, ISO, LONG)
SETTINGS_KEY = "display/dates"

_style = SYSTEM


def date_style() -> str:
    return _style


def set_date_style(style: str) -> None:
    global _style
    _style = style if style in STYLES else SYSTEM


def load_date_style(settings: QSettings) -> str:
    """Bring back the style remembered in the UI settings (and make it the one in use)."""
    set_date_style(str(settings.value(SETTINGS_KEY, SYSTEM)))
    return _style


def save_date_style(settings: QSettings, style: str) -> None:
    set_date_style(style)
    settings.setValue(SETTINGS_KEY, _style)


def _iso_wanted(style: str | None, locale: QLocale) -> bool:
    chosen = _style if style is None else style
    return chosen == ISO or locale.language() == QLocale.Language.C


def format_datetime(moment: datetime, style: str | None = None) -> str:
    """A UTC (or zone-aware) timestamp in the reader's time zone: '11/22/26 9:16 PM', '2026-11-22 21:16'."""
    stamp = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000), QTimeZone.utc()).toLocalTime()
    return _stamp_text(stamp, style)


def format_wall_time(moment: datetime, style: str | None = None) -> str:
    """A date and time as the clock of its own zone shows it, not converted to this computer's (a report made for
    another zone names that zone): '3/4/25 2:30 PM', '2025-03-04 14:30'."""
    stamp = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    return _stamp_text(stamp, style)


def _stamp_text(stamp: QDateTime, style: str | None) -> str:
    locale = QLocale()
    if _iso_wanted(style, locale):
        return stamp.toString("yyyy-MM-dd HH:mm")
    form = QLocale.FormatType.LongFormat if (_style if style is None else style) == LONG else None
    if form is not None:
        return f"{locale.toString(stamp.date(), form)} {locale.toString(stamp.time(), QLocale.FormatType.ShortFormat)}"
    return locale.toString(stamp, QLocale.FormatType.ShortFormat)


def format_recent(moment: datetime, style: str | None = None) -> str:
    """A moment of today as its time alone ('9:16 PM', '21:16'), any other as a date and time (format_datetime)."""
    locale = QLocale()
    stamp = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000), QTimeZone.utc()).toLocalTime()
    if stamp.date() != QDate.currentDate():
        return format_datetime(moment, style)
    if _iso_wanted(style, locale):
        return stamp.toString("HH:mm")
    return locale.toString(stamp.time(), QLocale.FormatType.ShortFormat)


def format_date(day: date, style: str | None = None) -> str:
    """A calendar date (no time zone): '11/22/26', '2026-11-22', 'Sunday, November 22, 2026'."""
    locale = QLocale()
    qdate = QDate(day.year, day.month, day.day)
    if _iso_wanted(style, locale):
        return day.isoformat()
    chosen = _style if style is None else style
    return locale.toString(qdate, QLocale.FormatType.LongFormat if chosen == LONG else QLocale.FormatType.ShortFormat)


def date_edit_format(locale: QLocale | None = None) -> str:
    """The display format for a date picker: the locale's short date with a four-digit year, ISO in the C locale."""
    locale = locale or QLocale()
    if _iso_wanted(None, locale):
        return "yyyy-MM-dd"
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def time_edit_format(locale: QLocale | None = None) -> str:
    """The display format for a time picker: the locale's short time ('h:mm AP' in English, '22:30' in Russian),
    24 hours where dates are shown ISO."""
    locale = locale or QLocale()
    return "HH:mm" if _iso_wanted(None, locale) else locale.timeFormat(QLocale.FormatType.ShortFormat)


# ----- lengths of time -----


def _tr_length(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Lengths", text, disambiguation, n)


def minutes_text(minutes: int) -> str:
    """'15 min', '1 h', '1 h 30 min', '2 days', '1 week' in the reader's language."""
    if minutes and minutes % 10080 == 0:
        return _tr_length("%Ln week(s)", "", minutes // 10080)
    if minutes and minutes % 1440 == 0:
        return _tr_length("%Ln day(s)", "", minutes // 1440)
    hours, rest = divmod(minutes, 60)
    locale = QLocale()  # the reader's digits: '۴۵ دقیقه', not '45 دقیقه'
    if hours and rest:
        return _tr_length("{hours} h {minutes} min").format(hours=locale.toString(hours), minutes=locale.toString(rest))
    if hours:
        return _tr_length("{hours} h").format(hours=locale.toString(hours))
    return _tr_length("{minutes} min").format(minutes=locale.toString(rest))


def alarm_text(minutes: int | None) -> str:
    """An activity's alarm: 'No alarm', 'At the start', '15 min before'."""
    if minutes is None:
        return _tr_length("No alarm")
    if minutes == 0:
        return _tr_length("At the start")
    return _tr_length("{length} before").format(length=minutes_text(minutes))


def month_year_text(year: int, month: int) -> str:
    """A month of a year: 'May 2026', '2026年5月', 'مه ۲۰۲۶' — the month's name as it stands alone, not the form it
    takes inside a date (Persian 'مهٔ', Russian 'мая'), in the language's order and digits."""
    locale = QLocale()
    zero = locale.zeroDigit()
    digits = "".join(chr(ord(zero) + int(d)) for d in str(year))  # never grouped: '۲۰۲۶', not '۲٬۰۲۶'
    name = locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)
    return QCoreApplication.translate("Dates", "{month} {year}").format(month=name, year=digits)


def _without_weekday(fmt: str) -> str:
    """A date format with its weekday taken out: a birthday is a day of the year, not the weekday someone was born
    on ('dddd, MMMM d, yyyy' → 'MMMM d, yyyy'; Thai 'ddddที่ d MMMM yyyy' → 'd MMMM yyyy')."""
    if fmt.startswith("dddd"):
        fmt = re.sub(r"dddd[^\s'dMy]*[\s,،]*", "", fmt, count=1)
    else:
        fmt = re.sub(r"[\s,،]*dddd\S*", "", fmt)
    return fmt.strip(" ,،")


def _without_year(fmt: str) -> str:
    """A date format with its year (and what stands with it: 'г.', 年, a comma) taken out: 'MMMM d, yyyy' → 'MMMM d'."""
    fmt = re.sub(r"\s*'[^']*'\.?", "", fmt)
    fmt = re.sub(r"[\s,،/.\-]*y+[年년]?\s*", " ", fmt)
    return fmt.strip(" ,،./-")


def format_day(day: date, *, year: bool = True, style: str | None = None) -> str:
    """A day of the year in words, without its weekday: 'April 15, 1980', '15. apríl 1980', '1980年4月15日', or
    without the year ('April 15') for a birthday whose year is unknown. ISO 8601 when that style is chosen (or the C
    locale); a day without a year is then written the locale's way, as ISO has no readable form for it."""
    locale = QLocale()
    if year and _iso_wanted(style, locale):
        return day.isoformat()
    fmt = _without_weekday(locale.dateFormat(QLocale.FormatType.LongFormat))
    if not year:
        fmt = _without_year(fmt)
    return locale.toString(QDate(day.year if year else 2000, day.month, day.day), fmt)
