"""The main window's menus and actions; what each does lives in files.py, editing.py, press.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from planner.resources import LANGUAGES
from planner.ui.i18n import tr
from planner.ui.settings import AUTOSAVE_SECONDS, LANGUAGE

if TYPE_CHECKING:
    from planner.ui.main_window.window import MainWindow


def build_menus(window: MainWindow) -> None:
    """Every menu, in menu-bar order; the actions tests and shortcuts use are kept on the window."""
    for build in (_file_menu, _edit_menu, _add_menu, _view_menu, _rotation_and_press_menus, _help_menu):
        build(window)


def _help_menu(window: MainWindow) -> None:
    """Help: about, and what to paste into a bug report."""
    help_menu = window.menuBar().addMenu(tr("&Help"))
    window.about_action = add_action(window, help_menu, tr("&About Planner"), None, window.about_dialog)
    window.about_action.setMenuRole(QAction.MenuRole.AboutRole)
    window.report_action = add_action(window, help_menu, tr("&Report a Problem…"), None, window.report_problem)


def add_action(
    window: MainWindow,
    menu: QMenu,
    text: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | None,
    slot: Callable[[], object],
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(shortcut)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def add_choices(
    window: MainWindow, menu: QMenu, choices: list[tuple[Any, str]], current: Any, choose: Callable[[Any], None]
) -> QActionGroup:
    """One checkable action per (value, text), only one checked: the current value."""
    group = QActionGroup(window)
    for value, text in choices:
        action = menu.addAction(text)
        action.setCheckable(True)
        action.setChecked(value == current)
        action.triggered.connect(lambda _checked=False, v=value: choose(v))
        group.addAction(action)
    return group


def _file_menu(window: MainWindow) -> None:
    """File: new, open, save, import and export."""
    file_menu = window.menuBar().addMenu(tr("&File"))
    window.new_action = add_action(window, file_menu, tr("&New"), QKeySequence.StandardKey.New, window.new_plan)
    window.open_action = add_action(window, file_menu, tr("&Open…"), QKeySequence.StandardKey.Open, window.open_dialog)
    window.recent_menu = file_menu.addMenu(tr("Open &Recent"))
    window.recent_menu.aboutToShow.connect(window._fill_recent_menu)
    file_menu.addSeparator()
    window.save_action = add_action(window, file_menu, tr("&Save"), QKeySequence.StandardKey.Save, window.save)
    window.save_as_action = add_action(
        window, file_menu, tr("Save &As…"), QKeySequence.StandardKey.SaveAs, window.save_as
    )
    autosave_menu = file_menu.addMenu(tr("&Keep Unsaved Changes Every"))
    every = [(0, tr("Never")), (30, tr("30 seconds")), (60, tr("1 minute")), (300, tr("5 minutes"))]
    window.autosave_actions = add_choices(
        window, autosave_menu, every, window.settings.get(AUTOSAVE_SECONDS), window.set_autosave
    )
    file_menu.addSeparator()
    window.import_action = add_action(
        window, file_menu, tr("&Import Calendar…"), QKeySequence("Ctrl+I"), window.import_dialog
    )
    window.publish_action = add_action(window, file_menu, tr("P&ublish to Calendar Server…"), None,
                                      window.publish_dialog)  # fmt: skip
    file_menu.addSeparator()
    window.share_action = add_action(window, file_menu, tr("S&hare on Server…"), None, window.share_dialog)
    window.clone_action = add_action(window, file_menu, tr("Open from Ser&ver…"), None, window.clone_dialog)
    window.sync_action = add_action(
        window, file_menu, tr("S&ync Now"), QKeySequence("F5"), lambda: window.team.sync_now()
    )
    window.conflicts_action = add_action(window, file_menu, tr("Con&flicts…"), None, window.conflicts_dialog)
    file_menu.addSeparator()
    window.export_action = add_action(
        window, file_menu, tr("&Export Calendars…"), QKeySequence("Ctrl+E"), window.export_dialog
    )
    window.import_people_action = add_action(
        window, file_menu, tr("Import &People (Spreadsheet, vCard)…"), None, window.import_people_dialog
    )
    window.export_people_action = add_action(
        window, file_menu, tr("Export People (&CSV)…"), None, window.export_people_dialog
    )
    window.runsheet_action = add_action(window, file_menu, tr("Export Run Sheet (P&DF)…"), None, window.runsheet_dialog)
    window.print_action = add_action(window, file_menu, tr("&Print Run Sheet…"), QKeySequence.StandardKey.Print,
                                     window.print_dialog)  # fmt: skip
    file_menu.addSeparator()
    window.quit_action = add_action(window, file_menu, tr("&Quit"), QKeySequence.StandardKey.Quit, window.close)
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)


def _edit_menu(window: MainWindow) -> None:
    """Edit: undo, the selected item, the plan, locations and roles, snapping."""
    edit_menu = window.menuBar().addMenu(tr("&Edit"))
    undo = window.document.undo_stack.createUndoAction(window, tr("&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.document.undo_stack.createRedoAction(window, tr("&Redo"))
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    edit_menu.addActions([undo, redo])
    edit_menu.addSeparator()
    window.edit_item_action = add_action(window, edit_menu, tr("&Edit Selected…"), None, window.edit_selected)
    # Delete and Enter belong to the grid: as window-wide shortcuts they would take those
    # keys from every text field.
    window.delete_action = add_action(window, edit_menu, tr("&Delete"), QKeySequence.StandardKey.Delete,
                                      window.grid.delete_selected)  # fmt: skip
    window.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.grid.addAction(window.delete_action)
    window.assign_action = add_action(window, edit_menu, tr("&Assign Person…"), QKeySequence("Ctrl+Shift+A"),
                                      window.assign_dialog)  # fmt: skip
    window.copy_day_action = add_action(window, edit_menu, tr("&Copy Day To…"), QKeySequence("Ctrl+Shift+D"),
                                        window.copy_day_dialog)  # fmt: skip
    edit_menu.addSeparator()
    window.details_action = add_action(window, edit_menu, tr("Plan &Details…"), None, window.details_dialog)
    window.day_note_action = add_action(window, edit_menu, tr("Day &Note…"), None, window.day_note_dialog)
    window.rename_action = add_action(window, edit_menu, tr("Rename &Plan…"), None, window.rename_dialog)
    edit_menu.addSeparator()
    # Changing what exists is Edit's (Add only makes new records).
    window.records_menus = {}
    for text, kind, remove in (
        (tr("Edit &Location"), "location", False),
        (tr("Edit R&ole"), "role", False),
        (tr("Remo&ve Location"), "location", True),
        (tr("Re&move Role"), "role", True),
    ):
        menu = edit_menu.addMenu(text)
        menu.aboutToShow.connect(lambda m=menu, k=kind, r=remove: window._fill_records_menu(m, k, r))
        window.records_menus[(kind, remove)] = menu
    edit_menu.addSeparator()
    snap_menu = edit_menu.addMenu(tr("&Snap To"))
    snaps = [(m, tr("{minutes} minutes").format(minutes=m)) for m in (5, 10, 15, 30, 60)]
    window.snap_actions = add_choices(window, snap_menu, snaps, window.grid.snap_minutes, window.set_snap)


def _add_menu(window: MainWindow) -> None:
    """Add: new records."""
    add_menu = window.menuBar().addMenu(tr("&Add"))
    window.add_window_action = add_action(window, add_menu, tr("Media &Window…"), None, window.add_window)
    window.add_shift_action = add_action(window, add_menu, tr("&Shift…"), None, lambda: window.add_shift())
    window.add_person_action = add_action(window, add_menu, tr("&Person…"), None, window.add_person)
    window.add_location_action = add_action(
        window, add_menu, tr("&Location…"), None, lambda: window.edit_location(None)
    )
    window.add_role_action = add_action(window, add_menu, tr("&Role…"), None, lambda: window.edit_role(None))


def _view_menu(window: MainWindow) -> None:
    """View: weeks, zoom, panels, language."""
    view_menu = window.menuBar().addMenu(tr("&View"))
    add_action(window, view_menu, tr("&Previous Week"), QKeySequence("Alt+Left"), lambda: window.grid.step_week(-1))
    add_action(window, view_menu, tr("&Next Week"), QKeySequence("Alt+Right"), lambda: window.grid.step_week(1))
    add_action(window, view_menu, tr("&This Week"), QKeySequence("Alt+Home"), window.grid_bar.show_this_week)
    window.go_to_date_action = add_action(window, view_menu, tr("&Go to Date…"), QKeySequence("Ctrl+G"),
                                          window.go_to_date_dialog)  # fmt: skip
    view_menu.addSeparator()
    window.day_view_action = add_action(window, view_menu, tr("&Day"), QKeySequence("Ctrl+1"),
                                        lambda: window.grid.set_day_view(True))  # fmt: skip
    window.week_view_action = add_action(window, view_menu, tr("&Week"), QKeySequence("Ctrl+2"),
                                         lambda: window.grid.set_day_view(False))  # fmt: skip
    views = QActionGroup(window)
    for action in (window.day_view_action, window.week_view_action):
        action.setCheckable(True)
        views.addAction(action)
    window.week_view_action.setChecked(True)
    window.agenda_action = add_action(window, view_menu, tr("&Agenda…"), QKeySequence("Ctrl+3"), window.agenda_dialog)
    view_menu.addSeparator()
    add_action(window, view_menu, tr("Zoom &In"), QKeySequence.StandardKey.ZoomIn, lambda: window.grid.zoom_by(1.25))
    add_action(
        window, view_menu, tr("Zoom &Out"), QKeySequence.StandardKey.ZoomOut, lambda: window.grid.zoom_by(1 / 1.25)
    )
    add_action(window, view_menu, tr("&Fit the Day"), QKeySequence("Ctrl+0"), lambda: window.grid.set_zoom(1.0))
    view_menu.addSeparator()
    view_menu.addActions([window.warnings_dock.toggleViewAction(), window.history_dock.toggleViewAction()])
    view_menu.addSeparator()
    language_menu = view_menu.addMenu(tr("&Language"))
    languages = [("", tr("System default")), *LANGUAGES.items()]
    window.language_actions = add_choices(
        window, language_menu, languages, window.settings.get(LANGUAGE), window.set_language
    )


def _rotation_and_press_menus(window: MainWindow) -> None:
    """Rotation and Press."""
    rotation_menu = window.menuBar().addMenu(tr("&Rotation"))
    window.generate_action = add_action(window, rotation_menu, tr("&Generate Rotation…"), None, window.rotation_dialog)
    window.repair_action = add_action(window, rotation_menu, tr("&Repair After Absence…"), None, window.repair_dialog)

    press_menu = window.menuBar().addMenu(tr("&Press"))
    window.release_action = add_action(window, press_menu, tr("&Release Schedule…"), None, window.release_dialog)
    window.history_action = add_action(window, press_menu, tr("Release &History…"), None, window.history_dialog)
    window.outbox_action = add_action(window, press_menu, tr("&Outbox…"), None, window.outbox_dialog)
