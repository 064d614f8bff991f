"""What the run sheet says, before anything is drawn."""

from __future__ import annotations

from datetime import date

from planner.domain.runsheet import run_sheet


def test_one_day_per_page_with_windows_turns_shifts_places_and_the_press_contact(example_plan):
    sheet = run_sheet(example_plan)
    assert [d.date for d in sheet.days] == [date(2025, 4, d) for d in range(7, 12)]
    monday = sheet.days[0]
    assert monday.places == ["Kaiser Permanente Los Angeles Medical Center — 4867 W. Sunset Boulevard, Los Angeles, "
                             "CA 90027, USA"]  # fmt: skip
    [(heading, turns)] = monday.windows
    assert str(heading) == "Media availability 08:00–18:00 at Kaiser Permanente Los Angeles Medical Center"
    assert (turns[0].when, turns[0].what) == ("08:00–09:00", "Keisha Williams, LMFT")
    setup = monday.shifts[0]
    assert (setup.when, setup.what, str(setup.who)) == (
        "07:00–08:00",
        "Setup and teardown",
        "Luis Hernández, Grace Kim (2/2)",
    )
    assert sheet.press_contact == "Jordan Lee, press coordinator · +1 213 555 0100 · press@example.org"


def test_what_is_missing_is_said(make_plan):
    plan = make_plan(
        days=[{"date": "2025-04-07", "windows": [{"id": "w", "start": "2025-04-07T10:00", "end": "2025-04-07T11:00",
                                                  "location": "loc", "cancelled": True}]}],
        turns=[{"id": "t", "window": "w", "start": "2025-04-07T10:00", "end": "2025-04-07T11:00", "people": []}],
        shifts=[{"id": "s", "role": "marshal", "location": "loc", "start": "2025-04-07T09:00",
                 "end": "2025-04-07T12:00", "needed": 3, "people": ["vic"]}],
    )  # fmt: skip
    day = run_sheet(plan).days[0]
    assert str(day.windows[0][0]).endswith("— CANCELLED") and str(day.windows[0][1][0].what) == "— nobody yet —"
    assert (str(day.shifts[0].who), str(day.shifts[0].note)) == ("Vic (1/3)", "needs 2 more")


def test_a_day_note_is_on_its_page(example_plan):
    from planner.domain.edits import set_day_note

    plan = set_day_note(example_plan, date(2025, 4, 9), "  Rally at noon  ")
    assert [d.note for d in run_sheet(plan).days] == ["", "", "Rally at noon", "", ""]
    assert set_day_note(plan, date(2025, 4, 12), "Rest day").days[-1].date == date(2025, 4, 12)
