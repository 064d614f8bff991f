"""Feeds checked by two parsers that share no code with icalendar: vobject and ics.py."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import ics
import pytest
import vobject

from planner.ical.feeds import FeedWriter, uid
from planner.publish.feeds import feed_files

NOW = datetime(2025, 4, 1, 12, 0, tzinfo=UTC)
GOLDEN = Path(__file__).parent / "golden"


def vobject_events(data: bytes) -> dict[str, tuple[datetime, datetime]]:
    cal = vobject.readOne(data.decode("utf-8"))
    return {ev.uid.value: (ev.dtstart.value.astimezone(UTC), ev.dtend.value.astimezone(UTC)) for ev in cal.vevent_list}


def ics_events(data: bytes) -> dict[str, tuple[datetime, datetime]]:
    cal = ics.Calendar(data.decode("utf-8"))
    return {e.uid: (e.begin.datetime.astimezone(UTC), e.end.datetime.astimezone(UTC)) for e in cal.events}


@pytest.fixture
def files(example_plan):
    return feed_files(example_plan, NOW)


def test_media_feed_has_every_window_at_the_right_instant_for_both_parsers(example_plan, files):
    expected = {
        uid(example_plan, w.id): (w.start.astimezone(UTC), w.end.astimezone(UTC)) for w in example_plan.windows()
    }
    assert vobject_events(files["media.ics"]) == expected
    assert ics_events(files["media.ics"]) == expected
    # Mon 8:00 in Los Angeles in April (PDT, UTC-7) is 15:00 UTC.
    monday = expected[uid(example_plan, "win-2025-04-07")]
    assert monday == (datetime(2025, 4, 7, 15, tzinfo=UTC), datetime(2025, 4, 8, 1, tzinfo=UTC))


def test_media_events_are_wall_clock_in_the_plan_zone(files):
    cal = vobject.readOne(files["media.ics"].decode())
    starts = sorted(ev.dtstart.value for ev in cal.vevent_list)
    assert [(s.strftime("%a %H:%M"), s.utcoffset().total_seconds() / 3600) for s in starts] == [
        ("Mon 08:00", -7), ("Tue 10:00", -7), ("Wed 10:00", -7), ("Thu 10:00", -7), ("Fri 08:00", -7),
    ]  # fmt: skip
    assert b"DTSTART;TZID=America/Los_Angeles:20250407T080000" in files["media.ics"]


def test_volunteer_feed_has_every_shift_for_both_parsers(example_plan, files):
    expected = {uid(example_plan, s.id): (s.start.astimezone(UTC), s.end.astimezone(UTC)) for s in example_plan.shifts}
    assert vobject_events(files["volunteers.ics"]) == expected
    assert ics_events(files["volunteers.ics"]) == expected


def test_each_person_file_holds_only_that_persons_items(example_plan, files):
    people = {p.id: p for p in example_plan.people}
    ana = people["sp-ana-morales"]
    ana_turns = {uid(example_plan, t.id) for t in example_plan.turns if ana.id in t.person_ids}
    assert set(vobject_events(files["people/ana-morales-lcsw.ics"])) == ana_turns
    assert len(ana_turns) >= 7
    grace = people["vol-grace-kim"]
    grace_shifts = {uid(example_plan, s.id) for s in example_plan.shifts if grace.id in s.person_ids}
    assert set(ics_events(files["people/grace-kim.ics"])) == grace_shifts
    assert len([f for f in files if f.startswith("people/")]) == len(example_plan.people)


def test_every_file_has_version_prodid_and_a_vtimezone_for_each_tzid(files):
    for name, data in files.items():
        text = data.decode()
        assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Planner//"), name
        tzids = {line.split("TZID=")[1].split(":")[0] for line in text.splitlines() if ";TZID=" in line}
        defined = {line[len("TZID:") :] for line in text.splitlines() if line.startswith("TZID:")}
        assert tzids == defined == {"America/Los_Angeles"}, name
        assert "METHOD:" not in text, name  # a feed is not an iTIP message


def test_location_has_the_street_address_and_description_says_who_is_on_duty(files):
    cal = vobject.readOne(files["media.ics"].decode())
    monday = min(cal.vevent_list, key=lambda ev: ev.dtstart.value)
    assert "4867 W. Sunset Boulevard, Los Angeles" in monday.location.value
    description = monday.description.value
    assert "08:00–09:00  Ana Morales, LCSW (Child and family therapist, on hunger strike)" in description
    assert "Press contact: Jordan Lee, press coordinator · press@example.org · +1 213 555 0100" in description
    assert monday.geo.value == "34.098;-118.294"


def test_uids_are_stable_and_dtstamp_follows_the_clock(example_plan):
    first = feed_files(example_plan, NOW)["media.ics"]
    later = feed_files(example_plan, datetime(2025, 4, 5, 9, tzinfo=UTC))["media.ics"]
    assert set(vobject_events(first)) == set(vobject_events(later))
    assert b"DTSTAMP:20250401T120000Z" in first and b"DTSTAMP:20250405T090000Z" in later


def test_the_same_plan_and_clock_give_the_same_bytes(example_plan):
    assert feed_files(example_plan, NOW) == feed_files(example_plan, NOW)


def test_a_naive_clock_is_refused(example_plan):
    with pytest.raises(ValueError, match="aware"):
        FeedWriter(example_plan, datetime(2025, 4, 1))


@pytest.mark.parametrize("name", ["media.ics", "volunteers.ics", "people/ana-morales-lcsw.ics"])
def test_golden_files(files, name):
    """Any change to the bytes we publish is deliberate: PLANNER_UPDATE_GOLDEN=1 rewrites these."""
    golden = GOLDEN / name.replace("/", "__")
    if os.environ.get("PLANNER_UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_bytes(files[name])
    assert files[name] == golden.read_bytes()
