"""Make docs/screenshot-editing.png: the example after a morning of edits, as the README shows it.

    Xvfb :99 -screen 0 1600x1000x24 &  DISPLAY=:99 .venv/bin/python tools/screenshot_edited.py

Edits made through the same paths the user's mouse takes (document edits, one undo step
each): Rafael Ortiz is dropped on Tuesday 12:00 beside Priya Natarajan, a Wednesday turn is
moved half an hour, Thursday 15:00 loses its spokesperson (a warning), and a Friday setup
shift is selected; the undo history is shown.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from planner.domain.edits import assign_person, move_item, unassign_person
from planner.domain.model import PersonId
from planner.ui.main_window import MainWindow
from planner.ui.settings import Settings

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshot-editing.png"


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = MainWindow(Settings(QSettings("/tmp/planner-screenshot.ini", QSettings.Format.IniFormat)))
    window.open_example()
    window.resize(1280, 800)
    window.show()
    document, zone = window.document, window.document.plan.zone
    document.edit("Assign Rafael Ortiz", assign_person, "turn-2025-04-08-1200", PersonId("sp-rafael-ortiz"))
    document.edit(
        "Move turn to Wed 14:30", move_item, "turn-2025-04-09-1400", datetime(2025, 4, 9, 14, 30, tzinfo=zone)
    )
    thursday = next(t for t in document.plan.turns if t.id == "turn-2025-04-10-1500")
    document.edit("Unassign", unassign_person, thursday.id, thursday.person_ids[0])
    window.grid.select_item("shift-2025-04-11-setup-0700")
    window.history_dock.raise_()

    def shoot() -> None:
        ok = window.grab().save(str(OUT))
        print(f"saved {OUT}" if ok else f"could not save {OUT}")
        document.undo_stack.setClean()
        app.exit(0 if ok else 1)

    QTimer.singleShot(400, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
