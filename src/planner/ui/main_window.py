"""The main window: the week grid in the middle, panels around it, and the menus."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.edits import (
    EditError,
    assign_person,
    copy_day,
    find_item,
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
)
from planner.domain.ledger import pending_invitations
from planner.domain.merging import Merge
from planner.domain.model import Location, Person, PersonId, Plan, Role, Shift, Turn, Window, WindowId, new_id
from planner.domain.people import merge_people_rows
from planner.domain.releases import change_log
from planner.errors import PlannerError
from planner.printing.runsheet import draw_run_sheet, write_run_sheet_pdf
from planner.publish.feeds import export_feeds
from planner.storage.csv_table import read_people_rows, write_people_csv
from planner.storage.document import SUFFIX
from planner.ui.calendar_view import CalendarView
from planner.ui.document import PlanDocument
from planner.ui.editors import (
    CopyDayDialog,
    LocationDialog,
    PersonDialog,
    PlanDetailsDialog,
    RoleDialog,
    ShiftDialog,
    TurnDialog,
    WindowDialog,
    blank_shift,
    blank_window,
)
from planner.ui.grid_bar import GridBar
from planner.ui.i18n import LANGUAGES, local_date, say, tr
from planner.ui.import_preview import ImportPreviewDialog
from planner.ui.panels import Legend, LocationPanel, PeoplePanel
from planner.ui.press import OutboxDialog, PressPanel, ReleaseHistoryDialog
from planner.ui.record_model import RecordRole
from planner.ui.rotation import RotationDialog
from planner.ui.settings import GRID_SNAP_MINUTES, LANGUAGE, WINDOW_GEOMETRY, WINDOW_STATE, Settings
from planner.ui.warnings_panel import WarningsPanel

OPEN_FILTER = "Plans (*.planner *.json);;Planner documents (*.planner);;JSON plans (*.json)"
SAVE_FILTER = "Planner documents (*.planner)"


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, document: PlanDocument | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.document = document or PlanDocument(self)
        self.document.setParent(self)

        self.grid = CalendarView(self.document, self)
        self.grid.snap_minutes = settings.get(GRID_SNAP_MINUTES)
        self.grid_bar = GridBar(self.grid, self.document, self)
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()  # tests fill and accept
        self.heading = QLabel(self)
        self.heading.setObjectName("planHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setContentsMargins(8, 6, 8, 2)
        self.legend = Legend(self.document, self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.heading)
        layout.addWidget(self.grid_bar)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.legend)
        self.setCentralWidget(central)

        self.location_panel = LocationPanel(self.document, self)
        self.people_panel = PeoplePanel(self.document, self)
        self.press_panel = PressPanel(self.document, self)
        docks = [
            self._add_dock(tr("Location"), "locationDock", self.location_panel),
            self._add_dock(tr("People"), "peopleDock", self.people_panel),
        ]
        press_dock = self._add_dock(tr("Press list"), "pressDock", self.press_panel)
        self.tabifyDockWidget(docks[1], press_dock)  # people and press share one place
        docks[1].raise_()
        self.warnings_panel = WarningsPanel(self.document, self)
        self.undo_view = QUndoView(self.document.undo_stack, self)
        self.undo_view.setObjectName("undoHistory")
        self.undo_view.setAccessibleName(tr("Undo history"))
        self.undo_view.setEmptyLabel(tr("Opened"))
        self.warnings_dock = self._add_dock(tr("Warnings"), "warningsDock", self.warnings_panel,
                                            Qt.DockWidgetArea.BottomDockWidgetArea)  # fmt: skip
        self.history_dock = self._add_dock(tr("Undo history"), "historyDock", self.undo_view,
                                           Qt.DockWidgetArea.BottomDockWidgetArea)  # fmt: skip
        self.tabifyDockWidget(self.warnings_dock, self.history_dock)
        self.warnings_dock.raise_()
        self.resizeDocks([self.warnings_dock], [90], Qt.Orientation.Vertical)
        self.warnings_panel.item_chosen.connect(self.grid.select_item)
        self.grid.edit_requested.connect(self.edit_item)
        self.grid.edit_failed.connect(self._on_grid_edit_failed)
        self.people_panel.doubleClicked.connect(self._on_people_panel_double_clicked)
        self.people_panel.remove_requested.connect(self._on_people_panel_remove)
        self.resizeDocks(docks, [250, 250], Qt.Orientation.Horizontal)
        self.resizeDocks(docks, [230, 500], Qt.Orientation.Vertical)

        self._build_menus()
        self.document.path_changed.connect(self._update_title)
        self.document.modified_changed.connect(self._update_title)
        self.document.plan_loaded.connect(self._update_heading)
        self.document.plan_changed.connect(self._update_heading)
        self._update_title()
        self._update_heading()
        self.statusBar()
        self.resize(1280, 800)
        self.restoreGeometry(settings.get(WINDOW_GEOMETRY))
        self.restoreState(settings.get(WINDOW_STATE))

    def _add_dock(
        self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea
    ) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(area, dock)
        return dock

    # -- menus

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&File"))
        self.new_action = self._action(file_menu, tr("&New"), QKeySequence.StandardKey.New, self.new_plan)
        self.open_action = self._action(file_menu, tr("&Open…"), QKeySequence.StandardKey.Open, self.open_dialog)
        self.recent_menu = file_menu.addMenu(tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self.save_action = self._action(file_menu, tr("&Save"), QKeySequence.StandardKey.Save, self.save)
        self.save_as_action = self._action(file_menu, tr("Save &As…"), QKeySequence.StandardKey.SaveAs, self.save_as)
        self.import_action = self._action(
            file_menu, tr("&Import Calendar…"), QKeySequence("Ctrl+I"), self.import_dialog
        )
        self.export_action = self._action(
            file_menu, tr("&Export Calendars…"), QKeySequence("Ctrl+E"), self.export_dialog
        )
        self.import_people_action = self._action(
            file_menu, tr("Import &People (CSV)…"), None, self.import_people_dialog
        )
        self.export_people_action = self._action(
            file_menu, tr("Export People (&CSV)…"), None, self.export_people_dialog
        )
        self.runsheet_action = self._action(file_menu, tr("Export Run Sheet (P&DF)…"), None, self.runsheet_dialog)
        self.print_action = self._action(file_menu, tr("&Print Run Sheet…"), QKeySequence.StandardKey.Print,
                                         self.print_dialog)  # fmt: skip
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        edit_menu = self.menuBar().addMenu(tr("&Edit"))
        undo = self.document.undo_stack.createUndoAction(self, tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.document.undo_stack.createRedoAction(self, tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        self.edit_item_action = self._action(edit_menu, tr("&Edit Selected…"), None, self.edit_selected)
        # Delete and Enter belong to the grid: as window-wide shortcuts they would take those
        # keys from every text field.
        self.delete_action = self._action(edit_menu, tr("&Delete"), QKeySequence.StandardKey.Delete,
                                          self.grid.delete_selected)  # fmt: skip
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.grid.addAction(self.delete_action)
        self.assign_action = self._action(edit_menu, tr("&Assign Person…"), QKeySequence("Ctrl+Shift+A"),
                                          self.assign_dialog)  # fmt: skip
        self.copy_day_action = self._action(edit_menu, tr("&Copy Day To…"), QKeySequence("Ctrl+Shift+D"),
                                            self.copy_day_dialog)  # fmt: skip
        edit_menu.addSeparator()
        self.details_action = self._action(edit_menu, tr("Plan &Details…"), None, self.details_dialog)
        self.day_note_action = self._action(edit_menu, tr("Day &Note…"), None, self.day_note_dialog)
        self.rename_action = self._action(edit_menu, tr("Rename &Plan…"), None, self.rename_dialog)
        snap_menu = edit_menu.addMenu(tr("&Snap To"))
        self.snap_actions = QActionGroup(self)
        for minutes in (5, 10, 15, 30, 60):
            action = snap_menu.addAction(tr("{minutes} minutes").format(minutes=minutes))
            action.setCheckable(True)
            action.setChecked(minutes == self.grid.snap_minutes)
            action.triggered.connect(lambda _checked=False, m=minutes: self.set_snap(m))
            self.snap_actions.addAction(action)

        add_menu = self.menuBar().addMenu(tr("&Add"))
        self.add_window_action = self._action(add_menu, tr("Media &Window…"), None, self.add_window)
        self.add_shift_action = self._action(add_menu, tr("&Shift…"), None, self.add_shift)
        self.add_person_action = self._action(add_menu, tr("&Person…"), None, self.add_person)
        self.add_location_action = self._action(add_menu, tr("&Location…"), None, lambda: self.edit_location(None))
        self.add_role_action = self._action(add_menu, tr("&Role…"), None, lambda: self.edit_role(None))
        add_menu.addSeparator()
        for text, kind, remove in (
            (tr("&Edit Location"), "location", False),
            (tr("Edit R&ole"), "role", False),
            (tr("Remove Lo&cation"), "location", True),
            (tr("Remove Ro&le"), "role", True),
        ):
            menu = add_menu.addMenu(text)
            menu.aboutToShow.connect(lambda m=menu, k=kind, r=remove: self._fill_records_menu(m, k, r))

        view_menu = self.menuBar().addMenu(tr("&View"))
        self._action(view_menu, tr("&Previous Week"), QKeySequence("Alt+Left"), lambda: self.grid.step_week(-1))
        self._action(view_menu, tr("&Next Week"), QKeySequence("Alt+Right"), lambda: self.grid.step_week(1))
        self._action(view_menu, tr("&This Week"), QKeySequence("Alt+Home"), self.grid_bar.show_this_week)
        view_menu.addSeparator()
        self._action(view_menu, tr("Zoom &In"), QKeySequence.StandardKey.ZoomIn, lambda: self.grid.zoom_by(1.25))
        self._action(view_menu, tr("Zoom &Out"), QKeySequence.StandardKey.ZoomOut, lambda: self.grid.zoom_by(1 / 1.25))
        self._action(view_menu, tr("&Fit the Day"), QKeySequence("Ctrl+0"), lambda: self.grid.set_zoom(1.0))
        view_menu.addSeparator()
        view_menu.addActions([self.warnings_dock.toggleViewAction(), self.history_dock.toggleViewAction()])
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(tr("&Language"))
        self.language_actions = QActionGroup(self)
        for code, name in [("", tr("System default")), *LANGUAGES.items()]:
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == self.settings.get(LANGUAGE))
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_actions.addAction(action)

        rotation_menu = self.menuBar().addMenu(tr("&Rotation"))
        self.generate_action = self._action(rotation_menu, tr("&Generate Rotation…"), None, self.rotation_dialog)
        self.repair_action = self._action(rotation_menu, tr("&Repair After Absence…"), None, self.repair_dialog)

        press_menu = self.menuBar().addMenu(tr("&Press"))
        self.release_action = self._action(press_menu, tr("&Release Schedule…"), None, self.release_dialog)
        self.history_action = self._action(press_menu, tr("Release &History…"), None, self.history_dialog)
        self.outbox_action = self._action(press_menu, tr("&Outbox…"), None, self.outbox_dialog)

    def _action(
        self,
        menu: QMenu,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for path in files:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not files:
            self.recent_menu.addAction(tr("No recent plans")).setEnabled(False)

    # -- file operations (each returns whether it went through)

    def new_plan(self) -> bool:
        if not self.maybe_save():
            return False
        self.document.new()
        return True

    def open_dialog(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(self, tr("Open plan"), self._folder(), OPEN_FILTER)
        return bool(name) and self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        if not self.maybe_save():
            return False
        try:
            self.document.open(path)
        except PlannerError as exc:
            if not path.exists():
                self.settings.remove_recent_file(path)
            self.show_error(tr("Could not open the plan"), str(exc))
            return False
        self.settings.add_recent_file(path)
        self._show_warning_count()
        return True

    def open_example(self) -> None:
        self.document.open_example()

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        suggested = str(Path(self._folder()) / f"{self.document.plan.title}{SUFFIX}")
        name, _ = QFileDialog.getSaveFileName(self, tr("Save plan as"), suggested, SAVE_FILTER)
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() not in (SUFFIX, ".json"):
            path = path.with_name(path.name + SUFFIX)
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except PlannerError as exc:
            self.show_error(
                tr("Could not save the plan"), f"{exc}\n\n" + tr("Your changes are still open here; nothing was lost.")
            )
            return False
        self.settings.add_recent_file(path)
        self.statusBar().showMessage(tr("Saved {path}").format(path=path), 5000)
        return True

    def export_dialog(self) -> bool:
        folder = QFileDialog.getExistingDirectory(self, tr("Export calendars to folder"), self._folder())
        return bool(folder) and self.export_to(Path(folder))

    def export_to(self, folder: Path) -> bool:
        try:
            records = self.document.records
            publication = export_feeds(self.document.plan, folder, now=datetime.now(UTC), previous=records.revisions)
            self.document.keep_records(records.with_revisions(publication.revisions))
        except PlannerError as exc:
            self.show_error(tr("Could not export the calendars"), str(exc))
            return False
        self.statusBar().showMessage(
            tr("Wrote {count} calendar files to {folder}").format(count=len(publication.written), folder=folder), 8000
        )
        return True

    def import_dialog(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(self, tr("Import calendar"), self._folder(), "Calendars (*.ics)")
        return bool(name) and self.import_calendar(Path(name))

    def import_calendar(self, path: Path) -> bool:
        try:
            added, problems = self.document.import_calendar(path)
        except PlannerError as exc:
            self.show_error(tr("Could not import the calendar"), str(exc))
            return False
        summary = tr("Added {count} media windows from {file}.").format(count=added, file=path.name)
        if problems:
            self.show_report(
                tr("Calendar imported in part"),
                summary + "\n\n" + tr("Not taken:") + "\n" + "\n".join(map(say, problems)),
            )
        else:
            self.statusBar().showMessage(summary, 8000)
        return added > 0

    def import_people_dialog(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(self, tr("Import people"), self._folder(), "Spreadsheets (*.csv)")
        return bool(name) and self.import_people(Path(name))

    def import_people(self, path: Path) -> bool:
        """Preview what the spreadsheet would add or update, then apply it as one step."""
        try:
            rows = read_people_rows(path.read_bytes(), path.name)
        except OSError as exc:
            self.show_error(tr("Could not read the people"), f"{path}: {exc.strerror}")
            return False
        except PlannerError as exc:
            self.show_error(tr("Could not read the people"), str(exc))
            return False
        result = merge_people_rows(self.document.plan.people, rows, lambda: new_id("person"))
        if not self.confirm_import(result, tr("Import people — {file}").format(file=path.name)):
            return False
        text = tr("Import people from {file}").format(file=path.name)
        return self.document.edit(text, lambda p: replace(p, people=result.records))

    def confirm_import(self, result: Merge[Any], title: str) -> bool:
        return self.run_dialog(ImportPreviewDialog(self, title, result)) == QDialog.DialogCode.Accepted

    def export_people_dialog(self) -> bool:
        suggested = str(Path(self._folder()) / "people.csv")
        name, _ = QFileDialog.getSaveFileName(self, tr("Export people"), suggested, "Spreadsheets (*.csv)")
        return bool(name) and self.export_people(Path(name))

    def export_people(self, path: Path) -> bool:
        try:
            path.write_bytes(write_people_csv(self.document.plan.people))
        except OSError as exc:
            self.show_error(tr("Could not export the people"), f"{path}: {exc.strerror}")
            return False
        self.statusBar().showMessage(
            tr("Wrote {count} people to {path}").format(count=len(self.document.plan.people), path=path), 8000
        )
        return True

    def runsheet_dialog(self) -> bool:
        suggested = str(Path(self._folder()) / f"{self.document.plan.title} run sheet.pdf")
        name, _ = QFileDialog.getSaveFileName(self, tr("Export run sheet"), suggested, "PDF (*.pdf)")
        return bool(name) and self.export_runsheet(Path(name))

    def export_runsheet(self, path: Path) -> bool:
        try:
            pages = write_run_sheet_pdf(self.document.plan, path)
        except PlannerError as exc:
            self.show_error(tr("Could not write the run sheet"), str(exc))
            return False
        self.statusBar().showMessage(
            tr("Wrote the run sheet ({pages} pages) to {path}").format(pages=pages, path=path), 8000
        )
        return True

    def print_dialog(self) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # loaded when printing, not at start

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return False
        draw_run_sheet(self.document.plan, printer)
        return True

    def show_report(self, title: str, message: str) -> None:
        QMessageBox.information(self, title, message)

    def release_dialog(self) -> None:
        count = len(self.document.records.releases) + 1
        name, ok = QInputDialog.getText(
            self, tr("Release schedule"), tr("Name of this release:"), text=tr("Release {number}").format(number=count)
        )
        if ok:
            self.release(name)

    def release(self, name: str) -> bool:
        """Freeze the schedule for the press and say what changed and what is now owed."""
        try:
            release = self.document.release(name, datetime.now(UTC))
        except PlannerError as exc:
            self.show_error(tr("Could not release the schedule"), str(exc))
            return False
        releases = self.document.records.releases
        changes = change_log(releases[-2] if len(releases) > 1 else None, release)
        records = self.document.records
        pending = len(pending_invitations(list(records.releases), records.sent))
        lines = [c.text for c in changes] or [tr("No changes for the press.")]
        self.show_report(
            tr("Release {number}: {name}").format(number=release.number, name=release.name),
            "\n".join(lines) + "\n\n" + tr("{count} messages are waiting in Press ▸ Outbox.").format(count=pending),
        )
        return True

    def rotation_dialog(self) -> None:
        RotationDialog(self, self.document).exec()

    def repair_dialog(self) -> None:
        RotationDialog(self, self.document, repair=True).exec()

    def history_dialog(self) -> None:
        ReleaseHistoryDialog(self, self.document).exec()

    def outbox_dialog(self) -> None:
        OutboxDialog(self, self.document, self.settings).exec()

    # -- editing

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
        person = index.data(RecordRole)
        if person is not None:
            dialog = PersonDialog(self, person)
            self._editor(dialog, dialog.result_person, tr("Edit {name}").format(name=person.name), put_person)

    def add_person(self) -> bool:
        dialog = PersonDialog(self, None)
        return self._editor(dialog, dialog.result_person, tr("Add person"), put_person)

    def edit_location(self, location: Location | None) -> bool:
        dialog = LocationDialog(self, location)
        text = tr("Add location") if location is None else tr("Edit location")
        return self._editor(dialog, dialog.result_location, text, put_location)

    def edit_role(self, role: Role | None) -> bool:
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

    def _on_people_panel_remove(self, person: Person) -> None:
        self.remove(tr("Remove {name}").format(name=person.name), remove_person, person.id)

    def add_window(self) -> bool:
        plan = self.document.plan
        if not plan.locations:
            self.show_error(tr("Add a location first"), tr("A media window happens at one of the plan's locations."))
            return False
        day = self.grid.current_day()
        start = datetime(day.year, day.month, day.day, 10, tzinfo=plan.zone)
        dialog = WindowDialog(self, plan, blank_window(plan, start, start + timedelta(hours=8)))

        def add(p: Plan, window: Window) -> Plan:
            return split_into_turns(put_window(p, window), window.id)

        return self._editor(dialog, dialog.result_window, tr("Add media window"), add)

    def add_shift(self) -> bool:
        plan = self.document.plan
        if not plan.roles or not plan.locations:
            self.show_error(
                tr("Add a role and a location first"), tr("A shift is a role done at one of the plan's locations.")
            )
            return False
        day = self.grid.current_day()
        start = datetime(day.year, day.month, day.day, 9, tzinfo=plan.zone)
        dialog = ShiftDialog(self, plan, blank_shift(plan, start, start + timedelta(hours=4)))
        return self._editor(dialog, dialog.result_shift, tr("Add shift"), put_item)

    def details_dialog(self) -> bool:
        dialog = PlanDetailsDialog(self, self.document.plan)
        return self._editor(dialog, dialog.result_details, tr("Edit plan details"), lambda p, d: set_details(p, *d))

    def day_note_dialog(self) -> bool:
        day = self.grid.current_day()
        current = next((d.note for d in self.document.plan.days if d.date == day), "")
        note, ok = QInputDialog.getMultiLineText(
            self, tr("Day note"), tr("A note for {day} (shown on the run sheet):").format(day=local_date(day)), current
        )
        return ok and self.document.edit(tr("Day note"), set_day_note, day, note)

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
        plan = self.document.plan
        people = plan.spokespeople if isinstance(item, Turn) else plan.volunteers
        people = tuple(p for p in people if p.id not in item.person_ids)
        names = [p.name for p in people]
        name, ok = QInputDialog.getItem(self, tr("Assign person"), tr("Who:"), names, 0, False)
        return next((p.id for p in people if p.name == name), None) if ok else None

    def copy_day_dialog(self) -> bool:
        dialog = CopyDayDialog(self, self.document.plan, self.grid.current_day())

        def copy(p: Plan, choice: tuple[date, list[date]]) -> Plan:
            return copy_day(p, *choice)

        return self._editor(dialog, dialog.result_days, tr("Copy day"), copy)

    def set_language(self, code: str) -> None:
        self.settings.set(LANGUAGE, code)
        self.statusBar().showMessage(tr("The new language shows the next time Planner starts."), 10000)

    def set_snap(self, minutes: int) -> None:
        self.grid.snap_minutes = minutes
        self.settings.set(GRID_SNAP_MINUTES, minutes)

    def rename_dialog(self) -> None:
        title, ok = QInputDialog.getText(self, tr("Rename plan"), tr("Plan title:"), text=self.document.plan.title)
        if ok:
            self.document.rename(title)

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False means the user cancelled."""
        if not self.document.is_modified:
            return True
        answer = self.ask_save_changes()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def ask_save_changes(self) -> QMessageBox.StandardButton:
        buttons = (
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        return QMessageBox.question(
            self,
            tr("Unsaved changes"),
            tr("Save the changes to {name}?").format(name=self.document.display_name),
            buttons,
            QMessageBox.StandardButton.Save,
        )

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(WINDOW_STATE, self.saveState())
        event.accept()

    # -- display

    def _update_title(self) -> None:
        self.setWindowTitle(tr("{name}[*] — Planner").format(name=self.document.display_name))
        self.setWindowModified(self.document.is_modified)

    def _update_heading(self) -> None:
        plan = self.document.plan
        dates = sorted(d.date for d in plan.days)
        when = f"{local_date(dates[0])} – {local_date(dates[-1])}" if dates else tr("no days yet")
        self.heading.setText(
            tr("{title}   ·   {when}   ·   times in {zone}").format(title=plan.title, when=when, zone=plan.timezone)
        )

    def _show_warning_count(self) -> None:
        warnings = self.document.known_warnings()
        count = len(warnings) if warnings is not None else 0  # a big plan's show in the panel when ready
        if count:
            self.statusBar().showMessage(tr("This plan has {count} warnings").format(count=count), 8000)

    def _folder(self) -> str:
        if self.document.path is not None:
            return str(self.document.path.parent)
        recent = self.settings.recent_files()
        return str(recent[0].parent) if recent else str(Path.home())
