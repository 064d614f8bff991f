"""A copy of the plan's rows as the last `planner export` read them, kept in the plan file,
so that the next one, a new process, finds in SQL what changed since: a campaign's 66,000
rows compared in ~50 ms, where working out the digest of each of its 31,800 events
(ical/feeds.py, feed_digests) takes ~0.3 s.

The copy is a cache beside the plan, not part of it: one copy per file, of the tables an
event's text is made from, made whole by `CREATE TABLE … AS SELECT` (so its columns are the
table's, whatever migration added them) and then kept up to date row by row. It serves
every place exported or published to (a folder, a calendar home) whose record was kept with
it: each such record holds a token (a row of kind "rows" in feed_exports) the copy holds too
(exported_places), and the rows a place has not seen because the copy was brought up to date
for another place since are listed for it (exported_pending), so that exports into two
folders, or an export and a publish, in turns each still compare rows. Whoever writes a
record without refreshing the copy drops that place's token (keep_feed_export; an older
Planner drops every row of the record it cannot read, and one that keeps the copy the way it
did, for one place, leaves its own table, which makes this one trust no place's), and a
whole save, which writes a new file, takes the copy along with the records it takes
(carry_copy; a plan saved as another file starts with neither), so a copy that does not
match is never used. Rows compared, not trusted: any writer's edit in place (an older
Planner's, a teammate's sync) shows.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from planner.domain.records import RowChanges
from planner.storage.migrations import transaction

# Each table an event is made from, and its key: RowChanges has a field of each name.
TABLES = {"locations": "id", "people": "id", "roles": "id", "windows": "id", "turns": "id", "shifts": "id",
          "revisions": "item_id"}  # fmt: skip
MARK = "rows"  # the feed_exports kind of the token
_COPY = "exported_"  # the copy of table t is exported_t
_PLACES = "exported_places"  # (folder, token): each place whose record the copy was kept with
_PENDING = "exported_pending"  # (folder, tbl, id): a row changed since that place's record, not in _changed
_ONE_PLACE = "exported_rows"  # an older Planner's _PLACES, for one place: it kept the copy last
# A place owed more rows than this is forgotten instead (its next export works out every digest,
# about as fast): a folder exported into once and never again does not grow the file for ever.
PENDING_AT_MOST = 20_000


@dataclass(frozen=True)
class RowCopy:
    """An export made from the plan file as it is, its rows read having found `read` changed
    since the copy (None: no copy to compare with): what keep_copy refreshes."""

    read: RowChanges | None


def changes_since(db: sqlite3.Connection, folder: str) -> RowChanges | None:
    """The rows changed since the export into `folder` made its record, if the copy is that
    export's; else None (every event's digest is then worked out)."""
    if _token(db, folder) is None:
        return None
    changed = _changed(db)
    for table, ident in db.execute(f"SELECT tbl, id FROM {_PENDING} WHERE folder = ?", (folder,)):
        changed.setdefault(table, []).append(ident)
    return RowChanges(**{table: frozenset(changed.get(table, ())) for table in TABLES})


def keep_copy(db: sqlite3.Connection, folder: str, read: RowChanges | None) -> None:
    """In the transaction that writes the record of the export into `folder`: the copy made
    the rows as that export read them, and the record marked as made with it. `read`: what
    changes_since told the export (its rows then refreshed, and the revisions it wrote,
    which the caller passes in `read.revisions`), None to copy every table whole. The other
    places the copy was kept for are owed what it no longer shows them. The caller holds the
    plan's lock and knows the file unchanged since it was read."""
    tables = _tables(db)
    comparable = _PLACES in tables and _PENDING in tables and _ONE_PLACE not in tables
    comparable = comparable and all(_same_columns(db, table, tables) for table in TABLES)
    others = [place for place in _places(db) if place != folder] if comparable else []
    if others:  # what the copy shows them now differs by what it is brought up to date with
        moved = _changed(db) if read is None else {table: list(getattr(read, table)) for table in TABLES}
        _owe(db, others, moved)
    whole = read is None or not comparable
    for table, key in TABLES.items():
        copy = _COPY + table
        if whole:
            db.execute(f"DROP TABLE IF EXISTS {copy}")
            db.execute(f"CREATE TABLE {copy} AS SELECT * FROM {table}")
            db.execute(f"CREATE UNIQUE INDEX {copy}_key ON {copy} ({key})")
            continue
        assert read is not None
        ids = [(i,) for i in getattr(read, table)]
        db.executemany(f"DELETE FROM {copy} WHERE {key} = ?", ids)
        db.executemany(f"INSERT INTO {copy} SELECT * FROM {table} WHERE {key} = ?", ids)
    import secrets  # (here: the app's first frame imports this module, not hashlib)

    token = secrets.token_hex(8)
    db.execute(f"DROP TABLE IF EXISTS {_ONE_PLACE}")
    _make_bookkeeping(db)
    db.execute(f"DELETE FROM {_PLACES} WHERE folder NOT IN ({', '.join('?' * len(others))})", others)
    db.execute(f"DELETE FROM {_PENDING} WHERE folder NOT IN ({', '.join('?' * len(others))})", others)
    db.execute(f"INSERT INTO {_PLACES} VALUES (?, ?)", (folder, token))
    db.execute("INSERT OR REPLACE INTO feed_exports VALUES (?, ?, '', ?)", (folder, MARK, token))


def _owe(db: sqlite3.Connection, places: list[str], moved: dict[str, list[str]]) -> None:
    """The rows `moved` (by table) listed as changed for each of `places`; a place that would
    then be owed more than PENDING_AT_MOST is forgotten."""
    rows = [(table, ident) for table, ids in moved.items() for ident in ids]
    for place in places:
        (owed,) = db.execute(f"SELECT count(*) FROM {_PENDING} WHERE folder = ?", (place,)).fetchone()
        if owed + len(rows) > PENDING_AT_MOST:
            db.execute(f"DELETE FROM {_PLACES} WHERE folder = ?", (place,))
            db.execute(f"DELETE FROM {_PENDING} WHERE folder = ?", (place,))
            continue
        db.executemany(f"INSERT OR IGNORE INTO {_PENDING} VALUES (?, ?, ?)", [(place, t, i) for t, i in rows])


def _places(db: sqlite3.Connection) -> list[str]:
    """The places whose record holds the token the copy holds for them."""
    tokens = f"SELECT p.folder FROM {_PLACES} p JOIN feed_exports f ON f.folder = p.folder AND f.value = p.token"
    return [place for (place,) in db.execute(f"{tokens} AND f.kind = ?", (MARK,))]


def _make_bookkeeping(db: sqlite3.Connection) -> None:
    db.execute(f"CREATE TABLE IF NOT EXISTS {_PLACES} (folder TEXT NOT NULL UNIQUE, token TEXT NOT NULL)")
    db.execute(f"CREATE TABLE IF NOT EXISTS {_PENDING} (folder TEXT NOT NULL, tbl TEXT NOT NULL, id TEXT NOT NULL)")
    db.execute(f"CREATE UNIQUE INDEX IF NOT EXISTS {_PENDING}_key ON {_PENDING} (folder, tbl, id)")


def carry_copy(db: sqlite3.Connection, source: Path) -> None:
    """Into a whole save's new file (`db`, its plan and records written), the copy of the file
    it replaces (`source`), whose records of exports it carries with their tokens: an export
    after an edit saved whole (a window moved, a shift removed) still compares rows. None
    if that file has no copy, or it cannot be read: the copy only spares work."""
    try:
        db.execute("ATTACH DATABASE ? AS held", (str(source),))
    except sqlite3.Error:
        return
    try:
        held = {name for (name,) in db.execute("SELECT name FROM held.sqlite_master WHERE type = 'table'")}
        if _PLACES not in held or _PENDING not in held or _ONE_PLACE in held:
            return
        if any(_COPY + table not in held for table in TABLES):
            return
        with transaction(db):
            for table, key in TABLES.items():
                db.execute(f"CREATE TABLE {_COPY}{table} AS SELECT * FROM held.{_COPY}{table}")
                db.execute(f"CREATE UNIQUE INDEX {_COPY}{table}_key ON {_COPY}{table} ({key})")
            _make_bookkeeping(db)
            db.execute(f"INSERT INTO {_PLACES} SELECT folder, token FROM held.{_PLACES}")
            db.execute(f"INSERT INTO {_PENDING} SELECT folder, tbl, id FROM held.{_PENDING}")
    except sqlite3.Error:
        return
    finally:
        with contextlib.suppress(sqlite3.Error):  # (the new file is whole without it)
            db.execute("DETACH DATABASE held")


def forget_copy(db: sqlite3.Connection, folder: str) -> None:
    """The record of `folder` being written otherwise: no longer marked as made with the copy."""
    db.execute("DELETE FROM feed_exports WHERE folder = ? AND kind = ?", (folder, MARK))
    tables = _tables(db)
    if _PLACES in tables and _PENDING in tables:  # (nothing kept for it any more)
        db.execute(f"DELETE FROM {_PLACES} WHERE folder = ?", (folder,))
        db.execute(f"DELETE FROM {_PENDING} WHERE folder = ?", (folder,))


def _token(db: sqlite3.Connection, folder: str) -> str | None:
    """The token the folder's record and the copy share, if they do and the copy has every
    table, with its columns as they are (and an older Planner did not keep it since)."""
    tables = _tables(db)
    if _PLACES not in tables or _PENDING not in tables or _ONE_PLACE in tables:
        return None
    if not all(_same_columns(db, table, tables) for table in TABLES):
        return None
    made = db.execute(f"SELECT token FROM {_PLACES} WHERE folder = ?", (folder,)).fetchone()
    marked = db.execute("SELECT value FROM feed_exports WHERE folder = ? AND kind = ?", (folder, MARK)).fetchone()
    if marked is None or made is None or made[0] != marked[0]:
        return None
    return str(marked[0])


def _changed(db: sqlite3.Connection) -> dict[str, list[str]]:
    """By table, the ids of the rows added, changed or removed since the copy was made: each
    compared column by column (IS NOT: a NULL is a value), in SQL."""
    changed = {}
    for table, key in TABLES.items():
        copy, columns = _COPY + table, _columns(db, table)
        differs = " OR ".join(f'c."{column}" IS NOT t."{column}"' for column in columns)
        added_or_changed = f"SELECT t.{key} FROM {table} t LEFT JOIN {copy} c ON c.{key} = t.{key} WHERE {differs}"
        removed = f"SELECT c.{key} FROM {copy} c WHERE NOT EXISTS (SELECT 1 FROM {table} t WHERE t.{key} = c.{key})"
        changed[table] = [i for (i,) in db.execute(added_or_changed)] + [i for (i,) in db.execute(removed)]
    return changed


def _tables(db: sqlite3.Connection) -> set[str]:
    return {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _same_columns(db: sqlite3.Connection, table: str, tables: set[str]) -> bool:
    copy = _COPY + table
    return copy in tables and _columns(db, copy) == _columns(db, table)


def _columns(db: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
