"""Edits made from menus and editors: the main window's edit controller. Each is one undoable
step through PlanDocument.edit; what the plan cannot take is explained and the editor stays.
The editors are imported by the methods that open them: the first frame waits for none."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QMenu,
)

from planner.domain.checks import span
from planner.domain.edits import (
    EditError,
    assign_person,
    copy_day,
    find_item,
    new_turn,
    put_item,
    put_location,
    put_person,
    put_role,
    put_window,
    remove_location,
    remove_person,
    remove_role,
    set_day_note,
    set_details,
    split_into_turns,
    unassign_person,
)
from planner.domain.model import Location, LocationId, Person, PersonId, Plan, Role, Shift, Turn, Window, WindowId
from planner.domain.plain_text import one_line, plain
from planner.ui.i18n import local_date, say, tr
from planner.ui.main_window.base import Base
from planner.ui.record_model import RecordRole
from planner.ui.settings import GRID_SNAP_MINUTES


class EditActions(Base):
    def _on_grid_edit_failed(self, message: str) -> None:
        self.statusBar().showMessage(tr("Not changed: {reason}").format(reason=message), 12000)

    def _editor(self, dialog: Any, make: Callable[[], Any], text: str, change: Callable[..., Plan]) -> bool:
        """Show an editor until it is cancelled or its result can be applied; a result the
        plan cannot take is explained and the editor stays open with what was typed."""
        while self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            try:
                self.document.edit(text, change, make())
                return True
            except EditError as exc:
                self.show_error(tr("This change cannot be made"), say(exc.text))
        return False

    def edit_item(self, item_id: str) -> bool:
        from planner.ui.editors import ShiftDialog, TurnDialog, WindowDialog

        plan = self.document.plan
        if item_id in plan.windows_by_id:
            dialog = WindowDialog(self, plan, plan.windows_by_id[WindowId(item_id)])
            return self._editor(dialog, dialog.result_window, tr("Edit media window"), put_window)
        try:
            item = find_item(plan, item_id)
        except EditError:
            return False
        if isinstance(item, Turn):
            turn_dialog = TurnDialog(self, plan, item)
            return self._editor(turn_dialog, turn_dialog.result_turn, tr("Edit turn"), put_item)
        shift_dialog = ShiftDialog(self, plan, item)
        return self._editor(shift_dialog, shift_dialog.result_shift, tr("Edit shift"), put_item)

    def edit_selected(self) -> None:
        selected = self.grid.selected_ids()
        if len(selected) == 1:
            self.edit_item(selected[0])
        else:
            self.statusBar().showMessage(tr("Select one turn or shift on the grid to edit it"), 6000)

    def _on_people_panel_double_clicked(self, index: QModelIndex) -> None:
        from planner.ui.editors import PersonDialog

        person = index.data(RecordRole)
        if person is not None:
            dialog = PersonDialog(self, person)
            self._editor(dialog, dialog.result_person, tr("Edit {name}").format(name=person.name), put_person)

    def add_person(self) -> bool:
        from planner.ui.editors import PersonDialog

        dialog = PersonDialog(self, None)
        return self._editor(dialog, dialog.result_person, tr("Add person"), put_person)

    def edit_location(self, location: Location | None) -> bool:
        from planner.ui.editors import LocationDialog

        dialog = LocationDialog(self, location)
        text = tr("Add location") if location is None else tr("Edit location")
        return self._editor(dialog, dialog.result_location, text, put_location)

    def edit_role(self, role: Role | None) -> bool:
        from planner.ui.editors import RoleDialog

        dialog = RoleDialog(self, role)
        return self._editor(dialog, dialog.result_role, tr("Add role") if role is None else tr("Edit role"), put_role)

    def _fill_records_menu(self, menu: QMenu, kind: str, remove: bool) -> None:
        menu.clear()
        plan = self.document.plan
        records: list[Location | Role] = list(plan.locations if kind == "location" else plan.roles)
        for record in records:
            menu.addAction(record.name).triggered.connect(lambda _c=False, r=record: self._on_record_chosen(r, remove))
        if menu.isEmpty():
            menu.addAction(tr("None yet")).setEnabled(False)

    def _on_record_chosen(self, record: Location | Role, remove: bool) -> None:
        text = tr("Remove {name}").format(name=record.name)
        if isinstance(record, Location):
            self.remove(text, remove_location, record.id) if remove else self.edit_location(record)
        else:
            self.remove(text, remove_role, record.id) if remove else self.edit_role(record)

    def remove(self, text: str, change: Callable[..., Plan], record_id: str) -> bool:
        """Remove a person, location or role as one undoable step; one still in use is refused."""
        try:
            done = self.document.edit(text, change, record_id)
        except EditError as exc:
            self.show_error(tr("This change cannot be made"), say(exc.text))
            return False
        self.statusBar().showMessage(tr("{what}. Edit ▸ Undo brings it back.").format(what=text), 8000)
        return done

    def show_link(self, person: Person) -> None:
        """The person's subscription link and its QR code (People ▸ right-click)."""
        from planner.ui.link_dialog import LinkDialog  # segno loads when asked

        self.run_dialog(LinkDialog(self, self.document, person))

    def _on_people_panel_remove(self, person: Person) -> None:
        self.remove(tr("Remove {name}").format(name=person.name), remove_person, person.id)

    def add_window(self) -> bool:
        from planner.ui.editors import WindowDialog, blank_window

        plan = self.document.plan
        if not plan.locations:
            self.show_error(tr("Add a location first"), tr("A media window happens at one of the plan's locations."))
            return False
        start = self.grid.current_time(10)
        dialog = WindowDialog(self, plan, blank_window(plan, start, start + timedelta(hours=8)))

        def add(p: Plan, window: Window) -> Plan:
            return split_into_turns(put_window(p, window), window.id)

        return self._editor(dialog, dialog.result_window, tr("Add media window"), add)

    def create_at(self, start: datetime, end: datetime) -> bool:
        """Empty grid space dragged over: inside a media window (at the site shown), a turn,
        made at once and selected; elsewhere a shift, its role chosen in the editor."""
        turn = new_turn(self.document.plan, start, end, self.grid.location_filter)
        if turn is None:
            return self.add_shift(start, end)
        try:
            self.document.edit(tr("Add turn {when}").format(when=local_date(start, "ddd HH:mm")), put_item, turn)
        except EditError as exc:
            self.show_error(tr("This change cannot be made"), say(exc.text))
            return False
        self.grid.select_item(turn.id)
        self.statusBar().showMessage(
            tr("Turn added: Edit ▸ Assign Person… (or right-click it) puts someone on it"), 8000
        )
        return True

    def grid_menu(self, item_id: str) -> QMenu:
        """The grid's context menu for a turn or shift, a media window, or empty space."""
        menu = QMenu(self)
        plan = self.document.plan
        if item_id in plan.windows_by_id:
            menu.addAction(tr("&Edit Media Window…"), lambda: self.edit_item(item_id))
        elif item_id:
            item = find_item(plan, item_id)
            menu.addAction(tr("&Edit…"), lambda: self.edit_item(item_id))
            menu.addAction(tr("&Assign Person…"), self.assign_dialog)
            for pid in item.person_ids:
                name = plan.people_by_id[pid].name if pid in plan.people_by_id else pid
                off = menu.addAction(tr("Take {name} Off").format(name=name))
                off.triggered.connect(lambda _checked=False, p=pid: self.unassign(item_id, p))
            menu.addAction(tr("&Delete"), self.grid.delete_selected)
        if not menu.isEmpty():
            menu.addSeparator()
        menu.addAction(tr("Add &Shift Here…"), lambda: self.add_shift())
        menu.addAction(tr("Add Media &Window Here…"), self.add_window)
        menu.addAction(tr("&Copy Day To…"), self.copy_day_dialog)
        menu.addAction(tr("Day &Note…"), self.day_note_dialog)
        return menu

    def _on_grid_context_menu_requested(self, position: QPoint, item_id: str) -> None:
        self.run_menu(self.grid_menu(item_id), position)

    def unassign(self, item_id: str, person_id: PersonId) -> bool:
        person = self.document.plan.people_by_id.get(person_id)
        text = tr("Take {name} off").format(name=person.name if person else person_id)
        return self.document.edit(text, unassign_person, item_id, person_id)

    def add_shift(self, start: datetime | None = None, end: datetime | None = None) -> bool:
        from planner.ui.editors import ShiftDialog, blank_shift

        plan = self.document.plan
        if not plan.roles or not plan.locations:
            self.show_error(
                tr("Add a role and a location first"), tr("A shift is a role done at one of the plan's locations.")
            )
            return False
        start = start or self.grid.current_time(9)
        shift = blank_shift(plan, start, end or start + timedelta(hours=4))
        if self.grid.location_filter:  # the site the organizer is looking at
            shift = replace(shift, location_id=LocationId(self.grid.location_filter))
        dialog = ShiftDialog(self, plan, shift)
        return self._editor(dialog, dialog.result_shift, tr("Add shift"), put_item)

    def agenda_dialog(self) -> None:
        from planner.ui.agenda import AgendaDialog  # the run sheet's words: loaded when asked

        self.run_dialog(AgendaDialog(self, self.document.plan, self.grid.week))

    def go_to_date_dialog(self) -> bool:
        from planner.ui.editors import GoToDateDialog

        dialog = GoToDateDialog(self, self.grid.current_day())
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return False
        self.grid.show_week(dialog.result_date())
        return True

    def details_dialog(self) -> bool:
        from planner.ui.editors import PlanDetailsDialog

        dialog = PlanDetailsDialog(self, self.document.plan)
        return self._editor(dialog, dialog.result_details, tr("Edit plan details"), lambda p, d: set_details(p, *d))

    def day_note_dialog(self) -> bool:
        day = self.grid.current_day()
        current = next((d.note for d in self.document.plan.days if d.date == day), "")
        note, ok = QInputDialog.getMultiLineText(
            self, tr("Day note"), tr("A note for {day} (shown on the run sheet):").format(day=local_date(day)), current
        )
        return ok and self.document.edit(tr("Day note"), set_day_note, day, plain(note))

    def assign_dialog(self) -> bool:
        """The keyboard's way to drop a person on the selected turn or shift."""
        selected = self.grid.selected_ids()
        if len(selected) != 1:
            self.statusBar().showMessage(tr("Select one turn or shift on the grid first"), 6000)
            return False
        item = find_item(self.document.plan, selected[0])
        person_id = self.choose_person(item)
        if person_id is None:
            return False
        try:
            name = self.document.plan.people_by_id[person_id].name
            return self.document.edit(tr("Assign {name}").format(name=name), assign_person, item.id, person_id)
        except EditError as exc:
            self.show_error(tr("This change cannot be made"), say(exc.text))
            return False

    def choose_person(self, item: Turn | Shift) -> PersonId | None:
        """Who goes on the turn or shift: the candidates best fit first (AssignDialog)."""
        from planner.domain.candidates import candidates
        from planner.ui.assign import AssignDialog

        plan = self.document.plan
        when = f"{local_date(item.start, 'ddd d MMM')} {span(item.start, item.end)}"
        if isinstance(item, Turn):
            what = tr("Who takes the turn {when}?").format(when=when)
        else:
            role = plan.roles_by_id.get(item.role_id)
            what = tr("Who takes the {role} shift {when}?").format(role=role.name if role else "", when=when)
        dialog = AssignDialog(self, what, candidates(plan, item.id))
        return dialog.chosen() if self.run_dialog(dialog) == QDialog.DialogCode.Accepted else None

    def copy_day_dialog(self) -> bool:
        from planner.ui.editors import CopyDayDialog

        dialog = CopyDayDialog(self, self.document.plan, self.grid.current_day())

        def copy(p: Plan, choice: tuple[date, list[date]]) -> Plan:
            return copy_day(p, *choice)

        return self._editor(dialog, dialog.result_days, tr("Copy day"), copy)

    def set_snap(self, minutes: int) -> None:
        self.grid.snap_minutes = minutes
        self.settings.set(GRID_SNAP_MINUTES, minutes)

    def rename_dialog(self) -> None:
        title, ok = QInputDialog.getText(self, tr("Rename plan"), tr("Plan title:"), text=self.document.plan.title)
        if ok:
            try:
                self.document.rename(one_line(title))
            except EditError as exc:  # (a title left empty)
                self.show_error(tr("This change cannot be made"), say(exc.text))
