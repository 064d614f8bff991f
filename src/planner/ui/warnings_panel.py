"""Every warning about the plan, kept up to date; choosing one shows its item on the grid."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

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
        self._document = document
        document.plan_loaded.connect(self.refresh)
        document.plan_changed.connect(self.refresh)
        document.warnings_changed.connect(self.refresh)
        self.itemActivated.connect(self._on_item_activated)
        self.itemClicked.connect(self._on_item_activated)
        self.refresh()

    def refresh(self) -> None:
        self.clear()
        warnings = self._document.known_warnings()
        if warnings is None:  # a big plan, checked in the background
            checking = QListWidgetItem(tr("Checking the plan…"), self)
            checking.setFlags(Qt.ItemFlag.NoItemFlags)
            return
        for warning in warnings:
            item = QListWidgetItem(_line(warning), self)
            item.setData(WarningRole, warning.item_id)
            item.setToolTip(tooltip(say(warning.text)))
        if not warnings:
            none = QListWidgetItem(tr("No warnings: every window is covered and nobody is double-booked."), self)
            none.setFlags(Qt.ItemFlag.NoItemFlags)

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        item_id = item.data(WarningRole)
        if item_id:
            self.item_chosen.emit(item_id)


def _line(warning: PlanWarning) -> str:
    day = f"{local_date(warning.day, 'ddd d MMM')}: " if warning.day else ""
    return f"⚠ {day}{say(warning.text)}"
