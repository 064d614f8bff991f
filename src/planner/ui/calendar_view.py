"""The calendar grid: a week of day columns, a time axis, shaded windows, turns and shift lanes."""

from __future__ import annotations

import enum
import html
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from planner.domain.checks import span
from planner.domain.edits import EditError, assign_person, find_item, remove_items, retime_item
from planner.domain.model import PersonId, Plan, Shift, Turn, Window, WindowId
from planner.ui.document import PlanDocument
from planner.ui.grid_layout import assign_lanes, visible_hours
from planner.ui.i18n import local_date, say, tr

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
NOW_LINE = QColor("#d93025")
TINY = 8  # pixels: a block narrower or shorter than this is drawn as a plain bar


def role_fill(index: int) -> QColor:
    """A role's colour, stable for its position in the plan's role list."""
    return ROLE_FILLS[index % len(ROLE_FILLS)]


class BlockKind(enum.Enum):
    WINDOW = "window"
    TURN = "turn"
    SHIFT = "shift"


class BlockItem(QGraphicsRectItem):
    """A window, turn or shift on the grid, carrying the id of the domain item it shows."""

    def __init__(
        self,
        rect: QRectF,
        kind: BlockKind,
        item_id: str,
        label: str,
        detail: str,
        fill: QColor,
        text: QColor,
        more: str = "",
        cancelled: bool = False,
    ) -> None:
        super().__init__(rect)
        self.kind = kind
        self.item_id = item_id
        self.cancelled = cancelled
        self.highlighted = False  # e.g. changed by a proposed rotation
        if cancelled:  # grey and hatched, so it never reads as a live, staffed slot
            fill, text = CANCELLED_FILL, CANCELLED_TEXT
            label = tr("Cancelled: {label}").format(label=label)
        self.label = label
        self.detail = detail
        self.warnings: list[str] = []
        self._more = more
        self._fill = fill
        self._text = text
        self.setBrush(QBrush(fill))
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setZValue({BlockKind.WINDOW: 0, BlockKind.TURN: 2, BlockKind.SHIFT: 2}[kind])
        # Painted once into a pixmap and then copied: scrolling a busy week stays smooth.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        if kind is not BlockKind.WINDOW:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)

    def set_warnings(self, messages: list[str]) -> None:
        """Mark the block (a red corner); the tooltip says why."""
        self.warnings = messages

    def tooltip_text(self) -> str:
        """Who, when, and any warnings; made when the pointer rests on the block (see
        CalendarView.viewportEvent), not for each of thousands of blocks up front."""
        if self.kind is BlockKind.WINDOW and not self.warnings:
            return ""
        lines = [f"<b>{html.escape(self.label)}</b>", html.escape(self.detail), html.escape(self._more)]
        lines += [f"<span style='color:#b3261e'>⚠ {html.escape(m)}</span>" for m in self.warnings]
        return "<br>".join(line for line in lines if line)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = self.rect()
        if rect.width() < TINY or rect.height() < TINY:
            # A sliver in a crowded day (hundreds of shifts): a plain bar, as fast as it gets.
            painter.fillRect(rect, self._fill.darker(130) if self.isSelected() or self.highlighted else self._fill)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self._fill.darker(125), 1) if self.kind is not BlockKind.WINDOW else Qt.PenStyle.NoPen)
        painter.setBrush(self._fill.darker(115) if self.isSelected() else self._fill)
        radius = 0 if self.kind is BlockKind.WINDOW else 4
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        if self.cancelled:
            painter.setBrush(QBrush(self._fill.darker(140), Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        if self.highlighted:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(HIGHLIGHT, 3))
            painter.drawRoundedRect(rect.adjusted(1.5, 1.5, -1.5, -1.5), radius, radius)
        if self.warnings and self.kind is not BlockKind.WINDOW:  # a window's show in its day's header
            corner = QPolygonF([rect.topRight(), rect.topRight() + QPointF(-12, 0), rect.topRight() + QPointF(0, 12)])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(WARNING_MARK)
            painter.drawPolygon(corner)
        if self.kind is BlockKind.WINDOW:
            return
        painter.setPen(self._text)
        if rect.width() < 48 and rect.height() > 1.5 * rect.width():
            # A narrow lane reads better turned on its side, like a book's spine.
            painter.save()
            painter.translate(rect.left(), rect.bottom())
            painter.rotate(-90)
            self._draw_lines(painter, QRectF(0, 0, rect.height(), rect.width()).adjusted(6, 2, -4, -2))
            painter.restore()
        else:
            self._draw_lines(painter, rect.adjusted(5, 3, -4, -2))

    def _draw_lines(self, painter: QPainter, inner: QRectF) -> None:
        """The label in bold, then the detail, each elided to the width; as many as fit."""
        plain = QFont(painter.font())
        plain.setPointSizeF(plain.pointSizeF() * 0.92)
        bold = QFont(plain)
        bold.setBold(True)
        y = inner.top()
        for text, font in ((self.label, bold), (self.detail, plain)):
            metrics = QFontMetrics(font)
            if y + metrics.height() > inner.bottom() + 2:
                break
            painter.setFont(font)
            painter.drawText(
                QRectF(inner.left(), y, inner.width(), metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width())),
            )
            y += metrics.height()


@dataclass(frozen=True)
class DayColumn:
    date: date
    left: float
    width: float


@dataclass
class _Drag:
    """A turn or shift being dragged: moved whole, or stretched by its bottom edge."""

    block: BlockItem
    resize: bool
    press: QPointF  # scene position of the press
    rect: QRectF  # where the block was
    column: int
    start: datetime
    end: datetime
    moved: bool = False


PERSON_MIME = "application/x-planner-person"  # a person dragged from the people panel
EDGE = 6  # pixels from a block's bottom edge that grab it for resizing
MIN_ZOOM, MAX_ZOOM = 0.5, 4.0


class CalendarView(QGraphicsView):
    """A week of the document's plan: day columns, shaded windows, turns and shift lanes.

    Only the shown week is built, so a plan of months opens as fast as one of days. Turns and
    shifts are dragged to move (snapped), stretched by their bottom edge, given a person by
    dropping one from the people panel, and edited by keyboard as well: arrows move, Shift+
    arrows resize, Delete removes, Enter edits, Page Up/Down change the week."""

    edit_requested = Signal(str)  # an item id: open its editor
    edit_failed = Signal(str)  # why a drag or key edit could not be made
    week_changed = Signal()

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarGrid")
        self.setAccessibleName(tr("Calendar grid"))
        self._document = document
        self._scene = QGraphicsScene(self)
        self._scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # rebuilt, not moved
        self.setScene(self._scene)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setBackgroundBrush(QColor("#ffffff"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setAcceptDrops(True)
        self.viewport().setMouseTracking(True)
        self.snap_minutes = 15
        self.location_filter: str | None = None  # a location id, or None for all
        self.clock: Callable[[ZoneInfo], datetime] = lambda zone: datetime.now(zone)
        self._columns: list[DayColumn] = []
        self._first_hour, self._last_hour = 8, 18
        self._hour_height = float(MIN_HOUR_HEIGHT)
        self._zoom = 1.0
        self._week = date.min  # the Monday of the week shown
        self._highlighted: set[str] = set()
        self._selected: set[str] = set()
        self._drag: _Drag | None = None
        self._index: _PlanIndex | None = None
        document.plan_loaded.connect(self._on_document_plan_loaded)
        document.plan_changed.connect(self._on_document_plan_changed)
        document.warnings_changed.connect(self._on_document_warnings_changed)
        self._on_document_plan_loaded()

    # -- what the grid shows (also how tests read it)

    def day_columns(self) -> list[DayColumn]:
        return list(self._columns)

    def blocks(self, kind: BlockKind | None = None) -> list[BlockItem]:
        items = [i for i in self._scene.items(Qt.SortOrder.AscendingOrder) if isinstance(i, BlockItem)]
        return [i for i in items if kind is None or i.kind is kind]

    def block(self, item_id: str) -> BlockItem | None:
        return next((b for b in self.blocks() if b.item_id == item_id and b.kind is not BlockKind.WINDOW), None)

    def highlight(self, item_ids: set[str]) -> None:
        """Outline these items (kept across rebuilds), e.g. what a proposal changes."""
        self._highlighted = set(item_ids)
        for block in self.blocks():
            block.highlighted = block.item_id in self._highlighted
            block.update()

    def y_for(self, moment: datetime) -> float:
        hours = moment.hour + moment.minute / 60 - self._first_hour
        return HEADER_HEIGHT + max(0.0, min(hours, self._last_hour - self._first_hour)) * self._hour_height

    def selected_ids(self) -> list[str]:
        return [b.item_id for b in self.blocks() if b.isSelected() and b.kind is not BlockKind.WINDOW]

    @property
    def week(self) -> date:
        return self._week

    @property
    def zoom(self) -> float:
        return self._zoom

    # -- navigation

    def show_week(self, day: date) -> None:
        monday = day - timedelta(days=day.weekday())
        if monday != self._week:
            self._week = monday
            self.rebuild()
            self.week_changed.emit()

    def step_week(self, weeks: int) -> None:
        self.show_week(self._week + timedelta(weeks=weeks))

    def set_zoom(self, zoom: float) -> None:
        self._zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        self.rebuild()

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self._zoom * factor)

    def set_location_filter(self, location_id: str | None) -> None:
        self.location_filter = location_id
        self.rebuild()

    def select_item(self, item_id: str) -> bool:
        """Show the week holding a turn, shift or window, select it and scroll to it."""
        plan = self._document.plan
        items: list[Turn | Shift | Window] = [*plan.turns, *plan.shifts, *plan.windows()]
        moment = next((i.start for i in items if i.id == item_id), None)
        if moment is None:
            return False
        self.show_week(moment.date())
        self._scene.clearSelection()
        # A window is shown by selecting its turns nobody is on: those are what need doing.
        wanted = {item_id}
        if item_id in plan.windows_by_id:
            wanted |= {t.id for t in plan.turns_in(WindowId(item_id)) if not t.person_ids}
        found = False
        for block in self.blocks():
            if block.item_id in wanted:
                block.setSelected(block.kind is not BlockKind.WINDOW)
                if block.item_id == item_id:
                    self.ensureVisible(block)
                found = True
        self._selected = set(self.selected_ids())
        return found

    # -- building

    def _on_document_plan_loaded(self) -> None:
        dates = self._index_for(self._document.plan).dates
        first = dates[0] if dates else self.clock(self._document.plan.zone).date()
        self._week = first - timedelta(days=first.weekday())
        self._selected.clear()
        self.rebuild()
        self.week_changed.emit()

    def _on_document_plan_changed(self) -> None:
        had_dates = self._index is not None and bool(self._index.dates)
        dates = self._index_for(self._document.plan).dates
        if dates and not had_dates:  # the first days of an empty plan: go and show them
            self._week = dates[0] - timedelta(days=dates[0].weekday())
            self.week_changed.emit()
        self.rebuild()

    def _index_for(self, plan: Plan) -> _PlanIndex:
        if self._index is None or self._index.plan is not plan:
            self._index = _PlanIndex(plan)
        return self._index

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size() != event.oldSize():
            self.rebuild()

    def rebuild(self) -> None:
        plan = self._document.plan
        index = self._index_for(plan)
        self._drag = None
        self._scene.clear()
        dates = week_dates(self._week, set(index.dates))
        self._first_hour, self._last_hour = index.hours
        hours = self._last_hour - self._first_hour
        viewport = self.viewport().size()
        width = max(MIN_COLUMN_WIDTH, (viewport.width() - AXIS_WIDTH - 1) / max(1, len(dates)))
        fit = max(MIN_HOUR_HEIGHT, (viewport.height() - HEADER_HEIGHT - 1) / hours)
        self._hour_height = fit * self._zoom
        self._columns = [DayColumn(d, AXIS_WIDTH + i * width, width) for i, d in enumerate(dates)]
        total_width = AXIS_WIDTH + len(dates) * width
        total_height = HEADER_HEIGHT + hours * self._hour_height
        self._scene.setSceneRect(0, 0, total_width, total_height)
        if not index.dates:
            note = self._scene.addSimpleText(tr("This plan has no days yet."))
            note.setPos(AXIS_WIDTH + 12, HEADER_HEIGHT + 12)
            note.setBrush(AXIS_TEXT)
        self._draw_axis(total_width)
        warned = self._warned()
        for column in self._columns:
            self._draw_header(plan, column, index, warned)
            self._draw_windows(index, column, warned)
            self._draw_turns(plan, index, column, warned)
            self._draw_shifts(plan, index, column, warned)
        self._draw_now(plan)
        if self._highlighted:
            self.highlight(self._highlighted)
        for block in self.blocks():
            if block.item_id in self._selected and block.kind is not BlockKind.WINDOW:
                block.setSelected(True)

    def _warned(self) -> dict[str, list[str]]:
        warned: dict[str, list[str]] = defaultdict(list)
        for warning in self._document.known_warnings() or ():
            warned[warning.item_id].append(say(warning.text))
        return warned

    def _on_document_warnings_changed(self) -> None:
        self.rebuild()  # a week rebuilds in milliseconds; the marks and headers follow

    def _draw_axis(self, total_width: float) -> None:
        pen = QPen(GRID_LINE)
        for hour in range(self._first_hour, self._last_hour + 1):
            y = HEADER_HEIGHT + (hour - self._first_hour) * self._hour_height
            self._scene.addLine(AXIS_WIDTH - 6, y, total_width, y, pen).setZValue(1)
            if hour < self._last_hour:
                label = self._scene.addSimpleText(f"{hour:02d}:00")
                label.setBrush(AXIS_TEXT)
                label.setPos(AXIS_WIDTH - 10 - label.boundingRect().width(), y - label.boundingRect().height() / 2)
        bottom = HEADER_HEIGHT + (self._last_hour - self._first_hour) * self._hour_height
        for column in self._columns:
            self._scene.addLine(column.left, 0, column.left, bottom, pen).setZValue(1)

    def _draw_header(self, plan: Plan, column: DayColumn, index: _PlanIndex, warned: dict[str, list[str]]) -> None:
        title = QGraphicsSimpleTextItem(local_date(column.date, "ddd d MMM"))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        title.setFont(font)
        title.setPos(column.left + 8, 6)
        title.setData(0, column.date.isoformat())
        self._scene.addItem(title)
        windows = self._shown(index.windows.get(column.date, []))
        if windows:
            hours = ", ".join(span(w.start, w.end) + (" cancelled" if w.cancelled else "") for w in windows)
            sub = self._scene.addSimpleText(tr("Media {hours}").format(hours=hours))
            sub.setBrush(AXIS_TEXT)
            sub.setPos(column.left + 8, 6 + title.boundingRect().height())
            gaps = [m for w in windows for m in warned.get(w.id, [])]
            if gaps:  # a window left partly uncovered: said in the header, where it is seen
                mark = self._scene.addSimpleText("⚠")
                mark.setBrush(WARNING_MARK)
                mark.setPos(column.left + column.width - 22, 6)
                mark.setToolTip("<br>".join(html.escape(m) for m in gaps))
                mark.setData(0, "window-warning")

    def _shown(self, items: list[Any]) -> list[Any]:
        """Items at the location chosen in the filter (all of them without one)."""
        if self.location_filter is None:
            return items
        return [i for i in items if i.location_id == self.location_filter]

    def _rect(self, column: DayColumn, start: datetime, end: datetime, left: float, width: float) -> QRectF:
        top = self.y_for(start)
        bottom = self.y_for(end) if end.date() == start.date() else self.y_for(end.replace(hour=23, minute=59))
        return QRectF(column.left + left, top + 1, width, max(bottom - top - 2, 6))

    def _draw_windows(self, index: _PlanIndex, column: DayColumn, warned: dict[str, list[str]]) -> None:
        for window in self._shown(index.windows.get(column.date, [])):
            rect = self._rect(column, window.start, window.end, 1, column.width - 1)
            label = tr("Media availability {hours}").format(hours=span(window.start, window.end))
            block = BlockItem(rect, BlockKind.WINDOW, window.id, label, "", WINDOW_FILL, AXIS_TEXT,
                              cancelled=window.cancelled)  # fmt: skip
            block.set_warnings(warned.get(window.id, []))
            self._scene.addItem(block)

    def _draw_turns(self, plan: Plan, index: _PlanIndex, column: DayColumn, warned: dict[str, list[str]]) -> None:
        turns = index.turns.get(column.date, [])
        if self.location_filter:
            windows = plan.windows_by_id
            turns = [
                t for t in turns if t.window_id in windows and windows[t.window_id].location_id == self.location_filter
            ]
        # Turns of windows at the same hours (several sites) stand side by side.
        lanes, counts = assign_lanes([(t.start, t.end) for t in turns])
        area = (column.width - 2 * PAD) * TURN_SHARE
        for turn, lane, count in zip(turns, lanes, counts, strict=True):
            lane_width = area / count
            rect = self._rect(column, turn.start, turn.end, PAD + lane * lane_width, lane_width - (count > 1))
            label, detail, more = turn_text(plan, turn)
            off = turn.window_id in index.cancelled_windows
            block = BlockItem(rect, BlockKind.TURN, turn.id, label, detail, TURN_FILL, TURN_TEXT, more, cancelled=off)
            block.set_warnings(warned.get(turn.id, []))
            self._scene.addItem(block)

    def _draw_shifts(self, plan: Plan, index: _PlanIndex, column: DayColumn, warned: dict[str, list[str]]) -> None:
        shifts = self._shown(index.shifts.get(column.date, []))
        lanes, counts = assign_lanes([(s.start, s.end) for s in shifts])
        turn_width = (column.width - 2 * PAD) * TURN_SHARE
        area_left = PAD + turn_width + PAD
        for shift, lane, count in zip(shifts, lanes, counts, strict=True):
            lane_width = (column.width - area_left - PAD) / count
            rect = self._rect(column, shift.start, shift.end, area_left + lane * lane_width, lane_width - 2)
            label, detail = shift_text(plan, shift)
            fill = role_fill(index.role_order.get(shift.role_id, 0))
            off = shift.cancelled
            block = BlockItem(rect, BlockKind.SHIFT, shift.id, label, detail, fill, ROLE_TEXT, cancelled=off)
            block.set_warnings(warned.get(shift.id, []))
            self._scene.addItem(block)

    def _draw_now(self, plan: Plan) -> None:
        now = self.clock(plan.zone)
        column = next((c for c in self._columns if c.date == now.date()), None)
        if column is None or not self._first_hour <= now.hour < self._last_hour:
            return
        y = self.y_for(now)
        line = self._scene.addLine(column.left, y, column.left + column.width, y, QPen(NOW_LINE, 2))
        line.setZValue(5)
        line.setToolTip(tr("Now, {time}").format(time=f"{now:%H:%M}"))
        line.setData(0, "now")

    # -- direct manipulation

    def _block_at(self, position: QPointF) -> BlockItem | None:
        for item in self.items(position.toPoint()):
            if isinstance(item, BlockItem) and item.kind is not BlockKind.WINDOW:
                return item
        return None

    def _column_at(self, x: float) -> int | None:
        for i, column in enumerate(self._columns):
            if column.left <= x < column.left + column.width:
                return i
        return None

    def _snap(self, pixels: float) -> int:
        """A vertical distance as minutes, rounded to the snap step."""
        minutes = pixels / self._hour_height * 60
        return round(minutes / self.snap_minutes) * self.snap_minutes

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        block = self._block_at(event.position())
        if event.button() is not Qt.MouseButton.LeftButton or block is None or block.cancelled:
            return
        item = self._item(block.item_id)
        scene = self.mapToScene(event.position().toPoint())
        column = self._column_at(scene.x())
        if item is None or column is None:
            return
        resize = block.rect().bottom() - scene.y() <= EDGE
        self._drag = _Drag(block, resize, scene, QRectF(block.rect()), column, item.start, item.end)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        if drag is None:
            block = self._block_at(event.position())
            near_edge = block is not None and block.rect().bottom() - self.mapToScene(
                event.position().toPoint()).y() <= EDGE  # fmt: skip
            self.viewport().setCursor(Qt.CursorShape.SizeVerCursor if near_edge else Qt.CursorShape.ArrowCursor)
            super().mouseMoveEvent(event)
            return
        scene = self.mapToScene(event.position().toPoint())
        if not drag.moved and (scene - drag.press).manhattanLength() < QApplication.startDragDistance():
            return
        drag.moved = True
        start, end = self._dragged_times(drag, scene)
        top = self.y_for(start) + 1
        if drag.resize:
            drag.block.setRect(QRectF(drag.rect.left(), drag.rect.top(), drag.rect.width(),
                                      max(6.0, self.y_for(end) - drag.rect.top() - 1)))  # fmt: skip
        else:
            column = self._columns[self._column_at(scene.x()) or drag.column]
            left = column.left + drag.rect.left() - self._columns[drag.column].left
            drag.block.setRect(QRectF(left, top, drag.rect.width(), drag.rect.height()))
        drag.block.setToolTip(span(start, end))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        super().mouseReleaseEvent(event)
        if drag is None or not drag.moved:
            return
        start, end = self._dragged_times(drag, self.mapToScene(event.position().toPoint()))
        if (start, end) == (drag.start, drag.end):
            self.rebuild()
            return
        what = tr("Resize {kind} to {when}") if drag.resize else tr("Move {kind} to {when}")
        self._selected = {drag.block.item_id}
        kind = tr("turn") if drag.block.kind is BlockKind.TURN else tr("shift")
        self._apply(
            what.format(kind=kind, when=local_date(start, "ddd HH:mm")), retime_item, drag.block.item_id, start, end
        )

    def _dragged_times(self, drag: _Drag, scene: QPointF) -> tuple[datetime, datetime]:
        minutes = timedelta(minutes=self._snap(scene.y() - drag.press.y()))
        if drag.resize:
            end = drag.end + minutes
            return drag.start, max(end, drag.start + timedelta(minutes=self.snap_minutes))
        column = self._column_at(scene.x())
        days = self._columns[column].date - self._columns[drag.column].date if column is not None else timedelta(0)
        return drag.start + days + minutes, drag.end + days + minutes

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for item in self.items(event.pos()):
                if isinstance(item, BlockItem):
                    item.setToolTip(item.tooltip_text())
                    break
        return super().viewportEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # A turn or shift, or else the media window behind the click.
        block = self._block_at(event.position()) or next(
            (i for i in self.items(event.position().toPoint()) if isinstance(i, BlockItem)), None
        )
        if block is not None:
            self.edit_requested.emit(block.item_id)
            return
        super().mouseDoubleClickEvent(event)

    def current_day(self) -> date:
        """The day of the selected turn or shift, or else the first day shown."""
        for item_id in self.selected_ids():
            item = self._item(item_id)
            if item is not None:
                return item.start.date()
        return self._columns[0].date if self._columns else self._week

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_PageUp:
            self.step_week(-1)
        elif key == Qt.Key.Key_PageDown:
            self.step_week(1)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected_ids():
            self.delete_selected()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and len(self.selected_ids()) == 1:
            self.edit_requested.emit(self.selected_ids()[0])
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right) and self.selected_ids():
            self._nudge(key, bool(mods & Qt.KeyboardModifier.ShiftModifier))
        else:
            super().keyPressEvent(event)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._selected.clear()
            self._apply(tr("Delete {count} items").format(count=len(ids)), remove_items, ids)

    def _nudge(self, key: int, resize: bool) -> None:
        """Arrow keys: up/down by the snap step, left/right by a day; with Shift, the end only."""
        step = timedelta(minutes=self.snap_minutes)
        delta = {Qt.Key.Key_Up: -step, Qt.Key.Key_Down: step,
                 Qt.Key.Key_Left: timedelta(days=-1), Qt.Key.Key_Right: timedelta(days=1)}[Qt.Key(key)]  # fmt: skip
        item_id = self.selected_ids()[0]
        item = self._item(item_id)
        if item is None:
            return
        self._selected = {item_id}
        if resize:
            self._apply(tr("Resize with the keyboard"), retime_item, item_id, item.start, item.end + delta)
        else:
            self._apply(tr("Move with the keyboard"), retime_item, item_id, item.start + delta, item.end + delta)
        moved = self._item(item_id)
        if moved is not None and moved.start.date() not in {c.date for c in self._columns}:
            self.show_week(moved.start.date())

    def _item(self, item_id: str) -> Turn | Shift | None:
        try:
            return find_item(self._document.plan, item_id)
        except EditError:
            return None

    def _apply(self, text: str, change: Callable[..., Plan], *args: Any) -> None:
        try:
            changed = self._document.edit(text, change, *args)
        except EditError as exc:
            self.rebuild()  # put the dragged block back
            self.edit_failed.emit(say(exc.text))
            return
        if not changed:
            self.rebuild()

    # -- people dropped from the people panel

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(PERSON_MIME):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(PERSON_MIME):
            if self._block_at(event.position()) is not None:
                event.acceptProposedAction()
            else:
                event.ignore()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if not event.mimeData().hasFormat(PERSON_MIME):
            super().dropEvent(event)
            return
        block = self._block_at(event.position())
        if block is None:
            event.ignore()
            return
        person_id = bytes(event.mimeData().data(PERSON_MIME).data()).decode("utf-8")
        person = self._document.plan.people_by_id.get(PersonId(person_id))
        event.acceptProposedAction()
        self._selected = {block.item_id}
        name = person.name if person else person_id
        self._apply(tr("Assign {name}").format(name=name), assign_person, block.item_id, PersonId(person_id))


class _PlanIndex:
    """A plan's windows, turns and shifts by date, made once per plan (plans are immutable)."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.windows: dict[date, list[Window]] = defaultdict(list)
        self.turns: dict[date, list[Turn]] = defaultdict(list)
        self.shifts: dict[date, list[Shift]] = defaultdict(list)
        for day in plan.days:
            self.windows[day.date].extend(day.windows)
        for turn in plan.turns:
            self.turns[turn.start.date()].append(turn)
        for shift in plan.shifts:
            self.shifts[shift.start.date()].append(shift)
        self.dates = sorted({*self.windows, *self.turns, *self.shifts, *(d.date for d in plan.days)})
        self.hours = visible_hours(plan)
        self.cancelled_windows = {w.id for w in plan.windows() if w.cancelled}
        self.role_order = {role.id: i for i, role in enumerate(plan.roles)}  # each role's colour


def week_dates(monday: date, dates: set[date]) -> list[date]:
    """The days of a week to show: Monday to Friday, and the weekend days that have something."""
    week = [monday + timedelta(days=i) for i in range(7)]
    return [d for d in week if d.weekday() < 5 or d in dates]


def turn_text(plan: Plan, turn: Turn) -> tuple[str, str, str]:
    """(label, detail, more) for a turn: who is on duty, when, and each person in full."""
    people = [plan.people_by_id[p] for p in turn.person_ids if p in plan.people_by_id]
    label = " & ".join(short_name(p.name) for p in people) or tr("No spokesperson")
    more = "; ".join(f"{p.name} — {p.title}" if p.title else p.name for p in people)
    return label, span(turn.start, turn.end), more


def short_name(name: str) -> str:
    """'Ana Morales, LCSW' -> 'Ana Morales': credentials after a comma wait for the tooltip."""
    return name.split(",", 1)[0].strip() or name


def shift_text(plan: Plan, shift: Shift) -> tuple[str, str]:
    role = plan.roles_by_id.get(shift.role_id)
    names = [plan.people_by_id[p].name for p in shift.person_ids if p in plan.people_by_id]
    staffed = f"{len(shift.person_ids)}/{shift.needed}"
    return (role.name if role else tr("Shift"), f"{span(shift.start, shift.end)} · {staffed} · {', '.join(names)}")
