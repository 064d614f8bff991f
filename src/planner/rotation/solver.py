"""The spokesperson rotation as a CP-SAT model: cover every media turn, respect availability,
skills and health limits, spread the load fairly, and repair with as few changes as possible.

OR-Tools is imported inside solve(), so the app and the CLI start without loading it.
"""

from __future__ import annotations

import functools
import heapq
import math
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from planner.domain.checks import span
from planner.domain.health import limits_for
from planner.domain.model import (
    AvailabilityLevel,
    HealthLimits,
    Person,
    PersonId,
    Plan,
    Turn,
    Window,
    utc,
)
from planner.domain.text import Text, tr

# Objective weights, in minutes of unfairness: one prime turn off its fair share costs an
# hour, one turn a person said they would rather not do costs two.
PRIME_WEIGHT = 60
PREFER_NOT_WEIGHT = 120
NOT_FOUND = tr("No rotation was found in the time given; try a longer time limit.")
FAIRNESS = "fairness (minutes off each share)"
PRIMES = "prime turns off each share"
PREFER_NOT = "turns people would rather not do"


@dataclass(frozen=True)
class RotationRequest:
    time_limit: float = 10.0  # seconds; the best rotation found by then is returned
    repair_person: PersonId | None = None  # repair: this person is out from repair_from on
    repair_from: datetime | None = None
    workers: int = 2
    in_parts: bool | None = None  # solve a few days at a time; None: when the plan is big


@dataclass(frozen=True)
class PersonScore:
    person_id: PersonId
    name: str
    turns: int
    minutes: int
    target_minutes: int
    prime_turns: int
    prefer_not_turns: int


@dataclass
class RotationResult:
    status: str  # "optimal", "feasible", "infeasible" or "unknown" (no rotation within the time)
    plan: Plan | None = None
    changed: int = 0  # turns whose spokespeople differ from the plan given
    scores: list[PersonScore] = field(default_factory=list)
    penalties: dict[str, int] = field(default_factory=dict)
    explanation: list[Text] = field(default_factory=list)  # str() of each is the English
    objective: float = 0.0
    bound: float = 0.0
    seconds: float = 0.0
    first_solution_seconds: float | None = None

    def summary(self) -> Text:
        """One line for the organizer: how good the rotation is, against the best possible."""
        seconds, changed = f"{self.seconds:.1f}", self.changed
        if self.status == "optimal":
            return tr("Optimal in {seconds} s: {changed} turns changed, the fairest possible.", seconds=seconds,
                      changed=changed)  # fmt: skip
        return tr("Feasible in {seconds} s: {changed} turns changed, unfairness score {score}; no rotation can "
                  "score under {bound} (gap {gap}).", seconds=seconds, changed=changed, score=f"{self.objective:.0f}",
                  bound=f"{self.bound:.0f}", gap=f"{self.gap:.1%}")  # fmt: skip

    @property
    def gap(self) -> float:
        """How far the fairness score may still be from the best possible, as a fraction."""
        return 0.0 if self.objective <= 0 else max(0.0, (self.objective - self.bound) / self.objective)


Slot = tuple[datetime, datetime]  # a turn's hours, in UTC


@dataclass
class _Problem:
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
class _Group:
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
        return len(self.turns) * _seats(self.window)

    @functools.cached_property
    def minutes(self) -> int:
        return int((self.slot[1] - self.slot[0]).total_seconds() // 60)

    @functools.cached_property
    def current(self) -> Counter[PersonId]:
        """Who is on the group's turns in the rotation given (the one a repair starts from)."""
        return Counter(pid for t in self.turns for pid in t.person_ids)


def _seats(window: Window) -> int:
    return len(window.pair) or window.needed


def solve(plan: Plan, request: RotationRequest | None = None) -> RotationResult:
    request = request or RotationRequest()
    started = time.monotonic()
    problem = _prepare(plan, request)
    result = _optimize(problem, request, started)
    if result.status == "infeasible":
        result.explanation = explain(problem, request)
    elif result.status == "unknown":
        # Solving in parts can give up early on a plan that has no rotation at all: if time
        # is left, ask the whole model why; otherwise say what can be said cheaply.
        left = request.time_limit - (time.monotonic() - started)
        result.explanation = (
            explain(problem, replace(request, time_limit=left)) if left >= 1 else _uncoverable(problem)
        ) or [NOT_FOUND]
        if result.explanation != [NOT_FOUND]:
            result.status = "infeasible"
    result.seconds = time.monotonic() - started
    return result


def _prepare(plan: Plan, request: RotationRequest) -> _Problem:
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
    return _Problem(plan, people, turns, windows, minutes, fixed, candidates, prefer_not, prime)


def _groups(problem: _Problem, per_window: bool) -> list[_Group]:
    """The turns in groups of interchangeable ones; one window per group when explaining, so
    that the explanation can name it."""
    groups: dict[tuple[Any, ...], _Group] = {}
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
            needs = (window.needed, tuple(sorted(r.value for r in window.pair)), window.language.casefold())
            key = (slot, needs, t.id in problem.prime)
        if key in groups:
            groups[key].turns.append(t)
        else:
            groups[key] = _Group(slot, t.start.astimezone(zone).date(), [t], window, problem.candidates[t.id],
                                 t.id in problem.prime, problem.fixed.get(t.id))  # fmt: skip
    return list(groups.values())


def _build(
    problem: _Problem,
    groups: list[_Group],
    with_assumptions: bool,
    part: _Part | None = None,
) -> tuple[Any, dict[str, Any]]:
    """The model over all groups, or over a part of them with the rest of the rotation fixed
    around it (see _solve_by_parts)."""
    from ortools.sat.python import cp_model  # lazily: loading OR-Tools takes a while

    model = cp_model.CpModel()
    people = {p.id: p for p in problem.people}
    active = range(len(groups)) if part is None else part.groups
    # y[person, group]: the person is on one of the group's turns.
    y: dict[tuple[PersonId, int], Any] = {}
    for g in active:
        for pid in groups[g].candidates:
            y[pid, g] = model.new_bool_var("")
    guards: dict[str, Any] = {}

    def enforce(constraint: Any, name: str) -> None:
        if with_assumptions:
            constraint.only_enforce_if(guards.setdefault(name, model.new_bool_var(name)))

    for g in active:
        group = groups[g]
        if group.fixed is not None:  # fixed turns keep exactly their people
            name = f"fixed:{group.turns[0].id}"
            for pid in group.candidates:
                enforce(model.add(y[pid, g] == (1 if pid in group.fixed else 0)), name)
            if set(group.fixed) - set(group.candidates):  # someone pinned who cannot serve then
                enforce(model.add_bool_or([]), name)
            continue
        # Coverage, pairs and languages: counted over the group, then seated turn by turn
        # (see _seat), which the counts always allow.
        window, turns = group.window, len(group.turns)
        on = [y[pid, g] for pid in group.candidates]
        enforce(model.add(sum(on) == group.seats), f"cover:{window.id}")
        for role in set(window.pair):
            members = [y[pid, g] for pid in group.candidates if people[pid].speaker_role is role]
            enforce(model.add(sum(members) == turns * window.pair.count(role)), f"pair:{window.id}")
        if window.language:
            speakers = [y[pid, g] for pid in group.candidates if _speaks(people[pid], window.language)]
            enforce(model.add(sum(speakers) >= turns), f"language:{window.id}")
    # Nobody in two places at once, and the health limits, per person, over time slots.
    LinearExpr = cp_model.LinearExpr  # noqa: N806 (OR-Tools' class)
    day_of = {group.slot: group.day for group in groups}
    groups_of: dict[PersonId, dict[Slot, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for (pid, g), var in y.items():
        groups_of[pid][groups[g].slot].append(var)
    for person in problem.people:
        limits = limits_for(person)
        name = f"limits:{person.id}"
        slots = groups_of[person.id]
        by_day: dict[date, list[Slot]] = defaultdict(list)
        for slot in sorted(slots):
            by_day[day_of[slot]].append(slot)
        for vars_ in slots.values():
            if len(vars_) > 1:
                model.add_at_most_one(vars_)
        worked = {}
        for day, day_slots in by_day.items():
            duty = [LinearExpr.sum(slots[slot]) if len(slots[slot]) > 1 else slots[slot][0] for slot in day_slots]
            rules = _day_rules(day_slots, limits)
            enforce(model.add(LinearExpr.weighted_sum(duty, rules.minutes) <= limits.max_minutes_per_day), name)
            for i, j in rules.apart:
                model.add(duty[i] + duty[j] <= 1)
            for i, j, between in rules.rest:
                # Both worked with a break shorter than the rest they need, unless the slots
                # between are worked too (then it is one longer stint).
                rest = LinearExpr.weighted_sum([duty[i], duty[j], *(duty[k] for k in between)],
                                               [1, 1, *(-1 for _ in between)])  # fmt: skip
                enforce(model.add(rest <= 1), name)
            for run in rules.runs:
                enforce(model.add(LinearExpr.sum([duty[k] for k in run]) <= limits.max_consecutive_turns), name)
            worked[day] = model.new_bool_var("")
            model.add_max_equality(worked[day], [v for slot in day_slots for v in slots[slot]])
        # Days in a row; in a part, the days around it count as the rest of the rotation has them.
        outside = part.worked_outside.get(person.id, set()) if part is not None else set()
        span_days = limits.max_days_in_row + 1
        for first in sorted({day - timedelta(days=k) for day in worked for k in range(span_days)}):
            days = [first + timedelta(days=k) for k in range(span_days)]
            stretch = [worked.get(day, 1 if day in outside else 0) for day in days]
            if sum(1 for v in stretch if not isinstance(v, int) or v) > limits.max_days_in_row:
                enforce(model.add(LinearExpr.sum(stretch) <= limits.max_days_in_row), name)
    return model, {"y": y, "guards": guards, "cp_model": cp_model}


def _speaks(person: Person, language: str) -> bool:
    return language.casefold() in (known.casefold() for known in person.languages)


@dataclass(frozen=True)
class _DayRules:
    """A day's health rules for one person, by position in the day's sorted time slots."""

    minutes: list[int]  # each slot's length
    apart: list[tuple[int, int]]  # slots that partly overlap: never both
    rest: list[tuple[int, int, list[int]]]  # too short a break between i and j, unless all between worked
    runs: list[list[int]]  # back-to-back stretches one turn longer than allowed


@functools.lru_cache(maxsize=1024)
def _day_rules_at(offsets: tuple[tuple[int, int], ...], limits: HealthLimits) -> _DayRules:
    """The rules for slots given as minutes from the day's first one. Every day of a campaign
    has the same shape, so this is worked out once per shape and kind of person."""
    apart, rest = [], []
    for i, a in enumerate(offsets):
        between: list[int] = []
        for j in range(i + 1, len(offsets)):
            b = offsets[j]
            if b[0] < a[1]:
                apart.append((i, j))
                continue
            gap = b[0] - a[1]
            if gap >= limits.min_rest_minutes:
                break
            if gap > 0:
                rest.append((i, j, list(between)))
            between.append(j)
    length = limits.max_consecutive_turns + 1
    runs = [
        list(range(i, i + length))
        for i in range(len(offsets) - length + 1)
        if all(offsets[k][1] == offsets[k + 1][0] for k in range(i, i + length - 1))
    ]
    return _DayRules([e - s for s, e in offsets], apart, rest, runs)


def _day_rules(day_slots: list[Slot], limits: HealthLimits) -> _DayRules:
    first = day_slots[0][0]
    offsets = tuple(
        (int((s - first).total_seconds()) // 60, int((e - first).total_seconds()) // 60) for s, e in day_slots
    )
    return _day_rules_at(offsets, limits)


def _fairness(
    problem: _Problem, groups: list[_Group], model: Any, y: dict[tuple[PersonId, int], Any], shares: _Shares,
    settled: set[tuple[PersonId, int]] | None = None,
) -> tuple[Any, dict[str, Any]]:  # fmt: skip
    """Sum of each person's distance from their availability-weighted share of all turns
    (fixed ones included), plus prime turns and prefer-not turns, in minutes. In a part of
    the rotation, `settled` holds the assignments outside it, which count as they are."""
    from ortools.sat.python.cp_model import LinearExpr

    targets, prime_targets = shares
    load: dict[PersonId, tuple[list[Any], list[int]]] = defaultdict(lambda: ([], []))
    primes: dict[PersonId, list[Any]] = defaultdict(list)
    for (pid, g), var in y.items():
        load[pid][0].append(var)
        load[pid][1].append(groups[g].minutes)
        if groups[g].prime:
            primes[pid].append(var)
    base_minutes: Counter[PersonId] = Counter()
    base_primes: Counter[PersonId] = Counter()
    for pid, g in settled or ():
        if (pid, g) not in y:
            base_minutes[pid] += groups[g].minutes
            base_primes[pid] += groups[g].prime
    bound = sum(problem.minutes.values()) * 10
    parts: dict[str, list[Any]] = {"fairness": [], "prime": [], "prefer_not": []}
    for person in problem.people:
        pid = person.id
        dev = model.new_int_var(0, bound, f"dev[{pid}]")
        model.add_abs_equality(dev, LinearExpr.weighted_sum(*load[pid]) + base_minutes[pid] - targets[pid])
        parts["fairness"].append(dev)
        prime_dev = model.new_int_var(0, bound, f"prime_dev[{pid}]")
        model.add_abs_equality(prime_dev, LinearExpr.sum(primes[pid]) + base_primes[pid] - prime_targets[pid])
        parts["prime"].append(prime_dev)
    parts["prefer_not"] = [var for (pid, g), var in y.items() if _reluctant(problem, groups[g], pid)]
    terms = parts["fairness"] + [PRIME_WEIGHT * v for v in parts["prime"]]
    terms += [PREFER_NOT_WEIGHT * v for v in parts["prefer_not"]]
    return LinearExpr.sum(terms), {"parts": parts}


def _unfairness(problem: _Problem, groups: list[_Group], chosen: set[tuple[PersonId, int]], shares: _Shares
                ) -> dict[str, int]:  # fmt: skip
    """The same penalties as _fairness, worked out for a rotation already made."""
    targets, prime_targets = shares
    minutes: Counter[PersonId] = Counter()
    primes: Counter[PersonId] = Counter()
    reluctant = 0
    for pid, g in chosen:
        minutes[pid] += groups[g].minutes
        primes[pid] += groups[g].prime
        reluctant += _reluctant(problem, groups[g], pid)
    return {
        FAIRNESS: sum(abs(minutes[p.id] - targets[p.id]) for p in problem.people),
        PRIMES: sum(abs(primes[p.id] - prime_targets[p.id]) for p in problem.people),
        PREFER_NOT: reluctant,
    }


def _objective(penalties: dict[str, int]) -> int:
    return penalties[FAIRNESS] + PRIME_WEIGHT * penalties[PRIMES] + PREFER_NOT_WEIGHT * penalties[PREFER_NOT]


def _fairness_bound(problem: _Problem, groups: list[_Group], shares: _Shares) -> int:
    """A floor under the fairness penalties no rotation can beat: everyone's load is a whole
    number of turns and all loads add up to what must be covered, so each person's distance
    from a share that falls between whole turns is counted (prime turns likewise)."""
    targets, prime_targets = shares
    unit = functools.reduce(math.gcd, (group.minutes for group in groups), 0) or 1
    able = {pid for group in groups for pid in group.candidates}
    minutes = sum(group.minutes * group.seats for group in groups if group.fixed is None)
    minutes += sum(group.minutes * len(group.fixed) for group in groups if group.fixed is not None)
    primes = sum(len(group.fixed) if group.fixed is not None else group.seats for group in groups if group.prime)

    def least(total_units: int, unit: int, share: dict[PersonId, int]) -> int:
        # Hand out the units one at a time to whoever it brings closest to their share: the
        # distances are convex, so this is the least total distance.
        given = dict.fromkeys(able, 0)
        heap = [(abs(unit - share[pid]) - abs(share[pid]), pid) for pid in given]
        heapq.heapify(heap)
        for _ in range(total_units if heap else 0):
            _, pid = heapq.heappop(heap)
            given[pid] += 1
            k = given[pid]
            heapq.heappush(heap, (abs((k + 1) * unit - share[pid]) - abs(k * unit - share[pid]), pid))
        return sum(abs(given.get(p.id, 0) * unit - share[p.id]) for p in problem.people)

    return least(minutes // unit, unit, targets) + PRIME_WEIGHT * least(primes, 1, prime_targets)


_Shares = tuple[dict[PersonId, int], dict[PersonId, int]]  # minutes and prime turns per person


def _shares(problem: _Problem, groups: list[_Group]) -> _Shares:
    """Each person's fair share of on-camera minutes and of prime turns: all that must be
    covered, split in proportion to how much of it they are available for (half for turns
    they would rather not do)."""
    weight = {p.id: 0.0 for p in problem.people}
    for group in groups:
        first = group.turns[0].id
        for pid in group.candidates:
            half = (pid, first) in problem.prefer_not
            weight[pid] += group.minutes * len(group.turns) * (0.5 if half else 1.0)
    total = sum(weight.values()) or 1.0
    minutes = sum(group.minutes * group.seats for group in groups)
    primes = sum(group.seats for group in groups if group.prime)
    return (
        {pid: round(minutes * w / total) for pid, w in weight.items()},
        {pid: round(primes * w / total) for pid, w in weight.items()},
    )


def _changes(groups: list[_Group], y: dict[tuple[PersonId, int], Any]) -> Any:
    """Assignments added or removed against the rotation given. Turns nobody is on yet are
    left out: staffing them is no change to anyone's calendar, and it is the same for every
    rotation (a constant would blur the fairness gap)."""
    terms = []
    for (pid, g), var in y.items():
        current = groups[g].current
        if groups[g].fixed is None and current:
            terms.append(current[pid] - var if current[pid] else var)
    return sum(terms)


@dataclass
class _Duty:
    """What the greedy rotation has given one person so far."""

    minutes: int = 0
    primes: int = 0
    days: set[date] = field(default_factory=set)
    today: list[Slot] = field(default_factory=list)  # slots on the day being filled
    today_minutes: int = 0


def _greedy(problem: _Problem, groups: list[_Group], shares: _Shares) -> set[tuple[PersonId, int]]:
    """A quick rotation to start the solver from: day by day, the turns only some people can
    take first (pairs, languages), each seat goes to whoever is furthest behind their share
    (people already on the turn first) among those the health limits allow. It may leave a
    seat empty; the solver fills and improves it. On a plan of months CP-SAT alone finds no
    rotation in seconds; from this one it does."""
    targets, prime_targets = shares
    people = {p.id: p for p in problem.people}
    limits = {p.id: limits_for(p) for p in problem.people}
    state = {p.id: _Duty() for p in problem.people}
    day_of = [group.day for group in groups]
    chosen: set[tuple[PersonId, int]] = set()
    order = sorted(
        range(len(groups)),
        key=lambda g: (day_of[g], groups[g].fixed is None, not groups[g].window.pair,
                       not groups[g].window.language, groups[g].slot),
    )  # fmt: skip

    may_start: dict[PersonId, bool] = {}  # today, for people not on yet: not too many days in a row

    def allowed(pid: PersonId, slot: Slot, day: date, minutes: int) -> bool:
        lim, duty = limits[pid], state[pid]
        if not duty.today:
            return may_start[pid]
        if duty.today_minutes + minutes > lim.max_minutes_per_day:
            return False
        rest = timedelta(minutes=lim.min_rest_minutes)
        for s, e in duty.today:
            if s < slot[1] and slot[0] < e:
                return False
            gap = slot[0] - e if e <= slot[0] else s - slot[1]
            if timedelta(0) < gap < rest:
                return False
        ends, starts = {e: (s, e) for s, e in duty.today}, {s: (s, e) for s, e in duty.today}
        run, edge = 1, slot[0]
        while edge in ends:
            run, edge = run + 1, ends[edge][0]
        edge = slot[1]
        while edge in starts:
            run, edge = run + 1, starts[edge][1]
        return run <= lim.max_consecutive_turns

    def take(pid: PersonId, g: int, day: date) -> None:
        group, duty = groups[g], state[pid]
        chosen.add((pid, g))
        duty.days.add(day)
        duty.today.append(group.slot)
        duty.today_minutes += group.minutes
        duty.minutes += group.minutes
        duty.primes += group.prime

    today: date | None = None
    for g in order:
        group, day = groups[g], day_of[g]
        if day != today:
            today = day
            for pid, duty in state.items():
                duty.today, duty.today_minutes = [], 0
                in_row = limits[pid].max_days_in_row
                may_start[pid] = any(day - timedelta(days=k) not in duty.days for k in range(1, in_row + 1))
        if group.fixed is not None:
            for pid in group.fixed:
                if pid in state:
                    take(pid, g, day)
            continue
        current = group.current
        first = group.turns[0].id
        ranked = sorted(
            (pid for pid in group.candidates if allowed(pid, group.slot, day, group.minutes)),
            key=lambda pid: (
                pid not in current,
                (pid, first) in problem.prefer_not,
                state[pid].primes / max(1, prime_targets[pid]) if group.prime else 0,
                state[pid].minutes / max(1, targets[pid]),
            ),
        )
        for pid in _pick(group, ranked, people):
            take(pid, g, day)
    return chosen


def _pick(group: _Group, ranked: list[PersonId], people: dict[PersonId, Person]) -> list[PersonId]:
    """The first people in `ranked` who together fill a group's seats: its pairs of roles and
    a speaker of its language on every turn, as far as the people allow."""
    window, turns = group.window, len(group.turns)
    quota = {role: turns * window.pair.count(role) for role in window.pair}
    picked: list[PersonId] = []
    speakers = [p for p in ranked if _speaks(people[p], window.language)] if window.language else []
    for pid, limit in [*((p, turns) for p in speakers), *((p, group.seats) for p in ranked)]:
        role = people[pid].speaker_role
        if len(picked) < limit and pid not in picked and (not quota or quota.get(role, 0) > 0):
            picked.append(pid)
            if quota:
                quota[role] -= 1
    return picked


WHOLE_MODEL_LIMIT = 20_000  # choices (people × groups) solved as one model; above, in parts
PART_SECONDS = 0.3  # at most per part, so that every part gets its turn within the time limit
FINISH_SECONDS = 1.0  # kept back from the time limit to seat people on turns and score them
REPAIR_CHANGE_WEIGHT = 10_000  # in parts, a change outweighs a week of one person's unfairness


@dataclass
class _Outcome:
    status: str
    chosen: set[tuple[PersonId, int]]
    objective: float = 0.0
    bound: float = 0.0
    first_solution: float | None = None


@dataclass(frozen=True)
class _Part:
    groups: list[int]
    worked_outside: dict[PersonId, set[date]]  # days each person works outside the part


def _reluctant(problem: _Problem, group: _Group, pid: PersonId) -> bool:
    """Whether the person would rather not be on this (free) group's turns."""
    return group.fixed is None and (pid, group.turns[0].id) in problem.prefer_not


def _changes_made(groups: list[_Group], chosen: set[tuple[PersonId, int]]) -> int:
    """_changes for a rotation already made."""
    total = 0
    for g, group in enumerate(groups):
        current = group.current
        if group.fixed is None and current:
            total += sum(current[pid] - ((pid, g) in chosen) if current[pid] else (pid, g) in chosen
                         for pid in group.candidates)  # fmt: skip
    return total


def _optimize(problem: _Problem, request: RotationRequest, started: float) -> RotationResult:
    groups = _groups(problem, per_window=False)
    shares = _shares(problem, groups)
    start = _greedy(problem, groups, shares)
    in_parts = request.in_parts
    if in_parts is None:
        in_parts = sum(len(group.candidates) for group in groups) > WHOLE_MODEL_LIMIT
    if not in_parts:
        outcome = _solve_whole(problem, groups, shares, start, request, started)
    else:
        outcome = _solve_by_parts(problem, groups, shares, start, request, started)
    if outcome.status in ("infeasible", "unknown"):
        return RotationResult(outcome.status)
    seated: dict[str, tuple[PersonId, ...]] = {}
    for g, group in enumerate(groups):
        seated.update(_seat(problem, group, [pid for pid in group.candidates if (pid, g) in outcome.chosen]))
    order = {p.id: i for i, p in enumerate(problem.plan.people)}
    new_turns = [
        replace(turn, person_ids=tuple(sorted(seated[turn.id], key=lambda pid: order.get(pid, 0))))
        if turn.id in seated and turn.id not in problem.fixed
        else turn
        for turn in problem.plan.turns
    ]
    new_plan = replace(problem.plan, turns=tuple(new_turns))
    result = RotationResult(
        status=outcome.status,
        plan=new_plan,
        changed=sum(
            1 for old, new in zip(problem.plan.turns, new_turns, strict=True) if old.person_ids != new.person_ids
        ),
        penalties=_unfairness(problem, groups, outcome.chosen, shares),
        objective=outcome.objective,
        bound=max(outcome.bound, _fairness_bound(problem, groups, shares)),
        first_solution_seconds=outcome.first_solution,
    )
    result.scores = _scores(problem, new_plan, shares[0])
    return result


def _solve_whole(problem: _Problem, groups: list[_Group], shares: _Shares, start: set[tuple[PersonId, int]],
                 request: RotationRequest, started: float) -> _Outcome:  # fmt: skip
    """One model for the whole rotation: optimal, and a repair provably changes the fewest."""
    model, handles = _build(problem, groups, with_assumptions=False)
    y, cp_model = handles["y"], handles["cp_model"]
    objective, _ = _fairness(problem, groups, model, y, shares)
    changes = _changes(groups, y)
    for key, var in y.items():
        model.add_hint(var, key in start)
    first_solution: list[float] = []

    callback_base: Any = cp_model.CpSolverSolutionCallback

    class FirstSolution(callback_base):  # type: ignore[misc]
        def on_solution_callback(self) -> None:
            if not first_solution:
                first_solution.append(time.monotonic() - started)

    def run(time_left: float) -> tuple[Any, Any]:
        solver = cp_model.CpSolver()
        solver.parameters.max_time_in_seconds = max(0.1, time_left)
        solver.parameters.num_workers = request.workers
        status = solver.solve(model, FirstSolution())
        return solver, status

    deadline = started + request.time_limit
    if request.repair_person is not None:
        # Repair first changes as few assignments as possible, then is as fair as it can be
        # without changing more: every change is an update in a journalist's calendar.
        model.minimize(changes)
        solver, status = run(deadline - time.monotonic())
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return _Outcome("infeasible" if status == cp_model.INFEASIBLE else "unknown", set())
        model.add(changes <= round(solver.objective_value))
        model.clear_hints()
        for var in y.values():
            model.add_hint(var, solver.value(var))
    # Among equally fair rotations keep the current one: each change is a calendar update
    # for journalists. One minute per change only breaks ties; fairness is counted in hours.
    model.minimize(objective + changes)
    solver, status = run(deadline - time.monotonic())
    if status == cp_model.INFEASIBLE:
        return _Outcome("infeasible", set())
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return _Outcome("unknown", set())
    return _Outcome(
        "optimal" if status == cp_model.OPTIMAL else "feasible",
        {key for key, var in y.items() if solver.value(var)},
        solver.objective_value,
        solver.best_objective_bound,
        first_solution[0] if first_solution else None,
    )


def _solve_by_parts(problem: _Problem, groups: list[_Group], shares: _Shares, start: set[tuple[PersonId, int]],
                    request: RotationRequest, started: float) -> _Outcome:  # fmt: skip
    """A rotation of months in one model is too big for CP-SAT to start within seconds. Start
    from the greedy rotation and re-solve it a day at a time, the rest held as it is and
    fairness still counted over the whole plan, round after round; stop at the fairness floor,
    the time limit, or two rounds without a gain."""
    from ortools.sat.python import cp_model

    deadline = started + request.time_limit
    day_of = [group.day for group in groups]
    days = sorted(set(day_of))
    weight = REPAIR_CHANGE_WEIGHT if request.repair_person is not None else 1
    chosen = set(start)
    floor = _fairness_bound(problem, groups, shares)

    def total() -> int:
        return _objective(_unfairness(problem, groups, chosen, shares)) + weight * _changes_made(groups, chosen)

    def unfilled() -> list[int]:
        filled = Counter(g for _, g in chosen)
        return [g for g, group in enumerate(groups) if group.fixed is None and filled[g] < group.seats]

    finish = deadline - FINISH_SECONDS

    def improve(inside: set[date], seconds: float) -> float | None:
        """Re-solve the days `inside` with the rest as it stands; the part's score, if solved."""
        nonlocal chosen
        part = _Part([g for g, day in enumerate(day_of) if day in inside], {p.id: set() for p in problem.people})
        for pid, g in chosen:
            if day_of[g] not in inside:
                part.worked_outside[pid].add(day_of[g])
        model, handles = _build(problem, groups, with_assumptions=False, part=part)
        y = handles["y"]
        objective, _ = _fairness(problem, groups, model, y, shares, settled=chosen)
        model.minimize(objective + weight * _changes(groups, y))
        for key, var in y.items():
            model.add_hint(var, key in chosen)
        solver = cp_model.CpSolver()
        solver.parameters.max_time_in_seconds = max(0.05, min(seconds, finish - time.monotonic()))
        solver.parameters.num_workers = request.workers
        if solver.solve(model) not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return None
        inside_groups = set(part.groups)
        chosen = {key for key in chosen if key[1] not in inside_groups}
        chosen |= {key for key, var in y.items() if solver.value(var)}
        return float(solver.objective_value)

    # First fill the seats the greedy rotation left empty, a day at a time; where a day cannot
    # be filled as its neighbours stand, take in more days around it, up to the whole plan.
    for day in sorted({day_of[g] for g in unfilled()}):
        reach = 0
        while time.monotonic() < finish and any(day_of[g] == day for g in unfilled()):
            inside = {d for d in days if abs((d - day).days) <= reach}
            if improve(inside, PART_SECONDS * len(inside)) is None and len(inside) == len(days):
                break
            reach = 2 * reach + 1
    first_solution = time.monotonic() - started if not unfilled() else None
    best, stale = total(), 0
    while time.monotonic() < finish and (best > floor or first_solution is None) and stale < 2:
        before = best
        # Days where someone is on a turn they would rather not do first: only a part holding
        # that day can undo it; then every day in turn, for fairness over the whole plan.
        reluctant = sorted({day_of[g] for pid, g in chosen if _reluctant(problem, groups[g], pid)})
        for day in [*reluctant, *days]:
            if time.monotonic() > finish or (best <= floor and first_solution is not None):
                break
            score = improve({day}, PART_SECONDS)
            if first_solution is None and not unfilled():
                first_solution = time.monotonic() - started
            # The whole plan scores at least what this part's model scored; only then can it
            # have reached the floor.
            if score is not None and score <= floor:
                best = min(best, total())
        best = min(best, total())
        stale = stale + 1 if best >= before else 0  # two rounds without a gain: as good as parts get
    if first_solution is None:
        return _Outcome("unknown", set())
    return _Outcome("optimal" if best <= floor else "feasible", chosen, best, floor, first_solution)


def _seat(problem: _Problem, group: _Group, on_duty: list[PersonId]) -> dict[str, tuple[PersonId, ...]]:
    """Who sits on which turn of a group: people stay on the turn they are on where they can
    (so a repair moves nobody it need not), then each turn gets its pair and its speaker."""
    if len(group.turns) == 1:
        return {group.turns[0].id: tuple(on_duty)}
    people = {p.id: p for p in problem.people}
    window = group.window
    seats: dict[str, list[PersonId]] = {t.id: [] for t in group.turns}
    pool = list(on_duty)

    def fits(turn_id: str, pid: PersonId) -> bool:
        taken = seats[turn_id]
        if len(taken) >= _seats(window):
            return False
        role = people[pid].speaker_role
        return not window.pair or sum(people[o].speaker_role is role for o in taken) < window.pair.count(role)

    def sit(turn_id: str, pid: PersonId) -> None:
        seats[turn_id].append(pid)
        pool.remove(pid)

    for t in group.turns:
        for pid in t.person_ids:
            if pid in pool and fits(t.id, pid):
                sit(t.id, pid)
    if window.language:
        for t in group.turns:
            if not any(_speaks(people[o], window.language) for o in seats[t.id]):
                speaker = next((p for p in pool if _speaks(people[p], window.language) and fits(t.id, p)), None)
                if speaker is not None:
                    sit(t.id, speaker)
    for t in group.turns:
        for pid in list(pool):
            if fits(t.id, pid):
                sit(t.id, pid)
    done = not pool and all(
        not window.language or any(_speaks(people[o], window.language) for o in taken) for taken in seats.values()
    )
    return {tid: tuple(taken) for tid, taken in seats.items()} if done else _seat_exactly(problem, group, on_duty)


def _seat_exactly(problem: _Problem, group: _Group, on_duty: list[PersonId]) -> dict[str, tuple[PersonId, ...]]:
    """The rare group the greedy seating cannot fill (people kept on their turns block a
    speaker): a tiny model that seats everyone and keeps as many where they were."""
    from ortools.sat.python import cp_model

    people = {p.id: p for p in problem.people}
    window = group.window
    model = cp_model.CpModel()
    z = {(pid, t.id): model.new_bool_var("") for pid in on_duty for t in group.turns}
    for pid in on_duty:
        model.add_exactly_one(z[pid, t.id] for t in group.turns)
    for t in group.turns:
        model.add(sum(z[pid, t.id] for pid in on_duty) == _seats(window))
        for role in set(window.pair):
            members = [z[pid, t.id] for pid in on_duty if people[pid].speaker_role is role]
            model.add(sum(members) == window.pair.count(role))
        if window.language:
            model.add(sum(z[pid, t.id] for pid in on_duty if _speaks(people[pid], window.language)) >= 1)
    model.maximize(sum(z[pid, t.id] for t in group.turns for pid in t.person_ids if pid in on_duty))
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.solve(model)
    return {t.id: tuple(pid for pid in on_duty if solver.value(z[pid, t.id])) for t in group.turns}


def _scores(problem: _Problem, plan: Plan, targets: dict[PersonId, int]) -> list[PersonScore]:
    mine: dict[PersonId, list[Turn]] = defaultdict(list)
    for t in plan.turns:
        if t.window_id in problem.window_of:
            for pid in t.person_ids:
                mine[pid].append(t)
    return [
        PersonScore(
            person.id,
            person.name,
            len(mine[person.id]),
            sum(problem.minutes[t.id] for t in mine[person.id]),
            targets.get(person.id, 0),
            sum(1 for t in mine[person.id] if t.id in problem.prime),
            sum(1 for t in mine[person.id] if (person.id, t.id) in problem.prefer_not),
        )
        for person in problem.people
    ]


def explain(problem: _Problem, request: RotationRequest) -> list[Text]:
    """Why no rotation exists, in organizer words: which windows cannot be covered, and which
    people's limits (or which requirements) are in the way. From the solver's assumptions."""
    lines = _uncoverable(problem)
    people = {p.id: p for p in problem.people}
    if lines:
        return lines
    model, handles = _build(problem, _groups(problem, per_window=True), with_assumptions=True)
    cp_model, guards = handles["cp_model"], handles["guards"]
    model.add_assumptions(list(guards.values()))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(1.0, request.time_limit)
    solver.parameters.num_workers = 1  # the core of assumptions is reported with one worker
    if solver.solve(model) != cp_model.INFEASIBLE:
        return [NOT_FOUND]
    names = {v.index: name for name, v in guards.items()}
    core = [names[i] for i in solver.sufficient_assumptions_for_infeasibility()]
    blocked = [n.split(":", 1) for n in core]
    windows = [problem.window_of[w] for kind, w in blocked if kind in ("cover", "pair", "language")]
    limits = [people[PersonId(p)] for kind, p in blocked if kind == "limits"]
    for window in dict.fromkeys(windows):
        needs = tr("{count} spokespeople on every turn", count=_seats(window))
        if window.pair:
            roles = tr("{first} and {second}", first=tr(window.pair[0].value), second=tr(window.pair[-1].value))
            needs = tr("{needs}, one each of {roles}", needs=needs, roles=roles)
        if window.language:
            needs = tr("{needs}, someone who speaks {language}", needs=needs, language=window.language)
        lines.append(tr("Cannot cover the media window {day} {hours}: it needs {needs}.", day=window.start.date(),
                        hours=span(window.start, window.end), needs=needs))  # fmt: skip
    for kind, item in blocked:
        if kind == "fixed":
            turn = next(t for t in problem.turns if t.id == item)
            lines.append(tr("The pinned turn {turn} cannot stay as it is.", turn=_when(turn)))
    for person in limits:
        lim = limits_for(person)
        lines.append(
            tr("Limits in the way: {name} ({role}) — at most {hours} h on camera a day, {turns} turns in a row, "
               "{rest} h rest between stints, {days} days in a row.", name=person.name,
               role=tr(person.speaker_role.value), hours=f"{lim.max_minutes_per_day / 60:g}",
               turns=lim.max_consecutive_turns, rest=f"{lim.min_rest_minutes / 60:g}", days=lim.max_days_in_row)
        )  # fmt: skip
    return lines or [tr("The requirements contradict each other; no single window or limit could be named.")]


def _uncoverable(problem: _Problem) -> list[Text]:
    """Turns fewer people can take than they need, whatever the rest of the rotation."""
    lines = []
    for t in problem.turns:
        needed = _seats(problem.window_of[t.window_id])
        if t.id not in problem.fixed and len(problem.candidates[t.id]) < needed:
            lines.append(
                tr("{turn}: needs {needed} spokespeople but only {available} are available then (the others are "
                   "unavailable or busy with a shift)", turn=_when(t), needed=needed,
                   available=len(problem.candidates[t.id]))
            )  # fmt: skip
    return lines


def _when(turn: Turn) -> Text:
    return tr("{day} {hours}", day=turn.start.date(), hours=span(turn.start, turn.end))


__all__ = ["PersonScore", "RotationRequest", "RotationResult", "solve"]
