"""People from a spreadsheet in the app: a preview with per-row errors, then one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from planner.cli import EXIT_OK, EXIT_WARNINGS, main
from planner.storage import load_any


def test_the_preview_shows_each_row_and_nothing_changes_until_accepted(window, tmp_path, monkeypatch):
    sheet = tmp_path / "people.csv"
    sheet.write_text("Name;E-mail;Kind\nRosa Díaz;rosa@example.org;portavoz\nNo Mail;nope;volunteer\n", "utf-8-sig")
    seen = []

    def look(dialog):
        seen.append([(dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
                     for r in range(dialog.table.rowCount())])  # fmt: skip
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(window, "run_dialog", look)
    before = window.document.plan
    assert not window.import_people(sheet)
    assert seen == [[("Rosa Díaz", "added"), ("No Mail", "not added: 'nope' is not an e-mail address")]]
    assert window.document.plan == before

    monkeypatch.setattr(window, "run_dialog", lambda dialog: QDialog.DialogCode.Accepted)
    assert window.import_people(sheet)
    assert window.document.plan.people[-1].name == "Rosa Díaz"
    assert window.document.undo_stack.undoText() == "Import people from people.csv"
    window.document.undo_stack.undo()
    assert window.document.plan == before


def test_a_broken_file_is_an_error_not_a_crash(window, tmp_path, monkeypatch):
    errors = []
    monkeypatch.setattr(window, "show_error", lambda title, message: errors.append(message))
    (tmp_path / "bad.csv").write_bytes(b"\xff\xfe")
    assert not window.import_people(tmp_path / "bad.csv")
    assert not window.import_people(tmp_path / "missing.csv")
    assert errors[0].startswith("bad.csv: not UTF-8 text") and "missing.csv" in errors[1]


def test_export_and_import_from_the_command_line(example_path, tmp_path, capsys):
    plan = tmp_path / "plan.json"
    plan.write_bytes(example_path.read_bytes())
    out = tmp_path / "people.csv"
    assert main(["export-people", str(plan), str(out)]) == EXIT_OK
    assert line_count(out) == 17  # a header and sixteen people
    out.write_text(out.read_text("utf-8-sig") + "Rosa Díaz,spokesperson,rosa@example.org,,,,striker\nBad,alien,,,,,\n",
                   "utf-8-sig")  # fmt: skip
    capsys.readouterr()
    assert main(["import-people", str(plan), str(out)]) == EXIT_WARNINGS
    captured = capsys.readouterr()
    assert "1 added, 16 updated, 1 row with problems" in captured.out
    assert "added: Rosa Díaz\n" in captured.out and "updated: Ana Morales, LCSW; David Chen, PsyD;" in captured.out
    assert "line 19: not added: kind 'alien' is neither spokesperson nor volunteer" in captured.err
    assert load_any(plan).people[-1].name == "Rosa Díaz"


def line_count(path) -> int:
    return len(path.read_text("utf-8-sig").splitlines())


def test_the_preview_table_passes_the_model_tester(window, tmp_path, monkeypatch, qtmodeltester):
    sheet = tmp_path / "people.csv"
    sheet.write_text("Name,E-mail\nRosa,rosa@example.org\nBad,nope\n", "utf-8")
    checked = []

    def check(dialog):
        qtmodeltester.check(dialog.table.model())
        checked.append(dialog.table.rowCount())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(window, "run_dialog", check)
    window.import_people(sheet)
    assert checked == [2]


def test_the_people_exported_replace_the_old_sheet_at_once_and_a_folder_is_said(window, tmp_path, monkeypatch):
    import os

    errors = []
    monkeypatch.setattr(window, "show_error", lambda title, message: errors.append((title, message)))
    assert not window.export_people(tmp_path)
    assert errors == [("Could not export the people", f"{tmp_path}: cannot write (Is a directory)")]
    sheet = tmp_path / "people.csv"
    sheet.write_text("Name\nWho was here yesterday\n")
    seen, real_replace = [], os.replace

    def replace(source, target):  # the new sheet comes into place whole, in one step
        seen.append(sheet.read_text())
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    assert window.export_people(sheet)
    assert seen == ["Name\nWho was here yesterday\n"] and "Ana Morales" in sheet.read_text("utf-8-sig")
