"""The open plan: the one place the UI changes it, with undo, its file, and its modified state."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import QObject, Qt, QTimer, QTimeZone, Signal, Slot
from PySide6.QtGui import QCursor, QGuiApplication, QUndoCommand, QUndoStack

from planner.domain.checks import CheckStopped, PlanWarning, check_plan
from planner.domain.edits import add_media_windows, rename_plan, zone_problem
from planner.domain.model import Journalist, Plan, PlanId, copy_of_example, new_id
from planner.domain.records import FeedExport, Records, RowChanges, changed_since, merge_records
from planner.errors import FileAccessError, PlannerError
from planner.fileio import read_at_most, reading_error
from planner.resources import example_plan_path, is_example_plan
from planner.storage import (
    FileStamp,
    PlanLock,
    PlanLockedError,
    file_stamp,
    load_any,
    load_document,
    load_document_records,
    load_last_export,
    load_row_changes_since,
    lock_plan,
    record_export,
    record_publication,
    save_any,
    save_synced,
)
from planner.storage.recovery import HeldFile
from planner.ui.background import Background
from planner.ui.i18n import tr, writing_language
from planner.words import Text

if TYPE_CHECKING:  # (and what the first frame does not need: loaded on first use)
    from concurrent.futures import Future

    from planner.domain.releases import Release
    from planner.domain.sync_state import Conflict, SyncState
    from planner.publish.feeds import Feeds, Publication
    from planner.publish.outbox import OutboxItem
    from planner.publish.schedule_mail import ScheduleMail

CHECK_IN_BACKGROUND = 20_000  # turns and shifts: above this, warnings are worked out in a worker thread
CHECK_AFTER_MS = 300  # a big plan's warnings are worked out this long after the last edit
HOLD_S = 0.25  # work in a worker thread waits this long after the organizer last moved about the grid
APP_NAME = "Planner"  # how the lock file names the app to a second writer


class ReadOnlyError(PlannerError):
    """The plan is open read-only (another writer holds it): nothing may be written into it."""


class ReplacePlanCommand(QUndoCommand):
    """One user edit. Plans are immutable, so keeping the old one restores it exactly."""

    def __init__(self, document: PlanDocument, new_plan: Plan, text: str) -> None:
        super().__init__(text)
        self._document = document
        self._old = document.plan
        self._new = new_plan

    def redo(self) -> None:
        self._document._apply(self._new)

    def undo(self) -> None:
        self._document._apply(self._old)


@dataclass
class _Export:
    """An export under way in the worker, and who is told when it is done."""

    done: Callable[[Publication, bool], None]
    failed: Callable[[Exception], None]  # a PlannerError says why; anything else is a bug
    records: Records  # the plan's when the export started: its record is these with its revisions
    future: Future[_Exported] | None = None
    last: FeedExport | None = None  # the plan file's record of the last export into the folder
    # The plan exported is the one its file holds, as this stamp says (else None): the rows
    # changed since the last export into the folder are found in the file (`since`, None if
    # it cannot tell), and the file's copy of them is kept with the record for the next.
    stamp: FileStamp | None = None
    since: RowChanges | None = None


@dataclass(frozen=True)
class _Exported:
    """What an export's worker did: the files, and their record kept in the plan file."""

    publication: Publication
    stamp: FileStamp | None = None  # the file's after the record was written (None: not written, or not alone)
    problem: PlannerError | None = None  # the record could not be written: why


class PlanDocument(QObject):
    plan_loaded = Signal()  # a different plan was opened or created; views rebuild
    plan_changed = Signal()  # the current plan was edited (or an edit undone)
    path_changed = Signal()
    modified_changed = Signal(bool)
    records_changed = Signal()  # a release was made or messages were sent
    records_read = Signal()  # the records an open left for later are read (read_records_in_background)
    warnings_changed = Signal()  # the warnings of a big plan, worked out in the background, are in

    def __init__(self, parent: QObject | None = None, *, opening: bool = False) -> None:
        """`opening`: a plan is opened or made right after (app.py's start); the empty one held
        until then is in UTC, not worth the system's zone (Qt reads its zone database: 3.5 ms
        of the start)."""
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        # A slot of this object, not a lambda: Qt drops the connection when the document goes,
        # before the stack (its child) empties itself and says it is clean again.
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.plan: Plan = blank_plan("UTC" if opening else None)
        self.awaiting_plan = opening  # that empty plan held: nothing opened or made yet
        # What left the machine from this plan (domain/records.py); not undoable. `records`.
        self._records = Records()
        self._records_in_file: Records | None = None  # the records the file holds, as far as we know
        self._records_from: Path | None = None  # the file whose records are still to be read: see open
        self._records_reader = Background("records", self)
        self._reading: Future[Records] | None = None  # those records, being read in the worker
        self.path: Path | None = None
        self.from_example = False
        # The file's lock, held while it is open to write (storage/lock.py); None when it is
        # open read-only or there is no file. The stamp is the file as last read or written.
        self._lock: PlanLock | None = None
        self._stamp: FileStamp | None = None
        # Held while the file is written and its stamp, path and lock change: by the window's
        # thread (a save, a record kept) and by an export's worker, which keeps the export's
        # record itself (a campaign's first export of a session: 0.2 s the window would wait).
        self._writing = threading.Lock()
        self._saved: Plan | None = None  # the plan the file holds: a save writes what differs
        self._warnings: tuple[Plan, list[PlanWarning]] | None = None
        # A team plan's records changed here and by a teammate, not settled yet (ui/team.py
        # keeps them here): the grid marks them as it marks warnings.
        self.conflicts: Mapping[str, Conflict] = {}
        self._checking: Plan | None = None
        self._checker = Background("checks", self)
        self._held_until = 0.0  # (time.monotonic()) a check or export under way waits until then: see hold_work
        self._exporter = Background("export", self)
        self._export: _Export | None = None  # under way
        # This session's record of the last export into each folder (by its resolved path),
        # for a plan with no file to keep it in: a person renamed keeps their file.
        self._exports: dict[str, FeedExport] = {}
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_AFTER_MS)
        self._check_timer.timeout.connect(self._start_check)

    # -- state

    @property
    def records(self) -> Records:
        """What left the machine from this plan. Read from the file when first asked for, if
        open(defer_records=True) left them for later; raises PlannerError if they cannot be."""
        if self._records_from is not None:
            self.read_deferred_records()
        return self._records

    @records.setter
    def records(self, records: Records) -> None:
        self._records_from, self._records, self._reading = None, records, None

    def read_deferred_records(self) -> None:
        """The records an open(defer_records=True) left in the file, read now, or, if they are
        being read in the background, once they are (once; PlannerError if they cannot be, and
        again at the next try: never an empty record in their place)."""
        if (path := self._records_from) is not None:
            reading, self._reading = self._reading, None  # (what the worker delivers is then ignored)
            self._take_records(reading.result() if reading is not None else load_document_records(path))

    def read_records_in_background(self, failed: Callable[[PlannerError], None]) -> None:
        """Read the records an open(defer_records=True) left in the file in a worker thread: a
        published campaign's are 0.3 s of reading, and the window stays in use meanwhile.
        Whoever asks for them first waits for them (`records`). `failed(error)`, in the GUI
        thread, if they cannot be read (unless someone asked first: they got the error)."""
        path = self._records_from
        if path is None or self._reading is not None:
            return

        def done(records: Records) -> None:
            if self._reading is reading:  # (else asked for meanwhile, or another plan opened)
                self._reading = None
                self._take_records(records)

        def not_read(exc: Exception) -> None:
            if self._reading is not reading:
                return
            self._reading = None
            if not isinstance(exc, PlannerError):
                raise exc  # a bug: reported
            failed(exc)

        reading = self._reading = self._records_reader.run(lambda: load_document_records(path), done, not_read)

    def _take_records(self, records: Records) -> None:
        """The records the file holds, read as open left them for later."""
        self._records_from, self._records, self._records_in_file = None, records, records
        if self._check_timer.isActive():  # the plan's check, due meanwhile, starts a moment after
            self._check_timer.start()  # (not in turns with the rest of the window's start)
        self.records_read.emit()

    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def read_only(self) -> bool:
        """Open without its lock: another writer has it. Saving goes to another file."""
        return self.path is not None and self._lock is None

    def held_file(self) -> HeldFile | None:
        """The file this document holds (its lock) as last read or saved, for a recovery copy
        to start from; None for an untitled plan or a file open read-only."""
        if self.path is None or self._lock is None or self._saved is None or self._stamp is None:
            return None
        return HeldFile(self.path, self._saved, self._stamp, self._records_in_file)

    @property
    def edit_count(self) -> int:
        """How many edits from the saved version (undone ones count as going back)."""
        clean = self.undo_stack.cleanIndex()
        return abs(self.undo_stack.index() - clean) if clean >= 0 else self.undo_stack.index()

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        return tr("Untitled (example)") if self.from_example else tr("Untitled")

    # -- whole-document operations

    def open(
        self, path: Path, *, read_only: bool = False, take_over: bool = False, defer_records: bool = False
    ) -> None:
        """Load a plan file and hold its lock; raises PlannerError and keeps the current plan
        if it cannot (PlanLockedError: another writer has it — then open it `read_only`).

        `defer_records` (the window's opens): the plan now, the records of what left the
        machine when first asked for (`records`, read_deferred_records: the window reads them
        once it has painted the plan) — a published campaign's are 130,000 rows, 0.2 s more
        before it could be shown. Only with the lock held: nobody else writes the file
        meanwhile."""
        if is_example_plan(path):  # opened by its path: the copy too, else Save would write the bundle
            self.open_example()
            return
        self.finish_export()
        lock = None if read_only else self._lock_or_none(path, take_over)
        later = defer_records and lock is not None and path.suffix.lower() != ".json"
        try:
            stamp = file_stamp(path)
            plan, records = (load_any(path), None) if later else load_document(path)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        self._replace_document(plan, path, from_example=False, records=records, lock=lock, stamp=stamp,
                               records_from=path if later else None)  # fmt: skip

    @staticmethod
    def _lock_or_none(path: Path, take_over: bool) -> PlanLock | None:
        """The plan's lock; None (read-only) where its folder cannot hold a lock file, as
        nothing could be saved there either (a read-only disk, an installed example)."""
        try:
            return lock_plan(path, APP_NAME, take_over=take_over)
        except PlanLockedError:
            raise
        except FileAccessError:
            if not path.exists():
                raise FileAccessError(tr("{path}: no such file").format(path=path)) from None
            return None

    def reload(self) -> None:
        """Read the file again as it is now, dropping the unsaved edits; the lock stays held."""
        if self.path is None:
            return
        self.finish_export()  # (its record is written into the file: before the file is read)
        stamp = file_stamp(self.path)
        plan, records = load_document(self.path)
        # The lock is kept throughout: nobody can slip in between.
        self._replace_document(plan, self.path, from_example=False, records=records, lock=self._lock, stamp=stamp)

    @Slot(bool)
    def _on_clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    def close(self) -> None:
        """Give the file back (its lock); the window is closing."""
        self.finish_export()
        self._release_lock()

    def open_example(self) -> None:
        """The bundled example as an untitled copy, a plan of its own: saving asks where, the
        bundle is never written."""
        self._replace_document(copy_of_example(load_any(example_plan_path())), None, from_example=True)

    def new(self, plan: Plan | None = None) -> None:
        """An untitled plan: blank, or `plan` (one made from a template)."""
        self._replace_document(plan or blank_plan(), None, from_example=False)

    def save(self, path: Path | None = None) -> None:
        """Write to `path` (Save As) or the current file; raises PlannerError on failure."""
        target = path or self.path
        if target is None:
            raise ValueError("an untitled plan needs a path to be saved")
        same_file = target == self.path
        records = self.records  # (read first if they were left for later: not while holding the file)
        with self._writing:  # (an export's worker may be writing its record: one after the other)
            # A new file (Save As), or this one after opening it read-only: its lock first, so
            # a file another writer holds is never written. PlanLockedError says who.
            lock = self._lock if same_file and self._lock is not None else lock_plan(target, APP_NAME)
            try:
                # The file as we read it, else someone else wrote it since: ChangedOnDiskError.
                # Records the file holds already (read from it, or written into it as they were
                # made) are not read and written again: a published campaign has 100,000.
                known = same_file and records is self._records_in_file
                # Saved under a new name: the records of the last exports go with the plan (from
                # its file, or this session's), so the next export names its files as they were.
                has_file = self.path is not None
                stamp = save_any(self.plan, target, None if known else records,
                                 expected=self._stamp if same_file else None,
                                 saved=self._saved if same_file else None,
                                 copied_from=self.path if has_file and not same_file else None,
                                 exports=() if has_file or same_file else tuple(self._exports.values()))  # fmt: skip
            except BaseException:
                if lock is not self._lock:
                    lock.release()
                raise
            if lock is not self._lock:
                self._release_lock()
                self._lock = lock
            self._stamp, self._saved, self._records_in_file = stamp, self.plan, records
            if not same_file:
                self.path = target
                self.from_example = False
        self.undo_stack.setClean()
        self.path_changed.emit()  # the title shows a read-only plan that became writable too

    def _replace_document(
        self,
        plan: Plan,
        path: Path | None,
        *,
        from_example: bool,
        records: Records | None = None,
        lock: PlanLock | None = None,
        stamp: FileStamp | None = None,
        records_from: Path | None = None,
    ) -> None:
        """`records_from`: the file whose records are read when first asked for (open)."""
        self.finish_export()  # its record belongs to the plan and file being replaced
        self._exports = {}
        self.awaiting_plan = False
        if self._lock is not lock:
            self._release_lock()
        self._lock, self._stamp = lock, stamp
        self._saved = plan if path is not None else None
        self.undo_stack.clear()
        self.plan = plan
        self.records = records or Records()
        self._records_in_file = self.records if path is not None else None  # as read from it
        if records_from is not None:  # (before anything hears of the plan: whoever asks reads them)
            self._records_from, self._records_in_file = records_from, None
        self.path = path
        self.from_example = from_example
        self.plan_loaded.emit()
        self.path_changed.emit()
        self.modified_changed.emit(False)

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
        self._lock, self._stamp, self._saved = None, None, None

    def store_synced(self, plan: Plan, records: Records, state: SyncState, kept: SyncState | None, text: str) -> None:
        """A team plan after a sync (ui/team.py): teammates' changes become one undoable step
        named `text` (undoing it is an edit like any, synced back), and the file gets the plan,
        the records and the sync state in one transaction."""
        if plan != self.plan:
            self.undo_stack.push(ReplacePlanCommand(self, plan, text))
        if self.path is None or self.read_only:
            return
        if records is not self.records:
            self.records = merge_records(self.records, records)
        # Records the file holds already are not read and written again (a campaign has 100,000).
        known = self.records is self._records_in_file
        with self._writing:  # (an export's worker may be writing its record: one after the other)
            save_synced(self.path, self.plan, self._saved, None if known else self.records, state, kept)
            self._stamp, self._saved, self._records_in_file = file_stamp(self.path), self.plan, self.records
        self.undo_stack.setClean()
        self.records_changed.emit()

    def keep_restored_records(self, records: Records) -> None:
        """Records from a recovery copy: the newer of each, as saving would keep them."""
        merged = merge_records(self.records, records)
        if merged != self.records:
            self.keep_records(merged)

    def stamp_as_saved(self) -> FileStamp | None:
        """The file's stamp if the plan and records open are those it holds (not edited since
        it was read or saved), else None: an export or publish of them may take the rows the
        file says changed since its last at face value (load_row_changes_since)."""
        if self.plan is self._saved and self.records is self._records_in_file:
            return self._stamp
        return None

    def file_holds(self, plan: Plan) -> bool:
        """The file's plan is `plan`, as read or saved (no other saved since)."""
        return self.path is not None and self._saved is plan

    def check_writable(self) -> None:
        """Before anything leaves the machine from this plan: its record must go into the file."""
        if self.read_only and self.path is not None:
            message = tr("{name} is open read-only: another Planner has it. Release, export and send there.")
            raise ReadOnlyError(message.format(name=self.path.name))

    def export_calendars(
        self,
        folder: Path,
        reuse: Publication | Feeds | None,
        done: Callable[[Publication, bool], None],
        failed: Callable[[Exception], None],
    ) -> None:
        """Write the plan's calendar feeds into `folder` (publish/feeds.py) in a worker thread,
        the plan as it is now: a campaign's first export of a session is seconds of work, and
        the window stays in use meanwhile (the export waits while the organizer moves about
        the grid, as a check does). Once written, the worker keeps the record of what was
        published in the plan file (_record: a campaign's first export of a session records
        31,800 revisions), then `done(publication, edited)` (`edited`: the plan was edited
        since it started, so the files lack those edits), or `failed(error)`, in the GUI
        thread: a PlannerError saying why, or a bug, for the window to report once it has said
        the export ended. Raises
        PlannerError if it cannot start (the plan open read-only: the record cannot be kept).
        `reuse`: this session's last export or publish, whose unchanged texts are not made again;
        the plan file's record of the last export into `folder` (read in the worker; with no
        file, this session's) spares more, the first time in a session too, and is kept up to
        date (a .json file's keeps only the files' names: a person renamed keeps their file).
        A plan as its file holds it (not edited since it was read or saved) spares more again,
        as `planner export` does: the file tells which of its rows changed since that export."""
        from planner.publish.feeds import export_feeds  # icalendar loads on first use, not at start

        self.finish_export()  # one at a time: the next continues the last one's record
        self.check_writable()
        plan, now, path = self.plan, datetime.now(UTC), self.path
        export = self._export = _Export(done, failed, self.records)
        in_session = self._exports.get(str(folder.resolve())) if path is None else None
        export.stamp = self.stamp_as_saved()

        def run() -> _Exported:
            export.last = load_last_export(path, folder) if path is not None else in_session
            if path is not None and export.last is not None and export.stamp is not None:
                export.since = load_row_changes_since(path, folder, expected=export.stamp)
            publication = export_feeds(plan, folder, now, export.records.revisions, reuse=reuse,
                                       pause=self._wait_while_held, last=export.last, since=export.since)  # fmt: skip
            self._wait_while_held()  # (its record is Python's work too, for a campaign's first)
            return self._record(export, publication)

        export.future = self._exporter.run(
            run, lambda exported: self._exported(export, exported), lambda exc: self._exported(export, exc)
        )

    def _record(self, export: _Export, publication: Publication) -> _Exported:
        """(In the export's worker) The export's record written into the plan file, as `planner
        export` writes it: the file open now, which a Save As may have changed since (with the
        lock, only the file that holds it is written); the copy of its rows kept if the file is
        still the one the export's plan was read from."""
        with self._writing:
            if self.path is None:  # (this session keeps it: _exported)
                return _Exported(publication)
            unchanged = export.stamp is not None and export.stamp == self._stamp
            try:
                _records, stamp = record_export(self.path, export.records, publication.revisions, publication.export,
                                                expected=self._stamp, export_before=export.last,
                                                rows_read=(export.since or "all") if unchanged else None)  # fmt: skip
            except PlannerError as exc:
                return _Exported(publication, problem=exc)
            if stamp is not None:  # else someone else wrote the file too: the next save says so
                self._stamp = stamp
            return _Exported(publication, stamp)

    @property
    def exporting(self) -> bool:
        return self._export is not None

    def finish_export(self) -> None:
        """Wait for an export under way, its record written, and take it now (before the plan
        or file it belongs to is replaced or let go); what the worker delivers later is then
        ignored."""
        if (export := self._export) is None or export.future is None:
            return
        waits = not export.future.done()
        if waits:  # (seconds, a campaign's first export of a session) the pointer says to wait
            QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        outcome: _Exported | Exception
        try:
            outcome = export.future.result()
        except Exception as exc:
            outcome = exc
        finally:
            if waits:
                QGuiApplication.restoreOverrideCursor()
        self._exported(export, outcome)

    def _exported(self, export: _Export, outcome: _Exported | Exception) -> None:
        if self._export is not export:
            return  # finished already, by finish_export
        self._export = None
        if isinstance(outcome, Exception):
            export.failed(outcome)
            return
        publication = outcome.publication
        unchanged = self.records is export.records and self._records_in_file is export.records
        self.records = self.records.with_revisions(publication.revisions)  # (the worker wrote them: _record)
        # The file holds these records now if it held those the export began with and nothing
        # else was written since; else the next save writes them all, merged with the file's.
        if unchanged and outcome.stamp is not None and outcome.stamp == self._stamp:
            self._records_in_file = self.records
        if outcome.problem is not None:
            export.failed(outcome.problem)
            return
        if publication.export is not None and self.path is None:  # (no file to keep it in: see _exports)
            self._exports[publication.export.folder] = publication.export
        export.done(publication, publication.plan is not self.plan)

    def keep_records(
        self,
        records: Records,
        export: FeedExport | None = None,
        export_before: FeedExport | None = None,
        rows_read: RowChanges | Literal["all"] | None = None,
    ) -> None:
        """Keep what just left the machine; written straight into the file when there is
        one, since it is out there whether or not the plan's edits get saved. `export`: the
        record of an export into a folder or a publish to a server, kept over `export_before`
        (None: that one forgotten), `rows_read` as record_publication says (a publish's)."""
        before, self.records = self.records, records
        if self.path is not None and not self.read_only:
            # Only what is new is written: a campaign's file holds 100,000 published events.
            changes = changed_since(before, records)
            with self._writing:
                stamp = record_publication(self.path, records, expected=self._stamp, changes=changes, export=export,
                                           export_before=export_before, rows_read=rows_read)  # fmt: skip
                if stamp is not None:  # else someone else wrote the file too: the next save says so
                    self._stamp, self._records_in_file = stamp, records

    # -- edits (each one undoable)

    def show_plan(self, plan: Plan, warnings: list[PlanWarning] | None = None) -> None:
        """Show a plan that is not an edit of this one (a proposal beside the real plan): no
        undo history, no file. `warnings`: the plan's, when known already elsewhere (the plan's
        own document): not worked out again (a campaign's check is most of a second of the CPU)."""
        if warnings is not None:
            self._warnings = (plan, warnings)
        self._replace_document(plan, None, from_example=False)

    def _apply(self, plan: Plan) -> None:
        """Only the undo command calls this; every edit goes through edit()."""
        self.hold_work()  # (an undo or redo: the grid redraws)
        self.plan = plan
        self.plan_changed.emit()

    def import_calendar(self, path: Path) -> tuple[int, list[Text], list[Text]]:
        """Add the calendar's events as media windows, as one undoable step.

        Returns how many windows were added, a line per event that was not, and a line per
        guess made in taking the rest (a time zone the file does not describe)."""
        from planner.ical.importer import MAX_BYTES, read_windows, too_big  # icalendar loads on first use

        try:
            data = read_at_most(path, MAX_BYTES, lambda size: too_big(str(path), size))
        except OSError as exc:
            raise reading_error(path, exc) from None
        dates = [d.date for d in self.plan.days]
        between = (min(dates), max(dates)) if dates else None
        found = read_windows(data, self.plan.zone, path.name, between)
        result = add_media_windows(self.plan, found.windows, None)
        if result.added:
            self.replace_plan(result.plan, tr("Import %n media window(s)", "", len(result.added)))
        return len(result.added), found.problems + result.notes, found.notes

    def edit(self, text: str, change: Callable[..., Plan], *args: Any) -> bool:
        """Apply a domain edit (domain/edits.py) as one undoable step; False if it changed
        nothing. An edit that cannot be made raises EditError, and the plan stays as it was."""
        self.hold_work()  # a check or export under way waits: the edit is painted first
        new_plan = change(self.plan, *args)
        if new_plan == self.plan:
            return False
        self.undo_stack.push(ReplacePlanCommand(self, new_plan, text))
        return True

    def warnings(self) -> list[PlanWarning]:
        """The current plan's warnings, worked out once per version of the plan."""
        if self._warnings is None or self._warnings[0] is not self.plan:
            self._warnings = (self.plan, check_plan(self.plan))
        return self._warnings[1]

    def known_warnings(self) -> list[PlanWarning] | None:
        """The warnings if they are known without waiting. A small plan is checked at once; a
        campaign of tens of thousands of items is checked in a worker thread, so the window
        never waits for it: None until then, and warnings_changed says when they are in."""
        if self._warnings is not None and self._warnings[0] is self.plan:
            return self._warnings[1]
        if len(self.plan.turns) + len(self.plan.shifts) < CHECK_IN_BACKGROUND:
            return self.warnings()
        if self._checking is not self.plan:
            self._checking = self.plan
            # Start once the window has drawn the plan, and once after a burst of edits: the
            # check holds Python's lock in turns with the window, and a frame must not wait.
            self._check_timer.start()
        return None

    def set_conflicts(self, conflicts: Mapping[str, Conflict], announce: bool = True) -> None:
        """The team plan's conflicts now; the grid's marks follow (`announce`: say so now, not
        with the plan about to be loaded)."""
        if dict(conflicts) == dict(self.conflicts):
            return
        self.conflicts = conflicts
        if announce:
            self.warnings_changed.emit()

    def hold_work(self) -> None:
        """The organizer is moving about the grid (another week, day or place, a zoom, a
        scroll) or editing: a check or an export under way in a worker waits a moment, as it
        would otherwise hold Python's lock in turns with the window and slow each frame (a
        campaign's check: a few tenths of a second; its first export of a session: seconds)."""
        self._held_until = time.monotonic() + HOLD_S

    def _wait_while_held(self, unless: Callable[[], bool] = lambda: False) -> None:
        """(In a worker) Asleep until the hold ends (sleeping lets go of Python's lock), then
        again if the organizer moved since; at once if `unless()`. Not woken every few ms:
        each waking takes the lock from the window in the middle of its frame (a campaign's
        week switch during a check took 84–91 ms with 10 ms naps, 73–78 without, on a busy
        machine)."""
        while not unless() and (left := self._held_until - time.monotonic()) > 0:
            time.sleep(left)

    def _start_check(self) -> None:
        plan = self.plan

        def edited_since() -> bool:  # (read in the worker: one attribute, safe under Python's lock)
            return plan is not self.plan

        def stop_or_wait() -> bool:  # (asked by check_plan every ~2 ms of its work)
            # An edit during a hold is seen when it ends: its check waits that long, at most 0.25 s.
            self._wait_while_held(unless=edited_since)
            return edited_since()

        def check() -> list[PlanWarning] | None:
            try:
                return None if edited_since() else check_plan(plan, stop=stop_or_wait)
            except CheckStopped:  # the organizer edited it meanwhile: the next check is theirs
                return None

        self._checker.run(check, lambda found: self._on_checked(plan, found))

    def _on_checked(self, plan: Plan, warnings: list[PlanWarning] | None) -> None:
        if warnings is not None and plan is self.plan:
            self._warnings = (plan, warnings)
            self.warnings_changed.emit()

    def replace_plan(self, plan: Plan, text: str) -> None:
        """A whole-plan edit made elsewhere (e.g. a generated rotation), as one undoable step."""
        self.edit(text, lambda _current: plan)

    def set_journalists(self, journalists: tuple[Journalist, ...], text: str) -> None:
        self.edit(text, lambda current: replace(current, journalists=journalists))

    def release(self, name: str, now: datetime) -> Release:
        """Freeze the schedule for the press; kept in the records (a release is not undone)."""
        from planner.domain.releases import make_release

        self.check_writable()
        release = make_release(self.plan, name, now, self.records.releases)
        self.keep_records(self.records.with_release(release))
        self.records_changed.emit()
        return release

    def record_sent(self, item: OutboxItem | ScheduleMail, at: datetime) -> None:
        self.keep_records(self.records.with_sent(item.record(at)))
        self.records_changed.emit()

    def record_failure(self, item: OutboxItem | ScheduleMail, at: datetime, reason: str) -> None:
        self.keep_records(self.records.with_failure(item.recipient, item.uid, at, reason))
        self.records_changed.emit()

    def rename(self, title: str) -> None:
        """EditError if the plan cannot have that title (a line break, nothing)."""
        self.edit(tr("Rename plan"), rename_plan, title)


def blank_plan(zone: str | None = None) -> Plan:
    """An untitled, empty plan in `zone`, by default the computer's, in the app's language."""
    return Plan(id=PlanId(new_id("plan")), title=tr("Untitled plan"), timezone=zone or system_zone_key(),
                language=writing_language())  # fmt: skip


def system_zone_key() -> str:
    """The computer's IANA zone, which is the likeliest zone for a new plan."""
    key = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return "UTC" if zone_problem(key) is not None else key
