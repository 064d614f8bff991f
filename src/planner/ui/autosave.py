"""Autosave: the document's unsaved edits go to its recovery copy (storage/recovery.py) every
so many seconds, written in a worker thread so a campaign-sized plan never stalls typing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from planner.domain.model import Plan
from planner.storage.recovery import RecoveryCopy
from planner.ui.background import Background
from planner.ui.document import PlanDocument
from planner.ui.i18n import say_error


class Autosave(QObject):
    written = Signal()  # a recovery copy is on disk
    failed = Signal(str)  # why it could not be written (the window says so once)

    def __init__(self, document: PlanDocument, copy: RecoveryCopy, seconds: int, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.copy = copy
        self._written: Plan | None = None  # the plan the copy holds
        self._superseded: list[Callable[[], None]] = []  # removers of copies ours now replaces
        self._copied = False  # a write was asked for since the last clear: the copy may hold edits
        self._closed = False
        self._worker = Background("autosave", self)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.write_now)
        self.set_interval(seconds)
        document.modified_changed.connect(self._on_document_modified_changed)
        document.plan_loaded.connect(self._on_document_plan_loaded)

    def set_interval(self, seconds: int) -> None:
        """0 turns autosave off."""
        self._timer.stop()
        if seconds > 0:
            self._timer.start(seconds * 1000)

    @property
    def interval(self) -> int:
        return self._timer.interval() // 1000 if self._timer.isActive() else 0

    def supersede(self, remove: Callable[[], None]) -> None:
        """Another copy (restored from a crash) is to go once ours holds its edits."""
        self._superseded.append(remove)
        self.write_now()

    def write_now(self) -> None:
        """Write the unsaved edits now (if there are any the copy does not have yet)."""
        document = self.document
        plan = document.plan
        if self._closed or not document.is_modified or plan is self._written:
            return
        records, source, edits, held = document.records, document.path, document.edit_count, document.held_file()

        def done(_result: object) -> None:
            self._written = plan
            self._remove_superseded()
            self.written.emit()

        self._copied = True
        self._worker.run(lambda: self.copy.write(plan, records, source, edits, held), done, self._on_failed)

    def close(self) -> None:
        """A clean exit: wait for a write under way, then remove the copy."""
        self._closed = True
        self._timer.stop()
        self._worker.shutdown(wait=True)
        self.copy.close()
        self._remove_superseded()  # the edits were saved or let go when the window closed

    def _remove_superseded(self) -> None:
        while self._superseded:
            self._superseded.pop()()

    def _on_failed(self, error: Exception) -> None:
        self.failed.emit(say_error(error))

    def _clear(self) -> None:
        # Nothing written, nothing to clear: a plan opened with none of its edits copied
        # (the start's, too — its worker is not started for nothing before the first frame).
        if self._closed or not self._copied:
            return
        self._copied, self._written = False, None
        self._worker.run(self.copy.clear, lambda _result: None, self._on_failed)  # after any write queued

    def _on_document_modified_changed(self, modified: bool) -> None:
        if not modified:  # saved, or undone back to the saved version
            self._clear()

    def _on_document_plan_loaded(self) -> None:
        self._clear()
