"""Workbooks as the people and press spreadsheets: an organizer's volunteer list is as likely
an Excel workbook (.xlsx), a Google Sheet downloaded as one, or LibreOffice's own OpenDocument
spreadsheet (.ods: the office suite of the Linux desktop this app is packaged for, and of
Nextcloud Office) as a CSV. The .ods files in spreadsheets/ were saved by LibreOffice Calc 7.4:
sign-up-libreoffice.ods converted from an Excel sheet of a sign-up form (soffice --convert-to
ods), voluntarios-libreoffice.ods made in Calc (a merged title above the header, a comment
on a cell, a phone typed as a number, dates shown as DD/MM/YYYY), and the same saved with a
password, password-libreoffice.ods."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

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
            _zipped({"Index/Document.iwa": b"", "Metadata/Properties.plist": b""}),
            r"^p\.xls: not a spreadsheet \(a Numbers file, or another zip\); save it as an Excel workbook \(\.xlsx\)",
        ),
        (b"PK\x03\x04" + bytes(100), r"^p\.xls: a workbook that cannot be read \("),
        (_with_sheet_xml(b"<worksheet><sheetData><row"), r"^p\.xls: a workbook that cannot be read \("),
        (_with_sheet_xml(LAUGHS), r"^p\.xls: a workbook that cannot be read \(.*[Ee]ntit"),  # (defusedxml)
        (workbook(("Sheet1", []), ("Sheet2", [[None, None]])), r"^p\.xls: the workbook's sheets are empty$"),
    ],
    ids=["xls", "numbers", "broken-zip", "broken-xml", "entities", "empty"],
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


def test_a_workbook_of_a_sheet_per_site_says_its_sheets_and_reads_the_one_asked_for():
    """One sheet per site, as a hand-made workbook often has: the first that names the columns
    was the only one that could be read; the rest, the organizer had to save apart. The sheets
    that name columns are said (the app and `--sheet` offer them), and any is read by name
    (its case and spaces as typed or not); one not there, or a sheet of a CSV, said so."""
    sunset = [["Name", "Email"], ["Rosa Díaz", "rosa@example.org"], ["Luis Hernández", "luis@example.org"]]
    riverside = [["Name", "Email"], ["Kim Nguyen", "kim@example.org"]]
    data = workbook(("Read me", [["One sheet per site"]]), ("Sunset", sunset), ("Riverside", riverside))
    first = read_people_list(data, "sites.xlsx")
    assert [r.name for r in first.rows] == ["Rosa Díaz", "Luis Hernández"]
    assert first.sheets == ("Sunset", "Riverside") and first.sheet == "Sunset"
    for asked in ("Riverside", " riverside "):
        chosen = read_people_list(data, "sites.xlsx", asked)
        assert [(r.line, r.name) for r in chosen.rows] == [(2, "Kim Nguyen")] and chosen.sheet == "Riverside"
        assert str(chosen.columns).startswith("Read the sheet 'Riverside', of 3.")
    assert [r.name for r in read_press_list(data, "sites.xlsx", "Riverside").rows] == ["Kim Nguyen"]
    with pytest.raises(PlanFormatError) as missing:
        read_people_list(data, "sites.xlsx", "Westside")
    assert str(missing.value) == "sites.xlsx: no sheet 'Westside' with anything in it; its sheets: 'Read me', " \
        "'Sunset', 'Riverside'"  # fmt: skip
    one = read_people_list(workbook(("Sunset", sunset)), "sunset.xlsx")
    assert one.sheets == ("Sunset",) and one.sheet == "Sunset"
    csv = "Name,Email\nRosa Díaz,rosa@example.org\n".encode()
    assert read_people_list(csv, "sites.csv").sheets == ()
    cards = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rosa\r\nEND:VCARD\r\n"
    for source, given in (("sites.csv", csv), ("sites.vcf", cards)):
        for read in (read_people_list, read_press_list):
            with pytest.raises(PlanFormatError) as none:
                read(given, source, "Sunset")
            assert str(none.value) == f"{source}: not a workbook, so it has no sheet 'Sunset'"
    ods = read_people_list((SPREADSHEETS / "voluntarios-libreoffice.ods").read_bytes(), "voluntarios.ods")
    assert ods.sheet == "Voluntarios" and ods.sheets == ("Voluntarios",)  # (its sheet of notes names no column)


def test_every_sheet_of_a_workbook_of_a_sheet_per_site_is_read_as_one_list_each_row_said_with_its_sheet():
    """A six-month campaign's volunteers kept a sheet per site: each had to be imported on its
    own, ten imports with ten previews. Every sheet that names columns is read as one list,
    each by its own header (the columns in another order, Spanish headers, a column more),
    a sheet of notes passed over; each row is told by its sheet and line, and the same person
    on two sites' sheets is one person, the later row's values taken. A sheet without a name
    column is left out and said with its name; a CSV or cards have no sheets to read."""
    from planner.storage.csv_table import EVERY_SHEET

    sunset = [["Name", "Email"], ["Rosa Díaz", "rosa@example.org"], ["", "nobody@example.org"]]
    riverside = [["Correo", "Nombre", "Teléfono"], ["kim@example.org", "Kim Nguyen", "555 0110"],
                 ["rosa@example.org", "Rosa Díaz", "555 0111"]]  # fmt: skip
    data = workbook(("Read me", [["One sheet per site"]]), ("Sunset", sunset), ("Riverside", riverside))
    every = read_people_list(data, "sites.xlsx", EVERY_SHEET)
    assert every.every and every.sheet is None and every.sheets == ("Sunset", "Riverside")
    assert [(every.sheet_and_line(r.line), r.name, r.phone) for r in every.rows] == [
        (("Sunset", 2), "Rosa Díaz", ""), (("Sunset", 3), "", ""),
        (("Riverside", 2), "Kim Nguyen", "555 0110"), (("Riverside", 3), "Rosa Díaz", "555 0111")]  # fmt: skip
    assert str(every.columns) == ("Read as one list, the sheets 'Sunset', 'Riverside'. Columns read: Name ('Name', "
                                  "'Nombre'); E-mail ('Email', 'Correo'); Phone ('Teléfono').")  # fmt: skip
    merged = merge_people_rows((), every.rows, iter(range(9)).__next__)
    assert [(p.name, p.phone) for p in merged.records] == [("Rosa Díaz", "555 0111"), ("Kim Nguyen", "555 0110")]
    [(refused, _why)] = merged.problems
    [(repeat, earlier)] = merged.repeats.items()
    assert [str(every.where(line)) for line in (refused, repeat, earlier)] == [
        "sheet 'Sunset', line 3", "sheet 'Riverside', line 3", "sheet 'Sunset', line 2"]  # fmt: skip
    assert str(read_people_list(data, "sites.xlsx").where(3)) == "line 3"
    press = read_press_list(data, "sites.xlsx", EVERY_SHEET).rows
    assert [r.name for r in press] == ["Rosa Díaz", "", "Kim Nguyen", "Rosa Díaz"]
    # A sheet that names columns but not the name (the press contacts beside the sites): left
    # out, and said; if no sheet can be read, the first one's error.
    contacts = ("Press", [["Correo", "Teléfono"], ["kim@example.org", "555"]])
    some = read_people_list(workbook(("Sunset", sunset), contacts), "sites.xlsx", EVERY_SHEET)
    assert [r.name for r in some.rows] == ["Rosa Díaz", ""] and some.sheets == ("Sunset",)
    assert str(some.columns).startswith("Read as one list, the sheets 'Sunset'. Left out: sites.xlsx, sheet 'Press': "
                                        "line 1: no column for Name (a line at the top must name the columns). "
                                        "Columns read: Name ('Name'); E-mail ('Email').")  # fmt: skip
    with pytest.raises(PlanFormatError) as unnamed:
        read_people_list(workbook(contacts, ("Riverside", [["Phone"], ["555"]])), "sites.xlsx", EVERY_SHEET)
    assert str(unnamed.value) == "sites.xlsx, sheet 'Press': line 1: no column for Name (a line at the top must " \
        "name the columns)"  # fmt: skip
    csv = "Name,Email\nRosa Díaz,rosa@example.org\n".encode()
    cards = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rosa\r\nEND:VCARD\r\n"
    for source, given in (("sites.csv", csv), ("sites.vcf", cards)):
        with pytest.raises(PlanFormatError) as none:
            read_people_list(given, source, EVERY_SHEET)
        assert str(none.value) == f"{source}: not a workbook, so it has no sheets to read"


SPREADSHEETS = Path(__file__).parent / "spreadsheets"


def test_a_volunteer_list_saved_by_libreoffice_is_read_as_its_excel_copy_would_be():
    """The sheet that names the columns (not the sheet of notes), its header under a merged
    title, each row under the number Calc shows it at; the phone typed as a number as typed, a
    date as YYYY-MM-DD though Calc shows 01/03/2025, a cell's comment not part of its text."""
    imported = read_people_list((SPREADSHEETS / "voluntarios-libreoffice.ods").read_bytes(), "voluntarios.ods")
    assert [(r.line, r.name, r.email, r.phone, r.languages) for r in imported.rows] == [
        (4, "Rosa Díaz", "rosa@example.org", "2135550111", "Español e inglés"),
        (5, "Luis Hernández", "luis@example.org", "+1 213 555 0112", "Español"),
        (6, "Kim Nguyen", "kim@example.org", "", "Inglés"),
    ]
    assert str(imported.columns) == (
        "Read the sheet 'Voluntarios', of 2. Columns read: Name ('Nombre'); E-mail ('Correo'); Phone ('Teléfono'); "
        "Languages ('Idiomas'). Not read: 'Inscrito'."
    )
    sheets = dict(workbooks.workbook_sheets((SPREADSHEETS / "voluntarios-libreoffice.ods").read_bytes(), "v.ods"))
    assert sheets["Voluntarios"][2][1] == ["Rosa Díaz", "rosa@example.org", "2135550111", "Español e inglés",
                                           "2025-03-01"]  # fmt: skip
    assert sheets["Voluntarios"][3][1][0] == "Luis  Hernández"  # (the cell as typed, <text:s/>; the name one space)
    merged = merge_people_rows((), imported.rows, iter(range(9)).__next__)
    assert merged.added == [4, 5, 6] and not merged.problems


def test_a_sign_up_sheet_calc_ends_with_a_million_empty_rows_is_read_to_its_last_row():
    """Calc writes the rest of a sheet as one row repeated 1,048,574 times, and each row's
    rest as one cell repeated 16,377 times: counted, not spelled out."""
    data = (SPREADSHEETS / "sign-up-libreoffice.ods").read_bytes()
    assert b'number-rows-repeated="1048574"' in zipfile.ZipFile(io.BytesIO(data)).read("content.xml")
    imported = read_people_list(data, "sign-up.ods")
    assert [(r.line, r.name, r.email, r.phone) for r in imported.rows[:2]] == [
        (2, "Rosa Díaz", "rosa@example.org", "2135550111"),
        (3, "Luis Hernández", "luis@example.org", "+1 213 555 0112"),
    ]
    sheets = dict(workbooks.workbook_sheets(data, "sign-up.ods"))
    assert sheets["Read me"] == [(1, ["How to sign up"])]
    assert sheets["Form Responses 1"][1][1][0] == "2025-03-01 10:00"
    assert sheets["Form Responses 1"][3] == (5, [""] * 7 + ["  two  spaces\tand tab"])  # (from 16,384 cells)
    assert max(len(cells) for _line, cells in sheets["Form Responses 1"]) == 8


def _ods(tables: str, mimetype: bytes = b"application/vnd.oasis.opendocument.spreadsheet") -> bytes:
    """An OpenDocument spreadsheet whose body is `tables`, as Calc lays one out."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
        f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>"
    )
    return _zipped({"mimetype": mimetype, "content.xml": content.encode()})


def _cell(text: str, repeat: int = 1) -> str:
    return (f'<table:table-cell table:number-columns-repeated="{repeat}" office:value-type="string">'
            f"<text:p>{text}</text:p></table:table-cell>")  # fmt: skip


def _row(*cells: str, repeat: int | str = 1) -> str:
    return f'<table:table-row table:number-rows-repeated="{repeat}">{"".join(cells)}</table:table-row>'


HEADER = _row(_cell("Name"), _cell("Email"))


@pytest.mark.parametrize(
    ("data", "said"),
    [
        ((SPREADSHEETS / "password-libreoffice.ods").read_bytes(),
         r"^p\.ods: a spreadsheet with a password; save it without one$"),
        (_ods("", b"application/vnd.oasis.opendocument.text"),
         r"^p\.ods: an OpenDocument file that is not a spreadsheet$"),
        (_ods(f'<table:table table:name="S">{HEADER}<table:table-row>'),
         r"^p\.ods: a workbook that cannot be read \("),
        (_zipped({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}),
         r"^p\.ods: a workbook that cannot be read \(.*content\.xml"),
        (_zipped({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                  "content.xml": LAUGHS.replace(b"<worksheet", b"<x").replace(b"</worksheet>", b"</x>")}),
         r"^p\.ods: a workbook that cannot be read \(.*[Ee]ntit"),  # (defusedxml)
        (_zipped({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                  "content.xml": b'<?xml version="1.0" encoding="x-unknown"?><x/>'}),
         r"^p\.ods: a workbook that cannot be read \(.*encoding"),
        (_ods(""), r"^p\.ods: the workbook has no sheet$"),
        (_ods(f'<table:table table:name="S">{_row(_cell("x"), repeat=10**6)}</table:table>'),
         r"^p\.ods: more than 100,000 rows, far more than a list of people$"),
        (_ods('<table:table table:name="S">' + "<table:table-row/>" * 100_001 + "</table:table>"),
         r"^p\.ods: more than 100,000 rows, far more than a list of people$"),
    ],
    ids=["password", "text-document", "broken-xml", "no-content", "entities", "unknown-encoding", "no-sheet",
         "a-million-rows", "many-empty-rows"],
)  # fmt: skip
def test_an_opendocument_file_that_cannot_be_read_says_what_and_where(data, said):
    with pytest.raises(PlanFormatError, match=said):
        read_people_list(data, "p.ods")


def test_an_opendocument_sheet_of_a_cell_repeated_past_any_sheet_is_read_as_far_as_a_list_needs():
    """A few bytes that say "this cell 16,384 times, in 5,000 rows", or counts no sheet could
    hold: the columns past MAX_COLUMNS are not spelled out, a count that is no count is 1."""
    data = _ods(f'<table:table table:name="S">{HEADER}{_row(_cell("Ana"), _cell("x", 16384), repeat=5000)}'
                f'{_row(_cell("Bo"), _cell("b@example.org", 10**40), repeat="٣")}</table:table>')  # fmt: skip
    [(_title, rows)] = workbooks.workbook_sheets(data, "p.ods")
    assert len(rows) == 5002 and all(len(cells) == workbooks.MAX_COLUMNS for _line, cells in rows[1:5001])
    assert rows[-1] == (5002, ["Bo", "b@example.org"])
