"""The grid's sizes and colours, in one place."""

from __future__ import annotations

from PySide6.QtGui import QColor

AXIS_WIDTH = 56
HEADER_HEIGHT = 48
MIN_COLUMN_WIDTH = 170
MIN_HOUR_HEIGHT = 40
PAD = 4
TURN_SHARE = 0.56  # of a day column's width; the rest holds the shift lanes
WINDOW_FILL = QColor("#dce9f8")
TURN_FILL = QColor("#2f5d9e")
TURN_TEXT = QColor("#ffffff")
GRID_LINE = QColor("#d5d9de")
AXIS_TEXT = QColor("#56606b")
ROLE_FILLS = [QColor(c) for c in ("#f2b347", "#7cc68d", "#b7a1e0", "#6fc7c0", "#f29bb7", "#c9b29b")]
ROLE_TEXT = QColor("#1f2933")
CANCELLED_FILL = QColor("#e4e6e9")
HIGHLIGHT = QColor("#ff8a00")
CANCELLED_TEXT = QColor("#5f6b76")
WARNING_MARK = QColor("#d93025")
CONFLICT_MARK = QColor("#b0008e")  # changed here and by a teammate: a dashed magenta edge
# A turn or shift short of people: pale red, hatched (seen in greyscale too), dark red text.
SHORT_FILL = QColor("#fde3df")
SHORT_HATCH = QColor("#d93025")
SHORT_TEXT = QColor("#7a1712")
SELECTED_OUTLINE = QColor("#101418")
NOW_LINE = QColor("#d93025")
TINY = 16  # pixels: a block narrower or shorter than a line of its text is drawn as a plain bar
CACHE_BUDGET_KB = 64 * 1024  # the pixmap cache for painted blocks: a 1280x800 week many times over


def role_fill(index: int) -> QColor:
    """A role's colour, stable for its position in the plan's role list."""
    return ROLE_FILLS[index % len(ROLE_FILLS)]
