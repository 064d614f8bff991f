"""Reading and writing plans: the .planner document and JSON interchange (the only sqlite3 user)."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from planner.domain.model import Plan
from planner.domain.records import FeedExport, Records, RowChanges, changed_since, merge_records
from planner.errors import PlannerError
from planner.fileio import FileStamp, file_stamp
from planner.storage.document import (
    add_records,
    keep_feed_export,
    load_document_file,
    load_document_records,
    load_feed_export,
    load_feed_exports,
    load_plan,
    load_plan_and_revisions,
    load_records,
    load_row_changes,
    save_changes,
    save_plan,
    write_records,
)
from planner.storage.document import (
    load_sync as load_document_sync,
)
from planner.storage.errors import (
    ChangedOnDiskError,
    FileAccessError,
    NewerVersionError,
    PlanFormatError,
    StorageError,
)
from planner.storage.export_rows import RowCopy
from planner.storage.lock import Holder, PlanLock, PlanLockedError, lock_holder, lock_plan
from planner.words import tr

# The JSON reader, and the records' and team's types, are imported where they are used: the
# app's first frame needs no records (read once it is painted: ui/document.py), nor the JSON
# reader for a .planner file.
if TYPE_CHECKING:
    from planner.domain.revisions import Revision
    from planner.domain.sync_state import SyncState

__all__ = [
    "ChangedOnDiskError",
    "FileAccessError",
    "FileStamp",
    "Holder",
    "NewerVersionError",
    "PlanFormatError",
    "PlanLock",
    "PlanLockedError",
    "StorageError",
    "check_unchanged",
    "exports_kept",
    "file_stamp",
    "keep_last_export",
    "load_any",
    "load_document",
    "load_document_records",
    "load_for_export",
    "load_last_export",
    "load_row_changes_since",
    "load_sync",
    "lock_holder",
    "lock_plan",
    "record_export",
    "record_publication",
    "records_kept",
    "save_any",
    "save_synced",
]


def load_any(path: Path) -> Plan:
    """A plan from a .planner document or a .json interchange file, chosen by extension."""
    if path.suffix.lower() == ".json":
        from planner.storage.json_format import read_json

        return read_json(path)
    return load_plan(path)


def load_document(path: Path) -> tuple[Plan, Records]:
    """The plan and the records of what left the machine (feeds, releases, messages)."""
    if path.suffix.lower() == ".json":
        from planner.storage.json_format import read_json_document

        return read_json_document(path)
    return load_document_file(path)


def load_sync(path: Path, plan_id: str | None = None) -> SyncState | None:
    """The plan file's team-plan sync state; None for a plan not shared (a JSON plan never
    is: a shared plan is a .planner document), or, with `plan_id`, a file of another plan."""
    if path.suffix.lower() == ".json":
        return None
    return load_document_sync(path, plan_id)


def load_for_export(path: Path) -> tuple[Plan, dict[str, Revision]]:
    """The plan and the revisions of its events as last exported: what an export needs, not
    the other records (what a calendar server holds, messages sent)."""
    if path.suffix.lower() == ".json":
        from planner.storage.json_format import read_json_document

        plan, records = read_json_document(path)
        return plan, dict(records.revisions)
    return load_plan_and_revisions(path)


def save_any(
    plan: Plan,
    path: Path,
    records: Records | None = None,
    *,
    expected: FileStamp | None = None,
    saved: Plan | None = None,
    copied_from: Path | None = None,
    exports: Collection[FeedExport] = (),
) -> FileStamp | None:
    """Write the plan; what the file recorded for this plan is kept (merged), never rolled back.

    With `expected` (the file's stamp when it was read), a file someone else wrote since is
    not overwritten: ChangedOnDiskError. With `saved` (the plan the file holds, as read or
    last written), a small edit is written in place as the few rows it changed. A file saved
    whole takes the records of the last exports and publishes from `copied_from` (the plan's
    file, on Save As) and `exports` (those a plan with no file made): so the next export into
    a folder names its files as the last did (a .json file keeps only those names, of the
    exports into folders: FeedExport.names_only). Returns the stamp of what was written.
    """
    check_unchanged(path, expected)
    in_place = saved is not None and expected is not None and not _is_json(path)
    if in_place and saved is not None and save_changes(plan, saved, path, records):
        return file_stamp(path)
    if copied_from is not None and copied_from != path:
        exports = (*exports_kept(copied_from, plan.id).values(), *exports)
    if _is_json(path):
        from planner.storage.json_format import write_json

        held, held_exports = _json_kept(path, plan.id)
        given = {export.folder: export.names_only() for export in exports if _is_folder(export.folder)}
        write_json(plan, path, merge_records(records or Records(), held), (held_exports | given).values())
    else:
        save_plan(plan, path, records, exports=exports)  # merges the file's records itself
    return file_stamp(path)


def save_synced(path: Path, plan: Plan, saved: Plan | None, records: Records | None, state: SyncState,
                kept: SyncState | None) -> None:  # fmt: skip
    """A team plan after a sync: the plan (`saved`: what the file held, so a few changed rows
    are written in place), the records teammates added (None: the file's are left as they
    are), and the sync state (`kept`: what the file held), all in one transaction — a plan and
    the base it was merged against never part."""
    if saved is not None and path.exists() and save_changes(plan, saved, path, records, (state, kept)):
        return
    save_plan(plan, path, records, (state, kept))


def record_publication(
    path: Path,
    records: Records,
    *,
    expected: FileStamp | None = None,
    changes: Records | None = None,
    export: FeedExport | None = None,
    export_before: FeedExport | None = None,
    rows_read: RowChanges | Literal["all"] | None = None,
) -> FileStamp | None:
    """Store the records in the plan file (merged with those it has), leaving its plan as it is.
    `changes`, if given, are all that is new in `records` (a publish step's events): in a
    .planner file only those rows are then read and written. `export`: the record of the
    export (or publish) just made, kept for its place over `export_before`, what
    load_last_export read (see keep_last_export), with the rest: one write, as the returned
    stamp says; None with `export_before`: that place's record forgotten. `rows_read`: the
    export was made from the file's plan as `expected` (its lock held since), having found
    these rows changed since the last (load_row_changes; "all": it found no copy to compare
    with): the file keeps a copy of the rows with the record, for the next to compare with.

    Returns the file's new stamp if the file was as `expected` before (our write is then the
    only change), else None: whoever holds a stamp must still notice the other writer."""
    unchanged = expected is None or file_stamp(path) == expected
    place = export or export_before
    if _is_json(path):
        _rewrite_json(path, records, place.folder if place is not None else None, export)
        return file_stamp(path) if unchanged else None
    if changes is not None:
        add_records(path, changes)
    else:
        write_records(path, records)
    copy = None
    if rows_read is not None and unchanged:
        read = None if rows_read == "all" else rows_read
        if read is not None:  # (and the revisions written now; all, for all that is known)
            read = read.with_revisions(changes.revisions) if changes is not None else None
        copy = RowCopy(read)
    if place is not None:
        keep_feed_export(path, place.folder, export, export_before, copy)
    return file_stamp(path) if unchanged else None


def record_export(
    path: Path,
    records: Records,
    revisions: Mapping[str, Revision],
    export: FeedExport | None,
    *,
    expected: FileStamp | None,
    export_before: FeedExport | None,
    rows_read: RowChanges | Literal["all"] | None,
) -> tuple[Records, FileStamp | None]:
    """The record of an export into a folder just made from the plan with `records` (`planner
    export`'s, the app's worker's): its `revisions` (SEQUENCE, digests) in the file, only those
    that changed written, and `export` kept over `export_before`, as record_publication says
    (`rows_read` too). Returns the records with the revisions, and the file's new stamp (None
    if it was not as `expected`)."""
    after = records.with_revisions(revisions)
    stamp = record_publication(path, after, expected=expected, changes=changed_since(records, after), export=export,
                               export_before=export_before, rows_read=rows_read)  # fmt: skip
    return after, stamp


def load_last_export(path: Path, where: Path | str) -> FeedExport | None:
    """What the plan file recorded of the last export into `where`, a folder, or of the last
    publish there, a calendar home's URL (publish/feeds.py takes again what did not change);
    None if nothing. A .json plan keeps only the names of the files of its exports into
    folders (FeedExport.names_only): a person renamed keeps their file there too."""
    if not _is_json(path):
        return load_feed_export(path, _place(where))
    if not _is_folder(_place(where)):
        return None
    from planner.storage.json_format import read_json_exports

    return read_json_exports(path).get(_place(where))


def load_row_changes_since(path: Path, where: Path | str, expected: FileStamp | None = None) -> RowChanges | None:
    """The plan file's rows changed since the last export into `where` made its record, if
    the file kept a copy of them then (record_publication's `rows_read`); else None. None
    too unless the file is as `expected` (the plan exported was read then), before and
    after the rows are compared: rows someone else wrote meanwhile are not the plan's."""
    if _is_json(path) or (expected is not None and file_stamp(path) != expected):
        return None
    since = load_row_changes(path, _place(where))
    return since if expected is None or file_stamp(path) == expected else None


def keep_last_export(
    path: Path,
    where: Path | str,
    export: FeedExport | None,
    before: FeedExport | None,
    *,
    rows_read: RowChanges | Literal["all"] | None = None,
    expected: FileStamp | None = None,
) -> None:
    """Record the export just made into `where` (or publish there) in the plan file, in place
    (None: forget what it held of that place) over `before`, what load_last_export read of
    it, the plan's lock held since. A .json plan keeps only a folder's (load_last_export).
    `rows_read`, as record_publication's (with the revisions written since in it): a copy of
    the rows is kept with the record if the file is as `expected` (only our writes since)."""
    if not _is_json(path):
        copy = None
        if rows_read is not None and expected is not None and file_stamp(path) == expected:
            copy = RowCopy(None if rows_read == "all" else rows_read)
        keep_feed_export(path, _place(where), export, before, copy)
    elif _is_folder(_place(where)):
        _rewrite_json(path, None, _place(where), export)


def _rewrite_json(path: Path, records: Records | None, place: str | None, export: FeedExport | None) -> None:
    """A .json plan's file written again: its plan, `records` merged into those it holds, and
    the record of the export into the folder `place` (a publish's is not kept) replaced by
    `export`'s names (None: forgotten)."""
    from planner.storage.json_format import read_json_file, write_json

    plan, held, exports = read_json_file(path)
    kept = dict(exports)
    if place is not None and _is_folder(place):
        exports.pop(place, None)
        if export is not None:
            exports[place] = export.names_only()
    merged = merge_records(records or Records(), held)
    if merged == held and exports == kept:
        return  # (it holds them all already: a cron job's export with nothing new writes nothing)
    write_json(plan, path, merged, exports.values())


def exports_kept(path: Path, plan_id: str) -> dict[str, FeedExport]:
    """The records of exports the file at `path` holds for the plan `plan_id`, by place: a
    .json file's, of folders (their names); a .planner file's, all. Nothing if it holds
    another plan or cannot be read."""
    if not _is_json(path):
        return {export.folder: export for export in load_feed_exports(path, plan_id)}
    return _json_kept(path, plan_id)[1]


def _json_kept(path: Path, plan_id: str) -> tuple[Records, dict[str, FeedExport]]:
    """The records and those of exports a .json file holds for the plan `plan_id`; nothing if
    it holds another plan, or none it can read (a missing file, a damaged one: replaced)."""
    from planner.storage.json_format import read_json_file

    try:
        plan, records, exports = read_json_file(path)
    except PlannerError:
        return Records(), {}
    return (records, exports) if plan.id == plan_id else (Records(), {})


def _place(where: Path | str) -> str:
    """A folder, resolved; a calendar home's URL, as it is."""
    return str(where.resolve()) if isinstance(where, Path) else where


def _is_folder(place: str) -> bool:
    """A place of exports (_place) that is a folder, not a calendar server's URL."""
    return "://" not in place


def _is_json(path: Path) -> bool:
    return path.suffix.lower() == ".json"


def records_kept(path: Path, plan_id: str) -> Records:
    """What the file at `path` recorded for the plan `plan_id` (nothing for another plan's)."""
    return load_records(path, plan_id) if not _is_json(path) else _json_kept(path, plan_id)[0]


def check_unchanged(path: Path, expected: FileStamp | None) -> None:
    """Raise ChangedOnDiskError if the file is no longer as it was read (a removed file is
    fine to write again)."""
    now = file_stamp(path)
    if expected is not None and now is not None and now != expected:
        raise ChangedOnDiskError(
            tr(
                "{path} was changed by another program or computer at {time}, after Planner read "
                "it; it was not overwritten",
                path=path,
                time=f"{now.modified:%H:%M:%S}",
            )
        )
