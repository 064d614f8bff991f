"""Edits made on the grid and in the editors, as pure functions over the plan."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain.checks import check_plan
from planner.domain.edits import (
    EditError,
    assign_person,
    copy_day,
    find_item,
    move_item,
    put_item,
    remove_items,
    retime_item,
    unassign_person,
)
from planner.domain.model import PersonId, WindowId

TURN = "turn-2025-04-07-0900"
SHIFT = "shift-2025-04-07-setup-0700"


def at(plan, day, hour, minute=0):
    return datetime(2025, 4, day, hour, minute, tzinfo=plan.zone)


def test_moving_a_turn_keeps_its_length_and_joins_the_window_it_lands_in(example_plan):
    moved = move_item(example_plan, TURN, at(example_plan, 8, 11, 15))
    turn = find_item(moved, TURN)
    assert (turn.start, turn.end) == (at(example_plan, 8, 11, 15), at(example_plan, 8, 12, 15))
    assert turn.window_id == "win-2025-04-08" and turn.person_ids == ("sp-ana-morales",)
    assert len(moved.turns) == len(example_plan.turns)


def test_resizing_needs_the_end_after_the_start(example_plan):
    longer = retime_item(example_plan, SHIFT, at(example_plan, 7, 6, 30), at(example_plan, 7, 8, 15))
    assert find_item(longer, SHIFT).end == at(example_plan, 7, 8, 15)
    with pytest.raises(EditError, match=r"the shift Mon 07 Apr 07:00: the end \(06:00\) must be after"):
        retime_item(example_plan, SHIFT, at(example_plan, 7, 7), at(example_plan, 7, 6))


def test_a_time_the_clocks_skip_is_refused_with_what_and_where(make_plan):
    plan = make_plan(
        days=[{"date": "2025-03-09", "windows": []}],
        roles=[{"id": "r", "name": "Marshal"}],
        shifts=[{"id": "s", "role": "r", "location": "loc", "start": "2025-03-09T01:00", "end": "2025-03-09T04:00"}],
    )
    with pytest.raises(EditError, match=r"the start \(Sun 09 Mar 02:30\) does not exist in America/Los_Angeles"):
        move_item(plan, "s", datetime(2025, 3, 9, 2, 30, tzinfo=plan.zone))


def test_assigning_checks_the_kind_of_person_and_is_idempotent(example_plan):
    plan = assign_person(example_plan, SHIFT, PersonId("vol-jamal-carter"))
    assert find_item(plan, SHIFT).person_ids == ("vol-luis-hernandez", "vol-grace-kim", "vol-jamal-carter")
    assert assign_person(plan, SHIFT, PersonId("vol-jamal-carter")) is plan
    with pytest.raises(EditError, match="Jamal Carter is a volunteer; only a spokesperson can take the turn"):
        assign_person(example_plan, TURN, PersonId("vol-jamal-carter"))
    assert unassign_person(plan, SHIFT, PersonId("vol-jamal-carter")) == example_plan


def test_removing_names_an_unknown_id(example_plan):
    plan = remove_items(example_plan, [TURN, SHIFT])
    assert len(plan.turns) == len(example_plan.turns) - 1 and len(plan.shifts) == len(example_plan.shifts) - 1
    with pytest.raises(EditError, match="No turn or shift has the id 'nope'"):
        remove_items(example_plan, ["nope"])


def test_an_edited_item_replaces_its_namesake(example_plan):
    turn = find_item(example_plan, TURN)
    plan = put_item(example_plan, replace(turn, pinned=True))
    assert find_item(plan, TURN).pinned and len(plan.turns) == len(example_plan.turns)


def test_copying_a_day_repeats_its_windows_turns_and_shifts_at_the_same_wall_times(example_plan):
    monday = date(2025, 4, 7)
    plan = copy_day(example_plan, monday, [date(2025, 4, 14), date(2025, 4, 15)])
    for target in (date(2025, 4, 14), date(2025, 4, 15)):
        day = next(d for d in plan.days if d.date == target)
        assert [(w.start.time(), w.end.time()) for w in day.windows] == [
            (w.start.time(), w.end.time()) for d in example_plan.days if d.date == monday for w in d.windows
        ]
        turns = plan.turns_in(day.windows[0].id)
        assert len(turns) == len(example_plan.turns_in("win-2025-04-07"))
        assert turns[0].person_ids == example_plan.turns_in("win-2025-04-07")[0].person_ids
        assert sum(1 for s in plan.shifts if s.start.date() == target) == sum(
            1 for s in example_plan.shifts if s.start.date() == monday
        )
    ids = [t.id for t in plan.turns] + [s.id for s in plan.shifts] + [w.id for w in plan.windows()]
    assert len(ids) == len(set(ids))
    assert not [w for w in check_plan(plan) if w.code.value in ("turn-outside-window", "unknown-reference")]


def test_copying_a_day_onto_a_spring_forward_day_names_the_missing_time(make_plan):
    plan = make_plan(
        days=[{"date": "2025-03-08", "windows": []}],
        roles=[{"id": "r", "name": "Marshal"}],
        shifts=[{"id": "s", "role": "r", "location": "loc", "start": "2025-03-08T02:15", "end": "2025-03-08T05:00"}],
    )
    with pytest.raises(EditError, match=r"The shift 02:15 copied to Sun 09 Mar.*does not exist"):
        copy_day(plan, date(2025, 3, 8), [date(2025, 3, 8) + timedelta(days=1)])


def test_a_role_or_place_in_use_is_refused_and_an_unused_one_goes(make_plan):
    from planner.domain.edits import remove_location, remove_role
    from planner.domain.model import LocationId, RoleId

    plan = make_plan(
        roles=[{"id": "marshal", "name": "Safety marshal"}, {"id": "medic", "name": "Medic"}],
        shifts=[{"id": "s", "role": "marshal", "location": "loc", "start": "2025-04-07T09:00",
                 "end": "2025-04-07T12:00"}],
    )  # fmt: skip
    with pytest.raises(EditError, match="Safety marshal still has 1 shifts"):
        remove_role(plan, RoleId("marshal"))
    assert [r.id for r in remove_role(plan, RoleId("medic")).roles] == ["marshal"]
    with pytest.raises(EditError, match="Site still has 0 media windows and 1 shifts"):
        remove_location(plan, LocationId("loc"))
    with pytest.raises(EditError, match="No location has the id 'nowhere'"):
        remove_location(plan, LocationId("nowhere"))


def test_the_turns_of_a_repeated_hour_get_ids_of_their_own(make_plan, tmp_path):
    """Fall-back night in Los Angeles: 01:00–02:00 happens twice; half-hour turns over it."""
    from planner.domain.edits import split_into_turns
    from planner.storage.document import load_plan, save_plan

    plan = make_plan(
        plan={"id": "p1", "title": "Night vigil", "timezone": "America/Los_Angeles", "turn_minutes": 30},
        days=[{"date": "2026-11-01", "windows": [
            {"id": "w", "start": "2026-11-01T00:00", "end": "2026-11-01T03:00", "location": "loc"}]}],
    )  # fmt: skip
    plan = split_into_turns(plan, WindowId("w"))
    ids = [t.id for t in plan.turns]
    assert len(ids) == 8 == len(set(ids))  # four hours of elapsed time, two of them at 01:xx
    assert "turn-w-0130" in ids and "turn-w-0130-2" in ids
    save_plan(plan, tmp_path / "vigil.planner")  # no UNIQUE failure
    assert [t.id for t in load_plan(tmp_path / "vigil.planner").turns] == ids


@given(data=st.data())
@settings(max_examples=200, deadline=None)
def test_what_left_and_what_came_is_found_by_id_and_identity_whatever_the_edit(data):
    """changed_records, which the grid redraws by, against the plain reading of its rule:
    records of an id not in the other version, or there as another object."""
    from planner.domain.model import Shift, changed_records

    start = datetime(2025, 4, 7, 8, tzinfo=UTC)
    records = [Shift(f"s{i}", "role", "loc", start, start + timedelta(hours=1)) for i in range(12)]
    old = tuple(data.draw(st.lists(st.sampled_from(records), unique=True, max_size=10)))
    edit = data.draw(st.sampled_from(["delete", "insert", "replace", "shuffle", "same", "two places"]))
    new = list(old)
    at = data.draw(st.integers(0, len(new)))
    if edit == "delete":
        del new[at : at + data.draw(st.integers(0, 3))]
    elif edit == "insert":
        fresh = [r for r in records if r not in old]
        new[at:at] = data.draw(st.lists(st.sampled_from(fresh), unique=True, max_size=3)) if fresh else []
    elif edit == "replace" and new:
        spot = at % len(new)
        new[spot] = replace(new[spot], needed=2)
    elif edit == "shuffle":
        new = data.draw(st.permutations(new))
    elif edit == "two places" and len(new) > 2:  # one taken out here, another changed or taken out there
        spot = data.draw(st.integers(0, len(new) - 1))
        new[spot] = replace(new[spot], needed=3)
        del new[(spot + data.draw(st.integers(1, len(new) - 1))) % len(new)]
    before, after = {r.id: r for r in old}, {r.id: r for r in new}
    gone, came = changed_records(old, tuple(new) if edit != "same" else old)
    assert gone == [r for k, r in before.items() if after.get(k) is not r]
    assert came == [r for k, r in after.items() if before.get(k) is not r]
