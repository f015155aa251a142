"""Translated words for what the services hand over in English: entry labels, field names, action names, errors,
and the words of each kind's page (`kind_words`).

The services speak in stable keys ("cell", "emails", "Edit contact", error codes); this module is the one place
the desktop app turns them into the reader's language. Each text is a literal inside a translate() call so
pyside6-lupdate finds it.
"""

from __future__ import annotations

import errno
import functools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import ParamSpec

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QGuiApplication

from cardfile.domain.errors import CardfileError
from cardfile.domain.sentences import Sentence
from cardfile.domain.values import ClearResult
from cardfile.services.readmodels import ActionRead
from cardfile.ui.sync.reasons import sync_detail

Words = ParamSpec("Words")
RIGHT_TO_LEFT_MARK = "\u200f"


def directed(words: Callable[Words, str]) -> Callable[Words, str]:
    """A sentence that reads in the interface's direction: in a right-to-left interface it starts with a
    right-to-left mark, so one that opens with a Latin value (a file's path, a rule's part) is still laid out from
    the right (a label takes its direction from the first letter it shows)."""

    @functools.wraps(words)
    def worded(*args: Words.args, **kwargs: Words.kwargs) -> str:
        return in_direction(words(*args, **kwargs))

    return worded


def in_direction(text: str) -> str:
    """`text` laid out in the interface's direction whatever letter it starts with (see `directed`)."""
    if QGuiApplication.isRightToLeft() and not text.startswith(RIGHT_TO_LEFT_MARK):
        return RIGHT_TO_LEFT_MARK + text
    return text


def file_name(path: object) -> str:
    """A file's path or name as the window shows it: in a right-to-left interface isolated left to right (LRI …
    PDI), or '/home/ann/report.pdf' would show its first slash at the other end (and a folder with a Persian name
    would turn the whole path round)."""
    text = str(path)
    return f"\u2066{text}\u2069" if QGuiApplication.isRightToLeft() else text


_FILE_PARAMS = ("path", "file", "target", "folder")


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _n(context: str, text: str, count: int) -> str:
    """A text with a number (%Ln, in the reader's digits) in the plural form the reader's language gives it."""
    return QCoreApplication.translate(context, text, "", count)


def _seeded(text: str) -> str:
    return QCoreApplication.translate("Deals", text, "seeded")


def seeded_name(name: str) -> str:
    """The Sales pipeline, its stages, and the roles and won and lost reasons every database starts with, in the
    reader's language while they keep the name they came with; one renamed, or of the user's own, as it was named
    (the seeds are the same English rows on every device: store/seeds.py)."""
    return seeded_names().get(name, name)


def seeded_names() -> dict[str, str]:
    """Each seeded name (store/seeds.py) and how the reader says it."""
    return {
        "Sales": _seeded("Sales"),
        "Prospect": _seeded("Prospect"),
        "Qualified": _seeded("Qualified"),
        "Proposal": _seeded("Proposal"),
        "Negotiation": _seeded("Negotiation"),
        "Commitment": _seeded("Commitment"),
        "Price": _seeded("Price"),
        "Product fit": _seeded("Product fit"),
        "Relationship": _seeded("Relationship"),
        "Service and support": _seeded("Service and support"),
        "Timing": _seeded("Timing"),
        "Other": _seeded("Other"),
        "Competitor": _seeded("Competitor"),
        "No budget": _seeded("No budget"),
        "No decision": _seeded("No decision"),
        "Decision maker": _seeded("Decision maker"),
        "Economic buyer": _seeded("Economic buyer"),
        "Influencer": _seeded("Influencer"),
        "Champion": _seeded("Champion"),
        "Technical evaluator": _seeded("Technical evaluator"),
        "User": _seeded("User"),
    }


def separator() -> str:
    """What stands between the parts of a line ('Meeting · 5/27/26'): a middle dot in most languages; Persian
    writes a dash, as its middle dot reads as the zero '۰' beside its digits."""
    return _t("Words", " · ")


def script_name(name: str) -> str:
    """A writing system a font lacks (interchange/fonts.py names them in English) as the reader calls it; a
    character of no known script is named by its code point ("U+1D400"), which reads the same everywhere."""
    names = {
        "Greek": _t("Script", "Greek"),
        "Cyrillic": _t("Script", "Cyrillic"),
        "Armenian": _t("Script", "Armenian"),
        "Hebrew": _t("Script", "Hebrew"),
        "Arabic": _t("Script", "Arabic"),
        "Devanagari": _t("Script", "Devanagari"),
        "Bengali": _t("Script", "Bengali"),
        "Tamil": _t("Script", "Tamil"),
        "Thai": _t("Script", "Thai"),
        "Lao": _t("Script", "Lao"),
        "Georgian": _t("Script", "Georgian"),
        "Hangul": _t("Script", "Hangul (Korean)"),
        "Ethiopic": _t("Script", "Ethiopic"),
        "Japanese kana": _t("Script", "Japanese kana"),
        "Bopomofo": _t("Script", "Bopomofo"),
        "CJK (Chinese, Japanese, Korean) ideographs": _t("Script", "Chinese characters (kanji, hanja)"),
        "emoji": _t("Script", "emoji"),
    }
    return names.get(name, name)


def script_names(names: Iterable[str]) -> str:
    """Writing systems as a list in the reader's words and the reader's way of joining a list ("Thai and Arabic",
    "تایلندی و عربی")."""
    return QLocale().createSeparatedList([script_name(name) for name in names])


def entry_label(label: str) -> str:
    """'work', 'cell' … as the reader says them; a custom label is shown as the person typed it."""
    standard = {
        "work": _t("EntryLabel", "work"),
        "home": _t("EntryLabel", "home"),
        "cell": _t("EntryLabel", "mobile"),
        "fax": _t("EntryLabel", "fax"),
        "other": _t("EntryLabel", "other"),
    }
    return standard.get(label, label)


def activity_type_name(key: str | None, name: str) -> str:
    """A built-in activity type (by its key) in the reader's language, a type of one's own as it was named."""
    built_in = {
        "call": _t("ActivityEditors", "Call"),
        "meeting": _t("ActivityEditors", "Meeting"),
        "todo": _t("ActivityEditors", "To-do"),
    }
    return built_in.get(key or "", name)


def record_type_plural(record_type: str) -> str:
    """The heading of a group of search results."""
    names = {
        "contact": _t("RecordType", "Contacts"),
        "company": _t("RecordType", "Companies"),
        "activity": _t("RecordType", "Activities"),
        "note": _t("RecordType", "Notes"),
        "deal": _t("RecordType", "Deals"),
    }
    return names.get(record_type, record_type)


@dataclass(frozen=True)
class KindWords:
    """What a kind's page says about its records: its navigation title, New, a number of records (`counted`:
    "1 contact", "3 contacts" in the plural form of the reader's language), the status bar's count, the empty list,
    a filter matching nothing, the empty card."""

    title: str
    new: str
    counted: Callable[[int], str]
    count: str
    empty_title: str
    empty_explanation: str
    no_matches: str
    placeholder: str
    menu: str = ""  # the menu bar's menu for the records of the page shown ("&Contact"); '' the title

    def records(self, count: int) -> str:
        """'1 contact', '3 contacts' (the number in the reader's format)."""
        return self.counted(count)


def kind_words(record_type: str) -> KindWords:
    """The words of the page listing records of a type (kinds without a page here describe their own)."""
    contact, company = "ContactsPage", "CompaniesPage"
    words = {
        "contact": KindWords(
            title=_t(contact, "Contacts"),
            new=_t(contact, "&New Contact"),
            counted=lambda n: _n(contact, "%Ln contact(s)", n),
            count=_t(contact, "Contacts: {count}"),
            empty_title=_t(contact, "No contacts yet"),
            empty_explanation=_t(
                contact,
                "The people you work with will be listed here: add them one by one, or import the vCard or CSV "
                "file another address book (Outlook, Google, a phone) exports.",
            ),
            no_matches=_t(contact, "No contacts match the filter"),
            placeholder=_t(contact, "Select a contact to see their card."),
            menu=_t(contact, "&Contact"),
        ),
        "company": KindWords(
            title=_t(company, "Companies"),
            new=_t(company, "&New Company"),
            counted=lambda n: _n(company, "%Ln company(ies)", n),
            count=_t(company, "Companies: {count}"),
            empty_title=_t(company, "No companies yet"),
            empty_explanation=_t(
                company,
                "Organizations are listed here. A company is added when you create it, or when you give a contact "
                "a company name it does not know yet.",
            ),
            no_matches=_t(company, "No companies match the filter"),
            placeholder=_t(company, "Select a company to see its card."),
            menu=_t(company, "&Company"),
        ),
        "deal": KindWords(
            title=_t("DealsPage", "Deals"),
            new=_t("DealsPage", "&New Deal"),
            counted=lambda n: _n("DealsPage", "%Ln deal(s)", n),
            count=_t("DealsPage", "Deals: {count}"),
            empty_title=_t("DealsPage", "No deals yet"),
            empty_explanation=_t(
                "DealsPage",
                "Your sales opportunities are followed here, stage by stage through a pipeline: what each is worth, "
                "who is on it and when it should close.",
            ),
            no_matches=_t("DealsPage", "No deals match the filter"),
            placeholder=_t("DealsPage", "Select a deal to see its card."),
            menu=_t("DealsPage", "&Deal"),
        ),
    }
    return words[record_type]


def field_name(field: str) -> str:
    """A record's field as the History list names it."""
    names = {
        "prefix": _t("Field", "Prefix"),
        "given": _t("Field", "Given name"),
        "additional": _t("Field", "Middle name"),
        "family": _t("Field", "Family name"),
        "suffix": _t("Field", "Suffix"),
        "nickname": _t("Field", "Nickname"),
        "display_name": _t("Field", "Name"),
        "name": _t("Field", "Name"),
        "phonetic_given": _t("Field", "Given name (phonetic)"),
        "phonetic_additional": _t("Field", "Middle name (phonetic)"),
        "phonetic_family": _t("Field", "Family name (phonetic)"),
        "title": _t("Field", "Title"),
        "department": _t("Field", "Department"),
        "company_id": _t("Field", "Company"),
        "parent_id": _t("Field", "Parent company"),
        "industry": _t("Field", "Industry"),
        "website": _t("Field", "Website"),
        "birthday": _t("Field", "Birthday"),
        "anniversary": _t("Field", "Anniversary"),
        "photo": _t("Field", "Photo"),
        "logo": _t("Field", "Logo"),
        "note": _t("Field", "Note"),
        "tags": _t("Field", "Tags"),
        "emails": _t("Field", "Email"),
        "phones": _t("Field", "Phone"),
        "addresses": _t("Field", "Address"),
        "urls": _t("Field", "Web"),
        "ims": _t("Field", "Messaging"),
        "dates": _t("Field", "Dates"),
        "custom": _t("Field", "Custom fields"),
        "owner_id": _t("Field", "Owner"),
        "private": _t("Field", "Private"),
        "deleted_at": _t("Field", "Trash"),
        "vcard_uid": _t("Field", "vCard UID"),
        "vcard_extra": _t("Field", "Other vCard properties"),
        # activities
        "type_id": _t("Field", "Type"),
        "subject": _t("Field", "Subject"),
        "details": _t("Field", "Details"),
        "starts_at": _t("Field", "Starts"),
        "ends_at": _t("Field", "Ends"),
        "timeless": _t("Field", "Any time that day"),
        "all_day": _t("Field", "All day"),
        "time_zone": _t("Field", "Time zone"),
        "priority": _t("Field", "Priority"),
        "status": _t("Field", "Status"),
        "result": _t("Field", "Result"),
        "outcome": _t("Field", "Outcome"),
        "happened_at": _t("Field", "Happened"),
        "completed_at": _t("Field", "Cleared"),
        "alarm_minutes": _t("Field", "Alarm"),
        "alarm_snoozed_until": _t("Field", "Alarm snoozed until"),
        "alarm_dismissed_through": _t("Field", "Alarm dismissed"),
        "rrule": _t("Field", "Repeats"),
        "deal_id": _t("Field", "Deal"),
        "series_id": _t("Field", "Series"),
        "recurrence_id": _t("Field", "Occurrence"),
        "ical_uid": _t("Field", "iCalendar UID"),
    }
    return names.get(field, field.replace("_", " "))


def action_name(label: str) -> str:
    """The name of an action in the change log ("Edit contact", "Undo Edit contact") in the reader's language."""
    for prefix, template in (
        ("Undo ", _t("Action", "Undo {action}")),
        ("Redo ", _t("Action", "Redo {action}")),
    ):
        if label.startswith(prefix):
            return template.format(action=action_name(label.removeprefix(prefix)))
    counted = {  # actions on several records name how many ("Clear 3 activities")
        "Clear ": lambda n: _n("Action", "Clear %Ln activity(ies)", n),
        "Reschedule ": lambda n: _n("Action", "Reschedule %Ln activity(ies)", n),
        "Delete ": lambda n: _n("Action", "Delete %Ln activity(ies)", n),
    }
    for prefix, text in counted.items():
        rest = label.removeprefix(prefix).removesuffix(" activities")
        if label.startswith(prefix) and label.endswith(" activities") and rest.isdigit():
            return text(int(rest))
    if label.startswith("Schedule activity with ") and label.endswith(" people"):
        count = label.removeprefix("Schedule activity with ").removesuffix(" people")
        if count.isdigit():
            return _n("Action", "Schedule an activity with each of %Ln person(s)", int(count))
    if label.startswith("Imported from "):
        return _t("Action", "Import from {file}").format(file=label.removeprefix("Imported from "))
    names = {
        "Add contact": _t("Action", "Add contact"),
        "Add contacts": _t("Action", "Add contacts"),
        "Edit contact": _t("Action", "Edit contact"),
        "Delete contact": _t("Action", "Delete contact"),
        "Restore contact": _t("Action", "Restore contact"),
        "Tag contacts": _t("Action", "Tag contacts"),
        "Delete contacts": _t("Action", "Delete contacts"),
        "Tag companies": _t("Action", "Tag companies"),
        "Delete companies": _t("Action", "Delete companies"),
        "Add company": _t("Action", "Add company"),
        "Edit company": _t("Action", "Edit company"),
        "Delete company": _t("Action", "Delete company"),
        "Restore company": _t("Action", "Restore company"),
        "Schedule activity": _t("Action", "Schedule activity"),
        "Edit activity": _t("Action", "Edit activity"),
        "Clear activity": _t("Action", "Clear activity"),
        "Delete activity": _t("Action", "Delete activity"),
        "Restore activity": _t("Action", "Restore activity"),
        "Edit one occurrence": _t("Action", "Change one occurrence"),
        "Skip one occurrence": _t("Action", "Skip one occurrence"),
        "Reschedule activity": _t("Action", "Reschedule activity"),
        "Add activity type": _t("Action", "Add activity type"),
        "Snooze alarm": _t("Action", "Snooze alarm"),
        "Dismiss alarm": _t("Action", "Dismiss alarm"),
        "Fix the dates of timeless activities": _t("Action", "Fix the dates of timeless activities"),
        "Add note": _t("Action", "Add note"),
        "Edit note": _t("Action", "Edit note"),
        "Delete note": _t("Action", "Delete note"),
        "Restore note": _t("Action", "Restore note"),
        "Add deal": _t("Action", "Add deal"),
        "Edit deal": _t("Action", "Edit deal"),
        "Move deal": _t("Action", "Move deal"),
        "Close deal": _t("Action", "Close deal"),
        "Reopen deal": _t("Action", "Reopen deal"),
        "Delete deal": _t("Action", "Delete deal"),
        "Delete deals": _t("Action", "Delete deals"),
        "Restore deal": _t("Action", "Restore deal"),
        "Add to list": _t("Action", "Add to list"),
        "Remove from list": _t("Action", "Remove from list"),
        "Add pipeline": _t("Action", "Add pipeline"),
        "Rename pipeline": _t("Action", "Rename pipeline"),
        "Remove pipeline": _t("Action", "Remove pipeline"),
        "Add stage": _t("Action", "Add stage"),
        "Change stage": _t("Action", "Change stage"),
        "Reorder stages": _t("Action", "Reorder stages"),
        "Remove stage": _t("Action", "Remove stage"),
        "Add group": _t("Action", "Add group"),
        "Rename group": _t("Action", "Rename group"),
        "Add to group": _t("Action", "Add to group"),
        "Remove from group": _t("Action", "Remove from group"),
        "Delete group": _t("Action", "Delete group"),
        "Restore group": _t("Action", "Restore group"),
        "Save lookup": _t("Action", "Save lookup"),
        "Edit lookup": _t("Action", "Edit lookup"),
        "Delete lookup": _t("Action", "Delete lookup"),
        "Add custom field": _t("Action", "Add custom field"),
        "Edit custom field": _t("Action", "Edit custom field"),
        "Remove custom field": _t("Action", "Remove custom field"),
        "Restore custom field": _t("Action", "Restore custom field"),
        "Restore from Trash": _t("Action", "Restore from Trash"),
        "Erase record": _t("Action", "Erase record"),
        "Empty Trash": _t("Action", "Empty Trash"),
        "Merge contacts": _t("Action", "Merge contacts"),
        "Merge companies": _t("Action", "Merge companies"),
        "Unmerge contacts": _t("Action", "Unmerge contacts"),
        "Unmerge companies": _t("Action", "Unmerge companies"),
        "Mark as not duplicates": _t("Action", "Mark as not duplicates"),
        "Unmark not duplicates": _t("Action", "Unmark not duplicates"),
        "Carry over edits to merged records": _t("Action", "Carry over edits to merged records"),
        "Sync": _t("Action", "Sync"),
        "Sync: a new device": _t("Action", "Sync (first on this device)"),
        "Sync: pushed": _t("Action", "Sync (sent)"),
        "Sync: pulled": _t("Action", "Sync (received)"),
        "Sign in to sync": _t("Action", "Sign in to sync"),
        "Display names rebuilt after a sync": _t("Action", "Rebuild names after a sync"),
        "Pick the other value": _t("Action", "Take the other value"),
        "Keep the current value": _t("Action", "Keep the current value"),
        "Prepare search": _t("Action", "Prepare search"),
        "Rebuild search index": _t("Action", "Rebuild the search index"),
        "Change name order": _t("Action", "Change name order"),
        "Repair database": _t("Action", "Repair database"),
        "import": _t("Action", "import"),
    }
    return names.get(label, label)


def counted_action(label: str, records: Mapping[str, int]) -> str:
    """An action named with how many records it touched, where that says more than its name: ("Delete contacts",
    {"contact": 3}) → "Delete 3 contacts"; a label of an undo or redo names the action taken back."""
    base = label.removeprefix("Undo ").removeprefix("Redo ")
    counted = {
        "Delete contacts": ("contact", _t("Action", "Delete {records}")),
        "Tag contacts": ("contact", _t("Action", "Tag {records}")),
        "Add contacts": ("contact", _t("Action", "Add {records}")),
        "Delete companies": ("company", _t("Action", "Delete {records}")),
        "Tag companies": ("company", _t("Action", "Tag {records}")),
    }
    found = counted.get(base)
    if found is not None and records.get(found[0]):
        record_type, template = found
        return template.format(records=kind_words(record_type).records(records[record_type]))
    return action_name(base)


def undo_text(action: ActionRead | None) -> str:
    """Edit ▸ Undo, naming what it takes back: "&Undo Delete 3 contacts"; "&Undo" when that is not known."""
    if action is None:
        return _t("Action", "&Undo")
    return _t("Action", "&Undo {action}").format(action=counted_action(action.label, action.records))


def redo_text(action: ActionRead | None) -> str:
    """Edit ▸ Redo, naming what it brings back: "&Redo Delete 3 contacts"."""
    if action is None:
        return _t("Action", "&Redo")
    return _t("Action", "&Redo {action}").format(action=counted_action(action.label, action.records))


@directed
def error_text(error: CardfileError) -> str:
    """A typed error as a sentence in the reader's language: by its code and parameters, a refused value by its
    reason (ui/problems.py); an error of a code this program does not know says so in the reader's words, never in
    the command line's English."""
    from cardfile.ui.problems import value_problem  # problems.py words fields with this module's tables

    templates = {
        "database_newer": _t(
            "Error",
            "{path} was written by a newer version of Cardfile (schema {found}); this version understands schema "
            "{supported} and will not change it. Install a newer Cardfile to open it.",
        ),
        "database_corrupt": _t("Error", "{path} is damaged or not a Cardfile database ({detail}). It was not changed."),
        "not_cardfile_database": _t(
            "Error", "{path} is an SQLite database of another program, not a Cardfile database. It was not changed."
        ),
        "database_locked": _t(
            "Error",
            "{path} is locked by another program or another Cardfile window; try again when it has finished. "
            "Nothing was changed.",
        ),
        "database_unreadable": _t("Error", "Cannot open {path}: {detail}. Nothing was changed."),
        "database_read_only": _t("Error", "{path} can be read but not changed here ({detail}). Nothing was changed."),
        "database_damaged": _t(
            "Error",
            "{path} was found damaged by a check ({checked_at}: {problem}); Cardfile shows it but will not change "
            "it. Restore a backup (cardfile db restore FILE) or repair it (cardfile db repair). Nothing was changed.",
        ),
        "disk_full": _t(
            "Error", "The disk holding {path} is full; the last change was not saved. Free some space and try again."
        ),
        "backup_failed": _t("Error", "Could not back up {path} to {target}: {detail}"),
        "daily_backup_not_made": _t(
            "Error",
            "Today's automatic backup of {path} was not made ({detail}); nothing else was affected, and Cardfile "
            "tries again within the hour.",
        ),
        "nothing_to_undo": _t("Error", "There is nothing to undo"),
        "not_owner": _t("Error", "Only {owner} may change who owns this {record_type} or whether it is private"),
        "not_found": _t("Error", "No {record_type} with id {record_id}"),
        "sync_not_configured": _t("Error", "Sync has no server yet: choose one in Sync ▸ Sync Settings."),
        "sync_unreachable": _t(
            "Error", "Cannot reach the sync server {server}: {detail}. Your changes are kept and will sync later."
        ),
        "sync_refused": _t("Error", "The sync server {server} refused: {detail}"),
        "sync_busy": _t("Error", "A sync of this database is running already."),
        "sync_incompatible": _t("Error", "Cannot sync with {server}: {detail}. Nothing was changed."),
        "sync_sign_in_needed": _t("Error", "Sign in to {server} as {user}: {detail}"),
        "missing_rate": _t(
            "Error", "There is no exchange rate from {source} to {target} yet: enter one in Exchange Rates…"
        ),
        "no_font": _t(
            "Error",
            "No TrueType or OpenType font was found on this computer (looked in {folders}); install one (for "
            "example DejaVu Sans or Noto Sans) to make PDF reports.",
        ),
        "sync_stopped": _t(
            "Error", "The sync was stopped. What the server had confirmed is kept; the rest is sent at the next sync."
        ),
        "csv_no_name_column": _t(
            "Error",
            "No column holds people's names, and {column!r} holds their company: each person would be shown by the "
            "company's name. Map the column with the names to a name field, or import as it is.",
        ),
        "cannot_merge": _t("Error", "Cannot merge {record}: {why}"),
        "cannot_unmerge": _t("Error", "Cannot unmerge {record}: {why}"),
        "merged_away": _t(
            "Error", "This card was merged into another; Unmerge in Lookup ▸ Merge History brings it back."
        ),
        "sync_insecure": _t(
            "Error",
            "Cardfile did not send your password to {server}: the address starts with http://, so anyone on the "
            "network could read it. Use the server's https:// address, or tick “Send my password without "
            "encryption” in Sync Settings.",
        ),
        "erase_not_allowed": _t(
            "Error", "Only {owner} or an administrator may erase this {record_type} for good; it stays in the Trash"
        ),
        "csv_nothing_to_name_by": _t(
            "Error",
            "No column is mapped to a name, a company or an email address, so nothing would tell the contacts apart. "
            "Choose the field of the column that holds them.",
        ),
        "not_vcard": _t("Error", "{file} is not a vCard file ({detail}); nothing was imported."),
        "not_icalendar": _t("Error", "{file} is not an iCalendar file ({detail}); nothing was imported."),
        "not_csv": _t("Error", "{file} is not a CSV file of contacts ({detail}); nothing was imported."),
        "file_unreadable": _t("Error", "Cannot read {file}: {detail}. Nothing was imported."),
        "no_card_files": _t("Error", "There are no .vcf or .vcard files in {folder}; nothing was imported."),
        "export_failed": _t("Error", "Cannot write {target}: {detail}. Nothing was exported."),
        "csv_needs_mapping": _t(
            "Error",
            "{file} is not a Google Contacts, Outlook or Cardfile export and its columns {columns} could not be "
            "matched to fields; choose which column holds which field. Nothing was imported.",
        ),
        "no_keyring": _t(
            "Error",
            "No keyring is available on this computer, so the sync sign-in cannot be remembered: Cardfile asks for "
            "the password again after every start.",
        ),
        "ambiguous": _t("Error", "“{what}” matches several records: {candidates}. Choose one of them."),
        "conflict": _t("Error", "This was changed elsewhere in the meantime; look at it again and repeat the change."),
    }
    if error.code == "import_partly_kept":
        return _import_partly_kept(error)
    if error.code == "stage_in_use":
        return _stage_in_use(error)
    if error.code == "csv_mapping":
        return _csv_mapping(error)
    if error.code == "invalid_value" and _pipeline_reason(error):
        return _pipeline_problem(error)
    if error.code == "invalid_value":
        return value_problem(error)
    template = templates.get(error.code)
    if template is None:
        return unknown_error_text(error)
    params = error.params
    if error.code in ("database_corrupt", "database_unreadable", "database_read_only") and params.get("reason"):
        params = {**params, "detail": _database_problem(params)}
    if error.code in ("not_vcard", "not_icalendar", "not_csv", "file_unreadable") and params.get("reason"):
        params = {**params, "detail": _file_problem(str(params["reason"]), str(params.get("detail", "")))}
    if error.code in _SYNC_CODES and params.get("reason"):
        params = {**params, "detail": sync_detail(params)}
    elif error.code in ("backup_failed", "daily_backup_not_made") and isinstance(params.get("detail"), Sentence):
        params = {**params, "detail": _backup_detail(params["detail"])}
    elif "errno" in params:  # an error of the operating system: its words by number, not the system's English
        params = {**params, "detail": os_problem(params["errno"], str(params.get("detail", "")))}
    params = {key: file_name(value) if key in _FILE_PARAMS else value for key, value in params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a bad translation must never hide the error it reports
        return unknown_error_text(error)


@directed
def unknown_error_text(error: CardfileError) -> str:
    """The last resort for a typed error with no sentence of its own (or a translation that does not fit it): said
    in the reader's words, with its code for whoever reads the log, never the command line's English."""
    return _t("Error", "Cardfile could not do this ({code}).").format(code=error.code)


_SYNC_CODES = frozenset({"sync_unreachable", "sync_refused", "sync_incompatible", "sync_sign_in_needed"})


def failure_text(error: BaseException) -> str:
    """Why a job the window started failed, for the window's own message: a typed error in the reader's words, an
    error of the computer (a file, the disk, the network) in the system's words. A bug is told by the crash dialog
    alone (its details, its log); here it is only a pointer to that dialog, never a second account of it."""
    if isinstance(error, CardfileError):
        return error_text(error)
    if isinstance(error, OSError):
        return os_error_text(error)
    return _t("Error", "Cardfile ran into an error of its own; the error report tells what happened.")


def os_problem(number: object, system_words: str = "") -> str:
    """What the operating system refused, by its error number, in the reader's words ("the disk is full"): the
    part after "Cannot write report.pdf: ". The system's own text (`system_words`, in the system's language) only
    for a number not listed here."""
    problems = {
        errno.ENOENT: _t("Error", "there is no such file or folder"),
        errno.EACCES: _t("Error", "you do not have permission to use it"),
        errno.EPERM: _t("Error", "you do not have permission to use it"),
        errno.ENOSPC: _t("Error", "the disk is full"),
        errno.EDQUOT: _t("Error", "your disk quota is used up"),
        errno.EROFS: _t("Error", "the disk can only be read, not written"),
        errno.EISDIR: _t("Error", "it is a folder, not a file"),
        errno.ENOTDIR: _t("Error", "a part of the path is not a folder"),
        errno.EEXIST: _t("Error", "it exists already"),
        errno.ENAMETOOLONG: _t("Error", "the name is too long"),
        errno.EBUSY: _t("Error", "another program is using it"),
        errno.ETXTBSY: _t("Error", "another program is using it"),
        errno.EIO: _t("Error", "the disk could not be read or written (an input/output error)"),
        errno.EMFILE: _t("Error", "too many files are open"),
        errno.ENFILE: _t("Error", "too many files are open"),
        errno.EFBIG: _t("Error", "the file is too large"),
        errno.ENOTEMPTY: _t("Error", "the folder is not empty"),
        errno.ELOOP: _t("Error", "its path goes round in a circle of links"),
        errno.EINVAL: _t("Error", "the name cannot be used here"),
        errno.ENODEV: _t("Error", "the disk or device is not there"),
        errno.ENXIO: _t("Error", "the disk or device is not there"),
        errno.ECONNREFUSED: _t("Error", "the connection was refused"),
        errno.ECONNRESET: _t("Error", "the connection was broken off"),
        errno.ETIMEDOUT: _t("Error", "there was no answer in time"),
        errno.EHOSTUNREACH: _t("Error", "the network cannot reach it"),
        errno.ENETUNREACH: _t("Error", "the network cannot reach it"),
    }
    known = problems.get(number) if isinstance(number, int) else None
    return known or system_words or _t("Error", "the system refused (error {number})").format(number=number)


@directed
def os_error_text(error: OSError, file: object = None) -> str:
    """An error of the computer (a file, the disk, the network) as a sentence in the reader's words that names the
    file (`file`, else the one the error names): "Cannot use report.pdf: the disk is full." """
    problem = os_problem(error.errno, error.strerror or str(error))
    named = file if file is not None else error.filename
    if named:
        return _t("Error", "Cannot use {file}: {problem}.").format(file=file_name(named), problem=problem)
    return _t("Error", "The computer refused: {problem}.").format(problem=problem)


def _database_problem(params: Mapping[str, object]) -> str:
    """Why a database cannot be opened or changed (the part in brackets of "… is damaged (its pages are damaged)")."""
    reason = str(params.get("reason", ""))
    if reason == "missing":
        return os_problem(errno.ENOENT)
    if reason == "needs_upgrade":
        return _t("Error", "it needs an upgrade to schema {schema} first, which writes to it").format(
            schema=params.get("schema", "")
        )
    problems = {
        "damaged": _t("Error", "its contents are damaged"),
        "pages_damaged": _t("Error", "its pages are damaged, which only a backup puts right"),
        "compressed_damaged": _t("Error", "its compressed copy is damaged"),
        "not_sqlite": _t("Error", "it is not an SQLite database file"),
        "cannot_open": _t("Error", "SQLite cannot open it"),
        "read_only": _t("Error", "it can only be read"),
        "io_error": os_problem(errno.EIO),
        "file_read_only": _t("Error", "the file is read-only for this user"),
        "folder_read_only": _t("Error", "its folder is read-only for this user"),
    }
    return problems.get(reason, str(params.get("detail", "")))


def _backup_detail(detail: Sentence) -> str:
    """Why a backup was not made, when the backup itself says why (no room for it), in the reader's words; the
    operating system's own words otherwise."""
    free, needed = detail.params.get("free_bytes"), detail.params.get("needed_bytes")
    if detail.code == "no_room" and isinstance(free, int) and isinstance(needed, int):
        size = QLocale().formattedDataSize
        return _t("Error", "only {free} free on its disk for a copy of {needed}").format(
            free=size(free), needed=size(needed)
        )
    return str(detail)


def _file_problem(reason: str, detail: str) -> str:
    """Why a file is not what it should be (the part in brackets of "… is not a CSV file (it is empty)")."""
    problems = {
        "empty": _t("Error", "it is empty"),
        "binary": _t("Error", "it holds binary data"),
        "no_header": _t("Error", "it has no header row"),
        "is_vcard": _t("Error", "it is a vCard file"),
        "no_begin": _t("Error", "it does not begin as one"),
        "missing": _t("Error", "there is no such file"),
    }
    return problems.get(reason, detail)


def _csv_mapping(error: CardfileError) -> str:
    """A column of a CSV mapped to something that is not a field (a mapping saved by a newer Cardfile)."""
    params = error.params
    reason = params.get("reason")
    try:
        if reason == "takes_no_label":
            text = _t(
                "Error", "The column “{column}” cannot be mapped to “{target}”: that field takes no label or part."
            )
        elif reason == "no_such_part":
            text = _t("Error", "The column “{column}” cannot be mapped to “{target}”: the field's parts are {parts}.")
        elif reason == "not_a_field_name":
            text = _t("Error", "The column “{column}” cannot be mapped to “{target}”: that is not a field's name.")
        else:
            text = _t("Error", "The column “{column}” cannot be mapped to “{target}”: there is no such field.")
        parts = QLocale().createSeparatedList([str(part) for part in params.get("parts") or ()])
        return text.format(column=params["column"], target=params["target"], parts=parts)
    except (KeyError, IndexError, ValueError):  # a bad translation must never hide the error it reports
        return unknown_error_text(error)


def _stage_in_use(error: CardfileError) -> str:
    """A stage or a pipeline that still holds deals, with how many in the reader's plural form and the stages they
    can go to (the Sales pipeline's own ones in the reader's words)."""
    params = error.params
    count = int(params.get("count", 0))
    try:
        if params.get("stage"):
            targets = [seeded_name(str(name)) for name in params.get("targets") or ()]
            return _n(
                "Error", "The stage “{stage}” holds %Ln deal(s); choose the stage they move to: {stages}.", count
            ).format(stage=seeded_name(str(params["stage"])), stages=", ".join(targets))
        return _n(
            "Error", "The pipeline “{pipeline}” holds %Ln deal(s); choose a stage of another pipeline for them.", count
        ).format(pipeline=seeded_name(str(params["pipeline"])))
    except (KeyError, IndexError, ValueError):  # a bad translation must never hide the error it reports
        return unknown_error_text(error)


_PIPELINE_REASONS = ("no_name", "name_too_long", "name_taken", "probability_range", "only_stage", "only_pipeline")


def _pipeline_reason(error: CardfileError) -> bool:
    """A pipeline's or a stage's own refusal (other records have names to refuse too)."""
    return error.params.get("reason") in _PIPELINE_REASONS and error.params.get("field") in (
        "stage",
        "pipeline",
        "probability",
    )


def _pipeline_problem(error: CardfileError) -> str:
    """A pipeline's or a stage's name or probability refused, in the reader's words (the seeded names in them too)."""
    params, reason = error.params, error.params.get("reason")
    stage = params.get("field") == "stage"
    try:
        if reason == "no_name":
            return _t("Error", "A stage needs a name.") if stage else _t("Error", "A pipeline needs a name.")
        if reason == "name_too_long":
            return _n("Error", "A name can be at most %Ln character(s) long.", int(params["limit"]))
        if reason == "name_taken":
            name = seeded_name(str(params["name"]))
            if stage:
                return _t("Error", "The pipeline “{pipeline}” already has a stage named “{name}”.").format(
                    pipeline=seeded_name(str(params["within"])), name=name
                )
            return _t("Error", "There is already a pipeline named “{name}”.").format(name=name)
        if reason == "probability_range":
            return _t("Error", "{stage}: a probability is a whole number from 0 to 100.").format(
                stage=seeded_name(str(params["stage"]))
            )
        if reason == "only_stage":
            return _t("Error", "“{stage}” is the only stage of “{pipeline}”; a pipeline keeps at least one.").format(
                stage=seeded_name(str(params["stage"])), pipeline=seeded_name(str(params["pipeline"]))
            )
        return _t("Error", "“{pipeline}” is the only pipeline; add another before removing it.").format(
            pipeline=seeded_name(str(params["pipeline"]))
        )
    except (KeyError, IndexError, ValueError):  # a bad translation must never hide the error it reports
        return unknown_error_text(error)


def _import_partly_kept(error: CardfileError) -> str:
    """An import that stopped part-way and could not take itself back: why, what stayed, and how to remove it."""
    cause = error.__cause__
    if isinstance(cause, CardfileError | OSError):
        why = failure_text(cause)
    else:  # the cause is not at hand (a bug, told by the crash dialog): say no more than that
        why = _t("Error", "Cardfile ran into an error of its own; the error report tells what happened.")
    contacts, companies, changed = (int(error.params.get(k, 0)) for k in ("new_contacts", "new_companies", "changed"))
    parts = []
    if contacts:
        parts.append(QCoreApplication.translate("Error", "%Ln new contact(s)", "", contacts))
    if companies:
        parts.append(QCoreApplication.translate("Error", "%Ln new company(ies)", "", companies))
    if changed:
        parts.append(QCoreApplication.translate("Error", "%Ln changed record(s)", "", changed))
    return _t(
        "Error",
        "The import stopped part-way. {cause} What it had written before that stayed in the database: {kept}. "
        "Once the problem is solved, Edit ▸ Undo takes all of it back in one step.",
    ).format(cause=why, kept=", ".join(parts) or _t("Error", "the batches it had written"))


def result_text(result: str) -> str:
    """How a cleared activity went, in the reader's words (a result of one's own as it was typed)."""
    return {
        ClearResult.COMPLETED.value: _t("Result", "completed"),
        ClearResult.LEFT_MESSAGE.value: _t("Result", "left a message"),
        ClearResult.NO_ANSWER.value: _t("Result", "no answer"),
    }.get(result, result)
