"""Above the grid: which week, step between weeks, zoom, which location to show, and whose
turns and shifts are in focus."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from planner.domain.model import Person
from planner.ui.calendar_view import CalendarView
from planner.ui.calendar_view.blocks import short_name
from planner.ui.document import PlanDocument
from planner.ui.i18n import local_date, tr
from planner.ui.settings import Settings


class GridBar(QWidget):
    focus_cleared = Signal()  # the organizer ended the focus on one person

    def __init__(self, grid: CalendarView, document: PlanDocument, parent: QWidget | None = None,
                 settings: Settings | None = None) -> None:  # fmt: skip
        """`settings`: where the location each plan was shown filtered to is kept, for the
        next time it opens."""
        super().__init__(parent)
        self.setObjectName("gridBar")
        self._grid, self._document, self._settings = grid, document, settings
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        self.previous = self._button(tr("◀"), tr("Previous week"), lambda: grid.step_week(-1))
        self.this_week = self._button(tr("This week"), tr("Go to the week of today"), self.show_this_week)
        self.next = self._button(tr("▶"), tr("Next week"), lambda: grid.step_week(1))
        self.week_label = QLabel(self)
        self.week_label.setTextFormat(Qt.TextFormat.PlainText)
        self.week_label.setObjectName("weekLabel")
        self.week_label.setAccessibleName(tr("Week shown"))
        self.week_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        # An empty week: one click to where the plan has something.
        self.go_planned = self._button("", tr("Go to the nearest day with something planned"), self._go_planned)
        self.go_planned.hide()
        for widget in (self.previous, self.this_week, self.next, self.week_label, self.go_planned):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.zoom_out = self._button(tr("−"), tr("Zoom out"), lambda: grid.zoom_by(1 / 1.25))
        self.zoom_in = self._button(tr("+"), tr("Zoom in"), lambda: grid.zoom_by(1.25))
        layout.addWidget(self.zoom_out)
        layout.addWidget(self.zoom_in)
        self.location = QComboBox(self)
        self.location.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.location.setMinimumContentsLength(10)  # long site names are elided, not widening the window
        self.location.setAccessibleName(tr("Show location"))
        self.location.setToolTip(tr("Show one location's windows, turns and shifts, or all of them"))
        self.location.currentIndexChanged.connect(lambda _i: self._location_chosen())
        layout.addWidget(self.location)
        # Whose turns and shifts are outlined (a person chosen in the People panel); ✕ ends it.
        self.focus = self._button("", tr("Stop showing one person's turns and shifts"), self.clear_focus)
        self.focus.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.focus.setObjectName("personFocus")
        self.focus.hide()
        document.plan_loaded.connect(lambda: self.show_person(None))  # another plan: its own people
        layout.insertWidget(layout.indexOf(self.zoom_out), self.focus)
        grid.week_changed.connect(self._update_week)
        self._listed: object = None  # the locations the list was made from
        document.plan_loaded.connect(self._on_document_plan_loaded)
        document.plan_changed.connect(lambda: self._fill_locations(self.location.currentData()))
        self._fill_locations(None)
        self._update_week()

    def _button(self, text: str, name: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(name)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def show_person(self, person: Person | None) -> None:
        """Outline `person`'s turns and shifts on the grid (None: everyone's again)."""
        self._grid.focus_person(person.id if person is not None else None)
        self.focus.setVisible(person is not None)
        if person is not None:
            self.focus.setText(tr("Showing {name} ✕").format(name=short_name(person.name)))

    def clear_focus(self) -> None:
        self.show_person(None)
        self.focus_cleared.emit()

    def show_this_week(self) -> None:
        self._grid.show_week(datetime.now(self._document.plan.zone).date())

    def _go_planned(self) -> None:
        day = self._grid.planned_day_elsewhere()
        if day is not None:
            self._grid.show_week(day)

    def _update_week(self) -> None:
        elsewhere = self._grid.planned_day_elsewhere()
        self.go_planned.setVisible(elsewhere is not None)
        if elsewhere is not None:
            self.go_planned.setText(tr("Go to {day}").format(day=local_date(elsewhere, "ddd d MMM yyyy")))
        day_only = self._grid.day_only
        for button, text in ((self.previous, tr("Previous day") if day_only else tr("Previous week")),
                             (self.next, tr("Next day") if day_only else tr("Next week"))):  # fmt: skip
            button.setToolTip(text)
            button.setAccessibleName(text)
        if day_only:
            self.week_label.setText(local_date(self._grid.day, "dddd d MMM yyyy"))
            return
        monday = self._grid.week
        sunday = monday + timedelta(days=6)
        self.week_label.setText(f"{local_date(monday, 'd MMM')} – {local_date(sunday, 'd MMM yyyy')}")
        self.week_label.setMinimumWidth(self.week_label.sizeHint().width())

    def _on_document_plan_loaded(self) -> None:
        """Another plan: its locations, and the one it was last shown filtered to, if any (a
        plan of no file, the example: the one shown before, if it has it)."""
        path, wanted = self._document.path, self.location.currentData()
        if self._settings is not None and path is not None:
            wanted = self._settings.shown_location(path)
        self._fill_locations(wanted)

    def _location_chosen(self) -> None:
        location_id = self.location.currentData()
        self._grid.set_location_filter(location_id)
        if self._settings is not None and self._document.path is not None:
            self._settings.keep_shown_location(self._document.path, location_id)

    def _fill_locations(self, wanted: str | None) -> None:
        """The plan's locations listed, `wanted` chosen if it is one of them (else all of
        them), and the grid filtered so: one rebuild, if any."""
        plan = self._document.plan
        if plan.locations is self._listed and wanted == self.location.currentData():
            return  # an edit of something else: the same list
        self._listed = plan.locations
        self.location.blockSignals(True)  # rebuilding the list is not a choice
        self.location.clear()
        self.location.addItem(tr("All locations"), None)
        for loc in plan.locations:
            self.location.addItem(loc.name, loc.id)
        self.location.setCurrentIndex(max(0, self.location.findData(wanted)))
        self.location.blockSignals(False)
        if self.location.currentData() != self._grid.location_filter:
            self._grid.set_location_filter(self.location.currentData())
        # Shown even for one site (disabled then): a control that comes and goes moves the grid.
        self.location.setEnabled(len(plan.locations) > 1)
