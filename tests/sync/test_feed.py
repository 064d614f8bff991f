"""A copy's own change feed (sync/feed.py), without a server: what each push adds to it."""

from __future__ import annotations

from planner.domain.sync_state import ChangeFeed, SyncedObject
from planner.sync.feed import FEED_KEYS, recorded


def test_a_push_adds_its_keys_with_their_etags_and_a_big_one_keeps_the_newest():
    first = recorded(ChangeFeed(), {"shift:a": SyncedObject("h", "e1", "{}"), "turn:b": None})
    assert first.writer and first.unsent and first.seq == 1 and first.trimmed == 0
    assert first.entries == {"shift:a": ("e1", 1), "turn:b": ("", 1)}  # "": deleted
    assert recorded(first, {}) is first  # nothing pushed: nothing to write
    # A rotation that rewrote more than the feed keeps: the newest push stays, the older go,
    # and the feed says up to which push it dropped (a teammate behind that reads whole).
    many = {f"turn:{n}": SyncedObject("h", f"e{n}", "{}") for n in range(FEED_KEYS)}
    second = recorded(first, many)
    assert second.seq == 2 and second.trimmed == 1 and len(second.entries) == FEED_KEYS
    assert set(second.entries) == set(many) and second.writer == first.writer
