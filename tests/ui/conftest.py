"""Qt fixtures: isolated settings, and the main window on the bundled example."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, QSettings, QStandardPaths, QTranslator
from PySide6.QtWidgets import QApplication, QDialog

from planner.ui.i18n import install_translators
from planner.ui.main_window import MainWindow
from planner.ui.settings import Settings


@pytest.fixture(scope="session", autouse=True)
def _english_as_the_app_starts(qapp):
    """The app installs its English plural forms ("1 shift", "2 shifts") at start: so here."""
    translators = install_translators(qapp, "en")
    yield translators


@pytest.fixture(autouse=True)
def _qt_test_paths():
    QStandardPaths.setTestModeEnabled(True)
    # Dates in English whatever the machine's locale (a test may switch to Spanish).
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture
def spanish(qapp) -> Callable[[], contextlib.AbstractContextManager[list[QTranslator]]]:
    """`with spanish():` the app speaks Spanish (its translation and Qt's, day and month
    names), and English again after, whatever happens inside."""

    @contextlib.contextmanager
    def speaking() -> Iterator[list[QTranslator]]:
        app = QApplication.instance()
        translators = install_translators(app, "es")
        try:
            yield translators
        finally:
            for translator in translators:
                app.removeTranslator(translator)
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))

    return speaking


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def starting_window(qtbot, settings) -> Callable[[], MainWindow]:
    """Makes windows as app.py's start makes its own: staged (the grid first, the panels once
    it has painted), 1280×800, shown before any plan is opened or made."""

    def make() -> MainWindow:
        window = MainWindow(settings, staged=True)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        return window

    return make


@pytest.fixture
def window(qtbot, settings) -> MainWindow:
    # Not qtbot.addWidget: pytest-qt would close it before this teardown, while a test may
    # have left unsaved changes, and the real "Save changes?" box would block the run.
    win = MainWindow(settings)
    win.run_dialog = lambda dialog: QDialog.DialogCode.Rejected  # an editor never blocks a test
    win.open_example()
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.document.undo_stack.setClean()
    win.document.finish_export()  # (else the window would wait for it to close)
    win.close()
    win.deleteLater()


@pytest.fixture
def export_to(qtbot):
    """`window.export_to(folder)` waited for (File ▸ Export Calendars writes in the background)."""

    def export(window: MainWindow, folder) -> bool:
        if not window.export_to(folder):
            return False
        qtbot.waitUntil(lambda: not window.document.exporting, timeout=20_000)
        return True

    return export


@pytest.fixture
def listed(qtbot):
    """`listed(OutboxDialog(...))`, once it shows what is owed (worked out in the background)."""

    def wait(outbox):
        qtbot.addWidget(outbox)
        qtbot.waitUntil(lambda: not outbox.working, timeout=30_000)
        return outbox

    return wait
