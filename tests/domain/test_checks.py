"""The plan checks: each warning appears exactly when its rule is broken, and nothing raises."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from planner.domain.checks import LocalTimeIssue, WarningCode, check_plan, local_time_issue, span
from planner.domain.model import LocationId, PersonId, Plan, Turn, TurnId, Window, WindowId, split_window, utc

LA = ZoneInfo("America/Los_Angeles")
LOC = LocationId("l")


def codes(plan: Plan) -> list[WarningCode]:
    return [w.code for w in check_plan(plan)]


def window(day: str, start: str, end: str, wid: str = "w1") -> dict:
    return {"date": day, "windows": [{"id": wid, "start": f"{day}T{start}", "end": f"{day}T{end}", "location": "loc"}]}


def test_the_bundled_example_has_no_warnings(example_plan):
    assert check_plan(example_plan) == []


def test_a_fully_staffed_window_has_no_warnings(make_plan):
    plan = make_plan(
        days=[window("2025-04-07", "08:00", "10:00")],
        turns=[
            {"id": "t1", "window": "w1", "start": "2025-04-07T08:00", "end": "2025-04-07T09:00", "people": ["ana"]},
            {"id": "t2", "window": "w1", "start": "2025-04-07T09:00", "end": "2025-04-07T10:00", "people": ["ben"]},
        ],
    )
    assert check_plan(plan) == []


def test_end_not_after_start_is_reported_for_each_kind_of_item(make_plan):
    plan = make_plan(
        days=[window("2025-04-07", "10:00", "10:00")],
        shifts=[{"id": "s1", "role": "marshal", "location": "loc", "start": "2025-04-07T12:00",
                 "end": "2025-04-07T11:00", "people": ["vic"]}],
    )  # fmt: skip
    ends = [w for w in check_plan(plan) if w.code is WarningCode.END_NOT_AFTER_START]
    assert {w.item_id for w in ends} == {"w1", "s1"}
    assert all(str(w.day) == "2025-04-07" for w in ends)


def test_a_turn_outside_its_window_is_reported(make_plan):
    plan = make_plan(
        days=[window("2025-04-07", "10:00", "11:00")],
        turns=[{"id": "t1", "window": "w1", "start": "2025-04-07T09:30", "end": "2025-04-07T11:00", "people": ["ana"]}],
    )
    [warning] = [w for w in check_plan(plan) if w.code is WarningCode.TURN_OUTSIDE_WINDOW]
    assert warning.item_id == "t1"
    assert "09:30–11:00" in warning.message and "10:00–11:00" in warning.message


def test_uncovered_parts_of_a_window_are_named_by_time(make_plan):
    plan = make_plan(
        days=[window("2025-04-07", "10:00", "14:00")],
        turns=[
            {"id": "t1", "window": "w1", "start": "2025-04-07T10:00", "end": "2025-04-07T11:00", "people": ["ana"]},
            {"id": "t2", "window": "w1", "start": "2025-04-07T11:00", "end": "2025-04-07T12:00", "people": []},
            {"id": "t3", "window": "w1", "start": "2025-04-07T13:00", "end": "2025-04-07T14:00", "people": ["ben"]},
        ],
    )
    gaps = [w.message for w in check_plan(plan) if w.code is WarningCode.WINDOW_UNCOVERED]
    assert len(gaps) == 1
    assert gaps[0].endswith("has no spokesperson 11:00–13:00")


def test_a_window_with_no_turns_is_uncovered_from_start_to_end(make_plan):
    plan = make_plan(days=[window("2025-04-07", "10:00", "18:00")])
    [warning] = check_plan(plan)
    assert warning.code is WarningCode.WINDOW_UNCOVERED and "10:00–18:00" in warning.message


def test_double_booking_across_a_turn_and_a_shift_but_not_back_to_back(make_plan):
    plan = make_plan(
        days=[window("2025-04-07", "10:00", "12:00")],
        people=[{"id": "ana", "name": "Ana", "kind": "spokesperson"}],
        turns=[
            {"id": "t1", "window": "w1", "start": "2025-04-07T10:00", "end": "2025-04-07T11:00", "people": ["ana"]},
            {"id": "t2", "window": "w1", "start": "2025-04-07T11:00", "end": "2025-04-07T12:00", "people": ["ana"]},
        ],
        shifts=[{"id": "s1", "role": "marshal", "location": "loc", "start": "2025-04-07T11:30",
                 "end": "2025-04-07T12:30", "people": ["ana"]}],
    )  # fmt: skip
    [warning] = [w for w in check_plan(plan) if w.code is WarningCode.DOUBLE_BOOKED]
    assert warning.item_id == "s1"
    assert warning.message == "Ana is double-booked: Safety marshal shift 11:30–12:30 overlaps turn 11:00–12:00"


def test_a_shift_under_headcount(make_plan):
    plan = make_plan(
        shifts=[{"id": "s1", "role": "marshal", "location": "loc", "start": "2025-04-07T11:00",
                 "end": "2025-04-07T12:00", "needed": 3, "people": ["vic"]}],
    )  # fmt: skip
    [warning] = check_plan(plan)
    assert warning.code is WarningCode.SHIFT_UNDERSTAFFED
    assert warning.message == "Safety marshal shift 11:00–12:00 has 1 of 3 people"


def test_in_a_plan_of_several_sites_each_warning_names_its_site(make_plan):
    """A campaign's ten sites each have a window at the same hours: "media window 10:00–14:00
    has no spokesperson" ten times a day says nothing of where. A plan of one site reads as
    before (the tests above)."""
    gate = lambda loc, name: {"id": loc, "name": name, "address": "1 Main St"}  # noqa: E731
    day = "2025-04-07"
    plan = make_plan(
        locations=[gate("a", "Gate A"), gate("b", "Gate B")],
        days=[{"date": day, "windows": [
            {"id": "wa", "start": f"{day}T10:00", "end": f"{day}T12:00", "location": "a"},
            {"id": "wb", "start": f"{day}T10:00", "end": f"{day}T12:00", "location": "b"},
        ]}],
        turns=[
            {"id": "ta", "window": "wa", "start": f"{day}T10:00", "end": f"{day}T12:00", "people": ["ana"]},
            {"id": "tb", "window": "wb", "start": f"{day}T10:00", "end": f"{day}T11:00", "people": ["ana"]},
        ],
        shifts=[{"id": "s1", "role": "marshal", "location": "b", "start": f"{day}T11:00", "end": f"{day}T12:00",
                 "needed": 2, "people": ["vic"]}],
    )  # fmt: skip
    assert sorted(w.message for w in check_plan(plan)) == [
        "Ana is double-booked: turn 10:00–12:00 at Gate A overlaps turn 10:00–11:00 at Gate B",
        "Safety marshal shift 11:00–12:00 at Gate B has 1 of 2 people",
        "media window 10:00–12:00 at Gate B has no spokesperson 11:00–12:00",
    ]


def test_a_window_in_the_spring_forward_gap_is_flagged(make_plan):
    # 2025-03-09 02:00 does not happen in Los Angeles: clocks jump from 02:00 to 03:00.
    plan = make_plan(days=[window("2025-03-09", "02:30", "05:00")])
    [gap] = [w for w in check_plan(plan) if w.code is WarningCode.NONEXISTENT_TIME]
    assert gap.item_id == "w1"
    assert "02:30 does not exist in America/Los_Angeles" in gap.message


def test_a_time_in_the_fall_back_overlap_is_flagged_as_ambiguous(make_plan):
    plan = make_plan(days=[window("2025-11-02", "00:00", "01:30")], timezone="America/Los_Angeles")
    [ambiguous] = [w for w in check_plan(plan) if w.code is WarningCode.AMBIGUOUS_TIME]
    assert "01:30 happens twice" in ambiguous.message


@pytest.mark.parametrize(
    ("wall", "expected"),
    [
        (datetime(2025, 3, 30, 2, 30), LocalTimeIssue.NONEXISTENT),
        (datetime(2025, 10, 26, 2, 30), LocalTimeIssue.AMBIGUOUS),
        (datetime(2025, 10, 26, 3, 30), None),
        (datetime(2025, 7, 1, 12, 0), None),
    ],
)
def test_local_time_issue_in_berlin(wall, expected):
    assert local_time_issue(wall.replace(tzinfo=ZoneInfo("Europe/Berlin"))) is expected


def test_checks_report_dangling_references_instead_of_raising(example_plan):
    broken = replace(
        example_plan,
        turns=(*example_plan.turns, Turn(TurnId("ghost"), WindowId("nowhere"), example_plan.turns[0].start,
                                         example_plan.turns[0].end, (PersonId("nobody"),))),
    )  # fmt: skip
    unknown = [w for w in check_plan(broken) if w.code is WarningCode.UNKNOWN_REFERENCE]
    assert {w.message for w in unknown} == {
        "turn refers to unknown window 'nowhere'",
        "turn is assigned to unknown person 'nobody'",
    }


def test_warnings_are_ordered_by_day(make_plan):
    plan = make_plan(days=[window("2025-04-09", "10:00", "11:00", "w9"), window("2025-04-07", "10:00", "11:00", "w7")])
    assert [w.item_id for w in check_plan(plan)] == ["w7", "w9"]


def test_split_window_counts_elapsed_time_across_a_dst_change():
    night = Window(
        WindowId("w"), datetime(2025, 3, 9, 0, tzinfo=LA), datetime(2025, 3, 9, 4, tzinfo=LA), LocationId("l")
    )
    turns = split_window(night, 60)
    # 00:00–04:00 on spring-forward night is three real hours.
    assert [t[0].strftime("%H:%M") for t in turns] == ["00:00", "01:00", "03:00"]
    assert all(utc(end) - utc(start) == timedelta(hours=1) for start, end in turns)


def test_split_window_leaves_a_shorter_last_turn():
    w = Window(
        WindowId("w"), datetime(2025, 4, 7, 10, tzinfo=LA), datetime(2025, 4, 7, 11, 30, tzinfo=LA), LocationId("l")
    )
    assert [(s.strftime("%H:%M"), e.strftime("%H:%M")) for s, e in split_window(w, 45)] == [
        ("10:00", "10:45"),
        ("10:45", "11:30"),
    ]
    assert [(s.minute, e.minute) for s, e in split_window(w, 60)] == [(0, 0), (0, 30)]


def test_health_limits_are_checked_for_hand_made_rotations(make_plan):
    striker = {"id": "ana", "name": "Ana", "kind": "spokesperson", "speaker_role": "striker"}
    days = ["2025-04-07", "2025-04-08", "2025-04-09", "2025-04-10"]
    plan = make_plan(
        people=[striker],
        days=[{"date": d, "windows": [{"id": f"w{d[-2:]}", "start": f"{d}T08:00", "end": f"{d}T18:00",
                                       "location": "loc"}]} for d in days],
        turns=[{"id": f"t{d[-2:]}{h}", "window": f"w{d[-2:]}", "start": f"{d}T{h:02d}:00",
                "end": f"{d}T{h + 1:02d}:00", "people": ["ana"]}
               for d in days for h in ((8, 9, 11, 14, 15) if d == days[0] else (8,))],
    )  # fmt: skip
    messages = [w.message for w in check_plan(plan) if w.code is WarningCode.OVER_HEALTH_LIMIT]
    assert messages == [
        "Ana (striker) is on camera 5 h; at most 3 h a day",
        "Ana (striker) has more than 1 turn in a row (until 10:00)",
        "Ana (striker) rests 60 min before the turn 11:00–12:00; needs 120 min",
        "Ana (striker) has more than 1 turn in a row (until 16:00)",
        "Ana (striker) is on duty more than 3 days in a row",
    ]


def test_every_broken_reference_is_a_warning_naming_the_item_its_day_and_the_missing_id(make_plan):
    from planner.domain.model import LocationId, RoleId

    plan = make_plan(
        days=[window("2025-04-07", "10:00", "12:00")],
        turns=[{"id": "t1", "window": "w1", "start": "2025-04-07T10:00", "end": "2025-04-07T11:00"}],
        shifts=[{"id": "s1", "role": "marshal", "location": "loc", "start": "2025-04-08T09:00",
                 "end": "2025-04-08T10:00"}],
    )  # fmt: skip
    day = plan.days[0]
    broken = replace(
        plan,
        days=(replace(day, windows=(replace(day.windows[0], location_id=LocationId("nowhere")),)),),
        turns=(replace(plan.turns[0], window_id=WindowId("w-gone"), person_ids=(PersonId("ghost"),)),),
        shifts=(replace(plan.shifts[0], role_id=RoleId("r-gone"), location_id=LocationId("l-gone"),
                        person_ids=(PersonId("spook"),)),),
    )  # fmt: skip
    found = [(w.day.isoformat(), w.item_id, w.message) for w in check_plan(broken)
             if w.code is WarningCode.UNKNOWN_REFERENCE]  # fmt: skip
    assert found == [
        ("2025-04-07", "w1", "media window refers to unknown location 'nowhere'"),
        ("2025-04-07", "t1", "turn refers to unknown window 'w-gone'"),
        ("2025-04-07", "t1", "turn is assigned to unknown person 'ghost'"),
        ("2025-04-08", "s1", "shift refers to unknown role 'r-gone'"),
        ("2025-04-08", "s1", "shift refers to unknown location 'l-gone'"),
        ("2025-04-08", "s1", "shift is assigned to unknown person 'spook'"),
    ]


def test_times_the_clocks_skip_or_repeat_are_said_with_the_item_the_end_and_the_day(make_plan):
    plan = make_plan(days=[window("2025-03-09", "01:00", "02:30"), window("2025-11-02", "00:00", "01:30", "w2")])
    found = [(w.code, w.day.isoformat(), w.item_id, w.message) for w in check_plan(plan)
             if w.code in (WarningCode.NONEXISTENT_TIME, WarningCode.AMBIGUOUS_TIME)]  # fmt: skip
    assert found == [
        (WarningCode.NONEXISTENT_TIME, "2025-03-09", "w1", "media window 01:00–02:30: the end 02:30 does "
         "not exist in America/Los_Angeles that day (clocks spring forward)"),
        (WarningCode.AMBIGUOUS_TIME, "2025-11-02", "w2", "media window 00:00–01:30: the end 01:30 happens "
         "twice in America/Los_Angeles that day (clocks fall back); the first one is used"),
    ]  # fmt: skip


def test_a_warning_without_a_day_reads_with_a_dash():
    from planner.domain.checks import PlanWarning
    from planner.words import Text

    assert str(PlanWarning(WarningCode.UNKNOWN_REFERENCE, None, "x", Text("gone"))).startswith("- ")


def test_the_repeated_hour_of_a_fall_back_day_is_two_instants_however_often_asked():
    """utc() keeps its answers; equal wall times with another fold must not share one."""
    zone = ZoneInfo("America/Los_Angeles")
    first = datetime(2025, 11, 2, 1, 30, tzinfo=zone)
    second = first.replace(fold=1)
    for _ in range(2):
        assert utc(first) == datetime(2025, 11, 2, 8, 30, tzinfo=UTC)
        assert utc(second) == datetime(2025, 11, 2, 9, 30, tzinfo=UTC)


def test_a_check_asked_to_stop_stops_in_every_rule_and_otherwise_finds_the_same(example_plan):
    """The app checks a campaign in a worker thread and stops a check of a plan edited since
    (check_plan's `stop`): asked at every few hundred items of every rule, it ends there."""
    from planner.domain.checks import CheckStopped

    someone = example_plan.spokespeople[0].id  # on camera all morning: a health limit broken
    turns = [replace(t, person_ids=(someone,)) for t in example_plan.turns[:12]]
    plan = replace(example_plan, turns=(*turns, *example_plan.turns[12:]))
    found = check_plan(plan)
    assert WarningCode.OVER_HEALTH_LIMIT in {w.code for w in found}
    asked = iter(range(1_000))
    assert check_plan(plan, stop=lambda: next(asked) < 0) == found  # asked, never stopping: the same
    times = next(asked)
    assert times >= 7  # each rule asks at least once
    for point in range(times):  # told to stop at any of those points, it stops
        calls = iter(range(times))
        with pytest.raises(CheckStopped):
            check_plan(plan, stop=lambda calls=calls, point=point: next(calls) == point)


def test_a_span_is_written_in_24_hour_clock_to_the_minute():
    day = datetime(2025, 4, 7)
    assert span(day, day.replace(hour=23, minute=59)) == "00:00–23:59"
    assert span(day.replace(hour=9, minute=5), day.replace(hour=13, minute=30)) == "09:05–13:30"
