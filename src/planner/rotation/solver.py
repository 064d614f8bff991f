"""The spokesperson rotation: cover every media turn, respect availability, skills and health
limits, spread the load fairly, and repair with as few changes as possible.

OR-Tools is imported only inside the model code, so the app and the CLI start without it.
The parts: problem.py (what is asked), model.py (CP-SAT), objective.py (what is better),
greedy.py (a first rotation), search.py (whole or in parts), seating.py, explain.py."""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field, replace

from planner.domain.model import PersonId, Plan, Turn
from planner.rotation.explain import NOT_FOUND, explain, uncoverable
from planner.rotation.greedy import greedy
from planner.rotation.objective import objective_floor, penalties_of, shares
from planner.rotation.problem import Problem, RotationRequest, make_groups, prepare
from planner.rotation.search import PARTS_FROM, WHOLE_MODEL_LIMIT, solve_by_parts, solve_whole
from planner.rotation.seating import seat
from planner.words import Text, tr


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
        seconds = f"{self.seconds:.1f}"
        changed = tr("1 turn changed") if self.changed == 1 else tr("{n} turns changed", n=self.changed)
        if self.status == "optimal":
            return tr("Optimal in {seconds} s: {changed}, the fairest possible.", seconds=seconds, changed=changed)
        return tr("Feasible in {seconds} s: {changed}, unfairness score {score}; no rotation can score under "
                  "{bound} (gap {gap}).", seconds=seconds, changed=changed, score=f"{self.objective:.0f}",
                  bound=f"{self.bound:.0f}", gap=f"{self.gap:.1%}")  # fmt: skip

    @property
    def gap(self) -> float:
        """How far the fairness score may still be from the best possible, as a fraction."""
        return 0.0 if self.objective <= 0 else max(0.0, (self.objective - self.bound) / self.objective)


def solve(plan: Plan, request: RotationRequest | None = None) -> RotationResult:
    request = request or RotationRequest()
    started = time.monotonic()
    problem = prepare(plan, request)
    result = _optimize(problem, request, started)
    if result.status == "infeasible":
        result.explanation = explain(problem, request)
    elif result.status == "unknown":
        # Solving in parts can give up early on a plan that has no rotation at all: if time
        # is left, ask the whole model why; otherwise say what can be said cheaply.
        left = request.time_limit - (time.monotonic() - started)
        result.explanation = (
            explain(problem, replace(request, time_limit=left)) if left >= 1 else uncoverable(problem)
        ) or [NOT_FOUND]
        if result.explanation != [NOT_FOUND]:
            result.status = "infeasible"
    result.seconds = time.monotonic() - started
    return result


def _optimize(problem: Problem, request: RotationRequest, started: float) -> RotationResult:
    groups = make_groups(problem, per_window=False)
    fair = shares(problem, groups)
    start = greedy(problem, groups, fair)
    choices = sum(len(group.candidates) for group in groups)
    in_parts = request.in_parts if request.in_parts is not None else choices > PARTS_FROM
    if not in_parts:
        outcome = solve_whole(problem, groups, fair, start, request, started)
    else:
        outcome = solve_by_parts(problem, groups, fair, start, request, started)
        left = request.time_limit - (time.monotonic() - started)
        if request.in_parts is None and outcome.status == "feasible" and choices <= WHOLE_MODEL_LIMIT and left > 2:
            # The parts found a rotation but could not prove it the best: the whole model,
            # started from it, may (a plan of weeks; one of months is too big for it).
            whole = solve_whole(problem, groups, fair, outcome.chosen, request, started)
            if whole.status == "optimal" or (whole.status == "feasible" and whole.objective <= outcome.objective):
                outcome = replace(whole, first_solution=outcome.first_solution)
    if outcome.status in ("infeasible", "unknown"):
        return RotationResult(outcome.status)
    seated: dict[str, tuple[PersonId, ...]] = {}
    for g, group in enumerate(groups):
        seated.update(seat(problem, group, [pid for pid in group.candidates if (pid, g) in outcome.chosen]))
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
        penalties=penalties_of(problem, groups, outcome.chosen, fair),
        objective=outcome.objective,
        bound=max(outcome.bound, objective_floor(problem, groups, fair)),
        first_solution_seconds=outcome.first_solution,
    )
    result.scores = _scores(problem, new_plan, fair[0])
    return result


def _scores(problem: Problem, plan: Plan, targets: dict[PersonId, int]) -> list[PersonScore]:
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


__all__ = ["PersonScore", "RotationRequest", "RotationResult", "solve"]
