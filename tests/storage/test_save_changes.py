"""A small edit is saved in place as the rows it changed; anything else as a whole new file.
Either way the file reads back as exactly the plan that was saved."""

from __future__ import annotations

import os
import random
from dataclasses import replace
from datetime import timedelta

from planner.domain import edits
from planner.domain.model import PersonId, ShiftId
from planner.domain.records import Records
from planner.domain.releases import make_release
from planner.storage import file_stamp, load_document, save_any
from planner.storage.document import save_plan


def _small_edit(plan, rng: random.Random):
    """One of the edits an organizer makes all day, at random."""
    choice = rng.randrange(6)
    shift = rng.choice(plan.shifts)
    turn = rng.choice(plan.turns)
    if choice == 0:
        return edits.retime_item(plan, shift.id, shift.start + timedelta(minutes=15), shift.end + timedelta(minutes=15))
    if choice == 1:
        return edits.retime_item(plan, turn.id, turn.start, turn.end - timedelta(minutes=15))
    if choice == 2:
        speaker = rng.choice(plan.spokespeople)
        return edits.assign_person(plan, turn.id, PersonId(speaker.id))
    if choice == 3:
        return replace(plan, title=f"Vigil {rng.randrange(1000)}")
    if choice == 4:  # a new shift, added at the end as the editors add them
        return edits.put_item(plan, replace(shift, id=ShiftId(f"new-{rng.randrange(10**9)}"), notes="Bring water"))
    person = rng.choice(plan.people)
    return replace(plan, people=tuple(replace(p, phone="555-0199") if p is person else p for p in plan.people))


def test_small_edits_are_written_in_place_and_read_back_exactly(example_plan, tmp_path):
    path = tmp_path / "plan.planner"
    save_plan(example_plan, path)
    rng = random.Random(7)
    saved, stamp = example_plan, file_stamp(path)
    inode = os.stat(path).st_ino
    for _ in range(40):
        plan = _small_edit(saved, rng)
        stamp = save_any(plan, path, expected=stamp, saved=saved)
        assert load_document(path)[0] == plan
        saved = plan
    assert os.stat(path).st_ino == inode  # never replaced: every save was in place


def test_a_removal_writes_the_whole_file_and_records_still_only_grow(example_plan, tmp_path):
    path = tmp_path / "plan.planner"
    save_plan(example_plan, path)
    release = make_release(example_plan, "First", example_plan.turns[0].start)
    save_any(example_plan, path, Records().with_release(release))  # recorded meanwhile
    stamp, inode = file_stamp(path), os.stat(path).st_ino
    fewer = edits.remove_items(example_plan, [example_plan.shifts[0].id])
    save_any(fewer, path, Records(), expected=stamp, saved=example_plan)
    plan, records = load_document(path)
    assert plan == fewer and [r.name for r in records.releases] == ["First"]
    assert os.stat(path).st_ino != inode  # a new file swapped in
    edited = replace(fewer, title="Renamed")
    save_any(edited, path, Records(), expected=file_stamp(path), saved=fewer)
    assert load_document(path) == (edited, records)  # in place, the records kept too


def test_a_small_edit_that_refers_to_nothing_is_refused_and_the_file_kept(example_plan, tmp_path):
    """A save in place checks the references of the records it writes (changed or added):
    the rest were checked when the file was written, and it removes and renames nothing."""
    import pytest

    from planner.storage import StorageError

    path = tmp_path / "plan.planner"
    save_plan(example_plan, path)
    turn, shift = example_plan.turns[3], example_plan.shifts[1]
    ghost_on_turn = edits.put_item(example_plan, replace(turn, person_ids=(PersonId("ghost"),)))
    new_shift = replace(shift, id=ShiftId("added"), location_id="nowhere")
    added_elsewhere = replace(example_plan, shifts=(*example_plan.shifts, new_shift))
    for broken, what in ((ghost_on_turn, r"a turn refers to a person .*'ghost'"),
                         (added_elsewhere, r"a shift refers to a location .*'nowhere'")):  # fmt: skip
        with pytest.raises(StorageError, match=rf"cannot save: {what}"):
            save_any(broken, path, expected=file_stamp(path), saved=example_plan)
        assert load_document(path)[0] == example_plan


def test_nothing_the_reader_would_refuse_is_written_whole_or_in_place(example_plan, tmp_path):
    """Two journalists with one address, a count out of its range: each made a plan file that
    could not be opened again. The writer refuses them as the
    reader would (the same codecs), saying what and where, and the file on disk is kept; the
    JSON writer too."""
    import pytest

    from planner.storage import StorageError
    from planner.storage.json_format import write_json

    path = tmp_path / "plan.planner"
    save_plan(example_plan, path)
    listed = example_plan.journalists[0]
    twin = replace(listed, id="press-twin", name="Another", email=listed.email.upper())
    shift = example_plan.shifts[0]
    for broken, what in (
        (replace(example_plan, journalists=(*example_plan.journalists, twin)),
         f"the journalist 'press-twin', email: {twin.email} is on the list twice"),
        (edits.put_item(example_plan, replace(shift, needed=10_001)),
         f"the shift '{shift.id}', needed: 10001 is not between 0 and 10000"),
        (replace(example_plan, turn_minutes=0), "the plan's turn_minutes: 0 is not between 5 and 1440"),
    ):  # fmt: skip
        with pytest.raises(StorageError) as refused:
            save_any(broken, path, expected=file_stamp(path), saved=example_plan)
        assert str(refused.value) == f"cannot save: {what}"
        assert load_document(path)[0] == example_plan
        with pytest.raises(StorageError):
            save_plan(broken, tmp_path / "whole.planner")
        assert not (tmp_path / "whole.planner").exists()
        with pytest.raises(StorageError):
            write_json(broken, tmp_path / "plan.json")
        assert not (tmp_path / "plan.json").exists()
