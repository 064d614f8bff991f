"""Plans to start from: the shapes organizers reach for first, with their days, media windows
(cut into turns), a placeholder site and the usual volunteer roles — to rename and fill in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from planner.domain.model import (
    Day,
    Location,
    LocationId,
    Plan,
    PlanId,
    Role,
    RoleId,
    Turn,
    Window,
    WindowId,
    new_id,
    split_window,
    turn_id,
)
from planner.words import Text, tr

ROLES = (("role-press-checkin", tr("Press check-in")), ("role-marshal", tr("Safety marshal")),
         ("role-wellness", tr("Wellness check")))  # fmt: skip


@dataclass(frozen=True)
class Template:
    key: str
    name: Text
    what_next: Text  # one line: what to do after choosing it
    build: Callable[[date, str, Callable[[Text], str]], Plan]  # (first day, IANA zone, words) -> the plan


def _plan(
    title: str,
    zone: str,
    sites: list[str],
    days: list[tuple[date, list[tuple[int, time, time]]]],
    say: Callable[[Text], str],
) -> Plan:
    """`days`: each date with its windows as (site number, start, end); the roles' names in
    `say`'s words, as the title's and the sites'."""
    tz = ZoneInfo(zone)
    locations = tuple(Location(LocationId(f"loc-{n + 1}"), name) for n, name in enumerate(sites))
    plan_days, turns = [], []
    for day, windows in days:
        made = []
        for site, start, end in windows:
            window = Window(WindowId(f"win-{day:%Y-%m-%d}-{site + 1}"), datetime.combine(day, start, tz),
                            datetime.combine(day, end, tz), locations[site].id)  # fmt: skip
            made.append(window)
            turns += [Turn(turn_id(window.id, s), window.id, s, e) for s, e in split_window(window, 60)]
        plan_days.append(Day(day, tuple(made)))
    roles = tuple(Role(RoleId(key), say(name)) for key, name in ROLES)
    return Plan(PlanId(new_id("plan")), title, zone, locations=locations, days=tuple(plan_days), roles=roles,
                turns=tuple(turns))  # fmt: skip


def five_day_action(first: date, zone: str, say: Callable[[Text], str] = str) -> Plan:
    """Monday to Friday: press 8:00–18:00 on the first and last day, 10:00–18:00 between."""
    monday = first - timedelta(days=first.weekday())
    days = [(monday + timedelta(days=n), [(0, time(8 if n in (0, 4) else 10), time(18))]) for n in range(5)]
    return _plan(say(tr("Five-day action")), zone, [say(tr("Main site (set the address)"))], days, say)


def one_day_vigil(first: date, zone: str, say: Callable[[Text], str] = str) -> Plan:
    """One evening: press 17:00–21:00."""
    return _plan(
        say(tr("Vigil")), zone, [say(tr("Vigil site (set the address)"))], [(first, [(0, time(17), time(21))])], say
    )


def campaign_week(first: date, zone: str, say: Callable[[Text], str] = str) -> Plan:
    """A week of a campaign at three sites: press 10:00–14:00 at each, Monday to Friday."""
    monday = first - timedelta(days=first.weekday())
    sites = [say(tr("Site {letter} (set the address)", letter=letter)) for letter in "ABC"]
    days = [(monday + timedelta(days=n), [(s, time(10), time(14)) for s in range(3)]) for n in range(5)]
    return _plan(say(tr("Campaign week")), zone, sites, days, say)


TEMPLATES = (
    Template(
        "five-day",
        tr("Five-day action"),
        tr("Set the site's address, then add spokespeople and let Rotation ▸ Generate staff the turns."),
        five_day_action,
    ),
    Template(
        "vigil",
        tr("One-day vigil"),
        tr("Set the place and time, add a few volunteers to its shifts."),
        one_day_vigil,
    ),
    Template(
        "campaign",
        tr("Multi-site campaign week"),
        tr("Name the three sites, then copy the week on with Edit ▸ Copy Day."),
        campaign_week,
    ),
)
