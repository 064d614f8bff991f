"""Spreadsheets read forgivingly: CSV in UTF-8 with or without BOM (or as Excel writes it:
UTF-16, Windows-1252), comma, semicolon or tab, or a workbook (workbooks.py: Excel's, or an
OpenDocument spreadsheet); header names in any case, or a form's questions; every row keeps
its line number for error messages."""

from __future__ import annotations

import csv
import enum
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Generic, TypeVar

from planner.domain.model import Person, PersonKind
from planner.domain.people import PersonRow
from planner.domain.press import PressRow
from planner.fileio import read_at_most, reading_error
from planner.storage.errors import PlanFormatError
from planner.storage.schema import PEOPLE
from planner.storage.sheets import (
    FIRST_CHOICE,
    FOUND_IN_WORDS,
    NAME_PARTS,
    PEOPLE_SHEET,
    PRESS_SHEET,
    SHEET_TITLES,
    sheet_cell,
)
from planner.storage.workbooks import is_workbook, workbook_sheets
from planner.words import Text, joined, megabytes, quoted, tr


@dataclass(frozen=True)
class CsvRow:
    line: int  # 1-based line in the file, as a spreadsheet shows it
    values: dict[str, str]  # by canonical column name; missing cells are ""


class Sheets(enum.Enum):
    """Of a workbook whose sheets each list some of the people (a sheet per site, per shift
    team), every sheet that names columns of ours, read as one list."""

    EVERY = "every"


EVERY_SHEET = Sheets.EVERY
# Which of a workbook's sheets to read: the one named, EVERY_SHEET, or None: the one read_sheet picks.
SheetChoice = str | Sheets | None
# Every sheet read as one list: a row of the k-th of them (from 0) is line k * SHEET_LINES + its
# row's number, so that each row of the list has a line of its own (Imported.where says which).
SHEET_LINES = 1_000_000  # (more than a workbook's rows: workbooks.MAX_ROWS)


@dataclass(frozen=True)
class Table:
    """A sheet's rows, and which of its columns were read as what."""

    rows: list[CsvRow]
    read: list[tuple[str, list[str]]]  # (canonical column, the headers it was read from), in the sheet's order
    unread: list[str | int]  # columns with something in them no column takes: headers, or numbers if none
    note: Text | None = None  # what to know first: read as Windows-1252, or which of a workbook's sheets
    # A workbook's: its sheets that name columns of ours (in its order), and the one read (None:
    # every one of them, `every`).
    sheets: tuple[str, ...] = ()
    sheet: str | None = None
    every: bool = False


R = TypeVar("R")


@dataclass(frozen=True)
class Imported(Generic[R]):
    """Rows from a file, with a word on what of it was read, for the organizer to check
    before importing (a sign-up form's questions are no headers of ours)."""

    rows: list[R]
    columns: Text | None = None  # a spreadsheet's: its columns read as what, and those not read
    # A workbook's: its sheets that name columns of ours (in its order; more than one, the
    # organizer may choose: read_people_rows' `sheet`), and the one read; `every`, all of them.
    sheets: tuple[str, ...] = ()
    sheet: str | None = None
    every: bool = False

    def sheet_and_line(self, line: int) -> tuple[str | None, int]:
        """A row's sheet (of every sheet of a workbook read as one list; else None) and line."""
        if not self.every:
            return None, line
        at, row = divmod(line, SHEET_LINES)
        return self.sheets[at], row

    def where(self, line: int) -> Text:
        """Where a row is, as the organizer finds it in the file: its line, and its sheet."""
        sheet, row = self.sheet_and_line(line)
        if sheet is None:
            return tr("line {line}", line=row)
        return tr("sheet {sheet}, line {line}", sheet=quoted(sheet), line=row)


MAX_CSV_BYTES = 50_000_000  # 2,400 staff are about 300 kB


def read_csv_file(path: Path) -> bytes:
    """A spreadsheet's bytes, refused past MAX_CSV_BYTES before it is read whole; a file that
    cannot be read said so (reading_error)."""
    try:
        return read_at_most(path, MAX_CSV_BYTES, lambda size: _too_big(str(path), size))
    except OSError as exc:
        raise reading_error(path, exc) from None


def _too_big(source: str, size: int | None) -> PlanFormatError:
    most = MAX_CSV_BYTES // 1_000_000
    if size is None:  # (a device or a pipe: read past the limit)
        return PlanFormatError(tr("{source}: more than {most} MB, far more than a list of people", source=source,
                                  most=most))  # fmt: skip
    return PlanFormatError(tr("{source}: {size} MB is far more than a list of people (at most {most} MB)",
                              source=source, size=megabytes(size, most), most=most))  # fmt: skip


def read_sheet(data: bytes, source: str, columns: Mapping[str, tuple[str, ...]], required: set[str],
               titles: frozenset[str] = frozenset(), sheet: SheetChoice = None) -> Table:  # fmt: skip
    """Rows by canonical column; `columns` maps each canonical name to the headers accepted
    for it (compared case- and space-insensitively). The header is the first line that names
    the columns, or one of the few after it: an address book's export or a hand-made sheet
    may have a title or a note above it. A "name" is taken in parts (NAME_PARTS) where the
    sheet has them and no whole names. A column no header names exactly is looked for by a
    word in the headers (FOUND_IN_WORDS: a form's "What's your phone number?"), where one
    header alone has one. A workbook (workbooks.py: Excel's, or an .ods) is read the same way: its sheet
    that names the most columns (of two that name as many, the one whose title has a word of
    `titles`), or the one named `sheet`, its rows' numbers for lines; or, `sheet` EVERY_SHEET,
    every sheet that names columns of ours, as one list (SHEET_LINES). Raises PlanFormatError
    for a file that cannot be read at all, or has no such sheet; row-level problems are the
    caller's to report."""
    if len(data) > MAX_CSV_BYTES:
        raise _too_big(source, len(data))
    aliases = {_norm(alias): name for name, accepted in columns.items() for alias in (name, *accepted)}
    if is_workbook(data):
        return _workbook_table(workbook_sheets(data, source), aliases, source, columns, required, titles, sheet)
    if sheet is not None:
        raise not_a_workbook(source, sheet)
    text, windows = _decoded(data, source)
    if not text.strip():
        raise PlanFormatError(tr("{source}: the file is empty", source=source))
    delimiter, header_at = _header(text, aliases)
    note = tr("Read as Windows text (Windows-1252), not UTF-8: check the accents in the names.") if windows else None
    return _table(_records(text, delimiter, source), header_at, aliases, source, columns, required, note)


def not_a_workbook(source: str, sheet: str | Sheets) -> PlanFormatError:
    """A sheet asked of a file that has none (a CSV, an address book's cards)."""
    if isinstance(sheet, Sheets):
        return PlanFormatError(tr("{source}: not a workbook, so it has no sheets to read", source=source))
    return PlanFormatError(
        tr("{source}: not a workbook, so it has no sheet {sheet}", source=source, sheet=quoted(sheet))
    )


def _workbook_table(sheets: list[tuple[str, list[tuple[int, list[str]]]]], aliases: Mapping[str, str],
                    source: str, columns: Mapping[str, tuple[str, ...]], required: set[str],
                    titles: frozenset[str], sheet: SheetChoice = None) -> Table:  # fmt: skip
    """The sheet named `sheet`, else the one whose header names the most columns (a workbook
    may begin with a sheet of instructions), else whose title says what it lists ("Press"
    beside "Volunteers"), else the first, read as a CSV; which one said when there are
    several, and those that name columns of ours (Table.sheets), to choose another. Every
    one of those, `sheet` EVERY_SHEET (_every_sheet)."""
    found: list[tuple[int, bool, int, int]] = []  # (columns named, titled so, sheet, header row)
    for at, (title, records) in enumerate(sheets):
        if not any(cells for _line, cells in records):
            continue
        scores = [_named(cells, aliases) for _line, cells in records[:_HEADER_SEARCH]]
        first = next(i for i, (_line, cells) in enumerate(records) if cells)  # (rows left empty above)
        titled = bool(set(_WORD.findall(title.casefold())) & titles)
        found.append((max(scores), titled, at, scores.index(max(scores)) if max(scores) else first))
    if not found:
        raise PlanFormatError(tr("{source}: the workbook's sheets are empty", source=source))
    best = max(found, key=lambda f: (f[:2], -f[2]))  # (of two alike, the first)
    if sheet is EVERY_SHEET and best[0]:
        every = [(sheets[at][0], sheets[at][1], header_at) for count, _titled, at, header_at in found if count]
        return _every_sheet(every, aliases, source, columns, required)
    if isinstance(sheet, str):
        named = [f for f in found if sheets[f[2]][0] == sheet] or [
            f for f in found if sheets[f[2]][0].casefold().strip() == sheet.casefold().strip()]  # fmt: skip
        if not named:
            raise PlanFormatError(tr("{source}: no sheet {sheet} with anything in it; its sheets: {sheets}",
                                     source=source, sheet=quoted(sheet),
                                     sheets=", ".join(quoted(sheets[f[2]][0]) for f in found)))  # fmt: skip
        best = named[0]
    _named_count, _titled, at, header_at = best
    title, records = sheets[at]
    note = (
        tr("Read the sheet {sheet}, of {count}.", sheet=quoted(title), count=len(sheets)) if len(sheets) > 1 else None
    )
    table = _table(records, header_at, aliases, source, columns, required, note)
    return replace(table, sheets=tuple(sheets[f[2]][0] for f in found if f[0]), sheet=title)


def _every_sheet(sheets: list[tuple[str, list[tuple[int, list[str]]], int]], aliases: Mapping[str, str],
                 source: str, columns: Mapping[str, tuple[str, ...]], required: set[str]) -> Table:  # fmt: skip
    """`sheets` (title, rows, where the header is) read as one list, each by its own header
    (a site's sheet may have its columns in another order, or one more), a row's line
    SHEET_LINES apart from another sheet's. A sheet that cannot be read so (no column for
    the name: the press contacts beside the sites) is left out, and said, with what is wrong;
    if none can be, the first one's error."""
    tables: list[tuple[str, Table]] = []
    left_out: list[PlanFormatError] = []
    for title, records, header_at in sheets:
        try:
            where = tr("{source}, sheet {sheet}", source=source, sheet=quoted(title))
            tables.append((title, _table(records, header_at, aliases, where, columns, required, None)))
        except PlanFormatError as exc:
            left_out.append(exc)
    if not tables:
        raise left_out[0]
    rows = [replace(row, line=at * SHEET_LINES + row.line) for at, (_title, table) in enumerate(tables)
            for row in table.rows]  # fmt: skip
    read: dict[str, list[str]] = {}
    for _title, table in tables:
        for name, headers in table.read:
            read.setdefault(name, []).extend(h for h in headers if h not in read[name])
    unread = list(dict.fromkeys(column for _title, table in tables for column in table.unread))
    titles = tuple(title for title, _table in tables)
    note = tr("Read as one list, the sheets {sheets}.", sheets=", ".join(map(quoted, titles)))
    if left_out:
        note = tr("{read} Left out: {problems}.", read=note,
                  problems=joined([exc.text if isinstance(exc.text, Text) else Text("{t}", (("t", exc.text),))
                                   for exc in left_out], "; "))  # fmt: skip
    return Table(rows, list(read.items()), unread, note, sheets=titles, every=True)


def _table(records: list[tuple[int, list[str]]], header_at: int, aliases: Mapping[str, str], source: str | Text,
           columns: Mapping[str, tuple[str, ...]], required: set[str], note: Text | None) -> Table:  # fmt: skip
    """The rows after the header at `header_at`, by canonical column (read_sheet)."""
    line, header = records[header_at]
    positions = {aliases[_norm(h)]: i for i, h in reversed(list(enumerate(header))) if _norm(h) in aliases}
    for name, first in _FIRST_CHOICE.items():
        if name in columns and (chosen := _find(header, first)) is not None:
            positions[name] = chosen  # (Outlook's "Job Title", not its "Title": Mr. or Ms.)
    parts = _name_parts(header) if "name" in columns else None
    if parts and (whole := positions.get("name")) is not None:
        if _norm(header[whole]) in _FIRST_NAMES:  # ("Nombre" beside "Apellidos": a first name)
            del positions["name"]
        elif _norm(header[whole]) == "name" and _find(header, _FIRST_NAMES) is None:
            # ("Name" beside "Last Name", and no "First Name": a first name; "Full name" is whole)
            del positions["name"]
            parts = [whole, *parts]
    unsure = _found_in_words(header, columns, positions, parts or [])
    missing = sorted(required - set(positions) - ({"name"} if parts else set()))
    if missing and (candidates := unsure.get(missing[0])):  # (two headers could each be it: not guessed)
        wanted, headers = tr(_WRITTEN[missing[0]]), _listed([header[i] for i in candidates])
        raise PlanFormatError(tr("{source}: line {line}: no column for {wanted}: {headers} could each be it; "
                                 "name the one to read '{wanted}'", source=source, line=line, wanted=wanted,
                                 headers=headers))  # fmt: skip
    if missing:
        raise PlanFormatError(
            tr(
                "{source}: line {line}: no column for {wanted} (a line at the top must name the columns)",
                source=source,
                line=line,
                wanted=joined([tr(_WRITTEN[name]) for name in missing], ", "),
            )
        )
    rows = []
    for line, cells in records[header_at + 1 :]:
        if not any(cell.strip() for cell in cells):
            continue
        values = {name: _uncell(cells[i]) if i < len(cells) else "" for name, i in positions.items()}
        if parts and not values.get("name"):
            values["name"] = " ".join(part for i in parts if i < len(cells) and (part := _uncell(cells[i])))
        if "name" in values:  # (a space typed twice, a line typed in the cell: one space, as in a vCard's name)
            values["name"] = " ".join(values["name"].split())
        if " ::: " in values.get("email", ""):  # (Google Contacts: a label's several addresses in one cell)
            values["email"] = values["email"].split(" ::: ")[0].strip()
        if values.get("email", "")[:7].casefold() == "mailto:":  # (copied from a web page's link)
            values["email"] = values["email"][7:].strip()
        if named := _NAMED_ADDRESS.match(values.get("email", "")):  # ("Ana Núñez <ana@…>", copied from an e-mail)
            values["email"] = named["address"]
            if not values.get("name") and "name" in columns:
                values["name"] = " ".join(named["name"].split())
        rows.append(CsvRow(line, values))
    unread = _unread(header, records[header_at + 1 :], positions, parts)
    return Table(rows, _read(header, positions, parts), unread, note)


def _decoded(data: bytes, source: str) -> tuple[str, bool]:
    """The sheet's text, and whether it was read as Windows-1252. UTF-8 (with or without a
    BOM) and UTF-16 with its BOM (Excel's "Unicode Text") are what they say. Excel's plain
    "CSV" on Windows writes Windows-1252: taken where every byte UTF-8 cannot read is a
    letter in it, as accented names are ("Díaz", "Núñez", "Müller"), or "¿" "¡", and said;
    else refused (a Mac's old encoding writes "í" as a byte Windows-1252 reads as "’")."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16"), False
        except UnicodeDecodeError as exc:
            said = tr("{source}: not UTF-16 text (byte {byte}), though it begins as such; save it as 'CSV UTF-8' "
                      "from the spreadsheet", source=source, byte=exc.start)  # fmt: skip
            raise PlanFormatError(said) from None
    try:
        return data.decode("utf-8-sig"), False
    except UnicodeDecodeError as exc:
        start = exc.start
    if not data.translate(None, _ASCII_OR_LATIN_LETTERS):
        return data.decode("cp1252"), True
    raise PlanFormatError(tr("{source}: not UTF-8 text (byte {byte}); save it as 'CSV UTF-8' from the spreadsheet",
                             source=source, byte=start))  # fmt: skip


# (Windows-1252 is Latin-1 from 0xA0: its letters, "é" "ñ" "ü", are 0xC0-0xFF but × and ÷; and
# a Spanish question's "¿" and "¡")
_ASCII_OR_LATIN_LETTERS = bytes(
    b for b in range(256) if b < 0x80 or (b >= 0xA0 and (chr(b).isalpha() or chr(b) in "¿¡"))
)
_HEADER_SEARCH = 10  # the lines a header may be looked for in
# An address as an e-mail's To: line writes it, copied into a sheet: a name (no @ in it, so no
# other address passes for it), then the address in angle brackets, and nothing after.
_NAMED_ADDRESS = re.compile(r'^\s*"?(?P<name>[^"<>@]*?)"?\s*<(?P<address>[^<>\s]+)>\s*$')


def _header(text: str, aliases: Mapping[str, str]) -> tuple[str, int]:
    """The delimiter, and which of the first records is the header: the one that names the
    most columns (the first such), read with each delimiter. None names any: the first line,
    with the delimiter it holds most of (its missing columns are then said)."""
    best = (0, 0, "")
    for delimiter in (",", ";", "\t"):
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            for at, cells in zip(range(_HEADER_SEARCH), reader, strict=False):
                named = _named(cells, aliases)
                if named > best[0]:
                    best = (named, at, delimiter)
        except csv.Error:
            pass  # (_records says what is wrong, and where)
    if best[0]:
        return best[2], best[1]
    first_line = text.splitlines()[0]
    return max((",", ";", "\t"), key=first_line.count), 0


def _named(cells: list[str], aliases: Mapping[str, str]) -> int:
    """How many columns a line names, if it is the header (a name in parts counts once)."""
    named = {aliases[_norm(cell)] for cell in cells if _norm(cell) in aliases}
    return len(named | ({"name"} if _name_parts(cells) else set()))


def _name_parts(header: list[str]) -> list[int] | None:
    """The positions of a name's parts (first, middle, last: NAME_PARTS) in `header`, those
    it has, if it has a first-name or a last-name column (a sign-up form may ask the first
    name alone)."""
    found = [_find(header, accepted) for accepted in _PARTS]
    if found[0] is None and found[-1] is None:
        return None
    return [i for i in found if i is not None]


def _found_in_words(
    header: list[str], columns: Mapping[str, tuple[str, ...]], positions: dict[str, int], parts: list[int]
) -> dict[str, list[int]]:
    """Fill in `positions` for the columns no header names exactly, each from the one header
    left that holds one of its words (FOUND_IN_WORDS). Returns, for a column two or more such
    headers could be, where they are: not guessed between."""
    taken = set(positions.values()) | set(parts)
    words = {i: set(_WORD.findall(h.casefold())) for i, h in enumerate(header) if i not in taken}
    unsure: dict[str, list[int]] = {}
    for name, found_by in FOUND_IN_WORDS.items():
        if name not in columns or name in positions or (name == "name" and parts):
            continue
        candidates = [i for i, said in words.items() if said & found_by]
        if len(candidates) == 1:
            positions[name] = candidates[0]
            del words[candidates[0]]
        elif candidates:
            unsure[name] = candidates
    return unsure


_WORD = re.compile(r"[^\W_]+")


def _read(header: list[str], positions: Mapping[str, int], parts: list[int] | None) -> list[tuple[str, list[str]]]:
    """Each column read, with the headers it was read from (a name: its whole and its parts)."""
    read = {name: [i] for name, i in positions.items()}
    if parts:
        read["name"] = [*read.get("name", []), *parts]
    return [(name, [header[i] for i in at]) for name, at in sorted(read.items(), key=lambda item: min(item[1]))]


def _unread(header: list[str], rows: list[tuple[int, list[str]]], positions: Mapping[str, int],
            parts: list[int] | None) -> list[str | int]:  # fmt: skip
    """The columns no column takes that hold something in a row (a column left empty is
    nothing lost): their headers, or, for one with none, their number (1 for the first)."""
    taken = set(positions.values()) | set(parts or ())
    filled = {i for _line, cells in rows for i, cell in enumerate(cells) if cell.strip() and i not in taken}
    return [header[i] if i < len(header) and header[i].strip() else i + 1 for i in sorted(filled)]


def _records(text: str, delimiter: str, source: str) -> list[tuple[int, list[str]]]:
    """Each record's cells, with the line it starts on (where a text editor shows it; a cell
    with a line break in it takes more than one). A quote never closed is an error: read
    as it is, the rest of the file would be one cell (one person named with every row after).
    A slip no spreadsheet writes but a hand may — text after a cell's closing quote — is read
    as a person would (`"Ana" Morales` is Ana Morales)."""
    for strict in (True, False):
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=strict)
        records: list[tuple[int, list[str]]] = []
        starts = 1  # the line the record being read starts on
        problem: str | Text
        try:
            for cells in reader:
                records.append((starts, cells))
                starts = reader.line_num + 1
            return records
        except csv.Error as exc:
            unclosed = str(exc) == "unexpected end of data"  # (the csv module's words for it)
            if strict and not unclosed:
                continue
            line, problem = reader.line_num, str(exc)  # (the csv module's words: not translated)
            if unclosed:  # (a part that is a Text is translated with the message)
                line, problem = starts, tr('a quote (") opens a cell on this line that is never closed')
            message = tr("{source}: line {line}: {problem}", source=source, line=line, problem=problem)
            raise PlanFormatError(message) from None
    raise AssertionError("the forgiving reading returns or raises")


def _norm(header: str) -> str:
    return "".join(header.casefold().split()).replace("-", "").replace("_", "")


_PARTS = [{_norm(alias) for alias in accepted} for accepted in NAME_PARTS]
_FIRST_NAMES = _PARTS[0]
_FIRST_CHOICE = {name: {_norm(alias) for alias in headers} for name, headers in FIRST_CHOICE.items()}


def _find(header: list[str], accepted: set[str]) -> int | None:
    """Where the first of `header`'s cells that is one of the `accepted` (normalized) is."""
    return next((i for i, h in enumerate(header) if _norm(h) in accepted), None)


PRESS_COLUMNS = {c.key: c.aliases for c in PRESS_SHEET}
PEOPLE_COLUMNS = {c.key: c.aliases for c in PEOPLE_SHEET}


_WRITTEN = {c.key: c.header for c in (*PEOPLE_SHEET, *PRESS_SHEET)}  # (the headers we write)
_MOST_SAID = 8  # unread columns named, of an address book's dozens


def read_press_rows(data: bytes, source: str, sheet: SheetChoice = None) -> Imported[PressRow]:
    """A press list from a spreadsheet: columns name and e-mail, optionally outlet, language;
    of a workbook, the sheet named `sheet` if given (read_sheet)."""
    table = read_sheet(data, source, PRESS_COLUMNS, {"name", "email"}, SHEET_TITLES["press"], sheet)
    rows = [PressRow(r.line, r.values["name"], r.values["email"], r.values.get("outlet", ""),
                     r.values.get("language", "")) for r in table.rows]  # fmt: skip
    return Imported(rows, columns_said(table), table.sheets, table.sheet, table.every)


def read_people_rows(data: bytes, source: str, sheet: SheetChoice = None) -> Imported[PersonRow]:
    """People from a spreadsheet: a name column, optionally kind, e-mail, phone, title,
    languages and speaker role; of a workbook, the sheet named `sheet` if given (read_sheet)."""
    table = read_sheet(data, source, PEOPLE_COLUMNS, {"name"}, SHEET_TITLES["people"], sheet)
    return Imported([PersonRow(r.line, **r.values) for r in table.rows], columns_said(table), table.sheets,
                    table.sheet, table.every)  # fmt: skip


def columns_said(table: Table) -> Text:
    """Which of the sheet's columns were read as what, and which not: "Columns read: Name
    ('First name', 'Last name'); Phone ('Phone number'). Not read: 'Timestamp'." """
    said = joined([Text("{field} ({headers})", (("field", tr(_WRITTEN[name])), ("headers", _listed(headers))))
                   for name, headers in table.read], "; ")  # fmt: skip
    unread = joined([_column(c) for c in table.unread[:_MOST_SAID]], ", ")
    if not table.unread:
        columns = tr("Columns read: {columns}.", columns=said)
    elif len(table.unread) > _MOST_SAID:
        columns = tr("Columns read: {columns}. Not read: {unread} and {more} more.", columns=said, unread=unread,
                     more=len(table.unread) - _MOST_SAID)  # fmt: skip
    else:
        columns = tr("Columns read: {columns}. Not read: {unread}.", columns=said, unread=unread)
    return joined([table.note, columns], " ") if table.note is not None else columns


def _column(column: str | int) -> Text:
    """A column by its header, or by its number where it has none."""
    return tr("column {number}", number=column) if isinstance(column, int) else Text("{h}", (("h", _quoted(column)),))


def _quoted(header: str, most: int = 40) -> str:
    """A header as the sheet has it, on one line and short (a form's question may be long)."""
    return quoted(" ".join(header.split()), most)


def _listed(headers: list[str]) -> str:
    return ", ".join(_quoted(h) for h in headers)


def write_people_csv(people: Iterable[Person]) -> bytes:
    """The people as a spreadsheet that read_people_rows reads back (UTF-8 with a BOM, so
    Excel shows accents right)."""
    rows = []
    for p in people:
        cells = {c.key: sheet_cell(PEOPLE, c.key, p) for c in PEOPLE_SHEET}
        if p.kind is not PersonKind.SPOKESPERSON:
            cells["speaker_role"] = ""  # a volunteer has no speaker role
        rows.append([cells[c.key] for c in PEOPLE_SHEET])
    return write_rows_csv([c.header for c in PEOPLE_SHEET], rows)


def write_rows_csv(header: list[str], rows: Iterable[Iterable[str]]) -> bytes:
    """A table as a spreadsheet that Excel opens with accents right (UTF-8 with a BOM), every
    cell defused (CSV injection) in a way reading it back undoes."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows([_cell(cell) for cell in row] for row in rows)
    return out.getvalue().encode("utf-8-sig")


# OWASP's CSV-injection list: a cell starting with one of these may run as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


# An international phone number starts with "+" but is no formula a spreadsheet can run: with
# no letters there is no function to call. Written as it is, it stays readable ("+1 213…").
_PHONE = re.compile(r"\+[0-9 ().\-/]+")


def _needs_guard(value: str) -> bool:
    """Whether a cell must be written with a leading apostrophe: it would start a formula,
    or it starts with an apostrophe that reading back would otherwise take for our guard."""
    return (value.startswith(_FORMULA_STARTS) and not _PHONE.fullmatch(value)) or _looks_guarded(value)


def _looks_guarded(value: str) -> bool:
    return value[:1] == "'" and value[1:].startswith((*_FORMULA_STARTS, "'"))


def _cell(value: str) -> str:
    """A cell a spreadsheet will not run as a formula (CSV injection), read back losslessly."""
    return "'" + value if _needs_guard(value) else value


def _uncell(value: str) -> str:
    value = value.strip(" ")
    return value[1:] if _looks_guarded(value) else value.strip()
