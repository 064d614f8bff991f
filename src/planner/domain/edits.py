"""Edits that change a plan's structure, as pure functions returning a new plan."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from planner.domain.model import Day, Location, LocationId, Plan, Turn, TurnId, Window, WindowId, split_window


@dataclass(frozen=True)
class NewWindow:
    """A media window to add, e.g. one occurrence of an event in an availability calendar."""

    key: str  # stable for the same source occurrence, so importing twice adds it once
    start: datetime  # aware, in the plan's zone
    end: datetime
    place: str = ""  # free text naming the location; "" for the default location


@dataclass(frozen=True)
class AddedWindows:
    plan: Plan
    added: list[Window]
    notes: list[str]  # what was skipped and why, for the organizer


def add_media_windows(plan: Plan, windows: Iterable[NewWindow], default_location: LocationId | None) -> AddedWindows:
    """Add windows (with unstaffed turns of the plan's length), creating days and locations.

    A place that names an existing location (by name, address, or both) uses it; any other
    place becomes a new location. A window whose key was imported before is left alone.
    """
    locations = list(plan.locations)
    days = {day.date: day for day in plan.days}
    existing = set(plan.windows_by_id)
    turns = list(plan.turns)
    added: list[Window] = []
    notes: list[str] = []
    for new in windows:
        window_id = WindowId(f"win-{_short(new.key)}")
        if window_id in existing:
            notes.append(f"{new.start:%Y-%m-%d %H:%M}: already in the plan, left as it is")
            continue
        location_id = _location_for(new.place, locations, default_location)
        if location_id is None:
            notes.append(f"{new.start:%Y-%m-%d %H:%M}: no location given and the plan has none; add one first")
            continue
        window = Window(window_id, new.start, new.end, location_id)
        day = days.get(new.start.date(), Day(new.start.date()))
        days[day.date] = replace(day, windows=tuple(sorted((*day.windows, window), key=lambda w: w.start)))
        for start, end in split_window(window, plan.turn_minutes):
            turns.append(Turn(TurnId(f"turn-{_short(new.key)}-{start:%H%M}"), window_id, start, end))
        existing.add(window_id)
        added.append(window)
    new_plan = replace(
        plan,
        locations=tuple(locations),
        days=tuple(days[d] for d in sorted(days)),
        turns=tuple(turns),
    )
    return AddedWindows(new_plan, added, notes)


def _location_for(place: str, locations: list[Location], default: LocationId | None) -> LocationId | None:
    wanted = _normal(place)
    if not wanted:
        return default or (locations[0].id if locations else None)
    for loc in locations:
        names = {_normal(loc.name), _normal(loc.address), _normal(f"{loc.name}, {loc.address}")}
        if wanted in names:
            return loc.id
    name, _, address = place.partition(",")
    created = Location(LocationId(f"loc-{_short(wanted)}"), name.strip(), address.strip() or place.strip())
    locations.append(created)
    return created.id


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


def _short(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
