"""The team-plan sync state (domain/sync_state.py) in a .planner file: three tables, written
in the same transaction as the plan they describe."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # (imported where a state is read: the app reads it once its first frame is painted)
    from planner.domain.sync_state import ChangeFeed, SyncState
from planner.storage.timefmt import format_utc, parse_utc

# table: (key columns, value columns)
COLUMNS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "sync_link": (("name",), ("value",)),
    "sync_objects": (("key",), ("href", "etag", "base", "by", "at")),
    "sync_conflicts": (("key",), ("theirs", "etag", "fields", "by", "at")),
}


def _utc(at: Any) -> str:
    return format_utc(at) if at is not None else ""


def rows(
    state: SyncState | None, keys: Iterable[str] | None = None
) -> dict[str, dict[tuple[Any, ...], tuple[Any, ...]]]:
    """The state's rows; `keys`: only those objects' (the rest known to be as they were)."""
    if state is None:
        return {table: {} for table in COLUMNS}
    objects = state.objects if keys is None else {k: state.objects[k] for k in keys if k in state.objects}
    link = {"url": state.url, "user": state.user, "token": state.token, "last_sync": _utc(state.last_sync),
            "last_full": _utc(state.last_full), "feed": _feed_text(state.feed), "who": state.who}  # fmt: skip
    return {
        "sync_link": {(name,): (value,) for name, value in link.items()},
        "sync_objects": {(k,): (o.href, o.etag, o.base, o.by, _utc(o.at)) for k, o in objects.items()},
        "sync_conflicts": {
            (k,): (c.theirs, c.etag, json.dumps(list(c.fields)), c.by, _utc(c.at)) for k, c in state.conflicts.items()
        },
    }


def write_rows(
    db: sqlite3.Connection,
    columns: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]],
    new: dict[str, dict[tuple[Any, ...], tuple[Any, ...]]],
    old: dict[str, dict[tuple[Any, ...], tuple[Any, ...]]],
    fixed: Mapping[str, Any] | None = None,
) -> None:
    """Per table, delete the rows gone and write those new or changed, nothing else. `fixed`:
    key columns with one value for all these rows (they are that part of the table)."""
    prefix, fixed_keys = tuple((fixed or {}).values()), tuple(fixed or {})
    for table, (keys, values) in columns.items():
        now, before = new[table], old[table]
        gone = [(*prefix, *key) for key in before if key not in now]
        if gone:
            where = " AND ".join(f'"{k}" = ?' for k in (*fixed_keys, *keys))
            db.executemany(f"DELETE FROM {table} WHERE {where}", gone)
        changed = sorted((*prefix, *key, *row) for key, row in now.items() if before.get(key) != row)  # (few)
        if changed:
            names = ", ".join(f'"{c}"' for c in (*fixed_keys, *keys, *values))
            marks = ", ".join("?" * (len(fixed_keys) + len(keys) + len(values)))
            db.executemany(f"INSERT OR REPLACE INTO {table} ({names}) VALUES ({marks})", changed)


def write_sync(db: sqlite3.Connection, state: SyncState | None, kept: SyncState | None) -> None:
    """`kept`: the state the file holds. Objects the same (one Python object: a sync passes on
    what it did not touch) are not formatted again, nor written."""
    if state is None or kept is None:
        write_rows(db, COLUMNS, rows(state), rows(kept))
        return
    new, old = state.objects, kept.objects
    differ = [k for k in new.keys() | old.keys() if new.get(k) is not old.get(k)]
    write_rows(db, COLUMNS, rows(state, differ), rows(kept, differ))


def read_sync(db: sqlite3.Connection) -> SyncState | None:
    """The file's sync state; None for a plan not shared. Raises ValueError/KeyError/TypeError
    on damaged rows (the caller says where)."""
    from planner.domain.sync_state import Conflict, SyncedObject, SyncState

    link = dict(db.execute("SELECT name, value FROM sync_link"))
    if not link.get("url"):
        return None

    def at(text: Any) -> Any:
        return parse_utc(text) if text else None

    objects = {
        str(key): SyncedObject(str(href), str(etag), str(base), str(by), at(when))
        for key, href, etag, base, by, when in _all(db, "sync_objects")
    }
    conflicts = {
        str(key): Conflict(str(theirs), str(etag), tuple(str(f) for f in json.loads(fields)), str(by), at(when))
        for key, theirs, etag, fields, by, when in _all(db, "sync_conflicts")
    }
    return SyncState(str(link["url"]), str(link.get("user", "")), str(link.get("token", "")), objects, conflicts,
                     at(link.get("last_sync")), at(link.get("last_full")), _feed(link.get("feed")),
                     str(link.get("who", "")))  # fmt: skip


def _feed_text(feed: ChangeFeed) -> str:
    return json.dumps({
        "token": feed.token, "seen": dict(feed.seen), "writer": feed.writer, "etag": feed.etag, "seq": feed.seq,
        "trimmed": feed.trimmed, "entries": {k: list(v) for k, v in feed.entries.items()}, "unsent": feed.unsent,
        "off": feed.off, "full_seconds": feed.full_seconds,
    }, sort_keys=True)  # fmt: skip


def _feed(text: Any) -> ChangeFeed:
    """A file synced before the change feed has none: an empty one (its next pull is a full one)."""
    from planner.domain.sync_state import ChangeFeed

    if not text:
        return ChangeFeed()
    node = json.loads(text)
    return ChangeFeed(
        str(node["token"]), {str(w): int(n) for w, n in node["seen"].items()}, str(node["writer"]),
        str(node["etag"]), int(node["seq"]), int(node["trimmed"]),
        {str(k): (str(etag), int(n)) for k, (etag, n) in node["entries"].items()}, bool(node["unsent"]),
        bool(node["off"]), float(node["full_seconds"]),
    )  # fmt: skip


def _all(db: sqlite3.Connection, table: str) -> Iterable[tuple[Any, ...]]:
    keys, values = COLUMNS[table]
    names = ", ".join(f'"{c}"' for c in (*keys, *values))
    return db.execute(f"SELECT {names} FROM {table}")
