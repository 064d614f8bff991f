"""A plan as a set of small objects, one per record, each named by a key ("turn:<id>",
"person:<id>", "plan"), and back: what a team plan keeps on the server (sync/), one calendar
object each, so two organizers editing different records never touch the same object.

Each object's content is the record's JSON node (storage/schema.py), as canonical JSON text:
equal records give equal text, so "changed since we agreed" is a string comparison. Reading
a set back goes through the same strict reader as a file (located errors)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import weakref
from collections.abc import Mapping
from datetime import date
from typing import Any

from planner.domain import model as m
from planner.domain.model import Plan, PlanId
from planner.domain.press import address_key
from planner.domain.records import Records
from planner.storage import schema
from planner.storage.codecs import Context
from planner.storage.errors import PlanFormatError
from planner.storage.json_format import plan_to_dict, records_from_dict
from planner.words import tr

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
ORDER = "order"  # in the plan object: the order of the ORDERED lists, by id
ORDERED = ("locations", "roles")
# What left the machine and is shared with the team: grow-only, merged as records merge.
# (Each organizer's cache of a feed server's ETags and their send failures stay on their machine.)
_RECORDS = {"revision": "revisions", "release": "releases", "sent": "sent", "token": "tokens"}
_RECORD_KEYS = {"revisions": "item", "releases": "number", "tokens": "person"}
_SPECS = {spec.table: spec for spec in schema.TABLES}


def text(node: Mapping[str, Any]) -> str:
    """The canonical JSON text of an object's content."""
    return json.dumps(node, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def kind(key: str) -> str:
    return key.split(":", 1)[0]


def is_record(key: str) -> bool:
    """A shared record of what left the machine (not part of the plan itself)."""
    return kind(key) in _RECORDS


def split_plan(plan: Plan) -> dict[str, str]:
    """The plan's objects: key -> content. Worked out from the last plan split when there is
    one (plans are immutable and an edit keeps the records it does not change, so only the
    records that are not the very same objects are written again): a campaign has 34,000."""
    for ref, objects in reversed(_LAST):
        earlier = ref()
        if earlier is plan:
            return dict(objects)
        if earlier is not None and earlier.timezone == plan.timezone:
            return _remember(plan, _split_since(earlier, objects, plan))
    return _remember(plan, _split_all(plan))


def _head(plan: Plan) -> str:
    """The plan object: the plan's own fields, and the order of the lists whose order shows
    (a role's colour on the grid is its place in the list): shared, so teammates see alike."""
    node = schema.PLAN.dump(plan)
    node[ORDER] = {table: [record.id for record in getattr(plan, table)] for table in ORDERED}
    return text(node)


def _shared_order(head: Any) -> dict[str, dict[str, int]]:
    """The order the plan object gives (taken out of it): table -> {id: place}; {} for none or
    a damaged one (then lists keep the local order)."""
    order = head.pop(ORDER, None) if isinstance(head, dict) else None
    if not isinstance(order, dict):
        return {}
    return {table: {str(i): n for n, i in enumerate(ids)} for table, ids in order.items()
            if table in ORDERED and isinstance(ids, list)}  # fmt: skip


def _split_all(plan: Plan) -> dict[str, str]:
    objects = {PLAN_KEY: _head(plan)}
    for day in plan.days:
        objects.update(_day_objects(day))
    for prefix, table in _TABLES.items():
        if table in ("days", "windows"):
            continue
        spec = _SPECS[table]
        for record in getattr(plan, table):
            objects.update([_object(prefix, spec, record)])
    return objects


def _split_since(earlier: Plan, objects: Mapping[str, str], plan: Plan) -> dict[str, str]:
    """`objects` (of `earlier`) brought up to `plan`: records compared by identity."""
    result = dict(objects)
    result[PLAN_KEY] = _head(plan)
    if earlier.days is not plan.days:
        gone, came = _identity_diff(earlier.days, plan.days)
        for day in gone:
            result.pop(f"day:{day.date.isoformat()}", None)
            for window in day.windows:
                result.pop(f"window:{window.id}", None)
        for day in came:
            result.update(_day_objects(day))
    for prefix, table in _TABLES.items():
        if table in ("days", "windows"):
            continue
        old, new = getattr(earlier, table), getattr(plan, table)
        if old is new:
            continue
        spec = _SPECS[table]
        gone, came = _identity_diff(old, new)
        for record in gone:
            result.pop(_object(prefix, spec, record)[0], None)
        result.update(_object(prefix, spec, record) for record in came)
    return result


def _day_objects(day: m.Day) -> dict[str, str]:
    """A day's note and its windows, each window naming its day."""
    node = schema.DAYS.dump(day)
    objects = {f"window:{w['id']}": text({**w, "day": node["date"]}) for w in node.pop("windows")}
    objects[f"day:{node['date']}"] = text(node)
    return objects


def _object(prefix: str, spec: schema.RecordSpec, record: Any) -> tuple[str, str]:
    content = text(spec.dump(record))
    # Availability has no id of its own: its content names it (an edit is a new one).
    name = hashlib.sha1(content.encode()).hexdigest()[:16] if spec.key is None else getattr(record, spec.key)
    return f"{prefix}:{name}", content


def _identity_diff(old: tuple[Any, ...], new: tuple[Any, ...]) -> tuple[list[Any], list[Any]]:
    before, after = {id(r) for r in old}, {id(r) for r in new}
    return [r for r in old if id(r) not in after], [r for r in new if id(r) not in before]


def _remember(plan: Plan, objects: dict[str, str]) -> dict[str, str]:
    _LAST.append((weakref.ref(plan), objects))
    del _LAST[:-_KEPT]
    return dict(objects)


_LAST: list[tuple[weakref.ref[Plan], dict[str, str]]] = []  # the last plans split, newest last
_KEPT = 3


def split_records(records: Records) -> dict[str, str]:
    """The shared records' objects: key -> content."""
    tree = plan_to_dict(Plan(PlanId("-"), "-", "UTC"), records)
    objects = {}
    for prefix, table in _RECORDS.items():
        for node in tree[table]:
            name = f"{address_key(node['email'])}:{node['uid']}" if table == "sent" else node[_RECORD_KEYS[table]]
            objects[f"{prefix}:{name}"] = text(node)
    return objects


def join_plan(objects: Mapping[str, str], source: str, like: Plan | None = None) -> Plan:
    """The plan from its objects, every value checked (PlanFormatError says which object).
    Records keep the order they have in `like` (the local plan), new ones follow by key:
    joining does not reshuffle an organizer's lists. A few records changed from `like`
    are read alone and put in its place (a sync of one edit reads one record, not 34,000)."""
    if like is not None:
        before = split_plan(like)
        changed = [k for k in set(before) | set(objects) if before.get(k) != objects.get(k)]
        if PLAN_KEY not in changed and len(changed) <= _FEW:
            return _join_changes(like, objects, changed, source)
    nodes: dict[str, list[tuple[str, dict[str, Any]]]] = {table: [] for table in _TABLES.values()}
    head: Any = None
    for key, content in objects.items():
        node = _node(content, source, key)
        if key == PLAN_KEY:
            head = node
        elif (table := _TABLES.get(kind(key))) is not None:
            nodes[table].append((key, node))
    shared = _shared_order(head)
    local = {key: i for i, key in enumerate(split_plan(like))} if like is not None else {}
    for table, entries in nodes.items():
        ranks = shared.get(table, {})
        entries.sort(key=lambda e: (ranks.get(e[0].partition(":")[2], len(ranks)), local.get(e[0], len(local)), e[0]))
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


_FEW = 2_000  # changed records read one by one; more: the whole plan read again


def _join_changes(like: Plan, objects: Mapping[str, str], changed: list[str], source: str) -> Plan:
    """`like` with the records under the `changed` keys read from `objects` (or gone)."""
    ctx = Context(source, zone=like.zone)
    # References are checked against the ids the new set of objects holds (its keys say them).
    for key in objects:
        prefix, _, name = key.partition(":")
        if prefix in ("location", "window", "person", "role"):
            ctx.known.setdefault(_TABLES[prefix], {})[name] = True
    new: dict[str, dict[str, Any]] = {}
    for key in changed:
        table = _TABLES.get(kind(key))
        if table is None or key not in objects:
            continue
        node = _node(objects[key], source, key)
        spec = schema.WINDOWS if table == "windows" else _SPECS[table]
        if table == "windows":
            node.pop("day", None)
        new.setdefault(table, {})[key] = spec.load(node, key, ctx, children=() if table == "days" else None)
    gone = set(changed)
    values: dict[str, Any] = {}
    for prefix, table in _TABLES.items():
        if table in ("days", "windows") or not any(kind(k) == prefix for k in changed):
            continue
        spec = _SPECS[table]
        kept = []
        replaced = new.get(table, {})
        for record in getattr(like, table):
            key = _object(prefix, spec, record)[0] if spec.key is None else f"{prefix}:{getattr(record, spec.key)}"
            if key in replaced:
                kept.append(replaced.pop(key))
            elif key not in gone:
                kept.append(record)
        values[table] = (*kept, *(replaced[k] for k in sorted(replaced)))
    if any(kind(k) in ("day", "window") for k in changed):
        values["days"] = _days(like, objects, changed, new)
    plan = dataclasses.replace(like, **values)
    problem = schema.writable_problem(plan)
    if problem:
        raise PlanFormatError(tr("{source}: {problem}", source=source, problem=problem))
    return plan


def _days(
    like: Plan, objects: Mapping[str, str], changed: list[str], new: dict[str, dict[str, Any]]
) -> tuple[Any, ...]:
    """The days with their windows, changed ones put in place, in date order."""
    windows = {f"window:{w.id}": (day.date.isoformat(), w) for day in like.days for w in day.windows}
    for key in changed:
        if kind(key) == "window":
            windows.pop(key, None)
            if key in new.get("windows", {}):
                windows[key] = (_node(objects[key], "", key).get("day"), new["windows"][key])
    days = {day.date.isoformat(): day for day in like.days}
    for key in changed:
        if kind(key) == "day":
            date_text = key.partition(":")[2]
            if key in new.get("days", {}):
                days[date_text] = new["days"][key]
            else:
                days.pop(date_text, None)
    by_day: dict[str, list[Any]] = {}
    for on, window in windows.values():
        by_day.setdefault(on, []).append(window)
    result = []
    for date_text in sorted(set(days) | set(by_day)):
        held = days.get(date_text) or m.Day(date.fromisoformat(date_text))
        result.append(dataclasses.replace(held, windows=tuple(by_day.get(date_text, ()))))
    return tuple(result)


def join_records(objects: Mapping[str, str], source: str) -> Records:
    data: dict[str, list[Any]] = {table: [] for table in _RECORDS.values()}
    for key, content in sorted(objects.items()):
        if (table := _RECORDS.get(kind(key))) is not None:
            data[table].append(_node(content, source, key))
    return records_from_dict(data, source)


def _node(content: str, source: str, key: str) -> Any:
    try:
        node = json.loads(content)
    except (ValueError, RecursionError):
        raise PlanFormatError(tr("{source}: {key}: not valid JSON", source=source, key=key)) from None
    if not isinstance(node, dict):
        raise PlanFormatError(tr("{source}: {key}: expected an object", source=source, key=key))
    return node
