"""Generating and repairing the rotation in the app: proposal beside the plan, one undo step."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate

from planner.domain.checks import check_plan
from planner.domain.health import limits_for
from planner.ui.calendar_view import BlockKind
from planner.ui.rotation import RotationDialog


def test_generate_shows_the_proposal_beside_the_plan_and_accepts_as_one_undo_step(window, qtbot):
    plan = window.document.plan
    window.document.show_plan(replace(plan, turns=tuple(replace(t, person_ids=()) for t in plan.turns)))
    bare = window.document.plan
    dialog = RotationDialog(window, window.document)
    qtbot.addWidget(dialog)
    assert dialog.limits.rowCount() == len(plan.spokespeople)
    assert dialog.limits.item(0, 1).text() == "striker" and dialog.limits.item(0, 2).text() == "3"
    assert not dialog.limits.editTriggers() & dialog.limits.EditTrigger.DoubleClicked  # shown, not edited here
    assert not dialog.person.isVisibleTo(dialog) and not dialog.from_date.isVisibleTo(dialog)  # a repair's only
    with qtbot.waitSignal(dialog.solved, timeout=30_000):
        dialog.solve()
    assert dialog.accept_button.isEnabled()
    proposed = dialog.proposed.blocks(BlockKind.TURN)
    assert len(proposed) == 44 and all(b.label != "No spokesperson" for b in proposed)
    assert window.document.plan is bare  # unchanged until accepted
    assert "turns changed" in dialog.report.toPlainText()
    dialog.accept()
    assert check_plan(window.document.plan) == []
    assert window.document.undo_stack.undoText() == "Generate rotation"
    window.document.undo_stack.undo()
    assert window.document.plan == bare


def test_repair_after_absence_changes_only_that_persons_turns(window, qtbot):
    before = window.document.plan
    dialog = RotationDialog(window, window.document, repair=True)
    qtbot.addWidget(dialog)
    dialog.person.setCurrentIndex(dialog.person.findText("Tom Becker"))
    dialog.from_date.setDate(QDate(2025, 4, 9))
    with qtbot.waitSignal(dialog.solved, timeout=30_000):
        dialog.solve()
    outlined = {b.item_id for b in dialog.proposed.blocks(BlockKind.TURN) if b.highlighted}
    dialog.accept()
    after = window.document.plan
    assert outlined == {a.id for a, b in zip(before.turns, after.turns, strict=True) if a.person_ids != b.person_ids}
    changed = [(a, b) for a, b in zip(before.turns, after.turns, strict=True) if a.person_ids != b.person_ids]
    assert changed and all("sp-tom-becker" in a.person_ids for a, _b in changed)
    assert all(a.start.day >= 9 for a, _b in changed)
    assert check_plan(after) == []


def test_an_impossible_rotation_is_explained_and_cannot_be_accepted(window, qtbot):
    plan = window.document.plan
    tired = tuple(replace(p, limits=replace(limits_for(p), max_minutes_per_day=60)) for p in plan.people)
    window.document.show_plan(replace(plan, people=tired))
    dialog = RotationDialog(window, window.document)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.solved, timeout=30_000):
        dialog.solve()
    assert not dialog.accept_button.isEnabled()
    assert "Cannot cover the media window" in dialog.report.toPlainText()


def test_the_limits_table_passes_the_model_tester(window, qtbot, qtmodeltester):
    dialog = RotationDialog(window, window.document)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.limits.model())


def test_the_dialog_fits_the_screen_it_opens_on(window, qtbot):
    dialog = RotationDialog(window, window.document)
    qtbot.addWidget(dialog)
    room = window.screen().availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    assert dialog.windowTitle() == "Generate rotation" and dialog.solve_button.text() == "Generate"


def test_the_limits_are_written_with_the_apps_decimal_comma_in_spanish(window, qtbot):
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("es_ES"))
    try:
        dialog = RotationDialog(window, window.document)
        qtbot.addWidget(dialog)
        rest = {dialog.limits.item(r, 4).text() for r in range(dialog.limits.rowCount())}
        assert "0,5" in rest and "0.5" not in rest
    finally:
        QLocale.setDefault(QLocale("en_US"))


def test_the_proposal_grid_shows_the_plans_known_warnings_without_checking_it_again(window, qtbot, monkeypatch):
    """A campaign's warnings are worked out in the background (most of a second of the CPU):
    the proposal grid, showing the same plan, takes them from the plan's own document, and
    its items by day from the window's grid (a campaign's 30,000 gone through: ~50 ms)."""
    from planner.ui import document as document_module
    from planner.ui.calendar_view import scene

    monkeypatch.setattr(document_module, "CHECK_IN_BACKGROUND", 0)  # the example checked as a campaign is
    plan = window.document.plan
    bare = replace(plan, turns=tuple(replace(t, person_ids=()) for t in plan.turns))  # warned: nobody on turns
    window.document.show_plan(bare)
    qtbot.waitUntil(lambda: window.document.known_warnings() is not None, timeout=10_000)
    known = window.document.known_warnings()
    assert known
    checked = []
    monkeypatch.setattr(document_module, "check_plan", lambda plan, stop=None: checked.append(plan) or [])
    window.grid.rebuild()  # (the window's grid has the plan's index)
    indexed, made = [], scene.PlanIndex.__init__
    monkeypatch.setattr(scene.PlanIndex, "__init__", lambda index, plan: indexed.append(plan) or made(index, plan))
    dialog = RotationDialog(window, window.document)
    qtbot.addWidget(dialog)
    assert indexed == []
    assert dialog._proposed_document.known_warnings() is known
    warned, shown = {w.item_id for w in known}, {b.item_id for b in dialog.proposed.blocks()}
    assert warned & shown  # (some of the week's blocks are warned: the check below means something)
    assert {b.item_id for b in dialog.proposed.blocks() if b.warnings} == warned & shown
    qtbot.wait(document_module.CHECK_AFTER_MS + 100)
    assert checked == []  # no second check of the same plan
