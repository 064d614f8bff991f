"""Who could take a turn or shift, best fit first: what assigning each person would break (by
the rules `check` and the rotation use), their load against an even share, their languages."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from planner.domain.checks import span
from planner.domain.edits import find_item
from planner.domain.health import breaches, limits_for, too_many_days_in_row
from planner.domain.languages import speaks
from planner.domain.model import AvailabilityLevel, Person, PersonId, Plan, Shift, Turn, utc
from planner.words import Text, tr

_DAY = timedelta(days=1)


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
    live_turns = [t for t in plan.turns if t.window_id in live]
    live_shifts = [s for s in plan.shifts if not s.cancelled]
    # The plan's 30,000 turns and shifts (a campaign) gone through in bulk, each measured once:
    # what everyone is on (minutes, that day's items, the first that clashes), not each
    # person's items searched in turn. Items more than a day of wall time away cannot clash or
    # share the day, and are only counted.
    day = item.start.date()
    start, end = utc(item.start), utc(item.end)
    near_start, near_end = item.start - _DAY, item.end + _DAY
    on_duty: dict[PersonId, int] = defaultdict(int)  # minutes on items of the item's kind
    that_day: dict[PersonId, list[Turn | Shift]] = defaultdict(list)  # of that kind, the item's day
    clash: dict[PersonId, Turn | Shift] = {}  # the first turn or shift at the same time
    # The items of the item's kind, and how many people each needs.
    staffed: list[tuple[Turn | Shift, int]] = (
        [(t, live[t.window_id].needed) for t in live_turns] if is_turn else [(s, s.needed) for s in live_shifts]
    )
    to_staff = 0
    for other, needed in staffed:
        minutes = _minutes(other)
        to_staff += minutes * needed
        for pid in other.person_ids:
            on_duty[pid] += minutes
    everything: list[Turn | Shift] = [*live_turns, *live_shifts]  # (turns first: the first clash named)
    for other in [o for o in everything if o.start < near_end and near_start < o.end]:
        overlaps = utc(other.start) < end and start < utc(other.end)
        on_the_day = isinstance(other, Turn) == is_turn and other.start.date() == day
        for pid in other.person_ids:
            if overlaps:
                clash.setdefault(pid, other)
            if on_the_day:
                that_day[pid].append(other)
    turns_of: dict[PersonId, list[Turn]] = defaultdict(list)  # for the health limits
    if is_turn:
        for turn in live_turns:
            for pid in turn.person_ids:
                turns_of[pid].append(turn)
    away: dict[PersonId, list[tuple[datetime, datetime, AvailabilityLevel]]] = defaultdict(list)
    for a in plan.availability:
        away[a.person_id].append((utc(a.start), utc(a.end), a.level))
    window = live.get(item.window_id) if isinstance(item, Turn) else None
    language = window.language if window is not None else ""
    share = round(to_staff / max(1, len(plan.spokespeople if is_turn else plan.volunteers)))
    found = []
    for person in people:
        blocked: list[Text] = []
        prefer_not = False
        for a_start, a_end, level in away.get(person.id, ()):
            if a_start < end and start < a_end:
                if level is AvailabilityLevel.UNAVAILABLE:
                    blocked.append(tr("unavailable then"))
                else:
                    prefer_not = True
        clashing = clash.get(person.id)
        if clashing is not None:
            blocked.append(tr("already on {what} {hours}", what=tr("a turn") if isinstance(clashing, Turn)
                              else tr("a shift"), hours=span(clashing.start, clashing.end)))  # fmt: skip
        that_days = that_day.get(person.id, [])
        limit = None
        if is_turn:
            limit = limits_for(person).max_minutes_per_day
            turns = turns_of.get(person.id, [])
            blocked += _limits_broken(person, turns, item, [t for t in that_days if isinstance(t, Turn)])
        found.append(
            Candidate(
                person,
                tuple(blocked),
                prefer_not,
                on_duty.get(person.id, 0),
                share,
                sum(_minutes(t) for t in that_days),
                limit,
                speaks(person, language) if language else None,
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
    """Elapsed minutes, across a change of clocks too. Kept per record: an edit keeps the
    records it does not touch, and each Assign of a campaign measures its 30,000 items."""
    kept = _MINUTES.get(id(item))
    if kept is not None and kept[0] is item:
        return kept[1]
    if len(_MINUTES) >= _MINUTES_KEPT:
        _MINUTES.clear()
    minutes = int((utc(item.end) - utc(item.start)).total_seconds() // 60)
    _MINUTES[id(item)] = (item, minutes)  # (the record kept alive with it: its id stays its own)
    return minutes


_MINUTES: dict[int, tuple[Turn | Shift, int]] = {}
_MINUTES_KEPT = 100_000
