"""The main window at a laptop's 1280×800, in English and Spanish, saved for review: into
$PLANNER_SCREENSHOTS when set (e.g. by a reviewer), else into the test's temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from planner.ui.i18n import install_translators
from planner.ui.main_window import MainWindow
from planner.ui.settings import Settings


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_main_window_at_1280_by_800_is_saved_for_review(qtbot, tmp_path, language):
    translators = install_translators(QApplication.instance(), language) if language != "en" else []
    try:
        window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
        qtbot.addWidget(window)
        window.open_example()
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        QApplication.processEvents()
        shot = window.grab()
        folder = Path(os.environ.get("PLANNER_SCREENSHOTS") or tmp_path)
        folder.mkdir(parents=True, exist_ok=True)
        assert shot.save(str(folder / f"main-window-{language}.png"))
        # Nothing made the window wider or taller than the screen (a long Spanish label would).
        assert (shot.width(), shot.height()) == (1280, 800)
        image = shot.toImage()
        colours = {image.pixel(x, y) for x in range(0, 1280, 40) for y in range(100, 700, 40)}
        assert len(colours) > 5, "the grid was drawn"
        assert window.grid.day_columns() and all(c.width >= 120 for c in window.grid.day_columns())
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[0] == ("&File" if language == "en" else "&Archivo")
        window.document.undo_stack.setClean()
    finally:
        for translator in translators:
            QApplication.instance().removeTranslator(translator)
