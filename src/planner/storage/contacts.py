"""The press list and the people from a file, as the app, `planner import-people` and
`planner import-press` read it: a spreadsheet (CSV, an Excel workbook or an OpenDocument
spreadsheet: csv_table, workbooks, opendocument) or an address book's cards (vCard: vcards),
told apart by what the file holds, not by its name."""

from __future__ import annotations

from planner.domain.people import PersonRow
from planner.domain.press import PressRow
from planner.storage.csv_table import Imported, not_a_workbook, read_people_rows, read_press_rows
from planner.storage.vcards import is_vcard, read_people_cards, read_press_cards


def read_press_list(data: bytes, source: str, sheet: str | None = None) -> Imported[PressRow]:
    """`sheet`: of a workbook, the one to read (Imported.sheets: those it may be)."""
    if is_vcard(data):
        if sheet is not None:
            raise not_a_workbook(source, sheet)
        return Imported(read_press_cards(data, source))
    return read_press_rows(data, source, sheet)


def read_people_list(data: bytes, source: str, sheet: str | None = None) -> Imported[PersonRow]:
    """`sheet`: of a workbook, the one to read (Imported.sheets: those it may be)."""
    if is_vcard(data):
        if sheet is not None:
            raise not_a_workbook(source, sheet)
        return Imported(read_people_cards(data, source))
    return read_people_rows(data, source, sheet)
