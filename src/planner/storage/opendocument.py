"""An OpenDocument spreadsheet (.ods: LibreOffice Calc's, Collabora's and Nextcloud Office's
own format, and Google Sheets' and Excel's "save as OpenDocument") as a spreadsheet's rows,
as workbooks.py gives an Excel workbook's: each sheet's cells as text, each row under the
number the spreadsheet shows it at.

Read as a stream with defusedxml's parser, not through a library that builds the document
first: an ODS says "this cell 16,384 times, this row a million times" in a few bytes (Calc
ends every sheet so), and odfpy and calamine (tried) spell such a file out in memory, gigabytes
from a 1 KB file. Here only the cells up to the last one with something in it are spelled
out, and no more than the limits workbooks.py sets."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import datetime
from xml.etree.ElementTree import Element

from planner.storage.errors import PlanFormatError
from planner.storage.workbooks import cell_text, too_many_rows
from planner.words import tr

MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_CELLS = (_TABLE + "table-cell", _TABLE + "covered-table-cell")  # (a covered cell: one a merged cell spans)
_NOT_SHOWN = (_OFFICE + "annotation", _TEXT + "note")  # (a cell's comment, a footnote: not its text)


def is_opendocument(archive: zipfile.ZipFile) -> bool:
    """Whether the zip is an OpenDocument file of any kind (a text document too)."""
    return "mimetype" in archive.namelist() and archive.read("mimetype").startswith(b"application/vnd.oasis.")


def opendocument_sheets(archive: zipfile.ZipFile, source: str, most_rows: int,
                        most_columns: int) -> list[tuple[str, list[tuple[int, list[str]]]]]:  # fmt: skip
    """Each sheet's title and non-empty rows, each with its number and its first
    `most_columns` cells; refused past `most_rows` rows in the sheets together."""
    from defusedxml.ElementTree import iterparse  # (loaded when a spreadsheet is read, not at start)

    if archive.read("mimetype").strip() != MIMETYPE:
        raise PlanFormatError(tr("{source}: an OpenDocument file that is not a spreadsheet", source=source))
    manifest = archive.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in archive.namelist() else b""
    if b"encryption-data" in manifest:  # (its content.xml is ciphertext)
        raise PlanFormatError(tr("{source}: a spreadsheet with a password; save it without one", source=source))
    sheets: list[tuple[str, list[tuple[int, list[str]]]]] = []
    rows: list[tuple[int, list[str]]] = []
    number = 0  # (the sheet's rows so far, empty ones and repeats counted: the next row's is number + 1)
    cells: list[str] = []
    blank_cells = 0  # (empty cells not yet spelled out: only if something follows them in the row)
    spelled = elements = 0  # (rows spelled out in the sheets together, and row elements: each at most most_rows)
    depth = 0  # (tables inside a table's cells are part of that cell, not rows of the sheet)
    with archive.open("content.xml") as content:
        for event, element in iterparse(content, events=("start", "end")):
            tag = element.tag
            if tag == _TABLE + "table":
                depth += 1 if event == "start" else -1
                if event == "start" and depth == 1:
                    sheets.append((element.get(_TABLE + "name", ""), rows := []))
                    number = 0
                continue
            if event == "start" or depth != 1:
                continue
            if tag in _CELLS:
                repeat = _count(element.get(_TABLE + "number-columns-repeated"))
                text = _cell_text(element)
                if text and len(cells) < most_columns:
                    cells += [""] * min(blank_cells, most_columns - len(cells))
                    cells += [text] * min(repeat, most_columns - len(cells))
                    blank_cells = 0
                elif not text:
                    blank_cells += repeat
                element.clear()
            elif tag == _TABLE + "table-row":
                repeat = _count(element.get(_TABLE + "number-rows-repeated"))
                elements += 1
                if cells:  # (an empty row, or a million of them below the list, is only counted)
                    for _ in range(repeat):
                        spelled += 1
                        if spelled > most_rows:
                            raise too_many_rows(source)
                        number += 1
                        rows.append((number, cells))
                else:
                    number += repeat
                if elements > most_rows:
                    raise too_many_rows(source)
                cells, blank_cells = [], 0
                element.clear()
    return sheets


def _count(repeated: str | None) -> int:
    """A number-…-repeated attribute's count: 1 where there is none, or where it is not a
    count a spreadsheet could hold (Calc's most is 1,048,576 rows)."""
    if repeated is None or not (repeated.isascii() and repeated.isdigit()) or len(repeated) > 9:
        return 1
    return max(int(repeated), 1)


def _cell_text(cell: Element) -> str:
    """A cell as the sheet shows it, near enough, and as workbooks.py gives an Excel cell: a
    number as its value, not as formatted (a phone typed as a number has no separators), a
    date as YYYY-MM-DD, anything else (text, a currency, a time) as the cell shows it."""
    kind = cell.get(_OFFICE + "value-type")
    try:
        if kind == "float":
            return cell_text(float(cell.get(_OFFICE + "value", "")))
        if kind == "date":
            return cell_text(datetime.fromisoformat(cell.get(_OFFICE + "date-value", "")))
        if kind == "boolean":
            return cell_text(cell.get(_OFFICE + "boolean-value") == "true")
    except ValueError:
        pass  # (a value the file does not write as the format says: the text it shows)
    return "\n".join("".join(_shown(paragraph)) for paragraph in cell if paragraph.tag == _TEXT + "p")


def _shown(element: Element) -> Iterator[str]:
    """A paragraph's text, its spaces and tabs spelled out (ODF writes runs of spaces as
    <text:s text:c="3"/>), without the comments and notes anchored in it."""
    if element.tag == _TEXT + "s":
        yield " " * min(_count(element.get(_TEXT + "c")), 1000)
    elif element.tag == _TEXT + "tab":
        yield "\t"
    elif element.tag == _TEXT + "line-break":
        yield "\n"
    elif element.tag not in _NOT_SHOWN:
        yield element.text or ""
        for child in element:
            yield from _shown(child)
            yield child.tail or ""
