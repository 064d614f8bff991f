"""Make the README's screenshots at a laptop's 1280×800, in English and Spanish:
docs/screenshot-en.png and docs/screenshot-es.png (the example plan, a person in focus, a
turn left without a spokesperson), docs/assign-en.png / assign-es.png (the Assign dialog), and
docs/link-en.png / link-es.png (a volunteer's subscription link and QR code, over the window).

    Xvfb :99 -screen 0 1280x800x24 &  DISPLAY=:99 .venv/bin/python tools/screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from planner.domain.candidates import candidates
from planner.domain.edits import unassign_person
from planner.domain.records import FeedToken, PublishedEvent, Records
from planner.ui import i18n
from planner.ui.assign import AssignDialog
from planner.ui.link_dialog import LinkDialog
from planner.ui.main_window import MainWindow
from planner.ui.settings import Settings

DOCS = Path(__file__).resolve().parents[1] / "docs"


def main() -> int:
    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    app = QApplication(sys.argv[:1])
    translators = i18n.install_translators(app, language)  # kept alive while the app runs
    ini = Path(tempfile.mkdtemp()) / "planner.ini"
    window = MainWindow(Settings(QSettings(str(ini), QSettings.Format.IniFormat)))
    window.open_example()
    window.resize(1280, 800)
    window.show()
    document = window.document
    thursday = next(t for t in document.plan.turns if t.id == "turn-2025-04-10-1500")
    document.edit("Unassign", unassign_person, thursday.id, thursday.person_ids[0])
    panel = window.people_panel
    row = next(r for r in range(panel.model().rowCount()) if panel.model().index(r, 0).data() == "Tom Becker")
    panel.selectRow(row)

    def shoot() -> None:
        shot = window.grab()
        ok = shot.save(str(DOCS / f"screenshot-{language}.png"))
        print(f"window {shot.width()}×{shot.height()}", "saved" if ok else "NOT saved")
        turn = find_turn(window)
        dialog = AssignDialog(window, f"{turn.start:%a %H:%M}", candidates(document.plan, turn.id))
        dialog.show()
        QTimer.singleShot(300, lambda: finish(dialog))

    def finish(dialog: AssignDialog) -> None:
        shot = dialog.grab()
        shot.save(str(DOCS / f"assign-{language}.png"))
        print(f"assign {shot.width()}×{shot.height()}")
        dialog.close()
        link = LinkDialog(window, document, published_for(document, "Grace Kim"))
        link.show()
        QTimer.singleShot(300, lambda: finish_link(link))

    def finish_link(dialog: LinkDialog) -> None:
        shot = app.primaryScreen().grabWindow(0)  # the whole screen: the dialog over the window
        shot.save(str(DOCS / f"link-{language}.png"))
        print(f"link {shot.width()}×{shot.height()}")
        dialog.close()
        document.undo_stack.setClean()
        app.exit(0)

    QTimer.singleShot(600, shoot)
    code = app.exec()
    del translators
    return code


def published_for(document, name: str):
    """As if the plan had been published to a server (the example never is): its person."""
    person = next(p for p in document.plan.people if p.name == name)
    home, token = "https://calendars.example.org/dav/organizer/", "7f3c9a1e5b2d48c6a0e9f1d2c3b4a5e6"
    at = datetime.now(UTC)
    document.records = Records(
        published={(f"person-{token}", "x"): PublishedEvent(f"{home}person-{token}/x.ics", '"1"', "f", at)},
        tokens={person.id: FeedToken(token, at)},
    )
    return person


def find_turn(window: MainWindow):  # the turn left without anyone: what Assign is for
    return next(t for t in window.document.plan.turns if t.id == "turn-2025-04-10-1500")


if __name__ == "__main__":
    sys.exit(main())
