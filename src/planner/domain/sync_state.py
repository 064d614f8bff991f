"""What a plan shared on a CalDAV server (sync/) remembers between syncs: where it is shared,
how far it has read the server's changes, and, for each object, the version both sides last
agreed on — the base of every three-way merge, and what tells a local edit (the plan differs
from it) from a teammate's (the server's ETag differs). Kept in the plan file with the plan,
in the same transaction: a plan and its base never part."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from planner.domain.plain_text import short_name

# The ETag of an object whose base is known but not its version on the server (a copy joined
# to where its plan now is: sync/documents.relinked). No server's: an ETag is a quoted string.
UNKNOWN_ETAG = "?"


@dataclass(frozen=True)
class SyncedObject:
    """One object as both sides last had it: the server's name and ETag for it, and its
    content (canonical JSON text) — the base of the next merge."""

    href: str
    etag: str
    base: str
    by: str = ""  # the organizer who last changed it, as the server said
    at: datetime | None = None  # UTC, when


@dataclass(frozen=True)
class Conflict:
    """A teammate's version of an object that clashes with mine: kept until the organizer
    chooses. `theirs` "" means they deleted it; `fields` are the clashing ones ("*": deleted
    on one side, edited on the other)."""

    theirs: str
    etag: str  # of their version on the server: "" if it is gone
    fields: tuple[str, ...]
    by: str = ""
    at: datetime | None = None


@dataclass(frozen=True)
class ChangeFeed:
    """The plan's change feed as this copy knows it (sync/feed.py): how far it has read each
    teammate's feed, and its own — the objects it pushed, each with the ETag it got and the
    number of the push, so a teammate's pull reads a few small objects, not the whole plan."""

    token: str = ""  # the feed collection's sync-token after our last read of it
    seen: Mapping[str, int] = field(default_factory=dict)  # a teammate's writer -> its last push we have
    writer: str = ""  # this copy's name in the feed ("" until its first push)
    etag: str = ""  # of our feed object on the server, as we last wrote it ("" none yet)
    seq: int = 0  # the number of our last push
    trimmed: int = 0  # the newest of our pushes dropped from the feed to keep it short
    entries: Mapping[str, tuple[str, int]] = field(default_factory=dict)  # key -> (ETag, push number)
    unsent: bool = False  # pushes recorded that the server's feed does not have yet
    off: bool = False  # a copy of the team cannot reach the feed: every pull reads the whole plan
    full_seconds: float = 0.0  # how long our last full pull took (a quick one: no need of the feed)


@dataclass(frozen=True)
class SyncState:
    url: str  # the plan's collection on the server, ending in /
    user: str
    token: str = ""  # the server's sync-token after our last pull (RFC 6578)
    objects: Mapping[str, SyncedObject] = field(default_factory=dict)  # by object key
    conflicts: Mapping[str, Conflict] = field(default_factory=dict)  # by object key
    last_sync: datetime | None = None  # UTC, of the last sync that reached the server
    last_full: datetime | None = None  # UTC, of the last pull that read the whole collection
    feed: ChangeFeed = field(default_factory=ChangeFeed)
    # The organizer this copy's changes were last recorded as made by (each sync sets it):
    # a command not given a name takes it again (recorded_as), not the login name.
    who: str = ""


def recorded_as(given: str | None, state: SyncState | None, login: str) -> str:
    """Who a copy's changes, releases and claims are recorded as made by: the name given now
    (the app's preference, a command's --name), else the one this copy was last synced as,
    else the login name. On one line and of a name's length (short_name): teammates see it in
    their conflicts' lines and tooltips, and `planner sync --conflicts` in a tab-separated
    column, which a tab or line break in a --name would break."""
    said = short_name(given or "")
    return said or (state.who if state is not None else "") or login
