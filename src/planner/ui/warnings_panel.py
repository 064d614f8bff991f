"""Every warning about the plan, kept up to date; choosing one shows its item on the grid."""

from __future__ import annotations

from itertools import compress, count
from operator import ne

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from planner.domain.checks import PlanWarning
from planner.ui.document import PlanDocument
from planner.ui.i18n import local_date, say, tr
from planner.ui.messages import tooltip

WarningRole = Qt.ItemDataRole.UserRole + 1


class WarningsPanel(QListWidget):
    """One line per warning (double booking, uncovered window, short-staffed shift, DST gap…)."""

    item_chosen = Signal(str)  # the id of the turn, shift or window a warning is about

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warningsPanel")
        self.setAccessibleName(tr("Warnings"))
        self.setWordWrap(True)
        # Laid out a hundred lines at a time, in idle moments: lines wrap to the panel's width,
        # and 2,000 measured at once (a campaign before its rotation) held up a frame.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(100)
        self._document = document
        self._shown: list[PlanWarning] = []  # the warnings listed, in order, under the note if any
        self._note: QListWidgetItem | None = None  # the first line: "Checking the plan…", "No warnings…"
        document.plan_loaded.connect(self._on_plan_loaded)
        document.plan_changed.connect(self.refresh)
        document.warnings_changed.connect(self.refresh)
        self.itemActivated.connect(self._on_item_activated)
        self.itemClicked.connect(self._on_item_activated)
        self.refresh()

    def _on_plan_loaded(self) -> None:
        self.clear()  # (another plan: nothing of the last one's list stays)
        self._shown, self._note = [], None
        self.refresh()

    def refresh(self) -> None:
        warnings = self._document.known_warnings()
        if warnings is None:  # a big plan, checked in the background: the last list stays under the note
            self._set_note(tr("Checking the plan…"))
            return
        self._list(warnings)
        self._set_note(None if warnings else tr("No warnings: every window is covered and nobody is double-booked."))

    def _list(self, warnings: list[PlanWarning]) -> None:
        """Only the lines that changed are made again: a campaign before its rotation has
        2,000 warnings (150 ms to list whole), and an edit or an undo changes a few."""
        shown, below = self._shown, 1 if self._note is not None else 0
        both = min(len(shown), len(warnings))
        start = next(compress(count(), map(ne, shown, warnings)), both)
        end = min(next(compress(count(), map(ne, reversed(shown), reversed(warnings))), both), both - start)
        for _ in range(len(shown) - start - end):
            self.takeItem(below + start)
        for row, warning in enumerate(warnings[start : len(warnings) - end], below + start):
            item = QListWidgetItem(_line(warning))
            item.setData(WarningRole, warning.item_id)
            item.setToolTip(tooltip(say(warning.text)))
            self.insertItem(row, item)
        self._shown = list(warnings)

    def _set_note(self, text: str | None) -> None:
        if text is None:
            if self._note is not None:
                self.takeItem(0)
                self._note = None
            return
        if self._note is None:
            self._note = QListWidgetItem()
            self._note.setFlags(Qt.ItemFlag.NoItemFlags)
            self.insertItem(0, self._note)
        self._note.setText(text)

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        item_id = item.data(WarningRole)
        if item_id:
            self.item_chosen.emit(item_id)


def _line(warning: PlanWarning) -> str:
    day = f"{local_date(warning.day, 'ddd d MMM')}: " if warning.day else ""
    return f"⚠ {day}{say(warning.text)}"
