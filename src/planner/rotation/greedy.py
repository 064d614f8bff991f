"""A quick first rotation, day by day, within every health limit; the solver starts from it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from planner.domain.health import Minutes, breaches_in_minutes, limits_for, too_many_days_in_row
from planner.domain.languages import speaks
from planner.domain.model import Person, PersonId
from planner.rotation.objective import Shares
from planner.rotation.problem import Group, Problem

_MINUTE = timedelta(minutes=1)


@dataclass
class Duty:
    """What the greedy rotation has given one person so far."""

    minutes: int = 0
    primes: int = 0
    days: set[date] = field(default_factory=set)
    today: tuple[Minutes, ...] = ()  # the day being filled: its slots, in minutes from the day's first


# Long on purpose: one pass whose helpers (allowed, take) are closures over the state it
# fills; as separate functions each would take the same six arguments.
def greedy(problem: Problem, groups: list[Group], shares: Shares) -> set[tuple[PersonId, int]]:
    """A quick rotation to start the solver from: day by day, the turns only some people can
    take first (pairs, languages), each seat goes to whoever is furthest behind their share
    (people already on the turn first) among those the health limits allow. It may leave a
    seat empty; the solver fills and improves it. On a plan of months CP-SAT alone finds no
    rotation in seconds; from this one it does."""
    targets, prime_targets = shares
    people = {p.id: p for p in problem.people}
    limits = {p.id: limits_for(p) for p in problem.people}
    state = {p.id: Duty() for p in problem.people}
    day_of = [group.day for group in groups]
    chosen: set[tuple[PersonId, int]] = set()
    order = sorted(
        range(len(groups)),
        key=lambda g: (day_of[g], groups[g].fixed is None, not groups[g].window.pair,
                       not groups[g].window.language, groups[g].slot),
    )  # fmt: skip

    # Each slot in minutes from its day's first: the same shape every day, so the health
    # rules (asked ~100,000 times on a campaign) are mostly worked out already.
    day_start: dict[date, datetime] = {}
    for group in groups:
        day_start[group.day] = min(day_start.get(group.day, group.slot[0]), group.slot[0])
    minutes_of = [
        ((group.slot[0] - day_start[group.day]) // _MINUTE, (group.slot[1] - day_start[group.day]) // _MINUTE)
        for group in groups
    ]
    may_start: dict[PersonId, bool] = {}  # today, for people not on yet: not too many days in a row

    def allowed(pid: PersonId, slot: Minutes) -> bool:
        duty = state[pid]
        if not duty.today:
            return may_start[pid]
        return not breaches_in_minutes(tuple(sorted((*duty.today, slot))), limits[pid])

    def take(pid: PersonId, g: int, day: date) -> None:
        group, duty = groups[g], state[pid]
        chosen.add((pid, g))
        duty.days.add(day)
        duty.today = (*duty.today, minutes_of[g])
        duty.minutes += group.minutes
        duty.primes += group.prime

    today: date | None = None
    for g in order:
        group, day = groups[g], day_of[g]
        if day != today:
            today = day
            for pid, duty in state.items():
                duty.today = ()
                recent = {d for d in duty.days if (day - d).days <= limits[pid].max_days_in_row}
                may_start[pid] = not too_many_days_in_row({*recent, day}, limits[pid])
        if group.fixed is not None:
            for pid in group.fixed:
                if pid in state:
                    take(pid, g, day)
            continue
        current = group.current
        first = group.turns[0].id
        ranked = sorted(
            (pid for pid in group.candidates if allowed(pid, minutes_of[g])),
            key=lambda pid: (
                pid not in current,
                (pid, first) in problem.prefer_not,
                state[pid].primes / max(1, prime_targets[pid]) if group.prime else 0,
                state[pid].minutes / max(1, targets[pid]),
            ),
        )
        for pid in pick(group, ranked, people):
            take(pid, g, day)
    return chosen


def pick(group: Group, ranked: list[PersonId], people: dict[PersonId, Person]) -> list[PersonId]:
    """The first people in `ranked` who together fill a group's seats: its pairs of roles and
    a speaker of its language on every turn, as far as the people allow."""
    window, turns = group.window, len(group.turns)
    quota = {role: turns * window.pair.count(role) for role in window.pair}
    picked: list[PersonId] = []
    speakers = [p for p in ranked if speaks(people[p], window.language)] if window.language else []
    for pid, limit in [*((p, turns) for p in speakers), *((p, group.seats) for p in ranked)]:
        role = people[pid].speaker_role
        if len(picked) < limit and pid not in picked and (not quota or quota.get(role, 0) > 0):
            picked.append(pid)
            if quota:
                quota[role] -= 1
    return picked
