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
    objective,
    objective_floor,
    penalties_of,
    penalty_terms,
)
from planner.rotation.problem import Group, Problem, RotationRequest, reluctant

# Choices (people × groups): a plan of more is solved in parts first, which reaches the best
# rotation of a campaign's weeks in a second where one model of them takes ten (bench/
# bench_rotation.py); then, if the parts could not prove it the best and the plan is within
# the limit, as one model from there.
PARTS_FROM = 2_000
WHOLE_MODEL_LIMIT = 20_000


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
    search = _PartsSearch(problem, groups, shares, start, request, started)
    search.fill_empty_seats()
    first_solution = time.monotonic() - started if not search.unfilled() else None
    return search.improve(first_solution)


class _PartsSearch:
    """The rotation being improved a part at a time, and what each round needs."""

    def __init__(self, problem: Problem, groups: list[Group], shares: Shares, start: set[tuple[PersonId, int]],
                 request: RotationRequest, started: float) -> None:  # fmt: skip
        self.problem, self.groups, self.shares, self.request = problem, groups, shares, request
        self.started = started
        self.finish = started + request.time_limit - FINISH_SECONDS
        self.day_of = [group.day for group in groups]
        self.days = sorted(set(self.day_of))
        self.weight = REPAIR_CHANGE_WEIGHT if request.repair_person is not None else 1
        self.chosen = set(start)
        self.floor = objective_floor(problem, groups, shares)

    def total(self) -> int:
        penalty = int(objective(penalties_of(self.problem, self.groups, self.chosen, self.shares)))
        return penalty + self.weight * changes_made(self.groups, self.chosen)

    def unfilled(self) -> list[int]:
        filled = Counter(g for _, g in self.chosen)
        return [g for g, group in enumerate(self.groups) if group.fixed is None and filled[g] < group.seats]

    def solve_part(self, inside: set[date], seconds: float) -> float | None:
        """Re-solve the days `inside` with the rest as it stands; the part's score, if solved."""
        from ortools.sat.python import cp_model

        part = Part(
            [g for g, day in enumerate(self.day_of) if day in inside], {p.id: set() for p in self.problem.people}
        )
        for pid, g in self.chosen:
            if self.day_of[g] not in inside:
                part.worked_outside[pid].add(self.day_of[g])
        model, handles = build(self.problem, self.groups, with_assumptions=False, part=part)
        y = handles["y"]
        score = penalty_terms(self.problem, self.groups, model, y, self.shares, settled=self.chosen)
        model.minimize(score + self.weight * changes(self.groups, y))
        for key, var in y.items():
            model.add_hint(var, key in self.chosen)
        solver = cp_model.CpSolver()
        solver.parameters.max_time_in_seconds = max(0.05, min(seconds, self.finish - time.monotonic()))
        solver.parameters.num_workers = self.request.workers
        if solver.solve(model) not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return None
        inside_groups = set(part.groups)
        self.chosen = {key for key in self.chosen if key[1] not in inside_groups}
        self.chosen |= {key for key, var in y.items() if solver.value(var)}
        return float(solver.objective_value)

    def fill_empty_seats(self) -> None:
        """Fill the seats the greedy rotation left empty, a day at a time; where a day cannot
        be filled as its neighbours stand, take in more days around it, up to the whole plan."""
        for day in sorted({self.day_of[g] for g in self.unfilled()}):
            reach = 0
            while time.monotonic() < self.finish and any(self.day_of[g] == day for g in self.unfilled()):
                inside = {d for d in self.days if abs((d - day).days) <= reach}
                if self.solve_part(inside, PART_SECONDS * len(inside)) is None and len(inside) == len(self.days):
                    break
                reach = 2 * reach + 1

    def improve(self, first_solution: float | None) -> Outcome:
        """Rounds over the days until the floor, the time limit, or two rounds without a gain."""
        best, stale = self.total(), 0
        while time.monotonic() < self.finish and (best > self.floor or first_solution is None) and stale < 2:
            before = best
            # Days where someone is on a turn they would rather not do first: only a part
            # holding that day can undo it; then every day in turn, for fairness over all.
            unwilling = sorted({self.day_of[g] for pid, g in self.chosen
                                if reluctant(self.problem, self.groups[g], pid)})  # fmt: skip
            for day in [*unwilling, *self.days]:
                if time.monotonic() > self.finish or (best <= self.floor and first_solution is not None):
                    break
                score = self.solve_part({day}, PART_SECONDS)
                if first_solution is None and not self.unfilled():
                    first_solution = time.monotonic() - self.started
                # The whole plan scores at least what this part's model scored; only then can
                # it have reached the floor.
                if score is not None and score <= self.floor:
                    best = min(best, self.total())
            best = min(best, self.total())
            stale = stale + 1 if best >= before else 0  # two rounds without a gain: as good as parts get
        if first_solution is None:
            return Outcome("unknown", set())
        return Outcome("optimal" if best <= self.floor else "feasible", self.chosen, best, self.floor, first_solution)
