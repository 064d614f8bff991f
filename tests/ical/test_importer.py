"""Importing an availability calendar: recurring events, zones, and clear refusals."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from planner.domain.checks import WarningCode, check_plan
from planner.domain.edits import add_media_windows
from planner.ical.importer import CalendarImportError, read_windows

LA = ZoneInfo("America/Los_Angeles")


def ics(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\nDTSTAMP:20250101T000000Z\r\n{e.strip()}\r\nEND:VEVENT\r\n" for e in events)
    text = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{body}END:VCALENDAR\r\n"
    return text.replace("\n", "\r\n").replace("\r\r\n", "\r\n").encode()


AVAILABILITY = ics(
    """UID:monfri
SUMMARY:Media availability
DTSTART;TZID=America/Los_Angeles:20250407T080000
DTEND;TZID=America/Los_Angeles:20250407T180000
RRULE:FREQ=WEEKLY;BYDAY=MO,FR
LOCATION:Kaiser Permanente Los Angeles Medical Center""",
    """UID:tuethu
SUMMARY:Media availability
DTSTART;TZID=America/Los_Angeles:20250408T100000
DTEND;TZID=America/Los_Angeles:20250408T180000
RRULE:FREQ=WEEKLY;BYDAY=TU,WE,TH""",
)


def test_a_weekly_availability_calendar_becomes_the_five_windows(example_plan):
    bare = example_plan.__class__(
        id=example_plan.id,
        title="t",
        timezone="America/Los_Angeles",
        locations=example_plan.locations,
        days=tuple(d.__class__(d.date) for d in example_plan.days),  # the dates, no windows yet
    )
    found = read_windows(AVAILABILITY, LA, "avail.ics", (date(2025, 4, 7), date(2025, 4, 11)))
    assert found.problems == []
    result = add_media_windows(bare, found.windows, None)
    windows = sorted(result.plan.windows(), key=lambda w: w.start)
    assert [(w.start.strftime("%a %H:%M"), w.end.strftime("%H:%M")) for w in windows] == [
        ("Mon 08:00", "18:00"), ("Tue 10:00", "18:00"), ("Wed 10:00", "18:00"),
        ("Thu 10:00", "18:00"), ("Fri 08:00", "18:00"),
    ]  # fmt: skip
    assert all(w.location_id == "loc-kp-la" for w in windows)  # matched by name, or the default
    assert len(result.plan.turns) == 10 + 8 + 8 + 8 + 10
    # Unstaffed turns are valid data; the checks say what is left to do.
    assert {w.code for w in check_plan(result.plan)} == {WarningCode.WINDOW_UNCOVERED}
    again = add_media_windows(result.plan, found.windows, None)
    assert again.added == [] and len(again.notes) == 5 and "already in the plan" in str(again.notes[0])


def test_times_in_other_zones_and_floating_times(make_plan):
    found = read_windows(
        ics(
            "UID:utc\nSUMMARY:UTC\nDTSTART:20250407T150000Z\nDTEND:20250407T170000Z",
            "UID:float\nSUMMARY:Floating\nDTSTART:20250408T090000\nDTEND:20250408T100000",
            "UID:ny\nSUMMARY:NY\nDTSTART;TZID=America/New_York:20250409T130000\nDURATION:PT1H",
        ),
        LA,
        "x.ics",
        None,
    )
    assert found.problems == []
    assert [(w.start, w.end.hour) for w in found.windows] == [
        (datetime(2025, 4, 7, 8, tzinfo=LA), 10),
        (datetime(2025, 4, 8, 9, tzinfo=LA), 10),
        (datetime(2025, 4, 9, 10, tzinfo=LA), 11),
    ]


def test_times_in_a_zone_neither_the_file_nor_the_zone_database_knows_are_taken_and_said_once(make_plan):
    """icalendar leaves such times floating (read as the plan's); Outlook's Windows names and a
    zone the file describes are known. Said once per zone, for a series' occurrences too."""
    vtimezone = (
        "BEGIN:VTIMEZONE\r\nTZID:Campaign Office\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
        "TZOFFSETFROM:-0500\r\nTZOFFSETTO:-0500\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
    )
    data = ics(
        "UID:mars\nSUMMARY:Mars\nDTSTART;TZID=Mars/Olympus:20250407T090000\nDTEND;TZID=Mars/Olympus:20250407T100000",
        "UID:series\nSUMMARY:Series\nDTSTART;TZID=Mars/Olympus:20250408T090000\nDURATION:PT1H\nRRULE:FREQ=DAILY;COUNT=2",
        "UID:win\nSUMMARY:Outlook\nDTSTART;TZID=Eastern Standard Time:20250410T130000\nDURATION:PT1H",
        "UID:own\nSUMMARY:Own\nDTSTART;TZID=Campaign Office:20250411T130000\nDURATION:PT1H",
    ).replace(b"PRODID:-//test//EN\r\n", b"PRODID:-//test//EN\r\n" + vtimezone.encode())
    found = read_windows(data, LA, "x.ics", (date(2025, 4, 7), date(2025, 4, 11)))
    assert sorted((w.start, w.end.hour) for w in found.windows) == [
        (datetime(2025, 4, 7, 9, tzinfo=LA), 10),  # read as the plan's
        (datetime(2025, 4, 8, 9, tzinfo=LA), 10),
        (datetime(2025, 4, 9, 9, tzinfo=LA), 10),
        (datetime(2025, 4, 10, 10, tzinfo=LA), 11),  # 13:00 in New York
        (datetime(2025, 4, 11, 11, tzinfo=LA), 12),  # 13:00 at UTC-5, as the file describes it
    ]
    assert found.problems == []  # every event taken: the zone is a note on them, not a refusal
    assert [str(p) for p in found.notes] == [
        "x.ics: time zone 'Mars/Olympus' is not described in the file nor known; its times were read as "
        "America/Los_Angeles times"
    ]


def test_what_cannot_be_taken_is_said_per_event(make_plan):
    found = read_windows(
        ics(
            "UID:a\nSUMMARY:Whole day\nDTSTART;VALUE=DATE:20250407",
            "UID:b\nSUMMARY:Called off\nSTATUS:CANCELLED\nDTSTART:20250407T150000Z\nDTEND:20250407T160000Z",
            "UID:c\nSUMMARY:All week\nDTSTART:20250407T090000\nDTEND:20250411T170000",
            "UID:d\nSUMMARY:Backwards\nDTSTART:20250407T120000\nDTEND:20250407T110000",
            "UID:e\nSUMMARY:Open ended\nDTSTART:20250407T120000",
            "UID:f\nSUMMARY:Weekly\nDTSTART:20250407T120000\nDTEND:20250407T130000\nRRULE:FREQ=WEEKLY",
            "UID:g\nSUMMARY:Fine\nDTSTART:20250407T120000\nDTEND:20250407T130000",
        ),
        LA,
        "avail.ics",
        None,
    )
    assert [w.key.split("|")[0] for w in found.windows] == ["g"]
    assert [str(p) for p in found.problems] == [
        "avail.ics: event 'Whole day' on 2025-04-07: an all-day event cannot be a media window; "
        "give it start and end times",
        "avail.ics: event 'Called off' on 2025-04-07: cancelled, skipped",
        "avail.ics: event 'All week' on 2025-04-07: lasts more than 24 hours; split it into one event per day",
        "avail.ics: event 'Backwards' on 2025-04-07: ends before it starts",
        "avail.ics: event 'Open ended' on 2025-04-07: has no end or duration",
        "avail.ics: event 'Weekly' on 2025-04-07: repeats; give a date range (--from/--to) to take its occurrences",
    ]


def test_an_unknown_place_becomes_a_new_location(make_plan):
    plan = make_plan()
    found = read_windows(
        ics(
            "UID:p\nSUMMARY:Rally\nDTSTART:20250407T120000\nDTEND:20250407T130000\n"
            "LOCATION:City Hall\\, 200 N Spring St"
        ),
        LA,
        "x.ics",
        None,
    )
    result = add_media_windows(plan, found.windows, None)
    [new] = [loc for loc in result.plan.locations if loc.name == "City Hall"]
    assert new.address == "200 N Spring St"
    assert result.added[0].location_id == new.id


def test_a_place_given_on_lines_becomes_a_location_named_by_its_first(make_plan):
    """Calendar apps write a LOCATION of several lines (the place, then its address), and one
    exported from a word processor may hold its soft line break (a vertical tab) or a bell:
    the place is its first line, the address the rest, on one line, without controls."""
    plan = make_plan()
    found = read_windows(
        ics("UID:p\nSUMMARY:Rally\nDTSTART:20250407T120000\nDTEND:20250407T130000\n"
            "LOCATION:City Hall\\n200 N Spring St\x0bLos Angeles\\, CA\x07"),
        LA, "x.ics", None,
    )  # fmt: skip
    result = add_media_windows(plan, found.windows, None)
    [new] = [loc for loc in result.plan.locations if loc.name == "City Hall"]
    assert new.address == "200 N Spring St, Los Angeles, CA"
    assert result.added[0].location_id == new.id


@pytest.mark.parametrize("data", [b"", b"hello", b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n"])
def test_a_file_that_is_not_a_calendar_is_refused(data):
    with pytest.raises(CalendarImportError, match=r"^bad\.ics: "):
        read_windows(data, LA, "bad.ics", None)


def test_reading_back_the_plans_own_feed_or_the_same_times_adds_nothing(example_plan):
    from datetime import UTC

    from planner.ical.feeds import FeedWriter

    media = FeedWriter(example_plan, datetime(2025, 4, 1, tzinfo=UTC)).media()
    days = (date(2025, 4, 7), date(2025, 4, 11))
    own = add_media_windows(example_plan, read_windows(media, LA, "media.ics", days).windows, None)
    assert own.added == [] and own.plan.turns == example_plan.turns
    assert (
        len(own.notes) == 5
        and str(own.notes[0]) == "2025-04-07 08:00: one of this plan's own media windows, left as it is"
    )
    # Moved since it was exported: still the same window (same UID), not a second one.
    first = example_plan.days[0]
    later = replace(first, windows=(replace(first.windows[0], start=first.windows[0].start.replace(hour=9)),))
    moved = replace(example_plan, days=(later, *example_plan.days[1:]))
    assert add_media_windows(moved, read_windows(media, LA, "media.ics", days).windows, None).added == []
    # Someone else's calendar with the same times at the same place: matched by time and place.
    same = read_windows(AVAILABILITY, LA, "avail.ics", days)
    result = add_media_windows(example_plan, same.windows, None)
    assert result.added == [] and len(result.notes) == 5
    assert "the plan has a media window at that time and place" in str(result.notes[0])


def test_a_repeating_event_that_never_meets_the_plans_days_is_said(make_plan):
    found = read_windows(
        ics("UID:old\nSUMMARY:Last year\nDTSTART:20240401T120000\nDTEND:20240401T130000\nRRULE:FREQ=DAILY;COUNT=3"),
        LA,
        "avail.ics",
        (date(2025, 4, 7), date(2025, 4, 11)),
    )
    assert found.windows == []
    assert [str(p) for p in found.problems] == [
        "avail.ics: event 'Last year' on 2024-04-01: repeats, but not between 2025-04-07 and 2025-04-11; "
        "give the dates with --from and --to to take it"
    ]
