"""The app as one of several writers: its lock, read-only viewing, a file changed underneath,
and plain text wherever the plan's text is shown."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from planner.domain.records import Records
from planner.domain.releases import make_release
from planner.storage import load_document, lock_holder, record_publication
from planner.storage.document import save_plan
from planner.storage.lock import Holder, lock_path
from planner.ui.messages import message_box, tooltip


@pytest.fixture
def plan_file(example_plan, tmp_path) -> Path:
    path = tmp_path / "strike.planner"
    save_plan(example_plan, path)
    return path


@pytest.fixture
def answers(window, monkeypatch):
    """What the window asked, and the answers to give, in order (the first choice by default)."""
    asked: list[tuple[str, list[str]]] = []
    queued: list[int] = []

    def ask(title, text, choices, cancel=None):
        asked.append((text, choices))
        return queued.pop(0) if queued else 0

    monkeypatch.setattr(window, "ask", ask)
    return asked, queued


def _planner(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "planner", *args], capture_output=True, text=True, timeout=120)


# Holds a plan's lock in another process, as a long `planner rotate` would, until killed.
HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from planner.storage import lock_plan
    lock = lock_plan(Path(sys.argv[1]), "planner rotate")
    print("locked", flush=True)
    time.sleep(600)
    """
)


def test_a_command_cannot_write_a_plan_the_app_has_open_and_can_once_it_is_closed(window, plan_file):
    assert window.open_path(plan_file)
    assert lock_holder(plan_file) is not None and lock_holder(plan_file).program == "Planner"
    refused = _planner("release", str(plan_file), "--name", "Behind the app's back", "--yes")
    assert refused.returncode == 2
    assert (
        "planner: strike.planner is open in Planner on " in refused.stderr
        and f"(process {os.getpid()})" in refused.stderr
    )
    window.document.rename("Saved by the app")
    assert window.save()
    assert load_document(plan_file)[1].releases == ()
    window.open_example()  # the plan is closed: its lock is given back
    assert lock_holder(plan_file) is None and not lock_path(plan_file).exists()
    assert _planner("release", str(plan_file), "--name", "First", "--yes").returncode == 0
    plan, records = load_document(plan_file)
    assert plan.title == "Saved by the app" and [r.name for r in records.releases] == ["First"]


def test_a_plan_a_command_is_writing_opens_read_only_and_saves_only_as_a_copy(window, plan_file, answers, monkeypatch):
    asked, _queued = answers
    with subprocess.Popen([sys.executable, "-c", HOLDER, str(plan_file)], stdout=subprocess.PIPE, text=True) as other:
        assert other.stdout is not None and other.stdout.readline() == "locked\n"
        before = plan_file.read_bytes()
        assert window.open_path(plan_file)  # answered "Open Read-Only"
        text, choices = asked[0]
        assert text.startswith("strike.planner is open in planner rotate on ") and f"(process {other.pid})" in text
        assert choices == ["Open Read-Only", "Cancel"]
        assert window.document.read_only and window.windowTitle() == "strike.planner (read-only)[*] — Planner"
        assert window.read_only_label.isVisible()
        errors: list[str] = []
        monkeypatch.setattr(window, "show_error", lambda title, message: errors.append(message))
        assert not window.release("Not from here")
        assert "strike.planner is open read-only" in errors[0]
        window.document.rename("My version")
        copy = plan_file.with_name("mine.planner")
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(copy), "")))
        assert window.save()  # Save goes to Save As: the plan the command holds is not touched
        assert plan_file.read_bytes() == before
        assert load_document(copy)[0].title == "My version" and not window.document.read_only
        assert not window.read_only_label.isVisible()
        other.send_signal(signal.SIGKILL)


def test_a_lock_from_another_machine_can_be_taken_over(window, plan_file, answers):
    asked, queued = answers
    since = datetime(2025, 4, 7, 14, 2, tzinfo=UTC)
    lock_path(plan_file).write_text(Holder("Planner", "rosa", "laptop-7", 4242, since).to_json())
    queued.append(1)
    assert window.open_path(plan_file)
    assert asked[0][1] == ["Open Read-Only", "Take Over", "Cancel"]
    assert not window.document.read_only and lock_holder(plan_file).pid == os.getpid()
    queued.append(2)
    window.open_example()
    lock_path(plan_file).write_text(Holder("Planner", "rosa", "laptop-7", 4242, since).to_json())
    assert not window.open_path(plan_file)  # Cancel: nothing opened, the other lock stands
    assert window.document.path is None and "laptop-7" in lock_path(plan_file).read_text()


def test_a_file_changed_underneath_is_never_overwritten(window, plan_file, answers, monkeypatch, example_plan):
    asked, queued = answers
    assert window.open_path(plan_file)
    window.document.rename("Typed in the app")
    # A sync client (or another machine) puts a new version in place; it knows no lock.
    theirs = plan_file.with_name("theirs.planner")
    save_plan(replace(example_plan, title="From a teammate"), theirs)
    os.replace(theirs, plan_file)
    release = make_release(example_plan, "Sent by a teammate", datetime(2025, 4, 1, tzinfo=UTC))
    record_publication(plan_file, Records().with_release(release))
    before = plan_file.read_bytes()
    queued.append(2)  # Cancel
    assert not window.save()
    assert "was changed by another program or computer" in asked[0][0]
    assert asked[0][1] == ["Save As Copy…", "Reload", "Cancel"]
    assert plan_file.read_bytes() == before and window.document.is_modified
    copy = plan_file.with_name("mine.planner")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(copy), "")))
    queued.append(0)  # Save As Copy
    assert window.save()
    assert load_document(copy)[0].title == "Typed in the app" and plan_file.read_bytes() == before
    window.open_path(plan_file)
    window.document.rename("Typed again")
    os.replace(copy, plan_file)  # changed again underneath
    queued.append(1)  # Reload
    assert not window.save()
    assert window.document.plan.title == "Typed in the app" and not window.document.is_modified


def test_a_release_and_an_export_in_the_app_keep_what_the_file_recorded(
    window, plan_file, tmp_path, monkeypatch, export_to
):
    monkeypatch.setattr(window, "show_report", lambda title, message: None)
    assert window.open_path(plan_file)
    assert window.release("First")
    assert export_to(window, tmp_path / "feeds")
    window.document.rename("Edited after")
    assert window.save()
    plan, records = load_document(plan_file)
    assert plan.title == "Edited after"
    assert [r.name for r in records.releases] == ["First"] and records.revisions
    assert records == window.document.records


EVIL = '<a href="https://evil.example/login">Ana</a>'


def test_the_plans_text_shows_as_plain_text_in_labels_tooltips_and_message_boxes(window, example_plan, tmp_path):
    plan = replace(
        example_plan,
        title=EVIL,
        roles=tuple(replace(r, name=EVIL) for r in example_plan.roles),
        locations=tuple(replace(loc, name=EVIL, address=EVIL) for loc in example_plan.locations),
        people=tuple(replace(p, name=EVIL) for p in example_plan.people),
    )
    path = tmp_path / "evil.planner"
    save_plan(plan, path)
    assert window.open_path(path)
    labels = [label for label in window.findChildren(QLabel) if "evil.example" in label.text()]
    assert labels  # the heading, the legend, the location panel
    for label in labels:
        shows_tag = label.textFormat() == label.textFormat().PlainText or "&lt;a href" in label.text()
        assert shows_tag, (label.objectName(), label.text())
    for row in range(window.warnings_panel.count()):
        tip = window.warnings_panel.item(row).toolTip()
        assert "<a href" not in tip
    box = message_box(window, QMessageBox.Icon.Warning, "Could not open the plan", f"{EVIL} is broken")
    assert (
        box.textFormat() == box.textFormat().PlainText and box.text() == f"Could not open the plan\n\n{EVIL} is broken"
    )
    assert tooltip("a <b>\nc") == "<qt>a &lt;b&gt;<br>c</qt>"


RUNS = int(os.environ.get("PLANNER_CONCURRENCY_RUNS", "3"))


def test_the_app_and_a_command_racing_for_one_plan_never_lose_a_change(window, example_plan, tmp_path, answers,
                                                                       monkeypatch):  # fmt: skip
    """Started together: whoever comes second is refused (the command, exit 2) or gets the plan
    read-only (the app, which then saves a copy); every change that was accepted is in a file."""
    outcomes = {"command first": 0, "app first": 0}
    rng = random.Random(20250407)
    for run in range(RUNS):
        plan_file = tmp_path / f"race-{run}.planner"
        save_plan(example_plan, plan_file)
        people = tmp_path / f"people-{run}.csv"
        people.write_text(f"name,kind,email\nRacer {run},volunteer,racer{run}@example.org\n")
        copy = tmp_path / f"copy-{run}.planner"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, c=copy, **k: (str(c), "")))
        command = subprocess.Popen([sys.executable, "-m", "planner", "import-people", str(plan_file), str(people)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
        time.sleep(rng.uniform(0.0, 0.8))  # the command needs ~0.4 s to start: either may come first
        assert window.open_path(plan_file)
        window.document.rename(f"Renamed in the app {run}")
        assert window.save()
        _out, err = command.communicate(timeout=120)
        window.open_example()  # closes the plan: its lock goes
        saved_to = copy if copy.exists() else plan_file
        assert load_document(saved_to)[0].title == f"Renamed in the app {run}"
        names = {p.name for p in load_document(plan_file)[0].people}
        if command.returncode == 0:
            assert f"Racer {run}" in names
        else:
            assert command.returncode == 2 and "is open in Planner" in err
        outcomes["command first" if saved_to == copy or command.returncode == 0 else "app first"] += 1
    print(f"\n{RUNS} runs: {outcomes}")


def test_a_plan_where_no_lock_can_be_made_opens_read_only(window, plan_file, monkeypatch):
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda title, message: errors.append(message))
    lock_path(plan_file).mkdir()  # stands in for a read-only folder (the tests may run as root)
    assert window.open_path(plan_file)
    assert window.document.read_only and window.document.plan.title and errors == []
    assert not window.open_path(plan_file.with_name("missing.planner"))  # a missing file is still an error
    assert errors[0].endswith("missing.planner: no such file")
