"""A plan as a set of small objects, one per record, each named by a key ("turn:<id>",
"person:<id>", "plan"), and back: what a team plan keeps on the server (sync/), one calendar
object each, so two organizers editing different records never touch the same object.

Each object's content is the record's JSON node (storage/schema.py), as canonical JSON text:
equal records give equal text, so "changed since we agreed" is a string comparison. Reading
a set back goes through the same strict reader as a file (located errors)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from planner.domain.model import Plan, PlanId
from planner.domain.records import Records
from planner.storage import schema
from planner.storage.json_format import plan_to_dict, records_from_dict

PLAN_KEY = "plan"
# Plan tables by key prefix, in reading order (each refers only to those before it).
_TABLES = {
    "location": "locations",
    "day": "days",
    "window": "windows",
    "person": "people",
    "role": "roles",
    "turn": "turns",
    "availability": "availability",
    "shift": "shifts",
    "journalist": "journalists",
}
# What left the machine and is shared with the team: grow-only, merged as records merge.
# (Each organizer's own publication record and send failures stay on their machine.)
_RECORDS = {"revision": "revisions", "release": "releases", "sent": "sent", "token": "tokens"}
_RECORD_KEYS = {"revisions": "item", "releases": "number", "tokens": "person"}


def text(node: Mapping[str, Any]) -> str:
    """The canonical JSON text of an object's content."""
    return json.dumps(node, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def kind(key: str) -> str:
    return key.split(":", 1)[0]


def is_record(key: str) -> bool:
    """A shared record of what left the machine (not part of the plan itself)."""
    return kind(key) in _RECORDS


def split_plan(plan: Plan) -> dict[str, str]:
    """The plan's objects: key -> content."""
    tree = schema.dump_plan(plan)
    objects = {PLAN_KEY: text(tree["plan"])}
    for day in tree["days"]:
        for window in day.pop("windows"):
            objects[f"window:{window['id']}"] = text({**window, "day": day["date"]})
        objects[f"day:{day['date']}"] = text(day)
    for prefix, table in _TABLES.items():
        if table in ("days", "windows"):
            continue
        for node in tree[table]:
            content = text(node)
            # Availability has no id of its own: its content names it (an edit is a new one).
            name = hashlib.sha1(content.encode()).hexdigest()[:16] if table == "availability" else node["id"]
            objects[f"{prefix}:{name}"] = content
    return objects


def split_records(records: Records) -> dict[str, str]:
    """The shared records' objects: key -> content."""
    tree = plan_to_dict(Plan(PlanId("-"), "-", "UTC"), records)
    objects = {}
    for prefix, table in _RECORDS.items():
        for node in tree[table]:
            name = f"{node['email'].casefold()}:{node['uid']}" if table == "sent" else node[_RECORD_KEYS[table]]
            objects[f"{prefix}:{name}"] = text(node)
    return objects


def join_plan(objects: Mapping[str, str], source: str, like: Plan | None = None) -> Plan:
    """The plan from its objects, every value checked (PlanFormatError says which object).
    Records keep the order they have in `like` (the local plan), new ones follow by key:
    joining does not reshuffle an organizer's lists."""
    nodes: dict[str, list[tuple[str, dict[str, Any]]]] = {table: [] for table in _TABLES.values()}
    head: Any = None
    for key, content in objects.items():
        node = _node(content, source, key)
        if key == PLAN_KEY:
            head = node
        elif (table := _TABLES.get(kind(key))) is not None:
            nodes[table].append((key, node))
    if like is not None:
        order = {key: i for i, key in enumerate(split_plan(like))}
        for entries in nodes.values():
            entries.sort(key=lambda entry: (order.get(entry[0], len(order)), entry[0]))
    else:
        for entries in nodes.values():
            entries.sort(key=lambda entry: entry[0])
    tree: dict[str, Any] = {"plan": head}
    days = {node["date"]: {**node, "windows": []} for _key, node in nodes["days"] if "date" in node}
    for _key, window in nodes["windows"]:
        day = window.pop("day", None)
        days.setdefault(day, {"date": day, "note": "", "windows": []})["windows"].append(window)
    tree["days"] = [days[d] for d in sorted(days, key=str)]
    for table in _TABLES.values():
        if table not in ("days", "windows"):
            tree[table] = [node for _key, node in nodes[table]]
    return schema.load_plan(tree, source)


def join_records(objects: Mapping[str, str], source: str) -> Records:
    data: dict[str, list[Any]] = {table: [] for table in _RECORDS.values()}
    for key, content in sorted(objects.items()):
        if (table := _RECORDS.get(kind(key))) is not None:
            data[table].append(_node(content, source, key))
    return records_from_dict(data, source)


def _node(content: str, source: str, key: str) -> Any:
    from planner.storage.errors import PlanFormatError

    try:
        node = json.loads(content)
    except (ValueError, RecursionError):
        raise PlanFormatError(f"{source}: {key}: not valid JSON") from None
    if not isinstance(node, dict):
        raise PlanFormatError(f"{source}: {key}: expected an object")
    return node
