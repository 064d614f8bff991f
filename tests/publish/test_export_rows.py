"""`planner export` run again as a new process finds the rows changed since its last export in
SQL, by a copy of them the plan file keeps with that export's record (storage/export_rows.py),
and works out again only the digests of the events made from them: whatever changed, and
whoever changed it, the folder then holds what an export made from nothing writes."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from planner.cli import main
from planner.domain.records import RowChanges
from planner.fileio import file_stamp
from planner.publish.feeds import export_feeds
from planner.storage import keep_last_export, load_document, load_last_export, load_row_changes_since, save_any
from planner.storage.document import save_plan
from tests.publish.test_feeds import EDITS, _edits

FIRST, SECOND = "2025-04-01T00:00:00Z", "2025-04-02T00:00:00Z"
CRASH_RUNS = max(1, int(os.environ.get("PLANNER_CRASH_RUNS", "50")) // 5)
OF_THE_PLAN = {"the plan's title", "the press contact", "the time zone", "reminders", "the calendars' language"}


def _export(plan_path: Path, out: Path, stamp: str, *more: str) -> None:
    assert main(["export", str(plan_path), "--out", str(out), "--stamp", stamp, *more]) == 0


def _as_fresh(plan_path: Path, out: Path, stamp: str, tmp_path: Path) -> None:
    """The folder holds what an export of a copy of the plan file into an empty folder writes,
    and the plan file records what that export records."""
    copy, fresh = tmp_path / "copy.planner", tmp_path / "fresh"
    shutil.rmtree(fresh, ignore_errors=True)
    shutil.copy(plan_path, copy)
    with sqlite3.connect(copy) as db:  # (the record's names of files alone: all made anew, in the same files)
        db.execute("DELETE FROM feed_exports WHERE folder != ?", (str(out.resolve()),))  # (other places')
        db.execute("DELETE FROM feed_exports WHERE kind NOT IN ('path', 'context')")
        db.execute("UPDATE feed_exports SET folder = ?, value = (CASE kind WHEN 'context' THEN '' ELSE value END)",
                   (str(fresh.resolve()),))  # fmt: skip
    db.close()
    _export(copy, fresh, stamp)
    theirs = {str(f.relative_to(fresh)): f.read_bytes() for f in fresh.rglob("*.ics")}
    for name, content in theirs.items():
        assert (out / name).read_bytes() == content, name
    for left in {str(f.relative_to(out)) for f in out.rglob("*.ics")} - theirs.keys():
        assert b"BEGIN:VEVENT" not in (out / left).read_bytes()  # (one removed has theirs emptied)
    ours, made = load_last_export(plan_path, out), load_last_export(copy, fresh)
    assert ours is not None and made is not None
    assert (ours.context, ours.items, ours.feeds) == (made.context, made.items, made.feeds)
    assert load_document(plan_path)[1].revisions == load_document(copy)[1].revisions


@pytest.mark.parametrize("edit", EDITS)
def test_after_any_edit_saved_the_rows_changed_are_found_and_the_export_is_a_fresh_ones(example_plan, tmp_path, edit):
    plan_path, out = tmp_path / "strike.planner", tmp_path / "feeds"
    save_any(example_plan, plan_path)
    _export(plan_path, out, FIRST)
    assert load_row_changes_since(plan_path, out) == RowChanges()  # (nothing since)
    edited = _edits(example_plan)[edit]
    # In place, or (a window's times, a removal) the whole file: the copy goes with its record.
    save_any(edited, plan_path, saved=example_plan, expected=file_stamp(plan_path))
    since = load_row_changes_since(plan_path, out)
    # (The plan's own details are in no row compared: their digest, the record's context, tells.)
    assert since is not None and (since != RowChanges() or edit in OF_THE_PLAN)
    _export(plan_path, out, SECOND)
    _as_fresh(plan_path, out, SECOND, tmp_path)
    assert load_row_changes_since(plan_path, out) == RowChanges()  # (the copy is as the file again)


def test_edits_saved_in_place_one_after_another_each_export_a_fresh_ones(example_plan, tmp_path):
    """The copy follows each export (the rows it read and the revisions it wrote), and each
    next export finds what changed since the one before, nothing more or less."""
    plan_path, out = tmp_path / "strike.planner", tmp_path / "feeds"
    save_any(example_plan, plan_path)
    _export(plan_path, out, FIRST)
    plan = example_plan
    for day, edit in enumerate(["move a shift", "a volunteer's phone", "another spokesperson", "a role's name",
                                "the site's notes", "a new person"], start=2):  # fmt: skip
        edited = _edits(plan)[edit]
        save_any(edited, plan_path, saved=plan, expected=file_stamp(plan_path))
        since = load_row_changes_since(plan_path, out)
        assert since is not None and since != RowChanges(), edit
        stamp = f"2025-04-{day:02d}T00:00:00Z"
        _export(plan_path, out, stamp)
        _as_fresh(plan_path, out, stamp, tmp_path)
        plan = edited


# Rows changed in the file by another writer, each alone (one would hide another: a place
# changed remakes every event there): (table, id) of the row it changes, and the SQL.
WINDOW, TURN, SHIFT = "win-2025-04-08", "turn-2025-04-09-1000", "shift-2025-04-07-marshal-0800"
BY_ANOTHER_WRITER = {
    "a window cancelled": ("windows", WINDOW, f"UPDATE windows SET cancelled = 1 WHERE id = '{WINDOW}'"),
    "a turn moved to another window": ("turns", TURN, f"UPDATE turns SET window_id = '{WINDOW}' WHERE id = '{TURN}'"),
    "a phone": ("people", "sp-ana-morales", "UPDATE people SET phone = '+1 213 555 0142' WHERE id = 'sp-ana-morales'"),
    "the map pin, a little": ("locations", "loc-kp-la",
                              "UPDATE locations SET latitude = latitude + 0.0000000000001 WHERE id = 'loc-kp-la'"),
    "a revision": ("revisions", SHIFT, f"UPDATE revisions SET sequence = sequence + 5 WHERE item_id = '{SHIFT}'"),
    "a revision gone": ("revisions", TURN, f"DELETE FROM revisions WHERE item_id = '{TURN}'"),
    "a role added": ("roles", "role-new", "INSERT INTO roles VALUES ('role-new', 'Runner', '')"),
    "a shift removed": ("shifts", SHIFT, f"DELETE FROM shifts WHERE id = '{SHIFT}'"),
}  # fmt: skip


@pytest.mark.parametrize("change", list(BY_ANOTHER_WRITER))
def test_rows_changed_by_any_writer_are_found(example_plan, tmp_path, change):
    """Rows changed in the file by anyone (an older Planner, a teammate's sync, a hand with
    sqlite3) are compared, not trusted: each kind of row, added, changed and removed."""
    table, key, sql = BY_ANOTHER_WRITER[change]
    assert key in {r.id for r in (*example_plan.windows(), *example_plan.turns, *example_plan.shifts,
                                  *example_plan.people, *example_plan.locations)} | {"role-new"}  # fmt: skip
    plan_path, out = tmp_path / "strike.planner", tmp_path / "feeds"
    save_any(example_plan, plan_path)
    _export(plan_path, out, FIRST)
    with sqlite3.connect(plan_path) as db:
        db.execute(sql)
    db.close()
    assert load_row_changes_since(plan_path, out) == RowChanges(**{table: frozenset({key})})
    _export(plan_path, out, SECOND)
    _as_fresh(plan_path, out, SECOND, tmp_path)


def test_the_rows_are_compared_only_in_the_file_the_plan_was_read_from(example_plan, tmp_path, monkeypatch):
    """`expected`, the file's stamp when the plan exported was read: rows someone else wrote
    before the comparison, or while it ran, are not the plan's (a changed row written back
    as it was would be missed), so nothing is said to have changed but "cannot tell"."""
    from planner import storage

    plan_path, out = tmp_path / "strike.planner", tmp_path / "feeds"
    save_any(example_plan, plan_path)
    _export(plan_path, out, FIRST)
    read_at = file_stamp(plan_path)
    assert load_row_changes_since(plan_path, out, expected=read_at) == RowChanges()

    def another_writer() -> None:
        with sqlite3.connect(plan_path) as db:
            db.execute("UPDATE people SET phone = phone || '1' WHERE id = 'sp-ana-morales'")
        db.close()

    compare = storage.load_row_changes

    def written_meanwhile(*args):
        found = compare(*args)
        another_writer()
        return found

    monkeypatch.setattr(storage, "load_row_changes", written_meanwhile)
    assert load_row_changes_since(plan_path, out, expected=read_at) is None
    monkeypatch.setattr(storage, "load_row_changes", compare)
    assert load_row_changes_since(plan_path, out, expected=read_at) is None  # (written before)
    assert load_row_changes_since(plan_path, out) == RowChanges(people=frozenset({"sp-ana-morales"}))


def test_the_copy_is_used_only_with_the_record_it_was_made_with(example_plan, tmp_path):
    """A record written otherwise (the app's export, of a plan maybe not saved; an export of
    some feeds), a plan saved as another file or a column added by a newer schema: the rows
    are not compared, every digest is worked out, as before. (A whole save of the same file
    keeps copy and record: the test above; an export into another folder keeps both folders'
    rows compared: the test below.)"""
    plan_path, out, other = tmp_path / "strike.planner", tmp_path / "feeds", tmp_path / "other"

    def fresh_export() -> None:
        _export(plan_path, out, FIRST)
        assert load_row_changes_since(plan_path, out) == RowChanges()

    save_any(example_plan, plan_path)
    fresh_export()
    record = load_last_export(plan_path, out)
    made = export_feeds(example_plan, out, datetime(2025, 4, 2, tzinfo=UTC))
    keep_last_export(plan_path, out, made.export, record)  # as the app keeps its export's
    assert load_row_changes_since(plan_path, out) is None

    fresh_export()
    _export(plan_path, out, SECOND, "--only", "media")
    assert load_row_changes_since(plan_path, out) is None

    fresh_export()
    _export(plan_path, other, SECOND)
    assert load_row_changes_since(plan_path, out) == load_row_changes_since(plan_path, other) == RowChanges()

    fresh_export()
    save_plan(example_plan, tmp_path / "saved as.planner")  # (a new file: no record, no copy)
    assert load_row_changes_since(tmp_path / "saved as.planner", out) is None

    fresh_export()
    with sqlite3.connect(plan_path) as db:
        db.execute("ALTER TABLE shifts ADD COLUMN colour TEXT")
    db.close()
    assert load_row_changes_since(plan_path, out) is None


def test_exports_into_two_folders_in_turns_each_compare_rows_and_write_a_fresh_ones(example_plan, tmp_path):
    """Two folders exported into in turns (the office's web space, a USB stick), edits saved
    between, in place and whole: each export still compares rows (the copy serves both, and
    lists for each folder what it was brought up to date with for the other) and writes what
    an export made from nothing writes."""
    plan_path, folders = tmp_path / "strike.planner", (tmp_path / "web", tmp_path / "stick")
    save_any(example_plan, plan_path)
    _export(plan_path, folders[0], FIRST)
    plan = _edits(example_plan)["a volunteer's name"]
    save_any(plan, plan_path, saved=example_plan, expected=file_stamp(plan_path))
    _export(plan_path, folders[1], FIRST)  # its first: the copy made whole again, owing the web the rename
    renamed = example_plan.shifts[0].person_ids[0]
    assert load_row_changes_since(plan_path, folders[0]) == RowChanges(people=frozenset({renamed}))
    assert load_row_changes_since(plan_path, folders[1]) == RowChanges()
    for day, edit in enumerate(["move a shift", "a volunteer's phone", "a window an hour later", "a role's name",
                                "a removed shift", "another spokesperson"], start=2):  # fmt: skip
        edited = _edits(plan)[edit]
        save_any(edited, plan_path, saved=plan, expected=file_stamp(plan_path))  # (in place, or whole)
        folder, other = folders[day % 2], folders[(day + 1) % 2]
        since = load_row_changes_since(plan_path, folder)
        assert since is not None and since != RowChanges(), edit
        stamp = f"2025-04-{day:02d}T00:00:00Z"
        _export(plan_path, folder, stamp)
        _as_fresh(plan_path, folder, stamp, tmp_path)
        # The other folder is owed this edit's rows, and those of the edits it missed before.
        owed = load_row_changes_since(plan_path, other)
        assert owed is not None and set(since.shifts) <= set(owed.shifts) and set(since.people) <= set(owed.people)
        plan = edited
    for folder in folders:
        _export(plan_path, folder, "2025-04-09T00:00:00Z")
        _as_fresh(plan_path, folder, "2025-04-09T00:00:00Z", tmp_path)
        assert load_row_changes_since(plan_path, folder) == RowChanges()


def test_a_folder_exported_into_once_and_never_again_is_forgotten_past_a_bound(example_plan, tmp_path, monkeypatch):
    """What the copy owes a place it was not brought up to date for is bounded: past it, that
    place is forgotten (its next export works out every digest) and the file does not grow."""
    from planner.storage import export_rows

    monkeypatch.setattr(export_rows, "PENDING_AT_MOST", 3)
    plan_path, used, once = tmp_path / "strike.planner", tmp_path / "web", tmp_path / "once"
    save_any(example_plan, plan_path)
    _export(plan_path, once, FIRST)
    _export(plan_path, used, FIRST)
    plan = example_plan
    for day, edit in enumerate(["move a shift", "a volunteer's phone", "a role's name", "the site's notes"], start=2):
        edited = _edits(plan)[edit]
        save_any(edited, plan_path, saved=plan, expected=file_stamp(plan_path))
        _export(plan_path, used, f"2025-04-{day:02d}T00:00:00Z")
        plan = edited
    assert load_row_changes_since(plan_path, once) is None
    with sqlite3.connect(plan_path) as db:
        assert db.execute(
            "SELECT count(*) FROM exported_pending WHERE folder = ?", (str(once.resolve()),)
        ).fetchone() == (0,)
    db.close()
    _export(plan_path, once, "2025-04-09T00:00:00Z")
    _as_fresh(plan_path, once, "2025-04-09T00:00:00Z", tmp_path)
    assert load_row_changes_since(plan_path, once) == RowChanges()


def test_a_copy_an_older_planner_kept_for_one_folder_is_not_trusted_for_any(example_plan, tmp_path):
    """An older Planner keeps the copy for one folder in a table of its own (exported_rows) and
    knows nothing of what other places are owed: once it has written one, no place's rows are
    compared until an export of this Planner keeps the copy again."""
    plan_path, web, stick = tmp_path / "strike.planner", tmp_path / "web", tmp_path / "stick"
    save_any(example_plan, plan_path)
    _export(plan_path, web, FIRST)
    _export(plan_path, stick, FIRST)
    with sqlite3.connect(plan_path) as db:  # (as the older Planner leaves it after an export into the stick)
        token = db.execute("SELECT value FROM feed_exports WHERE folder = ? AND kind = 'rows'",
                           (str(stick.resolve()),)).fetchone()[0]  # fmt: skip
        db.execute("CREATE TABLE exported_rows (folder TEXT NOT NULL, token TEXT NOT NULL)")
        db.execute("INSERT INTO exported_rows VALUES (?, ?)", (str(stick.resolve()), token))
    db.close()
    assert load_row_changes_since(plan_path, web) is None and load_row_changes_since(plan_path, stick) is None
    _export(plan_path, web, SECOND)
    _as_fresh(plan_path, web, SECOND, tmp_path)
    assert load_row_changes_since(plan_path, web) == RowChanges() and load_row_changes_since(plan_path, stick) is None


# Edits a plan, in place and whole, and exports it after each, as fast as it can, until killed.
EDITOR_AND_EXPORTER = textwrap.dedent(
    """
    import contextlib, io, sys, time
    from dataclasses import replace
    from datetime import timedelta
    from pathlib import Path
    from planner.cli import main
    from planner.domain import edits
    from planner.storage import file_stamp, load_any, save_any

    path, out = Path(sys.argv[1]), sys.argv[2]
    n, started = 0, time.perf_counter()
    while True:
        if n == 1:  # one round done: how long a round takes here, so kills can land anywhere in one
            print(f"ready {time.perf_counter() - started}", flush=True)
        n += 1
        plan = load_any(path)
        shift = plan.shifts[n % len(plan.shifts)]
        moved = edits.move_item(plan, shift.id, shift.start + timedelta(minutes=15))
        save_any(moved, path, expected=file_stamp(path), saved=plan)  # in place
        if n % 3 == 0:  # the whole file (a window an hour later)
            window = moved.days[1].windows[0]
            later = replace(window, end=window.end + timedelta(minutes=n % 2 * 30 + 30))
            save_any(edits.put_window(moved, later), path, expected=file_stamp(path), saved=moved)
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            assert main(["export", str(path), "--out", out, "--stamp", f"2025-04-01T00:{n % 60:02d}:00Z"]) == 0
    """
)


def test_an_export_or_save_killed_at_any_moment_leaves_no_copy_that_misleads(example_plan, tmp_path):
    """Killed in the middle of writing the record and its copy, of a save carrying the copy,
    or anywhere else: the next export still writes what an export made from nothing writes."""
    plan_path, out = tmp_path / "strike.planner", tmp_path / "feeds"
    save_any(example_plan, plan_path)
    rng, compared = random.Random(20250411), 0
    for run in range(CRASH_RUNS):
        command = [sys.executable, "-c", EDITOR_AND_EXPORTER, str(plan_path), str(out)]
        with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as writer:
            assert writer.stdout is not None
            ready, seconds = writer.stdout.readline().split()
            assert ready == "ready"
            time.sleep(rng.uniform(0.0, 2 * float(seconds)))
            writer.send_signal(signal.SIGKILL)
        lock = tmp_path / ".~lock.strike.planner#"
        lock.unlink(missing_ok=True)  # (the killed process's: the next writer would find it stale)
        compared += load_row_changes_since(plan_path, out) is not None
        stamp = f"2025-04-02T{run % 24:02d}:00:00Z"
        _export(plan_path, out, stamp)
        _as_fresh(plan_path, out, stamp, tmp_path)
    assert compared  # (the kills left copies to compare with, not only none)
    print(f"\n{CRASH_RUNS} kills: {compared} left a copy of the rows to compare with")
