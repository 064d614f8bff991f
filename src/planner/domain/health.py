"""Health limits for spokespeople: defaults per role, stricter for people on hunger strike,
and the rules they make of a day's turns — the one definition that the rotation's model, its
quick first rotation and the plan's checks all use."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from planner.domain.model import HealthLimits, Person, SpeakerRole

DEFAULT_LIMITS: dict[SpeakerRole, HealthLimits] = {
    # Someone not eating tires fast: short days, short stints, long rests, days off.
    SpeakerRole.STRIKER: HealthLimits(max_minutes_per_day=180, max_consecutive_turns=1, min_rest_minutes=120,
                                      max_days_in_row=3),
    SpeakerRole.CLINICIAN: HealthLimits(max_minutes_per_day=240, max_consecutive_turns=2, min_rest_minutes=60,
                                        max_days_in_row=5),
    SpeakerRole.OFFICER: HealthLimits(max_minutes_per_day=360, max_consecutive_turns=3, min_rest_minutes=30,
                                      max_days_in_row=6),
    SpeakerRole.OTHER: HealthLimits(max_minutes_per_day=300, max_consecutive_turns=2, min_rest_minutes=60,
                                    max_days_in_row=5),
}  # fmt: skip

Slot = tuple[datetime, datetime]  # a turn's hours (aware; UTC in the solver)
Minutes = tuple[int, int]  # a slot as minutes from a fixed moment of its day
_MINUTE = timedelta(minutes=1)


def limits_for(person: Person) -> HealthLimits:
    return person.limits or DEFAULT_LIMITS[person.speaker_role]


@dataclass(frozen=True)
class DayRules:
    """What the limits say about one person's day, by position in the day's sorted slots.

    Each rule names the slots it is about, so it can be a constraint over who-works-which-slot
    (the rotation's model) or be checked against a day where every slot is worked (the quick
    first rotation, and the checks of a rotation made by hand)."""

    minutes: tuple[int, ...]  # each slot's length; their sum is at most max_minutes_per_day
    apart: tuple[tuple[int, int], ...]  # slots that overlap: never both
    # i and j both worked with too short a break between them, unless every slot in between
    # is worked too (then it is one longer stint)
    rest: tuple[tuple[int, int, tuple[int, ...]], ...]
    runs: tuple[tuple[int, ...], ...]  # back-to-back stretches one turn longer than allowed
    max_minutes: int


def day_rules(slots: Sequence[Slot], limits: HealthLimits) -> DayRules:
    """The rules for a day's slots, sorted by start."""
    return _rules_at(_offsets(slots), limits)


def _offsets(slots: Sequence[Slot]) -> tuple[Minutes, ...]:
    """The slots as minutes from the day's first: the day's shape."""
    first = slots[0][0]
    return tuple(((s - first) // _MINUTE, (e - first) // _MINUTE) for s, e in slots)


@functools.lru_cache(maxsize=4096)
def _rules_at(offsets: tuple[Minutes, ...], limits: HealthLimits) -> DayRules:
    # Slots as minutes from the day's first: every day of a campaign has the same shape, so
    # this is worked out once per shape and kind of person.
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
                rest.append((i, j, tuple(between)))
            between.append(j)
    length = limits.max_consecutive_turns + 1
    runs = [
        tuple(range(i, i + length))
        for i in range(len(offsets) - length + 1)
        if all(offsets[k][1] == offsets[k + 1][0] for k in range(i, i + length - 1))
    ]
    return DayRules(
        tuple(e - s for s, e in offsets), tuple(apart), tuple(rest), tuple(runs), limits.max_minutes_per_day
    )


@dataclass(frozen=True)
class Breach:
    """A limit broken on a day where every slot is worked."""

    kind: str  # "minutes", "overlap", "run" or "rest"
    slot: int  # the slot where it shows: the day's last, the run's last, the one after the rest
    minutes: int = 0  # the day's total ("minutes"), or the rest taken ("rest")


def breaches(slots: Sequence[Slot], limits: HealthLimits) -> tuple[Breach, ...]:
    """Every limit broken by working all of `slots` (sorted by start) on one day; a run too
    long is named once, where it first goes over."""
    return breaches_in_minutes(_offsets(slots), limits) if slots else ()


@functools.lru_cache(maxsize=16384)
def breaches_in_minutes(offsets: tuple[Minutes, ...], limits: HealthLimits) -> tuple[Breach, ...]:
    """`breaches` for slots given as minutes from one moment of the day, sorted. Depends
    only on the day's shape, so it is cached: the quick first rotation asks ~100,000 times."""
    rules = _rules_at(offsets, limits)
    found = [Breach("overlap", j) for _i, j in rules.apart]
    total = sum(rules.minutes)
    if total > rules.max_minutes:
        found.append(Breach("minutes", len(offsets) - 1, total))
    starts_stretch = [i == 0 or offsets[i - 1][1] != offsets[i][0] for i in range(len(offsets))]
    found += [Breach("run", run[-1]) for run in rules.runs if starts_stretch[run[0]]]
    found += [Breach("rest", j, offsets[j][0] - offsets[i][1]) for i, j, between in rules.rest if not between]
    return tuple(found)


def too_many_days_in_row(days: Iterable[date], limits: HealthLimits) -> list[date]:
    """The days on which a run of days on duty first goes over the limit."""
    over, run = [], 1
    for previous, current in itertools.pairwise(sorted(set(days))):
        run = run + 1 if (current - previous).days == 1 else 1
        if run == limits.max_days_in_row + 1:
            over.append(current)
    return over
