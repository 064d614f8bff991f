"""A writer killed at any moment leaves a plan that opens with the old or the new content,
and the next writer (the app opening it, a command) finds no leftovers beside it."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from planner.storage import load_document, load_sync, lock_plan
from planner.storage.document import save_plan
from planner.storage.plan_objects import split_plan

RUNS = int(os.environ.get("PLANNER_CRASH_RUNS", "50"))

# Saves the example under two titles, in turns, and between saves writes the publication
# record in place (as `export` and `release` do) and the other title in place (as the app
# saves a small edit), as fast as it can, until it is killed.
WRITER = textwrap.dedent(
    """
    import sys, time
    from dataclasses import replace
    from datetime import UTC, datetime
    from pathlib import Path
    from planner.domain.records import Records
    from planner.domain.revisions import Revision
    from planner.resources import example_plan_path
    from planner.storage import file_stamp, load_any, record_publication, save_any
    from planner.storage.document import save_plan

    path = Path(sys.argv[1])
    plan = load_any(example_plan_path())
    versions = [replace(plan, title="Version A"), replace(plan, title="Version B")]
    now = datetime.now(UTC)
    n = 0
    started = time.perf_counter()
    while True:
        if n == 1:  # one round done: how long a round takes here, so kills can land anywhere in one
            print(f"ready {time.perf_counter() - started}", flush=True)
        save_plan(versions[n % 2], path)
        n += 1
        revisions = {f"event-{i}": Revision(n, f"fingerprint {n}", now) for i in range(3000)}
        record_publication(path, Records(revisions=revisions))
        # and a small edit in place (the other title), as the app saves one
        save_any(versions[n % 2], path, expected=file_stamp(path), saved=versions[(n + 1) % 2])
    """
)


def test_a_save_killed_at_random_moments_always_leaves_an_openable_plan(example_plan, tmp_path):
    from dataclasses import replace

    path = tmp_path / "plan.planner"
    save_plan(replace(example_plan, title="Version A"), path)
    rng = random.Random(20250407)
    titles = set()
    journals = leftovers = 0
    for _ in range(RUNS):
        _killed_at_random(WRITER, path, rng)
        journals += os.path.exists(f"{path}-journal")
        leftovers += any(p.name.endswith(".tmp") for p in tmp_path.iterdir())
        plan, records = load_document(path)  # never raises: the old file or the new one
        assert plan.title in ("Version A", "Version B")
        assert plan.turns == example_plan.turns and plan.shifts == example_plan.shifts
        assert len({r.sequence for r in records.revisions.values()}) <= 1  # all of a write or none
        titles.add(plan.title)
        with lock_plan(path, "Planner"):  # the next writer: what the killed one left goes
            assert sorted(p.name for p in tmp_path.iterdir()) == [".~lock.plan.planner#", "plan.planner"]
    assert titles == {"Version A", "Version B"}  # the kills landed between and during saves
    print(f"\n{RUNS} kills: {journals} left a journal (record write), {leftovers} a temp file (save)")


# Replaces a team plan's link with another, in turns, as sharing a copy anew does (the old
# link's objects deleted, the new one's written, one transaction), until it is killed.
RELINKER = textwrap.dedent(
    """
    import sys, time
    from datetime import UTC, datetime
    from pathlib import Path
    from planner.domain.sync_state import SyncedObject, SyncState
    from planner.resources import example_plan_path
    from planner.storage import load_any, save_synced
    from planner.storage.plan_objects import split_plan

    path = Path(sys.argv[1])
    plan = load_any(example_plan_path())
    objects = split_plan(plan)
    now = datetime.now(UTC)

    def state(server):
        url = f"https://{server}.example.org/planner/"
        return SyncState(url, "ana", objects={k: SyncedObject(f"{url}{i}.ics", server, v, "Ana", now)
                                              for i, (k, v) in enumerate(objects.items())})

    links = [state("old"), state("new")]
    save_synced(path, plan, None, None, links[0], None)
    n = 0
    started = time.perf_counter()
    while True:
        if n == 1:
            print(f"ready {time.perf_counter() - started}", flush=True)
        save_synced(path, plan, plan, None, links[(n + 1) % 2], links[n % 2])
        n += 1
    """
)


def test_a_link_replaced_killed_at_random_moments_leaves_one_link_whole(tmp_path):
    """`planner share --again` replaces a copy's link and every object of its base: killed at
    any moment, the file holds the old link or the new, whole, never a mix of the two."""
    path = tmp_path / "plan.planner"
    rng = random.Random(20251207)
    servers = set()
    for _ in range(max(RUNS // 2, 10)):
        _killed_at_random(RELINKER, path, rng)
        state = load_sync(path)
        assert state is not None
        server = state.url.split("//")[1].split(".")[0]
        assert {o.etag for o in state.objects.values()} == {server}  # every object of that link
        assert all(o.href.startswith(state.url) for o in state.objects.values())
        assert set(state.objects) == set(split_plan(load_document(path)[0]))  # all of them, none twice
        servers.add(server)
        path.unlink()
    assert servers == {"old", "new"}  # the kills landed on both sides of a replacement


def _killed_at_random(script: str, path: Path, rng: random.Random) -> None:
    """`script` run on `path` in a process of its own, which says "ready SECONDS" (one round of
    its writes), then killed anywhere in its next two rounds: tens of milliseconds each, longer
    on a busy machine."""
    with subprocess.Popen([sys.executable, "-c", script, str(path)], stdout=subprocess.PIPE, text=True) as process:
        assert process.stdout is not None
        ready, seconds = process.stdout.readline().split()
        assert ready == "ready"
        time.sleep(rng.uniform(0.0, 2 * float(seconds)))
        process.send_signal(signal.SIGKILL)
