"""VTIMEZONE components built from the IANA database (zoneinfo), with RRULE observances.

icalendar's own generator lists every past transition as RDATEs, which Outlook has been seen
to misread. Calendar servers and Outlook itself describe a zone the way its law does: "DST
starts the second Sunday of March at 02:00", one yearly RRULE per observance. This module
finds the zone's transitions around the plan's dates and recovers those rules; a transition
that follows no yearly rule becomes an observance of its own (a plain DTSTART), never RDATEs.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard
from icalendar.prop import vRecur

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
MARGIN = timedelta(days=366)
# A closed rule's UNTIL is its last onset plus this. RFC 5545 includes an onset at exactly
# UNTIL, but dateutil (vobject, Radicale's time-range queries) compares the local onset with
# it and leaves that one out, putting the day an hour off; a day later every reader includes
# it, and a yearly rule has no other onset before the next year.
UNTIL_MARGIN = timedelta(days=1)


@dataclass(frozen=True)
class Transition:
    at: datetime  # UTC instant of the change
    offset_from: timedelta
    offset_to: timedelta
    name: str  # abbreviation in force after the change, e.g. PDT
    is_dst: bool

    @property
    def local_start(self) -> datetime:
        """Wall-clock time of the change in the old offset, as VTIMEZONE's DTSTART wants it."""
        return (self.at + self.offset_from).replace(tzinfo=None)

    def rule(self) -> tuple[int, int, int, int, int]:
        """(month, weekday, week ordinal, hour, minute), ordinal -1 meaning 'last'."""
        local = self.local_start
        last_day = calendar.monthrange(local.year, local.month)[1]
        ordinal = -1 if local.day + 7 > last_day else (local.day - 1) // 7 + 1
        return local.month, local.weekday(), ordinal, local.hour, local.minute


def vtimezone(key: str, first: date, last: date) -> Timezone:
    """The zone's definition covering first..last with a year of margin either side."""
    zone = ZoneInfo(key)
    start = datetime.combine(first - MARGIN, datetime.min.time(), UTC)
    end = datetime.combine(last + MARGIN, datetime.min.time(), UTC)
    transitions = list(find_transitions(zone, start, end))
    tz = Timezone()
    tz.add("TZID", key)
    if not transitions:
        offset = zone.utcoffset(start.replace(tzinfo=None)) or timedelta(0)
        name = zone.tzname(start.replace(tzinfo=None)) or key
        tz.add_component(_observance(False, datetime(1970, 1, 1), offset, offset, name, None))
        return tz
    for run, until in _yearly_runs(transitions, end):
        head = run[0]
        month, weekday, ordinal, _, _ = head.rule()
        recur = None
        if len(run) > 1:
            recur = vRecur(freq="YEARLY", bymonth=month, byday=f"{ordinal}{WEEKDAYS[weekday]}")
            if until is not None:
                recur["UNTIL"] = until + UNTIL_MARGIN
        tz.add_component(_observance(head.is_dst, head.local_start, head.offset_from, head.offset_to, head.name, recur))
    return tz


def find_transitions(zone: ZoneInfo, start: datetime, end: datetime) -> Iterator[Transition]:
    """Every offset change between two UTC instants, found day by day then to the minute."""
    step = timedelta(days=1)
    moment = start
    before = _offset(zone, moment)
    while moment < end:
        following = moment + step
        after = _offset(zone, following)
        if after != before:
            lo, hi = moment, following  # the change happens in (lo, hi]
            while hi - lo > timedelta(minutes=1):
                mid = lo + (hi - lo) / 2
                if _offset(zone, mid) == before:
                    lo = mid
                else:
                    hi = mid
            hi = hi.replace(second=0, microsecond=0)
            # DAYLIGHT is the observance the clocks move forward into. tzdata's own flag says
            # otherwise for zones with "negative DST" (Europe/Dublin, Africa/Casablanca),
            # which Outlook and others do not expect.
            yield Transition(hi, before, after, hi.astimezone(zone).tzname() or "", after > before)
            before = after
        moment = following


def _offset(zone: ZoneInfo, moment: datetime) -> timedelta:
    return moment.astimezone(zone).utcoffset() or timedelta(0)


def _yearly_runs(transitions: list[Transition], end: datetime) -> Iterator[tuple[list[Transition], datetime | None]]:
    """Group transitions into runs that one YEARLY RRULE describes, each with its UNTIL.

    A run continues while the same kind of change (same offsets and name) happens by the
    same rule in consecutive years. A run stays open-ended (no UNTIL) only when it was seen
    more than once and is still being followed in the last year scanned.
    """
    by_kind: dict[tuple[timedelta, timedelta, str, bool], list[Transition]] = {}
    for t in transitions:
        by_kind.setdefault((t.offset_from, t.offset_to, t.name, t.is_dst), []).append(t)
    for group in by_kind.values():
        run = [group[0]]
        for t in group[1:]:
            prev = run[-1]
            if t.rule() == prev.rule() and t.local_start.year == prev.local_start.year + 1:
                run.append(t)
            else:
                yield run, run[-1].at
                run = [t]
        still_current = len(run) > 1 and end - run[-1].at < timedelta(days=366)
        yield run, (None if still_current else run[-1].at)


def _observance(
    is_dst: bool,
    local_start: datetime,
    offset_from: timedelta,
    offset_to: timedelta,
    name: str,
    recur: vRecur | None,
) -> TimezoneStandard | TimezoneDaylight:
    part = TimezoneDaylight() if is_dst else TimezoneStandard()
    part.add("DTSTART", local_start)
    part.add("TZOFFSETFROM", offset_from)
    part.add("TZOFFSETTO", offset_to)
    if name:
        part.add("TZNAME", name)
    if recur is not None:
        part.add("RRULE", recur)
    return part


def unambiguous(moment: datetime) -> datetime:
    """`moment` as DTSTART/DTEND should carry it: wall time with its TZID, except a wall time
    the clocks show twice (the fall-back night; or skip), which is written in UTC — RFC 5545
    reads the TZID form as the first of the two, some clients (khal) as the second, and a
    turn in the second hour must not move."""
    if moment.tzinfo is None or moment.tzinfo is UTC:
        return moment
    first, second = moment.replace(fold=0), moment.replace(fold=1)
    if first.utcoffset() == second.utcoffset():
        return moment
    return moment.astimezone(UTC)
