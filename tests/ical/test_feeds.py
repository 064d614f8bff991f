"""Feeds that every client accepts, checked by two parsers that share no code with icalendar:
vobject and ics.py. Each compares every start and end, in UTC, with the plan."""

from __future__ import annotations

import dataclasses
import enum
import itertools
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import ics
import pytest
import vobject

from planner.domain.model import PersonKind
from planner.domain.revisions import revise
from planner.ical.feeds import DESCRIPTION_SLOT, EventHead, FeedWriter, feed_digests, uid
from planner.publish.feeds import FeedKind, feed_files
from tests.golden import assert_golden

NOW = datetime(2025, 4, 1, 12, 0, tzinfo=UTC)
GOLDEN = Path(__file__).parent / "golden"


def vobject_events(data: bytes) -> dict[str, tuple[datetime, datetime]]:
    cal = vobject.readOne(data.decode("utf-8"))
    return {
        ev.uid.value: (ev.dtstart.value.astimezone(UTC), ev.dtend.value.astimezone(UTC))
        for ev in getattr(cal, "vevent_list", [])
    }


def ics_events(data: bytes) -> dict[str, tuple[datetime, datetime]]:
    cal = ics.Calendar(data.decode("utf-8"))
    return {e.uid: (e.begin.datetime.astimezone(UTC), e.end.datetime.astimezone(UTC)) for e in cal.events}


def both_parsers(data: bytes) -> dict[str, tuple[datetime, datetime]]:
    first, second = vobject_events(data), ics_events(data)
    assert first == second
    return first


def instants(plan, items):
    return {uid(plan, i.id): (i.start.astimezone(UTC), i.end.astimezone(UTC)) for i in items}


@pytest.fixture
def files(example_plan):
    return feed_files(example_plan, NOW)


# ------------------------------------------------------------------ every file, every instant


def test_media_feed_has_every_window_at_the_right_instant(example_plan, files):
    expected = instants(example_plan, example_plan.windows())
    assert both_parsers(files["media.ics"]) == expected
    # Mon 8:00 in Los Angeles in April (PDT, UTC-7) is 15:00 UTC.
    monday = expected[uid(example_plan, "win-2025-04-07")]
    assert monday == (datetime(2025, 4, 7, 15, tzinfo=UTC), datetime(2025, 4, 8, 1, tzinfo=UTC))


def test_volunteer_feed_has_every_shift(example_plan, files):
    assert both_parsers(files["volunteers.ics"]) == instants(example_plan, example_plan.shifts)


def test_each_role_file_has_exactly_that_roles_shifts(example_plan, files):
    for role in example_plan.roles:
        name = f"roles/{role.name.lower().replace(' ', '-')}.ics"
        shifts = [s for s in example_plan.shifts if s.role_id == role.id]
        assert both_parsers(files[name]) == instants(example_plan, shifts), name


def test_organizer_file_has_everything(example_plan, files):
    everything = [*example_plan.windows(), *example_plan.turns, *example_plan.shifts]
    assert both_parsers(files["organizer.ics"]) == instants(example_plan, everything)


def test_each_person_file_holds_only_that_persons_items(example_plan, files):
    people = [f for f in files if f.startswith("people/")]
    assert len(people) == len(example_plan.people)
    ana = example_plan.people_by_id["sp-ana-morales"]
    mine = [t for t in example_plan.turns if ana.id in t.person_ids]
    assert both_parsers(files["people/ana-morales-lcsw.ics"]) == instants(example_plan, mine)
    grace = example_plan.people_by_id["vol-grace-kim"]
    mine = [s for s in example_plan.shifts if grace.id in s.person_ids]
    assert both_parsers(files["people/grace-kim.ics"]) == instants(example_plan, mine)


def test_only_limits_the_files(example_plan):
    assert set(feed_files(example_plan, NOW, only={FeedKind.MEDIA})) == {"media.ics"}
    roles = set(feed_files(example_plan, NOW, only={FeedKind.ROLES, FeedKind.ORGANIZER}))
    assert "organizer.ics" in roles and all(f == "organizer.ics" or f.startswith("roles/") for f in roles)


# ------------------------------------------------------------------ structure every client needs


def test_every_file_is_well_formed(files):
    for name, data in files.items():
        text = data.decode("utf-8")
        assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Planner//"), name
        assert text.endswith("END:VCALENDAR\r\n"), name
        assert "\n" not in text.replace("\r\n", ""), f"{name}: bare LF"
        for line in data.split(b"\r\n"):
            assert len(line) <= 75, f"{name}: {len(line)}-octet line"
        tzids = set(re.findall(r";TZID=([^:;]+)", text))
        defined = set(re.findall(r"\r\nTZID:([^\r]+)", text))
        assert tzids == defined == {"America/Los_Angeles"}, name
        assert text.count("BEGIN:VTIMEZONE") == 1, name
        # Feeds are not invitations: no METHOD, no attendees.
        assert "METHOD:" not in text and "ATTENDEE" not in text, name
        # Never floating times for timed events: every start and end names its zone.
        events = "".join(re.findall(r"BEGIN:VEVENT.*?END:VEVENT", text, re.S))
        assert not re.search(r"\r\nDT(START|END)[:;](VALUE=[A-Z-]+:)?\d{8}(T\d{6})?\r\n", events), name


def test_the_vtimezone_uses_yearly_rules_not_rdate_lists(files):
    text = files["media.ics"].decode()
    assert "RDATE" not in text
    assert "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3" in text and "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11" in text


def test_calendar_level_properties_for_subscribed_feeds(files):
    cal = vobject.readOne(files["volunteers.ics"].decode())
    assert (
        cal.contents["x-wr-calname"][0].value == "Hunger strike for mental health care — Kaiser LA — volunteer shifts"
    )
    assert cal.contents["name"][0].value == cal.contents["x-wr-calname"][0].value
    assert cal.contents["x-wr-caldesc"][0].value.startswith("Every volunteer shift. Five-day hunger strike")
    text = files["volunteers.ics"].decode()
    assert "\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n" in text
    assert "\r\nX-PUBLISHED-TTL:PT1H\r\n" in text
    assert "\r\nUID:volunteers.example-kp-la-hunger-strike-2025@planner\r\n" in text


def test_event_identity_stamp_status_and_revision(example_plan, files):
    cal = vobject.readOne(files["media.ics"].decode())
    for event in cal.vevent_list:
        assert event.uid.value.endswith(".example-kp-la-hunger-strike-2025@planner")
        assert event.dtstamp.value == NOW  # UTC
        assert event.sequence.value == "0"
        assert event.status.value == "CONFIRMED"
        assert event.last_modified.value == NOW


def test_location_geo_map_and_description_are_readable(example_plan, files):
    cal = vobject.readOne(files["media.ics"].decode())
    monday = min(cal.vevent_list, key=lambda ev: ev.dtstart.value)
    assert monday.location.value == (
        "Kaiser Permanente Los Angeles Medical Center, 4867 W. Sunset Boulevard, Los Angeles, CA 90027, USA"
    )
    assert monday.geo.value == "34.098;-118.294"
    assert monday.url.value.startswith("https://www.openstreetmap.org/?mlat=34.098000&mlon=-118.294000")
    lines = monday.description.value.split("\n")
    first = example_plan.turns_in("win-2025-04-07")[0]
    on_duty = example_plan.people_by_id[first.person_ids[0]]
    assert lines[:2] == ["Spokespeople on duty:", f"08:00–09:00  {on_duty.name} — {on_duty.title}"]
    assert "Press contact: Jordan Lee, press coordinator · press@example.org · +1 213 555 0100" in lines
    assert any(line.startswith("On site: Strikers' canopy") for line in lines)


def test_uids_are_stable_and_dtstamp_follows_the_clock(example_plan):
    first = feed_files(example_plan, NOW)["media.ics"]
    later = feed_files(example_plan, datetime(2025, 4, 5, 9, tzinfo=UTC))["media.ics"]
    assert set(vobject_events(first)) == set(vobject_events(later))
    assert b"DTSTAMP:20250401T120000Z" in first and b"DTSTAMP:20250405T090000Z" in later


def test_with_a_publication_record_dtstamp_is_when_the_event_last_changed(example_plan):
    """A feed has no METHOD, so DTSTAMP is the event's last revision (RFC 5545 §3.8.7.2), as
    LAST-MODIFIED: a later export of unchanged events gives the same bytes."""
    first = revise(example_plan, {}, NOW)
    later = datetime(2025, 4, 5, 9, tzinfo=UTC)
    window = example_plan.days[0].windows[0]
    moved = replace(window, start=window.start + timedelta(hours=1))
    edited = replace(example_plan, days=(replace(example_plan.days[0], windows=(moved,)), *example_plan.days[1:]))
    again = revise(edited, first, later)
    before, after = feed_files(example_plan, NOW, first), feed_files(edited, later, again)
    events = vobject.readOne(after["media.ics"].decode()).vevent_list
    stamps = {e.uid.value: (e.dtstamp.value, e.last_modified.value) for e in events}
    assert stamps[uid(example_plan, window.id)] == (later, later)
    assert {v for k, v in stamps.items() if k != uid(example_plan, window.id)} == {(NOW, NOW)}
    assert before["volunteers.ics"] == after["volunteers.ics"]  # nothing in it changed


def test_the_same_inputs_give_the_same_bytes(example_plan):
    assert feed_files(example_plan, NOW) == feed_files(example_plan, NOW)


def test_a_naive_clock_is_refused(example_plan):
    with pytest.raises(ValueError, match="aware"):
        FeedWriter(example_plan, datetime(2025, 4, 1))


# ------------------------------------------------------------------ privacy


def test_private_contacts_reach_only_the_organizer_file(example_plan, files):
    private = [c for p in example_plan.people for c in (p.email, p.phone) if c]
    assert len(private) == 2 * len(example_plan.people)
    for name, data in files.items():
        text = vobject.readOne(data.decode())
        content = "\n".join(str(line.value) for ev in text.vevent_list for line in ev.lines())
        leaked = [c for c in private if c in content]
        if name == "organizer.ics":
            assert set(leaked) == set(private)
        else:
            assert leaked == [], f"{name} shows {leaked}"
    assert b"press@example.org" in files["media.ics"]


def test_the_media_feed_names_no_volunteer(example_plan, files):
    text = files["media.ics"].decode()
    for volunteer in example_plan.volunteers:
        assert volunteer.name not in text


# ------------------------------------------------------------------ reminders


def test_personal_files_remind_and_shared_feeds_do_not(example_plan, files):
    assert "BEGIN:VALARM" not in files["volunteers.ics"].decode()
    assert "BEGIN:VALARM" not in files["media.ics"].decode()
    cal = vobject.readOne(files["people/grace-kim.ics"].decode())
    for event in cal.vevent_list:
        [alarm] = event.valarm_list
        assert alarm.action.value == "DISPLAY"
        assert alarm.trigger.value.total_seconds() == -60 * 60
    later = replace(example_plan, reminder_minutes=30)
    text = feed_files(later, NOW, only={FeedKind.PEOPLE})["people/grace-kim.ics"].decode()
    assert "TRIGGER:-PT30M" in text


# ------------------------------------------------------------------ changes reach clients in place


def test_sequence_rises_only_for_changes_of_time_place_or_status(example_plan):
    first = revise(example_plan, {}, NOW)
    shift = example_plan.shifts[5]
    moved_window = replace(example_plan.days[0].windows[0], end=example_plan.days[0].windows[0].end.replace(hour=17))
    restaffed_turn = replace(example_plan.turns[20], person_ids=(example_plan.spokespeople[0].id,))
    changed = replace(
        example_plan,
        days=(replace(example_plan.days[0], windows=(moved_window,)), *example_plan.days[1:]),
        turns=tuple(restaffed_turn if t.id == restaffed_turn.id else t for t in example_plan.turns),
        shifts=tuple(replace(s, cancelled=True) if s.id == shift.id else s for s in example_plan.shifts),
    )
    later = datetime(2025, 4, 3, tzinfo=UTC)
    second = revise(changed, first, later)
    bumped = {item for item in second if second[item].sequence != first[item].sequence}
    assert bumped == {moved_window.id, shift.id}
    assert second[shift.id].modified == later and second[restaffed_turn.id].modified == NOW

    files = feed_files(changed, later, second)
    cal = vobject.readOne(files["volunteers.ics"].decode())
    [cancelled] = [ev for ev in cal.vevent_list if ev.uid.value == uid(changed, shift.id)]
    assert cancelled.status.value == "CANCELLED" and cancelled.sequence.value == "1"
    assert cancelled.summary.value.startswith("Cancelled: ")
    media = {ev.uid.value: ev for ev in vobject.readOne(files["media.ics"].decode()).vevent_list}
    assert media[uid(changed, moved_window.id)].sequence.value == "1"
    assert media[uid(changed, moved_window.id)].last_modified.value == later


def test_removed_events_leave_the_feeds(example_plan):
    gone = example_plan.shifts[0]
    smaller = replace(example_plan, shifts=example_plan.shifts[1:])
    assert uid(example_plan, gone.id) not in vobject_events(feed_files(smaller, NOW)["volunteers.ics"])


def test_a_cancelled_shift_sets_no_alarm(example_plan):
    grace = example_plan.people_by_id["vol-grace-kim"]
    plan = replace(
        example_plan, shifts=tuple(replace(s, cancelled=grace.id in s.person_ids) for s in example_plan.shifts)
    )
    text = feed_files(plan, NOW, only={FeedKind.PEOPLE})["people/grace-kim.ics"].decode()
    assert "STATUS:CANCELLED" in text and "VALARM" not in text


# ------------------------------------------------------------------ hostile text


HOSTILE = [
    'Ana, "la jefa"; O\'Brien \\ back\\slash',
    "two\nlines\r\nand a tab\t.",
    "Emoji 🎉✊🏽 and ZWJ 👩‍⚕️",
    "עברית ومرحبا mixed with Latin",
    "w" * 200,
    "ends with backslash \\",
    ": colon ; semi , comma",
]


def _text_everywhere(make_plan, text: str, title: str):
    """A plan of one window, turn and shift with `text` in every field of text but its title."""
    return make_plan(
        plan={"id": "p1", "title": title, "timezone": "America/Los_Angeles", "description": text},
        locations=[{"id": "loc", "name": text, "address": text, "notes": text}],
        days=[{"date": "2025-04-07", "note": text, "windows": [
            {"id": "w1", "start": "2025-04-07T08:00", "end": "2025-04-07T10:00", "location": "loc"}]}],
        people=[{"id": "ana", "name": text, "kind": "spokesperson", "title": text}],
        roles=[{"id": "r", "name": text, "description": text}],
        turns=[{"id": "t1", "window": "w1", "start": "2025-04-07T08:00", "end": "2025-04-07T10:00",
                "people": ["ana"]}],
        shifts=[{"id": "s1", "role": "r", "location": "loc", "start": "2025-04-07T08:00",
                 "end": "2025-04-07T09:00", "people": ["ana"], "notes": text}],
    )  # fmt: skip


def test_control_characters_a_file_brought_in_reach_no_calendar(make_plan):
    """Word's soft line break (a vertical tab), a form feed, a bell, an escape, NEL: RFC 5545
    allows no control character in text, and a parser that splits lines as Python does broke
    the file there (ics: "Expecting end of text"). A plan holding them (from a JSON file, or a
    plan file saved before they were left out) writes calendars without them, each line break
    of another program's as iCalendar's own."""
    text = "Ana\x0bGarcía\x0c, \x07bell \x1b[31mescape\x85NEL\u2028sep"
    plan = _text_everywhere(make_plan, text, "Vigil\x07")
    expected = "Ana\nGarcía\n, bell [31mescape\nNEL\nsep"
    files = feed_files(plan, NOW)
    for name, data in files.items():
        assert not re.search(rb"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xa8\xa9]", data), name
        events = ics.Calendar(data.decode("utf-8")).events
        assert events and all(e.location == f"{expected}, {expected}" for e in events), name
        assert all(e.location.value == f"{expected}, {expected}" for e in vobject.readOne(data.decode()).vevent_list)
    assert plan.title == "Vigil"


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_round_trips_exactly_through_both_parsers(make_plan, text):
    title = " ".join(text.split())
    # A title goes into e-mail headers too, so a line break in it is refused on reading.
    plan = _text_everywhere(make_plan, text, title)
    files = feed_files(plan, NOW)
    expected = text.replace("\r\n", "\n")  # iCalendar has one line break: \n
    for name, data in files.items():
        for line in data.split(b"\r\n"):
            assert len(line) <= 75
            line.decode("utf-8")  # no character split across lines
        cal = vobject.readOne(data.decode("utf-8"))
        for event in cal.vevent_list:
            assert event.summary.value.endswith((f": {expected}", f": {title}")), name
            assert event.location.value == f"{expected}, {expected}", name
        for event in ics.Calendar(data.decode("utf-8")).events:
            assert event.location == f"{expected}, {expected}", name
    cal = vobject.readOne(files["volunteers.ics"].decode())
    assert f"Bring / know: {expected}" in cal.vevent.description.value
    assert cal.contents["x-wr-caldesc"][0].value == f"Every volunteer shift. {expected}".strip()


# ------------------------------------------------------------------ golden files


GOLDEN_FILES = [
    "media.ics",
    "volunteers.ics",
    "organizer.ics",
    "people/ana-morales-lcsw.ics",
    "people/grace-kim.ics",
    "roles/wellness-check.ics",
]


@pytest.mark.parametrize("name", GOLDEN_FILES)
def test_golden_files(files, name):
    """Any change to the bytes we publish is deliberate: PLANNER_UPDATE_GOLDEN=1 rewrites these."""
    assert_golden(GOLDEN / name.replace("/", "__"), files[name])


def test_people_kinds_in_the_example(example_plan):
    # The golden files cover one spokesperson and one volunteer.
    assert example_plan.people_by_id["sp-ana-morales"].kind is PersonKind.SPOKESPERSON
    assert example_plan.people_by_id["vol-grace-kim"].kind is PersonKind.VOLUNTEER


# An edge of every kind the example lacks: a cancelled window and shift, a window nobody is on
# yet and one without turns, a place without a map pin, a role's description and a shift's
# notes, a short reminder, contacts, and a plan description.
EDGE_PLAN = {
    "plan": {"id": "edge", "title": "Vigil", "timezone": "America/Los_Angeles", "description": "Bring candles.",
             "reminder_minutes": 15, "press_contact": {"name": "Jo", "email": "jo@example.org", "phone": "555-0100"}},
    "locations": [{"id": "loc", "name": "Steps", "address": "1 Main St"},
                  {"id": "park", "name": "Park", "address": "2 Elm St", "latitude": 34.1, "longitude": -118.3}],
    "roles": [{"id": "marshal", "name": "Safety marshal", "description": "Keep the sidewalk clear."}],
    "people": [{"id": "ana", "name": "Ana", "kind": "spokesperson", "title": "Nurse", "phone": "555-0101",
                "email": "ana@example.org"},
               {"id": "vic", "name": "Vic", "kind": "volunteer", "phone": "555-0102"}],
    "days": [{"date": "2025-04-07", "windows": [
        {"id": "w1", "start": "2025-04-07T10:00", "end": "2025-04-07T12:00", "location": "loc"},
        {"id": "w2", "start": "2025-04-07T14:00", "end": "2025-04-07T15:00", "location": "park", "cancelled": True},
        {"id": "w3", "start": "2025-04-07T16:00", "end": "2025-04-07T17:00", "location": "park"}]}],
    "turns": [{"id": "t1", "window": "w1", "start": "2025-04-07T10:00", "end": "2025-04-07T11:00", "people": ["ana"]},
              {"id": "t2", "window": "w1", "start": "2025-04-07T11:00", "end": "2025-04-07T12:00"},
              {"id": "t3", "window": "w2", "start": "2025-04-07T14:00", "end": "2025-04-07T15:00", "people": ["ana"]}],
    "shifts": [{"id": "s1", "role": "marshal", "location": "park", "start": "2025-04-07T09:00",
                "end": "2025-04-07T13:00", "needed": 2, "people": ["vic"], "notes": "Vests in the van"},
               {"id": "s2", "role": "marshal", "location": "loc", "start": "2025-04-08T09:00",
                "end": "2025-04-08T10:00", "needed": 1, "people": ["vic"], "cancelled": True}],
}  # fmt: skip
EDGE_FILES = [
    "media.ics",
    "volunteers.ics",
    "organizer.ics",
    "people/ana.ics",
    "people/vic.ics",
    "roles/safety-marshal.ics",
]


@pytest.mark.parametrize("name", EDGE_FILES)
def test_golden_files_of_a_plan_with_every_edge(make_plan, name):
    """Byte for byte, as for the example: PLANNER_UPDATE_GOLDEN=1 rewrites these."""
    files = feed_files(make_plan(**EDGE_PLAN), NOW)
    assert_golden(GOLDEN / ("edge__" + name.replace("/", "__")), files[name])
    both_parsers(files[name])  # and still read by two other parsers


def test_an_empty_plan_still_makes_calendars_every_client_opens(make_plan):
    files = feed_files(make_plan(), NOW)
    for name in ("media.ics", "volunteers.ics", "organizer.ics"):
        assert both_parsers(files[name]) == {}
        assert b"BEGIN:VTIMEZONE" not in files[name] and files[name].endswith(b"END:VCALENDAR\r\n")


# ------------------------------------------------------------------ events made of shared lines


def _plans_with_every_kind_of_event(example_plan, make_plan):
    yield example_plan, {}
    edge = make_plan(**EDGE_PLAN)
    yield edge, {}
    moved = replace(edge, turns=tuple(replace(t, start=t.start - timedelta(minutes=30)) for t in edge.turns))
    later = NOW + timedelta(days=1)  # a publication record: stamps, and sequences above 0
    yield moved, revise(moved, revise(edge, {}, NOW), later)
    for text in HOSTILE:
        yield make_plan(
            plan={"id": "p1", "title": " ".join(text.split()), "timezone": "Europe/Berlin"},
            locations=[{"id": "loc", "name": text, "address": text, "latitude": 52.5, "longitude": 13.4}],
            days=[{"date": "2025-10-26", "windows": [
                {"id": text[:20], "start": "2025-10-26T02:30", "end": "2025-10-26T04:00", "location": "loc"}]}],
        ), {}  # fmt: skip


def test_every_event_is_byte_for_byte_what_icalendar_makes_of_it_whole(example_plan, make_plan):
    """Events are joined from lines icalendar made once per distinct value (a campaign's events
    share all but their UID); each must be exactly the event Event.new makes, in every plan,
    zone, disclosure and edge (cancelled, no map pin, hostile text, a repeated hour)."""
    from planner.ical.folding import serialize

    for plan, revisions in _plans_with_every_kind_of_event(example_plan, make_plan):
        writer = FeedWriter(plan, NOW, revisions)
        items = [(w, "Media availability", w.location_id) for w in plan.windows()]
        items += [(t, "On duty for press", plan.windows_by_id[t.window_id].location_id) for t in plan.turns]
        items += [(s, s.role_id, s.location_id) for s in plan.shifts]
        for (item, title, location_id), lang in itertools.product(items, ("en", "es")):
            cancelled = bool(getattr(item, "cancelled", False))
            head = EventHead(item.id, title, item.start, item.end, location_id, cancelled, lang)
            before, after = writer._frame(head)
            whole = serialize(writer._event(head))
            slot = f"DESCRIPTION:{DESCRIPTION_SLOT}\r\n".encode()
            assert before + slot + after == whole, (plan.title, item.id, lang)


def test_every_calendar_header_is_byte_for_byte_what_icalendar_makes_of_it_whole():
    """Headers are written from the first one icalendar made (a campaign's 2,469 files differ
    in three values): each must be exactly icalendar's, with any text in those values."""
    from planner.ical.feeds import CalendarHeads, calendar_head

    heads = CalendarHeads()
    first = ("media.p1@planner", "Strike — media availability", "When and where to meet the spokespeople.")
    assert heads.head(*first) == calendar_head(*first)
    assert heads._lines is not None and sum(not isinstance(line, bytes) for line in heads._lines) == 5
    for text in [*HOSTILE, "", " ", "\ue001 a mark", "x" * 74, "é" * 40]:
        for feed_uid, name, description in [
            (f"person-{text}.p1@planner", text, text),
            ("volunteers.p1@planner", f"Strike — {text}", f"Every volunteer shift. {text}".strip()),
        ]:
            assert heads.head(feed_uid, name, description) == calendar_head(feed_uid, name, description), text


def test_a_shared_line_is_kept_per_zone_not_per_instant():
    """10:00 in Los Angeles and 17:00Z are one instant (equal datetimes) but two lines."""
    from zoneinfo import ZoneInfo

    from planner.ical.feeds import EventLines

    lines = EventLines()
    local = datetime(2025, 4, 7, 10, tzinfo=ZoneInfo("America/Los_Angeles"))
    assert lines._line("start", local, True) == b"DTSTART;TZID=America/Los_Angeles:20250407T100000\r\n"
    assert lines._line("start", local.astimezone(UTC), True) == b"DTSTART:20250407T170000Z\r\n"


def test_a_persons_own_calendar_is_in_their_language_and_the_shared_ones_in_english(example_plan):
    """A volunteer and a spokesperson who speak Spanish first get their own calendar in
    Spanish — its description, each event's summary, description and reminder — as their
    schedule e-mail is; the calendars everyone shares, and those of English speakers, are as
    before. Read by a second parser (vobject), and a third (ics)."""
    from planner.domain import edits
    from planner.publish.feeds import person_paths

    def shifts_of(plan, person):
        return [s for s in plan.shifts if person.id in s.person_ids]

    volunteers = [p for p in example_plan.people if p.kind is PersonKind.VOLUNTEER and shifts_of(example_plan, p)]
    volunteer, shift = volunteers[0], shifts_of(example_plan, volunteers[0])[0]
    english = next(p for p in volunteers if shift not in shifts_of(example_plan, p))
    speaker = next(p for p in example_plan.people if p.kind is PersonKind.SPOKESPERSON)
    plan = example_plan
    for person, languages in ((volunteer, ("Español",)), (speaker, ("Spanish", "English"))):
        plan = edits.put_person(plan, replace(person, languages=languages))
    plan = replace(plan, shifts=tuple(replace(s, cancelled=True, notes="Agua") if s.id == shift.id else s
                                      for s in plan.shifts))  # fmt: skip
    before, files, paths = feed_files(example_plan, NOW), feed_files(plan, NOW), person_paths(plan)
    theirs = vobject.readOne(files[paths[volunteer.id]].decode())
    assert theirs.x_wr_caldesc.value.startswith(f"Horario de {volunteer.name}.")
    events = {e.uid.value: e for e in theirs.vevent_list}
    cancelled = events[uid(plan, shift.id)]
    assert cancelled.summary.value.startswith("Cancelado: ") and "Traer / saber: Agua" in cancelled.description.value
    assert all("Lugar: " in e.description.value and "Mapa: " in e.description.value for e in events.values())
    reminded = [e for e in events.values() if e is not cancelled]
    assert reminded and all(e.valarm.description.value == f"Empieza en {plan.reminder_minutes} minutos"
                            for e in reminded)  # fmt: skip
    spoken = vobject.readOne(files[paths[speaker.id]].decode())
    assert {e.summary.value.split(":")[0] for e in spoken.vevent_list} == {"De turno con la prensa"}
    assert all(e.description.value.startswith("Portavoz de turno: la prensa viene a hablar con usted.\nDe turno: ")
               for e in spoken.vevent_list)  # fmt: skip
    # The shared calendars hold the same shift in English; an English speaker's file is as it was.
    shared = {e.uid.value: e for e in vobject.readOne(files["volunteers.ics"].decode()).vevent_list}
    assert shared[cancelled.uid.value].summary.value.startswith("Cancelled: ")
    assert "Bring / know: Agua" in shared[cancelled.uid.value].description.value
    assert files[paths[english.id]] == before[paths[english.id]]
    assert len(ics.Calendar(files[paths[volunteer.id]].decode()).events) == len(events)


def test_a_spanish_plans_shared_calendars_are_in_spanish_and_each_person_in_their_own(example_plan):
    """A plan whose language is Spanish writes the calendars everyone shares in Spanish —
    their names and descriptions, each event's summary and description, a window nobody is on
    yet — and the own calendar of a person who lists no language it writes in; a person who
    reads English gets the very file they get from an English plan. Read by vobject and ics."""
    from planner.domain import edits
    from planner.publish.feeds import person_paths, role_paths

    window = example_plan.days[0].windows[0]
    shift = next(s for s in example_plan.shifts if s.person_ids)
    english, unsaid = (example_plan.people_by_id[p] for p in shift.person_ids[:2])
    plan = replace(example_plan, turns=tuple(t for t in example_plan.turns if t.window_id != window.id))
    plan = edits.put_person(plan, replace(unsaid, languages=("Tamil",)))
    plan = replace(plan, shifts=tuple(replace(s, cancelled=True) if s.id == shift.id else s for s in plan.shifts))
    before = feed_files(plan, NOW)
    spanish = replace(plan, language="es")
    files, people, roles = feed_files(spanish, NOW), person_paths(spanish), role_paths(spanish)
    title, role = plan.title, plan.roles_by_id[shift.role_id]

    def read(name: str):
        calendar = vobject.readOne(files[name].decode())
        assert {e.uid.value for e in calendar.vevent_list} == {e.uid for e in ics.Calendar(files[name].decode()).events}
        return calendar, {e.uid.value: e for e in calendar.vevent_list}

    media, windows = read("media.ics")
    assert media.x_wr_calname.value == f"{title} — disponibilidad para la prensa"
    assert media.x_wr_caldesc.value.startswith("Cuándo y dónde hablar con las y los portavoces.")
    assert {e.summary.value for e in windows.values()} == {f"Disponibilidad para la prensa: {title}"}
    assert windows[uid(plan, window.id)].description.value.startswith("Portavoces de turno:\npor anunciar\n")
    assert all("Contacto de prensa: " in e.description.value and "Lugar: " in e.description.value
               for e in windows.values())  # fmt: skip
    volunteers, shifts = read("volunteers.ics")
    assert volunteers.x_wr_calname.value == f"{title} — turnos de voluntariado"
    assert volunteers.x_wr_caldesc.value.startswith("Todos los turnos de voluntariado.")
    assert shifts[uid(plan, shift.id)].summary.value == f"Cancelado: {role.name}: {title}"
    assert read(roles[role.id])[0].x_wr_caldesc.value.startswith(f"Todos los turnos de {role.name}.")
    organizer, _ = read("organizer.ics")
    assert organizer.x_wr_calname.value == f"{title} — equipo organizador (privado)"
    assert organizer.x_wr_caldesc.value.startswith("Todo el plan, con los contactos.")
    # Their own: in Spanish for one who lists no language we write in, as before for English.
    theirs, events = read(people[unsaid.id])
    assert theirs.x_wr_caldesc.value.startswith(f"Horario de {unsaid.name}.")
    assert events[uid(plan, shift.id)].summary.value.startswith("Cancelado: ")
    assert files[people[english.id]] == before[people[english.id]]
    assert before[people[unsaid.id]] != files[people[unsaid.id]]


def _another(value):
    """A value of the same kind as `value`, but different."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int | float):
        return value + 1
    if isinstance(value, str):
        return value + "x"
    if isinstance(value, datetime):
        return value + timedelta(minutes=1)
    if isinstance(value, tuple):
        return (*value, "extra")
    if isinstance(value, enum.Enum):
        return next(member for member in type(value) if member is not value)
    if value is None:
        return 1.5
    return replace(value, **{f.name: _another(getattr(value, f.name)) for f in dataclasses.fields(value)[:1]})


def test_every_field_of_an_item_and_of_what_it_names_is_in_its_digest(example_plan):
    """The record of an export takes an item whose digest is unchanged for unchanged: a change
    of any field of it, or of the person, place or role it names, must change the digest."""
    plan = example_plan
    turn = next(t for t in plan.turns if t.person_ids)
    shift = next(s for s in plan.shifts if s.person_ids)
    window = plan.windows_by_id[turn.window_id]
    before = feed_digests(plan, {}, NOW)

    def changed(edited, item_id):
        return feed_digests(edited, {}, NOW)[item_id] != before[item_id]

    for item, kind in ((turn, "turns"), (shift, "shifts")):
        for f in dataclasses.fields(item):
            if f.name == "id":
                continue
            other = replace(item, **{f.name: _another(getattr(item, f.name))})
            edited = replace(plan, **{kind: tuple(other if x is item else x for x in getattr(plan, kind))})
            assert changed(edited, item.id), f"{kind}.{f.name}"
    for f in dataclasses.fields(window):
        if f.name == "id":
            continue
        other = replace(window, **{f.name: _another(getattr(window, f.name))})
        days = tuple(replace(d, windows=tuple(other if w is window else w for w in d.windows)) for d in plan.days)
        assert changed(replace(plan, days=days), window.id), f"windows.{f.name}"
    named = ((plan.people_by_id[shift.person_ids[0]], "people", shift.id),
             (plan.locations_by_id[shift.location_id], "locations", shift.id),
             (plan.roles_by_id[shift.role_id], "roles", shift.id),
             (plan.people_by_id[turn.person_ids[0]], "people", window.id))  # fmt: skip
    for record, kind, item_id in named:
        for f in dataclasses.fields(record):
            if f.name == "id":
                continue
            other = replace(record, **{f.name: _another(getattr(record, f.name))})
            edited = replace(plan, **{kind: tuple(other if x is record else x for x in getattr(plan, kind))})
            assert changed(edited, item_id), f"{kind}.{f.name} on {item_id}"
    # A turn's change reaches its window's digest (the window's event lists its turns).
    other = replace(turn, end=turn.end - timedelta(minutes=5))
    assert changed(replace(plan, turns=tuple(other if t is turn else t for t in plan.turns)), window.id)
