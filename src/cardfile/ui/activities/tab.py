"""The Activities tab under a person's, a company's or a deal's card: what is coming up (overdue first, in red), then
what was done, newest first; Schedule… at the top and Clear… on each one to do.

A kind lists it in its `tabs` (contacts and companies do; a deal kind does the same): `tabs.related_as` says how
activities point at the record ("contact", "company" or "deal").
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QVBoxLayout

from cardfile.domain.errors import NotFound
from cardfile.services.readmodels import Ref
from cardfile.services.tasks import TaskFilter
from cardfile.ui.activities import actions
from cardfile.ui.activities.editors import type_name
from cardfile.ui.activities.kind import OVERDUE_RED, when_text
from cardfile.ui.dates import format_datetime
from cardfile.ui.records.tabs import RelatedTabs, Tab
from cardfile.ui.widgets.basics import dim, isolated, isolated_all
from cardfile.ui.words import result_text, separator

SHOWN = 30  # of each list; the task list and the History tab have the rest


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("ActivitiesTab", text, disambiguation, n)


def schedule_actions(tabs: RelatedTabs) -> list[QAction]:
    action = QAction(_tr("&Schedule…"), tabs)
    action.setObjectName("scheduleActivity")
    action.setToolTip(_tr("Schedule a call, meeting or to-do about this record"))
    action.triggered.connect(lambda: schedule_for(tabs))
    return [action]


def schedule_for(tabs: RelatedTabs) -> Any:
    """The schedule dialog with this record filled in: the person, the company, or the deal."""
    services, record_id = tabs.services, tabs.record_id
    try:
        if tabs.related_as == "contact":
            name = services.contacts.get(record_id).display_name
            return actions.schedule(services, tabs.window(), people=[Ref(record_id, name)])
        if tabs.related_as == "company":
            return actions.schedule(services, tabs.window(), company=services.companies.get(record_id).display_name)
        if tabs.related_as == "deal":
            return actions.schedule(services, tabs.window(), deal=Ref(record_id, services.deals.get(record_id).name))
    except NotFound:
        return None
    return actions.schedule(services, tabs.window())


def _filter(tabs: RelatedTabs) -> TaskFilter:
    related, record_id = tabs.related_as, tabs.record_id
    if related == "contact":
        return TaskFilter(contact_id=record_id)
    if related == "company":
        return TaskFilter(company_id=record_id)
    return TaskFilter(deal_id=record_id) if related == "deal" else TaskFilter()


def fill_activities(tabs: RelatedTabs, layout: QVBoxLayout) -> None:
    services = tabs.services
    keys = services.tasks.keys("all", filters=_filter(tabs))
    coming = services.tasks.rows(keys[:SHOWN])
    about: dict[str, Any] = {f"{tabs.related_as}_id": tabs.record_id}
    done = [a for a in services.activities.list(**about) if a.status in ("done", "cancelled")]
    done.sort(key=lambda a: a.happened_at or a.completed_at or a.meta.updated_at, reverse=True)
    if not coming and not done:
        layout.addWidget(
            dim(
                _label(
                    _tr("Nothing scheduled. Calls, meetings and to-dos with them will be listed here."),
                    "emptyTab",
                    tabs,
                )
            )
        )
        return
    if coming:
        layout.addWidget(_heading(_tr("Coming up"), tabs))
    for o in coming:
        when = when_text(o.starts_at, o.ends_at, timeless=o.timeless, all_day=o.all_day)
        facts = [html.escape(when), html.escape(type_name(o.kind, o.type_name))]
        if o.series_id is not None:
            facts.append("↻")
        if o.overdue:
            facts.append(f'<span style="color:{OVERDUE_RED}">{html.escape(_tr("overdue"))}</span>')
        shown = html.escape(separator()).join(facts)
        layout.addWidget(_label(shown, "activityWhen", tabs, rich=True, dimmed=not o.overdue))
        subject = o.subject or _tr("(no subject)")
        color = f' style="color:{OVERDUE_RED}"' if o.overdue else ""
        line = f'<a href="record:activity:{html.escape(o.key, quote=True)}"{color}>{isolated(html.escape(subject))}</a>'
        others = [ref.name for ref in o.contacts if ref.id != tabs.record_id]
        if others:
            line += html.escape(_tr(" · with {people}").format(people=isolated_all(others)))
        line += f' &nbsp; <a href="clear:{html.escape(o.key, quote=True)}">{html.escape(_tr("Clear…"))}</a>'
        row = _label(line, "activity", tabs, rich=True)
        row.setContentsMargins(0, 0, 0, 6)
        layout.addWidget(row)
    if len(keys) > len(coming):
        layout.addWidget(dim(_label(_tr("… and %Ln more in the task list", "", len(keys) - len(coming)), "more", tabs)))
    if done:
        layout.addWidget(_heading(_tr("Done"), tabs))
    for a in done[:SHOWN]:
        happened = a.happened_at or a.completed_at
        how = result_text(a.result) if a.status == "done" else _tr("did not take place")
        facts = [format_datetime(happened) if happened else "", type_name(a.kind, a.type_name), how]
        layout.addWidget(dim(_label(separator().join(f for f in facts if f), "activityDone", tabs)))
        line = f'<a href="record:activity:{html.escape(a.id, quote=True)}">{isolated(html.escape(a.subject))}</a>'
        if a.outcome:
            line += "<br>" + isolated(html.escape(a.outcome.strip().split("\n", 1)[0][:200]))
        row = _label(line, "activityHistory", tabs, rich=True)
        row.setContentsMargins(0, 0, 0, 6)
        layout.addWidget(row)
    if len(done) > SHOWN:
        layout.addWidget(dim(_label(_tr("… and %Ln earlier in History", "", len(done) - SHOWN), "more", tabs)))


def _heading(text: str, tabs: RelatedTabs) -> QLabel:
    label = _label(text, "activitiesHeading", tabs)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 4, 0, 2)
    return label


def _label(text: str, name: str, tabs: RelatedTabs, *, rich: bool = False, dimmed: bool = False) -> QLabel:
    label = tabs._label(text, name)  # a line as every tab lays it out; its links are this tab's own (clear:…)
    if rich:
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(
            label.textInteractionFlags()
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        label.linkActivated.connect(lambda target: _open(tabs, target))
    if dimmed:
        dim(label)
    return label


def _open(tabs: RelatedTabs, target: str) -> None:
    kind, _, rest = target.partition(":")
    if kind == "clear":
        actions.clear(tabs.services, tabs.window(), [rest])
    elif kind == "record":
        record_type, _, record_id = rest.partition(":")
        tabs.record_requested.emit(record_type, record_id)


ACTIVITIES = Tab("activities", lambda: _tr("Activities"), fill_activities, ("activity",), actions=schedule_actions)
