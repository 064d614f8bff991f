"""What the rotation is asked, computed once from the plan: who may be on each turn, who would
rather not, which turns are prime, and the turns in groups of interchangeable ones."""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from planner.domain.health import Slot
from planner.domain.languages import language_key
from planner.domain.model import AvailabilityLevel, Person, PersonId, Plan, Turn, Window, utc


@dataclass(frozen=True)
class RotationRequest:
    time_limit: float = 10.0  # seconds; the best rotation found by then is returned
    repair_person: PersonId | None = None  # repair: this person is out from repair_from on
    repair_from: datetime | None = None
    workers: int = 2
    in_parts: bool | None = None  # solve a few days at a time; None: when the plan is big


@dataclass
class Problem:
    """Everything the model needs, computed once from the plan."""

    plan: Plan
    people: list[Person]
    turns: list[Turn]
    window_of: dict[str, Window]
    minutes: dict[str, int]
    fixed: dict[str, tuple[PersonId, ...]]  # turns that keep their people (pins, the past in a repair)
    candidates: dict[str, list[PersonId]]  # who may be on each turn at all
    prefer_not: set[tuple[PersonId, str]]
    prime: set[str]


@dataclass
class Group:
    """Turns at the same hours with the same needs. Whoever is on one of them could as well be
    on another, so the model decides who is on duty in the group, not on which turn: at ten
    sites at once that is ten times fewer choices, and the same rotations."""

    slot: Slot
    day: date  # the slot's day in the plan's zone
    turns: list[Turn]
    window: Window  # the needs (every window of the group has the same), and the explained window
    candidates: list[PersonId]
    prime: bool
    fixed: tuple[PersonId, ...] | None  # a fixed turn is a group of its own

    @functools.cached_property
    def seats(self) -> int:  # asked once the groups are made
        return len(self.turns) * seats(self.window)

    @functools.cached_property
    def minutes(self) -> int:
        return int((self.slot[1] - self.slot[0]).total_seconds() // 60)

    @functools.cached_property
    def current(self) -> Counter[PersonId]:
        """Who is on the group's turns in the rotation given (the one a repair starts from)."""
        return Counter(pid for t in self.turns for pid in t.person_ids)


def seats(window: Window) -> int:
    return len(window.pair) or window.needed


def prepare(plan: Plan, request: RotationRequest) -> Problem:
    windows: dict[str, Window] = {w.id: w for w in plan.windows() if not w.cancelled}
    slot_of: dict[str, Slot] = {t.id: (utc(t.start), utc(t.end)) for t in plan.turns if t.window_id in windows}
    turns = sorted((t for t in plan.turns if t.id in slot_of), key=lambda t: (slot_of[t.id], t.id))
    people = list(plan.spokespeople)
    minutes: dict[str, int] = {tid: int((e - s).total_seconds() // 60) for tid, (s, e) in slot_of.items()}
    fixed: dict[str, tuple[PersonId, ...]] = {t.id: t.person_ids for t in turns if t.pinned}
    if request.repair_from is not None:
        fixed.update({t.id: t.person_ids for t in turns if slot_of[t.id][1] <= utc(request.repair_from)})
    busy: list[tuple[PersonId, Slot]] = [
        (pid, (utc(shift.start), utc(shift.end))) for shift in plan.shifts for pid in shift.person_ids
    ]
    unavailable: list[tuple[PersonId, Slot]] = []
    prefer: list[tuple[PersonId, Slot]] = []
    for a in plan.availability:
        target = unavailable if a.level is AvailabilityLevel.UNAVAILABLE else prefer
        target.append((a.person_id, (utc(a.start), utc(a.end))))
    horizon = max((e for _, e in slot_of.values()), default=datetime.now(UTC))
    if request.repair_person is not None and request.repair_from is not None:
        unavailable.append((request.repair_person, (utc(request.repair_from), horizon)))

    # Spans by the UTC days they touch, so that each slot looks only at the few of its day.
    def by_day(spans: list[tuple[PersonId, Slot]]) -> dict[date, list[tuple[PersonId, Slot]]]:
        index: dict[date, list[tuple[PersonId, Slot]]] = defaultdict(list)
        for pid, (s, e) in spans:
            first, last = s.date(), min(e, horizon).date()
            for k in range((last - first).days + 1):
                index[first + timedelta(days=k)].append((pid, (s, e)))
        return index

    away, reluctant_at = by_day(unavailable + busy), by_day(prefer)

    def overlapping(index: dict[date, list[tuple[PersonId, Slot]]], slot: Slot) -> set[PersonId]:
        days = {slot[0].date(), slot[1].date()}
        return {pid for day in days for pid, (s, e) in index.get(day, ()) if s < slot[1] and slot[0] < e}

    # Who can serve, and who would rather not, depends only on the hours: work it out once
    # per time slot, not once per turn (a campaign has ten sites at the same hours).
    candidates: dict[str, list[PersonId]] = {}
    prefer_not: set[tuple[PersonId, str]] = set()
    by_slot: dict[Slot, list[Turn]] = defaultdict(list)
    for t in turns:
        by_slot[slot_of[t.id]].append(t)
    for slot, slot_turns in by_slot.items():
        out = overlapping(away, slot)
        able = [p.id for p in people if p.id not in out]
        reluctant = overlapping(reluctant_at, slot)
        for t in slot_turns:
            candidates[t.id] = able
            prefer_not.update((pid, t.id) for pid in reluctant)
    prime: set[str] = set()
    in_window: dict[str, list[Turn]] = defaultdict(list)
    for t in turns:
        in_window[t.window_id].append(t)
    for window_turns in in_window.values():
        prime.add(window_turns[0].id)  # the first turn of the day's window
        prime.update(t.id for t in window_turns if t.start.hour <= 12 < t.end.hour or t.start.hour == 12)
    return Problem(plan, people, turns, windows, minutes, fixed, candidates, prefer_not, prime)


def make_groups(problem: Problem, per_window: bool) -> list[Group]:
    """The turns in groups of interchangeable ones; one window per group when explaining, so
    that the explanation can name it."""
    groups: dict[tuple[Any, ...], Group] = {}
    zone = problem.plan.zone
    for t in problem.turns:
        window = problem.window_of[t.window_id]
        slot = (utc(t.start), utc(t.end))
        key: tuple[Any, ...]
        if t.id in problem.fixed:
            key = ("fixed", t.id)
        elif per_window:
            key = (slot, window.id)
        else:
            needs = (window.needed, tuple(sorted(r.value for r in window.pair)), language_key(window.language))
            key = (slot, needs, t.id in problem.prime)
        if key in groups:
            groups[key].turns.append(t)
        else:
            groups[key] = Group(slot, t.start.astimezone(zone).date(), [t], window, problem.candidates[t.id],
                                 t.id in problem.prime, problem.fixed.get(t.id))  # fmt: skip
    return list(groups.values())


def reluctant(problem: Problem, group: Group, pid: PersonId) -> bool:
    """Whether the person would rather not be on this (free) group's turns."""
    return group.fixed is None and (pid, group.turns[0].id) in problem.prefer_not
