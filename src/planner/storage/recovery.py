"""Recovery copies: unsaved edits written aside every minute, offered back after a crash.

As office suites and Qt Creator do. Each running app has a folder of its own under the
recovery folder, holding `plan.planner` (the edited plan and its records) and `about.json`
(which file it belongs to, when, how many edits). The app holds the copy's lock
(storage/lock.py) while it runs; a copy whose lock nobody holds was left by an app that
ended without a clean exit, and is offered at the next start. A clean exit removes it.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from planner.domain.model import Plan
from planner.domain.records import Records
from planner.errors import PlannerError
from planner.fileio import FileStamp, file_stamp, write_atomically
from planner.storage.document import copy_plan_file, load_document_file, save_changes, save_plan
from planner.storage.lock import PlanLock, lock_holder, lock_plan

PLAN_FILE = "plan.planner"
ABOUT_FILE = "about.json"
COPYING = "plan.planner.copying"  # the first copy, made from the plan's file, until it is whole


@dataclass(frozen=True)
class HeldFile:
    """The plan file an app holds (its lock) as it last read or saved it: the first copy
    starts from a copy of it when it still is what it was (`stamp`), i.e. holds `plan`, and
    `records` when known (None: the app has not read them, or made some since)."""

    path: Path
    plan: Plan
    stamp: FileStamp
    records: Records | None = None


@dataclass(frozen=True)
class Recovered:
    """A recovery copy left by an app that did not exit cleanly."""

    folder: Path
    source: Path | None  # the plan file it was edited from; None for an untitled plan
    title: str
    saved_at: datetime  # UTC
    edits: int  # unsaved edits it holds

    def load(self) -> tuple[Plan, Records]:
        return load_document_file(self.folder / PLAN_FILE)

    def discard(self) -> None:
        _remove_tree(self.folder, ignore_errors=True)


class RecoveryCopy:
    """This app's recovery copy; made on first write, removed by clear() and close()."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.folder = root / os.urandom(16).hex()
        self._lock: PlanLock | None = None
        self._written: Plan | None = None  # the plan the copy holds
        self._written_records: Records | None = None  # and its records

    def write(
        self, plan: Plan, records: Records, source: Path | None, edits: int, held: HeldFile | None = None
    ) -> None:
        """Keep `plan` aside, all or nothing (the previous copy survives a crash mid-write).
        The first time, a new file swapped in: the plan's file copied with the edits since
        written into it, when the app holds that file (`held`) and nobody wrote it since,
        else the whole plan; then only what changed since the last write, in one
        transaction, as Save does. The autosave writes in a worker thread that takes
        Python's lock in turns with the window: a campaign's whole copy is 0.7 s of the CPU
        (a week switch meanwhile took 445-499 ms, bench_interaction); a copy of its file is
        made in C without that lock (tens of ms for a campaign's), the edits since written into
        it in a few ms, as is an edit's copy after that. Records the copy holds already (the
        same object: records are replaced, never changed in place) are neither read nor
        written again: a published campaign's 130,000 took 0.6-1.0 s of each copy."""
        if self._lock is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._lock = lock_plan(self.folder / PLAN_FILE, "Planner")
        path = self.folder / PLAN_FILE
        last, last_records = self._written, self._written_records
        self._written, self._written_records = None, None  # (unknown until this write is done)
        if last is not None:
            written = save_changes(plan, last, path, None if records is last_records else records)
        else:
            written = held is not None and self._from_held_file(held, plan, records)
        if not written:
            save_plan(plan, path, records)
        self._written, self._written_records = plan, records
        about = {"source": str(source) if source else None, "title": plan.title, "edits": edits,
                 "saved_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}  # fmt: skip
        write_atomically(self.folder / ABOUT_FILE, json.dumps(about, ensure_ascii=False).encode("utf-8"))

    def _from_held_file(self, held: HeldFile, plan: Plan, records: Records) -> bool:
        """The copy made from the plan's file and the edits since; False (nothing left
        behind) when the file is not what the app last read or saved, or the edits are not
        of the kind written in place (a removal: the whole plan is written then)."""
        copying = self.folder / COPYING
        try:
            if file_stamp(held.path) != held.stamp:
                return False
            copy_plan_file(held.path, copying)
            known = records is held.records  # (the file's, in the copy already)
            if file_stamp(held.path) != held.stamp or not save_changes(
                plan, held.plan, copying, None if known else records
            ):
                return False  # written during the copy (a save): it may hold more than `held.plan`
            os.replace(copying, self.folder / PLAN_FILE)
            return True
        except (PlannerError, OSError):
            return False  # the whole plan is written instead, as it was before this way was tried
        finally:
            copying.unlink(missing_ok=True)

    def clear(self) -> None:
        """The edits were saved or thrown away: nothing to recover."""
        self._written, self._written_records = None, None
        for name in (ABOUT_FILE, PLAN_FILE):
            (self.folder / name).unlink(missing_ok=True)

    def close(self) -> None:
        """A clean exit: the copy and its folder go."""
        self.clear()
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        _remove_tree(self.folder, ignore_errors=True)


def left_behind(root: Path) -> list[Recovered]:
    """Copies whose app is gone, newest first; a copy that cannot be read is skipped."""
    found = []
    try:
        folders = [f for f in root.iterdir() if f.is_dir()]
    except OSError:
        return []
    for folder in folders:
        if lock_holder(folder / PLAN_FILE) is not None:
            continue  # its app is still running
        if not (folder / ABOUT_FILE).exists() and not (folder / PLAN_FILE).exists():
            _remove_tree(folder, ignore_errors=True)  # its edits were saved before it ended
            continue
        try:
            about = json.loads((folder / ABOUT_FILE).read_text(encoding="utf-8"))
            saved_at = datetime.strptime(about["saved_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
            source = Path(about["source"]) if about["source"] else None
            recovered = Recovered(folder, source, str(about["title"]), saved_at, int(about["edits"]))
        except (OSError, ValueError, KeyError, TypeError):
            continue  # an emptied copy, or one killed before its first write was done
        if (folder / PLAN_FILE).exists():
            found.append(recovered)
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def claim(recovered: Recovered) -> PlanLock | None:
    """Hold the copy while it is offered, so a second app started at once does not offer it
    too; None if another app holds it already."""
    try:
        return lock_plan(recovered.folder / PLAN_FILE, "Planner")
    except PlannerError:  # held by another app (PlanLockedError), or gone
        return None


def _remove_tree(folder: Path, ignore_errors: bool) -> None:
    import shutil  # (here, not at start: the window opens before a copy is ever removed)

    shutil.rmtree(folder, ignore_errors=ignore_errors)
