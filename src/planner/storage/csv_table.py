"""Spreadsheet exports (CSV) read forgivingly: UTF-8 with or without BOM, comma, semicolon
or tab, header names in any case; every row keeps its line number for error messages."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from planner.domain.model import Person, PersonKind
from planner.domain.people import PersonRow
from planner.domain.press import PressRow
from planner.fileio import read_at_most, reading_error
from planner.storage.errors import PlanFormatError
from planner.storage.schema import PEOPLE
from planner.storage.sheets import FIRST_CHOICE, NAME_PARTS, PEOPLE_SHEET, PRESS_SHEET, sheet_cell
from planner.words import Text, megabytes, tr


@dataclass(frozen=True)
class CsvRow:
    line: int  # 1-based line in the file, as a spreadsheet shows it
    values: dict[str, str]  # by canonical column name; missing cells are ""


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


def read_csv(data: bytes, source: str, columns: Mapping[str, tuple[str, ...]], required: set[str]) -> list[CsvRow]:
    """Rows by canonical column; `columns` maps each canonical name to the headers accepted
    for it (compared case- and space-insensitively). The header is the first line that names
    the columns, or one of the few after it: an address book's export or a hand-made sheet
    may have a title or a note above it. A "name" is taken in parts (NAME_PARTS) where the
    sheet has them and no whole names. Raises PlanFormatError for a file that cannot be read
    at all; row-level problems are the caller's to report."""
    if len(data) > MAX_CSV_BYTES:
        raise _too_big(source, len(data))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PlanFormatError(
            tr(
                "{source}: not UTF-8 text (byte {byte}); save it as 'CSV UTF-8' from the spreadsheet",
                source=source,
                byte=exc.start,
            )
        ) from None
    if not text.strip():
        raise PlanFormatError(tr("{source}: the file is empty", source=source))
    aliases = {_norm(alias): name for name, accepted in columns.items() for alias in (name, *accepted)}
    delimiter, header_at = _header(text, aliases)
    records = _records(text, delimiter, source)
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
    missing = sorted(required - set(positions) - ({"name"} if parts else set()))
    if missing:
        wanted = ", ".join(missing)
        raise PlanFormatError(
            tr(
                "{source}: line {line}: no column for {wanted} (a line at the top must name the columns)",
                source=source,
                line=line,
                wanted=wanted,
            )
        )
    rows = []
    for line, cells in records[header_at + 1 :]:
        if not any(cell.strip() for cell in cells):
            continue
        values = {name: _uncell(cells[i]) if i < len(cells) else "" for name, i in positions.items()}
        if parts and not values.get("name"):
            values["name"] = " ".join(part for i in parts if i < len(cells) and (part := _uncell(cells[i])))
        if " ::: " in values.get("email", ""):  # (Google Contacts: a label's several addresses in one cell)
            values["email"] = values["email"].split(" ::: ")[0].strip()
        if named := _NAMED_ADDRESS.match(values.get("email", "")):  # ("Ana Núñez <ana@…>", copied from an e-mail)
            values["email"] = named["address"]
            if not values.get("name") and "name" in columns:
                values["name"] = " ".join(named["name"].split())
        rows.append(CsvRow(line, values))
    return rows


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
                named = len({aliases[_norm(cell)] for cell in cells if _norm(cell) in aliases})
                named += bool(_name_parts(cells))
                if named > best[0]:
                    best = (named, at, delimiter)
        except csv.Error:
            pass  # (_records says what is wrong, and where)
    if best[0]:
        return best[2], best[1]
    first_line = text.splitlines()[0]
    return max((",", ";", "\t"), key=first_line.count), 0


def _name_parts(header: list[str]) -> list[int] | None:
    """The positions of a name's parts (first, middle, last: NAME_PARTS) in `header`, those
    it has, if it has a last-name column."""
    found = [_find(header, accepted) for accepted in _PARTS]
    if found[-1] is None:
        return None
    return [i for i in found if i is not None]


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


def read_press_rows(data: bytes, source: str) -> list[PressRow]:
    """A press list from a spreadsheet: columns name and e-mail, optionally outlet, language."""
    return [
        PressRow(r.line, r.values["name"], r.values["email"], r.values.get("outlet", ""), r.values.get("language", ""))
        for r in read_csv(data, source, PRESS_COLUMNS, {"name", "email"})
    ]


def read_people_rows(data: bytes, source: str) -> list[PersonRow]:
    """People from a spreadsheet: a name column, optionally kind, e-mail, phone, title,
    languages and speaker role."""
    return [PersonRow(r.line, **r.values) for r in read_csv(data, source, PEOPLE_COLUMNS, {"name"})]


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
