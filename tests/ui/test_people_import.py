"""People from a spreadsheet in the app: a preview with per-row errors, then one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from planner.cli import EXIT_OK, EXIT_WARNINGS, main
from planner.resources import example_plan_path
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
    # The rows not added first, then what is added: each in the file's order.
    assert seen == [[("No Mail", "not added: 'nope' is not an e-mail address"), ("Rosa Díaz", "added")]]
    assert window.document.plan == before

    monkeypatch.setattr(window, "run_dialog", lambda dialog: QDialog.DialogCode.Accepted)
    assert window.import_people(sheet)
    assert window.document.plan.people[-1].name == "Rosa Díaz"
    assert window.document.undo_stack.undoText() == "Import people from people.csv"
    window.document.undo_stack.undo()
    assert window.document.plan == before


def test_volunteers_from_an_address_books_cards_are_imported_in_the_app_and_by_the_command(
    window, tmp_path, monkeypatch
):
    cards = tmp_path / "volunteers.vcf"
    cards.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rosa D\xc3\xadaz\r\nEMAIL:rosa@example.org\r\n"
                      b"TEL;type=CELL:+1 213 555 0111\r\nEND:VCARD\r\n")  # fmt: skip
    monkeypatch.setattr(window, "run_dialog", lambda dialog: QDialog.DialogCode.Accepted)
    assert window.import_people(cards)
    rosa = window.document.plan.people[-1]
    assert (rosa.name, rosa.email, rosa.phone) == ("Rosa Díaz", "rosa@example.org", "+1 213 555 0111")
    assert window.document.undo_stack.undoText() == "Import people from volunteers.vcf"
    plan = tmp_path / "plan.planner"
    assert main(["import-json", str(example_plan_path()), str(plan)]) == EXIT_OK
    assert main(["import-people", str(plan), str(cards)]) == EXIT_OK
    assert load_any(plan).people[-1].name == "Rosa Díaz"


def test_the_sheet_exported_and_imported_back_is_said_unchanged_and_there_is_nothing_to_import(
    window, tmp_path, monkeypatch
):
    """Not "16 rows to update" for a sheet that changes no one."""
    from PySide6.QtWidgets import QDialogButtonBox, QLabel

    sheet = tmp_path / "people.csv"
    assert window.export_people(sheet)
    sheet.write_text(sheet.read_text("utf-8-sig").replace("+1 323 555 0124", "+1 323 555 0199"), "utf-8-sig")
    seen = []

    def look(dialog):
        rows = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
        assert dialog.table.verticalHeader().isHidden()  # (the file's line numbers are the first column)
        rows.insert(0, dialog.table.item(0, 0).text())
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        seen.append((dialog.findChild(QLabel, "importSummary").text(), rows, ok.isEnabled()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(window, "run_dialog", look)
    window.import_people(sheet)
    summary, rows, can_import = seen[0]
    assert summary == "0 rows to add, 1 row to update, 15 rows unchanged, 0 rows with problems."
    # The one row the import changes (Jamal Carter's, line 12) at the top: then the rest.
    assert rows == ["12", "updates the person already listed"] + ["unchanged: listed already as the row has them"] * 15
    assert can_import
    sheet.write_text(sheet.read_text("utf-8-sig").replace("+1 323 555 0199", "+1 323 555 0124"), "utf-8-sig")
    window.import_people(sheet)
    assert seen[1][0] == "0 rows to add, 0 rows to update, 16 rows unchanged, 0 rows with problems."
    assert not seen[1][2]  # (Import: nothing to import)


def test_a_broken_file_is_an_error_not_a_crash(window, tmp_path, monkeypatch):
    errors = []
    monkeypatch.setattr(window, "show_error", lambda title, message: errors.append(message))
    (tmp_path / "bad.csv").write_bytes(b"Name\n\x81\x8d\n")
    assert not window.import_people(tmp_path / "bad.csv")
    assert not window.import_people(tmp_path / "missing.csv")
    assert errors[0].startswith("bad.csv: not UTF-8 text") and "missing.csv" in errors[1]


def test_export_and_import_from_the_command_line(example_path, tmp_path, capsys):
    plan = tmp_path / "plan.json"
    plan.write_bytes(example_path.read_bytes())
    out = tmp_path / "people.csv"
    assert main(["export-people", str(plan), str(out)]) == EXIT_OK
    assert line_count(out) == 17  # a header and sixteen people
    # The sheet as exported, one phone changed, one person and one bad row added.
    sheet = out.read_text("utf-8-sig").replace("+1 213 555 0110", "+1 213 555 0199")
    out.write_text(sheet + "Rosa Díaz,spokesperson,rosa@example.org,,,,striker\nBad,alien,,,,,\n", "utf-8-sig")
    capsys.readouterr()
    assert main(["import-people", str(plan), str(out)]) == EXIT_WARNINGS
    captured = capsys.readouterr()
    # Only what the row changes is said updated: the 15 rows exported as they are are unchanged.
    assert "1 added, 1 updated, 15 unchanged, 1 row with problems" in captured.out
    assert "added: Rosa Díaz\n" in captured.out and "updated: Ana Morales, LCSW\n" in captured.out
    assert captured.out.endswith(f"{plan}: saved\n")
    assert "line 19: not added: kind 'alien' is neither spokesperson nor volunteer" in captured.err
    assert load_any(plan).people[-1].name == "Rosa Díaz"
    assert load_any(plan).people[0].phone == "+1 213 555 0199"
    # Imported again as it is: nothing added or updated, and the plan file is not written.
    written = plan.stat().st_mtime_ns
    assert main(["import-people", str(plan), str(out)]) == EXIT_WARNINGS
    again = capsys.readouterr().out
    assert "0 added, 0 updated, 17 unchanged, 1 row with problems" in again and "saved" not in again
    assert plan.stat().st_mtime_ns == written


def test_export_people_keeps_a_sheet_already_there_unless_forced(example_path, tmp_path, capsys):
    """The organizer's own volunteers.csv, with columns of theirs, was overwritten without a word."""
    from planner.cli import EXIT_ERROR

    sheet = tmp_path / "volunteers.csv"
    sheet.write_text("Name,T-shirt size\nAna Morales,M\n", "utf-8")
    assert main(["export-people", str(example_path), str(sheet)]) == EXIT_ERROR
    assert capsys.readouterr().err == f"planner: {sheet} already exists; pass --force to replace it\n"
    assert sheet.read_text("utf-8") == "Name,T-shirt size\nAna Morales,M\n"
    assert main(["export-people", str(example_path), str(sheet), "--force"]) == EXIT_OK
    assert line_count(sheet) == 17


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
    assert errors == [("Could not export the people", f"{tmp_path}: cannot write (it is a folder, not a file)")]
    sheet = tmp_path / "people.csv"
    sheet.write_text("Name\nWho was here yesterday\n")
    seen, real_replace = [], os.replace

    def replace(source, target):  # the new sheet comes into place whole, in one step
        seen.append(sheet.read_text())
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    assert window.export_people(sheet)
    assert seen == ["Name\nWho was here yesterday\n"] and "Ana Morales" in sheet.read_text("utf-8-sig")


def test_the_people_and_the_run_sheet_are_never_written_over_the_open_plan(window, tmp_path, monkeypatch):
    """Picked in the file dialog (and "replace it?" answered yes), the open plan's own file took
    the CSV or the PDF: the plan was gone."""
    from PySide6.QtWidgets import QFileDialog

    plan = tmp_path / "strike.planner"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(plan), "")))
    assert window.save()
    kept = plan.read_bytes()
    errors = []
    monkeypatch.setattr(window, "show_error", lambda title, message: errors.append((title, message)))
    assert not window.export_people(plan) and not window.export_runsheet(plan)
    said = f"{plan}: that is the plan itself; give another file to write"
    assert errors == [("Could not export the people", said), ("Could not write the run sheet", said)]
    assert plan.read_bytes() == kept


def test_a_sign_up_forms_sheet_is_previewed_with_its_columns_read_and_not_read(window, tmp_path, monkeypatch):
    """A Google Forms sheet: the phone and languages asked as questions were dropped without a
    word. The preview now says what each column was read as, and what was left, before the
    organizer imports; the file's headers are shown as text, never as markup."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    sheet = tmp_path / "Volunteer sign-up (Responses).csv"
    sheet.write_text("Timestamp,Email Address,First name,Last name,What's your phone number?,<b>Shifts</b>\n"
                     "2025/03/01 10:00:00 AM PST,rosa@example.org,Rosa,Díaz,(213) 555-0111,Mornings\n",
                     encoding="utf-8")  # fmt: skip
    seen = []

    def look(dialog):
        label = dialog.findChild(QLabel, "importColumns")
        seen.append((label.text(), label.textFormat(), label.isVisibleTo(dialog)))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(window, "run_dialog", look)
    assert window.import_people(sheet)
    said = ("Columns read: E-mail ('Email Address'); Name ('First name', 'Last name'); Phone (\"What's your phone "
            "number?\"). Not read: 'Timestamp', '<b>Shifts</b>'.")  # fmt: skip
    assert seen == [(said, Qt.TextFormat.PlainText, True)]
    rosa = window.document.plan.people[-1]
    assert (rosa.name, rosa.phone) == ("Rosa Díaz", "(213) 555-0111")


def test_a_row_beside_a_namesake_is_shown_right_after_the_rows_not_added(window, tmp_path, monkeypatch, capsys):
    """The preview puts it where a look is needed first, and says who is listed already; the
    command says the same on stderr, and still adds the row (nothing refused)."""
    sheet = tmp_path / "signups.csv"
    sheet.write_text("Name,E-mail\nRosa Díaz,rosa@example.org\nLuis Hernández,luis.h@personal.example\n"
                     "No Mail,nope\nRosa Díaz,rosa@example.org\n", encoding="utf-8")  # fmt: skip
    seen = []

    def look(dialog):
        seen.append([dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())])
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(window, "run_dialog", look)
    window.import_people(sheet)
    assert seen == [["not added: 'nope' is not an e-mail address",
                     "added; Luis Hernández is listed already, with luis.hernandez@example.org: the same person?",
                     "added", "the same person as line 2: this row's values are taken"]]  # fmt: skip
    plan = tmp_path / "plan.planner"
    assert main(["import-json", str(example_plan_path()), str(plan)]) == EXIT_OK
    capsys.readouterr()
    assert main(["import-people", str(plan), str(sheet)]) == EXIT_WARNINGS
    assert capsys.readouterr().err.splitlines() == [
        "signups.csv: line 4: not added: 'nope' is not an e-mail address",
        "signups.csv: line 3: added; Luis Hernández is listed already, with luis.hernandez@example.org: the same "
        "person?",
        "signups.csv: line 5: the same person as line 2: this row's values are taken",
    ]
    assert [p.name for p in load_any(plan).people].count("Luis Hernández") == 2


def test_of_a_workbook_of_a_sheet_per_site_the_organizer_picks_the_sheet_to_import(window, tmp_path, monkeypatch):
    """Only the first sheet that named the columns could be imported; the others, the
    organizer had to save apart. Now they are asked which, the one picked for them first."""
    import openpyxl
    from PySide6.QtWidgets import QInputDialog

    book = openpyxl.Workbook()
    book.active.title = "Read me"
    book.active.append(["One sheet per site"])
    for title, rows in (("Sunset", [["Name", "Email"], ["Rosa Díaz", "rosa@example.org"]]),
                        ("Riverside", [["Name", "Email"], ["Kim Nguyen", "kim@example.org"]])):  # fmt: skip
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(tmp_path / "sites.xlsx")
    asked, answers, previewed = [], [("Riverside", False), ("Riverside", True)], []

    def pick(parent, title, label, items, current, editable):
        asked.append((title, label, items, current, editable))
        return answers.pop(0)

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    monkeypatch.setattr(window, "run_dialog", lambda dialog: previewed.append(dialog.table.item(0, 1).text()) or (
        QDialog.DialogCode.Accepted))  # fmt: skip
    before = window.document.plan
    assert not window.import_people(tmp_path / "sites.xlsx")  # (cancelled: nothing read, nothing asked after)
    assert window.document.plan == before and previewed == []
    assert window.import_people(tmp_path / "sites.xlsx")
    assert asked[-1] == ("Import people — sites.xlsx", "This workbook has 2 sheets with columns to read. Read which "
                         "one?", ["Sunset", "Riverside", "All 2 sheets, as one list"], 0, False)  # fmt: skip
    assert previewed == ["Kim Nguyen"] and window.document.plan.people[-1].name == "Kim Nguyen"
    answers.append(("Riverside", True))
    monkeypatch.setattr(window.press_panel, "confirm_import", lambda result, *_: previewed.append(result) or True)
    window.press_panel.import_csv(tmp_path / "sites.xlsx")
    assert asked[-1][0] == "Import press list — sites.xlsx"
    assert [j.name for j in window.document.plan.journalists][-1] == "Kim Nguyen"


def test_every_sheet_of_a_workbook_of_a_sheet_per_site_is_imported_at_once_each_row_shown_with_its_sheet(
    window, tmp_path, monkeypatch
):
    """The last choice reads every sheet as one list: a campaign's ten sites' volunteers in
    one import, not ten. The preview's first column says each row's sheet and line, and a
    person on two sites' sheets is added once, said as the same person as the row before."""
    import openpyxl
    from PySide6.QtWidgets import QInputDialog

    book = openpyxl.Workbook()
    book.active.title = "Sunset"
    for row in (["Name", "Email"], ["Rosa Díaz", "rosa@example.org"]):
        book.active.append(row)
    riverside = book.create_sheet("Riverside")
    for row in (["Nombre", "Correo"], ["Kim Nguyen", "kim@example.org"], ["Rosa Díaz", "rosa@example.org"]):
        riverside.append(row)
    book.save(tmp_path / "sites.xlsx")
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda _p, _t, _l, items, *_: (items[-1], True)))
    shown = []

    def preview(dialog):
        table = dialog.table
        shown.append([[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())])
        shown.append([table.horizontalHeaderItem(0).text(), dialog.columns.text()])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(window, "run_dialog", preview)
    people = len(window.document.plan.people)
    assert window.import_people(tmp_path / "sites.xlsx")
    assert shown[0] == [["Sunset, 2", "Rosa Díaz", "added"], ["Riverside, 2", "Kim Nguyen", "added"],
                        ["Riverside, 3", "Rosa Díaz", "the same person as sheet 'Sunset', line 2: this row's values "
                         "are taken"]]  # fmt: skip
    assert shown[1][0] == "Sheet, line"
    assert shown[1][1].startswith("Read as one list, the sheets 'Sunset', 'Riverside'.")
    assert [p.name for p in window.document.plan.people[people:]] == ["Rosa Díaz", "Kim Nguyen"]
