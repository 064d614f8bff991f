"""Export speed at campaign scale: 2,400 volunteers, 30,000 shifts, six months.

    .venv/bin/python bench/bench_export.py [--repeat N]

Reports the full export (every feed file written to a temporary folder, with the
publication record) as a ratio to the baseline: icalendar building and serializing the same
unique events once each. The baseline replays the exact event-building calls the export
makes (captured from a real export), so the ratio is the cost of everything else: per-person
and per-role files, descriptions, folding, the VTIMEZONE, writing files, revisions.
Target: <= 1.2. Also shown: the ratio to serializing alone (to_ical on prebuilt events).
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Event

from planner.domain.model import (
    Day,
    Location,
    LocationId,
    Person,
    PersonId,
    PersonKind,
    Plan,
    PlanId,
    Role,
    RoleId,
    Shift,
    ShiftId,
    Turn,
    TurnId,
    Window,
    WindowId,
    split_window,
)
from planner.ical import feeds
from planner.publish.feeds import export_feeds

ZONE = ZoneInfo("America/Los_Angeles")
NOW = datetime(2025, 5, 1, tzinfo=UTC)


def campaign_plan(volunteers: int = 2400, shifts: int = 30_000, days: int = 180, seed: int = 7) -> Plan:
    """The union's six-month picket campaign: many sites, one media window a day."""
    rng = random.Random(seed)
    sites = [
        Location(LocationId(f"site-{i}"), f"Medical center {i}", f"{100 + i} Main St, Los Angeles, CA", 34 + i / 100,
                 -118 - i / 100, "Picket at the main entrance.")
        for i in range(10)
    ]  # fmt: skip
    role_names = ["Picket captain", "Safety marshal", "Press check-in", "Wellness check", "Setup", "Outreach"]
    roles = [Role(RoleId(f"role-{i}"), name, f"{name} duties.") for i, name in enumerate(role_names)]
    speakers = [Person(PersonId(f"sp-{i}"), f"Speaker {i}", PersonKind.SPOKESPERSON, "Clinician", ("English",),
                       f"sp{i}@example.org", f"+1 213 555 {i:04d}") for i in range(60)]  # fmt: skip
    crew = [Person(PersonId(f"vol-{i}"), f"Volunteer {i}", PersonKind.VOLUNTEER, "", ("English",),
                   f"vol{i}@example.org", f"+1 323 555 {i:04d}") for i in range(volunteers)]  # fmt: skip
    first = date(2025, 6, 2)
    plan_days, turns = [], []
    for d in range(days):
        day = first + timedelta(days=d)
        window = Window(WindowId(f"win-{day}"), _at(day, 8), _at(day, 18), sites[d % 10].id)
        plan_days.append(Day(day, (window,)))
        for i, (start, end) in enumerate(split_window(window, 60)):
            turns.append(Turn(TurnId(f"turn-{day}-{i}"), window.id, start, end, (speakers[(d * 10 + i) % 60].id,)))
    plan_shifts = []
    for n in range(shifts):
        day = first + timedelta(days=rng.randrange(days))
        start = rng.randrange(6, 19)
        people = tuple(rng.sample([p.id for p in crew], 2))
        plan_shifts.append(
            Shift(ShiftId(f"shift-{n}"), rng.choice(roles).id, rng.choice(sites).id, _at(day, start),
                  _at(day, min(start + rng.randrange(2, 5), 23)), 2, people, "Bring water.")
        )  # fmt: skip
    return Plan(
        id=PlanId("bench-campaign"),
        title="Six-month picket campaign",
        timezone="America/Los_Angeles",
        locations=tuple(sites),
        days=tuple(plan_days),
        people=tuple(speakers + crew),
        roles=tuple(roles),
        turns=tuple(turns),
        shifts=tuple(plan_shifts),
    )


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=ZONE)


def unique_event_calls(plan: Plan) -> list[tuple[Any, ...]]:
    """The arguments of every event the export builds, captured from a real export."""
    calls: list[tuple[Any, ...]] = []
    original = feeds.FeedWriter._event

    def capture(self: feeds.FeedWriter, *args: Any) -> Event:
        calls.append(args)
        return original(self, *args)

    feeds.FeedWriter._event = capture  # type: ignore[method-assign]
    try:
        with tempfile.TemporaryDirectory() as folder:
            export_feeds(plan, Path(folder), NOW)
    finally:
        feeds.FeedWriter._event = original  # type: ignore[method-assign]
    return calls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--volunteers", type=int, default=2400)
    parser.add_argument("--shifts", type=int, default=30_000)
    args = parser.parse_args()
    plan = campaign_plan(volunteers=args.volunteers, shifts=args.shifts)
    calls = unique_event_calls(plan)
    print(f"plan: {len(plan.volunteers)} volunteers, {len(plan.shifts)} shifts, {len(plan.turns)} turns")
    print(f"unique events: {len(calls)}")
    baseline, serialize_only, export = [], [], []
    files = 0
    for _ in range(args.repeat):
        writer = feeds.FeedWriter(plan, NOW)
        started = time.perf_counter()
        events = [writer._event(*call) for call in calls]
        built = time.perf_counter()
        for event in events:
            event.to_ical()
        done = time.perf_counter()
        baseline.append(done - started)
        serialize_only.append(done - built)
        with tempfile.TemporaryDirectory() as folder:
            started = time.perf_counter()
            publication = export_feeds(plan, Path(folder), NOW)
            export.append(time.perf_counter() - started)
            files = len(publication.written)
    b, s, e = statistics.median(baseline), statistics.median(serialize_only), statistics.median(export)
    print(f"files written: {files}")
    print(f"baseline: icalendar builds + serializes each unique event once: {b:.2f} s")
    print(f"  of which serializing (to_ical) alone:                         {s:.2f} s")
    print(f"full export:                                                   {e:.2f} s")
    print(f"ratio to baseline:       {e / b:.2f}x (target <= 1.2x), median of {args.repeat}")
    print(f"ratio to to_ical alone:  {e / s:.2f}x")


if __name__ == "__main__":
    main()
