"""One writer per plan: the lock file, stale locks, leftovers, hot journals, changed files."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from planner.domain.records import Records
from planner.domain.releases import make_release
from planner.storage import (
    ChangedOnDiskError,
    FileAccessError,
    PlanLockedError,
    file_stamp,
    load_document,
    lock_holder,
    lock_plan,
    record_publication,
    save_any,
)
from planner.storage.document import save_plan
from planner.storage.lock import Holder, lock_path

# Takes the plan's lock in another process, says so, and holds it until killed.
HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from planner.storage import lock_plan
    lock = lock_plan(Path(sys.argv[1]), "planner release")
    print("locked", flush=True)
    time.sleep(600)
    """
)


@pytest.fixture
def plan_file(example_plan, tmp_path):
    path = tmp_path / "plan.planner"
    save_plan(example_plan, path)
    return path


def test_a_second_writer_is_refused_and_told_who_holds_the_plan(plan_file):
    with lock_plan(plan_file, "Planner") as lock:
        assert lock_path(plan_file).exists()
        with pytest.raises(PlanLockedError) as refused:
            lock_plan(plan_file, "planner release")
        message = str(refused.value)
        assert message.startswith(f"plan.planner is open in Planner on {socket.gethostname()} by ")
        assert f"(process {os.getpid()})" in message and "since " in message
        assert lock_holder(plan_file) == lock.holder
    assert not lock_path(plan_file).exists()  # given back: gone
    assert lock_holder(plan_file) is None
    with lock_plan(plan_file, "planner release"):  # and free again
        pass


def test_a_lock_held_by_another_process_refuses_and_one_left_by_a_killed_process_is_taken_over(plan_file):
    with subprocess.Popen([sys.executable, "-c", HOLDER, str(plan_file)], stdout=subprocess.PIPE, text=True) as other:
        assert other.stdout is not None and other.stdout.readline() == "locked\n"
        with pytest.raises(PlanLockedError, match=rf"in planner release .*\(process {other.pid}\)"):
            lock_plan(plan_file, "Planner")
        holder = lock_holder(plan_file)
        assert holder is not None and holder.pid == other.pid
        other.send_signal(signal.SIGKILL)
    assert lock_path(plan_file).exists()  # the dead process's lock file is still there...
    assert lock_holder(plan_file) is None  # ...but nobody holds it
    with lock_plan(plan_file, "Planner") as lock:  # stale: taken over at once
        assert Holder.from_json(lock_path(plan_file).read_text()) == lock.holder


def test_a_lock_written_on_another_machine_stands_until_taken_over(plan_file):
    # A synced or shared folder: the other machine's OS lock does not reach here, its file does.
    since = datetime(2025, 4, 7, 14, 2, tzinfo=UTC)
    lock_path(plan_file).write_text(Holder("Planner", "rosa", "laptop-7", 4242, since).to_json())
    with pytest.raises(PlanLockedError) as refused:
        lock_plan(plan_file, "Planner")
    assert refused.value.elsewhere
    assert "open in Planner on laptop-7 by rosa since 2025-04-07" in str(refused.value)
    assert f"delete {lock_path(plan_file).name} and try again" in str(refused.value)
    with lock_plan(plan_file, "Planner", take_over=True) as lock:
        assert lock.holder.host == socket.gethostname()


@pytest.mark.parametrize("text", ["", "not json", "{}", '{"pid": "x"}', "[1]", '{"since": 5}'])
def test_a_garbled_lock_file_nobody_holds_is_stale(plan_file, text):
    lock_path(plan_file).write_text(text)
    assert Holder.from_json(text) is None
    with lock_plan(plan_file, "Planner"):
        pass


def test_a_plan_in_a_missing_folder_cannot_be_locked(tmp_path):
    with pytest.raises(FileAccessError, match=r"cannot lock the plan for writing \(the folder does not exist\)"):
        lock_plan(tmp_path / "nowhere" / "plan.planner", "Planner")


def test_taking_the_lock_removes_what_killed_saves_left_and_nothing_else(plan_file):
    folder = plan_file.parent
    leftovers = [".plan.planner.k2_9xq0a.tmp", ".plan.planner.k2_9xq0a.tmp-journal"]
    others = [".plan.planner.x.abcdefgh.tmp", ".other.planner.abcdefgh.tmp", "notes.tmp"]
    for name in leftovers + others:
        (folder / name).write_bytes(b"x" * 100)
    with lock_plan(plan_file, "Planner"):
        pass
    assert sorted(p.name for p in folder.iterdir()) == sorted(["plan.planner", *others])


# Starts a transaction on the plan's records, changes them, and is killed before committing.
INTERRUPTED = textwrap.dedent(
    """
    import sqlite3, sys, time
    db = sqlite3.connect(sys.argv[1], isolation_level=None)
    db.execute("PRAGMA cache_size = 1")  # a small cache spills the change into the file itself
    db.execute("BEGIN IMMEDIATE")
    db.execute("DELETE FROM releases")
    db.execute("UPDATE plan SET title = 'half written'")
    db.executemany("INSERT INTO sent_messages (email, uid, record) VALUES (?, ?, ?)",
                   [(f"{i}@example.org", "u", "x" * 200) for i in range(5000)])
    print("writing", flush=True)
    time.sleep(600)
    """
)


def test_a_plan_left_with_a_hot_journal_by_a_killed_writer_opens_with_the_old_content(example_plan, plan_file):
    release = make_release(example_plan, "First", datetime(2025, 4, 1, tzinfo=UTC))
    record_publication(plan_file, Records().with_release(release))
    with subprocess.Popen([sys.executable, "-c", INTERRUPTED, str(plan_file)], stdout=subprocess.PIPE, text=True) as w:
        assert w.stdout is not None and w.stdout.readline() == "writing\n"
        w.send_signal(signal.SIGKILL)
    assert os.path.getsize(f"{plan_file}-journal") > 0  # hot: only a read-write open rolls it back
    plan, records = load_document(plan_file)  # before #10: "the file or folder is read-only"
    assert plan.title == example_plan.title and [r.name for r in records.releases] == ["First"]
    assert not os.path.exists(f"{plan_file}-journal")


def test_a_file_changed_since_it_was_read_is_not_overwritten(example_plan, plan_file):
    stamp = file_stamp(plan_file)
    save_plan(replace(example_plan, title="Saved by a teammate's sync"), plan_file)
    before = plan_file.read_bytes()
    with pytest.raises(ChangedOnDiskError, match=r"was changed by another program or computer at .*not overwritten"):
        save_any(replace(example_plan, title="Mine"), plan_file, expected=stamp)
    assert plan_file.read_bytes() == before
    assert save_any(replace(example_plan, title="Mine"), plan_file, expected=file_stamp(plan_file)) == file_stamp(
        plan_file
    )
    plan_file.unlink()  # a removed file is simply written again
    save_any(example_plan, plan_file, expected=stamp)
    assert plan_file.exists()


@pytest.mark.parametrize("suffix", [".planner", ".json"])
def test_saving_an_older_copy_never_rolls_back_what_left_the_machine(example_plan, tmp_path, suffix):
    path = tmp_path / f"plan{suffix}"
    save_any(example_plan, path)
    opened_earlier = load_document(path)  # e.g. the app, before a release made elsewhere
    release = make_release(example_plan, "First", datetime(2025, 4, 1, tzinfo=UTC))
    record_publication(path, Records().with_release(release))
    save_any(replace(opened_earlier[0], title="Edited"), path, opened_earlier[1])
    plan, records = load_document(path)
    assert plan.title == "Edited" and [r.name for r in records.releases] == ["First"]
    # Another plan saved over the file does not inherit its records.
    save_any(replace(example_plan, id="another-plan"), path)
    assert load_document(path)[1] == Records()


def test_the_lock_file_is_one_line_of_json_naming_the_holder(plan_file):
    with lock_plan(plan_file, "planner import-people") as lock:
        record = json.loads(lock_path(plan_file).read_text(encoding="utf-8"))
    assert record == {"program": "planner import-people", "user": lock.holder.user, "host": socket.gethostname(),
                      "pid": os.getpid(), "since": lock.holder.since.strftime("%Y-%m-%dT%H:%M:%SZ")}  # fmt: skip
