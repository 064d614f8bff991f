"""Geometry of the calendar grid that needs no Qt: visible hours and side-by-side lanes."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime

from planner.domain.model import Plan

DEFAULT_HOURS = (8, 18)


def visible_hours(plan: Plan, past_midnight: bool) -> tuple[int, int]:
    """The hour range that shows every window, turn and shift (within one day), at least 8–18;
    from midnight when one runs `past_midnight` (its last hours are drawn on the next day: the
    grid's index knows whether one does)."""
    starts = [w.start for w in plan.windows()] + [s.start for s in plan.shifts]
    ends = [w.end for w in plan.windows()] + [s.end for s in plan.shifts]
    if not starts:
        return DEFAULT_HOURS
    first = 0 if past_midnight else min(min(m.hour for m in starts), DEFAULT_HOURS[0])
    last_minutes = max(minutes_into_day(start, end) for start, end in zip(starts, ends, strict=True))
    last = max(math.ceil(last_minutes / 60), DEFAULT_HOURS[1])
    return first, min(last, 24)


def minutes_into_day(start: datetime, end: datetime) -> int:
    """Where the item ends, counted in minutes from its start day's midnight (capped at 24 h)."""
    if end.date() > start.date():
        return 24 * 60
    return end.hour * 60 + end.minute


def assign_lanes(intervals: Sequence[tuple[datetime, datetime]]) -> tuple[list[int], list[int]]:
    """Put overlapping intervals side by side: for each, its lane and how many lanes its
    cluster (the intervals it overlaps, directly or through others) uses.

    Greedy by start time, reusing the first lane that is free again, as calendar apps do; an
    interval that overlaps nothing keeps the full width however crowded the rest of the day.
    """
    order = sorted(range(len(intervals)), key=lambda i: (intervals[i][0], intervals[i][1]))
    lanes = [0] * len(intervals)
    widths = [1] * len(intervals)
    cluster: list[int] = []
    lane_ends: list[datetime] = []
    cluster_end: datetime | None = None

    def close() -> None:
        for i in cluster:
            widths[i] = max(1, len(lane_ends))

    for i in order:
        start, end = intervals[i]
        if cluster_end is not None and start >= cluster_end:  # nothing before reaches this one
            close()
            cluster, lane_ends, cluster_end = [], [], None
        for lane, lane_end in enumerate(lane_ends):
            if lane_end <= start:
                lanes[i] = lane
                lane_ends[lane] = end
                break
        else:
            lanes[i] = len(lane_ends)
            lane_ends.append(end)
        cluster.append(i)
        cluster_end = end if cluster_end is None else max(cluster_end, end)
    close()
    return lanes, widths


NARROWEST_LANE = 3.0  # pixels: a lane narrower than this draws as a hairline, or not at all


def fold_lanes(
    lanes: Sequence[int], counts: Sequence[int], width: float, narrowest: float = NARROWEST_LANE
) -> tuple[list[int], list[int]]:
    """Lanes (assign_lanes') that fit `width` at `narrowest` pixels or more: where more items
    overlap than there is room for lanes (a campaign's busiest day, ten sites' shifts), they
    share the lanes there is room for, drawn over one another — the day shows its shifts in
    their colours, not as a haze of sub-pixel hairlines; a location chosen shows each."""
    room = max(1, int(width // narrowest))
    return [lane % room for lane in lanes], [min(count, room) for count in counts]
