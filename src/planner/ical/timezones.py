"""VTIMEZONE components built from the IANA database (zoneinfo), never pytz."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from icalendar import Timezone


def vtimezone(key: str, first: date, last: date) -> Timezone:
    """The zone's definition for the plan's dates, with a year of margin on both sides.

    The margin keeps the observance that is in force at `first` inside the component,
    which clients need to resolve the first event.
    """
    return Timezone.from_tzinfo(
        ZoneInfo(key),
        tzid=key,
        first_date=first - timedelta(days=366),
        last_date=last + timedelta(days=366),
    )
