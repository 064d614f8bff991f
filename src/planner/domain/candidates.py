"""Who could take a turn or shift, best fit first: what assigning each person would break (by
the rules `check` and the rotation use), their load against an even share, their languages."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from planner.domain.checks import span
from planner.domain.edits import find_item
from planner.domain.health import breaches, limits_for, too_many_days_in_row
from planner.domain.model import AvailabilityLevel, Person, PersonId, Plan, Shift, Turn, utc
from planner.domain.text import Text, tr


@dataclass(frozen=True)
class Candidate:
    person: Person
    blocked: tuple[Text, ...]  # what assigning them would break; empty when they fit
    prefer_not: bool  # they said they would rather not be on duty then
    minutes: int  # already on duty in the plan: on camera (spokespeople) or on shifts (volunteers)
    share: int  # an even share of all the minutes the plan has to staff
    minutes_that_day: int
    day_limit: int | None  # most minutes on camera a day (spokespeople)
    speaks: bool | None  # the window's language, when it asks for one

    @property
    def fits(self) -> bool:
        return not self.blocked


def candidates(plan: Plan, item_id: str) -> list[Candidate]:
    """Everyone who could be put on the turn (spokespeople) or shift (volunteers) and is not
    on it: those who fit first, then those not asked at a time they would rather not, then the
    furthest under their share, then by name."""
    item = find_item(plan, item_id)
    is_turn = isinstance(item, Turn)
    people = [p for p in (plan.spokespeople if is_turn else plan.volunteers) if p.id not in item.person_ids]
    live = {w.id: w for w in plan.windows() if not w.cancelled}
    duty: dict[PersonId, list[Turn | Shift]] = defaultdict(list)
    to_staff = 0
    for turn in plan.turns:
        if turn.window_id in live:
            minutes = _minutes(turn)
            if is_turn:
                to_staff += minutes * live[turn.window_id].needed
            for pid in turn.person_ids:
                duty[pid].append(turn)
    for shift in plan.shifts:
        if not shift.cancelled:
            if not is_turn:
                to_staff += _minutes(shift) * shift.needed
            for pid in shift.person_ids:
                duty[pid].append(shift)
    away: dict[PersonId, list[tuple[datetime, datetime, AvailabilityLevel]]] = defaultdict(list)
    for a in plan.availability:
        away[a.person_id].append((utc(a.start), utc(a.end), a.level))
    window = live.get(item.window_id) if isinstance(item, Turn) else None
    language = window.language.casefold() if window is not None and window.language else ""
    share = round(to_staff / max(1, len(plan.spokespeople if is_turn else plan.volunteers)))
    start, end = utc(item.start), utc(item.end)
    found = []
    for person in people:
        mine = duty.get(person.id, [])
        blocked: list[Text] = []
        prefer_not = False
        for a_start, a_end, level in away.get(person.id, ()):
            if a_start < end and start < a_end:
                if level is AvailabilityLevel.UNAVAILABLE:
                    blocked.append(tr("unavailable then"))
                else:
                    prefer_not = True
        for other in mine:
            if utc(other.start) < end and start < utc(other.end):
                blocked.append(tr("already on {what} {hours}", what=tr("a turn") if isinstance(other, Turn)
                                  else tr("a shift"), hours=span(other.start, other.end)))  # fmt: skip
                break
        that_day = [t for t in mine if isinstance(t, Turn) == is_turn and t.start.date() == item.start.date()]
        turns = [t for t in mine if isinstance(t, Turn)]
        limit = None
        if is_turn:
            limits = limits_for(person)
            limit = limits.max_minutes_per_day
            blocked += _limits_broken(person, turns, item, [t for t in turns if t.start.date() == item.start.date()])
        found.append(
            Candidate(
                person,
                tuple(blocked),
                prefer_not,
                sum(_minutes(t) for t in mine if isinstance(t, Turn) == is_turn),
                share,
                sum(_minutes(t) for t in that_day),
                limit,
                any(x.casefold() == language for x in person.languages) if language else None,
            )
        )
    found.sort(key=lambda c: (not c.fits, c.prefer_not, c.speaks is False, c.minutes - c.share, c.person.name))
    return found


def _limits_broken(person: Person, turns: list[Turn], turn: Turn | Shift, that_day: list[Turn]) -> list[Text]:
    """The health limits (domain/health.py) that one more turn would break for `person`:
    the same rules as check_plan's and the rotation's."""
    limits = limits_for(person)
    slots = sorted([(utc(t.start), utc(t.end)) for t in that_day] + [(utc(turn.start), utc(turn.end))])
    before = {b.kind for b in breaches(sorted((utc(t.start), utc(t.end)) for t in that_day), limits)}
    broken: list[Text] = []
    for breach in breaches(slots, limits):
        if breach.kind in before or breach.kind == "overlap":  # an overlap is said as "already on"
            continue
        before.add(breach.kind)
        if breach.kind == "minutes":
            broken.append(tr("{hours} h on camera that day; at most {most} h", hours=f"{breach.minutes / 60:g}",
                             most=f"{limits.max_minutes_per_day / 60:g}"))  # fmt: skip
        elif breach.kind == "run":
            count = limits.max_consecutive_turns
            broken.append(tr("more than 1 turn in a row") if count == 1
                          else tr("more than {count} turns in a row", count=count))  # fmt: skip
        elif breach.kind == "rest":
            broken.append(tr("{rest} min rest between turns; needs {needed} min", rest=breach.minutes,
                             needed=limits.min_rest_minutes))  # fmt: skip
    days: set[date] = {t.start.date() for t in turns}
    if turn.start.date() not in days and too_many_days_in_row(days | {turn.start.date()}, limits) != (
        too_many_days_in_row(days, limits)
    ):
        count = limits.max_days_in_row
        broken.append(tr("more than 1 day in a row") if count == 1
                      else tr("more than {count} days in a row", count=count))  # fmt: skip
    return broken


def _minutes(item: Turn | Shift) -> int:
    return int((utc(item.end) - utc(item.start)).total_seconds() // 60)
