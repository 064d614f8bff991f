"""A turn, shift or media window on the grid: its rectangle, its painting and its text."""

from __future__ import annotations

import enum
import html
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from planner.domain.checks import span
from planner.domain.model import Plan, Shift, Turn, Window
from planner.ui.calendar_view.style import (
    CANCELLED_FILL,
    CANCELLED_TEXT,
    CONFLICT_MARK,
    HIGHLIGHT,
    SELECTED_OUTLINE,
    SHORT_FILL,
    SHORT_HATCH,
    SHORT_TEXT,
    TINY,
    WARNING_MARK,
)
from planner.ui.conflict_text import ConflictLine
from planner.ui.i18n import tr


class BlockKind(enum.Enum):
    WINDOW = "window"
    TURN = "turn"
    SHIFT = "shift"


_NO_PEN = QPen(Qt.PenStyle.NoPen)
_SHORT_BRUSH = QBrush(SHORT_HATCH, Qt.BrushStyle.BDiagPattern)
_CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache
_UNCACHED = QGraphicsItem.CacheMode.NoCache
_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
_Z = {BlockKind.WINDOW: 0.0, BlockKind.TURN: 2.0, BlockKind.SHIFT: 2.0}
Texts = tuple[str, str, str]  # (label, detail, more): the block's lines and its tooltip's


class BlockItem(QGraphicsRectItem):
    """A window, turn or shift on the grid, carrying the id of the domain item it shows.

    A busy campaign week is 1,300 blocks shown at each week switch: a block does the least up
    front (each Qt call costs microseconds), its texts are made when first painted or asked
    for — a sliver never shows them — and the grid gives a turn or shift block of the week
    it leaves to an item of the week it shows (`show_item`) rather than making a new one."""

    kind: BlockKind
    item_id: str
    source: Window | Turn | Shift | None  # the record shown (a block is kept while its record is the same)
    _texts: Texts | Callable[[], Texts]
    _shown: Texts | None

    def __init__(
        self,
        rect: QRectF,
        kind: BlockKind,
        item_id: str,
        texts: Texts | Callable[[], Texts],
        fill: QColor,
        text: QColor,
        cancelled: bool = False,
        source: Window | Turn | Shift | None = None,
        short: bool = False,
        warnings: list[str] | None = None,
    ) -> None:
        super().__init__(rect)
        self.setPen(_NO_PEN)
        self._cached = False
        if kind is not BlockKind.WINDOW:  # (a turn and a shift are alike here: one may become the other)
            self.setZValue(_Z[kind])
            self.setFlag(_SELECTABLE)
        self._set(kind, item_id, texts, fill, text, cancelled, source, short, warnings or [])
        self._cache_for(rect)

    def show_item(
        self,
        rect: QRectF,
        kind: BlockKind,
        item_id: str,
        texts: Texts | Callable[[], Texts],
        fill: QColor,
        text: QColor,
        cancelled: bool = False,
        source: Turn | Shift | None = None,
        short: bool = False,
        warnings: list[str] | None = None,
    ) -> None:
        """Show another turn or shift (a block of the week left, see the grid's rebuild)."""
        assert kind is not BlockKind.WINDOW and self.kind is not BlockKind.WINDOW
        self._set(kind, item_id, texts, fill, text, cancelled, source, short, warnings or [])
        self.setRect(rect)
        self._cache_for(rect)
        if self.isSelected():
            self.setSelected(False)
        if self.opacity() != 1.0:
            self.setOpacity(1.0)
        self.update()  # a pixmap cached of the other item is not to be shown (Qt seems to drop it anyway)

    def retire(self) -> None:
        """Out of the scene, kept for `show_item`: it lets go of the record and texts it showed."""
        self.source = None
        self._texts, self._shown = ("", "", ""), None

    def _set(
        self,
        kind: BlockKind,
        item_id: str,
        texts: Texts | Callable[[], Texts],
        fill: QColor,
        text: QColor,
        cancelled: bool,
        source: Window | Turn | Shift | None,
        short: bool,
        warnings: list[str],
    ) -> None:
        self.kind = kind
        self.item_id = item_id
        self.source = source
        self.drawn_from: datetime | None = None  # on a day after its first: midnight (on its first: None)
        self.cancelled = cancelled
        self.highlighted = False  # e.g. changed by a proposed rotation
        self.short = short and not cancelled  # fewer people than it needs: drawn to be seen at once
        if cancelled:  # grey and hatched, so it never reads as a live, staffed slot
            fill, text = CANCELLED_FILL, CANCELLED_TEXT
        elif self.short:
            fill, text = SHORT_FILL, SHORT_TEXT
        self._texts = texts
        self._shown = None
        self._fill = fill  # paint() fills with it; the item's own brush is not used
        self._text = text
        self.set_warnings(warnings)

    def _cache_for(self, rect: QRectF) -> None:
        """A turn or shift with room for text is painted once into a pixmap and then copied (by
        Qt, with no Python, each frame): a busy week scrolls smoothly. A sliver (a bar, see
        paint) and a window's shade are plain fills, cheaper drawn than copied — and slivers
        are most of a campaign week's 1,300 blocks, each pixmap a cost when the week is shown."""
        cached = self.kind is not BlockKind.WINDOW and rect.width() >= TINY and rect.height() >= TINY
        if cached != self._cached:
            self.setCacheMode(_CACHED if cached else _UNCACHED)
            self._cached = cached

    def place(self, rect: QRectF) -> None:
        """Move and resize the block (the grid zoomed); its cached pixmap is made anew."""
        self.setRect(rect)
        self._cache_for(rect)

    def _described(self) -> Texts:
        if self._shown is None:
            label, detail, more = self._texts() if callable(self._texts) else self._texts
            if self.cancelled:
                label = tr("Cancelled: {label}").format(label=label)
            self._shown = (label, detail, more)
        return self._shown

    @property
    def label(self) -> str:
        return self._described()[0]

    @property
    def detail(self) -> str:
        return self._described()[1]

    def set_warnings(self, messages: list[str]) -> None:
        """Mark the block: a red corner for a warning, a dashed magenta edge for a conflict with
        a teammate's change (ConflictLine); the tooltip says why."""
        self.warnings = messages
        if not messages:  # (most blocks: no need to look)
            self.warned = self.conflicted = False
            return
        self.conflicted = any(isinstance(m, ConflictLine) for m in messages)
        self.warned = not all(isinstance(m, ConflictLine) for m in messages)

    def tooltip_text(self) -> str:
        """Who, when, and any warnings; made when the pointer rests on the block (see
        CalendarView.viewportEvent), not for each of thousands of blocks up front."""
        if self.kind is BlockKind.WINDOW and not self.warnings:
            return ""
        label, detail, more = self._described()
        lines = [f"<b>{html.escape(label)}</b>", html.escape(detail), html.escape(more)]
        lines += [f"<span style='color:#b0008e'>⇄ {html.escape(m)}</span>" if isinstance(m, ConflictLine)
                  else f"<span style='color:#b3261e'>⚠ {html.escape(m)}</span>" for m in self.warnings]  # fmt: skip
        return "<br>".join(line for line in lines if line)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = self.rect()
        if self.kind is BlockKind.WINDOW:  # a shade behind its turns: square, no text, no antialiasing
            painter.fillRect(rect, self._fill)
            if self.cancelled:
                painter.fillRect(rect, QBrush(self._fill.darker(140), Qt.BrushStyle.BDiagPattern))
            if self.highlighted or self.conflicted:
                pen = QPen(CONFLICT_MARK, 3, Qt.PenStyle.DashLine) if self.conflicted else QPen(HIGHLIGHT, 3)
                _outline(painter, rect.adjusted(1.5, 1.5, -1.5, -1.5), pen)
            return
        if rect.width() < TINY or rect.height() < TINY:
            # A sliver in a crowded day (ten sites' turns side by side, hundreds of shifts):
            # too small for a line of text, so a plain bar, as fast as it gets; one with a
            # warning (nobody on the turn, a shift short of people) has a red head, seen from afar.
            painter.fillRect(rect, self._fill.darker(130) if self.isSelected() or self.highlighted else self._fill)
            if self.short:
                painter.fillRect(rect, _SHORT_BRUSH)
            if self.warnings:  # (a conflict's head in magenta)
                head = QRectF(rect.left(), rect.top(), rect.width(), min(rect.height(), 10))
                painter.fillRect(head, CONFLICT_MARK if self.conflicted else WARNING_MARK)
            if self.isSelected():
                _outline(painter, rect.adjusted(0.5, 0.5, -0.5, -0.5), QPen(SELECTED_OUTLINE, 1))
            return
        # A block with room for text, most often painted into its cached pixmap: it sets the
        # painter's antialiasing, pens, brushes and fonts, and puts them back after (the grid
        # does not save the painter's state for each item: view.py).
        painter.save()
        self._paint_block(painter, rect)
        painter.restore()

    def _paint_block(self, painter: QPainter, rect: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        edge = SHORT_HATCH if self.short else self._fill.darker(125)
        painter.setPen(QPen(edge, 1.5 if self.short else 1))
        painter.setBrush(self._fill.darker(115) if self.isSelected() else self._fill)
        radius = 4
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        if self.cancelled:
            painter.setBrush(QBrush(self._fill.darker(140), Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        elif self.short:
            painter.setBrush(_SHORT_BRUSH)
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        if self.highlighted or self.isSelected():  # a rotation's change in orange; the selection in black
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(HIGHLIGHT if self.highlighted else SELECTED_OUTLINE, 3))
            painter.drawRoundedRect(rect.adjusted(1.5, 1.5, -1.5, -1.5), radius, radius)
        if self.conflicted:  # changed here and by a teammate, until File ▸ Conflicts… settles it
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(CONFLICT_MARK, 3, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(rect.adjusted(1.5, 1.5, -1.5, -1.5), radius, radius)
        if self.warned:  # (a window's are said in its day's header)
            corner = QPolygonF([rect.topRight(), rect.topRight() + QPointF(-12, 0), rect.topRight() + QPointF(0, 12)])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(WARNING_MARK)
            painter.drawPolygon(corner)
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
        label, detail, _ = self._described()
        if isinstance(self.source, Turn) and not self.cancelled:
            # "Keisha Williams" → "Keisha W." → "KW" rather than "Keisha Willia…"; "Nobody" for a gap
            shorter = shorter_names(label) if self.source.person_ids else [label, tr("Nobody")]
            width, bold_metrics = int(inner.width()), QFontMetrics(bold)
            label = next((s for s in shorter if bold_metrics.horizontalAdvance(s) <= width), shorter[-1])
        for text, font in ((label, bold), (detail, plain)):
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


def _outline(painter: QPainter, rect: QRectF, pen: QPen) -> None:
    """A rectangle's outline, and the painter's pen and brush as they were (see paint)."""
    painter.save()
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    painter.restore()


def turn_text(plan: Plan, turn: Turn) -> tuple[str, str, str]:
    """(label, detail, more) for a turn: who is on duty, when, and each person in full."""
    people = [plan.people_by_id[p] for p in turn.person_ids if p in plan.people_by_id]
    label = " & ".join(short_name(p.name) for p in people) or tr("No spokesperson")
    more = "; ".join(f"{p.name} — {p.title}" if p.title else p.name for p in people)
    window = plan.windows_by_id.get(turn.window_id)
    needed = window.needed if window is not None else 1
    if 0 < len(turn.person_ids) < needed:  # short of people: say how short, not only in colour
        hours = span(turn.start, turn.end)
        short = tr("{hours} · {staffed} of {needed}").format(hours=hours, staffed=len(turn.person_ids), needed=needed)
        return label, short, more
    return label, span(turn.start, turn.end), more


def short_name(name: str) -> str:
    """'Ana Morales, LCSW' -> 'Ana Morales': credentials after a comma wait for the tooltip."""
    return name.split(",", 1)[0].strip() or name


def shorter_names(label: str) -> list[str]:
    """The ways to write a turn's people in less room, longest first: as they are, then each
    as first name and initial ("Keisha W."), then as initials ("KW"); a title like "Dr." is
    left out of the shorter ones. The full names are in the tooltip."""
    people = [[w for w in name.split() if not (w.endswith(".") and len(w) <= 4)] or name.split()
              for name in label.split(" & ")]  # fmt: skip
    if not all(people):
        return [label]
    initial = " & ".join(f"{w[0]} {w[-1][0]}." if len(w) > 1 else w[0] for w in people)
    letters = " & ".join("".join(part[0] for part in w) for w in people)
    return [label, initial, letters]


def shift_text(plan: Plan, shift: Shift) -> tuple[str, str, str]:
    role = plan.roles_by_id.get(shift.role_id)
    names = [plan.people_by_id[p].name for p in shift.person_ids if p in plan.people_by_id]
    staffed = f"{len(shift.person_ids)}/{shift.needed}"
    return (role.name if role else tr("Shift"), f"{span(shift.start, shift.end)} · {staffed} · {', '.join(names)}", "")
