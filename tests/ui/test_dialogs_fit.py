"""Every dialog, and the main window, fits a 1280×800 laptop screen in English and Spanish,
and none of its labels, check boxes or buttons is cut short at the size it opens with."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QTableView,
    QWidget,
)

from planner.domain.candidates import candidates
from planner.domain.checks import check_plan
from planner.domain.ledger import draft_release
from planner.domain.merging import Merge
from planner.ui import editors
from planner.ui.agenda import AgendaDialog
from planner.ui.assign import AssignDialog
from planner.ui.i18n import install_translators
from planner.ui.import_preview import ImportPreviewDialog
from planner.ui.link_dialog import LinkDialog
from planner.ui.messages import TEXT_FIELD_MAX_WIDTH
from planner.ui.outbox import OutboxDialog, SmtpDialog
from planner.ui.press import JournalistDialog, ReleaseDialog, ReleaseHistoryDialog
from planner.ui.publish_dialog import PublishDialog
from planner.ui.rotation import RotationDialog
from planner.ui.run_sheet_dialog import RunSheetDialog
from planner.ui.start_screen import StartScreen
from planner.ui.team_dialogs import CloneDialog, ShareDialog

SCREEN = (1280, 800)


def _dialogs(window) -> dict[str, QDialog]:
    plan, document = window.document.plan, window.document
    turn, shift, person = plan.turns[0], plan.shifts[0], plan.people[0]
    span = (plan.days[0].date, plan.days[-1].date)
    draft = draft_release(plan, "", datetime(2025, 4, 1, tzinfo=UTC), (), {})
    merge = Merge(plan.people, [1], [2], [4], [(3, "kind 'boss' is neither spokesperson nor volunteer")],
                  {1: "Ana Morales, LCSW", 2: "Tom Becker", 3: "Gus", 4: "Beth Lawson"})  # fmt: skip
    gone: Any = SimpleNamespace(shared=True, who="")  # a shared plan gone from its server: shared anew, or joined
    return {
        "turn": editors.TurnDialog(window, plan, turn),
        "shift": editors.ShiftDialog(window, plan, shift),
        "window": editors.WindowDialog(window, plan, plan.days[0].windows[0]),
        "location": editors.LocationDialog(window, plan.locations[0]),
        "person": editors.PersonDialog(window, person),
        "role": editors.RoleDialog(window, plan.roles[0]),
        "details": editors.PlanDetailsDialog(window, plan),
        "copy day": editors.CopyDayDialog(window, plan, plan.days[0].date),
        "go to date": editors.GoToDateDialog(window, plan.days[0].date),
        "journalist": JournalistDialog(window, plan.journalists[0]),
        "release": ReleaseDialog(window, draft, check_plan(plan)),
        "release history": ReleaseHistoryDialog(window, document),
        "outbox": OutboxDialog(window, document, window.settings),
        "smtp": SmtpDialog(window, window.settings),
        "import preview": ImportPreviewDialog(window, "Import people — people.csv", merge),
        "assign": AssignDialog(window, "Who takes the turn Mon 7 Apr 08:00–09:00?", candidates(plan, turn.id)),
        "publish": PublishDialog(window, document, window.settings),
        "link": _link_dialog(window, person),
        "rotation": RotationDialog(window, document),
        "repair": RotationDialog(window, document, repair=True),
        "agenda": AgendaDialog(window, plan, plan.days[0].date),
        "run sheet": RunSheetDialog(window, span, span, plan.locations, None),
        "start": StartScreen(window, window.settings),
        "share": ShareDialog(window, window.settings, window.team, Path("strike.planner")),
        # (a shared plan gone from its server: shared anew, or joined where a teammate did)
        "share anew": ShareDialog(window, window.settings, gone, Path("strike.planner")),
        "open shared": CloneDialog(window, window.settings, window.team, str(Path.home())),
    }


def _link_dialog(window, person) -> QDialog:
    """With a link and its QR code showing (as after a publish): the dialog at its tallest."""
    from tests.publish.test_schedule_mail import published

    window.document.keep_records(published(window.document.plan))
    dialog = LinkDialog(window, window.document, person)
    assert dialog.link.text() and not dialog.qr.pixmap().isNull()
    return dialog


def _cut_short(dialog: QDialog) -> list[str]:
    """The texts shown narrower than they need (a label without word wrap, one with it less
    high than its lines need, a button, a field's text that fits a dialog, or the hint an
    empty one shows, a list's lines)."""
    cut = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLineEdit) and (widget.text() or widget.placeholderText()):
            shown = widget.text() or widget.placeholderText()
            needed = widget.fontMetrics().horizontalAdvance(shown)
            if needed < TEXT_FIELD_MAX_WIDTH - 40 and widget.width() < needed + 8:
                cut.append(f"field {shown!r}: {widget.width()} < {needed + 8}")
            continue
        if isinstance(widget, QTableView) and widget.horizontalScrollBar().isVisible():
            header = widget.horizontalHeader()
            titles = [header.model().headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())]
            cut.append(f"table of {titles}: {widget.viewport().width()} < {header.length()}")
            continue
        if isinstance(widget, QListView) and widget.model() is not None and widget.model().rowCount():
            if widget.viewport().width() < widget.sizeHintForColumn(0):
                cut.append(f"list of {widget.model().index(0, 0).data()!r}…: {widget.viewport().width()} "
                           f"< {widget.sizeHintForColumn(0)}")  # fmt: skip
            continue
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            if widget.height() < widget.heightForWidth(widget.width()):  # (its last lines cut off)
                cut.append(f"label {widget.text()!r}: {widget.height()} < {widget.heightForWidth(widget.width())} high")
        elif isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            if widget.width() < widget.minimumSizeHint().width():
                cut.append(f"label {widget.text()!r}: {widget.width()} < {widget.minimumSizeHint().width()}")
        elif (
            isinstance(widget, QAbstractButton) and widget.text() and widget.width() < widget.minimumSizeHint().width()
        ):
            cut.append(f"button {widget.text()!r}")
    return cut


def _shown_ampersands(dialog: QDialog) -> list[str]:
    """Labels whose & (an Alt key, "Save the copy &as:") has no field to take it to: Qt shows
    the & itself (a form row of a field and a button, added as a layout, gets no buddy)."""
    return [label.text() for label in dialog.findChildren(QLabel)
            if label.isVisible() and label.buddy() is None and "&" in label.text().replace("&&", "")
            and label.textFormat() != Qt.TextFormat.RichText]  # fmt: skip


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_dialog_fits_the_screen_and_shows_its_words_whole(window, qtbot, language):
    translators = install_translators(QApplication.instance(), language) if language != "en" else []
    try:
        for name, dialog in _dialogs(window).items():
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            size = dialog.frameGeometry().size()
            assert size.width() <= SCREEN[0] and size.height() <= SCREEN[1], (name, size)
            least = dialog.minimumSizeHint()  # what its layout cannot do without
            assert least.width() <= SCREEN[0] and least.height() <= SCREEN[1], (name, least)
            assert not _cut_short(dialog), (name, _cut_short(dialog))
            assert not _shown_ampersands(dialog), (name, _shown_ampersands(dialog))
            dialog.close()
        assert window.width() <= SCREEN[0] and window.minimumSizeHint().width() <= SCREEN[0]
    finally:
        for translator in translators:
            QApplication.instance().removeTranslator(translator)


def test_a_hostile_long_name_leaves_the_rotation_dialog_on_the_screen(window, qtbot):
    """The limits table is as wide as its columns, up to a point: a name from a file may be
    any length."""
    from dataclasses import replace

    plan = window.document.plan
    person = plan.spokespeople[0]
    window.document.edit("Rename", lambda p: replace(p, people=tuple(
        replace(x, name="Ana " * 120) if x.id == person.id else x for x in p.people)))  # fmt: skip
    dialog = RotationDialog(window, window.document)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.minimumSizeHint().width() <= SCREEN[0] and dialog.frameGeometry().width() <= SCREEN[0]
    window.document.undo_stack.setClean()


def test_hostile_long_names_and_addresses_leave_every_dialog_and_the_window_on_the_screen(window, qtbot):
    """Names, titles and addresses come from files anyone can write: 300 letters each, and
    every dialog (and the window) still fits a laptop's screen."""
    from dataclasses import replace

    long = "Wolfeschlegelsteinhausenbergerdorff " * 8
    window.document.edit("Hostile", lambda p: replace(
        p, title=long, organization=long,
        people=tuple(replace(x, name=long, title=long) for x in p.people),
        locations=tuple(replace(x, name=long, address=long) for x in p.locations),
        roles=tuple(replace(x, name=long) for x in p.roles),
        journalists=tuple(replace(x, name=long, outlet=long) for x in p.journalists)))  # fmt: skip
    try:
        for name, dialog in _dialogs(window).items():
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            least, size = dialog.minimumSizeHint(), dialog.frameGeometry().size()
            assert least.width() <= SCREEN[0] and least.height() <= SCREEN[1], (name, least)
            assert size.width() <= SCREEN[0] and size.height() <= SCREEN[1], (name, size)
            dialog.close()
        assert window.minimumSizeHint().width() <= SCREEN[0], window.minimumSizeHint()
    finally:
        window.document.undo_stack.setClean()
