"""A new process re-exporting into a folder: it takes again, from the files the last export
wrote there, what did not change (the plan file keeps digests of what they were made from)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from planner.domain.records import FeedExport, Records
from planner.ical import feeds as ical_feeds
from planner.publish.feeds import FeedKind, export_feeds, person_paths, role_paths
from planner.storage import (
    PlanFormatError,
    keep_last_export,
    load_document,
    load_last_export,
    record_publication,
    save_any,
)
from tests.publish.test_feeds import EDITS, _edits

APRIL_1 = datetime(2025, 4, 1, tzinfo=UTC)
LATER = datetime(2025, 4, 2, tzinfo=UTC)


def _same_folders(ours: Path, theirs: Path) -> None:
    names = sorted(str(p.relative_to(ours)) for p in ours.rglob("*.ics"))
    assert names == sorted(str(p.relative_to(theirs)) for p in theirs.rglob("*.ics"))
    for name in names:
        assert (ours / name).read_bytes() == (theirs / name).read_bytes(), name


def _fresh(plan, folder, previous, paths_of=None):
    """What an export made from nothing writes: the reference every carried export must equal
    (`paths_of`: an export's record, whose files' paths it keeps — and nothing else of it)."""
    if paths_of is None:
        return export_feeds(plan, folder, LATER, previous)
    paths = FeedExport(str(folder.resolve()), "", {}, {}, {}, paths_of.paths)
    return export_feeds(plan, folder, LATER, previous, last=paths)


@pytest.mark.parametrize("edit", EDITS)
def test_a_new_process_reexporting_after_any_edit_writes_what_a_fresh_export_writes(example_plan, tmp_path, edit):
    """Whatever the edit (of an item, a person, a place, the plan's details, the zone...),
    taking the unchanged events and files from the folder gives the bytes, the record and the
    next record of an export made from nothing."""
    edited = _edits(example_plan)[edit]
    first = export_feeds(example_plan, tmp_path / "carried", APRIL_1)
    assert first.export is not None
    again = export_feeds(edited, tmp_path / "carried", LATER, first.revisions, last=first.export)
    fresh = _fresh(edited, tmp_path / "fresh", first.revisions, paths_of=first.export)
    # Beside what a fresh export writes, the file of a person removed, emptied of events (see
    # test_the_file_of_someone_with_nothing_left_is_emptied); a person or role renamed keeps
    # their file, and its link. Nothing else is left in the folder.
    removed = tmp_path / "carried" / person_paths(example_plan)[example_plan.shifts[0].person_ids[0]]
    ours = list(again.written)
    if edit == "a volunteer removed":
        assert removed in ours and b"BEGIN:VEVENT" not in removed.read_bytes()
        ours.remove(removed)
    assert [p.relative_to(tmp_path / "carried") for p in ours] == [
        p.relative_to(tmp_path / "fresh") for p in fresh.written
    ]
    for mine, theirs in zip(ours, fresh.written, strict=True):
        assert mine.read_bytes() == theirs.read_bytes(), mine.name
    assert sorted((tmp_path / "carried").rglob("*.ics")) == sorted(again.written)
    assert again.revisions == fresh.revisions
    assert again.export is not None and fresh.export is not None
    assert (again.export.context, again.export.items, again.export.feeds) == (
        fresh.export.context,
        fresh.export.items,
        fresh.export.feeds,
    )


def test_after_a_grid_edit_only_what_it_touched_is_made_again(example_plan, tmp_path, monkeypatch, serialized_events):
    """Moving one shift: its events are serialized again and its volunteers' files made again;
    every other event is taken from the files, every other person's file left as it is, unread."""
    from planner.domain import edits

    first = export_feeds(example_plan, tmp_path, APRIL_1)
    shift = example_plan.shifts[3]
    moved = edits.move_item(example_plan, shift.id, shift.start + timedelta(minutes=30))
    made = serialized_events()
    people: list[str] = []
    person = ical_feeds.FeedWriter.person
    monkeypatch.setattr(ical_feeds.FeedWriter, "person", lambda self, p: people.append(p.id) or person(self, p))
    read: list[Path] = []
    read_bytes = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self) or read_bytes(self))

    again = export_feeds(moved, tmp_path, LATER, first.revisions, last=first.export)
    # Only the moved shift's events, and those in its volunteers' own files (made again whole).
    theirs = [item for item in (*moved.turns, *moved.shifts) if set(item.person_ids) & set(shift.person_ids)]
    assert set(made) == {ical_feeds.uid(moved, item.id) for item in theirs}
    assert len(made) < len(moved.shifts) / 3
    assert sorted(people) == sorted(shift.person_ids)
    assert not [path for path in read if path.parent.name == "people"]
    touched = ["organizer.ics", "volunteers.ics", role_paths(moved)[shift.role_id]]
    touched += [person_paths(moved)[person] for person in shift.person_ids]
    assert sorted(str(p.relative_to(tmp_path)) for p in again.changed) == sorted(touched)


def test_the_shared_files_unchanged_parts_are_copied_from_the_files_not_written_again(
    example_plan, tmp_path, monkeypatch
):
    """A new process moving one shift: the organizers', volunteers' and role's files are
    spliced, their unchanged bytes copied by the kernel from the files themselves (a campaign's
    38 MB), and they are what a fresh export writes."""
    from planner.domain import edits

    first = export_feeds(example_plan, tmp_path / "carried", APRIL_1)
    shift = example_plan.shifts[3]
    moved = edits.move_item(example_plan, shift.id, shift.start + timedelta(minutes=30))
    copied: list[int] = []
    real = getattr(os, "copy_file_range", None)

    def copy(source: int, out: int, count: int, offset: int) -> int:
        done = real(source, out, count, offset) if real else os.write(out, os.pread(source, count, offset))
        copied.append(done)
        return done

    monkeypatch.setattr(os, "copy_file_range", copy, raising=False)
    again = export_feeds(moved, tmp_path / "carried", LATER, first.revisions, last=first.export)
    _fresh(moved, tmp_path / "fresh", first.revisions)
    _same_folders(tmp_path / "carried", tmp_path / "fresh")
    shared = ["organizer.ics", "volunteers.ics", role_paths(moved)[shift.role_id]]
    assert set(shared) <= {str(p.relative_to(tmp_path / "carried")) for p in again.changed}
    size = sum((tmp_path / "carried" / name).stat().st_size for name in shared)
    assert 0.9 * size < sum(copied) < size


def test_files_changed_gone_or_touched_since_are_made_again(example_plan, tmp_path):
    """The folder is checked, not trusted: a shared file edited by hand, a person's file
    deleted, another's rewritten with the same size are made again, as a fresh export makes them."""
    from planner.domain import edits

    out = tmp_path / "out"
    first = export_feeds(example_plan, out, APRIL_1)
    people = sorted((out / "people").iterdir())
    (out / "organizer.ics").write_bytes((out / "organizer.ics").read_bytes().replace(b"Kaiser", b"Kaizer"))
    people[0].unlink()
    content = people[1].read_bytes()
    people[1].write_bytes(content.replace(b"SEQUENCE:0", b"SEQUENCE:9"))  # same size, a later time
    shift = example_plan.shifts[0]
    moved = edits.move_item(example_plan, shift.id, shift.start + timedelta(minutes=30))

    export_feeds(moved, out, LATER, first.revisions, last=first.export)
    _fresh(moved, tmp_path / "fresh", first.revisions)
    _same_folders(out, tmp_path / "fresh")


def test_a_record_of_another_folder_or_of_some_feeds_is_not_used(example_plan, tmp_path):
    first = export_feeds(example_plan, tmp_path / "a", APRIL_1)
    shutil.copytree(tmp_path / "a", tmp_path / "b")  # (times kept: b's files look as a's record says)
    (tmp_path / "b" / "media.ics").write_bytes(b"not ours")
    person = sorted((tmp_path / "b" / "people").iterdir())[0]
    held = person.stat()
    person.write_bytes(person.read_bytes().replace(b"SEQUENCE:0", b"SEQUENCE:9"))
    os.utime(person, ns=(held.st_atime_ns, held.st_mtime_ns))
    again = export_feeds(example_plan, tmp_path / "b", LATER, first.revisions, last=first.export)
    assert (tmp_path / "b" / "media.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert person.read_bytes() == (tmp_path / "a" / "people" / person.name).read_bytes()
    assert again.export is not None and again.export.folder == str((tmp_path / "b").resolve())
    some = export_feeds(example_plan, tmp_path / "a", LATER, first.revisions, only={FeedKind.MEDIA}, last=first.export)
    assert some.export is not None and (some.export.context, some.export.items) == ("", {})  # (nothing to carry)
    assert some.export.paths == first.export.paths and some.export.files.keys() == first.export.files.keys()


def test_the_record_is_kept_in_the_plan_file_and_survives_a_whole_save(example_plan, tmp_path):
    plan_path, out = tmp_path / "strike.planner", tmp_path / "out"
    save_any(example_plan, plan_path)
    assert load_last_export(plan_path, out) is None
    first = export_feeds(example_plan, out, APRIL_1)
    keep_last_export(plan_path, out, first.export, None)
    assert load_last_export(plan_path, out) == first.export
    assert load_last_export(plan_path, tmp_path / "elsewhere") is None

    shift = example_plan.shifts[0]
    moved = replace(example_plan, shifts=(replace(shift, notes="Bring water."), *example_plan.shifts[1:]))
    again = export_feeds(moved, out, LATER, first.revisions, last=first.export)
    keep_last_export(plan_path, out, again.export, first.export)  # only the rows that differ
    assert load_last_export(plan_path, out) == again.export

    save_any(replace(moved, shifts=moved.shifts[1:]), plan_path)  # a removal: the whole file written anew
    assert load_last_export(plan_path, out) == again.export
    keep_last_export(plan_path, out, None, again.export)  # an export of some feeds forgets it
    assert load_last_export(plan_path, out) is None

    keep_last_export(plan_path, out, again.export, None)
    save_any(replace(example_plan, id="another-plan"), plan_path)  # another plan saved over it
    assert load_last_export(plan_path, out) is None
    json_path = tmp_path / "strike.json"
    save_any(example_plan, json_path)
    keep_last_export(json_path, out, again.export, None)
    assert load_last_export(json_path, out) == again.export.names_only()  # (a .json plan: the names)


def test_the_record_of_a_publish_keeps_the_names_its_calendars_were_left_with(example_plan, tmp_path):
    """FeedExport.calendars, a row each: rewritten in place when one changes, gone when none;
    and when the home was last listed, and the calendars' events."""
    plan_path, home = tmp_path / "strike.planner", "https://dav.example.org/calendars/ana/"
    save_any(example_plan, plan_path)
    named = FeedExport(home, "context", {"w1": "a"}, {}, {"media": "w1"}, calendars={"media": "1", "person-x": "2"},
                       listed=datetime(2025, 4, 1, 12, tzinfo=UTC),
                       checked=datetime(2025, 4, 1, 9, tzinfo=UTC))  # fmt: skip
    keep_last_export(plan_path, home, named, None)
    assert load_last_export(plan_path, home) == named
    renamed = replace(named, calendars={"media": "3", "person-x": "2"})
    keep_last_export(plan_path, home, renamed, named)
    assert load_last_export(plan_path, home) == renamed
    keep_last_export(plan_path, home, replace(named, calendars={}), renamed)
    assert load_last_export(plan_path, home) == replace(named, calendars={})
    checked = replace(named, calendars={}, checked=datetime(2025, 4, 2, 9, tzinfo=UTC))
    keep_last_export(plan_path, home, checked, replace(named, calendars={}))
    assert load_last_export(plan_path, home) == checked


def test_a_json_plan_keeps_the_names_of_the_files_it_exported(example_plan, tmp_path):
    """Of each export into a folder, a .json plan holds each feed's file name and the files
    written (names_only), plainly, under `exports`: its whole saves keep them, a publish's is
    not kept, and Save As into either kind of file carries them."""
    json_path, out, home = tmp_path / "strike.json", tmp_path / "out", "https://dav.example/calendars/ana/"
    save_any(example_plan, json_path)
    first = export_feeds(example_plan, out, APRIL_1)
    assert first.export is not None
    names = first.export.names_only()
    record_publication(json_path, Records(revisions=first.revisions), export=first.export)
    assert load_last_export(json_path, out) == names and load_last_export(json_path, tmp_path / "x") is None
    (held,) = json.loads(json_path.read_text(encoding="utf-8"))["exports"]
    assert set(held) == {"folder", "paths", "files"} and held["folder"] == str(out.resolve())
    assert {entry["path"] for entry in held["files"]} == {str(p.relative_to(out)) for p in out.rglob("*.ics")}
    save_any(replace(example_plan, title="Renamed"), json_path)  # the file written whole again
    assert load_last_export(json_path, out) == names and load_document(json_path)[1].revisions == first.revisions
    keep_last_export(json_path, home, first.export, None)  # a publish's record: not in a .json plan
    assert load_last_export(json_path, home) is None and load_last_export(json_path, out) == names

    copy = tmp_path / "copy.planner"  # Save As, from a .json plan into a .planner file...
    save_any(example_plan, copy, copied_from=json_path)
    assert load_last_export(copy, out) == names
    keep_last_export(copy, home, first.export, None)
    back = tmp_path / "back.json"  # ...and back: its folders' records, as names
    save_any(example_plan, back, copied_from=copy)
    assert load_last_export(back, out) == names and load_last_export(back, home) is None
    assert len(json.loads(back.read_text(encoding="utf-8"))["exports"]) == 1

    record_publication(json_path, Records(), export_before=names)  # forgotten (after a partial publish)
    assert load_last_export(json_path, out) is None
    record_publication(json_path, Records(), export=first.export)
    save_any(replace(example_plan, id="another-plan"), json_path)  # another plan saved over it
    assert load_last_export(json_path, out) is None


def test_a_json_plans_record_edited_to_point_outside_the_folder_sends_no_file_there(example_plan, tmp_path):
    """The names a .json plan holds are anyone's to edit: one that export_feeds could not
    have given (out of the folder, another kind of path) is not followed."""
    from planner.cli import main

    json_path, out = tmp_path / "strike.json", tmp_path / "out"
    save_any(example_plan, json_path)
    assert main(["export", str(json_path), "--out", str(out)]) == 0
    data = json.loads(json_path.read_text(encoding="utf-8"))
    person = example_plan.shifts[0].person_ids[0]
    for entry in data["exports"][0]["paths"]:
        if entry["feed"] == f"person-{person}":
            entry["path"] = "people/../../escaped.ics"
        elif entry["feed"] == "media":
            entry["path"] = "/tmp/media.ics"
    json_path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["export", str(json_path), "--out", str(out)]) == 0
    assert not (tmp_path / "escaped.ics").exists() and {p.parent for p in out.rglob("*.ics")} <= {
        out,
        out / "people",
        out / "roles",
    }
    assert (out / person_paths(example_plan)[person]).is_file()


def test_a_damaged_export_record_in_a_json_plan_is_refused_with_its_place(example_plan, tmp_path):
    """As anything else in a JSON plan: one line naming the file, the place and the problem."""
    json_path = tmp_path / "strike.json"
    save_any(example_plan, json_path)
    data = json.loads(json_path.read_text(encoding="utf-8"))
    entry = {"path": "media.ics", "digest": "not hex", "size": 10, "written_ns": 10**18}
    data["exports"] = [{"folder": "/feeds", "paths": [{"feed": "media", "path": "media.ics"}], "files": [entry]}]
    json_path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PlanFormatError, match=r"strike.json: exports\[0\]\.files\[0\]\.digest: is not a digest"):
        load_document(json_path)
    data["exports"][0]["files"] = {}
    json_path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PlanFormatError, match=r"exports\[0\]\.files: expected a list"):
        load_last_export(json_path, Path("/feeds"))


def test_a_damaged_record_is_no_record(example_plan, tmp_path):
    """It only spares work: a row that cannot be read means a whole export, never an error."""
    import sqlite3

    plan_path, out = tmp_path / "strike.planner", tmp_path / "out"
    save_any(example_plan, plan_path)
    keep_last_export(plan_path, out, export_feeds(example_plan, out, APRIL_1).export, None)
    with sqlite3.connect(plan_path) as db:
        db.execute("UPDATE feed_exports SET value = 'garbage' WHERE kind = 'file'")
    db.close()
    assert load_last_export(plan_path, out) is None
    with sqlite3.connect(plan_path) as db:
        db.execute("UPDATE feed_exports SET kind = 'unknown' WHERE kind = 'file'")
    db.close()
    assert load_last_export(plan_path, out) is None


def test_hostile_ids_that_icalendar_escapes_or_folds_are_made_again_not_mistaken(example_plan, tmp_path):
    """UIDs with commas, semicolons and backslashes are escaped, long ones folded: the events
    are then not found as written and are made again, with the same bytes as a fresh export."""
    from planner.domain import edits

    plan = replace(example_plan, id="a,b;c\\d-" + "x" * 80)
    first = export_feeds(plan, tmp_path / "out", APRIL_1)
    shift = plan.shifts[1]
    moved = edits.move_item(plan, shift.id, shift.start + timedelta(minutes=30))
    export_feeds(moved, tmp_path / "out", LATER, first.revisions, last=first.export)
    _fresh(moved, tmp_path / "fresh", first.revisions)
    _same_folders(tmp_path / "out", tmp_path / "fresh")


def test_planner_export_run_again_as_a_new_process_takes_what_did_not_change(example_plan, tmp_path):
    """Real processes, as a cron job runs them: `planner export` after an edit writes the
    files an export made from nothing writes, and the record in the plan file follows."""
    from planner.domain import edits
    from planner.storage import load_document

    plan_path, out = tmp_path / "strike.planner", tmp_path / "feeds"
    save_any(example_plan, plan_path)

    def export(path: Path, folder: Path, *more: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "planner", "export", str(path), "--out", str(folder), *more]
        result = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "PYTHONWARNINGS": "error"})
        assert result.returncode == 0, result.stderr
        return result

    total = len(export(plan_path, out, "--stamp", "2025-04-01T00:00:00Z").stdout.splitlines())
    assert load_last_export(plan_path, out) is not None
    plan, records = load_document(plan_path)
    shift = plan.shifts[2]
    save_any(edits.move_item(plan, shift.id, shift.start + timedelta(hours=1)), plan_path, saved=plan,
             expected=None)  # fmt: skip
    shutil.copy(plan_path, tmp_path / "copy.planner")

    again = export(plan_path, out, "--stamp", "2025-04-02T00:00:00Z")
    changed = 3 + len(shift.person_ids)  # organizer, volunteers, the role's file, its volunteers'
    assert f"{changed} of {total} files changed" in again.stderr
    export(tmp_path / "copy.planner", tmp_path / "fresh", "--stamp", "2025-04-02T00:00:00Z", "--no-record")
    _same_folders(out, tmp_path / "fresh")
    _, after = load_document(plan_path)
    assert after.revisions[shift.id].sequence == records.revisions[shift.id].sequence + 1
    assert after != Records()


def test_a_file_of_the_schema_before_the_record_keeps_none_until_saved_whole(example_plan, tmp_path):
    import sqlite3

    from planner.storage.document import FEED_EXPORTS_SINCE

    plan_path, out = tmp_path / "strike.planner", tmp_path / "out"
    save_any(example_plan, plan_path)
    with sqlite3.connect(plan_path) as db:  # as a Planner of the schema before wrote it
        db.execute("DROP TABLE feed_exports")
        db.execute(f"PRAGMA user_version = {FEED_EXPORTS_SINCE - 1}")
    db.close()
    first = export_feeds(example_plan, out, APRIL_1)
    keep_last_export(plan_path, out, first.export, None)
    assert load_last_export(plan_path, out) is None
    save_any(example_plan, plan_path)  # brought up to date
    keep_last_export(plan_path, out, first.export, None)
    assert load_last_export(plan_path, out) == first.export


def test_planner_export_of_some_feeds_keeps_each_files_name_but_nothing_to_carry(example_plan, tmp_path, capsys):
    """Those files change and the others not, so the next export makes every file again (a
    record of what they were made from would mislead it), but in the files they had: a
    volunteer renamed in between keeps their file, and their link; one taken off every shift
    has theirs emptied by an export of the people's feeds alone."""
    from planner.cli import main
    from planner.domain import edits

    plan_path, out = tmp_path / "strike.planner", tmp_path / "feeds"
    save_any(example_plan, plan_path)
    assert main(["export", str(plan_path), "--out", str(out)]) == 0
    assert load_last_export(plan_path, out) is not None
    volunteer = example_plan.people_by_id[example_plan.shifts[0].person_ids[0]]
    their_file = out / person_paths(example_plan)[volunteer.id]
    renamed = edits.put_person(example_plan, replace(volunteer, name="Ana María Núñez-Ortiz"))
    save_any(renamed, plan_path)
    assert main(["export", str(plan_path), "--out", str(out), "--only", "media"]) == 0
    record = load_last_export(plan_path, out)
    assert record is not None and (record.context, record.items, record.feeds) == ("", {}, {})
    assert record.paths[f"person-{volunteer.id}"] == str(their_file.relative_to(out))
    assert main(["export", str(plan_path), "--out", str(out)]) == 0
    assert b"Ana Mar" in their_file.read_bytes()
    assert not (out / person_paths(renamed)[volunteer.id]).exists()  # (no second file)
    assert load_last_export(plan_path, out).context != ""  # (the next carries again)

    freed = renamed
    for shift in [s for s in renamed.shifts if volunteer.id in s.person_ids]:
        freed = edits.unassign_person(freed, shift.id, volunteer.id)
    save_any(freed, plan_path)
    media = (out / "media.ics").stat().st_mtime_ns
    assert main(["export", str(plan_path), "--out", str(out), "--only", "people"]) == 0
    assert b"BEGIN:VEVENT" not in their_file.read_bytes() and b"BEGIN:VTIMEZONE" in their_file.read_bytes()
    assert (out / "media.ics").stat().st_mtime_ns == media  # (not a feed exported)
    kept = load_last_export(plan_path, out)
    assert main(["export", str(plan_path), "--out", str(out), "--no-record"]) == 0
    assert load_last_export(plan_path, out) == kept  # (--no-record writes nothing into the plan)
    assert main(["export", str(plan_path), "--out", str(out)]) == 0
    assert load_last_export(plan_path, out) is not None


def test_a_person_or_role_renamed_keeps_their_file_and_one_removed_gives_theirs_to_nobody(example_plan, tmp_path):
    """A volunteer subscribed to their file goes on getting their shifts when the organizer
    corrects their name (the file's name stays, its calendar's name follows), as new
    processes, the record kept in the plan file; a new person of a removed one's name is given
    another file, so the removed one's link shows nobody else's shifts."""
    from planner.domain import edits

    plan_path, out = tmp_path / "strike.planner", tmp_path / "out"
    shift = example_plan.shifts[0]
    volunteer, role = example_plan.people_by_id[shift.person_ids[0]], example_plan.roles_by_id[shift.role_id]
    their_file, role_file = person_paths(example_plan)[volunteer.id], role_paths(example_plan)[role.id]
    save_any(example_plan, plan_path)
    revisions: dict = {}

    def export(plan, when):  # as `planner export` does, each a new process
        nonlocal revisions
        last = load_last_export(plan_path, out)
        done = export_feeds(plan, out, when, revisions, last=last)
        keep_last_export(plan_path, out, done.export, last)
        revisions = done.revisions
        return done

    export(example_plan, APRIL_1)
    renamed = edits.put_person(example_plan, replace(volunteer, name="Ana María Núñez-Ortiz"))
    renamed = edits.put_role(renamed, replace(role, name="Crowd counter"))
    done = export(renamed, LATER)
    assert (out / their_file).read_bytes().count(b"Ana Mar") >= 1  # (their calendar's name, folded)
    assert b"Crowd counter" in (out / role_file).read_bytes()
    assert not (out / person_paths(renamed)[volunteer.id]).exists()  # no second file, the first not left
    assert sorted(out.rglob("*.ics")) == sorted(done.written)

    gone = edits.remove_person(renamed, volunteer.id)
    newcomer = replace(volunteer, id="per-newcomer")
    again = edits.assign_person(edits.put_person(gone, newcomer), shift.id, newcomer.id)
    left = (out / their_file).read_bytes()
    done = export(again, LATER + timedelta(days=1))
    theirs = done.export.paths["person-per-newcomer"]
    assert theirs != their_file and out / theirs in done.written
    assert b"BEGIN:VEVENT" in left and b"BEGIN:VEVENT" not in (out / their_file).read_bytes()  # (emptied)


def test_a_plan_saved_under_another_name_takes_the_records_of_its_exports(example_plan, tmp_path):
    """Save As: the new file's next export into a folder takes again what the last one wrote
    and names the files as it did (a person renamed keeps their file): the record comes from
    the plan's file, or, for a plan with none (untitled, .json), is given."""
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    first = export_feeds(example_plan, out, APRIL_1)
    original, copy, untitled = tmp_path / "strike.planner", tmp_path / "copy.planner", tmp_path / "untitled.planner"
    save_any(example_plan, original)
    keep_last_export(original, out, first.export, None)
    save_any(example_plan, copy, copied_from=original)
    assert load_last_export(copy, out) == first.export
    save_any(example_plan, untitled, exports=[first.export])
    assert load_last_export(untitled, out) == first.export
    # A record given replaces the one the file held of that folder, and leaves the others.
    other = export_feeds(example_plan, elsewhere, APRIL_1)
    keep_last_export(untitled, elsewhere, other.export, None)
    from planner.domain import edits

    shift = example_plan.shifts[0]
    moved = edits.move_item(example_plan, shift.id, shift.start + timedelta(minutes=30))
    newer = export_feeds(moved, out, LATER, first.revisions, last=first.export)
    assert newer.export != first.export
    save_any(moved, untitled, exports=[newer.export])
    assert load_last_export(untitled, out) == newer.export
    assert load_last_export(untitled, elsewhere) == other.export


def test_a_recorded_path_that_could_not_be_ours_is_not_taken(example_plan, tmp_path):
    """The plan file's record names each feed's file; a path it could not have given (edited
    by hand, damaged) is not followed out of the folder: the feed gets its name as new."""
    out = tmp_path / "out"
    first = export_feeds(example_plan, out, APRIL_1)
    assert first.export is not None
    person = example_plan.shifts[0].person_ids[0]
    hostile = {**first.export.paths, f"person-{person}": "people/../../evil.ics", "role-x": "roles/CON.ics"}
    # (also as a file that export wrote, which an export empties when its feed is gone)
    files = {**first.export.files, "people/../../evil.ics": ("", 1, 1), "roles/CON.ics": ("", 1, 1)}
    hostile["person-gone"] = "people/../../evil.ics"
    again = export_feeds(example_plan, out, LATER, first.revisions,
                         last=replace(first.export, paths=hostile, files=files))  # fmt: skip
    assert not (tmp_path / "evil.ics").exists() and not list(tmp_path.glob("*.ics"))
    assert {str(p.relative_to(out)) for p in again.written} == {str(p.relative_to(out)) for p in first.written}


def test_the_file_of_someone_with_nothing_left_is_emptied(example_plan, tmp_path):
    """A volunteer taken off all their shifts, or a role with none left, has no file to make;
    the one the last export wrote is emptied of events, not left as it was: a calendar
    subscribed to it then drops them. The emptied calendar is one both parsers read (it holds
    the zone, the one component RFC 5545 then asks for), and it stays so, unwritten, after."""
    import icalendar
    import vobject

    from planner.domain import edits

    out = tmp_path / "out"
    shift = example_plan.shifts[0]
    volunteer = shift.person_ids[0]
    first = export_feeds(example_plan, out, APRIL_1)
    their_file = out / person_paths(example_plan)[volunteer]
    theirs = [s for s in example_plan.shifts if volunteer in s.person_ids]
    freed = example_plan
    for item in theirs:
        freed = edits.unassign_person(freed, item.id, volunteer)
    role = shift.role_id
    freed = edits.remove_items(freed, [s.id for s in freed.shifts if s.role_id == role])
    again = export_feeds(freed, out, LATER, first.revisions, last=first.export)
    role_file = out / role_paths(example_plan)[role]
    for emptied in (their_file, role_file):
        assert emptied in again.written and emptied in again.changed
        content = emptied.read_bytes()
        assert b"BEGIN:VEVENT" not in content and b"BEGIN:VTIMEZONE" in content
        calendar = icalendar.Calendar.from_ical(content)
        assert not calendar.events and calendar.timezones
        assert vobject.readOne(content.decode()).name == "VCALENDAR"
    person = example_plan.people_by_id[volunteer]
    assert f"{person.name}'s schedule.".encode() in their_file.read_bytes().replace(b"\r\n ", b"")
    later = export_feeds(freed, out, LATER + timedelta(days=1), again.revisions, last=again.export)
    assert their_file in later.written and their_file not in later.changed  # (the same bytes: left alone)


def test_the_files_emptied_for_a_spanish_plan_say_so_in_spanish(example_plan, tmp_path):
    """A person and a role gone from a plan whose calendars are in Spanish: their emptied
    files are named and described in Spanish too (the person's own language when they list one)."""
    import vobject

    from planner.domain import edits

    out, plan = tmp_path / "out", replace(example_plan, language="es")
    shift = plan.shifts[0]
    gone, freed = plan.people_by_id[shift.person_ids[0]], plan.people_by_id[shift.person_ids[1]]
    plan = edits.put_person(plan, replace(freed, languages=()))
    first = export_feeds(plan, out, APRIL_1)
    later = edits.remove_person(plan, gone.id)
    for item in [s for s in later.shifts if freed.id in s.person_ids]:
        later = edits.unassign_person(later, item.id, freed.id)
    later = edits.remove_items(later, [s.id for s in later.shifts if s.role_id == shift.role_id])
    export_feeds(later, out, LATER, first.revisions, last=first.export)
    read = {name: vobject.readOne((out / path).read_text(encoding="utf-8"))
            for name, path in (("gone", person_paths(plan)[gone.id]), ("freed", person_paths(plan)[freed.id]),
                               ("role", role_paths(plan)[shift.role_id]))}  # fmt: skip
    assert read["gone"].x_wr_calname.value == f"{plan.title} — ya no está en el plan"
    assert read["gone"].x_wr_caldesc.value.startswith("Aquí ya no hay nada.")
    assert read["freed"].x_wr_caldesc.value.startswith(f"Horario de {freed.name}.")
    role = plan.roles_by_id[shift.role_id].name
    assert read["role"].x_wr_caldesc.value.startswith(f"Todos los turnos de {role}.")
    assert not any(getattr(c, "vevent_list", None) for c in read.values())
