"""A plan's records (what left the machine: a published campaign's are 130,000 rows) are
read once the grid has painted the plan — at the app's start, once its first frame is — in a
worker thread, the window in use meanwhile; or sooner by whoever asks for them."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime

import pytest
from tests.publish.test_schedule_mail import published

from planner.domain.releases import make_release
from planner.storage import load_document, lock_holder, save_any
from planner.ui import document as document_module


@pytest.fixture
def plan_file(example_plan, tmp_path):
    """A plan as after a release and a publish."""
    records = published(example_plan).with_release(
        make_release(example_plan, "First", datetime(2025, 4, 1, tzinfo=UTC))
    )
    path = tmp_path / "strike.planner"
    save_any(example_plan, path, records)
    return path


class Reads(list):
    """The files whose records the window's document read, in order; `threads`: where."""

    def __init__(self) -> None:
        super().__init__()
        self.threads: list[threading.Thread] = []
        self.gate = threading.Event()  # cleared: each read waits for it
        self.gate.set()


@pytest.fixture
def reads(monkeypatch) -> Reads:
    done = Reads()
    read = document_module.load_document_records

    def reading(path):
        done.append(path)
        done.threads.append(threading.current_thread())
        assert done.gate.wait(20)
        return read(path)

    monkeypatch.setattr(document_module, "load_document_records", reading)
    return done


def test_at_the_start_the_records_are_read_once_the_first_frame_is_painted(qtbot, starting_window, plan_file, reads):
    window = starting_window()
    assert window.open_path(plan_file)
    assert not reads and window.document.plan.title and window.document.path == plan_file
    qtbot.waitUntil(lambda: window.start_finished, timeout=900)  # (before the 1 s fallback: painted)
    qtbot.waitUntil(lambda: window.document._records_from is None, timeout=5000)  # (delivered: not asked for)
    assert reads == [plan_file] and reads.threads != [threading.main_thread()]  # (in a worker)
    assert window.document.records == load_document(plan_file)[1] and window.document.records.releases
    assert window.press_panel.table.model().rowCount() > 0
    window.document.records  # noqa: B018 (asked again: not read again)
    assert reads == [plan_file]
    window.document.rename("Edited")
    assert window.save()  # the records the file holds are not written again, nor lost
    assert load_document(plan_file)[1] == window.document.records


def test_whoever_asks_before_then_gets_the_files_records(qtbot, starting_window, plan_file, reads):
    window = starting_window()
    seen = []
    window.document.plan_loaded.connect(lambda: seen.append(window.document.records))
    assert window.open_path(plan_file)
    assert reads == [plan_file] and seen[-1] == load_document(plan_file)[1]  # never an empty record
    qtbot.waitUntil(lambda: window.start_finished, timeout=900)
    assert reads == [plan_file]


def test_records_that_cannot_be_read_leave_the_plan_unopened_and_say_why(
    qtbot, starting_window, plan_file, monkeypatch
):
    with sqlite3.connect(plan_file) as db:
        db.execute("UPDATE published SET at = 'yesterday' WHERE rowid = (SELECT min(rowid) FROM published)")
    db.close()
    window = starting_window()
    said = []
    monkeypatch.setattr(window, "show_error", lambda title, text: said.append((title, text)))
    assert window.open_path(plan_file)  # the plan itself reads
    qtbot.waitUntil(lambda: window.start_finished, timeout=900)
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    [(title, text)] = said
    assert title == "Could not open the plan" and "records" in text and "damaged" in text
    assert window.document.path is None and lock_holder(plan_file) is None  # not open, not held
    assert window.people_panel.model().rowCount() == 0  # the panels show the blank plan


def test_a_plan_opened_later_reads_its_records_once_the_grid_has_painted_it(window, plan_file, reads, qtbot):
    assert window.start_finished
    assert window.open_path(plan_file)
    assert not reads
    qtbot.waitUntil(lambda: window.document._records_from is None, timeout=5000)
    assert reads == [plan_file] and window.document.records == load_document(plan_file)[1]


def test_while_they_are_read_the_window_is_in_use_and_whoever_asks_waits_for_them(window, plan_file, reads, qtbot):
    """The read held in its worker: the organizer edits meanwhile; a save asks for the
    records, gets them as the worker reads them (one read), and writes them with the edit."""
    from planner.domain import edits

    reads.gate.clear()
    assert window.open_path(plan_file)
    qtbot.waitUntil(lambda: bool(reads), timeout=5000)  # (being read)
    shift = window.document.plan.shifts[0]
    assert window.document.edit("Remove", edits.remove_items, [shift.id])  # (not waiting for them)
    threading.Timer(0.2, reads.gate.set).start()
    assert window.save()
    assert reads == [plan_file] and reads.threads[0] is not threading.main_thread()
    plan, records = load_document(plan_file)
    assert records == window.document.records and records.published and shift.id not in {s.id for s in plan.shifts}


def test_records_that_cannot_be_read_after_an_edit_leave_the_plan_as_edited_untitled(window, plan_file, reads,
                                                                                      monkeypatch, qtbot):  # fmt: skip
    """Nothing typed is lost: an edit made while the records were being read stays, in an
    untitled plan the window asks to save on closing; the file is let go and the error said."""
    from planner.domain import edits

    with sqlite3.connect(plan_file) as db:
        db.execute("UPDATE published SET at = 'yesterday' WHERE rowid = (SELECT min(rowid) FROM published)")
    db.close()
    said = []
    monkeypatch.setattr(window, "show_error", lambda title, text: said.append((title, text)))
    reads.gate.clear()
    assert window.open_path(plan_file)
    qtbot.waitUntil(lambda: bool(reads), timeout=5000)
    shift = window.document.plan.shifts[0]
    assert window.document.edit("Remove", edits.remove_items, [shift.id])
    reads.gate.set()
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert said[0][0] == "Could not open the plan" and window.document.path is None
    assert shift.id not in {s.id for s in window.document.plan.shifts} and window.isWindowModified()
    assert lock_holder(plan_file) is None
    window.document.undo_stack.setClean()  # (the fixture's window closes without asking)


def test_records_that_cannot_be_read_later_leave_the_plan_unopened_too(window, plan_file, monkeypatch, qtbot):
    with sqlite3.connect(plan_file) as db:
        db.execute("UPDATE published SET at = 'yesterday' WHERE rowid = (SELECT min(rowid) FROM published)")
    db.close()
    said = []
    monkeypatch.setattr(window, "show_error", lambda title, text: said.append((title, text)))
    assert window.open_path(plan_file)
    qtbot.waitUntil(lambda: bool(said), timeout=900)
    assert said[0][0] == "Could not open the plan" and window.document.path is None
    assert lock_holder(plan_file) is None


def test_at_the_start_the_records_read_are_frozen_out_of_the_collector_too(plan_file, tmp_path):
    """As the rest of what the start made (test_main_window): the cyclic collector's later
    passes do not walk a published campaign's 110,000 records again and again."""
    import subprocess
    import sys

    code = (
        "import gc, sys, planner.__main__ as m;"
        "import threading, planner.ui.document as d; from planner.ui.document import PlanDocument;"
        "from planner.ui.main_window import window as w; read, made = d.load_document_records, threading.Event();"
        # As a campaign's: the records made once the panels are, and frozen with them
        "d.load_document_records = lambda path: (made.wait(10), read(path))[1];"
        "finish = w.MainWindow.finish_start; w.MainWindow.finish_start = lambda self: (finish(self), made.set());"
        "seen = []; take = PlanDocument._take_records;"
        "collected = lambda r: {id(o) for o in gc.get_objects()} & {id(e) for e in r.published.values()};"
        "PlanDocument._take_records = lambda self, r: (take(self, r), seen.append(len(collected(r))),"
        " seen.append(len(r.published)));"
        # The screenshot (and so the end) once the records are taken: on a loaded machine the
        # start's 300 ms before it could pass first, and the run end with nothing seen.
        "import planner.app as a, time; from PySide6.QtCore import QTimer; save = a._save_screenshot;"
        "until = time.monotonic() + 30;"
        "a._save_screenshot = lambda win, path: save(win, path) if seen or time.monotonic() > until"
        " else QTimer.singleShot(50, lambda: a._save_screenshot(win, path));"
        "rc = m.main([sys.argv[1], '--screenshot', sys.argv[2], '--new-window']);"
        "print(rc, *seen)"
    )
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code, str(plan_file), str(tmp_path / "shot.png")], env=env,
                            capture_output=True, text=True, timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stderr
    rc, still_collected, published = map(int, result.stdout.split())
    assert (rc, still_collected) == (0, 0) and published > 0
