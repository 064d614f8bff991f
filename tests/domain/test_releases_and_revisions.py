"""The change log between releases, and which changes raise a feed event's SEQUENCE."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

from planner.domain.releases import Change, ChangeKind, change_log, make_release
from planner.domain.revisions import revise

DAY1 = datetime(2025, 4, 1, 12, tzinfo=UTC)
DAY = DAY1


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
    assert second.number == 2 and second.name == "2025-04-01 05:00"  # unnamed: when, in the plan's zone
    ids = [w.window_id for w in first.windows]
    assert _said(change_log(first, second)) == [
        (ChangeKind.CANCELLED, ids[0], "Cancelled: Mon 07 Apr 08:00–18:00"),
        (ChangeKind.MOVED, ids[1],
               "Moved: Tue 08 Apr 10:00–18:00 → Tue 08 Apr 11:00–18:00 at Kaiser Sunset, 4867 W. Sunset Boulevard, "
               "Los Angeles, CA 90027, USA"),
        (ChangeKind.MOVED, ids[2], "Moved: Wed 09 Apr 10:00–18:00 → Wed 09 Apr 10:00–18:00 at Kaiser Sunset, "
               "4867 W. Sunset Boulevard, Los Angeles, CA 90027, USA"),
        (ChangeKind.MOVED, ids[3], "Moved: Thu 10 Apr 10:00–18:00 → Thu 10 Apr 10:00–18:00 at Kaiser Sunset, "
               "4867 W. Sunset Boulevard, Los Angeles, CA 90027, USA"),
        (ChangeKind.REMOVED, ids[4], "Removed: Fri 11 Apr 08:00–18:00"),
    ]  # fmt: skip
    third = make_release(example_plan, "Back", DAY1, [first, second])
    log = _said(change_log(second, third))
    assert log[0] == (ChangeKind.REINSTATED, ids[0], "Reinstated: Mon 07 Apr 08:00–18:00")
    assert log[-1] == (ChangeKind.ADDED, ids[4], "Added: Fri 11 Apr 08:00–18:00")
    restaffed = make_release(replace(example_plan, turns=turns), "", DAY1, [first])
    assert _said(change_log(first, restaffed)) == [(ChangeKind.RESTAFFED, ids[3], "Re-staffed: Thu 10 Apr 10:00–18:00")]
    assert _said(change_log(None, first)) == [
        (ChangeKind.ADDED, w.window_id, f"Added: {w.start:%a %d %b} {w.start:%H:%M}–{w.end:%H:%M}")
        for w in first.windows
    ]


def test_a_release_is_named_on_one_line_and_unnamed_by_when_it_was_made(example_plan):
    """`planner release --name` takes what the shell gives it, line breaks too: kept on one line."""
    typed = "  Monday\nBcc: x@evil.org\r\n update "
    assert make_release(example_plan, typed, DAY1).name == "Monday Bcc: x@evil.org update"
    assert make_release(example_plan, " \n ", DAY1).name == "2025-04-01 05:00"  # (12:00 UTC, in Los Angeles)
    # Of a name's length, without controls: a name of thousands of characters went whole into
    # every list and line that shows the releases.
    assert make_release(example_plan, "Día 1\x07 " + "x" * 5000, DAY1).name == "Día 1 " + "x" * 94


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


def test_a_release_freezes_each_window_exactly_as_journalists_are_told(make_plan):
    from planner.domain.releases import ReleasedWindow
    from planner.domain.revisions import significance

    plan = make_plan(
        locations=[{"id": "loc", "name": "Kaiser LA", "address": "4867 W Sunset Blvd", "notes": "By the canopy",
                    "latitude": 34.098, "longitude": -118.294}],
        people=[{"id": "ana", "name": "Ana", "kind": "spokesperson", "title": "Therapist"},
                {"id": "ben", "name": "Ben", "kind": "spokesperson"}],
        days=[{"date": "2025-04-07", "windows": [
            {"id": "w1", "start": "2025-04-07T10:00", "end": "2025-04-07T12:00", "location": "loc"},
            {"id": "w0", "start": "2025-04-07T08:00", "end": "2025-04-07T09:00", "location": "loc",
             "cancelled": True}]}],
        turns=[{"id": "t1", "window": "w1", "start": "2025-04-07T10:00", "end": "2025-04-07T11:00",
                "people": ["ana", "ben"]},
               {"id": "t2", "window": "w1", "start": "2025-04-07T11:00", "end": "2025-04-07T12:00"}],
    )  # fmt: skip
    made = make_release(plan, "  ", datetime(2025, 4, 1, 5, 30, 15, 999, tzinfo=timezone(timedelta(hours=-7))),
                        [make_release(plan, "a", DAY), replace(make_release(plan, "b", DAY), number=3)])  # fmt: skip
    assert (made.number, made.name, made.created) == (
        4,
        "2025-04-01 05:30",
        datetime(2025, 4, 1, 12, 30, 15, tzinfo=UTC),
    )
    assert (made.plan_id, made.title, made.timezone) == (plan.id, plan.title, plan.timezone)
    assert made.press_contact == plan.press_contact and made.journalists == plan.journalists
    w0, w1 = plan.days[0].windows[1], plan.days[0].windows[0]
    place = "Kaiser LA, 4867 W Sunset Blvd"
    assert made.windows == (
        ReleasedWindow("w0", w0.start, w0.end, place, "By the canopy", 34.098, -118.294, (), True),
        ReleasedWindow("w1", w1.start, w1.end, place, "By the canopy", 34.098, -118.294,
                       ("10:00–11:00  Ana — Therapist; Ben", "11:00–12:00  to be announced"), False),
    )  # fmt: skip
    assert made.windows[1].significant == significance(w1.start, w1.end, place, 34.098, -118.294, False)
    nowhere = replace(plan, locations=())
    [_, bare] = make_release(nowhere, "x", DAY).windows
    assert (bare.place, bare.notes, bare.latitude, bare.longitude) == ("", "", None, None)


def test_the_address_and_the_pin_are_significant_the_notes_are_not(make_plan):
    plan = make_plan(
        locations=[{"id": "loc", "name": "Site", "address": "1 Main St", "notes": "x", "latitude": 1.0,
                    "longitude": 2.0}],
        days=[{"date": "2025-04-07", "windows": [
            {"id": "w1", "start": "2025-04-07T10:00", "end": "2025-04-07T12:00", "location": "loc"}]}],
    )  # fmt: skip
    first = revise(plan, {}, DAY)
    loc = plan.locations[0]
    for changed, raised in (
        (replace(loc, notes="y"), False),
        (replace(loc, address="2 Main St"), True),
        (replace(loc, name="Other site"), True),
        (replace(loc, latitude=1.5), True),
        (replace(loc, longitude=2.5), True),
    ):
        again = revise(replace(plan, locations=(changed,)), first, DAY + timedelta(hours=1))
        assert again["w1"].sequence == (1 if raised else 0), changed
    gone = revise(replace(plan, locations=()), first, DAY + timedelta(hours=1))
    assert gone["w1"].sequence == 1  # its place is gone: journalists must hear of it
    assert revise(replace(plan, locations=()), gone, DAY + timedelta(hours=2))["w1"].sequence == 1


def test_a_window_moved_in_time_only_does_not_repeat_its_place(example_plan):
    first = make_release(example_plan, "First", DAY1)
    tue = example_plan.days[1].windows[0]
    later = with_window(example_plan, 1, start=tue.start + timedelta(hours=1))
    [change] = change_log(first, make_release(later, "Second", DAY1, [first]))
    assert str(change.text) == "Moved: Tue 08 Apr 10:00–18:00 → Tue 08 Apr 11:00–18:00"


def _said(log: list[Change]) -> list[tuple[ChangeKind, str, str]]:
    """Each change with its text as the English says it."""
    return [(c.kind, c.window_id, str(c.text)) for c in log]


def test_revising_a_plan_asks_its_pause_as_it_goes_so_an_export_in_a_worker_can_wait(example_plan, monkeypatch):
    """The first thing an export does, 0.2 s of a campaign's 31,800 events: the window's edits
    must be able to make it wait there too (ui/document.py's hold), not only once it writes."""
    from planner.domain import revisions

    events = len(list(example_plan.windows())) + len(example_plan.turns) + len(example_plan.shifts)
    fingerprinted: list[str] = []
    real = revisions.event_fingerprints

    def counted(plan, *more):
        for item in real(plan, *more):
            fingerprinted.append(item[0])
            yield item

    monkeypatch.setattr(revisions, "event_fingerprints", counted)
    monkeypatch.setattr(revisions, "EVENTS_PER_PAUSE", 10)
    paused: list[int] = []
    record = revise(example_plan, {}, DAY1, pause=lambda: paused.append(len(fingerprinted)))
    assert len(record) == events > 30
    assert paused == list(range(1, events + 1, 10))  # at the first event and every 10th after
