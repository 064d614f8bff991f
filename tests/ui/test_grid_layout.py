"""Side-by-side lanes: only items that overlap share the width."""

from __future__ import annotations

from datetime import datetime

from planner.ui.grid_layout import assign_lanes, fold_lanes


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


def test_more_overlapping_items_than_fit_share_the_lanes_there_is_room_for():
    lanes, counts = assign_lanes([(at(8), at(12))] * 100)  # a campaign's busiest day
    assert counts == [100] * 100
    folded, room = fold_lanes(lanes, counts, 60.0)  # 60 px: 20 lanes of 3 px
    assert room == [20] * 100 and set(folded) == set(range(20))
    assert fold_lanes([0, 1, 0], [2, 2, 1], 60.0) == ([0, 1, 0], [2, 2, 1])  # room enough: as they were
