"""Read media windows from an existing calendar (.ics), e.g. an availability calendar."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import recurring_ical_events
from icalendar import Calendar, Component

from planner.domain.checks import LocalTimeIssue, hhmm, local_time_issue
from planner.domain.edits import NewWindow
from planner.domain.model import utc
from planner.errors import PlannerError
from planner.words import Text, megabytes, quoted, shortened, tr


class CalendarImportError(PlannerError):
    """The file as a whole cannot be read as a calendar."""


# Bounds, so that one small file cannot hold the machine: a six-month campaign at ten sites has
# 1,800 media windows; a rule like FREQ=SECONDLY would otherwise expand for hours.
MAX_BYTES = 20_000_000
MAX_OCCURRENCES = 10_000
MAX_SECONDS = 10.0
MAX_STEP_DAYS = 7 * 256  # the longest stretch asked for at once: an hourly rule in it is 43,000 occurrences
YEARS = (1900, 2200)  # a media window outside these is a typo, and times near year 1 overflow
# What malformed data raises in icalendar, dateutil and recurring-ical-events (its errors are
# ValueErrors; a TZID naming a folder of the zone database is an OSError).
UNREADABLE = (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError, OSError, RecursionError)


@dataclass
class CalendarImport:
    windows: list[NewWindow] = field(default_factory=list)
    problems: list[Text] = field(default_factory=list)  # one line per event we could not take
    notes: list[Text] = field(default_factory=list)  # what was taken with a guess: a line per guess
    # TZIDs that neither the file (a VTIMEZONE) nor the zone database describes: their times
    # were read as the plan's, and the organizer is told so (a note per zone).
    unknown_zones: set[str] = field(default_factory=set)


def too_big(source: str, size: int | None) -> CalendarImportError:
    """A calendar of `size` bytes (None: a device or a pipe, read past it), past MAX_BYTES
    (the caller reading a file reads no more: fileio.read_at_most)."""
    most = MAX_BYTES // 1_000_000
    if size is None:
        return CalendarImportError(tr("{source}: more than {most} MB, more than a calendar of media windows needs",
                                      source=source, most=most))  # fmt: skip
    return CalendarImportError(tr("{source}: {size} MB is more than a calendar of media windows needs (at most "
                                  "{most} MB)", source=source, size=megabytes(size, most), most=most))  # fmt: skip


def read_windows(data: bytes, zone: ZoneInfo, source: str, between: tuple[date, date] | None) -> CalendarImport:
    """Each timed event (each occurrence of a recurring one) becomes a window in `zone`.

    Recurring events are expanded within `between` (inclusive); with no range they are
    reported, since an endless series cannot be added. Floating times are read as wall time
    in the plan's zone; times in other zones are converted to it.
    """
    if len(data) > MAX_BYTES:
        raise too_big(source, len(data))
    if data.strip() and not data.lstrip(b"\xef\xbb\xbf \t\r\n")[:15].upper().startswith(b"BEGIN:VCALENDAR"):
        # (a plan, a PDF, a spreadsheet picked by mistake: icalendar's words quoted its bytes)
        raise CalendarImportError(
            tr("{source}: not an iCalendar file (it does not begin with BEGIN:VCALENDAR)", source=source)
        )
    try:
        calendars = Calendar.from_ical(data, multiple=True)
    except UNREADABLE as exc:
        raise CalendarImportError(
            tr("{source}: not an iCalendar file ({why})", source=source, why=excerpt(exc))
        ) from None
    if not calendars or not isinstance(calendars[0], Calendar):
        raise CalendarImportError(tr("{source}: no VCALENDAR in the file", source=source))
    result = CalendarImport()
    for cal in calendars:
        events = list(cal.walk("VEVENT"))
        for event in events:
            problem = _rule_problem(event)
            if problem is not None:  # out of the calendar before anything is expanded
                result.problems.append(tr("{event}: {problem}", event=_label(source, event), problem=problem))
                _remove(cal, event)
        events = list(cal.walk("VEVENT"))
        recurring = [e for e in events if "RRULE" in e or "RDATE" in e]
        for event in events:
            if "RRULE" not in event and "RDATE" not in event:
                _take_or_say(event, zone, source, result)
        if recurring and between is None:
            for event in recurring:
                result.problems.append(
                    tr(
                        "{event}: repeats; give a date range (--from/--to) to take its occurrences",
                        event=_label(source, event),
                    )
                )
        elif recurring and between is not None:
            ids = {str(e.get("UID", "")) for e in recurring}
            try:
                taken = _expand(cal, ids, between, zone, source, result)
            except UNREADABLE as exc:
                result.problems.append(tr("{file}: the repeating events cannot be expanded ({why})", file=source,
                                          why=excerpt(exc)))  # fmt: skip
            else:
                first, last = (f"{day:%Y-%m-%d}" for day in between)
                for event in recurring:  # a series that never meets the range is said, not dropped
                    if str(event.get("UID", "")) in taken:
                        _note_unknown_zones(event, result)
                    else:
                        result.problems.append(tr("{event}: repeats, but not between {first} and {last}; give the "
                                                  "dates with --from and --to to take it", event=_label(source, event),
                                                  first=first, last=last))  # fmt: skip
    for tzid in sorted(result.unknown_zones):
        result.notes.append(tr("{file}: time zone {tzid} is not described in the file nor known; its times were "
                               "read as {zone} times", file=source, tzid=repr(excerpt(ValueError(tzid), 60)),
                               zone=zone.key))  # fmt: skip
    if not result.windows and not result.problems and not result.notes:
        result.problems.append(tr("{file}: no events in the file", file=source))
    return result


def _expand(
    cal: Calendar, ids: set[str], between: tuple[date, date], zone: ZoneInfo, source: str, result: CalendarImport
) -> set[str]:
    """The occurrences of the repeating events from `between`'s first day to its last, a week
    at a time where there are some (the library's own lazy after() does not yield for an endless
    hourly rule), from the first repeating event on; stopped at MAX_OCCURRENCES or MAX_SECONDS
    with a clear error. Returns the UIDs that had an occurrence in the range."""
    first, last = between
    starts = [_day(e.get("DTSTART")) for e in cal.walk("VEVENT") if str(e.get("UID", "")) in ids]
    first = max(first, min((d for d in starts if d is not None), default=first))
    deadline = time.monotonic() + MAX_SECONDS
    query = recurring_ical_events.of(cal)
    seen: set[tuple[str, str]] = set()  # an occurrence across midnight comes in two lists
    week, step = first, 7
    while week <= last:
        stop = min(last, _plus(week, step - 1))
        before = len(seen)
        for occurrence in query.between(week, _plus(stop, 1)):
            recurrence = occurrence.get("RECURRENCE-ID")
            key = (str(occurrence.get("UID", "")), recurrence.to_ical().decode() if recurrence else "")
            if key[0] not in ids or recurrence is None or key in seen:
                continue
            seen.add(key)
            _take_or_say(occurrence, zone, source, result)
        # Empty stretches (a series that has ended, a yearly rule) are crossed in ever longer
        # steps, up to MAX_STEP_DAYS; where there is something, a week at a time again.
        step = 7 if len(seen) > before else min(step * 2, MAX_STEP_DAYS)
        if len(seen) > MAX_OCCURRENCES or time.monotonic() > deadline:
            raise CalendarImportError(tr("{source}: more than {most} occurrences between {first} and {last} (or more "
                                         "than {seconds} s to list them); give a shorter range with --from and --to",
                                         source=source, most=f"{MAX_OCCURRENCES:,}", first=first.isoformat(),
                                         last=last.isoformat(), seconds=f"{MAX_SECONDS:g}"))  # fmt: skip
        if stop == date.max:
            break
        week = _plus(stop, 1)
    return {uid for uid, _recurrence in seen}


def _plus(day: date, days: int) -> date:
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max


def _day(prop: object) -> date | None:
    """The date of a DTSTART, or None when it is missing or broken (icalendar raises
    ValueError on reading a broken property's value, which getattr does not catch)."""
    try:
        moment = getattr(prop, "dt", None)
    except UNREADABLE:
        return None
    return moment.date() if isinstance(moment, datetime) else moment if isinstance(moment, date) else None


def _rule_problem(event: Component) -> Text | None:
    """Why a repeat rule cannot be expanded safely, or None. INTERVAL=0 makes the expansion
    loop without end (RFC 5545 requires 1 or more); every second or minute is no media window,
    and a billion of them would take hours to list."""
    try:
        rules = event.get("RRULE")
        for rule in rules if isinstance(rules, list) else [rules] if rules is not None else []:
            interval = int(rule.get("INTERVAL", [1])[0])
            if interval < 1:
                return tr("repeats with INTERVAL={interval}; it must be 1 or more", interval=interval)
            if str(rule.get("FREQ", [""])[0]).upper() in ("SECONDLY", "MINUTELY"):
                return tr("repeats every second or minute; a media window repeats daily or weekly")
    except UNREADABLE as exc:
        return tr("its repeat rule cannot be read ({why})", why=excerpt(exc))
    return None


def _remove(calendar: Component, event: Component) -> None:
    for component in calendar.walk():
        if event in component.subcomponents:
            component.subcomponents.remove(event)
            return


def _take_or_say(event: Component, zone: ZoneInfo, source: str, result: CalendarImport) -> None:
    """_take, with an event that cannot be read reported as one line, not a traceback."""
    try:
        _take(event, zone, source, result)
    except UNREADABLE as exc:
        result.problems.append(tr("{event}: cannot be read ({why})", event=_label(source, event), why=excerpt(exc)))


def excerpt(exc: BaseException, limit: int = 120) -> str:
    """An error's own words, on one line and short: some quote the whole file."""
    return shortened(" ".join(str(exc).split()) or type(exc).__name__, limit)


def _take(event: Component, zone: ZoneInfo, source: str, result: CalendarImport) -> None:
    label = _label(source, event)
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        result.problems.append(tr("{event}: cancelled, skipped", event=label))
        return
    if "DTSTART" not in event:
        result.problems.append(tr("{event}: has no start", event=label))
        return
    start = event.decoded("DTSTART")
    if not isinstance(start, datetime):
        result.problems.append(
            tr("{event}: an all-day event cannot be a media window; give it start and end times", event=label)
        )
        return
    if "DTEND" in event:
        end = event.decoded("DTEND")
    elif "DURATION" in event:
        end = start + event.decoded("DURATION")
    else:
        result.problems.append(tr("{event}: has no end or duration", event=label))
        return
    if not (YEARS[0] <= start.year <= YEARS[1] and YEARS[0] <= end.year <= YEARS[1]):
        years = tr("{event}: not between {first} and {last}", event=label, first=YEARS[0], last=YEARS[1])
        result.problems.append(years)
        return
    _note_unknown_zones(event, result)
    for moment in (start, end):  # (in the event's own zone, or a floating time in the plan's)
        if (skipped := _skipped(moment, zone)) is not None:
            result.notes.append(tr("{event}: {time} does not exist in {zone} that day (the clocks spring forward); "
                                   "taken as {taken} {plan_zone}, as calendar apps read it", event=label,
                                   time=hhmm(moment), zone=skipped, taken=hhmm(_in_zone(moment, zone)),
                                   plan_zone=zone.key))  # fmt: skip
    start, end = _in_zone(start, zone), _in_zone(end, zone)
    if utc(end) <= utc(start):  # as instants: 01:30 PDT to 01:30 PST is an hour
        result.problems.append(tr("{event}: ends before it starts", event=label))
        return
    # A night's press hours (22:00–02:00) are one window, drawn on both days; an event of
    # several days is more likely a calendar's "away all week" than hours to talk to press.
    if utc(end) - utc(start) > timedelta(hours=24):
        result.problems.append(tr("{event}: lasts more than 24 hours; split it into one event per day", event=label))
        return
    recurrence = event.get("RECURRENCE-ID")
    key = f"{event.get('UID', '')}|{recurrence.to_ical().decode() if recurrence else ''}|{start.isoformat()}"
    result.windows.append(NewWindow(key, start, end, str(event.get("LOCATION", "")), _exported_from(event)))


def _note_unknown_zones(event: Component, result: CalendarImport) -> None:
    """The TZIDs of an event taken that icalendar could not find: it leaves their times
    floating, read as the plan's. (An occurrence of a repeating event has lost its TZID: its
    series is asked.)"""
    for name in ("DTSTART", "DTEND"):
        tzid = event[name].params.get("TZID") if name in event else None
        moment = event.decoded(name) if tzid else None
        if isinstance(moment, datetime) and moment.tzinfo is None:
            result.unknown_zones.add(str(tzid))


def _exported_from(event: Component) -> tuple[str, str] | None:
    """(plan id, item id) when the event came from a Planner feed: its UID is feeds.uid()'s."""
    item, dot, rest = str(event.get("UID", "")).partition(".")
    plan, at, host = rest.rpartition("@")
    return (plan, item) if dot and at and host == "planner" and item and plan else None


def _in_zone(moment: datetime, zone: ZoneInfo) -> datetime:
    """The moment as a wall time of the plan's zone. A time its own zone's clocks skip (02:30
    the night they spring forward) is the instant calendar apps read it as, with the offset
    before the change (RFC 5545 §3.3.5): 02:30 PST, 03:30 PDT. The plan keeps no time its
    editors would refuse."""
    if moment.tzinfo is None:  # floating: wall-clock time wherever the plan is
        moment = moment.replace(tzinfo=zone)
    if _skipped(moment, zone) is not None:  # (astimezone into its own zone would keep it as it is)
        moment = moment.astimezone(UTC)
    return moment.astimezone(zone)


def _skipped(moment: datetime, zone: ZoneInfo) -> str | None:
    """The name of the zone whose clocks skip this wall time (a floating one: the plan's), or None."""
    placed = moment.replace(tzinfo=zone) if moment.tzinfo is None else moment
    if local_time_issue(placed) is LocalTimeIssue.NONEXISTENT:
        return str(getattr(placed.tzinfo, "key", None) or placed.tzinfo)
    return None


def _label(source: str, event: Component) -> Text:
    summary = excerpt(ValueError(str(event.get("SUMMARY", ""))), 60) if event.get("SUMMARY") else "(no title)"
    day = _day(event.get("DTSTART"))
    if day is not None:
        return tr("{file}: event {title} on {day}", file=source, title=quoted(summary), day=f"{day:%Y-%m-%d}")
    return tr("{file}: event {title}", file=source, title=quoted(summary))
