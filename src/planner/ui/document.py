"""The open plan: the one place the UI changes it, with undo, its file, and its modified state."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, QTimeZone, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.domain.checks import PlanWarning, check_plan
from planner.domain.edits import add_media_windows
from planner.domain.model import Journalist, Plan, PlanId, new_id
from planner.domain.records import Records
from planner.domain.releases import Release, make_release
from planner.domain.text import Text
from planner.errors import FileAccessError
from planner.ical.importer import read_windows
from planner.publish.outbox import OutboxItem, sent_record
from planner.resources import example_plan_path
from planner.storage import load_any, load_document, record_publication, save_any
from planner.ui.background import Background
from planner.ui.i18n import tr

CHECK_IN_BACKGROUND = 20_000  # turns and shifts: above this, warnings are worked out in a worker thread


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


class PlanDocument(QObject):
    plan_loaded = Signal()  # a different plan was opened or created; views rebuild
    plan_changed = Signal()  # the current plan was edited (or an edit undone)
    path_changed = Signal()
    modified_changed = Signal(bool)
    records_changed = Signal()  # a release was made or messages were sent
    warnings_changed = Signal()  # the warnings of a big plan, worked out in the background, are in

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(lambda clean: self.modified_changed.emit(not clean))
        self.plan: Plan = blank_plan()
        # What left the machine from this plan (domain/records.py); not undoable.
        self.records = Records()
        self.path: Path | None = None
        self.from_example = False
        self._warnings: tuple[Plan, list[PlanWarning]] | None = None
        self._checking: Plan | None = None
        self._checker = Background("checks", self)

    # -- state

    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        return tr("Untitled (example)") if self.from_example else tr("Untitled")

    # -- whole-document operations

    def open(self, path: Path) -> None:
        """Load a plan file; raises PlannerError and keeps the current plan if it cannot."""
        plan, records = load_document(path)
        self._replace_document(plan, path, from_example=False, records=records)

    def open_example(self) -> None:
        """The bundled example as an untitled copy: saving asks where, the bundle is never written."""
        self._replace_document(load_any(example_plan_path()), None, from_example=True)

    def new(self) -> None:
        self._replace_document(blank_plan(), None, from_example=False)

    def save(self, path: Path | None = None) -> None:
        """Write to `path` (Save As) or the current file; raises PlannerError on failure."""
        target = path or self.path
        if target is None:
            raise ValueError("an untitled plan needs a path to be saved")
        save_any(self.plan, target, self.records)
        self.undo_stack.setClean()
        if target != self.path:
            self.path = target
            self.from_example = False
            self.path_changed.emit()

    def _replace_document(
        self, plan: Plan, path: Path | None, *, from_example: bool, records: Records | None = None
    ) -> None:
        self.undo_stack.clear()
        self.plan = plan
        self.records = records or Records()
        self.path = path
        self.from_example = from_example
        self.plan_loaded.emit()
        self.path_changed.emit()
        self.modified_changed.emit(False)

    def keep_records(self, records: Records) -> None:
        """Keep what just left the machine; written straight into the file when there is
        one, since it is out there whether or not the plan's edits get saved."""
        self.records = records
        if self.path is not None:
            record_publication(self.path, records)

    # -- edits (each one undoable)

    def show_plan(self, plan: Plan) -> None:
        """Show a plan that is not an edit of this one (a proposal beside the real plan): no
        undo history, no file."""
        self._replace_document(plan, None, from_example=False)

    def _apply(self, plan: Plan) -> None:
        """Only the undo command calls this; every edit goes through edit()."""
        self.plan = plan
        self.plan_changed.emit()

    def import_calendar(self, path: Path) -> tuple[int, list[Text]]:
        """Add the calendar's events as media windows, as one undoable step.

        Returns how many windows were added and a line per event that was not."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise FileAccessError(f"{path}: cannot read ({exc.strerror})") from None
        dates = [d.date for d in self.plan.days]
        between = (min(dates), max(dates)) if dates else None
        found = read_windows(data, self.plan.zone, path.name, between)
        result = add_media_windows(self.plan, found.windows, None)
        if result.added:
            self.replace_plan(result.plan, tr("Import {count} media windows").format(count=len(result.added)))
        return len(result.added), found.problems + result.notes

    def edit(self, text: str, change: Callable[..., Plan], *args: Any) -> bool:
        """Apply a domain edit (domain/edits.py) as one undoable step; False if it changed
        nothing. An edit that cannot be made raises EditError, and the plan stays as it was."""
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
            self._checking = plan = self.plan
            # Start once the window has drawn the plan: the check holds Python's lock in turns
            # with the window, and the first frame should not wait for it.
            QTimer.singleShot(
                50, lambda: self._checker.run(lambda: check_plan(plan), lambda found: self._on_checked(plan, found))
            )
        return None

    def _on_checked(self, plan: Plan, warnings: list[PlanWarning]) -> None:
        if plan is self.plan:
            self._warnings = (plan, warnings)
            self.warnings_changed.emit()

    def replace_plan(self, plan: Plan, text: str) -> None:
        """A whole-plan edit made elsewhere (e.g. a generated rotation), as one undoable step."""
        self.edit(text, lambda _current: plan)

    def set_journalists(self, journalists: tuple[Journalist, ...], text: str) -> None:
        self.edit(text, lambda current: replace(current, journalists=journalists))

    def release(self, name: str, now: datetime) -> Release:
        """Freeze the schedule for the press; kept in the records (a release is not undone)."""
        release = make_release(self.plan, name, now, self.records.releases)
        self.keep_records(self.records.with_release(release))
        self.records_changed.emit()
        return release

    def record_sent(self, item: OutboxItem, at: datetime) -> None:
        self.keep_records(self.records.with_sent(sent_record(item.invitation, at)))
        self.records_changed.emit()

    def record_failure(self, item: OutboxItem, at: datetime, reason: str) -> None:
        self.keep_records(self.records.with_failure(item.recipient, item.invitation.uid, at, reason))
        self.records_changed.emit()

    def rename(self, title: str) -> None:
        title = title.strip()
        if title:
            self.edit(tr("Rename plan"), lambda current: replace(current, title=title))


def blank_plan() -> Plan:
    return Plan(id=PlanId(new_id("plan")), title=tr("Untitled plan"), timezone=system_zone_key())


def system_zone_key() -> str:
    """The computer's IANA zone, which is the likeliest zone for a new plan."""
    key = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        from zoneinfo import ZoneInfo

        ZoneInfo(key)
    except (ValueError, KeyError):
        return "UTC"
    return key
