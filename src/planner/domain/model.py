"""The plan and everything in it, as immutable plain data."""

from __future__ import annotations

import enum
import os
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from functools import cached_property
from itertools import compress, count
from operator import is_not
from typing import NewType, TypeVar
from zoneinfo import ZoneInfo

PlanId = NewType("PlanId", str)
LocationId = NewType("LocationId", str)
WindowId = NewType("WindowId", str)
PersonId = NewType("PersonId", str)
RoleId = NewType("RoleId", str)
TurnId = NewType("TurnId", str)
ShiftId = NewType("ShiftId", str)
JournalistId = NewType("JournalistId", str)

DEFAULT_TURN_MINUTES = 60
DEFAULT_REMINDER_MINUTES = 60


def new_id(prefix: str) -> str:
    """A fresh id for an item the organizer creates; exported UIDs derive from it. The one
    maker of random ids (derived ones: turn_id)."""
    return f"{prefix}-{os.urandom(6).hex()}"


def copy_of_example(example: Plan) -> Plan:
    """The bundled example as an organizer's own plan, to edit and publish. It gets an id of
    its own: every UID it publishes or sends derives from the id, and two organizers' copies
    must not overwrite each other's events in a journalist's calendar, nor share into one
    plan on an office's calendar account."""
    return replace(example, id=PlanId(new_id("plan")))


def turn_id(window_id: str, start: datetime) -> TurnId:
    """A turn's id, from its window and wall-clock start. The second 01:30 of a fall-back
    night (fold=1) gets an id of its own, so the two turns of a repeated hour never collide."""
    return TurnId(f"turn-{window_id}-{start:%H%M}{'-2' if start.fold else ''}")


class PersonKind(enum.Enum):
    SPOKESPERSON = "spokesperson"
    VOLUNTEER = "volunteer"


class SpeakerRole(enum.Enum):
    """Who a spokesperson is to the press; health limits default by it."""

    STRIKER = "striker"
    CLINICIAN = "clinician"
    OFFICER = "union officer"
    OTHER = "other"


class AvailabilityLevel(enum.Enum):
    PREFER_NOT = "prefer-not"  # possible, but costs the rotation a penalty
    UNAVAILABLE = "unavailable"


@dataclass(frozen=True)
class HealthLimits:
    """How much on-camera time a person can take (see domain/health.py for the defaults)."""

    max_minutes_per_day: int
    max_consecutive_turns: int
    min_rest_minutes: int  # between two separate stints on the same day
    max_days_in_row: int


@dataclass(frozen=True)
class Contact:
    """Who journalists call or write to; the only contact published in the media feed."""

    name: str
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Location:
    id: LocationId
    name: str
    address: str = ""
    latitude: float | None = None
    longitude: float | None = None
    notes: str = ""

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None


@dataclass(frozen=True)
class Window:
    """A media-availability window: press may come and talk to a spokesperson."""

    id: WindowId
    start: datetime
    end: datetime
    location_id: LocationId
    cancelled: bool = False  # stays visible in feeds as STATUS:CANCELLED
    needed: int = 1  # spokespeople on each turn
    language: str = ""  # a language someone on every turn must speak, e.g. "Spanish"
    pair: tuple[SpeakerRole, ...] = ()  # e.g. (STRIKER, CLINICIAN): one of each on every turn


@dataclass(frozen=True)
class Day:
    date: date
    windows: tuple[Window, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Person:
    id: PersonId
    name: str
    kind: PersonKind
    title: str = ""  # title or affiliation, shown to press for spokespeople
    languages: tuple[str, ...] = ()
    email: str = ""
    phone: str = ""
    speaker_role: SpeakerRole = SpeakerRole.OTHER
    limits: HealthLimits | None = None  # None: the defaults for the speaker role


@dataclass(frozen=True)
class AvailabilityWindow:
    """A stretch of time a person cannot, or would rather not, be on duty."""

    person_id: PersonId
    start: datetime
    end: datetime
    level: AvailabilityLevel


@dataclass(frozen=True)
class Role:
    """A kind of volunteer job, e.g. safety marshal."""

    id: RoleId
    name: str
    description: str = ""


@dataclass(frozen=True)
class Turn:
    """Part of a media window during which the assigned spokespeople talk to press."""

    id: TurnId
    window_id: WindowId
    start: datetime
    end: datetime
    person_ids: tuple[PersonId, ...] = ()
    pinned: bool = False  # fixed by the organizer: the rotation solver keeps it as it is


@dataclass(frozen=True)
class Shift:
    id: ShiftId
    role_id: RoleId
    location_id: LocationId
    start: datetime
    end: datetime
    needed: int = 1
    person_ids: tuple[PersonId, ...] = ()
    notes: str = ""  # what to bring, whom to ask
    cancelled: bool = False


@dataclass(frozen=True)
class Journalist:
    """Someone on the press list: gets invitations to the media windows."""

    id: JournalistId
    name: str
    email: str
    outlet: str = ""
    language: str = "en"  # "en" or "es": the language of their invitations


@dataclass(frozen=True)
class Plan:
    id: PlanId
    title: str
    timezone: str  # IANA key; every datetime in the plan is wall time in this zone
    organization: str = ""
    description: str = ""
    press_contact: Contact = field(default_factory=lambda: Contact(name=""))
    turn_minutes: int = DEFAULT_TURN_MINUTES
    reminder_minutes: int = DEFAULT_REMINDER_MINUTES  # lead time of alarms in personal files
    # "en" or "es": the calendars everyone shares are written in it, and the own calendar and
    # schedule e-mail of a person who lists no language we write in (languages.mail_language).
    language: str = "en"
    locations: tuple[Location, ...] = ()
    days: tuple[Day, ...] = ()
    people: tuple[Person, ...] = ()
    roles: tuple[Role, ...] = ()
    turns: tuple[Turn, ...] = ()
    shifts: tuple[Shift, ...] = ()
    journalists: tuple[Journalist, ...] = ()
    availability: tuple[AvailabilityWindow, ...] = ()

    # Lookups are derived once per (immutable) plan; cached_property writes to __dict__,
    # which a frozen dataclass allows.
    @cached_property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @cached_property
    def locations_by_id(self) -> dict[LocationId, Location]:
        return {loc.id: loc for loc in self.locations}

    @cached_property
    def people_by_id(self) -> dict[PersonId, Person]:
        return {p.id: p for p in self.people}

    @cached_property
    def roles_by_id(self) -> dict[RoleId, Role]:
        return {r.id: r for r in self.roles}

    @cached_property
    def windows_by_id(self) -> dict[WindowId, Window]:
        return {w.id: w for w in self.windows()}

    @cached_property
    def spokespeople(self) -> tuple[Person, ...]:
        return tuple(p for p in self.people if p.kind is PersonKind.SPOKESPERSON)

    @cached_property
    def volunteers(self) -> tuple[Person, ...]:
        return tuple(p for p in self.people if p.kind is PersonKind.VOLUNTEER)

    def windows(self) -> Iterator[Window]:
        for day in self.days:
            yield from day.windows

    def turns_in(self, window_id: WindowId) -> list[Turn]:
        return list(self._turns_by_window.get(window_id, ()))

    @cached_property
    def turn_positions(self) -> dict[str, int]:
        """Where each turn is in `turns`, by id (the first, should an id be there twice)."""
        return _positions(self.turns)

    @cached_property
    def shift_positions(self) -> dict[str, int]:
        return _positions(self.shifts)

    @cached_property
    def _turns_by_window(self) -> dict[WindowId, list[Turn]]:
        # Once per plan (plans are immutable): a campaign asks for 1,800 windows' turns.
        index: dict[WindowId, list[Turn]] = {}
        for turn in sorted(self.turns, key=lambda t: t.start):
            index.setdefault(turn.window_id, []).append(turn)
        return index


RecordT = TypeVar("RecordT", Turn, Shift, Window)


def changed_records(old: tuple[RecordT, ...], new: tuple[RecordT, ...]) -> tuple[list[RecordT], list[RecordT]]:
    """What left and what came between two versions of a tuple of records with ids (by
    identity: plans are immutable, and an edit replaces the records it changes and keeps the
    others, so an unchanged record is the same object)."""
    if old is new:
        return [], []
    if len(old) == len(new):
        # Compared in C (map, compress): a campaign has 30,000 turns and shifts to go through.
        at = list(compress(range(len(old)), map(is_not, old, new)))
        if all(old[i].id == new[i].id for i in at):  # changed in place, as most edits do
            return [old[i] for i in at], [new[i] for i in at]
    else:
        # Records taken out of one place, or put back there (a delete, its undo): the others
        # are the same objects, those after them shifted.
        longer, shorter = (old, new) if len(old) > len(new) else (new, old)
        first = next(compress(count(), map(is_not, shorter, longer)), len(shorter))
        n = len(longer) - len(shorter)
        if not any(map(is_not, shorter[first:], longer[first + n :])):
            block = list(longer[first : first + n])
            return (block, []) if longer is old else ([], block)
    before, after = {i.id: i for i in old}, {i.id: i for i in new}
    return [i for k, i in before.items() if after.get(k) is not i], [
        i for k, i in after.items() if before.get(k) is not i
    ]


def _positions(items: tuple[Turn, ...] | tuple[Shift, ...]) -> dict[str, int]:
    # Built from the end, so the first of two records with one id is the one found.
    return {items[i].id: i for i in range(len(items) - 1, -1, -1)}


def split_window(window: Window, minutes: int) -> list[tuple[datetime, datetime]]:
    """Cut a window into consecutive turns of `minutes`; the last one may be shorter.

    Turns are measured in elapsed time, so a window across a DST change still gets
    hour-long turns, then shown again as wall time in the window's zone.
    """
    if minutes <= 0:
        raise ValueError("turn length must be positive")
    zone = window.start.tzinfo
    start, end = utc(window.start), utc(window.end)
    step = timedelta(minutes=minutes)
    cuts: list[tuple[datetime, datetime]] = []
    while start < end:
        stop = min(start + step, end)
        cuts.append((start.astimezone(zone), stop.astimezone(zone)))
        start = stop
    return cuts


def utc(moment: datetime) -> datetime:
    """The absolute instant of an aware datetime, for comparing across DST changes.

    A campaign asks this 300,000 times of its 3,000 distinct times, so the answers are kept
    (a datetime keeps its hash). The key holds `fold`: equal wall times in one zone compare
    and hash alike whatever their fold, yet the repeated hour of a fall-back day is two
    instants."""
    key = (moment, moment.fold)
    instant = _INSTANTS.get(key)
    if instant is None:
        if len(_INSTANTS) >= _INSTANTS_KEPT:
            _INSTANTS.clear()
        instant = _INSTANTS[key] = moment.astimezone(UTC)
    return instant


_INSTANTS: dict[tuple[datetime, int], datetime] = {}
_INSTANTS_KEPT = 50_000
