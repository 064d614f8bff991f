"""What the grid's halves (scene.py, input.py) count on from the view, for the type checker:
they are mixins of CalendarView, deriving from this declaration there and from `object` at
run time."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from PySide6.QtCore import QSize, SignalInstance
    from PySide6.QtWidgets import QGraphicsItem, QGraphicsLineItem, QGraphicsScene, QGraphicsView

    from planner.domain.model import Plan
    from planner.ui.calendar_view.blocks import BlockItem, BlockKind
    from planner.ui.calendar_view.input import _Create, _Drag
    from planner.ui.calendar_view.scene import DayColumn, Edges, PlanIndex
    from planner.ui.document import PlanDocument

    class GridParts(QGraphicsView):
        edit_requested: SignalInstance
        edit_failed: SignalInstance
        week_changed: SignalInstance
        snap_minutes: int
        location_filter: str | None
        clock: Callable[[ZoneInfo], datetime]
        _document: PlanDocument
        _scene: QGraphicsScene
        _columns: list[DayColumn]
        _first_hour: int
        _last_hour: int
        _hour_height: float
        _spans: dict[tuple[datetime, datetime], tuple[float, float]]
        _zoom: float
        _week: date
        _day: date
        _day_only: bool
        _highlighted: set[str]
        _focus_person: str | None
        _selected: set[str]
        _drag: _Drag | None
        _creating: _Create | None
        create_requested: SignalInstance
        context_menu_requested: SignalInstance
        _index: PlanIndex | None
        _column_items: dict[date, list[QGraphicsItem]]
        _reusable: dict[tuple[BlockKind, str], BlockItem]
        _spare_blocks: list[BlockItem]
        _recycled: deque[BlockItem]
        _stacked: dict[int, BlockItem]
        _drawn_lists: dict[tuple[date, BlockKind], list[Any]]
        _warned_shown: dict[str, list[str]]
        _warned_from: tuple[object, dict[str, list[str]]]
        _conflicts_from: tuple[object, object, dict[str, list[str]]]
        picked: tuple[date, int] | None
        _axis_items: list[QGraphicsItem]
        _edges: Edges
        _now_line: QGraphicsLineItem | None
        _built_for: QSize | None

        def rebuild(self) -> None: ...
        def pin_edges(self) -> None: ...
        def relayout(self) -> None: ...
        def blocks(self, kind: BlockKind | None = None) -> list[BlockItem]: ...
        def block(self, item_id: str) -> BlockItem | None: ...
        def y_for(self, moment: datetime) -> float: ...
        def current_day(self) -> date: ...
        def show_week(self, day: date) -> None: ...
        def step_week(self, steps: int) -> None: ...
        def shown_dates(self, plan_dates: set[date]) -> list[date]: ...
        def select_item(self, item_id: str) -> bool: ...
        def selected_ids(self) -> list[str]: ...
        def highlight(self, item_ids: set[str]) -> None: ...
        def _index_for(self, plan: Plan) -> PlanIndex: ...
        def _block_at(self, position: Any) -> BlockItem | None: ...

    Base = GridParts
else:
    Base = object
