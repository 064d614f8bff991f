"""The week grid: a QGraphicsView over the document's plan; scene.py builds what it shows and
input.py handles mouse and keyboard."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QPixmapCache,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from planner.domain.model import Shift, Turn, Window, WindowId
from planner.ui.calendar_view.blocks import BlockItem, BlockKind
from planner.ui.calendar_view.input import GridInput, _Create, _Drag
from planner.ui.calendar_view.scene import DayColumn, Edges, PlanIndex, SceneBuilding, week_dates
from planner.ui.calendar_view.style import AXIS_WIDTH, CACHE_BUDGET_KB, HEADER_HEIGHT, MIN_HOUR_HEIGHT
from planner.ui.document import PlanDocument
from planner.ui.i18n import tr

MIN_ZOOM, MAX_ZOOM = 0.5, 4.0


class CalendarView(SceneBuilding, GridInput, QGraphicsView):
    """A week of the document's plan: day columns, shaded windows, turns and shift lanes.

    Only the shown week is built, so a plan of months opens as fast as one of days. Turns and
    shifts are dragged to move (snapped), stretched by their bottom edge, given a person by
    dropping one from the people panel, and edited by keyboard as well: arrows move, Shift+
    arrows resize, Delete removes, Enter edits, Page Up/Down change the week."""

    edit_requested = Signal(str)  # an item id: open its editor
    edit_failed = Signal(str)  # why a drag or key edit could not be made
    week_changed = Signal()
    location_filter_changed = Signal(object)  # the location id shown alone, or None: all
    create_requested = Signal(object, object)  # start, end (aware): empty space dragged over
    context_menu_requested = Signal(object, str)  # global QPoint, the item id under it or ""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None, *, drawn_now: bool = True) -> None:
        """`drawn_now` False (app.py's start, which opens a plan right after): the document's
        plan is first drawn when it loads another or the grid is laid out, not for nothing now."""
        super().__init__(parent)
        # The viewport Qt would make, made here: a widget Qt made is typed by PySide6 when first
        # returned to Python, which makes every QWidget subclass's enums (7.5 ms of the start).
        self.setViewport(QWidget())
        self.setObjectName("calendarGrid")
        self.setAccessibleName(tr("Calendar grid"))
        self._document = document
        # The block pixmaps of a busy week (a campaign's, every site's turns and shifts) need
        # a few viewports' worth; Qt's default of 10 MB would drop and repaint them every frame.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), CACHE_BUDGET_KB))
        self._scene = QGraphicsScene(self)
        self._scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # rebuilt, not moved
        self.setScene(self._scene)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # No antialiasing for the grid as a whole: all it draws itself is square (lines, the
        # windows' shades, slivers), crisper aliased, and an antialiased fill of a rectangle at
        # fractional pixels is Qt's slow path: with it, a frame of a campaign's busiest week
        # (1,189 of its 1,259 blocks are slivers) took 12.0 ms, without 8.9 (medians,
        # bench_grid). The rounded blocks turn it on for themselves (blocks.py); text is
        # smoothed regardless (TextAntialiasing).
        # Nor is the painter's state saved and restored around each of a week's 1,300 items
        # (Qt's default): the blocks' slivers and shades only fill rectangles, and what changes
        # the painter's pen, brush or antialiasing puts it back itself (blocks.py); Qt's own
        # items (lines, text) set what they draw with. A frame of the busiest week 8.1 -> 7.3
        # ms, 1.60x -> 1.46x plain rectangles (medians of 14 interleaved bench_grid pairs).
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
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
        self._spans: dict[tuple[datetime, datetime], tuple[float, float]] = {}  # see _span_y
        self._zoom = 1.0
        self._week = date.min  # the Monday of the week shown
        self._day = date.min  # the day shown in the day view
        self._day_only = False
        self._highlighted: set[str] = set()
        self._focus_person: str | None = None
        self._selected: set[str] = set()
        self._drag: _Drag | None = None
        self._creating: _Create | None = None
        self._index: PlanIndex | None = None
        self._column_items: dict[date, list[QGraphicsItem]] = {}  # what each day's column drew
        self._reusable: dict[tuple[BlockKind, str], BlockItem] = {}  # blocks a redrawn column may keep
        self._spare_blocks: list[BlockItem] = []  # turn and shift blocks out of the scene, to show others
        self._recycled: deque[BlockItem] = deque()  # while a week is made: the last week's blocks, to show its items
        self._stacked: dict[int, BlockItem] = {}  # the turn and shift blocks in the scene, by id, as stacked
        self._drawn_lists: dict[tuple[date, BlockKind], list[Any]] = {}  # the index lists they were drawn from
        self._warned_shown: dict[str, list[str]] = {}  # the warnings the grid shows, by item
        self._warned_from: tuple[object, dict[str, list[str]]] = (None, {})  # warnings, and by item
        self._conflicts_from: tuple[object, object, dict[str, list[str]]] = (None, None, {})  # plan, conflicts, by item
        self._axis_items: list[QGraphicsItem] = []  # hour lines and labels, column lines
        self._edges = Edges()  # the day headers and the hours, kept in sight when the grid scrolls
        self._now_line: QGraphicsLineItem | None = None
        self._resize_pending = False
        self._built_for: QSize | None = None  # the viewport size the week was last drawn for
        self.picked: tuple[date, int] | None = None  # the empty slot last clicked: (day, minutes into it)
        document.plan_loaded.connect(self._on_document_plan_loaded)
        document.plan_changed.connect(self._on_document_plan_changed)
        document.warnings_changed.connect(self._on_document_warnings_changed)
        if drawn_now:
            self._on_document_plan_loaded()

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
        self._remark()

    def focus_person(self, person_id: str | None) -> None:
        """Outline one person's turns and shifts and fade the rest, week after week (and after
        edits), until called with None."""
        self._focus_person = person_id
        self._remark()

    @property
    def focused_person(self) -> str | None:
        return self._focus_person

    def _remark(self) -> None:
        blocks = self.blocks()
        self._restore_marks(blocks)
        for block in blocks:
            if self._focus_person is None:
                block.setOpacity(1.0)  # (a rebuild without a focus leaves opacity alone: new blocks are opaque)
            block.update()

    def y_for(self, moment: datetime) -> float:
        hours = moment.hour + moment.minute / 60 - self._first_hour
        return HEADER_HEIGHT + max(0.0, min(hours, self._last_hour - self._first_hour)) * self._hour_height

    def selected_ids(self) -> list[str]:
        # (A shift past midnight is two blocks, on its two days: one id.)
        return list(
            dict.fromkeys(b.item_id for b in self.blocks() if b.isSelected() and b.kind is not BlockKind.WINDOW)
        )

    @property
    def week(self) -> date:
        return self._week

    @property
    def zoom(self) -> float:
        return self._zoom

    def show_week(self, day: date) -> None:
        """Show the week holding `day` (in the day view, that day)."""
        monday = day - timedelta(days=day.weekday())
        if monday != self._week or (self._day_only and day != self._day):
            self._week, self._day = monday, day
            self.rebuild()
            self._scroll_to_plan_days()
            self.week_changed.emit()

    def _scroll_to_plan_days(self) -> None:
        """A new week wider than the grid shows days of the plan: where the last one was
        scrolled to if it has some there (a campaign's weekend, week after week), else from its
        first (a weekend vigil's Saturday, not the empty Monday before it); a week outside the
        plan from its Monday, where the grid says when the plan is."""
        dates = set(self._index_for(self._document.plan).dates)
        bar = self.horizontalScrollBar()
        seen = (bar.value() + AXIS_WIDTH, bar.value() + self.viewport().width())
        planned = [c for c in self._columns if c.date in dates]
        if any(seen[0] <= c.left + c.width / 2 <= seen[1] for c in planned):
            return
        bar.setValue(round(planned[0].left - AXIS_WIDTH) if planned else 0)

    def step_week(self, steps: int) -> None:
        """Previous or next week; in the day view, previous or next day."""
        if self._day_only:
            self.show_week(self._day + timedelta(days=steps))
        else:
            self.show_week(self._week + timedelta(weeks=steps))

    @property
    def day(self) -> date:
        """The day the day view shows."""
        return self._day

    @property
    def day_only(self) -> bool:
        return self._day_only

    def set_day_view(self, on: bool) -> None:
        """One day across the whole width (names and shifts read in full), or the week."""
        if on == self._day_only:
            return
        day = self.current_day()
        self._day_only = on
        self._week, self._day = day - timedelta(days=day.weekday()), day
        self.rebuild()
        self.week_changed.emit()

    def shown_dates(self, plan_dates: set[date]) -> list[date]:
        return [self._day] if self._day_only else week_dates(self._week, plan_dates)

    def set_zoom(self, zoom: float) -> None:
        self._zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        self.relayout()

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self._zoom * factor)

    def set_location_filter(self, location_id: str | None) -> None:
        self.location_filter = location_id
        self.rebuild()
        self.location_filter_changed.emit(location_id)

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

    def plan_days_span(self) -> tuple[date, date] | None:
        """The plan's first and last day with anything on it; None when it has none."""
        dates = self._index_for(self._document.plan).dates
        return (dates[0], dates[-1]) if dates else None

    def days_shown(self) -> tuple[date, date] | None:
        """The first and last day on the grid now (the week's, or the day's); None if none."""
        shown = [c.date for c in self._columns]
        return (shown[0], shown[-1]) if shown else None

    def planned_day_elsewhere(self) -> date | None:
        """When the days shown hold nothing planned: the plan's next day after them (else its
        last day before them); None when something is shown, or the plan has no days."""
        dates = self._index_for(self._document.plan).dates
        shown = [c.date for c in self._columns]
        if not dates or not shown or set(shown) & set(dates):
            return None
        return next((d for d in dates if d > shown[-1]), dates[-1])

    def current_day(self) -> date:
        """The day the organizer is looking at (see current_time)."""
        return self.current_time(9).date()

    def current_time(self, hour: int) -> datetime:
        """Where the organizer is looking, for Add ▸: the start of the selected turn or shift,
        else the empty slot last clicked in the week shown, else `hour` on its first day."""
        zone = self._document.plan.zone
        for item_id in self.selected_ids():
            item = self._item(item_id)
            if item is not None:
                return item.start
        shown = [c.date for c in self._columns]
        if self.picked is not None and self.picked[0] in shown:
            day, minutes = self.picked
            return datetime(day.year, day.month, day.day, minutes // 60, minutes % 60, tzinfo=zone)
        day = shown[0] if shown else self._week
        return datetime(day.year, day.month, day.day, hour, tzinfo=zone)

    def _on_document_plan_loaded(self) -> None:
        self._warned_shown, self._warned_from = {}, (None, {})
        dates = self._index_for(self._document.plan).dates
        today = self.clock(self._document.plan.zone).date()
        # Today's week while the plan runs (a six-month campaign opened in its third month),
        # else its first day's: a plan still to come, or one long done (the example).
        first = today if not dates or dates[0] <= today <= dates[-1] else dates[0]
        self._week, self._day = first - timedelta(days=first.weekday()), first
        self._selected.clear()
        if self.isVisible():
            # The texts around the grid have taken the plan's (window.py makes them first):
            # their new lines laid out now, the week is drawn for the height they leave.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.rebuild()
        self._scroll_to_plan_days()
        self.week_changed.emit()

    def _on_document_plan_changed(self) -> None:
        """An edit: when it changed only turns and shifts, only their days are drawn again
        (a campaign week is over a thousand items; an edit must paint within 30 ms)."""
        old = self._index
        followed = old.follow(self._document.plan) if old is not None else None
        if old is not None and followed is not None:
            index, touched = followed
            same_days = self.shown_dates(set(index.dates)) == self.shown_dates(set(old.dates))
            self._index = index
            if same_days:
                self.redraw_days(touched | self.days_with_new_warnings())
                return
        had_dates = old is not None and bool(old.dates)
        dates = self._index_for(self._document.plan).dates
        if dates and not had_dates:  # the first days of an empty plan: go and show them
            self._week, self._day = dates[0] - timedelta(days=dates[0].weekday()), dates[0]
            self.week_changed.emit()
        self.rebuild()

    def _on_document_warnings_changed(self) -> None:
        self.redraw_days(self.days_with_new_warnings())  # the marks and headers follow

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self._document.hold_work()  # (a scroll paints the slivers that come into view)
        super().scrollContentsBy(dx, dy)
        self.pin_edges()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size() != event.oldSize() and not self._resize_pending:
            # A window being laid out resizes the grid several times in a row: build once,
            # for the size it ends with, before the next frame.
            self._resize_pending = True
            QTimer.singleShot(0, self._on_resized)

    def _on_resized(self) -> None:
        self._resize_pending = False
        # A window shown and then given its plan draws the plan for the size it is laid out
        # to, the heading and legend holding the plan's text (_on_document_plan_loaded); the
        # resize that showing it queued finds that size drawn already. A new height alone
        # moves the blocks, not made again (a campaign week: 35 ms made, 15 ms moved); so does
        # a new width where the days keep theirs (a week wider than the view, its days at their
        # narrowest, which scrolls: a campaign's). The size compared is the one the viewport is
        # to have: a resize can come before Qt shows the horizontal scroll bar the week needs.
        size, built = self.viewport().size(), self._built_for
        columns = self._columns
        if columns:
            size = self._viewport_for(self._week_width())
        same_days = bool(columns) and self.column_width(size.width(), len(columns)) == columns[0].width
        if built is None:  # not drawn yet (see drawn_now): the plan's first week, or this week's
            self._on_document_plan_loaded()
        elif size.width() == built.width() or same_days:
            if size.height() != built.height():
                self.relayout()
            else:
                self._built_for = size
        else:
            self.rebuild()
