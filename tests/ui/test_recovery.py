"""Autosave and crash recovery: a real app process killed with SIGKILL; the next start offers
its unsaved edits back."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from planner.domain.records import Records
from planner.fileio import file_stamp
from planner.storage import load_document, lock_holder, lock_plan
from planner.storage.document import save_plan
from planner.storage.recovery import HeldFile, Recovered, RecoveryCopy, left_behind
from planner.ui.main_window import MainWindow
from planner.ui.settings import AUTOSAVE_SECONDS

# The app, with autosave every second: opens the plan (or the example when none), types two
# edits, says when the recovery copy holds them, and waits to be killed.
APP = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from planner.ui.main_window import MainWindow
    from planner.ui.settings import AUTOSAVE_SECONDS, Settings

    app = QApplication([])
    settings = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
    settings.set(AUTOSAVE_SECONDS, 1)
    window = MainWindow(settings, recovery_folder=Path(sys.argv[1]))
    if len(sys.argv) > 3:
        assert window.open_path(Path(sys.argv[3]))
    else:
        window.open_example()
    window.document.rename("Typed before the crash")
    window.document.rename("Typed before the crash, twice")
    window.autosave.written.connect(lambda: print("kept", flush=True))
    app.exec()
    """
)


def _run_and_kill(recovery: Path, ini: Path, *plan: Path) -> None:
    args = [sys.executable, "-c", APP, str(recovery), str(ini), *map(str, plan)]
    with subprocess.Popen(args, stdout=subprocess.PIPE, text=True) as app:
        assert app.stdout is not None and app.stdout.readline() == "kept\n"
        app.send_signal(signal.SIGKILL)


@pytest.fixture
def restart(qtbot, settings, monkeypatch):
    """The next start of the app, on the same recovery folder; it answers `answer`."""
    windows = []

    def start(recovery: Path, answer: int) -> tuple[MainWindow, list[str]]:
        window = MainWindow(settings, recovery_folder=recovery)
        window.run_dialog = lambda dialog: QDialog.DialogCode.Rejected
        asked: list[str] = []
        monkeypatch.setattr(window, "ask", lambda title, text, choices, cancel=None: asked.append(text) or answer)
        windows.append(window)
        return window, asked

    yield start
    for window in windows:
        window.document.undo_stack.setClean()
        window.close()


def test_edits_to_a_plan_file_come_back_after_the_app_is_killed(plan_file_and_folders, restart, example_plan):
    plan_file, recovery, ini = plan_file_and_folders
    _run_and_kill(recovery, ini, plan_file)
    assert load_document(plan_file)[0].title == example_plan.title  # the edits were never saved
    window, asked = restart(recovery, 0)  # Restore
    assert window.offer_recovery()
    assert asked == [asked[0]] and "2 unsaved changes to strike.planner from " in asked[0]
    document = window.document
    assert document.path == plan_file and not document.read_only  # the dead app's lock was stale
    assert document.plan.title == "Typed before the crash, twice" and document.is_modified
    document.undo_stack.undo()  # one step back: the saved version
    assert document.plan.title == example_plan.title
    document.undo_stack.redo()
    window.autosave.close()  # this app's own copy holds the edits now; the dead app's is gone
    assert left_behind(recovery) == []
    assert window.save() and load_document(plan_file)[0].title == "Typed before the crash, twice"


def test_an_untitled_plans_edits_come_back_too(plan_file_and_folders, restart):
    _plan_file, recovery, ini = plan_file_and_folders
    _run_and_kill(recovery, ini)
    window, asked = restart(recovery, 0)
    assert window.offer_recovery()
    assert "unsaved changes to Typed before the crash, twice from " in asked[0]
    assert window.document.path is None and window.document.plan.title == "Typed before the crash, twice"
    assert window.document.is_modified


def test_discarded_edits_are_gone_and_not_now_keeps_them_for_later(plan_file_and_folders, restart):
    plan_file, recovery, ini = plan_file_and_folders
    _run_and_kill(recovery, ini, plan_file)
    later, _asked = restart(recovery, 2)  # Not Now
    assert not later.offer_recovery()
    assert len(left_behind(recovery)) == 1
    discard, _asked = restart(recovery, 1)  # Discard
    assert not discard.offer_recovery()
    assert left_behind(recovery) == []


def test_a_running_apps_copy_is_not_offered_and_a_clean_exit_leaves_nothing(settings, qtbot, tmp_path, restart):
    recovery = tmp_path / "recovery"
    running = MainWindow(settings, recovery_folder=recovery)
    running.open_example()
    running.document.rename("Still being typed")
    with qtbot.waitSignal(running.autosave.written, timeout=10_000):
        running.autosave.write_now()
    assert lock_holder(running.autosave.copy.folder / "plan.planner") is not None
    second, asked = restart(recovery, 0)
    assert not second.offer_recovery() and asked == []  # its app is alive
    running.document.undo_stack.setClean()  # saved, say: the copy is emptied
    running.close()
    assert list(recovery.iterdir()) == []


def test_the_interval_is_a_setting_chosen_in_the_file_menu(settings, tmp_path):
    window = MainWindow(settings, recovery_folder=tmp_path / "recovery")
    assert window.autosave.interval == 60  # the default
    next(a for a in window.autosave_actions.actions() if a.text() == "5 minutes").trigger()
    assert window.autosave.interval == 300 and settings.get(AUTOSAVE_SECONDS) == 300
    next(a for a in window.autosave_actions.actions() if a.text() == "Never").trigger()
    assert window.autosave.interval == 0
    window.close()


def test_a_copy_is_not_offered_while_its_app_holds_it_and_goes_with_a_clean_exit(example_plan, tmp_path):
    copy = RecoveryCopy(tmp_path)
    copy.write(example_plan, Records(), None, 3)
    assert sorted(p.name for p in copy.folder.iterdir()) == [".~lock.plan.planner#", "about.json", "plan.planner"]
    assert left_behind(tmp_path) == []  # held: its app is alive
    copy.clear()
    assert sorted(p.name for p in copy.folder.iterdir()) == [".~lock.plan.planner#"]
    copy.close()
    assert list(tmp_path.iterdir()) == []


def test_the_copy_is_written_whole_once_then_only_what_changed(example_plan, tmp_path, sql_trace):
    """Autosave writes in a worker that takes Python's lock in turns with the window: after
    the first copy, an edit's rows only (as Save writes them), and the copy reads back whole."""
    from dataclasses import replace

    from planner.domain.edits import put_person

    copy = RecoveryCopy(tmp_path)
    with sql_trace() as first:
        copy.write(example_plan, Records(), None, 1)
    renamed = put_person(example_plan, replace(example_plan.people[0], name="Ana M. Morales"))
    with sql_trace() as second:
        copy.write(renamed, Records(), None, 2)
    assert {"turns", "shifts", "people"} <= written_to(first)
    assert written_to(second) == {"plan", "people"}  # the plan's row and the person renamed
    [recovered] = left_behind_by(copy)
    assert recovered.load()[0] == renamed and recovered.edits == 2
    copy.clear()  # saved: the next copy is whole again
    with sql_trace() as after_clear:
        copy.write(example_plan, Records(), None, 1)
    assert {"turns", "shifts", "people"} <= written_to(after_clear)
    assert left_behind_by(copy)[0].load()[0] == example_plan
    copy.close()


def test_the_first_copy_of_a_held_file_is_the_file_with_the_edits_written_into_it(example_plan, tmp_path, sql_trace):
    """A campaign's whole first copy was 0.7 s of Python in the autosave's worker: the file the
    app holds, copied by SQLite, with the edits since written into it, is the same copy. Not
    when the file was written since the app read it: then the whole plan, as before."""
    from dataclasses import replace

    from planner.domain.edits import put_person

    plan_file = tmp_path / "strike.planner"
    save_plan(example_plan, plan_file)
    held = HeldFile(plan_file, example_plan, file_stamp(plan_file))
    renamed = put_person(example_plan, replace(example_plan.people[0], name="Ana M. Morales"))
    copy = RecoveryCopy(tmp_path / "recovery")
    with sql_trace() as first:
        copy.write(renamed, Records(), plan_file, 1, held)
    assert written_to(first) == {"plan", "people"}  # into the file's copy: the edit's rows only
    assert sorted(p.name for p in copy.folder.iterdir()) == [".~lock.plan.planner#", "about.json", "plan.planner"]
    [recovered] = left_behind_by(copy)
    assert recovered.load()[0] == renamed and recovered.source == plan_file
    copy.clear()

    someone_else = put_person(example_plan, replace(example_plan.people[1], name="Written by another hand"))
    save_plan(someone_else, plan_file)  # the file no longer holds what the app read
    with sql_trace() as whole:
        copy.write(renamed, Records(), plan_file, 1, held)
    assert {"turns", "shifts", "people"} <= written_to(whole)
    assert left_behind_by(copy)[0].load()[0] == renamed  # not someone_else's rename as well
    copy.close()


def test_records_the_copy_holds_are_neither_read_nor_written_again(example_plan, tmp_path, sql_trace):
    """A published campaign's records (130,000 rows) took 0.6-1.0 s of each copy, read back
    from it and merged, in the worker that takes Python's lock in turns with the window: a
    week switch meanwhile took 70 ms. Records are replaced when they change, never changed in
    place: the same object is in the copy already; other records are written, as before."""
    from dataclasses import replace
    from datetime import UTC, datetime

    from planner.domain.edits import put_person
    from planner.domain.records import PublishedEvent
    from planner.domain.revisions import Revision

    at = datetime(2025, 4, 1, tzinfo=UTC)
    records = Records(revisions={example_plan.turns[0].id: Revision(2, "f" * 24, at)})
    plan_file = tmp_path / "strike.planner"
    save_plan(example_plan, plan_file, records)
    renamed = put_person(example_plan, replace(example_plan.people[0], name="Ana M. Morales"))
    copy = RecoveryCopy(tmp_path / "recovery")
    with sql_trace() as first:
        copy.write(renamed, records, plan_file, 1, HeldFile(plan_file, example_plan, file_stamp(plan_file), records))
    retitled = replace(renamed, title="Typed, not saved")
    with sql_trace() as second:
        copy.write(retitled, records, plan_file, 2)
    for statements in (first, second):
        assert written_to(statements) <= {"plan", "people"}
        assert read_from(statements) & RECORD_TABLES == set()
    assert left_behind_by(copy)[0].load() == (retitled, records)

    published = records.with_published({("media", "uid-1"): PublishedEvent("/media/uid-1.ics", '"1"', "ab", at)})
    with sql_trace() as third:
        copy.write(retitled, published, plan_file, 2)  # (published meanwhile: new records)
    assert "published" in written_to(third)
    assert left_behind_by(copy)[0].load() == (retitled, published)
    copy.clear()
    with sql_trace() as after_clear:  # the file's records are not the document's: read and merged
        copy.write(renamed, published, plan_file, 1, HeldFile(plan_file, example_plan, file_stamp(plan_file), records))
    assert "published" in written_to(after_clear) and "published" in read_from(after_clear)
    assert left_behind_by(copy)[0].load() == (renamed, published)
    copy.close()


def test_autosave_starts_from_the_file_the_window_holds(settings, tmp_path, example_plan, sql_trace, qtbot):
    plan_file = tmp_path / "strike.planner"
    save_plan(example_plan, plan_file)
    window = MainWindow(settings, recovery_folder=tmp_path / "recovery")
    assert window.open_path(plan_file)
    window.document.rename("Typed, not saved")
    with sql_trace() as first, qtbot.waitSignal(window.autosave.written, timeout=10_000):
        window.autosave.write_now()
    assert written_to(first) == {"plan"}  # the file copied, the title written into it
    [recovered] = left_behind_by(window.autosave.copy)
    assert recovered.load()[0].title == "Typed, not saved" and recovered.load()[0].turns == example_plan.turns
    window.document.undo_stack.setClean()
    window.close()


def written_to(statements: list[str]) -> set[str]:
    """The tables the statements wrote rows to."""
    return {
        m.group(1).strip('"')
        for s in statements
        for m in re.finditer(r"(?:INSERT(?: OR REPLACE)? INTO|UPDATE|DELETE FROM) (\S+)", s)
    }


RECORD_TABLES = {"revisions", "releases", "sent_messages", "send_failures", "published", "feed_tokens"}


def read_from(statements: list[str]) -> set[str]:
    """The tables the statements read."""
    return {m.group(1).strip('"') for s in statements for m in re.finditer(r"SELECT .*? FROM (\S+)", s)}


def left_behind_by(copy: RecoveryCopy) -> list[Recovered]:
    """The copy as the next start would find it, had its app been killed now."""
    lock, copy._lock = copy._lock, None  # (the app's lock, let go of as a killed app's is)
    assert lock is not None
    lock.release()
    try:
        return left_behind(copy.root)
    finally:
        copy._lock = lock_plan(copy.folder / "plan.planner", "Planner")


@pytest.fixture
def plan_file_and_folders(example_plan, tmp_path) -> tuple[Path, Path, Path]:
    plan_file = tmp_path / "strike.planner"
    save_plan(example_plan, plan_file)
    return plan_file, tmp_path / "recovery", tmp_path / "app.ini"
