"""The spokesperson rotation as a CP-SAT model: cover every media turn, respect availability,
skills and health limits, spread the load fairly, and repair with as few changes as possible.

OR-Tools is imported inside solve(), so the app and the CLI start without loading it.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from planner.domain.checks import span
from planner.domain.health import limits_for
from planner.domain.model import (
    AvailabilityLevel,
    Person,
    PersonId,
    Plan,
    Turn,
    Window,
    utc,
)

# Objective weights, in minutes of unfairness: one prime turn off its fair share costs an
# hour, one turn a person said they would rather not do costs two.
PRIME_WEIGHT = 60
PREFER_NOT_WEIGHT = 120


@dataclass(frozen=True)
class RotationRequest:
    time_limit: float = 10.0  # seconds; the best rotation found by then is returned
    repair_person: PersonId | None = None  # repair: this person is out from repair_from on
    repair_from: datetime | None = None
    workers: int = 2


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
    explanation: list[str] = field(default_factory=list)
    objective: float = 0.0
    bound: float = 0.0
    seconds: float = 0.0
    first_solution_seconds: float | None = None

    @property
    def gap(self) -> float:
        """How far the fairness score may still be from the best possible, as a fraction."""
        return 0.0 if self.objective <= 0 else max(0.0, (self.objective - self.bound) / self.objective)


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


def solve(plan: Plan, request: RotationRequest | None = None) -> RotationResult:
    request = request or RotationRequest()
    started = time.monotonic()
    problem = _prepare(plan, request)
    result = _optimize(problem, request, started)
    if result.status == "infeasible":
        result.explanation = explain(problem, request)
    result.seconds = time.monotonic() - started
    return result


def _prepare(plan: Plan, request: RotationRequest) -> _Problem:
    windows: dict[str, Window] = {w.id: w for w in plan.windows() if not w.cancelled}
    turns = sorted((t for t in plan.turns if t.window_id in windows), key=lambda t: (utc(t.start), t.id))
    people = list(plan.spokespeople)
    minutes: dict[str, int] = {t.id: int((utc(t.end) - utc(t.start)).total_seconds() // 60) for t in turns}
    fixed: dict[str, tuple[PersonId, ...]] = {t.id: t.person_ids for t in turns if t.pinned}
    if request.repair_from is not None:
        fixed.update({t.id: t.person_ids for t in turns if utc(t.end) <= utc(request.repair_from)})
    busy: dict[PersonId, list[tuple[datetime, datetime]]] = defaultdict(list)
    for shift in plan.shifts:
        for pid in shift.person_ids:
            busy[pid].append((utc(shift.start), utc(shift.end)))
    unavailable: dict[PersonId, list[tuple[datetime, datetime]]] = defaultdict(list)
    prefer: dict[PersonId, list[tuple[datetime, datetime]]] = defaultdict(list)
    for a in plan.availability:
        target = unavailable if a.level is AvailabilityLevel.UNAVAILABLE else prefer
        target[a.person_id].append((utc(a.start), utc(a.end)))
    if request.repair_person is not None and request.repair_from is not None:
        unavailable[request.repair_person].append(
            (utc(request.repair_from), datetime.max.replace(tzinfo=utc(request.repair_from).tzinfo))
        )

    def overlaps(spans: list[tuple[datetime, datetime]], turn: Turn) -> bool:
        return any(s < utc(turn.end) and utc(turn.start) < e for s, e in spans)

    candidates: dict[str, list[PersonId]] = {
        t.id: [p.id for p in people if not overlaps(unavailable[p.id], t) and not overlaps(busy[p.id], t)]
        for t in turns
    }
    prefer_not: set[tuple[PersonId, str]] = {(p.id, t.id) for t in turns for p in people if overlaps(prefer[p.id], t)}
    prime: set[str] = set()
    for window_id in windows:
        in_window = [t for t in turns if t.window_id == window_id]
        if in_window:
            prime.add(in_window[0].id)  # the first turn of the day's window
            prime.update(t.id for t in in_window if t.start.hour <= 12 < t.end.hour or t.start.hour == 12)
    return _Problem(plan, people, turns, windows, minutes, fixed, candidates, prefer_not, prime)


def _build(problem: _Problem, request: RotationRequest, with_assumptions: bool) -> tuple[Any, dict[str, Any]]:
    from ortools.sat.python import cp_model  # lazily: loading OR-Tools takes a while

    model = cp_model.CpModel()
    people = {p.id: p for p in problem.people}
    x: dict[tuple[PersonId, str], Any] = {}
    for t in problem.turns:
        for pid in problem.candidates[t.id]:
            x[pid, t.id] = model.new_bool_var(f"x[{pid},{t.id}]")
    guards: dict[str, Any] = {}

    def guard(name: str) -> Any:
        if not with_assumptions:
            return None
        guards.setdefault(name, model.new_bool_var(name))
        return guards[name]

    def enforce(constraint: Any, name: str) -> None:
        literal = guard(name)
        if literal is not None:
            constraint.only_enforce_if(literal)

    # Fixed turns keep exactly their people.
    for t in problem.turns:
        if t.id in problem.fixed:
            keep = set(problem.fixed[t.id])
            for pid in problem.candidates[t.id]:
                enforce(model.add(x[pid, t.id] == (1 if pid in keep else 0)), f"fixed:{t.id}")
            if keep - set(problem.candidates[t.id]):  # someone pinned who cannot serve then
                enforce(model.add_bool_or([]), f"fixed:{t.id}")
    # Coverage, pairs and languages, per window.
    for t in problem.turns:
        if t.id in problem.fixed:
            continue
        window = problem.window_of[t.window_id]
        on = [x[pid, t.id] for pid in problem.candidates[t.id]]
        needed = len(window.pair) or window.needed
        enforce(model.add(sum(on) == needed), f"cover:{window.id}")
        for role in set(window.pair):
            members = [x[pid, t.id] for pid in problem.candidates[t.id] if people[pid].speaker_role is role]
            enforce(model.add(sum(members) == window.pair.count(role)), f"pair:{window.id}")
        if window.language:
            speakers = [x[pid, t.id] for pid in problem.candidates[t.id] if _speaks(people[pid], window.language)]
            enforce(model.add(sum(speakers) >= 1), f"language:{window.id}")
    # Nobody in two places at once, and the health limits, per person, over time slots: turns
    # at the same hours in different windows share a slot, so each rule is one constraint per
    # slot rather than one per pair of turns (a campaign has ten sites at the same hours).
    for person in problem.people:
        limits = limits_for(person)
        name = f"limits:{person.id}"
        slots: dict[tuple[datetime, datetime], list[Any]] = defaultdict(list)
        for t in problem.turns:
            if (person.id, t.id) in x:
                slots[utc(t.start), utc(t.end)].append(x[person.id, t.id])
        by_day: dict[date, list[tuple[datetime, datetime]]] = defaultdict(list)
        for slot in sorted(slots):
            by_day[slot[0].astimezone(problem.plan.zone).date()].append(slot)
        duty = {slot: sum(vars_) for slot, vars_ in slots.items()}
        for vars_ in slots.values():
            if len(vars_) > 1:
                model.add(sum(vars_) <= 1)
        worked = {}
        for day, day_slots in by_day.items():
            minutes = sum(int((e - s).total_seconds() // 60) * duty[(s, e)] for s, e in day_slots)
            enforce(model.add(minutes <= limits.max_minutes_per_day), name)
            for i, a in enumerate(day_slots):
                between: list[tuple[datetime, datetime]] = []
                for b in day_slots[i + 1 :]:
                    if b[0] < a[1]:  # partly overlapping slots: physically impossible together
                        model.add(duty[a] + duty[b] <= 1)
                        continue
                    gap = b[0] - a[1]
                    if gap >= timedelta(minutes=limits.min_rest_minutes):
                        break
                    if gap > timedelta(0):
                        # Both worked with a break shorter than the rest they need, unless the
                        # slots between are worked too (then it is one longer stint).
                        enforce(model.add(duty[a] + duty[b] - sum(duty[c] for c in between) <= 1), name)
                    between.append(b)
            for run in _back_to_back_runs(day_slots, limits.max_consecutive_turns + 1):
                enforce(model.add(sum(duty[slot] for slot in run) <= limits.max_consecutive_turns), name)
            worked[day] = model.new_bool_var(f"works[{person.id},{day}]")
            model.add_max_equality(worked[day], [v for slot in day_slots for v in slots[slot]])
        span_days = limits.max_days_in_row + 1
        for day in worked:
            stretch = [worked.get(day + timedelta(days=k)) for k in range(span_days)]
            if all(v is not None for v in stretch):
                enforce(model.add(sum(v for v in stretch if v is not None) <= limits.max_days_in_row), name)
    return model, {"x": x, "guards": guards, "cp_model": cp_model}


def _speaks(person: Person, language: str) -> bool:
    return language.casefold() in (known.casefold() for known in person.languages)


def _back_to_back_runs(slots: list[tuple[datetime, datetime]], length: int) -> list[list[tuple[datetime, datetime]]]:
    """Every stretch of `length` time slots (sorted) that follow each other with no gap."""
    runs = []
    for i in range(len(slots) - length + 1):
        run = slots[i : i + length]
        if all(run[k][1] == run[k + 1][0] for k in range(length - 1)):
            runs.append(run)
    return runs


def _fairness(problem: _Problem, model: Any, x: dict[tuple[PersonId, str], Any]) -> tuple[Any, dict[str, Any]]:
    """Sum of each person's distance from their availability-weighted share of all turns
    (fixed ones included), plus prime turns and prefer-not turns, in minutes."""
    free = [t for t in problem.turns if t.id not in problem.fixed]
    targets, prime_targets = _shares(problem)
    prime_free = [t for t in free if t.id in problem.prime]
    fixed_minutes: dict[PersonId, int] = defaultdict(int)
    fixed_primes: dict[PersonId, int] = defaultdict(int)
    for t in problem.turns:
        for pid in problem.fixed.get(t.id, ()):
            fixed_minutes[pid] += problem.minutes[t.id]
            fixed_primes[pid] += t.id in problem.prime
    bound = sum(problem.minutes.values()) * 10
    parts: dict[str, list[Any]] = {"fairness": [], "prime": [], "prefer_not": []}
    for person in problem.people:
        target, prime_target = targets[person.id], prime_targets[person.id]
        load = fixed_minutes[person.id] + sum(
            problem.minutes[t.id] * x[person.id, t.id] for t in free if (person.id, t.id) in x
        )
        dev = model.new_int_var(0, bound, f"dev[{person.id}]")
        model.add(dev >= load - target)
        model.add(dev >= target - load)
        parts["fairness"].append(dev)
        primes = fixed_primes[person.id] + sum(x[person.id, t.id] for t in prime_free if (person.id, t.id) in x)
        prime_dev = model.new_int_var(0, bound, f"prime_dev[{person.id}]")
        model.add(prime_dev >= primes - prime_target)
        model.add(prime_dev >= prime_target - primes)
        parts["prime"].append(prime_dev)
    parts["prefer_not"] = [x[key] for key in problem.prefer_not if key in x and key[1] not in problem.fixed]
    terms = parts["fairness"] + [PRIME_WEIGHT * v for v in parts["prime"]]
    terms += [PREFER_NOT_WEIGHT * v for v in parts["prefer_not"]]
    return sum(terms), {"parts": parts, "targets": targets}


def _shares(problem: _Problem) -> tuple[dict[PersonId, int], dict[PersonId, int]]:
    """Each person's fair share of on-camera minutes and of prime turns: all that must be
    covered, split in proportion to how much of it they are available for (half for turns
    they would rather not do)."""
    weight = {p.id: 0.0 for p in problem.people}
    for t in problem.turns:
        for pid in problem.candidates[t.id]:
            weight[pid] += problem.minutes[t.id] * (0.5 if (pid, t.id) in problem.prefer_not else 1.0)
    total = sum(weight.values()) or 1.0

    def seats(t: Turn) -> int:
        window = problem.window_of[t.window_id]
        return len(window.pair) or window.needed

    minutes = sum(problem.minutes[t.id] * seats(t) for t in problem.turns)
    primes = sum(seats(t) for t in problem.turns if t.id in problem.prime)
    return (
        {pid: round(minutes * w / total) for pid, w in weight.items()},
        {pid: round(primes * w / total) for pid, w in weight.items()},
    )


def _optimize(problem: _Problem, request: RotationRequest, started: float) -> RotationResult:
    model, handles = _build(problem, request, with_assumptions=False)
    x, cp_model = handles["x"], handles["cp_model"]
    objective, extra = _fairness(problem, model, x)
    current = {(pid, t.id) for t in problem.turns for pid in t.person_ids}
    changes = sum((1 - var) if key in current else var for key, var in x.items() if key[1] not in problem.fixed)
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
            return RotationResult("infeasible" if status == cp_model.INFEASIBLE else "unknown")
        model.add(changes <= round(solver.objective_value))
        model.clear_hints()
        for var in x.values():
            model.add_hint(var, solver.value(var))
    # Among equally fair rotations keep the current one: each change is a calendar update
    # for journalists. One minute per change only breaks ties; fairness is counted in hours.
    model.minimize(objective + changes)
    solver, status = run(deadline - time.monotonic())
    if status == cp_model.INFEASIBLE:
        return RotationResult("infeasible")
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return RotationResult("unknown")
    chosen = {key for key, var in x.items() if solver.value(var)}
    new_turns = []
    order = {p.id: i for i, p in enumerate(problem.plan.people)}
    for turn in problem.plan.turns:
        if turn.id in problem.fixed or turn.window_id not in problem.window_of:
            new_turns.append(turn)
            continue
        staffed = sorted(
            (pid for pid in problem.candidates[turn.id] if (pid, turn.id) in chosen), key=lambda pid: order.get(pid, 0)
        )
        new_turns.append(replace(turn, person_ids=tuple(staffed)))
    new_plan = replace(problem.plan, turns=tuple(new_turns))
    parts = extra["parts"]
    result = RotationResult(
        status="optimal" if status == cp_model.OPTIMAL else "feasible",
        plan=new_plan,
        changed=sum(
            1 for old, new in zip(problem.plan.turns, new_turns, strict=True) if old.person_ids != new.person_ids
        ),
        penalties={
            "fairness (minutes off each share)": sum(solver.value(v) for v in parts["fairness"]),
            "prime turns off each share": sum(solver.value(v) for v in parts["prime"]),
            "turns people would rather not do": sum(solver.value(v) for v in parts["prefer_not"]),
        },
        objective=solver.objective_value,
        bound=solver.best_objective_bound,
        first_solution_seconds=first_solution[0] if first_solution else None,
    )
    result.scores = _scores(problem, new_plan, extra["targets"])
    return result


def _scores(problem: _Problem, plan: Plan, targets: dict[PersonId, int]) -> list[PersonScore]:
    scores = []
    for person in problem.people:
        mine = [t for t in plan.turns if person.id in t.person_ids and t.window_id in problem.window_of]
        scores.append(
            PersonScore(
                person.id,
                person.name,
                len(mine),
                sum(problem.minutes[t.id] for t in mine),
                targets.get(person.id, 0),
                sum(1 for t in mine if t.id in problem.prime),
                sum(1 for t in mine if (person.id, t.id) in problem.prefer_not),
            )
        )
    return scores


def explain(problem: _Problem, request: RotationRequest) -> list[str]:
    """Why no rotation exists, in organizer words: which windows cannot be covered, and which
    people's limits (or which requirements) are in the way. From the solver's assumptions."""
    lines = []
    people = {p.id: p for p in problem.people}
    for t in problem.turns:
        window = problem.window_of[t.window_id]
        needed = len(window.pair) or window.needed
        if t.id not in problem.fixed and len(problem.candidates[t.id]) < needed:
            lines.append(
                f"{_when(t)}: needs {needed} spokespeople but only {len(problem.candidates[t.id])} "
                "are available then (the others are unavailable or busy with a shift)"
            )
    if lines:
        return lines
    model, handles = _build(problem, request, with_assumptions=True)
    cp_model, guards = handles["cp_model"], handles["guards"]
    model.add_assumptions(list(guards.values()))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(1.0, request.time_limit)
    solver.parameters.num_workers = 1  # the core of assumptions is reported with one worker
    if solver.solve(model) != cp_model.INFEASIBLE:
        return ["No rotation was found in the time given; try a longer time limit."]
    names = {v.index: name for name, v in guards.items()}
    core = [names[i] for i in solver.sufficient_assumptions_for_infeasibility()]
    blocked = [n.split(":", 1) for n in core]
    windows = [problem.window_of[w] for kind, w in blocked if kind in ("cover", "pair", "language")]
    limits = [people[PersonId(p)] for kind, p in blocked if kind == "limits"]
    for window in dict.fromkeys(windows):
        needs = [f"{len(window.pair) or window.needed} spokespeople on every turn"]
        if window.pair:
            needs.append("one each of " + " and ".join(r.value for r in window.pair))
        if window.language:
            needs.append(f"someone who speaks {window.language}")
        lines.append(f"Cannot cover the media window {window.start:%a %d %b} {span(window.start, window.end)}: "
                     f"it needs {', '.join(needs)}.")  # fmt: skip
    for kind, item in blocked:
        if kind == "fixed":
            turn = next(t for t in problem.turns if t.id == item)
            lines.append(f"The pinned turn {_when(turn)} cannot stay as it is.")
    for person in limits:
        lim = limits_for(person)
        lines.append(
            f"Limits in the way: {person.name} ({person.speaker_role.value}) — at most "
            f"{lim.max_minutes_per_day / 60:g} h on camera a day, {lim.max_consecutive_turns} turns in a row, "
            f"{lim.min_rest_minutes / 60:g} h rest between stints, {lim.max_days_in_row} days in a row."
        )
    return lines or ["The requirements contradict each other; no single window or limit could be named."]


def _when(turn: Turn) -> str:
    return f"{turn.start:%a %d %b} {span(turn.start, turn.end)}"


__all__ = ["PersonScore", "RotationRequest", "RotationResult", "solve"]
