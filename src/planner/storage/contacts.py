"""The press list and the people from a file, as the app, `planner import-people` and
`planner import-press` read it: a spreadsheet (CSV, an Excel workbook or an OpenDocument
spreadsheet: csv_table, workbooks, opendocument) or an address book's cards (vCard: vcards),
told apart by what the file holds, not by its name."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from planner.domain.people import PersonRow
from planner.domain.press import PressRow
from planner.storage.csv_table import Imported, SheetChoice, not_a_workbook, read_people_rows, read_press_rows
from planner.storage.vcards import is_vcard, read_people_cards, read_press_cards

R = TypeVar("R")


def read_press_list(data: bytes, source: str, sheet: SheetChoice = None) -> Imported[PressRow]:
    """`sheet`: of a workbook, the one to read (Imported.sheets: those it may be), or every one
    of them (csv_table.EVERY_SHEET)."""
    return _read_list(data, source, sheet, read_press_cards, read_press_rows)


def read_people_list(data: bytes, source: str, sheet: SheetChoice = None) -> Imported[PersonRow]:
    """`sheet`: of a workbook, the one to read (Imported.sheets: those it may be), or every one
    of them (csv_table.EVERY_SHEET)."""
    return _read_list(data, source, sheet, read_people_cards, read_people_rows)


def _read_list(data: bytes, source: str, sheet: SheetChoice, cards: Callable[[bytes, str], list[R]],
               rows: Callable[[bytes, str, SheetChoice], Imported[R]]) -> Imported[R]:  # fmt: skip
    if not is_vcard(data):
        return rows(data, source, sheet)
    if sheet is not None:
        raise not_a_workbook(source, sheet)
    return Imported(cards(data, source))
