"""Creating and staffing where the organizer looks: drag on empty grid space, the grid's
context menu, the Assign dialog's candidates, and one person's turns in focus."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialog, QMenu
from tests.ui.test_grid_editing import TURN, drag, point_of

from planner.domain.candidates import candidates
from planner.domain.edits import find_item, remove_items
from planner.domain.model import Person, PersonId, PersonKind
from planner.ui import assign
from planner.ui.assign import AssignDialog
from planner.ui.calendar_view import BlockKind

LA_MONDAY = datetime(2025, 4, 7)


def at(grid, x: float, hour: float) -> QPoint:
    moment = LA_MONDAY.replace(hour=int(hour), minute=int(hour % 1 * 60))
    return grid.mapFromScene(QPointF(x, grid.y_for(moment)))


def test_dragging_on_an_empty_slot_of_a_media_window_makes_a_turn_there(window):
    grid, document = window.grid, window.document
    lane = grid.mapToScene(point_of(grid, TURN)).x()  # the turns' lane on Monday
    document.edit("clear 9:00", remove_items, [TURN])
    assert grid._block_at(QPointF(at(grid, lane, 9.5))) is None
    drag(grid, at(grid, lane, 9.05), at(grid, lane, 9.95))  # snapped: 9:00 to 10:00
    [made] = [t for t in document.plan.turns if t.start.hour == 9 and t.start.day == 7]
    assert (made.end.hour, made.window_id, made.person_ids) == (10, "win-2025-04-07", ())
    assert grid.selected_ids() == [made.id] and document.undo_stack.undoText() == "Add turn Mon 09:00"
    assert "Assign Person" in window.statusBar().currentMessage()
    assert not [i for i in grid.scene().items() if i.zValue() == 10]  # the dashed band is gone


def test_dragging_outside_every_media_window_opens_a_shift_at_that_time(window, monkeypatch):
    grid, document = window.grid, window.document
    lane = grid.mapToScene(point_of(grid, TURN)).x()

    def choose_role(dialog):
        assert (dialog.start.dateTime().toPython().hour, dialog.end.dateTime().toPython().hour) == (7, 8)
        dialog.role.setCurrentIndex(dialog.role.findData("role-marshal"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(window, "run_dialog", choose_role)
    before = {s.id for s in document.plan.shifts}
    drag(grid, at(grid, lane, 7.0), at(grid, lane, 8.0))
    [made] = [s for s in document.plan.shifts if s.id not in before]
    assert (made.role_id, made.start.hour, made.end.hour) == ("role-marshal", 7, 8)


def test_the_context_menu_edits_assigns_takes_off_and_adds_here(window, qtbot, monkeypatch):
    grid, document = window.grid, window.document
    shown: list[QMenu] = []
    monkeypatch.setattr(window, "run_menu", lambda menu, at: shown.append(menu))
    spot = point_of(grid, TURN)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, spot, grid.viewport().mapToGlobal(spot))
    with qtbot.waitSignal(grid.context_menu_requested) as asked:
        QApplication.sendEvent(grid.viewport(), event)
    assert asked.args[1] == TURN and grid.selected_ids() == [TURN] and len(shown) == 1
    menu = window.grid_menu(TURN)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:4] == ["&Edit…", "&Assign Person…", "Take Ana Morales, LCSW Off", "&Delete"]
    assert "Add &Shift Here…" in texts and "&Copy Day To…" in texts
    next(a for a in menu.actions() if a.text().startswith("Take Ana")).trigger()
    assert find_item(document.plan, TURN).person_ids == ()
    empty = [a.text() for a in window.grid_menu("").actions() if not a.isSeparator()]
    assert empty[0] == "Add &Shift Here…" and "&Edit…" not in empty
    assert window.grid_menu("win-2025-04-07").actions()[0].text() == "&Edit Media Window…"


def test_assign_shows_who_fits_first_and_greys_out_who_would_break_a_limit(window, monkeypatch):
    grid, document = window.grid, window.document
    turn = "turn-2025-04-07-1100"  # Keisha; Ana has had three hours on camera that day already
    grid.select_item(turn)
    shown = []

    def pick(dialog: AssignDialog):
        shown.append(dialog)
        rows = {dialog.text(r, 0): r for r in range(dialog.rows())}
        ana = rows["Ana Morales, LCSW"]
        assert not dialog.table.model().index(ana, 0).flags() & Qt.ItemFlag.ItemIsEnabled
        assert "4 h on camera that day; at most 3 h" in dialog.text(ana, 1)
        assert ana == dialog.rows() - 1  # who cannot take it comes last
        assert dialog.text(0, 1) == "✓" and "of" in dialog.text(0, 2)
        assert dialog.chosen() == dialog.table.model().index(0, 0).data(Qt.ItemDataRole.UserRole)  # the best fit
        dialog.filter.setText("tom")
        assert dialog.chosen() == "sp-tom-becker"
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(window, "run_dialog", pick)
    assert window.assign_dialog()
    assert "sp-tom-becker" in find_item(document.plan, turn).person_ids
    assert shown[0].windowTitle() == "Assign person"


def test_assign_among_thousands_makes_the_rows_in_sight_and_keeps_the_choice_while_typing(window, qtbot, monkeypatch):
    """A campaign's shift has 2,400 candidates: their texts are made for the rows shown, not
    for all; typing keeps the one chosen while their name still matches, else picks the best
    fit shown, and with nobody shown there is nothing to assign."""
    crowd = tuple(Person(PersonId(f"vol-{i:04}"), f"Volunteer {i:04}", PersonKind.VOLUNTEER) for i in range(2400))
    plan = replace(window.document.plan, people=(*window.document.plan.people, *crowd))
    found = candidates(plan, plan.shifts[0].id)
    made = []
    cells = assign._cells
    monkeypatch.setattr(assign, "_cells", lambda c: made.append(c) or cells(c))
    dialog = AssignDialog(window, "Who takes the shift?", found)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab()  # painted
    assert dialog.rows() == len(found) > 2400 and 0 < len(made) < 100
    best = found[0]
    assert best.fits and dialog.chosen() == best.person.id and dialog.assign_button.isEnabled()
    dialog.filter.setText(best.person.name[:4].upper())  # still shown: still chosen
    assert dialog.rows() < len(found) and dialog.chosen() == best.person.id
    dialog.filter.setText("volunteer 2399")
    assert dialog.rows() == 1 and dialog.chosen() == "vol-2399" and dialog.text(0, 0) == "Volunteer 2399"
    dialog.filter.setText("nobody by this name")
    assert dialog.rows() == 0 and dialog.chosen() is None and not dialog.assign_button.isEnabled()
    dialog.filter.clear()
    assert dialog.rows() == len(found) and dialog.chosen() == best.person.id and dialog.assign_button.isEnabled()


def test_choosing_a_person_puts_their_turns_in_focus_across_weeks_until_cleared(window, qtbot):
    grid, panel, bar = window.grid, window.people_panel, window.grid_bar
    row = next(r for r in range(panel.model().rowCount()) if panel.model().index(r, 0).data() == "Tom Becker")
    panel.selectRow(row)
    assert grid.focused_person == "sp-tom-becker" and bar.focus.isVisible()
    assert bar.focus.text() == "Showing Tom Becker ✕"
    blocks = [b for b in grid.blocks() if b.kind is BlockKind.TURN]
    toms = [b for b in blocks if "sp-tom-becker" in b.source.person_ids]
    assert toms and all(b.highlighted and b.opacity() == 1.0 for b in toms)
    assert all(b.opacity() < 1.0 for b in blocks if b not in toms)
    grid.step_week(1)
    grid.step_week(-1)  # made again: still in focus
    assert all(b.highlighted for b in grid.blocks(BlockKind.TURN) if "sp-tom-becker" in b.source.person_ids)
    qtbot.mouseClick(bar.focus, Qt.MouseButton.LeftButton)
    assert grid.focused_person is None and not bar.focus.isVisible() and not panel.selectionModel().hasSelection()
    assert all(b.opacity() == 1.0 and not b.highlighted for b in grid.blocks(BlockKind.TURN))


def test_the_day_view_shows_one_day_across_the_width_and_steps_by_day(window):
    grid, bar = window.grid, window.grid_bar
    week_width = grid.day_columns()[0].width
    window.day_view_action.trigger()
    [column] = grid.day_columns()
    assert column.date == date(2025, 4, 7) and column.width > 4 * week_width
    assert bar.week_label.text() == "Monday 7 Apr 2025" and bar.next.toolTip() == "Next day"
    bar.next.click()
    assert [c.date for c in grid.day_columns()] == [date(2025, 4, 8)]
    assert {b.item_id for b in grid.blocks(BlockKind.TURN)} == {
        t.id for t in window.document.plan.turns if t.start.date() == date(2025, 4, 8)
    }
    window.week_view_action.trigger()
    assert len(grid.day_columns()) == 5 and bar.next.toolTip() == "Next week"


def test_the_agenda_lists_the_week_by_day_with_who_is_on_each_turn(window, monkeypatch):
    from planner.ui.agenda import AgendaDialog, agenda_html

    shown = []
    monkeypatch.setattr(window, "run_dialog", lambda dialog: shown.append(dialog) or QDialog.DialogCode.Rejected)
    window.agenda_action.trigger()
    [dialog] = shown
    assert isinstance(dialog, AgendaDialog) and dialog.windowTitle() == "Agenda: 7 Apr – 13 Apr 2025"
    text = dialog.text.toPlainText()
    for expected in ("Monday 7 April 2025", "Friday 11 April 2025", "09:00–10:00", "Ana Morales, LCSW",
                     "Volunteer shifts", "Safety marshal"):  # fmt: skip
        assert expected in text, expected
    plan = window.document.plan
    hostile = replace(plan, title="<script>alert(1)</script>")
    assert "<script>" not in agenda_html(hostile, date(2025, 4, 7), date(2025, 4, 7))
    assert "Nothing is planned" in agenda_html(plan, date(2026, 1, 5), date(2026, 1, 11))
