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
    # The organizer's copy: whoever is on duty, with the phone to reach them on the day.
    assert (turns[0].when, turns[0].what, turns[0].who) == ("08:00–09:00", "Keisha Williams, LMFT", "+1 213 555 0112")
    setup = monday.shifts[0]
    assert (setup.when, setup.what, str(setup.who)) == (
        "07:00–08:00",
        "Setup and teardown",
        "Luis Hernández (+1 323 555 0120), Grace Kim (+1 323 555 0121) (2/2)",
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


def test_every_line_of_a_day_word_for_word(make_plan):
    plan = make_plan(
        plan={"id": "p", "title": "Vigil", "timezone": "America/Los_Angeles", "organization": "Union",
              "press_contact": {"name": "Jo", "email": "jo@example.org"}},
        locations=[{"id": "loc", "name": "Site", "address": "1 Main St"}, {"id": "park", "name": "Park"}],
        days=[{"date": "2025-04-07", "note": "Bring water", "windows": [
            {"id": "w", "start": "2025-04-07T10:00", "end": "2025-04-07T12:00", "location": "loc"}]}],
        turns=[{"id": "t1", "window": "w", "start": "2025-04-07T10:00", "end": "2025-04-07T11:00",
                "people": ["ana", "ben"], "pinned": True},
               {"id": "t2", "window": "w", "start": "2025-04-07T11:00", "end": "2025-04-07T12:00", "people": ["ben"]}],
        shifts=[
            {"id": "a", "role": "marshal", "location": "park", "start": "2025-04-07T09:00", "end": "2025-04-07T10:00",
             "needed": 2, "people": ["vic"], "notes": "vests in the van"},
            {"id": "b", "role": "marshal", "location": "park", "start": "2025-04-07T09:00", "end": "2025-04-07T10:00",
             "needed": 1, "people": ["vic"], "notes": "gate 2"},
            {"id": "c", "role": "marshal", "location": "park", "start": "2025-04-07T13:00", "end": "2025-04-07T14:00",
             "needed": 2, "people": [], "cancelled": True},
            {"id": "d", "role": "marshal", "location": "loc", "start": "2025-04-09T08:00", "end": "2025-04-09T09:00",
             "needed": 2, "people": []},
        ],
    )  # fmt: skip
    sheet = run_sheet(plan)
    assert (sheet.title, sheet.organization, sheet.timezone, sheet.press_contact) == (
        "Vigil", "Union", "America/Los_Angeles", "Jo · jo@example.org")  # fmt: skip
    monday, wednesday = sheet.days
    assert (monday.date, monday.note, monday.places) == (date(2025, 4, 7), "Bring water", ["Site — 1 Main St", "Park"])
    [(heading, turns)] = monday.windows
    assert str(heading) == "Media availability 10:00–12:00 at Site"
    assert [(t.when, str(t.what), str(t.note)) for t in turns] == [
        ("10:00–11:00", "Ana & Ben", "pinned"), ("11:00–12:00", "Ben", "")]  # fmt: skip
    assert [(s.when, str(s.what), str(s.who), str(s.note)) for s in monday.shifts] == [
        ("09:00–10:00", "Safety marshal", "Vic (1/2)", "needs 1 more; vests in the van"),
        ("09:00–10:00", "Safety marshal", "Vic (1/1)", "gate 2"),
        ("13:00–14:00", "Safety marshal", "nobody yet (0/2)", "cancelled"),
    ]  # fmt: skip
    # A day with shifts and no media window has a page too.
    assert (wednesday.date, wednesday.windows, wednesday.note, wednesday.places) == (
        date(2025, 4, 9), [], "", ["Site — 1 Main St"])  # fmt: skip
    assert [str(s.note) for s in wednesday.shifts] == ["needs 2 more"]


def test_a_window_or_shift_whose_location_or_role_is_gone_still_prints(make_plan):
    from dataclasses import replace

    from planner.domain.model import LocationId, RoleId

    plan = make_plan(
        roles=[{"id": "marshal", "name": "Safety marshal"}, {"id": "a-medic", "name": "Medic"}],
        days=[{"date": "2025-04-07", "windows": [
            {"id": "w", "start": "2025-04-07T10:00", "end": "2025-04-07T12:00", "location": "loc"}]}],
        shifts=[{"id": "s1", "role": "marshal", "location": "loc", "start": "2025-04-07T09:00",
                 "end": "2025-04-07T10:00", "needed": 0},
                {"id": "s2", "role": "a-medic", "location": "loc", "start": "2025-04-07T09:00",
                 "end": "2025-04-07T10:00", "needed": 0}],
    )  # fmt: skip
    day = run_sheet(plan).days[0]
    assert [str(s.what) for s in day.shifts] == ["Medic", "Safety marshal"]  # same start: by role
    assert [str(s.note) for s in day.shifts] == ["", ""]  # nobody needed: nothing missing
    window = plan.days[0].windows[0]
    nowhere = LocationId("x")
    broken = replace(plan, days=(replace(plan.days[0], windows=(replace(window, location_id=nowhere),)),),
                     shifts=(replace(plan.shifts[0], role_id=RoleId("gone"), location_id=nowhere),))  # fmt: skip
    day = run_sheet(broken).days[0]
    assert str(day.windows[0][0]) == "Media availability 10:00–12:00" and day.places == []
    assert str(day.shifts[0].what) == "Shift"


def test_every_day_names_who_is_on_each_turn(example_plan):
    for day in run_sheet(example_plan).days:
        assert all(line.what != "— nobody yet —" for _, lines in day.windows for line in lines), day.date


def test_a_range_of_days_is_those_days_of_the_whole_sheet(example_plan):
    """The agenda asks for its week only (a campaign's 180 days are not all worked out for it):
    each day in the range as the whole sheet has it, a day with only a shift included."""
    from dataclasses import replace
    from datetime import timedelta

    from planner.domain.edits import set_day_note
    from planner.domain.model import ShiftId

    plan = set_day_note(example_plan, date(2025, 4, 9), "Rally at noon")
    setup = plan.shifts[0]
    saturday = replace(setup, id=ShiftId("saturday-setup"), start=setup.start + timedelta(days=5),
                       end=setup.end + timedelta(days=5))  # fmt: skip
    plan = replace(plan, shifts=(*plan.shifts, saturday))
    whole = run_sheet(plan)
    assert whole.days[-1].date == date(2025, 4, 12) and not whole.days[-1].windows  # only the shift
    week = run_sheet(plan, date(2025, 4, 9), date(2025, 4, 12))
    assert week.days == [d for d in whole.days if d.date >= date(2025, 4, 9)]
    assert week.days[0].note == "Rally at noon" and len(week.days) == 4  # 9, 10, 11 and the 12th
    assert run_sheet(plan, last=date(2025, 4, 7)).days == whole.days[:1]
    assert run_sheet(plan, date(2025, 4, 13)).days == []
    assert (week.title, week.press_contact) == (whole.title, whole.press_contact)


def test_a_sites_sheet_holds_only_what_is_at_that_site(make_plan):
    """A campaign of ten sites: each site lead prints their own site's days."""
    from planner.domain.edits import set_day_note

    locations = [{"id": "a", "name": "Site A", "address": "1 A St"}, {"id": "b", "name": "Site B", "address": "2 B St"}]

    def window(site: str, on: str) -> dict:
        return {"id": f"w-{site}-{on}", "start": f"{on}T10:00", "end": f"{on}T12:00", "location": site}

    def shift(site: str, on: str) -> dict:
        return {"id": f"s-{site}-{on}", "role": "marshal", "start": f"{on}T09:00", "end": f"{on}T13:00",
                "location": site, "needed": 1}  # fmt: skip

    plan = make_plan(
        locations=locations,
        days=[{"date": "2025-04-07", "windows": [window("a", "2025-04-07"), window("b", "2025-04-07")]},
              {"date": "2025-04-08", "windows": [window("b", "2025-04-08")]}],
        shifts=[shift("a", "2025-04-07"), shift("b", "2025-04-07"), shift("b", "2025-04-08"), shift("a", "2025-04-08")],
    )  # fmt: skip
    plan = set_day_note(set_day_note(plan, date(2025, 4, 7), "Rally at noon"), date(2025, 4, 8), "Quiet day")
    site_a = run_sheet(plan, place="a")
    # A's 8th: a shift but no window there; the plan's note for the day is on every site's sheet.
    assert [(d.date, d.note, len(d.windows), len(d.shifts)) for d in site_a.days] == [
        (date(2025, 4, 7), "Rally at noon", 1, 1), (date(2025, 4, 8), "Quiet day", 0, 1)]  # fmt: skip
    assert site_a.days[0].places == ["Site A — 1 A St"] == site_a.days[1].places
    site_b = run_sheet(plan, place="b")
    assert [(d.date, d.note, len(d.windows), len(d.shifts)) for d in site_b.days] == [
        (date(2025, 4, 7), "Rally at noon", 1, 1), (date(2025, 4, 8), "Quiet day", 1, 1)]  # fmt: skip
    assert str(site_a.days[0].windows[0][0]).endswith("at Site A") and len(site_a.days[0].shifts) == 1
    assert len(run_sheet(plan).days) == 2 and len(run_sheet(plan).days[0].windows) == 2


def test_a_nights_turns_and_shifts_are_on_the_next_days_page_too(make_plan):
    """A vigil's night: who is on after midnight is on Sunday's page as well as Saturday's
    (a site lead prints Sunday's), said to have begun the day before; a sheet of Sunday alone
    has them, and a page is made for the morning after the plan's last night."""
    plan = make_plan(
        days=[{"date": "2025-04-12", "windows": [
            {"id": "w", "start": "2025-04-12T20:00", "end": "2025-04-13T02:00", "location": "loc"}]}],
        turns=[{"id": "t1", "window": "w", "start": "2025-04-12T20:00", "end": "2025-04-12T23:00", "people": ["ana"]},
               {"id": "t2", "window": "w", "start": "2025-04-12T23:00", "end": "2025-04-13T01:00", "people": ["ben"]},
               {"id": "t3", "window": "w", "start": "2025-04-13T01:00", "end": "2025-04-13T02:00", "people": []}],
        shifts=[{"id": "night", "role": "marshal", "location": "loc", "start": "2025-04-12T22:00",
                 "end": "2025-04-13T01:30", "needed": 1, "people": ["vic"]},
                {"id": "eve", "role": "marshal", "location": "loc", "start": "2025-04-12T18:00",
                 "end": "2025-04-13T00:00", "needed": 1, "people": ["vic"]}],
    )  # fmt: skip
    saturday, sunday = run_sheet(plan).days
    assert saturday.date == date(2025, 4, 12) and len(saturday.windows[0][1]) == 3 and len(saturday.shifts) == 2
    assert sunday.date == date(2025, 4, 13) and sunday.places == ["Site — 1 Main St"] and sunday.note == ""
    [(heading, turns)] = sunday.windows
    assert str(heading) == "Media availability 20:00–02:00 at Site, from Sat 12 Apr"
    assert [(t.when, str(t.what)) for t in turns] == [("23:00–01:00", "Ben"), ("01:00–02:00", "— nobody yet —")]
    # (The evening shift ends at midnight: not on Sunday's page.)
    assert [(s.when, str(s.what), str(s.note)) for s in sunday.shifts] == [
        ("22:00–01:30", "Safety marshal", "from Sat 12 Apr")]  # fmt: skip
    assert run_sheet(plan, date(2025, 4, 13), date(2025, 4, 13)).days == [sunday]
