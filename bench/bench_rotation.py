"""Rotation speed: the bundled example, and the campaign (bench/campaign.py), plain and varied.

    .venv/bin/python bench/bench_rotation.py [--days 180] [--time-limit 10] [--baseline]

Reports, for each plan, the time to build and solve, the time to the first rotation, and
the final fairness gap (how far the result may be from the best possible, per the bound
proven by the solver or by counting whole turns). --baseline solves each campaign again as
one CP-SAT model, the way small plans are solved, for comparison in the same run.
OR-Tools is imported before timing, as the app pays for it only once.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace

from campaign import campaign as build_campaign
from campaign import describe
from planner.domain.model import Plan
from planner.resources import example_plan_path
from planner.rotation.solver import RotationRequest, solve
from planner.storage import load_any


def campaign(days: int, varied: bool = False) -> Plan:
    """The bench campaign (bench/campaign.py) before its rotation: every turn unstaffed."""
    return build_campaign(days, staffed=False, varied=varied)


def report(name: str, plan: Plan, time_limit: float, in_parts: bool | None = None) -> None:
    started = time.perf_counter()
    result = solve(plan, RotationRequest(time_limit=time_limit, in_parts=in_parts))
    wall = time.perf_counter() - started
    first = f"{result.first_solution_seconds:.2f} s" if result.first_solution_seconds is not None else "none"
    on_camera = sum(s.minutes for s in result.scores) or 1
    print(f"{name}: {describe(plan)}")
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
