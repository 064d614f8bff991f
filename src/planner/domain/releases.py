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
from planner.domain.revisions import significance


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
    for window in sorted(plan.windows(), key=lambda w: w.start):
        location = plan.locations_by_id.get(window.location_id)
        lineup = []
        for turn in plan.turns_in(window.id):
            people = [plan.people_by_id[p] for p in turn.person_ids if p in plan.people_by_id]
            names = "; ".join(f"{p.name} — {p.title}" if p.title else p.name for p in people) or "to be announced"
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
        name=name.strip() or f"Release {max(numbers, default=0) + 1}",
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
    text: str


def change_log(old: Release | None, new: Release) -> list[Change]:
    """What changed for the press between two releases, in time order."""
    before = {w.window_id: w for w in old.windows} if old else {}
    after = {w.window_id: w for w in new.windows}
    changes = []
    for w in new.windows:
        was = before.get(w.window_id)
        when = f"{w.start:%a %d %b} {span(w.start, w.end)}"
        if was is None:
            changes.append(Change(ChangeKind.ADDED, w.window_id, f"Added: {when}"))
        elif w.cancelled and not was.cancelled:
            changes.append(Change(ChangeKind.CANCELLED, w.window_id, f"Cancelled: {when}"))
        elif was.cancelled and not w.cancelled:
            changes.append(Change(ChangeKind.REINSTATED, w.window_id, f"Reinstated: {when}"))
        elif (was.start, was.end, was.place) != (w.start, w.end, w.place):
            old_when = f"{was.start:%a %d %b} {span(was.start, was.end)}"
            where = f" at {w.place}" if was.place != w.place else ""
            changes.append(Change(ChangeKind.MOVED, w.window_id, f"Moved: {old_when} → {when}{where}"))
        elif was.lineup != w.lineup:
            changes.append(Change(ChangeKind.RESTAFFED, w.window_id, f"Re-staffed: {when}"))
    for w in old.windows if old else ():
        if w.window_id not in after:
            changes.append(
                Change(ChangeKind.REMOVED, w.window_id, f"Removed: {w.start:%a %d %b} {span(w.start, w.end)}")
            )
    return changes
