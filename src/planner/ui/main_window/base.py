"""What the main window's parts (files.py, editing.py, press.py) count on from the window.

They are mixins of MainWindow; for the type checker they derive from this declaration of the
window's widgets and of the methods they call on each other, at run time from `object`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMenu

    from planner.publish.feeds import Feeds, Publication
    from planner.ui.autosave import Autosave
    from planner.ui.calendar_view import CalendarView
    from planner.ui.document import PlanDocument
    from planner.ui.grid_bar import GridBar
    from planner.ui.settings import Settings
    from planner.ui.team import TeamSync

    class WindowParts(QMainWindow):
        settings: Settings
        document: PlanDocument
        grid: CalendarView
        grid_bar: GridBar
        heading: QLabel
        export_label: QLabel
        export_action: QAction
        recent_menu: QMenu
        run_dialog: Callable[[QDialog], int]  # tests fill and accept the dialog instead
        run_menu: Callable[[QMenu, QPoint], object]
        last_error: str
        unattended: bool  # a screenshot run: messages to stderr, questions take their cancel
        recovery_folder: Path | None
        autosave: Autosave | None
        team: TeamSync
        last_export: Publication | Feeds | None  # this session's last export or publish, for the next to reuse
        closing: bool  # asked to close, waiting for the export under way
        start_finished: bool  # the panels made, once the first frame was painted (window.py)

        def show_error(self, title: str, message: str) -> None: ...
        def show_report(self, title: str, message: str) -> None: ...
        def ask(self, title: str, text: str, choices: list[str], cancel: int | None = None) -> int: ...
        def with_team_latest(self, action: Callable[[], object]) -> None: ...
        def open_path(self, path: Path) -> bool: ...
        def read_records_once_painted(self) -> None: ...
        def save(self) -> bool: ...
        def maybe_save(self) -> bool: ...
        def _folder(self) -> str: ...

    Base = WindowParts
else:
    Base = object
