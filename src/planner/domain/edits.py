"""Edits that change a plan's structure, as pure functions returning a new plan.

Every edit the app can make, in one module of ~400 lines on purpose: they share the checks
(wall times, known ids) and the undo path calls them all the same way."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.domain.checks import LocalTimeIssue, hhmm, local_time_issue
from planner.domain.model import (
    Contact,
    Day,
    Journalist,
    Location,
    LocationId,
    Person,
    PersonId,
    PersonKind,
    Plan,
    Role,
    RoleId,
    Shift,
    ShiftId,
    Turn,
    TurnId,
    Window,
    WindowId,
    new_id,
    split_window,
    turn_id,
    utc,
)
from planner.domain.plain_text import blank, plain
from planner.domain.press import LANGUAGES, contact_problem, journalist_problem, name_problem, person_problem
from planner.errors import PlannerError
from planner.words import Text, quoted, tr


@dataclass(frozen=True)
class NewWindow:
    """A media window to add, e.g. one occurrence of an event in an availability calendar."""

    key: str  # stable for the same source occurrence, so importing twice adds it once
    start: datetime  # aware, in the plan's zone
    end: datetime
    place: str = ""  # free text naming the location; "" for the default location
    exported_from: tuple[str, str] | None = None  # (plan id, item id) when a plan's own feed is read back


@dataclass(frozen=True)
class AddedWindows:
    plan: Plan
    added: list[Window]
    notes: list[Text]  # what was skipped and why, for the organizer


def add_media_windows(plan: Plan, windows: Iterable[NewWindow], default_location: LocationId | None) -> AddedWindows:
    """Add windows (with unstaffed turns of the plan's length), creating days and locations.

    A place that names an existing location (by name, address, or both) uses it; any other
    place becomes a new location. What the plan already holds is left alone and said: a window
    imported before (same key), one of the plan's own windows read back from its feed (same
    UID), or a window at the same time and place.
    """
    locations = list(plan.locations)
    days = {day.date: day for day in plan.days}
    existing = set(plan.windows_by_id)
    held = {(w.location_id, utc(w.start), utc(w.end)) for w in plan.windows()}
    turns = list(plan.turns)
    added: list[Window] = []
    notes: list[Text] = []
    for new in windows:
        when = f"{new.start:%Y-%m-%d %H:%M}"
        window_id = WindowId(f"win-{_short(new.key)}")
        if window_id in existing:
            notes.append(tr("{when}: already in the plan, left as it is", when=when))
            continue
        if new.exported_from is not None and new.exported_from[0] == plan.id and new.exported_from[1] in existing:
            notes.append(tr("{when}: one of this plan's own media windows, left as it is", when=when))
            continue
        # A calendar's LOCATION often takes a line for the place and lines for its address.
        place = ", ".join(line.strip() for line in plain(new.place).splitlines() if line.strip())
        location_id = _location_for(place, locations, default_location)
        if location_id is None:
            notes.append(tr("{when}: no location given and the plan has none; add one first", when=when))
            continue
        if (location_id, utc(new.start), utc(new.end)) in held:
            notes.append(tr("{when}: the plan has a media window at that time and place, left as it is", when=when))
            continue
        window = Window(window_id, new.start, new.end, location_id)
        day = days.get(new.start.date(), Day(new.start.date()))
        days[day.date] = replace(day, windows=tuple(sorted((*day.windows, window), key=lambda w: w.start)))
        for start, end in split_window(window, plan.turn_minutes):
            turns.append(Turn(turn_id(_short(new.key), start), window_id, start, end))
        existing.add(window_id)
        held.add((location_id, utc(new.start), utc(new.end)))
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
    import hashlib  # (here: it loads OpenSSL, 2-3 ms of the app's start, which edits nothing)

    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


# -- edits made on the grid and in the editors -----------------------------------------------


class EditError(PlannerError):
    """An edit that cannot be made as asked; the message says what and why."""

    def __init__(self, text: Text | str) -> None:  # (a str: words the app has already translated)
        super().__init__(text)


Item = Turn | Shift
ItemT = TypeVar("ItemT", Turn, Shift)


def find_item(plan: Plan, item_id: str) -> Item:
    if (at := plan.turn_positions.get(item_id)) is not None:
        return plan.turns[at]
    if (at := plan.shift_positions.get(item_id)) is not None:
        return plan.shifts[at]
    raise EditError(tr("No turn or shift has the id {id}", id=quoted(item_id)))


def move_item(plan: Plan, item_id: str, start: datetime) -> Plan:
    """Move a turn or shift to start at `start`, keeping its length. A turn moved into another
    media window joins that window."""
    item = find_item(plan, item_id)
    return retime_item(plan, item_id, start, start + (utc(item.end) - utc(item.start)))


def retime_item(plan: Plan, item_id: str, start: datetime, end: datetime) -> Plan:
    """Give a turn or shift new start and end times (a move or a resize)."""
    item = find_item(plan, item_id)
    start = _wall_time(plan, start, tr("{item}: the start", item=_name(item)))
    end = _wall_time(plan, end, tr("{item}: the end", item=_name(item)))
    if end <= start:
        raise EditError(tr("{item}: the end ({end}) must be after the start ({start})", item=_name(item),
                           end=hhmm(end), start=hhmm(start)))  # fmt: skip
    if isinstance(item, Turn):
        window = _window_holding(plan, start, end, prefer=item.window_id)
        moved_turn = replace(item, start=start, end=end, window_id=window.id if window else item.window_id)
        return _put(plan, moved_turn)
    return _put(plan, replace(item, start=start, end=end))


def assign_person(plan: Plan, item_id: str, person_id: PersonId) -> Plan:
    """Put a person on a turn (spokespeople) or a shift (volunteers); already on it: no change."""
    item = find_item(plan, item_id)
    person = plan.people_by_id.get(person_id)
    if person is None:
        raise EditError(tr("No person has the id {id}", id=quoted(person_id)))
    wanted = PersonKind.SPOKESPERSON if isinstance(item, Turn) else PersonKind.VOLUNTEER
    if person.kind is not wanted:
        raise EditError(tr("{name} is a {kind}; only a {wanted} can take {item}", name=person.name,
                           kind=tr(person.kind.value), wanted=tr(wanted.value), item=_name(item)))  # fmt: skip
    if person_id in item.person_ids:
        return plan
    return _put(plan, replace(item, person_ids=(*item.person_ids, person_id)))


def unassign_person(plan: Plan, item_id: str, person_id: PersonId) -> Plan:
    item = find_item(plan, item_id)
    return _put(plan, replace(item, person_ids=tuple(p for p in item.person_ids if p != person_id)))


def remove_items(plan: Plan, item_ids: Iterable[str]) -> Plan:
    gone = set(item_ids)
    for item_id in gone:
        find_item(plan, item_id)  # say which id is unknown rather than ignore it
    turns = tuple(t for t in plan.turns if t.id not in gone)
    shifts = tuple(s for s in plan.shifts if s.id not in gone)
    # What lost nothing stays the very tuple: the grid redraws only what an edit changed.
    return replace(
        plan,
        turns=plan.turns if len(turns) == len(plan.turns) else turns,
        shifts=plan.shifts if len(shifts) == len(plan.shifts) else shifts,
    )


def put_item(plan: Plan, item: Item) -> Plan:
    """A turn or shift as an editor left it: replaces the one with its id, or is added."""
    _wall_time(plan, item.start, tr("{item}: the start", item=_name(item)))
    _wall_time(plan, item.end, tr("{item}: the end", item=_name(item)))
    if utc(item.end) <= utc(item.start):
        raise EditError(tr("{item}: the end must be after the start", item=_name(item)))
    return _put(plan, item)


def new_turn(plan: Plan, start: datetime, end: datetime, location_id: str | None = None) -> Turn | None:
    """A turn from `start` to `end` in the live media window that holds it (at `location_id`
    when given: the site the organizer is looking at), or None when no window does — a turn
    is part of a window, the time press may come."""
    for window in plan.windows():
        if window.cancelled or (location_id is not None and window.location_id != location_id):
            continue
        if utc(window.start) <= utc(start) and utc(end) <= utc(window.end):
            made = turn_id(window.id, start)
            return Turn(made if made not in plan.turn_positions else TurnId(new_id("turn")), window.id, start, end)
    return None


def copy_day(plan: Plan, source: date, targets: Iterable[date]) -> Plan:
    """Copy a day's media windows with their turns, and its shifts, onto other days at the same
    wall-clock times, with whoever is on them; what the target days already hold stays."""
    day = next((d for d in plan.days if d.date == source), Day(source))
    shifts = [s for s in plan.shifts if s.start.date() == source]
    turns_of = {w.id: plan.turns_in(w.id) for w in day.windows}
    days = {d.date: d for d in plan.days}
    new_turns, new_shifts = list(plan.turns), list(plan.shifts)
    taken = {*plan.windows_by_id, *(t.id for t in plan.turns), *(s.id for s in plan.shifts)}

    def fresh(old: str, target: date) -> str:
        candidate, n = f"{old}-{target:%Y%m%d}", 1
        while candidate in taken:
            n += 1
            candidate = f"{old}-{target:%Y%m%d}-{n}"
        taken.add(candidate)
        return candidate

    def shifted(moment: datetime, target: date, what: Text) -> datetime:
        wall = datetime.combine(target + (moment.date() - source), moment.timetz().replace(tzinfo=None))
        return _wall_time(plan, wall.replace(tzinfo=plan.zone), what)

    for target in targets:
        if target == source:
            continue
        windows = []
        for window in day.windows:
            label = tr("The media window {time} copied to {day}", time=hhmm(window.start), day=target)
            copy = replace(window, id=WindowId(fresh(window.id, target)), start=shifted(window.start, target, label),
                           end=shifted(window.end, target, label))  # fmt: skip
            windows.append(copy)
            for turn in turns_of[window.id]:
                label = tr("The turn {time} copied to {day}", time=hhmm(turn.start), day=target)
                new_turns.append(replace(turn, id=TurnId(fresh(turn.id, target)), window_id=copy.id,
                                         start=shifted(turn.start, target, label),
                                         end=shifted(turn.end, target, label)))  # fmt: skip
        for shift in shifts:
            label = tr("The shift {time} copied to {day}", time=hhmm(shift.start), day=target)
            new_shifts.append(replace(shift, id=ShiftId(fresh(shift.id, target)),
                                      start=shifted(shift.start, target, label),
                                      end=shifted(shift.end, target, label)))  # fmt: skip
        existing = days.get(target, Day(target))
        days[target] = replace(existing, windows=tuple(sorted((*existing.windows, *windows), key=lambda w: w.start)))
    return replace(plan, days=tuple(days[d] for d in sorted(days)), turns=tuple(new_turns), shifts=tuple(new_shifts))


def _wall_time(plan: Plan, moment: datetime, what: Text) -> datetime:
    """The moment as wall time in the plan's zone; a time the clocks skip is refused."""
    local = moment.astimezone(plan.zone) if moment.tzinfo not in (None, plan.zone) else moment
    local = local.replace(tzinfo=plan.zone)
    if local_time_issue(local) is LocalTimeIssue.NONEXISTENT:
        raise EditError(tr("{what} ({when}) does not exist in {zone}: the clocks skip it", what=what, when=local,
                           zone=plan.timezone))  # fmt: skip
    return local


def _window_holding(plan: Plan, start: datetime, end: datetime, prefer: WindowId) -> Window | None:
    holding = [w for w in plan.windows() if utc(w.start) <= utc(start) and utc(end) <= utc(w.end)]
    return next((w for w in holding if w.id == prefer), holding[0] if holding else None)


def _name(item: Item) -> Text:
    if isinstance(item, Turn):
        return tr("the turn {when}", when=item.start)
    return tr("the shift {when}", when=item.start)


def _put(plan: Plan, item: Item) -> Plan:
    # A campaign has 30,000 turns and shifts: found by the plan's index, not by a search.
    if isinstance(item, Turn):
        at = plan.turn_positions.get(item.id)
        new_plan = replace(plan, turns=_swap_at(plan.turns, item, at))
        return _carry_positions(plan, new_plan, "shift_positions", "turn_positions" if at is not None else "")
    at = plan.shift_positions.get(item.id)
    new_plan = replace(plan, shifts=_swap_at(plan.shifts, item, at))
    return _carry_positions(plan, new_plan, "turn_positions", "shift_positions" if at is not None else "")


def _carry_positions(plan: Plan, new_plan: Plan, *still_true: str) -> Plan:
    """Give `new_plan` the indexes of `plan` that still hold (the kind the edit left alone; the
    kind it changed, when the item kept its place), so the next edit need not make them again."""
    for name in still_true:
        if name and name in plan.__dict__:  # made already: functools.cached_property keeps it there
            new_plan.__dict__[name] = plan.__dict__[name]
    return new_plan


def _swap(items: tuple[Any, ...], new: Any) -> tuple[Any, ...]:
    """`items` with `new` in place of the record with its id, or added."""
    return _swap_at(items, new, next((n for n, i in enumerate(items) if i.id == new.id), None))


def _swap_at(items: tuple[Any, ...], new: Any, at: int | None) -> tuple[Any, ...]:
    return (*items, new) if at is None else (*items[:at], new, *items[at + 1 :])


def put_location(plan: Plan, location: Location) -> Plan:
    if blank(location.name):
        raise EditError(tr("A location needs a name"))
    bounds = ((location.latitude, -90, 90, tr("latitude")), (location.longitude, -180, 180, tr("longitude")))
    for value, low, high, what in bounds:
        if value is not None and not low <= value <= high:
            raise EditError(tr("{name}: the {what} {value} is not between {low} and {high}", name=location.name,
                               what=what, value=value, low=low, high=high))  # fmt: skip
    return replace(plan, locations=_swap(plan.locations, location))


def put_person(plan: Plan, person: Person) -> Plan:
    """A person added or edited in place, as person_problem's rules allow."""
    if (problem := person_problem(person)) is not None:
        raise EditError(problem)
    return replace(plan, people=_swap(plan.people, person))


def put_journalist(plan: Plan, journalist: Journalist) -> Plan:
    """A journalist added to the press list, or edited in place (journalist_problem's rules)."""
    journalist = replace(journalist, name=journalist.name.strip(), email=journalist.email.strip(),
                         outlet=journalist.outlet.strip())  # fmt: skip
    if (problem := journalist_problem(journalist, plan.journalists)) is not None:
        raise EditError(problem)
    return replace(plan, journalists=_swap(plan.journalists, journalist))


def put_role(plan: Plan, role: Role) -> Plan:
    if blank(role.name):
        raise EditError(tr("A role needs a name"))
    return replace(plan, roles=_swap(plan.roles, role))


def put_window(plan: Plan, window: Window) -> Plan:
    """A media window as its editor left it, on the day it starts (its turns move with it when
    it moves to another day; turns outside its new hours show as warnings)."""
    what = tr("The media window {when}", when=window.start)
    start = _wall_time(plan, window.start, tr("{item}: the start", item=what))
    end = _wall_time(plan, window.end, tr("{item}: the end", item=what))
    if end <= start:
        raise EditError(tr("{item}: the end must be after the start", item=what))
    if window.location_id not in plan.locations_by_id:
        raise EditError(tr("{item}: choose one of the plan's locations", item=what))
    window = replace(window, start=start, end=end)
    old = plan.windows_by_id.get(window.id)
    days = {d.date: replace(d, windows=tuple(w for w in d.windows if w.id != window.id)) for d in plan.days}
    day = days.get(start.date(), Day(start.date()))
    days[day.date] = replace(day, windows=tuple(sorted((*day.windows, window), key=lambda w: w.start)))
    turns = plan.turns
    if old is not None and old.start.date() != start.date():
        shift_by = start.date() - old.start.date()
        turns = tuple(replace(t, start=t.start + shift_by, end=t.end + shift_by) if t.window_id == window.id else t
                      for t in turns)  # fmt: skip
    return replace(plan, days=tuple(days[d] for d in sorted(days)), turns=turns)


def remove_window(plan: Plan, window_id: WindowId) -> Plan:
    """A media window and its turns."""
    days = tuple(replace(d, windows=tuple(w for w in d.windows if w.id != window_id)) for d in plan.days)
    return replace(plan, days=days, turns=tuple(t for t in plan.turns if t.window_id != window_id))


def split_into_turns(plan: Plan, window_id: WindowId) -> Plan:
    """Give a window without turns its turns of the plan's length (unstaffed)."""
    window = plan.windows_by_id[window_id]
    if plan.turns_in(window_id):
        return plan
    turns = [Turn(turn_id(window_id, s), window_id, s, e) for s, e in split_window(window, plan.turn_minutes)]
    return replace(plan, turns=(*plan.turns, *turns))


# Names in the zone database that are one computer's (its own zone, its files' other forms)
# or no place's: a plan's calendars carry its zone's name (TZID), which a phone, another
# organizer's computer or a calendar service would not know.
_MACHINE_ZONES = ("localtime", "posixrules", "Factory")
_MACHINE_ZONE_FOLDERS = ("posix/", "right/")


def machine_zone(key: str) -> bool:
    """Whether `key` is one of the zone database's names that are no place's (_MACHINE_ZONES)."""
    return key in _MACHINE_ZONES or key.startswith(_MACHINE_ZONE_FOLDERS)


def zone_problem(key: str) -> Text | None:
    """Why `key` cannot be given as a plan's time zone, or None: an IANA zone, by the name
    every calendar app knows (America/Los_Angeles); not a region alone ("America", a folder
    of the zone database) or a name of this computer's ("localtime")."""
    if machine_zone(key):
        return tr("{zone} is this computer's name for a zone, which calendar apps do not know; choose a place's, "
                  "e.g. America/Los_Angeles", zone=quoted(key))  # fmt: skip
    try:
        ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # (OSError: a folder, "America")
        return unknown_zone(key)
    return None


def unknown_zone(key: str) -> Text:
    """A zone no zone database has, said as the editor and the plan file's reader say it."""
    return tr("{zone} is not an IANA time zone, e.g. America/Los_Angeles", zone=quoted(key))


def set_details(
    plan: Plan, title: str, organization: str, description: str, timezone: str, contact: Contact, language: str
) -> Plan:
    """The plan's own details. A new time zone keeps every wall-clock time as it was."""
    if language not in LANGUAGES:
        written = ", ".join(LANGUAGES)
        raise EditError(tr("{language} is not a language Planner writes in ({written})", language=quoted(language),
                           written=written))  # fmt: skip
    title = _checked_title(title)
    if (problem := contact_problem(contact)) is not None:
        field = {"name": tr("name"), "email": tr("e-mail"), "phone": tr("phone")}[problem[0]]
        raise EditError(tr("The press contact's {field}: {problem}", field=field, problem=problem[1]))
    if (unusable := zone_problem(timezone)) is not None:
        raise EditError(unusable)
    zone = ZoneInfo(timezone)
    plan = replace(plan, title=title, organization=organization, description=description,
                   press_contact=contact, language=language)  # fmt: skip
    if timezone == plan.timezone:
        return plan

    def moved(moment: datetime) -> datetime:
        return moment.replace(tzinfo=zone)

    days = tuple(replace(d, windows=tuple(replace(w, start=moved(w.start), end=moved(w.end)) for w in d.windows))
                 for d in plan.days)  # fmt: skip
    return replace(
        plan,
        timezone=timezone,
        days=days,
        turns=tuple(replace(t, start=moved(t.start), end=moved(t.end)) for t in plan.turns),
        shifts=tuple(replace(s, start=moved(s.start), end=moved(s.end)) for s in plan.shifts),
        availability=tuple(replace(a, start=moved(a.start), end=moved(a.end)) for a in plan.availability),
    )


def rename_plan(plan: Plan, title: str) -> Plan:
    """The plan's title, by the rules its details set it by."""
    return replace(plan, title=_checked_title(title))


def _checked_title(title: str) -> str:
    """A plan's title as it is kept (without spaces around it), or EditError: one in every
    invitation's subject and e-mail cannot have a line break (nor could the plan file's reader
    take it: the plan saved with it would not open again)."""
    if blank(title):
        raise EditError(tr("The plan needs a title"))
    if name_problem(title):
        raise EditError(tr("The plan title cannot have a line break: it goes into every invitation's subject"))
    return title.strip()


def set_day_note(plan: Plan, day: date, note: str) -> Plan:
    """A note for the whole day (weather, a march at noon); the day is made if the plan has
    none for that date yet."""
    days = {d.date: d for d in plan.days}
    days[day] = replace(days.get(day, Day(day)), note=note.strip())
    return replace(plan, days=tuple(days[d] for d in sorted(days)))


def remove_person(plan: Plan, person_id: PersonId) -> Plan:
    """A person, and with them their places on turns and shifts and their availability."""
    if person_id not in plan.people_by_id:
        raise EditError(tr("No person has the id {id}", id=quoted(person_id)))
    turns = tuple(_without(t, person_id) for t in plan.turns)
    shifts = tuple(_without(s, person_id) for s in plan.shifts)
    people = tuple(p for p in plan.people if p.id != person_id)
    availability = tuple(a for a in plan.availability if a.person_id != person_id)
    return replace(plan, people=people, turns=turns, shifts=shifts, availability=availability)


def _without(item: ItemT, person_id: PersonId) -> ItemT:
    if person_id not in item.person_ids:
        return item
    return replace(item, person_ids=tuple(p for p in item.person_ids if p != person_id))


def remove_location(plan: Plan, location_id: LocationId) -> Plan:
    """A location nothing happens at; one still in use is refused, saying how much uses it."""
    location = plan.locations_by_id.get(location_id)
    if location is None:
        raise EditError(tr("No location has the id {id}", id=quoted(location_id)))
    windows = sum(1 for w in plan.windows() if w.location_id == location_id)
    shifts = sum(1 for s in plan.shifts if s.location_id == location_id)
    if windows or shifts:
        raise EditError(tr("{name} still has {windows} media windows and {shifts} shifts; move or remove them first",
                           name=location.name, windows=windows, shifts=shifts))  # fmt: skip
    return replace(plan, locations=tuple(loc for loc in plan.locations if loc.id != location_id))


def remove_role(plan: Plan, role_id: RoleId) -> Plan:
    """A volunteer role no shift has; one still in use is refused."""
    role = plan.roles_by_id.get(role_id)
    if role is None:
        raise EditError(tr("No role has the id {id}", id=quoted(role_id)))
    shifts = sum(1 for s in plan.shifts if s.role_id == role_id)
    if shifts:
        raise EditError(tr("{name} still has {shifts} shifts; give them another role or remove them first",
                           name=role.name, shifts=shifts))  # fmt: skip
    return replace(plan, roles=tuple(r for r in plan.roles if r.id != role_id))
