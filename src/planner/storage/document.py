"""The .planner document: one SQLite file per plan, with a versioned schema."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.domain.model import Plan
from planner.domain.records import FeedExport, FeedToken, PublishedEvent, Records, RowChanges, merge_records
from planner.errors import PlannerError
from planner.fileio import PLAN_SUFFIX, collector_paused, reading_error, replacing
from planner.storage import export_rows, schema
from planner.storage.errors import FileAccessError, NewerVersionError, PlanFormatError, StorageError
from planner.storage.migrations import Migration, migrate, schema_version, transaction
from planner.storage.schema import RecordSpec
from planner.storage.sync_store import read_sync, write_rows, write_sync
from planner.storage.timefmt import format_utc, parse_utc
from planner.words import QT_TRANSLATE_NOOP, tr

# What only the records need (releases, messages, revisions, the team's state) is imported where
# they are read or written: the app reads them once its first frame is painted (document.py).
if TYPE_CHECKING:
    from planner.domain.revisions import Revision
    from planner.domain.sync_state import SyncState

    Synced = tuple[SyncState | None, SyncState | None]  # (the state to write, the state the file holds)

SUFFIX = PLAN_SUFFIX  # (fileio's: its refusals name it too)
# Marks the file as ours for `file(1)` and for us: 'PLNR'.
APPLICATION_ID = 0x504C4E52
SQLITE_MAGIC = b"SQLite format 3\x00"

# ---------------------------------------------------------------------------------- saving


def save_plan(
    plan: Plan,
    path: Path,
    records: Records | None = None,
    sync: Synced | None = None,
    exports: Collection[FeedExport] = (),
) -> None:
    """Write the whole plan (and its records) to a new file and swap it in: the old file
    survives any crash. Records the file already holds for this plan are kept (merged), and
    so is its team-plan sync state, unless `sync` gives the state to write with this plan.
    The records of the last export into each folder (or publish to each server) it holds are
    kept too, but where `exports` (from the file it was saved as before, or of a plan with no
    file to keep them in) has one of the same place."""
    records = merge_records(records or Records(), load_records(path, plan.id))
    state = sync[0] if sync is not None else _held_sync(path, plan.id)
    given = {  # by place, its record's rows
        export.folder: [(export.folder, kind, key, value) for kind, rows in _feed_export_rows(export).items()
                        for key, value in rows.items()]
        for export in exports
    }  # fmt: skip
    exports_rows = [row for row in _held_feed_exports(path, plan.id) if row[0] not in given]
    exports_rows += [row for rows in given.values() for row in rows]
    with replacing(path) as tmp:
        db = _connect(tmp)
        try:
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            migrate(db)
            with transaction(db):
                _write(db, plan)
                _write_records(db, records)
                write_sync(db, state, None)
                db.executemany("INSERT INTO feed_exports (folder, kind, key, value) VALUES (?, ?, ?, ?)", exports_rows)
            if any(kind == export_rows.MARK for _folder, kind, _key, _value in exports_rows):
                export_rows.carry_copy(db, path)  # (with the record made with it)
        except sqlite3.Error as exc:
            raise _sqlite_error(path, exc, writing=True) from None
        finally:
            db.close()


def save_changes(
    plan: Plan, saved: Plan, path: Path, records: Records | None = None, sync: Synced | None = None
) -> bool:
    """Write only what differs from `saved` (what the file holds) in place, in one transaction:
    a small edit of a campaign is a few rows, not the whole file. SQLite's journal keeps the
    write all-or-nothing through a crash. False (nothing written) when the edit is not of that
    kind — a record removed or reordered, days, windows or availability changed, an older
    file — and then save_plan writes the whole file. `records` None: the file's records are
    left as they are (the caller knows it has them all), neither read nor written. `sync`:
    (the team-plan state to store with this plan, the state the file holds)."""
    rows = _changed_rows(plan, saved)
    if rows is None or schema.writable_problem(plan, {spec.table: [*c, *a] for spec, c, a in rows}):
        return False  # (the whole plan is written then, or refused, saying why)
    with _open_for_update(path) as db:
        if db is None:
            return False
        with transaction(db):
            _insert(db, schema.PLAN, [schema.PLAN.dump(plan)], replace=True)
            for spec, changed, added in rows:
                _update(db, spec, changed)
                _insert(db, spec, [spec.dump(r) for r in added])
            if records is not None:
                kept = _read_records(db, path)
                _write_records(db, merge_records(records, kept), kept)
            if sync is not None:
                write_sync(db, *sync)
    return True


def _changed_rows(plan: Plan, saved: Plan) -> list[tuple[RecordSpec, list[Any], list[Any]]] | None:
    """Per table, the records changed in place and those added at the end; None when the edit
    did anything else (then the whole file is written)."""
    if plan.id != saved.id or plan.days != saved.days or plan.availability != saved.availability:
        return None
    rows = []
    for spec in (schema.LOCATIONS, schema.PEOPLE, schema.ROLES, schema.TURNS, schema.SHIFTS, schema.JOURNALISTS):
        new, old = getattr(plan, spec.table), getattr(saved, spec.table)
        if new is old:
            continue
        if len(new) < len(old) or any(a.id != b.id for a, b in zip(old, new, strict=False)):
            return None  # removed or reordered: the file's order would differ from the plan's
        changed = [b for a, b in zip(old, new, strict=False) if a is not b and a != b]
        rows.append((spec, changed, list(new[len(old) :])))
    return rows


def _update(db: sqlite3.Connection, spec: RecordSpec, records: list[Any]) -> None:
    if not records:
        return
    assignments = ", ".join(f'"{c}" = ?' for c in spec.columns)
    db.executemany(
        f"UPDATE {spec.table} SET {assignments} WHERE id = ?",
        ([*spec.row(spec.dump(r)), r.id] for r in records),
    )


def _write(db: sqlite3.Connection, plan: Plan) -> None:
    problem = schema.writable_problem(plan)
    if problem:
        raise StorageError(tr("cannot save: {problem}", problem=problem))
    tree = schema.dump_plan(plan)
    _insert(db, schema.PLAN, [tree["plan"]])
    for spec in schema.TABLES:
        _insert(db, spec, tree[spec.table])
        if spec.children:
            child, key = spec.children, spec.key or ""
            nodes = [(node[key], c) for node in tree[spec.table] for c in node[child.spec.table]]
            _insert(db, child.spec, [c for _, c in nodes], (child.parent_column, [k for k, _ in nodes]))


def _insert(
    db: sqlite3.Connection,
    spec: RecordSpec,
    nodes: list[dict[str, Any]],
    parent: tuple[str, list[Any]] | None = None,
    replace: bool = False,
) -> None:
    columns = spec.columns + ([parent[0]] if parent else [])
    names = _names(columns)
    rows = (spec.row(node) for node in nodes)
    if parent:
        rows = ([*row, key] for row, key in zip(rows, parent[1], strict=True))
    verb = "INSERT OR REPLACE" if replace else "INSERT"
    db.executemany(f"{verb} INTO {spec.table} ({names}) VALUES ({', '.join('?' * len(columns))})", rows)


# Each kind of record: its table, key columns, value columns, and how a record becomes a row.
def _record_rows(records: Records) -> dict[str, dict[tuple[Any, ...], tuple[Any, ...]]]:
    """Per table, key -> the rest of its row: what `_write_records` compares and writes."""
    from planner.storage.records_codec import release_to_dict, sent_to_dict

    return {
        "revisions": {
            (item,): (r.sequence, r.fingerprint, format_utc(r.modified)) for item, r in records.revisions.items()
        },
        "releases": {(r.number,): (json.dumps(release_to_dict(r), ensure_ascii=False),) for r in records.releases},
        "sent_messages": {(email, uid): (json.dumps(sent_to_dict(m)),) for (email, uid), m in records.sent.items()},
        "send_failures": {(email, uid): (format_utc(at), why) for (email, uid), (at, why) in records.failures.items()},
        "published": {
            (c, uid): (e.href, e.etag, e.fingerprint, format_utc(e.at)) for (c, uid), e in records.published.items()
        },
        "feed_tokens": {(person,): (t.token, format_utc(t.at)) for person, t in records.tokens.items()},
    }


_RECORD_COLUMNS = {
    "revisions": (("item_id",), ("sequence", "fingerprint", "modified")),
    "releases": (("number",), ("snapshot",)),
    "sent_messages": (("email", "uid"), ("record",)),
    "send_failures": (("email", "uid"), ("at", "reason")),
    "published": (("collection", "uid"), ("href", "etag", "fingerprint", "at")),
    "feed_tokens": (("person_id",), ("token", "at")),
}


def _write_records(db: sqlite3.Connection, records: Records, kept: Records | None = None) -> None:
    """Store `records` over `kept` (what the file holds): only the rows that differ are
    written or deleted — a campaign publishes 100,000 events and one edit changes a few."""
    write_rows(db, _RECORD_COLUMNS, _record_rows(records), _record_rows(kept or Records()))


def add_records(path: Path, changes: Records) -> None:
    """Store newly made records (what one publish step put on the server, the revisions of
    one export) in place: each merged with what the file holds under the same key, nothing
    else read or written, so keeping a few rows costs a few rows however many the file has."""
    with _open_for_update(path) as db:
        if db is None:  # an older schema: the full way, which brings it up to date
            write_records(path, changes)
            return
        with transaction(db):
            kept = _read_records(db, path, only=changes)
            _write_records(db, merge_records(changes, kept), kept)


def write_records(path: Path, records: Records) -> None:
    """Store the records in place, in one transaction, without touching the plan in the file.

    A file of an older schema is first brought up to date by a full (atomic) save of the
    plan it holds, which is what it contains already.
    """
    with _open_for_update(path) as db:
        if db is None:
            plan, kept = load_document_file(path)
            save_plan(plan, path, merge_records(records, kept))
            return
        with transaction(db):
            kept = _read_records(db, path)  # never undo what another copy recorded
            _write_records(db, merge_records(records, kept), kept)


FEED_EXPORTS_SINCE = 9  # the schema version that added them


def load_feed_export(path: Path, folder: str) -> FeedExport | None:
    """The file's record of the last export into `folder` (a resolved path); None if it has
    none, or none it can read: the record only spares work (the export then makes every
    file), and publish/feeds.py takes no file it names as it is without looking at it."""
    try:
        _check_header(path)
        _finish_interrupted_write(path)
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            if db.execute("PRAGMA user_version").fetchone()[0] < FEED_EXPORTS_SINCE:
                return None
            rows = db.execute("SELECT kind, key, value FROM feed_exports WHERE folder = ?", (folder,)).fetchall()
        finally:
            db.close()
        return _feed_export(folder, rows) if rows else None
    except (PlannerError, sqlite3.Error, ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        return None


def load_row_changes(path: Path, folder: str) -> RowChanges | None:
    """The plan's rows changed since the export into `folder` (a resolved path) made its
    record, if the file kept a copy of them with it (storage/export_rows.py); None if not,
    or if it cannot tell (every event's digest is then worked out, as without a copy)."""
    try:
        _check_header(path)
        _finish_interrupted_write(path)
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            if db.execute("PRAGMA user_version").fetchone()[0] != schema_version():
                return None
            return export_rows.changes_since(db, folder)
        finally:
            db.close()
    except (PlannerError, sqlite3.Error):
        return None


def keep_feed_export(
    path: Path,
    folder: str,
    export: FeedExport | None,
    before: FeedExport | None,
    copy: export_rows.RowCopy | None = None,
) -> None:
    """Store the record of the export just made into `folder` (None: forget the folder's, as
    after a publish a conflict stopped) over `before`, the record the file holds (the plan's
    lock held since it was read): in place, only the rows that differ (one edit changes a
    few of a campaign's 36,000: the window waits for them). A file of an older schema keeps
    none until saved whole. `copy`: the export was made from the file's plan as it is, which
    it read having found these rows changed (storage/export_rows.py): a copy of the rows is
    kept with the record, for the next export to compare with."""
    with _open_for_update(path) as db:
        if db is None:
            return
        with transaction(db):
            export_rows.forget_copy(db, folder)
            if export is None:
                db.execute("DELETE FROM feed_exports WHERE folder = ?", (folder,))
                return
            if before is None:  # (anything the file holds for the folder is replaced)
                db.execute("DELETE FROM feed_exports WHERE folder = ?", (folder,))
            new, old = _feed_export_rows(export), _feed_export_rows(before)
            for kind, rows in new.items():
                held = old.get(kind, {})
                if rows == held:
                    continue
                differ = [key for key, value in rows.items() if held.get(key) != value]  # (few)
                differ += [key for key in held if key not in rows]
                was = {"feed_exports": {(key,): (held[key],) for key in differ if key in held}}
                now = {"feed_exports": {(key,): (rows[key],) for key in differ if key in rows}}
                write_rows(db, FEED_EXPORT_COLUMNS, now, was, fixed={"folder": folder, "kind": kind})
            if copy is not None and export.items:
                export_rows.keep_copy(db, folder, copy.read)


FEED_EXPORT_COLUMNS = {"feed_exports": (("key",), ("value",))}  # (of one folder's rows of one kind)


def _feed_export_rows(export: FeedExport | None) -> dict[str, Mapping[str, str]]:
    """A record of an export as rows, by kind: its context, each item's and feed's digest,
    each file's digest, size and time of writing, each feed's path; of a publish, each
    calendar's name's digest."""
    if export is None:
        return {}
    files = {name: f"{digest} {size} {at}" for name, (digest, size, at) in export.files.items()}
    context = {"": export.context, **({"listed": format_utc(export.listed)} if export.listed is not None else {}),
               **({"checked": format_utc(export.checked)} if export.checked is not None else {})}  # fmt: skip
    return {"context": context, "item": export.items, "feed": export.feeds, "file": files, "path": export.paths,
            "calendar": export.calendars}  # fmt: skip


def _feed_export(folder: str, rows: Iterable[tuple[str, str, str]]) -> FeedExport:
    by_kind: dict[str, dict[str, str]] = {"context": {}, "item": {}, "feed": {}, "file": {}, "path": {}, "calendar": {}}
    for kind, key, value in rows:
        if kind != export_rows.MARK:  # (the copy's token: changes_since reads it)
            by_kind[kind][key] = value  # (a kind unknown, a newer Planner's: no record, a whole export)
    files = {}
    for name, value in by_kind["file"].items():
        digest, size, at = value.split(" ")
        files[name] = (digest, int(size), int(at))
    listed = by_kind["context"].get("listed")  # (none before Planner kept it: the next publish lists)
    checked = by_kind["context"].get("checked")  # (and checks)
    return FeedExport(folder, by_kind["context"][""], by_kind["item"], files, by_kind["feed"], by_kind["path"],
                      by_kind["calendar"], parse_utc(listed) if listed else None,
                      parse_utc(checked) if checked else None)  # fmt: skip


def load_feed_exports(path: Path, plan_id: str) -> list[FeedExport]:
    """The file's records of the last export into each folder (or publish to each server), if
    it holds the plan `plan_id` (Save As takes them into the new file)."""
    by_place: dict[str, list[tuple[str, str, str]]] = {}
    for place, kind, key, value in _held_feed_exports(path, plan_id):
        by_place.setdefault(place, []).append((kind, key, value))
    found = []
    for place, rows in by_place.items():
        try:
            found.append(_feed_export(place, rows))
        except (ValueError, KeyError):  # (a damaged one is none: a record only spares work, and keeps names)
            continue
    return found


def _held_feed_exports(path: Path, plan_id: str) -> list[tuple[str, str, str, str]]:
    """What save_plan carries over from the file it replaces: its records of exports, if it
    holds the same plan (they name the plan's id, so another plan's would go unused)."""
    try:
        _check_header(path)
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            if db.execute("PRAGMA user_version").fetchone()[0] < FEED_EXPORTS_SINCE:
                return []
            if db.execute("SELECT id FROM plan").fetchone() != (plan_id,):
                return []
            return db.execute("SELECT folder, kind, key, value FROM feed_exports").fetchall()
        finally:
            db.close()
    except (PlannerError, sqlite3.Error):
        return []


def load_records(path: Path, plan_id: str) -> Records:
    """The records the file holds if it holds the plan `plan_id`; else none. Saving merges
    them in (domain/records.merge_records), so what left the machine is never forgotten."""
    if not path.exists():
        return Records()
    try:
        held_id, records = _plan_id_and_records(path)
    except PlannerError:  # not a plan, or a damaged one: nothing of it to keep
        return Records()
    return records if held_id == plan_id else Records()


def load_sync(path: Path, plan_id: str | None = None) -> SyncState | None:
    """The file's team-plan sync state; None for a plan not shared (or a file older than it,
    or, with `plan_id`, a file holding another plan)."""
    _check_header(path)
    _finish_interrupted_write(path)
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            if db.execute("PRAGMA user_version").fetchone()[0] < 8:
                return None
            if plan_id is not None and db.execute("SELECT id FROM plan").fetchone() != (plan_id,):
                return None
            return read_sync(db)
        finally:
            db.close()
    except sqlite3.Error as exc:
        raise _sqlite_error(path, exc) from None
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise PlanFormatError(
            tr("{path}: the plan's link to its server is damaged ({why})", path=path, why=exc)
        ) from None


def _held_sync(path: Path, plan_id: str) -> SyncState | None:
    """What save_plan carries over from the file it replaces: its sync state, if it holds
    the same plan (a plan saved over another's is not linked to that one's server)."""
    if not path.exists():
        return None
    try:
        return load_sync(path, plan_id)
    except PlannerError:
        return None


def _plan_id_and_records(path: Path) -> tuple[str, Records]:
    """Without reading the whole plan (a save at campaign scale does this every time)."""
    _check_header(path)
    _finish_interrupted_write(path)
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            if db.execute("PRAGMA user_version").fetchone()[0] != schema_version():
                plan, records = load_document_file(path)
                return plan.id, records
            row = db.execute("SELECT id FROM plan").fetchone()
            return str(row[0]) if row else "", _read_records(db, path)
        finally:
            db.close()
    except sqlite3.Error as exc:
        raise _sqlite_error(path, exc) from None
    except UnicodeDecodeError:
        raise PlanFormatError(tr("{path}: the plan file is damaged (text that is not UTF-8)", path=path)) from None


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
            raise NewerVersionError(
                tr("{path}: saved by a newer Planner; update Planner — the file was not changed", path=path)
            )
        yield db if version == schema_version() else None
    except sqlite3.Error as exc:
        raise _sqlite_error(path, exc, writing=True) from None
    finally:
        db.close()


def copy_plan_file(source: Path, target: Path) -> None:
    """`source` as it is now, copied to `target` page by page (SQLite's backup, in C, not
    holding Python's lock): whole and consistent even while another connection writes it."""
    try:
        with (
            contextlib.closing(sqlite3.connect(source, timeout=5)) as db,
            contextlib.closing(sqlite3.connect(target)) as copy,
        ):
            db.backup(copy)
    except sqlite3.Error as exc:
        raise _sqlite_error(target, exc, writing=True) from None


def load_document_file(path: Path) -> tuple[Plan, Records]:
    """The plan and its records (empty for files older than them)."""
    return _load(path, None, with_records=True)


# ---------------------------------------------------------------------------------- loading


def load_plan(path: Path, migrations: list[Migration] | None = None) -> Plan:
    """Read a .planner file. Older files are migrated in memory; the file itself is not touched."""
    return _load(path, migrations, with_records=False)[0]


def _load(path: Path, migrations: list[Migration] | None, *, with_records: bool) -> tuple[Plan, Records]:
    with _reading(path, migrations) as db:
        plan = _read(db, path)
        return plan, (_read_records(db, path) if with_records else Records())


def load_plan_and_revisions(path: Path) -> tuple[Plan, dict[str, Revision]]:
    """The plan and its events' revisions, none of the other records: what an export needs
    (a published campaign's file holds 110,000 more, ~0.3 s to read)."""
    with _reading(path, None) as db:
        plan = _read(db, path)
        with collector_paused():
            return plan, _read_revisions(db, path, None)


def load_document_records(path: Path) -> Records:
    """The file's records alone, read and checked as load_document_file reads them: the app
    reads a published campaign's (130,000 rows, ~0.2 s) once its first frame is painted."""
    with _reading(path, None) as db, collector_paused():
        return _read_records(db, path)


@contextlib.contextmanager
def _reading(path: Path, migrations: list[Migration] | None) -> Iterator[sqlite3.Connection]:
    """The file opened read-only (an older one migrated in memory), its errors said as the
    organizer's: what the file is, not what SQLite called it."""
    _check_header(path)
    _finish_interrupted_write(path)
    try:
        source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise _sqlite_error(path, exc) from None
    try:
        app_id = source.execute("PRAGMA application_id").fetchone()[0]
        if app_id not in (0, APPLICATION_ID):
            raise PlanFormatError(tr("{path}: this SQLite file is not a Planner plan", path=path))
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
            yield db
        finally:
            if db is not source:
                db.close()
    except NewerVersionError as exc:
        raise NewerVersionError(tr("{path}: {problem}", path=path, problem=exc.text)) from None
    except sqlite3.Error as exc:
        raise _sqlite_error(path, exc) from None
    except UnicodeDecodeError as exc:  # sqlite3 decodes each text value as it is fetched
        raise PlanFormatError(
            tr("{path}: the plan file is damaged (text that is not UTF-8: {why})", path=path, why=exc.reason)
        ) from None
    finally:
        source.close()


def _finish_interrupted_write(path: Path) -> None:
    """A writer killed inside a transaction leaves a "hot" journal beside the file, which only
    a read-write connection rolls back; reading it read-only fails. Roll it back first (SQLite
    leaves alone the journal of a writer that is still running)."""
    try:
        if os.stat(f"{path}-journal").st_size == 0:
            return
    except OSError:
        return
    try:
        db = sqlite3.connect(path, timeout=5)
        try:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            db.close()
    except sqlite3.Error as exc:
        reason = _sqlite_error(path, exc, writing=True)
        raise FileAccessError(
            tr(
                "{reason}; a write to the plan was interrupted and must be undone before it can be read: open it where "
                "it can be written",
                reason=reason.text,
            )
        ) from None


def _check_header(path: Path) -> None:
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise reading_error(path, exc) from None
    if header != SQLITE_MAGIC:
        raise PlanFormatError(tr("{path}: not a Planner plan (not an SQLite file)", path=path))


def _read(db: sqlite3.Connection, path: Path) -> Plan:
    """The rows read by the same strict rules as a JSON file, with the same located errors."""

    def rows(spec: RecordSpec, parent: str | None) -> list[tuple[Any, ...]]:
        columns = [*spec.columns, *([parent] if parent else [])]
        return db.execute(f"SELECT {_names(columns)} FROM {spec.table} ORDER BY rowid").fetchall()

    with collector_paused():
        return schema.read_plan(rows, str(path))


def _names(columns: list[str]) -> str:
    """Column names for SQL, each quoted ("end" is a keyword)."""
    return ", ".join(f'"{c}"' for c in columns)


KEYS_PER_QUERY = 500  # (SQLite allows 32,766 values to a query)


def _read_records(db: sqlite3.Connection, path: Path, only: Records | None = None) -> Records:
    """The file's records; `only`: just those under the keys `only` has — of messages and
    failures, both under the keys of either (a sending stored drops an earlier failure) — and
    the releases, a few rows at most, whole. A campaign's sending records 2,460 schedule
    e-mails one at a time: read whole, each was slower than the last."""
    from planner.storage.records_codec import release_from_dict, sent_from_dict

    def rows(table: str, columns: str, keys: str, wanted: Iterable[Any] | None) -> Iterable[tuple[Any, ...]]:
        query = f"SELECT {columns} FROM {table}"
        if wanted is None:
            return db.execute(query)
        # A few hundred keys to a query (a first export asks for 31,800 revisions at once),
        # those of a key's first columns together, so that SQLite finds each by the table's key.
        *first, last = keys.split(", ")
        where = "".join(f"{k} = ? AND " for k in first) + f"{last} IN "
        by_first: dict[tuple[Any, ...], list[Any]] = defaultdict(list)
        for key in wanted:
            key = key if isinstance(key, tuple) else (key,)
            by_first[key[:-1]].append(key[-1])
        found: list[tuple[Any, ...]] = []
        for prefix, lasts in by_first.items():
            for start in range(0, len(lasts), KEYS_PER_QUERY):
                chunk = lasts[start : start + KEYS_PER_QUERY]
                marks = ", ".join("?" * len(chunk))
                found.extend(db.execute(f"{query} WHERE {where}({marks})", [*prefix, *chunk]))
        return found

    revisions = _read_revisions(db, path, rows("revisions", "item_id, sequence, fingerprint, modified", "item_id",
                                               only.revisions if only else None))  # fmt: skip
    try:
        releases = tuple(
            release_from_dict(json.loads(snapshot))
            for (snapshot,) in db.execute("SELECT snapshot FROM releases ORDER BY number")
        )
        messages = None if only is None else {*only.sent, *only.failures}
        sent = {
            (email, uid): sent_from_dict(json.loads(record))
            for email, uid, record in rows("sent_messages", "email, uid, record", "email, uid", messages)
        }
        failures = {
            (email, uid): (parse_utc(at), why)
            for email, uid, at, why in rows("send_failures", "email, uid, at, reason", "email, uid", messages)
        }
        published = {
            (collection, uid): PublishedEvent(str(href), str(etag), str(fingerprint), parse_utc(at))
            for collection, uid, href, etag, fingerprint, at in rows(
                "published",
                "collection, uid, href, etag, fingerprint, at",
                "collection, uid",
                only.published if only else None,
            )
        }
        tokens = {
            str(person): FeedToken(str(token), parse_utc(at))
            for person, token, at in rows(
                "feed_tokens", "person_id, token, at", "person_id", only.tokens if only else None
            )
        }
    except (ValueError, KeyError, TypeError, AttributeError, OverflowError, RecursionError) as exc:
        raise _damaged_records(path, exc) from None
    return Records(revisions, releases, sent, failures, published, tokens)


def _read_revisions(db: sqlite3.Connection, path: Path, rows: Iterable[tuple[Any, ...]] | None) -> dict[str, Revision]:
    """The events' revisions (`rows`: those asked for, else all)."""
    from planner.domain.revisions import Revision

    if rows is None:
        rows = db.execute("SELECT item_id, sequence, fingerprint, modified FROM revisions")
    rows = list(rows)
    try:
        # Each moment read once: a published campaign's 31,800 revisions were made at a few.
        moments = {text: parse_utc(text) for text in {modified for _, _, _, modified in rows}}
        return {item: Revision(sequence, fingerprint, moments[modified]) for item, sequence, fingerprint, modified
                in rows}  # fmt: skip
    except (ValueError, KeyError, TypeError, AttributeError, OverflowError, RecursionError) as exc:
        raise _damaged_records(path, exc) from None


def _damaged_records(path: Path, exc: Exception) -> PlanFormatError:
    return PlanFormatError(
        tr("{path}: the records of releases and sent messages are damaged ({why})", path=path, why=exc)
    )


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA foreign_keys = OFF")  # references are checked before writing (writable_problem)
    return db


# SQLite's primary result codes (the low byte of the extended code), by what they mean to
# the organizer: the machine refused, or the file is not what it should be.
_IN_USE = {"SQLITE_BUSY", "SQLITE_LOCKED"}
_ENVIRONMENT = {
    "SQLITE_READONLY": QT_TRANSLATE_NOOP("", "{path}: the file or folder is read-only"),
    "SQLITE_FULL": QT_TRANSLATE_NOOP("", "{path}: the disk is full"),
    "SQLITE_CANTOPEN": QT_TRANSLATE_NOOP("", "{path}: cannot open the file"),
    "SQLITE_PERM": QT_TRANSLATE_NOOP("", "{path}: permission denied"),
    "SQLITE_IOERR": QT_TRANSLATE_NOOP("", "{path}: the disk could not be read or written"),
}
_DAMAGED = {"SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_FORMAT", "SQLITE_MISMATCH"}


def _sqlite_error(path: Path, exc: sqlite3.Error, writing: bool = False) -> PlannerError:
    """The error for the organizer, chosen by SQLite's result code, not by message text."""
    name = _primary_name(exc)
    if name in _IN_USE:
        return FileAccessError(tr("{path}: the file is in use by another program; try again", path=path))
    if name in _ENVIRONMENT:
        return FileAccessError(tr(_ENVIRONMENT[name], path=path))
    if name in _DAMAGED or (name == "SQLITE_ERROR" and not writing):
        # SQLITE_ERROR on reading: a table or column this version expects is not there.
        return PlanFormatError(tr("{path}: the plan file is damaged or not a Planner plan ({why})", path=path, why=exc))
    if writing:
        return StorageError(tr("{path}: cannot write the plan ({why})", path=path, why=exc))
    return StorageError(tr("{path}: cannot read the plan ({why})", path=path, why=exc))


def _primary_name(exc: sqlite3.Error) -> str:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return "SQLITE_ERROR" if isinstance(exc, sqlite3.OperationalError) else ""
    return _PRIMARY_NAMES.get(code & 0xFF, "")


_PRIMARY_NAMES = {1: "SQLITE_ERROR", 3: "SQLITE_PERM", 5: "SQLITE_BUSY", 6: "SQLITE_LOCKED", 8: "SQLITE_READONLY",
                  10: "SQLITE_IOERR", 11: "SQLITE_CORRUPT", 13: "SQLITE_FULL", 14: "SQLITE_CANTOPEN",
                  20: "SQLITE_MISMATCH", 24: "SQLITE_FORMAT", 26: "SQLITE_NOTADB"}  # fmt: skip
