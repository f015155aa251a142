"""Why a sync failed, in the reader's language: the `{detail}` of a sync error's sentence, from its `reason`.

A sync error carries the English `detail` for the command line and a `reason` (services.sync_transport's
SERVER_REASONS and DEVICE_REASONS) with what it names. The window says the reason in its reader's words and never
shows a server's own words: a device trusts no server, and a reason it does not know is only the HTTP status.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from cardfile.ui.dates import minutes_text


def _t(text: str) -> str:
    return QCoreApplication.translate("SyncReason", text)


def sync_detail(params: Mapping[str, Any]) -> str:
    """The part of a sync error's sentence that says why, from its `reason` and what it names."""
    reason = params.get("reason")
    if reason == "protocol_mismatch":  # found by this device at the handshake rather than told by the server
        reason = "incompatible_protocol"
    account = params.get("account")
    texts = {
        "wrong_password": _t("wrong user name or password"),
        "device_revoked": _t("this computer's sign-in was revoked or has expired; sign in again"),
        "not_signed_in": _t("this computer is not signed in yet"),
        "too_large": _t("what this computer sent is more than the server takes at once"),
        "incompatible_protocol": _t(
            "the server and this version of Cardfile speak different versions of the sync protocol; update the older "
            "one"
        ),
        "server_error": _t("the server ran into an error of its own; nothing was changed, try again later"),
        "bad_request": _t("the server could not take what this computer sent; nothing was changed"),
        "batch_out_of_order": _t("the server expected this computer's changes in another order; they are sent again"),
        "nothing_answers": _t("nothing answers at that address (is the server running?)"),
        "timeout": _t("it did not answer in time"),
        "unknown_host": _t("the server's name is not known on this network"),
        "tls": _t("the secure connection failed"),
        "network": _t("the network connection failed"),
        "dropped": _t("the connection dropped before the answer came through"),
        "not_json": _t("its answer is not a sync server's answer"),
        "not_protocol": _t("its answer does not follow the sync protocol"),
        "password_needed": _t("a password is needed the first time"),
        "copied_database": _t("this database is a restored backup or a copy of another; it syncs on as a new device"),
    }
    if isinstance(reason, str) and reason in texts:
        return texts[reason]
    if reason == "account_disabled" and account:
        return _t("the user {account} is disabled on this server").format(account=account)
    if reason == "account_disabled":
        return _t("this user is disabled on this server")
    if reason == "other_account" and account:
        return _t("this database already syncs as {account}; sign in as {account} or use another database").format(
            account=account
        )
    if reason == "sign_in_limited":
        wait = params.get("wait_seconds")
        if isinstance(wait, int):
            return _t("too many failed sign-ins; try again in {wait}").format(wait=minutes_text(_minutes(wait)))
        return _t("too many failed sign-ins; try again later")
    if reason == "clock_ahead":
        ahead = params.get("ahead_ms")
        if isinstance(ahead, int):
            return _t(
                "this computer's clock is {ahead} ahead of the server's: set its date and time right; the changes "
                "made meanwhile wait on this computer"
            ).format(ahead=minutes_text(_minutes(ahead // 1000)))
        return _t("this computer's clock is ahead of the server's: set its date and time right")
    status = params.get("status")
    if isinstance(status, int):
        return _t("it answered with HTTP status {status}").format(status=QLocale().toString(status))
    return _t("it gave no reason this version of Cardfile knows")


def _minutes(seconds: int) -> int:
    """Whole minutes, rounded up (a wait of 20 seconds is '1 min', never '0 min')."""
    return max(1, math.ceil(seconds / 60))
