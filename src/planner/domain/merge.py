"""Three-way merge of one record: what a teammate changed and what I changed since we last
agreed (the base), field by field. Used by team plans (sync/) for every item both sides
touched; plain data in, plain data out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from planner.domain.model import Plan
from planner.words import Text, tr

Fields = Mapping[str, Any]  # a record as its JSON fields; None: the record is deleted (or never was)


@dataclass(frozen=True)
class Merged:
    """The record both sides agree on (None: deleted), or, when they disagree, `conflicts`:
    the fields both changed differently ("*" when one side deleted what the other edited).
    A conflicted record keeps `result` = base + every change that does not clash + mine for
    the clashing fields, so nothing typed is lost while the organizer chooses."""

    result: Fields | None
    conflicts: tuple[str, ...] = ()


DELETED = "*"


def merge_record(base: Fields | None, mine: Fields | None, theirs: Fields | None) -> Merged:
    if base is not None:
        # Planner writes every field of a record, always: a field a side's record lacks is one
        # its Planner does not know (an older one, which drops the fields added since) — not
        # one it changed. It stays as both sides last agreed.
        mine, theirs = _with_unknown(base, mine), _with_unknown(base, theirs)
    if mine == theirs:
        return Merged(mine)
    if mine == base:
        return Merged(theirs)
    if theirs == base:
        return Merged(mine)
    if mine is None or theirs is None:  # deleted on one side, changed on the other
        return Merged(mine, (DELETED,))
    before: Fields = base or {}
    result = dict(theirs)
    conflicts = []
    for name in sorted(set(mine) | set(theirs)):
        ours, their = mine.get(name), theirs.get(name)
        if ours == their or ours == before.get(name):
            continue  # the same on both, or changed by them only (already in result)
        if their == before.get(name):
            result[name] = ours  # changed by me only
        else:
            result[name] = ours  # mine until the organizer chooses
            conflicts.append(name)
    return Merged(result, tuple(conflicts))


def _with_unknown(base: Fields, side: Fields | None) -> Fields | None:
    """`side` with the fields only `base` has, as `base` has them (None: deleted, as it is)."""
    if side is None or base.keys() <= side.keys():
        return side
    return {**{name: value for name, value in base.items() if name not in side}, **side}


def merge_order(base: Sequence[str], mine: Sequence[str], theirs: Sequence[str]) -> list[str]:
    """The order of one list (of ids) both sides kept: theirs where I did not change it, mine
    where they did not; where both did, theirs, with what I added after it. Never a conflict:
    an order only says where things show, and what is in the list is the records' business."""
    if list(mine) == list(base):
        return list(theirs)
    if list(theirs) == list(base):
        return list(mine)
    return [*theirs, *(x for x in mine if x not in theirs and x not in base)]


def record_named(plan: Plan, key: str, fields: Fields | None) -> Text:
    """A record (its key, "shift:<id>", and its fields as one side has it) as the organizer
    knows it — "Safety marshal shift, Tue 08 Apr 09:30", "Day note: 2025-04-07" — for a
    conflict or a refusal, in the app and in `planner sync`'s lines: a shift's id is random."""
    fields = fields or {}
    kind, _, name = key.partition(":")
    start = field_moment(fields.get("start"))
    when: object = start if start is not None else ""
    if kind == "shift":
        role = plan.roles_by_id.get(str(fields.get("role", "")))  # type: ignore[call-overload]
        return tr("{role} shift, {when}", role=role.name if role else "", when=when)
    if kind == "turn":
        return tr("Spokesperson turn, {when}", when=when)
    if kind == "window":
        return tr("Media window, {when}", when=when)
    label = {"person": tr("Person"), "location": tr("Location"), "role": tr("Role"), "day": tr("Day note"),
             "plan": tr("Plan details"), "journalist": tr("Journalist")}.get(kind, kind)  # fmt: skip
    return tr("{label}: {name}", label=label, name=fields.get("name") or fields.get("title") or name)


def field_moment(value: Any) -> datetime | None:
    """A record's time as its fields write it ("2025-04-08T09:30"), or None."""
    if isinstance(value, str) and len(value) == 16 and value[10:11] == "T":
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None
