"""Publish the plan's feeds to a CalDAV server (Nextcloud, SOGo, Fastmail, Radicale…): one
calendar collection per feed, one resource per event. Only what changed is sent — a new event
with `If-None-Match: *`, a changed one with `If-Match` on the ETag we recorded, a removed one
deleted — so an event someone edited on the server is reported, not overwritten unless the
organizer asks (`overwrite`); what the server holds from us is recorded (Records.published)
so the next publish sends the difference.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol, TypeVar
from urllib.parse import quote, unquote, urljoin, urlsplit
from xml.etree import ElementTree

from planner.domain.model import Plan
from planner.domain.records import FeedToken, PublishedEvent
from planner.errors import PlannerError
from planner.ical.feeds import calendar_events, file_bytes
from planner.ical.folding import unescape_text
from planner.publish.feeds import FeedKind, Feeds, Kept, feed_file, feed_paths, person_paths
from planner.publish.links import PERSON_PREFIX, person_collection
from planner.publish.network import host_name_like, no_user_given, short_reason, status_line, this_machine
from planner.words import Text, quoted, tr

Key = tuple[str, str]  # (collection, UID)
GoingOn = Callable[[int, int, int], bool]  # (calendars done, of how many, events sent) -> go on?
T = TypeVar("T")
COLORS = {"media": "#2F5D9EFF", "volunteers": "#4C9A5BFF", "organizer": "#7A4EA3FF", "role": "#F2A93BFF",
          "person": "#E0533DFF"}  # fmt: skip


class PublishError(PlannerError):
    """The server cannot be reached, refuses us, or is not a calendar server."""


class NotEncryptedError(PublishError):
    """The server said to ask an address on plain http, on another machine (kept_encrypted)."""


class Response(Protocol):
    status: int
    headers: Mapping[str, str]


class Client(Protocol):
    """What publishing needs of a CalDAV client (caldav.DAVClient has it)."""

    def request(self, url: str, method: str = ..., body: str = ..., headers: Mapping[str, str] = ...) -> Any: ...

    def close(self) -> None: ...


@dataclass
class PublishReport:
    sent: list[str] = field(default_factory=list)  # "collection/UID" put
    deleted: list[str] = field(default_factory=list)
    unchanged: int = 0
    conflicts: list[Text] = field(default_factory=list)  # one line each: what and why, not overwritten
    # One line each: an event the server would not take (too large for it), nothing in its
    # place: not recorded, so the next publish tries it again.
    refused: list[Text] = field(default_factory=list)
    renamed: int = 0  # calendars given their feed's new name and description (_Names)
    # One line each: what the server would not take besides events (a calendar's new name);
    # not a conflict: the publish is complete, and recorded as such.
    notes: list[Text] = field(default_factory=list)
    changes: dict[Key, PublishedEvent] = field(default_factory=dict)  # the record to keep
    calendars: int = 0  # the collections published to
    # By collection, the digest of the name and description the server's calendar has now, of
    # those known (_Names.digest): for the publish's record, so that the next asks only of those
    # whose feed names them otherwise.
    named: dict[str, str] = field(default_factory=dict)
    # Stopped when asked (`going_on`), between two calendars: what was sent is recorded (keep),
    # the rest is left for the next publish, and no record of a whole publish is made.
    stopped: bool = False
    listed: bool = False  # the calendar home was listed, for calendars of ours deleted there
    checked: bool = False  # each calendar's events were listed, for events of ours deleted there

    @property
    def complete(self) -> bool:
        """The server holds what was published, all of it (no conflict, not stopped): the next
        publish may take it from this one's record (feeds.publish_record), not compare it all."""
        return not self.conflicts and not self.refused and not self.stopped


def publish_plan(
    plan: Plan,
    feeds: Feeds,
    tokens: Mapping[str, FeedToken],
    client: Client,
    home: str,
    published: Mapping[Key, PublishedEvent],
    now: datetime,
    keep: Callable[[dict[Key, PublishedEvent]], None],
    only: Collection[FeedKind] = tuple(FeedKind),
    going_on: GoingOn | None = None,
    list_home: bool = True,
    check_events: bool = False,
    overwrite: bool = False,
) -> PublishReport:
    """The plan's `feeds` (feeds.make_feeds, of the kinds in `only`, their revisions already
    recorded: the server gets exactly what the record says) onto the server; the CLI and the
    app both. `tokens` has everyone's (links.with_tokens): a person's calendar is
    `person-<token>`. Feeds made `partial` (carried from the last publish's record) hold
    only the changed events: the others are taken as the server holds them; and so are the
    calendars' names and descriptions in that record (Feeds.named). `going_on`, `list_home`,
    `check_events` and `overwrite` as publish_feeds'."""
    kinds = {kind.value for kind in only}
    live = {person_collection(t.token) for t in tokens.values()}
    paths = feed_collections(plan, {path: path for path in feeds.files}, tokens)  # collection -> file
    present: dict[str, set[str]] | None = None
    whole: Callable[[str], bytes] | None = None
    if feeds.partial:
        suffix = f".{plan.id}@planner"  # (ical.feeds.uid)
        members = {path: feeds.members[feed] for feed, path in feed_paths(plan).items() if feed in feeds.members}
        present = {cid: {item + suffix for item in members[path]} for cid, path in paths.items()}

        def made_whole(collection: str) -> bytes:
            return feed_file(plan, now, feeds.revisions, paths[collection])

        whole = made_whole
    try:
        return publish_feeds(
            {cid: file_bytes(feeds.files[path]) for cid, path in paths.items()},  # (never spliced: no folder)
            client,
            home,
            published,
            now,
            keep,
            covers=lambda collection: _kind(collection) in kinds,
            revoked=lambda collection: collection.startswith(PERSON_PREFIX) and collection not in live,
            present=present,
            whole=whole,
            named=feeds.named,
            going_on=going_on,
            list_home=list_home,
            check_events=check_events,
            overwrite=overwrite,
        )
    except OSError as exc:  # (the HTTP stack's errors are OSErrors: the network or the server went away)
        raise PublishError(tr("{home}: the server stopped answering ({why}); what was published so far is recorded, "
                              "and publishing again finishes", home=home, why=short_reason(exc))) from None  # fmt: skip


def feed_collections(plan: Plan, files: Mapping[str, T], tokens: Mapping[str, FeedToken]) -> dict[str, T]:
    """Each feed file (or what is said of it) under the name of its collection on the server:
    "media.ics" → "media", "roles/safety-marshal.ics" → "role-safety-marshal", a person's →
    "person-<their token>"."""
    owners = {path: pid for pid, path in person_paths(plan).items()}
    collections = {}
    for path, content in files.items():
        if path in owners:
            collections[person_collection(tokens[owners[path]].token)] = content
        else:
            folder, _, name = path.rpartition("/")
            collections[f"role-{name.removesuffix('.ics')}" if folder else name.removesuffix(".ics")] = content
    return collections


def _kind(collection: str) -> str:
    """The FeedKind value of a collection: "role-…" → "roles", "person-…" → "people"."""
    prefix = collection.split("-", 1)[0]
    return {"role": FeedKind.ROLES.value, "person": FeedKind.PEOPLE.value}.get(prefix, prefix)


def split_calendar(data: bytes) -> tuple[bytes, bytes, list[tuple[str, bytes]]]:
    """A feed file as (its VERSION/PRODID lines, its VTIMEZONE, [(UID, VEVENT)]): each event
    becomes a resource of its own, as CalDAV wants (RFC 4791 §4.1), with the zone it needs."""
    first = data.find(b"BEGIN:V", 1)  # the calendar's own lines come before its first component
    head = b"".join(line + b"\r\n" for line in (data if first < 0 else data[:first]).split(b"\r\n")
                    if line.startswith((b"VERSION:", b"PRODID:")))  # fmt: skip
    zone = b""
    start = data.find(b"BEGIN:VTIMEZONE")
    if start >= 0:
        end = data.index(b"END:VTIMEZONE\r\n", start) + len(b"END:VTIMEZONE\r\n")
        zone = data[start:end]
    return head, zone, calendar_events(data)


def resources(data: bytes) -> list[tuple[str, bytes, str]]:
    """A feed file as the resources of its collection: (UID, the event as a calendar of its
    own with the zone it needs, a fingerprint of that)."""
    head, zone, events = split_calendar(data)
    found = []
    for uid, event in events:
        body = b"BEGIN:VCALENDAR\r\n" + head + zone + event + b"END:VCALENDAR\r\n"
        found.append((uid, body, hashlib.blake2b(body, digest_size=16).hexdigest()))
    return found


def collection_url(home: str, collection: str) -> str:
    return f"{home}{quote(collection)}/"


def resource_href(collection_url: str, uid: str) -> str:
    return f"{collection_url}{quote(uid, safe='')}.ics"


def publish_feeds(
    collections: Mapping[str, bytes],
    client: Client,
    home: str,
    published: Mapping[Key, PublishedEvent],
    now: datetime,
    keep: Callable[[dict[Key, PublishedEvent]], None],
    covers: Callable[[str], bool] = lambda _collection: True,
    revoked: Callable[[str], bool] = lambda _collection: False,
    present: Mapping[str, set[str]] | None = None,
    whole: Callable[[str], bytes] | None = None,
    named: Mapping[str, str] | None = None,
    going_on: GoingOn | None = None,
    list_home: bool = True,
    check_events: bool = False,
    overwrite: bool = False,
) -> PublishReport:
    """Bring the collections under `home` (the user's calendar home URL, ending in /) in line
    with `collections` (name → feed file). `keep(changes)` is called after each collection,
    so a publish cut short is recorded as far as it got and the next one finishes the job.
    A collection we published before that is no longer wanted is emptied if `covers` it (a
    feed of a kind being published that is no longer made), deleted whole if `revoked` (a
    person's old link); one of another kind is left alone.
    With `present` (by collection, the UIDs of all its events), each file holds only the
    events that may have changed, KEPT none; the others are as the record says the server
    holds them. `whole(collection)` then makes a file whole, for a collection found gone.
    `named` (by collection, as the last publish left its name and description: _Names.digest)
    spares asking the server of those whose feed names and describes them as then.
    `going_on(done, total, sent)`, asked before each calendar (how many are done, of how many,
    and how many events were sent so far), says whether to go on: the report is `stopped` if not.
    `list_home`: list the calendars the home holds, in one request, and make again any of ours
    deleted there by hand, though nothing in it changed (a PUT finds one gone otherwise).
    `check_events`: list each calendar's events (a request each), and put again any of ours
    deleted there by hand, though nothing of it changed here; one changed there (its ETag not
    the one recorded) is compared as if it had changed here: a conflict, unless the server
    holds what we would put.
    `overwrite`: an event changed on the server since we put it (a conflict otherwise) gets
    ours all the same, and one the plan no longer has is deleted all the same: the organizer's
    choice, having read the conflicts a publish reported."""
    report = PublishReport(calendars=len(collections))
    named = named or {}
    by_collection: dict[str, dict[str, PublishedEvent]] = {}
    for (collection, uid), event in published.items():
        if event.href.startswith(home):  # (not what was published to another server: left as it is)
            by_collection.setdefault(collection, {})[uid] = event
    wanted = {cid: _Names.digest(data) for cid, data in collections.items() if not isinstance(data, Kept)}
    ours = {cid for cid, events in by_collection.items() if not all(e.deleted for e in events.values())}
    asked = [cid for cid, digest in wanted.items() if cid in ours and named.get(cid) != digest]
    # The calendars the server holds, in one request: one of ours deleted there by hand (a
    # subscriber's link then answers 404) is made again, though nothing of it changed here.
    report.listed = list_home and bool(ours & set(collections))
    listed = _names(client, home, "1") if report.listed else {}
    names = _Names(client, home, asked, listed)
    report.checked = check_events
    for done, (cid, data) in enumerate(collections.items()):
        if going_on is not None and not going_on(done, len(collections), len(report.sent)):
            report.stopped = True
            return report  # (the feeds no longer made wait too: a stop leaves the rest as it is)
        held = present.get(cid) if present is not None else None
        url = collection_url(home, cid)
        if cid in ours and listed and _path(url) not in listed:  # (made if it is not there: asked of it alone,
            data = _entire(cid, data, held, whole)  # as a listing may be one the server cut short)
            if _ensure_collection(client, url, data, cid):
                _publish_anew(client, cid, url, data, now, report, keep)
                continue
        mine = by_collection.get(cid, {})
        restored, edited = _changed_there(client, url, mine) if check_events and cid in ours else (set(), set())
        if restored or edited:  # (the whole feed made; those deleted there taken as never put, those
            data, held = _entire(cid, data, held, whole), None  # changed there as changed here: compared)
            wanted.setdefault(cid, _Names.digest(data))
            mine = {uid: PublishedEvent(e.href, "", "", e.at) if uid in restored else
                    PublishedEvent(e.href, e.etag, "", e.at) if uid in edited else e
                    for uid, e in mine.items()}  # fmt: skip
        if isinstance(data, Kept):  # (partial) none of its events changed: nothing to ask or send
            report.unchanged += len(held or ())
            if cid in named:  # (nor its name: a person or role renamed has their events made again)
                report.named[cid] = named[cid]
            continue
        if cid not in ours:  # made if missing (one with events of ours is there: not asked; a campaign has 2,469)
            if _ensure_collection(client, url, data, cid):
                report.named[cid] = wanted[cid]
        elif cid not in asked or names.keep_up(url, data, report):
            report.named[cid] = wanted[cid]
        try:
            changes = _publish_collection(client, cid, url, data, mine, now, report, held, overwrite)
        except _CollectionGoneError:  # removed on the server since: made again, and every event put anew
            data = _entire(cid, data, held, whole)
            _ensure_collection(client, url, data, cid)
            _publish_anew(client, cid, url, data, now, report, keep)
            continue
        if restored:
            _said_restored(cid, data, restored, mine, changes, now, report)
        report.changes.update(changes)
        if changes:
            keep(changes)
    # A feed no longer made (a person with no shifts left): its events go from the server.
    for collection, events in by_collection.items():
        if collection in collections or not covers(collection):
            continue
        gone: dict[Key, PublishedEvent] = {}
        if revoked(collection):
            _delete_collection(client, collection, events, now, gone, report)
        else:
            for uid, before in events.items():
                if not before.deleted:
                    _delete(client, collection, uid, before, now, gone, report, overwrite)
        if gone:
            report.changes.update(gone)
            keep(gone)
    return report


def _changed_there(client: Client, url: str, mine: Mapping[str, PublishedEvent]) -> tuple[set[str], set[str]]:
    """The UIDs of our events the collection at `url` no longer holds (deleted there by hand,
    from a calendar app on the account), and of those it holds with an ETag other than the
    one recorded (changed there, by hand or by a teammate's publish), by one listing of its
    events; none if the server does not list them. (Not by each calendar's CTag or sync
    token, asked of the whole home in one request: Radicale works either out from every event
    it holds, and a campaign's listing took it 15-56 s so, not 1 s.)"""
    body = ('<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:"><D:prop><D:getetag/></D:prop>'
            "</D:propfind>")  # fmt: skip
    answer = client.request(url, "PROPFIND", body, {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"})
    if answer.status != 207:
        return set(), set()
    held: dict[str, str | None] = {}  # path -> its ETag (None: not said)
    try:
        for response in ElementTree.fromstring(_raw(answer)).iter("{DAV:}response"):
            href, etag = response.findtext("{DAV:}href"), response.findtext(".//{DAV:}getetag")
            if href:
                held[_path(href.strip())] = etag
    except ElementTree.ParseError:
        return set(), set()
    kept = {uid: event for uid, event in mine.items() if not event.deleted}
    deleted = {uid for uid, event in kept.items() if _path(event.href) not in held}
    edited = {uid for uid, event in kept.items() if not _same_etag(held.get(_path(event.href)), event.etag)}
    return deleted, edited - deleted


def _same_etag(said: str | None, recorded: str) -> bool:
    """Whether the ETag a listing said is the one recorded (not said: taken as the same); a
    weak one (W/"…") as its strong twin, and one without its quotes as with them, as servers
    differ in which they give where (a mismatch would have the event put again, every day)."""

    def bare(etag: str) -> str:
        return etag.strip().removeprefix("W/").strip('"')

    return said is None or not said.strip() or bare(said) == bare(recorded)


def _said_restored(cid: str, data: bytes, restored: set[str], mine: Mapping[str, PublishedEvent],
                   changes: dict[Key, PublishedEvent], now: datetime, report: PublishReport) -> None:  # fmt: skip
    """Each event of ours deleted on the server by hand and put again, said; one no longer in
    its feed (removed here meanwhile) recorded as deleted, as it is."""
    bodies = {uid: body for uid, body, _fingerprint in resources(data)}
    for uid in sorted(restored):
        if uid not in bodies:
            changes[(cid, uid)] = PublishedEvent(mine[uid].href, "", "", now)
            report.deleted.append(f"{cid}/{uid}")
        elif (cid, uid) in changes:
            report.notes.append(tr("{event}: deleted on the server since it was published; put again",
                                   event=_event_said(cid, uid, bodies[uid])))  # fmt: skip


def _delete_collection(client: Client, collection: str, events: Mapping[str, PublishedEvent], now: datetime,
                       changes: dict[Key, PublishedEvent], report: PublishReport) -> None:  # fmt: skip
    """A revoked link's calendar, whole: its address stops answering."""
    if all(event.deleted for event in events.values()):
        return
    url = next(iter(events.values())).href.rsplit("/", 1)[0] + "/"
    answer = client.request(url, "DELETE", "", {})
    if answer.status != 404:  # already gone is as good
        _check(answer, f"DELETE {url}")
    for uid, before in events.items():
        if not before.deleted:
            changes[(collection, uid)] = PublishedEvent(before.href, "", "", now)
            report.deleted.append(f"{collection}/{uid}")


class _CollectionGoneError(Exception):
    """A collection we had put events in is no longer on the server."""


def _entire(cid: str, data: bytes, held: set[str] | None, whole: Callable[[str], bytes] | None) -> bytes:
    """A feed's whole file: `data`, unless it holds only what changed (`held` given; Kept: none)."""
    return whole(cid) if whole is not None and held is not None else data


def _publish_anew(client: Client, cid: str, url: str, data: bytes, now: datetime, report: PublishReport,
                  keep: Callable[[dict[Key, PublishedEvent]], None]) -> None:  # fmt: skip
    """A calendar of ours gone from the server, made again (`data`: its whole feed, whose name
    it was given): every event put anew."""
    report.named[cid] = _Names.digest(data)
    report.notes.append(tr("{calendar}: deleted on the server; made again, at its address, with all its events",
                           calendar=_calendar_property(data, b"X-WR-CALNAME") or cid))  # fmt: skip
    changes = _publish_collection(client, cid, url, data, {}, now, report)
    report.changes.update(changes)
    if changes:
        keep(changes)


def _publish_collection(
    client: Client,
    cid: str,
    url: str,
    data: bytes,
    mine: Mapping[str, PublishedEvent],
    now: datetime,
    report: PublishReport,
    held: set[str] | None = None,
    overwrite: bool = False,
) -> dict[Key, PublishedEvent]:
    """One feed's events into its collection: put what is new or changed, delete what went.
    `held`: the UIDs of all its events, when `data` holds only those that may have changed
    (the others are as the server holds them). `overwrite`: as publish_feeds'."""
    changes: dict[Key, PublishedEvent] = {}
    made = set()
    for uid, body, fingerprint in resources(data):
        made.add(uid)
        before = mine.get(uid)
        if before is not None and not before.deleted and before.fingerprint == fingerprint:
            report.unchanged += 1
            continue
        href = before.href if before is not None else resource_href(url, uid)
        guard = {"If-Match": before.etag} if before is not None and not before.deleted else {"If-None-Match": "*"}
        answer = _put(client, href, body, guard)
        if answer.status in (404, 409) and mine:
            raise _CollectionGoneError
        etag, theirs, same = None, None, False
        if answer.status == 412:
            # There, or changed since: still ours if it is just what we would put — put by a
            # publish cut short before recording it, or by a teammate publishing the same
            # shared plan (their revisions are ours: one SEQUENCE, one DTSTAMP).
            theirs, same = _server_copy(client, href, body)
            if theirs is None and "If-Match" in guard:
                # Deleted there since (by hand, from a calendar app on the account): put again,
                # as nothing of anyone's is lost so; its subscribers lacked it.
                guard = {"If-None-Match": "*"}
                answer = _put(client, href, body, guard)
                if answer.status == 412:  # (made there meanwhile)
                    theirs, same = _server_copy(client, href, body)
                elif answer.status < 300:
                    report.notes.append(tr("{event}: deleted on the server since it was published; put again",
                                           event=_event_said(cid, uid, body)))  # fmt: skip
        # Too large; or our condition held (nothing there for a create, our version for an
        # update), so the server refused on its own (Radicale answers an event over its size
        # limit so): not a conflict.
        ours = theirs is None if "If-None-Match" in guard else bool(theirs) and theirs == guard["If-Match"]
        if answer.status == 413 or (answer.status == 412 and not same and ours):
            why = refusal(client, url, body, answer.status, getattr(answer, "reason", ""))
            report.refused.append(tr("{what}: {why}", what=_event_said(cid, uid, body), why=why))
            continue
        if answer.status == 412 and not same and overwrite and theirs:
            # The plan's version over theirs, as the organizer chose; unless changed again since.
            answer = _put(client, href, body, {"If-Match": theirs})
            if answer.status < 300:
                report.notes.append(tr("{event}: changed on the server since it was published; overwritten with "
                                       "the plan's version", event=_event_said(cid, uid, body)))  # fmt: skip
        if answer.status == 412:
            if not same:
                why = tr("already on the server, not from this plan") if before is None or before.deleted else (
                    tr("changed on the server since it was published"))  # fmt: skip
                report.conflicts.append(
                    tr("{event}: {why}; not overwritten", event=_event_said(cid, uid, body), why=why)
                )
                if before is not None and not before.deleted:
                    # Recorded as to be compared again (its ETag as ours was): the next publish
                    # says it again, though nothing of it changes here (found by the daily check).
                    changes[(cid, uid)] = PublishedEvent(before.href, before.etag, "", now)
                continue
            etag = theirs
        else:
            _check(answer, f"PUT {href}")
        changes[(cid, uid)] = PublishedEvent(href, etag or answer.headers.get("ETag") or _etag(client, href),
                                             fingerprint, now)  # fmt: skip
        report.sent.append(f"{cid}/{uid}")
    present = made if held is None else held
    report.unchanged += len(present - made)
    for uid, before in mine.items():
        if uid not in present and not before.deleted:
            _delete(client, cid, uid, before, now, changes, report, overwrite)
    return changes


def _event_said(cid: str, uid: str, body: bytes) -> str:
    """An event as a report line names it: what and when, as a calendar app shows it (for the
    organizer to find it in the plan: a shift's UID is a random id), then where it is on the
    server (for a script): `Setup and teardown: Vigil, 2025-04-07 07:00 (volunteers/shift-…)`."""
    said: dict[bytes, bytes] = {}
    for line in _unfolded(body[max(body.find(b"BEGIN:VEVENT"), 0) :]):  # (past the time zones' own starts)
        name, _, value = line.partition(b":")
        said.setdefault(name.split(b";", 1)[0], value)  # (its parameters left: SUMMARY;LANGUAGE=es)
    start = said.get(b"DTSTART", b"").decode("ascii", "replace")
    when = f"{start[:4]}-{start[4:6]}-{start[6:8]}" + (f" {start[9:11]}:{start[11:13]}" if len(start) > 8 else "")
    when += " UTC" if start.endswith("Z") else ""
    what = unescape_text(said.get(b"SUMMARY", b"").decode("utf-8", "replace")).replace("\n", " ")
    return f"{what}, {when} ({cid}/{uid})" if what and len(start) >= 8 else f"{cid}/{uid}"


def _put(client: Client, href: str, body: bytes, guard: Mapping[str, str]) -> Any:
    return client.request(href, "PUT", body.decode("utf-8"), {"Content-Type": "text/calendar; charset=utf-8",
                                                               **guard})  # fmt: skip


def _delete(client: Client, collection: str, uid: str, before: PublishedEvent, now: datetime,
            changes: dict[Key, PublishedEvent], report: PublishReport, overwrite: bool = False) -> None:  # fmt: skip
    """An event the plan no longer has, deleted; unless changed on the server since it was
    put (a conflict), or all the same if `overwrite` (as publish_feeds')."""
    answer = client.request(before.href, "DELETE", "", {"If-Match": before.etag})
    if answer.status == 412 and overwrite:
        answer = client.request(before.href, "DELETE", "", {})
        if answer.status < 300:
            report.notes.append(tr("{event}: changed on the server since it was published; deleted all the same, "
                                   "as the plan no longer has it", event=f"{collection}/{uid}"))  # fmt: skip
    if answer.status == 412:
        why = tr("changed on the server since it was published")
        report.conflicts.append(tr("{event}: {why}; not deleted", event=f"{collection}/{uid}", why=why))
        return
    if answer.status != 404:  # already gone is as good
        _check(answer, f"DELETE {before.href}")
    changes[(collection, uid)] = PublishedEvent(before.href, "", "", now)
    report.deleted.append(f"{collection}/{uid}")


def _ensure_collection(client: Client, url: str, data: bytes, cid: str) -> bool:
    """The calendar collection for a feed, made when missing, with its name, description and
    colour (what a calendar app shows for it); whether it was made."""
    name = _calendar_property(data, b"X-WR-CALNAME") or cid
    description = _calendar_property(data, b"X-WR-CALDESC")
    return ensure_calendar(client, url, name, description, COLORS.get(cid.split("-")[0], COLORS["media"]))


class _Names:
    """The names and descriptions of calendars made before, kept up with their feeds': a
    calendar is made with its feed's name and description (X-WR-CALNAME, X-WR-CALDESC), and a
    subscribed calendar app shows the server's; they change with the plan's title, language or
    description, a person's or a role's name. Asked of the server for the calendars whose feed
    was made again (a publish carried from the last asks for none of the others): read from
    the listing of the calendar home a publish makes (publish_feeds), or, where the server gave
    none, of each, or, for many, of the whole home in one request; not of those the last
    publish's record (`named`) says have them already."""

    MANY = 20  # more calendars than this: one request for all

    @staticmethod
    def digest(data: bytes) -> str:
        """What the record of a publish keeps of the name and description a feed gives its calendar."""
        said = f"{_calendar_property(data, b'X-WR-CALNAME')}\n{_calendar_property(data, b'X-WR-CALDESC')}"
        return hashlib.blake2b(said.encode(), digest_size=12).hexdigest()

    def __init__(self, client: Client, home: str, cids: Collection[str],
                 listed: dict[str, tuple[str, str]] | None = None) -> None:  # fmt: skip
        """`listed`: the home's calendars as _names said them ({} if not asked, or not said)."""
        self._client = client
        self._held: dict[str, tuple[str, str]] | None = listed or (
            _names(client, home, "1") if len(cids) > self.MANY else None
        )

    def keep_up(self, url: str, data: bytes, report: PublishReport) -> bool:
        """The calendar at `url` renamed and described as its feed `data` is, if it is not;
        whether it is now (not if the server said nothing of it, or refused)."""
        wanted = (_calendar_property(data, b"X-WR-CALNAME"), _calendar_property(data, b"X-WR-CALDESC"))
        held = self._held if self._held is not None else _names(self._client, url, "0")
        if _path(url) not in held:  # (not found or not said: left as it is)
            return False
        if held[_path(url)] == wanted:
            return True
        body = (
            '<?xml version="1.0" encoding="utf-8"?><D:propertyupdate xmlns:D="DAV:" '
            'xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop>'
            f"<D:displayname>{xml_text(wanted[0])}</D:displayname>"
            f"<C:calendar-description>{xml_text(wanted[1])}</C:calendar-description>"
            "</D:prop></D:set></D:propertyupdate>"
        )
        answer = self._client.request(url, "PROPPATCH", body, {"Content-Type": "application/xml; charset=utf-8"})
        if _all_done(answer):
            report.renamed += 1
            return True
        report.notes.append(tr("{calendar}: the server kept its old name and description ({status})",
                               calendar=wanted[0], status=answer.status))  # fmt: skip
        return False


def _names(client: Client, url: str, depth: str) -> dict[str, tuple[str, str]]:
    """The display name and description of the calendar at `url` (depth "0") or of each in it
    ("1"), by path; none the server does not say (an answer not understood: none)."""
    body = ('<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:" '
            'xmlns:C="urn:ietf:params:xml:ns:caldav"><D:prop><D:displayname/><C:calendar-description/>'
            "</D:prop></D:propfind>")  # fmt: skip
    answer = client.request(url, "PROPFIND", body, {"Depth": depth, "Content-Type": "application/xml; charset=utf-8"})
    if answer.status != 207:
        return {}
    try:
        root = ElementTree.fromstring(_raw(answer))
    except ElementTree.ParseError:
        return {}
    found = {}
    for response in root.iter("{DAV:}response"):
        href = response.findtext("{DAV:}href")
        name = response.find(".//{DAV:}displayname")
        about = response.find(".//{urn:ietf:params:xml:ns:caldav}calendar-description")
        if href and name is not None:
            found[_path(href.strip())] = (name.text or "", (about.text or "") if about is not None else "")
    return found


def _all_done(answer: Any) -> bool:
    """A PROPPATCH answered with success for every property (a 207 says each one's status)."""
    if answer.status != 207:
        return bool(200 <= answer.status < 300)
    try:
        statuses = [s.text or "" for s in ElementTree.fromstring(_raw(answer)).iter("{DAV:}status")]
    except ElementTree.ParseError:
        return False
    return all(_SUCCESS.match(status.strip()) for status in statuses)


_SUCCESS = re.compile(r"HTTP/[\d.]+ 2\d\d\b")


def _path(url: str) -> str:
    """A collection's path, as a server names it in an answer (full URL or path, quoted or not)."""
    return unquote(urlsplit(url).path).rstrip("/")


def _raw(answer: Any) -> bytes:
    raw = getattr(answer, "_raw", b"")
    return raw.encode("utf-8") if isinstance(raw, str) else bytes(raw or b"")


def ensure_calendar(
    client: Client, url: str, name: str, description: str, color: str, components: tuple[str, ...] = ("VEVENT",)
) -> bool:
    """A calendar collection at `url`, made (MKCALENDAR) unless one is there: its display name,
    description and colour, and the kinds of component it takes; whether it was made."""
    answer = client.request(url, "PROPFIND", "", {"Depth": "0"})
    if answer.status in (200, 207):
        return False
    if answer.status != 404:
        _check(answer, f"PROPFIND {url}")
    kinds = "".join(f'<C:comp name="{kind}"/>' for kind in components)
    body = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav" '
        'xmlns:I="http://apple.com/ns/ical/"><D:set><D:prop>'
        f"<D:displayname>{xml_text(name)}</D:displayname><I:calendar-color>{color}</I:calendar-color>"
        f"<C:calendar-description>{xml_text(description)}</C:calendar-description>"
        f"<C:supported-calendar-component-set>{kinds}</C:supported-calendar-component-set>"
        "</D:prop></D:set></C:mkcalendar>"
    )
    _check(client.request(url, "MKCALENDAR", body, {"Content-Type": "application/xml; charset=utf-8"}),
           f"MKCALENDAR {url}")  # fmt: skip
    return True


def _calendar_property(data: bytes, name: bytes) -> str:
    """A text property of the calendar (before its first component), unfolded and unescaped."""
    first = data.find(b"BEGIN:V", 1)  # after BEGIN:VCALENDAR
    head = (data if first < 0 else data[:first]).replace(b"\r\n ", b"").replace(b"\r\n\t", b"")
    for line in head.split(b"\r\n"):
        if line.startswith(name + b":"):
            text = line[len(name) + 1 :].decode("utf-8")
            return unescape_text(text)
    return ""


def _server_copy(client: Client, href: str, body: bytes) -> tuple[str | None, bool]:
    """The ETag of what the server holds at `href` (None: nothing), and whether it is the event
    we would put. Compared as the set of its content lines: servers store an event their way
    (line ends, folding, the order of properties — Radicale reorders them)."""
    answer = client.request(href, "GET", "", {})
    if answer.status == 404:
        return None, False
    same = answer.status == 200 and sorted(_unfolded(_raw(answer))) == sorted(_unfolded(body))
    return str(answer.headers.get("ETag", "")), same


def refusal(client: Client, url: str, body: bytes, status: int, reason: str = "") -> Text:
    """Why the server would not take one resource (an event, a team plan's object) into the
    collection at `url`, in a few words: over the size it says it takes
    (CALDAV:max-resource-size, RFC 4791 §5.2.5) if it says one, else its answer."""
    limit = _max_resource_size(client, url)
    if limit is not None and len(body) > limit:
        return tr("too large for the server ({size} bytes; it takes at most {limit}): shorten its notes or "
                  "description", size=len(body), limit=limit)  # fmt: skip
    return tr("the server would not take it ({status})", status=status_line(status, reason))


def _max_resource_size(client: Client, url: str) -> int | None:
    """The largest resource the calendar at `url` takes, in bytes, if its server says."""
    body = ('<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:" '
            'xmlns:C="urn:ietf:params:xml:ns:caldav"><D:prop><C:max-resource-size/></D:prop></D:propfind>')  # fmt: skip
    answer = client.request(url, "PROPFIND", body, {"Depth": "0", "Content-Type": "application/xml; charset=utf-8"})
    if answer.status != 207:
        return None
    try:
        size = ElementTree.fromstring(_raw(answer)).findtext(".//{urn:ietf:params:xml:ns:caldav}max-resource-size")
    except ElementTree.ParseError:
        return None
    return int(size) if size and size.strip().isdigit() else None


def _unfolded(text: bytes) -> list[bytes]:
    lines = text.replace(b"\r\n", b"\n").replace(b"\n ", b"").replace(b"\n\t", b"").split(b"\n")
    return [line for line in lines if line]


def _etag(client: Client, href: str) -> str:
    """A server that answers a PUT without an ETag: ask for it."""
    answer = client.request(href, "HEAD", "", {})
    return str(answer.headers.get("ETag", ""))


def _check(answer: Any, what: str) -> None:
    if answer.status >= 300:
        status = status_line(answer.status, getattr(answer, "reason", ""))
        raise PublishError(tr("the server refused {what}: {status}", what=what, status=status))


def xml_text(text: str) -> str:
    """Text made safe inside an XML element."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


KEYRING_SERVICE = "planner-caldav"


def server_problem(url: str, user: str) -> Text | None:
    """Why `url` (a server, or one collection on it) cannot be reached as `user`, or None: not a
    server address; plain http to another machine (the password would cross the network in
    clear); no user (every server asks one). Said before the keyring is asked or anything
    connects."""
    if not url.strip():
        return tr("no server given: give its address, like https://cloud.example.org/remote.php/dav")
    try:  # (a bracket left open, "[::1", and a port that is no number, ":5232x", raise)
        parts = urlsplit(url)
        _port = parts.port
    except ValueError:
        parts = urlsplit("")
    if parts.scheme not in ("https", "http") or not parts.hostname or not host_name_like(parts.hostname):
        return tr("{url} is not a server address; give one like https://cloud.example.org/remote.php/dav",
                  url=quoted(url))  # fmt: skip
    if parts.scheme == "http" and not this_machine(parts.hostname):
        return tr("{url}: not encrypted (http://); use https:// so the password is not sent in clear", url=url)
    if not user.strip():
        return no_user_given(parts.hostname)
    return None


def check_server(url: str, user: str) -> None:
    """PublishError if `url` and `user` cannot work (server_problem)."""
    if (problem := server_problem(url, user)) is not None:
        raise PublishError(problem)


def server_password(server: str, user: str, given: str | None, store: bool = False) -> str:
    """The password given (e.g. on stdin, for scripts and machines without a keyring), else
    the keyring's; `store` keeps the one given there. PublishError first if the server and
    user cannot work (server_problem): the keyring was asked for the password of nobody."""
    from planner.publish.secrets import keep_password, keyring_password

    check_server(server, user)
    account = f"{user}@{urlsplit(server).netloc}"
    if given is not None:
        if store:
            keep_password(KEYRING_SERVICE, account, given, PublishError)
        return given
    how = tr("give it with --password-stdin (and --store-password to keep it there)")
    return keyring_password(KEYRING_SERVICE, account, how, PublishError)


def dav_client(url: str, user: str, password: str) -> Any:
    """A CalDAV client for `url` (a server, or one collection on it), as `user`; PublishError
    says why not if they cannot work (server_problem: plain http but on this machine)."""
    check_server(url, user)
    return _checked_client()(url=url, username=user, password=password, timeout=60, auth=_login(user, password))


@functools.cache
def _checked_client() -> type:
    """The caldav library's client, its every answer checked to come from a calendar server:
    else PublishError. A network that asks its users to sign in first (hotel or conference
    Wi-Fi) answers every request with its web page and a 200 (so does a web app's address
    given for its calendar server's, Nextcloud's own), which the library takes for
    success: a publish said "278 events sent" and a share "shared" with nothing on any server,
    and a team sync marked edits sent that never left (so they never would). An answer that
    is not even XML (a broken proxy) was a traceback."""
    from caldav.davclient import DAVClient  # loaded when publishing or syncing, not at start

    class CheckedClient(DAVClient):
        def request(self, url: Any = None, method: str = "GET", body: str = "", headers: Any = None,
                    *more: Any) -> Any:  # fmt: skip
            url = kept_encrypted(str(url or self.url), str(self.url))
            try:
                answer = super().request(url, method, body, headers, *more)
            except SyntaxError:  # (lxml's: the library parses what says it is XML)
                raise PublishError(tr("{url}: the server's answer is not WebDAV XML", url=url)) from None
            if answer.status == 511 or _web_page(answer):  # (511: RFC 6585's "sign in first")
                raise PublishError(tr("{server}: answered with a web page, not as a calendar server: check the address "
                                      "(Nextcloud's ends in /remote.php/dav); on a network that asks you to sign in "
                                      "first (hotel or conference Wi-Fi), open any web page to do so, then try again",
                                      server=server_root(url)))  # fmt: skip
            return answer

    return CheckedClient


def kept_encrypted(url: str, server: str) -> str:
    """`url`, an address the calendar server at `server` gave (its principal's, the calendar
    home's), as it may be asked with the password: on plain http to another machine it is
    refused — the password would cross the network in clear, sent where the server's answer
    said. On the server's own host, given as http:// where the server is reached by https (a
    server behind a proxy that does not know it: Nextcloud without 'overwriteprotocol'), it is
    asked by https, as the server was."""
    parts = urlsplit(url)
    if parts.scheme != "http" or (parts.hostname is not None and this_machine(parts.hostname)):
        return url
    base = urlsplit(server)
    if base.scheme == "https" and parts.hostname == base.hostname:
        return parts._replace(scheme="https", netloc=base.netloc).geturl()
    raise NotEncryptedError(tr("{server}: the server gives {url} as where the calendars are, which is not encrypted "
                          "(http://): not asked, so the password is not sent in clear; its administrator can make it "
                          "give https:// addresses", server=server_root(server), url=url))  # fmt: skip


def _web_page(answer: Any) -> bool:
    """An answer that is a web page: a 200 (or a 207) whose body is an HTML document, whatever
    its Content-Type says (the library does not trust it either). No calendar server answers a
    WebDAV request so; a web server's "201 Created" page is not taken for one."""
    if answer.status not in (200, 207):
        return False
    head = getattr(answer, "_raw", b"")[:512]  # (its start alone: a campaign's pull is megabytes)
    head = head.encode("utf-8") if isinstance(head, str) else bytes(head or b"")
    return head.lstrip().lower().startswith((b"<!doctype html", b"<html"))


def server_root(url: str) -> str:
    """The server an address is on, as said in an error: "https://cloud.example.org/"."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/"


def _login(user: str, password: str) -> Any:
    """The client's login, sent with its first request: Basic at once (over https, or http on
    this machine alone: server_problem), Digest once a server asks for it. Left to the caldav
    client, the first request goes without a login for the server's 401 to name the scheme: a
    round trip more for each client (each publish, share, clone and sync makes one), and a slow
    one on Radicale, which answers every refused request after a second (delay_on_error)."""
    from caldav.lib.http_sync import requests  # the HTTP library the client uses (niquests, or requests)

    class BasicFirst(requests.auth.HTTPDigestAuth):
        def __call__(self, request: Any) -> Any:
            request = super().__call__(request)  # type: ignore[no-untyped-call]  # (Digest once challenged)
            if "Authorization" not in request.headers:
                request = requests.auth.HTTPBasicAuth(self.username, self.password)(request)
            return request

    return BasicFirst(user, password)


def connect(server: str, user: str, password: str) -> tuple[Any, str]:
    """A CalDAV client and the user's calendar home URL (ending in /). Plain http is refused
    but on this machine: the password would cross the network in clear."""
    from caldav.lib import error

    client = dav_client(server, user, password)
    home = None
    try:
        try:
            home = kept_encrypted(str(client.principal().calendar_home_set.url), server)
        except (PublishError, error.DAVError) as exc:
            # A web app's address (Nextcloud's, SOGo's, a host's) where its calendar server's
            # was meant: where its /.well-known/caldav points (RFC 6764 §5), if it does.
            moved = None if isinstance(exc, error.AuthorizationError) else _well_known(client, server)
            if moved is None:
                raise
            there, home = _pointed_to(moved, user, password, exc)
            client.close()
            client = there
    except error.AuthorizationError as exc:
        if exc.status == 403:  # (logged in, but not let in there)
            raise PublishError(tr("{server}: the server refused this account ({status}): check the user name and "
                                  "the address", server=server, status=status_line(403))) from None  # fmt: skip
        raise PublishError(tr("{server}: the user name or password was not accepted", server=server)) from None
    except PublishError:  # (the client's: said as it is)
        raise
    except (error.DAVError, OSError, ValueError) as exc:
        raise PublishError(tr("{server}: not reachable as a CalDAV server ({why})", server=server,
                              why=short_reason(exc))) from None  # fmt: skip
    except Exception as exc:  # the HTTP stack's own connection errors (requests or niquests)
        raise PublishError(tr("{server}: cannot connect ({why})", server=server, why=short_reason(exc))) from None
    finally:
        if home is None:
            client.close()  # (its connection: a server may keep it open)
    return client, home if home.endswith("/") else home + "/"


def _pointed_to(url: str, user: str, password: str, first: Exception) -> tuple[Any, str]:
    """A client on the calendar server a bare address's /.well-known/caldav points to, and the
    user's calendar home there. Best effort: if that fails too (a sign-in page's own redirect),
    `first`, the error met at the address given, is raised — but for the calendar server's
    own word on the login."""
    from caldav.lib import error

    try:
        there = dav_client(url, user, password)
    except PublishError:
        raise first from None
    try:
        return there, kept_encrypted(str(there.principal().calendar_home_set.url), url)
    except (error.AuthorizationError, NotEncryptedError):
        there.close()
        raise
    except Exception:
        there.close()
        raise first from None


def _well_known(client: Any, server: str) -> str | None:
    """Where a server given by its bare address (no path) says its CalDAV service is: the
    redirects of its /.well-known/caldav, followed as they come (a PROPFIND is not turned into
    a GET on the way, as the HTTP library does with a 302); None if it has none, or it points
    back where we were."""
    parts = urlsplit(server)
    if parts.path not in ("", "/") or parts.query:
        return None
    url = first = f"{parts.scheme}://{parts.netloc}/.well-known/caldav"
    try:
        for _hop in range(5):
            answer = client.session.request("PROPFIND", url, headers={"Depth": "0"}, auth=client.auth,
                                            timeout=client.timeout, allow_redirects=False)  # fmt: skip
            answer.close()
            location = answer.headers.get("Location")
            if answer.status_code not in (301, 302, 303, 307, 308) or not location:
                break
            url = kept_encrypted(urljoin(url, location), server)  # (asked with the password)
    except Exception:  # (the HTTP stack's own errors, or http:// elsewhere: no discovery, the first error said)
        return None
    back = urlsplit(url)
    return None if url == first or (back.netloc == parts.netloc and back.path in ("", "/")) else url


@contextmanager
def connected(server: str, user: str, password: str) -> Iterator[tuple[Any, str]]:
    """connect's client and home for one job (a publish, a share), closed when it ends: a
    server that keeps connections open (most do; Radicale's own does not) would otherwise hold
    this one until Python's garbage collector came by."""
    client, home = connect(server, user, password)
    with client:
        yield client, home
