"""Publish the plan's feeds to a CalDAV server (Nextcloud, SOGo, Fastmail, Radicale…): one
calendar collection per feed, one resource per event. Only what changed is sent — a new event
with `If-None-Match: *`, a changed one with `If-Match` on the ETag we recorded, a removed one
deleted — so an event someone edited on the server is reported, never overwritten; what the
server holds from us is recorded (Records.published) so the next publish sends the difference.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol
from urllib.parse import quote, urlsplit

from planner.domain.model import Plan
from planner.domain.records import PublishedEvent
from planner.domain.revisions import Revision
from planner.errors import PlannerError
from planner.publish.feeds import FeedKind, feed_files

Key = tuple[str, str]  # (collection, UID)
COLORS = {"media": "#2F5D9EFF", "volunteers": "#4C9A5BFF", "organizer": "#7A4EA3FF", "role": "#F2A93BFF",
          "person": "#E0533DFF"}  # fmt: skip
_UID = re.compile(rb"^UID:(.*?)\r?$", re.MULTILINE)
_NAME = re.compile(rb"^X-WR-CALNAME:(.*?)\r?$", re.MULTILINE)


class PublishError(PlannerError):
    """The server cannot be reached, refuses us, or is not a calendar server."""


class Response(Protocol):
    status: int
    headers: Mapping[str, str]


class Client(Protocol):
    """What publishing needs of a CalDAV client (caldav.DAVClient has it)."""

    def request(self, url: str, method: str = ..., body: str = ..., headers: Mapping[str, str] = ...) -> Any: ...


@dataclass
class PublishReport:
    sent: list[str] = field(default_factory=list)  # "collection/UID" put
    deleted: list[str] = field(default_factory=list)
    unchanged: int = 0
    conflicts: list[str] = field(default_factory=list)  # one line each: what and why, not overwritten
    changes: dict[Key, PublishedEvent] = field(default_factory=dict)  # the record to keep
    calendars: int = 0  # the collections published to


def publish_plan(
    plan: Plan,
    revisions: Mapping[str, Revision],
    client: Client,
    home: str,
    published: Mapping[Key, PublishedEvent],
    now: datetime,
    keep: Callable[[dict[Key, PublishedEvent]], None],
    only: Collection[FeedKind] = tuple(FeedKind),
) -> PublishReport:
    """The plan's feeds of the kinds in `only`, made with `revisions` (already recorded: the
    server gets exactly what the record says), onto the server; the CLI and the app both."""
    kinds = {kind.value for kind in only}
    files = feed_files(plan, now, revisions, only)
    return publish_feeds(files, client, home, published, now, keep, lambda collection: _kind(collection) in kinds)


def _kind(collection: str) -> str:
    """The FeedKind value of a collection: "role-…" → "roles", "person-…" → "people"."""
    prefix = collection.split("-", 1)[0]
    return {"role": FeedKind.ROLES.value, "person": FeedKind.PEOPLE.value}.get(prefix, prefix)


def collection_id(feed_path: str) -> str:
    """ "media.ics" → "media", "roles/safety-marshal.ics" → "role-safety-marshal"."""
    folder, _, name = feed_path.rpartition("/")
    stem = name.removesuffix(".ics")
    return {"roles": f"role-{stem}", "people": f"person-{stem}"}.get(folder, stem)


def split_calendar(data: bytes) -> tuple[bytes, bytes, list[tuple[str, bytes]]]:
    """A feed file as (its VERSION/PRODID lines, its VTIMEZONE, [(UID, VEVENT)]): each event
    becomes a resource of its own, as CalDAV wants (RFC 4791 §4.1), with the zone it needs."""
    head = b"".join(line + b"\r\n" for line in data.split(b"\r\n") if line.startswith((b"VERSION:", b"PRODID:")))
    zone = b""
    start = data.find(b"BEGIN:VTIMEZONE")
    if start >= 0:
        end = data.index(b"END:VTIMEZONE\r\n", start) + len(b"END:VTIMEZONE\r\n")
        zone = data[start:end]
    events = []
    position = 0
    while (start := data.find(b"BEGIN:VEVENT\r\n", position)) >= 0:
        end = data.index(b"END:VEVENT\r\n", start) + len(b"END:VEVENT\r\n")
        event = data[start:end]
        match = _UID.search(event)
        if match is not None:
            events.append((match.group(1).decode("utf-8"), event))
        position = end
    return head, zone, events


def publish_feeds(
    files: Mapping[str, bytes],
    client: Client,
    home: str,
    published: Mapping[Key, PublishedEvent],
    now: datetime,
    keep: Callable[[dict[Key, PublishedEvent]], None],
    covers: Callable[[str], bool] = lambda _collection: True,
) -> PublishReport:
    """Bring the collections under `home` (the user's calendar home URL, ending in /) in line
    with `files`. `keep(changes)` is called after each collection, so a publish cut short is
    recorded as far as it got and the next one finishes the job. A collection we published
    before that `files` no longer has is emptied if `covers` it (a feed of a kind being
    published that is no longer made); one of another kind is left alone."""
    wanted = {collection_id(path): path for path in files}
    report = PublishReport(calendars=len(wanted))
    known = {collection for (collection, _uid), event in published.items() if not event.deleted}
    for cid, path in wanted.items():
        url = f"{home}{quote(cid)}/"
        mine = {uid: e for (c, uid), e in published.items() if c == cid}
        if cid not in known:  # one we put events in is there: no request to ask (a campaign has 2,469)
            _ensure_collection(client, url, files[path], cid)
        try:
            changes = _publish_collection(client, cid, url, files[path], mine, now, report)
        except _CollectionGoneError:  # removed on the server since: made again, and every event put anew
            _ensure_collection(client, url, files[path], cid)
            changes = _publish_collection(client, cid, url, files[path], {}, now, report)
        report.changes.update(changes)
        if changes:
            keep(changes)
    # A feed no longer made (a person with no shifts left): its events go from the server.
    gone: dict[Key, PublishedEvent] = {}
    for (collection, uid), before in published.items():
        if collection not in wanted and covers(collection) and not before.deleted:
            _delete(client, collection, uid, before, now, gone, report)
    if gone:
        report.changes.update(gone)
        keep(gone)
    return report


class _CollectionGoneError(Exception):
    """A collection we had put events in is no longer on the server."""


def _publish_collection(
    client: Client,
    cid: str,
    url: str,
    data: bytes,
    mine: Mapping[str, PublishedEvent],
    now: datetime,
    report: PublishReport,
) -> dict[Key, PublishedEvent]:
    """One feed's events into its collection: put what is new or changed, delete what went."""
    head, zone, events = split_calendar(data)
    changes: dict[Key, PublishedEvent] = {}
    present = set()
    for uid, event in events:
        present.add(uid)
        body = b"BEGIN:VCALENDAR\r\n" + head + zone + event + b"END:VCALENDAR\r\n"
        fingerprint = hashlib.blake2b(body, digest_size=16).hexdigest()
        before = mine.get(uid)
        if before is not None and not before.deleted and before.fingerprint == fingerprint:
            report.unchanged += 1
            continue
        href = before.href if before is not None else f"{url}{quote(uid, safe='')}.ics"
        guard = {"If-Match": before.etag} if before is not None and not before.deleted else {"If-None-Match": "*"}
        answer = client.request(href, "PUT", body.decode("utf-8"), {"Content-Type": "text/calendar; charset=utf-8",
                                                                     **guard})  # fmt: skip
        if answer.status in (404, 409) and mine:
            raise _CollectionGoneError
        etag = None
        if answer.status == 412 and "If-None-Match" in guard:
            # Already there: ours, if a publish cut short put it before recording it.
            etag = _etag_if_same(client, href, body)
            if etag is None:
                report.conflicts.append(f"{cid}/{uid}: already on the server, not from this plan; not overwritten")
                continue
        elif answer.status == 412:
            report.conflicts.append(f"{cid}/{uid}: changed on the server since it was published; not overwritten")
            continue
        else:
            _check(answer, f"PUT {href}")
        changes[(cid, uid)] = PublishedEvent(href, etag or answer.headers.get("ETag") or _etag(client, href),
                                             fingerprint, now)  # fmt: skip
        report.sent.append(f"{cid}/{uid}")
    for uid, before in mine.items():
        if uid not in present and not before.deleted:
            _delete(client, cid, uid, before, now, changes, report)
    return changes


def _delete(client: Client, collection: str, uid: str, before: PublishedEvent, now: datetime,
            changes: dict[Key, PublishedEvent], report: PublishReport) -> None:  # fmt: skip
    answer = client.request(before.href, "DELETE", "", {"If-Match": before.etag})
    if answer.status == 412:
        report.conflicts.append(f"{collection}/{uid}: changed on the server since it was published; not deleted")
        return
    if answer.status != 404:  # already gone is as good
        _check(answer, f"DELETE {before.href}")
    changes[(collection, uid)] = PublishedEvent(before.href, "", "", now)
    report.deleted.append(f"{collection}/{uid}")


def _ensure_collection(client: Client, url: str, data: bytes, cid: str) -> None:
    """The calendar collection for a feed, made when missing, with its name and colour."""
    answer = client.request(url, "PROPFIND", "", {"Depth": "0"})
    if answer.status in (200, 207):
        return
    if answer.status != 404:
        _check(answer, f"PROPFIND {url}")
    match = _NAME.search(data)
    name = _xml(match.group(1).decode("utf-8").replace("\\,", ",").replace("\\;", ";") if match else cid)
    color = COLORS.get(cid.split("-")[0], COLORS["media"])
    body = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav" '
        'xmlns:I="http://apple.com/ns/ical/"><D:set><D:prop>'
        f"<D:displayname>{name}</D:displayname><I:calendar-color>{color}</I:calendar-color>"
        '<C:supported-calendar-component-set><C:comp name="VEVENT"/></C:supported-calendar-component-set>'
        "</D:prop></D:set></C:mkcalendar>"
    )
    _check(client.request(url, "MKCALENDAR", body, {"Content-Type": "application/xml; charset=utf-8"}),
           f"MKCALENDAR {url}")  # fmt: skip


def _etag_if_same(client: Client, href: str, body: bytes) -> str | None:
    """The server copy's ETag if it is the event we would put, else None. Compared as the
    set of its content lines: servers store an event their way (line ends, folding, the
    order of properties — Radicale reorders them)."""
    answer = client.request(href, "GET", "", {})
    raw = getattr(answer, "_raw", b"")
    theirs = raw.encode("utf-8") if isinstance(raw, str) else bytes(raw or b"")
    if answer.status != 200 or sorted(_unfolded(theirs)) != sorted(_unfolded(body)):
        return None
    return str(answer.headers.get("ETag", ""))


def _unfolded(text: bytes) -> list[bytes]:
    lines = text.replace(b"\r\n", b"\n").replace(b"\n ", b"").replace(b"\n\t", b"").split(b"\n")
    return [line for line in lines if line]


def _etag(client: Client, href: str) -> str:
    """A server that answers a PUT without an ETag: ask for it."""
    answer = client.request(href, "HEAD", "", {})
    return str(answer.headers.get("ETag", ""))


def _check(answer: Any, what: str) -> None:
    if answer.status >= 300:
        raise PublishError(f"the server refused {what}: {answer.status} {getattr(answer, 'reason', '')}".rstrip())


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


KEYRING_SERVICE = "planner-caldav"
LOOPBACK = ("localhost", "127.0.0.1", "::1", "[::1]")


def server_password(server: str, user: str, given: str | None, store: bool = False) -> str:
    """The password given (e.g. on stdin, for scripts and machines without a keyring), else
    the keyring's; `store` keeps the one given there."""
    from planner.publish.secrets import keep_password, keyring_password

    account = f"{user}@{urlsplit(server).netloc}"
    if given is not None:
        if store:
            keep_password(KEYRING_SERVICE, account, given, PublishError)
        return given
    how = "give it with --password-stdin (and --store-password to keep it there)"
    return keyring_password(KEYRING_SERVICE, account, how, PublishError)


def connect(server: str, user: str, password: str) -> tuple[Any, str]:
    """A CalDAV client and the user's calendar home URL (ending in /). Plain http is refused
    but on this machine: the password would cross the network in clear."""
    from caldav.davclient import DAVClient  # loaded when publishing, not at start
    from caldav.lib import error

    parts = urlsplit(server)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise PublishError(
            f"{server!r} is not a server address; give one like https://cloud.example.org/remote.php/dav"
        )
    if parts.scheme == "http" and parts.hostname not in LOOPBACK:
        raise PublishError(f"{server}: not encrypted (http://); use https:// so the password is not sent in clear")
    client = DAVClient(url=server, username=user, password=password, timeout=60)
    try:
        home = str(client.principal().calendar_home_set.url)  # type: ignore[no-untyped-call]  # caldav leaves it untyped
    except error.AuthorizationError:
        raise PublishError(f"{server}: the user name or password was not accepted") from None
    except (error.DAVError, OSError, ValueError) as exc:
        raise PublishError(f"{server}: not reachable as a CalDAV server ({_short(exc)})") from None
    except Exception as exc:  # the HTTP stack's own connection errors (requests or niquests)
        raise PublishError(f"{server}: cannot connect ({_short(exc)})") from None
    return client, home if home.endswith("/") else home + "/"


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 160 else text[:159] + "…"


def subscription_links(plan: Plan, published: Mapping[Key, PublishedEvent]) -> list[tuple[str, str, str, str]]:
    """(calendar, who it is for, https URL, webcal URL) for each collection the server holds
    from us, as the record says: what to hand out for subscribing."""
    from planner.publish.filenames import unique_stems

    bases: dict[str, str] = {}
    for (collection, _uid), event in sorted(published.items()):
        if not event.deleted:
            bases.setdefault(collection, event.href.rsplit("/", 1)[0] + "/")
    person_stems = unique_stems([(p.id, p.name) for p in plan.people])
    role_stems = unique_stems([(r.id, r.name) for r in plan.roles])
    people = {f"person-{person_stems[p.id]}": p for p in plan.people}
    roles = {f"role-{role_stems[r.id]}": r for r in plan.roles}
    audience = {"media": "press", "volunteers": "every volunteer", "organizer": "the organizing team (private)"}
    rows = []
    for collection, url in sorted(bases.items()):
        if collection in people:
            who = people[collection].name
        elif collection in roles:
            who = f"{roles[collection].name} volunteers"
        else:
            who = audience.get(collection, collection)
        rows.append((collection, who, url, "webcal" + url[url.index("://") :]))
    return rows
