"""A plan as objects and back, and the team-plan sync state kept in the file with its plan."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from planner.domain.edits import set_day_note
from planner.domain.sync_state import Conflict, SyncedObject, SyncState
from planner.storage import PlanFormatError, load_document, load_sync, save_any, save_synced
from planner.storage.plan_objects import PLAN_KEY, join_plan, join_records, split_plan, split_records

AT = datetime(2025, 4, 1, 12, tzinfo=UTC)


def test_a_plan_split_into_objects_joins_back_to_the_same_plan(example_plan):
    objects = split_plan(example_plan)
    assert PLAN_KEY in objects
    assert {k.split(":")[0] for k in objects} >= {"plan", "location", "day", "window", "person", "role", "turn",
                                                  "shift", "journalist"}  # fmt: skip
    assert join_plan(objects, "test", like=example_plan) == example_plan  # order kept like the local plan
    assert split_plan(join_plan(objects, "test")) == objects  # without it: the same records


def test_one_edit_changes_one_object(example_plan):
    before = split_plan(example_plan)
    day = example_plan.days[2].date
    after = split_plan(set_day_note(example_plan, day, "Vigil at 19:00"))
    assert [k for k in after if after[k] != before.get(k)] == [f"day:{day.isoformat()}"]


def test_the_plans_language_is_the_plan_objects_alone_and_reaches_a_teammate(example_plan):
    """A team plan: the calendars' language set by one organizer changes the plan object
    alone, and the plan joined from the objects on the server has it."""
    before, spanish = split_plan(example_plan), replace(example_plan, language="es")
    after = split_plan(spanish)
    assert [k for k in after if after[k] != before.get(k)] == [PLAN_KEY]
    assert join_plan(after, "server", like=example_plan).language == "es"


def test_shared_records_split_and_join(example_plan, tmp_path):
    from planner.domain.records import Records
    from planner.domain.revisions import Revision

    records = Records(revisions={"shift-1": Revision(3, "abc", AT)})
    objects = split_records(records)
    assert list(objects) == ["revision:shift-1"]
    assert join_records(objects, "test").revisions == records.revisions


def test_a_damaged_object_is_named_in_the_error(example_plan):
    objects = split_plan(example_plan)
    key = next(k for k in objects if k.startswith("turn:"))
    with pytest.raises(PlanFormatError, match=key):
        join_plan({**objects, key: "{not json"}, "server")
    objects[key] = objects[key].replace('"start":"2025-04-07T', '"start":"2025-13-07T')
    with pytest.raises(PlanFormatError, match=r"server: turns\[\d+\]\.start"):
        join_plan(objects, "server")


def _state() -> SyncState:
    return SyncState(
        "http://127.0.0.1:5232/organizer/planner-x/",
        "organizer",
        "token-1",
        {"plan": SyncedObject("http://127.0.0.1:5232/organizer/planner-x/plan.ics", '"e1"', "{}", "Ana", AT)},
        {"person:p": Conflict("", '"e2"', ("*",), "Ben", AT)},
        AT,
    )


def test_the_sync_state_is_stored_with_the_plan_and_survives_an_ordinary_save(example_plan, tmp_path):
    path = tmp_path / "team.planner"
    plan = example_plan
    save_any(plan, path)
    state = _state()
    save_synced(path, plan, plan, load_document(path)[1], state, None)
    assert load_sync(path) == state
    edited = set_day_note(plan, plan.days[0].date, "Press at 9")
    save_any(edited, path)  # a whole-file save of the same plan keeps the link
    assert load_sync(path) == state
    later = replace(state, token="token-2", conflicts={}, who="Ana Morales")  # (the name it syncs as)
    save_synced(path, set_day_note(edited, plan.days[1].date, "x"), edited, load_document(path)[1], later, state)
    assert load_sync(path) == later
    assert load_document(path)[0].days[1].note == "x"


def test_another_plan_saved_over_a_shared_one_is_not_linked(example_plan, make_plan, tmp_path):
    path = tmp_path / "team.planner"
    save_any(example_plan, path)
    save_synced(path, example_plan, example_plan, load_document(path)[1], _state(), None)
    other = make_plan()
    save_any(other, path)
    assert load_sync(path) is None


def test_a_few_changed_objects_are_read_into_the_local_plan_alone(example_plan):
    """What a sync of a few edits does: the changed records read and put in place; the same
    plan as reading every object again."""
    from planner.domain.edits import put_window, remove_items, remove_person, retime_item

    plan = example_plan
    shift, window = plan.shifts[4], next(plan.windows())
    edited = retime_item(plan, shift.id, shift.start, shift.end + timedelta(minutes=30))
    edited = set_day_note(edited, plan.days[3].date, "Candlelight vigil")
    edited = put_window(edited, replace(window, end=window.end - timedelta(hours=1)))
    edited = remove_items(edited, [plan.shifts[7].id])
    edited = remove_person(edited, plan.volunteers[0].id)
    objects = split_plan(edited)
    joined = join_plan(objects, "server", like=plan)
    assert split_plan(joined) == objects
    assert joined == join_plan(objects, "server", like=edited)
    key = f"shift:{shift.id}"
    broken = {**objects, key: objects[key].replace('"role":"', '"role":"gone-')}
    with pytest.raises(PlanFormatError, match=rf"server: {key}\.role: no role has the id"):
        join_plan(broken, "server", like=plan)
