"""Publishing to a real CalDAV server (Radicale on 127.0.0.1): everything once, then only what
changed; deletions and cancellations; a teammate's edit on the server is never overwritten; a
publish cut short is finished by the next; wrong passwords and plain http are clear errors."""

from __future__ import annotations

import dataclasses
import io
import re
import signal
import subprocess
import sys
import time
import types
from datetime import UTC, datetime, timedelta

import pytest

from planner.cli import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, EXIT_WARNINGS, main
from planner.domain.edits import put_item, put_window, remove_items, retime_item
from planner.domain.records import Records
from planner.publish.caldav import (
    PublishError,
    _Names,
    connect,
    feed_collections,
    publish_feeds,
    server_password,
    split_calendar,
)
from planner.publish.feeds import feed_files
from planner.publish.links import person_link, with_tokens
from planner.storage import load_document, load_sync, save_any
from planner.sync import dav

NOW = datetime(2025, 4, 1, 12, tzinfo=UTC)


def _publish(plan_file, server, monkeypatch, *extra: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(server.PASSWORD + "\n"))
    return main(["publish", str(plan_file), "--server", server.url, "--user", server.USER, "--password-stdin", *extra])


def _server_events(server, collection: str) -> dict[str, str]:
    """What a second client (the caldav library on its own) finds in a collection: UID → text."""
    client = server.client()
    calendar = client.principal().calendar(cal_id=collection)
    found = {}
    for event in calendar.events():
        text = event.data
        unfolded = text.replace("\r\n ", "").replace("\n ", "")  # (a long UID goes on on the next line)
        uid = next(line[4:] for line in unfolded.splitlines() if line.startswith("UID:"))
        found[uid.strip()] = text
    return found


def test_publish_everything_then_only_what_changed(example_plan, tmp_path, server, monkeypatch, capsys):
    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    first_puts = server.requests("PUT")
    files = feed_files(example_plan, NOW)
    assert first_puts == sum(len(split_calendar(data)[2]) for data in files.values())
    media = _server_events(server, "media")
    assert set(media) == {f"{w.id}.{example_plan.id}@planner" for w in example_plan.windows()}
    assert "TZID=America/Los_Angeles" in next(iter(media.values()))  # each resource carries its zone
    _plan, records = load_document(plan_file)
    assert len(records.published) == first_puts and records.revisions  # recorded, with SEQUENCEs
    capsys.readouterr()

    assert _publish(plan_file, server, monkeypatch) == EXIT_OK  # nothing changed: nothing sent
    assert server.requests("PUT") == first_puts and "0 events sent" in capsys.readouterr().out

    shift = example_plan.shifts[0]  # setup, Monday 7:00, two volunteers
    moved = retime_item(example_plan, shift.id, shift.start + timedelta(hours=1), shift.end + timedelta(hours=1))
    save_any(moved, plan_file, records)
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    holding = sum(1 for data in files.values() if f"UID:{shift.id}.".encode() in data)
    assert server.requests("PUT") - first_puts == holding == 5  # volunteers, its role, two people, organizer
    [text] = [t for uid, t in _server_events(server, "volunteers").items() if uid.startswith(shift.id)]
    assert "DTSTART;TZID=America/Los_Angeles:20250407T080000" in text


def test_a_publish_and_an_export_in_turns_each_compare_rows_and_publish_only_what_changed(
    example_plan, tmp_path, server, monkeypatch, publish_compared
):
    """A cron job's `planner export` and `planner publish` of one plan, edits saved between:
    the publish, too, finds in the plan file the rows changed since the last publish there
    (the copy the file keeps serves both places), works out only their events' digests, and
    the server and the folder get the edits all the same."""
    from planner.domain.edits import move_item
    from planner.domain.records import RowChanges
    from planner.storage import file_stamp, load_last_export, load_row_changes_since
    from tests.publish.test_export_rows import _as_fresh, _export
    from tests.publish.test_feeds import _edits

    plan_file, folder = tmp_path / "strike.planner", tmp_path / "feeds"
    save_any(example_plan, plan_file)
    given = publish_compared
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    home = next(place for place in _places(plan_file) if place.startswith("http"))
    _export(plan_file, folder, "2025-04-01T12:00:00Z")
    assert load_row_changes_since(plan_file, home) == RowChanges()  # (the export wrote nothing it reads)

    shift = example_plan.shifts[0]
    moved = move_item(example_plan, shift.id, shift.start + timedelta(hours=1))
    save_any(moved, plan_file, saved=example_plan, expected=file_stamp(plan_file))
    _export(plan_file, folder, "2025-04-02T00:00:00Z")  # (its revision raised, for both places)
    phoned = _edits(moved)["a volunteer's phone"]
    save_any(phoned, plan_file, saved=moved, expected=file_stamp(plan_file))
    since = load_row_changes_since(plan_file, home)
    assert since is not None and shift.id in since.shifts and since.people and shift.id in since.revisions
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    assert given[-1] == since  # only these rows' events' digests were worked out
    [text] = [t for uid, t in _server_events(server, "volunteers").items() if uid.startswith(shift.id)]
    assert "DTSTART;TZID=America/Los_Angeles:20250407T080000" in text
    assert load_row_changes_since(plan_file, home) == RowChanges()
    record = load_last_export(plan_file, home)
    assert record is not None and record.items  # (the next publish takes again what did not change)

    owed = load_row_changes_since(plan_file, folder)
    assert owed is not None and owed.people == since.people
    _export(plan_file, folder, "2025-04-03T00:00:00Z")
    _as_fresh(plan_file, folder, "2025-04-03T00:00:00Z", tmp_path)


def _places(plan_file) -> set[str]:
    import sqlite3

    with sqlite3.connect(plan_file) as db:
        found = {folder for (folder,) in db.execute("SELECT DISTINCT folder FROM feed_exports")}
    db.close()
    return found


def test_a_removed_shift_is_deleted_and_a_cancelled_window_stays_as_cancelled(example_plan, tmp_path, server,
                                                                               monkeypatch):  # fmt: skip
    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    _plan, records = load_document(plan_file)
    shift = example_plan.shifts[0]
    window = example_plan.days[4].windows[0]
    days = [dataclasses.replace(d, windows=tuple(dataclasses.replace(w, cancelled=w.id == window.id)
                                                 for w in d.windows)) for d in example_plan.days]  # fmt: skip
    changed = dataclasses.replace(remove_items(example_plan, [shift.id]), days=tuple(days))
    save_any(changed, plan_file, records)
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    assert server.requests("DELETE") == 5
    assert not [uid for uid in _server_events(server, "volunteers") if uid.startswith(shift.id)]
    media = _server_events(server, "media")
    assert "STATUS:CANCELLED" in media[f"{window.id}.{example_plan.id}@planner"]
    _plan, records = load_document(plan_file)
    assert sum(1 for e in records.published.values() if e.deleted) == 5


def test_an_event_a_teammate_changed_on_the_server_is_reported_not_overwritten(example_plan, tmp_path, server,
                                                                               monkeypatch, capsys):  # fmt: skip
    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    window = example_plan.days[0].windows[0]
    uid = f"{window.id}.{example_plan.id}@planner"
    server.edit_event("media", uid)
    _plan, records = load_document(plan_file)
    later = put_window(example_plan, dataclasses.replace(window, start=window.start + timedelta(hours=1)))
    save_any(later, plan_file, records)
    capsys.readouterr()
    assert _publish(plan_file, server, monkeypatch, "--only", "media") == EXIT_WARNINGS
    err = capsys.readouterr().err
    assert (  # what and when, to find it in the plan, then where it is on the server
        f"conflict  Media availability: {example_plan.title}, 2025-04-07 09:00 (media/{uid}): changed on the "
        "server since it was published; not overwritten"
    ) in err
    assert "publish again with --overwrite" in err  # (how to settle it the plan's way)
    assert "Edited on the server" in _server_events(server, "media")[uid]


def test_an_event_changed_on_the_server_by_hand_is_found_by_the_daily_check_and_overwritten_when_asked(
    example_plan, tmp_path, server, monkeypatch, capsys
):
    """Someone moved or retitled a media window from a calendar app on the publishing account:
    every journalist subscribed saw it so, and, as nothing of it changed here, no publish said
    a word. Now the daily check (or --check) compares each event's ETag with the one recorded
    and reports it as a conflict, left as it is; `--overwrite` puts the plan's version back.
    Before, a conflict had no way out: each publish reported it again, for good."""
    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    window = example_plan.days[1].windows[0]
    uid = f"{window.id}.{example_plan.id}@planner"
    server.edit_event("media", uid)
    capsys.readouterr()
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK  # (within the day: not looked for)
    assert "conflict" not in capsys.readouterr().err
    conflict = (f"conflict  Media availability: {example_plan.title}, 2025-04-08 10:00 (media/{uid}): changed on "
                "the server since it was published; not overwritten")  # fmt: skip
    assert _publish(plan_file, server, monkeypatch, "--check") == EXIT_WARNINGS
    out, err = capsys.readouterr()
    assert conflict in err and err.count("conflict  ") == 1 and "publish again with --overwrite" in err
    assert "0 events sent" in out and "Edited on the server" in _server_events(server, "media")[uid]
    assert _publish(plan_file, server, monkeypatch) == EXIT_WARNINGS  # (said again until settled)
    assert conflict in capsys.readouterr().err
    assert _publish(plan_file, server, monkeypatch, "--overwrite") == EXIT_OK
    out, err = capsys.readouterr()
    assert "1 event sent" in out and "conflict" not in err
    assert (f"note  Media availability: {example_plan.title}, 2025-04-08 10:00 (media/{uid}): changed on the server "
            "since it was published; overwritten with the plan's version") in err  # fmt: skip
    assert "Edited on the server" not in _server_events(server, "media")[uid]
    assert _publish(plan_file, server, monkeypatch, "--check") == EXIT_OK  # (settled, and recorded so)
    out, err = capsys.readouterr()
    assert "0 events sent" in out and not err


def test_an_event_changed_on_the_server_that_the_plan_dropped_is_deleted_only_when_asked(
    example_plan, tmp_path, server, monkeypatch, capsys
):
    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    shift = example_plan.shifts[0]
    [uid, *_] = [uid for uid in _server_events(server, "volunteers") if uid.startswith(shift.id)]
    server.edit_event("volunteers", uid)
    _plan, records = load_document(plan_file)
    save_any(remove_items(example_plan, [shift.id]), plan_file, records)
    capsys.readouterr()
    assert _publish(plan_file, server, monkeypatch) == EXIT_WARNINGS
    assert (f"conflict  volunteers/{uid}: changed on the server since it was published; not deleted"
            in capsys.readouterr().err)  # fmt: skip
    assert uid in _server_events(server, "volunteers")
    assert _publish(plan_file, server, monkeypatch, "--overwrite") == EXIT_OK
    _out, err = capsys.readouterr()
    assert (f"note  volunteers/{uid}: changed on the server since it was published; deleted all the same, as the "
            "plan no longer has it") in err and "conflict" not in err  # fmt: skip
    assert uid not in _server_events(server, "volunteers")
    assert load_document(plan_file)[1].published[("volunteers", uid)].deleted


def test_the_daily_check_takes_an_event_the_server_holds_as_we_would_put_it_as_ours_though_its_etag_is_new(
    example_plan, tmp_path, server, monkeypatch, capsys
):
    """A teammate published the same change of the shared plan (their events are what ours
    would be), or a server gave the event a new ETag of its own: not a conflict. Its ETag is
    recorded, and nothing is said."""
    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    plan, records = load_document(plan_file)
    window = example_plan.days[2].windows[0]
    key = ("media", f"{window.id}.{example_plan.id}@planner")
    held = records.published[key]
    other = dataclasses.replace(held, etag='"given-since"', at=held.at + timedelta(seconds=1))
    save_any(plan, plan_file, dataclasses.replace(records, published={**records.published, key: other}))
    assert load_document(plan_file)[1].published[key].etag == '"given-since"'
    capsys.readouterr()
    assert _publish(plan_file, server, monkeypatch, "--check") == EXIT_OK
    assert "conflict" not in capsys.readouterr().err
    assert load_document(plan_file)[1].published[key].etag == held.etag


def test_an_event_deleted_on_the_server_by_hand_is_put_again_when_it_changes_and_deleted_without_a_conflict(
    example_plan, tmp_path, server, monkeypatch, capsys
):
    """Deleted from a calendar app on the publishing account, say: nothing of anyone's is lost
    by putting it again (a change there is left as made). Before, it was reported as changed
    there, not put again, every publish after: its subscribers never saw it again."""
    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    moved, removed = example_plan.days[0].windows[0], example_plan.shifts[0]
    moved_uid = f"{moved.id}.{example_plan.id}@planner"
    removed_uids = [uid for uid in _server_events(server, "volunteers") if uid.startswith(removed.id)]
    server.delete_event("media", moved_uid)
    for uid in removed_uids:
        server.delete_event("volunteers", uid)
    _plan, records = load_document(plan_file)
    later = put_window(remove_items(example_plan, [removed.id]),
                       dataclasses.replace(moved, start=moved.start + timedelta(hours=1)))  # fmt: skip
    save_any(later, plan_file, records)
    capsys.readouterr()
    assert _publish(plan_file, server, monkeypatch, "--only", "media,volunteers") == EXIT_OK
    said = capsys.readouterr()
    assert "conflict" not in said.err and f"{len(removed_uids)} deleted" in said.out
    assert (f"note  Media availability: {example_plan.title}, 2025-04-07 09:00 (media/{moved_uid}): deleted on "
            "the server since it was published; put again") in said.err  # fmt: skip
    assert ":20250407T090000" in _server_events(server, "media")[moved_uid]
    assert not [uid for uid in _server_events(server, "volunteers") if uid.startswith(removed.id)]
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK  # and recorded: nothing more to say
    assert "deleted on the server" not in capsys.readouterr().err


def test_a_publish_cut_short_is_recorded_as_far_as_it_got_and_the_next_finishes(example_plan, server):
    client, home = connect(server.url, server.USER, server.PASSWORD)
    tokens = with_tokens(example_plan, Records(), NOW).tokens
    files = feed_collections(example_plan, feed_files(example_plan, NOW), tokens)
    kept: dict = {}

    class Unplugged:
        """The server goes away after 40 requests."""

        def __init__(self) -> None:
            self.left = 40

        def request(self, *args, **kwargs):
            self.left -= 1
            if self.left < 0:
                raise ConnectionError("the network went away")
            return client.request(*args, **kwargs)

    with pytest.raises(ConnectionError):
        publish_feeds(files, Unplugged(), home, {}, NOW, kept.update)
    recorded = dict(kept)
    assert recorded  # the collections finished before the cut are recorded
    report = publish_feeds(files, client, home, recorded, NOW, kept.update)
    total = sum(len(split_calendar(data)[2]) for data in files.values())
    # What the cut-short publish put but had not recorded yet is found on the server as ours
    # and adopted, not reported as a conflict nor put twice; the rest is sent.
    assert report.conflicts == [] and report.unchanged == len(recorded)
    assert len(report.sent) == total - len(recorded) and len(kept) == total
    assert len(_server_events(server, "organizer")) == len(split_calendar(files["organizer"])[2])


def test_a_publish_asked_to_stop_stops_between_two_calendars_and_the_next_finishes(example_plan, server):
    """The app's Stop: asked before each calendar whether to go on, told how far it got; what
    went is recorded, the report says it stopped (no record of a whole publish is then made:
    not complete), and the next publish sends the rest, nothing twice."""
    client, home = connect(server.url, server.USER, server.PASSWORD)
    tokens = with_tokens(example_plan, Records(), NOW).tokens
    files = feed_collections(example_plan, feed_files(example_plan, NOW), tokens)
    per_calendar = [len(split_calendar(data)[2]) for data in files.values()]
    kept: dict = {}
    asked: list[tuple[int, int, int]] = []

    def two_calendars(done: int, total: int, sent: int) -> bool:
        asked.append((done, total, sent))
        return done < 2

    report = publish_feeds(files, client, home, {}, NOW, kept.update, going_on=two_calendars)
    assert report.stopped and not report.complete and report.conflicts == []
    assert asked == [(0, len(files), 0), (1, len(files), per_calendar[0]), (2, len(files), sum(per_calendar[:2]))]
    assert len(report.sent) == len(kept) == server.requests("PUT") == sum(per_calendar[:2])
    report = publish_feeds(files, client, home, dict(kept), NOW, kept.update)
    assert report.complete and not report.stopped and report.unchanged == sum(per_calendar[:2])
    assert len(report.sent) == sum(per_calendar[2:]) and server.requests("PUT") == sum(per_calendar)


def test_ctrl_c_stops_planner_publish_in_one_line_and_the_next_finishes(example_plan, tmp_path, server):
    """A real `planner publish` process, interrupted as Ctrl+C does once some events went: one
    line, exit code 130, what went recorded; run again, it sends the rest and nothing twice."""
    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    command = [sys.executable, "-m", "planner", "publish", str(plan_file), "--server", server.url, "--user",
               server.USER, "--password-stdin"]  # fmt: skip
    publishing = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True)  # fmt: skip
    publishing.stdin.write(server.PASSWORD + "\n")  # type: ignore[union-attr]
    publishing.stdin.flush()  # type: ignore[union-attr]
    deadline = time.monotonic() + 60
    while server.requests("PUT") < 40 and time.monotonic() < deadline:
        time.sleep(0.005)
    publishing.send_signal(signal.SIGINT)
    _out, err = publishing.communicate(timeout=60)
    assert (publishing.returncode, err) == (EXIT_INTERRUPTED, "planner: stopped (Ctrl+C)\n")
    recorded = len(load_document(plan_file)[1].published)
    assert 0 < recorded < server.requests("PUT") + 1
    again = subprocess.run(command, input=server.PASSWORD + "\n", capture_output=True, text=True, timeout=120)
    assert again.returncode == EXIT_OK and f" {recorded} unchanged" in again.stdout, again.stderr
    total = sum(len(split_calendar(data)[2]) for data in feed_files(example_plan, NOW).values())
    assert len(load_document(plan_file)[1].published) == total


def test_a_wrong_password_or_an_unencrypted_remote_server_is_a_clear_error(example_plan, tmp_path, server,
                                                                          monkeypatch, capsys):  # fmt: skip
    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong\n"))
    assert main(["publish", str(plan_file), "--server", server.url, "--user", server.USER, "--password-stdin"]) == (
        EXIT_ERROR
    )
    assert "the user name or password was not accepted" in capsys.readouterr().err
    with pytest.raises(PublishError, match="not encrypted"):
        connect("http://calendar.example.org/dav/", "u", "p")
    assert load_document(plan_file)[1].published == {}


def _answering(answer, hosts=("127.0.0.1",)):
    """A small HTTP server on each of `hosts` whose every PROPFIND is answered by
    `answer(path)` — (status, headers, body) — and the requests they get, each as
    "host path login"; shut down by _stop."""
    import http.server
    import threading

    got: list[str] = []

    class Answering(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_PROPFIND(self):
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            got.append(f"{self.server.server_address[0]} {self.path} {self.headers.get('Authorization')}")
            status, headers, body = answer(self.path)
            self.send_response(status)
            for name, value in {**headers, "Content-Length": str(len(body))}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

    servers = [http.server.ThreadingHTTPServer((host, 0), Answering) for host in hosts]
    for one in servers:
        threading.Thread(target=one.serve_forever, daemon=True).start()
    return servers, got


def _stop(servers) -> None:
    for one in servers:
        one.shutdown()
        one.server_close()


def test_a_calendar_home_the_server_gives_on_plain_http_elsewhere_is_not_asked_with_the_password(
    example_plan, tmp_path, monkeypatch, capsys
):
    """A server behind a proxy that does not know it is reached by https (Nextcloud without
    'overwriteprotocol') names its calendar home http://…: the publish sent the password there,
    in clear, with each of its requests (a second server at 127.0.0.2 got them all, before
    127.0.0.2 was known for this machine's). Now it is refused before anything is asked there;
    on the server's own host, the home is asked by https, as the server is (kept_encrypted)."""
    elsewhere = "http://198.51.100.7:8080/home/"  # (TEST-NET-2: never this machine's)

    def named(path: str) -> tuple[int, dict[str, str], bytes]:
        return 207, {"Content-Type": "application/xml"}, (
            f'<?xml version="1.0"?><D:multistatus xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">'
            f"<D:response><D:href>{path}</D:href><D:propstat><D:prop><D:current-user-principal><D:href>/principal/"
            f"</D:href></D:current-user-principal><C:calendar-home-set><D:href>{elsewhere}</D:href>"
            f"</C:calendar-home-set></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>"
            f"</D:multistatus>").encode()  # fmt: skip

    [server], got = _answering(named)
    try:
        plan_file = tmp_path / "strike.planner"
        save_any(example_plan, plan_file)
        first = types.SimpleNamespace(url=f"http://127.0.0.1:{server.server_address[1]}/dav/", USER="u", PASSWORD="pw")
        assert _publish(plan_file, first, monkeypatch) == EXIT_ERROR
        assert capsys.readouterr().err.endswith(
            f"the server gives {elsewhere} as where the calendars are, which is not encrypted (http://): not asked, so "
            "the password is not sent in clear; its administrator can make it give https:// addresses\n"
        )
        assert got and all(line.startswith("127.0.0.1 /") for line in got)
        assert load_document(plan_file)[1].published == {}
    finally:
        _stop([server])


def test_a_well_known_address_pointing_to_plain_http_elsewhere_is_not_followed_with_the_password(
    example_plan, tmp_path, monkeypatch, capsys
):
    """A bare address's /.well-known/caldav is followed hop by hop, each asked with the login:
    one pointing to http:// on another machine had the password sent there in clear. Now the
    discovery stops there, and the address's own answer is said. (127.0.0.2 stands for the
    other machine: this_machine is told it is not this one.)"""
    servers: list = []

    def web(path: str) -> tuple[int, dict[str, str], bytes]:
        if path.startswith("/.well-known/caldav"):
            return 301, {"Location": f"http://127.0.0.2:{servers[1].server_address[1]}/dav/"}, b""
        return 200, {"Content-Type": "text/html"}, b"<!DOCTYPE html><html><body>Log in</body></html>"

    started, got = _answering(web, ("127.0.0.1", "127.0.0.2"))
    servers += started
    monkeypatch.setattr("planner.publish.caldav.this_machine", lambda host: host == "127.0.0.1")
    try:
        plan_file = tmp_path / "strike.planner"
        save_any(example_plan, plan_file)
        bare = types.SimpleNamespace(url=f"http://127.0.0.1:{servers[0].server_address[1]}/", USER="u", PASSWORD="pw")
        assert _publish(plan_file, bare, monkeypatch) == EXIT_ERROR
        assert "answered with a web page, not as a calendar server" in capsys.readouterr().err
        assert any("/.well-known/caldav" in line for line in got)
        assert not [line for line in got if line.startswith("127.0.0.2")]
    finally:
        _stop(servers)


def test_the_servers_own_addresses_given_on_plain_http_are_asked_by_https_as_the_server_is():
    from planner.publish.caldav import kept_encrypted

    server = "https://cloud.example.org/remote.php/dav"
    assert kept_encrypted("http://cloud.example.org/remote.php/dav/calendars/ana/", server) == (
        "https://cloud.example.org/remote.php/dav/calendars/ana/"
    )
    assert kept_encrypted("http://cloud.example.org:80/x/", "https://cloud.example.org:8443/dav") == (
        "https://cloud.example.org:8443/x/"
    )
    for kept in ("https://p42-caldav.icloud.com/1234/calendars/", "http://localhost:5232/ana/"):
        assert kept_encrypted(kept, server) == kept  # (another host by https: iCloud's home is)
    with pytest.raises(PublishError, match="not encrypted"):
        kept_encrypted("http://cloud.example.org/x/", "http://127.0.0.1:5232/")
    with pytest.raises(PublishError, match="not encrypted"):
        kept_encrypted("http://files.example.net/x/", server)


def test_publish_share_and_sync_log_in_with_their_first_request(example_plan, tmp_path, server, monkeypatch):
    """No request goes out without the login for the server's 401 to name the scheme: that is a
    round trip more for each publish, share, sync and team pull, and on Radicale a second more,
    as it answers every refused request after one (delay_on_error)."""
    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    for command in (["share", str(plan_file), "--server", server.url, "--user", server.USER], ["sync", str(plan_file)]):
        monkeypatch.setattr("sys.stdin", io.StringIO(server.PASSWORD + "\n"))
        assert main([*command, "--name", "Ana", "--password-stdin"]) == EXIT_OK
    assert server.requests("PUT") > 0 and server.requests("REPORT") > 0  # (published, shared, synced)
    assert server.refused() == 0


def test_a_server_that_takes_digest_logins_only_is_still_reached(digest_server):
    """Basic goes with the first request; a server that asks for Digest instead gets it from its
    first challenge on, and a wrong password there is said as anywhere."""
    client, home = connect(digest_server.url, digest_server.USER, digest_server.PASSWORD)
    body = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nEND:VCALENDAR\r\n"
    outcome, etag = dav.put(client, home + "plan.ics", body, None)
    assert outcome is dav.Outcome.DONE and etag
    assert dav.get(client, home + "plan.ics").data.splitlines() == body.splitlines()  # type: ignore[union-attr]
    assert digest_server.answers()[:2] == ["PROPFIND 401", "PROPFIND 207"]  # the challenge, then Digest
    assert not any(answer.endswith(" 401") for answer in digest_server.answers()[2:])
    client.close()
    with pytest.raises(PublishError, match="the user name or password was not accepted"):
        connect(digest_server.url, digest_server.USER, "wrong")


@pytest.mark.parametrize(
    ("url", "user", "said"),
    [
        ("", "ana", "no server given: give its address, like https://cloud.example.org/remote.php/dav"),
        ("cloud.example.org", "ana",
         "'cloud.example.org' is not a server address; give one like https://cloud.example.org/remote.php/dav"),
        ("http://cloud.example.org/dav", "ana",
         "http://cloud.example.org/dav: not encrypted (http://); use https:// so the password is not sent in clear"),
        ("https://cloud.example.org/dav", " ", "no user given: name the account to log in to cloud.example.org as"),
        # A bracket left open, a host that is not one, a port that is no port, a space, a %:
        # the first two were a ValueError's traceback; the others the network's "name not known".
        *[(url, "ana", f"{url!r} is not a server address; give one like https://cloud.example.org/remote.php/dav")
          for url in ("http://[::1", "https://[cloud]/dav", "https://cloud.example.org:99999/dav",
                      "https://cloud.example.org:5232x/", "https://cloud example.org/", "https://cloud%2eorg/")],
    ],
)  # fmt: skip
def test_a_server_or_user_that_cannot_work_is_said_before_the_keyring_is_asked(example_plan, tmp_path, monkeypatch,
                                                                               capsys, url, user, said):  # fmt: skip
    """No server was the keyring's "not available" (or the password of "@" asked for); no user,
    the server refusing a login for nobody. The command says why, as the app's dialogs do."""
    from planner.publish import secrets

    monkeypatch.setattr(secrets, "keyring_password", lambda *a: pytest.fail("the keyring asked"))
    monkeypatch.setattr(secrets, "keep_password", lambda *a: pytest.fail("the keyring asked"))
    for given in (None, "pw"):
        with pytest.raises(PublishError) as raised:
            server_password(url, user, given, store=True)
        assert str(raised.value) == said
    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    assert main(["publish", str(plan_file), "--server", url, "--user", user]) == EXIT_ERROR
    assert capsys.readouterr().err == f"planner: {said}\n"
    assert load_document(plan_file)[1].tokens == {}  # (nobody given a link for it)


def test_a_calendar_removed_on_the_server_is_made_again(example_plan, tmp_path, server, monkeypatch):
    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    assert _publish(plan_file, server, monkeypatch, "--only", "media") == EXIT_OK
    client, home = connect(server.url, server.USER, server.PASSWORD)
    assert client.request(f"{home}media/", "DELETE", "", {}).status in (200, 204)
    _plan, records = load_document(plan_file)
    window = example_plan.days[0].windows[0]
    later = put_window(example_plan, dataclasses.replace(window, start=window.start + timedelta(hours=1)))
    save_any(later, plan_file, records)
    assert _publish(plan_file, server, monkeypatch, "--only", "media") == EXIT_OK
    assert set(_server_events(server, "media")) == {f"{w.id}.{example_plan.id}@planner" for w in example_plan.windows()}


def test_a_calendar_deleted_on_the_server_by_hand_is_made_again_though_nothing_in_it_changed(
    example_plan, tmp_path, server, monkeypatch, capsys
):
    """Someone tidied the server and deleted the media calendar. Each publish after, nothing of
    it changed here, said "273 unchanged" and left it gone: every journalist's subscription
    answered 404, for good. Now a publish lists the calendar home once an hour (a campaign's
    2,469 calendars take Radicale ~0.6 s to list), and one that finds it gone makes it again
    at its address, with its events, and says so."""
    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK  # (the home listed: all there)
    media = set(_server_events(server, "media"))
    client, home = connect(server.url, server.USER, server.PASSWORD)
    assert client.request(f"{home}media/", "DELETE", "", {}).status in (200, 204)
    capsys.readouterr()
    finding = server.requests("PROPFIND")
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK  # within the hour: not listed
    finding = server.requests("PROPFIND") - finding  # (the calendar home found: all it asked)
    assert "0 events sent" in capsys.readouterr().out and not _server_events_or_none(server, "media")
    monkeypatch.setattr("planner.sync.publishing.LIST_HOME_EVERY", timedelta(0))  # (an hour later)
    asked = server.requests("PROPFIND")
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    assert server.requests("PROPFIND") - asked == finding + 2  # the home listed; the one it lacks asked
    out, err = capsys.readouterr()
    assert f": {len(media)} events sent, 0 deleted, " in out
    assert err == "note  Hunger strike for mental health care — Kaiser LA — media availability: deleted on the " \
                  "server; made again, at its address, with all its events\n"  # fmt: skip
    assert set(_server_events(server, "media")) == media
    name = next(c for c in server.client().principal().calendars() if c.url.path.rstrip("/").endswith("/media"))
    assert name.get_display_name() == "Hunger strike for mental health care — Kaiser LA — media availability"
    put = server.requests("PUT")
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    assert server.requests("PUT") == put and "0 events sent" in capsys.readouterr().out


def test_an_event_deleted_on_the_server_by_hand_is_put_again_by_the_daily_check_though_nothing_of_it_changed(
    example_plan, tmp_path, server, monkeypatch, capsys
):
    """Someone deleted a media window and a shift from the publishing account's calendar app.
    Nothing of either changed here, so each publish after said "0 events sent" and left them
    gone: every journalist and volunteer subscribed lacked them for good. Now a publish lists
    each calendar's events once a day, or when asked (`--check`): ours gone are put again, and
    said; one gone that the plan no longer has (removed here meanwhile) is only recorded."""
    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    window, shift, removed = example_plan.days[1].windows[0], example_plan.shifts[0], example_plan.shifts[1]
    window_uid = f"{window.id}.{example_plan.id}@planner"
    shift_uids = [uid for uid in _server_events(server, "volunteers") if uid.startswith((shift.id, removed.id))]
    server.delete_event("media", window_uid)
    for uid in shift_uids:
        server.delete_event("volunteers", uid)
    capsys.readouterr()
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK  # (within the day: not looked for)
    assert "0 events sent" in capsys.readouterr().out and window_uid not in _server_events(server, "media")
    _plan, records = load_document(plan_file)
    save_any(remove_items(example_plan, [removed.id]), plan_file, records)
    listings = server.requests("PROPFIND", "/media/")
    assert _publish(plan_file, server, monkeypatch, "--check") == EXIT_OK
    assert server.requests("PROPFIND", "/media/") - listings == 1  # (its events listed)
    out, err = capsys.readouterr()
    put_again = [uid for uid in shift_uids if uid.startswith(shift.id)]
    assert f"{1 + len(put_again)} events sent" in out and "conflict" not in err
    assert (f"note  Media availability: {example_plan.title}, 2025-04-08 10:00 (media/{window_uid}): deleted on "
            "the server since it was published; put again") in err  # fmt: skip
    assert err.count("deleted on the server since it was published; put again") == 1 + len(put_again)
    assert window_uid in _server_events(server, "media")
    assert {uid for uid in _server_events(server, "volunteers") if uid.startswith((shift.id, removed.id))} == set(
        put_again
    )
    published = load_document(plan_file)[1].published  # (the removed shift's: recorded as gone, as they are)
    assert all(published[("volunteers", uid)].deleted for uid in shift_uids if uid.startswith(removed.id))
    server.delete_event("media", window_uid)
    put, listings = server.requests("PUT"), server.requests("PROPFIND", "/media/")
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK  # (checked: not again that day)
    assert server.requests("PROPFIND", "/media/") == listings and server.requests("PUT") == put
    monkeypatch.setattr("planner.sync.publishing.CHECK_EVENTS_EVERY", timedelta(0))  # (a day later)
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    assert server.requests("PUT") == put + 1 and window_uid in _server_events(server, "media")
    assert "1 event sent" in capsys.readouterr().out


def _server_events_or_none(server, collection: str) -> dict[str, str] | None:
    try:
        return _server_events(server, collection)
    except Exception as exc:  # (the caldav library's NotFoundError)
        assert type(exc).__name__ == "NotFoundError", exc
        return None


def test_links_lists_each_published_calendar_with_its_subscription_urls(example_plan, tmp_path, server, monkeypatch,
                                                                        capsys):  # fmt: skip
    import csv

    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    assert main(["links", str(plan_file)]) == EXIT_OK and "nothing published yet" in capsys.readouterr().out
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    capsys.readouterr()
    assert main(["links", str(plan_file), "--out", str(tmp_path / "links.csv")]) == EXIT_OK
    rows = list(csv.DictReader(io.StringIO((tmp_path / "links.csv").read_text(encoding="utf-8-sig"))))
    by_name = {row["calendar"]: row for row in rows}
    assert by_name["media"]["for"] == "press" and by_name["media"]["url"] == f"{server.url}{server.USER}/media/"
    assert by_name["media"]["webcal"] == f"webcal://127.0.0.1:{server.port}/{server.USER}/media/"
    _plan, records = load_document(plan_file)
    ana = next(p for p in example_plan.people if p.name == "Ana Morales, LCSW")
    ana_calendar = f"person-{records.tokens[ana.id].token}"
    assert by_name[ana_calendar]["for"] == "Ana Morales, LCSW"
    assert by_name[ana_calendar]["url"] == person_link(ana, records) == f"{server.url}{server.USER}/{ana_calendar}/"
    assert by_name["role-safety-marshal"]["for"] == "Safety marshal volunteers"
    # Subscribing is fetching the collection: it answers with the events we put there.
    client = server.client()
    assert client.request(by_name["media"]["url"], "PROPFIND", "", {"Depth": "1"}).status == 207


def test_publishing_some_feeds_leaves_the_others_on_the_server(example_plan, tmp_path, server, monkeypatch):
    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    volunteers = _server_events(server, "volunteers")
    assert _publish(plan_file, server, monkeypatch, "--only", "media") == EXIT_OK
    assert server.requests("DELETE") == 0 and _server_events(server, "volunteers").keys() == volunteers.keys()


def test_each_person_calendar_has_an_unguessable_link_and_a_new_one_revokes_the_old(example_plan, tmp_path, server,
                                                                                      monkeypatch, capsys):  # fmt: skip
    from planner.publish.links import rotated

    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    _plan, records = load_document(plan_file)
    tokens = {t.token for t in records.tokens.values()}
    assert len(tokens) == len(example_plan.people)  # everyone has one, and no two alike
    assert all(len(t) == 32 and int(t, 16) >= 0 for t in tokens)  # 128 random bits, hex
    people = {c for c, _uid in records.published if c.startswith("person-")}
    assert people and all(c.removeprefix("person-") in tokens for c in people)
    assert not any(p.name.split()[0].lower() in c for p in example_plan.people for c in people)  # no names

    grace = next(p for p in example_plan.people if p.name == "Grace Kim")
    old = person_link(grace, records)
    client = server.client()
    assert old is not None and client.request(old, "GET").status == 200
    save_any(example_plan, plan_file, rotated(records, grace.id, datetime.now(UTC)))
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    _plan, records = load_document(plan_file)
    new = person_link(grace, records)
    assert new is not None and new != old
    assert client.request(old, "GET").status == 404  # revoked: the old address no longer answers
    assert b"Grace Kim" in client.request(new, "GET")._raw
    assert server.requests("DELETE") == 1  # the old calendar, whole, in one request
    capsys.readouterr()
    assert main(["links", str(plan_file)]) == EXIT_OK
    listed = capsys.readouterr().out
    assert new in listed and old not in listed


def test_a_long_uid_folded_across_lines_is_read_whole():
    uid = "shift-" + "x" * 80 + ".a-very-long-plan-id@planner"
    data = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nX-WR-CALDESC:VERSION: not this one\r\n"
            b"BEGIN:VEVENT\r\nUID:" + uid[:60].encode() + b"\r\n " + uid[60:].encode() + b"\r\nSUMMARY:x\r\n"
            b"END:VEVENT\r\nEND:VCALENDAR\r\n")  # fmt: skip
    head, zone, events = split_calendar(data)
    assert head == b"VERSION:2.0\r\nPRODID:-//t//EN\r\n" and zone == b""
    assert [u for u, _event in events] == [uid]


def test_the_daily_check_takes_an_etag_said_otherwise_for_the_same_and_finds_those_changed_or_gone():
    """Servers differ in how they say an ETag where (weak or strong, with or without quotes):
    taken as changed, every event would be put again each day (a campaign's 100,000)."""
    from planner.domain.records import PublishedEvent
    from planner.publish.caldav import _changed_there

    url = "https://cloud.example.org/dav/calendars/ana/media/"
    said = {"same": '"abc"', "weak": 'W/"abc"', "bare": "abc", "unsaid": "", "edited": '"abd"'}
    listing = "".join(
        f"<D:response><D:href>/dav/calendars/ana/media/{uid}.ics</D:href><D:propstat><D:prop>"
        f"<D:getetag>{etag}</D:getetag></D:prop></D:propstat></D:response>"
        for uid, etag in said.items()
    )
    answer = types.SimpleNamespace(status=207, _raw=f'<D:multistatus xmlns:D="DAV:">{listing}</D:multistatus>')
    client = types.SimpleNamespace(request=lambda *a: answer)
    mine = {uid: PublishedEvent(f"{url}{uid}.ics", '"abc"', "f", NOW) for uid in [*said, "gone"]}
    mine["was-deleted"] = PublishedEvent(f"{url}was-deleted.ics", "", "", NOW)
    assert _changed_there(client, url, mine) == ({"gone"}, {"edited"})  # fmt: skip


def test_a_server_that_stops_answering_mid_publish_is_one_clear_error(example_plan, tmp_path, server, monkeypatch,
                                                                      capsys):  # fmt: skip
    """The network or the server going away in the middle is said in one line (what was put
    is recorded as it went, and the next publish finishes), not as the HTTP stack's traceback."""
    from planner.publish import caldav

    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    real_connect = caldav.connect

    def connect_then_stop(*args):
        client, home = real_connect(*args)
        server.stop()  # (after the calendar home is found: the publish's requests meet no server)
        return client, home

    monkeypatch.setattr(caldav, "connect", connect_then_stop)
    capsys.readouterr()
    assert _publish(plan_file, server, monkeypatch) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "the server stopped answering (connection refused)" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_a_server_that_is_not_there_is_said_in_a_few_words(tmp_path):
    """Not the HTTP stack's chain of errors: the network's own reason."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # (closed again: nobody listens there)
    with pytest.raises(PublishError) as raised:
        connect(f"http://127.0.0.1:{port}/", "u", "p")
    assert str(raised.value) == f"http://127.0.0.1:{port}/: not reachable as a CalDAV server (connection refused)"


def test_a_networks_sign_in_page_where_the_server_should_be_is_said_and_nothing_counts_as_sent(
    example_plan, tmp_path, capsys, monkeypatch
):
    """Hotel or conference Wi-Fi answers every request with its sign-in page and a 200, which
    the CalDAV library took for success: `planner publish` said "278 events sent" and recorded
    them as on the server (so the next publish, signed in, would have sent none of them), and
    `planner share` linked the file to a plan no server holds. Each now says what it met, in
    one line; nothing is recorded, nothing linked. An answer that is not even XML (a broken
    proxy), and a server not there at all, were a traceback from `planner clone`."""
    from tests.servers import Portal

    (tmp_path / "portal").mkdir()
    portal = Portal(tmp_path / "portal").start()
    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    sign_in = (f"planner: {portal.url}: answered with a web page, not as a calendar server: check the address "
               "(Nextcloud's ends in /remote.php/dav); on a network that asks you to sign in first (hotel or "
               "conference Wi-Fi), open any web page to do so, then try again\n")  # fmt: skip
    try:
        capsys.readouterr()
        assert _publish(plan_file, portal, monkeypatch) == EXIT_ERROR
        assert capsys.readouterr().err == sign_in
        assert load_document(plan_file)[1].published == {}
        monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
        assert main(["share", str(plan_file), "--server", portal.url, "--user", "u", "--password-stdin"]) == EXIT_ERROR
        assert capsys.readouterr().err == sign_in and load_sync(plan_file) is None
        monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
        copy = tmp_path / "copy.planner"
        assert main(["clone", portal.url + "u/planner-x/", str(copy), "--user", "u", "--password-stdin"]) == EXIT_ERROR
        assert capsys.readouterr().err == sign_in and not copy.exists()
    finally:
        portal.stop()
    (tmp_path / "proxy").mkdir()
    proxy = Portal(tmp_path / "proxy", page=b"<?xml version='1.0'?><D:multistatus xmlns:D='DAV:'><D:resp",
                   content_type="text/xml").start()  # fmt: skip
    try:
        monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
        assert main(["clone", proxy.url + "u/planner-x/", str(copy), "--user", "u", "--password-stdin"]) == EXIT_ERROR
        assert capsys.readouterr().err == f"planner: {proxy.url}u/planner-x/: the server's answer is not WebDAV XML\n"
        assert _publish(plan_file, proxy, monkeypatch) == EXIT_ERROR
        assert capsys.readouterr().err == f"planner: {proxy.url}: the server's answer is not WebDAV XML\n"
    finally:
        proxy.stop()
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    assert main(["clone", proxy.url + "u/planner-x/", str(copy), "--user", "u", "--password-stdin"]) == EXIT_ERROR
    assert capsys.readouterr().err == f"planner: {proxy.url}: cannot connect (connection refused)\n"


@pytest.mark.parametrize(
    ("status", "said"),
    [
        (500, "not reachable as a CalDAV server (it answered 500 Internal Server Error)"),
        (404, "not reachable as a CalDAV server (it answered 404 Not Found)"),
        (405, "not reachable as a CalDAV server (it answered 405 Method Not Allowed)"),
        (403, "the server refused this account (403 Forbidden): check the user name and the address"),
    ],
)
def test_a_server_answering_with_an_error_is_said_by_its_answer(example_plan, tmp_path, capsys, monkeypatch,
                                                                status, said):  # fmt: skip
    """A server in trouble, or an address that is not a calendar server's, was said in the
    library's words: "not reachable as a CalDAV server (PropfindError at '500 Internal Server
    Error Internal error', reason no reason)"; a 403 (logged in, not let in) as a wrong
    password. Now as the server answered, in one line, publishing and sharing alike."""
    from tests.servers import Portal

    (tmp_path / "server").mkdir()
    failing = Portal(tmp_path / "server", page=b"Internal error", content_type="text/plain", status=status).start()
    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    try:
        capsys.readouterr()
        assert _publish(plan_file, failing, monkeypatch) == EXIT_ERROR
        assert capsys.readouterr().err == f"planner: {failing.url}: {said}\n"
        monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
        assert main(["share", str(plan_file), "--server", failing.url, "--user", "u", "--password-stdin"]) == EXIT_ERROR
        assert capsys.readouterr().err == f"planner: {failing.url}: {said}\n"
    finally:
        failing.stop()
    assert load_document(plan_file)[1].published == {} and load_sync(plan_file) is None


@pytest.mark.parametrize("redirect", ["301 Moved Permanently", "302 Found"])
def test_a_web_apps_own_address_finds_its_calendar_server_where_its_well_known_address_points(
    example_plan, tmp_path, monkeypatch, capsys, redirect
):
    """An organizer gives Nextcloud's address (https://cloud.example.org), not its calendar
    server's (…/remote.php/dav): that was "answered with a web page … check the address". Now,
    as RFC 6764 asks of a client given a bare address, Planner asks where its
    /.well-known/caldav points and uses that — after a 302 too, which the HTTP library
    would have followed as a GET, getting the web page again. Publishing and sharing alike;
    the events land in the calendar server's home, where a second client finds them; a wrong
    password is said as the calendar server says it."""
    from tests.servers import WebApp

    (tmp_path / "cloud").mkdir()
    cloud = WebApp(tmp_path / "cloud", redirect).start()
    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    try:
        capsys.readouterr()
        monkeypatch.setattr("sys.stdin", io.StringIO("wrong\n"))
        assert main(["publish", str(plan_file), "--server", cloud.url, "--user", cloud.USER, "--password-stdin"]) == 2
        assert capsys.readouterr().err == f"planner: {cloud.url}: the user name or password was not accepted\n"
        assert _publish(plan_file, cloud, monkeypatch) == EXIT_OK
        assert capsys.readouterr().out.endswith(f" under {cloud.url}dav/organizer/\n")
        calendar = cloud.client(cloud.url + "dav/").principal().calendar(cal_id="media")
        assert len(calendar.events()) == len(list(example_plan.windows()))
        monkeypatch.setattr("sys.stdin", io.StringIO(cloud.PASSWORD + "\n"))
        assert main(["share", str(plan_file), "--server", cloud.url, "--user", cloud.USER, "--password-stdin"]) == 0
        assert load_sync(plan_file).url.startswith(f"{cloud.url}dav/organizer/planner-")  # type: ignore[union-attr]
    finally:
        cloud.stop()


def test_an_event_too_large_for_the_server_is_said_and_the_rest_published(example_plan, tmp_path, monkeypatch,
                                                                          capsys):  # fmt: skip
    """A server that takes events up to a size (Radicale's max_content_length; it answers a
    larger one with 412, as if something were there) had each organizer's window, whose
    description holds its whole rotation, reported as "already on the server, not from this
    plan", which nothing was (and an event published, then grown over it, as "changed on the
    server since it was published", which it was not). Now each is said as too large, with
    the size the server takes (its CALDAV:max-resource-size); the rest is published, and the
    next publish tries those again, and only those."""
    from tests.servers import Radicale

    small = Radicale(tmp_path / "small", max_content_length=3000)  # (events up to 2,400 bytes)
    small.folder.mkdir()
    small.start()
    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    try:
        capsys.readouterr()
        assert _publish(plan_file, small, monkeypatch) == EXIT_WARNINGS
        out, err = capsys.readouterr()
        lines = err.splitlines()
        windows = [f"organizer/{window.id}.{example_plan.id}@planner" for window in example_plan.windows()]
        assert len(lines) == len(windows) == 5
        for line, window in zip(lines, windows, strict=True):
            said = (rf"refused  Media availability: .*, 2025-04-\d\d \d\d:00 \({re.escape(window)}\): "
                    r"too large for the server \(\d+ bytes; it takes at most 2400\): ")  # fmt: skip
            assert re.fullmatch(said + "shorten its notes or description", line), line
        organizer = _server_events(small, "organizer")
        assert organizer and set(organizer).isdisjoint(window.split("/", 1)[1] for window in windows)
        assert len(_server_events(small, "media")) == len(windows)  # (the press's own: smaller)
        assert int(re.search(r": (\d+) events sent", out)[1]) == small.requests("PUT", ".ics") - len(windows)
        puts = small.requests("PUT")
        assert _publish(plan_file, small, monkeypatch) == EXIT_WARNINGS
        assert capsys.readouterr().err.splitlines() == lines  # said again, tried again
        assert small.requests("PUT") - puts == len(windows)  # those alone

        # A shift published, then grown over the limit: not "changed on the server" (it was not).
        plan, records = load_document(plan_file)
        shift = plan.shifts[0]
        shift_role = next(role.name for role in plan.roles if role.id == shift.role_id)
        save_any(put_item(plan, dataclasses.replace(shift, notes="Bring water. " * 60)), plan_file, records)
        assert _publish(plan_file, small, monkeypatch) == EXIT_WARNINGS
        grown = [line for line in capsys.readouterr().err.splitlines() if line not in lines]
        assert grown and all(line.startswith(f"refused  {shift_role}: {plan.title}, 2025-04-07 07:00 (")
                             and f"/{shift.id}." in line and "too large" in line for line in grown)  # fmt: skip
        assert "Bring water" not in _server_events(small, "volunteers")[f"{shift.id}.{plan.id}@planner"]
    finally:
        small.stop()


def test_what_was_published_to_another_server_is_left_there(example_plan, tmp_path, server, monkeypatch):
    """Publishing to a new server (the office's laptop, then a hosted one): every event goes to
    the new one; the old one gets no request (its copies were the last publish's to it)."""
    from tests.servers import Radicale

    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    first = server.requests("PUT")
    other = Radicale(tmp_path / "other")
    other.folder.mkdir()
    other.start()
    try:
        assert _publish(plan_file, other, monkeypatch) == EXIT_OK
        assert other.requests("PUT") == first  # everything, to the new one
        assert server.requests("PUT") == first and server.requests("DELETE") == 0
        assert set(_server_events(other, "media")) == set(_server_events(server, "media"))
    finally:
        other.stop()


def test_the_usual_network_reasons_are_said_in_our_words_and_others_in_the_systems():
    """Ours are translated in the app (a Spanish organizer reads "conexión rechazada")."""
    import errno
    import socket

    from planner.publish.network import short_reason

    wrapped = RuntimeError("HTTPConnectionPool(host='x', port=1): Max retries exceeded")
    wrapped.__cause__ = ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused")
    assert str(short_reason(wrapped)) == "connection refused"
    unknown = socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    assert str(short_reason(unknown)) == "the server's name is not known"
    assert str(short_reason(TimeoutError("read timed out"))) == "timed out"
    assert str(short_reason(OSError(errno.EPIPE, "Broken pipe"))) == "Broken pipe"
    assert str(short_reason(ValueError("x" * 300))) == "x" * 159 + "…"


def test_a_server_may_be_named_by_any_host_name_or_ip_address_but_not_by_an_address_of_another_kind():
    from planner.publish.network import host_name_like

    for host in ("localhost", "192.168.1.20", "::1", "fe80::1", "correo.exämple.org", "smtp_relay.office",
                 "SMTP.Example.ORG"):  # fmt: skip
        assert host_name_like(host), host
    for host in ("", " ", "smtp.example.org:587", "https://x", "a@b.org", "a b", "[::1]", "x\ty", "x\x00", "1::2::3"):
        assert not host_name_like(host), host


def test_a_calendar_on_the_server_is_renamed_with_its_plan_and_a_publish_with_nothing_new_asks_nothing(
    example_plan, tmp_path, server, monkeypatch, capsys
):
    """A calendar made before keeps the name it was made with unless it is changed: a subscribed
    calendar app shows the server's. The plan's title and language changed, a volunteer
    renamed: the calendars their feeds are in are renamed and described anew (as a second
    client reads them, and as the .ics a subscriber gets says: X-WR-CALNAME); a publish with
    nothing new asks the server nothing of them."""
    import vobject

    from planner.domain.edits import put_person, set_details

    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK  # (the home listed: once an hour)
    finding = server.requests("PROPFIND")
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK  # nothing new
    finding = server.requests("PROPFIND") - finding  # (the calendar home found: all it asked)
    asked = server.requests("PROPFIND")
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    assert server.requests("PROPFIND") - asked == finding and server.requests("PROPPATCH") == 0

    plan, records = load_document(plan_file)
    grace = next(p for p in plan.people if p.name == "Grace Kim")
    spanish = set_details(plan, "Huelga de hambre", plan.organization, "Cinco días.", plan.timezone,
                          plan.press_contact, "es")  # fmt: skip
    save_any(put_person(spanish, dataclasses.replace(grace, name="Grace Kim-Park", languages=())), plan_file, records)
    capsys.readouterr()
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    said = capsys.readouterr()
    assert "in 23 calendars (23 renamed) under" in said.out and "old name" not in said.err
    client = server.client()
    calendars = {c.url.path.rstrip("/").rsplit("/", 1)[-1]: c for c in client.principal().calendars()}
    assert calendars["media"].get_display_name() == "Huelga de hambre — disponibilidad para la prensa"
    assert calendars["volunteers"].get_display_name() == "Huelga de hambre — turnos de voluntariado"
    _plan, records = load_document(plan_file)
    theirs = calendars[f"person-{records.tokens[grace.id].token}"]
    assert theirs.get_display_name() == "Huelga de hambre — Grace Kim-Park"
    subscribed = vobject.readOne(client.request(str(calendars["organizer"].url), "GET")._raw.decode())
    assert subscribed.x_wr_calname.value == "Huelga de hambre — equipo organizador (privado)"
    assert subscribed.x_wr_caldesc.value == "Todo el plan, con los contactos. Cinco días."
    renamed = server.requests("PROPPATCH")
    assert renamed == len(calendars)  # each once (the title is in every name)
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    assert server.requests("PROPPATCH") == renamed
    # One volunteer renamed again: the few calendars made again are asked one by one.
    plan, records = load_document(plan_file)
    save_any(put_person(plan, dataclasses.replace(plan.people_by_id[grace.id], name="Grace Park")), plan_file, records)
    asked = server.requests("PROPFIND")
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    assert server.requests("PROPFIND") - asked - finding == 1  # theirs alone: the others' names are as recorded
    assert server.requests("PROPPATCH") == renamed + 1
    again = {c.url.path.rstrip("/").rsplit("/", 1)[-1]: c for c in client.principal().calendars()}  # (not cached)
    assert again[f"person-{records.tokens[grace.id].token}"].get_display_name() == "Huelga de hambre — Grace Park"


def test_a_publish_after_an_edit_asks_no_calendar_its_name_the_last_publish_gave_it(
    example_plan, tmp_path, server, monkeypatch
):
    """The record of a publish keeps the name and description each calendar was left with
    (FeedExport.calendars, in the plan file): after a shift moved, the calendars its events are
    in (the volunteers', its role's, its people's, the organizers') are not asked their names
    again — a request each, to a server that may be across the internet."""
    from planner.domain.edits import move_item
    from planner.storage.document import load_feed_exports

    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    [record] = load_feed_exports(plan_file, example_plan.id)
    client = server.client()
    calendars = {c.url.path.rstrip("/").rsplit("/", 1)[-1] for c in client.principal().calendars()}
    assert set(record.calendars) == calendars  # each made with its name: recorded as such
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK  # (the home listed: once an hour)
    finding = server.requests("PROPFIND")
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK  # nothing new
    finding = server.requests("PROPFIND") - finding  # (the calendar home found: all it asked)

    plan, records = load_document(plan_file)
    shift = next(s for s in plan.shifts if len(s.person_ids) > 1)
    save_any(move_item(plan, shift.id, shift.start + timedelta(hours=1)), plan_file, records)
    asked, put = server.requests("PROPFIND"), server.requests("PUT")
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    assert server.requests("PUT") - put >= 2 + len(shift.person_ids)  # (its calendars: sent to)
    assert server.requests("PROPFIND") - asked == finding and server.requests("PROPPATCH") == 0
    [again] = load_feed_exports(plan_file, example_plan.id)
    assert again.calendars == record.calendars


def test_a_server_that_keeps_a_calendars_old_name_is_said_and_the_publish_goes_on():
    from planner.publish.caldav import PublishReport

    class Refusing:
        def request(self, url, method="GET", body="", headers=None):
            found = (b'<?xml version="1.0"?><D:multistatus xmlns:D="DAV:"><D:response><D:href>/u/media/</D:href>'
                     b"<D:propstat><D:prop><D:displayname>Old</D:displayname></D:prop>"
                     b"<D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response></D:multistatus>")  # fmt: skip
            refused = found.replace(b"200 OK", b"403 Forbidden")
            return types.SimpleNamespace(status=207, headers={}, _raw=found if method == "PROPFIND" else refused)

    report = PublishReport()
    data = b"BEGIN:VCALENDAR\r\nX-WR-CALNAME:New\r\nX-WR-CALDESC:About\r\nEND:VCALENDAR\r\n"
    _Names(Refusing(), "https://dav.example.org/u/", ["media"]).keep_up("https://dav.example.org/u/media/", data,
                                                                        report)  # fmt: skip
    # A note, not a conflict: the publish is complete, recorded as such (the next is carried).
    assert [str(line) for line in report.notes] == ["New: the server kept its old name and description (207)"]
    assert not report.conflicts and report.renamed == 0


def test_publish_share_sync_and_clone_leave_no_connection_open(example_plan, tmp_path, lasting_server, monkeypatch):
    """On a server that keeps connections open, as hosted ones do, each command's is closed when
    it is done, not left to the server's time-out or Python's garbage collector."""
    server = lasting_server
    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    assert server.connections_here() == []
    url = None
    for command in (["share", str(plan_file), "--server", server.url, "--user", server.USER], ["sync", str(plan_file)],
                    ["clone", "URL", str(tmp_path / "ben.planner"), "--user", server.USER]):  # fmt: skip
        if url is None and command[0] == "clone":
            url = load_sync(plan_file).url  # type: ignore[union-attr]
        monkeypatch.setattr("sys.stdin", io.StringIO(server.PASSWORD + "\n"))
        assert main([*(url if part == "URL" else part for part in command), "--name", "Ana", "--password-stdin"]) == 0
        assert server.connections_here() == [], command[0]
    # A shared plan's release (as its send: the team's server from the pull before to the push after).
    monkeypatch.setattr("sys.stdin", io.StringIO(server.PASSWORD + "\n"))
    assert main(["release", str(plan_file), "--yes", "--team-password-stdin"]) == EXIT_OK
    assert server.connections_here() == [], "release"
    assert server.requests("PUT") > 0 and server.requests("REPORT") > 0  # (published, shared, synced, cloned)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_publish_share_and_clone_say_how_far_they_got_on_a_terminal_only(example_plan, tmp_path, server,
                                                                         monkeypatch, capsys):  # fmt: skip
    """A campaign's first publish or share takes minutes: on a terminal, one line on stderr
    says how far it got, said again in place and cleared at the end; a script's log (no
    terminal) gets the outcome alone."""
    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    terminal, captured = _Terminal(), sys.stderr
    monkeypatch.setattr("sys.stderr", terminal)
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    said = terminal.getvalue()
    assert said.startswith("\r\x1b[Kpublishing calendar 1 of ") and said.endswith("\r\x1b[K")
    assert said.split("\r\x1b[K")[1].endswith(": 0 events sent so far")
    monkeypatch.setattr("sys.stdin", io.StringIO(server.PASSWORD + "\n"))
    terminal.seek(0)
    terminal.truncate()
    assert main(["share", str(plan_file), "--server", server.url, "--user", server.USER, "--password-stdin"]) == 0
    assert terminal.getvalue().startswith("\r\x1b[Ksharing: 0 of ") and terminal.getvalue().endswith("\r\x1b[K")
    monkeypatch.setattr("sys.stdin", io.StringIO(server.PASSWORD + "\n"))
    terminal.seek(0)
    terminal.truncate()
    url = load_sync(plan_file).url  # type: ignore[union-attr]
    assert main(["clone", url, str(tmp_path / "ben.planner"), "--user", server.USER, "--password-stdin"]) == 0
    assert terminal.getvalue().startswith("\r\x1b[Kcopying: 0 of ") and terminal.getvalue().endswith("\r\x1b[K")

    monkeypatch.setattr("sys.stderr", captured)  # (no terminal: capsys's)
    plan, records = load_document(plan_file)
    save_any(retime_item(plan, plan.shifts[0].id, plan.shifts[0].start, plan.shifts[0].end + timedelta(minutes=30)),
             plan_file, records)  # fmt: skip
    capsys.readouterr()
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    assert capsys.readouterr().err == ""
