"""Property: any damage to a plan file ends in a plan or one located PlanFormatError — never a
traceback. A bounded run in the suite; HYPOTHESIS_PROFILE=long runs many more examples."""

from __future__ import annotations

import copy
import io
import json
import os
import sqlite3
import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from planner.errors import PlannerError
from planner.storage import PlanFormatError, load_any
from planner.storage import schema as s
from planner.storage.codecs import Context, InvalidValueError
from planner.storage.document import save_plan
from planner.storage.json_format import plan_from_dict

settings.register_profile("suite", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=5_000, deadline=None, suppress_health_check=list(HealthCheck))
# tools/mutation.sh: a few examples, as the fuzz runs once for every mutant of what it reaches.
settings.register_profile("mutation", max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))

EXAMPLE: dict[str, Any] = json.loads(
    (Path(__file__).parents[2] / "resources/examples/hunger-strike-2025.json").read_text()
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats() | st.text(max_size=30)
    | st.sampled_from(["", "2025-04-07T08:00", "0001-01-01T00:00", "9999-12-31T23:59", "2025-03-09T02:30",
                       "America/Los_Angeles", "spokesperson", "\x00", "-1", "1e309"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)  # fmt: skip


def _places(tree: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value in the tree (capped per list, so the search stays varied)."""
    out = [path]
    if isinstance(tree, dict):
        for key, value in tree.items():
            out += _places(value, (*path, key))
    elif isinstance(tree, list):
        for i, value in enumerate(tree[:3]):
            out += _places(value, (*path, i))
    return out


PLACES = _places(EXAMPLE)[1:]


def _damaged(place: tuple[Any, ...], value: Any, delete: bool) -> dict[str, Any]:
    tree = copy.deepcopy(EXAMPLE)
    parent = tree
    for step in place[:-1]:
        parent = parent[step]
    if delete and isinstance(parent, dict):
        parent.pop(place[-1])
    else:
        parent[place[-1]] = value
    return tree


@given(place=st.sampled_from(PLACES), value=json_values, delete=st.booleans())
def test_damaged_json_is_read_or_refused_with_a_located_error(place, value, delete):
    try:
        plan_from_dict(_damaged(place, value, delete), source="plan.json")
    except PlanFormatError as exc:
        assert str(exc).startswith("plan.json: ") and "\n" not in str(exc).split(": ", 2)[1]


COLUMNS = [(spec.table, column) for spec in (s.PLAN, *s.TABLES, s.WINDOWS) for column in spec.columns]
sql_values = st.none() | st.integers(-(2**63), 2**63 - 1) | st.floats() | st.text(max_size=20) | st.binary(max_size=8)
# Values next to what the quick readers accept (storage/codecs.py `quick`).
TRICKY_SQL = [
    0,
    1,
    2,
    -1,
    0.0,
    1.0,
    90.5,
    180.0,
    181.0,
    float("nan"),
    float("inf"),
    "",
    " ",
    "a\x00",
    "sp-ana-morales",
    "loc-kp-la",
    "role-marshal",
    "win-2025-04-07",
    "turn-2025-04-07-0800",
    "nobody",
    '["sp-ana-morales"]',
    '["sp-ana-morales", "sp-ana-morales"]',
    '["sp-ana-morales","sp-david-chen"]',
    "[]",
    '["nobody"]',
    '["vol-grace-kim", "sp-david-chen"]',
    "[1]",
    '["sp-1", 1]',
    "null",
    "2025-04-07T08:00",
    "2025-04-07T08:00:00",
    "2025-03-09T02:30",
    "spokesperson",
    "volunteer",
    "striker",
    "clinician",
    "available",
    "en",
    "es",
    '{"max_minutes_per_day": 1}',
]


@pytest.fixture(scope="module")
def saved(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("fuzz") / "plan.planner"
    save_plan(plan_from_dict(EXAMPLE), path)
    return path


def _damaged_copy(saved: Path, folder: Path, column: tuple[str, str], value: Any, row: int) -> Path:
    """A copy of the saved plan with one cell changed."""
    path = folder / "plan.planner"
    path.write_bytes(saved.read_bytes())
    table, name = column
    try:
        with sqlite3.connect(path) as db:
            db.execute(f'UPDATE {table} SET "{name}" = ? WHERE rowid = ?', (value, row))
    except sqlite3.IntegrityError:
        assume(False)  # damage SQLite itself refuses (a NULL in a NOT NULL column)
    return path


@given(column=st.sampled_from(COLUMNS), value=sql_values, row=st.integers(1, 3))
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_damaged_document_is_read_or_refused_with_a_clear_error(saved, tmp_path, column, value, row):
    path = _damaged_copy(saved, tmp_path, column, value, row)
    try:
        load_any(path)
    except PlannerError as exc:
        assert str(exc).startswith(str(path))


csv_cells = st.text(alphabet=st.characters(codec="utf-8"), max_size=12) | st.sampled_from(
    ["=1+1", "'", '"', "\r", "\n", ";", ",", "\t", "portavoz", "volunteer", "a@b.org", "es"]
)


@given(
    header=st.lists(st.sampled_from(["name", "Nombre", "e-mail", "kind", "tipo", "phone", "languages", "rol", "outlet",
                                     "language", "junk", "", "First name", "Apellidos", "What's your phone number?",
                                     "Your name", "Emergency contact name", "¿Qué idiomas hablas?", "{0} {x}"])
                    | csv_cells, min_size=1, max_size=6),
    rows=st.lists(st.lists(csv_cells, max_size=7), max_size=6),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "latin-1", "utf-16"]),
)  # fmt: skip
def test_any_spreadsheet_is_read_row_by_row_or_refused_in_one_line(header, rows, delimiter, encoding):
    import csv
    import io

    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    _read_as_people_and_press(out.getvalue().encode(encoding, "replace"), "sheet.csv")


def _read_as_people_and_press(data: bytes, source: str) -> None:
    """`data` read as the people and as the press list (storage/contacts.py, as the app and
    the command read them), then merged: each row added, updated, unchanged or refused with
    why; or the file refused, in one line that names it."""
    from planner.domain.model import new_id
    from planner.domain.people import merge_people_rows
    from planner.domain.press import merge_press_rows
    from planner.storage.contacts import read_people_list, read_press_list

    plan = plan_from_dict(EXAMPLE)
    for read, merge, current in ((read_people_list, merge_people_rows, plan.people),
                                 (read_press_list, merge_press_rows, plan.journalists)):  # fmt: skip
        try:
            parsed = read(data, source)
        except PlanFormatError as exc:
            assert str(exc).startswith(f"{source}: ") and "\n" not in str(exc)
            continue
        assert parsed.columns is None or "\n" not in str(parsed.columns)  # (said in one line, whatever the headers)
        merge(current, parsed.rows, lambda: new_id("x"))


card_lines = st.sampled_from([
    "BEGIN:VCARD", "END:VCARD", "VERSION:2.1", "VERSION:3.0", "VERSION:4.0", "FN:Maya Goldberg", "N:Goldberg;Maya;;;",
    "N:;;;;", "N:a", "EMAIL;type=pref:maya@example.org", "EMAIL;PREF:x", "EMAIL:", "ORG:;", "ORG:LA Daily;Metro",
    "TEL;VALUE=uri:tel:", "LANG:es-MX", "LANG:", "TITLE:", "item1.EMAIL:a@b.org",
    "FN;ENCODING=QUOTED-PRINTABLE:Jos=C3=",
    "PHOTO;ENCODING=b:@@@", " folded", "BEGIN:VCALENDAR", "END:VCALENDAR", "X-:", ":", ";", "FN;CHARSET=bogus:x",
    "EMAIL;TYPE=\"pref\":a@b.org", "BDAY:1990-02-30", "REV:xx", "N;ENCODING=QUOTED-PRINTABLE:=ZZ",
]) | st.text(alphabet=st.characters(codec="utf-8"), max_size=20)  # fmt: skip


@given(lines=st.lists(card_lines, max_size=14), newline=st.sampled_from(["\r\n", "\n"]))
def test_any_address_book_file_is_read_card_by_card_or_refused_in_one_line(lines, newline):
    _read_as_people_and_press(newline.join(["BEGIN:VCARD", *lines]).encode("utf-8", "replace"), "cards.vcf")


def _read_through_json(path: Path) -> Any:
    """The reference reader: every row made its JSON node and the whole tree read by the JSON
    reader (what storage/document.py did before its quick readers)."""
    db = sqlite3.connect(path)
    ctx = Context(str(path))

    def nodes(spec: s.RecordSpec, parent: str | None = None) -> list[Any]:
        columns = ", ".join(f'"{c}"' for c in [*spec.columns, *([parent] if parent else [])])
        rows = db.execute(f"SELECT {columns} FROM {spec.table} ORDER BY rowid").fetchall()
        return [
            (row[-1], spec.node(row[:-1], f"{spec.table}[{i}]", ctx)) if parent
            else spec.node(row, f"{spec.table}[{i}]", ctx)
            for i, row in enumerate(rows)
        ]  # fmt: skip

    heads = nodes(s.PLAN)
    if len(heads) != 1:
        raise PlanFormatError(f"{path}: the plan record is missing or repeated")
    tree: dict[str, Any] = {"plan": heads[0]}
    for spec in s.TABLES:
        tree[spec.table] = nodes(spec)
    for day in tree["days"]:
        day["windows"] = []
    days = {day["date"]: day for day in tree["days"]}
    for i, (parent, window) in enumerate(nodes(s.WINDOWS, "day")):
        if parent not in days:
            raise ctx.fail(f"windows[{i}].day", f"no day {parent!r}")
        days[parent]["windows"].append(window)
    db.close()
    return s.load_plan(tree, str(path))


@given(column=st.sampled_from(COLUMNS), value=sql_values | st.sampled_from(TRICKY_SQL), row=st.integers(1, 3))
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_quick_reader_reads_what_the_json_reader_reads(saved, tmp_path, column, value, row):
    """Rows are read by quick per-codec readers when they can be: the same plan, or the same
    located error, as reading every row's JSON node with the JSON reader."""
    path = _damaged_copy(saved, tmp_path, column, value, row)
    try:
        expected: Any = _read_through_json(path)
    except (PlanFormatError, UnicodeDecodeError) as exc:
        expected = str(exc) if isinstance(exc, PlanFormatError) else "not UTF-8"
    try:
        got: Any = load_any(path)
    except PlanFormatError as exc:
        got = "not UTF-8" if "not UTF-8" in str(exc) else str(exc)
    assert got == expected


def _full_read(codec: Any, value: Any, ctx: Context) -> Any:
    """What the record reader makes of one column value: from_sql, the null rule, load."""
    value = codec.from_sql(value)
    if value is None:
        if codec.nullable:
            return None
        raise InvalidValueError("missing")
    return codec.load(value, ctx)


@pytest.mark.parametrize("spec", [*s.TABLES, s.WINDOWS], ids=lambda spec: spec.table)
def test_each_quick_reader_accepts_only_what_the_full_reader_accepts(spec):
    ctx = Context("plan.planner")
    plan = plan_from_dict(EXAMPLE)
    ctx.zone = ZoneInfo(plan.timezone)
    for table, records in [("locations", plan.locations), ("people", plan.people), ("roles", plan.roles),
                           ("windows", plan.windows())]:  # fmt: skip
        ctx.known[table] = {r.id: r for r in records}
    values = [*TRICKY_SQL, None, b"\x00", 2**40, "x" * 3, "2025-04-07T08:00", "2025-04-07T08:00"]
    for f in spec.fields:
        quick = f.codec.quick(ctx)
        for value in values:
            try:
                expected = _full_read(f.codec, value, ctx)
            except InvalidValueError:
                expected = "refused"
            try:
                got = quick(value)
            except Exception:
                continue  # unsure: left to the full reader
            assert got == expected and type(got) is type(expected), (spec.table, f.key, value)


COLUMN_VALUES = [*TRICKY_SQL, None, b"\x00", 2**40, "x" * 3, "2025-04-07T08:00", EXAMPLE["people"][0]["id"]]
# Columns of one type of value as often as mixed ones: a column reader checks each type at once.
columns = st.sampled_from(
    [COLUMN_VALUES, *([v for v in COLUMN_VALUES if type(v) is kind] for kind in (int, float, str, bytes))]
).flatmap(lambda pool: st.lists(st.sampled_from(pool), max_size=8))


@given(column=columns)
def test_each_quick_column_reader_reads_what_its_value_reader_reads_or_hands_the_column_on(column):
    """A table's rows are read column by column (a campaign's are 18,000 long), each column's
    values checked at once: the values the quick reader makes of each, or an exception (the
    rows are then read one by one), and never a value where the quick reader is unsure."""
    plan = plan_from_dict(EXAMPLE)

    def context() -> Context:  # each reader its own: the readers keep what they read in it
        ctx = Context("plan.planner", zone=ZoneInfo(plan.timezone))
        for table, records in [("locations", plan.locations), ("people", plan.people), ("roles", plan.roles),
                               ("windows", plan.windows())]:  # fmt: skip
            ctx.known[table] = {r.id: r for r in records}
        return ctx

    for f in [f for spec in (*s.TABLES, s.WINDOWS) for f in spec.fields]:
        quick, quick_column = f.codec.quick(context()), f.codec.quick_column(context())
        try:
            expected: Any = [quick(v) for v in column]
        except Exception:
            expected = "unsure"
        try:
            got: Any = quick_column(tuple(column))
        except Exception:
            continue  # handed on: the rows are read one by one
        assert got == expected, (f.key, column)
        assert [type(v) for v in got] == [type(v) for v in expected], (f.key, column)


@given(cells=st.lists(st.lists(st.one_of(st.none(), st.text(max_size=12), st.integers(), st.floats(),
                                         st.booleans(), st.datetimes()), max_size=6), max_size=8),
       tail=st.binary(max_size=40))  # fmt: skip
def test_any_workbook_ends_in_rows_or_one_located_error(cells, tail):
    """A workbook of any cells, or its sheet's XML cut and followed by anything: rows, or
    one error line that names the file."""
    import openpyxl
    from tests.storage.test_workbooks import _with_sheet_xml, workbook

    from planner.storage.contacts import read_people_list

    try:
        data = workbook(("Sheet1", [[c if not isinstance(c, str) else c.replace("\x00", "") for c in row]
                                    for row in cells]))  # fmt: skip
    except (ValueError, TypeError, openpyxl.utils.exceptions.IllegalCharacterError):  # (what openpyxl will not write)
        return
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    for candidate in (data, _with_sheet_xml(sheet[: len(sheet) // 2] + tail)):
        try:
            read_people_list(candidate, "p.xlsx")
        except PlanFormatError as exc:
            assert str(exc).startswith("p.xlsx: ") and "\n" not in str(exc)


_HEADERS = st.sampled_from(["Name", "Nombre", "Email", "Correo", "Phone", "Kind", "", "Notes"])
_CELLS = st.lists(st.lists(st.one_of(st.none(), st.text(max_size=8), st.integers()), max_size=4), max_size=4)


@given(sheets=st.lists(st.tuples(st.lists(_HEADERS, max_size=4), _CELLS), min_size=1, max_size=4))
def test_every_sheet_of_any_workbook_ends_in_rows_each_with_its_sheet_or_one_located_error(sheets):
    """Every sheet of a workbook of any headers and cells read as one list: rows, each said
    by a sheet that names columns and its line there, or one error line that names the file."""
    import openpyxl
    from tests.storage.test_workbooks import workbook

    from planner.storage.contacts import read_people_list
    from planner.storage.csv_table import EVERY_SHEET

    try:
        data = workbook(*((f"Site {i}", [header, *[[c if not isinstance(c, str) else c.replace("\x00", "")
                                                    for c in row] for row in rows]])
                          for i, (header, rows) in enumerate(sheets)))  # fmt: skip
    except (ValueError, TypeError, openpyxl.utils.exceptions.IllegalCharacterError):  # (what openpyxl will not write)
        return
    try:
        every = read_people_list(data, "p.xlsx", EVERY_SHEET)
    except PlanFormatError as exc:
        assert str(exc).startswith("p.xlsx") and "\n" not in str(exc)
        return
    for row in every.rows:
        sheet, line = every.sheet_and_line(row.line)
        assert (sheet in every.sheets or not every.every) and line >= 1
        assert str(every.where(row.line)).endswith(f"line {line}")


_ODS_CELLS = st.one_of(
    st.text(max_size=12).map(lambda t: ("string", escape(t))),
    st.text(alphabet="0123456789.-eE+x٣", max_size=12).map(lambda t: ("float", t)),
    st.text(alphabet="0123456789-:T.Z+x", max_size=20).map(lambda t: ("date", t)),
)


@given(rows=st.lists(st.lists(st.tuples(_ODS_CELLS, st.text(alphabet="0123456789x٣", max_size=11)), max_size=5),
                     max_size=6),
       cut=st.floats(0, 1), tail=st.binary(max_size=40))  # fmt: skip
def test_any_opendocument_spreadsheet_ends_in_rows_or_one_located_error(rows, cut, tail):
    """An .ods of any cells — values its type does not fit, repeat counts that are no count —
    or LibreOffice's own content.xml cut anywhere and followed by anything: rows, or one error
    line that names the file."""
    from tests.storage.test_workbooks import SPREADSHEETS, _ods, _zipped

    from planner.storage.contacts import read_people_list

    def cell(kind: str, value: str, repeat: str) -> str:
        attribute = {"string": "", "float": f' office:value="{value}"', "date": f' office:date-value="{value}"'}
        return (f'<table:table-cell office:value-type="{kind}"{attribute[kind]} table:number-columns-repeated='
                f'"{repeat}"><text:p>{value}<text:s text:c="{repeat}"/></text:p></table:table-cell>')  # fmt: skip

    body = "".join(f"<table:table-row>{''.join(cell(*c, r) for c, r in row)}</table:table-row>" for row in rows)
    with zipfile.ZipFile(SPREADSHEETS / "voluntarios-libreoffice.ods") as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    content = files["content.xml"]
    files["content.xml"] = content[: int(len(content) * cut)] + tail
    for candidate in (_ods(f'<table:table table:name="S">{body}</table:table>'), _zipped(files)):
        try:
            read_people_list(candidate, "p.ods")
        except PlanFormatError as exc:
            assert str(exc).startswith("p.ods: ") and "\n" not in str(exc)
