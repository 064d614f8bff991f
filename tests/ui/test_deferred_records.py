"""A plan's records (what left the machine: a published campaign's are 130,000 rows) are
read once the grid has painted the plan — at the app's start, once its first frame is — or
sooner by whoever asks for them."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from tests.publish.test_schedule_mail import published

from planner.domain.releases import make_release
from planner.storage import load_document, lock_holder, save_any
from planner.ui import document as document_module
from planner.ui.main_window import MainWindow


@pytest.fixture
def plan_file(example_plan, tmp_path):
    """A plan as after a release and a publish."""
    records = published(example_plan).with_release(
        make_release(example_plan, "First", datetime(2025, 4, 1, tzinfo=UTC))
    )
    path = tmp_path / "strike.planner"
    save_any(example_plan, path, records)
    return path


@pytest.fixture
def reads(monkeypatch) -> list[object]:
    """Each reading of a file's records by the window's document."""
    done: list[object] = []
    read = document_module.load_document_records
    monkeypatch.setattr(document_module, "load_document_records", lambda path: done.append(path) or read(path))
    return done


def _starting(qtbot, settings) -> MainWindow:
    """A window as app.py makes it: the grid first, the panels once it has painted."""
    window = MainWindow(settings, staged=True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def test_at_the_start_the_records_are_read_once_the_first_frame_is_painted(qtbot, settings, plan_file, reads):
    window = _starting(qtbot, settings)
    assert window.open_path(plan_file)
    assert not reads and window.document.plan.title and window.document.path == plan_file
    qtbot.waitUntil(lambda: window.start_finished, timeout=900)  # (before the 1 s fallback: painted)
    assert reads == [plan_file]
    assert window.document.records == load_document(plan_file)[1] and window.document.records.releases
    assert window.press_panel.table.model().rowCount() > 0
    window.document.records  # noqa: B018 (asked again: not read again)
    assert reads == [plan_file]
    window.document.rename("Edited")
    assert window.save()  # the records the file holds are not written again, nor lost
    assert load_document(plan_file)[1] == window.document.records


def test_whoever_asks_before_then_gets_the_files_records(qtbot, settings, plan_file, reads):
    window = _starting(qtbot, settings)
    seen = []
    window.document.plan_loaded.connect(lambda: seen.append(window.document.records))
    assert window.open_path(plan_file)
    assert reads == [plan_file] and seen[-1] == load_document(plan_file)[1]  # never an empty record
    qtbot.waitUntil(lambda: window.start_finished, timeout=900)
    assert reads == [plan_file]


def test_records_that_cannot_be_read_leave_the_plan_unopened_and_say_why(qtbot, settings, plan_file, monkeypatch):
    with sqlite3.connect(plan_file) as db:
        db.execute("UPDATE published SET at = 'yesterday' WHERE rowid = (SELECT min(rowid) FROM published)")
    db.close()
    window = _starting(qtbot, settings)
    said = []
    monkeypatch.setattr(window, "show_error", lambda title, text: said.append((title, text)))
    assert window.open_path(plan_file)  # the plan itself reads
    qtbot.waitUntil(lambda: window.start_finished, timeout=900)
    [(title, text)] = said
    assert title == "Could not open the plan" and "records" in text and "damaged" in text
    assert window.document.path is None and lock_holder(plan_file) is None  # not open, not held
    assert window.people_panel.model().rowCount() == 0  # the panels show the blank plan


def test_a_plan_opened_later_reads_its_records_once_the_grid_has_painted_it(window, plan_file, reads, qtbot):
    assert window.start_finished
    assert window.open_path(plan_file)
    assert not reads
    qtbot.waitUntil(lambda: bool(reads), timeout=900)
    assert reads == [plan_file] and window.document.records == load_document(plan_file)[1]


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
