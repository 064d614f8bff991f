"""Rotation speed: the bundled example, and a campaign of many sites and spokespeople.

    .venv/bin/python bench/bench_rotation.py [--days 180] [--time-limit 10]

Reports, for each plan, the time to build and solve, the time to the first rotation, and
the final fairness gap (how far the result may be from the best possible, per the solver's
own bound). OR-Tools is imported before timing, as the app pays for it only once.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from planner.domain.model import (
    Day,
    Location,
    LocationId,
    Person,
    PersonId,
    PersonKind,
    Plan,
    PlanId,
    SpeakerRole,
    Turn,
    TurnId,
    Window,
    WindowId,
    split_window,
)
from planner.resources import example_plan_path
from planner.rotation.solver import RotationRequest, solve
from planner.storage import load_any

ZONE = ZoneInfo("America/Los_Angeles")
ROLES = [SpeakerRole.STRIKER, SpeakerRole.CLINICIAN, SpeakerRole.OFFICER, SpeakerRole.OTHER]


def campaign(days: int, sites: int = 10, speakers: int = 60) -> Plan:
    """`days` days, one 10-hour media window a day at each site, hour-long turns."""
    locations = [Location(LocationId(f"site-{i}"), f"Site {i}", f"{i} Main St") for i in range(sites)]
    people = [Person(PersonId(f"sp-{i}"), f"Speaker {i}", PersonKind.SPOKESPERSON, speaker_role=ROLES[i % 4])
              for i in range(speakers)]  # fmt: skip
    first = date(2025, 6, 2)
    plan_days, turns = [], []
    for d in range(days):
        day = first + timedelta(days=d)
        windows = []
        for site in locations:
            start = datetime(day.year, day.month, day.day, 8, tzinfo=ZONE)
            window = Window(WindowId(f"w-{day}-{site.id}"), start, start + timedelta(hours=10), site.id)
            windows.append(window)
            for i, (s, e) in enumerate(split_window(window, 60)):
                turns.append(Turn(TurnId(f"t-{day}-{site.id}-{i}"), window.id, s, e))
        plan_days.append(Day(day, tuple(windows)))
    return Plan(PlanId("bench"), "Campaign", "America/Los_Angeles", locations=tuple(locations),
                days=tuple(plan_days), people=tuple(people), turns=tuple(turns))  # fmt: skip


def report(name: str, plan: Plan, time_limit: float) -> None:
    started = time.perf_counter()
    result = solve(plan, RotationRequest(time_limit=time_limit))
    wall = time.perf_counter() - started
    first = f"{result.first_solution_seconds:.2f} s" if result.first_solution_seconds is not None else "none"
    print(f"{name}: {len(plan.turns)} turns, {len(plan.spokespeople)} spokespeople")
    print(f"  status {result.status}; total {wall:.2f} s; first rotation after {first}; "
          f"fairness gap {result.gap:.2%} (objective {result.objective:.0f}, bound {result.bound:.0f})")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=180)
    parser.add_argument("--time-limit", type=float, default=10.0)
    args = parser.parse_args()
    from ortools.sat.python import cp_model  # noqa: F401 (paid once at start-up, not per solve)

    example = load_any(example_plan_path())
    report("example", replace(example, turns=tuple(replace(t, person_ids=()) for t in example.turns)), 10.0)
    report(f"campaign, {args.days} days", campaign(args.days), args.time_limit)


if __name__ == "__main__":
    main()
