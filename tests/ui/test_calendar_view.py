"""The grid shows the five-day example as an organizer expects to see it."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QStyleOptionGraphicsItem,
)

from planner.ui.calendar_view import BlockKind, short_name
from planner.ui.calendar_view.blocks import BlockItem
from planner.ui.calendar_view.style import (
    CONFLICT_MARK,
    GRID_LINE,
    HEADER_HEIGHT,
    ROLE_FILLS,
    TINY,
    TURN_FILL,
    TURN_TEXT,
    WARNING_MARK,
    WINDOW_FILL,
)
from planner.ui.conflict_text import ConflictLine


def column_of(window, item):
    return column_of_grid(window.grid, item)


def test_one_column_per_day_with_the_right_dates(window):
    columns = window.grid.day_columns()
    assert [c.date for c in columns] == [date(2025, 4, d) for d in range(7, 12)]
    assert [c.date.strftime("%a") for c in columns] == ["Mon", "Tue", "Wed", "Thu", "Fri"]
    lefts = [c.left for c in columns]
    assert lefts == sorted(lefts) and len(set(round(c.width) for c in columns)) == 1


def test_windows_are_shaded_at_their_hours(window):
    plan = window.document.plan
    grid = window.grid
    shaded = {b.item_id: b for b in grid.blocks(BlockKind.WINDOW)}
    assert set(shaded) == {w.id for w in plan.windows()}
    for w in plan.windows():
        rect = shaded[w.id].sceneBoundingRect()
        assert column_of(window, shaded[w.id]).date == w.start.date()
        opening = 8 if w.start.weekday() in (0, 4) else 10
        assert abs(rect.top() - grid.y_for(datetime(2025, 4, 7, opening))) <= 2
        assert abs(rect.bottom() - grid.y_for(datetime(2025, 4, 7, 18))) <= 2


def test_every_turn_is_drawn_in_its_slot_and_labelled_with_its_spokesperson(window):
    plan = window.document.plan
    grid = window.grid
    blocks = {b.item_id: b for b in grid.blocks(BlockKind.TURN)}
    assert len(blocks) == len(plan.turns) == 44
    for turn in plan.turns:
        block = blocks[turn.id]
        [person] = [plan.people_by_id[p] for p in turn.person_ids]
        assert block.label == short_name(person.name)
        assert person.name in block.tooltip_text()
        assert block.detail == f"{turn.start:%H:%M}–{turn.end:%H:%M}"
        assert column_of(window, block).date == turn.start.date()
        assert abs(block.sceneBoundingRect().top() - grid.y_for(turn.start)) <= 2


def test_shifts_sit_beside_turns_in_lanes_that_never_overlap(window):
    plan = window.document.plan
    shifts = window.grid.blocks(BlockKind.SHIFT)
    turns = window.grid.blocks(BlockKind.TURN)
    assert len(shifts) == len(plan.shifts)
    turn_right = max(t.sceneBoundingRect().right() - column_of(window, t).left for t in turns)
    for block in shifts:
        assert block.sceneBoundingRect().left() - column_of(window, block).left > turn_right
    for a in shifts:
        for b in shifts:
            if a is not b:
                assert not a.sceneBoundingRect().intersects(b.sceneBoundingRect()), (a.item_id, b.item_id)


def test_side_by_side_blocks_stand_in_one_order_whatever_order_the_file_keeps_them_in(window, tmp_path):
    """A teammate's cloned copy holds the same records in the server's order: its grid put an
    hour's press check-in and safety marshal shifts the other way round, and two sites' turns
    of one hour too, so two organizers on the phone did not see the same week. Shifts now
    stand in the roles' order, turns in the sites', which every copy shares."""
    from dataclasses import replace

    from planner.domain.edits import put_location, put_window, split_into_turns
    from planner.domain.model import Location, LocationId, WindowId
    from planner.storage import save_any

    plan = window.document.plan
    first = plan.days[0].windows[0]
    plan = put_location(plan, Location(LocationId("loc-hall"), "Union hall"))
    plan = put_window(plan, replace(first, id=WindowId("win-hall"), location_id=LocationId("loc-hall")))
    plan = split_into_turns(plan, WindowId("win-hall"))

    def lanes(path) -> dict[str, int]:  # each block's place, left to right, in its day's column
        assert window.open_path(path)
        blocks = window.grid.blocks(BlockKind.SHIFT) + window.grid.blocks(BlockKind.TURN)
        left = {b.item_id: (column_of(window, b).left, round(b.sceneBoundingRect().left())) for b in blocks}
        places = sorted(set(left.values()))
        return {
            item: places.index(x) - places.index(min(p for p in places if p[0] == x[0])) for item, x in left.items()
        }

    save_any(plan, tmp_path / "mine.planner")
    save_any(replace(plan, shifts=plan.shifts[::-1], turns=plan.turns[::-1]), tmp_path / "cloned.planner")
    mine, cloned = lanes(tmp_path / "mine.planner"), lanes(tmp_path / "cloned.planner")
    assert mine == cloned
    hall = next(t for t in plan.turns if t.window_id == "win-hall")
    kp = next(t for t in plan.turns if t.window_id == first.id and t.start == hall.start)
    assert mine[kp.id] < mine[hall.id]  # (the plan's first site first)


def test_the_grid_follows_an_edit_and_its_undo(window):
    window.document.rename("Vigil")
    assert window.heading.text().startswith("Vigil")
    window.document.undo_stack.undo()
    assert window.heading.text().startswith("Hunger strike")


def test_the_legend_names_every_role(window):
    entries = window.legend.entries()
    assert entries[:2] == ["Media availability", "Spokesperson turn"]
    assert entries[2:] == [r.name for r in window.document.plan.roles] + ["Needs people"]


def test_an_empty_plan_says_so_on_this_week(window):
    window.document.new()
    today = datetime.now(window.document.plan.zone).date()
    assert [c.date.weekday() for c in window.grid.day_columns()] == [0, 1, 2, 3, 4]
    assert window.grid.week == today - timedelta(days=today.weekday())
    assert window.grid.blocks() == []
    texts = [i.text() for i in window.grid.scene().items() if isinstance(i, QGraphicsSimpleTextItem)]
    assert "This plan has no days yet." in texts


def test_cancelled_items_are_marked_as_such(window):
    from dataclasses import replace

    plan = window.document.plan
    day = plan.days[1]
    shift = plan.shifts[0]
    window.document.show_plan(
        replace(
            plan,
            days=(plan.days[0], replace(day, windows=(replace(day.windows[0], cancelled=True),)), *plan.days[2:]),
            shifts=(replace(shift, cancelled=True), *plan.shifts[1:]),
        )
    )
    blocks = {b.item_id: b for b in window.grid.blocks()}
    assert blocks[shift.id].cancelled and blocks[shift.id].label.startswith("Cancelled: ")
    assert blocks[day.windows[0].id].cancelled
    turns = [b for b in window.grid.blocks(BlockKind.TURN) if b.item_id.startswith(f"turn-{day.date}")]
    assert turns and all(b.cancelled for b in turns)
    assert not blocks[plan.shifts[1].id].cancelled


def test_the_index_an_edit_follows_to_is_the_index_made_afresh(example_plan):
    """An edit redoes only the days it touched; what it gives is what a full index gives."""
    from dataclasses import replace

    from planner.domain import edits
    from planner.ui.calendar_view.scene import PlanIndex

    plan = example_plan
    shift, turn = plan.shifts[3], plan.turns[5]
    people = [p.id for p in plan.spokespeople]
    changed = [
        edits.move_item(plan, shift.id, shift.start + timedelta(days=1)),  # to another day
        edits.move_item(plan, turn.id, turn.start + timedelta(minutes=30)),  # within its day
        edits.remove_items(plan, [shift.id, turn.id]),
        edits.remove_items(plan, [shift.id]),  # (its turns a tuple made again by an older remove_items)
        edits.put_item(
            plan,
            replace(shift, id="new-shift", start=shift.start - timedelta(days=2), end=shift.end - timedelta(days=2)),
        ),
        edits.assign_person(plan, turn.id, next(p for p in people if p not in turn.person_ids)),
    ]
    assert PlanIndex(plan).follow(replace(plan, shifts=plan.shifts[::-1])) is None  # reordered: made afresh
    same = PlanIndex(plan).follow(replace(plan, turns=tuple(plan.turns), shifts=plan.shifts[:-1]))
    assert same is not None and same[1] == {plan.shifts[-1].start.date()}  # turns made again, unchanged
    deleted = edits.remove_items(plan, [shift.id])
    undone = PlanIndex(deleted).follow(replace(plan, turns=tuple(plan.turns)))  # the delete undone
    assert undone is not None and undone[1] == {shift.start.date()}
    for edited in changed:
        followed = PlanIndex(plan).follow(edited)
        assert followed is not None
        fresh, (index, touched) = PlanIndex(edited), followed
        assert dict(index.turns) == dict(fresh.turns) and dict(index.shifts) == dict(fresh.shifts)
        assert index.item_dates == fresh.item_dates and index.dates == fresh.dates
        assert touched


def test_an_edit_of_a_shift_at_the_edge_of_the_hours_shown_is_followed_unless_the_hours_change(example_plan):
    """A campaign's every site opens and closes with a shift at the edge of the hours shown:
    editing one (a move, a volunteer assigned) must not remake the whole week and its index
    when the hours stay as they are; when they do change, everything is made afresh."""
    from dataclasses import replace

    from planner.domain import edits
    from planner.ui.calendar_view.scene import PlanIndex

    base = example_plan
    first = base.shifts[0]
    late = replace(first, id="late-shift", start=first.start.replace(hour=20), end=first.start.replace(hour=22))
    also_late = replace(late, id="also-late", start=late.start + timedelta(days=1), end=late.end + timedelta(days=1))
    plan = edits.put_item(edits.put_item(base, late), also_late)
    index = PlanIndex(plan)
    assert index.hours[1] == 22  # the two late shifts widen the day to 22:00
    kept = edits.move_item(plan, late.id, late.start - timedelta(minutes=30))  # also-late still ends at 22:00
    followed = index.follow(kept)
    assert followed is not None and followed[0].hours == (index.hours[0], 22)
    assert dict(followed[0].shifts) == dict(PlanIndex(kept).shifts)
    narrowed = edits.remove_items(plan, [late.id, also_late.id])  # nothing ends after 18:00 any more
    assert index.follow(narrowed) is None and PlanIndex(narrowed).hours[1] < 22
    widened = edits.move_item(plan, late.id, late.start + timedelta(hours=1))  # now ends at 23:00
    assert index.follow(widened) is None


def test_a_day_of_ten_sites_says_its_media_hours_once_within_its_column(window):
    from dataclasses import replace

    plan = window.document.plan
    day = plan.days[0]
    sites = [replace(day.windows[0], id=f"w-{i}") for i in range(10)]
    window.document.show_plan(replace(plan, days=(replace(day, windows=tuple(sites)), *plan.days[1:])))
    grid = window.grid
    grid.show_week(day.date)
    column = grid.day_columns()[0]
    [header] = [i for i in grid.scene().items() if isinstance(i, QGraphicsSimpleTextItem)
                and i.text().startswith("Media") and column.left <= i.x() < column.left + column.width]  # fmt: skip
    assert header.text() == "Media 08:00–18:00 ×10"
    assert header.sceneBoundingRect().right() <= column.left + column.width


def _header_of(grid, day):
    """The media hours said under a day's name in the grid's header."""
    column = next(c for c in grid.day_columns() if c.date == day)
    band, within = grid._edges.header, range(int(column.left), int(column.left + column.width))
    texts = [i for i in grid.scene().items()
             if isinstance(i, QGraphicsSimpleTextItem) and i.parentItem() is band and int(i.x()) in within]  # fmt: skip
    return [i.toolTip() or i.text() for i in texts if i.data(0) is None and ":" in i.text()]


def test_a_night_media_windows_hours_after_midnight_are_said_in_the_next_days_header(window, qtbot):
    """Saturday's column shows the press there from 00:00 to 02:00: its header says so too."""
    grid = window.grid
    window.document.show_plan(_with_a_night_press_watch(window.document.plan))
    qtbot.waitUntil(lambda: grid._built_for == grid.viewport().size())
    assert _header_of(grid, date(2025, 4, 11)) == ["Media 08:00–18:00, 20:00–02:00"]
    assert _header_of(grid, date(2025, 4, 12)) == ["Media 00:00–02:00"]


def test_a_cancelled_windows_header_says_so_in_the_apps_language(window, qtbot, spanish):
    from dataclasses import replace

    plan, grid = window.document.plan, window.grid
    monday = plan.days[0]
    cancelled = replace(monday, windows=(replace(monday.windows[0], cancelled=True),))
    window.document.show_plan(replace(plan, days=(cancelled, *plan.days[1:])))
    assert _header_of(grid, monday.date) == ["Media 08:00–18:00 cancelled"]
    with spanish():
        grid.rebuild()
        assert _header_of(grid, monday.date) == ["Prensa 08:00–18:00 cancelada"]
    grid.rebuild()


def _painted(block) -> QImage:
    rect = block.rect()
    image = QImage(int(rect.right()) + 2, int(rect.bottom()) + 2, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    block.paint(painter, QStyleOptionGraphicsItem())
    painter.end()
    return image


def test_a_block_makes_its_texts_only_when_they_are_shown(qapp):
    """A campaign week is 1,300 blocks made at every week switch; most never show a text."""
    asked = []

    def texts():
        asked.append(1)
        return ("Ana Morales", "08:00–09:00", "Ana Morales, LCSW — therapist")

    block = BlockItem(QRectF(0, 0, 120, 60), BlockKind.TURN, "t1", texts, TURN_FILL, TURN_TEXT)
    assert asked == []
    assert block.label == "Ana Morales" and block.detail == "08:00–09:00"
    assert "therapist" in block.tooltip_text() and asked == [1]  # made once
    cancelled = BlockItem(QRectF(0, 0, 120, 60), BlockKind.TURN, "t2", texts, TURN_FILL, TURN_TEXT, cancelled=True)
    assert cancelled.label == "Cancelled: Ana Morales"


def test_a_block_too_small_for_a_line_of_text_is_a_plain_bar_with_a_red_head_when_warned(qapp):
    sliver = BlockItem(QRectF(0, 0, TINY - 1, 80), BlockKind.TURN, "t1", ("No spokesperson", "", ""), TURN_FILL,
                       TURN_TEXT)  # fmt: skip
    labelled = BlockItem(QRectF(0, 0, 120, 80), BlockKind.TURN, "t2", ("Ana", "", ""), TURN_FILL, TURN_TEXT)
    shade = BlockItem(QRectF(0, 0, 120, 300), BlockKind.WINDOW, "w1", ("Media", "", ""), TURN_FILL, TURN_TEXT)
    # A shade and a sliver are plain fills, cheaper drawn than copied; a block with words is copied.
    assert shade.cacheMode() is sliver.cacheMode() is QGraphicsItem.CacheMode.NoCache
    assert labelled.cacheMode() is QGraphicsItem.CacheMode.DeviceCoordinateCache
    labelled.place(QRectF(0, 0, TINY - 1, 80))  # zoomed out: a sliver now
    assert labelled.cacheMode() is QGraphicsItem.CacheMode.NoCache
    assert _painted(sliver).pixelColor(3, 5) == TURN_FILL
    sliver.set_warnings(["Nobody is on this turn"])
    image = _painted(sliver)
    assert image.pixelColor(3, 5) == WARNING_MARK and image.pixelColor(3, 40) == TURN_FILL
    sliver.set_warnings([ConflictLine("Conflict with Ana — Start: theirs 08:00, mine 06:00.")])
    assert _painted(sliver).pixelColor(3, 5) == CONFLICT_MARK  # a teammate's change: a head of its own colour


def test_a_block_in_conflict_has_a_dashed_edge_and_a_warned_one_a_red_corner(qapp):
    block = BlockItem(QRectF(0, 0, 120, 80), BlockKind.TURN, "t2", ("Ana", "", ""), TURN_FILL, TURN_TEXT)
    block.set_warnings([ConflictLine("Conflict with Ana — Start: theirs 08:00, mine 06:00.")])
    image = _painted(block)
    edge = [image.pixelColor(x, 2) for x in range(10, 110)]
    assert CONFLICT_MARK in edge and any(c != CONFLICT_MARK for c in edge)  # dashed: magenta and gaps
    assert image.pixelColor(117, 2) != WARNING_MARK  # no warning: no red corner
    assert "⇄ Conflict with Ana" in block.tooltip_text()
    block.set_warnings(["Nobody is on this turn", ConflictLine("Conflict with Ana — End: theirs 09:00, mine 10:00.")])
    image = _painted(block)
    assert image.pixelColor(117, 2) == WARNING_MARK and CONFLICT_MARK in [
        image.pixelColor(x, 2) for x in range(10, 110)
    ]


def test_turns_and_shifts_short_of_people_stand_out_from_the_staffed_ones(window):
    """Pale red and hatched (seen in greyscale too), with a legend entry; the others as before."""
    from dataclasses import replace

    plan = window.document.plan
    turn, shift = plan.turns[3], next(s for s in plan.shifts if s.needed == 2 and len(s.person_ids) == 2)
    window.document.edit("Unstaff", lambda p: replace(
        p,
        turns=tuple(replace(t, person_ids=()) if t.id == turn.id else t for t in p.turns),
        shifts=tuple(replace(s, person_ids=s.person_ids[:1]) if s.id == shift.id else s for s in p.shifts),
    ))  # fmt: skip
    QApplication.processEvents()  # the warnings panel came up: the grid is laid out again
    blocks = {b.item_id: b for b in window.grid.blocks()}
    assert blocks[turn.id].short and blocks[shift.id].short
    assert not any(b.short for b in blocks.values() if b.item_id not in (turn.id, shift.id))
    assert blocks[turn.id].label == "No spokesperson"
    staffed = _painted(blocks[plan.turns[4].id])
    short = _painted(blocks[turn.id])
    inside = blocks[turn.id].rect().center().toPoint()
    other = blocks[plan.turns[4].id].rect().center().toPoint()
    assert staffed.pixelColor(other) == TURN_FILL
    assert short.pixelColor(inside) != TURN_FILL
    greys = {QColor(short.pixel(x, inside.y())).lightness() for x in range(inside.x() - 6, inside.x() + 6)}
    assert len(greys) > 1, "a pattern, not only a colour"
    assert "Needs people" in window.legend.entries()


def test_a_turn_too_narrow_for_a_name_shows_first_name_and_initial_then_initials():
    from planner.ui.calendar_view.blocks import shorter_names

    assert shorter_names("Keisha Williams") == ["Keisha Williams", "Keisha W.", "KW"]
    assert shorter_names("Dr. Priya Natarajan")[1:] == ["Priya N.", "PN"]  # the title waits for the tooltip
    assert shorter_names("Ana Morales & Tom Becker")[1:] == ["Ana M. & Tom B.", "AM & TB"]


def test_a_turn_short_of_people_says_how_many_of_how_many(window):
    from dataclasses import replace

    from planner.ui.calendar_view.blocks import turn_text

    plan = window.document.plan
    turn = plan.turns[0]
    pair = replace(plan, days=tuple(replace(d, windows=tuple(replace(w, needed=2) for w in d.windows))
                                    for d in plan.days))  # fmt: skip
    assert turn_text(pair, turn)[1] == "08:00–09:00 · 1 of 2"
    assert turn_text(plan, turn)[1] == "08:00–09:00"


def test_a_shown_window_draws_the_plan_it_opens_once_and_a_new_height_moves_the_blocks(window, qtbot, monkeypatch):
    """As the app starts: shown, then given its plan — one build for the size it has; a
    height-only change (the legend took a line) moves the blocks it has, as a fresh build
    would place them."""
    grid = window.grid
    builds: list[object] = []
    build = grid.rebuild
    monkeypatch.setattr(grid, "rebuild", lambda: builds.append(grid.viewport().size()) or build())
    window.open_example()
    qtbot.wait(50)  # the resizes showing and opening queued
    assert len(builds) == 1
    blocks = {id(b) for b in grid.blocks()}
    window.resize(window.width(), window.height() + 40)
    qtbot.waitUntil(lambda: grid._built_for == grid.viewport().size())
    assert len(builds) == 1 and {id(b) for b in grid.blocks()} == blocks

    def placed() -> list[tuple[str, float, float, float, float]]:
        return sorted((b.item_id, *b.sceneBoundingRect().getRect()) for b in grid.blocks())

    moved = placed()
    build()
    assert placed() == moved
    window.resize(window.width() + 100, window.height())  # a new width: new columns, built again
    qtbot.waitUntil(lambda: len(builds) == 2)


def test_a_week_that_brings_the_scroll_bar_is_drawn_for_the_height_left_at_once(window, qtbot, monkeypatch):
    """A week wider than the grid (here with its Saturday) brings Qt's horizontal scroll bar,
    which takes the bottom of the view; the day view, one column, sends it away. Each is
    drawn for the height it will have, not for the last one and then moved again."""
    from dataclasses import replace
    from datetime import timedelta

    from planner.domain.model import ShiftId

    grid, plan = window.grid, window.document.plan
    setup = plan.shifts[0]
    saturday = replace(setup, id=ShiftId("saturday"), start=setup.start + timedelta(days=5),
                       end=setup.end + timedelta(days=5))  # fmt: skip
    window.document.show_plan(replace(plan, shifts=(*plan.shifts, saturday)))
    grid.set_day_view(True)
    qtbot.waitUntil(lambda: grid._built_for == grid.viewport().size())
    bar = grid.horizontalScrollBar()
    assert not bar.isVisible()
    moved: list[object] = []
    monkeypatch.setattr(grid, "relayout", lambda: moved.append(grid.viewport().size()))
    for day_view, bar_shown in ((False, True), (True, False), (False, True)):
        grid.set_day_view(day_view)
        qtbot.wait(50)  # the resize the scroll bar brings, handled
        assert bar.isVisible() == bar_shown
        assert grid._built_for == grid.viewport().size() and moved == []
        assert abs(grid.sceneRect().height() - (grid.viewport().height() - 1)) < 0.5  # the hours fill it


def test_a_week_wider_than_the_grid_is_not_drawn_again_for_a_new_width_its_days_keep(window, qtbot, monkeypatch):
    """Days at their narrowest (a week wider than the grid, which scrolls: a campaign's) keep
    their width when the grid's changes — a window resized, the vertical scroll bar coming
    with the legend's second line as a campaign opens: the blocks stay, moved if the height
    changed; not made again (a campaign week: 35 ms, before its first frame)."""
    from dataclasses import replace
    from datetime import timedelta

    from planner.domain.model import ShiftId
    from planner.ui.calendar_view.style import MIN_COLUMN_WIDTH

    grid, plan = window.grid, window.document.plan
    setup = plan.shifts[0]
    saturday = replace(setup, id=ShiftId("saturday"), start=setup.start + timedelta(days=5),
                       end=setup.end + timedelta(days=5))  # fmt: skip
    window.document.show_plan(replace(plan, shifts=(*plan.shifts, saturday)))
    qtbot.waitUntil(lambda: grid._built_for == grid.viewport().size())
    assert {c.width for c in grid._columns} == {MIN_COLUMN_WIDTH} and grid.horizontalScrollBar().isVisible()
    builds: list[object] = []
    build = grid.rebuild
    monkeypatch.setattr(grid, "rebuild", lambda: builds.append(grid.viewport().size()) or build())
    blocks = {id(b) for b in grid.blocks()}
    for width, height in ((-40, 0), (-30, -30), (70, 30)):
        window.resize(window.width() + width, window.height() + height)
        qtbot.waitUntil(lambda: grid._built_for == grid.viewport().size())
        assert builds == [] and {id(b) for b in grid.blocks()} == blocks
        assert abs(grid.sceneRect().height() - (grid.viewport().height() - 1)) < 0.5  # the hours fill it
    placed = sorted((b.item_id, *b.sceneBoundingRect().getRect()) for b in grid.blocks())
    build()
    assert sorted((b.item_id, *b.sceneBoundingRect().getRect()) for b in grid.blocks()) == placed


@pytest.mark.parametrize("scrolls", [False, True], ids=["week-fits", "week-scrolls"])
def test_a_plan_whose_heading_and_legend_take_more_lines_is_drawn_once_for_the_height_left(
    window, qtbot, monkeypatch, scrolls
):
    """Another plan can make the heading over the grid and the legend under it wrap to more
    lines (a long title; a campaign's ten roles): the grid, shorter then, draws the plan's week
    once, for the height it is left — not for the height it had, and then again (a campaign
    week's 1,300 blocks moved before its first frame). So too when the week is wider than the
    grid (a campaign's: its days at their narrowest), and the horizontal scroll bar it brings
    comes after the grid's new size."""
    from dataclasses import replace

    from planner.domain.model import Role, RoleId, ShiftId

    grid, plan = window.grid, window.document.plan
    qtbot.waitUntil(lambda: grid._built_for == grid.viewport().size())
    roles = tuple(Role(RoleId(f"role-{n}"), f"Picket line captain, gate {n}") for n in range(12))
    setup = plan.shifts[0]
    saturday = replace(setup, id=ShiftId("saturday"), start=setup.start + timedelta(days=5),
                       end=setup.end + timedelta(days=5))  # fmt: skip
    longer = replace(plan, title=plan.title + " — " + "and every site of the campaign " * 6,
                     roles=plan.roles + roles, shifts=plan.shifts + ((saturday,) if scrolls else ()))  # fmt: skip
    lines = window.legend.height(), window.heading.height()
    builds: list[object] = []
    build, move = grid.rebuild, grid.relayout
    monkeypatch.setattr(grid, "rebuild", lambda: build() or builds.append(grid._built_for))  # (drawn for)
    monkeypatch.setattr(grid, "relayout", lambda: move() or builds.append(("moved", grid._built_for)))
    window.document.show_plan(longer)
    qtbot.wait(50)  # the layout the longer texts bring, handled
    assert window.legend.height() > lines[0] and window.heading.height() > lines[1]
    assert grid.horizontalScrollBar().isVisible() == scrolls
    assert builds == [grid.viewport().size()] and grid._built_for == grid.viewport().size()
    assert abs(grid.sceneRect().height() - (grid.viewport().height() - 1)) < 0.5  # the hours fill it


def test_a_media_window_in_conflict_has_a_dashed_edge_too(qapp):
    shade = BlockItem(QRectF(0, 0, 120, 300), BlockKind.WINDOW, "w1", ("Media", "", ""), TURN_FILL, TURN_TEXT)
    assert CONFLICT_MARK not in [_painted(shade).pixelColor(x, 1) for x in range(10, 110)]
    shade.set_warnings([ConflictLine("Conflict with Ana — End: theirs 17:00, mine 18:00.")])
    edge = [_painted(shade).pixelColor(x, 1) for x in range(10, 110)]
    assert CONFLICT_MARK in edge and any(c != CONFLICT_MARK for c in edge)


def _crowded_day(window) -> list[BlockItem]:
    """A campaign's busiest day at all ten sites: 150 shifts at once, beside the example's
    first; their blocks, on the grid showing that week."""
    from dataclasses import replace

    from planner.domain.model import ShiftId

    plan = window.document.plan
    first = plan.shifts[0]
    crowd = tuple(replace(first, id=ShiftId(f"crowd-{n}")) for n in range(150))
    window.document.show_plan(replace(plan, shifts=(*plan.shifts, *crowd)))
    window.grid.show_week(first.start.date())
    return [b for b in window.grid.blocks(BlockKind.SHIFT) if b.item_id.startswith("crowd-")]


def test_a_day_with_more_overlapping_shifts_than_lanes_fit_shows_each_in_colour_within_its_column(window):
    """150 shifts at once: each is drawn at least two pixels wide, in its column's shift area —
    not a haze of sub-pixel hairlines."""
    blocks = _crowded_day(window)
    grid = window.grid
    assert len(blocks) == 150
    column = column_of(window, blocks[0])
    turn_right = max(
        t.sceneBoundingRect().right() for t in grid.blocks(BlockKind.TURN) if column_of(window, t) is column
    )
    for block in blocks:
        rect = block.sceneBoundingRect()
        assert rect.width() >= 2 and turn_right < rect.left() and rect.right() <= column.left + column.width
    assert len({round(b.sceneBoundingRect().left()) for b in blocks}) >= 10  # spread over the area


def test_the_slivers_of_a_crowded_day_are_drawn_crisp_in_the_plan_s_colours(window):
    """The grid is drawn without antialiasing (but for the rounded blocks): across a crowd of
    sub-pixel lanes each pixel is one of the colours the grid paints with, never a blend of
    a sliver and what is beside it: crisper, and Qt's fast path (a campaign week's frame
    took a third longer with antialiased fills at fractional pixels)."""
    blocks = _crowded_day(window)
    grid = window.grid
    fractional = [b for b in blocks if b.sceneBoundingRect().left() % 1 or b.sceneBoundingRect().width() % 1]
    assert len(fractional) > 100 and all(b.rect().width() < TINY for b in blocks)  # where a blend would show
    image = grid.viewport().grab().toImage()
    middle = blocks[0].sceneBoundingRect().center().y()
    left = grid.mapFromScene(min(b.sceneBoundingRect().left() for b in blocks), middle)
    right = grid.mapFromScene(max(b.sceneBoundingRect().right() for b in blocks), middle)
    row = {image.pixelColor(x, left.y()).name() for x in range(left.x() - 2, right.x() + 3)}
    painted = {c.name() for c in (*ROLE_FILLS, WINDOW_FILL, GRID_LINE, QColor("white"))}
    assert len(row) > 1 and row <= painted, sorted(row - painted)


def test_the_grid_looks_the_same_without_qt_saving_the_painter_for_each_block(window):
    """Qt does not save and restore the painter around each of the grid's items (a frame of a
    campaign week about a tenth faster): whatever a block sets to draw itself (antialiasing for
    the rounded ones, a pen for an outline, a brush, a font) it puts back, so nothing leaks
    into the blocks drawn after it. Drawn both ways — uncached, every block on the grid's own
    painter; slivers, rounded blocks and media windows, selected and highlighted — the grid
    looks the same to the pixel."""
    slivers = _crowded_day(window)
    grid = window.grid
    windows = grid.blocks(BlockKind.WINDOW)
    rounded = [b for b in grid.blocks() if b.kind is not BlockKind.WINDOW and b.rect().width() >= TINY]
    assert len(slivers) == 150 and len(rounded) > 4
    grid.highlight({b.item_id for b in (*slivers[5:10], *rounded[2:4], *windows[:2])})
    for block in (*slivers[:5], *rounded[:2]):
        block.setSelected(True)
    for block in grid.blocks():
        block.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    unsaved = QGraphicsView.OptimizationFlag.DontSavePainterState
    assert grid.optimizationFlags() & unsaved
    as_shown = grid.viewport().grab().toImage()
    grid.setOptimizationFlag(unsaved, False)
    assert grid.viewport().grab().toImage() == as_shown


def _moved_to_the_weekend(example_data) -> dict:
    """The example's Monday and Tuesday as a weekend vigil's Saturday and Sunday; nothing else."""
    days = {"2025-04-07": "2025-04-12", "2025-04-08": "2025-04-13"}
    kept = [d for d in example_data["days"] if d["date"] in days]
    turns = [t for t in example_data["turns"] if t["start"][:10] in days]
    shifts = [s for s in example_data["shifts"] if s["start"][:10] in days]
    text = json.dumps({**example_data, "days": kept, "turns": turns, "shifts": shifts, "availability": []})
    for old, new in days.items():
        text = text.replace(old, new)
    return json.loads(text)


def test_a_weekend_plans_days_are_in_sight_when_it_opens_and_when_its_week_is_shown_again(window, example_data, qtbot):
    """A week of seven days is wider than the grid at 1280 px: a weekend vigil's week opened
    on the empty Monday to Friday before it, its Saturday and Sunday out of sight."""
    from planner.storage.json_format import plan_from_dict
    from planner.ui.calendar_view.style import AXIS_WIDTH

    grid = window.grid
    window.document.show_plan(plan_from_dict(_moved_to_the_weekend(example_data)))
    qtbot.waitUntil(lambda: grid._built_for == grid.viewport().size())

    def in_sight(day: date) -> bool:
        [column] = [c for c in grid.day_columns() if c.date == day]
        left = grid.mapFromScene(column.left, 0).x()
        right = grid.mapFromScene(column.left + column.width, 0).x()
        return left >= AXIS_WIDTH - 1 and right <= grid.viewport().width() + 1

    saturday, sunday = date(2025, 4, 12), date(2025, 4, 13)
    assert grid.horizontalScrollBar().isVisible()
    assert in_sight(saturday) and in_sight(sunday) and not in_sight(date(2025, 4, 7))
    grid.step_week(-1)  # a week outside the plan: from its Monday
    assert grid.horizontalScrollBar().value() == 0
    grid.step_week(1)
    assert in_sight(saturday) and in_sight(sunday)


def test_a_week_switch_keeps_the_days_scrolled_to_when_the_next_week_has_some_of_the_plan_there(window, qtbot):
    from dataclasses import replace

    from planner.domain.model import ShiftId

    grid, plan = window.grid, window.document.plan
    setup = plan.shifts[0]
    extra = tuple(
        replace(
            setup,
            id=ShiftId(f"extra-{days}"),
            start=setup.start + timedelta(days=days),
            end=setup.end + timedelta(days=days),
        )
        for days in (5, 11, 12)
    )  # Sat 12, Fri 18, Sat 19
    window.document.show_plan(replace(plan, shifts=(*plan.shifts, *extra)))  # fmt: skip
    qtbot.waitUntil(lambda: grid._built_for == grid.viewport().size())
    bar = grid.horizontalScrollBar()
    assert bar.value() == 0 and bar.maximum() > 0  # the plan's Monday first
    bar.setValue(bar.maximum())  # the organizer looks at Friday and Saturday
    grid.step_week(1)
    assert bar.value() == bar.maximum() and [c.date.day for c in grid.day_columns()][-2:] == [18, 19]


def test_the_day_headers_and_the_hours_stay_in_sight_however_the_grid_is_scrolled(window, qtbot):
    """A campaign's week scrolls sideways at 1280 px and a zoomed or night-long day up and
    down: the days' names stay at the top and the hours at the left, over the blocks, which a
    click there does not reach."""
    from dataclasses import replace

    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    from planner.domain.model import ShiftId
    from planner.ui.calendar_view.style import AXIS_WIDTH, HEADER_HEIGHT

    grid, plan = window.grid, window.document.plan
    setup = plan.shifts[0]
    saturday = replace(setup, id=ShiftId("saturday"), start=setup.start + timedelta(days=5),
                       end=setup.end + timedelta(days=5))  # fmt: skip
    window.document.show_plan(replace(plan, shifts=(*plan.shifts, saturday)))
    grid.set_zoom(3.0)
    qtbot.waitUntil(lambda: grid._built_for == grid.viewport().size())
    across, down = grid.horizontalScrollBar(), grid.verticalScrollBar()
    assert across.maximum() > 0 and down.maximum() > 0
    friday = next(b for b in grid.blocks(BlockKind.TURN) if f"{b.source.start:%Y-%m-%d %H}" == "2025-04-11 12")
    across.setValue(across.maximum())
    down.setValue(round(friday.sceneBoundingRect().top()) - 20)  # Friday's noon turn starts under the header
    qtbot.wait(10)

    texts = [i for i in grid.scene().items() if isinstance(i, QGraphicsSimpleTextItem) and i.isVisible()]
    [title] = [t for t in texts if t.data(0) == "2025-04-11"]
    assert abs(grid.mapFromScene(title.scenePos()).y() - 6) <= 1  # at the top, where it is when not scrolled
    hours = [t for t in texts if t.text() == "13:00"]
    assert len(hours) == 1 and 0 <= grid.mapFromScene(hours[0].scenePos()).x() < AXIS_WIDTH

    middle = round(grid.mapFromScene(friday.sceneBoundingRect().center()).x())
    under_header, below = QPoint(middle, HEADER_HEIGHT - 10), QPoint(middle, HEADER_HEIGHT + 30)
    assert friday.contains(friday.mapFromScene(grid.mapToScene(under_header)))  # the block is there, covered
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=under_header)
    assert not friday.isSelected()
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=below)
    assert friday.isSelected()


def _with_a_night_watch(plan, *, until: tuple[int, int] = (1, 30)):
    """The example with a night watch from Friday 22:00 to Saturday `until` (a weekend day with nothing else)."""
    from dataclasses import replace

    from planner.domain.model import ShiftId

    first = plan.shifts[0]
    friday = first.start.replace(day=11, hour=22, minute=0)
    end = friday.replace(day=12, hour=until[0], minute=until[1])
    watch = replace(first, id=ShiftId("night-watch"), start=friday, end=end)
    return replace(plan, shifts=(*plan.shifts, watch))


def _pieces(grid, item_id: str, kind: BlockKind = BlockKind.SHIFT) -> list[tuple[date, str, str]]:
    """Each block of an item: its column's day, and the hours it is drawn over (from the grid's axis)."""

    def hour_at(y: float) -> str:
        minutes = round((y - HEADER_HEIGHT) / grid._hour_height * 60) + grid._first_hour * 60
        return f"{minutes // 60:02d}:{minutes % 60:02d}"

    pieces = []
    for block in grid.blocks(kind):
        if block.item_id == item_id:
            rect = block.sceneBoundingRect()
            pieces.append((column_of_grid(grid, block).date, hour_at(rect.top() - 1), hour_at(rect.bottom() + 1)))
    return sorted(pieces)


def column_of_grid(grid, item):
    center = item.sceneBoundingRect().center().x()
    [column] = [c for c in grid.day_columns() if c.left <= center < c.left + c.width]
    return column


def test_a_night_watch_is_drawn_on_both_its_days_and_moves_as_one(window, qtbot):
    """A vigil's night watch, Friday 22:00 to Saturday 01:30: drawn on Friday to midnight and on
    Saturday from midnight (its Saturday shown for it), so the night's column says who is on;
    the two are one shift to select, move, zoom and undo."""
    from PySide6.QtCore import Qt

    grid = window.grid
    window.document.show_plan(_with_a_night_watch(window.document.plan))
    qtbot.waitUntil(lambda: grid._built_for == grid.viewport().size())
    assert grid._first_hour == 0  # the hours from midnight, where its last ones are drawn
    friday, saturday = date(2025, 4, 11), date(2025, 4, 12)
    assert _pieces(grid, "night-watch") == [(friday, "22:00", "24:00"), (saturday, "00:00", "01:30")]
    assert grid.select_item("night-watch") and grid.selected_ids() == ["night-watch"]
    grid.set_zoom(1.5)  # (the blocks are moved, not made again)
    assert _pieces(grid, "night-watch") == [(friday, "22:00", "24:00"), (saturday, "00:00", "01:30")]
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Down)  # a snap step later: both pieces follow
    step = grid.snap_minutes
    watch = next(s for s in window.document.plan.shifts if s.id == "night-watch")
    assert (watch.start.hour, watch.start.minute) == (22, step) and (watch.end.hour, watch.end.minute) == (1, 30 + step)
    assert _pieces(grid, "night-watch") == [(friday, f"22:{step:02d}", "24:00"), (saturday, "00:00", f"01:{30 + step}")]
    window.document.undo_stack.undo()
    assert _pieces(grid, "night-watch") == [(friday, "22:00", "24:00"), (saturday, "00:00", "01:30")]


def test_a_shift_that_ends_at_midnight_is_one_block_on_its_day(window, qtbot):
    grid = window.grid
    window.document.show_plan(_with_a_night_watch(window.document.plan, until=(0, 0)))
    qtbot.waitUntil(lambda: grid._built_for == grid.viewport().size())
    assert _pieces(grid, "night-watch") == [(date(2025, 4, 11), "22:00", "24:00")]
    assert date(2025, 4, 12) not in [c.date for c in grid.day_columns()]


def _by_day(items_by_day):
    return {d: items for d, items in items_by_day.items() if items}


def test_the_index_follows_a_night_watch_to_the_days_it_runs_into(example_plan):
    from planner.domain import edits
    from planner.ui.calendar_view.scene import PlanIndex

    plan = _with_a_night_watch(example_plan)
    watch = plan.shifts[-1]
    assert [s.id for s in PlanIndex(plan).carried_shifts[date(2025, 4, 12)]] == ["night-watch"]
    for edited in (
        edits.move_item(plan, watch.id, watch.start - timedelta(hours=3)),  # now ends before midnight
        edits.move_item(plan, watch.id, watch.start + timedelta(days=1)),  # Saturday into Sunday
        edits.remove_items(plan, [watch.id]),
    ):
        followed, fresh = PlanIndex(plan).follow(edited), PlanIndex(edited)
        if followed is None:  # the hours shown change (from midnight no more): made afresh
            assert fresh.hours != PlanIndex(plan).hours and not any(fresh.carried_shifts.values())
            continue
        index = followed[0]
        assert _by_day(index.carried_shifts) == _by_day(fresh.carried_shifts)
        assert index.dates == fresh.dates and dict(index.shifts) == dict(fresh.shifts)
        assert followed[1] == {date(2025, 4, 11), date(2025, 4, 12), date(2025, 4, 13)}  # (Saturday into Sunday)


def _with_a_night_press_watch(plan):
    """The example with a media window from Friday 20:00 to Saturday 02:00 at its first site,
    and a turn on it from 23:00 to 01:00 (a vigil's night press; Saturday has nothing else)."""
    from dataclasses import replace

    from planner.domain.model import Turn, TurnId, Window, WindowId

    friday = next(d for d in plan.days if d.date == date(2025, 4, 11))
    start = friday.windows[0].start.replace(hour=20, minute=0)
    window = Window(WindowId("night-press"), start, start + timedelta(hours=6), friday.windows[0].location_id)
    turn = Turn(TurnId("night-turn"), window.id, start + timedelta(hours=3), start + timedelta(hours=5),
                plan.turns[0].person_ids)  # fmt: skip
    days = tuple(replace(d, windows=(*d.windows, window)) if d is friday else d for d in plan.days)
    return replace(plan, days=days, turns=(*plan.turns, turn))


def test_a_night_media_window_and_its_turn_are_drawn_on_both_their_days(window, qtbot):
    """Like a night watch (above), a media window and a turn across midnight are drawn on their
    first day to midnight and on the next from midnight, move as one and follow an undo."""
    from PySide6.QtCore import Qt

    grid = window.grid
    window.document.show_plan(_with_a_night_press_watch(window.document.plan))
    qtbot.waitUntil(lambda: grid._built_for == grid.viewport().size())
    assert grid._first_hour == 0
    friday, saturday = date(2025, 4, 11), date(2025, 4, 12)
    assert _pieces(grid, "night-press", BlockKind.WINDOW) == [(friday, "20:00", "24:00"), (saturday, "00:00", "02:00")]
    assert _pieces(grid, "night-turn", BlockKind.TURN) == [(friday, "23:00", "24:00"), (saturday, "00:00", "01:00")]
    grid.set_zoom(1.5)
    assert _pieces(grid, "night-press", BlockKind.WINDOW) == [(friday, "20:00", "24:00"), (saturday, "00:00", "02:00")]
    assert _pieces(grid, "night-turn", BlockKind.TURN) == [(friday, "23:00", "24:00"), (saturday, "00:00", "01:00")]
    assert grid.select_item("night-turn") and grid.selected_ids() == ["night-turn"]
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Down)  # a snap step later: both pieces follow
    step = grid.snap_minutes
    assert _pieces(grid, "night-turn", BlockKind.TURN) == [
        (friday, f"23:{step:02d}", "24:00"), (saturday, "00:00", f"01:{step:02d}")]  # fmt: skip
    window.document.undo_stack.undo()
    assert _pieces(grid, "night-turn", BlockKind.TURN) == [(friday, "23:00", "24:00"), (saturday, "00:00", "01:00")]


def test_the_index_follows_a_turn_across_midnight(example_plan):
    from planner.domain import edits
    from planner.ui.calendar_view.scene import PlanIndex

    plan = _with_a_night_press_watch(example_plan)
    saturday = date(2025, 4, 12)
    index = PlanIndex(plan)
    assert [w.id for w in index.carried_windows[saturday]] == ["night-press"]
    assert [t.id for t in index.carried_turns[saturday]] == ["night-turn"]
    assert saturday in index.dates and index.hours[0] == 0
    turn = plan.turns[-1]
    for edited in (
        edits.move_item(plan, turn.id, turn.start - timedelta(hours=2)),  # now ends before midnight
        edits.move_item(plan, turn.id, turn.start + timedelta(minutes=30)),
        edits.remove_items(plan, [turn.id]),
    ):
        followed, fresh = index.follow(edited), PlanIndex(edited)
        assert followed is not None  # (the window still runs past midnight: the hours stay)
        assert _by_day(followed[0].carried_turns) == _by_day(fresh.carried_turns)
        assert followed[0].dates == fresh.dates and dict(followed[0].turns) == dict(fresh.turns)
        assert saturday in followed[1]
