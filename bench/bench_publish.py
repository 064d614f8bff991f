"""Re-publish after one edit on the campaign (bench/campaign.py), against the embedded
Radicale that `planner serve` runs on 127.0.0.1, with the record in a real .planner file.

    .venv/bin/python bench/bench_publish.py [--repeat 5]

Set-up, not timed: the campaign published once. Its ~100,000 event resources are written
straight into the server's folder (a first publish of them by HTTP takes the better part of
an hour on Radicale), then the server is asked each calendar's ETags (one PROPFIND each, as a
second client would) and that becomes the plan file's record, as a real first publish leaves it.

Timed, each run moving another shift by 30 minutes:
- ours, as the app does it (publish_dialog.py: sync/publishing.py's publish_plan_file): the
  plan file's record of the last publish read, the events of what changed since made (the
  session's last feeds reused, had the record not vouched for the rest), the new revisions
  recorded, `publish_plan` comparing them with what the server holds and sending what
  changed, each step recorded in the plan file, then the record of this publish. Goal: <= 2 s.
- reference, someone else's code doing the least the job needs: the caldav library's client
  PUTting just the resources that changed (known beforehand), with If-Match.
- ours, cold: `planner publish` as a new process after one more edit (the plan file holding
  the record of the last publish there, which a first `planner publish` run, untimed, leaves):
  it reads the plan and its records, makes and compares the events of what changed. No goal
  of its own in #11 (the app's is 2 s). Its reference: a new Python process, the caldav
  library imported, PUTting the same number of resources (into a calendar of its own).
Medians of --repeat runs (>= 5), with min-max, and the ratio to the reference.
"""

from __future__ import annotations

import argparse
import json
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import unquote

from campaign import campaign, command_env, describe, spread
from planner.domain.records import PublishedEvent, Records, changed_since
from planner.publish.caldav import collection_url, connect, feed_collections, resource_href, resources
from planner.publish.feeds import Feeds, make_feeds, publish_record
from planner.publish.links import with_tokens
from planner.storage import load_document, record_publication, save_any
from planner.sync.publishing import publish_plan_file

NOW = datetime(2025, 5, 1, tzinfo=UTC)
USER, PASSWORD = "organizer", "bench-s3cret"

# The cold row's reference: a new process, the caldav library, the resources PUT (into a
# calendar of its own, made first: the least a publishing process does besides knowing what).
# Its login goes with its first request (auth_type): left to find the scheme, the library's
# first request goes without, and Radicale answers that refused request after a second.
COLD_REFERENCE = """
import json, sys
from caldav.davclient import DAVClient
url, user, password, bodies, run = sys.argv[1:]
client = DAVClient(url=url, username=user, password=password, auth_type="basic")
calendar = client.principal().make_calendar(cal_id=f"reference-{run}")
for i, body in enumerate(json.loads(open(bodies).read())):
    body = body.replace("UID:", f"UID:reference-{i}-", 1)
    answer = client.request(f"{calendar.url}reference-{i}.ics", "PUT", body, {"Content-Type": "text/calendar"})
    assert answer.status in (201, 204), answer.status
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(plan_file: Path, folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "planner", "serve", str(plan_file), "--listen", f"127.0.0.1:{port}",
         "--password-stdin", "--folder", str(folder)],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    assert process.stdin is not None
    process.stdin.write(PASSWORD.encode() + b"\n")
    process.stdin.close()
    for _ in range(300):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return process, f"http://127.0.0.1:{port}/"
        except OSError:
            time.sleep(0.1)
    raise SystemExit("planner serve did not start")


def seed(folder: Path, collections: dict[str, bytes], home: str, url: str) -> dict:
    """Every resource written into Radicale's storage; the ETags then read from the server
    (its first reading of a calendar of 30,000 events takes minutes: a patient client)."""
    from caldav.davclient import DAVClient

    client = DAVClient(url=url, username=USER, password=PASSWORD, timeout=3600, auth_type="basic")
    root = folder / "collections" / "collection-root" / USER
    fingerprints = {}
    for cid, data in collections.items():
        directory = root / cid
        directory.mkdir(parents=True, exist_ok=True)
        props = {"tag": "VCALENDAR", "D:displayname": cid, "C:supported-calendar-component-set": "VEVENT"}
        (directory / ".Radicale.props").write_text(json.dumps(props))
        for uid, body, fingerprint in resources(data):
            (directory / f"{uid}.ics").write_bytes(body)
            fingerprints[(cid, uid)] = fingerprint
    published = {}
    body = '<?xml version="1.0"?><D:propfind xmlns:D="DAV:"><D:prop><D:getetag/></D:prop></D:propfind>'
    for cid in collections:
        calendar = collection_url(home, cid)
        answer = client.request(calendar, "PROPFIND", body, {"Depth": "1", "Content-Type": "application/xml"})
        for response in ET.fromstring(answer._raw).iter("{DAV:}response"):
            href = unquote(response.findtext("{DAV:}href") or "")
            etag = response.findtext(".//{DAV:}getetag")
            if not href.endswith(".ics") or not etag:
                continue
            uid = href.rsplit("/", 1)[1].removesuffix(".ics")
            published[(cid, uid)] = PublishedEvent(resource_href(calendar, uid), etag, fingerprints[(cid, uid)], NOW)
    return published


def moved(plan, n: int):
    shift = plan.shifts[n]
    later = replace(shift, start=shift.start + timedelta(minutes=30), end=shift.end + timedelta(minutes=30))
    return replace(plan, shifts=(*plan.shifts[:n], later, *plan.shifts[n + 1 :]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-publish-"))
    try:
        plan = campaign()
        print(f"campaign: {describe(plan)}")
        started = time.perf_counter()
        feeds = make_feeds(plan, NOW)
        records = with_tokens(plan, Records(revisions=feeds.revisions), NOW)
        collections = feed_collections(plan, feeds.files, records.tokens)
        plan_file = work / "campaign.planner"
        save_any(plan, plan_file, records)
        server, url = start_server(plan_file, work / "server")
        try:
            client, home = connect(url, USER, PASSWORD)
            published = seed(work / "server", collections, home, url)
            records = records.with_published(published)
            save_any(plan, plan_file, records)
            print(f"set-up: {len(collections):,} calendars, {len(published):,} resources on the server, "
                  f"{time.perf_counter() - started:.0f} s")  # fmt: skip
            ours, reference, sent = [], [], []
            last = feeds
            for n in range(args.repeat):
                plan = moved(plan, n)
                now = NOW + timedelta(minutes=n + 1)
                began = time.perf_counter()

                def made(feeds: Feeds) -> None:
                    nonlocal records, last
                    last, before, records = feeds, records, records.with_revisions(feeds.revisions)
                    record_publication(plan_file, records, changes=changed_since(before, records))

                def keep(changes: dict) -> None:
                    nonlocal records
                    records = records.with_published(changes)
                    record_publication(plan_file, records, changes=Records(published=changes))

                # (No stamp: the plan moved is not the file's, as in the app after an edit not saved.)
                published = publish_plan_file(plan, records, client, home, now, path=plan_file, stamp=None,
                                              made=made, kept=keep, reuse=last)  # fmt: skip
                report, done = published.report, published.record
                record_publication(plan_file, records, changes=Records(), export=done, export_before=published.last)
                ours.append(time.perf_counter() - began)
                assert last.partial == (n > 0), "the record of the last publish was not used"
                assert not report.conflicts and not report.deleted, report.conflicts
                sent.append(len(report.sent))
                # The reference: the same resources PUT again by the caldav library's client,
                # nothing else (what changed known beforehand); then the record as the server has it.
                now_collections = feed_collections(plan, last.files, records.tokens)
                bodies = {key: body for key in report.changes
                          for uid, body, _fp in resources(now_collections[key[0]]) if uid == key[1]}  # fmt: skip
                began = time.perf_counter()
                etags = {}
                for key, body in bodies.items():
                    event = records.published[key]
                    guard = {"If-Match": event.etag, "Content-Type": "text/calendar"}
                    answer = client.request(event.href, "PUT", body.decode(), guard)
                    etags[key] = answer.headers["ETag"]
                reference.append(time.perf_counter() - began)
                records = records.with_published({k: replace(records.published[k], etag=e) for k, e in etags.items()})
                record_publication(plan_file, records, changes=Records(published={k: records.published[k]
                                                                                  for k in etags}),
                                   export=publish_record(home, last, records, report.named,
                                                         done.listed if done is not None else None,
                                                         done.checked if done is not None else None),
                                   export_before=done)  # fmt: skip
            # Cold: a new `planner publish` process after each edit, the first (untimed) leaving
            # the record of a publish by the command, which the others continue.
            cold, cold_reference, cold_sent = [], [], []
            bodies_file = work / "bodies.json"
            for n in range(args.repeat + 1):
                plan = moved(plan, args.repeat + n)
                _, kept = load_document(plan_file)
                save_any(plan, plan_file, kept)
                began = time.perf_counter()
                done = subprocess.run([sys.executable, "-m", "planner", "publish", str(plan_file), "--server", url,
                                       "--user", USER, "--password-stdin"], input=PASSWORD.encode(), check=True,
                                      capture_output=True, env=command_env())  # fmt: skip
                took = time.perf_counter() - began
                count = int(done.stdout.decode().split(": ", 1)[1].split()[0])  # "URL: N events sent, ..."
                if n == 0:  # (and the reference's first run, untimed too: their bytecode made)
                    bodies_file.write_text(json.dumps([body.decode() for body in list(bodies.values())[:1]]))
                    subprocess.run([sys.executable, "-c", COLD_REFERENCE, url, USER, PASSWORD, str(bodies_file),
                                    "untimed"], check=True, env=command_env())  # fmt: skip
                    continue
                cold.append(took)
                cold_sent.append(count)
                bodies_file.write_text(json.dumps([body.decode() for body in list(bodies.values())[:1] * count]))
                began = time.perf_counter()
                subprocess.run([sys.executable, "-c", COLD_REFERENCE, url, USER, PASSWORD, str(bodies_file), str(n)],
                               check=True, env=command_env())  # fmt: skip
                cold_reference.append(time.perf_counter() - began)
        finally:
            server.terminate()
            server.wait()
        ratio = statistics.median(ours) / statistics.median(reference)
        print(f"reference, caldav client PUTting the {statistics.median(sent):.0f} changed resources: "
              f"{spread(reference)}")  # fmt: skip
        print(f"ours, as the app does it (its record of the last publish used): {spread(ours)}")
        print(f"ratio {ratio:.1f}x; goal <= 2 s: {'met' if statistics.median(ours) <= 2 else 'NOT met'}")
        ratio = statistics.median(cold) / statistics.median(cold_reference)
        print(f"reference, a new Python process PUTting {statistics.median(cold_sent):.0f} resources with the caldav "
              f"library: {spread(cold_reference)}")  # fmt: skip
        print(f"ours, cold `planner publish` process after one more edit:     {spread(cold)}")
        print(f"ratio {ratio:.1f}x (no goal of its own in #11)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
