"""The instants of records (when published, sent, released), as files hold them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from planner.storage.timefmt import format_utc, parse_utc


def test_an_instant_reads_back_as_written():
    moment = datetime(2025, 4, 1, 12, 30, tzinfo=UTC)
    assert parse_utc(format_utc(moment)) == moment and parse_utc("2025-04-01T12:30:00Z").tzinfo is UTC


@pytest.mark.parametrize(
    "value", [["2025-04-01T12:00:00Z"], {"at": 1}, 20250401, None, "yesterday", "2025-04-01T12:00"]
)
def test_anything_else_a_damaged_file_may_hold_is_refused_as_a_value_error(value):
    """A list or an object too (a damaged file's JSON): a ValueError the readers say where,
    never the TypeError of a cache that cannot keep them."""
    with pytest.raises(ValueError, match="UTC"):
        parse_utc(value)
    with pytest.raises(ValueError, match="UTC"):
        parse_utc(value)  # (asked again: the same)
