"""Cold start: a fresh Python to the first painted frame of the plan, against an empty window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_start.py [--repeat 5]

Each run is a new process (imports included). Reference: PySide6 imported, a QApplication and
an empty QMainWindow shown and painted. Ours: the app started as the `planner` command starts
it (`planner --example`, `planner FILE`: planner/__main__.py, its check for a Planner already
running, settings, translations, the main window shown, then the plan opened), until the grid's
first frame is painted — the plan's week on it, the side panels still empty docks — and until
the window is complete (the panels made and painted, as the app does once the first frame is
painted); for the bundled example and for the campaign (bench/campaign.py, saved as a .planner
first with the records a published campaign's file holds: 31,800 revisions, ~110,000 events on
the server). Goals, for the first frame: <= 1.5x for the example, <= 2.5x for the campaign. Also
shown, with no goal: a floor, plain Qt painting a week of text, which no app with text on its
grid goes below. Medians with min-max, the runs of every row interleaved.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REFERENCE = """
import time; started = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow(); window.resize(1280, 800); window.show(); app.processEvents(); window.grab()
print(time.perf_counter() - started)
"""

# Not a goal's reference, a floor to read the ratios by: any calendar app with text on its
# grid pays at least this beyond the empty window (the first text drawn loads the fonts).
# Plain Qt, no Planner: a window whose widget paints a week's headers, hour labels and 100
# labelled rectangles.
TEXT_FLOOR = """
import time; started = time.perf_counter()
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
class Week(QWidget):
    def paintEvent(self, event):
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        for day in range(7):
            painter.drawText(QRectF(60 + day * 170, 0, 170, 30), Qt.AlignmentFlag.AlignCenter, f"Mon {day + 7} Apr")
        for hour in range(24):
            painter.drawText(QRectF(0, 30 + hour * 30, 55, 30), Qt.AlignmentFlag.AlignRight, f"{hour}:00")
        for i in range(100):
            box = QRectF(60 + (i % 7) * 170, 40 + (i // 7) * 50, 160, 45)
            painter.fillRect(box, QColor("#9ec5fe"))
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft, f"Spokesperson {i}\\n10:00-10:30")
app = QApplication([])
window = QMainWindow(); window.setCentralWidget(Week()); window.resize(1280, 800); window.show()
app.processEvents(); window.grab()
print(time.perf_counter() - started)
"""

OURS = """
import sys, time; started = time.perf_counter()
import gc
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
# The app as the `planner` command starts it (planner/__main__.py). Its QApplication made here
# first (app.py takes the one there is); the collector off as __main__ turns it off, since the
# window's module is imported here first, to watch for the first frame where the app itself
# does: its hook on the grid alone, called once the grid's first frame is painted (the plan's
# week on it, the side panels' docks still empty), which makes the panels (finish_start).
# Not a filter on every object's events, as this bench had: that routes all of the start's
# events through Python, and made the start it timed 12-18 ms slower than it is.
gc.disable()
app = QApplication([sys.argv[0]])
times = []
from planner.ui.main_window import window as main_window
finish_start = main_window.MainWindow.finish_start

def complete(window):  # the panels made and painted
    app.processEvents(); window.grab()
    times.append(time.perf_counter() - started)
    app.exit(0)

def first_frame(window):
    if not times:
        times.append(time.perf_counter() - started)
        QTimer.singleShot(0, lambda: complete(window))
    finish_start(window)

main_window.MainWindow.finish_start = first_frame
from planner.__main__ import main
main(sys.argv[1:])
print(*times)
"""


# The app's settings, recovery folder and single-instance socket in a home of the bench's own:
# no Planner the machine runs takes the file, and no setting of the organizer's weighs on a run.
HOME = Path(tempfile.mkdtemp(prefix="planner-bench-home-"))


def run(code: str, *args: str) -> list[float]:
    from campaign import command_env  # (bench/ is on the path once main() runs)

    env = command_env() | {"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}  # (bytecode as installed)
    env |= {name: str(HOME / name.lower()) for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "TMPDIR")}
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True)
    return [float(t) for t in done.stdout.strip().splitlines()[-1].split()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).parent))
    from campaign import campaign, ms, records_after_publishing
    from planner.storage import save_any

    folder = Path(tempfile.mkdtemp())
    plan_file = folder / "campaign.planner"
    plan = campaign()
    save_any(plan, plan_file, records_after_publishing(plan))  # as a campaign's file is once published
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "TMPDIR"):
        (HOME / name.lower()).mkdir()
    targets = {"the example": ("--example", 1.5), "the campaign": (str(plan_file), 2.5)}
    run(REFERENCE), run(TEXT_FLOOR), run(OURS, "--example")  # byte-compiles them, untimed
    # Interleaved, one of each per round, so a machine slowing down or speeding up in the
    # middle of the bench weighs on every row alike.
    times: dict[str, list[float]] = {"reference": [], "floor": [], **{name: [] for name in targets}}
    complete: dict[str, list[float]] = {name: [] for name in targets}  # the window with its panels
    for _ in range(args.repeat):
        times["reference"] += run(REFERENCE)
        times["floor"] += run(TEXT_FLOOR)
        for name, (target, _goal) in targets.items():
            first, whole = run(OURS, target)
            times[name].append(first)
            complete[name].append(whole)
    reference = statistics.median(times["reference"])
    print(f"reference, an empty QMainWindow painted: {ms(times['reference'])}")
    floor = statistics.median(times["floor"]) / reference
    print(f"floor, plain Qt painting a week of text (no goal): {ms(times['floor'])}; {floor:.2f}x")
    for name, (_target, goal) in targets.items():
        ratio = statistics.median(times[name]) / reference
        print(f"{name}, first frame (grid painted): {ms(times[name])}; {ratio:.2f}x (goal <= {goal}x)")
        whole = statistics.median(complete[name]) / reference
        print(f"{name}, window complete (panels painted; no goal): {ms(complete[name])}; {whole:.2f}x")


if __name__ == "__main__":
    main()
