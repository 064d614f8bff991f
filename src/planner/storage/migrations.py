"""The .planner file's schema versions: ordered migrations, each in its own transaction."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable, Iterator

from planner.storage.errors import NewerVersionError
from planner.words import tr

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


def _v5_people_lists(db: sqlite3.Connection) -> None:
    # Who is on a turn or shift becomes a column (a JSON list, like languages), so that every
    # field of a record is one column of its table (storage/schema.py).
    for table, junction, owner in (("turns", "turn_people", "turn_id"), ("shifts", "shift_people", "shift_id")):
        db.execute(f"ALTER TABLE {table} ADD COLUMN person_ids TEXT NOT NULL DEFAULT '[]'")
        groups: dict[str, list[str]] = {}
        for item, person in db.execute(f"SELECT {owner}, person_id FROM {junction} ORDER BY rowid"):
            groups.setdefault(item, []).append(person)
        db.executemany(
            f"UPDATE {table} SET person_ids = ? WHERE id = ?", [(json.dumps(p), item) for item, p in groups.items()]
        )
        db.execute(f"DROP TABLE {junction}")


def _v6_published(db: sqlite3.Connection) -> None:
    # What a CalDAV server holds from us, per collection and UID (publish/caldav.py).
    _run_statements(
        db,
        """
        CREATE TABLE published (
            collection TEXT NOT NULL, uid TEXT NOT NULL, href TEXT NOT NULL, etag TEXT NOT NULL,
            fingerprint TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (collection, uid)
        )
        """,
    )


def _v7_feed_tokens(db: sqlite3.Connection) -> None:
    # The secret token in each person's subscription link (publish/links.py).
    _run_statements(
        db,
        """
        CREATE TABLE feed_tokens (person_id TEXT NOT NULL PRIMARY KEY, token TEXT NOT NULL, at TEXT NOT NULL)
        """,
    )


def _v8_team_sync(db: sqlite3.Connection) -> None:
    # A plan shared on a CalDAV server (sync/): where, and each object as both sides last agreed.
    _run_statements(
        db,
        """
        CREATE TABLE sync_link (name TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE sync_objects (
            key TEXT NOT NULL PRIMARY KEY, href TEXT NOT NULL, etag TEXT NOT NULL, base TEXT NOT NULL,
            by TEXT NOT NULL, at TEXT NOT NULL
        );
        CREATE TABLE sync_conflicts (
            key TEXT NOT NULL PRIMARY KEY, theirs TEXT NOT NULL, etag TEXT NOT NULL, fields TEXT NOT NULL,
            by TEXT NOT NULL, at TEXT NOT NULL
        )
        """,
    )


def _v9_feed_exports(db: sqlite3.Connection) -> None:
    # The last export into each folder (domain/records.FeedExport): what the next export, even
    # as a new process, takes again from the files it wrote. A row per digest (kind: context,
    # item, feed, file), so that one edit rewrites a few rows.
    _run_statements(
        db,
        """
        CREATE TABLE feed_exports (
            folder TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
            PRIMARY KEY (folder, kind, key)
        )
        """,
    )


def _v10_plan_language(db: sqlite3.Connection) -> None:
    # The language of the calendars everyone shares (Plan.language); a plan before it wrote them in English.
    _run_statements(db, """ALTER TABLE plan ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en'""")


# MIGRATIONS[i] brings a file from schema version i to i + 1. Append, never edit. A new
# field's column is `ALTER TABLE t ADD COLUMN ` + schema.column_definition(spec, field) as it
# reads today, written out here literally (tests/storage/test_schema.py prints it).
MIGRATIONS: list[Migration] = [
    _v1_initial,
    _v2_status_reminders_revisions,
    _v3_press,
    _v4_rotation,
    _v5_people_lists,
    _v6_published,
    _v7_feed_tokens,
    _v8_team_sync,
    _v9_feed_exports,
    _v10_plan_language,
]


def schema_version(migrations: list[Migration] | None = None) -> int:
    return len(MIGRATIONS if migrations is None else migrations)


@contextlib.contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """All or nothing; the connection must be in autocommit mode (isolation_level=None).

    IMMEDIATE: the write lock is taken at the start, so what is read inside is still true
    when it is written."""
    db.execute("BEGIN IMMEDIATE")
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
            tr(
                "this plan was saved by a newer Planner (file format {version}, this Planner reads up "
                "to {known}); update Planner to open it — the file was not changed",
                version=version,
                known=len(steps),
            )
        )
    for target in range(version + 1, len(steps) + 1):
        with transaction(db):
            steps[target - 1](db)
            db.execute(f"PRAGMA user_version = {target}")
