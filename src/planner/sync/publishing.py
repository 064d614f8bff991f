"""A plan file's calendars onto a CalDAV server: the one publish that `planner publish` and the
app's Publish both run. It takes up what the file recorded of the last publish there, makes
and sends only what changed since, and returns what the file keeps for the next; each caller
writes the records its own way (the command into the file, the app through its document)."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from planner.domain.records import FeedExport, PublishedEvent, Records, RowChanges, changed_since
from planner.fileio import FileStamp
from planner.publish.feeds import FeedKind, LastPublish, make_feeds, publish_record
from planner.storage import load_last_export, load_row_changes_since

if TYPE_CHECKING:
    from planner.domain.model import Plan
    from planner.publish.caldav import GoingOn, Key, PublishReport
    from planner.publish.feeds import Feeds, Publication


LIST_HOME_EVERY = timedelta(hours=1)
CHECK_EVENTS_EVERY = timedelta(days=1)


@dataclass(frozen=True)
class Published:
    """A publish done (or stopped), and what the plan file keeps of it (storage.keep_last_export)."""

    report: PublishReport
    # The record the next publish there starts from; None for some kinds only, or for a plan
    # with no file; after a conflict or a stop, only when the home and calendars were last
    # looked at (nothing to take: every event compared again).
    record: FeedExport | None
    last: FeedExport | None  # what the file held of the last publish there, which `record` replaces
    # The rows the file's copy is brought up to date with, the revisions written included
    # (record_publication's `rows_read`): "all", the copy made whole; None, no copy to keep.
    rows_read: RowChanges | Literal["all"] | None


def publish_plan_file(
    plan: Plan,
    records: Records,
    client: Any,
    home: str,
    now: datetime,
    *,
    path: Path | None,
    stamp: FileStamp | None,
    made: Callable[[Feeds], None],
    kept: Callable[[dict[Key, PublishedEvent]], None],
    only: Collection[FeedKind] = tuple(FeedKind),
    reuse: Publication | Feeds | None = None,
    going_on: GoingOn | None = None,
    check: bool = False,
    overwrite: bool = False,
) -> Published:
    """Publish `plan` to the calendar home `home` on `client`'s server. `records`: the file's,
    with everyone's link token already kept (links.with_tokens: a calendar is named by it);
    `path` and `stamp`: the plan file and its stamp as the plan was read (None, none). `made`
    gets the feeds before anything is sent, to record their revisions (each event's SEQUENCE:
    the server gets exactly what the record says); `kept`, what each calendar sent, as it
    goes. `reuse`: this session's last export or publish, spares serializing again. `check`:
    list each calendar's events now, as a publish does once a day (CHECK_EVENTS_EVERY).
    `overwrite`: put the plan's version over events changed on the server (publish_feeds'),
    each calendar's events listed for them (as `check`), not only those changed here."""
    from planner.publish.caldav import publish_plan  # (the CalDAV client's stack: when publishing)

    every_kind = set(only) == set(FeedKind)  # (a publish of some kinds keeps no record)
    # The file's record of the last publish there: what did not change since is not made
    # again, and only the events of the rows the file says changed since have their digests
    # worked out again (the file compares them with the copy it keeps, as for an export).
    last = load_last_export(path, home) if path is not None and every_kind else None
    since = None
    if last is not None and path is not None and stamp is not None:
        since = load_row_changes_since(path, home, expected=stamp)
    carried = LastPublish(last, records, since) if last is not None else None
    feeds = make_feeds(plan, now, records.revisions, only, reuse=reuse, carried=carried,
                       digested=path is not None and every_kind)  # fmt: skip
    made(feeds)
    sent: dict[Key, PublishedEvent] = {}

    def keep(changes: dict[Key, PublishedEvent]) -> None:
        sent.update(changes)
        kept(changes)

    # The calendar home listed for calendars deleted there by hand: once an hour (a campaign's
    # listing takes Radicale ~0.6 s; each publish after an edit would pay it).
    listed = last.listed if last is not None else None
    list_home = listed is None or now - listed >= LIST_HOME_EVERY
    # Each calendar's events listed, for one of ours deleted there by hand: once a day (a
    # request per calendar; Radicale reads every event of a campaign's to list them), or asked;
    # not by a publish of some kinds, which keeps no record of when.
    checked = last.checked if last is not None else None
    check = check or overwrite or (every_kind and (checked is None or now - checked >= CHECK_EVENTS_EVERY))
    report = publish_plan(plan, feeds, records.tokens, client, home, records.published, now, keep, only, going_on,
                          list_home, check, overwrite)  # fmt: skip
    # What the next publish there takes as the server holds it. After a conflict, an event
    # refused or a stop, one with nothing to take: the next compares every event, and says the
    # conflicts again (caldav records them as to be compared again), but lists the home and
    # each calendar's events only when due (on a campaign, 30-40 s a time; a stop's own check
    # went part of the way: not counted).
    record = None
    looked = (now if report.listed else listed, now if report.checked and not report.stopped else checked)
    if path is not None and every_kind and report.complete:
        record = publish_record(home, feeds, records.with_published(sent), report.named, *looked)
    elif path is not None and every_kind and any(looked):
        record = FeedExport(home, "", {}, {}, {}, listed=looked[0], checked=looked[1])
    rows_read: RowChanges | Literal["all"] | None = None
    if stamp is not None:
        written = changed_since(Records(revisions=records.revisions), Records(revisions=feeds.revisions)).revisions
        rows_read = since.with_revisions(written) if since is not None else "all"
    return Published(report, record, last, rows_read)
