"""Grid speed: opening a six-month campaign, and repainting its busiest week.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_grid.py [--frames 50]

Open: the time from choosing the file to the window showing it (load, warnings, grid, panels),
as a ratio to loading the same file alone (the part no UI can skip). Repaint: one frame of the
grid on its busiest week (bench/campaign.py: every site's windows and turns, and that week's
shifts), the median of many, against a baseline in the same run: a bare QGraphicsView of the
same size painting plain rectangles at the same places. Targets: a frame under 16 ms; opening without a visible pause.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene, QGraphicsView

from campaign import campaign, describe
from planner.storage import load_document, save_any
from planner.ui.calendar_view import BlockKind
from planner.ui.main_window import MainWindow
from planner.ui.settings import Settings


def frame_ms(widget, frames: int) -> float:
    times = []
    for _ in range(frames):
        started = time.perf_counter()
        widget.repaint()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=50)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    plan = campaign()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "campaign.planner"
        save_any(plan, path)
        started = time.perf_counter()
        load_document(path)
        load_s = time.perf_counter() - started
        window = MainWindow(Settings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)))
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        started = time.perf_counter()
        window.open_path(path)
        window.repaint()  # the first frame of the opened plan
        open_s = time.perf_counter() - started
        while window.document.known_warnings() is None:  # checked in the background meanwhile
            app.processEvents()
            time.sleep(0.005)
        app.processEvents()
        checked_s = time.perf_counter() - started
    print(f"campaign: {describe(plan)}")
    print(f"  open and show {open_s * 1000:.0f} ms = {open_s / load_s:.2f}x loading the file alone "
          f"({load_s * 1000:.0f} ms); the window's own share {max(0.0, open_s - load_s) * 1000:.0f} ms; "
          f"{len(window.document.warnings()):,} warnings in after {checked_s * 1000:.0f} ms, "
          "checked in the background")  # fmt: skip

    grid = window.grid
    busiest = Counter(s.start.date() for s in plan.shifts).most_common(1)[0][0]
    grid.show_week(busiest)
    app.processEvents()
    blocks = grid.blocks()
    kinds = Counter(b.kind for b in blocks)
    grid.rebuild()  # fresh blocks, nothing cached yet
    blocks = grid.blocks()
    started = time.perf_counter()
    grid.viewport().repaint()
    first = (time.perf_counter() - started) * 1000
    ours = frame_ms(grid.viewport(), args.frames)

    scene = QGraphicsScene()
    scene.setSceneRect(grid.sceneRect())
    for block in blocks:
        item = QGraphicsRectItem(block.rect())
        item.setBrush(QBrush(QColor("#2f5d9e")))
        scene.addItem(item)
    bare = QGraphicsView(scene)
    bare.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    bare.resize(grid.size())
    bare.show()
    app.processEvents()
    baseline = frame_ms(bare.viewport(), args.frames)
    print(f"busiest week ({grid.week:%d %b}): {len(blocks):,} items ({kinds[BlockKind.TURN]} turns, "
          f"{kinds[BlockKind.SHIFT]} shifts, {kinds[BlockKind.WINDOW]} windows), viewport "
          f"{grid.viewport().width()}x{grid.viewport().height()}")  # fmt: skip
    print(f"  repaint {ours:.2f} ms a frame (target < 16 ms) = {ours / baseline:.2f}x plain rectangles "
          f"({baseline:.2f} ms); the week's first frame, before the blocks are cached, {first:.1f} ms")  # fmt: skip
    window.document.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
