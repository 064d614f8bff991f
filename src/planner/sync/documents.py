"""Team plans as files: share a .planner file on a server, clone one from it, sync it. Each
step reads the file, talks to the server, and writes the plan with its sync state in one
transaction (a plan and its base never part); the CLI and the app both call these."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from planner.domain.model import Plan
from planner.domain.records import Records
from planner.domain.sync_state import UNKNOWN_ETAG, SyncState
from planner.errors import PlannerError
from planner.ical.plan_objects import ObjectError, read_object
from planner.storage import load_document, load_sync, save_synced
from planner.storage.plan_objects import PLAN_KEY, join_plan
from planner.sync import dav
from planner.sync.dav import SyncError
from planner.sync.engine import Synced, SyncReport, pending, resolve, sync_plan
from planner.sync.feed import make_feed
from planner.words import quoted, tr

COLLECTION_PREFIX = "planner-"


def open_client(url: str, user: str, password: str) -> Any:
    """A CalDAV client for a plan's collection (publish.caldav.dav_client: http only locally)."""
    from planner.publish.caldav import PublishError, dav_client

    try:
        return dav_client(url, user, password)
    except PublishError as exc:
        raise SyncError(exc.text) from None


def check_shareable(path: Path) -> None:
    """PlannerError if the plan in `path` cannot be a shared plan's copy, said before anything
    goes to the server: a .json plan keeps no link (the file would be written as a .planner
    document under its .json name, which nothing then reads)."""
    if path.suffix.lower() == ".json":
        raise PlannerError(tr("{path}: a .json plan cannot be shared: a shared plan is a .planner document, which "
                              "keeps its link to the server; save it as one first (File ▸ Save As…, or `planner "
                              "import-json {path} NEW.planner`)", path=path))  # fmt: skip


def load_linked(path: Path) -> tuple[Plan, Records, SyncState]:
    check_shareable(path)
    plan, records = load_document(path)
    state = load_sync(path, plan.id)
    if state is None:
        raise PlannerError(tr("{path}: not a shared plan; `planner share` puts it on a server", path=path))
    return plan, records, state


@dataclass(frozen=True)
class Shared:
    synced: Synced
    # Linked to where the shared plan already was (a teammate shared it anew, it never went,
    # or another copy of the file was shared there): its changes merged with this copy's.
    joined: bool = False


def share(path: Path, client: Any, home: str, user: str, who: str, now: datetime,
          going_on: dav.GoingOn | None = None, again: bool = False, address: str = "") -> Shared:  # fmt: skip
    """Put the plan in `path` on the server, in a new collection under `home` (the user's
    calendar home), and link the file to it. `going_on(done, total)` (sync_plan's) may stop it
    (dav.StoppedError): the file is then left as it was, not linked, and what went stays on
    the server, where sharing again finds it, as after a share the network cut short.
    `again`: a copy already linked is shared anew, its link replaced — where its server no
    longer holds the plan (deleted there, the server replaced), or to move the team to
    another server; its conflicts must be settled first (their side would be lost). Where
    the plan already is — at `address` (the server's address as given: a teammate's shared
    plan, shared anew before this copy) or in the collection under `home` — the copy joins it:
    linked there, its changes and the team's merged as a sync merges them, against what both
    last agreed on (a first share, from no common version: a difference is a conflict)."""
    check_shareable(path)
    plan, records = load_document(path)
    linked = load_sync(path, plan.id)
    if linked is not None and not again:
        raise PlannerError(tr("{path}: already shared; `planner sync` brings it up to date (`--again` shares it "
                              "anew, its link replaced)", path=path))  # fmt: skip
    if linked is not None and linked.conflicts:
        raise PlannerError(tr("{path}: holds conflicts not settled ({n}): settle them first (File ▸ Conflicts…, or "
                              "`planner sync --conflicts`)", path=path, n=len(linked.conflicts)))  # fmt: skip
    url = ""
    if again and address:
        if _given_holds(client, plan, address):
            url = f"{address.rstrip('/')}/"
        elif urlsplit(address).path.rstrip("/").rpartition("/")[2].startswith(COLLECTION_PREFIX):
            # (a team plan's address, not the server's: a second plan made in this account instead
            # would split the team)
            raise SyncError(tr("{url}: no shared plan there that this account may read; ask whoever shared it "
                               "anew to share it with this account, or give the server's address to share it anew "
                               "yourself", url=address))  # fmt: skip
    if not url:
        url = f"{home.rstrip('/')}/{COLLECTION_PREFIX}{plan.id}/"
        dav.make_collection(client, url, plan.title, f"Team plan: {plan.title} (Planner)")
        make_feed(client, url, plan.title)
    there = _plan_there(client, plan, url)
    state = relinked(linked, url, user) if there and linked is not None else SyncState(url, user)
    synced = sync_plan(plan, records, state, client, who, now, going_on=going_on)
    report = synced.report
    # A first share finds the plan there from another copy of its file (not from a share of
    # this one cut short: what that sent is as it is here), merged from no common version.
    joined = there and (linked is not None or bool(report.received or report.merged or report.conflicts))
    if report.offline:
        raise SyncError(report.offline)
    if report.refused:  # (a teammate's copy would lack it: what went waits there for sharing again)
        key, why = next(iter(report.refused.items()))
        raise SyncError(tr("{what}: {why}; not shared", what=key, why=why))
    _store(path, plan, synced, linked)  # (the old link's rows replaced)
    return Shared(synced, joined)


def relinked(state: SyncState, url: str, user: str) -> SyncState:
    """A copy's link moved to `url`, where the shared plan already is: each object's base kept,
    as what this copy last agreed on with the team, its ETag unknown there, so the first pull
    reads every object and merges it three ways — a teammate's change comes in, one of mine
    goes, and only what both changed is a conflict (from no base, every difference would be)."""
    objects = {key: replace(known, href=dav.object_href(url, key), etag=UNKNOWN_ETAG)
               for key, known in state.objects.items()}  # fmt: skip
    return SyncState(url, user, objects=objects, who=state.who)


def _head_there(client: Any, url: str) -> str | None:
    """The plan object the collection at `url` holds (its content); None for none (nothing
    there, not a collection, or no Planner plan)."""
    head = dav.get(client, dav.object_href(f"{url.rstrip('/')}/", PLAN_KEY))
    try:
        return read_object(head.data).content if head.data is not None else None
    except ObjectError:
        return None


def _given_holds(client: Any, plan: Plan, address: str) -> bool:
    """Whether the address given is the collection of this plan (else it is the server's: a
    server's root answers a GET of an object in it as it likes — 403, 405 — or a web page)."""
    try:
        return _plan_there(client, plan, address)
    except SyncError:
        return False


def _plan_there(client: Any, plan: Plan, url: str) -> bool:
    """Whether the collection at `url` holds this plan; PlannerError if it holds another."""
    head = _head_there(client, url)
    if head is None:
        return False
    try:
        node = json.loads(head)
    except ValueError:
        node = None
    there = node if isinstance(node, dict) else {}
    if there.get("id") != plan.id:
        raise PlannerError(tr("{url}: holds another plan ({title}), not this one", url=url,
                           title=quoted(str(there.get("title", "")))))  # fmt: skip
    return True


def check_clone_target(out: Path) -> None:
    """PlannerError if `out` cannot be the copy a clone makes (a file or folder is there):
    said before a password is asked for, and by clone itself."""
    if out.exists():
        raise PlannerError(tr("{path}: already exists; give a new file name", path=out))
    if out.suffix.lower() == ".json":
        raise PlannerError(tr("{path}: a shared plan's copy is a .planner document, which keeps its link to the "
                              "server; give a name ending in .planner", path=out))  # fmt: skip


def clone(url: str, client: Any, out: Path, user: str, who: str, now: datetime,
          going_on: dav.GoingOn | None = None) -> Synced:  # fmt: skip
    """A local copy of the shared plan at `url` (its collection), linked to it. `going_on` as
    share's: stopped, no file is made."""
    check_clone_target(out)
    url = url if url.endswith("/") else url + "/"
    dav.is_collection(client, url)
    content = _head_there(client, url)
    if content is None:
        raise SyncError(tr("{url}: holds no Planner plan", url=url))
    # Start from the plan's head alone; the first pull brings everything else.
    synced = sync_plan(join_plan({PLAN_KEY: content}, url), Records(), SyncState(url, user), client, who, now,
                       going_on=going_on)  # fmt: skip
    if synced.report.offline:
        raise SyncError(synced.report.offline)
    _store(out, None, synced, None)
    return synced


def sync(path: Path, client: Any, who: str, now: datetime) -> SyncReport:
    plan, records, state = load_linked(path)
    synced = sync_plan(plan, records, state, client, who, now)
    _store(path, plan, synced, state, records)
    return synced.report


def settle(path: Path, key: str, take: str, fields: Collection[str] = ()) -> None:
    """Settle one conflict in the file ("mine" or "theirs"; `fields`: only those of it); the
    next sync sends the result."""
    plan, records, state = load_linked(path)
    new_plan, new_state = resolve(plan, records, state, key, take, fields)
    _store(path, plan, Synced(new_plan, records, new_state, SyncReport()), state, records)


def _store(path: Path, saved: Plan | None, synced: Synced, kept: SyncState | None, read: Records | None = None) -> None:
    """`read`: the records the file holds, as read; unchanged, they are not written again."""
    save_synced(path, synced.plan, saved, None if synced.records is read else synced.records, synced.state, kept)


def waiting(path: Path) -> int:
    """How many of my changes the server has not got yet."""
    plan, records, state = load_linked(path)
    return len(pending(plan, records, state))
