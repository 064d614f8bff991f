"""Editing on the grid: drag to move, drag an edge to resize, drop a person to assign, the
keyboard's equivalents, week navigation, and the live warnings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog

from planner.domain.edits import find_item
from planner.ui.calendar_view import PERSON_MIME, BlockKind
from planner.ui.panels import PeopleModel
from planner.ui.settings import GRID_SNAP_MINUTES

TURN = "turn-2025-04-07-0900"  # Ana Morales, Mon 9:00–10:00
SHIFT = "shift-2025-04-07-press-checkin-0800"  # Mon 8:00–13:00


def point_of(grid, item_id, where="center"):
    rect = grid.block(item_id).sceneBoundingRect()
    scene = {"center": rect.center(), "bottom": QPointF(rect.center().x(), rect.bottom() - 2)}[where]
    return grid.mapFromScene(scene)


def mouse(grid, kind, pos, buttons=Qt.MouseButton.LeftButton):
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    event = QMouseEvent(kind, QPointF(pos), QPointF(grid.viewport().mapToGlobal(pos)), button, buttons,
                        Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(grid.viewport(), event)


def drag(grid, start: QPoint, end: QPoint) -> None:
    mouse(grid, QEvent.Type.MouseButtonPress, start)
    for k in (1, 2, 3):  # a few steps, as a hand would
        mouse(grid, QEvent.Type.MouseMove, start + (end - start) * k / 3)
    mouse(grid, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def hours(grid, n: float) -> int:
    return round(grid.y_for(datetime(2025, 4, 7, 10)) - grid.y_for(datetime(2025, 4, 7, 9))) * n


def test_dragging_a_turn_moves_it_snapped_and_undo_puts_it_back(window):
    grid, document = window.grid, window.document
    before = document.plan
    start = point_of(grid, TURN)
    drag(grid, start, start + QPoint(0, int(hours(grid, 1.1))))  # 66 minutes: snaps to 60
    turn = find_item(document.plan, TURN)
    assert (turn.start.hour, turn.start.minute, turn.end.hour) == (10, 0, 11)
    assert turn.person_ids == ("sp-ana-morales",) and window.isWindowModified()
    assert document.undo_stack.undoText() == "Move turn to Mon 10:00"
    document.undo_stack.undo()
    assert document.plan == before and not window.isWindowModified()
    document.undo_stack.redo()
    assert find_item(document.plan, TURN).start.hour == 10


def test_dragging_a_shift_across_columns_moves_it_to_that_day(window):
    grid, document = window.grid, window.document
    start = point_of(grid, SHIFT)
    columns = grid.day_columns()
    drag(grid, start, start + QPoint(int(columns[1].left - columns[0].left), 0))
    shift = find_item(document.plan, SHIFT)
    assert shift.start == datetime(2025, 4, 8, 8, tzinfo=document.plan.zone)
    assert shift.end - shift.start == timedelta(hours=5)


def test_dragging_the_bottom_edge_resizes_with_the_snap_step_chosen(window):
    grid, document = window.grid, window.document
    window.set_snap(30)
    start = point_of(grid, SHIFT, "bottom")
    drag(grid, start, start + QPoint(0, int(hours(grid, 0.8))))  # 48 minutes: snaps to 60 at 30-minute steps
    shift = find_item(document.plan, SHIFT)
    assert (shift.start.hour, shift.end.hour, shift.end.minute) == (8, 14, 0)
    assert document.undo_stack.undoText().startswith("Resize shift")
    assert window.settings.get(GRID_SNAP_MINUTES) == 30  # kept for next time


def test_a_drag_below_the_start_keeps_one_step(window):
    grid, document = window.grid, window.document
    before = document.plan
    start = point_of(grid, SHIFT, "bottom")
    drag(grid, start, start + QPoint(0, -int(hours(grid, 9))))
    assert find_item(document.plan, SHIFT).end - find_item(before, SHIFT).start == timedelta(minutes=15)


def test_an_edit_the_plan_cannot_take_says_why_and_changes_nothing(window, make_plan, qtbot):
    document, grid = window.document, window.grid
    document.show_plan(make_plan(
        days=[{"date": "2025-03-09", "windows": []}],
        roles=[{"id": "r", "name": "Marshal"}],
        shifts=[{"id": "s", "role": "r", "location": "loc", "start": "2025-03-09T01:00", "end": "2025-03-09T01:45"}],
    ))  # fmt: skip
    before = document.plan
    grid.select_item("s")
    messages = []
    grid.edit_failed.connect(messages.append)
    qtbot.keyClick(grid, Qt.Key.Key_Down)  # would end at 02:00, which the clocks skip that night
    assert messages == ["the shift Sun 09 Mar 01:00: the end (Sun 09 Mar 02:00) does not exist in "
                        "America/Los_Angeles: the clocks skip it"]  # fmt: skip
    assert document.plan == before and document.undo_stack.count() == 0
    assert "Not changed: the shift" in window.statusBar().currentMessage()


def drop_person(grid, person_id: str, pos: QPoint) -> None:
    data = QMimeData()
    data.setData(PERSON_MIME, person_id.encode())
    enter = QDragEnterEvent(
        pos, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(grid.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(grid.viewport(), drop)


def test_dropping_a_person_from_the_people_panel_assigns_them(window):
    grid, document = window.grid, window.document
    model: PeopleModel = window.people_panel.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Jamal Carter")
    data = model.mimeData([model.index(row, 0)])
    assert bytes(data.data(PERSON_MIME).data()) == b"vol-jamal-carter"
    assert model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    drop_person(grid, "vol-jamal-carter", point_of(grid, SHIFT))
    assert find_item(document.plan, SHIFT).person_ids == ("vol-marcus-johnson", "vol-jamal-carter")
    assert document.undo_stack.undoText() == "Assign Jamal Carter"
    # A volunteer cannot talk to press: refused with the reason, the plan unchanged.
    messages = []
    grid.edit_failed.connect(messages.append)
    drop_person(grid, "vol-jamal-carter", point_of(grid, TURN))
    assert "only a spokesperson can take the turn" in messages[0]
    assert find_item(document.plan, TURN).person_ids == ("sp-ana-morales",)


def test_the_keyboard_moves_resizes_deletes_and_edits(window, qtbot):
    grid, document = window.grid, window.document
    assert grid.select_item(TURN)
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert find_item(document.plan, TURN).start.minute == 15
    qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    turn = find_item(document.plan, TURN)
    assert turn.end - turn.start == timedelta(minutes=75)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert find_item(document.plan, TURN).start.date() == date(2025, 4, 8)
    with qtbot.waitSignal(grid.edit_requested) as requested:
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert requested.args == [TURN]
    window.delete_action.trigger()
    assert TURN not in {t.id for t in document.plan.turns}
    for _ in range(4):
        document.undo_stack.undo()
    assert document.undo_stack.index() == 0 and not window.isWindowModified()


def test_assign_and_copy_day_from_the_menu(window, monkeypatch):
    grid, document = window.grid, window.document
    grid.select_item(TURN)
    monkeypatch.setattr(window, "choose_person", lambda item: "sp-tom-becker")
    assert window.assign_dialog()
    assert find_item(document.plan, TURN).person_ids == ("sp-ana-morales", "sp-tom-becker")

    def fill(dialog):
        dialog.source.setCurrentIndex(dialog.source.findData("2025-04-07"))
        dialog.check(date(2025, 4, 14))
        return dialog.DialogCode.Accepted

    monkeypatch.setattr(window, "run_dialog", fill)
    assert window.copy_day_dialog()
    assert any(d.date == date(2025, 4, 14) and d.windows for d in document.plan.days)
    grid.step_week(1)
    assert grid.day_columns()[0].date == date(2025, 4, 14)
    assert len(grid.blocks(BlockKind.TURN)) == len(document.plan.turns_in("win-2025-04-07"))


def test_double_clicking_an_item_opens_its_editor(window, qtbot):
    grid = window.grid
    with qtbot.waitSignal(grid.edit_requested) as requested:
        qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=point_of(grid, SHIFT))
    assert requested.args == [SHIFT]


def campaign_plan(make_plan, weeks: int, sites: int, staffed: int = 0):
    """Every day for `weeks` weeks, a 10:00–18:00 window at each site with hour-long turns,
    those of the first `staffed` days taken by Ana or Ben."""
    first = date(2025, 6, 2)
    days, turns = [], []
    for d in range(7 * weeks):
        day = (first + timedelta(days=d)).isoformat()
        windows = [{"id": f"w{day}-{k}", "start": f"{day}T10:00", "end": f"{day}T18:00", "location": f"site-{k}"}
                   for k in range(sites)]  # fmt: skip
        days.append({"date": day, "windows": windows})
        turns += [{"id": f"t{day}-{k}-{h}", "window": f"w{day}-{k}", "start": f"{day}T{h}:00",
                   "end": f"{day}T{h + 1}:00", "people": [("ana", "ben")[(k + h) % 2]] if d < staffed else []}
                  for k in range(sites) for h in range(10, 18)]  # fmt: skip
    locations = [{"id": f"site-{k}", "name": f"Site {k}", "address": f"{k} Main St"} for k in range(sites)]
    return make_plan(locations=locations, days=days, turns=turns)


def test_a_campaign_of_months_shows_a_week_at_a_time(window, make_plan):
    window.document.show_plan(campaign_plan(make_plan, weeks=4, sites=3))
    grid = window.grid
    grid.show_week(date(2025, 6, 2))
    assert [c.date for c in grid.day_columns()] == [date(2025, 6, 2) + timedelta(days=i) for i in range(7)]
    first = {b.item_id for b in grid.blocks(BlockKind.TURN)}
    grid.step_week(1)
    assert grid.week == date(2025, 6, 9) and first.isdisjoint(b.item_id for b in grid.blocks(BlockKind.TURN))
    assert window.grid_bar.week_label.text() == "9 Jun – 15 Jun 2025"
    everything = len(grid.blocks())
    window.grid_bar.location.setCurrentIndex(1)  # one site
    assert grid.location_filter == "site-0" and len(grid.blocks()) < everything
    sites = {window.document.plan.windows_by_id[find_item(window.document.plan, b.item_id).window_id].location_id
             for b in grid.blocks(BlockKind.TURN)}  # fmt: skip
    assert sites == {"site-0"}


def test_a_background_check_of_a_plan_edited_since_stops_and_the_edited_plan_is_checked(window, qtbot, monkeypatch):
    """A campaign's warnings are worked out in a worker thread, which holds Python's lock in
    turns with the window: a check of a plan the organizer has edited since stops instead of
    slowing the edit down (to half its speed, for the few tenths of a second a campaign's check
    takes), and the edited plan is checked in its turn."""
    import threading

    from planner.domain import checks, edits
    from planner.ui import document as document_module

    monkeypatch.setattr(document_module, "CHECK_IN_BACKGROUND", 0)  # the example checked as a campaign is
    started, resume, outcomes = threading.Event(), threading.Event(), []

    def check_plan(plan, stop):
        if not started.is_set():  # the first check waits, in the worker, until the edit is made
            started.set()
            resume.wait(10)
        try:
            found = checks.check_plan(plan, stop)
        except checks.CheckStopped:
            outcomes.append(("stopped", plan))
            raise
        outcomes.append(("done", plan))
        return found

    monkeypatch.setattr(document_module, "check_plan", check_plan)
    document = window.document
    document.show_plan(replace(document.plan))  # a plan whose warnings are not known yet
    first = document.plan
    assert document.known_warnings() is None
    qtbot.waitUntil(started.is_set)
    shift = first.shifts[0]
    document.edit("Move", edits.move_item, shift.id, shift.start + timedelta(minutes=15))
    resume.set()
    qtbot.waitUntil(lambda: len(outcomes) == 2, timeout=10_000)
    assert outcomes == [("stopped", first), ("done", document.plan)]
    qtbot.waitUntil(lambda: document.known_warnings() is not None)
    assert document.known_warnings() == checks.check_plan(document.plan)


@pytest.mark.parametrize("move_about", ["week", "day", "zoom", "scroll"])
def test_a_background_check_waits_while_the_organizer_moves_about_the_grid(window, qtbot, monkeypatch, move_about):
    """A week switch, the day view, a zoom or a scroll while a campaign's warnings are worked out: the
    check waits (it would hold Python's lock in turns with the window, each frame slower), and
    goes on a moment after the last move, to the same warnings."""
    import threading
    import time

    from planner.domain import checks
    from planner.ui import document as document_module

    monkeypatch.setattr(document_module, "CHECK_IN_BACKGROUND", 0)
    started, resume, finished = threading.Event(), threading.Event(), []

    def check_plan(plan, stop):
        started.set()
        resume.wait(10)
        found = checks.check_plan(plan, stop)
        finished.append(time.monotonic())
        return found

    monkeypatch.setattr(document_module, "check_plan", check_plan)
    grid, document = window.grid, window.document
    if move_about == "scroll":
        grid.set_zoom(3.0)  # room to scroll
    document.show_plan(replace(document.plan))  # warnings not known yet: a check starts
    qtbot.waitUntil(started.is_set)
    moved = time.monotonic()
    if move_about == "week":
        grid.step_week(1)
    elif move_about == "day":
        grid.set_day_view(True)
    elif move_about == "zoom":
        grid.zoom_by(1.25)
    else:
        bar = grid.verticalScrollBar()
        assert bar.maximum() > 0
        bar.setValue(bar.value() + 40)
    resume.set()
    qtbot.waitUntil(lambda: document.known_warnings() is not None, timeout=10_000)
    assert finished[0] >= moved + document_module.HOLD_S
    assert document.known_warnings() == checks.check_plan(document.plan)


def test_a_week_switch_gives_the_blocks_to_the_new_week_and_shows_what_a_new_grid_shows(window, make_plan, qtbot):
    """A campaign week is 1,300 blocks: the next week takes the last one's turn and shift
    blocks, and nothing of what they showed (texts, marks, painted pixmaps) shows through."""
    from planner.ui.calendar_view import CalendarView

    plan = campaign_plan(make_plan, weeks=3, sites=3, staffed=7)  # names in the first week, gaps after
    window.document.show_plan(plan)
    grid = window.grid
    grid.show_week(date(2025, 6, 2))
    grid.select_item("t2025-06-03-1-12")
    grid.highlight({"t2025-06-04-0-10", "t2025-06-10-2-11"})
    grid.viewport().grab()  # painted, so the blocks have pixmaps to lose
    before = {id(b) for b in grid.blocks(BlockKind.TURN)}
    fresh = CalendarView(window.document)  # a grid of the same size and zoom, with no blocks to give
    fresh.resize(grid.size())
    fresh.zoom_by(grid.zoom)
    fresh.show()
    qtbot.waitExposed(fresh)
    fresh.highlight({"t2025-06-04-0-10", "t2025-06-10-2-11"})
    fresh.select_item("t2025-06-03-1-12")

    def shown(view) -> tuple:
        marks = sorted((b.item_id, b.opacity(), b.cacheMode().value) for b in view.blocks())
        return _drawn(view), marks, view.viewport().grab().toImage()

    for week, site in ((date(2025, 6, 9), None), (date(2025, 6, 16), "site-1"), (date(2025, 6, 2), None)):
        grid.location_filter = fresh.location_filter = site  # fewer blocks, then more again
        grid.show_week(week)
        fresh.show_week(week)
        fresh.rebuild()
        assert shown(grid) == shown(fresh)
        assert grid.selected_ids() == (["t2025-06-03-1-12"] if week == date(2025, 6, 2) else [])
        now = {id(b) for b in grid.blocks(BlockKind.TURN)}
        assert now & before  # the same objects, showing other turns
        before = now
    fresh.close()
    fresh.deleteLater()


def test_zoom_and_the_current_time_line(window):
    grid = window.grid
    tall = grid.y_for(datetime(2025, 4, 7, 17)) - grid.y_for(datetime(2025, 4, 7, 8))
    grid.zoom_by(2)
    assert grid.y_for(datetime(2025, 4, 7, 17)) - grid.y_for(datetime(2025, 4, 7, 8)) == pytest.approx(2 * tall)
    grid.clock = lambda zone: datetime(2025, 4, 9, 13, 30, tzinfo=zone)
    grid.rebuild()
    [line] = [i for i in grid.scene().items() if i.data(0) == "now"]
    assert line.line().y1() == pytest.approx(grid.y_for(datetime(2025, 4, 9, 13, 30)))


def _caching(grid) -> dict[tuple[str, str], object]:
    return {(b.kind.value, b.item_id): b.cacheMode() for b in grid.blocks()}


def test_zooming_moves_the_blocks_and_draws_what_a_rebuild_at_that_zoom_draws(window):
    """A campaign week is 1,300 blocks: zooming moves them rather than making them again."""
    from PySide6.QtWidgets import QGraphicsLineItem

    grid = window.grid
    grid.clock = lambda zone: datetime(2025, 4, 9, 13, 30, tzinfo=zone)
    grid.rebuild()
    grid.select_item("turn-2025-04-09-1300")
    grid.highlight({"turn-2025-04-10-1000"})
    before = {id(b) for b in grid.blocks()}

    def lines() -> list[tuple]:
        return sorted((i.line().x1(), i.line().y1(), i.line().x2(), i.line().y2(), i.data(0))
                      for i in grid.scene().items() if isinstance(i, QGraphicsLineItem))  # fmt: skip

    for factor in (1.5, 0.5, 3.0):
        grid.zoom_by(factor)
        moved = (_drawn(grid), lines(), grid.sceneRect(), _caching(grid))
        assert {id(b) for b in grid.blocks()} == before  # the same blocks, moved
        grid.rebuild()
        assert (_drawn(grid), lines(), grid.sceneRect(), _caching(grid)) == moved
        before = {id(b) for b in grid.blocks()}


def test_warnings_are_listed_live_marked_on_the_grid_and_lead_to_their_item(window, qtbot):
    document, grid = window.document, window.grid
    panel = window.warnings_panel
    assert panel.count() == 1 and not panel.item(0).flags() & Qt.ItemFlag.ItemIsEnabled  # "No warnings"
    plan = document.plan
    friday = "turn-2025-04-11-1500"
    document.replace_plan(replace(plan, turns=tuple(replace(t, person_ids=()) if t.id == friday else t
                                                    for t in plan.turns)), "Unstaff")  # fmt: skip
    assert panel.count() == 1 and "Fri 11 Apr" in panel.item(0).text()
    [marked] = [b for b in grid.blocks(BlockKind.WINDOW) if b.warnings]
    assert marked.item_id == "win-2025-04-11" and "has no spokesperson 15:00–16:00" in marked.warnings[0]
    grid.show_week(date(2025, 3, 31))
    panel.itemClicked.emit(panel.item(0))
    assert grid.week == date(2025, 4, 7) and grid.selected_ids() == [friday]
    document.undo_stack.undo()
    assert panel.item(0).text().startswith("No warnings")


def _every_other_turn_unstaffed(window):
    """The example with a gap on every other turn (a warning each); the plan as it was."""
    plan = window.document.plan
    gaps = tuple(replace(t, person_ids=()) if i % 2 == 0 else t for i, t in enumerate(plan.turns))
    window.document.replace_plan(replace(plan, turns=gaps), "Unstaff every other turn")
    return plan


def _lines(panel) -> list[str]:
    return [panel.item(row).text() for row in range(panel.count())]


def test_the_warnings_list_remakes_only_the_lines_an_edit_changed(window):
    """A campaign before its rotation lists 2,000 warnings (150 ms to list whole): an edit,
    or its undo, changes the lines it changed, and the list reads as one made afresh."""
    from planner.domain.edits import assign_person
    from planner.ui.warnings_panel import _line

    document, panel = window.document, window.warnings_panel
    plan = _every_other_turn_unstaffed(window)
    listed = [panel.item(row) for row in range(panel.count())]
    before = _lines(panel)
    assert len(before) > 15 and before == [_line(w) for w in document.known_warnings()]
    turn = plan.turns[2 * (len(plan.turns) // 4)]  # one of the gaps, staffed again
    document.edit("Staff", assign_person, turn.id, turn.person_ids[0])
    assert _lines(panel) == [_line(w) for w in document.known_warnings()] != before
    kept = {id(panel.item(row)) for row in range(panel.count())} & {id(item) for item in listed}
    assert len(kept) >= len(before) - 2  # the line of that turn's gap, and maybe a neighbour's
    document.undo_stack.undo()
    assert _lines(panel) == before


def test_while_a_big_plan_is_checked_its_last_warnings_stay_under_a_note(window, qtbot, monkeypatch):
    """A campaign is checked in the background after each edit: its list does not empty and
    fill again meanwhile, it says it is being checked above the last one."""
    from planner.domain.edits import assign_person
    from planner.ui import document as document_module
    from planner.ui.warnings_panel import _line

    monkeypatch.setattr(document_module, "CHECK_IN_BACKGROUND", 0)  # the example checked as a campaign is
    document, panel = window.document, window.warnings_panel
    plan = _every_other_turn_unstaffed(window)
    assert _lines(panel) == ["Checking the plan…"]  # (nothing listed before: no warnings)
    qtbot.waitUntil(lambda: document.known_warnings() is not None, timeout=10_000)
    listed = _lines(panel)
    assert listed == [_line(w) for w in document.known_warnings()] and len(listed) > 15
    turn = plan.turns[2 * (len(plan.turns) // 4)]
    document.edit("Staff", assign_person, turn.id, turn.person_ids[0])
    assert _lines(panel) == ["Checking the plan…", *listed]
    assert not panel.item(0).flags() & Qt.ItemFlag.ItemIsEnabled
    qtbot.waitUntil(lambda: document.known_warnings() is not None, timeout=10_000)
    assert _lines(panel) == [_line(w) for w in document.known_warnings()] and len(_lines(panel)) == len(listed) - 1


def test_the_undo_history_lists_every_edit(window):
    document = window.document
    assert window.undo_view.stack() is document.undo_stack
    document.rename("Vigil")
    grid = window.grid
    grid.select_item(TURN)
    grid._nudge(Qt.Key.Key_Down, False)
    texts = [document.undo_stack.text(i) for i in range(document.undo_stack.count())]
    assert texts == ["Rename plan", "Move with the keyboard"]
    assert window.undo_view.model().rowCount() == 3  # "Opened" and the two edits


def test_the_warnings_and_undo_models_pass_the_model_tester(window, qtmodeltester):
    plan = window.document.plan
    window.document.replace_plan(replace(plan, turns=tuple(replace(t, person_ids=()) for t in plan.turns[:3])
                                         + plan.turns[3:]), "Unstaff")  # fmt: skip
    qtmodeltester.check(window.warnings_panel.model())
    qtmodeltester.check(window.undo_view.model())


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform showing the tooltip
def test_page_keys_change_the_week_and_hovering_a_block_tells_who_and_when(window, qtbot):
    from PySide6.QtGui import QHelpEvent

    grid = window.grid
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    assert grid.week == date(2025, 4, 14)
    qtbot.keyClick(grid, Qt.Key.Key_PageUp)
    assert grid.week == date(2025, 4, 7)
    pos = point_of(grid, TURN)
    QApplication.sendEvent(grid.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, grid.viewport().mapToGlobal(pos)))
    assert "Ana Morales, LCSW" in grid.block(TURN).toolTip() and "09:00–10:00" in grid.block(TURN).toolTip()


def _drawn(grid) -> list[tuple]:
    """Everything the grid shows, comparable: each block's kind, id, place, words and marks,
    and each header's text."""
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    blocks = sorted(
        (b.kind.value, b.item_id, b.rect().getRect(), b.label, b.detail, tuple(b.warnings), b.isSelected(),
         b.highlighted)
        for b in grid.blocks()
    )  # fmt: skip
    texts = sorted((i.text(), i.pos().x(), i.pos().y()) for i in grid.scene().items()
                   if isinstance(i, QGraphicsSimpleTextItem))  # fmt: skip
    return [*blocks, *texts]


def test_an_edit_redraws_only_its_days_and_the_grid_is_as_a_full_rebuild_would_draw_it(window):
    from planner.domain import edits

    grid, document = window.grid, window.document
    window.warnings_dock.toggleViewAction().trigger()  # shown and kept: the grid keeps its size throughout
    QApplication.processEvents()
    plan = document.plan
    monday = plan.days[0].date
    grid.show_week(monday)
    turn, shift = plan.turns[0], next(s for s in plan.shifts if s.start.date() == plan.days[2].date)
    grid.select_item(turn.id)
    grid.highlight({shift.id})
    steps = [
        ("retime a turn", edits.retime_item, turn.id, turn.start + timedelta(minutes=15), turn.end),
        ("move a shift to Thursday", edits.retime_item, shift.id, shift.start + timedelta(days=1),
         shift.end + timedelta(days=1)),
        ("take a person off", edits.unassign_person, turn.id, turn.person_ids[0]),
        ("remove a shift", edits.remove_items, [plan.shifts[0].id]),
        ("a shift at 6 a.m. widens the hours", edits.put_item,
         replace(plan.shifts[1], id="early", start=plan.shifts[1].start.replace(hour=6),
                 end=plan.shifts[1].start.replace(hour=7))),
        ("move a shift to the next week", edits.retime_item, plan.shifts[3].id,
         plan.shifts[3].start + timedelta(days=7), plan.shifts[3].end + timedelta(days=7)),
    ]  # fmt: skip
    for text, change, *args in steps:
        assert document.edit(text, change, *args), text
        incremental = _drawn(grid)
        grid.rebuild()
        assert incremental == _drawn(grid), text
    for _ in steps:
        document.undo_stack.undo()
        incremental = _drawn(grid)
        grid.rebuild()
        assert incremental == _drawn(grid)
    assert document.plan == plan


def test_an_edit_leaves_the_other_days_blocks_alone(window):
    from planner.domain import edits

    grid, document = window.grid, window.document
    plan = document.plan
    grid.show_week(plan.days[0].date)
    untouched = {id(b) for b in grid.blocks() if b.item_id.startswith("turn-2025-04-11")}
    turn = plan.turns[0]  # Monday's first turn
    assert document.edit("retime", edits.retime_item, turn.id, turn.start + timedelta(minutes=15), turn.end)
    assert untouched and untouched <= {id(b) for b in grid.blocks()}
    monday = {id(b) for b in grid.blocks() if b.item_id == turn.id}
    assert monday and not monday & untouched


def test_an_edit_keeps_the_blocks_of_its_day_that_show_the_same(window):
    """A day redrawn after an edit makes blocks only for what changed; the rest stay, painted."""
    from planner.domain import edits

    grid, document = window.grid, window.document
    window.warnings_dock.toggleViewAction().trigger()  # shown and kept: the grid keeps its size throughout
    QApplication.processEvents()
    plan = document.plan
    monday = plan.days[0].date
    grid.show_week(monday)
    before = {b.item_id: b for b in grid.blocks() if b.source.start.date() == monday}
    turn = plan.turns[0]  # Monday's first turn, 8:00-9:00; its neighbours do not move
    assert document.edit("retime", edits.retime_item, turn.id, turn.start + timedelta(minutes=15), turn.end)
    after = {b.item_id: b for b in grid.blocks()}
    assert after[turn.id] is not before[turn.id] and after[turn.id].source is document.plan.turns[0]
    window_id = turn.window_id  # now uncovered 8:00-8:15: a new warning, so a new block
    assert after[window_id] is not before[window_id] and after[window_id].warnings
    others = [i for i in before if i not in (turn.id, window_id)]
    assert len(others) > 10 and all(after[i] is before[i] for i in others)


def test_add_starts_where_the_organizer_clicked_or_at_the_selected_item(window, monkeypatch):
    """Add ▸ Shift and Add ▸ Media Window begin at the empty slot last clicked in the week
    shown (snapped), or at the selected turn or shift; not always on the first day at 9:00."""
    grid = window.grid
    seen = []

    def look(dialog):
        seen.append(dialog.start.dateTime().toPython())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(window, "run_dialog", look)
    wednesday = next(c for c in grid.day_columns() if c.date == date(2025, 4, 9))
    x = wednesday.left + wednesday.width - 3
    y = grid.y_for(datetime(2025, 4, 9, 7, 20))
    spot = grid.mapFromScene(QPointF(x, y))
    assert grid._block_at(QPointF(spot)) is None  # empty: before the day's first shift
    mouse(grid, QEvent.Type.MouseButtonPress, spot)
    mouse(grid, QEvent.Type.MouseButtonRelease, spot, Qt.MouseButton.NoButton)
    window.add_shift()
    window.add_window()
    assert [t.replace(tzinfo=None) for t in seen] == [datetime(2025, 4, 9, 7, 15)] * 2
    grid.select_item("turn-2025-04-10-1300")
    window.add_shift()
    assert seen[-1].replace(tzinfo=None) == datetime(2025, 4, 10, 13, 0)


def test_go_to_a_date_and_an_empty_week_says_where_the_plan_is(window, monkeypatch):
    from PySide6.QtCore import QDate

    grid = window.grid

    def pick(dialog):
        dialog.day.setDate(QDate(2025, 3, 5))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(window, "run_dialog", pick)
    assert window.go_to_date_dialog()
    assert grid.week == date(2025, 3, 3)
    [note] = [i.text() for i in grid.scene().items() if i.data(0) == "note"]
    assert note == ("Nothing is planned this week. The plan runs Mon 7 Apr 2025 – Fri 11 Apr 2025; "
                    "its next day is Mon 7 Apr 2025.")  # fmt: skip
    bar = window.grid_bar
    assert bar.go_planned.isVisible() and bar.go_planned.text() == "Go to Mon 7 Apr 2025"
    grid.step_week(10)
    [note] = [i.text() for i in grid.scene().items() if i.data(0) == "note"]
    assert note == "Nothing is planned this week. The plan runs Mon 7 Apr 2025 – Fri 11 Apr 2025."
    assert bar.go_planned.text() == "Go to Fri 11 Apr 2025"  # after the plan: its last day
    bar.go_planned.click()  # one click back to where the plan is
    assert grid.week == date(2025, 4, 7) and not bar.go_planned.isVisible()
    assert not [i for i in grid.scene().items() if i.data(0) == "note"]


def test_a_plan_opens_on_this_week_while_it_runs_else_on_its_first(window, tmp_path):
    """A six-month campaign opened in its third month showed its first week: every start, the
    site lead stepped through ten weeks to reach today. While the plan runs, it opens on
    today's week; before it starts or after it ends (the bundled example), on its first."""
    from planner.domain.edits import copy_day
    from planner.storage import save_any

    four_weeks = copy_day(window.document.plan, date(2025, 4, 7), [date(2025, 4, 28)])  # Mon 7 to Mon 28 Apr
    cases = ((date(2025, 4, 23), date(2025, 4, 21)), (date(2025, 4, 28), date(2025, 4, 28)),
             (date(2025, 4, 6), date(2025, 4, 7)), (date(2026, 12, 8), date(2025, 4, 7)))  # fmt: skip
    for n, (today, week) in enumerate(cases):
        path = tmp_path / f"four-weeks-{n}.planner"  # (each a file of its own: the last is still open)
        save_any(four_weeks, path)
        window.grid.clock = lambda zone, today=today: datetime.combine(today, datetime.min.time(), zone)
        assert window.open_path(path)
        assert window.grid.week == week, today


def test_a_plan_opens_on_the_location_it_was_last_shown_filtered_to(window, tmp_path, example_plan):
    """A site lead's ten-site campaign opened on all ten sites side by side, every start; now on
    their site, as they left it (each plan its own; a location since deleted, or none kept:
    all of them)."""
    from planner.domain.model import Location, LocationId
    from planner.storage import save_any

    two_sites = replace(example_plan, locations=(*example_plan.locations, Location(LocationId("loc-2"), "Riverside")))
    first, second = tmp_path / "first.planner", tmp_path / "second.planner"
    save_any(two_sites, first)
    save_any(two_sites, second)
    bar = window.grid_bar
    assert window.open_path(first)
    bar.location.setCurrentIndex(bar.location.findData("loc-2"))
    assert window.grid.location_filter == "loc-2"
    assert window.open_path(second)
    assert bar.location.currentData() is None and window.grid.location_filter is None  # (its own: none kept)
    assert window.open_path(first)
    assert bar.location.currentData() == "loc-2" and window.grid.location_filter == "loc-2"
    assert "Riverside" in window.location_panel.label.text() and "Kaiser" not in window.location_panel.label.text()
    assert window.settings.shown_location(first) == "loc-2" and window.settings.shown_location(second) is None
    gone = tmp_path / "gone.planner"
    window.settings.keep_shown_location(gone, "loc-9")
    save_any(two_sites, gone)
    assert window.open_path(gone)
    assert bar.location.currentData() is None and window.grid.location_filter is None
