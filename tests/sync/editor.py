"""One organizer as a separate process: random edits to a shared plan file, synced with the
server at random moments, conflicts settled at random. Run by tests/sync/test_two_processes.py:

    python -m tests.sync.editor PLAN SEED EDITS NAME   (the server password on stdin)
"""

from __future__ import annotations

import random
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from planner.domain import edits
from planner.domain.model import Person, PersonId, PersonKind, Plan, Shift, ShiftId
from planner.storage import load_document, load_sync, save_any
from planner.sync.documents import open_client, settle, sync
from planner.sync.engine import SyncReport


def random_edit(plan: Plan, rng: random.Random, tag: str) -> Plan:
    """One edit an organizer could make, picked at random (always a valid one)."""
    volunteers = [p.id for p in plan.volunteers]
    choice = rng.randrange(10)
    if choice <= 1 and plan.shifts:
        shift = rng.choice(plan.shifts)
        delta = timedelta(minutes=rng.choice((-30, -15, 15, 30)))
        return edits.retime_item(plan, shift.id, shift.start + delta, shift.end + delta)
    if choice == 2 and plan.shifts and volunteers:
        return edits.assign_person(plan, rng.choice(plan.shifts).id, rng.choice(volunteers))
    if choice == 3 and plan.shifts:
        shift = rng.choice(plan.shifts)
        return edits.unassign_person(plan, shift.id, shift.person_ids[0]) if shift.person_ids else plan
    if choice == 4 and plan.days:
        return edits.set_day_note(plan, rng.choice(plan.days).date, f"note {tag}")
    if choice == 5 and plan.people:
        person = rng.choice(plan.people)
        return edits.put_person(plan, replace(person, phone=f"+1 555 {rng.randrange(10_000):04d}"))
    if choice == 6 and plan.shifts and plan.roles and plan.locations:
        model = rng.choice(plan.shifts)
        new = Shift(ShiftId(f"shift-{tag}"), rng.choice(plan.roles).id, rng.choice(plan.locations).id,
                    model.start, model.end, notes=f"added {tag}")  # fmt: skip
        return edits.put_item(plan, new)
    if choice == 7 and len(plan.shifts) > 20:
        return edits.remove_items(plan, [rng.choice(plan.shifts).id])
    if choice == 8:
        return edits.put_person(plan, Person(PersonId(f"vol-{tag}"), f"Volunteer {tag}", PersonKind.VOLUNTEER))
    if choice == 9 and len(plan.volunteers) > 10:
        return edits.remove_person(plan, rng.choice(plan.volunteers).id)
    return plan


def main() -> int:
    path, seed, count, name = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    password = sys.stdin.readline().strip()
    rng = random.Random(seed)
    state = load_sync(path)
    assert state is not None
    client = open_client(state.url, state.user, password)
    received = sent = conflicts = 0
    for n in range(count):
        plan, records = load_document(path)
        save_any(random_edit(plan, rng, f"{name}-{n}"), path, records)
        if rng.random() < 0.2:
            report: SyncReport = sync(path, client, name, datetime.now(UTC))
            assert not report.offline, report.offline
            received, sent = received + len(report.received) + len(report.merged), sent + len(report.sent)
            conflicts += len(report.conflicts)
            for key in report.conflicts:
                settle(path, key, rng.choice(("mine", "theirs")))
    print(f"received {received} sent {sent} conflicts {conflicts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
