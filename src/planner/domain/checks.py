"""Checks over a plan: each returns warnings for the organizer to act on and never raises."""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache, partial
from itertools import islice
from typing import TypeVar

from planner.domain.health import breaches, limits_for, too_many_days_in_row
from planner.domain.model import LocationId, PersonId, Plan, Shift, Turn, Window, utc
from planner.words import Text, quoted, tr


class WarningCode(enum.Enum):
    END_NOT_AFTER_START = "end-not-after-start"
    TURN_OUTSIDE_WINDOW = "turn-outside-window"
    DOUBLE_BOOKED = "double-booked"
    WINDOW_UNCOVERED = "window-uncovered"
    SHIFT_UNDERSTAFFED = "shift-understaffed"
    NONEXISTENT_TIME = "nonexistent-local-time"
    AMBIGUOUS_TIME = "ambiguous-local-time"
    UNKNOWN_REFERENCE = "unknown-reference"
    OVER_HEALTH_LIMIT = "over-health-limit"


@dataclass(frozen=True)
class PlanWarning:
    code: WarningCode
    day: date | None
    item_id: str
    text: Text  # what to tell the organizer; str(text) is the English

    @property
    def message(self) -> str:
        return str(self.text)

    def __str__(self) -> str:
        day = self.day.isoformat() if self.day else "-"
        return f"{day}  {self.item_id}  {self.message}"


class LocalTimeIssue(enum.Enum):
    NONEXISTENT = "nonexistent"  # skipped by a spring-forward change (DST gap)
    AMBIGUOUS = "ambiguous"  # happens twice at a fall-back change (DST overlap)


def local_time_issue(moment: datetime) -> LocalTimeIssue | None:
    """Whether an aware wall-clock time falls in a DST gap or overlap of its zone."""
    zone = moment.tzinfo
    if not _clocks_change_near(zone, moment.date()):
        return None  # the common case, answered once per day rather than once per item
    first = moment.replace(fold=0)
    second = moment.replace(fold=1)
    if first.utcoffset() == second.utcoffset():
        return None
    round_trip = first.astimezone(UTC).astimezone(zone)
    if round_trip.replace(tzinfo=None) != first.replace(tzinfo=None):
        return LocalTimeIssue.NONEXISTENT
    return LocalTimeIssue.AMBIGUOUS


@lru_cache(maxsize=4096)
def _clocks_change_near(zone: tzinfo | None, day: date) -> bool:
    """Whether the zone's UTC offset changes between the day before and the day after."""
    if zone is None:
        return False
    before = datetime.combine(day - timedelta(days=1), time(12), zone).utcoffset()
    after = datetime.combine(day + timedelta(days=1), time(12), zone).utcoffset()
    return before != after


def hhmm(moment: datetime) -> str:
    # Not strftime: it imports the time module on every call, which is slow where an import
    # hook is installed (PySide6 has one); looked up, not formatted: a campaign's release
    # writes 40,000 of them.
    return _CLOCK[moment.hour * 60 + moment.minute]


_CLOCK = [f"{hour:02d}:{minute:02d}" for hour in range(24) for minute in range(60)]  # every minute of a day


def span(start: datetime, end: datetime) -> str:
    return f"{hhmm(start)}–{hhmm(end)}"


def days_after(start: datetime, end: datetime) -> list[date]:
    """The days after its first that an item runs into: a night watch 22:00–01:30, the next
    one; none for one that ends at midnight. (The grid draws it on them; the run sheet lists it.)"""
    last = (end - timedelta(microseconds=1)).date()
    return [start.date() + timedelta(days=n) for n in range(1, (last - start.date()).days + 1)]


class CheckStopped(Exception):  # noqa: N818 - not an error: what was asked
    """check_plan was told to stop (its plan is out of date: the organizer edited it)."""


T = TypeVar("T")
Stop = Callable[[], bool]


def _never() -> bool:
    return False


def check_plan(plan: Plan, stop: Stop = _never) -> list[PlanWarning]:
    """Every warning for the plan, ordered by day then by kind of check. `stop()` is asked
    every few hundred items (a millisecond of work); when it says so, CheckStopped: the app
    checks a campaign in a worker thread, which holds Python's lock in turns with the window,
    and a check of a plan edited since must give it back at once (an edit is painted in 30 ms)."""
    warnings = [
        *_check_references(plan, stop),
        *_check_times(plan, stop),
        *_check_turns_in_windows(plan, stop),
        *_check_coverage(plan, stop),
        *_check_headcount(plan, stop),
        *_check_double_booking(plan, stop),
        *_check_health_limits(plan, stop),
    ]
    warnings.sort(key=lambda w: (w.day or date.min,))
    return warnings


def _polled(items: Iterable[T], stop: Stop, every: int = 200) -> Iterator[T]:
    """`items`, asking `stop()` before each `every` of them (raising CheckStopped if so)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, every)):
        if stop():
            raise CheckStopped
        yield from chunk


def _timed_items(plan: Plan) -> Iterator[tuple[str, Callable[[], Text], datetime, datetime]]:
    """(item id, its label, start, end) for every window, turn and shift; the label is made
    only for a warning, since most items have none."""
    for window in plan.windows():
        yield window.id, partial(_item_label, plan, window), window.start, window.end
    for turn in plan.turns:
        yield turn.id, partial(_item_label, plan, turn), turn.start, turn.end
    for shift in plan.shifts:
        yield shift.id, partial(_item_label, plan, shift), shift.start, shift.end


def _item_label(plan: Plan, item: Window | Turn | Shift) -> Text:
    if isinstance(item, Window):
        return tr("media window {span}", span=_span_at(plan, item, item.location_id))
    if isinstance(item, Turn):
        window = plan.windows_by_id.get(item.window_id)
        return tr("turn {span}", span=_span_at(plan, item, window.location_id if window else None))
    return tr("{role} shift {span}", role=_shift_label(plan, item), span=_span_at(plan, item, item.location_id))


def _span_at(plan: Plan, item: Window | Turn | Shift, location_id: LocationId | None) -> str | Text:
    """An item's times, and in a plan of several sites where: ten sites' windows at the same
    hours would otherwise read alike."""
    times = span(item.start, item.end)
    location = plan.locations_by_id.get(location_id) if location_id and len(plan.locations) > 1 else None
    return tr("{span} at {place}", span=times, place=location.name) if location else times


def _shift_label(plan: Plan, shift: Shift) -> str | Text:
    role = plan.roles_by_id.get(shift.role_id)
    return role.name if role else tr("unknown role")


def _check_times(plan: Plan, stop: Stop) -> Iterator[PlanWarning]:
    ends = (tr("start"), tr("end"))
    for item_id, label, start, end in _polled(_timed_items(plan), stop):
        if utc(end) <= utc(start):
            yield PlanWarning(
                WarningCode.END_NOT_AFTER_START,
                start.date(),
                item_id,
                tr("{item}: the end is not after the start", item=label()),
            )
        for moment, which in zip((start, end), ends, strict=True):
            issue = local_time_issue(moment)
            if issue is LocalTimeIssue.NONEXISTENT:
                yield PlanWarning(
                    WarningCode.NONEXISTENT_TIME,
                    moment.date(),
                    item_id,
                    tr(
                        "{item}: the {which} {time} does not exist in {zone} that day (clocks spring forward)",
                        item=label(),
                        which=which,
                        time=hhmm(moment),
                        zone=plan.timezone,
                    ),
                )
            elif issue is LocalTimeIssue.AMBIGUOUS:
                yield PlanWarning(
                    WarningCode.AMBIGUOUS_TIME,
                    moment.date(),
                    item_id,
                    tr(
                        "{item}: the {which} {time} happens twice in {zone} that day (clocks fall back); "
                        "the first one is used",
                        item=label(),
                        which=which,
                        time=hhmm(moment),
                        zone=plan.timezone,
                    ),
                )


def _check_references(plan: Plan, stop: Stop) -> Iterator[PlanWarning]:
    people = plan.people_by_id
    for window in _polled(plan.windows(), stop):
        if window.location_id not in plan.locations_by_id:
            yield _unknown(
                window.start,
                window.id,
                tr("media window refers to unknown location {id}", id=quoted(window.location_id)),
            )
    for turn in _polled(plan.turns, stop):
        if turn.window_id not in plan.windows_by_id:
            yield _unknown(turn.start, turn.id, tr("turn refers to unknown window {id}", id=quoted(turn.window_id)))
        for pid in turn.person_ids:
            if pid not in people:
                yield _unknown(turn.start, turn.id, tr("turn is assigned to unknown person {id}", id=quoted(pid)))
    for shift in _polled(plan.shifts, stop):
        if shift.role_id not in plan.roles_by_id:
            yield _unknown(shift.start, shift.id, tr("shift refers to unknown role {id}", id=quoted(shift.role_id)))
        if shift.location_id not in plan.locations_by_id:
            yield _unknown(
                shift.start, shift.id, tr("shift refers to unknown location {id}", id=quoted(shift.location_id))
            )
        for pid in shift.person_ids:
            if pid not in people:
                yield _unknown(shift.start, shift.id, tr("shift is assigned to unknown person {id}", id=quoted(pid)))


def _unknown(moment: datetime, item_id: str, message: Text) -> PlanWarning:
    return PlanWarning(WarningCode.UNKNOWN_REFERENCE, moment.date(), item_id, message)


def _check_turns_in_windows(plan: Plan, stop: Stop) -> Iterator[PlanWarning]:
    for turn in _polled(plan.turns, stop):
        window = plan.windows_by_id.get(turn.window_id)
        if window is None:
            continue
        if utc(turn.start) < utc(window.start) or utc(turn.end) > utc(window.end):
            yield PlanWarning(
                WarningCode.TURN_OUTSIDE_WINDOW,
                turn.start.date(),
                turn.id,
                tr(
                    "turn {turn} lies outside its media window {window}",
                    turn=span(turn.start, turn.end),
                    window=span(window.start, window.end),
                ),
            )


def _check_coverage(plan: Plan, stop: Stop) -> Iterator[PlanWarning]:
    staffed: dict[str, list[Turn]] = defaultdict(list)
    for turn in _polled(plan.turns, stop):
        if turn.person_ids:
            staffed[turn.window_id].append(turn)
    for window in _polled(plan.windows(), stop):
        if window.cancelled:
            continue
        for gap_start, gap_end in _gaps(window, staffed[window.id]):
            yield PlanWarning(
                WarningCode.WINDOW_UNCOVERED,
                window.start.date(),
                window.id,
                tr(
                    "media window {window} has no spokesperson {gap}",
                    window=_span_at(plan, window, window.location_id),
                    gap=span(gap_start.astimezone(window.start.tzinfo), gap_end.astimezone(window.start.tzinfo)),
                ),
            )


def _gaps(window: Window, turns: list[Turn]) -> Iterator[tuple[datetime, datetime]]:
    """The parts of the window (as UTC instants) that no staffed turn covers."""
    cursor, end = utc(window.start), utc(window.end)
    for turn in sorted(turns, key=lambda t: utc(t.start)):
        start = utc(turn.start)
        if start > cursor:
            yield cursor, min(start, end)
        cursor = max(cursor, utc(turn.end))
        if cursor >= end:
            return
    if cursor < end:
        yield cursor, end


def _check_headcount(plan: Plan, stop: Stop) -> Iterator[PlanWarning]:
    for shift in _polled(plan.shifts, stop):
        if not shift.cancelled and len(shift.person_ids) < shift.needed:
            yield PlanWarning(
                WarningCode.SHIFT_UNDERSTAFFED,
                shift.start.date(),
                shift.id,
                tr(
                    "{shift} has {count} of {needed} people",
                    shift=_item_label(plan, shift),
                    count=len(shift.person_ids),
                    needed=shift.needed,
                ),
            )


def _check_double_booking(plan: Plan, stop: Stop) -> Iterator[PlanWarning]:
    booked: dict[PersonId, list[tuple[datetime, datetime, Turn | Shift]]] = defaultdict(list)
    cancelled_windows = {w.id for w in plan.windows() if w.cancelled}
    for turn in _polled(plan.turns, stop):
        if turn.window_id in cancelled_windows:
            continue
        start, end = utc(turn.start), utc(turn.end)
        for pid in turn.person_ids:
            booked[pid].append((start, end, turn))
    for shift in _polled(plan.shifts, stop):
        if shift.cancelled:
            continue
        start, end = utc(shift.start), utc(shift.end)
        for pid in shift.person_ids:
            booked[pid].append((start, end, shift))

    for pid, items in _polled(booked.items(), stop, every=20):  # a person: tens of items
        person = plan.people_by_id.get(pid)
        name = person.name if person else pid
        items.sort(key=lambda i: (i[0], i[1], i[2].id))
        # Sweep in start order, remembering the item that reaches furthest so far.
        reach = items[0]
        for item in items[1:]:
            if item[0] < reach[1]:
                yield PlanWarning(
                    WarningCode.DOUBLE_BOOKED,
                    item[2].start.date(),
                    item[2].id,
                    tr(
                        "{name} is double-booked: {item} overlaps {other}",
                        name=name,
                        item=_item_label(plan, item[2]),
                        other=_item_label(plan, reach[2]),
                    ),
                )
            if item[1] > reach[1]:
                reach = item


def _too_many_in_a_row(who: Text, count: int, until: str) -> Text:
    if count == 1:
        return tr("{who} has more than 1 turn in a row (until {time})", who=who, time=until)
    return tr("{who} has more than {count} turns in a row (until {time})", who=who, count=count, time=until)


def _too_many_days(who: Text, count: int) -> Text:
    if count == 1:
        return tr("{who} is on duty more than 1 day in a row", who=who)
    return tr("{who} is on duty more than {count} days in a row", who=who, count=count)


def _check_health_limits(plan: Plan, stop: Stop) -> Iterator[PlanWarning]:
    """The same limits the rotation solver respects (domain/health.py), for rotations made or
    changed by hand. Overlapping turns are double booking, reported on their own."""
    live = {w.id for w in plan.windows() if not w.cancelled}
    turns_of: dict[PersonId, list[Turn]] = defaultdict(list)
    for t in _polled(plan.turns, stop):
        if t.window_id in live:
            for pid in t.person_ids:
                turns_of[pid].append(t)
    for person in _polled(plan.spokespeople, stop, every=1):  # a spokesperson: hundreds of turns
        limits = limits_for(person)
        who = tr("{name} ({role})", name=person.name, role=tr(person.speaker_role.value))
        mine = sorted(turns_of.get(person.id, ()), key=lambda t: utc(t.start))
        by_day: dict[date, list[Turn]] = defaultdict(list)
        for turn in mine:
            by_day[turn.start.date()].append(turn)
        for day, turns in by_day.items():
            found = breaches([(utc(t.start), utc(t.end)) for t in turns], limits)
            for breach in sorted(found, key=lambda b: (b.kind != "minutes", b.slot)):
                turn = turns[breach.slot]
                if breach.kind == "minutes":
                    most = f"{limits.max_minutes_per_day / 60:g}"
                    text = tr("{who} is on camera {hours} h; at most {most} h a day", who=who,
                              hours=f"{breach.minutes / 60:g}", most=most)  # fmt: skip
                elif breach.kind == "run":
                    text = _too_many_in_a_row(who, limits.max_consecutive_turns, hhmm(turn.end))
                elif breach.kind == "rest":
                    text = tr("{who} rests {rest} min before the turn {turn}; needs {needed} min", who=who,
                              rest=breach.minutes, turn=span(turn.start, turn.end),
                              needed=limits.min_rest_minutes)  # fmt: skip
                else:
                    continue
                yield PlanWarning(WarningCode.OVER_HEALTH_LIMIT, day, turn.id, text)
        for day in too_many_days_in_row(by_day, limits):
            yield PlanWarning(WarningCode.OVER_HEALTH_LIMIT, day, by_day[day][0].id,
                              _too_many_days(who, limits.max_days_in_row))  # fmt: skip
