"""Calendars made to hurt: every one ends in windows, a line per problem, or one clear error —
quickly, in bounded memory, and never as a traceback."""

from __future__ import annotations

import os
import time
from datetime import date
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.ical.importer import CalendarImportError, read_windows

LA = ZoneInfo("America/Los_Angeles")
APRIL = (date(2025, 4, 1), date(2025, 4, 30))


def calendar(*event_lines: str) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT", "UID:e1@test",
             "DTSTAMP:20250101T000000Z", "SUMMARY:Media", *event_lines, "END:VEVENT", "END:VCALENDAR", ""]  # fmt: skip
    return "\r\n".join(lines).encode()


@pytest.mark.parametrize(
    ("rule", "problem"),
    [
        (
            "RRULE:FREQ=SECONDLY;COUNT=1000000000",
            "repeats every second or minute; a media window repeats daily or weekly",
        ),
        ("RRULE:FREQ=DAILY;INTERVAL=0", "repeats with INTERVAL=0; it must be 1 or more"),
        ("RRULE:FREQ=MINUTELY;INTERVAL=0", "repeats with INTERVAL=0; it must be 1 or more"),
    ],
)
def test_a_rule_that_would_never_end_is_refused_before_expanding(rule, problem):
    started = time.monotonic()
    result = read_windows(calendar("DTSTART:20250401T100000Z", "DTEND:20250401T110000Z", rule), LA, "evil.ics", APRIL)
    assert time.monotonic() - started < 5
    assert result.windows == []
    assert [str(p) for p in result.problems] == [f"evil.ics: event 'Media' on 2025-04-01: {problem}"]


@pytest.mark.parametrize(
    ("lines", "time", "zone", "start", "end"),
    [
        # In the plan's own zone (TZID, or floating): the instant calendar apps read, 02:00 PST.
        (("DTSTART;TZID=America/Los_Angeles:20250309T020000", "DTEND;TZID=America/Los_Angeles:20250309T040000"),
         "02:00", "America/Los_Angeles", "2025-03-09T03:00:00-07:00", "2025-03-09T04:00:00-07:00"),
        (("DTSTART:20250309T023000", "DTEND:20250309T040000"),
         "02:30", "America/Los_Angeles", "2025-03-09T03:30:00-07:00", "2025-03-09T04:00:00-07:00"),
        # In another zone's gap: 02:30 CET, 01:30 UTC, the evening before in Los Angeles.
        (("DTSTART;TZID=Europe/Berlin:20250330T023000", "DTEND;TZID=Europe/Berlin:20250330T050000"),
         "02:30", "Europe/Berlin", "2025-03-29T18:30:00-07:00", "2025-03-29T20:00:00-07:00"),
    ],
)  # fmt: skip
def test_a_time_the_clocks_skip_is_taken_as_calendar_apps_read_it_and_said(lines, time, zone, start, end):
    """A window from 02:00 the night Los Angeles springs forward was kept at 02:00, a time the
    plan's editors refuse (and its check then warned of): now the instant RFC 5545 reads it
    as (the offset before the change), with a line saying so."""
    from planner.domain.checks import LocalTimeIssue, local_time_issue

    result = read_windows(calendar(*lines), LA, "vigil.ics", (date(2025, 3, 1), date(2025, 3, 31)))
    [window] = result.windows
    assert (window.start.isoformat(), window.end.isoformat()) == (start, end)
    assert window.start.tzinfo is LA and local_time_issue(window.start) is not LocalTimeIssue.NONEXISTENT
    day = lines[0].rsplit(":", 1)[1][:8]
    taken = window.start.strftime("%H:%M")
    assert [str(n) for n in result.notes] == [
        f"vigil.ics: event 'Media' on {day[:4]}-{day[4:6]}-{day[6:]}: {time} does not exist in {zone} that day (the "
        f"clocks spring forward); taken as {taken} America/Los_Angeles, as calendar apps read it"
    ]
    assert result.problems == []


def test_too_many_occurrences_stop_at_the_limit_with_a_clear_error():
    data = calendar("DTSTART:20250101T100000Z", "DTEND:20250101T103000Z", "RRULE:FREQ=HOURLY;COUNT=1000000000")
    started = time.monotonic()
    with pytest.raises(CalendarImportError, match=r"more than 10,000 occurrences between 2025-01-01 and 2027-12-31"):
        read_windows(data, LA, "evil.ics", (date(2025, 1, 1), date(2027, 12, 31)))
    assert time.monotonic() - started < 30


@pytest.mark.parametrize(
    ("lines", "problem"),
    [
        (("DTSTART:00010101T100000", "DTEND:00010101T110000"), "not between 1900 and 2200"),
        (("DTSTART:99991231T100000", "DTEND:99991231T110000"), "not between 1900 and 2200"),
        (("DTSTART:20250401T100000", "DTEND:2025-nope"), "cannot be read"),
    ],
)
def test_an_event_that_cannot_be_read_is_one_line_naming_it(lines, problem):
    result = read_windows(calendar(*lines), LA, "odd.ics", None)
    assert result.windows == []
    [line] = [str(p) for p in result.problems]
    assert line.startswith("odd.ics: event 'Media'") and problem in line and "\n" not in line


def test_a_zone_naming_a_folder_of_the_zone_database_is_a_clear_error():
    data = calendar("DTSTART;TZID=America:20250401T100000", "DTEND;TZID=America:20250401T110000")
    try:
        result = read_windows(data, LA, "odd.ics", None)
    except CalendarImportError as exc:  # icalendar reads zones while parsing the file
        assert str(exc).startswith("odd.ics: not an iCalendar file (") and len(str(exc)) < 250
    else:
        assert [str(p)[:22] for p in result.problems] == ["odd.ics: event 'Media'"]


@pytest.mark.parametrize(
    "data",
    [b"SQLite format 3\x00\x10\x00\x01\x01\x00@  ", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", b"name,email\r\nAna,a@x.org\r\n",
     b'{"plan": {}}', b"BEGIN:VEVENT\r\nEND:VEVENT\r\n"],
)  # fmt: skip
def test_a_file_that_is_not_a_calendar_is_said_so_without_quoting_its_bytes(data):
    """A plan picked by mistake was "not an iCalendar file (Content line could not be parsed into
    parts: 'SQLite format 3\\x00\\x10...': SQLitefo…)"."""
    with pytest.raises(CalendarImportError) as raised:
        read_windows(data, LA, "picked.ics", None)
    assert str(raised.value) == "picked.ics: not an iCalendar file (it does not begin with BEGIN:VCALENDAR)"


def test_a_calendar_after_a_byte_order_mark_and_blank_lines_or_in_lower_case_is_read():
    for head in (b"\xef\xbb\xbf", b"\r\n\r\n", b" "):
        result = read_windows(head + calendar("DTSTART:20250401T100000", "DTEND:20250401T110000"), LA, "ok.ics", None)
        assert len(result.windows) == 1
    lower = calendar("DTSTART:20250401T100000", "DTEND:20250401T110000").replace(b"BEGIN:VCALENDAR", b"begin:vcalendar")
    assert len(read_windows(lower, LA, "ok.ics", None).windows) == 1


def test_a_range_to_the_end_of_time_is_fine():
    data = calendar("DTSTART:20250401T100000", "DTEND:20250401T110000", "RRULE:FREQ=WEEKLY;COUNT=3")
    result = read_windows(data, LA, "weekly.ics", (date(1, 1, 1), date(9999, 12, 31)))
    assert [w.start.day for w in result.windows] == [1, 8, 15]


def test_not_a_calendar_is_one_short_line_whatever_the_file_size():
    with pytest.raises(CalendarImportError) as caught:
        read_windows(b"x" * 30_000 + b"\r\nBEGIN:nothing", LA, "big.txt", None)
    assert str(caught.value).startswith("big.txt: ") and len(str(caught.value)) < 200


def test_a_file_too_big_for_a_calendar_is_refused_before_reading():
    with pytest.raises(CalendarImportError, match=r"huge\.ics: 21 MB is more than a calendar of media windows needs"):
        read_windows(b" " * 21_000_000, LA, "huge.ics", None)


GOOD = calendar("DTSTART;TZID=America/Los_Angeles:20250407T080000", "DTEND;TZID=America/Los_Angeles:20250407T180000",
                "RRULE:FREQ=DAILY;COUNT=5", "LOCATION:Kaiser LA, 4867 W Sunset Blvd").decode()  # fmt: skip
settings.register_profile("suite-ics", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long-ics", max_examples=3_000, deadline=None, suppress_health_check=list(HealthCheck))
settings.register_profile("mutation-ics", max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
PROFILE = {"long": "long-ics", "mutation": "mutation-ics"}.get(os.environ.get("HYPOTHESIS_PROFILE", ""), "suite-ics")


@settings(settings.get_profile(PROFILE))
@given(
    edits=st.lists(
        st.tuples(st.integers(0, GOOD.count("\n")), st.sampled_from(["drop", "twice", "garble", "swap"]),
                  st.text(max_size=12)),
        min_size=1, max_size=4,
    ),
    between=st.sampled_from([None, APRIL, (date(1, 1, 1), date(9999, 12, 31))]),
)  # fmt: skip
def test_a_damaged_calendar_never_ends_in_a_traceback(edits, between):
    lines = GOOD.split("\r\n")
    for index, how, noise in edits:
        i = index % len(lines)
        if how == "drop":
            del lines[i]
        elif how == "twice":
            lines.insert(i, lines[i])
        elif how == "garble":
            lines[i] = lines[i][: len(lines[i]) // 2] + noise
        else:
            lines[i] = noise + ":" + lines[i].partition(":")[2]
        if not lines:
            lines = [""]
    try:
        result = read_windows("\r\n".join(lines).encode("utf-8", "surrogatepass"), LA, "fuzz.ics", between)
    except CalendarImportError as exc:
        assert str(exc).startswith("fuzz.ics: ") and "\n" not in str(exc)
    else:
        assert all(str(p).startswith("fuzz.ics") for p in result.problems)


def _two_events(first: list[str], second: list[str]) -> bytes:
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN"]
    events = []
    for n, lines in enumerate((first, second)):
        events += ["BEGIN:VEVENT", f"UID:e{n}@test", "DTSTAMP:20250101T000000Z", "SUMMARY:Media", *lines, "END:VEVENT"]
    return "\r\n".join([*head, *events, "END:VCALENDAR", ""]).encode()


def test_a_repeating_event_that_cannot_be_a_window_leaves_the_others_whole():
    # Mondays all day (refused, one line each) and Tuesdays 10-11 (taken): every Tuesday stays.
    data = _two_events(["DTSTART;VALUE=DATE:20250407", "RRULE:FREQ=WEEKLY;COUNT=3"],
                       ["DTSTART:20250408T100000", "DTEND:20250408T110000", "RRULE:FREQ=WEEKLY;COUNT=3"])  # fmt: skip
    result = read_windows(data, LA, "two.ics", APRIL)
    assert [w.start.day for w in result.windows] == [8, 15, 22]


def test_each_occurrence_across_midnight_is_a_window_and_each_of_days_is_said_once():
    data = calendar("DTSTART:20250401T230000", "DTEND:20250402T010000", "RRULE:FREQ=DAILY;COUNT=10")
    result = read_windows(data, LA, "late.ics", APRIL)  # a night's press hours, every night
    assert [(w.start.day, f"{w.start:%H:%M}", w.end.day, f"{w.end:%H:%M}") for w in result.windows][:2] == [
        (1, "23:00", 2, "01:00"), (2, "23:00", 3, "01:00")]  # fmt: skip
    assert len(result.windows) == 10 and result.problems == []
    data = calendar("DTSTART:20250401T090000", "DTEND:20250402T100000", "RRULE:FREQ=DAILY;COUNT=10")
    result = read_windows(data, LA, "away.ics", APRIL)  # 25 hours each
    assert result.windows == [] and len(result.problems) == 10
    assert all("lasts more than 24 hours" in str(p) for p in result.problems)


def test_past_ten_thousand_occurrences_the_import_stops_with_a_clear_error():
    data = calendar("DTSTART:20250401T100000", "DTEND:20250401T110000", "RRULE:FREQ=HOURLY")
    with pytest.raises(CalendarImportError, match=r"more than 10,000 occurrences between 2025-04-01 and 2026-12-31"):
        read_windows(data, LA, "hourly.ics", (date(2025, 4, 1), date(2026, 12, 31)))
