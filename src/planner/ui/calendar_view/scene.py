"""Building the scene for the week shown: day columns, the time axis, windows, turns and shift
lanes, the current-time line. Made once per plan load, size change or edit of that week."""

from __future__ import annotations

import copy
import html
import weakref
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial
from operator import is_not
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
)

from planner.domain.checks import days_after, span
from planner.domain.model import LocationId, Plan, Shift, Turn, Window, WindowId, changed_records
from planner.ui.calendar_view.base import Base
from planner.ui.calendar_view.blocks import BlockItem, BlockKind, Texts, shift_text, turn_text
from planner.ui.calendar_view.style import (
    AXIS_TEXT,
    AXIS_WIDTH,
    GRID_LINE,
    HEADER_HEIGHT,
    MIN_COLUMN_WIDTH,
    MIN_HOUR_HEIGHT,
    NOW_LINE,
    PAD,
    ROLE_TEXT,
    TURN_FILL,
    TURN_SHARE,
    TURN_TEXT,
    WARNING_MARK,
    WINDOW_FILL,
    role_fill,
)
from planner.ui.conflict_text import item_conflicts
from planner.ui.grid_layout import (
    DEFAULT_HOURS,
    assign_lanes,
    fold_lanes,
    minutes_into_day,
    visible_hours,
)
from planner.ui.i18n import local_date, say, tr


@dataclass(frozen=True)
class DayColumn:
    date: date
    left: float
    width: float


ItemT = TypeVar("ItemT", Window, Turn, Shift)


class PlanIndex:
    """A plan's windows, turns and shifts by date, made once per plan (plans are immutable)."""

    # The last one made or followed, while a grid holds it: a second grid on the same plan (the
    # rotation dialog's, over the window's) takes it rather than going through a campaign's
    # 30,000 items again. (An index is not changed once made: `follow` makes another.)
    _last: ClassVar[weakref.ref[PlanIndex] | None] = None

    @classmethod
    def of(cls, plan: Plan) -> PlanIndex:
        last = cls._last() if cls._last is not None else None
        if last is None or last.plan is not plan:
            last = PlanIndex(plan)
            cls._last = weakref.ref(last)
        return last

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.windows: dict[date, list[Window]] = defaultdict(list)
        for day in plan.days:
            self.windows[day.date].extend(day.windows)
        # Each turn and shift on the day it starts; and what runs on from an earlier day (a
        # night vigil's media window, its turns, a night watch) on each day it runs into, to be
        # drawn there too, from midnight.
        self.carried_windows = _by_day(plan.windows())[1]
        self.turns, self.carried_turns = _by_day(plan.turns)
        self.shifts, self.carried_shifts = _by_day(plan.shifts)
        carried = self._carried_dates()
        self.dates = sorted({*self.windows, *self.turns, *self.shifts, *carried, *(d.date for d in plan.days)})
        self.hours = visible_hours(plan, past_midnight=bool(carried))
        self.cancelled_windows = {w.id for w in plan.windows() if w.cancelled}
        self.role_order = {role.id: i for i, role in enumerate(plan.roles)}  # each role's colour
        self.location_order: dict[str | None, int] = {location.id: i for i, location in enumerate(plan.locations)}
        # Where each turn and shift is drawn, to find the day a warning about it belongs to.
        self.item_dates: dict[str, date] = {t.id: d for d, ts in self.turns.items() for t in ts}
        self.item_dates.update({s.id: d for d, ss in self.shifts.items() for s in ss})
        self.item_dates.update({w.id: d for d, ws in self.windows.items() for w in ws})

    def _carried_dates(self) -> set[date]:
        """The days something from an earlier day runs into."""
        return {d for carried in (self.carried_windows, self.carried_turns, self.carried_shifts)
                for d, items in carried.items() if items}  # fmt: skip

    def carried_ids(self) -> dict[str, set[date]]:
        """The days each item is drawn on besides its first (item_dates)."""
        out: dict[str, set[date]] = defaultdict(set)
        for carried in (self.carried_windows, self.carried_turns, self.carried_shifts):
            for day, items in carried.items():
                for item in items:
                    out[item.id].add(day)
        return out

    def follow(self, plan: Plan) -> tuple[PlanIndex, set[date]] | None:
        """The index of `plan`, an edit of this one's plan that changed only turns or shifts,
        made by redoing only the days they were or are on; and those days. None when the edit
        changed more (days, windows, people, roles, places): then a new index is made."""
        old = self.plan
        if (plan.days, plan.people, plan.roles, plan.locations, plan.timezone) != (
            old.days, old.people, old.roles, old.locations, old.timezone  # identity first: cheap
        ):  # fmt: skip
            return None
        gone_turns, new_turns = changed_records(old.turns, plan.turns)
        gone_shifts, new_shifts = changed_records(old.shifts, plan.shifts)
        if _reordered(old.turns, plan.turns, gone_turns, new_turns) or _reordered(
            old.shifts, plan.shifts, gone_shifts, new_shifts
        ):
            return None  # the same records in another order: any day may change
        gone: list[Turn | Shift] = [*gone_turns, *gone_shifts]
        came: list[Turn | Shift] = [*new_turns, *new_shifts]
        touched = {d for i in (*gone, *came) for d in (i.start.date(), *days_after(i.start, i.end))}
        index = copy.copy(self)
        index.plan = plan
        index.turns, index.shifts = defaultdict(list, self.turns), defaultdict(list, self.shifts)
        index.carried_turns = defaultdict(list, self.carried_turns)
        index.carried_shifts = defaultdict(list, self.carried_shifts)
        index.item_dates = dict(self.item_dates)
        # The touched days' lists again, in plan order as a full index has them.
        if plan.turns is not old.turns:
            _redo_days(index.turns, touched, gone_turns, new_turns, plan.turn_positions)
            _redo_days(index.carried_turns, touched, gone_turns, new_turns, plan.turn_positions, _runs_into)
        if plan.shifts is not old.shifts:
            _redo_days(index.shifts, touched, gone_shifts, new_shifts, plan.shift_positions)
            _redo_days(index.carried_shifts, touched, gone_shifts, new_shifts, plan.shift_positions, _runs_into)
        for item in gone:
            index.item_dates.pop(item.id, None)
        index.item_dates.update({i.id: i.start.date() for i in came})
        carried = index._carried_dates()
        # Where the hours shown may change, they are worked out again (a campaign's in 4 ms; from
        # midnight when anything is carried, known now): every site's first and last shifts sit
        # on the edge, and moving one rarely changes them.
        maybe = not _within(new_shifts, self.hours) or _on_edge(gone_shifts, self.hours)
        maybe = maybe or any(days_after(t.start, t.end) for t in (*gone_turns, *new_turns))  # (midnight)
        if maybe and visible_hours(plan, past_midnight=bool(carried)) != self.hours:
            return None  # the hours shown change: everything moves
        index.dates = sorted({*index.windows, *index.turns, *index.shifts, *carried, *(d.date for d in plan.days)})
        PlanIndex._last = weakref.ref(index)
        return index, touched


def _by_day(items: Iterable[ItemT]) -> tuple[dict[date, list[ItemT]], dict[date, list[ItemT]]]:
    """Items by the day they start, and by each later day they run into; in plan order."""
    starting: dict[date, list[ItemT]] = defaultdict(list)
    carried: dict[date, list[ItemT]] = defaultdict(list)
    for item in items:
        first = item.start.date()
        starting[first].append(item)
        if item.end.date() != first:
            for later in days_after(item.start, item.end):
                carried[later].append(item)
    return starting, carried


def _runs_into(item: Turn | Shift, day: date) -> bool:
    return day in days_after(item.start, item.end)


def _location_of(windows_by_id: Mapping[WindowId, Window], turn: Turn) -> LocationId | None:
    window = windows_by_id.get(turn.window_id)
    return window.location_id if window is not None else None


def _midnight(plan: Plan, day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=plan.zone)


def _pieces(carried: list[ItemT], starting: list[ItemT], midnight: datetime) -> list[tuple[ItemT, datetime]]:
    """A day's pieces of items, each with where it is drawn from: those carried from an earlier
    day from midnight (first: they began first), then those that start that day."""
    return [(i, midnight) for i in carried] + [(i, i.start) for i in starting]


def _reordered(old: tuple[Any, ...], new: tuple[Any, ...], gone: list[Any], came: list[Any]) -> bool:
    """The same records in another order. (A new tuple of the same records in the same order
    is not: an edit of shifts alone may make its turns again, unchanged.)"""
    if new is old or gone or came:
        return False
    return len(new) != len(old) or any(map(is_not, new, old))


def _redo_days(
    by_day: dict[date, list[Any]], days: set[date], gone: list[Any], new: list[Any], positions: dict[str, int],
    falls_on: Callable[[Any, date], bool] = lambda item, day: item.start.date() == day,
) -> None:  # fmt: skip
    """Each of `days` again in `by_day`: what stays, less what left, with what came, in plan order."""
    left = {id(i) for i in gone}
    for day in days:
        items = [i for i in by_day.get(day, []) if id(i) not in left]
        items += [i for i in new if falls_on(i, day)]
        if items:
            by_day[day] = sorted(items, key=lambda i: positions[i.id])
        else:
            by_day.pop(day, None)


def _within(shifts: list[Shift], hours: tuple[int, int]) -> bool:
    return all(hours[0] <= s.start.hour and minutes_into_day(s.start, s.end) <= hours[1] * 60
               and (hours[0] == 0 or not days_after(s.start, s.end)) for s in shifts)  # fmt: skip


def _on_edge(shifts: list[Shift], hours: tuple[int, int]) -> bool:
    """Whether a shift that left may have been what made the hours wider than the default."""
    first, last = hours
    return any((s.start.hour == first and first < DEFAULT_HOURS[0])
               or (minutes_into_day(s.start, s.end) > (last - 1) * 60 and last > DEFAULT_HOURS[1])
               or (first == 0 and bool(days_after(s.start, s.end)))  # its last hours began at midnight
               for s in shifts)  # fmt: skip


class Edges:
    """The day headers and the hours, kept in sight when the week scrolls (a campaign's seven
    days are wider than a laptop's grid, a night vigil's hours taller): each a band on top of
    the blocks, its texts on it, moved by the scroll (pin_edges). The hours' band is over the
    header's (the first hour's label straddles the header's edge); once scrolled, a corner
    covers both, where what slides under them would meet."""

    def __init__(self) -> None:
        self.header: QGraphicsRectItem | None = None  # the days' names and media hours
        self.axis: QGraphicsRectItem | None = None  # the hours
        self.corner: QGraphicsRectItem | None = None


def _band(rect: QRectF, z: float) -> QGraphicsRectItem:
    band = QGraphicsRectItem(rect)
    band.setBrush(QColor("#ffffff"))  # the grid's background (view.py)
    band.setPen(QPen(Qt.PenStyle.NoPen))
    band.setZValue(z)
    return band


def week_dates(monday: date, dates: set[date]) -> list[date]:
    """The days of a week to show: Monday to Friday, and the weekend days that have something."""
    week = [monday + timedelta(days=i) for i in range(7)]
    return [d for d in week if d.weekday() < 5 or d in dates]


class SceneBuilding(Base):
    """The CalendarView's scene-building half (a mixin)."""

    def rebuild(self) -> None:
        self._document.hold_work()  # (the organizer moves about: another week, day, place or size)
        plan = self._document.plan
        index = self._index_for(plan)
        self._drag = None  # a drag under way ends with what it was over
        if self._creating is not None and self._creating.band is not None:
            self._scene.removeItem(self._creating.band)
        self._creating = None
        # The turn and shift blocks shown stay in the scene to show the new week's items, taken
        # in the order they are stacked, so the new week's are stacked as drawn (where lanes
        # overlap, the later on top, as in a new grid): a campaign week's 1,200 blocks are each
        # changed in place rather than taken out and put back. The rest is made again.
        self._recycled = deque(self._stacked.values())
        for item in self._scene.items():
            if item.parentItem() is None and not (isinstance(item, BlockItem) and id(item) in self._stacked):
                self._scene.removeItem(item)  # (with the items on it)
        self._axis_items, self._now_line = [], None  # gone with the rest
        dates = self.shown_dates(set(index.dates))
        self._first_hour, self._last_hour = index.hours
        viewport = self.viewport().size()
        width = self.column_width(viewport.width(), len(dates))
        self._columns = [DayColumn(d, AXIS_WIDTH + i * width, width) for i, d in enumerate(dates)]
        self._set_height()
        self._make_edges()
        if not index.dates:
            self._note(tr("This plan has no days yet."))
        elif not set(dates) & set(index.dates):  # a week outside the plan: say where it is
            first, last = index.dates[0], index.dates[-1]
            ahead = [d for d in index.dates if d > self._week]
            where = tr("Nothing is planned this week. The plan runs {first} – {last}; its next day is {next}.")
            if not ahead:
                where = tr("Nothing is planned this week. The plan runs {first} – {last}.")
            self._note(where.format(first=local_date(first), last=local_date(last),
                                    next=local_date(ahead[0]) if ahead else ""))  # fmt: skip
        self._draw_axis()
        warned = self._warned()
        self._column_items = {}
        self._drawn_lists = {}
        for column in self._columns:
            self._draw_column(plan, index, column, warned)
        leftover, self._recycled = list(self._recycled), deque()
        self._retire(leftover)  # (a quieter week than the last)
        self._warned_shown = warned
        self._draw_now(plan)
        self._restore_marks(self.blocks())
        self.pin_edges()

    def _make_edges(self) -> None:
        """The header's band, under the days' names (_draw_header), and the corner."""
        width = self._scene.sceneRect().width()
        self._edges.header = header = _band(QRectF(0, 0, width, HEADER_HEIGHT), 7)
        QGraphicsLineItem(0, HEADER_HEIGHT, width, HEADER_HEIGHT, header).setPen(QPen(GRID_LINE))
        self._edges.corner = _band(QRectF(0, 0, AXIS_WIDTH, HEADER_HEIGHT), 9)
        self._scene.addItem(header)
        self._scene.addItem(self._edges.corner)

    def pin_edges(self) -> None:
        """The header at the top of the view, the hours at its left, wherever it is scrolled."""
        top_left = self.mapToScene(0, 0)
        x, y = max(0.0, top_left.x()), max(0.0, top_left.y())
        edges = self._edges
        if edges.header is not None:
            edges.header.setY(y)
        if edges.axis is not None:
            edges.axis.setX(x)
        if edges.corner is not None:
            edges.corner.setPos(x, y)
            edges.corner.setVisible(x > 0 or y > 0)

    @staticmethod
    def column_width(viewport_width: int, columns: int) -> float:
        """Each day's width in a viewport this wide: a share of it, but never narrower than
        MIN_COLUMN_WIDTH (a wider week scrolls)."""
        return max(MIN_COLUMN_WIDTH, (viewport_width - AXIS_WIDTH - 1) / max(1, columns))

    def _note(self, text: str) -> None:
        note = self._scene.addSimpleText(text)
        note.setPos(AXIS_WIDTH + 12, HEADER_HEIGHT + 12)
        note.setBrush(AXIS_TEXT)
        note.setZValue(6)
        note.setData(0, "note")

    def relayout(self) -> None:
        """The same week at another zoom: every block moved to its new height and none made
        again (a campaign week is 1,300 blocks); the hour lines and the now-line drawn anew."""
        if not self._columns or self._index is None or self._index.plan is not self._document.plan:
            self.rebuild()
            return
        self._document.hold_work()
        self._drag = None
        self._set_height()
        self._draw_axis()
        self.pin_edges()
        for block in self.blocks():
            if block.source is None:
                continue
            top, height = self._span_y(block.drawn_from or block.source.start, block.source.end)
            rect = block.rect()
            block.place(QRectF(rect.x(), top, rect.width(), height))
        self._draw_now(self._document.plan)

    def _set_height(self) -> None:
        """The hour height for the viewport and the zoom, and the scene's size with it."""
        hours = self._last_hour - self._first_hour
        total_width = self._week_width()
        self._built_for = self._viewport_for(total_width)
        fit = max(MIN_HOUR_HEIGHT, (self._built_for.height() - HEADER_HEIGHT - 1) / hours)
        self._hour_height = fit * self._zoom
        self._spans = {}  # (drawn at the hours and height of the last)
        self._scene.setSceneRect(0, 0, total_width, HEADER_HEIGHT + hours * self._hour_height)

    def _week_width(self) -> float:
        """The scene's width: the hours' axis and the days' columns."""
        return AXIS_WIDTH + sum(c.width for c in self._columns)

    def _viewport_for(self, scene_width: float) -> QSize:
        """The viewport's size once Qt has shown or hidden the horizontal scroll bar for a
        scene this wide (a week of seven columns may need it where five or the day view did
        not): drawn for that height at once, not for the old one and then moved again."""
        size = self.viewport().size()
        bar = self.horizontalScrollBar()
        if not self.isVisible() or self.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAsNeeded:
            return size
        needed = scene_width > size.width()
        if needed and not bar.isVisible():
            return QSize(size.width(), size.height() - bar.sizeHint().height())
        if bar.isVisible() and not needed:
            return QSize(size.width(), size.height() + bar.height())
        return size

    def redraw_days(self, days: set[date]) -> None:
        """Draw again only the columns of these days (an edit that touched nothing else)."""
        plan, index = self._document.plan, self._index_for(self._document.plan)
        warned = self._warned()
        self._drag = None
        blocks: list[BlockItem] = []
        for column in self._columns:
            if column.date not in days:
                continue
            before = self._column_items.pop(column.date, [])
            # A block whose item, place and marks are as they were stays (and keeps its painted
            # pixmap): moving one shift makes one block, not the day's two hundred.
            self._reusable = {(i.kind, i.item_id): i for i in before if isinstance(i, BlockItem)}
            self._draw_column(plan, index, column, warned)
            self._reusable = {}
            kept = {id(i) for i in self._column_items[column.date]}
            self._retire([i for i in before if id(i) not in kept])
            blocks += [i for i in self._column_items[column.date] if isinstance(i, BlockItem)]
        self._warned_shown = warned
        self._restore_marks(blocks)

    def days_with_new_warnings(self) -> set[date]:
        """The days whose items' warnings differ from what the grid shows."""
        warned, shown = self._warned(), self._warned_shown
        index = self._index_for(self._document.plan)
        dates = index.item_dates
        changed = {i for i in {*warned, *shown} if warned.get(i) != shown.get(i)}
        carried = index.carried_ids()
        days = {dates[i] for i in changed if i in dates}
        return days.union(*(carried[i] for i in changed if i in carried))

    def _restore_marks(self, blocks: list[BlockItem]) -> None:
        """Outline, selection and the person in focus survive a rebuild."""
        focus = self._focus_person
        for block in blocks:
            mine = focus is not None and isinstance(block.source, (Turn, Shift)) and focus in block.source.person_ids
            block.highlighted = block.item_id in self._highlighted or mine
            if focus is not None and block.kind is not BlockKind.WINDOW:
                block.setOpacity(1.0 if mine else 0.3)  # their turns and shifts stand out, the rest recede
            if block.item_id in self._selected and block.kind is not BlockKind.WINDOW:
                block.setSelected(True)

    def _draw_column(self, plan: Plan, index: PlanIndex, column: DayColumn, warned: dict[str, list[str]]) -> None:
        self._adding: list[QGraphicsItem] = []
        self._draw_header(plan, column, index, warned)
        self._draw_windows(plan, index, column, warned)
        self._draw_turns(plan, index, column, warned)
        self._draw_shifts(plan, index, column, warned)
        self._column_items[column.date] = self._adding

    def _retire(self, items: Sequence[QGraphicsItem]) -> None:
        """Take these items out of the scene; the turn and shift blocks among them are kept to
        show other items later."""
        for item in items:
            if item.scene() is not self._scene:
                continue
            self._scene.removeItem(item)
            if self._stacked.pop(id(item), None) is not None:
                assert isinstance(item, BlockItem)
                item.retire()
                self._spare_blocks.append(item)

    def _add_block(self, rect: QRectF, kind: BlockKind, record: Turn | Shift, texts: Callable[[], Texts], fill: QColor,
                   text: QColor, cancelled: bool, short: bool, warnings: list[str]) -> BlockItem:  # fmt: skip
        """Show a turn or shift: on a block of the week left if one is still in the scene (see
        rebuild), else on a spare one, else on a new one."""
        if self._recycled:
            block = self._recycled.popleft()
            block.show_item(rect, kind, record.id, texts, fill, text, cancelled, record, short, warnings)
            self._adding.append(block)
            return block
        if self._spare_blocks:
            block = self._spare_blocks.pop()
            block.show_item(rect, kind, record.id, texts, fill, text, cancelled, record, short, warnings)
        else:
            block = BlockItem(rect, kind, record.id, texts, fill, text, cancelled, record, short, warnings)
        self._add(block)
        self._stacked[id(block)] = block  # (on top of those already in the scene: Qt stacks in the order added)
        return block

    def _add(self, item: QGraphicsItem, on: QGraphicsItem | None = None) -> None:
        """Put an item of a day's column in the scene (`on` a band of the Edges: on it)."""
        if on is not None:
            item.setParentItem(on)
        else:
            self._scene.addItem(item)
        self._adding.append(item)

    def _kept(
        self, kind: BlockKind, record: Window | Turn | Shift, rect: QRectF, warnings: list[str], short: bool = False
    ) -> bool:
        """Keep the block the column had for `record` if nothing it shows changed (see redraw_days)."""
        block = self._reusable.get((kind, record.id))
        if block is None or block.source is not record or block.rect() != rect or block.warnings != warnings:
            return False
        if block.short != short:  # a turn's window now needs more (or fewer) people
            return False
        self._adding.append(block)
        return True

    def _kept_all(self, kind: BlockKind, day: date, records: list[Any], warned: dict[str, list[str]]) -> bool:
        """Keep all of a day's blocks of one kind if they were drawn from this very list of the
        index (an edit of the other kind leaves it as it was) and their warnings are the same."""
        if not self._reusable or self._drawn_lists.get((day, kind)) is not records:
            return False
        blocks = [self._reusable.get((kind, r.id)) for r in records]
        if any(b is None or b.warnings != warned.get(b.item_id, []) for b in blocks):
            return False
        self._adding.extend(b for b in blocks if b is not None)
        return True

    def _index_for(self, plan: Plan) -> PlanIndex:
        if self._index is None or self._index.plan is not plan:
            self._index = PlanIndex.of(plan)
        return self._index

    def _warned(self) -> dict[str, list[str]]:
        """What the grid marks on each item: its warnings, and a team plan's conflicts."""
        known = self._document.known_warnings()
        # (A campaign's are worked out in the background: the last ones meanwhile.)
        if known is not None and self._warned_from[0] is not known:  # (the same list while the plan is)
            warned: dict[str, list[str]] = defaultdict(list)
            for warning in known:
                warned[warning.item_id].append(say(warning.text))
            self._warned_from = (known, dict(warned))
        conflicts = self._document.conflicts
        if not conflicts:
            return self._warned_from[1]
        plan = self._document.plan
        if self._conflicts_from[0] is not plan or self._conflicts_from[1] is not conflicts:  # (by identity)
            self._conflicts_from = (plan, conflicts, item_conflicts(plan, conflicts))
        marked = dict(self._warned_from[1])
        for item_id, lines in self._conflicts_from[2].items():
            marked[item_id] = [*marked.get(item_id, []), *lines]
        return marked

    def _draw_axis(self) -> None:
        """The hour lines and labels and the column lines (in place of those drawn before)."""
        for item in self._axis_items:
            if item.scene() is self._scene:
                self._scene.removeItem(item)
        pen = QPen(GRID_LINE)
        total_width = self._scene.sceneRect().width()
        bottom = HEADER_HEIGHT + (self._last_hour - self._first_hour) * self._hour_height
        # The hours on their band (Edges), its right edge the first column's line.
        self._edges.axis = axis = _band(QRectF(0, 0, AXIS_WIDTH, bottom), 8)
        QGraphicsLineItem(AXIS_WIDTH, 0, AXIS_WIDTH, bottom, axis).setPen(pen)
        self._scene.addItem(axis)
        drawn: list[QGraphicsItem] = [axis]
        for hour in range(self._first_hour, self._last_hour + 1):
            y = HEADER_HEIGHT + (hour - self._first_hour) * self._hour_height
            line = self._scene.addLine(AXIS_WIDTH, y, total_width, y, pen)
            line.setZValue(1)
            drawn.append(line)
            QGraphicsLineItem(AXIS_WIDTH - 6, y, AXIS_WIDTH, y, axis).setPen(pen)  # its tick
            if hour < self._last_hour:
                label = QGraphicsSimpleTextItem(f"{hour:02d}:00", axis)
                label.setBrush(AXIS_TEXT)
                label.setPos(AXIS_WIDTH - 10 - label.boundingRect().width(), y - label.boundingRect().height() / 2)
        header = self._edges.header
        for column in self._columns:
            line = self._scene.addLine(column.left, 0, column.left, bottom, pen)
            line.setZValue(1)
            drawn.append(line)
            if header is not None:  # and on the header's band
                separator = QGraphicsLineItem(column.left, 0, column.left, HEADER_HEIGHT, header)
                separator.setPen(pen)
                drawn.append(separator)
        self._axis_items = drawn

    def _draw_header(self, plan: Plan, column: DayColumn, index: PlanIndex, warned: dict[str, list[str]]) -> None:
        title = QGraphicsSimpleTextItem(local_date(column.date, "ddd d MMM"))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        title.setFont(font)
        title.setPos(column.left + 8, 6)
        title.setData(0, column.date.isoformat())
        self._add(title, self._edges.header)
        # A night's press hours from the day before are said from midnight, as they are drawn.
        pieces = _pieces(self._shown(index.carried_windows.get(column.date, [])),
                         self._shown(index.windows.get(column.date, [])), _midnight(plan, column.date))  # fmt: skip
        windows = [window for window, _ in pieces]
        if pieces:
            # Ten sites with the same hours read "08:00–18:00 ×10", not the hours ten times over
            # the next day's column; what still does not fit is cut, whole in the tooltip.
            cancelled = tr("{hours} cancelled")
            spans = Counter(cancelled.format(hours=span(start, w.end)) if w.cancelled else span(start, w.end)
                            for w, start in pieces)  # fmt: skip
            hours = ", ".join(f"{text} ×{n}" if n > 1 else text for text, n in spans.items())
            full = tr("Media {hours}").format(hours=hours)
            sub = QGraphicsSimpleTextItem(full)
            width = column.width - 16
            shown = QFontMetricsF(sub.font()).elidedText(full, Qt.TextElideMode.ElideRight, width)
            if shown != full:
                sub.setText(shown)
                sub.setToolTip(full)
            self._add(sub, self._edges.header)
            sub.setBrush(AXIS_TEXT)
            sub.setPos(column.left + 8, 6 + title.boundingRect().height())
            gaps = [m for w in windows for m in warned.get(w.id, [])]
            if gaps:  # a window left partly uncovered: said in the header, where it is seen
                mark = QGraphicsSimpleTextItem("⚠")
                self._add(mark, self._edges.header)
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
        top, height = self._span_y(start, end)
        return QRectF(column.left + left, top, width, height)

    def _span_y(self, start: datetime, end: datetime) -> tuple[float, float]:
        """Where an item from `start` to `end` is drawn, down the column: its top and height.
        Kept until the hours or their height change (_set_height): ten sites' turns share
        their times (the campaign's busiest week: 1,189 turns and shifts, 301 starts and ends)."""
        span = self._spans.get((start, end))
        if span is None:
            top = self.y_for(start)
            # (One that runs past midnight is drawn to the day's end here; the rest, the next day.)
            bottom = self.y_for(end)
            if end.date() != start.date():
                bottom = HEADER_HEIGHT + (self._last_hour - self._first_hour) * self._hour_height
            span = self._spans[start, end] = (top + 1, max(bottom - top - 2, 6))
        return span

    def _draw_windows(self, plan: Plan, index: PlanIndex, column: DayColumn, warned: dict[str, list[str]]) -> None:
        midnight = _midnight(plan, column.date)
        for window, start in _pieces(self._shown(index.carried_windows.get(column.date, [])),
                                     self._shown(index.windows.get(column.date, [])), midnight):  # fmt: skip
            rect = self._rect(column, start, window.end, 1, column.width - 1)
            warnings = warned.get(window.id, [])
            if self._kept(BlockKind.WINDOW, window, rect, warnings):
                continue
            label = tr("Media availability {hours}").format(hours=span(window.start, window.end))
            block = BlockItem(rect, BlockKind.WINDOW, window.id, (label, "", ""), WINDOW_FILL, AXIS_TEXT,
                              window.cancelled, window, warnings=warnings)  # fmt: skip
            block.drawn_from = start if start is midnight else None
            self._add(block)

    def _draw_turns(self, plan: Plan, index: PlanIndex, column: DayColumn, warned: dict[str, list[str]]) -> None:
        turns = index.turns.get(column.date, [])
        carried = index.carried_turns.get(column.date, [])
        if not carried and self._kept_all(BlockKind.TURN, column.date, turns, warned):
            return
        self._drawn_lists[(column.date, BlockKind.TURN)] = turns
        windows_by_id = plan.windows_by_id
        midnight = _midnight(plan, column.date)
        pieces = _pieces(carried, turns, midnight)
        if self.location_filter:
            pieces = [(t, start) for t, start in pieces if t.window_id in windows_by_id
                      and windows_by_id[t.window_id].location_id == self.location_filter]  # fmt: skip
        # Turns of windows at the same hours (several sites) stand side by side, in the sites'
        # order (which every teammate's copy shares; the turns' own order is the file's).
        places = index.location_order
        pieces.sort(key=lambda p: (p[1], p[0].end, places.get(_location_of(windows_by_id, p[0]), -1), p[0].id))
        area = (column.width - 2 * PAD) * TURN_SHARE
        lanes, counts = fold_lanes(*assign_lanes([(start, t.end) for t, start in pieces]), area)
        reusable = bool(self._reusable)  # (only when a column is drawn again after an edit)
        for (turn, start), lane, count in zip(pieces, lanes, counts, strict=True):
            lane_width = area / count
            rect = self._rect(column, start, turn.end, PAD + lane * lane_width, lane_width - (count > 1))
            warnings = warned.get(turn.id, [])
            window = windows_by_id.get(turn.window_id)
            short = len(turn.person_ids) < (window.needed if window else 1)
            if reusable and self._kept(BlockKind.TURN, turn, rect, warnings, short):
                continue
            off = turn.window_id in index.cancelled_windows
            block = self._add_block(rect, BlockKind.TURN, turn, partial(turn_text, plan, turn), TURN_FILL, TURN_TEXT,
                                    off, short, warnings)  # fmt: skip
            block.drawn_from = start if start is midnight else None

    def _draw_shifts(self, plan: Plan, index: PlanIndex, column: DayColumn, warned: dict[str, list[str]]) -> None:
        shifts = self._shown(index.shifts.get(column.date, []))
        # Shifts from an earlier day that run on into this one (a night watch) are drawn here
        # too, from midnight: the day's column shows who is on all night.
        carried = self._shown(index.carried_shifts.get(column.date, []))
        if not carried and self._kept_all(BlockKind.SHIFT, column.date, shifts, warned):
            return
        self._drawn_lists[(column.date, BlockKind.SHIFT)] = shifts
        turn_width = (column.width - 2 * PAD) * TURN_SHARE
        area_left = PAD + turn_width + PAD
        area = column.width - area_left - PAD
        midnight = _midnight(plan, column.date)
        pieces = _pieces(carried, shifts, midnight)
        # Side by side in the roles' order, which every teammate's copy shares (the shifts' own
        # order is the file's: a cloned copy's is the server's).
        roles = index.role_order
        pieces.sort(key=lambda p: (p[1], p[0].end, roles.get(p[0].role_id, -1), p[0].id))
        lanes, counts = fold_lanes(*assign_lanes([(start, s.end) for s, start in pieces]), area)
        reusable = bool(self._reusable)
        for (shift, start), lane, count in zip(pieces, lanes, counts, strict=True):
            lane_width = area / count
            gap = 2 if lane_width >= 8 else 1  # (a narrow lane keeps two pixels of colour)
            rect = self._rect(column, start, shift.end, area_left + lane * lane_width, lane_width - gap)
            warnings = warned.get(shift.id, [])
            short = len(shift.person_ids) < shift.needed
            if reusable and self._kept(BlockKind.SHIFT, shift, rect, warnings, short):
                continue
            fill = role_fill(index.role_order.get(shift.role_id, 0))
            block = self._add_block(rect, BlockKind.SHIFT, shift, partial(shift_text, plan, shift), fill, ROLE_TEXT,
                                    shift.cancelled, short, warnings)  # fmt: skip
            block.drawn_from = start if start is midnight else None

    def _draw_now(self, plan: Plan) -> None:
        if self._now_line is not None and self._now_line.scene() is self._scene:
            self._scene.removeItem(self._now_line)
        self._now_line = None
        now = self.clock(plan.zone)
        column = next((c for c in self._columns if c.date == now.date()), None)
        if column is None or not self._first_hour <= now.hour < self._last_hour:
            return
        y = self.y_for(now)
        line = self._scene.addLine(column.left, y, column.left + column.width, y, QPen(NOW_LINE, 2))
        line.setZValue(5)
        line.setToolTip(tr("Now, {time}").format(time=f"{now:%H:%M}"))
        line.setData(0, "now")
        self._now_line = line
