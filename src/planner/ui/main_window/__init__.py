"""The main window, as a package: window.py (layout, docks, title), menus.py (menus and
actions), files.py (File ▸), editing.py (editors and edits), press.py (Press ▸, Rotation ▸)."""

from planner.ui.main_window.window import MainWindow

__all__ = ["MainWindow"]
