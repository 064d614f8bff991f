"""Sync one edit of a team plan — the campaign (bench/campaign.py) shared on the embedded
Radicale that `planner serve` runs on 127.0.0.1 — as two organizers' copies see it.

    .venv/bin/python bench/bench_sync.py [--repeat 5]

Set-up, not timed: the campaign shared once. Its ~36,000 objects are written straight into
the server's folder (a first share of them by HTTP takes long on Radicale: each new object makes
it re-read the collection), then both organizers' copies are cloned the way `planner clone`
reads a plan: one sync-collection REPORT from no token, every object's ETag and content.

Timed, each run moving another shift by 30 minutes:
- Ana's push, as the app does it right after an edit: `sync_plan(pull=False)` on the plan in
  memory (the one changed object found and sent with `If-Match`; a teammate's write in the way
  would be found by its ETag and merged) and the plan, records and state stored in her .planner
  file in one transaction (`save_synced`). Goal: <= 1 s.
- Ben's pull, as his app's timer does it: `sync_plan` (one changed object arrives, merged
  into his plan) and stored in his file. Goal: <= 1 s (then he sees it within one interval).
  It reads the plan's change feed (sync/feed.py), then the object it names.
- Ben's full pull, as every tenth minute and a first pull after a long pause do it: the same
  with his last full read too old, so the whole collection is asked what changed since his
  token (nothing more arrives: the feed brought it).
- references, someone else's code doing the least each needs: the caldav library's client
  PUTting the one changed object with If-Match; and the same client's sync-collection REPORT
  from Ben's token, reading the one change.
Medians of --repeat runs (>= 5), with min-max, and the ratios to the references.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench_publish import PASSWORD, USER, moved, start_server
from campaign import campaign, describe, spread
from planner.domain.records import Records
from planner.domain.sync_state import ChangeFeed, SyncedObject, SyncState
from planner.ical.plan_objects import PlanObject, object_ics, read_object
from planner.storage import save_any, save_synced
from planner.storage.plan_objects import split_plan
from planner.sync import dav
from planner.sync.documents import COLLECTION_PREFIX, open_client
from planner.sync.engine import describe_object, sync_plan
from planner.sync.feed import read_news

NOW = datetime(2025, 5, 1, tzinfo=UTC)
SYNC_REPORT = (
    '<?xml version="1.0" encoding="utf-8"?><D:sync-collection xmlns:D="DAV:" '
    'xmlns:C="urn:ietf:params:xml:ns:caldav"><D:sync-token>{token}</D:sync-token><D:sync-level>1</D:sync-level>'
    "<D:prop><D:getetag/><C:calendar-data/></D:prop></D:sync-collection>"
)


def seed(folder: Path, plan, url: str) -> None:
    """Every object written into Radicale's storage, as `planner share` would have put it,
    and the plan's (empty) change feed collection beside it."""
    directory = folder / "collections" / "collection-root" / USER / f"{COLLECTION_PREFIX}{plan.id}"
    changes = directory.with_name(directory.name + "-changes")
    changes.mkdir(parents=True, exist_ok=True)
    feed_props = {"tag": "VCALENDAR", "C:supported-calendar-component-set": "VJOURNAL"}
    (changes / ".Radicale.props").write_text(json.dumps(feed_props))
    directory.mkdir(parents=True, exist_ok=True)
    props = {"tag": "VCALENDAR", "D:displayname": plan.title, "C:supported-calendar-component-set": "VEVENT,VJOURNAL"}
    (directory / ".Radicale.props").write_text(json.dumps(props))
    for key, content in split_plan(plan).items():
        summary, start, end = describe_object(plan, key, json.loads(content))
        body = object_ics(plan.id, PlanObject(key, content, "Ana", NOW), summary, start, end)
        (directory / dav.object_href(url, key).rsplit("/", 1)[1]).write_bytes(body)


def cloned(client, url: str) -> SyncState:
    """An organizer's state after `planner clone`: every object's ETag and content, the
    token, and the change feed as read then."""
    news = read_news(client, SyncState(url, USER))
    assert news is not None
    began = time.monotonic()
    changes = dav.changes_since(client, url, "")
    seconds = time.monotonic() - began
    objects = {}
    for found in changes.found:
        if found.data is not None:
            item = read_object(found.data)
            objects[item.key] = SyncedObject(found.href, found.etag, item.content, item.by, item.at)
    return SyncState(url, USER, changes.token, objects, last_full=NOW,
                     feed=ChangeFeed(news.token, news.seen, full_seconds=seconds))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    try:
        plan = campaign()
        print(f"campaign: {describe(plan)}")
        started = time.perf_counter()
        ana_file, ben_file = work / "ana.planner", work / "ben.planner"
        save_any(plan, ana_file)
        server, root = start_server(ana_file, work / "server")
        try:
            url = f"{root}{USER}/{COLLECTION_PREFIX}{plan.id}/"
            seed(work / "server", plan, url)
            client = open_client(url, USER, PASSWORD)
            client.timeout = 3600
            ana = cloned(client, url)
            ben = replace(ana)
            for path, state in ((ana_file, ana), (ben_file, ben)):
                save_any(plan, path)
                save_synced(path, plan, plan, Records(), state, None)
            print(f"set-up: {len(ana.objects):,} objects on the server, {time.perf_counter() - started:.0f} s")
            ana_plan = ben_plan = plan
            records = Records()
            pushes, pulls, full_pulls, put_refs, report_refs = [], [], [], [], []
            for n in range(args.repeat):
                edited = moved(ana_plan, n)
                now = NOW + timedelta(minutes=n + 1)
                began = time.perf_counter()
                synced = sync_plan(edited, records, ana, client, "Ana", now, pull=False)
                save_synced(ana_file, synced.plan, ana_plan, synced.records, synced.state, ana)
                pushes.append(time.perf_counter() - began)
                assert synced.report.sent == [f"shift:{edited.shifts[n].id}"], synced.report
                token_before = ben.token
                ana_plan, ana = synced.plan, synced.state
                began = time.perf_counter()
                synced = sync_plan(ben_plan, records, ben, client, "Ben", now)
                save_synced(ben_file, synced.plan, ben_plan, synced.records, synced.state, ben)
                pulls.append(time.perf_counter() - began)
                assert synced.report.received == [f"shift:{edited.shifts[n].id}"], synced.report
                ben_plan, ben = synced.plan, synced.state
                assert split_plan(ben_plan) == split_plan(ana_plan)
                began = time.perf_counter()
                synced = sync_plan(ben_plan, records, replace(ben, last_full=None), client, "Ben", now)
                save_synced(ben_file, synced.plan, ben_plan, synced.records, synced.state, ben)
                full_pulls.append(time.perf_counter() - began)
                assert synced.state.last_full == now and not synced.report.received, synced.report
                ben = synced.state
                # References: the caldav library's client, the least each job needs.
                key = f"shift:{edited.shifts[n].id}"
                obj = ana.objects[key]
                body = object_ics(plan.id, PlanObject(key, obj.base, "Ana", now), "bench", None, None)
                began = time.perf_counter()
                answer = client.request(obj.href, "PUT", body.decode(), {"If-Match": obj.etag,
                                                                          "Content-Type": "text/calendar"})  # fmt: skip
                put_refs.append(time.perf_counter() - began)
                assert answer.status in (200, 201, 204), answer.status
                ana = replace(ana, objects={**ana.objects, key: replace(obj, etag=answer.headers["ETag"])})
                began = time.perf_counter()
                answer = client.request(url, "REPORT", SYNC_REPORT.format(token=token_before),
                                        {"Depth": "1", "Content-Type": "application/xml"})  # fmt: skip
                assert answer.status == 207 and b"calendar-data" in answer._raw, answer.status
                report_refs.append(time.perf_counter() - began)
                # Both copies take the reference's rewrite as already seen (same content).
                ana = replace(ana, token=dav.changes_since(client, url, ana.token).token)
                ben = replace(ben, token=ana.token, objects={**ben.objects, key: ana.objects[key]})
        finally:
            server.terminate()
            server.wait()
        for name, ours, reference, what in (
            ("Ana pushes one edit", pushes, put_refs, "caldav client PUT of the one object"),
            ("Ben pulls it        ", pulls, report_refs, "sync-collection REPORT from his token"),
            ("Ben's full pull     ", full_pulls, report_refs, "sync-collection REPORT from his token"),
        ):
            ratio = statistics.median(ours) / statistics.median(reference)
            met = "met" if statistics.median(ours) <= 1 else "NOT met"
            goal = f"goal <= 1 s: {met}" if ours is not full_pulls else "every 10 minutes, in the background"
            print(f"{name}: {spread(ours)}; reference ({what}): {spread(reference)}; ratio {ratio:.2f}x; {goal}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
