"""Composition root of the desktop app: builds the QApplication, settings, document and window."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication

from planner import __version__
from planner.ui.about import APP_ID
from planner.ui.i18n import chosen_language, install_translators
from planner.ui.main_window import MainWindow
from planner.ui.settings import LANGUAGE, Settings
from planner.ui.single_instance import InstanceServer, hand_over

ORGANIZATION = "Planner"
APPLICATION = "Planner"


def main(args: argparse.Namespace) -> int:
    """The app, with its options as app_options.app_arguments read them (__main__.py)."""
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)  # the window is matched with its menu entry and icon
    # A Planner already running takes the file (a double-click on a second .planner) and this
    # process ends; a screenshot run or --new-window always starts its own.
    single = not args.screenshot and not args.new_window
    if single and hand_over(str(args.file.resolve()) if args.file else ""):
        return 0
    settings = Settings(QSettings())
    language = chosen_language(args.language or settings.get(LANGUAGE))
    _translators = install_translators(app, language)
    data = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    # The grid first: the side panels are made once its first frame is painted (window.py).
    window = MainWindow(settings, recovery_folder=data / "recovery", staged=True)
    # After a crash, its unsaved edits are offered first (not in a screenshot run: no one answers).
    window.unattended = bool(args.screenshot)
    restored = not args.screenshot and window.offer_recovery()
    # Shown before the plan is read: laid out at its size first, the window draws the plan's
    # week once, for that size (nothing is painted until the event loop runs).
    window.show()
    # The file given, or the example, or on a first run a choice (example, template, file).
    if not restored and not window.start_with(args.file, example=args.example):
        return 2
    if not gc.isenabled():  # (off since __main__.py) what the start made is kept for the session:
        gc.freeze()  # left out of every later collection, so those stay short at campaign scale
        gc.enable()
        window.after_start(gc.freeze)  # and the panels made once the first frame is painted,
        # and the plan's records, read in the background then (a published campaign's 130,000)
        window.document.records_read.connect(gc.freeze, Qt.ConnectionType.SingleShotConnection)
    if single:  # listening once the first frame is painted: its module is not needed before
        window.after_start(lambda: _listen_for_launches(window))
    if args.screenshot:
        QTimer.singleShot(300, lambda: _save_screenshot(window, args.screenshot))
    return app.exec()


def _listen_for_launches(window: MainWindow) -> None:
    """Files opened from the desktop while this Planner runs come to its window."""
    server = InstanceServer(window)
    server.file_handed.connect(window.open_handed)
    server.listen()


def _save_screenshot(window: MainWindow, path: Path) -> None:
    ok = window.grab().save(str(path))
    print(f"saved {path}" if ok else f"could not save {path}", file=sys.stderr)
    # Leave without the unsaved-changes question: a screenshot run edits nothing. The plan's lock
    # is given back, as closing the window does (which would also keep this run's layout).
    window.document.close()
    QApplication.exit(0 if ok else 1)
