"""Excel workbooks (.xlsx) as the people and press spreadsheets: an organizer's volunteer list
is as likely a workbook, or a Google Sheet downloaded as one, as a CSV."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

import openpyxl
import pytest

from planner.domain.people import merge_people_rows
from planner.storage import PlanFormatError, workbooks
from planner.storage.contacts import read_people_list, read_press_list


def workbook(*sheets: tuple[str, list[list[object]]]) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


FORM = [
    ["Timestamp", "Email Address", "First name", "Last name", "What's your phone number?", "Languages", "Shifts"],
    [datetime(2025, 3, 1, 10, 0), "rosa@example.org", "Rosa", "Díaz", 2135550111, "English, Spanish", "Mornings"],
    [datetime(2025, 3, 1, 10, 5), "luis@example.org", "Luis", "Hernández", "+1 213 555 0112", "Spanish", None],
]


def test_a_sign_up_sheet_downloaded_as_a_workbook_is_read_as_its_csv_would_be():
    """Google Sheets' "Download ▸ Microsoft Excel": the sheet whose header names the columns
    (a workbook may open on a sheet of instructions), each row under the number the sheet
    shows it at, a phone typed as a number without ".0", and which sheet was read said."""
    instructions = [["How to sign up"], ["Fill in the form; we call you back."]]
    data = workbook(
        ("Read me", instructions), ("Form Responses 1", FORM), ("Shifts", [["Day", "Who"], ["Mon", "Rosa"]])
    )
    imported = read_people_list(data, "Volunteer sign-up.xlsx")
    assert [(r.line, r.name, r.email, r.phone, r.languages) for r in imported.rows] == [
        (2, "Rosa Díaz", "rosa@example.org", "2135550111", "English, Spanish"),
        (3, "Luis Hernández", "luis@example.org", "+1 213 555 0112", "Spanish"),
    ]
    assert str(imported.columns) == (
        "Read the sheet 'Form Responses 1', of 3. Columns read: E-mail ('Email Address'); "
        "Name ('First name', 'Last name'); Phone (\"What's your phone number?\"); Languages ('Languages'). Not "
        "read: 'Timestamp', 'Shifts'."
    )
    merged = merge_people_rows((), imported.rows, iter(range(9)).__next__)
    assert merged.added == [2, 3] and not merged.problems


def test_a_title_and_empty_rows_above_the_header_are_passed_over_and_rows_keep_their_numbers():
    data = workbook(("Press", [[], ["Press list — hunger strike, April 2025"], [],
                               ["Name", "E-mail", "Outlet"], ["Kim Nguyen", "kim@kpcc.example", "KPCC"]]))  # fmt: skip
    [row] = read_press_list(data, "press.xlsx").rows
    assert (row.line, row.name, row.email, row.outlet) == (5, "Kim Nguyen", "kim@kpcc.example", "KPCC")


def _zipped(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in files.items():
            archive.writestr(name, body)
    return out.getvalue()


def _with_sheet_xml(xml: bytes) -> bytes:
    """A real workbook whose first sheet's XML is `xml`."""
    with zipfile.ZipFile(io.BytesIO(workbook(("Sheet1", [["Name"], ["Ana"]])))) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    files["xl/worksheets/sheet1.xml"] = xml
    return _zipped(files)


LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">'
          b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
          b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
          b'<c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>')  # fmt: skip


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500),
            r"^p\.xls: an Excel 97-2003 workbook \(\.xls\) or one with a password; save it as an Excel workbook",
        ),
        (
            _zipped({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"}),
            r"^p\.xls: not an Excel workbook \(an OpenDocument or Numbers file, or another zip\)",
        ),
        (b"PK\x03\x04" + bytes(100), r"^p\.xls: a workbook that cannot be read \("),
        (_with_sheet_xml(b"<worksheet><sheetData><row"), r"^p\.xls: a workbook that cannot be read \("),
        (_with_sheet_xml(LAUGHS), r"^p\.xls: a workbook that cannot be read \(.*[Ee]ntit"),  # (defusedxml)
        (workbook(("Sheet1", []), ("Sheet2", [[None, None]])), r"^p\.xls: the workbook's sheets are empty$"),
    ],
    ids=["xls", "ods", "broken-zip", "broken-xml", "entities", "empty"],
)
def test_a_workbook_that_cannot_be_read_says_what_and_where(data, said):
    with pytest.raises(PlanFormatError, match=said):
        read_people_list(data, "p.xls")


def test_a_zip_bomb_or_a_sheet_of_a_million_rows_is_refused_before_it_holds_the_machine(monkeypatch):
    data = workbook(("Sheet1", [["Name"], *([f"Person {n}"] for n in range(50))]))
    monkeypatch.setattr(workbooks, "MAX_UNPACKED", 1000)
    with pytest.raises(PlanFormatError, match=r"^big\.xlsx: 0 MB unpacked is far more than a list of people"):
        read_people_list(data, "big.xlsx")
    monkeypatch.undo()
    monkeypatch.setattr(workbooks, "MAX_ROWS", 20)
    with pytest.raises(PlanFormatError, match=r"^big\.xlsx: more than 20 rows, far more than a list of people$"):
        read_people_list(data, "big.xlsx")


def test_a_workbook_is_not_read_with_its_xml_unguarded(monkeypatch):
    """openpyxl reads XML unguarded against entity expansion when defusedxml is missing or
    OPENPYXL_DEFUSEDXML=False: then no workbook is read."""
    monkeypatch.setattr("openpyxl.xml.DEFUSEDXML", False)
    with pytest.raises(PlanFormatError, match=r"^p\.xlsx: workbooks are not read without defusedxml$"):
        read_people_list(workbook(("Sheet1", [["Name"], ["Ana"]])), "p.xlsx")


def test_of_two_sheets_that_name_as_many_columns_the_one_titled_for_the_list_is_read():
    """An organizer's workbook with a sheet of volunteers and one of press contacts, both
    with Name and Email: the press list is read from "Prensa", the people from "Volunteers"."""
    data = workbook(("Volunteers", [["Name", "Email"], ["Rosa Díaz", "rosa@example.org"]]),
                    ("Prensa", [["Nombre", "Correo"], ["Kim Nguyen", "kim@kpcc.example"]]))  # fmt: skip
    assert [r.name for r in read_press_list(data, "lists.xlsx").rows] == ["Kim Nguyen"]
    assert str(read_press_list(data, "lists.xlsx").columns).startswith("Read the sheet 'Prensa', of 2.")
    assert [r.name for r in read_people_list(data, "lists.xlsx").rows] == ["Rosa Díaz"]
