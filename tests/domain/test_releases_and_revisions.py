"""The change log between releases, and which changes raise a feed event's SEQUENCE."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

from planner.domain.releases import Change, ChangeKind, change_log, make_release
from planner.domain.revisions import revise

DAY1 = datetime(2025, 4, 1, 12, tzinfo=UTC)


def with_window(plan, index, **changes):
    """The plan with its index-th day's only window changed."""
    days = list(plan.days)
    days[index] = replace(days[index], windows=(replace(days[index].windows[0], **changes),))
    return replace(plan, days=tuple(days))


def test_the_change_log_names_each_kind_of_change_with_the_window_and_the_times(example_plan):
    first = make_release(example_plan, "First", DAY1)
    assert first.number == 1 and first.name == "First"
    changed = with_window(example_plan, 0, cancelled=True)  # Monday cancelled
    tue = changed.days[1].windows[0]
    changed = with_window(changed, 1, start=tue.start + timedelta(hours=1))  # Tuesday moved
    loc = changed.locations[0]
    moved_place = replace(changed, locations=(replace(loc, name="Kaiser Sunset"), *changed.locations[1:]))
    thu = moved_place.days[3].windows[0]
    turns = tuple(replace(t, person_ids=()) if t.window_id == thu.id else t for t in moved_place.turns)
    second = make_release(replace(moved_place, days=moved_place.days[:4], turns=turns), "", DAY1, [first])
    assert second.number == 2 and second.name == "Release 2"
    ids = [w.window_id for w in first.windows]
    assert change_log(first, second) == [
        Change(ChangeKind.CANCELLED, ids[0], "Cancelled: Mon 07 Apr 08:00–18:00"),
        Change(ChangeKind.MOVED, ids[1],
               "Moved: Tue 08 Apr 10:00–18:00 → Tue 08 Apr 11:00–18:00 at Kaiser Sunset, 4867 W. Sunset Boulevard, "
               "Los Angeles, CA 90027, USA"),
        Change(ChangeKind.MOVED, ids[2], "Moved: Wed 09 Apr 10:00–18:00 → Wed 09 Apr 10:00–18:00 at Kaiser Sunset, "
               "4867 W. Sunset Boulevard, Los Angeles, CA 90027, USA"),
        Change(ChangeKind.MOVED, ids[3], "Moved: Thu 10 Apr 10:00–18:00 → Thu 10 Apr 10:00–18:00 at Kaiser Sunset, "
               "4867 W. Sunset Boulevard, Los Angeles, CA 90027, USA"),
        Change(ChangeKind.REMOVED, ids[4], "Removed: Fri 11 Apr 08:00–18:00"),
    ]  # fmt: skip
    third = make_release(example_plan, "Back", DAY1, [first, second])
    log = change_log(second, third)
    assert log[0] == Change(ChangeKind.REINSTATED, ids[0], "Reinstated: Mon 07 Apr 08:00–18:00")
    assert log[-1] == Change(ChangeKind.ADDED, ids[4], "Added: Fri 11 Apr 08:00–18:00")
    restaffed = make_release(replace(example_plan, turns=turns), "", DAY1, [first])
    assert change_log(first, restaffed) == [Change(ChangeKind.RESTAFFED, ids[3], "Re-staffed: Thu 10 Apr 10:00–18:00")]
    assert change_log(None, first) == [
        Change(ChangeKind.ADDED, w.window_id, f"Added: {w.start:%a %d %b} {w.start:%H:%M}–{w.end:%H:%M}")
        for w in first.windows
    ]


def test_cancelling_a_window_raises_its_sequence_and_its_turns_but_not_the_shifts(example_plan):
    before = revise(example_plan, {}, DAY1)
    cancelled = with_window(example_plan, 0, cancelled=True)
    window = cancelled.days[0].windows[0]
    after = revise(cancelled, before, DAY1 + timedelta(days=1))
    raised = {item for item, r in after.items() if r.sequence == 1}
    assert raised == {window.id, *(t.id for t in cancelled.turns_in(window.id))}
    assert all(after[s.id] == before[s.id] for s in cancelled.shifts)
    again = revise(cancelled, after, DAY1 + timedelta(days=2))
    assert again == after  # nothing changed since: nothing rises, no new times


def test_revisions_are_stamped_in_utc_to_the_second(example_plan):
    la_time = datetime(2025, 4, 1, 5, 0, 7, 999_999, tzinfo=timezone(timedelta(hours=-7)))
    record = revise(example_plan, {}, la_time)
    stamps = {r.modified for r in record.values()}
    assert stamps == {datetime(2025, 4, 1, 12, 0, 7, tzinfo=UTC)}
    assert all(r.modified.tzinfo is UTC for r in record.values())
