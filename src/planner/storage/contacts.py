"""The press list and the people from a file, as the app, `planner import-people` and
`planner import-press` read it: a spreadsheet (CSV, an Excel workbook or an OpenDocument
spreadsheet: csv_table, workbooks, opendocument) or an address book's cards (vCard: vcards),
told apart by what the file holds, not by its name."""

from __future__ import annotations

from planner.domain.people import PersonRow
from planner.domain.press import PressRow
from planner.storage.csv_table import Imported, read_people_rows, read_press_rows
from planner.storage.vcards import is_vcard, read_people_cards, read_press_cards


def read_press_list(data: bytes, source: str) -> Imported[PressRow]:
    return Imported(read_press_cards(data, source)) if is_vcard(data) else read_press_rows(data, source)


def read_people_list(data: bytes, source: str) -> Imported[PersonRow]:
    return Imported(read_people_cards(data, source)) if is_vcard(data) else read_people_rows(data, source)
