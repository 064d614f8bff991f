"""The main window: the grid in the middle, location and people beside it, the File menu."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.checks import check_plan
from planner.domain.press import change_log, pending_invitations
from planner.errors import PlannerError
from planner.publish.feeds import export_feeds
from planner.storage.document import SUFFIX
from planner.ui.calendar_view import CalendarView
from planner.ui.document import PlanDocument
from planner.ui.panels import Legend, LocationPanel, PeoplePanel
from planner.ui.press import OutboxDialog, PressPanel, ReleaseHistoryDialog
from planner.ui.rotation import RotationDialog
from planner.ui.settings import WINDOW_GEOMETRY, WINDOW_STATE, Settings

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
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.legend)
        self.setCentralWidget(central)

        self.location_panel = LocationPanel(self.document, self)
        self.people_panel = PeoplePanel(self.document, self)
        self.press_panel = PressPanel(self.document, self)
        docks = [
            self._add_dock("Location", "locationDock", self.location_panel),
            self._add_dock("People", "peopleDock", self.people_panel),
        ]
        press_dock = self._add_dock("Press list", "pressDock", self.press_panel)
        self.tabifyDockWidget(docks[1], press_dock)  # people and press share one place
        docks[1].raise_()
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

    def _add_dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    # -- menus

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.new_action = self._action(file_menu, "&New", QKeySequence.StandardKey.New, self.new_plan)
        self.open_action = self._action(file_menu, "&Open…", QKeySequence.StandardKey.Open, self.open_dialog)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self.save_action = self._action(file_menu, "&Save", QKeySequence.StandardKey.Save, self.save)
        self.save_as_action = self._action(file_menu, "Save &As…", QKeySequence.StandardKey.SaveAs, self.save_as)
        self.import_action = self._action(file_menu, "&Import Calendar…", QKeySequence("Ctrl+I"), self.import_dialog)
        self.export_action = self._action(file_menu, "&Export Calendars…", QKeySequence("Ctrl+E"), self.export_dialog)
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, "&Quit", QKeySequence.StandardKey.Quit, self.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        edit_menu = self.menuBar().addMenu("&Edit")
        undo = self.document.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.document.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        self.rename_action = self._action(edit_menu, "Rename &Plan…", None, self.rename_dialog)

        rotation_menu = self.menuBar().addMenu("&Rotation")
        self.generate_action = self._action(rotation_menu, "&Generate Rotation…", None, self.rotation_dialog)
        self.repair_action = self._action(rotation_menu, "&Repair After Absence…", None, self.repair_dialog)

        press_menu = self.menuBar().addMenu("&Press")
        self.release_action = self._action(press_menu, "&Release Schedule…", None, self.release_dialog)
        self.history_action = self._action(press_menu, "Release &History…", None, self.history_dialog)
        self.outbox_action = self._action(press_menu, "&Outbox…", None, self.outbox_dialog)

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
            self.recent_menu.addAction("No recent plans").setEnabled(False)

    # -- file operations (each returns whether it went through)

    def new_plan(self) -> bool:
        if not self.maybe_save():
            return False
        self.document.new()
        return True

    def open_dialog(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(self, "Open plan", self._folder(), OPEN_FILTER)
        return bool(name) and self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        if not self.maybe_save():
            return False
        try:
            self.document.open(path)
        except PlannerError as exc:
            if not path.exists():
                self.settings.remove_recent_file(path)
            self.show_error("Could not open the plan", str(exc))
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
        name, _ = QFileDialog.getSaveFileName(self, "Save plan as", suggested, SAVE_FILTER)
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
            self.show_error("Could not save the plan", f"{exc}\n\nYour changes are still open here; nothing was lost.")
            return False
        self.settings.add_recent_file(path)
        self.statusBar().showMessage(f"Saved {path}", 5000)
        return True

    def export_dialog(self) -> bool:
        folder = QFileDialog.getExistingDirectory(self, "Export calendars to folder", self._folder())
        return bool(folder) and self.export_to(Path(folder))

    def export_to(self, folder: Path) -> bool:
        try:
            records = self.document.records
            publication = export_feeds(self.document.plan, folder, now=datetime.now(UTC), previous=records.revisions)
            self.document.keep_records(records.with_revisions(publication.revisions))
        except PlannerError as exc:
            self.show_error("Could not export the calendars", str(exc))
            return False
        self.statusBar().showMessage(f"Wrote {len(publication.written)} calendar files to {folder}", 8000)
        return True

    def import_dialog(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(self, "Import calendar", self._folder(), "Calendars (*.ics)")
        return bool(name) and self.import_calendar(Path(name))

    def import_calendar(self, path: Path) -> bool:
        try:
            added, problems = self.document.import_calendar(path)
        except PlannerError as exc:
            self.show_error("Could not import the calendar", str(exc))
            return False
        summary = f"Added {added} media windows from {path.name}."
        if problems:
            self.show_report("Calendar imported in part", summary + "\n\nNot taken:\n" + "\n".join(problems))
        else:
            self.statusBar().showMessage(summary, 8000)
        return added > 0

    def show_report(self, title: str, message: str) -> None:
        QMessageBox.information(self, title, message)

    def release_dialog(self) -> None:
        count = len(self.document.records.releases) + 1
        name, ok = QInputDialog.getText(self, "Release schedule", "Name of this release:", text=f"Release {count}")
        if ok:
            self.release(name)

    def release(self, name: str) -> bool:
        """Freeze the schedule for the press and say what changed and what is now owed."""
        try:
            release = self.document.release(name, datetime.now(UTC))
        except PlannerError as exc:
            self.show_error("Could not release the schedule", str(exc))
            return False
        releases = self.document.records.releases
        changes = change_log(releases[-2] if len(releases) > 1 else None, release)
        records = self.document.records
        pending = len(pending_invitations(list(records.releases), records.sent))
        lines = [c.text for c in changes] or ["No changes for the press."]
        self.show_report(
            f"Release {release.number}: {release.name}",
            "\n".join(lines) + f"\n\n{pending} messages are waiting in Press ▸ Outbox.",
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

    def rename_dialog(self) -> None:
        title, ok = QInputDialog.getText(self, "Rename plan", "Plan title:", text=self.document.plan.title)
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
            "Unsaved changes",
            f"Save the changes to {self.document.display_name}?",
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
        self.setWindowTitle(f"{self.document.display_name}[*] — Planner")
        self.setWindowModified(self.document.is_modified)

    def _update_heading(self) -> None:
        plan = self.document.plan
        dates = sorted(d.date for d in plan.days)
        when = f"{dates[0]:%a %d %b %Y} – {dates[-1]:%a %d %b %Y}" if dates else "no days yet"
        self.heading.setText(f"{plan.title}   ·   {when}   ·   times in {plan.timezone}")

    def _show_warning_count(self) -> None:
        count = len(check_plan(self.document.plan))
        if count:
            self.statusBar().showMessage(f"This plan has {count} warnings", 8000)

    def _folder(self) -> str:
        if self.document.path is not None:
            return str(self.document.path.parent)
        recent = self.settings.recent_files()
        return str(recent[0].parent) if recent else str(Path.home())
