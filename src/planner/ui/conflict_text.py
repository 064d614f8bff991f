"""A team plan's conflicts (sync/) in the organizer's words: the Conflicts dialog's rows
(ui/team_dialogs.py) and the lines the grid shows on a turn, shift or window in conflict."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from planner.domain.merge import field_moment, record_named
from planner.domain.model import Plan
from planner.ui.i18n import local_date, say, tr

if TYPE_CHECKING:  # (a team plan's conflicts come with its state, read once the first frame is painted)
    from planner.domain.sync_state import Conflict


class ConflictLine(str):
    """A line of a grid mark that is a conflict, not a warning: the block is edged, not cornered."""


ON_THE_GRID = ("turn", "shift", "window")  # the kinds of record the grid draws
FIELD_ORDER = {"start": 0, "end": 1, "people": 2}  # as an editor lists them


def conflict_rows(plan: Plan, conflicts: Mapping[str, Conflict]) -> list[tuple[str, str, list[str]]]:
    """One row per clashing field (a deletion: one row for the record, field "*"): the
    object's key, the field, and what the organizer reads — what, the field, theirs, mine,
    and who changed it when."""
    from planner.storage.plan_objects import split_plan  # worked out from the last split: cheap after a sync

    mine_objects = split_plan(plan) if conflicts else {}
    rows: list[tuple[str, str, list[str]]] = []
    for key in sorted(conflicts):
        conflict = conflicts[key]
        mine, theirs = _node(mine_objects.get(key)), _node(conflict.theirs)
        when = f"{conflict.by}, {local_date(conflict.at, 'd MMM HH:mm')}" if conflict.at else conflict.by
        what = describe(plan, key, mine or theirs)
        if "*" in conflict.fields:
            gone = tr("deleted by them") if not conflict.theirs else tr("deleted by you")
            rows.append((key, "*", [what, gone, tr("(deleted)") if not conflict.theirs else tr("(kept, changed)"),
                                    tr("(deleted)") if not mine else tr("(kept, changed)"), when]))  # fmt: skip
            continue
        for field in sorted(conflict.fields, key=lambda f: (FIELD_ORDER.get(f, len(FIELD_ORDER)), f)):
            rows.append((key, field, [what, field_label(field), shown(plan, theirs.get(field)),
                                      shown(plan, mine.get(field)), when]))  # fmt: skip
    return rows


def item_conflicts(plan: Plan, conflicts: Mapping[str, Conflict]) -> dict[str, list[str]]:
    """What the grid says on each turn, shift and window in conflict, by item id: a line per
    clashing field, theirs and mine ("Conflict with Ana — Start: theirs …, mine …")."""
    on_grid = {key: c for key, c in conflicts.items() if key.partition(":")[0] in ON_THE_GRID}
    lines: dict[str, list[str]] = defaultdict(list)
    for key, _field, (_what, field, theirs, mine, _when) in conflict_rows(plan, on_grid):
        line = tr("Conflict with {who} — {field}: theirs {theirs}, mine {mine}. File ▸ Conflicts… settles it.")
        lines[key.partition(":")[2]].append(
            ConflictLine(line.format(who=on_grid[key].by or tr("a teammate"), field=field, theirs=theirs, mine=mine))
        )
    return dict(lines)


def refused_text(plan: Plan, refused: Mapping[str, Any]) -> str:
    """What the server would not take of a sync's changes, a line each: the record as the
    organizer knows it, and why ("Day note: 2025-04-07: too large for the server …")."""
    from planner.storage.plan_objects import split_plan

    mine = split_plan(plan) if refused else {}
    return "\n".join(f"{describe(plan, key, _node(mine.get(key)))}: {say(why)}" for key, why in sorted(refused.items()))


def describe(plan: Plan, key: str, node: dict[str, Any]) -> str:
    """A conflicted record as the organizer knows it: "Safety marshal shift, Tue 8 Apr 09:30"."""
    return record_named(plan, key, node).render(tr, lambda moment: local_date(moment, "ddd d MMM HH:mm"))


def field_label(field: str) -> str:
    labels = {"start": tr("Start"), "end": tr("End"), "people": tr("People"), "notes": tr("Notes"),
              "needed": tr("Needed"), "cancelled": tr("Cancelled"), "location": tr("Location"), "role": tr("Role"),
              "name": tr("Name"), "phone": tr("Phone"), "email": tr("E-mail"), "title": tr("Title"),
              "note": tr("Note"), "address": tr("Address"), "language": tr("Language")}  # fmt: skip
    return labels.get(field, field)


def shown(plan: Plan, value: Any) -> str:
    """A field's value as the organizer reads it: times as dates, people by name."""
    if isinstance(value, list):
        people = plan.people_by_id
        return ", ".join(p.name if (p := people.get(v)) else str(v) for v in value) or "—"
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    moment = field_moment(value)
    if moment is not None:
        return local_date(moment, "ddd d MMM HH:mm")
    return "—" if value in (None, "") else str(value)


def _node(content: str | None) -> dict[str, Any]:
    return json.loads(content) if content else {}
