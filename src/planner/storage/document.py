"""The .planner document: one SQLite file per plan, with a versioned schema."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from planner.domain.model import (
    AvailabilityLevel,
    AvailabilityWindow,
    Contact,
    Day,
    Journalist,
    JournalistId,
    Location,
    LocationId,
    Person,
    PersonId,
    PersonKind,
    Plan,
    PlanId,
    Role,
    RoleId,
    Shift,
    ShiftId,
    SpeakerRole,
    Turn,
    TurnId,
    Window,
    WindowId,
)
from planner.domain.records import Records
from planner.domain.revisions import Revision
from planner.errors import PlannerError
from planner.fileio import replacing
from planner.storage.errors import FileAccessError, NewerVersionError, PlanFormatError, StorageError
from planner.storage.records_codec import (
    limits_from_dict,
    limits_to_dict,
    release_from_dict,
    release_to_dict,
    sent_from_dict,
    sent_to_dict,
)
from planner.storage.timefmt import format_local, format_utc, parse_date, parse_local, parse_utc

SUFFIX = ".planner"
# Marks the file as ours for `file(1)` and for us: 'PLNR'.
APPLICATION_ID = 0x504C4E52
SQLITE_MAGIC = b"SQLite format 3\x00"

Migration = Callable[[sqlite3.Connection], None]


def _run_statements(db: sqlite3.Connection, script: str) -> None:
    # Not executescript(): it COMMITs first, which would break the migration's transaction.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _v1_initial(db: sqlite3.Connection) -> None:
    _run_statements(
        db,
        """
        CREATE TABLE plan (
            id TEXT PRIMARY KEY, title TEXT NOT NULL, organization TEXT NOT NULL,
            description TEXT NOT NULL, timezone TEXT NOT NULL, turn_minutes INTEGER NOT NULL,
            press_name TEXT NOT NULL, press_email TEXT NOT NULL, press_phone TEXT NOT NULL
        );
        CREATE TABLE locations (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, address TEXT NOT NULL,
            latitude REAL, longitude REAL, notes TEXT NOT NULL
        );
        CREATE TABLE days (date TEXT PRIMARY KEY, note TEXT NOT NULL);
        CREATE TABLE windows (
            id TEXT PRIMARY KEY, day TEXT NOT NULL REFERENCES days(date),
            start TEXT NOT NULL, "end" TEXT NOT NULL,
            location_id TEXT NOT NULL REFERENCES locations(id)
        );
        CREATE TABLE people (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL,
            languages TEXT NOT NULL, email TEXT NOT NULL, phone TEXT NOT NULL
        );
        CREATE TABLE roles (id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL);
        CREATE TABLE turns (
            id TEXT PRIMARY KEY, window_id TEXT NOT NULL REFERENCES windows(id),
            start TEXT NOT NULL, "end" TEXT NOT NULL
        );
        CREATE TABLE turn_people (
            turn_id TEXT NOT NULL REFERENCES turns(id), person_id TEXT NOT NULL REFERENCES people(id),
            PRIMARY KEY (turn_id, person_id)
        );
        CREATE TABLE shifts (
            id TEXT PRIMARY KEY, role_id TEXT NOT NULL REFERENCES roles(id),
            location_id TEXT NOT NULL REFERENCES locations(id),
            start TEXT NOT NULL, "end" TEXT NOT NULL, needed INTEGER NOT NULL, notes TEXT NOT NULL
        );
        CREATE TABLE shift_people (
            shift_id TEXT NOT NULL REFERENCES shifts(id), person_id TEXT NOT NULL REFERENCES people(id),
            PRIMARY KEY (shift_id, person_id)
        );
        CREATE INDEX turn_people_person ON turn_people(person_id);
        CREATE INDEX shift_people_person ON shift_people(person_id);
        """,
    )


def _v2_status_reminders_revisions(db: sqlite3.Connection) -> None:
    _run_statements(
        db,
        """
        ALTER TABLE plan ADD COLUMN reminder_minutes INTEGER NOT NULL DEFAULT 60;
        ALTER TABLE windows ADD COLUMN cancelled INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE shifts ADD COLUMN cancelled INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE revisions (
            item_id TEXT PRIMARY KEY, sequence INTEGER NOT NULL,
            fingerprint TEXT NOT NULL, modified TEXT NOT NULL
        )
        """,
    )


def _v3_press(db: sqlite3.Connection) -> None:
    _run_statements(
        db,
        """
        CREATE TABLE journalists (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL,
            outlet TEXT NOT NULL, language TEXT NOT NULL
        );
        CREATE TABLE releases (number INTEGER PRIMARY KEY, snapshot TEXT NOT NULL);
        CREATE TABLE sent_messages (
            email TEXT NOT NULL, uid TEXT NOT NULL, record TEXT NOT NULL, PRIMARY KEY (email, uid)
        );
        CREATE TABLE send_failures (
            email TEXT NOT NULL, uid TEXT NOT NULL, at TEXT NOT NULL, reason TEXT NOT NULL,
            PRIMARY KEY (email, uid)
        )
        """,
    )


def _v4_rotation(db: sqlite3.Connection) -> None:
    _run_statements(
        db,
        """
        ALTER TABLE people ADD COLUMN speaker_role TEXT NOT NULL DEFAULT 'other';
        ALTER TABLE people ADD COLUMN limits TEXT;
        ALTER TABLE windows ADD COLUMN needed INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE windows ADD COLUMN language TEXT NOT NULL DEFAULT '';
        ALTER TABLE windows ADD COLUMN pair TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE turns ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE availability (
            person_id TEXT NOT NULL REFERENCES people(id), start TEXT NOT NULL, "end" TEXT NOT NULL,
            level TEXT NOT NULL
        )
        """,
    )


# MIGRATIONS[i] brings a file from schema version i to i + 1. Append, never edit.
MIGRATIONS: list[Migration] = [_v1_initial, _v2_status_reminders_revisions, _v3_press, _v4_rotation]


def schema_version(migrations: list[Migration] | None = None) -> int:
    return len(MIGRATIONS if migrations is None else migrations)


@contextlib.contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """All or nothing; the connection must be in autocommit mode (isolation_level=None)."""
    db.execute("BEGIN")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def migrate(db: sqlite3.Connection, migrations: list[Migration] | None = None) -> None:
    """Run, in order and each in its own transaction, the migrations the file has not had."""
    steps = MIGRATIONS if migrations is None else migrations
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > len(steps):
        raise NewerVersionError(
            f"this plan was saved by a newer Planner (file format {version}, this Planner "
            f"reads up to {len(steps)}); update Planner to open it — the file was not changed"
        )
    for target in range(version + 1, len(steps) + 1):
        with transaction(db):
            steps[target - 1](db)
            db.execute(f"PRAGMA user_version = {target}")


# ---------------------------------------------------------------------------------- saving


def save_plan(plan: Plan, path: Path, records: Records | None = None) -> None:
    """Write the whole plan (and its records) to a new file and swap it in: the old file
    survives any crash."""
    with replacing(path) as tmp:
        db = _connect(tmp)
        try:
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            migrate(db)
            with transaction(db):
                _write(db, plan)
                _write_records(db, records or Records())
        except sqlite3.Error as exc:
            raise _sqlite_error(path, exc, writing=True) from None
        finally:
            db.close()


def _write(db: sqlite3.Connection, plan: Plan) -> None:
    c = plan.press_contact
    db.execute(
        "INSERT INTO plan (id, title, organization, description, timezone, turn_minutes, reminder_minutes,"
        " press_name, press_email, press_phone) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (plan.id, plan.title, plan.organization, plan.description, plan.timezone, plan.turn_minutes,
         plan.reminder_minutes, c.name, c.email, c.phone),
    )  # fmt: skip
    db.executemany(
        "INSERT INTO locations VALUES (?,?,?,?,?,?)",
        [(loc.id, loc.name, loc.address, loc.latitude, loc.longitude, loc.notes) for loc in plan.locations],
    )
    db.executemany("INSERT INTO days VALUES (?,?)", [(d.date.isoformat(), d.note) for d in plan.days])
    db.executemany(
        'INSERT INTO windows (id, day, start, "end", location_id, cancelled, needed, language, pair)'
        " VALUES (?,?,?,?,?,?,?,?,?)",
        [
            (
                w.id,
                d.date.isoformat(),
                format_local(w.start),
                format_local(w.end),
                w.location_id,
                w.cancelled,
                w.needed,
                w.language,
                json.dumps([r.value for r in w.pair]),
            )
            for d in plan.days
            for w in d.windows
        ],
    )
    db.executemany(
        "INSERT INTO people (id, name, kind, title, languages, email, phone, speaker_role, limits)"
        " VALUES (?,?,?,?,?,?,?,?,?)",
        [
            (
                p.id,
                p.name,
                p.kind.value,
                p.title,
                json.dumps(list(p.languages)),
                p.email,
                p.phone,
                p.speaker_role.value,
                json.dumps(limits_to_dict(p.limits)) if p.limits else None,
            )
            for p in plan.people
        ],
    )
    db.executemany(
        'INSERT INTO availability (person_id, start, "end", level) VALUES (?,?,?,?)',
        [(a.person_id, format_local(a.start), format_local(a.end), a.level.value) for a in plan.availability],
    )
    db.executemany("INSERT INTO roles VALUES (?,?,?)", [(r.id, r.name, r.description) for r in plan.roles])
    db.executemany(
        'INSERT INTO turns (id, window_id, start, "end", pinned) VALUES (?,?,?,?,?)',
        [(t.id, t.window_id, format_local(t.start), format_local(t.end), t.pinned) for t in plan.turns],
    )
    db.executemany("INSERT INTO turn_people VALUES (?,?)", [(t.id, p) for t in plan.turns for p in t.person_ids])
    db.executemany(
        'INSERT INTO shifts (id, role_id, location_id, start, "end", needed, notes, cancelled)'
        " VALUES (?,?,?,?,?,?,?,?)",
        [
            (s.id, s.role_id, s.location_id, format_local(s.start), format_local(s.end), s.needed, s.notes, s.cancelled)
            for s in plan.shifts
        ],
    )
    db.executemany("INSERT INTO shift_people VALUES (?,?)", [(s.id, p) for s in plan.shifts for p in s.person_ids])
    db.executemany(
        "INSERT INTO journalists VALUES (?,?,?,?,?)",
        [(j.id, j.name, j.email, j.outlet, j.language) for j in plan.journalists],
    )
    problems = db.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        table, _rowid, parent, _fk = problems[0]
        raise StorageError(f"cannot save: a row in {table} refers to a missing {parent} entry")


def _write_records(db: sqlite3.Connection, records: Records) -> None:
    db.execute("DELETE FROM revisions")
    db.executemany(
        "INSERT INTO revisions VALUES (?,?,?,?)",
        [(item, r.sequence, r.fingerprint, format_utc(r.modified)) for item, r in sorted(records.revisions.items())],
    )
    db.execute("DELETE FROM releases")
    db.executemany(
        "INSERT INTO releases VALUES (?,?)",
        [(r.number, json.dumps(release_to_dict(r), ensure_ascii=False)) for r in records.releases],
    )
    db.execute("DELETE FROM sent_messages")
    db.executemany(
        "INSERT INTO sent_messages VALUES (?,?,?)",
        [(email, uid, json.dumps(sent_to_dict(m))) for (email, uid), m in sorted(records.sent.items())],
    )
    db.execute("DELETE FROM send_failures")
    db.executemany(
        "INSERT INTO send_failures VALUES (?,?,?,?)",
        [(email, uid, format_utc(at), why) for (email, uid), (at, why) in sorted(records.failures.items())],
    )


def write_records(path: Path, records: Records) -> None:
    """Store the records in place, in one transaction, without touching the plan in the file.

    A file of an older schema is first brought up to date by a full (atomic) save of the
    plan it holds, which is what it contains already.
    """
    with _open_for_update(path) as db:
        if db is None:
            save_plan(load_plan(path), path, records)
            return
        with transaction(db):
            _write_records(db, records)


@contextlib.contextmanager
def _open_for_update(path: Path) -> Iterator[sqlite3.Connection | None]:
    _check_header(path)
    try:
        db = sqlite3.connect(path, isolation_level=None, timeout=5)
    except sqlite3.Error as exc:
        raise _sqlite_error(path, exc, writing=True) from None
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > schema_version():
            raise NewerVersionError(f"{path}: saved by a newer Planner; update Planner — the file was not changed")
        yield db if version == schema_version() else None
    except sqlite3.Error as exc:
        raise _sqlite_error(path, exc, writing=True) from None
    finally:
        db.close()


def load_document_file(path: Path) -> tuple[Plan, Records]:
    """The plan and its records (empty for files older than them)."""
    return _load(path, None, with_records=True)


# ---------------------------------------------------------------------------------- loading


def load_plan(path: Path, migrations: list[Migration] | None = None) -> Plan:
    """Read a .planner file. Older files are migrated in memory; the file itself is not touched."""
    return _load(path, migrations, with_records=False)[0]


def _load(path: Path, migrations: list[Migration] | None, *, with_records: bool) -> tuple[Plan, Records]:
    _check_header(path)
    try:
        source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise _sqlite_error(path, exc) from None
    try:
        app_id = source.execute("PRAGMA application_id").fetchone()[0]
        if app_id not in (0, APPLICATION_ID):
            raise PlanFormatError(f"{path}: this SQLite file is not a Planner plan")
        version = source.execute("PRAGMA user_version").fetchone()[0]
        if version > schema_version(migrations):
            migrate(source, migrations)  # raises NewerVersionError without writing
        if version < schema_version(migrations):
            db = sqlite3.connect(":memory:", isolation_level=None)
            source.backup(db)
            migrate(db, migrations)
        else:
            db = source
        try:
            plan = _read(db, path)
            return plan, (_read_records(db, path) if with_records else Records())
        finally:
            if db is not source:
                db.close()
    except NewerVersionError as exc:
        raise NewerVersionError(f"{path}: {exc}") from None
    except sqlite3.Error as exc:
        raise _sqlite_error(path, exc) from None
    finally:
        source.close()


def _check_header(path: Path) -> None:
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        raise FileAccessError(f"{path}: no such file") from None
    except OSError as exc:
        raise FileAccessError(f"{path}: cannot read ({exc.strerror})") from None
    if header != SQLITE_MAGIC:
        raise PlanFormatError(f"{path}: not a Planner plan (not an SQLite file)")


def _read(db: sqlite3.Connection, path: Path) -> Plan:
    head = db.execute(
        "SELECT id, title, organization, description, timezone, turn_minutes, press_name, press_email,"
        " press_phone, reminder_minutes FROM plan"
    ).fetchall()
    if len(head) != 1:
        raise PlanFormatError(f"{path}: the plan record is missing or repeated")
    plan_id, title, organization, description, timezone, turn_minutes, p_name, p_email, p_phone, reminder = head[0]
    try:
        zone = ZoneInfo(timezone)
    except (ValueError, KeyError) as exc:
        raise PlanFormatError(f"{path}: unknown time zone {timezone!r}") from exc

    parsed: dict[str, datetime] = {}  # a campaign's 100,000 times are a few thousand distinct ones

    def local(text: str) -> datetime:
        moment = parsed.get(text)
        if moment is None:
            try:
                moment = parsed[text] = parse_local(text, zone)
            except ValueError as exc:
                raise PlanFormatError(f"{path}: {exc}") from None
        return moment

    windows_by_day: dict[str, list[Window]] = {}
    windows = db.execute(
        'SELECT id, day, start, "end", location_id, cancelled, needed, language, pair FROM windows ORDER BY rowid'
    )
    for w_id, day, start, end, loc, cancelled, needed, language, pair in windows:
        roles = tuple(SpeakerRole(r) for r in json.loads(pair))
        window = Window(WindowId(w_id), local(start), local(end), LocationId(loc), bool(cancelled), needed, language,
                        roles)  # fmt: skip
        windows_by_day.setdefault(day, []).append(window)
    turn_people = _grouped(db, "SELECT turn_id, person_id FROM turn_people ORDER BY rowid")
    journalists = tuple(
        Journalist(JournalistId(i), n, e, o, lang)
        for i, n, e, o, lang in db.execute("SELECT id, name, email, outlet, language FROM journalists ORDER BY rowid")
    )
    shift_people = _grouped(db, "SELECT shift_id, person_id FROM shift_people ORDER BY rowid")
    return Plan(
        id=PlanId(plan_id),
        title=title,
        timezone=timezone,
        organization=organization,
        description=description,
        press_contact=Contact(p_name, p_email, p_phone),
        turn_minutes=turn_minutes,
        reminder_minutes=reminder,
        locations=tuple(
            Location(LocationId(i), n, a, lat, lon, notes)
            for i, n, a, lat, lon, notes in db.execute("SELECT * FROM locations ORDER BY rowid")
        ),
        days=tuple(
            Day(parse_date(d), tuple(windows_by_day.get(d, ())), note)
            for d, note in db.execute("SELECT * FROM days ORDER BY rowid")
        ),
        people=tuple(
            Person(
                PersonId(i),
                n,
                PersonKind(k),
                t,
                tuple(json.loads(langs)),
                e,
                ph,
                SpeakerRole(role),
                limits_from_dict(json.loads(lim)) if lim else None,
            )
            for i, n, k, t, langs, e, ph, role, lim in db.execute(
                "SELECT id, name, kind, title, languages, email, phone, speaker_role, limits FROM people ORDER BY rowid"
            )
        ),
        availability=tuple(
            AvailabilityWindow(PersonId(p), local(s), local(e), AvailabilityLevel(level))
            for p, s, e, level in db.execute('SELECT person_id, start, "end", level FROM availability ORDER BY rowid')
        ),
        roles=tuple(Role(RoleId(i), n, d) for i, n, d in db.execute("SELECT * FROM roles ORDER BY rowid")),
        turns=tuple(
            Turn(TurnId(i), WindowId(w), local(s), local(e), tuple(turn_people.get(i, ())), bool(pinned))
            for i, w, s, e, pinned in db.execute('SELECT id, window_id, start, "end", pinned FROM turns ORDER BY rowid')
        ),
        journalists=journalists,
        shifts=tuple(
            Shift(
                ShiftId(i),
                RoleId(r),
                LocationId(loc),
                local(s),
                local(e),
                needed,
                tuple(shift_people.get(i, ())),
                n,
                bool(cancelled),
            )
            for i, r, loc, s, e, needed, n, cancelled in db.execute(
                'SELECT id, role_id, location_id, start, "end", needed, notes, cancelled FROM shifts ORDER BY rowid'
            )
        ),
    )


def _read_records(db: sqlite3.Connection, path: Path) -> Records:
    try:
        revisions = {
            item: Revision(sequence, fingerprint, parse_utc(modified))
            for item, sequence, fingerprint, modified in db.execute("SELECT * FROM revisions")
        }
        releases = tuple(
            release_from_dict(json.loads(snapshot))
            for (snapshot,) in db.execute("SELECT snapshot FROM releases ORDER BY number")
        )
        sent = {
            (email, uid): sent_from_dict(json.loads(record))
            for email, uid, record in db.execute("SELECT email, uid, record FROM sent_messages")
        }
        failures = {
            (email, uid): (parse_utc(at), why)
            for email, uid, at, why in db.execute("SELECT email, uid, at, reason FROM send_failures")
        }
    except (ValueError, KeyError, TypeError) as exc:
        raise PlanFormatError(f"{path}: the records of releases and sent messages are damaged ({exc})") from None
    return Records(revisions, releases, sent, failures)


def _grouped(db: sqlite3.Connection, query: str) -> dict[str, list[PersonId]]:
    groups: dict[str, list[PersonId]] = {}
    for owner, person in db.execute(query):
        groups.setdefault(owner, []).append(PersonId(person))
    return groups


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA foreign_keys = OFF")  # checked once after writing, with foreign_key_check
    return db


def _sqlite_error(path: Path, exc: sqlite3.Error, writing: bool = False) -> PlannerError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return FileAccessError(f"{path}: the file is in use by another program; try again")
    if "readonly" in text or "read-only" in text:
        return FileAccessError(f"{path}: the file or folder is read-only")
    if "disk is full" in text or "database or disk is full" in text:
        return FileAccessError(f"{path}: the disk is full")
    if "unable to open" in text:
        return FileAccessError(f"{path}: cannot open the file")
    if "not a database" in text or "malformed" in text or "no such table" in text or "no such column" in text:
        return PlanFormatError(f"{path}: the plan file is damaged or not a Planner plan ({exc})")
    verb = "write" if writing else "read"
    return StorageError(f"{path}: cannot {verb} the plan ({exc})")
