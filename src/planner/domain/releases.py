"""Schedule releases: what journalists were told at a moment, and what changed between two.

A release freezes the plan's media windows and press list; invitations are computed from the
latest release and the ledger (domain/ledger.py), never from the live plan, so editing the
plan sends nothing until the organizer releases it.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property

from planner.domain.checks import span
from planner.domain.model import Contact, Journalist, Plan
from planner.domain.plain_text import short_name
from planner.domain.revisions import significance
from planner.words import Text, tr


@dataclass(frozen=True)
class ReleasedWindow:
    """A media window as journalists were told about it."""

    window_id: str
    start: datetime
    end: datetime
    place: str  # location name and address
    notes: str  # on-site notes
    latitude: float | None
    longitude: float | None
    lineup: tuple[str, ...]  # "08:00–09:00  Ana Morales — therapist", one per turn
    cancelled: bool

    @cached_property
    def significant(self) -> str:
        """What makes a change worth a new SEQUENCE: the same rule as the feeds'."""
        return significance(self.start, self.end, self.place, self.latitude, self.longitude, self.cancelled)


@dataclass(frozen=True)
class Release:
    number: int
    name: str
    created: datetime  # UTC
    plan_id: str
    title: str
    timezone: str
    press_contact: Contact
    windows: tuple[ReleasedWindow, ...]
    journalists: tuple[Journalist, ...]


def make_release(plan: Plan, name: str, now: datetime, previous: Iterable[Release] = ()) -> Release:
    """Freeze the plan's media windows and press list as the next numbered release."""
    numbers = [r.number for r in previous]
    windows = []
    said: dict[tuple[str, ...], str] = {}  # a lineup's names, once per lineup (a campaign repeats them)
    for window in sorted(plan.windows(), key=lambda w: w.start):
        location = plan.locations_by_id.get(window.location_id)
        lineup = []
        for turn in plan.turns_in(window.id):
            names = said.get(turn.person_ids)
            if names is None:
                people = [plan.people_by_id[p] for p in turn.person_ids if p in plan.people_by_id]
                names = said[turn.person_ids] = (
                    "; ".join(f"{p.name} — {p.title}" if p.title else p.name for p in people) or "to be announced"
                )
            lineup.append(f"{span(turn.start, turn.end)}  {names}")
        windows.append(
            ReleasedWindow(
                window_id=window.id,
                start=window.start,
                end=window.end,
                place=", ".join(x for x in (location.name, location.address) if x) if location else "",
                notes=location.notes if location else "",
                latitude=location.latitude if location else None,
                longitude=location.longitude if location else None,
                lineup=tuple(lineup),
                cancelled=window.cancelled,
            )
        )
    return Release(
        number=max(numbers, default=0) + 1,
        # On one line (`--name` takes line breaks), of a name's length; unnamed, known by when it
        # was made, in the plan's time.
        name=short_name(name) or f"{now.astimezone(plan.zone):%Y-%m-%d %H:%M}",
        created=now.astimezone(UTC).replace(microsecond=0),
        plan_id=plan.id,
        title=plan.title,
        timezone=plan.timezone,
        press_contact=plan.press_contact,
        windows=tuple(windows),
        journalists=plan.journalists,
    )


class ChangeKind(enum.Enum):
    ADDED = "added"
    MOVED = "moved"  # time or place changed
    RESTAFFED = "re-staffed"  # only the spokespeople changed
    CANCELLED = "cancelled"
    REINSTATED = "reinstated"
    REMOVED = "removed"


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    window_id: str
    text: Text  # str() in English; the app says it in its language


def change_log(old: Release | None, new: Release) -> list[Change]:
    """What changed for the press between two releases, in time order."""
    before = {w.window_id: w for w in old.windows} if old else {}
    after = {w.window_id: w for w in new.windows}
    changes = []
    for w in new.windows:
        was = before.get(w.window_id)
        day, hours = w.start.date(), span(w.start, w.end)
        if was is None:
            changes.append(Change(ChangeKind.ADDED, w.window_id, tr("Added: {day} {hours}", day=day, hours=hours)))
        elif w.cancelled and not was.cancelled:
            text = tr("Cancelled: {day} {hours}", day=day, hours=hours)
            changes.append(Change(ChangeKind.CANCELLED, w.window_id, text))
        elif was.cancelled and not w.cancelled:
            text = tr("Reinstated: {day} {hours}", day=day, hours=hours)
            changes.append(Change(ChangeKind.REINSTATED, w.window_id, text))
        elif (was.start, was.end, was.place) != (w.start, w.end, w.place):
            parts = {"old_day": was.start.date(), "old_hours": span(was.start, was.end), "day": day, "hours": hours}
            if was.place != w.place:
                text = tr("Moved: {old_day} {old_hours} → {day} {hours} at {place}", **parts, place=w.place)
            else:
                text = tr("Moved: {old_day} {old_hours} → {day} {hours}", **parts)
            changes.append(Change(ChangeKind.MOVED, w.window_id, text))
        elif was.lineup != w.lineup:
            text = tr("Re-staffed: {day} {hours}", day=day, hours=hours)
            changes.append(Change(ChangeKind.RESTAFFED, w.window_id, text))
    for w in old.windows if old else ():
        if w.window_id not in after:
            text = tr("Removed: {day} {hours}", day=w.start.date(), hours=span(w.start, w.end))
            changes.append(Change(ChangeKind.REMOVED, w.window_id, text))
    return changes
