"""What has left the machine: published feed revisions, schedule releases, sent invitations,
and the events put on a calendar server.

Kept beside the plan, not in it: undoing an edit must never undo a publication, and these
records are written into the plan file as they happen, whether or not edits are saved.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # (records are read once the first frame is painted: these load with them)
    from planner.domain.ledger import SentMessage
    from planner.domain.releases import Release
    from planner.domain.revisions import Revision


def _ledger_key(email: str, uid: str) -> tuple[str, str]:
    from planner.domain.ledger import ledger_key  # (loaded with the records' other modules, as they are)

    return ledger_key(email, uid)


@dataclass(frozen=True)
class PublishedEvent:
    """One event as a CalDAV server holds it, after we put it there: where, the server's
    ETag for it, and a fingerprint of what we sent. `etag` "" marks one we deleted (kept, so
    a copy saved from before the deletion does not bring it back)."""

    href: str
    etag: str
    fingerprint: str
    at: datetime  # UTC, when we last wrote or deleted it

    @property
    def deleted(self) -> bool:
        return not self.etag


@dataclass(frozen=True)
class FeedToken:
    """The secret part of a person's subscription link (publish/links.py): random, so nobody
    can guess another volunteer's calendar; a newer one replaces it, which revokes the old
    link at the next publish."""

    token: str
    at: datetime  # UTC, when it was made


@dataclass(frozen=True)
class FeedExport:
    """What the last export wrote into a folder, so that the next one, even as a new process,
    makes again only what changed (publish/feeds.py): digests of what the events' texts were
    made from, and of each file as written. Never trusted alone: a file is taken again only if
    the folder still holds it as recorded here (its size and time of writing). Also what the
    last publish put on a calendar server (no files; trusted while the record of the server,
    Records.published, is as that publish left it: in its context)."""

    folder: str  # the folder, resolved; or the calendar home's URL
    context: str  # everything but the items themselves that an event's text depends on
    items: Mapping[str, str]  # each window, turn and shift, with its revision
    files: Mapping[str, tuple[str, int, int]]  # relative path -> digest of its bytes, size, mtime_ns
    feeds: Mapping[str, str]  # feed ("media", "person-ana"...) -> the items in it, in order
    # Feed -> the path its file was given in the folder, of feeds gone too (no file: kept so
    # that a person renamed keeps their file's name, and one removed gives theirs to nobody).
    paths: Mapping[str, str] = field(default_factory=dict)
    # A publish's: calendar (its collection on the server) -> a digest of the name and
    # description it was left with, so that the next publish asks the server only of those
    # whose feed now names or describes them otherwise (publish/caldav.py, _Names).
    calendars: Mapping[str, str] = field(default_factory=dict)
    # A publish's: when (UTC) one last listed the calendar home, for calendars deleted there by
    # hand (publish/caldav.py): a listing of a campaign's 2,469 takes Radicale ~0.6 s, so once
    # an hour, not at each publish after an edit.
    listed: datetime | None = None
    # A publish's: when (UTC) one last listed each calendar's events, for any of ours deleted
    # there by hand (publish/caldav.py): a request per calendar (2,469 in a campaign, 30,000
    # events in its organizer calendar alone), so once a day, or when asked.
    checked: datetime | None = None

    def names_only(self) -> FeedExport:
        """The record without what only spares work (the digests of what events were made
        from: nothing to carry, so the next export makes every file again): each feed's path
        and each file written, all a person renamed needs to keep their file and one with
        nothing left to have theirs emptied. What a .json plan keeps, small and plain."""
        return FeedExport(self.folder, "", {}, self.files, {}, self.paths)


@dataclass(frozen=True)
class RowChanges:
    """The plan file's rows added, changed or removed since the last export into a folder
    made its record (the file compares them with a copy it kept then): by table, their ids
    (of revisions, their items'). What a new process re-exporting works out again; the rest
    keeps its digest from the record (ical/feeds.py, digests_kept)."""

    locations: frozenset[str] = frozenset()
    people: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    windows: frozenset[str] = frozenset()
    turns: frozenset[str] = frozenset()
    shifts: frozenset[str] = frozenset()
    revisions: frozenset[str] = frozenset()

    def with_revisions(self, written: Iterable[str]) -> RowChanges:
        """These, and the revisions of the items `written` (those the export or publish wrote
        since it read the rows: the copy is brought up to date with them too)."""
        return replace(self, revisions=self.revisions.union(written))


@dataclass(frozen=True)
class Records:
    revisions: Mapping[str, Revision] = field(default_factory=dict)  # by item id
    releases: tuple[Release, ...] = ()  # in order of number
    sent: Mapping[tuple[str, str], SentMessage] = field(default_factory=dict)  # by (e-mail, UID)
    # The last failed attempt of a message still pending: when, and what the server said.
    failures: Mapping[tuple[str, str], tuple[datetime, str]] = field(default_factory=dict)
    # By (collection, UID): what each calendar on the server holds from us (publish/caldav.py).
    published: Mapping[tuple[str, str], PublishedEvent] = field(default_factory=dict)
    # By person id: the token in their subscription link.
    tokens: Mapping[str, FeedToken] = field(default_factory=dict)

    def with_revisions(self, revisions: Mapping[str, Revision]) -> Records:
        return replace(self, revisions=dict(revisions))

    def with_release(self, release: Release) -> Records:
        return replace(self, releases=(*self.releases, release))

    def with_sent(self, message: SentMessage) -> Records:
        key = _ledger_key(message.email, message.uid)
        sent = dict(self.sent)
        sent[key] = message
        return replace(self, sent=sent, failures={k: v for k, v in self.failures.items() if k != key})

    def with_published(self, changes: Mapping[tuple[str, str], PublishedEvent]) -> Records:
        return replace(self, published={**self.published, **changes})

    def with_tokens(self, changes: Mapping[str, FeedToken]) -> Records:
        return replace(self, tokens={**self.tokens, **changes})

    def with_failure(self, email: str, uid: str, at: datetime, reason: str) -> Records:
        failures = dict(self.failures)
        failures[_ledger_key(email, uid)] = (at.replace(microsecond=0), reason)
        return replace(self, failures=failures)


def changed_since(before: Records, after: Records) -> Records:
    """What `after` has that `before` has not (new or different entries): what a step that
    made `after` from `before` must store. Releases, few, whole. A message's sending drops its
    failure from `after`: storing the sending drops the failure from the file too (the merge
    keeps a failure only if later than the sending), so no removal needs saying."""

    def new(old: Mapping[Any, Any], now: Mapping[Any, Any]) -> dict[Any, Any]:
        # (An entry left as it was is the same object: a campaign's 31,800 revisions are not
        # each compared field by field.)
        return {key: value for key, value in now.items() if (was := old.get(key)) is not value and was != value}

    return Records(
        new(before.revisions, after.revisions),
        after.releases,
        new(before.sent, after.sent),
        new(before.failures, after.failures),
        new(before.published, after.published),
        new(before.tokens, after.tokens),
    )


def made_first(one: Release, other: Release) -> bool:
    """Whether `one` is kept over `other`, a release of the same number: the one made first,
    then by name and content, so that every copy merging the two, in either order, keeps the
    same one (the other is dropped: its organizer is told, and releases again)."""
    return (one.created, one.name, repr(one)) < (other.created, other.name, repr(other))


def merge_records(ours: Records, theirs: Records) -> Records:
    """Both copies' records of one plan, the newer of each: what left the machine only grows.

    Saving a plan read before a release or an export must not undo them (SEQUENCE would go
    back and the press be sent again what it has), so storage merges what a file already holds
    with what is saved into it. The newer revision of an event has the higher SEQUENCE (then
    the later time); of two releases of one number (two organizers released at once, each on
    their copy), the one made first (made_first: any two copies keep the same one); of two
    records of a message, the later one; a failure stands only if it is later than the
    message's sending.
    """
    revisions = dict(theirs.revisions)
    for item, revision in ours.revisions.items():
        kept = revisions.get(item)
        if kept is None or (revision.sequence, revision.modified) > (kept.sequence, kept.modified):
            revisions[item] = revision
    releases = {r.number: r for r in theirs.releases}
    for release in ours.releases:
        same_number = releases.get(release.number)
        if same_number is None or made_first(release, same_number):
            releases[release.number] = release
    sent = dict(theirs.sent)
    for key, message in ours.sent.items():
        if key not in sent or (message.release, message.sent_at) > (sent[key].release, sent[key].sent_at):
            sent[key] = message
    failures = dict(theirs.failures)
    for key, failure in ours.failures.items():
        if key not in failures or failure[0] > failures[key][0]:
            failures[key] = failure
    failures = {k: f for k, f in failures.items() if k not in sent or f[0] > sent[k].sent_at}
    published = dict(theirs.published)
    for key, event in ours.published.items():
        if key not in published or event.at > published[key].at:  # the later write or deletion
            published[key] = event
    tokens = dict(theirs.tokens)
    for person, token in ours.tokens.items():
        if person not in tokens or token.at > tokens[person].at:  # the later one: a rotation stands
            tokens[person] = token
    return Records(revisions, tuple(releases[n] for n in sorted(releases)), sent, failures, published, tokens)
