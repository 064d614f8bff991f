"""The main window: the week grid in the middle, panels around it, the menus (menus.py), and
what they do (files.py, editing.py, press.py)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.storage.recovery import RecoveryCopy
from planner.ui.about import about_html, app_icon, problem_report
from planner.ui.autosave import Autosave
from planner.ui.calendar_view import CalendarView
from planner.ui.document import PlanDocument
from planner.ui.grid_bar import GridBar
from planner.ui.i18n import local_date, say_error, tr, writing_language
from planner.ui.legend import Legend
from planner.ui.main_window.editing import EditActions
from planner.ui.main_window.files import FileActions
from planner.ui.main_window.menus import build_menus
from planner.ui.main_window.press import PressActions
from planner.ui.messages import Icon, ask, plain_label, show_message
from planner.ui.settings import AUTOSAVE_SECONDS, GRID_SNAP_MINUTES, LANGUAGE, WINDOW_GEOMETRY, WINDOW_STATE, Settings
from planner.ui.team import Status, TeamSync
from planner.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QUndoView

    from planner.ui.panels import LocationPanel, PeopleList, PeoplePanel
    from planner.ui.press import PressPanel
    from planner.ui.warnings_panel import WarningsPanel


class MainWindow(FileActions, EditActions, PressActions, QMainWindow):
    # Made by menus.py; tests and shortcuts reach them here.
    new_action: QAction
    open_action: QAction
    recent_menu: QMenu
    save_action: QAction
    save_as_action: QAction
    import_action: QAction
    export_action: QAction
    import_people_action: QAction
    export_people_action: QAction
    runsheet_action: QAction
    print_action: QAction
    quit_action: QAction
    edit_item_action: QAction
    delete_action: QAction
    assign_action: QAction
    copy_day_action: QAction
    details_action: QAction
    day_note_action: QAction
    rename_action: QAction
    snap_actions: QActionGroup
    records_menus: dict[tuple[str, bool], QMenu]  # (location or role, remove?): Edit's submenus
    go_to_date_action: QAction
    day_view_action: QAction
    week_view_action: QAction
    agenda_action: QAction
    publish_action: QAction
    about_action: QAction
    report_action: QAction
    add_window_action: QAction
    add_shift_action: QAction
    add_person_action: QAction
    add_location_action: QAction
    add_role_action: QAction
    language_actions: QActionGroup
    autosave_actions: QActionGroup
    generate_action: QAction
    repair_action: QAction
    release_action: QAction
    history_action: QAction
    outbox_action: QAction
    share_action: QAction
    clone_action: QAction
    sync_action: QAction
    conflicts_action: QAction

    # The side and bottom panels (made by `finish_start`).
    location_panel: LocationPanel
    people_list: PeopleList  # the people panel under its find line
    people_panel: PeoplePanel
    press_panel: PressPanel
    warnings_panel: WarningsPanel
    undo_view: QUndoView

    def __init__(
        self,
        settings: Settings,
        document: PlanDocument | None = None,
        recovery_folder: Path | None = None,
        *,
        staged: bool = False,
    ) -> None:
        """`staged` (app.py's start): the grid, its bars, the menus and the panels' empty docks
        now, the panels themselves once the grid's first frame is painted: the grid shows
        25–50 ms sooner (the panels' modules, and a campaign's 2,400 people listed), and
        nothing moves when the panels come. The empty plan the window starts with is not drawn
        (nor given the computer's zone): a plan is opened or made right after."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.document = document or PlanDocument(self, opening=staged)
        self.document.setParent(self)
        # Unsaved edits are kept aside in `recovery_folder` (app.py: the user's data folder)
        # and offered back after a crash; without one (most tests) nothing is kept.
        self.recovery_folder = recovery_folder
        self.last_error = ""
        # A screenshot run (app.py): no one answers, so a message goes to stderr and a
        # question takes its cancel; a modal box would wait for ever.
        self.unattended = False
        self.last_export = None
        self.closing = False  # asked to close, waiting for the export under way: see close_after_export
        self.autosave = (
            Autosave(self.document, RecoveryCopy(recovery_folder), settings.get(AUTOSAVE_SECONDS), self)
            if recovery_folder is not None
            else None
        )

        # A plan shared with the team stays in step with its server while open (ui/team.py).
        self.team = TeamSync(self.document, settings, self)
        self._waiting_for_team = False  # a publish, release or outbox waits for the team's latest
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()  # tests fill and accept
        self.run_menu: Callable[[QMenu, QPoint], object] = lambda menu, at: menu.exec(at)  # tests look instead
        # The heading over the grid and the legend under it before the grid: each takes a
        # plan's text before the grid draws it (signals call in the order connected), and the
        # grid draws for the height they leave it (a campaign's legend takes two lines).
        self.heading = QLabel(self)
        self.heading.setObjectName("planHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)  # a title of any length (it comes from a file) stays on screen
        self.heading.setContentsMargins(8, 6, 8, 2)
        self.document.plan_loaded.connect(self._update_heading)
        self.document.plan_changed.connect(self._update_heading)
        self.legend = Legend(self.document, self)
        self.grid = CalendarView(self.document, self, drawn_now=not staged)
        self.grid.snap_minutes = settings.get(GRID_SNAP_MINUTES)
        self.grid_bar = GridBar(self.grid, self.document, self, settings)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.heading)
        layout.addWidget(self.grid_bar)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.legend)
        self.setCentralWidget(central)
        self._build_docks()
        build_menus(self)
        if self.autosave is not None:
            self.autosave.failed.connect(self._on_autosave_failed)
        self.document.path_changed.connect(self._update_title)
        self.document.modified_changed.connect(self._update_title)
        self.team.status_changed.connect(self._update_title)
        self.team.conflicts_found.connect(self._on_team_conflicts_found)
        self.team.release_dropped.connect(self._on_release_dropped)
        # What the status bar said was of the plan before ("calendars up to date", "3
        # warnings"): an edit or another plan makes it stale. A message an edit brings is
        # shown after it.
        self.document.plan_changed.connect(self.statusBar().clearMessage)
        self.document.plan_loaded.connect(self.statusBar().clearMessage)
        # Shown while the plan is open read-only: the title bar alone is easy to miss.
        self.read_only_label = plain_label(tr("Read-only: Save makes a copy"), self)
        self.read_only_label.setObjectName("readOnlyNotice")
        self.read_only_label.setStyleSheet("color: #8a4b00; font-weight: bold; padding: 0 8px")
        self.statusBar().addPermanentWidget(self.read_only_label)
        # A shared plan's sync state, also in the title bar: seen where a window manager hides titles.
        self.sync_label = plain_label("", self)
        self.sync_label.setObjectName("syncState")
        self.sync_label.setStyleSheet("padding: 0 8px")
        self.statusBar().addPermanentWidget(self.sync_label)
        # While calendars are written in the background (File ▸ Export Calendars): an edit
        # clears the status bar's message, not this.
        self.export_label = plain_label(tr("Exporting calendars…"), self)
        self.export_label.setObjectName("exportState")
        # (In the text's colour even when the window waits to close, taking no input: files.py.)
        self.export_label.setStyleSheet("padding: 0 8px; color: palette(window-text)")
        self.export_label.setVisible(False)
        self.statusBar().addPermanentWidget(self.export_label)
        self._update_title()
        self._update_heading()
        self.resize(1280, 800)
        self.restoreGeometry(settings.get(WINDOW_GEOMETRY))
        self.restoreState(settings.get(WINDOW_STATE))
        self._bottom_hidden = self.warnings_dock.isHidden()  # as the last session left it
        self._fit_bottom_docks()
        self.start_finished = False
        self._after_start: list[Callable[[], None]] = []
        if staged:
            _after_first_paint(self.grid.viewport(), self.finish_start)
        else:
            self.finish_start()

    def _build_docks(self) -> None:
        """Location, people and press on the right; warnings and undo history below: the docks,
        laid out as the last session left them, empty until `finish_start` fills them."""
        self.location_dock = self._add_dock(tr("Location"), "locationDock")
        self.people_dock = self._add_dock(tr("People"), "peopleDock")
        docks = [self.location_dock, self.people_dock]
        self.press_dock = self._add_dock(tr("Press list"), "pressDock")
        self.tabifyDockWidget(self.people_dock, self.press_dock)  # people and press share one place
        self.people_dock.raise_()
        self.warnings_dock = self._add_dock(tr("Warnings"), "warningsDock", Qt.DockWidgetArea.BottomDockWidgetArea)
        self.history_dock = self._add_dock(tr("Undo history"), "historyDock", Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.warnings_dock, self.history_dock)
        self.warnings_dock.raise_()
        self.resizeDocks([self.warnings_dock], [90], Qt.Orientation.Vertical)
        # With nothing to warn about, the warnings (and the undo history tabbed with them) give
        # their room to the grid, and come back with the first warning; shown or hidden from
        # View ▸, they stay as the organizer put them.
        self._bottom_hidden, self._bottom_pinned = False, False
        for dock in (self.warnings_dock, self.history_dock):
            dock.toggleViewAction().triggered.connect(self._on_bottom_dock_toggled)
        for signal in (self.document.plan_loaded, self.document.plan_changed, self.document.warnings_changed):
            signal.connect(self._fit_bottom_docks)
        self.grid.edit_requested.connect(self.edit_item)
        self.grid.edit_failed.connect(self._on_grid_edit_failed)
        self.grid.create_requested.connect(self.create_at)
        self.grid.context_menu_requested.connect(self._on_grid_context_menu_requested)
        self.resizeDocks(docks, [310, 310], Qt.Orientation.Horizontal)  # a name, its detail and a phone
        self.resizeDocks(docks, [230, 500], Qt.Orientation.Vertical)

    def finish_start(self) -> None:
        """The panels in their docks, and the app's icon (once; at once unless `staged`)."""
        if self.start_finished:
            return
        self.start_finished = True
        self._read_records_in_background()  # (the panels need none of them)
        from PySide6.QtWidgets import QUndoView

        from planner.ui.panels import LocationPanel, PeopleList
        from planner.ui.press import PressPanel
        from planner.ui.warnings_panel import WarningsPanel

        QApplication.setWindowIcon(app_icon())  # the window's, and its dialogs'
        self.location_panel = LocationPanel(self.document, self)
        self.location_panel.show_only(self.grid.location_filter)  # (a plan may open on one: GridBar)
        self.grid.location_filter_changed.connect(self.location_panel.show_only)
        self.people_list = PeopleList(self.document, self)
        self.people_panel = self.people_list.table
        self.press_panel = PressPanel(self.document, self)
        self.warnings_panel = WarningsPanel(self.document, self)
        self.undo_view = QUndoView(self.document.undo_stack, self)
        self.undo_view.setObjectName("undoHistory")
        self.undo_view.setAccessibleName(tr("Undo history"))
        self.undo_view.setEmptyLabel(tr("Opened"))
        for dock, panel in ((self.location_dock, self.location_panel), (self.people_dock, self.people_list),
                            (self.press_dock, self.press_panel), (self.warnings_dock, self.warnings_panel),
                            (self.history_dock, self.undo_view)):  # fmt: skip
            dock.setWidget(panel)
        self.warnings_panel.item_chosen.connect(self.grid.select_item)
        self.people_panel.doubleClicked.connect(self._on_people_panel_double_clicked)
        self.people_panel.remove_requested.connect(self._on_people_panel_remove)
        self.people_panel.link_requested.connect(self.show_link)
        self.people_panel.person_chosen.connect(self.grid_bar.show_person)
        self.grid_bar.focus_cleared.connect(self.people_panel.clearSelection)
        for then in self._after_start:
            then()

    def read_records_once_painted(self) -> None:
        """The records of a plan just opened (files.py), read in a worker once the grid has
        painted the plan: at the start, as the panels are made (finish_start); later, now."""
        if self.start_finished:
            _after_first_paint(self.grid.viewport(), self._read_records_in_background)

    def _read_records_in_background(self) -> None:
        """The records of the plan opened last, if still unread (open_path), read in a worker
        (PlanDocument.read_records_in_background). Records that cannot be read leave the plan
        unopened, as a file that cannot be read does: a blank plan in its place, and why — or,
        if it was edited meanwhile, the plan as edited, untitled (nothing typed is lost)."""

        def failed(error: PlannerError) -> None:
            if self.document.undo_stack.isClean():
                self.document.new()
            else:
                self.document.new(self.document.plan)
                self.document.undo_stack.resetClean()  # (unsaved: closing asks where to save it)
            self.show_error(tr("Could not open the plan"), say_error(error))

        self.document.read_records_in_background(failed)

    def after_start(self, then: Callable[[], None]) -> None:
        """Call `then` once the panels are made (`finish_start`): what the first frame does not need."""
        if self.start_finished:
            then()
        else:
            self._after_start.append(then)

    def _on_bottom_dock_toggled(self) -> None:
        self._bottom_pinned = True

    def _fit_bottom_docks(self) -> None:
        warnings = self.document.known_warnings()
        empty = warnings is not None and not warnings
        if self._bottom_pinned or empty == self._bottom_hidden or (not empty and warnings is None):
            return
        self._bottom_hidden = empty
        for dock in (self.warnings_dock, self.history_dock):
            dock.setVisible(not empty)
        if not empty:
            self.warnings_dock.raise_()

    def _add_dock(
        self, title: str, name: str, area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea
    ) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(area, dock)
        return dock

    def set_autosave(self, seconds: int) -> None:
        self.settings.set(AUTOSAVE_SECONDS, seconds)
        if self.autosave is not None:
            self.autosave.set_interval(seconds)

    def _on_team_conflicts_found(self) -> None:
        self.statusBar().showMessage(tr("A teammate changed what you changed: File ▸ Conflicts… shows both"), 30000)

    def _on_release_dropped(self, said: str) -> None:
        # (the sentence starts lower-case, as a CLI note; here it starts the bar)
        self.statusBar().showMessage(said[:1].upper() + said[1:], 60000)

    def _on_autosave_failed(self, why: str) -> None:
        self.statusBar().showMessage(tr("Could not keep a recovery copy of the changes: {why}").format(why=why), 15000)

    def set_language(self, code: str) -> None:
        self.settings.set(LANGUAGE, code)
        self.statusBar().showMessage(tr("The new language shows the next time Planner starts."), 10000)

    def show_error(self, title: str, message: str) -> None:
        self.last_error = f"{title}: {message}"  # for Help ▸ Report a Problem
        if self.unattended:
            print(self.last_error, file=sys.stderr)
            return
        show_message(self, Icon.Warning, title, message)

    def about_dialog(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(tr("About Planner"))
        box.setIconPixmap(app_icon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.RichText)  # versions and our own words only: nothing from a file
        box.setText(about_html())
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.run_dialog(box)

    def report_problem(self) -> str:
        """Copy what a bug report needs to the clipboard, and say so."""
        report = problem_report(self.last_error)
        QApplication.clipboard().setText(report)
        self.show_report(tr("Report a problem"), tr("Copied to the clipboard; paste it into your report:") + "\n\n"
                         + report)  # fmt: skip
        return report

    def show_report(self, title: str, message: str) -> None:
        if self.unattended:
            print(f"{title}: {message}", file=sys.stderr)
            return
        show_message(self, Icon.Information, title, message)

    def ask(self, title: str, text: str, choices: list[str], cancel: int | None = None) -> int:
        """The index of the choice made (tests answer in its place; unattended, the cancel)."""
        if self.unattended:
            return cancel if cancel is not None else -1
        return ask(self, title, text, choices, cancel)

    def with_team_latest(self, action: Callable[[], object]) -> None:
        """`action` (File ▸ Publish, Press ▸ Release, the Outbox) on the team's latest plan: a
        shared plan is synced first, the status bar saying why the wait; offline, this copy's
        plan is used, and the status bar says that too. A click meanwhile adds nothing."""
        if not self.team.shared:
            action()
            return
        if self._waiting_for_team:
            return
        self._waiting_for_team = True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.statusBar().showMessage(tr("Getting the team's latest changes first…"))

        def go_on() -> None:
            self._waiting_for_team = False
            QApplication.restoreOverrideCursor()
            self.statusBar().clearMessage()
            if self.team.status in (Status.OFFLINE, Status.SIGN_IN, Status.GONE):
                self.statusBar().showMessage(tr("The server could not be reached: this copy of the plan is used, "
                                                "without teammates' latest changes."), 15000)  # fmt: skip
            action()

        self.team.pull_then(go_on)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.closing and not self.maybe_save():
            event.ignore()
            return
        if self.document.exporting:
            self.close_after_export()  # closed once the export is done (files.py)
            event.ignore()
            return
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(WINDOW_STATE, self.saveState())
        if self.autosave is not None:
            self.autosave.close()  # a clean exit: nothing to recover
        self.team.shutdown()
        self.document.close()
        event.accept()

    def _update_title(self) -> None:
        name = self.document.display_name
        if self.document.read_only:
            name = tr("{name} (read-only)").format(name=name)
        sync = self.team.title_suffix()  # a shared plan: synced, N changes waiting, offline, conflicts
        if sync:
            name = f"{name} — {sync}"
        self.sync_label.setText(tr("Shared: {state}").format(state=sync) if sync else "")
        self.sync_label.setToolTip(self.team.problem)
        self.sync_label.setVisible(bool(sync))
        self.setWindowTitle(tr("{name}[*] — Planner").format(name=name))
        self.setWindowModified(self.document.is_modified)
        if self.team.shared:
            self.sync_action.setEnabled(True)
            self.conflicts_action.setEnabled(bool(self.team.state and self.team.state.conflicts))
        else:
            self.sync_action.setEnabled(False)
            self.conflicts_action.setEnabled(False)
        # (an unsaved plan: the dialog says to save first; a shared plan gone from its server: anew)
        self.share_action.setEnabled(not self.team.shared or self.team.status is Status.GONE)
        self.read_only_label.setVisible(self.document.read_only)

    def _update_heading(self) -> None:
        plan = self.document.plan
        dates = sorted(d.date for d in plan.days)
        when = f"{local_date(dates[0])} – {local_date(dates[-1])}" if dates else tr("no days yet")
        heading = tr("{title}   ·   {when}   ·   times in {zone}").format(title=plan.title, when=when,
                                                                        zone=plan.timezone)  # fmt: skip
        if plan.language != writing_language():  # (said when it is not the language the app is in)
            heading += "   ·   " + tr(_CALENDARS_IN.get(plan.language, plan.language))
        self.heading.setText(heading)


# What the heading says of a plan whose calendars are not in the app's language (Plan.language).
_CALENDARS_IN = {
    "en": QT_TRANSLATE_NOOP("", "calendars in English"),
    "es": QT_TRANSLATE_NOOP("", "calendars in Spanish"),
}


def _after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Call `then` once `widget` has painted its first frame (and, should it never be painted —
    a window started minimized — a second later)."""

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                widget.removeEventFilter(self)
                QTimer.singleShot(0, then)  # after this paint reaches the screen
            return False

    watcher = FirstPaint(widget)
    widget.installEventFilter(watcher)
    QTimer.singleShot(1000, then)
