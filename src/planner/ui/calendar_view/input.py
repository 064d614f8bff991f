"""The grid under mouse and keyboard: drag to move or resize (snapped), drag on empty space to
create, drop a person to assign, right-click for a menu, arrows, Delete and Enter; each edit
one undoable step through the document."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsRectItem,
)

from planner.domain.checks import span
from planner.domain.edits import EditError, assign_person, find_item, remove_items, retime_item
from planner.domain.model import PersonId, Plan, Shift, Turn
from planner.ui.calendar_view.base import Base
from planner.ui.calendar_view.blocks import BlockItem, BlockKind
from planner.ui.calendar_view.style import AXIS_WIDTH, HEADER_HEIGHT, SELECTED_OUTLINE
from planner.ui.i18n import local_date, say, tr

PERSON_MIME = "application/x-planner-person"  # a person dragged from the people panel
EDGE = 6  # pixels from a block's bottom edge that grab it for resizing


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


@dataclass
class _Create:
    """Empty grid space being dragged over: the time a new turn or shift would take."""

    column: int
    press: QPointF
    band: QGraphicsRectItem | None = None  # drawn once the drag has begun


class GridInput(Base):
    """The CalendarView's input half (a mixin)."""

    def _on_edge(self, position: QPointF) -> bool:
        """Over the day headers or the hours (Edges), which stand over the blocks scrolled under them."""
        return position.x() < AXIS_WIDTH or position.y() < HEADER_HEIGHT

    def _block_at(self, position: QPointF) -> BlockItem | None:
        if self._on_edge(position):
            return None
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

    def _minutes_at(self, y: float) -> int:
        """Minutes into the day at a scene height, snapped; never past the day's last step."""
        minutes = self._first_hour * 60 + self._snap(y - HEADER_HEIGHT)
        return max(0, min(minutes, 24 * 60 - self.snap_minutes))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._on_edge(event.position()):
            return  # (not the block hidden under the header)
        super().mousePressEvent(event)
        block = self._block_at(event.position())
        if block is None:  # an empty slot: where Add ▸ puts what it makes, and a drag creates
            scene = self.mapToScene(event.position().toPoint())
            column = self._column_at(scene.x())
            if column is not None and scene.y() >= HEADER_HEIGHT:
                self.picked = (self._columns[column].date, self._minutes_at(scene.y()))
                if event.button() is Qt.MouseButton.LeftButton:
                    self._creating = _Create(column, scene)
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
        if self._creating is not None:
            self._stretch_band(self._creating, self.mapToScene(event.position().toPoint()))
            return
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

    def _stretch_band(self, creating: _Create, scene: QPointF) -> None:
        if creating.band is None:
            if (scene - creating.press).manhattanLength() < QApplication.startDragDistance():
                return
            creating.band = QGraphicsRectItem()
            creating.band.setPen(QPen(SELECTED_OUTLINE, 1.5, Qt.PenStyle.DashLine))
            creating.band.setBrush(QColor(0, 0, 0, 28))
            creating.band.setZValue(10)
            self._scene.addItem(creating.band)
        column = self._columns[creating.column]
        start, end = self._created_times(creating, scene)
        creating.band.setRect(QRectF(column.left + 2, self.y_for(start), column.width - 4,
                                     max(4.0, self.y_for(end) - self.y_for(start))))  # fmt: skip
        creating.band.setToolTip(span(start, end))

    def _created_times(self, creating: _Create, scene: QPointF) -> tuple[datetime, datetime]:
        """From the press to the pointer, snapped, at least one snap step, earlier end first."""
        a, b = sorted((self._minutes_at(creating.press.y()), self._minutes_at(scene.y())))
        b = max(b, a + self.snap_minutes)
        day = self._columns[creating.column].date
        midnight = datetime(day.year, day.month, day.day, tzinfo=self._document.plan.zone)
        return midnight + timedelta(minutes=a), midnight + timedelta(minutes=min(b, 24 * 60))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        creating, self._creating = self._creating, None
        if creating is not None:
            super().mouseReleaseEvent(event)
            if creating.band is not None:
                self._scene.removeItem(creating.band)
                start, end = self._created_times(creating, self.mapToScene(event.position().toPoint()))
                self.create_requested.emit(start, end)
            return
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

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Right-click: the menu for the turn or shift under the pointer (selected first), or
        for the media window or empty slot there; the main window makes it."""
        block = self._block_at(QPointF(event.pos())) or next(
            (i for i in self.items(event.pos()) if isinstance(i, BlockItem)), None
        )
        if block is not None and block.kind is not BlockKind.WINDOW and not block.isSelected():
            self._scene.clearSelection()
            block.setSelected(True)
        self._selected = set(self.selected_ids())
        self.context_menu_requested.emit(event.globalPos(), block.item_id if block is not None else "")

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # A turn or shift, or else the media window behind the click.
        if self._on_edge(event.position()):
            return
        block = self._block_at(event.position()) or next(
            (i for i in self.items(event.position().toPoint()) if isinstance(i, BlockItem)), None
        )
        if block is not None:
            self.edit_requested.emit(block.item_id)
            return
        super().mouseDoubleClickEvent(event)

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
            self._apply(tr("Delete %n item(s)", "", len(ids)), remove_items, ids)

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
