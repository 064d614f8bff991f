"""The editors, and an undo round trip (do, undo, compare, redo) for every kind of edit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
)

from planner.domain import edits
from planner.domain.model import (
    Contact,
    Location,
    LocationId,
    Person,
    PersonId,
    PersonKind,
    Role,
    RoleId,
    SpeakerRole,
)
from planner.ui.editors import (
    CopyDayDialog,
    LocationDialog,
    PersonDialog,
    PlanDetailsDialog,
    RoleDialog,
    ShiftDialog,
    TurnDialog,
    WindowDialog,
)
from planner.ui.people_picker import PeoplePicker

TURN = "turn-2025-04-07-0900"
SHIFT = "shift-2025-04-07-setup-0700"


def at(plan, day, hour):
    return datetime(2025, 4, day, hour, tzinfo=plan.zone)


EDITS = {
    "move": lambda p: (edits.move_item, TURN, at(p, 7, 11)),
    "resize": lambda p: (edits.retime_item, SHIFT, at(p, 7, 6), at(p, 7, 9)),
    "assign": lambda p: (edits.assign_person, SHIFT, PersonId("vol-beth-lawson")),
    "unassign": lambda p: (edits.unassign_person, TURN, PersonId("sp-ana-morales")),
    "delete": lambda p: (edits.remove_items, [TURN, SHIFT]),
    "edit item": lambda p: (edits.put_item, replace(edits.find_item(p, TURN), pinned=True)),
    "copy day": lambda p: (edits.copy_day, date(2025, 4, 7), [date(2025, 4, 12), date(2025, 4, 13)]),
    "edit window": lambda p: (edits.put_window, replace(p.days[0].windows[0], language="Spanish", needed=2)),
    "remove window": lambda p: (edits.remove_window, p.days[0].windows[0].id),
    "edit person": lambda p: (edits.put_person, replace(p.people[0], name="Ana M.")),
    "edit location": lambda p: (edits.put_location, Location(LocationId("loc-2"), "Second site", "1 Elm St")),
    "edit role": lambda p: (edits.put_role, Role(RoleId("role-medic"), "Medic")),
    "remove person": lambda p: (edits.remove_person, PersonId("sp-ana-morales")),
    "day note": lambda p: (edits.set_day_note, date(2025, 4, 7), "March to City Hall at noon"),
    "plan details": lambda p: (edits.set_details, "Vigil", "Union", "", "America/New_York", Contact("Rae"), "es"),
}


@pytest.mark.parametrize("kind", EDITS)
def test_every_kind_of_edit_undoes_to_the_same_plan_and_redoes(window, kind):
    document = window.document
    before = document.plan
    change, *args = EDITS[kind](before)
    assert document.edit(kind, change, *args)
    after = document.plan
    assert after != before and window.isWindowModified()
    document.undo_stack.undo()
    assert document.plan == before and not window.isWindowModified()
    document.undo_stack.redo()
    assert document.plan == after


def test_a_new_time_zone_keeps_the_wall_clock_times(example_plan):
    moved = edits.set_details(example_plan, "x", "", "", "America/New_York", example_plan.press_contact, "en")
    turn = edits.find_item(moved, TURN)
    assert (turn.start.hour, str(turn.start.tzinfo)) == (9, "America/New_York")


def fields(dialog):
    """The controls the editor itself put in (not the parts Qt builds inside them)."""
    kinds = (QLineEdit, QComboBox, QAbstractSpinBox, QCheckBox, QPlainTextEdit, QListWidget, PeoplePicker)
    found = {w for kind in kinds for w in dialog.findChildren(kind)}
    return [w for w in found if w.parent() is dialog]


DIALOGS = {
    "turn": lambda w, p: TurnDialog(w, p, edits.find_item(p, TURN)),
    "shift": lambda w, p: ShiftDialog(w, p, edits.find_item(p, SHIFT)),
    "window": lambda w, p: WindowDialog(w, p, p.days[0].windows[0]),
    "location": lambda w, p: LocationDialog(w, p.locations[0]),
    "person": lambda w, p: PersonDialog(w, p.people[0]),
    "role": lambda w, p: RoleDialog(w, p.roles[0]),
    "plan": lambda w, p: PlanDetailsDialog(w, p),
    "copy day": lambda w, p: CopyDayDialog(w, p, date(2025, 4, 7)),
}


@pytest.mark.parametrize("kind", DIALOGS)
def test_every_editor_control_has_an_accessible_name_and_unchanged_it_changes_nothing(window, qtbot, kind):
    plan = window.document.plan
    dialog = DIALOGS[kind](window, plan)
    qtbot.addWidget(dialog)
    controls = fields(dialog)
    assert controls and all(c.accessibleName() for c in controls), [type(c).__name__ for c in controls]
    result = {
        "turn": lambda: dialog.result_turn() == edits.find_item(plan, TURN),
        "shift": lambda: dialog.result_shift() == edits.find_item(plan, SHIFT),
        "window": lambda: dialog.result_window() == plan.days[0].windows[0],
        "location": lambda: dialog.result_location() == plan.locations[0],
        "person": lambda: dialog.result_person() == plan.people[0],
        "role": lambda: dialog.result_role() == plan.roles[0],
        "plan": lambda: edits.set_details(plan, *dialog.result_details()) == plan,
        "copy day": lambda: dialog.result_days() == (date(2025, 4, 7), []),
    }[kind]
    assert result()


def test_tab_moves_through_an_editor_in_order(window, qtbot):
    dialog = TurnDialog(window, window.document.plan, edits.find_item(window.document.plan, TURN))
    qtbot.addWidget(dialog)
    order, widget = [], dialog.start
    for _ in range(4):
        order.append(widget.accessibleName())
        widget = widget.nextInFocusChain()
        while (not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isVisibleTo(dialog)
               or widget.parent() not in (dialog, dialog.speakers)):  # fmt: skip
            widget = widget.nextInFocusChain()  # skip the parts inside a control, and what is hidden
    assert order == ["Starts", "Ends", "Spokespeople", "Pinned"]


def test_editing_a_turn_from_the_grid(window, monkeypatch):
    def fill(dialog):
        dialog.speakers.set_chosen(PersonId("sp-tom-becker"), True)
        dialog.pinned.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(window, "run_dialog", fill)
    assert window.edit_item(TURN)
    turn = edits.find_item(window.document.plan, TURN)
    assert turn.person_ids == ("sp-ana-morales", "sp-tom-becker") and turn.pinned
    assert window.document.undo_stack.undoText() == "Edit turn"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("123", "{place}: the latitude 123.0 is not between -90 and 90"),
        # Typed text holding braces is said as typed (it was once formatted again, and raised).
        ("12{3}", "The latitude '12{{3}}' is not a number"),
    ],
)
def test_an_editor_result_the_plan_cannot_take_is_explained_and_the_editor_reopens(window, monkeypatch, typed, said):
    shown, errors = [], []

    def fill(dialog):
        shown.append(dialog)
        if len(shown) == 1:
            dialog.latitude.setText(typed)  # not a latitude
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(window, "run_dialog", fill)
    monkeypatch.setattr(window, "show_error", lambda title, message: errors.append(message))
    before = window.document.plan
    assert not window.edit_location(before.locations[0])
    assert len(shown) == 2 and shown[0] is shown[1]  # the same editor, with what was typed
    assert errors == [said.format(place=before.locations[0].name)]
    assert window.document.plan == before


def test_a_region_alone_typed_as_the_plans_time_zone_is_explained_and_the_editor_stays(window, monkeypatch):
    """A region alone, "America", is a folder of the zone database: OK was an IsADirectoryError's traceback.
    The zones offered are places' only (not this computer's "localtime", nor "Factory")."""
    shown, errors = [], []

    def fill(dialog):
        shown.append([dialog.timezone.itemText(i) for i in range(dialog.timezone.count())])
        if len(shown) == 1:
            dialog.timezone.setCurrentText("America")
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(window, "run_dialog", fill)
    monkeypatch.setattr(window, "show_error", lambda title, message: errors.append(message))
    before = window.document.plan
    assert not window.details_dialog()
    assert len(shown) == 2 and errors == ["'America' is not an IANA time zone, e.g. America/Los_Angeles"]
    assert window.document.plan == before
    assert "America/Los_Angeles" in shown[0] and "Europe/Madrid" in shown[0]
    assert not {"localtime", "Factory", "posixrules"} & set(shown[0])


def test_the_plan_details_set_the_calendars_language_and_a_new_journalist_begins_in_it(window, monkeypatch, qtbot):
    """Plan Details ▸ Calendar language: Spanish, one undoable edit; the press list's next
    journalist is offered in Spanish to begin with (one already listed keeps theirs)."""
    from planner.ui.press import JournalistDialog

    offered = []

    def fill(dialog):
        offered.extend(dialog.language.itemText(i) for i in range(dialog.language.count()))
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(window, "run_dialog", fill)
    assert window.document.plan.language == "en" and "calendars in" not in window.heading.text()
    assert window.details_dialog()
    assert offered == ["English", "Spanish"] and window.document.plan.language == "es"
    assert window.document.undo_stack.undoText() == "Edit plan details"
    assert window.heading.text().endswith("·   calendars in Spanish")  # (not the app's language: said)
    begun = []
    monkeypatch.setattr(JournalistDialog, "exec", lambda dialog: begun.append(dialog.language.currentData()) or 0)
    window.press_panel.add()
    listed = JournalistDialog(window, window.document.plan.journalists[0], language="es")
    qtbot.addWidget(listed)
    assert begun == ["es"] and listed.language.currentData() == "en"
    window.document.undo_stack.undo()
    assert window.document.plan.language == "en" and "calendars in" not in window.heading.text()


def test_adding_a_window_gives_it_turns_and_a_person_their_own_limits(window, monkeypatch):
    def fill_window(dialog):
        dialog.language.setText("Spanish")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(window, "run_dialog", fill_window)
    window.grid.show_week(date(2025, 4, 7))
    assert window.add_window()
    added = next(w for w in window.document.plan.days[0].windows if w.language == "Spanish")
    assert len(window.document.plan.turns_in(added.id)) == 8  # 10:00–18:00 in hour-long turns

    def fill_person(dialog):
        dialog.name.setText("Rosa Díaz")
        dialog.kind.setCurrentIndex(0)
        dialog.role.setCurrentIndex(dialog.role.findData(SpeakerRole.STRIKER))
        dialog.own_limits.setChecked(True)
        dialog.limit_spins["max_minutes_per_day"].setValue(90)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(window, "run_dialog", fill_person)
    assert window.add_person()
    rosa = next(p for p in window.document.plan.people if p.name == "Rosa Díaz")
    assert rosa.limits is not None and rosa.limits.max_minutes_per_day == 90


def test_a_person_whose_address_cannot_be_mailed_is_explained_and_the_editor_reopens_as_typed(window, monkeypatch):
    """The person editor takes the rules a people import checks: a mistyped address is said
    where it is typed, not found when the volunteer's schedule is sent."""
    shown, errors = [], []

    def fill(dialog):
        shown.append((dialog, dialog.name.text(), dialog.email.text()))
        if len(shown) == 1:
            dialog.name.setText("Rosa Díaz")
            dialog.email.setText("rosa.diaz@example")
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(window, "run_dialog", fill)
    monkeypatch.setattr(window, "show_error", lambda title, message: errors.append(message))
    before = window.document.plan
    assert not window.add_person()
    assert errors == ["'rosa.diaz@example' is not an e-mail address"]
    assert len(shown) == 2 and shown[0][0] is shown[1][0] and shown[1][1:] == ("Rosa Díaz", "rosa.diaz@example")
    assert window.document.plan == before and not window.document.undo_stack.canUndo()


def test_removing_a_person_takes_them_off_their_turns_and_a_used_place_is_refused(window, monkeypatch, qtbot):
    errors = []
    monkeypatch.setattr(window, "show_error", lambda title, message: errors.append(message))
    document = window.document
    panel = window.people_panel
    row = next(r for r in range(panel.model().rowCount()) if panel.model().index(r, 0).data() == "Ana Morales, LCSW")
    panel.setCurrentIndex(panel.model().index(row, 0))
    panel.setFocus()
    qtbot.keyClick(panel, Qt.Key.Key_Delete)
    assert "sp-ana-morales" not in document.plan.people_by_id
    assert not any("sp-ana-morales" in t.person_ids for t in document.plan.turns)
    assert document.undo_stack.undoText() == "Remove Ana Morales, LCSW"
    site = document.plan.locations[0]
    assert not window.remove("Remove site", edits.remove_location, site.id)
    assert errors == [f"{site.name} still has 5 media windows and 40 shifts; move or remove them first"]
    assert document.plan.locations[0] == site


def test_the_editors_lists_pass_the_model_tester(window, qtbot, qtmodeltester):
    plan = window.document.plan
    turn = TurnDialog(window, plan, edits.find_item(plan, TURN))
    shift = ShiftDialog(window, plan, edits.find_item(plan, SHIFT))
    copy = CopyDayDialog(window, plan, date(2025, 4, 7))
    for dialog in (turn, shift, copy):
        qtbot.addWidget(dialog)
    for model in (turn.speakers.model(), shift.volunteers.model(), copy.targets.model()):
        qtmodeltester.check(model)


def test_copy_day_repeats_on_the_weekdays_ticked_until_a_date_as_a_calendar_repeats_an_event(window, qtbot):
    """A six-month campaign's weekdays were six rounds of ticking forty boxes, the list reaching
    six weeks ahead. Now Repeat on ticks every such weekday up to Until (a year ahead at most)
    that has nothing on it yet (the example's Tuesday to Friday have their own windows: a copy
    beside each would be a second window); a day ticked or unticked by hand stays so while
    Until moves, and another source day starts over."""
    from PySide6.QtCore import QDate

    plan = window.document.plan
    monday = date(2025, 4, 7)
    dialog = CopyDayDialog(window, plan, monday)
    qtbot.addWidget(dialog)
    assert dialog.result_days() == (monday, []) and dialog.targets.count() == 41
    assert dialog.ticked.text() == "0 days ticked"
    for weekday in range(5):  # Mon-Fri
        dialog.weekdays[weekday].setChecked(True)
    dialog.until.setDate(QDate(2025, 10, 3))  # a Friday, 26 weeks on
    source, days = dialog.result_days()
    # (the Monday itself is the source; Tuesday to Friday that week have items)
    assert source == monday and len(days) == 26 * 5 - 5 and min(days) == date(2025, 4, 14)
    assert {d.weekday() for d in days} == set(range(5)) and max(days) == date(2025, 10, 3)
    assert dialog.ticked.text() == "125 days ticked"
    dialog.targets.item(0).setCheckState(Qt.CheckState.Checked)  # Tue 8 Apr, by hand
    dialog.targets.item(6).setCheckState(Qt.CheckState.Unchecked)  # Mon 14 Apr, by hand
    dialog.weekdays[2].setChecked(False)  # no Wednesdays
    dialog.until.setDate(QDate(2025, 10, 10))
    days = dialog.result_days()[1]
    assert date(2025, 4, 8) in days and date(2025, 4, 14) not in days
    assert date(2025, 10, 7) in days and date(2025, 10, 8) not in days
    assert len(days) == 27 * 4 - 4 + 1 - 1 and dialog.ticked.text() == f"{len(days)} days ticked"
    dialog.until.setDate(QDate(2027, 1, 1))  # past a year: as far as a year
    assert dialog.targets.count() == 366
    dialog.source.setCurrentIndex(dialog.source.findData("2025-04-08"))
    assert dialog.result_days() == (date(2025, 4, 8), []) and dialog.targets.count() == 41
    assert not any(box.isChecked() for box in dialog.weekdays)
    copied = edits.copy_day(plan, monday, [monday + timedelta(days=7 * week) for week in range(1, 26)])
    assert len(copied.days) == len(plan.days) + 25


def test_a_volunteers_editor_shows_only_what_applies_to_volunteers(window, qtbot):
    volunteer = next(p for p in window.document.plan.people if p.kind is PersonKind.VOLUNTEER)
    dialog = PersonDialog(window, volunteer)
    qtbot.addWidget(dialog)
    dialog.show()
    speaker_only = [dialog.role, dialog.own_limits, *dialog.limit_spins.values()]
    assert not any(w.isVisible() for w in speaker_only)
    assert dialog.name.isVisible() and dialog.phone.isVisible() and dialog.languages.isVisible()
    assert dialog.title.isVisible()  # (what a volunteer does: "Safety marshal", from a sheet's Role)
    dialog.languages.setText("English and Spanish")
    assert dialog.result_person().languages == ("English", "Spanish")  # (as a sheet's cell is read)
    dialog.kind.setCurrentIndex(dialog.kind.findData(PersonKind.SPOKESPERSON))
    assert all(w.isVisible() for w in speaker_only)
    assert dialog.result_person().speaker_role is volunteer.speaker_role  # kept as it was


def test_a_shift_editor_finds_a_volunteer_among_thousands_by_name_and_says_who_is_chosen(window, qtbot):
    """A campaign lists 2,400 volunteers: typed letters narrow the list, Enter goes to it (not
    to OK), Space ticks the one found, the line under it names everyone ticked, and the list
    is a model asked only for the rows in sight."""
    plan = window.document.plan
    crowd = tuple(Person(PersonId(f"vol-{i:04}"), f"Volunteer {i:04}", PersonKind.VOLUNTEER) for i in range(2400))
    rosa = Person(PersonId("vol-rosa"), "Rosa <b>Díaz</b>", PersonKind.VOLUNTEER)  # a name, not markup
    plan = replace(plan, people=(*plan.people, *crowd, rosa))
    shift = edits.find_item(plan, SHIFT)
    dialog = ShiftDialog(window, plan, shift)
    qtbot.addWidget(dialog)
    picker = dialog.volunteers
    asked: set[int] = set()
    data = picker.checklist.data

    def counting(index, role=Qt.ItemDataRole.DisplayRole):
        asked.add(index.row())
        return data(index, role)

    picker.checklist.data = counting  # (Qt calls an instance's own override)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab()  # painted
    assert picker.model().rowCount() == len(plan.volunteers) == 2411
    assert 0 < len(asked) < 100  # the rows in sight, not 2,411 items
    before = [p.name for p in plan.volunteers if p.id in shift.person_ids]
    assert before and picker.summary.text() == "Chosen: " + ", ".join(before)

    picker.filter.setFocus()
    qtbot.keyClicks(picker.filter, "ROSA")  # any case
    assert picker.model().rowCount() == 1
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0  # Enter in the filter did not press OK
    assert dialog.focusWidget() is picker.list and picker.list.currentIndex().data() == "Rosa <b>Díaz</b>"
    qtbot.keyClick(picker.list, Qt.Key.Key_Space)
    assert picker.summary.text() == "Chosen: " + ", ".join([*before, "Rosa <b>Díaz</b>"])
    assert picker.summary.textFormat() == Qt.TextFormat.PlainText  # shown as typed
    assert dialog.result_shift().person_ids == (*shift.person_ids, "vol-rosa")  # in the plan's order

    for i in range(6):
        picker.set_chosen(PersonId(f"vol-{i:04}"), True)
    assert picker.summary.text().endswith(f"and {len(before) + 7 - 5} others")
    picker.filter.clear()
    assert picker.model().rowCount() == 2411


HOSTILE = ["12{3}", "{name} %n %s", '<a href="https://evil.example">x</a>', "a\nb", "nul\x00", "ñandú 🎉 עברית",
           "x" * 5000, "   ", "Word\x0bsoft\x0c\u2028break\x07\x1b[2J"]  # fmt: skip
APPLY = {
    "turn": lambda d, p: edits.put_item(p, d.result_turn()),
    "shift": lambda d, p: edits.put_item(p, d.result_shift()),
    "window": lambda d, p: edits.put_window(p, d.result_window()),
    "location": lambda d, p: edits.put_location(p, d.result_location()),
    "person": lambda d, p: edits.put_person(p, d.result_person()),
    "role": lambda d, p: edits.put_role(p, d.result_role()),
    "plan": lambda d, p: edits.set_details(p, *d.result_details()),
    "copy day": lambda d, p: edits.copy_day(p, *d.result_days()),
}


@pytest.mark.parametrize("typed", HOSTILE, ids=["braces", "formats", "markup", "newline", "nul", "scripts", "long",
                                                "blank", "controls"])  # fmt: skip
@pytest.mark.parametrize("kind", DIALOGS)
def test_whatever_is_typed_into_an_editor_is_taken_and_saved_or_refused_in_words(window, qtbot, tmp_path, kind, typed):
    """Every text field of every editor given the same hostile text: the edit is refused with
    a message, or it is made — and then the plan is checked, saved and read back as it was
    (a NUL, which no plan file holds, left out: a plan with one saved, and then did not open)."""
    from planner.domain.checks import check_plan
    from planner.errors import PlannerError
    from planner.storage import load_plan, save_any
    from planner.storage.json_format import plan_to_dict, read_json, write_json
    from planner.ui.i18n import say, say_error

    plan = window.document.plan
    dialog = DIALOGS[kind](window, plan)
    qtbot.addWidget(dialog)
    for control in fields(dialog):
        if isinstance(control, QLineEdit):
            control.setText(typed)
        elif isinstance(control, QPlainTextEdit):
            control.setPlainText(typed)
    try:
        changed = APPLY[kind](dialog, plan)
    except PlannerError as exc:
        assert say_error(exc).strip()
        return
    assert all(say(w.text) for w in check_plan(changed))
    save_any(changed, tmp_path / "typed.planner")
    write_json(changed, tmp_path / "typed.json")
    for read_back in (load_plan(tmp_path / "typed.planner"), read_json(tmp_path / "typed.json")):
        assert plan_to_dict(read_back) == plan_to_dict(changed)


def test_lines_pasted_into_a_field_of_one_line_are_one_line_and_controls_are_left_out(window, qtbot):
    """Qt keeps what is pasted into a field of one line as it came — a signature's two lines,
    Word's soft line break (a vertical tab), a bell — unseen there; a person's name with a
    line break was then refused for a break the organizer could not see, and a bell went into
    every calendar. Now they are taken as a browser takes them: on one line, as spaces; in a
    field of several lines, Word's break is a line break and the bell is left out."""
    from PySide6.QtWidgets import QApplication

    plan = window.document.plan
    person = PersonDialog(window, plan.people[0])
    qtbot.addWidget(person)
    for field, pasted in ((person.name, "Keisha Williams\nLMFT\x07"), (person.phone, "+1 213\x0b555 0110"),
                          (person.title, "Therapist\r\n\tclinic lead")):  # fmt: skip
        QApplication.clipboard().setText(pasted)
        field.clear()
        field.paste()
    edited = edits.put_person(plan, person.result_person()).people_by_id[plan.people[0].id]
    assert (edited.name, edited.phone, edited.title) == ("Keisha Williams LMFT", "+1 213 555 0110",
                                                         "Therapist clinic lead")  # fmt: skip
    shift = ShiftDialog(window, plan, edits.find_item(plan, SHIFT))
    qtbot.addWidget(shift)
    QApplication.clipboard().setText("Gate B\x0bbring water\x07\u2029 and shade")
    shift.notes.clear()
    shift.notes.paste()
    assert shift.result_shift().notes == "Gate B\nbring water\n and shade"


def test_a_name_copied_from_a_web_page_loses_the_spaces_not_seen_at_its_ends(window, qtbot):
    """A zero-width space at a name's ends (a web page's), a byte-order mark: unseen, kept by
    str.strip(); a name of nothing else made a person listed by no name."""
    from PySide6.QtWidgets import QApplication

    plan = window.document.plan
    person = PersonDialog(window, plan.people[0])
    qtbot.addWidget(person)
    QApplication.clipboard().setText("\ufeff\u200bKeisha Williams\u200b ")
    person.name.clear()
    person.name.paste()
    assert person.result_person().name == "Keisha Williams"
    person.name.setText("\u200b\u2060")
    with pytest.raises(edits.EditError, match="A person needs a name"):
        edits.put_person(plan, person.result_person())
