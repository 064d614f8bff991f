"""Rotation speed: the bundled example, and a campaign of many sites and spokespeople.

    .venv/bin/python bench/bench_rotation.py [--days 180] [--time-limit 10] [--baseline]

Reports, for each plan, the time to build and solve, the time to the first rotation, and
the final fairness gap (how far the result may be from the best possible, per the bound
proven by the solver or by counting whole turns). --baseline solves each campaign again as
one CP-SAT model, the way small plans are solved, for comparison in the same run.
OR-Tools is imported before timing, as the app pays for it only once.
"""

from __future__ import annotations

import argparse
import random
import time
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from planner.domain.model import (
    AvailabilityLevel,
    AvailabilityWindow,
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


def campaign(days: int, sites: int = 10, speakers: int = 60, varied: bool = False) -> Plan:
    """`days` days, one 10-hour media window a day at each site, hour-long turns. Varied: as a
    real campaign has it, everyone is away one day in seven and would rather not do one
    morning a week, a third speak Spanish, the first site's windows need a Spanish speaker and
    the second's a striker with a clinician (a fixed seed, so every run solves the same plan)."""
    rng = random.Random(7)
    locations = [Location(LocationId(f"site-{i}"), f"Site {i}", f"{i} Main St") for i in range(sites)]
    people = [Person(PersonId(f"sp-{i}"), f"Speaker {i}", PersonKind.SPOKESPERSON, speaker_role=ROLES[i % 4],
                     languages=("English", "Spanish") if varied and i % 3 == 0 else ("English",))
              for i in range(speakers)]  # fmt: skip
    first = date(2025, 6, 2)
    plan_days, turns, availability = [], [], []
    for d in range(days):
        day = first + timedelta(days=d)
        windows = []
        for k, site in enumerate(locations):
            start = datetime(day.year, day.month, day.day, 8, tzinfo=ZONE)
            needs = {}
            if varied and k == 0:
                needs = {"language": "Spanish"}
            elif varied and k == 1:
                needs = {"pair": (SpeakerRole.STRIKER, SpeakerRole.CLINICIAN)}
            window = Window(WindowId(f"w-{day}-{site.id}"), start, start + timedelta(hours=10), site.id, **needs)
            windows.append(window)
            for i, (s, e) in enumerate(split_window(window, 60)):
                turns.append(Turn(TurnId(f"t-{day}-{site.id}-{i}"), window.id, s, e))
        plan_days.append(Day(day, tuple(windows)))
    if varied:
        for person in people:
            for week in range(0, days, 7):
                away, reluctant = rng.sample(range(min(7, days - week)), 2) if days - week > 1 else (0, 0)
                off = datetime.combine(first + timedelta(days=week + away), datetime.min.time(), ZONE)
                availability.append(AvailabilityWindow(person.id, off, off + timedelta(days=1),
                                                       AvailabilityLevel.UNAVAILABLE))  # fmt: skip
                morning = datetime.combine(first + timedelta(days=week + reluctant), datetime.min.time(), ZONE)
                morning += timedelta(hours=8)
                availability.append(AvailabilityWindow(person.id, morning, morning + timedelta(hours=4),
                                                       AvailabilityLevel.PREFER_NOT))  # fmt: skip
    return Plan(PlanId("bench"), "Campaign", "America/Los_Angeles", locations=tuple(locations),
                days=tuple(plan_days), people=tuple(people), turns=tuple(turns),
                availability=tuple(availability))  # fmt: skip


def report(name: str, plan: Plan, time_limit: float, in_parts: bool | None = None) -> None:
    started = time.perf_counter()
    result = solve(plan, RotationRequest(time_limit=time_limit, in_parts=in_parts))
    wall = time.perf_counter() - started
    first = f"{result.first_solution_seconds:.2f} s" if result.first_solution_seconds is not None else "none"
    on_camera = sum(s.minutes for s in result.scores) or 1
    print(f"{name}: {len(plan.turns)} turns, {len(plan.spokespeople)} spokespeople")
    print(f"  status {result.status}; total {wall:.2f} s; first rotation after {first}; "
          f"fairness gap {result.gap:.2%} (objective {result.objective:.0f}, bound {result.bound:.0f}; "
          f"objective / on-camera minutes {result.objective / on_camera:.3%})")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=180)
    parser.add_argument("--time-limit", type=float, default=10.0)
    parser.add_argument("--baseline", action="store_true", help="also solve each campaign as one CP-SAT model")
    args = parser.parse_args()
    from ortools.sat.python import cp_model  # noqa: F401 (paid once at start-up, not per solve)

    example = load_any(example_plan_path())
    report("example", replace(example, turns=tuple(replace(t, person_ids=()) for t in example.turns)), 10.0)
    for varied in (False, True):
        plan = campaign(args.days, varied=varied)
        name = f"{'varied ' if varied else ''}campaign, {args.days} days"
        report(name, plan, args.time_limit)
        if args.baseline:
            report(f"  baseline, one CP-SAT model: {name}", plan, args.time_limit, in_parts=False)


if __name__ == "__main__":
    main()
