"""Plans across the spring-forward and fall-back dates export the right UTC instants."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from planner.domain.checks import WarningCode, check_plan
from planner.publish.feeds import feed_files

NOW = datetime(2025, 1, 1, tzinfo=UTC)

CASES = {
    # zone: (day before spring forward, its day, day before fall back, its day)
    "America/Los_Angeles": ("2025-03-08", "2025-03-09", "2025-11-01", "2025-11-02"),
    "Europe/Berlin": ("2025-03-29", "2025-03-30", "2025-10-25", "2025-10-26"),
}


def plan_over(make_plan, zone, days):
    return make_plan(
        timezone=zone,
        days=[
            {"date": d, "windows": [{"id": f"w{i}", "start": f"{d}T09:00", "end": f"{d}T17:00", "location": "loc"}]}
            for i, d in enumerate(days)
        ],
        shifts=[
            {"id": f"s{i}", "role": "marshal", "location": "loc", "start": f"{d}T04:00", "end": f"{d}T06:00",
             "people": ["vic"]}
            for i, d in enumerate(days)
        ],
    )  # fmt: skip


@pytest.mark.parametrize("zone", CASES)
def test_instants_across_both_changes(make_plan, zone):
    from tests.ical.test_feeds import both_parsers  # the two independent parsers

    days = CASES[zone]
    plan = plan_over(make_plan, zone, days)
    files = feed_files(plan, NOW)
    parsed = {**both_parsers(files["media.ics"]), **both_parsers(files["volunteers.ics"])}
    tz = ZoneInfo(zone)
    for i, d in enumerate(days):
        y, m, dd = map(int, d.split("-"))
        window = parsed[f"w{i}.p1@planner"]
        assert window == (
            datetime(y, m, dd, 9, tzinfo=tz).astimezone(UTC),
            datetime(y, m, dd, 17, tzinfo=tz).astimezone(UTC),
        ), (zone, d)
        shift = parsed[f"s{i}.p1@planner"]
        assert shift[0] == datetime(y, m, dd, 4, tzinfo=tz).astimezone(UTC), (zone, d)
    # The offset really differs across each change, so the test would catch a wrong VTIMEZONE.
    before, after = parsed["w0.p1@planner"][0], parsed["w1.p1@planner"][0]
    assert (after - before).total_seconds() == 23 * 3600


def test_a_window_in_the_gap_gets_a_clear_warning(make_plan):
    plan = make_plan(
        timezone="Europe/Berlin",
        days=[{"date": "2025-03-30", "windows": [
            {"id": "w", "start": "2025-03-30T02:15", "end": "2025-03-30T04:00", "location": "loc"}]}],
    )  # fmt: skip
    [gap] = [w for w in check_plan(plan) if w.code is WarningCode.NONEXISTENT_TIME]
    assert str(gap) == (
        "2025-03-30  w  media window 02:15–04:00: the start 02:15 does not exist in Europe/Berlin "
        "that day (clocks spring forward)"
    )


def test_turns_in_the_hour_the_clocks_repeat_reach_every_client_at_their_own_instant(make_plan):
    """01:00–02:00 happens twice on 1 Nov 2026 in Los Angeles: a turn in each. Written in UTC
    (`DTSTART:20261101T080000Z`), not with TZID, which RFC 5545 reads as the first and some
    clients as the second; both parsers see both turns where they are."""
    from dataclasses import replace

    from tests.ical.test_feeds import both_parsers

    plan = make_plan(
        timezone="America/Los_Angeles",
        days=[{"date": "2026-11-01", "windows": [
            {"id": "w", "start": "2026-11-01T00:00", "end": "2026-11-01T04:00", "location": "loc"}]}],
        turns=[{"id": "first", "window": "w", "start": "2026-11-01T01:00", "end": "2026-11-01T02:00", "people": []},
               {"id": "second", "window": "w", "start": "2026-11-01T01:00", "end": "2026-11-01T02:00", "people": []}],
    )  # fmt: skip
    second = next(t for t in plan.turns if t.id == "second")
    later = replace(second, start=second.start.replace(fold=1), end=second.end.replace(fold=1))
    plan = replace(plan, turns=tuple(later if t.id == "second" else t for t in plan.turns))
    data = feed_files(plan, NOW)["organizer.ics"]
    assert b"DTSTART:20261101T080000Z" in data and b"DTSTART:20261101T090000Z" in data
    parsed = both_parsers(data)
    assert parsed["first.p1@planner"][0] == datetime(2026, 11, 1, 8, tzinfo=UTC)
    assert parsed["second.p1@planner"][0] == datetime(2026, 11, 1, 9, tzinfo=UTC)
    assert parsed["w.p1@planner"][0] == datetime(2026, 11, 1, 7, tzinfo=UTC)  # midnight: one of a kind, TZID form
