"""One description of the plan's records: columns, JSON Schema and located errors follow it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.storage import PlanFormatError, load_any
from planner.storage import schema as s
from planner.storage.codecs import ListOf, Text
from planner.storage.document import save_plan
from planner.storage.json_format import plan_to_dict
from planner.storage.migrations import MIGRATIONS, migrate

SCHEMA_FILE = Path(__file__).parents[2] / "docs" / "plan.schema.json"


def _tables(db: sqlite3.Connection) -> dict[str, list[str]]:
    names = [n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {n: [row[1] for row in db.execute(f"PRAGMA table_info({n})")] for n in names}


def test_every_field_has_its_column_after_the_migrations():
    """A field added to a record without a migration fails here, naming the migration."""
    db = sqlite3.connect(":memory:", isolation_level=None)
    migrate(db)
    tables = _tables(db)
    specs = [(s.PLAN, None), *((spec, None) for spec in s.TABLES), (s.WINDOWS, s.DAYS.children)]
    for spec, parent in specs:
        wanted = spec.columns + ([parent.parent_column] if parent else [])
        missing = [c for c in wanted if c not in tables[spec.table]]
        fixes = [
            f"ALTER TABLE {spec.table} ADD COLUMN {s.column_definition(spec, f)}"
            for f in spec.fields
            if f.column in missing
        ]
        assert not missing, f"{spec.table} lacks {missing}; add a migration: {'; '.join(fixes) or missing}"
        extra = set(tables[spec.table]) - set(wanted)
        assert not extra, f"{spec.table} has columns no field describes: {extra}"


def test_the_migration_a_new_field_needs_is_spelled_out():
    text = s.column_definition(s.WINDOWS, next(f for f in s.WINDOWS.fields if f.attr == "language"))
    assert text == "\"language\" TEXT NOT NULL DEFAULT ''"
    latitude = next(f for f in s.LOCATIONS.fields if f.attr == "latitude")
    assert s.column_definition(s.LOCATIONS, latitude) == '"latitude" REAL DEFAULT NULL'


def test_the_documented_json_schema_is_the_generated_one():
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == s.json_schema(), "docs/plan.schema.json is stale: run tools/update_schema.py"


def test_what_we_write_satisfies_the_schema_by_an_independent_validator(example_plan, example_path):
    validator = jsonschema.Draft202012Validator(s.json_schema())
    validator.check_schema(s.json_schema())
    validator.validate(json.loads(example_path.read_text(encoding="utf-8")))
    validator.validate(plan_to_dict(example_plan))


def test_the_schema_refuses_what_the_reader_refuses(example_data):
    validator = jsonschema.Draft202012Validator(s.json_schema())
    example_data["people"][0]["kind"] = "boss"
    example_data["shifts"][0]["needed"] = -1
    messages = sorted(e.json_path for e in validator.iter_errors(example_data))
    assert messages == ["$.people[0].kind", "$.shifts[0].needed"]


# ---------------------------------------------------------------------------------- damaged documents


@pytest.fixture
def document(example_plan, tmp_path) -> Path:
    path = tmp_path / "plan.planner"
    save_plan(example_plan, path)
    return path


def _damage(path: Path, statement: str, *args: object) -> None:
    with sqlite3.connect(path) as db:
        db.execute(statement, args)


@pytest.mark.parametrize(
    ("statement", "message"),
    [
        ("UPDATE people SET kind = 'boss' WHERE rowid = 1", r"people\[0\]\.kind: 'boss' is not one of"),
        ("UPDATE people SET languages = '[oops' WHERE rowid = 1", r"people\[0\]\.languages: .*not valid JSON"),
        ("UPDATE people SET languages = '[1]' WHERE rowid = 2", r"people\[1\]\.languages\[0\]: expected text"),
        ("UPDATE people SET limits = '{\"max_days_in_row\": 3}' WHERE rowid = 1",
         r"people\[0\]\.limits\.max_minutes_per_day: is missing"),
        ("UPDATE people SET name = X'00ff' WHERE rowid = 1", r"people\[0\]\.name: expected text, found binary data"),
        ("UPDATE people SET name = CAST(X'41ff42' AS TEXT) WHERE rowid = 1", r"the plan file is damaged .*UTF-8"),
        ("UPDATE shifts SET start = '2025-13-45T08:00' WHERE rowid = 4", r"shifts\[3\]\.start: .* is not a local date"),
        ("UPDATE shifts SET start = '0001-01-01T00:00' WHERE rowid = 4", None),
        ("UPDATE shifts SET cancelled = 7 WHERE rowid = 1", r"shifts\[0\]\.cancelled: expected true or false"),
        ("UPDATE turns SET person_ids = '[\"nobody\"]' WHERE rowid = 6", r"turns\[5\]\.people\[0\]: no person has"),
        ("UPDATE windows SET day = '1999-01-01' WHERE rowid = 1", r"windows\[0\]\.day: no day '1999-01-01'"),
        ("UPDATE plan SET timezone = 'Mars/Olympus'", r"plan\.timezone: 'Mars/Olympus' is not an IANA"),
        ("UPDATE windows SET needed = 'many' WHERE rowid = 1", r"days\[0\]\.windows\[0\]\.needed: expected a whole"),
        ("DELETE FROM plan", r"the plan record is missing"),
        ("UPDATE plan SET press_email = 'press@x.org>, evil@y.org'",
         r"plan\.press_contact\.email: .* is not an e-mail"),
    ],
)  # fmt: skip
def test_a_damaged_document_gets_the_same_located_errors_as_json(document, statement, message):
    _damage(document, statement)
    if message is None:  # a valid value, far from now: reads, no traceback
        load_any(document)
        return
    with pytest.raises(PlanFormatError, match=rf"plan\.planner: {message}"):
        load_any(document)


def test_a_name_or_title_with_a_line_break_opens_on_one_line_and_is_saved_so(document, tmp_path):
    """A title, a person's, a journalist's or the press contact's name or phone with a line
    break (a JSON file of another program's, a plan an earlier version wrote from a JSON or a
    spreadsheet): the whole plan was refused for it, or the name went on two lines into the
    calendars and the press's e-mail headers. Read and written on one line, as the editors'
    fields take a pasted line break (plain_text.one_line)."""
    from dataclasses import replace

    from planner.storage.json_format import read_json

    _damage(document, "UPDATE plan SET title = 'Huelga' || char(10) || 'Día 1', press_name = 'Jo' || char(13) ||"
                      " char(10) || 'Bcc: x@y.org', press_phone = '555' || char(10) || '0100'")  # fmt: skip
    _damage(document, "UPDATE people SET name = 'Ana' || char(11) || 'García', phone = '555' || char(9) || '0110'"
                      " WHERE rowid = 1")  # fmt: skip
    _damage(document, "UPDATE journalists SET name = 'Lee' || char(13) || char(10) || 'KPCC' WHERE rowid = 1")
    tree = plan_to_dict(load_any(document))
    tree["plan"]["title"], tree["people"][0]["name"] = "Huelga\r\nDía 1", "Ana\u2028García"
    tree["journalists"][0]["name"], tree["plan"]["press_phone"] = "Lee\nKPCC", "555\n0100"
    (tmp_path / "plan.json").write_text(json.dumps(tree), encoding="utf-8")
    for plan in (load_any(document), read_json(tmp_path / "plan.json")):
        assert (plan.title, plan.press_contact.name, plan.press_contact.phone) == (
            "Huelga Día 1", "Jo Bcc: x@y.org", "555 0100")  # fmt: skip
        assert (plan.people[0].name, plan.journalists[0].name) == ("Ana García", "Lee KPCC")
    assert load_any(document).people[0].phone == "555 0110"
    with sqlite3.connect(document) as db:
        person = db.execute("SELECT name FROM people WHERE rowid = 1").fetchone()
    db.close()
    assert person == ("Ana\x0bGarcía",)  # (as it was: opening writes nothing)
    opened = load_any(document)
    save_plan(replace(opened, people=(replace(opened.people[0], name="Ana\nGarcía"), *opened.people[1:])),
              tmp_path / "saved.planner")  # fmt: skip
    with sqlite3.connect(tmp_path / "saved.planner") as db:
        assert db.execute("SELECT name FROM people WHERE rowid = 1").fetchone() == ("Ana García",)
    db.close()


def test_a_plan_that_refers_to_nothing_is_not_saved(example_plan, tmp_path):
    from dataclasses import replace

    broken = replace(example_plan, turns=(replace(example_plan.turns[0], person_ids=("ghost",)),))
    with pytest.raises(Exception, match=r"cannot save: a turn refers to a person that is not in the plan \('ghost'\)"):
        save_plan(broken, tmp_path / "x.planner")
    assert not (tmp_path / "x.planner").exists()


def test_a_version_4_file_keeps_who_is_on_each_turn_and_shift(example_plan, tmp_path):
    """The v5 migration folds the turn_people/shift_people tables into list columns, in order."""
    path = tmp_path / "v4.planner"
    db = sqlite3.connect(path, isolation_level=None)
    migrate(db, MIGRATIONS[:4])
    db.execute("INSERT INTO plan (id, title, organization, description, timezone, turn_minutes, press_name,"
               " press_email, press_phone) VALUES ('p', 'Vigil', '', '', 'Europe/Berlin', 60, '', '', '')")  # fmt: skip
    db.execute("INSERT INTO locations VALUES ('l', 'Square', '', NULL, NULL, '')")
    db.execute("INSERT INTO days VALUES ('2025-05-01', '')")
    db.execute("INSERT INTO windows (id, day, start, \"end\", location_id) VALUES "
               "('w', '2025-05-01', '2025-05-01T10:00', '2025-05-01T12:00', 'l')")  # fmt: skip
    for pid, name in (("b", "Ben"), ("a", "Ana")):
        db.execute("INSERT INTO people (id, name, kind, title, languages, email, phone) "
                   "VALUES (?, ?, 'spokesperson', '', '[]', '', '')", (pid, name))  # fmt: skip
    db.execute("INSERT INTO roles VALUES ('r', 'Marshal', '')")
    db.execute("INSERT INTO turns (id, window_id, start, \"end\") VALUES ('t', 'w', '2025-05-01T10:00', "
               "'2025-05-01T11:00')")  # fmt: skip
    db.execute("INSERT INTO shifts (id, role_id, location_id, start, \"end\", needed, notes) VALUES "
               "('s', 'r', 'l', '2025-05-01T09:00', '2025-05-01T13:00', 2, '')")  # fmt: skip
    db.executemany("INSERT INTO turn_people VALUES ('t', ?)", [("b",), ("a",)])
    db.executemany("INSERT INTO shift_people VALUES ('s', ?)", [("a",), ("b",)])
    db.close()
    plan = load_any(path)
    assert plan.turns[0].person_ids == ("b", "a")
    assert plan.shifts[0].person_ids == ("a", "b")


# ---------------------------------------------------------------------------------- list columns

any_texts = st.lists(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=8) | st.sampled_from(['"', '", "', "\\", "[]"])
)


@given(any_texts)
def test_a_list_column_reads_back_what_was_written(texts):
    """Lists of ids are split without the JSON parser when they can be: the same lists either way."""
    codec = ListOf(Text())
    stored = codec.to_sql(texts)
    assert codec.from_sql(stored) == json.loads(stored) == texts


@pytest.mark.parametrize("stored", ['["a","b"]', '[ "a" , "b" ]', '["a", 1]', "[]", '["a\\u0022b"]'])
def test_a_list_column_written_by_another_program_is_still_parsed(stored):
    assert ListOf(Text()).from_sql(stored) == json.loads(stored)
