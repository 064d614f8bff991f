"""What makes one rotation better than another: fairness against each person's share, prime
turns, turns people would rather not do, and (in a repair) changes — each counted one way,
for a model's variables and for a rotation already made alike."""

from __future__ import annotations

import functools
import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from typing import Any

from planner.domain.model import PersonId
from planner.rotation.problem import Group, Problem, reluctant

# Objective weights, in minutes of unfairness: one prime turn off its fair share costs an
# hour, one turn a person said they would rather not do costs two.
PRIME_WEIGHT = 60


PREFER_NOT_WEIGHT = 120


FAIRNESS = "fairness (minutes off each share)"


PRIMES = "prime turns off each share"


PREFER_NOT = "turns people would rather not do"


Shares = tuple[dict[PersonId, int], dict[PersonId, int]]  # minutes and prime turns per person


def shares(problem: Problem, groups: list[Group]) -> Shares:
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


Assignment = Mapping[tuple[PersonId, int], Any]  # (person, group) -> a model's 0/1 variable, or 1


def penalties(
    problem: Problem,
    groups: list[Group],
    assignment: Assignment,
    shares: Shares,
    settled: set[tuple[PersonId, int]] | None,
    total: Callable[[list[Any], list[int]], Any],
    absolute: Callable[[Any, str], Any],
) -> dict[str, Any]:
    """The three penalties, in minutes: each person's distance from their share of all turns
    (fixed ones included), from their share of prime turns, and the turns people would rather
    not do. Counted the same way for a model (`total` a weighted sum of variables, `absolute`
    a new variable held equal to the distance) and for a rotation already made (plain
    numbers). In a part of the rotation, `settled` holds the assignments outside it, which
    count as they are."""
    targets, prime_targets = shares
    load: dict[PersonId, tuple[list[Any], list[int]]] = defaultdict(lambda: ([], []))
    primes: dict[PersonId, list[Any]] = defaultdict(list)
    for (pid, g), taken in assignment.items():
        load[pid][0].append(taken)
        load[pid][1].append(groups[g].minutes)
        if groups[g].prime:
            primes[pid].append(taken)
    base_minutes: Counter[PersonId] = Counter()
    base_primes: Counter[PersonId] = Counter()
    for pid, g in settled or ():
        if (pid, g) not in assignment:
            base_minutes[pid] += groups[g].minutes
            base_primes[pid] += groups[g].prime
    fairness, prime = [], []
    for person in problem.people:
        pid = person.id
        fairness.append(absolute(total(*load[pid]) + base_minutes[pid] - targets[pid], f"dev[{pid}]"))
        prime.append(absolute(total(primes[pid], [1] * len(primes[pid])) + base_primes[pid] - prime_targets[pid],
                              f"prime_dev[{pid}]"))  # fmt: skip
    reluctant_on = [taken for (pid, g), taken in assignment.items() if reluctant(problem, groups[g], pid)]
    return {
        FAIRNESS: total(fairness, [1] * len(fairness)),
        PRIMES: total(prime, [1] * len(prime)),
        PREFER_NOT: total(reluctant_on, [1] * len(reluctant_on)),
    }


def penalty_terms(
    problem: Problem,
    groups: list[Group],
    model: Any,
    y: Assignment,
    shares: Shares,
    settled: set[tuple[PersonId, int]] | None = None,
) -> Any:
    """The objective over a model's variables y[person, group]."""
    from ortools.sat.python.cp_model import LinearExpr

    bound = sum(problem.minutes.values()) * 10

    def absolute(expr: Any, name: str) -> Any:
        distance = model.new_int_var(0, bound, name)
        model.add_abs_equality(distance, expr)
        return distance

    return objective(penalties(problem, groups, y, shares, settled, LinearExpr.weighted_sum, absolute))


def penalties_of(
    problem: Problem, groups: list[Group], chosen: set[tuple[PersonId, int]], shares: Shares
) -> dict[str, int]:
    """The penalties of a rotation already made."""
    return penalties(
        problem, groups, dict.fromkeys(chosen, 1), shares, None, _weighted, lambda value, _name: abs(value)
    )


def _weighted(values: list[int], weights: list[int]) -> int:
    return sum(v * w for v, w in zip(values, weights, strict=True))


def objective(penalty: Mapping[str, Any]) -> Any:
    """The penalties weighed into one number (or one expression of a model)."""
    return penalty[FAIRNESS] + PRIME_WEIGHT * penalty[PRIMES] + PREFER_NOT_WEIGHT * penalty[PREFER_NOT]


def fairness_bound(problem: Problem, groups: list[Group], shares: Shares) -> int:
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


def reluctance_bound(problem: Problem, groups: list[Group]) -> int:
    """A floor under the turns people would rather not do: at each time slot, the seats to
    fill beyond the people who may take one and are willing can only go to the reluctant
    (a campaign's last days, when everyone still there would rather not do the mornings).
    Who is willing is counted over the slot's groups together (one person, one place)."""
    seats: Counter[Any] = Counter()
    willing: dict[Any, set[PersonId]] = defaultdict(set)
    for group in groups:
        if group.fixed is not None:
            continue
        seats[group.slot] += group.seats
        willing[group.slot].update(pid for pid in group.candidates if not reluctant(problem, group, pid))
    return sum(max(0, seats[slot] - len(willing[slot])) for slot in seats)


def objective_floor(problem: Problem, groups: list[Group], shares: Shares) -> int:
    """A floor under the whole objective no rotation can beat (see the two floors it adds)."""
    return fairness_bound(problem, groups, shares) + PREFER_NOT_WEIGHT * reluctance_bound(problem, groups)


def changes(groups: list[Group], assignment: Assignment) -> Any:
    """Assignments added or removed against the rotation given, over a model's variables or
    a rotation already made (see changes_made). Turns nobody is on yet are left out: staffing
    them is no change to anyone's calendar, and it is the same for every rotation (a constant
    would blur the fairness gap)."""
    terms = []
    for (pid, g), taken in assignment.items():
        current = groups[g].current
        if groups[g].fixed is None and current:
            terms.append(current[pid] - taken if current[pid] else taken)
    return sum(terms)


def changes_made(groups: list[Group], chosen: set[tuple[PersonId, int]]) -> int:
    """`changes` of a rotation already made: every candidate of every group, on or not."""
    everyone = {
        (pid, g): int((pid, g) in chosen)
        for g, group in enumerate(groups)
        if group.fixed is None and group.current  # the only groups `changes` counts
        for pid in group.candidates
    }
    total: int = changes(groups, everyone)
    return total
