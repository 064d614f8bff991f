"""Folding: 75 octets, whole UTF-8 characters, escapes never split across lines."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from icalendar import Event

from planner.ical.folding import fold_line, serialize


def unfold(data: bytes) -> bytes:
    return data.replace(b"\r\n ", b"")


@pytest.mark.parametrize("pad", range(50, 80))
@pytest.mark.parametrize("tail", ["\\", "\n", ",", ";", "é", "🎉", "\\\\"])
def test_no_line_is_long_splits_a_character_or_an_escape(pad, tail):
    event = Event.new(uid="u", stamp=datetime(2025, 1, 1, tzinfo=UTC), description="x" * pad + tail + "y" * 90)
    raw = bytes(event.to_ical())  # as icalendar folds it
    folded = serialize(event)
    assert unfold(folded) == unfold(raw)  # same content
    for line in folded.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")
        trailing = len(line) - len(line.rstrip(b"\\"))
        assert trailing % 2 == 0, line


def test_fold_line_keeps_short_lines():
    assert fold_line(b"SUMMARY:short") == [b"SUMMARY:short"]
    pieces = fold_line(b"X:" + b"a" * 200)
    assert [len(p) for p in pieces] == [75, 75, 54] and all(p.startswith(b" ") for p in pieces[1:])


@pytest.mark.parametrize(("char", "first"), [("🎉", 74), ("é", 74), ("€", 74)])
def test_a_character_across_the_limit_goes_whole_to_the_next_line(char, first):
    line = b"X:" + b"a" * 72 + char.encode() + b"b" * 10
    pieces = fold_line(line)
    assert len(pieces[0]) == first and b"".join(p.removeprefix(b" ") for p in pieces) == line
    assert pieces[1].startswith(b" " + char.encode())


def test_an_escape_across_the_limit_goes_whole_to_the_next_line():
    line = b"X:" + b"a" * 72 + b"\\n" + b"b" * 10  # the backslash would be the 75th octet
    pieces = fold_line(line)
    assert pieces[0] == b"X:" + b"a" * 72 and pieces[1].startswith(b" \\n")
