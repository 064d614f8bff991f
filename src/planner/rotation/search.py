"""Finding the rotation: one CP-SAT model for a small plan, or a plan of months improved a few
days at a time from the greedy start."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from planner.domain.model import PersonId
from planner.rotation.model import Part, build
from planner.rotation.objective import (
    Shares,
    changes,
    changes_made,
    fairness_bound,
    objective,
    penalties_of,
    penalty_terms,
)
from planner.rotation.problem import Group, Problem, RotationRequest, reluctant

WHOLE_MODEL_LIMIT = 20_000  # choices (people × groups) solved as one model; above, in parts


PART_SECONDS = 0.3  # at most per part, so that every part gets its turn within the time limit


FINISH_SECONDS = 1.0  # kept back from the time limit to seat people on turns and score them


REPAIR_CHANGE_WEIGHT = 10_000  # in parts, a change outweighs a week of one person's unfairness


@dataclass
class Outcome:
    status: str
    chosen: set[tuple[PersonId, int]]
    objective: float = 0.0
    bound: float = 0.0
    first_solution: float | None = None


def solve_whole(problem: Problem, groups: list[Group], shares: Shares, start: set[tuple[PersonId, int]],
                 request: RotationRequest, started: float) -> Outcome:  # fmt: skip
    """One model for the whole rotation: optimal, and a repair provably changes the fewest."""
    model, handles = build(problem, groups, with_assumptions=False)
    y, cp_model = handles["y"], handles["cp_model"]
    score = penalty_terms(problem, groups, model, y, shares)
    changed = changes(groups, y)
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
        model.minimize(changed)
        solver, status = run(deadline - time.monotonic())
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return Outcome("infeasible" if status == cp_model.INFEASIBLE else "unknown", set())
        model.add(changed <= round(solver.objective_value))
        model.clear_hints()
        for var in y.values():
            model.add_hint(var, solver.value(var))
    # Among equally fair rotations keep the current one: each change is a calendar update
    # for journalists. One minute per change only breaks ties; fairness is counted in hours.
    model.minimize(score + changed)
    solver, status = run(deadline - time.monotonic())
    if status == cp_model.INFEASIBLE:
        return Outcome("infeasible", set())
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return Outcome("unknown", set())
    return Outcome(
        "optimal" if status == cp_model.OPTIMAL else "feasible",
        {key for key, var in y.items() if solver.value(var)},
        solver.objective_value,
        solver.best_objective_bound,
        first_solution[0] if first_solution else None,
    )


def solve_by_parts(problem: Problem, groups: list[Group], shares: Shares, start: set[tuple[PersonId, int]],
                    request: RotationRequest, started: float) -> Outcome:  # fmt: skip
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
    floor = fairness_bound(problem, groups, shares)

    def total() -> int:
        return int(objective(penalties_of(problem, groups, chosen, shares))) + weight * changes_made(groups, chosen)

    def unfilled() -> list[int]:
        filled = Counter(g for _, g in chosen)
        return [g for g, group in enumerate(groups) if group.fixed is None and filled[g] < group.seats]

    finish = deadline - FINISH_SECONDS

    def improve(inside: set[date], seconds: float) -> float | None:
        """Re-solve the days `inside` with the rest as it stands; the part's score, if solved."""
        nonlocal chosen
        part = Part([g for g, day in enumerate(day_of) if day in inside], {p.id: set() for p in problem.people})
        for pid, g in chosen:
            if day_of[g] not in inside:
                part.worked_outside[pid].add(day_of[g])
        model, handles = build(problem, groups, with_assumptions=False, part=part)
        y = handles["y"]
        score = penalty_terms(problem, groups, model, y, shares, settled=chosen)
        model.minimize(score + weight * changes(groups, y))
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
        unwilling = sorted({day_of[g] for pid, g in chosen if reluctant(problem, groups[g], pid)})
        for day in [*unwilling, *days]:
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
        return Outcome("unknown", set())
    return Outcome("optimal" if best <= floor else "feasible", chosen, best, floor, first_solution)
