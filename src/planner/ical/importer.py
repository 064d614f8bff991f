"""Read media windows from an existing calendar (.ics), e.g. an availability calendar."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import recurring_ical_events
from icalendar import Calendar, Component

from planner.domain.edits import NewWindow
from planner.domain.text import Text, tr
from planner.errors import PlannerError


class CalendarImportError(PlannerError):
    """The file as a whole cannot be read as a calendar."""


@dataclass
class CalendarImport:
    windows: list[NewWindow] = field(default_factory=list)
    problems: list[Text] = field(default_factory=list)  # one line per event we could not take


def read_windows(data: bytes, zone: ZoneInfo, source: str, between: tuple[date, date] | None) -> CalendarImport:
    """Each timed event (each occurrence of a recurring one) becomes a window in `zone`.

    Recurring events are expanded within `between` (inclusive); with no range they are
    reported, since an endless series cannot be added. Floating times are read as wall time
    in the plan's zone; times in other zones are converted to it.
    """
    try:
        calendars = Calendar.from_ical(data, multiple=True)
    except (ValueError, IndexError, KeyError) as exc:
        raise CalendarImportError(f"{source}: not an iCalendar file ({exc})") from None
    if not calendars or not isinstance(calendars[0], Calendar):
        raise CalendarImportError(f"{source}: no VCALENDAR in the file")
    result = CalendarImport()
    for cal in calendars:
        events = list(cal.walk("VEVENT"))
        recurring = [e for e in events if "RRULE" in e or "RDATE" in e]
        for event in events:
            if "RRULE" not in event and "RDATE" not in event:
                _take(event, zone, source, result)
        if recurring and between is None:
            for event in recurring:
                result.problems.append(
                    tr(
                        "{event}: repeats; give a date range (--from/--to) to take its occurrences",
                        event=_label(source, event),
                    )
                )
        elif recurring and between is not None:
            first, last = between
            ids = {str(e.get("UID", "")) for e in recurring}
            for occurrence in recurring_ical_events.of(cal).between(first, last + timedelta(days=1)):
                if str(occurrence.get("UID", "")) in ids and "RECURRENCE-ID" in occurrence:
                    _take(occurrence, zone, source, result)
    if not result.windows and not result.problems:
        result.problems.append(tr("{file}: no events in the file", file=source))
    return result


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
    start, end = _in_zone(start, zone), _in_zone(end, zone)
    if end <= start:
        result.problems.append(tr("{event}: ends before it starts", event=label))
        return
    if end.date() != start.date() and end.time() != datetime.min.time():
        result.problems.append(tr("{event}: spans more than one day; split it into one event per day", event=label))
        return
    recurrence = event.get("RECURRENCE-ID")
    key = f"{event.get('UID', '')}|{recurrence.to_ical().decode() if recurrence else ''}|{start.isoformat()}"
    result.windows.append(NewWindow(key, start, end, str(event.get("LOCATION", ""))))


def _in_zone(moment: datetime, zone: ZoneInfo) -> datetime:
    if moment.tzinfo is None:  # floating: wall-clock time wherever the plan is
        return moment.replace(tzinfo=zone)
    return moment.astimezone(zone)


def _label(source: str, event: Component) -> Text:
    summary = str(event.get("SUMMARY", "")) or "(no title)"
    start = event.get("DTSTART")
    if start is not None and hasattr(start.dt, "strftime"):
        return tr("{file}: event {title} on {day}", file=source, title=repr(summary), day=f"{start.dt:%Y-%m-%d}")
    return tr("{file}: event {title}", file=source, title=repr(summary))
