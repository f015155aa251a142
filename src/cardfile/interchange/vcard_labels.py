"""Labels of multi-valued fields ↔ vCard TYPE parameters, Apple's X-ABLabel, and instant-messaging services.

Our labels are work, home, cell, fax, other, or a custom label as a person typed it (domain.values). vCard spells
them as TYPE parameters, Apple and Google as `itemN.X-ABLabel` next to the property, with Apple's built-in labels
written `_$!<Mobile>!$_`.
"""

from __future__ import annotations

import re

from cardfile.domain.values import normalize_label

# TYPE values that say nothing about which of a person's numbers or addresses this is.
_NEUTRAL_TYPES = frozenset(
    {
        "pref",
        "voice",
        "internet",
        "x400",
        "intl",
        "dom",
        "postal",
        "parcel",
        "msg",
        "text",
        "uri",
        "x-evolution-ui-slot",
    }
)
_CELL_TYPES = frozenset({"cell", "mobile", "cellular"})
# Phone TYPE values (RFC 2426/6350 and common practice) that we keep as a custom label of the same word.
PHONE_WORD_TYPES = frozenset({"pager", "main", "car", "isdn", "video", "bbs", "modem", "pcs", "textphone", "iphone"})

_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_APPLE_TO_LABEL = {
    "mobile": "cell",
    "home": "home",
    "work": "work",
    "other": "other",
    "homefax": "fax",
    "workfax": "fax",
    "otherfax": "fax",
    "main": "main",
    "pager": "pager",
    "homepage": "homepage",
    "anniversary": "anniversary",
}
# Custom labels that Apple software shows translated when written in its own form.
_LABEL_TO_APPLE = {"homepage": "HomePage", "anniversary": "Anniversary"}


def label_from_types(types: list[str], *, phone: bool = False) -> str:
    """Our label for a property's TYPE values (lower-case): fax, cell and pager win over work or home."""
    if not types:
        return ""
    kinds = {t.lower() for t in types}
    if phone:
        if "fax" in kinds:
            return "fax"
        if kinds & _CELL_TYPES:
            return "cell"
        if "pager" in kinds:
            return "pager"
    for standard in ("work", "home", "other"):
        if standard in kinds:
            return standard
    if not phone and kinds & _CELL_TYPES:
        return "cell"
    for kind in (t.lower() for t in types):
        if kind not in _NEUTRAL_TYPES and not kind.startswith("x-evolution"):
            return kind
    return ""


def label_from_ablabel(text: str) -> str:
    """Our label for an X-ABLabel value: Apple's built-in `_$!<Mobile>!$_` → cell; a custom label as written."""
    match = _APPLE_LABEL.match(text.strip())
    if match:
        inner = match.group(1)
        return _APPLE_TO_LABEL.get(inner.lower(), inner.lower())
    return normalize_label(text)


def types_for_label(label: str, *, phone: bool = False) -> list[str] | None:
    """TYPE values (lower-case) that say `label`, or None when it needs an X-ABLabel.

    A custom label goes to X-ABLabel unless it is exactly a lower-case vCard phone type such as "pager",
    so that it reads back unchanged.
    """
    if not label:
        return []
    if label in ("work", "home", "other"):
        return [label, "voice"] if phone and label != "other" else [label]
    if label == "cell":
        return ["cell"]
    if label == "fax":
        return ["fax"]
    if phone and label in PHONE_WORD_TYPES:
        return [label]
    return None


def ablabel_for(label: str) -> str:
    """The X-ABLabel text for a custom label, in Apple's own form where Apple has one."""
    apple = _LABEL_TO_APPLE.get(label)
    return f"_$!<{apple}>!$_" if apple else label


# ----- instant messaging and social profiles -----

# Legacy properties that each hold a handle of one service.
IM_PROPERTIES = {
    "X-AIM": "aim",
    "X-ICQ": "icq",
    "X-JABBER": "jabber",
    "X-MSN": "msn",
    "X-YAHOO": "yahoo",
    "X-SKYPE": "skype",
    "X-SKYPE-USERNAME": "skype",
    "X-GADUGADU": "gadugadu",
    "X-GOOGLE-TALK": "googletalk",
    "X-GTALK": "googletalk",
    "X-QQ": "qq",
    "X-GROUPWISE": "groupwise",
    "X-SIP": "sip",
    "X-TWITTER": "twitter",
}
_SCHEME_SERVICE = {
    "xmpp": "xmpp",
    "skype": "skype",
    "aim": "aim",
    "ymsgr": "yahoo",
    "msnim": "msn",
    "sip": "sip",
    "icq": "icq",
    "irc": "irc",
    "gg": "gadugadu",
    "mailto": "email",
}
_SERVICE_SCHEME = {
    "xmpp": "xmpp",
    "jabber": "xmpp",
    "googletalk": "xmpp",
    "skype": "skype",
    "aim": "aim",
    "icq": "aim",
    "yahoo": "ymsgr",
    "msn": "msnim",
    "sip": "sip",
    "irc": "irc",
    "gadugadu": "gg",
}
# Services that Apple and Google write as X-SOCIALPROFILE rather than IMPP.
SOCIAL_SERVICES = frozenset(
    {
        "twitter",
        "facebook",
        "linkedin",
        "flickr",
        "myspace",
        "sinaweibo",
        "tencentweibo",
        "yelp",
        "gamecenter",
        "instagram",
        "mastodon",
        "github",
    }
)
_URI_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):(.*)$", re.S)


def split_impp(value: str) -> tuple[str, str]:
    """(scheme-derived service, handle) of an IMPP value such as `xmpp:ann@example.org`."""
    match = _URI_SCHEME.match(value)
    if not match:
        return "", value
    scheme = match.group(1).lower()
    return _SCHEME_SERVICE.get(scheme, "" if scheme.startswith("x-") else scheme), match.group(2)


_SERVICE_NAMES = {
    "aim": "AIM",
    "icq": "ICQ",
    "jabber": "Jabber",
    "msn": "MSN",
    "yahoo": "Yahoo",
    "skype": "Skype",
    "qq": "QQ",
    "googletalk": "GoogleTalk",
    "gadugadu": "GaduGadu",
    "facebook": "Facebook",
}


def scheme_for(service: str) -> str:
    """The URI scheme of an IMPP value for a service (x-apple, as Apple writes, for services without one)."""
    return _SERVICE_SCHEME.get(service.lower(), "x-apple")


def service_type(service: str) -> str:
    """The X-SERVICE-TYPE Apple and Google write for a service: skype → Skype; others as stored."""
    return _SERVICE_NAMES.get(service.lower(), service)
