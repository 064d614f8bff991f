"""How plan times are written in files: wall-clock time in the plan's zone, to the minute."""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from planner.words import quoted, tr


def format_local(moment: datetime) -> str:
    """'2025-04-07T08:00' — no offset, because the plan's zone applies (ISO 8601 local time).

    The second of a wall time that happens twice (01:30 on a fall-back night) is written with
    its offset, '2025-11-02T01:30-08:00': without it, it would read back as the first."""
    spec = "minutes" if moment.second == 0 and moment.microsecond == 0 else "seconds"
    if moment.fold and moment.utcoffset() != moment.replace(fold=0).utcoffset():
        return moment.replace(microsecond=0).isoformat(timespec=spec)
    return moment.replace(tzinfo=None, microsecond=0).isoformat(timespec=spec)


def parse_local(text: str, zone: ZoneInfo) -> datetime:
    """The inverse of format_local; raises ValueError with the offending text."""
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        raise ValueError(tr("{text} is not a local date and time like 2025-04-07T08:00", text=quoted(text))) from None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone)  # a time that happens twice: the first
    # An offset only says which of a repeated wall time is meant; it must be one the plan's
    # zone has then.
    for fold in (0, 1):
        local = moment.replace(tzinfo=zone, fold=fold)
        if local.utcoffset() == moment.utcoffset():
            return local
    raise ValueError(
        tr(
            "{text}: the plan's time zone is not at that UTC offset then; write wall-clock time, like 2025-04-07T08:00",
            text=quoted(text),
        )
    )


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError):
        raise ValueError(tr("{text} is not a date like 2025-04-07", text=quoted(text))) from None


@functools.lru_cache(maxsize=256)
def format_utc(moment: datetime) -> str:
    """'2025-04-01T12:00:00Z': an instant, for records of when something was published.
    Kept for the moments seen last: the records of one export or publish share a few (a
    campaign's first export: 31,800 revisions, one moment)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_utc(text: str) -> datetime:
    """An instant from format_utc's text. Kept for the texts seen last, as format_utc: a
    published campaign's file holds 130,000 records of a few moments. (Only text is kept: a
    damaged file's list or object is refused as any other value, not by the cache.)"""
    return _utc_from_text(text) if isinstance(text, str) else _utc_from_text.__wrapped__(text)


@functools.lru_cache(maxsize=256)
def _utc_from_text(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (TypeError, ValueError, AttributeError):
        raise ValueError(f"{text!r} is not a UTC time like 2025-04-01T12:00:00Z") from None
    if moment.tzinfo is None:
        raise ValueError(f"{text!r} has no UTC offset")
    return moment.astimezone(UTC)
