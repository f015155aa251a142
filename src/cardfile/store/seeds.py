"""The records every database starts with, as the migrations seed them (fixed ids, the same on every device).

Seeded rows are not in the change log: every device has them already. So the value a seeded field had before its
first logged change is not in the log either, and Undo of that change (a renamed "Sales" pipeline, a reordered
stage) reads it from here. The migrations keep their own frozen copies; a test keeps this table equal to what a
new database holds.
"""

from __future__ import annotations

from typing import Any

_BASE = {"owner_id": "", "private": False, "deleted_at": None}

SEEDS: dict[str, dict[str, Any]] = {
    "00000000-0000-7000-8000-000000000001": {"name": "Call", "key": "call", "position": 0},
    "00000000-0000-7000-8000-000000000002": {"name": "Meeting", "key": "meeting", "position": 1},
    "00000000-0000-7000-8000-000000000003": {"name": "To-do", "key": "todo", "position": 2},
    "00000000-0000-7000-8000-000000000010": {"name": "Sales", "position": 0},
}
_PIPELINE = "00000000-0000-7000-8000-000000000010"
for _n, (_name, _probability) in enumerate(
    [("Prospect", 10), ("Qualified", 25), ("Proposal", 50), ("Negotiation", 75), ("Commitment", 90)]
):
    SEEDS[f"00000000-0000-7000-8000-00000000002{_n}"] = {
        "pipeline_id": _PIPELINE,
        "name": _name,
        "position": _n,
        "probability": _probability,
    }
_CHOICES = {
    "won_reason": ["Price", "Product fit", "Relationship", "Service and support", "Timing", "Other"],
    "lost_reason": ["Price", "Competitor", "No budget", "No decision", "Product fit", "Timing", "Other"],
    "deal_role": ["Decision maker", "Economic buyer", "Influencer", "Champion", "Technical evaluator", "User"],
}
for _digit, (_list, _names) in enumerate(_CHOICES.items()):
    for _n, _name in enumerate(_names):
        SEEDS[f"00000000-0000-7000-8000-0000000001{_digit}{_n:x}"] = {"list_name": _list, "name": _name, "position": _n}
for _values in SEEDS.values():
    _values.update(_BASE)


def initial(record_id: str, field: str, default: Any) -> Any:
    """The value a field had before its first logged change: the seeded value, else the column's default."""
    seeded = SEEDS.get(record_id)
    return seeded[field] if seeded is not None and field in seeded else default
