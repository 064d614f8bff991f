"""The health rules, defined once (domain/health.py) for the model, the greedy start and checks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from planner.domain.health import breaches, day_rules, too_many_days_in_row
from planner.domain.model import HealthLimits

LIMITS = HealthLimits(max_minutes_per_day=180, max_consecutive_turns=2, min_rest_minutes=60, max_days_in_row=3)
NINE = datetime(2025, 4, 7, 16, tzinfo=UTC)


def hours(*spans: tuple[float, float]) -> list[tuple[datetime, datetime]]:
    return [(NINE + timedelta(hours=a), NINE + timedelta(hours=b)) for a, b in spans]


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        (((0, 1), (1, 2)), []),  # two in a row, two hours: fine
        (((0, 1), (1, 2), (2, 3)), [("run", 2)]),  # three in a row: over where it goes over
        (((0, 1), (1, 2), (2, 3), (3, 4)), [("minutes", 3), ("run", 2)]),  # one run, named once
        (((0, 1), (1.5, 2.5)), [("rest", 1)]),  # 30 minutes' rest; 60 needed
        (((0, 1), (2, 3)), []),  # an hour's rest is enough
        (((0, 1), (0.5, 1.5)), [("overlap", 1)]),
        (((0, 1), (1, 2), (2.5, 3)), [("rest", 2)]),  # a stint, then too short a rest (150 min in all)
    ],
)
def test_breaches_of_a_day_worked_in_full(spans, expected):
    found = breaches(hours(*spans), LIMITS)
    assert sorted((b.kind, b.slot) for b in found) == sorted(expected)


def test_the_rules_are_the_same_whatever_the_hour_of_day():
    """Cached by the day's shape: a day at 9:00 and one at 13:00 get the same rules."""
    early = day_rules(hours((0, 1), (1, 2), (3, 4)), LIMITS)
    late = day_rules(hours((4, 5), (5, 6), (7, 8)), LIMITS)
    assert early == late and early.runs == () and early.rest == ()


def test_days_in_a_row_are_named_where_they_go_over():
    days = [date(2025, 4, d) for d in (1, 2, 3, 4, 5, 7, 8)]
    assert too_many_days_in_row(days, LIMITS) == [date(2025, 4, 4)]
    assert too_many_days_in_row(days[:3], LIMITS) == []
