"""The app as the desktop meets it: its icon, Help ▸ About and Report a Problem, a calendar
opened with Planner, and one running Planner taking the files later launches hand it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from tests.ical.test_importer import ics

from planner.storage import save_any
from planner.storage.lock import lock_holder
from planner.ui.about import about_html, problem_report, versions
from planner.ui.single_instance import channel_name


def test_the_window_has_the_apps_icon_and_help_says_who_it_is(window, monkeypatch):
    assert not window.windowIcon().isNull() and not window.windowIcon().pixmap(32, 32).isNull()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[-1] == "&Help"
    names = dict(versions())
    assert names["Planner"] and names["Qt"] and names["icalendar"] != "not installed"
    text = about_html()
    assert "GNU General Public License" in text and "README" in text and names["ortools"] in text
    shown = []
    monkeypatch.setattr(window, "run_dialog", lambda box: shown.append(box.text()) or 0)
    window.about_action.trigger()
    assert shown and "Planner" in shown[0]


def test_a_library_missing_is_said_in_the_apps_language(monkeypatch, spanish):
    from importlib import metadata

    def version(name):
        if name == "keyring":
            raise metadata.PackageNotFoundError(name)
        return "1.0"

    monkeypatch.setattr(metadata, "version", version)
    assert dict(versions())["keyring"] == "not installed"
    with spanish():
        assert dict(versions())["keyring"] == "no instalado"


def test_report_a_problem_copies_versions_platform_and_the_last_error(window, monkeypatch):
    monkeypatch.setattr("planner.ui.main_window.window.show_message", lambda *args: None)
    window.show_error("Could not open the plan", "strike.planner: not a Planner file")
    report = window.report_problem()
    assert QApplication.clipboard().text() == report
    assert "Last error: Could not open the plan: strike.planner: not a Planner file" in report
    assert "Planner " in report and "Platform: " in report
    assert "Last error: none" in problem_report("")


def test_a_calendar_handed_to_the_app_is_imported_into_the_plan_open(window, tmp_path, monkeypatch):
    monkeypatch.setattr(window, "show_report", lambda *args: None)
    calendar = tmp_path / "availability.ics"
    calendar.write_bytes(
        ics(
            "UID:sat\nSUMMARY:Rally\nDTSTART;TZID=America/Los_Angeles:20250412T100000\n"
            "DTEND;TZID=America/Los_Angeles:20250412T120000"
        )
    )
    before = len(list(window.document.plan.windows()))
    assert window.open_handed(str(calendar))
    assert len(list(window.document.plan.windows())) > before


def _held(path: Path, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if lock_holder(path) is not None:
            return True
        time.sleep(0.2)
    return False


def test_a_second_launch_hands_its_file_to_the_running_app_and_ends(tmp_path, example_plan):
    first, second = tmp_path / "first.planner", tmp_path / "second.planner"
    save_any(example_plan, first)
    save_any(example_plan, second)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path),  # the channel lives here
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}  # fmt: skip
    app = subprocess.Popen([sys.executable, "-m", "planner", str(first)], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    try:
        assert _held(first), "the first Planner did not open its plan"
        assert lock_holder(second) is None
        # It listens once its first frame is painted, on a socket in its temp folder.
        deadline = time.monotonic() + 30
        while not (tmp_path / channel_name()).exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert (tmp_path / channel_name()).exists(), "the first Planner does not listen for launches"
        launch = subprocess.run([sys.executable, "-m", "planner", str(second)], env=env, capture_output=True,
                                text=True, timeout=60)  # fmt: skip
        assert launch.returncode == 0, launch.stderr
        # The running app opened it (and holds its lock); the second process has ended.
        assert _held(second, 30), "the running Planner did not open the file handed to it"
        assert app.poll() is None
    finally:
        app.kill()
        app.communicate(timeout=30)


def test_a_launch_with_no_planner_listening_starts_without_loading_qtnetwork(tmp_path):
    """No socket in the temp folder: no Planner to hand the file to, and nothing of QtNetwork
    loaded to find that out (7-8 ms of a start); a socket left by one that crashed is tried."""
    code = (
        "import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from planner.ui.single_instance import hand_over, channel_name;"
        "print(hand_over(''), 'PySide6.QtNetwork' in sys.modules);"
        "open(__import__('os').path.join(sys.argv[1], channel_name()), 'w').close();"  # a stale one
        "print(hand_over(''), 'PySide6.QtNetwork' in sys.modules)"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path)], env=env, capture_output=True, text=True,
                            timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False", "False", "True"]


def test_a_user_the_system_has_no_name_for_still_gets_the_app_a_lock_and_a_name_on_the_team(
    window, tmp_path, monkeypatch, example_plan
):
    """Some containers run as a user id with no login name: getpass raises there (KeyError
    before Python 3.13). The app's start (its one-per-user channel), a plan's lock and the
    team's name for the organizer go on with the user id."""
    import getpass
    import pwd

    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.delenv(name, raising=False)

    def no_name(_uid: int) -> pwd.struct_passwd:
        raise KeyError("getpwuid(): uid not found")

    monkeypatch.setattr(pwd, "getpwuid", no_name)
    with pytest.raises((KeyError, OSError)):
        getpass.getuser()
    uid = str(os.getuid())
    assert channel_name() == channel_name() and channel_name().startswith("planner-")
    plan = tmp_path / "plan.planner"
    save_any(example_plan, plan)
    window.open_path(plan)
    assert window.document.read_only is False and lock_holder(plan).user == uid
    assert window.team.who == uid


def test_a_screenshot_run_of_a_plan_that_cannot_be_opened_says_so_and_ends(tmp_path):
    """No one answers a screenshot run (docs, CI): the error goes to stderr and the run ends
    (exit 2), not a message box that waits for ever."""
    damaged = tmp_path / "campaign.planner"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}  # fmt: skip
    run = subprocess.run([sys.executable, "-m", "planner", "--screenshot", str(tmp_path / "shot.png"), str(damaged)],
                         env=env, capture_output=True, text=True, timeout=60)  # fmt: skip
    assert run.returncode == 2 and not (tmp_path / "shot.png").exists()
    assert "Could not open the plan: " in run.stderr and "campaign.planner: the plan file is damaged" in run.stderr
    assert "Traceback" not in run.stderr
