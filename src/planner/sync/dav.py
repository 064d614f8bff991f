"""The WebDAV/CalDAV requests a team plan needs, on a caldav.DAVClient: make the plan's
collection, read what changed since a sync-token (RFC 6578; a full ETag listing and a
multiget where a server lacks it), and conditional writes — `If-Match` on the ETag we last
saw, `If-None-Match: *` for a new object — so a teammate's write is never overwritten
unseen."""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree

from planner.errors import PlannerError
from planner.publish.caldav import Client, PublishError, ensure_calendar, server_root, xml_text
from planner.publish.network import short_reason, status_line
from planner.words import Text, tr

DAV, CALDAV = "DAV:", "urn:ietf:params:xml:ns:caldav"
PLAN_COLOR = "#5B6770FF"  # a team plan's calendar, in a teammate's calendar app: quiet grey
MULTIGET_BATCH = 500  # objects fetched per calendar-multiget


class SyncError(PublishError):
    """The server cannot be reached or refuses the team plan; says which and why."""


class ForbiddenError(SyncError):
    """A request refused as not allowed (403): on a write, this account may read the plan's
    collection but not change it."""


class GoneError(SyncError):
    """The shared plan's collection is no longer on the server (deleted there, or the server
    replaced): no sync will reach it again; the copy can be shared anew."""


def gone(url: str) -> Text:
    """What a sync says of a shared plan its server no longer has (many servers answer 404,
    not 403, for a calendar no longer shared with the account)."""
    return tr("{url}: the shared plan is no longer on the server (deleted there, or no longer shared with this "
              "account)", url=url)  # fmt: skip


class StoppedError(PlannerError):
    """Asked to stop (`GoingOn`) before all was fetched or pushed."""

    def __init__(self) -> None:
        super().__init__(tr("stopped before it was done"))


GoingOn = Callable[[int, int], bool]  # (objects done, of how many) -> go on?


class Outcome(enum.Enum):
    DONE = "done"
    CHANGED = "changed"  # the precondition failed: someone else wrote (or made, or deleted) it
    GONE = "gone"
    REFUSED = "refused"  # too large for the server (413): it stays ours, unsent


@dataclass(frozen=True)
class Found:
    href: str  # absolute URL
    etag: str
    data: bytes | None  # None: removed from the collection


@dataclass(frozen=True)
class Changes:
    token: str  # "" when the server keeps none (then every pull is a full listing)
    found: list[Found]
    complete: bool  # a full listing: what is not in it is gone


def make_collection(
    client: Client, url: str, name: str, description: str, components: tuple[str, ...] = ("VEVENT", "VJOURNAL")
) -> None:
    """A calendar collection of a team plan (by default events and journal entries), made
    unless it exists."""
    try:
        ensure_calendar(client, url, name, description, PLAN_COLOR, components)
    except PublishError as exc:
        raise SyncError(exc.text) from None


def is_collection(client: Client, url: str) -> str:
    """The collection's display name; SyncError if there is no calendar there."""
    body = f'<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="{DAV}"><D:prop><D:displayname/>' \
           "<D:resourcetype/></D:prop></D:propfind>"  # fmt: skip
    answer = _request(client, url, "PROPFIND", body, {"Depth": "0", "Content-Type": "application/xml; charset=utf-8"})
    if answer.status == 404:
        raise SyncError(tr("{url}: no shared plan there (the server has nothing at that address)", url=url))
    check(answer, f"PROPFIND {url}")
    root = _parse(answer, url)
    if root.find(f".//{{{CALDAV}}}calendar") is None:
        raise SyncError(tr("{url}: not a calendar collection, so not a shared plan", url=url))
    name = root.find(f".//{{{DAV}}}displayname")
    return (name.text or "") if name is not None else ""


def changes_since(
    client: Client,
    url: str,
    token: str,
    known: Mapping[str, str] | None = None,
    *,
    content: bool = True,
    going_on: GoingOn | None = None,
) -> Changes:
    """What changed in the collection since `token` ("" — everything), with the content of
    what we do not have (`known`: href -> ETag). A sync from a token (a few changes, as a
    rule) asks for the content in the same answer; everything, or an answer the server will
    not give that large (Radicale caps one REPORT at 10,000 events: a campaign's plan has
    34,000 objects), is listed by ETag first and its content fetched in batches (`going_on`
    asked before each, as fetch does)."""
    known = known or {}
    content = content and bool(token)
    body = (
        f'<?xml version="1.0" encoding="utf-8"?><D:sync-collection xmlns:D="{DAV}" xmlns:C="{CALDAV}">'
        f"<D:sync-token>{xml_text(token)}</D:sync-token><D:sync-level>1</D:sync-level>"
        f"<D:prop><D:getetag/>{'<C:calendar-data/>' if content else ''}</D:prop></D:sync-collection>"
    )
    answer = _request(client, url, "REPORT", body, {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"})
    if answer.status == 404:
        raise GoneError(gone(url))
    if answer.status in (403, 409) and token:  # the server forgot our token: start over
        return changes_since(client, url, "", known, going_on=going_on)
    if answer.status == 400 and content:  # too much in one answer, maybe: by ETag first
        return changes_since(client, url, token, known, content=False, going_on=going_on)
    if answer.status in (400, 403, 405, 415, 501):
        return _listing(client, url, known, going_on)  # no RFC 6578 here
    check(answer, f"REPORT sync-collection {url}")
    root = _parse(answer, url)
    listed = []
    for response in root.iter(f"{{{DAV}}}response"):
        href = _href(url, response)
        if href is None or href.rstrip("/") == url.rstrip("/"):
            continue
        status = " ".join((s.text or "") for s in response.findall(f"{{{DAV}}}status"))
        etag = "" if " 404" in status else _text(response, f".//{{{DAV}}}getetag")
        data = response.find(f".//{{{CALDAV}}}calendar-data")
        text = data.text if data is not None and etag else None
        listed.append(Found(href, etag, text.encode("utf-8") if text else None))
    found = _with_content(client, url, listed, known, going_on)
    return Changes(_text(root, f"{{{DAV}}}sync-token"), found, complete=not token)


def _with_content(client: Client, url: str, listed: list[Found], known: Mapping[str, str],
                  going_on: GoingOn | None = None) -> list[Found]:  # fmt: skip
    """The listed objects, with the content of each whose ETag we do not have (one removed,
    ETag "", or one we have, stay without)."""
    wanted = [f.href for f in listed if f.data is None and f.etag and known.get(f.href) != f.etag]
    fetched = {f.href: f for f in fetch(client, url, wanted, going_on)}
    return [fetched.get(f.href, f) for f in listed]


def fetch(client: Client, url: str, hrefs: list[str], going_on: GoingOn | None = None) -> list[Found]:
    """The objects at `hrefs` in the collection at `url`, MULTIGET_BATCH per request; one
    the server no longer has comes back with ETag "" and no content. `going_on(done, total)`,
    asked before each request, says whether to go on: StoppedError is raised if not."""
    found = []
    for start in range(0, len(hrefs), MULTIGET_BATCH):
        if going_on is not None and not going_on(start, len(hrefs)):
            raise StoppedError
        found += multiget(client, url, hrefs[start : start + MULTIGET_BATCH])
    return found


def _listing(client: Client, url: str, known: Mapping[str, str], going_on: GoingOn | None = None) -> Changes:
    """Every object's ETag (PROPFIND), then the content of those whose ETag we do not have."""
    body = f'<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="{DAV}"><D:prop><D:getetag/></D:prop>' \
           "</D:propfind>"  # fmt: skip
    answer = _request(client, url, "PROPFIND", body, {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"})
    if answer.status == 404:
        raise GoneError(gone(url))
    check(answer, f"PROPFIND {url}")
    listed = []
    for response in _parse(answer, url).iter(f"{{{DAV}}}response"):
        href = _href(url, response)
        if href is not None and href.rstrip("/") != url.rstrip("/"):
            listed.append(Found(href, _text(response, f".//{{{DAV}}}getetag") or "?", None))
    # Complete: what we know of and the listing lacks is gone.
    return Changes("", _with_content(client, url, listed, known, going_on), complete=True)


def multiget(client: Client, url: str, hrefs: Iterable[str]) -> list[Found]:
    wanted = list(hrefs)
    if not wanted:
        return []
    paths = "".join(f"<D:href>{xml_text(urlsplit(h).path)}</D:href>" for h in wanted)
    body = (
        f'<?xml version="1.0" encoding="utf-8"?><C:calendar-multiget xmlns:D="{DAV}" xmlns:C="{CALDAV}">'
        f"<D:prop><D:getetag/><C:calendar-data/></D:prop>{paths}</C:calendar-multiget>"
    )
    answer = _request(client, url, "REPORT", body, {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"})
    check(answer, f"REPORT calendar-multiget {url}")
    found = []
    for response in _parse(answer, url).iter(f"{{{DAV}}}response"):
        href = _href(url, response)
        data = response.find(f".//{{{CALDAV}}}calendar-data")
        if href is not None:
            text = data.text if data is not None else None
            found.append(Found(href, _text(response, f".//{{{DAV}}}getetag"), None if text is None else text.encode()))
    return found


def get(client: Client, href: str) -> Found:
    answer = _request(client, href, "GET", "", {})
    if answer.status == 404:
        return Found(href, "", None)
    check(answer, f"GET {href}")
    raw = getattr(answer, "_raw", b"")
    return Found(href, str(answer.headers.get("ETag", "")), raw.encode() if isinstance(raw, str) else bytes(raw))


def put(client: Client, href: str, body: bytes, etag: str | None) -> tuple[Outcome, str]:
    """Write an object if it is still as we saw it (`etag`; None: if it does not exist yet).
    Returns the outcome and the new ETag."""
    condition = {"If-Match": etag} if etag else {"If-None-Match": "*"}
    answer = _request(client, href, "PUT", body.decode("utf-8"), {"Content-Type": "text/calendar; charset=utf-8",
                                                               **condition})  # fmt: skip
    if answer.status == 412:
        return Outcome.CHANGED, ""
    if answer.status == 413:
        return Outcome.REFUSED, ""
    if answer.status in (404, 409):  # (a write into a collection that is not there: RFC 4918 §9.7.1)
        collection = href.rsplit("/", 1)[0] + "/"
        if _request(client, collection, "PROPFIND", "", {"Depth": "0"}).status == 404:
            raise GoneError(gone(collection))
    check(answer, f"PUT {href}")
    new = str(answer.headers.get("ETag", ""))
    if not new:  # some servers answer a PUT without the ETag (RFC 4791 §5.3.4): ask
        new = str(_request(client, href, "HEAD", "", {}).headers.get("ETag", ""))
    return Outcome.DONE, new


def delete(client: Client, href: str, etag: str) -> Outcome:
    answer = _request(client, href, "DELETE", "", {"If-Match": etag})
    if answer.status == 412:
        return Outcome.CHANGED
    if answer.status == 404:
        return Outcome.GONE
    check(answer, f"DELETE {href}")
    return Outcome.DONE


def object_href(url: str, key: str) -> str:
    """Where an object lives in the collection: its key, with anything but letters, digits,
    dot and hyphen spelled as _XX (a key holds ':' and, for sent messages, an address)."""
    name = re.sub(r"[^A-Za-z0-9.-]", lambda m: "".join(f"_{b:02x}" for b in m.group().encode()), key)
    return urljoin(url, name + ".ics")


@dataclass(frozen=True)
class _Forbidden:
    """A 403 as an answer (the caldav client raises it)."""

    _raw: bytes
    status: int = 403
    reason: str = "Forbidden"
    headers: Mapping[str, str] = field(default_factory=dict)


def _request(client: Client, url: str, method: str, body: str, headers: Mapping[str, str]) -> Any:
    """client.request, with a 403 answered, not raised: a server also says "I forgot that
    sync-token" with a 403 (RFC 6578 §3.2), which means start over, not "not allowed". A
    server out of reach is a SyncError (the HTTP stack's errors are OSErrors): a clone or a
    share, which make requests of their own, say so in a line, as a sync does."""
    try:
        return client.request(url, method, body, headers)
    except OSError as exc:
        raise SyncError(
            tr("{server}: cannot connect ({why})", server=server_root(url), why=short_reason(exc))
        ) from None
    except Exception as exc:
        if type(exc).__name__ != "AuthorizationError" or getattr(exc, "status", None) != 403:
            raise
        raw = getattr(exc, "body", None) or b""
        return _Forbidden(raw.encode() if isinstance(raw, str) else bytes(raw))


def refused(exc: BaseException) -> bool:
    """A request answered with a refusal (ours, or the caldav client's for 401/403), not a
    server out of reach."""
    return isinstance(exc, SyncError) or type(exc).__name__ == "AuthorizationError"


def check(answer: Any, what: str) -> None:
    if answer.status in (401, 403):
        raise (ForbiddenError if answer.status == 403 else SyncError)(
            tr("the server refused {what}: the user may not do that ({status})", what=what, status=answer.status)
        )
    if answer.status >= 300:
        status = status_line(answer.status, getattr(answer, "reason", ""))
        raise SyncError(tr("the server refused {what}: {status}", what=what, status=status))


def _parse(answer: Any, url: str) -> ElementTree.Element:
    raw = getattr(answer, "_raw", b"")
    try:
        return ElementTree.fromstring(raw.encode() if isinstance(raw, str) else bytes(raw))
    except ElementTree.ParseError:
        raise SyncError(tr("{url}: the server's answer is not WebDAV XML", url=url)) from None


def _href(url: str, response: ElementTree.Element) -> str | None:
    element = response.find(f"{{{DAV}}}href")
    if element is None or not element.text:
        return None
    return urljoin(url, element.text.strip())


def _text(element: ElementTree.Element, path: str) -> str:
    found = element.find(path)
    return (found.text or "").strip() if found is not None else ""
