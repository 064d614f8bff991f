"""What a run sheet holds, asked before it is exported or printed: which days (by default the
days the grid shows) and which place (by default the grid's). A six-month campaign's whole
sheet is a thousand pages and 12 s to lay out (the window waiting); an organizer prints the
coming days, a site lead their site."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from planner.domain.model import Location
from planner.ui.i18n import local_date, pydate, qdate, tr
from planner.ui.messages import fit_choices


@dataclass(frozen=True)
class RunSheetScope:
    first: date | None = None
    last: date | None = None
    place: str | None = None  # a location's id; None for every place


class RunSheetDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        plan_days: tuple[date, date],
        shown: tuple[date, date],
        locations: tuple[Location, ...],
        place: str | None,
    ) -> None:
        """`plan_days`: the plan's first and last day; `shown`: the days the grid shows;
        `place`: the location the grid shows (None: all of them)."""
        super().__init__(parent)
        self.setWindowTitle(tr("Run sheet"))
        first, last = plan_days
        note = QLabel(
            tr("The plan runs from {first} to {last}.").format(first=local_date(first), last=local_date(last)), self
        )
        note.setWordWrap(True)
        self.first = self._date_edit(tr("First day of the run sheet"), plan_days, max(first, min(shown[0], last)))
        self.last = self._date_edit(tr("Last day of the run sheet"), plan_days, min(last, max(shown[1], first)))
        # The two ends never cross: each bounds the other.
        self.first.dateChanged.connect(self.last.setMinimumDate)
        self.last.dateChanged.connect(self.first.setMaximumDate)
        self.last.setMinimumDate(self.first.date())
        self.first.setMaximumDate(self.last.date())
        self.place = QComboBox(self)
        self.place.addItem(tr("All locations"), None)
        for location in locations:
            self.place.addItem(location.name, location.id)
        self.place.setCurrentIndex(max(0, self.place.findData(place)))
        fit_choices(self.place)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(tr("&From:"), self.first)
        form.addRow(tr("&To:"), self.last)
        form.addRow(tr("&Location:"), self.place)
        form.addRow(buttons)
        self.setMinimumWidth(440)  # the plan's dates on one line

    def _date_edit(self, name: str, bounds: tuple[date, date], day: date) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("ddd d MMM yyyy")
        edit.setDateRange(qdate(bounds[0]), qdate(bounds[1]))
        edit.setDate(qdate(day))
        return edit

    def scope(self) -> RunSheetScope:
        return RunSheetScope(pydate(self.first.date()), pydate(self.last.date()), self.place.currentData())
