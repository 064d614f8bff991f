"""The week grid, as a package: view.py (the widget and its navigation), scene.py (building
what a week shows), blocks.py (painting a turn, shift or window), input.py (mouse and keyboard),
style.py (sizes and colours)."""

from planner.ui.calendar_view.blocks import BlockItem, BlockKind, short_name
from planner.ui.calendar_view.input import PERSON_MIME
from planner.ui.calendar_view.scene import DayColumn, week_dates
from planner.ui.calendar_view.style import CONFLICT_MARK, SHORT_FILL, SHORT_HATCH, TURN_FILL, WINDOW_FILL, role_fill
from planner.ui.calendar_view.view import CalendarView

__all__ = [
    "CONFLICT_MARK",
    "PERSON_MIME",
    "SHORT_FILL",
    "SHORT_HATCH",
    "TURN_FILL",
    "WINDOW_FILL",
    "BlockItem",
    "BlockKind",
    "CalendarView",
    "DayColumn",
    "role_fill",
    "short_name",
    "week_dates",
]
