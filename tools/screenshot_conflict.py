"""Make the README's picture of a conflict being settled, at 1280×800, in English and Spanish:
docs/conflict-en.png / conflict-es.png — the example plan shared with a team, Ana Morales and
this organizer having moved the same shift differently: File ▸ Conflicts… over the window, the
shift marked on the grid above it.

    Xvfb :99 -screen 0 1280x800x24 &  DISPLAY=:99 .venv/bin/python tools/screenshot_conflict.py en

The plan's link points at a server that is not there (port 9): the picture needs no server, and
the title bar shows the conflict before the (failing) sync would say "offline".
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from planner.domain.edits import retime_item
from planner.domain.sync_state import Conflict, SyncedObject, SyncState
from planner.resources import example_plan_path
from planner.storage import load_any, load_document, save_any, save_synced
from planner.storage.plan_objects import split_plan, text
from planner.ui import i18n
from planner.ui.main_window import MainWindow
from planner.ui.settings import ORGANIZER_NAME, Settings
from planner.ui.team_dialogs import ConflictsDialog

DOCS = Path(__file__).resolve().parents[1] / "docs"
SHIFT = "shift-2025-04-08-marshal-1000"


def shared_plan_with_a_conflict(folder: Path) -> Path:
    url = "http://127.0.0.1:9/dav/organizer/planner-example-kp-la-hunger-strike-2025/"
    plan = load_any(example_plan_path())
    objects = split_plan(plan)
    at = datetime(2025, 4, 2, 16, 20, tzinfo=UTC)
    synced = {key: SyncedObject(f"{url}{key.replace(':', '_3a')}.ics", '"1"', content, "Ana Morales", at)
              for key, content in objects.items()}  # fmt: skip
    key = f"shift:{SHIFT}"
    theirs = json.loads(objects[key])
    theirs.update(start="2025-04-08T11:00", end="2025-04-08T13:00")
    shift = plan.shifts[plan.shift_positions[SHIFT]]
    mine = retime_item(plan, SHIFT, shift.start - timedelta(minutes=30), shift.end)
    conflict = Conflict(text(theirs), '"2"', ("end", "start"), "Ana Morales", at)
    path = folder / "hunger-strike.planner"
    save_any(mine, path)
    state = SyncState(url, "organizer", "", synced, {key: conflict}, at)
    save_synced(path, mine, mine, load_document(path)[1], state, None)
    return path


def main() -> int:
    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    app = QApplication(sys.argv[:1])
    translators = i18n.install_translators(app, language)
    folder = Path(tempfile.mkdtemp())
    settings = Settings(QSettings(str(folder / "planner.ini"), QSettings.Format.IniFormat))
    settings.set(ORGANIZER_NAME, "Sam")
    window = MainWindow(settings)
    window.team.sync_now = lambda: None  # type: ignore[method-assign]  # no server behind the picture
    window.open_path(shared_plan_with_a_conflict(folder))
    window.resize(1280, 800)
    window.show()

    def shoot() -> None:
        # The dialog below the grid's morning: the shift it lists is marked on the grid above
        # (a red corner; its tooltip says theirs and mine).
        dialog = ConflictsDialog(window, window.team, window.document.plan)
        dialog.resize(900, 230)
        dialog.move(window.geometry().left() + 60, window.geometry().top() + 500)
        dialog.show()
        QTimer.singleShot(600, lambda: finish(dialog))

    def finish(dialog: ConflictsDialog) -> None:
        shot = app.primaryScreen().grabWindow(0)
        shot.save(str(DOCS / f"conflict-{language}.png"))
        print(f"conflict {shot.width()}×{shot.height()} title: {window.windowTitle()}")
        dialog.close()
        app.exit(0)

    QTimer.singleShot(800, shoot)
    code = app.exec()
    del translators
    return code


if __name__ == "__main__":
    sys.exit(main())
