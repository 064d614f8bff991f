"""Sync a team plan with its collection on the server, both ways, losing nothing.

The local plan is split into objects (storage/plan_objects.py); the state keeps, for each,
the version both sides last agreed on (the base). A teammate's change is an object whose
ETag moved; mine is an object whose content differs from its base. Pull first (RFC 6578
sync-collection), merging each incoming object three ways against its base (domain/merge.py);
then push each of mine with `If-Match` on the base's ETag (`If-None-Match: *` for a new one),
so a write that lost a race is merged and retried, never overwritten. Two changes to the same
field are a conflict: both versions are kept, mine stays in the plan, and nothing of that
object is pushed until the organizer chooses. Offline, edits simply stay different from their
base: they are pushed by the first sync that reaches the server.
"""

from __future__ import annotations

import hashlib
import json
import time
import weakref
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from planner.domain.ledger import SentMessage
from planner.domain.merge import DELETED, merge_order, merge_record
from planner.domain.model import Plan
from planner.domain.press import address_key
from planner.domain.records import Records, merge_records
from planner.domain.sync_state import Conflict, SyncedObject, SyncState
from planner.errors import PlannerError
from planner.ical.plan_objects import ObjectError, PlanObject, object_ics, read_object
from planner.publish.caldav import Client, PublishError, refusal
from planner.publish.network import short_reason
from planner.storage.errors import PlanFormatError
from planner.storage.plan_objects import (
    ORDER,
    ORDERED,
    PLAN_KEY,
    is_record,
    join_plan,
    join_records,
    kind,
    split_plan,
    split_records,
    text,
)
from planner.sync import dav, feed
from planner.sync.dav import Outcome, SyncError
from planner.words import Text, quoted, tr

CLAIM = "claim"  # objects that say who is sending a message (claim_message); not part of the plan
CLAIM_STALE = timedelta(hours=6)  # a claim this old on a message still owed: its sender stopped
# What a required reference needs: kind -> [(JSON key, the kind it names)] (storage/schema.py).
_TARGETS = {"person", "location", "role", "window"}  # what a record may name
_NEEDS = {
    "window": [("location", "location")],
    "turn": [("window", "window")],
    "shift": [("role", "role"), ("location", "location")],
    "availability": [("person", "person")],
}


@dataclass
class SyncReport:
    received: list[str] = field(default_factory=list)  # keys a teammate changed, now here
    sent: list[str] = field(default_factory=list)  # keys of mine now on the server
    merged: list[str] = field(default_factory=list)  # both changed, different fields: merged
    conflicts: list[str] = field(default_factory=list)  # every conflict still waiting, new or older
    notes: list[str] = field(default_factory=list)  # what else the organizer should know
    # Releases this copy had that a teammate's of the same number, made first, replaced
    # (records.made_first): what they held waits for a release again.
    dropped: list[Text] = field(default_factory=list)
    offline: Text | str = ""  # why the server could not be reached (what is not pushed waits)
    # Why my changes could not go though the plan was read: this account may only read it
    # (a 403 on a write); they wait in this copy.
    read_only: Text | str = ""
    # Why no sync will reach the shared plan again: it is no longer on the server (deleted
    # there, or the server replaced); this copy keeps all of it, to share anew.
    gone: Text | str = ""
    # By key, why the server would not take my change of it (too large for it); it stays
    # mine, unsent, and is tried again by the next sync.
    refused: dict[str, Text] = field(default_factory=dict)


@dataclass(frozen=True)
class Synced:
    plan: Plan
    records: Records  # the shared records, teammates' merged in
    state: SyncState
    report: SyncReport


def pending(plan: Plan, records: Records, state: SyncState) -> list[str]:
    """The keys of my changes the server has not got yet (conflicted ones wait)."""
    return pending_keys(local_objects(plan, records), state.objects, state.conflicts)


def local_objects(plan: Plan, records: Records) -> dict[str, str]:
    return {**split_plan(plan), **_shared_records(records)}


def _shared_records(records: Records) -> dict[str, str]:
    """The shared records' objects, worked out once per Records (immutable, and the same
    object from one sync to the next unless something was released, sent or published)."""
    if _RECORDS_SPLIT and _RECORDS_SPLIT[0][0]() is records:
        return _RECORDS_SPLIT[0][1]
    objects = split_records(Records(records.revisions, records.releases, records.sent, tokens=records.tokens))
    _RECORDS_SPLIT[:] = [(weakref.ref(records), objects)]
    return objects


_RECORDS_SPLIT: list[tuple[weakref.ref[Records], dict[str, str]]] = []


def sync_plan(
    plan: Plan,
    records: Records,
    state: SyncState,
    client: Client,
    who: str,
    now: datetime,
    *,
    pull: bool = True,
    going_on: dav.GoingOn | None = None,
) -> Synced:
    """One sync: pull, merge, push. `pull` False only pushes (an edit just made: a teammate's
    change in the way is still found, by its ETag, and merged). A server that cannot be
    reached, or goes away midway, ends it early with `report.offline`: what was done is in the
    state returned, what was not is still a difference from its base, for the next sync.
    `going_on(done, total)`, asked before each object fetched or pushed (how many are, of how
    many: dav.GoingOn), says whether to go on; if not, StoppedError is raised there (what was
    pushed stays on the server, as if cut off, and is found there by the next sync)."""
    report = SyncReport()
    run = _Run(plan, records, state, client, who, now, report, going_on)
    try:
        if pull:
            run.pull()
        try:
            run.push()
        except dav.ForbiddenError:  # (read, then refused a write: not a passing outage)
            report.read_only = tr("{server}: this account may read the shared plan but not change it (the server "
                                  "refused a change: 403 Forbidden); ask whoever shared it for the right to edit it "
                                  "(on Nextcloud: Can edit)", server=state.url)  # fmt: skip
    except dav.GoneError as exc:
        report.gone = exc.text
    except PublishError as exc:  # (a SyncError; or the client's: an answer not a calendar server's)
        report.offline = exc.text
    except OSError as exc:
        report.offline = str(exc)
    except Exception as exc:  # the HTTP stack's own connection errors (requests or niquests)
        if type(exc).__module__.split(".")[0] not in ("requests", "niquests", "urllib3", "caldav"):
            raise
        if type(exc).__name__ == "AuthorizationError":  # caldav's, for a 401: not a passing outage
            raise SyncError(tr("{server}: the user name or password was not accepted", server=state.url)) from None
        report.offline = tr("{server}: cannot connect ({why})", server=state.url, why=short_reason(exc))
    return run.result()


def resolve(
    plan: Plan, records: Records, state: SyncState, key: str, take: str, fields: Collection[str] = ()
) -> tuple[Plan, SyncState]:
    """Settle a conflict: `take` "mine" keeps my version (pushed by the next sync, over
    theirs), "theirs" takes theirs for the clashing fields (a deletion, if they deleted).
    `fields`: only these of its clashing fields (the rest stay in conflict, to settle
    next); none, all of them."""
    conflict = state.conflicts.get(key)
    if conflict is None:
        raise PlannerError(tr("{key}: no conflict to settle", key=key))
    if take not in ("mine", "theirs"):
        raise PlannerError(tr("choose mine or theirs, not {take}", take=quoted(take)))
    if unknown := sorted(set(fields) - set(conflict.fields)):
        raise PlannerError(tr("{key}: {fields} not in conflict (it is: {conflicting})", key=key,
                              fields=", ".join(unknown), conflicting=", ".join(conflict.fields)))  # fmt: skip
    local = local_objects(plan, records)
    left = tuple(f for f in conflict.fields if f not in fields) if fields else ()
    if left:  # part of it: the object stays in conflict (its base as it was) for the rest
        if take == "theirs" and key in local:
            mine, theirs = json.loads(local[key]), json.loads(conflict.theirs)
            local[key] = text({**mine, **{name: theirs.get(name) for name in fields}})
        conflicts = {**state.conflicts, key: replace(conflict, fields=left)}
        objects = state.objects
        mend_references(local, lambda t: objects[t].base if t in objects else None)
        new_plan = join_plan({k: v for k, v in local.items() if not is_record(k)}, state.url, like=plan)
        return new_plan, replace(state, conflicts=conflicts)
    known = state.objects.get(key)
    objects = dict(state.objects)
    if conflict.theirs:
        objects[key] = SyncedObject(known.href if known else dav.object_href(state.url, key), conflict.etag,
                                    conflict.theirs, conflict.by, conflict.at)  # fmt: skip
    else:
        objects.pop(key, None)  # gone from the server: mine, if kept, is made again
    if take == "theirs":
        if not conflict.theirs:
            local.pop(key, None)
        elif DELETED in conflict.fields or key not in local:
            local[key] = conflict.theirs
        else:
            mine, theirs = json.loads(local[key]), json.loads(conflict.theirs)
            local[key] = text({**mine, **{name: theirs.get(name) for name in conflict.fields}})
    conflicts = {k: c for k, c in state.conflicts.items() if k != key}
    mend_references(local, lambda t: objects[t].base if t in objects else None)
    new_plan = join_plan({k: v for k, v in local.items() if not is_record(k)}, state.url, like=plan)
    return new_plan, replace(state, objects=objects, conflicts=conflicts)


def claim_message(client: Client, state: SyncState, plan_id: str, name: str, who: str, now: datetime) -> str | None:
    """Claim the sending of one message for organizer `who`: a conditional create on the
    server, which exactly one of two organizers pressing Send at once wins. None: ours to send
    (claimed now, or by `who` before — a send that failed may be tried again); else who holds it.
    A claim older than CLAIM_STALE whose message is still owed was left by a sender that
    stopped before sending it (a crash): it is taken over, again by a conditional write."""
    key = f"{CLAIM}:{name}"
    href = dav.object_href(state.url, key)
    body = object_ics(plan_id, PlanObject(key, text({"by": who}), who, now), f"Sending {name}")
    outcome, _etag = dav.put(client, href, body, None)
    if outcome is Outcome.DONE:
        return None
    held = dav.get(client, href)
    try:
        claimed = read_object(held.data or b"")
        holder, at = claimed.by, claimed.at
    except ObjectError:
        holder, at = "", None
    if holder == who:
        return None
    if at is not None and held.etag and now - at > CLAIM_STALE:
        if dav.put(client, href, body, held.etag)[0] is Outcome.DONE:  # (one of two takers wins)
            return None
        return claim_message(client, state, plan_id, name, who, now)  # taken over by another: who?
    return holder or "another organizer"


def release_claim(client: Client, state: SyncState, name: str, who: str) -> bool:
    """Give back `who`'s claim on a message that then did not go (the mail server refused it,
    or the connection was lost first), so a teammate may send it. False where it is not
    `who`'s (any more): nothing is given back."""
    href = dav.object_href(state.url, f"{CLAIM}:{name}")
    held = dav.get(client, href)
    try:
        holder = read_object(held.data).by if held.data else ""
    except ObjectError:
        holder = ""
    return holder == who and dav.delete(client, href, held.etag) is Outcome.DONE


class MessageClaims:
    """Sending from a shared plan (`planner send`, the app's Outbox in its worker thread): each
    message claimed on the server as it is about to go (`claim`: None if it is ours to send,
    else who has it), and the claims of those that then did not go (not marked `sent`: the
    server refused it, the connection was lost, a stop) given back (`release_unsent`, best
    effort: one the server cannot be told of now stays ours, to send later). `connect` opens
    the server when first needed. An item has `record(at)` (its SentMessage)."""

    def __init__(self, connect: Callable[[], Client], state: SyncState, plan_id: str, who: str) -> None:
        self._connect, self._state, self._plan_id, self._who = connect, state, plan_id, who
        self._client: Client | None = None
        self._held: dict[str, None] = {}  # the claims made here on messages not yet sent, in order

    def _server(self) -> Client:
        if self._client is None:
            self._client = self._connect()
        return self._client

    @staticmethod
    def _name(item: Any) -> str:
        return message_claim(item.record(datetime.now(UTC)))  # (what it says, not when: the same name)

    def claim(self, item: Any) -> str | None:
        name, now = self._name(item), datetime.now(UTC)
        # Counted as held before it is asked for: a stop at once (a second Ctrl+C) in the middle
        # of the request may leave it made on the server, and release_unsent gives back only
        # what is ours there (release_claim), so the claim is never left for CLAIM_STALE.
        self._held[name] = None
        holder = claim_message(self._server(), self._state, self._plan_id, name, self._who, now)
        if holder is not None:
            del self._held[name]
        return holder

    def sent(self, item: Any) -> None:
        """It went: its claim stays on the server, where teammates find it until the team's
        ledger (synced next) says it was sent."""
        self._held.pop(self._name(item), None)

    def release_unsent(self) -> None:
        try:
            for name in list(self._held):
                release_claim(self._server(), self._state, name, self._who)
                del self._held[name]
        except (PlannerError, OSError):
            pass

    def close(self) -> None:
        """The connection `connect` opened, if it did, closed (a server may keep it open)."""
        if self._client is not None:
            self._client.close()
            self._client = None


def message_claim(message: SentMessage) -> str:
    """The name under which one message is claimed: the same for every organizer who would
    send it (recipient, event, and what it says), different for the next update."""
    what = f"{address_key(message.email)}|{message.uid}|{message.method}|{message.sequence}|{message.content}"
    return hashlib.sha256(what.encode("utf-8")).hexdigest()[:32]


class _Run:
    """One sync's working state: the local objects as they become, and the state."""

    def __init__(self, plan: Plan, records: Records, state: SyncState, client: Client, who: str, now: datetime,
                 report: SyncReport, going_on: dav.GoingOn | None = None) -> None:  # fmt: skip
        self.plan, self.records, self.state = plan, records, state
        self.client, self.who, self.now, self.report = client, who, now, report
        self.going_on = going_on
        self.before = local_objects(plan, records)
        self.local = dict(self.before)
        self.objects = dict(state.objects)
        self.conflicts = dict(state.conflicts)
        self.token = state.token
        self.last_full, self.feed = state.last_full, state.feed
        self.pushed: dict[str, SyncedObject | None] = {}  # keys sent, not yet in our feed
        self.without_feed = False  # the pull found no feed this copy can read
        self.touched: set[str] = set()  # keys put in `local` since it was `before`
        self.joined = True  # self.plan is `local` joined
        self.reached = False
        self.incoming_records: dict[str, str] = {}

    # ------------------------------------------------------------------------------ pull

    def pull(self) -> None:
        """Teammates' changes: those their feeds name (sync/feed.py), or, every
        FULL_PULL_EVERY and whenever the feeds cannot tell, all since our token."""
        news = None if self.feed.off else feed.read_news(self.client, self.state)
        self.without_feed = news is None and not self.feed.off
        if news is None or news.missed or not feed.use_feed(self.state, self.now):
            held = {o.href: o.etag for o in self.objects.values()}
            began = time.monotonic()
            changes = dav.changes_since(self.client, self.state.url, self.token, held, going_on=self.going_on)
            self.last_full = self.now
            self.feed = replace(self.feed, full_seconds=round(time.monotonic() - began, 3))
        else:
            changes = feed.fetch_news(self.client, self.state, news)
        self.reached = True
        by_href = {o.href: k for k, o in self.objects.items()}
        seen: set[str] = set()
        for found in changes.found:
            if found.data is None:
                key = by_href.get(found.href)
                if key is not None and not found.etag:
                    self._arrived(key, found.href, "", None)  # removed on the server
                elif key is not None:
                    seen.add(key)  # listed as we have it (or unreadable now: read next time)
                continue
            try:
                item = read_object(found.data)
            except ObjectError as exc:
                self.report.notes.append(f"{found.href}: skipped, {exc}")
                continue
            if kind(item.key) == feed.NO_FEED:
                self.feed = replace(self.feed, off=True)  # a teammate cannot reach the feed
            if kind(item.key) in (CLAIM, feed.NO_FEED):
                continue
            seen.add(item.key)
            known = self.objects.get(item.key)
            if known is not None and known.etag == found.etag:
                continue  # our own write, echoed back
            self._arrived(item.key, found.href, found.etag, item)
        if changes.complete:  # a full listing: what we knew of and it lacks is gone
            for key, known in list(self.objects.items()):
                if key not in seen and known.etag:
                    self._arrived(key, known.href, "", None)
        self.token = changes.token
        if news is not None:
            self.feed = replace(self.feed, token=news.token, seen=news.seen)
        self._settle()

    def _arrived(self, key: str, href: str, etag: str, item: PlanObject | None) -> None:
        theirs = item.content if item is not None else None
        known = self.objects.get(key)
        base = known.base if known is not None else None
        mine = self.local.get(key)
        by, at = (item.by, item.at) if item is not None else ("", None)
        merged, clashing = merge_object(key, base, mine, theirs)
        if clashing:
            self.conflicts[key] = Conflict(theirs or "", etag, clashing, by, at)
            self._put_local(key, merged)
            return
        self.conflicts.pop(key, None)
        if theirs is None:
            self.objects.pop(key, None)
        else:
            self.objects[key] = SyncedObject(href, etag, theirs, by, at)
        self._put_local(key, merged)
        if merged == mine:
            return  # (the same here already: a copy joined where its plan is reads every object)
        if merged == theirs:
            self.report.received.append(key)
        else:
            self.report.merged.append(key)

    def _put_local(self, key: str, content: str | None) -> None:
        self.touched.add(key)
        self.joined = False
        if content is None:
            self.local.pop(key, None)
        else:
            self.local[key] = content

    def _settle(self) -> None:
        """Mend references the merge broke (a teammate deleted what my edit uses), then
        check the merged plan reads; an object that does not is left out, and said."""
        if self.local == self.before:
            return
        self._mend_references()
        try:
            self._join()
        except PlanFormatError:
            self._drop_unreadable()

    def _mend_references(self) -> None:
        def kept(target: str) -> str | None:
            return self.before.get(target) or (self.objects[target].base if target in self.objects else None)

        # A target still in `objects` is still on the server (I deleted it): the deletion is
        # undone; one a teammate deleted is gone from `objects`, so the push makes it again.
        changed = [k for k in self.touched if self.local.get(k) != self.before.get(k)]
        for target, user in mend_references(self.local, kept, changed):
            self.report.notes.append(f"{target}: deleted by a teammate, but {user} uses it here; kept")

    def _drop_unreadable(self) -> None:
        for key in sorted(k for k in self.local if self.local.get(k) != self.before.get(k) and not is_record(k)):
            trial = {**self.before, key: self.local[key]}
            try:
                join_plan({k: v for k, v in trial.items() if not is_record(k)}, self.state.url)
            except PlanFormatError as exc:
                self.report.notes.append(f"{key}: left out, {exc}")
                self._put_local(key, self.before.get(key))
        self._join()

    def _join(self) -> Plan:
        if self.joined:
            return self.plan
        plan_part = {k: v for k, v in self.local.items() if not is_record(k)}
        if PLAN_KEY not in plan_part:
            raise SyncError(tr("{url}: the shared plan has no plan object; is it a Planner plan?", url=self.state.url))
        self.plan = join_plan(plan_part, self.state.url, like=self.plan)
        self.joined = True
        # The plan object says the order of its lists as joined (a location brought back by
        # mending is at the end of them): what the plan holds is what is pushed.
        self.local[PLAN_KEY] = split_plan(self.plan)[PLAN_KEY]
        return self.plan

    # ------------------------------------------------------------------------------ push

    def push(self) -> None:
        keys = pending_keys(self.local, self.objects, self.conflicts)
        for done, key in enumerate(keys):
            if self.going_on is not None and not self.going_on(done, len(keys)):
                raise dav.StoppedError
            for _attempt in range(3):  # a race lost is merged and tried again
                if self._push_one(key):
                    break
            else:
                if key not in self.objects and key in self.local:  # made thrice, never there: refused
                    self._refused(key, 412)
        if self.local != self.before:
            self._join()
        self.feed, self.pushed = feed.recorded(self.feed, self.pushed), {}
        with_feed = replace(self.state, feed=self.feed)
        if self.without_feed and not self.feed.off:
            self.feed = feed.go_without(self.client, with_feed, self.plan.id, self.who, self.now)
        elif self.feed.unsent:
            self.feed = feed.write_feed(self.client, with_feed, self.plan.id, self.who, self.now)

    def _push_one(self, key: str) -> bool:
        mine = self.local.get(key)
        known = self.objects.get(key)
        href = known.href if known is not None else dav.object_href(self.state.url, key)
        if mine is None:
            if known is None:
                return True
            outcome = dav.delete(self.client, href, known.etag)
            if outcome is not Outcome.CHANGED:
                self.objects.pop(key)
                self._sent(key)
                return True
        else:
            body = self._ics(key, mine)
            outcome, etag = dav.put(self.client, href, body, known.etag if known is not None else None)
            if outcome is Outcome.DONE:
                self.objects[key] = SyncedObject(href, etag, mine, self.who, self.now)
                self._sent(key)
                return True
            if outcome is Outcome.REFUSED:
                self._refused(key, 413, body)
                return True
        # Someone wrote it since we read it: merge theirs in, then try again.
        current = dav.get(self.client, href)
        if mine is not None and known is not None and current.data is not None and current.etag == known.etag:
            # Nobody did: not our condition that failed but the server's own (Radicale answers
            # so an object over its size limit).
            self._refused(key, 412, body)
            return True
        item = None
        if current.data is not None:
            try:
                item = read_object(current.data)
            except ObjectError as exc:
                self.report.notes.append(f"{href}: {exc}; not overwritten")
                return True
        if known is None and item is None and mine is not None:
            return False  # made and deleted again meanwhile: try the create again
        self._arrived(key, href, current.etag, item)
        # Named in our feed too: the version there may be ours, written by a push whose
        # answer never came back (the server went away), which no teammate's feed names.
        self.pushed[key] = self.objects.get(key)
        self._settle()
        return key in self.conflicts or self.local.get(key) == (self.objects[key].base if key in self.objects else None)

    def _refused(self, key: str, status: int, body: bytes | None = None) -> None:
        """The server would not take my version of `key` (too large for it, or its own reason):
        said; it stays a difference from its base, for the next sync."""
        body = body if body is not None else self._ics(key, self.local[key])
        self.report.refused[key] = refusal(self.client, self.state.url, body, status)

    def _sent(self, key: str) -> None:
        self.report.sent.append(key)
        self.pushed[key] = self.objects.get(key)

    def _ics(self, key: str, content: str) -> bytes:
        node = json.loads(content)
        summary, start, end = describe_object(self.plan, key, node)
        return object_ics(self.plan.id, PlanObject(key, content, self.who, self.now), summary, start, end)

    def result(self) -> Synced:
        records = self.records
        shared = {k: v for k, v in self.local.items() if is_record(k)}
        if shared != {k: v for k, v in self.before.items() if is_record(k)}:
            records = merge_records(self.records, join_records(shared, self.state.url))
            self.report.dropped = _dropped(self.records, records)
        self.report.conflicts = sorted(self.conflicts)  # every one still waiting, not only new ones
        state = replace(self.state, token=self.token, objects=self.objects, conflicts=self.conflicts,
                        last_sync=self.now if self.reached else self.state.last_sync, last_full=self.last_full,
                        feed=feed.recorded(self.feed, self.pushed), who=self.who)  # fmt: skip
        return Synced(self.plan, records, state, self.report)


def _dropped(before: Records, after: Records) -> list[Text]:
    """What to tell of each release of `before` that one of the same number replaced."""
    had = {release.number: release for release in before.releases}
    told = []
    for release in after.releases:
        if release.number in had and had[release.number] != release:
            told.append(tr("two releases {number} were made at once: {kept} stands, {dropped} is dropped; release "
                           "again to send the press what {dropped} held", number=release.number,
                           kept=quoted(release.name), dropped=quoted(had[release.number].name)))  # fmt: skip
    return told


def mend_references(
    local: dict[str, str], kept: Callable[[str], str | None], changed: Collection[str] | None = None
) -> list[tuple[str, str]]:
    """Mend, in `local`, the references a merge broke: people deleted are taken off turns and
    shifts (and their availability goes), as deleting a person here does; a location, role or
    window deleted while something here still uses it is brought back from `kept` (my version,
    or the last agreed one). Returns (what was brought back, what uses it). `changed`: the
    keys the merge changed, when known — unless one of them is a deleted target, only those
    can hold a broken reference (a sync of one edit checks one record, not 34,000)."""
    restored = []
    keys: Iterable[str] = local
    if changed is not None and not any(kind(k) in _TARGETS and k not in local for k in changed):
        keys = [k for k in changed if k in local]
    for key in sorted(keys):
        needs = _NEEDS.get(kind(key))
        names_people = kind(key) in ("turn", "shift")
        if needs is None and not names_people:
            continue
        node = json.loads(local[key])
        if kind(key) == "availability" and f"person:{node.get('person')}" not in local:
            local.pop(key)
            continue
        if names_people and isinstance(node.get("people"), list):
            people = [p for p in node["people"] if f"person:{p}" in local]
            if people != node["people"]:
                local[key] = text({**node, "people": people})
        for name, target_kind in needs or ():
            target = f"{target_kind}:{node.get(name)}"
            if target not in local and (content := kept(target)) is not None:
                local[target] = content
                restored.append((target, key))
    return restored


def pending_keys(
    local: Mapping[str, str], objects: Mapping[str, SyncedObject], conflicts: Mapping[str, Any]
) -> list[str]:
    keys = set(local) | set(objects)
    changed = [k for k in keys if k not in conflicts and local.get(k) != (objects[k].base if k in objects else None)]
    # Referenced records first, so a teammate pulling halfway never sees a turn without its window.
    order = {"plan": 0, "location": 1, "role": 1, "person": 1, "day": 2, "window": 3}
    return sorted(changed, key=lambda k: (order.get(kind(k), 4) if k in local else 5, k))


def merge_object(
    key: str, base: str | None, mine: str | None, theirs: str | None
) -> tuple[str | None, tuple[str, ...]]:
    """One object three ways: the merged content (mine for clashing fields) and the clashing
    fields. Shared records grow (never a conflict); the plan object's list order is merged
    apart (never a conflict); any other record field by field (domain/merge.py)."""
    if is_record(key):  # grow-only: what left the machine is kept from both
        if mine is None or theirs is None or mine == theirs:
            return theirs if mine is None else mine, ()
        both = merge_records(join_records({key: mine}, key), join_records({key: theirs}, key))
        return split_records(both).get(key, theirs), ()
    nodes = [_loads(base), _loads(mine), _loads(theirs)]
    orders = [node.pop(ORDER, {}) if key == PLAN_KEY and node is not None else {} for node in nodes]
    result = merge_record(*nodes)
    if result.result is None:
        return None, result.conflicts
    merged = dict(result.result)
    if key == PLAN_KEY:  # the lists' order: merged apart, never a conflict
        base_order, my_order, their_order = ({t: list(o.get(t, [])) if isinstance(o, dict) else [] for t in ORDERED}
                                             for o in orders)  # fmt: skip
        merged[ORDER] = {t: merge_order(base_order[t], my_order[t], their_order[t]) for t in ORDERED}
    return text(merged), result.conflicts


def _loads(content: str | None) -> dict[str, Any] | None:
    return None if content is None else json.loads(content)


def describe_object(plan: Plan, key: str, node: Mapping[str, Any]) -> tuple[str, datetime | None, datetime | None]:
    """What a teammate's calendar app shows for an object: a title, and times for events."""
    what, _, name = key.partition(":")
    if what in ("window", "turn", "shift"):
        item: Any = None
        if what == "window":
            item = plan.windows_by_id.get(name)  # type: ignore[call-overload]
        elif what == "turn" and name in plan.turn_positions:
            item = plan.turns[plan.turn_positions[name]]
        elif what == "shift" and name in plan.shift_positions:
            item = plan.shifts[plan.shift_positions[name]]
        if item is not None:
            return _title(plan, what, item), item.start, item.end
    label = node.get("name") or node.get("title") or node.get("date") or name
    return f"{what.capitalize()}: {label}", None, None


def _title(plan: Plan, what: str, item: Any) -> str:
    if what == "window":
        place = plan.locations_by_id.get(item.location_id)
        return f"Media window — {place.name if place else item.location_id}"
    people = ", ".join(p.name for pid in item.person_ids if (p := plan.people_by_id.get(pid)))
    if what == "turn":
        return f"Turn: {people or 'open'}"
    role = plan.roles_by_id.get(item.role_id)
    return f"{role.name if role else 'Shift'}: {people or 'open'}"
