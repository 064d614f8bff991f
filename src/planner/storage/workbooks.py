"""A workbook — Excel's (.xlsx: Excel's, and Google Sheets' and Numbers' downloads) or an
OpenDocument spreadsheet (.ods: LibreOffice's, opendocument.py) — as a spreadsheet's rows: each
sheet's cells as text, each row with the number the spreadsheet shows it under, for csv_table
to read the sheet that names its columns as it reads a CSV. openpyxl reads an Excel workbook,
loaded only then, with defusedxml guarding its XML; the zip's size is looked at before
anything is unpacked.

Not python-calamine, which reads .xls and .ods as well: it spells out a sheet from its first
cell to its last in memory, and a two-cell workbook (A1 and XFD1048576) ends the process
(tried: Rust's "memory allocation failed", an abort no Python code can catch)."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime, time
from typing import Any

from planner.storage.errors import PlanFormatError
from planner.words import tr

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # (Excel 97-2003's .xls, and any password-protected workbook)
MAX_UNPACKED = 200_000_000  # the sheets' XML; 2,400 staff in a workbook are about 1 MB of it
MAX_ROWS = 100_000
MAX_COLUMNS = 200
# What a damaged workbook makes openpyxl, zipfile and the XML parsers raise (defusedxml's
# refusals are ValueErrors; an XML declaration's unknown encoding a LookupError, as a missing
# part's KeyError is; a parse error a SyntaxError).
_UNREADABLE = (zipfile.BadZipFile, zipfile.LargeZipFile, LookupError, ValueError, TypeError, AttributeError,
               OSError, EOFError, RecursionError, NotImplementedError, SyntaxError)  # fmt: skip


def is_workbook(data: bytes) -> bool:
    """Whether `data` is a workbook rather than text: a zip (.xlsx, .ods, .numbers) or an
    Office binary file (.xls, or an Excel workbook with a password)."""
    return data.startswith((_ZIP, _OLE))


def workbook_sheets(data: bytes, source: str) -> list[tuple[str, list[tuple[int, list[str]]]]]:
    """Each sheet's title and rows, each row with its number and its cells as text (numbers
    as written, dates as YYYY-MM-DD)."""
    if data.startswith(_OLE):
        raise PlanFormatError(tr("{source}: an Excel 97-2003 workbook (.xls) or one with a password; save it "
                                 "as an Excel workbook (.xlsx) or as 'CSV UTF-8', without a password",
                                 source=source))  # fmt: skip
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = {info.filename: info for info in archive.infolist()}
    except _UNREADABLE as exc:
        raise _unreadable(source, exc) from None
    unpacked = sum(info.file_size for info in names.values())
    if unpacked > MAX_UNPACKED:  # (a zip bomb: said before anything is unpacked)
        size, most = unpacked // 1_000_000, MAX_UNPACKED // 1_000_000
        raise PlanFormatError(tr("{source}: {size} MB unpacked is far more than a list of people (at most {most} "
                                 "MB)", source=source, size=size, most=most))  # fmt: skip
    sheets = _excel_sheets(data, source) if "xl/workbook.xml" in names else _opendocument_sheets(archive, source)
    if not sheets:
        raise PlanFormatError(tr("{source}: the workbook has no sheet", source=source))
    return sheets


def _excel_sheets(data: bytes, source: str) -> list[tuple[str, list[tuple[int, list[str]]]]]:
    """An Excel workbook's sheets, read by openpyxl."""
    import openpyxl  # (loaded when a workbook is read, not at start)
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:  # (OPENPYXL_DEFUSEDXML=False, or defusedxml missing: its XML unguarded)
        raise PlanFormatError(tr("{source}: workbooks are not read without defusedxml", source=source))
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheets: list[tuple[str, list[tuple[int, list[str]]]]] = []
            left = MAX_ROWS
            for sheet in book.worksheets:
                rows = _rows(sheet, source, left)
                sheets.append((str(sheet.title), rows))
                left -= len(rows)
        finally:
            book.close()
    except PlanFormatError:
        raise  # (too many rows: said as such)
    except _UNREADABLE as exc:
        raise _unreadable(source, exc) from None
    return sheets


def _opendocument_sheets(archive: zipfile.ZipFile, source: str) -> list[tuple[str, list[tuple[int, list[str]]]]]:
    """An OpenDocument spreadsheet's sheets (opendocument.py); a zip of anything else refused."""
    from planner.storage import opendocument  # (loaded when one is read, not at start)

    try:
        if not opendocument.is_opendocument(archive):
            raise PlanFormatError(tr("{source}: not a spreadsheet (a Numbers file, or another zip); save it as an "
                                     "Excel workbook (.xlsx) or as 'CSV UTF-8'", source=source))  # fmt: skip
        return opendocument.opendocument_sheets(archive, source, MAX_ROWS, MAX_COLUMNS)
    except _UNREADABLE as exc:
        raise _unreadable(source, exc) from None


def too_many_rows(source: str) -> PlanFormatError:
    return PlanFormatError(tr("{source}: more than {most} rows, far more than a list of people",
                              source=source, most=f"{MAX_ROWS:,}"))  # fmt: skip


def _rows(sheet: Any, source: str, most: int) -> list[tuple[int, list[str]]]:
    """The sheet's rows, refused past `most` (MAX_ROWS in the workbook's sheets together)."""
    rows: list[tuple[int, list[str]]] = []
    for number, row in enumerate(sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS), start=1):
        if number > most:
            raise too_many_rows(source)
        cells = [cell_text(value) for value in row]
        while cells and not cells[-1]:
            cells.pop()
        rows.append((number, cells))
    return rows


def cell_text(value: object) -> str:
    """A cell as the sheet shows it, near enough: a whole number without ".0" (a phone number
    typed as a number), a date without its midnight."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _unreadable(source: str, exc: BaseException) -> PlanFormatError:
    """The error's own words, the innermost's: openpyxl wraps what went wrong in words of its
    own ("Unable to read workbook: could not read worksheets from None")."""
    while exc.__cause__ is not None:
        exc = exc.__cause__
    why = " ".join(str(exc).split())[:120] or type(exc).__name__
    return PlanFormatError(tr("{source}: a workbook that cannot be read ({why})", source=source, why=why))
