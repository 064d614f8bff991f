"""The headless commands, run as a user would: files in, files and exit codes out."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from planner.cli import EXIT_ERROR, EXIT_OK, EXIT_WARNINGS, main
from planner.publish.outbox import build_outbox, sent_record
from planner.storage import load_any, load_document, load_last_export, record_publication
from planner.storage.document import save_plan
from planner.storage.json_format import plan_from_dict

SENT = datetime(2025, 4, 1, tzinfo=UTC)


def test_check_on_the_example_is_clean(example_path, capsys):
    assert main(["check", str(example_path)]) == EXIT_OK
    assert capsys.readouterr().out.strip().endswith("no warnings")


def test_check_prints_one_line_per_warning_with_day_and_item(example_data, tmp_path, capsys):
    example_data["turns"][0]["people"] = []
    example_data["shifts"][0]["people"] = example_data["shifts"][0]["people"][:1]
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(example_data))
    assert main(["check", str(path)]) == EXIT_WARNINGS
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "2025-04-07  win-2025-04-07  media window 08:00–18:00 has no spokesperson 08:00–09:00",
        "2025-04-07  shift-2025-04-07-setup-0700  Setup and teardown shift 07:00–08:00 has 1 of 2 people",
    ]


def test_every_command_accepts_a_planner_document_too(example_path, tmp_path, capsys):
    document = tmp_path / "strike.planner"
    assert main(["import-json", str(example_path), str(document)]) == EXIT_OK
    assert main(["check", str(document)]) == EXIT_OK
    assert main(["export", str(document), "--out", str(tmp_path / "feeds")]) == EXIT_OK
    assert (tmp_path / "feeds" / "media.ics").is_file()
    assert main(["export-json", str(document), str(tmp_path / "back.json")]) == EXIT_OK
    back = json.loads((tmp_path / "back.json").read_text(encoding="utf-8"))
    original = json.loads(example_path.read_text(encoding="utf-8"))
    assert len(back.pop("revisions")) == 89 and original.pop("revisions") == []  # the export's record travels
    assert len(back.pop("exports")) == 1 and original.pop("exports") == []  # and its files' names
    assert back["plan"].pop("id") != original["plan"].pop("id")  # a copy of the example is a plan of its own
    assert back == original


def test_a_copy_of_the_example_is_a_plan_of_its_own_and_other_copies_keep_their_id(example_path, tmp_path):
    # Two organizers practising on the example (or starting from it) must not publish the same
    # UIDs: a journalist's calendar would take one's events as the other's updates.
    ana, ben = tmp_path / "ana.planner", tmp_path / "ben.planner"
    for copy in (ana, ben):
        assert main(["import-json", str(example_path), str(copy)]) == EXIT_OK
    assert main(["export-json", str(example_path), str(tmp_path / "carla.json")]) == EXIT_OK
    example_id = load_any(example_path).id
    ids = {load_any(path).id for path in (ana, ben, tmp_path / "carla.json")}
    assert len(ids) == 3 and example_id not in ids
    for name in ("ana", "ben"):
        main(["export", str(tmp_path / f"{name}.planner"), "--out", str(tmp_path / name)])
    uids = {
        name: set(re.findall(r"^UID:(.*)$", (tmp_path / name / "media.ics").read_text(), re.M))
        for name in ("ana", "ben")
    }
    assert uids["ana"] and not uids["ana"] & uids["ben"]
    # A plan's own copies, by JSON and back, keep its id: its published events stay the same.
    assert main(["export-json", str(ana), str(tmp_path / "ana.json")]) == EXIT_OK
    assert main(["import-json", str(tmp_path / "ana.json"), str(tmp_path / "ana-again.planner")]) == EXIT_OK
    assert load_any(tmp_path / "ana.json").id == load_any(tmp_path / "ana-again.planner").id == load_any(ana).id


def test_export_with_a_fixed_stamp_is_reproducible(example_path, tmp_path):
    for out in ("a", "b"):
        main(["export", str(example_path), "--out", str(tmp_path / out), "--stamp", "2025-04-01T12:00:00+00:00"])
    assert (tmp_path / "a" / "media.ics").read_bytes() == (tmp_path / "b" / "media.ics").read_bytes()


def test_nothing_saved_is_overwritten_without_force(example_path, tmp_path, capsys):
    target = tmp_path / "mine.planner"
    target.write_bytes(b"precious")
    assert main(["import-json", str(example_path), str(target)]) == EXIT_ERROR
    assert "already exists; pass --force" in capsys.readouterr().err
    assert target.read_bytes() == b"precious"
    assert main(["import-json", str(example_path), str(target), "--force"]) == EXIT_OK


def test_bad_input_gives_one_clear_line_and_exit_2(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "planner-plan", "version": 1, "plan": {"id": "x", "title": "t", "timezone": "Nowhere"}}')
    assert main(["check", str(bad)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith(f"planner: {bad}: plan.timezone: 'Nowhere' is not an IANA time zone")
    assert "Traceback" not in err


def test_missing_arguments_are_argparse_errors(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["export"])
    assert exc.value.code == 2


def test_the_commands_main_runs_headless_are_clis_subcommands():
    """`planner NAME` runs a command when NAME is in __main__'s list, which names them without
    importing cli.py (the app's start would pay for every command's modules): the two agree."""
    import argparse

    import planner.__main__
    from planner.cli import build_parser

    subcommands = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert sorted(planner.__main__.COMMANDS) == sorted(subcommands.choices)


def test_python_dash_m_runs_headless_without_importing_qt(example_path):
    code = (
        "import sys, runpy; sys.argv = ['planner', 'check', sys.argv[1]];"
        "import planner.__main__ as m; rc = m.main(sys.argv[1:]);"
        "assert 'PySide6' not in sys.modules, 'Qt imported'; sys.exit(rc)"
    )
    result = subprocess.run([sys.executable, "-c", code, str(example_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    result = subprocess.run([sys.executable, "-m", "planner", "--version"], capture_output=True, text=True)
    assert result.stdout.startswith("planner 0.1.0")


def _run_as_planner(*args: str, before: str = "") -> subprocess.CompletedProcess[str]:
    """`planner ARGS` as the console script runs it (main(), its arguments from sys.argv), in a
    process whose atexit says whether Python's own exit ran; `before`: Python run first."""
    code = (
        "import atexit, sys; atexit.register(print, 'python exit ran');" + before +
        "import planner.__main__ as m; sys.argv = ['planner', *sys.argv[1:]]; sys.exit(m.main())"
    )  # fmt: skip
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)


def test_a_command_ends_its_process_at_once_with_its_code_and_all_it_said(example_path, tmp_path):
    """A command run as `planner ...` ends without Python freeing what it made one object at a
    time (a campaign's export holds half a million: 20-40 ms): what it wrote is there,
    flushed, and its exit code is the command's."""
    result = _run_as_planner("export", str(example_path), "--out", str(tmp_path / "feeds"))
    assert result.returncode == EXIT_OK, result.stderr
    assert len(result.stdout.splitlines()) == 23 and "python exit ran" not in result.stdout
    assert result.stderr.splitlines() == [
        "23 of 23 files changed",
        f"note: the publication record was not stored in {example_path}",
    ]
    assert (tmp_path / "feeds" / "organizer.ics").read_bytes().endswith(b"END:VCALENDAR\r\n")
    refused = _run_as_planner("check", str(tmp_path / "none.planner"))
    assert refused.returncode == EXIT_ERROR and refused.stdout == ""
    assert refused.stderr == f"planner: {tmp_path / 'none.planner'}: no such file\n"


def test_a_command_ends_as_python_does_when_a_caller_runs_it_or_a_thread_is_left(example_path):
    """Not at once when main() is given its arguments (a caller's process, which goes on), nor
    while another thread runs (Python waits for it)."""
    code = "import atexit, sys; atexit.register(print, 'python exit ran'); import planner.__main__ as m;"
    code += "sys.exit(m.main(['check', sys.argv[1]]))"
    called = subprocess.run([sys.executable, "-c", code, str(example_path)], capture_output=True, text=True)
    assert called.returncode == EXIT_OK and called.stdout.endswith("\npython exit ran\n")
    # A thread that runs until the main thread ends (a thread sleeping a while had ended too,
    # on a loaded machine, before the command did).
    left = "import threading; threading.Thread(target=threading.main_thread().join).start();"
    threaded = _run_as_planner("check", str(example_path), before=left)
    assert threaded.returncode == EXIT_OK and threaded.stdout.endswith("\npython exit ran\n")
    at_once = _run_as_planner("check", str(example_path))
    assert at_once.returncode == EXIT_OK and at_once.stdout.endswith("no warnings\n")


def _planner_without_a_display(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """`planner ARGS` in a real process on a machine with no display (a server, an ssh session)."""
    bare = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "planner", *args], capture_output=True, text=True, env=bare | env)


def test_a_mistyped_command_is_named_not_opened_as_a_plan():
    """`planner exprt` is not a file to open in the app (which, with no display, aborted inside
    Qt: three lines of Qt's and a core dump): one line names the command meant."""
    for args, typed, meant in ((["exprt", "plan.planner"], "exprt", "export"),
                               (["--language", "en", "runshet"], "runshet", "runsheet")):  # fmt: skip
        result = _planner_without_a_display(*args, LANG="C.UTF-8")
        assert result.returncode == EXIT_ERROR
        said = f"planner: {typed} is not a command; did you mean {meant}? (planner --help lists them)\n"
        assert result.stderr == said
    spanish = _planner_without_a_display("exprt", LANG="es_ES.UTF-8")
    assert spanish.stderr.startswith("planner: exprt no es una orden; ¿quería decir export?"), spanish.stderr


def test_the_app_with_no_display_says_so_in_one_line(example_path):
    result = _planner_without_a_display(str(example_path), LANG="C.UTF-8")
    assert result.returncode == EXIT_ERROR
    assert result.stderr == (
        "planner: no display to open the app on; the commands run without one (planner --help lists them)\n"
    )


def test_the_apps_own_options_are_said_in_the_terminals_language_even_with_no_display(example_path):
    """`planner FILE --help` and an option the app does not know: its help or its one usage
    error, in the terminal's language, on any machine (no display needed to say them)."""
    spanish = _planner_without_a_display(str(example_path), "--help", LANG="es_ES.UTF-8")
    assert spanish.returncode == 0
    said = " ".join(spanish.stdout.split())
    assert said.startswith("uso: planner [-h] [--language {en,es}] [--screenshot PNG]"), said
    assert "Abrir la aplicación Planner" in said and "--example abrir el ejemplo incluido" in said
    assert "opciones: -h, --help mostrar esta ayuda y salir" in said
    english = _planner_without_a_display("--example", "-h", LANG="C.UTF-8")
    assert english.returncode == 0 and "open the bundled example (no start screen)" in english.stdout
    wrong = _planner_without_a_display(str(example_path), "--bogus", LANG="es_ES.UTF-8")
    assert wrong.returncode == EXIT_ERROR
    assert wrong.stderr.splitlines()[-1] == "planner: error: argumentos no reconocidos: --bogus", wrong.stderr
    unknown = _planner_without_a_display("--language", "fr", LANG="C.UTF-8")
    assert unknown.returncode == EXIT_ERROR and unknown.stderr.splitlines()[-1].startswith(
        "planner: error: argument --language: invalid choice: 'fr'"
    )


def test_export_only_some_kinds(example_path, tmp_path, capsys):
    out = tmp_path / "feeds"
    assert main(["export", str(example_path), "--out", str(out), "--only", "media,roles"]) == EXIT_OK
    assert sorted(p.name for p in out.iterdir()) == ["media.ics", "roles"]
    with pytest.raises(SystemExit):
        main(["export", str(example_path), "--out", str(out), "--only", "press"])
    assert "'press' is not one of media, volunteers, people, roles, organizer" in capsys.readouterr().err
    # Empty (a script's unset variable): it wrote every kind, the organizers' calendar too.
    for empty in ("", " , "):
        with pytest.raises(SystemExit):
            main(["export", str(example_path), "--out", str(tmp_path / "other"), "--only", empty])
        assert f"{empty!r} names none of media, volunteers, people, roles, organizer" in capsys.readouterr().err
    assert not (tmp_path / "other").exists()


def test_export_keeps_its_record_in_the_plan_so_changes_raise_sequence(example_data, tmp_path, capsys):
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(example_data))
    out = tmp_path / "feeds"
    assert main(["export", str(plan), "--out", str(out), "--only", "media"]) == EXIT_OK
    recorded = json.loads(plan.read_text())["revisions"]
    assert {r["item"] for r in recorded} >= {"win-2025-04-07", "turn-2025-04-07-0800"}
    data = json.loads(plan.read_text())
    data["days"][0]["windows"][0]["end"] = "2025-04-07T17:00"
    plan.write_text(json.dumps(data))
    assert main(["export", str(plan), "--out", str(out), "--only", "media"]) == EXIT_OK
    media = (out / "media.ics").read_text()
    assert media.count("SEQUENCE:1") == 1 and media.count("SEQUENCE:0") == 4


def test_export_run_again_rewrites_only_the_files_that_changed(example_data, tmp_path, capsys):
    """A cron job exporting to a web folder: files that hold the same bytes keep their time."""
    import os

    plan, out = tmp_path / "plan.json", tmp_path / "feeds"
    plan.write_text(json.dumps(example_data))
    assert main(["export", str(plan), "--out", str(out)]) == EXIT_OK
    first = capsys.readouterr()
    files = first.out.splitlines()
    assert len(files) > 10 and f"{len(files)} of {len(files)} files changed" in first.err
    for name in files:
        os.utime(name, ns=(10**18, 10**18))
    assert main(["export", str(plan), "--out", str(out)]) == EXIT_OK
    assert f"0 of {len(files)} files changed" in capsys.readouterr().err
    data = json.loads(plan.read_text())
    data["days"][0]["windows"][0]["end"] = "2025-04-07T17:00"  # in the media and organizer feeds
    plan.write_text(json.dumps(data))
    assert main(["export", str(plan), "--out", str(out)]) == EXIT_OK
    assert f"2 of {len(files)} files changed" in capsys.readouterr().err
    rewritten = sorted(Path(name).name for name in files if os.stat(name).st_mtime_ns != 10**18)
    assert rewritten == ["media.ics", "organizer.ics"]


def test_a_json_plan_exported_again_keeps_a_renamed_volunteers_file(example_data, tmp_path, capsys):
    """A cron job exporting a .json plan: the plan keeps its files' names (`exports`), so a
    volunteer whose name is corrected keeps the file their phone subscribes to, which then
    holds the new name, and no second file appears. Into a .planner document and back out as
    JSON, the names go with the plan."""
    plan, out = tmp_path / "plan.json", tmp_path / "feeds"
    plan.write_text(json.dumps(example_data), encoding="utf-8")
    assert main(["export", str(plan), "--out", str(out)]) == EXIT_OK
    files = sorted(str(p.relative_to(out)) for p in out.rglob("*.ics"))
    data = json.loads(plan.read_text(encoding="utf-8"))
    next(p for p in data["people"] if p["name"] == "Luis Hernández")["name"] = "Luis Hernández-Ruiz"
    plan.write_text(json.dumps(data), encoding="utf-8")  # as a script edits it, keeping the rest
    assert main(["export", str(plan), "--out", str(out)]) == EXIT_OK
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*.ics")) == files
    their_file = (out / "people" / "luis-hernandez.ics").read_text(encoding="utf-8").replace("\r\n ", "")
    assert "Luis Hernández-Ruiz" in their_file
    document, again = tmp_path / "plan.planner", tmp_path / "again.json"
    assert main(["import-json", str(plan), str(document)]) == EXIT_OK
    assert main(["export", str(document), "--out", str(out)]) == EXIT_OK
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*.ics")) == files
    assert main(["export-json", str(document), str(again)]) == EXIT_OK
    names = [json.loads(path.read_text(encoding="utf-8"))["exports"][0]["paths"] for path in (plan, again)]
    assert (
        names[0] == names[1] and {"feed": "person-vol-luis-hernandez", "path": "people/luis-hernandez.ics"} in names[0]
    )


def test_a_json_plan_exported_again_with_nothing_new_is_not_written_again(example_data, tmp_path, capsys):
    """A cron job exporting a .json plan every few minutes: when the export records nothing
    the plan does not hold (no event revised, the same files), the plan's file is left as it
    is — rewriting a campaign's took seconds; after an edit it is written, with the revisions."""
    import os

    plan, out = tmp_path / "plan.json", tmp_path / "feeds"
    plan.write_text(json.dumps(example_data), encoding="utf-8")
    assert main(["export", str(plan), "--out", str(out)]) == EXIT_OK
    written, stamp = plan.read_bytes(), os.stat(plan).st_mtime_ns
    os.utime(plan, ns=(stamp - 10**9, stamp - 10**9))  # (a write would show on any file system's clock)
    assert main(["export", str(plan), "--out", str(out)]) == EXIT_OK
    assert plan.read_bytes() == written and os.stat(plan).st_mtime_ns == stamp - 10**9
    data = json.loads(written)
    data["shifts"][0]["start"], data["shifts"][0]["end"] = "2025-04-07T06:30", "2025-04-07T08:30"
    plan.write_text(json.dumps(data), encoding="utf-8")
    assert main(["export", str(plan), "--out", str(out)]) == EXIT_OK
    revised = {r["item"]: r["sequence"] for r in json.loads(plan.read_text(encoding="utf-8"))["revisions"]}
    assert revised[data["shifts"][0]["id"]] == 1


def test_a_json_plan_is_made_into_a_plan_once_per_export(example_data, tmp_path, monkeypatch, capsys):
    """`planner export plan.json` reads the file for the plan, for the record of the last export
    and before recording this one: its bytes are made into a plan once (a campaign's, ~0.7 s
    each). A file changed since, even to the same size and time, is read again."""
    import os

    from planner.storage import json_format

    made = []
    monkeypatch.setattr(json_format, "plan_from_dict", lambda *a: made.append(1) or plan_from_dict(*a))
    plan, out = tmp_path / "plan.json", tmp_path / "feeds"
    plan.write_text(json.dumps(example_data), encoding="utf-8")
    assert main(["export", str(plan), "--out", str(out)]) == EXIT_OK  # (records its revisions)
    assert len(made) == 1
    assert main(["export", str(plan), "--out", str(out)]) == EXIT_OK  # (nothing new: not written)
    assert len(made) == 2  # (the file written in between: read anew)
    assert main(["export", str(plan), "--out", str(out)]) == EXIT_OK
    assert len(made) == 2

    text, stamp = plan.read_text(encoding="utf-8"), os.stat(plan).st_mtime_ns
    title = json.loads(text)["plan"]["title"]
    plan.write_text(text.replace(f'"{title}"', '"' + "Z" * len(title) + '"', 1), encoding="utf-8")
    os.utime(plan, ns=(stamp, stamp))  # (as a sync tool or a copy keeping times leaves it)
    assert json_format.read_json_file(plan)[0].title == "Z" * len(title)


def test_export_makes_its_feeds_with_the_cycle_collector_off_and_turns_it_back_on(example_path, tmp_path,
                                                                                  monkeypatch, capsys):  # fmt: skip
    """A campaign's export makes half a million objects in no reference cycle, over which the
    collector passed again and again (70-100 ms of a re-export after one edit): it is off
    while the feeds are made and on again after, when the export ends well or badly."""
    import gc

    from planner import cli

    seen = []
    made = cli.export_feeds
    monkeypatch.setattr(cli, "export_feeds", lambda *a, **k: seen.append(gc.isenabled()) or made(*a, **k))
    assert gc.isenabled()
    assert main(["export", str(example_path), "--out", str(tmp_path / "feeds")]) == EXIT_OK
    assert seen == [False] and gc.isenabled()
    (tmp_path / "file").write_text("in the way")
    assert main(["export", str(example_path), "--out", str(tmp_path / "file" / "feeds")]) == EXIT_ERROR
    assert seen == [False, False] and gc.isenabled()


def test_no_command_writes_its_output_over_the_plan_itself(example_path, tmp_path, capsys):
    """`planner runsheet PLAN --out PLAN` wrote a PDF over the plan (no --force needed); with
    --force, export-json and export-people wrote JSON or CSV there: the plan was gone, "not
    an SQLite file". Through a link to it too."""
    plan = tmp_path / "strike.planner"
    main(["import-json", str(example_path), str(plan)])
    link = tmp_path / "link.planner"
    link.symlink_to(plan)
    kept = plan.read_bytes()
    capsys.readouterr()
    commands = [["runsheet", str(plan), "--out", str(plan)], ["runsheet", str(link), "--out", str(plan)],
                ["export-json", str(plan), str(link), "--force"], ["links", str(plan), "--out", str(plan)],
                ["export-people", str(plan), str(plan), "--force"]]  # fmt: skip
    for command in commands:
        assert main(command) == EXIT_ERROR, command
        said = command[command.index("--out") + 1] if "--out" in command else command[2]
        assert capsys.readouterr().err == f"planner: {said}: that is the plan itself; give another file to write\n"
    assert plan.read_bytes() == kept
    data = tmp_path / "plan.json"
    main(["export-json", str(plan), str(data)])
    capsys.readouterr()
    assert main(["import-json", str(data), str(data), "--force"]) == EXIT_ERROR
    assert capsys.readouterr().err == f"planner: {data}: that is the plan itself; give another file to write\n"
    # Nor over another plan, nor into a new file named as a plan, which would not open as one.
    other = tmp_path / "other.planner"
    main(["import-json", str(example_path), str(other)])
    kept_other = other.read_bytes()
    capsys.readouterr()
    for out in (other, tmp_path / "new.planner"):
        for command in (["runsheet", str(plan), "--out", str(out)], ["export-json", str(plan), str(out), "--force"]):
            assert main(command) == EXIT_ERROR
            said = f"planner: {out}: names ending in .planner are for plans; give this file another name\n"
            assert capsys.readouterr().err == said
    assert other.read_bytes() == kept_other and not (tmp_path / "new.planner").exists()


def test_export_from_the_bundled_example_never_writes_it(example_path, tmp_path, capsys):
    before = example_path.read_bytes()
    assert main(["export", str(example_path), "--out", str(tmp_path)]) == EXIT_OK
    assert example_path.read_bytes() == before
    assert "publication record was not stored" in capsys.readouterr().err


def test_no_record_leaves_the_plan_file_alone(example_path, tmp_path):
    document = tmp_path / "s.planner"
    main(["import-json", str(example_path), str(document)])
    before = document.read_bytes()
    assert main(["export", str(document), "--out", str(tmp_path / "o"), "--no-record"]) == EXIT_OK
    assert document.read_bytes() == before


def test_import_ics_adds_windows_in_place_and_reports_the_rest(make_plan, tmp_path, capsys):
    from planner.storage import load_any, save_any

    plan_path = tmp_path / "vigil.planner"
    save_any(make_plan(), plan_path)
    calendar = tmp_path / "avail.ics"
    calendar.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
        b"BEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20250101T000000Z\r\nSUMMARY:Press\r\n"
        b"DTSTART;TZID=America/Los_Angeles:20250407T100000\r\nDTEND;TZID=America/Los_Angeles:20250407T120000\r\n"
        b"RRULE:FREQ=DAILY;COUNT=3\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:b\r\nDTSTAMP:20250101T000000Z\r\nSUMMARY:All day\r\nDTSTART;VALUE=DATE:20250410\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    args = ["import-ics", str(plan_path), str(calendar), "--from", "2025-04-07", "--to", "2025-04-30"]
    assert main(args) == EXIT_WARNINGS
    out, err = capsys.readouterr()
    assert out.strip() == f"{plan_path}: added 3 media windows with 6 unstaffed turns"
    assert "event 'All day' on 2025-04-10: an all-day event cannot be a media window" in err
    plan = load_any(plan_path)
    assert [d.date.isoformat() for d in plan.days] == ["2025-04-07", "2025-04-08", "2025-04-09"]
    assert main(args) == EXIT_WARNINGS  # again: nothing new
    assert "already in the plan" in capsys.readouterr().err
    assert len(load_any(plan_path).turns) == 6


def test_import_press_adds_and_updates_the_press_list_from_a_sheet_or_cards_as_the_app_does(example_path, tmp_path,
                                                                                            capsys):  # fmt: skip
    """The press list's import was the app's alone: a press lead on the office's server, or a
    script, had no command for it. The same reading (a title above the header, an address
    copied from an e-mail, contact cards) and the same merge: by address, in any case."""
    plan = tmp_path / "p.planner"
    assert main(["import-json", str(example_path), str(plan)]) == EXIT_OK
    listed = load_any(plan).journalists
    sheet = tmp_path / "press.csv"
    sheet.write_text("Press list, April 2025\nFirst Name,Last Name,Email Address,Company\n"
                     "Nora,Vidal,Nora Vidal <nora@radiosur.example>,Radio Sur\n"
                     "José,Pérez,josé@laopinion.example,La Opinión\n"
                     f"{listed[0].name.split()[0]},{listed[0].name.split()[-1]},{listed[0].email.upper()},LA Daily\n",
                     encoding="utf-8")  # fmt: skip
    capsys.readouterr()
    assert main(["import-press", "--dry-run", str(plan), str(sheet)]) == EXIT_WARNINGS
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "Columns read: Name ('First Name', 'Last Name'); E-mail ('Email Address'); Outlet ('Company').",
        "1 added, 1 updated, 0 unchanged, 1 row with problems",
        "added: Nora Vidal",
        f"updated: {listed[0].name}",
    ]
    assert err == ("press.csv: line 4: not added: 'josé@laopinion.example': mail servers take no accents or "
                   "other scripts before the @\n")  # fmt: skip
    assert load_any(plan).journalists == listed  # (a dry run)
    assert main(["import-press", str(plan), str(sheet)]) == EXIT_WARNINGS
    journalists = load_any(plan).journalists
    assert [(j.name, j.email, j.outlet, j.language) for j in journalists[len(listed) :]] == [
        ("Nora Vidal", "nora@radiosur.example", "Radio Sur", "en")
    ]
    assert (journalists[0].id, journalists[0].outlet) == (listed[0].id, "LA Daily")  # (matched in any case)
    cards = tmp_path / "press.vcf"
    cards.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kim Nguyen\r\nORG:KPCC;\r\n"
                      b"EMAIL;type=pref:kim@kpcc.example\r\nEND:VCARD\r\n")  # fmt: skip
    assert main(["import-press", str(plan), str(cards)]) == EXIT_OK
    assert load_any(plan).journalists[-1].outlet == "KPCC"


def test_a_folder_or_a_missing_file_given_to_read_is_said_in_our_words(example_path, tmp_path, capsys):
    """A folder was "cannot read (Is a directory)", the system's words, untranslated; a
    calendar or spreadsheet not there, "cannot read (No such file or directory)"."""
    plan = tmp_path / "p.planner"
    main(["import-json", str(example_path), str(plan)])
    folder = tmp_path / "exports"
    folder.mkdir()
    capsys.readouterr()
    for command in (["check", str(folder)], ["import-json", str(folder), str(tmp_path / "q.planner")],
                    ["import-ics", str(plan), str(folder)], ["import-people", str(plan), str(folder)]):  # fmt: skip
        assert main(command) == EXIT_ERROR
        assert capsys.readouterr().err == f"planner: {folder}: cannot read (it is a folder, not a file)\n"
    for command in (["import-ics", str(plan), str(tmp_path / "none.ics")],
                    ["import-people", str(plan), str(tmp_path / "none.csv")]):  # fmt: skip
        assert main(command) == EXIT_ERROR
        assert capsys.readouterr().err == f"planner: {command[-1]}: no such file\n"
    assert main(["--language", "es", "import-ics", str(plan), str(folder)]) == EXIT_ERROR
    assert capsys.readouterr().err == f"planner: {folder}: no se puede leer (es una carpeta, no un archivo)\n"


def test_a_folder_given_to_write_is_said_in_our_words_and_nothing_is_left_in_it(example_path, tmp_path, capsys,
                                                                                 monkeypatch):  # fmt: skip
    """An empty name (a script's unset variable) or "." for a new plan was a ValueError's
    traceback, and left a lock file behind; a folder for a sheet or a JSON plan was "already
    exists; pass --force", which no --force could do. (A run sheet into ".", "Device or
    resource busy", is tests/ui/test_runsheet.py's: it starts Qt.)"""
    plan = tmp_path / "p.planner"
    main(["import-json", str(example_path), str(plan)])
    folder = tmp_path / "exports"
    folder.mkdir()
    monkeypatch.chdir(folder)
    capsys.readouterr()
    for out, said in (("", "."), (".", "."), (str(folder), str(folder))):
        for command in (["import-json", str(example_path), out, "--force"], ["export-json", str(plan), out],
                        ["export-people", str(plan), out, "--force"], ["release", out, "--yes"]):  # fmt: skip
            assert main(command) == EXIT_ERROR, command
            assert capsys.readouterr().err == f"planner: {said}: cannot write (it is a folder, not a file)\n", command
    assert list(folder.iterdir()) == []


def test_a_file_past_the_size_limit_is_said_over_it_not_as_big_as_it(example_path, tmp_path, capsys):
    """/dev/zero (a device, a pipe: no size to read first) was said as "50 MB is far more than a
    list of people (at most 50 MB)", and a file of 50.4 MB too: the size read up to the limit,
    or rounded to it (test_a_file_that_never_ends_is_refused_in_one_line: in English)."""
    plan = tmp_path / "p.planner"
    main(["import-json", str(example_path), str(plan)])
    capsys.readouterr()
    assert main(["--language", "es", "import-ics", str(plan), "/dev/zero"]) == EXIT_ERROR
    assert capsys.readouterr().err == (
        "planner: /dev/zero: más de 20 MB, más de lo que necesita un calendario de franjas de prensa\n"
    )
    big = tmp_path / "people.csv"
    with open(big, "wb") as handle:
        handle.truncate(50_400_000)  # (sparse: no disk used)
    assert main(["import-people", str(plan), str(big)]) == EXIT_ERROR
    assert capsys.readouterr().err == f"planner: {big}: 50.4 MB is far more than a list of people (at most 50 MB)\n"


def test_import_ics_takes_a_location_by_name_or_id_and_says_a_wrong_one_before_reading(example_path, tmp_path,
                                                                                        capsys):  # fmt: skip
    """`--location` took only an id (the run sheet's, a name or id), and a wrong one was said
    only after the calendar was read: a calendar not there said that instead."""
    plan = tmp_path / "p.planner"
    main(["import-json", str(example_path), str(plan)])
    calendar = tmp_path / "more.ics"
    calendar.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:m1\r\n"
                         b"DTSTAMP:20250101T000000Z\r\nDTSTART;TZID=America/Los_Angeles:20250408T070000\r\n"
                         b"DTEND;TZID=America/Los_Angeles:20250408T080000\r\nSUMMARY:Media\r\nEND:VEVENT\r\n"
                         b"END:VCALENDAR\r\n")  # fmt: skip
    capsys.readouterr()
    place = "Kaiser Permanente Los Angeles Medical Center"
    said = f"planner: {plan}: no location is named 'Nowhere' (the plan's: '{place}')\n"
    for ics in (calendar, tmp_path / "none.ics"):
        assert main(["import-ics", str(plan), str(ics), "--location", "Nowhere"]) == EXIT_ERROR
        assert capsys.readouterr().err == said
    assert main(["import-ics", str(plan), str(calendar), "--location", place.lower()]) == EXIT_OK
    added = [w for w in load_any(plan).windows() if w.start.hour == 7]
    assert [w.location_id for w in added] == [load_any(plan).locations[0].id]


def test_import_ics_of_garbage_changes_nothing(example_path, tmp_path, capsys):
    plan_path = tmp_path / "p.planner"
    main(["import-json", str(example_path), str(plan_path)])
    before = plan_path.read_bytes()
    garbage = tmp_path / "x.ics"
    garbage.write_text("not a calendar")
    assert main(["import-ics", str(plan_path), str(garbage)]) == EXIT_ERROR
    assert "x.ics: not an iCalendar file" in capsys.readouterr().err
    assert plan_path.read_bytes() == before


@pytest.mark.parametrize("released", [False, True])
def test_send_with_nothing_owed_says_so_without_asking_for_a_password(example_path, tmp_path, capsys, monkeypatch,
                                                                      released):  # fmt: skip
    """It asked the keyring first, and where there is none said only that it is missing."""
    from planner.publish import smtp

    def no_password(*_args):
        raise AssertionError("a password was asked for")

    monkeypatch.setattr(smtp, "password_from_keyring", no_password)
    monkeypatch.setattr("getpass.getpass", no_password)
    plan = tmp_path / "strike.planner"
    main(["import-json", str(example_path), str(plan)])
    if released:  # and every message it owed recorded as sent
        assert main(["release", str(plan), "--yes"]) == EXIT_OK
        _plan, records = load_document(plan)
        from planner.publish.outbox import build_outbox

        for item in build_outbox(records, datetime.now(UTC)):
            records = records.with_sent(item.record(datetime.now(UTC)))
        record_publication(plan, records)
    capsys.readouterr()
    assert main(["send", str(plan), "--host", "127.0.0.1", "--user", "press"]) == EXIT_OK
    said = {True: "every journalist has the latest release",
            False: "no release yet (`planner release PLAN` makes one)"}[released]  # fmt: skip
    assert capsys.readouterr().out == f"{plan}: nothing to send: {said}\n"
    # Nor are .eml files to write: said so, no empty folder made ("0 messages written to").
    assert main(["invites", str(plan), "--out", str(tmp_path / "outbox")]) == EXIT_OK
    assert capsys.readouterr().out == f"{plan}: nothing to write: {said}\n"
    assert not (tmp_path / "outbox").exists()
    assert main(["notify", str(plan), "--host", "127.0.0.1", "--user", "press"]) == EXIT_OK  # (nobody has a link)
    assert "no link yet for 16 people" in capsys.readouterr().err


def test_a_json_plan_is_released_and_sent_like_a_planner_document(example_data, tmp_path, capsys, monkeypatch,
                                                                   smtp_server, tls):  # fmt: skip
    """`planner send plan.json` said "not a Planner plan (not an SQLite file)": asking whether
    the plan is shared read it as a .planner document. A JSON plan is never shared."""
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(example_data))
    assert main(["release", str(plan), "--name", "First", "--yes"]) == EXIT_OK
    bundle = tmp_path / "ca.pem"
    tls[0].cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret\n"))
    controller, mailbox = smtp_server
    args = ["send", str(plan), "--host", "127.0.0.1", "--port", str(controller.port), "--user", "press"]
    assert main([*args, "--password-stdin"]) == EXIT_OK, capsys.readouterr().err
    assert len(mailbox.messages) == 25
    assert len(json.loads(plan.read_text())["sent"]) == 25  # recorded in it as each went


def test_release_invites_and_send_from_the_command_line(example_path, tmp_path, capsys, monkeypatch):
    import ssl

    import keyring
    import trustme
    from aiosmtpd.smtp import AuthResult

    from tests.servers import LoopbackController, Mailbox, MemoryKeyring

    plan = tmp_path / "strike.planner"
    main(["import-json", str(example_path), str(plan)])
    assert main(["release", str(plan), "--name", "First", "--yes"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "release 1 'First': 5 media windows, 5 journalists" in out
    assert "25 messages: 25 new invitations, 0 updates, 0 cancellations to send" in out
    assert main(["invites", str(plan), "--out", str(tmp_path / "outbox")]) == EXIT_OK
    assert len(list((tmp_path / "outbox").glob("*.eml"))) == 25

    ca = trustme.CA()
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_tls)
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))  # the CLI trusts the system's CAs: make ours one
    mailbox = Mailbox()

    def authenticate(*args):
        return AuthResult(success=args[4].password == b"s3cret-pw-91", handled=False)

    controller = LoopbackController(
        mailbox, tls_context=server_tls, require_starttls=True,
        authenticator=authenticate, auth_require_tls=True,
    )  # fmt: skip
    controller.start()
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        args = ["send", str(plan), "--host", "127.0.0.1", "--port", str(controller.port), "--user", "press"]
        # Where no keyring exists (a server, CI), the password comes on stdin; a wrong one is
        # refused by the server, so it was the one given.
        from keyring.backends.fail import Keyring as NoKeyring

        keyring.set_keyring(NoKeyring())
        monkeypatch.setattr("sys.stdin", io.StringIO("wrong\n"))
        assert main([*args, "--password-stdin"]) == EXIT_ERROR
        assert "refused the login for press" in capsys.readouterr().err and not mailbox.messages
        keyring.set_keyring(MemoryKeyring())
        monkeypatch.setattr("getpass.getpass", lambda prompt: "s3cret-pw-91")
        assert main([*args, "--store-password"]) == EXIT_OK
        assert len(mailbox.messages) == 25
        assert main(args) == EXIT_OK  # again: nothing left to send
        assert len(mailbox.messages) == 25
    finally:
        keyring.set_keyring(previous)
        controller.stop()
    assert main(["releases", str(plan)]) == EXIT_OK
    assert "1  " in capsys.readouterr().out
    # The password went to the keyring only, never into the plan.
    assert b"s3cret-pw-91" not in plan.read_bytes()


def test_releases_are_listed_on_the_plans_clock_as_the_app_lists_them(example_path, tmp_path, capsys):
    from zoneinfo import ZoneInfo

    plan = tmp_path / "strike.planner"
    main(["import-json", str(example_path), str(plan)])
    assert main(["release", str(plan), "--name", "Monday", "--yes"]) == EXIT_OK
    capsys.readouterr()
    assert main(["releases", str(plan)]) == EXIT_OK
    created = load_document(plan)[1].releases[0].created.astimezone(ZoneInfo("America/Los_Angeles"))
    first = capsys.readouterr().out.splitlines()[0]
    assert first == f"  1  {created:%Y-%m-%d %H:%M} {created:%Z}  Monday  (5 windows, 5 journalists)"
    assert created.tzname() in ("PST", "PDT")


def test_releases_compared_that_do_not_exist_are_one_line_before_anything(example_path, tmp_path, capsys):
    """`--diff 1 0` was a traceback (KeyError: 0); `--diff 1 5` listed the releases, then said
    there is no release 5. A release compared with itself says it has no changes."""
    plan = tmp_path / "strike.planner"
    main(["import-json", str(example_path), str(plan)])
    assert main(["release", str(plan), "--name", "Monday", "--yes"]) == EXIT_OK
    capsys.readouterr()
    for a, b, missing in (("1", "0", 0), ("1", "5", 5), ("7", "1", 7)):
        assert main(["releases", str(plan), "--diff", a, b]) == EXIT_ERROR
        assert capsys.readouterr() == ("", f"planner: {plan}: there is no release {missing}\n")
    assert main(["releases", str(plan), "--diff", "1", "1"]) == EXIT_OK
    assert capsys.readouterr().out.splitlines()[-2:] == ["changes from release 1 to 1:", "  no changes for the press"]
    assert main(["releases", str(plan), "--diff", "0", "1"]) == EXIT_OK  # (0: before any release)
    assert capsys.readouterr().out.splitlines()[-5:] == [f"  Added: {day}" for day in (
        "Mon 07 Apr 08:00–18:00", "Tue 08 Apr 10:00–18:00", "Wed 09 Apr 10:00–18:00", "Thu 10 Apr 10:00–18:00",
        "Fri 11 Apr 08:00–18:00")]  # fmt: skip


def test_release_shows_what_it_will_do_and_asks_first(example_path, tmp_path, capsys, monkeypatch):
    plan = tmp_path / "strike.planner"
    main(["import-json", str(example_path), str(plan)])
    capsys.readouterr()
    # No one at a terminal to ask (a script): refused, with the way to go ahead.
    assert main(["release", str(plan)]) == EXIT_ERROR
    assert "--yes" in capsys.readouterr().err
    assert main(["releases", str(plan)]) == EXIT_OK and "no releases yet" in capsys.readouterr().out
    # At a terminal: the report, then the question; "no" keeps nothing.
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    answers = iter(["n", "y"])
    monkeypatch.setattr("builtins.input", lambda prompt: next(answers))
    assert main(["release", str(plan), "--name", "Monday"]) == EXIT_WARNINGS
    out = capsys.readouterr()
    assert "Added: Mon 07 Apr 08:00–18:00" in out.out and "25 messages: 25 new invitations" in out.out
    assert "not released" in out.err
    assert main(["release", str(plan)]) == EXIT_OK  # "y"; unnamed, it is named by the date
    out = capsys.readouterr().out
    assert re.search(r"release 1 '\d{4}-\d\d-\d\d \d\d:\d\d'", out), out
    # Released again with nothing changed: says so, and owes only what is still unsent.
    assert main(["release", str(plan), "--yes"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "no changes for the press" in out and "25 messages: 25 new invitations" in out


def test_release_lists_the_plans_warnings(example_data, tmp_path, capsys):
    example_data["turns"][0]["people"] = []
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(example_data))
    assert main(["release", str(plan), "--yes"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "1 warning (`planner check` lists them all)" in out and "no spokesperson" in out.lower()


def test_the_bundled_example_cannot_be_released(example_path, capsys):
    before = example_path.read_bytes()
    assert main(["release", str(example_path)]) == EXIT_ERROR
    assert "read-only" in capsys.readouterr().err and example_path.read_bytes() == before


def test_rotate_staffs_the_plan_and_repair_changes_little(example_data, tmp_path, capsys):
    for turn in example_data["turns"]:
        turn["people"] = []
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(example_data))
    assert main(["check", str(plan)]) == EXIT_WARNINGS
    capsys.readouterr()
    assert main(["rotate", str(plan), "--time-limit", "20", "--explain"]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("Optimal in ") and "Ana Morales, LCSW: " in out and "penalty, fairness" in out
    assert main(["check", str(plan)]) == EXIT_OK
    capsys.readouterr()
    before = load_any(plan)
    toms = [t for t in before.turns if "sp-tom-becker" in t.person_ids and t.start.day >= 10]
    assert main(["rotate", str(plan), "--repair", "tom", "--from", "2025-04-10", "--dry-run"]) == EXIT_OK
    out = capsys.readouterr().out
    # Each changed turn, with who was on it and who is now: Tom's turns from Thursday on.
    changed = [line for line in out.splitlines() if " → " in line]
    assert len(changed) == len(toms) > 0 and "turns changed" in out
    assert all("Tom Becker → " in line and line.startswith(("  Thu 10 Apr", "  Fri 11 Apr")) for line in changed)
    assert main(["rotate", str(plan), "--repair", "Nobody", "--from", "2025-04-10"]) == EXIT_ERROR
    assert "no spokesperson has the id or name 'Nobody'" in capsys.readouterr().err
    assert main(["rotate", str(plan), "--repair", "D", "--from", "2025-04-10"]) == EXIT_ERROR
    assert "2 people's names start with 'D' (David Chen, PsyD, Dr. Priya Natarajan)" in capsys.readouterr().err
    # An empty name (a script's unset variable) names nobody: it was a whole rotation, saved.
    written = plan.read_bytes()
    assert main(["rotate", str(plan), "--repair", "", "--from", "2025-04-10"]) == EXIT_ERROR
    assert capsys.readouterr().err == f"planner: {plan}: no spokesperson has the id or name ''\n"
    assert main(["links", str(plan), "--new-link", ""]) == EXIT_ERROR
    assert capsys.readouterr().err == f"planner: {plan}: no person has the id or name ''\n"
    # --from without --repair (a rotation "from Thursday on", as typed): it restaffed every turn,
    # the days already past too, and saved that.
    assert main(["rotate", str(plan), "--from", "2025-04-10"]) == EXIT_ERROR
    assert capsys.readouterr().err == (
        "planner: --from goes with --repair PERSON: a rotation without it staffs every turn again\n"
    )
    assert plan.read_bytes() == written


def test_rotate_explains_an_impossible_plan_and_leaves_it_alone(example_data, tmp_path, capsys):
    one_hour_a_day = {"max_minutes_per_day": 60, "max_consecutive_turns": 1, "min_rest_minutes": 0,
                      "max_days_in_row": 7}  # fmt: skip
    for p in example_data["people"]:
        if p["kind"] == "spokesperson":
            p["limits"] = one_hour_a_day  # six people, ten hours on Monday
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(example_data))
    before = plan.read_bytes()
    assert main(["rotate", str(plan), "--time-limit", "20"]) == EXIT_WARNINGS
    err = capsys.readouterr().err
    assert "no rotation (infeasible)" in err and "Cannot cover the media window" in err
    assert plan.read_bytes() == before


def test_rotate_names_the_first_turns_nobody_can_take_and_counts_the_rest(example_data, tmp_path, capsys):
    """A campaign's spokespeople all away for a week is hundreds of turns: not a line each."""
    example_data["availability"] = [
        {"person": p["id"], "start": "2025-04-07T00:00", "end": "2025-04-12T00:00", "level": "unavailable"}
        for p in example_data["people"] if p["kind"] == "spokesperson"
    ]  # fmt: skip
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(example_data))
    assert main(["rotate", str(plan), "--dry-run"]) == EXIT_WARNINGS
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == f"{plan}: no rotation (infeasible)" and len(lines) == 22
    assert lines[1] == ("  Mon 07 Apr 08:00–09:00: needs a spokesperson but none is available then (each is "
                        "unavailable or busy with a shift)")  # fmt: skip
    assert lines[-1] == "  ... and 24 more (--explain lists them all)"
    assert main(["rotate", str(plan), "--dry-run", "--explain"]) == EXIT_WARNINGS
    assert len(capsys.readouterr().err.splitlines()) == 45


@pytest.mark.parametrize("limit", ["0", "-5", "nan", "inf", "abc"])
def test_rotate_refuses_a_time_limit_that_is_not_some_seconds(example_path, capsys, limit):
    """0 and -5 were taken (and the search given no time), as were nan and inf."""
    with pytest.raises(SystemExit) as stopped:
        main(["rotate", str(example_path), "--dry-run", "--time-limit", limit])
    assert stopped.value.code == EXIT_ERROR
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"planner rotate: error: argument --time-limit: '{limit}' is not a number of seconds above 0"
    )


def test_or_tools_loads_only_for_rotate(example_path):
    code = (
        "import sys; import planner.cli as c; c.main(['check', sys.argv[1]]);"
        "assert 'ortools' not in sys.modules, 'OR-Tools loaded'"
    )
    result = subprocess.run([sys.executable, "-c", code, str(example_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_records_travel_with_the_plan_through_json_and_back(example_path, tmp_path, capsys):
    """release → export-json → edit → import-json --force → release: SEQUENCE and the ledger go on."""
    plan = tmp_path / "strike.planner"
    main(["import-json", str(example_path), str(plan)])
    assert main(["release", str(plan), "--name", "First", "--yes"]) == EXIT_OK
    assert main(["export", str(plan), "--out", str(tmp_path / "feeds")]) == EXIT_OK
    _plan, records = load_document(plan)
    for item in build_outbox(records, SENT):  # as `planner send` records what the server took
        records = records.with_sent(sent_record(item.invitation, SENT))
    record_publication(plan, records)

    exported = tmp_path / "strike.json"
    assert main(["export-json", str(plan), str(exported)]) == EXIT_OK
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert len(data["releases"]) == 1 and len(data["sent"]) == 25 and len(data["revisions"]) == len(records.revisions)

    # Edit the JSON as a script would, dropping the records to make the point: the document keeps its own.
    data["days"][2]["windows"][0]["start"] = data["days"][2]["windows"][0]["start"].replace("T10:00", "T11:00")
    for key in ("revisions", "releases", "sent", "failures"):
        data[key] = []
    exported.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()
    assert main(["import-json", str(exported), str(plan), "--force"]) == EXIT_OK
    assert "kept the publication record and press ledger" in capsys.readouterr().err
    _plan, kept = load_document(plan)
    assert kept == records

    assert main(["release", str(plan), "--name", "Second", "--yes"]) == EXIT_OK
    out = capsys.readouterr().out
    assert (
        "Moved: Wed 09 Apr 10:00–18:00 → Wed 09 Apr 11:00–18:00" in out
        and "5 messages: 0 new invitations, 5 updates, 0 cancellations to send" in out
    )
    _plan, after = load_document(plan)
    owed = build_outbox(after, SENT + timedelta(days=1))
    assert {(i.invitation.method, i.invitation.sequence) for i in owed} == {("REQUEST", 1)}
    assert main(["export", str(plan), "--out", str(tmp_path / "feeds")]) == EXIT_OK
    _plan, feeds = load_document(plan)
    moved = data["days"][2]["windows"][0]["id"]
    assert feeds.revisions[moved].sequence == 1  # continued, not restarted
    wednesday = ("win-2025-04-09", "turn-2025-04-09")
    assert all(r.sequence == 0 for item, r in feeds.revisions.items() if not item.startswith(wednesday))


def test_a_json_with_its_own_records_brings_them(example_path, tmp_path, capsys):
    plan = tmp_path / "strike.planner"
    main(["import-json", str(example_path), str(plan)])
    main(["export-json", str(plan), str(tmp_path / "bare.json")])
    main(["release", str(plan), "--name", "First", "--yes"])
    main(["export-json", str(plan), str(tmp_path / "a.json")])
    main(["import-json", str(tmp_path / "bare.json"), str(plan), "--force"])  # bare.json has no records: kept
    capsys.readouterr()
    assert main(["import-json", str(tmp_path / "a.json"), str(plan), "--force"]) == EXIT_OK
    assert "merged with those in" in capsys.readouterr().err  # both: nothing recorded is dropped
    assert main(["import-json", str(tmp_path / "a.json"), str(tmp_path / "new.planner")]) == EXIT_OK
    assert "took the publication record and press ledger from" in capsys.readouterr().err
    assert load_document(tmp_path / "new.planner")[1] == load_document(plan)[1]


def test_control_characters_in_the_plan_are_never_echoed_raw(example_path, tmp_path, capsys):
    data = json.loads(example_path.read_text(encoding="utf-8"))
    evil = "Ana\x1b[2J\r\n2025-04-07  forged line\x9b"
    data["people"][0]["name"] = evil
    person = data["people"][0]["id"]
    turn = next(t for t in data["turns"] if person in t["people"])
    data["turns"].append({**turn, "id": "twin"})  # the same person twice at once: a warning names them
    path = tmp_path / "evil.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["check", str(path)]) == EXIT_WARNINGS
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\r" not in out and "\x9b" not in out
    # The escape and the CSI are left out on reading (plain_text), the line break a space (a name is one line).
    assert "Ana[2J 2025-04-07  forged line is double-booked" in out
    assert all(line[:4].isdigit() for line in out.splitlines())  # no line the plan did not cause


def test_both_half_past_ones_of_a_fall_back_night_survive_an_import_and_a_reread(make_plan, tmp_path, capsys):
    from planner.storage.json_format import write_json

    events = "".join(
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20251001T000000Z\r\nDTSTART:{start}\r\nDURATION:PT1H\r\n"
        f"SUMMARY:Media availability\r\nEND:VEVENT\r\n"
        for uid, start in (("first", "20251102T083000Z"), ("second", "20251102T093000Z"))  # 01:30 PDT, 01:30 PST
    )
    ics = tmp_path / "night.ics"
    ics.write_text(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{events}END:VCALENDAR\r\n")
    for suffix in (".json", ".planner"):
        path = tmp_path / f"plan{suffix}"
        plan = make_plan(days=[{"date": "2025-11-02", "windows": []}])
        write_json(plan, path) if suffix == ".json" else save_plan(plan, path)
        assert main(["import-ics", str(path), str(ics)]) in (EXIT_OK, EXIT_WARNINGS)
        windows = [w for d in load_any(path).days for w in d.windows]
        starts = sorted(w.start.astimezone(UTC) for w in windows)
        assert starts == [datetime(2025, 11, 2, 8, 30, tzinfo=UTC), datetime(2025, 11, 2, 9, 30, tzinfo=UTC)]
        assert all(w.end.astimezone(UTC) - w.start.astimezone(UTC) == timedelta(hours=1) for w in windows)
    second = [w for d in load_any(tmp_path / "plan.json").days for w in d.windows if w.start.fold]
    assert second and '"2025-11-02T01:30-08:00"' in (tmp_path / "plan.json").read_text()


def test_a_reader_that_stops_reading_ends_nothing_early(example_path, tmp_path):
    """`planner export … | head -1`: the lines after go nowhere, but the export goes on to the
    end and records what it wrote; no traceback."""
    plan, folder = tmp_path / "strike.planner", tmp_path / "feeds"
    assert main(["import-json", str(example_path), str(plan)]) == EXIT_OK
    command = [sys.executable, "-m", "planner", "export", str(plan), "--out", str(folder)]
    export = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert export.stdout is not None
    export.stdout.close()  # the reader is gone before the first line
    _out, err = export.communicate(timeout=120)
    assert export.returncode == EXIT_OK and "Traceback" not in err, err
    assert err.splitlines()[-1] == "23 of 23 files changed"
    assert load_last_export(plan, folder) is not None  # what it wrote is recorded


def test_a_plan_exported_to_stdout_is_json_there_and_its_report_on_stderr(example_path):
    """`planner export-json PLAN /dev/stdout | jq`: the JSON alone on stdout (no --force for a
    device: there is no file to replace), the line saying what was written on stderr."""
    result = subprocess.run([sys.executable, "-m", "planner", "export-json", str(example_path), "/dev/stdout"],
                            capture_output=True, text=True, timeout=60)  # fmt: skip
    assert result.returncode == EXIT_OK, result.stderr
    assert json.loads(result.stdout)["plan"]["title"].startswith("Hunger strike")
    assert result.stderr == "/dev/stdout\n"


@pytest.mark.parametrize(("command", "starts"), [(["export-json"], "{"), (["export-people"], "\ufeffName,"),
                                                 (["runsheet", "--out"], "%PDF")])  # fmt: skip
def test_a_dash_for_the_file_to_write_is_standard_output(example_path, tmp_path, command, starts):
    """`planner export-json PLAN -` wrote a file named "-" where it was run."""
    args = [sys.executable, "-m", "planner", command[0], str(example_path), *command[1:], "-"]
    result = subprocess.run(args, capture_output=True, cwd=tmp_path, timeout=60)
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stdout.startswith(starts.encode()) and not (tmp_path / "-").exists()
    assert result.stderr.decode().startswith("/dev/stdout")


@pytest.mark.parametrize("command", ["import-ics", "import-people", "import-press"])
def test_a_file_that_never_ends_is_refused_in_one_line(example_path, tmp_path, command):
    """/dev/zero as the calendar or the spreadsheet was read for ever, into memory."""
    plan = tmp_path / "plan.planner"
    assert main(["import-json", str(example_path), str(plan)]) == EXIT_OK
    result = subprocess.run([sys.executable, "-m", "planner", command, str(plan), "/dev/zero"],
                            capture_output=True, text=True, timeout=60)  # fmt: skip
    assert result.returncode == EXIT_ERROR
    # (over the limit, not said as big as the limit: its size is not known)
    assert re.fullmatch(r"planner: /dev/zero: more than \d+ MB, (far )?more than (a list of people|a calendar of media "
                        r"windows needs)\n", result.stderr), result.stderr  # fmt: skip


def test_import_people_and_press_read_an_excel_workbook(example_path, tmp_path, capsys):
    """A volunteer list kept in Excel, or a Google Sheet downloaded as one: imported as its
    CSV would be, the sheet read said when there are several."""
    import openpyxl

    plan = tmp_path / "p.planner"
    assert main(["import-json", str(example_path), str(plan)]) == EXIT_OK
    book = openpyxl.Workbook()
    book.active.title = "Volunteers"
    for row in (["Name", "Email", "Phone"], ["Rosa Díaz", "rosa@example.org", 2135550111]):
        book.active.append(row)
    book.create_sheet("Press").append(["Name", "Email"])
    book.save(tmp_path / "lists.xlsx")
    capsys.readouterr()
    assert main(["import-people", str(plan), str(tmp_path / "lists.xlsx")]) == EXIT_OK
    out = capsys.readouterr().out.splitlines()
    assert (
        out[0] == "Read the sheet 'Volunteers', of 2. Columns read: Name ('Name'); E-mail ('Email'); Phone ('Phone')."
    )
    assert out[1:] == [
        "Other sheets with columns to read: 'Press'; --sheet NAME reads one instead, --every-sheet all",
        "1 added, 0 updated, 0 unchanged, 0 rows with problems",
        "added: Rosa Díaz",
        f"{plan}: saved",
    ]
    rosa = load_any(plan).people[-1]
    assert (rosa.name, rosa.phone) == ("Rosa Díaz", "2135550111")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    assert main(["import-press", str(plan), str(tmp_path / "old.xls")]) == EXIT_ERROR
    assert capsys.readouterr().err.startswith("planner: old.xls: an Excel 97-2003 workbook (.xls) or one with a "
                                              "password; save it as an Excel workbook (.xlsx)")  # fmt: skip


def test_import_people_and_press_read_the_sheet_named_of_a_workbook_of_a_sheet_per_site(example_path, tmp_path,
                                                                                          capsys):  # fmt: skip
    import openpyxl

    plan = tmp_path / "p.planner"
    assert main(["import-json", str(example_path), str(plan)]) == EXIT_OK
    book = openpyxl.Workbook()
    book.active.title = "Sunset"
    book.active.append(["Name", "Email"])
    book.active.append(["Rosa Díaz", "rosa@example.org"])
    riverside = book.create_sheet("Riverside")
    for row in (["Nombre", "Correo"], ["Kim Nguyen", "kim@example.org"]):
        riverside.append(row)
    book.save(tmp_path / "sites.xlsx")
    capsys.readouterr()
    assert main(["import-people", str(plan), str(tmp_path / "sites.xlsx"), "--sheet", "Riverside"]) == EXIT_OK
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == ["Read the sheet 'Riverside', of 2. Columns read: Name ('Nombre'); E-mail ('Correo').",
                       "Other sheets with columns to read: 'Sunset'; --sheet NAME reads one instead, --every-sheet "
                       "all"]  # fmt: skip
    assert load_any(plan).people[-1].name == "Kim Nguyen"
    assert main(["import-press", str(plan), str(tmp_path / "sites.xlsx"), "--sheet", "Westside"]) == EXIT_ERROR
    assert capsys.readouterr().err == ("planner: sites.xlsx: no sheet 'Westside' with anything in it; its sheets: "
                                       "'Sunset', 'Riverside'\n")  # fmt: skip
    # Every sheet as one list: a row is said by its sheet and line.
    riverside.append(["", "no-name@example.org"])
    riverside.append(["Rosa D.", "rosa@example.org"])
    book.save(tmp_path / "sites.xlsx")
    assert main(["import-press", str(plan), str(tmp_path / "sites.xlsx"), "--every-sheet"]) == EXIT_WARNINGS
    said = capsys.readouterr()
    assert said.out.splitlines()[0] == ("Read as one list, the sheets 'Sunset', 'Riverside'. Columns read: Name "
                                        "('Name', 'Nombre'); E-mail ('Email', 'Correo').")  # fmt: skip
    assert said.err.splitlines() == [
        "sites.xlsx: sheet 'Riverside', line 3: not added: no name",
        "sites.xlsx: sheet 'Riverside', line 4: the same person as sheet 'Sunset', line 2: this row's values are taken",
    ]
    assert [j.name for j in load_any(plan).journalists][-2:] == ["Rosa D.", "Kim Nguyen"]
    with pytest.raises(SystemExit):
        main(["import-people", str(plan), str(tmp_path / "sites.xlsx"), "--every-sheet", "--sheet", "Sunset"])
    assert "not allowed with argument" in capsys.readouterr().err


def test_import_people_reads_a_libreoffice_spreadsheet(example_path, tmp_path, capsys):
    """A volunteer list kept in LibreOffice Calc (.ods), as Calc saved it."""
    plan = tmp_path / "p.planner"
    assert main(["import-json", str(example_path), str(plan)]) == EXIT_OK
    sheets = Path(__file__).parent / "storage" / "spreadsheets"
    capsys.readouterr()
    assert main(["import-people", str(plan), str(sheets / "voluntarios-libreoffice.ods")]) == EXIT_OK
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Read the sheet 'Voluntarios', of 2. Columns read: Name ('Nombre'); E-mail ('Correo')")
    assert out[1] == "3 added, 0 updated, 0 unchanged, 0 rows with problems"
    rosa = load_any(plan).people[-3]
    assert (rosa.name, rosa.email, rosa.phone) == ("Rosa Díaz", "rosa@example.org", "2135550111")
    assert main(["import-press", str(plan), str(sheets / "password-libreoffice.ods")]) == EXIT_ERROR
    assert capsys.readouterr().err == (
        "planner: password-libreoffice.ods: a spreadsheet with a password; save it without one\n"
    )
