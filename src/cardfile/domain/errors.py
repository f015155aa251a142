"""Typed errors: a stable code, parameters, and an English template the command line prints.

The desktop UI maps `code` to translated text; nothing below builds a sentence by hand, so the same error reads
the same wherever it is raised.
"""

from __future__ import annotations

from typing import Any, ClassVar


class CardfileError(Exception):
    """Base class of every error Cardfile reports to a person.

    `environment` tells an error of the surroundings (locked file, full disk, unreachable server) from bad input;
    neither is a bug, and both keep the data unchanged.
    """

    code: ClassVar[str] = "error"
    template: ClassVar[str] = "{message}"
    environment: ClassVar[bool] = False

    def __init__(self, **params: Any) -> None:
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError):  # a template must never hide the error it reports
            return f"{self.code}: {self.params}"


class ValidationError(CardfileError):
    """A value a person typed or a file supplied does not fit the field.

    `field` names it and `problem` says what is wrong in English (the command line prints them); `reason` is the
    problem's stable key and the other parameters its parts (a value, a limit), from which the app words it in the
    reader's language. Every ValidationError the program raises gives a `reason` (a test holds it to that)."""

    code = "invalid_value"
    template = "{field}: {problem}"


class Invalid(ValueError):
    """A domain validator's refusal inside a pydantic model (a ValueError, as pydantic wants): `str()` is the English
    problem, and `models.validate` carries `reason` and `params` into the ValidationError it raises."""

    def __init__(self, problem: str, *, reason: str, **params: Any) -> None:
        super().__init__(problem)
        self.reason = reason
        self.params = params


class NotFound(CardfileError):
    code = "not_found"
    template = "No {record_type} with id {record_id}"


class Ambiguous(CardfileError):
    code = "ambiguous"
    template = "{what!r} matches several {record_type} records: {candidates}"


class Conflict(CardfileError):
    code = "conflict"
    template = "{message}"


class NotOwner(CardfileError):
    """Only a record's owner may make it private or public, or give it away (the sync server checks it too)."""

    code = "not_owner"
    template = "Only {owner} may change who owns this {record_type} or whether it is private"


class StageInUse(CardfileError):
    """A stage (or a whole pipeline) still holds deals: the person picks where they go; deals are never dropped.

    Parameters: `pipeline` (its name), `stage` (the stage's name; None when the whole pipeline goes), `count` (the
    deals in it) and `targets` (the names of the stages they can move to; empty: a stage of another pipeline)."""

    code = "stage_in_use"
    template = "{where} holds {count} deal(s); name the stage they move to ({how})"

    @property
    def message(self) -> str:
        p = self.params
        try:
            where = f"Stage {p['stage']}" if p.get("stage") else f"Pipeline {p['pipeline']}"
            how = ", ".join(p.get("targets") or ()) or "a stage of another pipeline"
            return self.template.format(where=where, count=p["count"], how=how)
        except KeyError:  # a template must never hide the error it reports
            return f"{self.code}: {self.params}"


class MergedAway(CardfileError):
    """A record merged into another is brought back by unmerging it, not from the Trash."""

    code = "merged_away"
    template = "This {record_type} was merged into another; unmerge it to bring it back (cardfile merges {record_id})"


class NothingToUndo(CardfileError):
    code = "nothing_to_undo"
    template = "There is nothing to undo"


# ----- errors of the environment: the database file and its surroundings -----


class DatabaseError(CardfileError):
    environment = True


class DatabaseNewer(DatabaseError):
    code = "database_newer"
    template = (
        "{path} was written by a newer version of Cardfile (schema {found}); this version understands schema "
        "{supported} and will not change it. Install a newer Cardfile to open it."
    )


class DatabaseCorrupt(DatabaseError):
    code = "database_corrupt"
    template = "{path} is damaged or not a Cardfile database ({detail}). It was not changed."


class NotACardfileDatabase(DatabaseError):
    code = "not_cardfile_database"
    template = "{path} is an SQLite database of another program, not a Cardfile database. It was not changed."


class DatabaseLocked(DatabaseError):
    code = "database_locked"
    template = (
        "{path} is locked by another program or another Cardfile window; try again when it has finished. "
        "Nothing was changed."
    )


class DatabaseUnreadable(DatabaseError):
    code = "database_unreadable"
    template = "Cannot open {path}: {detail}. Nothing was changed."


class DatabaseReadOnly(DatabaseError):
    """The database can be read (listed, searched, exported) but this process may not change it."""

    code = "database_read_only"
    template = "{path} can be read but not changed here ({detail}). Nothing was changed."


class DatabaseDamaged(DatabaseError):
    """`db check` found damage: the file is read but never written until it is restored or repaired."""

    code = "database_damaged"
    template = (
        "{path} was found damaged by `cardfile db check` ({checked_at}: {problem}); Cardfile reads it but will not "
        "change it. Restore a backup (`cardfile db backups` lists the automatic ones; `cardfile db restore FILE`), "
        "or run `cardfile db repair`. Nothing was changed."
    )


class DiskFull(DatabaseError):
    code = "disk_full"
    template = "The disk holding {path} is full; the last change was not saved. Free some space and try again."


class BackupFailed(DatabaseError):
    code = "backup_failed"
    template = "Could not back up {path} to {target}: {detail}"


class DailyBackupNotMade(DatabaseError):
    """A warning, never raised: the automatic backup is a convenience that must not fail the person's command."""

    code = "daily_backup_not_made"
    template = (
        "warning: today's automatic backup of {path} was not made ({detail}); nothing else was affected, and it "
        "is tried again the next time the database is opened"
    )


# ----- sync -----


class SyncError(CardfileError):
    """Sync could not finish; what was confirmed before stays confirmed, and nothing local is lost."""


class SyncStopped(CardfileError):
    """The person stopped a sync while it waited for the server. Not a failure (it is not kept as the last error):
    what the server had confirmed stays confirmed, and the rest waits in the outbox for the next sync."""

    code = "sync_stopped"
    template = "The sync was stopped. What the server had confirmed is kept; the rest is sent at the next sync."


class SyncBusy(SyncError):
    """A sync was asked for while this program syncs the same database already."""

    code = "sync_busy"
    template = "A sync of this database is running already."
    environment = True


class SyncNotConfigured(SyncError):
    code = "sync_not_configured"
    template = "Sync has no server yet: give --server URL and --user NAME once (they are remembered)."


class SyncUnreachable(SyncError):
    code = "sync_unreachable"
    template = "Cannot reach the sync server {server}: {detail}. Your changes are kept and will sync later."
    environment = True


class SyncRefused(SyncError):
    code = "sync_refused"
    template = "The sync server {server} refused: {detail}"
    environment = True


class SyncIncompatible(SyncError):
    code = "sync_incompatible"
    template = "Cannot sync with {server}: {detail}. Nothing was changed."
    environment = True


class SyncSignInNeeded(SyncError):
    code = "sync_sign_in_needed"
    template = "Sign in to {server} as {user}: {detail}"


class SyncInsecure(SyncError):
    """The password would cross the network unencrypted, and the person did not allow it."""

    code = "sync_insecure"
    template = (
        "Cardfile did not send your password to {server}: the address starts with http://, so anyone on the network "
        "could read it. Use the server's https:// address, or allow it for this server (cardfile sync --insecure, "
        "or the box in Sync Settings)."
    )


class EraseNotAllowed(CardfileError):
    """Only a record's owner or an administrator of the sync server may erase it; anyone may move it to the Trash."""

    code = "erase_not_allowed"
    template = "Only {owner} or an administrator may erase this {record_type} for good; it stays in the Trash"


class NoKeyring(SyncError):
    code = "no_keyring"
    template = (
        "No keyring is available on this system, so the sync sign-in cannot be remembered: you will be asked for "
        "the password at every sync (scripts can set CARDFILE_PASSWORD)."
    )
    environment = True
