"""Side-by-side lanes: only items that overlap share the width."""

from __future__ import annotations

from datetime import datetime

from planner.ui.grid_layout import assign_lanes


def at(hour: float) -> datetime:
    return datetime(2025, 4, 7, int(hour), int(hour % 1 * 60))


def test_only_overlapping_items_share_the_width():
    intervals = [(at(8), at(9)), (at(9), at(10)), (at(9.5), at(10.5)), (at(10), at(11)), (at(12), at(13))]
    lanes, widths = assign_lanes(intervals)
    assert lanes == [0, 0, 1, 0, 0]
    assert widths == [1, 2, 2, 2, 1]  # 8:00 and 12:00 keep the full width


def test_a_chain_of_overlaps_is_one_cluster():
    lanes, widths = assign_lanes([(at(8), at(10)), (at(9), at(11)), (at(10.5), at(12)), (at(11.5), at(13))])
    assert widths == [2, 2, 2, 2] and lanes == [0, 1, 0, 1]


def test_nothing_in_nothing_out():
    assert assign_lanes([]) == ([], [])
