"""How plan times are written in files: wall-clock time in the plan's zone, to the minute."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo


def format_local(moment: datetime) -> str:
    """'2025-04-07T08:00' — no offset, because the plan's zone applies (ISO 8601 local time)."""
    spec = "minutes" if moment.second == 0 and moment.microsecond == 0 else "seconds"
    return moment.replace(tzinfo=None, microsecond=0).isoformat(timespec=spec)


def parse_local(text: str, zone: ZoneInfo) -> datetime:
    """The inverse of format_local; raises ValueError with the offending text."""
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        raise ValueError(f"{text!r} is not a local date and time like 2025-04-07T08:00") from None
    if moment.tzinfo is not None:
        raise ValueError(f"{text!r} has a UTC offset; write wall-clock time in the plan's time zone")
    return moment.replace(tzinfo=zone)


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError):
        raise ValueError(f"{text!r} is not a date like 2025-04-07") from None


def format_utc(moment: datetime) -> str:
    """'2025-04-01T12:00:00Z': an instant, for records of when something was published."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_utc(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (TypeError, ValueError, AttributeError):
        raise ValueError(f"{text!r} is not a UTC time like 2025-04-01T12:00:00Z") from None
    if moment.tzinfo is None:
        raise ValueError(f"{text!r} has no UTC offset")
    return moment.astimezone(UTC)
