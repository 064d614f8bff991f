"""The headless commands, run as a user would: files in, files and exit codes out."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from planner.cli import EXIT_ERROR, EXIT_OK, EXIT_WARNINGS, main


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
    assert (tmp_path / "back.json").read_text(encoding="utf-8") == example_path.read_text(encoding="utf-8")


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
