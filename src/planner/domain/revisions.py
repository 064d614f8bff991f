"""What calendar clients were last given for each event, so changes raise its SEQUENCE.

RFC 5545 asks for SEQUENCE to rise when an event's time, place or status changes, and
clients use it to tell a newer copy from an older one. The plan itself does not remember
history, so at each publication we fingerprint every event and compare with the record.
The record is kept apart from the plan: undoing an edit must not undo a publication.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Mapping, Sequence, Set
from datetime import UTC, datetime
from typing import NamedTuple

from planner.domain.model import Plan, Shift, Turn, changed_records


class Revision(NamedTuple):
    """(A named tuple, made in C: a published campaign's file holds 31,800, read by every export.)"""

    sequence: int
    fingerprint: str
    modified: datetime  # UTC: when this version of the event was first published


Revisions = Mapping[str, Revision]  # by item id (window, turn or shift)


def significance(
    start: datetime, end: datetime, place: str, latitude: float | None, longitude: float | None, cancelled: bool
) -> str:
    """A fingerprint of what makes a change to an event significant (RFC 5546 §2.1.4): its
    time, its place — the words and the map pin — and its status. The one rule for the
    feeds' SEQUENCE and for the press's invitations.

    Wall time and zone, not UTC: a change of zone is a change of time for the organizer.
    """
    zone = getattr(start.tzinfo, "key", "")
    where = f"{place}\n{latitude}\n{longitude}" if place else ""
    text = f"{start.isoformat()}|{end.isoformat()}|{zone}|{where}|{'cancelled' if cancelled else ''}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def event_fingerprints(
    plan: Plan, since: Plan | None = None, only: Set[str] | None = None
) -> Iterator[tuple[str, str]]:
    """(item id, fingerprint of what makes a change significant) for every published event;
    given `since`, an earlier version of the plan, only for the events that may differ from it;
    given `only`, for those events alone (the others known to be as they were)."""
    windows = plan.windows_by_id
    turns: Sequence[Turn] = plan.turns
    shifts: Sequence[Shift] = plan.shifts
    if only is not None:
        turns, shifts = [t for t in turns if t.id in only], [s for s in shifts if s.id in only]
        for window in plan.windows():
            if window.id in only:
                yield window.id, _digest(plan, window.start, window.end, window.location_id, window.cancelled)
    elif since is not None and (plan.days, plan.locations, plan.timezone) == (
        since.days,
        since.locations,
        since.timezone,
    ):
        # Windows and places as they were: only turns and shifts that are not the same records.
        turns, shifts = changed_records(since.turns, plan.turns)[1], changed_records(since.shifts, plan.shifts)[1]
    else:
        for window in plan.windows():
            yield window.id, _digest(plan, window.start, window.end, window.location_id, window.cancelled)
    for turn in turns:
        parent = windows.get(turn.window_id)
        location = parent.location_id if parent else ""
        yield turn.id, _digest(plan, turn.start, turn.end, location, bool(parent and parent.cancelled))
    for shift in shifts:
        yield shift.id, _digest(plan, shift.start, shift.end, shift.location_id, shift.cancelled)


def _digest(plan: Plan, start: datetime, end: datetime, location_id: str, cancelled: bool) -> str:
    place = plan.locations_by_id.get(location_id)  # type: ignore[call-overload]
    if place is None:
        return significance(start, end, "", None, None, cancelled)
    return significance(start, end, f"{place.name}\n{place.address}", place.latitude, place.longitude, cancelled)


# Events fingerprinted between two calls of `revise`'s pause (a few milliseconds of work).
EVENTS_PER_PAUSE = 500


def revise(
    plan: Plan,
    previous: Revisions,
    now: datetime,
    since: Plan | None = None,
    pause: Callable[[], None] | None = None,
    only: Set[str] | None = None,
) -> dict[str, Revision]:
    """The record after publishing `plan` at `now`: new events start at SEQUENCE 0, changed
    ones go up by one, unchanged ones keep theirs. Records of removed events are kept, so an
    id that comes back continues from its old SEQUENCE instead of going backwards.

    `since`: the plan `previous` was made from, when known; the events it has as they are need
    no fingerprint (a campaign's re-export after one edit fingerprints one event, not 31,800).
    `only`: the events that may differ from `previous`, when known otherwise (the digests of
    the last export, publish/feeds.py): the others are not fingerprinted.
    `pause()`, if given, is called every EVENTS_PER_PAUSE events and may wait: an export in a
    worker thread waits so while the window is busy (a campaign's 31,800 take 0.2 s)."""
    stamp = now.astimezone(UTC).replace(microsecond=0)  # iCalendar times have whole seconds
    record = dict(previous)
    for count, (item_id, fingerprint) in enumerate(event_fingerprints(plan, since, only)):
        if pause is not None and count % EVENTS_PER_PAUSE == 0:
            pause()
        before = previous.get(item_id)
        if before is None:
            record[item_id] = Revision(0, fingerprint, stamp)
        elif before.fingerprint != fingerprint:
            record[item_id] = Revision(before.sequence + 1, fingerprint, stamp)
    return record
