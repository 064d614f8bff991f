"""A team plan's change feed: how a teammate's pull finds one edit without reading the plan.

A pull from a sync-token (RFC 6578) is the standard way to learn what changed, but a server
may answer it in time proportional to the collection, not to the change: Radicale, our
embedded server, re-reads the state of all 34,000 objects of a campaign (2 s) to say that one
shift moved — and a team of ten polling every 30 s keeps it busy. So each copy also writes,
after each push, a small object in a sibling collection (`<plan collection>-changes/`): the
keys it pushed, each with the ETag it got and the number of the push. A pull reads that small
collection (from its own sync-token) and fetches only the objects named whose ETag it does not
have (a calendar-multiget).

The feed is a shortcut, never the truth: the plan's collection is. A pull reads the whole
collection (from its token) when the last such read is older than FULL_PULL_EVERY, when a
teammate's feed has dropped pushes we had not read (it keeps the newest FEED_KEYS keys), and
always where the feed is not worth it (the server said what changed within FEED_WORTH: hosted
servers keep a table of changes) or cannot serve: a copy that cannot reach the feed (a server
that shows a shared calendar at another address to each teammate) says so with a `no-feed`
object in the plan's collection, and every copy that finds it there reads the whole
collection from then on. So no write is missed for long: one a feed did not name (a copy that
stopped between a push and its feed) arrives by the next full pull, within minutes."""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from planner.domain.sync_state import ChangeFeed, SyncedObject, SyncState
from planner.ical.plan_objects import ObjectError, PlanObject, object_ics, read_object
from planner.publish.caldav import Client
from planner.storage.plan_objects import text
from planner.sync import dav
from planner.sync.dav import Outcome

FEED = "feed"  # key kind of a feed object: feed:<writer>
NO_FEED = "no-feed"  # key kind, in the plan's collection, of "this copy cannot reach the feed"
FEED_KEYS = 2000  # keys a copy's feed keeps (its newest pushes); ~150 KB
FULL_PULL_EVERY = timedelta(minutes=10)
FEED_WORTH = 0.5  # seconds: a full pull quicker than this, the feed is not worth a request more


def feed_url(url: str) -> str:
    """The feed collection beside the plan's collection at `url`."""
    return url.rstrip("/") + "-changes/"


def make_feed(client: Client, url: str, title: str) -> None:
    dav.make_collection(client, feed_url(url), f"{title} — changes", f"Team plan changes: {title} (Planner)",
                        ("VJOURNAL",))  # fmt: skip


def use_feed(state: SyncState, now: datetime) -> bool:
    """Whether a pull may take the feeds' word (else it reads the whole collection)."""
    recent = state.last_full is not None and now - state.last_full < FULL_PULL_EVERY
    return recent and not state.feed.off and state.feed.full_seconds >= FEED_WORTH


@dataclass(frozen=True)
class News:
    """What the teammates' feeds say since our last read of them."""

    token: str  # the feed collection's sync-token now
    seen: Mapping[str, int]  # writer -> its last push, now read
    wanted: list[str]  # keys a teammate pushed whose ETag we do not have
    missed: bool  # a feed dropped pushes we had not read: only a full pull is sure


def read_news(client: Client, state: SyncState) -> News | None:
    """The teammates' feeds since our last read (read even when a full pull follows, to know
    how far they go); None where the server has no feed for this plan (or will not let us
    read it): then only a full pull tells what changed."""
    try:
        changes = dav.changes_since(client, feed_url(state.url), state.feed.token)
    except Exception as exc:
        if dav.refused(exc):  # (Radicale: 403 where there is nothing)
            return None
        raise
    seen = dict(state.feed.seen)
    wanted: set[str] = set()
    missed = False
    for found in changes.found:
        node = _feed_node(found.data)
        if node is None or node["writer"] == state.feed.writer:
            continue
        last = seen.get(node["writer"], 0)
        missed = missed or node["trimmed"] > last
        for key, (etag, number) in node["entries"].items():
            known = state.objects.get(key)
            if number > last and (known is None or known.etag != etag):
                wanted.add(key)
        seen[node["writer"]] = max(last, node["seq"])
    return News(changes.token, seen, sorted(wanted), missed)


def fetch_news(client: Client, state: SyncState, news: News) -> dav.Changes:
    """The objects the news names, as a partial listing of the plan's collection (what is
    gone comes back with ETag "": removed); the collection's own token stays as it was."""
    hrefs = [state.objects[k].href if k in state.objects else dav.object_href(state.url, k) for k in news.wanted]
    return dav.Changes(state.token, dav.fetch(client, state.url, hrefs), complete=False)


def recorded(feed: ChangeFeed, pushed: Mapping[str, SyncedObject | None]) -> ChangeFeed:
    """Our feed with one more push: the keys pushed, each with its new ETag ("" deleted)."""
    if not pushed:
        return feed
    seq = feed.seq + 1
    entries = {k: v for k, v in feed.entries.items() if k not in pushed}
    entries.update((k, (o.etag if o is not None else "", seq)) for k, o in pushed.items())
    trimmed = feed.trimmed
    if len(entries) > FEED_KEYS:
        keep = set(sorted(entries, key=lambda k: entries[k][1])[-FEED_KEYS:])
        trimmed = max(n for k, (_e, n) in entries.items() if k not in keep)
        entries = {k: v for k, v in entries.items() if k in keep}
    return replace(feed, writer=feed.writer or secrets.token_hex(6), seq=seq, trimmed=trimmed, entries=entries,
                   unsent=True)  # fmt: skip


def write_feed(client: Client, state: SyncState, plan_id: str, who: str, now: datetime) -> ChangeFeed:
    """Our feed put on the server, if it has pushes the server lacks. Offline, it stays
    unsent, for the next push; refused (no feed there for us), we go without it."""
    feed = state.feed
    if not feed.unsent or feed.off:
        return feed
    href = dav.object_href(feed_url(state.url), f"{FEED}:{feed.writer}")
    for _attempt in range(3):
        body = object_ics(plan_id, PlanObject(f"{FEED}:{feed.writer}", _feed_text(feed), who, now), f"Changes by {who}")
        try:
            outcome, etag = dav.put(client, href, body, feed.etag or None)
        except Exception as exc:
            if not dav.refused(exc):
                raise
            return go_without(client, replace(state, feed=feed), plan_id, who, now)
        if outcome is Outcome.DONE:
            return replace(feed, etag=etag, unsent=False)
        # Another copy of this file (restored from a backup?) wrote it: keep both's pushes.
        current = dav.get(client, href)
        theirs = _feed_node(current.data)
        feed = replace(feed, etag=current.etag)
        if theirs is not None:
            entries = {**theirs["entries"], **{k: v for k, v in feed.entries.items()
                                               if v[1] >= theirs["entries"].get(k, ("", 0))[1]}}  # fmt: skip
            feed = replace(feed, seq=max(feed.seq, theirs["seq"]) + 1, trimmed=max(feed.trimmed, theirs["trimmed"]),
                           entries=entries)  # fmt: skip
    return feed


def go_without(client: Client, state: SyncState, plan_id: str, who: str, now: datetime) -> ChangeFeed:
    """This copy cannot reach the feed: it says so in the plan's collection (where every
    copy's next full pull finds it, and stops trusting the feed), and reads whole from now."""
    writer = state.feed.writer or secrets.token_hex(6)
    key = f"{NO_FEED}:{writer}"
    body = object_ics(plan_id, PlanObject(key, text({"writer": writer}), who, now), f"{who} works without the feed")
    dav.put(client, dav.object_href(state.url, key), body, None)  # (there already: as good)
    return replace(state.feed, writer=writer, off=True, unsent=False, entries={})


def _feed_text(feed: ChangeFeed) -> str:
    return text({"writer": feed.writer, "seq": feed.seq, "trimmed": feed.trimmed,
                 "entries": {k: list(v) for k, v in sorted(feed.entries.items())}})  # fmt: skip


def _feed_node(data: bytes | None) -> dict[str, Any] | None:
    """A feed object's content; None for anything else (or a damaged one: skipped, a full
    pull covers what it would have said)."""
    if data is None:
        return None
    try:
        item = read_object(data)
        if not item.key.startswith(f"{FEED}:"):
            return None
        node = json.loads(item.content)
        return {"writer": str(node["writer"]), "seq": int(node["seq"]), "trimmed": int(node["trimmed"]),
                "entries": {str(k): (str(e), int(n)) for k, (e, n) in node["entries"].items()}}  # fmt: skip
    except (ObjectError, ValueError, KeyError, TypeError):
        return None
