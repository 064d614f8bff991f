"""The rotation as a CP-SAT model: coverage, pairs and languages per group of turns, nobody in
two places at once, and each person's health limits (domain/health.py) over their time slots."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from planner.domain.health import Slot, day_rules, limits_for
from planner.domain.languages import speaks
from planner.domain.model import Person, PersonId
from planner.rotation.problem import Group, Problem


@dataclass(frozen=True)
class Part:
    groups: list[int]
    worked_outside: dict[PersonId, set[date]]  # days each person works outside the part


Enforce = Callable[[Any, str], None]  # guards a constraint by name when explaining
Choices = dict[tuple[PersonId, int], Any]  # y[person, group]: on one of the group's turns


def build(
    problem: Problem,
    groups: list[Group],
    with_assumptions: bool,
    part: Part | None = None,
) -> tuple[Any, dict[str, Any]]:
    """The model over all groups, or over a part of them with the rest of the rotation fixed
    around it (see solve_by_parts). With assumptions, every rule is guarded by a named
    variable, so that an impossible plan can say which rules are in the way (explain.py)."""
    from ortools.sat.python import cp_model  # lazily: loading OR-Tools takes a while

    model = cp_model.CpModel()
    active = range(len(groups)) if part is None else part.groups
    y: Choices = {(pid, g): model.new_bool_var("") for g in active for pid in groups[g].candidates}
    guards: dict[str, Any] = {}

    def enforce(constraint: Any, name: str) -> None:
        if with_assumptions:
            constraint.only_enforce_if(guards.setdefault(name, model.new_bool_var(name)))

    for g in active:
        _cover(model, problem, groups[g], g, y, enforce)
    day_of = {group.slot: group.day for group in groups}
    slots_of: dict[PersonId, dict[Slot, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for (pid, g), var in y.items():
        slots_of[pid][groups[g].slot].append(var)
    for person in problem.people:
        outside = part.worked_outside.get(person.id, set()) if part is not None else set()
        _health(model, cp_model.LinearExpr, person, slots_of[person.id], day_of, outside, enforce)
    return model, {"y": y, "guards": guards, "cp_model": cp_model}


def _cover(model: Any, problem: Problem, group: Group, g: int, y: Choices, enforce: Enforce) -> None:
    """A group's seats filled: fixed turns exactly as they are; else coverage, pairs and
    languages counted over the group, then seated turn by turn (seating.py), which the counts
    always allow."""
    if group.fixed is not None:
        name = f"fixed:{group.turns[0].id}"
        for pid in group.candidates:
            enforce(model.add(y[pid, g] == (1 if pid in group.fixed else 0)), name)
        if set(group.fixed) - set(group.candidates):  # someone pinned who cannot serve then
            enforce(model.add_bool_or([]), name)
        return
    people = problem.plan.people_by_id
    window, turns = group.window, len(group.turns)
    enforce(model.add(sum(y[pid, g] for pid in group.candidates) == group.seats), f"cover:{window.id}")
    for role in set(window.pair):
        members = [y[pid, g] for pid in group.candidates if people[pid].speaker_role is role]
        enforce(model.add(sum(members) == turns * window.pair.count(role)), f"pair:{window.id}")
    if window.language:
        speakers = [y[pid, g] for pid in group.candidates if speaks(people[pid], window.language)]
        enforce(model.add(sum(speakers) >= turns), f"language:{window.id}")


def _health(
    model: Any,
    linear: Any,
    person: Person,
    slots: dict[Slot, list[Any]],
    day_of: dict[Slot, date],
    outside: set[date],
    enforce: Enforce,
) -> None:
    """One person: in one place at a time, and within their health limits (domain/health.py's
    rules for each day, then days in a row; in a part of the rotation, the days around it
    count as the rest of the rotation has them)."""
    limits = limits_for(person)
    name = f"limits:{person.id}"
    by_day: dict[date, list[Slot]] = defaultdict(list)
    for slot in sorted(slots):
        by_day[day_of[slot]].append(slot)
    for choices in slots.values():
        if len(choices) > 1:
            model.add_at_most_one(choices)
    worked = {}
    for day, day_slots in by_day.items():
        duty = [linear.sum(slots[slot]) if len(slots[slot]) > 1 else slots[slot][0] for slot in day_slots]
        rules = day_rules(day_slots, limits)
        enforce(model.add(linear.weighted_sum(duty, list(rules.minutes)) <= limits.max_minutes_per_day), name)
        for i, j in rules.apart:
            model.add(duty[i] + duty[j] <= 1)
        for i, j, between in rules.rest:
            # Both worked with a break shorter than the rest they need, unless the slots
            # between are worked too (then it is one longer stint).
            rest = linear.weighted_sum([duty[i], duty[j], *(duty[k] for k in between)],
                                       [1, 1, *(-1 for _ in between)])  # fmt: skip
            enforce(model.add(rest <= 1), name)
        for run in rules.runs:
            enforce(model.add(linear.sum([duty[k] for k in run]) <= limits.max_consecutive_turns), name)
        worked[day] = model.new_bool_var("")
        model.add_max_equality(worked[day], [v for slot in day_slots for v in slots[slot]])
    span_days = limits.max_days_in_row + 1
    for first in sorted({day - timedelta(days=k) for day in worked for k in range(span_days)}):
        stretch = [
            worked.get(d, 1 if d in outside else 0) for d in (first + timedelta(days=k) for k in range(span_days))
        ]
        if sum(1 for v in stretch if not isinstance(v, int) or v) > limits.max_days_in_row:
            enforce(model.add(linear.sum(stretch) <= limits.max_days_in_row), name)
