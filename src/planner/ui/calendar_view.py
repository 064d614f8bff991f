"""The calendar grid: one column per day, a time axis, shaded windows, turns and shift lanes."""

from __future__ import annotations

import enum
import html
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from planner.domain.checks import span
from planner.domain.model import Plan, Shift, Turn
from planner.ui.document import PlanDocument
from planner.ui.grid_layout import assign_lanes, visible_hours

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
            label = f"Cancelled: {label}"
        self.label = label
        self.detail = detail
        self._fill = fill
        self._text = text
        self.setBrush(QBrush(fill))
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setZValue({BlockKind.WINDOW: 0, BlockKind.TURN: 2, BlockKind.SHIFT: 2}[kind])
        if kind is not BlockKind.WINDOW:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
            lines = [f"<b>{html.escape(label)}</b>", html.escape(detail), html.escape(more)]
            self.setToolTip("<br>".join(line for line in lines if line))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = self.rect()
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


class CalendarView(QGraphicsView):
    """Shows the document's plan; rebuilds whenever the plan or the view's size changes."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarGrid")
        self.setAccessibleName("Calendar grid")
        self._document = document
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setBackgroundBrush(QColor("#ffffff"))
        self._columns: list[DayColumn] = []
        self._first_hour, self._last_hour = 8, 18
        self._hour_height = float(MIN_HOUR_HEIGHT)
        self._highlighted: set[str] = set()
        document.plan_loaded.connect(self.rebuild)
        document.plan_changed.connect(self.rebuild)
        self.rebuild()

    # -- what the grid shows (also how tests read it)

    def day_columns(self) -> list[DayColumn]:
        return list(self._columns)

    def blocks(self, kind: BlockKind | None = None) -> list[BlockItem]:
        items = [i for i in self._scene.items(Qt.SortOrder.AscendingOrder) if isinstance(i, BlockItem)]
        return [i for i in items if kind is None or i.kind is kind]

    def highlight(self, item_ids: set[str]) -> None:
        """Outline these items (kept across rebuilds), e.g. what a proposal changes."""
        self._highlighted = set(item_ids)
        for block in self.blocks():
            block.highlighted = block.item_id in self._highlighted
            block.update()

    def y_for(self, moment: datetime) -> float:
        hours = moment.hour + moment.minute / 60 - self._first_hour
        return HEADER_HEIGHT + max(0.0, min(hours, self._last_hour - self._first_hour)) * self._hour_height

    # -- building

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size() != event.oldSize():
            self.rebuild()

    def rebuild(self) -> None:
        plan = self._document.plan
        self._scene.clear()
        dates = sorted({d.date for d in plan.days} | {s.start.date() for s in plan.shifts})
        self._first_hour, self._last_hour = visible_hours(plan)
        hours = self._last_hour - self._first_hour
        viewport = self.viewport().size()
        width = max(MIN_COLUMN_WIDTH, (viewport.width() - AXIS_WIDTH - 1) / max(1, len(dates)))
        self._hour_height = max(MIN_HOUR_HEIGHT, (viewport.height() - HEADER_HEIGHT - 1) / hours)
        self._columns = [DayColumn(d, AXIS_WIDTH + i * width, width) for i, d in enumerate(dates)]
        total_width = AXIS_WIDTH + len(dates) * width
        total_height = HEADER_HEIGHT + hours * self._hour_height
        self._scene.setSceneRect(0, 0, total_width, total_height)
        if not dates:
            note = self._scene.addSimpleText("This plan has no days yet.")
            note.setPos(AXIS_WIDTH + 12, HEADER_HEIGHT + 12)
            note.setBrush(AXIS_TEXT)
        self._draw_axis(total_width)
        by_date = {c.date: c for c in self._columns}
        for column in self._columns:
            self._draw_header(plan, column)
        self._draw_windows(plan, by_date)
        self._draw_turns(plan, by_date)
        self._draw_shifts(plan, by_date)
        if self._highlighted:
            self.highlight(self._highlighted)

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

    def _draw_header(self, plan: Plan, column: DayColumn) -> None:
        title = QGraphicsSimpleTextItem(f"{column.date:%a} {column.date.day} {column.date:%b}")
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        title.setFont(font)
        title.setPos(column.left + 8, 6)
        title.setData(0, column.date.isoformat())
        self._scene.addItem(title)
        windows = [w for d in plan.days if d.date == column.date for w in d.windows]
        if windows:
            hours = ", ".join(span(w.start, w.end) + (" cancelled" if w.cancelled else "") for w in windows)
            sub = self._scene.addSimpleText(f"Media {hours}")
            sub.setBrush(AXIS_TEXT)
            sub.setPos(column.left + 8, 6 + title.boundingRect().height())

    def _rect(self, column: DayColumn, start: datetime, end: datetime, left: float, width: float) -> QRectF:
        top = self.y_for(start)
        bottom = self.y_for(end) if end.date() == start.date() else self.y_for(end.replace(hour=23, minute=59))
        return QRectF(column.left + left, top + 1, width, max(bottom - top - 2, 6))

    def _draw_windows(self, plan: Plan, by_date: dict[date, DayColumn]) -> None:
        for day in plan.days:
            column = by_date[day.date]
            for window in day.windows:
                rect = self._rect(column, window.start, window.end, 1, column.width - 1)
                label = f"Media availability {span(window.start, window.end)}"
                block = BlockItem(
                    rect, BlockKind.WINDOW, window.id, label, "", WINDOW_FILL, AXIS_TEXT, cancelled=window.cancelled
                )
                self._scene.addItem(block)

    def _draw_turns(self, plan: Plan, by_date: dict[date, DayColumn]) -> None:
        cancelled = {w.id for w in plan.windows() if w.cancelled}
        for turn in plan.turns:
            column = by_date.get(turn.start.date())
            if column is None:
                continue
            rect = self._rect(column, turn.start, turn.end, PAD, (column.width - 2 * PAD) * TURN_SHARE)
            label, detail, more = turn_text(plan, turn)
            off = turn.window_id in cancelled
            block = BlockItem(rect, BlockKind.TURN, turn.id, label, detail, TURN_FILL, TURN_TEXT, more, cancelled=off)
            self._scene.addItem(block)

    def _draw_shifts(self, plan: Plan, by_date: dict[date, DayColumn]) -> None:
        role_index = {role.id: i for i, role in enumerate(plan.roles)}
        for column in self._columns:
            shifts = [s for s in plan.shifts if s.start.date() == column.date]
            lanes, lane_count = assign_lanes([(s.start, s.end) for s in shifts])
            turn_width = (column.width - 2 * PAD) * TURN_SHARE
            area_left = PAD + turn_width + PAD
            lane_width = (column.width - area_left - PAD) / lane_count
            for shift, lane in zip(shifts, lanes, strict=True):
                rect = self._rect(column, shift.start, shift.end, area_left + lane * lane_width, lane_width - 2)
                label, detail = shift_text(plan, shift)
                fill = role_fill(role_index.get(shift.role_id, 0))
                block = BlockItem(
                    rect, BlockKind.SHIFT, shift.id, label, detail, fill, ROLE_TEXT, cancelled=shift.cancelled
                )
                self._scene.addItem(block)


def turn_text(plan: Plan, turn: Turn) -> tuple[str, str, str]:
    """(label, detail, more) for a turn: who is on duty, when, and each person in full."""
    people = [plan.people_by_id[p] for p in turn.person_ids if p in plan.people_by_id]
    label = " & ".join(short_name(p.name) for p in people) or "No spokesperson"
    more = "; ".join(f"{p.name} — {p.title}" if p.title else p.name for p in people)
    return label, span(turn.start, turn.end), more


def short_name(name: str) -> str:
    """'Ana Morales, LCSW' -> 'Ana Morales': credentials after a comma wait for the tooltip."""
    return name.split(",", 1)[0].strip() or name


def shift_text(plan: Plan, shift: Shift) -> tuple[str, str]:
    role = plan.roles_by_id.get(shift.role_id)
    names = [plan.people_by_id[p].name for p in shift.person_ids if p in plan.people_by_id]
    staffed = f"{len(shift.person_ids)}/{shift.needed}"
    return (role.name if role else "Shift", f"{span(shift.start, shift.end)} · {staffed} · {', '.join(names)}")
