"""Two real `planner` processes changing one plan at once: each change is kept, or its command
is refused naming the other; never both exit 0 with one change lost.

PLANNER_CONCURRENCY_RUNS=100 pytest tests/test_concurrency.py measures it (the suite runs 6).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.storage import load_document, lock_holder
from planner.storage.document import save_plan
from planner.storage.lock import lock_path

RUNS = int(os.environ.get("PLANNER_CONCURRENCY_RUNS", "6"))
REFUSED = "is open in planner "


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "planner", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _people_csv(folder: Path, name: str) -> Path:
    path = folder / f"{name}.csv"
    path.write_text(f"name,kind,email\n{name},volunteer,{name.lower().replace(' ', '.')}@example.org\n")
    return path


def _finish(process: subprocess.Popen[str]) -> tuple[int, str]:
    _out, err = process.communicate(timeout=120)
    assert process.returncode == 0 or (process.returncode == 2 and REFUSED in err), err  # no third outcome
    return process.returncode, err


@pytest.mark.parametrize("first", ["people", "release"])
def test_two_commands_at_once_never_lose_a_change(example_plan, tmp_path, first):
    outcomes = {"both kept": 0, "one refused": 0}
    for run in range(RUNS):
        folder = tmp_path / str(run)
        folder.mkdir()
        plan = folder / "plan.planner"
        save_plan(example_plan, plan)
        people = [_people_csv(folder, f"Volunteer {run} A"), _people_csv(folder, f"Volunteer {run} B")]
        commands = {
            "people": ["import-people", str(plan), str(people[0])],
            "release": ["release", str(plan), "--name", f"Release {run}", "--yes"],
        }
        other = "release" if first == "people" else "people"
        one, two = _start(*commands[first]), _start(*commands[other])
        third = _start("import-people", str(plan), str(people[1]))
        codes = {first: _finish(one)[0], other: _finish(two)[0], "people 2": _finish(third)[0]}
        kept_plan, records = load_document(plan)
        names = {p.name for p in kept_plan.people}
        if codes["people"] == 0:
            assert f"Volunteer {run} A" in names
        if codes["people 2"] == 0:
            assert f"Volunteer {run} B" in names
        if codes["release"] == 0:
            assert [r.name for r in records.releases] == [f"Release {run}"]
        else:
            assert records.releases == ()
        outcomes["both kept" if set(codes.values()) == {0} else "one refused"] += 1
        assert not lock_path(plan).exists() and lock_holder(plan) is None
        assert sorted(p.name for p in folder.iterdir()) == sorted(["plan.planner", *(p.name for p in people)])
    print(f"\n{RUNS} runs: {outcomes}")  # -s shows how often the commands met


def test_a_command_refused_by_the_lock_says_who_holds_it_and_changes_nothing(example_plan, tmp_path):
    from planner.storage import lock_plan

    plan = tmp_path / "plan.planner"
    save_plan(example_plan, plan)
    before = plan.read_bytes()
    with lock_plan(plan, "Planner"):
        process = _start("release", str(plan), "--name", "Late", "--yes")
        _out, err = process.communicate(timeout=120)
    assert process.returncode == 2
    assert err.startswith("planner: plan.planner is open in Planner on ") and f"(process {os.getpid()})" in err
    assert plan.read_bytes() == before
