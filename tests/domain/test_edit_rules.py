"""The edit functions' rules, stated exactly: boundaries, messages, ids, what is matched."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from planner.domain.edits import (
    EditError,
    NewWindow,
    add_media_windows,
    assign_person,
    copy_day,
    find_item,
    move_item,
    put_item,
    remove_items,
    retime_item,
)
from planner.domain.model import PersonId

LA = ZoneInfo("America/Los_Angeles")


def at(day: int, hour: int, minute: int = 0, month: int = 4) -> datetime:
    return datetime(2025, month, day, hour, minute, tzinfo=LA)


@pytest.fixture
def plan(make_plan):
    return make_plan(
        locations=[{"id": "loc", "name": "Kaiser LA", "address": "4867 W Sunset Blvd"},
                   {"id": "park", "name": "Park", "address": "1 Main St"}],
        days=[{"date": "2025-04-07", "windows": [
            {"id": "w1", "start": "2025-04-07T10:00", "end": "2025-04-07T12:00", "location": "loc"},
            {"id": "w2", "start": "2025-04-07T14:00", "end": "2025-04-07T16:00", "location": "park"}]}],
        turns=[{"id": "t1", "window": "w1", "start": "2025-04-07T10:00", "end": "2025-04-07T11:00",
                "people": ["ana"]}],
        shifts=[{"id": "s1", "role": "marshal", "location": "loc", "start": "2025-04-07T09:00",
                 "end": "2025-04-07T13:00", "people": ["vic"]}],
    )  # fmt: skip


# ---------------------------------------------------------------------------------- imports


def test_an_event_met_twice_is_added_once_and_the_second_is_named(plan):
    new = NewWindow("uid-1@cal", at(8, 10), at(8, 12))
    result = add_media_windows(plan, [new, new], None)
    assert [w.start for w in result.added] == [at(8, 10)]
    assert [str(n) for n in result.notes] == ["2025-04-08 10:00: already in the plan, left as it is"]
    again = add_media_windows(result.plan, [new], None)
    assert again.added == [] and len(again.notes) == 1 and again.plan == result.plan


def test_imported_windows_get_turns_of_the_plans_length_on_a_new_day(plan):
    result = add_media_windows(plan, [NewWindow("k", at(9, 10), at(9, 12, 30))], None)
    [window] = result.added
    turns = result.plan.turns_in(window.id)
    assert [(t.start, t.end) for t in turns] == [
        (at(9, 10), at(9, 11)),
        (at(9, 11), at(9, 12)),
        (at(9, 12), at(9, 12, 30)),
    ]
    assert len({t.id for t in turns}) == 3 and all(t.person_ids == () for t in turns)
    assert [d.date for d in result.plan.days] == [date(2025, 4, 7), date(2025, 4, 9)]
    assert window.location_id == "loc"  # no place given: the plan's first location


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ("", "park"),  # the default asked for
        ("  PARK ", "park"),
        ("1 main   st", "park"),
        ("Kaiser LA, 4867 W Sunset Blvd", "loc"),
    ],
)
def test_a_place_names_an_existing_location_by_name_address_or_both(plan, place, expected):
    result = add_media_windows(plan, [NewWindow("k", at(8, 10), at(8, 11), place)], "park")
    assert result.added[0].location_id == expected
    assert result.plan.locations == plan.locations


def test_an_unknown_place_becomes_a_location_with_name_and_address(plan):
    result = add_media_windows(plan, [NewWindow("a", at(8, 10), at(8, 11), "City Hall, 200 N Spring St"),
                                      NewWindow("b", at(9, 10), at(9, 11), "Grand Park")], None)  # fmt: skip
    hall, park = result.plan.locations[2:]
    assert (hall.name, hall.address) == ("City Hall", "200 N Spring St")
    assert (park.name, park.address) == ("Grand Park", "Grand Park")
    assert result.added[0].location_id == hall.id and result.added[1].location_id == park.id


def test_without_any_location_the_window_is_skipped_and_said(make_plan):
    bare = make_plan(locations=[])
    result = add_media_windows(bare, [NewWindow("k", at(8, 10), at(8, 11))], None)
    assert result.added == [] and result.plan == bare
    assert [str(n) for n in result.notes] == [
        "2025-04-08 10:00: no location given and the plan has none; add one first"
    ]


# ---------------------------------------------------------------------------------- moving and editing


def test_an_end_at_the_start_is_refused_with_both_times(plan):
    with pytest.raises(EditError) as caught:
        retime_item(plan, "t1", at(7, 10, 30), at(7, 10, 30))
    assert str(caught.value) == "the turn Mon 07 Apr 10:00: the end (10:30) must be after the start (10:30)"
    assert retime_item(plan, "t1", at(7, 10, 30), at(7, 10, 31)).turns[0].end == at(7, 10, 31)


def test_a_turn_moved_into_another_window_joins_it_and_keeps_its_length(plan):
    moved = move_item(plan, "t1", at(7, 14, 30))
    [turn] = moved.turns
    assert (turn.window_id, turn.start, turn.end) == ("w2", at(7, 14, 30), at(7, 15, 30))
    stays = move_item(plan, "t1", at(7, 11)).turns[0]
    assert stays.window_id == "w1"  # its own window still holds it
    outside = move_item(plan, "t1", at(7, 18)).turns[0]
    assert outside.window_id == "w1"  # no window holds it: it keeps its own


def test_a_shift_is_retimed_in_place(plan):
    shift = retime_item(plan, "s1", at(7, 8), at(7, 14)).shifts[0]
    assert (shift.start, shift.end, shift.person_ids) == (at(7, 8), at(7, 14), ("vic",))


def test_put_item_refuses_an_end_at_the_start_and_names_the_item(plan):
    from dataclasses import replace

    with pytest.raises(EditError) as caught:
        put_item(plan, replace(plan.shifts[0], end=plan.shifts[0].start))
    assert str(caught.value) == "the shift Mon 07 Apr 09:00: the end must be after the start"


def test_a_time_the_clocks_skip_is_refused_and_named(make_plan):
    plan = make_plan(
        days=[{"date": "2025-03-08", "windows": [
            {"id": "w", "start": "2025-03-08T02:00", "end": "2025-03-08T04:00", "location": "loc"}]}],
    )  # fmt: skip
    with pytest.raises(EditError) as caught:  # 02:00–03:00 on 9 March does not happen in Los Angeles
        copy_day(plan, date(2025, 3, 8), [date(2025, 3, 9)])
    assert str(caught.value) == (
        "The media window 02:00 copied to Sun 09 Mar (Sun 09 Mar 02:00) does not exist in "
        "America/Los_Angeles: the clocks skip it"
    )


# ---------------------------------------------------------------------------------- people


def test_assigning_names_the_unknown_person_and_refuses_the_wrong_kind(plan):
    with pytest.raises(EditError) as caught:
        assign_person(plan, "t1", PersonId("nobody"))
    assert str(caught.value) == "No person has the id 'nobody'"
    with pytest.raises(EditError) as caught:
        assign_person(plan, "t1", PersonId("vic"))
    assert str(caught.value) == "Vic is a volunteer; only a spokesperson can take the turn Mon 07 Apr 10:00"
    assert assign_person(plan, "t1", PersonId("ana")) is plan  # already on it
    assert assign_person(plan, "t1", PersonId("ben")).turns[0].person_ids == ("ana", "ben")


def test_unknown_ids_are_named_not_ignored(plan):
    with pytest.raises(EditError) as caught:
        remove_items(plan, ["t1", "zz"])
    assert str(caught.value) == "No turn or shift has the id 'zz'"
    assert find_item(plan, "s1") is plan.shifts[0]
    assert remove_items(plan, ["t1"]).turns == () and remove_items(plan, ["t1"]).shifts == plan.shifts


# ---------------------------------------------------------------------------------- copying days


def test_a_day_copied_twice_onto_the_same_day_gets_fresh_ids_each_time(plan):
    once = copy_day(plan, date(2025, 4, 7), [date(2025, 4, 9)])
    twice = copy_day(once, date(2025, 4, 7), [date(2025, 4, 9)])
    ids = [w.id for w in twice.windows()]
    assert ids == ["w1", "w2", "w1-20250409", "w1-20250409-2", "w2-20250409", "w2-20250409-2"]
    turn_ids = [t.id for t in twice.turns]
    assert turn_ids == ["t1", "t1-20250409", "t1-20250409-2"] and len(set(turn_ids)) == 3
    copied = twice.turns[1]
    assert (copied.window_id, copied.start, copied.end, copied.person_ids) == (
        "w1-20250409", at(9, 10), at(9, 11), ("ana",))  # fmt: skip
    shift = twice.shifts[1]
    assert (shift.id, shift.start, shift.end, shift.person_ids) == ("s1-20250409", at(9, 9), at(9, 13), ("vic",))


def test_copying_a_day_onto_itself_changes_nothing(plan):
    assert copy_day(plan, date(2025, 4, 7), [date(2025, 4, 7)]) == plan
    across = copy_day(plan, date(2025, 4, 7), [date(2025, 4, 7) + timedelta(days=7)])
    assert [d.date for d in across.days] == [date(2025, 4, 7), date(2025, 4, 14)]


@pytest.mark.parametrize(
    ("title", "contact", "message"),
    [
        ("Vigil\nBcc: x@y.org", {}, "The plan title cannot have a line break: it goes into every invitation's subject"),
        ("Vigil", {"email": "press@x.org>, evil@y.org"},
         "The press contact's e-mail: 'press@x.org>, evil@y.org' is not an e-mail address"),
        ("Vigil", {"name": "Jo\r\nBcc: x@y.org"}, "The press contact's name: the name contains a line break"),
        ("Vigil", {"phone": "555\n0100"}, "The press contact's phone: the name contains a line break"),
    ],
)  # fmt: skip
def test_plan_details_that_cannot_go_into_an_e_mail_are_refused_naming_the_field(plan, title, contact, message):
    from planner.domain.edits import set_details
    from planner.domain.model import Contact

    with pytest.raises(EditError) as caught:
        set_details(plan, title, "", "", plan.timezone, Contact(**{"name": "Jo", **contact}), "en")
    assert str(caught.value) == message
    fine = set_details(plan, "Vigil", "", "", plan.timezone, Contact("Jo", "press@x.org", "+1 213 555 0100"), "en")
    assert fine.press_contact.email == "press@x.org"


def test_renaming_the_plan_takes_the_rules_of_its_details(plan):
    """A title pasted with its line break went in by Rename Plan, and the plan file saved with
    it could not be opened again (its reader refuses what the details refuse)."""
    from planner.domain.edits import rename_plan

    for title, message in (("Huelga\nDía 1", "The plan title cannot have a line break: it goes into every invitation's "
                                            "subject"),
                           ("   ", "The plan needs a title")):  # fmt: skip
        with pytest.raises(EditError) as caught:
            rename_plan(plan, title)
        assert str(caught.value) == message
    assert rename_plan(plan, "  Vigil  ").title == "Vigil"


def test_a_journalist_already_listed_by_another_is_refused_and_one_of_the_list_is_replaced(example_plan):
    """Two on the press list with one address (any case) made a plan file that could not be
    opened again (its reader refuses the second): refused where it is typed."""
    from dataclasses import replace

    from planner.domain.edits import put_journalist
    from planner.domain.model import Journalist, JournalistId

    plan = example_plan
    listed = plan.journalists[0]
    twin = Journalist(JournalistId("press-new"), "Other Name", listed.email.upper(), "Elsewhere")
    with pytest.raises(EditError) as caught:
        put_journalist(plan, twin)
    assert str(caught.value) == f"{listed.email.upper()} is on the press list already, as {listed.name}"
    for bad, message in ((replace(twin, name=" "), "A name is needed."),
                         (replace(twin, email="nope"), "'nope' is not an e-mail address"),
                         (replace(twin, name="Eve\nBcc: x@y.org"), "the name contains a line break")):  # fmt: skip
        with pytest.raises(EditError) as caught:
            put_journalist(plan, bad)
        assert str(caught.value) == message
    renamed = put_journalist(plan, replace(listed, email=listed.email.upper(), name="  Maya G.  "))
    assert renamed.journalists[0].name == "Maya G." and len(renamed.journalists) == len(plan.journalists)
    added = put_journalist(plan, replace(twin, email="new@example.org"))
    assert added.journalists[-1].id == "press-new" and len(added.journalists) == len(plan.journalists) + 1


# ---------------------------------------------------------------------------------- records and windows


def test_records_need_names_and_coordinates_on_the_globe(plan):
    from planner.domain.edits import put_location, put_person, put_role
    from planner.domain.model import Location, LocationId, Person, PersonKind, Role, RoleId

    cases = [
        (put_location, Location(LocationId("x"), " "), "A location needs a name"),
        (put_location, Location(LocationId("x"), "Pier", latitude=90.5),
         "Pier: the latitude 90.5 is not between -90 and 90"),
        (put_location, Location(LocationId("x"), "Pier", longitude=-181.0),
         "Pier: the longitude -181.0 is not between -180 and 180"),
        (put_person, Person(PersonId("x"), "", PersonKind.VOLUNTEER), "A person needs a name"),
        (put_role, Role(RoleId("x"), "  "), "A role needs a name"),
        # Nothing but spaces not seen (copied from a web page): a name that shows nothing.
        (put_location, Location(LocationId("x"), "\u200b "), "A location needs a name"),
        (put_person, Person(PersonId("x"), "\u200b\u2060", PersonKind.VOLUNTEER), "A person needs a name"),
        (put_role, Role(RoleId("x"), "\u200d\u200c"), "A role needs a name"),
    ]  # fmt: skip
    for put, record, message in cases:
        with pytest.raises(EditError) as caught:
            put(plan, record)
        assert str(caught.value) == message
    edge = put_location(plan, Location(LocationId("x"), "Pole", latitude=-90.0, longitude=180.0))
    assert edge.locations[-1].latitude == -90.0 and len(edge.locations) == 3
    renamed = put_location(plan, Location(LocationId("loc"), "Kaiser Sunset"))
    assert [loc.name for loc in renamed.locations] == ["Kaiser Sunset", "Park"]  # replaced in place
    assert put_person(plan, Person(PersonId("zoe"), "Zoe", PersonKind.VOLUNTEER)).people[-1].name == "Zoe"
    assert put_role(plan, Role(RoleId("marshal"), "Marshal")).roles[0].name == "Marshal"


@pytest.mark.parametrize(
    ("name", "email", "phone", "said", "row"),
    [
        ("Ana\nBcc: x@evil.org", "", "", "the name contains a line break", ("Ana Bcc: x@evil.org", "")),
        ("Ana", "ana at example.org", "", "'ana at example.org' is not an e-mail address", None),
        ("Ana", "ana@example.org\r\nBcc: x@evil.org", "", "the e-mail address contains a line break",
         "'ana@example.org Bcc: x@evil.org' is not an e-mail address"),
        ("Ana", "", "555\n0110", "the phone number contains a line break", ("Ana", "555 0110")),
    ],
)  # fmt: skip
def test_a_person_s_name_address_and_phone_are_refused_as_a_spreadsheet_row_would_be(
    plan, name, email, phone, said, row
):
    """The editor takes a person by the rules a people import checks (their schedule is
    e-mailed to that address under that name); a person refused changes nothing. A cell's
    line break (Alt+Enter) is a space, as the editor's one-line field makes it (typed_line):
    what is then left is judged by the same rules."""
    from planner.domain.edits import put_person
    from planner.domain.model import Person, PersonKind
    from planner.domain.people import PersonRow, merge_people_rows

    with pytest.raises(EditError) as caught:
        put_person(plan, Person(PersonId("x"), name, PersonKind.VOLUNTEER, email=email, phone=phone))
    assert str(caught.value) == said
    merged = merge_people_rows(plan.people, [PersonRow(2, name, email=email, phone=phone)], lambda: "new")
    if row is None or isinstance(row, str):
        assert [(line, str(why)) for line, why in merged.problems] == [(2, row or said)]
        assert merged.records == plan.people
    else:
        assert merged.problems == [] and (row[0], row[1]) in [(p.name, p.phone) for p in merged.records]
    fine = put_person(plan, Person(PersonId("x"), "Ana", PersonKind.VOLUNTEER, email="ana@example.org", phone="555"))
    assert fine.people[-1].email == "ana@example.org"


def test_a_window_moved_to_another_day_takes_its_turns_along(plan):
    from dataclasses import replace

    from planner.domain.edits import put_window

    window = plan.days[0].windows[0]
    moved = put_window(plan, replace(window, start=at(9, 11), end=at(9, 13)))
    assert [(d.date, [w.id for w in d.windows]) for d in moved.days] == [
        (date(2025, 4, 7), ["w2"]), (date(2025, 4, 9), ["w1"])]  # fmt: skip
    assert (moved.turns[0].start, moved.turns[0].end) == (at(9, 10), at(9, 11))  # two days on, same hours
    same_day = put_window(plan, replace(window, start=at(7, 9), end=at(7, 12)))
    assert [w.id for w in same_day.days[0].windows] == ["w1", "w2"] and same_day.turns == plan.turns
    for bad, problem in (
        (replace(window, end=window.start), "the end must be after the start"),
        (replace(window, location_id="gone"), "choose one of the plan's locations"),
    ):
        with pytest.raises(EditError) as caught:
            put_window(plan, bad)
        assert str(caught.value) == f"The media window Mon 07 Apr 10:00: {problem}"


def test_removing_a_window_takes_its_turns_and_a_person_their_places(make_plan, plan):
    from planner.domain.edits import remove_person, remove_window

    without = remove_window(plan, "w1")
    assert [w.id for w in without.windows()] == ["w2"] and without.turns == () and without.shifts == plan.shifts
    busy = make_plan(
        days=[{"date": "2025-04-07", "windows": [
            {"id": "w", "start": "2025-04-07T10:00", "end": "2025-04-07T12:00", "location": "loc"}]}],
        turns=[{"id": "t", "window": "w", "start": "2025-04-07T10:00", "end": "2025-04-07T11:00",
                "people": ["ana", "ben"]}],
        availability=[{"person": "ana", "start": "2025-04-07T08:00", "end": "2025-04-07T09:00"},
                      {"person": "ben", "start": "2025-04-07T08:00", "end": "2025-04-07T09:00"}],
    )  # fmt: skip
    gone = remove_person(busy, PersonId("ana"))
    assert [p.id for p in gone.people] == ["ben", "vic"]
    assert gone.turns[0].person_ids == ("ben",) and [a.person_id for a in gone.availability] == ["ben"]
    assert remove_person(gone, PersonId("vic")).turns[0] is gone.turns[0]  # not on it: untouched
    with pytest.raises(EditError) as caught:
        remove_person(busy, PersonId("nobody"))
    assert str(caught.value) == "No person has the id 'nobody'"


# ---------------------------------------------------------------------------------- the spring-forward gap


def test_every_editor_refuses_a_time_the_clocks_skip_naming_the_item_and_the_end(make_plan):
    from dataclasses import replace

    from planner.domain.edits import put_window

    plan = make_plan(
        days=[{"date": "2025-03-08", "windows": [
            {"id": "w", "start": "2025-03-08T01:00", "end": "2025-03-08T04:00", "location": "loc"}]}],
        turns=[{"id": "t", "window": "w", "start": "2025-03-08T02:30", "end": "2025-03-08T03:30"}],
        shifts=[{"id": "s", "role": "marshal", "location": "loc", "start": "2025-03-08T01:00",
                 "end": "2025-03-08T02:15"}],
    )  # fmt: skip
    gap = "does not exist in America/Los_Angeles: the clocks skip it"
    window, turn, shift = plan.days[0].windows[0], plan.turns[0], plan.shifts[0]
    sunday = {"year": 2025, "month": 3, "day": 9}
    cases = [
        (lambda: put_window(plan, replace(window, start=window.start.replace(hour=2, minute=30, **sunday),
                                          end=window.end.replace(**sunday))),
         f"The media window Sun 09 Mar 02:30: the start (Sun 09 Mar 02:30) {gap}"),
        (lambda: put_window(plan, replace(window, start=window.start.replace(**sunday),
                                          end=window.start.replace(hour=2, minute=15, **sunday))),
         f"The media window Sun 09 Mar 01:00: the end (Sun 09 Mar 02:15) {gap}"),
        (lambda: put_item(plan, replace(turn, start=turn.start.replace(**sunday), end=turn.end.replace(**sunday))),
         f"the turn Sun 09 Mar 02:30: the start (Sun 09 Mar 02:30) {gap}"),
        (lambda: put_item(plan, replace(shift, start=shift.start.replace(**sunday), end=shift.end.replace(**sunday))),
         f"the shift Sun 09 Mar 01:00: the end (Sun 09 Mar 02:15) {gap}"),
        (lambda: retime_item(plan, "t", turn.start.replace(**sunday), turn.end.replace(**sunday)),
         f"the turn Sat 08 Mar 02:30: the start (Sun 09 Mar 02:30) {gap}"),
        (lambda: retime_item(plan, "s", shift.start.replace(**sunday), shift.end.replace(**sunday)),
         f"the shift Sat 08 Mar 01:00: the end (Sun 09 Mar 02:15) {gap}"),
        (lambda: copy_day(replace(plan, days=(replace(plan.days[0], windows=()),), turns=()), date(2025, 3, 8),
                          [date(2025, 3, 9)]),
         f"The shift 01:00 copied to Sun 09 Mar (Sun 09 Mar 02:15) {gap}"),
        (lambda: copy_day(replace(plan, days=(replace(plan.days[0], windows=(replace(
            window, start=window.start.replace(hour=0)),)),), shifts=()), date(2025, 3, 8), [date(2025, 3, 9)]),
         f"The turn 02:30 copied to Sun 09 Mar (Sun 09 Mar 02:30) {gap}"),
    ]  # fmt: skip
    for edit, message in cases:
        with pytest.raises(EditError) as caught:
            edit()
        assert str(caught.value) == message


def test_a_new_window_is_added_on_its_day_and_a_moved_one_takes_only_its_own_turns(plan):
    from dataclasses import replace

    from planner.domain.edits import put_window

    new = replace(plan.days[0].windows[0], id="w9", start=at(8, 9), end=at(8, 11))
    added = put_window(plan, new)
    assert [(d.date, [w.id for w in d.windows]) for d in added.days] == [
        (date(2025, 4, 7), ["w1", "w2"]), (date(2025, 4, 8), ["w9"])]  # fmt: skip
    assert added.turns == plan.turns
    with_other = put_item(plan, replace(plan.turns[0], id="t2", window_id="w2", start=at(7, 14), end=at(7, 15)))
    moved = put_window(with_other, replace(plan.days[0].windows[0], start=at(9, 10), end=at(9, 12)))
    assert [(t.id, t.start) for t in moved.turns] == [("t1", at(9, 10)), ("t2", at(7, 14))]


def test_a_window_ending_at_midnight_is_copied_to_end_at_the_next_midnight(make_plan):
    plan = make_plan(
        days=[{"date": "2025-04-07", "windows": [
            {"id": "w", "start": "2025-04-07T20:00", "end": "2025-04-08T00:00", "location": "loc"}]}],
    )  # fmt: skip
    copied = copy_day(plan, date(2025, 4, 7), [date(2025, 4, 7), date(2025, 4, 10)])  # itself skipped, not the end
    window = copied.days[1].windows[0]
    assert (window.start, window.end) == (at(10, 20), at(11, 0))


# ---------------------------------------------------------------------------------- removing records


def test_a_location_or_role_in_use_is_refused_saying_how_much_uses_it(plan):
    from planner.domain.edits import remove_location, remove_role
    from planner.domain.model import LocationId, RoleId

    cases = [
        (lambda: remove_location(plan, LocationId("gone")), "No location has the id 'gone'"),
        (lambda: remove_location(plan, LocationId("loc")),
         "Kaiser LA still has 1 media windows and 1 shifts; move or remove them first"),
        (lambda: remove_role(plan, RoleId("gone")), "No role has the id 'gone'"),
        (lambda: remove_role(plan, RoleId("marshal")),
         "Safety marshal still has 1 shifts; give them another role or remove them first"),
    ]  # fmt: skip
    for edit, message in cases:
        with pytest.raises(EditError) as caught:
            edit()
        assert str(caught.value) == message
    emptied = remove_items(plan, ["s1"])
    assert [r.id for r in remove_role(emptied, RoleId("marshal")).roles] == []
    from dataclasses import replace

    no_w1 = replace(emptied, days=(replace(emptied.days[0], windows=emptied.days[0].windows[1:]),), turns=())
    assert [loc.id for loc in remove_location(no_w1, LocationId("loc")).locations] == ["park"]


def test_removing_a_person_takes_them_off_shifts_too(plan):
    from planner.domain.edits import remove_person

    gone = remove_person(plan, PersonId("vic"))
    assert [p.id for p in gone.people] == ["ana", "ben"] and gone.shifts[0].person_ids == ()
    assert gone.turns == plan.turns  # Vic was on no turn


def test_a_time_given_in_another_zone_is_kept_as_the_plans_wall_time(plan):
    from datetime import UTC

    moved = retime_item(plan, "s1", datetime(2025, 4, 7, 17, 0, tzinfo=UTC), datetime(2025, 4, 7, 18, 0, tzinfo=UTC))
    shift = moved.shifts[0]
    assert (shift.start, shift.end) == (at(7, 10), at(7, 11)) and shift.start.tzinfo is LA


def test_turns_must_have_a_length():
    from planner.domain.model import split_window

    window = type("W", (), {"start": at(7, 10), "end": at(7, 10, 3)})()
    with pytest.raises(ValueError, match=r"^turn length must be positive$"):
        split_window(window, 0)
    assert len(split_window(window, 1)) == 3


def test_a_turn_moved_to_a_windows_very_edges_joins_it(plan):
    moved = retime_item(plan, "t1", at(7, 14), at(7, 16))  # exactly w2's hours
    assert moved.turns[0].window_id == "w2"
    stays = retime_item(plan, "t1", at(7, 10), at(7, 12))  # exactly w1's: its own window
    assert stays.turns[0].window_id == "w1"


def test_the_indexes_an_edit_hands_on_are_those_the_new_plan_would_make(example_plan):
    """Edits find turns and shifts by an index and pass it to the next plan where it still holds."""
    from dataclasses import replace

    from planner.domain.model import _positions

    plan = example_plan
    shift, turn = plan.shifts[2], plan.turns[4]
    assert plan.turn_positions and plan.shift_positions  # made, so there is something to hand on
    for edited in (
        move_item(plan, shift.id, shift.start + timedelta(hours=1)),
        move_item(plan, turn.id, turn.start + timedelta(minutes=30)),
        put_item(plan, replace(shift, id="another")),  # added at the end
        remove_items(plan, [shift.id]),
    ):
        assert edited.turn_positions == _positions(edited.turns)
        assert edited.shift_positions == _positions(edited.shifts)
        assert find_item(edited, edited.shifts[-1].id) is edited.shifts[-1]
