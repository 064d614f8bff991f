"""Property: any damage to a plan file ends in a plan or one located PlanFormatError — never a
traceback. A bounded run in the suite; HYPOTHESIS_PROFILE=long runs many more examples."""

from __future__ import annotations

import copy
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from planner.errors import PlannerError
from planner.storage import PlanFormatError, load_any
from planner.storage import schema as s
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


@pytest.fixture(scope="module")
def saved(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("fuzz") / "plan.planner"
    save_plan(plan_from_dict(EXAMPLE), path)
    return path


@given(column=st.sampled_from(COLUMNS), value=sql_values, row=st.integers(1, 3))
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_damaged_document_is_read_or_refused_with_a_clear_error(saved, tmp_path, column, value, row):
    path = tmp_path / "plan.planner"
    path.write_bytes(saved.read_bytes())
    table, name = column
    try:
        with sqlite3.connect(path) as db:
            db.execute(f'UPDATE {table} SET "{name}" = ? WHERE rowid = ?', (value, row))
    except sqlite3.IntegrityError:
        assume(False)  # damage SQLite itself refuses (a NULL in a NOT NULL column)
    try:
        load_any(path)
    except PlannerError as exc:
        assert str(exc).startswith(str(path))


csv_cells = st.text(alphabet=st.characters(codec="utf-8"), max_size=12) | st.sampled_from(
    ["=1+1", "'", '"', "\r", "\n", ";", ",", "\t", "portavoz", "volunteer", "a@b.org", "es"]
)


@given(
    header=st.lists(st.sampled_from(["name", "Nombre", "e-mail", "kind", "tipo", "phone", "languages", "rol", "outlet",
                                     "language", "junk", ""]), min_size=1, max_size=6),
    rows=st.lists(st.lists(csv_cells, max_size=7), max_size=6),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "latin-1", "utf-16"]),
)  # fmt: skip
def test_any_spreadsheet_is_read_row_by_row_or_refused_in_one_line(header, rows, delimiter, encoding):
    import csv
    import io

    from planner.domain.model import new_id
    from planner.domain.people import merge_people_rows
    from planner.domain.press import merge_press_rows
    from planner.storage.csv_table import read_people_rows, read_press_rows

    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    data = out.getvalue().encode(encoding, "replace")
    plan = plan_from_dict(EXAMPLE)
    for read, merge, current in ((read_people_rows, merge_people_rows, plan.people),
                                 (read_press_rows, merge_press_rows, plan.journalists)):  # fmt: skip
        try:
            parsed = read(data, "sheet.csv")
        except PlanFormatError as exc:
            assert str(exc).startswith("sheet.csv: ") and "\n" not in str(exc)
            continue
        merge(current, parsed, lambda: new_id("x"))  # every row added, updated, or refused with a reason
