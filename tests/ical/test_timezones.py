"""Our VTIMEZONEs, read by vobject's own resolver, agree with zoneinfo at every hour."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import vobject
from icalendar import Calendar

from planner.ical.timezones import find_transitions, vtimezone

ZONES = [
    "America/Los_Angeles",  # 2nd Sunday March / 1st Sunday November
    "Europe/Berlin",  # last Sundays, 02:00 / 03:00 local
    "Australia/Sydney",  # southern hemisphere: DST across the new year
    "Australia/Lord_Howe",  # 30-minute DST
    "America/Santiago",  # changes at 24:00 on Saturdays
    "Africa/Casablanca",  # Ramadan: no yearly rule at all; "negative DST" in tzdata
    "Europe/Dublin",  # "negative DST" in tzdata: winter is the exception
    "Asia/Kolkata",  # no DST, half-hour offset
    "Pacific/Chatham",  # +12:45/+13:45
    "UTC",
]


def resolver(key: str, first: date, last: date):
    """The tzinfo vobject builds from our VTIMEZONE text (icalendar is not involved)."""
    cal = Calendar()
    cal.add("PRODID", "-//test//EN")
    cal.add("VERSION", "2.0")
    cal.add_component(vtimezone(key, first, last))
    return vobject.readOne(cal.to_ical().decode()).vtimezone.gettzinfo()


@pytest.mark.parametrize("key", ZONES)
def test_offsets_match_zoneinfo_every_hour_of_a_year(key):
    first, last = date(2025, 1, 1), date(2025, 12, 31)
    theirs = resolver(key, first, last)
    ours = ZoneInfo(key)
    moment = datetime(2025, 1, 1, tzinfo=UTC)
    while moment.date() <= last:
        expected = moment.astimezone(ours).utcoffset()
        # A UTC instant shown in their zone must carry the same offset as in zoneinfo.
        assert moment.astimezone(theirs).utcoffset() == expected, (key, moment)
        moment += timedelta(hours=1)


def test_rules_are_yearly_and_never_rdate_lists():
    for key in ZONES:
        text = vtimezone(key, date(2025, 4, 7), date(2025, 4, 11)).to_ical().decode()
        assert "RDATE" not in text, key
    la = vtimezone("America/Los_Angeles", date(2025, 4, 7), date(2025, 4, 11)).to_ical().decode()
    assert la.count("RRULE:") == 2 and "UNTIL" not in la


def test_a_zone_without_changes_has_one_observance():
    text = vtimezone("Asia/Kolkata", date(2025, 1, 1), date(2025, 1, 2)).to_ical().decode()
    assert text.count("BEGIN:STANDARD") == 1 and "TZOFFSETTO:+0530" in text and "DAYLIGHT" not in text


def test_transitions_are_found_to_the_minute():
    changes = list(
        find_transitions(ZoneInfo("Europe/Berlin"), datetime(2025, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC))
    )
    assert [(t.at, t.name) for t in changes] == [
        (datetime(2025, 3, 30, 1, tzinfo=UTC), "CEST"),
        (datetime(2025, 10, 26, 1, tzinfo=UTC), "CET"),
    ]
    assert changes[0].local_start == datetime(2025, 3, 30, 2, 0)


def test_daylight_is_the_observance_clocks_move_forward_into():
    text = vtimezone("Europe/Dublin", date(2025, 6, 1), date(2025, 6, 2)).to_ical().decode()
    daylight = text.split("BEGIN:DAYLIGHT")[1].split("END:DAYLIGHT")[0]
    assert "TZOFFSETTO:+0100" in daylight and "TZNAME:IST" in daylight


@pytest.mark.parametrize("key", ["Europe/Berlin", "America/Los_Angeles", "Australia/Sydney"])
def test_the_yearly_rules_hold_in_the_years_after_the_plan(key):
    """A plan's VTIMEZONE is made from its own year's changes; clients repeat its rules for
    later years (a subscribed feed lives on). "The last Sunday" must stay the last Sunday in a
    year where it is the fourth, not become "the fifth"."""
    theirs, ours = resolver(key, date(2025, 4, 7), date(2025, 4, 11)), ZoneInfo(key)
    moment = datetime(2026, 1, 1, tzinfo=UTC)
    while moment.year < 2030:
        assert moment.astimezone(theirs).utcoffset() == moment.astimezone(ours).utcoffset(), (key, moment)
        moment += timedelta(hours=1)
    if key == "Europe/Berlin":
        assert vtimezone(key, date(2025, 4, 7), date(2025, 4, 11)).to_ical().decode().count("BYDAY=-1SU") == 2


def test_a_rule_that_ends_still_holds_on_its_last_onset_for_a_dateutil_reader():
    """Israel's "Friday before the last Sunday of March" is the 4th Friday some years and the
    last in others: the rule ends and starts again. A dateutil-based reader (vobject, so
    Radicale) leaves out an onset at exactly UNTIL, which RFC 5545 includes: each rule ends a
    day after its last onset, and every hour of a 2026–2029 plan reads as zoneinfo says."""
    key = "Asia/Jerusalem"
    text = vtimezone(key, date(2026, 1, 1), date(2029, 12, 31)).to_ical().decode()
    assert "UNTIL=" in text  # the case this is about: rules that end
    theirs, ours = resolver(key, date(2026, 1, 1), date(2029, 12, 31)), ZoneInfo(key)
    moment = datetime(2026, 1, 1, tzinfo=UTC)
    while moment.year < 2030:
        assert moment.astimezone(theirs).utcoffset() == moment.astimezone(ours).utcoffset(), moment
        moment += timedelta(hours=1)


def test_a_time_the_clocks_show_twice_is_written_in_utc_so_every_client_reads_the_same_instant():
    from planner.ical.timezones import unambiguous

    la = ZoneInfo("America/Los_Angeles")
    first, second = datetime(2026, 11, 1, 1, 0, tzinfo=la), datetime(2026, 11, 1, 1, 0, fold=1, tzinfo=la)
    assert unambiguous(first) == datetime(2026, 11, 1, 8, 0, tzinfo=UTC) and unambiguous(first).tzinfo is UTC
    assert unambiguous(second) == datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    noon = datetime(2026, 11, 1, 12, 0, tzinfo=la)
    assert unambiguous(noon) is noon  # any other time keeps its TZID form
