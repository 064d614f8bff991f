"""The .planner document: atomic saves, migrations, refusal of newer files, clear errors."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace

import pytest

from planner.domain.records import Records
from planner.errors import FileAccessError
from planner.storage import NewerVersionError, PlanFormatError, load_any
from planner.storage import document as doc
from planner.storage.document import APPLICATION_ID, load_plan, save_plan
from planner.storage.migrations import MIGRATIONS, migrate, schema_version, transaction


def test_the_file_records_its_schema_version_and_owner(example_plan, tmp_path):
    path = tmp_path / "strike.planner"
    save_plan(example_plan, path)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == schema_version() == len(MIGRATIONS)
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_a_file_from_a_newer_planner_is_refused_and_left_untouched(example_plan, tmp_path):
    path = tmp_path / "future.planner"
    save_plan(example_plan, path)
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {schema_version() + 1}")
    before = path.read_bytes()
    with pytest.raises(NewerVersionError, match=r"future\.planner: .*newer Planner.*update Planner"):
        load_plan(path)
    assert path.read_bytes() == before


def test_an_older_file_is_migrated_in_memory_and_not_rewritten(example_plan, tmp_path):
    path = tmp_path / "old.planner"
    save_plan(example_plan, path)  # at the current version, which the extended list sees as older
    applied = []

    def v2_adds_a_table(db: sqlite3.Connection) -> None:
        applied.append(db.execute("PRAGMA user_version").fetchone()[0])
        db.execute("CREATE TABLE future_notes (id TEXT)")

    before = path.read_bytes()
    plan = load_plan(path, migrations=[*MIGRATIONS, v2_adds_a_table])
    assert plan == example_plan
    assert applied == [len(MIGRATIONS)]  # ran once, in order, from the file's version
    assert path.read_bytes() == before


def test_a_file_from_before_the_plans_language_opens_in_english_and_saves_it(example_plan, tmp_path):
    """A .planner file of schema 9 has no language column: its calendars were English."""
    path = tmp_path / "old.planner"
    save_plan(replace(example_plan, language="es"), path)
    with closing(sqlite3.connect(path)) as db:  # as Planner before it wrote the file
        db.execute("ALTER TABLE plan DROP COLUMN language")
        db.execute("PRAGMA user_version = 9")
        db.commit()
    assert load_plan(path) == example_plan and example_plan.language == "en"
    save_plan(replace(example_plan, language="es"), path)
    assert load_plan(path).language == "es"


def test_migrations_run_in_order_each_in_a_transaction(tmp_path):
    db = sqlite3.connect(tmp_path / "m.db", isolation_level=None)
    order = []

    def step(n: int):
        def run(conn: sqlite3.Connection) -> None:
            order.append(n)
            conn.execute(f"CREATE TABLE t{n} (x)")
            if n == 3:
                raise RuntimeError("broken migration")

        return run

    with pytest.raises(RuntimeError):
        migrate(db, [step(1), step(2), step(3)])
    assert order == [1, 2, 3]
    # The failed step left nothing behind and the version stops at the last good step.
    assert db.execute("PRAGMA user_version").fetchone()[0] == 2
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    assert tables == {"t1", "t2"}


def test_a_crash_mid_save_leaves_the_last_good_file(example_plan, tmp_path, monkeypatch):
    path = tmp_path / "strike.planner"
    save_plan(example_plan, path)
    good = path.read_bytes()
    changed = replace(example_plan, title="Changed")

    def crash(db, plan):
        db.execute("INSERT INTO roles VALUES ('r', 'half-written', '')")
        raise KeyboardInterrupt  # as abrupt as it gets inside Python

    monkeypatch.setattr(doc, "_write", crash)
    with pytest.raises(KeyboardInterrupt):
        save_plan(changed, path)
    assert path.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir()] == ["strike.planner"]  # no temporary file left
    assert load_plan(path).title == example_plan.title


def test_saving_into_a_missing_folder_is_an_environment_error(example_plan, tmp_path):
    with pytest.raises(FileAccessError, match="cannot write"):
        save_plan(example_plan, tmp_path / "no" / "such" / "x.planner")


def test_a_text_file_is_not_a_plan(tmp_path):
    path = tmp_path / "notes.planner"
    path.write_text("shopping list")
    with pytest.raises(PlanFormatError, match="not a Planner plan"):
        load_any(path)


def test_another_programs_sqlite_file_is_not_a_plan(tmp_path):
    path = tmp_path / "other.planner"
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA application_id = 42")
        db.execute("CREATE TABLE x (y)")
    with pytest.raises(PlanFormatError, match="not a Planner plan"):
        load_any(path)


def test_an_empty_database_says_the_plan_is_missing(tmp_path):
    path = tmp_path / "empty.planner"
    sqlite3.connect(path).execute("CREATE TABLE x (y)").connection.close()
    with pytest.raises(PlanFormatError, match="plan record is missing"):
        load_any(path)


def test_a_missing_file_is_an_environment_error(tmp_path):
    with pytest.raises(FileAccessError, match="no such file"):
        load_any(tmp_path / "gone.planner")


def test_a_real_version_1_file_opens_with_the_new_fields_defaulted(example_plan, tmp_path):
    """Build a file exactly as schema 1 left it, then open it with today's Planner."""
    path = tmp_path / "v1.planner"
    db = sqlite3.connect(path, isolation_level=None)
    migrate(db, MIGRATIONS[:1])
    with transaction(db):
        db.execute("INSERT INTO plan VALUES ('p', 'Vigil', '', '', 'Europe/Berlin', 60, 'Press', '', '')")
        db.execute("INSERT INTO locations VALUES ('l', 'Square', 'Main St 1', NULL, NULL, '')")
        db.execute("INSERT INTO days VALUES ('2025-05-01', '')")
        db.execute("INSERT INTO windows VALUES ('w', '2025-05-01', '2025-05-01T10:00', '2025-05-01T12:00', 'l')")
        db.execute("INSERT INTO roles VALUES ('r', 'Marshal', '')")
        db.execute("INSERT INTO shifts VALUES ('s', 'r', 'l', '2025-05-01T09:00', '2025-05-01T13:00', 2, '')")
    db.close()
    before = path.read_bytes()
    plan = load_plan(path)
    assert plan.reminder_minutes == 60
    assert plan.days[0].windows[0].cancelled is False and plan.shifts[0].cancelled is False
    assert plan.shifts[0].needed == 2 and plan.timezone == "Europe/Berlin"
    assert path.read_bytes() == before  # opening never rewrites
    assert doc.load_document_file(path)[1] == Records()
    # Recording a publication into an old file upgrades it through a full, atomic save.
    from datetime import UTC, datetime

    from planner.domain.revisions import revise

    doc.write_records(path, Records(revise(plan, {}, datetime(2025, 4, 1, tzinfo=UTC))))
    with sqlite3.connect(path) as check:
        assert check.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    assert load_plan(path) == plan and set(doc.load_document_file(path)[1].revisions) == {"w", "s"}


def test_a_nul_in_imported_or_pasted_text_is_left_out_of_the_file_so_that_it_opens_again(example_plan, tmp_path):
    """The readers refuse a NUL (it cuts text short in SQLite's own tools and many JSON
    readers); a plan holding one — a CSV cell, a paste — once saved, then did not open."""
    from planner.storage.json_format import read_json, write_json

    role = replace(example_plan.roles[0], name="Medic\x00")
    person = replace(example_plan.people[0], title="Lead\x00 nurse", languages=("English\x00",))
    plan = replace(example_plan, roles=(role, *example_plan.roles[1:]), people=(person, *example_plan.people[1:]))
    save_plan(plan, tmp_path / "nul.planner")
    write_json(plan, tmp_path / "nul.json")
    for read_back in (load_plan(tmp_path / "nul.planner"), read_json(tmp_path / "nul.json")):
        assert read_back.roles[0].name == "Medic"
        assert (read_back.people[0].title, read_back.people[0].languages) == ("Lead nurse", ("English",))


def test_control_characters_in_a_plan_file_are_read_and_written_as_plain_text(example_plan, tmp_path):
    """A plan saved before control characters were left out (a bell, Word's soft line break
    from a JSON or a paste) opens with them out, the soft break as a line break; saved, the
    file holds none, and neither does its JSON (plain_text)."""
    from planner.storage.json_format import read_json, write_json

    path = tmp_path / "old.planner"
    save_plan(example_plan, path)
    role_id, shift_id = example_plan.roles[0].id, example_plan.shifts[0].id
    with sqlite3.connect(path) as db:  # as a version before this one wrote them
        db.execute("UPDATE roles SET name = 'Medic' || char(7) || char(11) || 'team' WHERE id = ?", (role_id,))
        db.execute("UPDATE shifts SET notes = 'Gate B' || char(8232) || 'water' || char(27) WHERE id = ?", (shift_id,))
    db.close()
    plan = load_plan(path)
    assert plan.roles[0].name == "Medic\nteam" and plan.shifts[0].notes == "Gate B\nwater"
    save_plan(replace(example_plan, roles=(replace(example_plan.roles[0], name="Medic\x07\x0bteam"),
                                           *example_plan.roles[1:])), tmp_path / "new.planner")  # fmt: skip
    write_json(plan, tmp_path / "new.json")
    with sqlite3.connect(tmp_path / "new.planner") as db:
        assert db.execute("SELECT name FROM roles WHERE id = ?", (role_id,)).fetchone() == ("Medic\nteam",)
    db.close()
    assert read_json(tmp_path / "new.json").roles[0].name == "Medic\nteam"
    assert "\\u0007" not in (tmp_path / "new.json").read_text() and "\\u000b" not in (tmp_path / "new.json").read_text()


def test_an_address_an_earlier_version_took_still_opens_and_its_messages_say_why_they_cannot_go(example_plan, tmp_path):
    """Domains in another script were checked by IDNA 2003's rules, now by IDNA 2008's, which
    refuse a few that 2003 took (two kinds of Arabic digit in one label, an xn-- label that
    decodes to that, Hebrew after a Latin letter). A plan saved with one opens as before — the
    file, its JSON, a teammate's copy — and only that journalist's invitations are held, with
    the reason; one that could never be an address is still refused on reading."""
    import json
    from datetime import UTC, datetime

    from planner.domain.releases import make_release
    from planner.publish.outbox import build_outbox
    from planner.storage.json_format import read_json, write_json

    earlier = ["ana@ex\u0660\u06f0.com", "ben@xn--ex-8xd09c.com", "cy@a\u05d0.com"]
    press = tuple(replace(example_plan.journalists[0], id=f"j{n}", email=address) for n, address in enumerate(earlier))
    contact = replace(example_plan.press_contact, email="prensa@sindicato\u0640.org")  # (a tatweel: 2008 refuses it)
    plan = replace(example_plan, journalists=(*press, example_plan.journalists[1]), press_contact=contact)
    save_plan(plan, tmp_path / "earlier.planner")
    write_json(plan, tmp_path / "earlier.json")
    for read_back in (load_plan(tmp_path / "earlier.planner"), read_json(tmp_path / "earlier.json")):
        assert [j.email for j in read_back.journalists[:3]] == earlier
        assert read_back.press_contact.email == contact.email
    now = datetime(2025, 4, 1, 12, tzinfo=UTC)
    items = build_outbox(Records().with_release(make_release(replace(plan, press_contact=example_plan.press_contact),
                                                             "First", now)), now)  # fmt: skip
    held = {item.recipient: item.error for item in items if item.error}
    assert set(held) == set(earlier) and all("is not an e-mail address" in str(error) for error in held.values())
    assert any(not item.error for item in items)  # (the others' go)
    tree = json.loads((tmp_path / "earlier.json").read_text(encoding="utf-8"))
    tree["journalists"][0]["email"] = "ana@ex\u2603.org"  # (a symbol: no version took it)
    (tmp_path / "never.json").write_text(json.dumps(tree), encoding="utf-8")
    with pytest.raises(PlanFormatError, match=r"journalists\[0\]\.email: 'ana@ex☃\.org' is not an e-mail address"):
        read_json(tmp_path / "never.json")
