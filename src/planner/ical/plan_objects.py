"""One object of a team plan (storage/plan_objects.py) as a calendar object a CalDAV server
stores, and back. Windows, turns and shifts are events at their times, so a teammate's
calendar app shows them (read-only); the other records are journal entries. The record
itself rides in X-PLANNER-RECORD as base64 of its JSON, which no server's re-serialization
can alter (servers re-fold lines and re-escape text their own way)."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from datetime import UTC, datetime

from icalendar import Calendar, Event, Journal, vText

from planner.ical.feeds import PRODID
from planner.ical.folding import unescape_text

KEY_PROPERTY = "X-PLANNER-KEY"
RECORD_PROPERTY = "X-PLANNER-RECORD"
BY_PROPERTY = "X-PLANNER-BY"


@dataclass(frozen=True)
class PlanObject:
    key: str
    content: str  # the record's canonical JSON text
    by: str = ""  # the organizer who wrote this version
    at: datetime | None = None  # UTC, when


class ObjectError(ValueError):
    """Not a team-plan object Planner can read; says why."""


def object_ics(
    plan_id: str,
    item: PlanObject,
    summary: str,
    start: datetime | None = None,
    end: datetime | None = None,
) -> bytes:
    """The calendar object for one record: an event when it has times, else a journal entry."""
    at = (item.at or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    component = Event() if start is not None and end is not None else Journal()
    component.add("UID", f"{item.key}.{plan_id}@planner")
    component.add("DTSTAMP", at)
    component.add("LAST-MODIFIED", at)
    if start is not None and end is not None:
        component.add("DTSTART", start.astimezone(UTC))
        component.add("DTEND", end.astimezone(UTC))
        component.add("TRANSP", "TRANSPARENT")  # a teammate's plan does not make them busy
    component.add("SUMMARY", summary)
    component.add("CLASS", "PRIVATE")
    component.add(KEY_PROPERTY, vText(item.key))
    component.add(BY_PROPERTY, vText(item.by))  # escaped: a name may hold a comma
    component.add(RECORD_PROPERTY, base64.b64encode(item.content.encode("utf-8")).decode("ascii"))
    calendar = Calendar()
    calendar.add("VERSION", "2.0")
    calendar.add("PRODID", PRODID)
    calendar.add_component(component)
    return bytes(calendar.to_ical())


def read_object(data: bytes | str) -> PlanObject:
    """The record a calendar object holds; ObjectError if it holds none (or a damaged one)."""
    try:
        calendar = Calendar.from_ical(data)
    except ValueError as exc:
        raise ObjectError(f"not iCalendar ({exc})") from None
    for component in calendar.subcomponents:
        if component.name not in ("VEVENT", "VJOURNAL") or RECORD_PROPERTY not in component:
            continue
        key = _text(component.get(KEY_PROPERTY))
        try:
            content = base64.b64decode(str(component[RECORD_PROPERTY]), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            raise ObjectError(f"{key or 'an object'}: its record is damaged") from None
        if not key:
            raise ObjectError("an object names no record key")
        modified = component.get("LAST-MODIFIED")
        at = modified.dt.astimezone(UTC) if modified is not None and isinstance(modified.dt, datetime) else None
        return PlanObject(key, content, _text(component.get(BY_PROPERTY)), at)
    raise ObjectError("holds no Planner record")


def _text(value: object) -> str:
    """An X- property's text: icalendar leaves unknown properties as they were written."""
    if value is None:
        return ""
    raw = value.to_ical() if hasattr(value, "to_ical") else value
    return unescape_text(raw.decode("utf-8") if isinstance(raw, bytes) else str(raw))
