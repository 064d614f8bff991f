"""A new process publishing again: the plan file records what the last publish to a calendar
server was made from, so the next makes and compares only the events of what changed since,
taking the rest as the server holds them — while the plan file's record of that server is as
that publish left it."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

import pytest

from planner.cli import EXIT_OK, EXIT_WARNINGS
from planner.domain.records import FeedExport, Records
from planner.ical import feeds as ical_feeds
from planner.publish.caldav import PublishReport, connect, publish_plan
from planner.publish.feeds import Feeds, LastPublish, make_feeds, publish_record
from planner.publish.links import with_tokens
from planner.storage import load_document, load_last_export, save_any
from tests.publish.test_caldav import _publish, _server_events
from tests.publish.test_feeds import EDITS, _edits

APRIL_1 = datetime(2025, 4, 1, tzinfo=UTC)
LATER = datetime(2025, 4, 2, tzinfo=UTC)
HOME = "https://calendar.example.org/dav/organizer/"


@dataclass
class Answer:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    _raw: bytes = b""


class MemoryServer:
    """The calendar server a publish needs, in memory, every write request kept: collections
    (PROPFIND, MKCALENDAR) with their names and descriptions (PROPPATCH), and resources with
    ETags honouring If-Match and If-None-Match. Two copies of one answer a publish alike: the
    same ETags for the same requests."""

    def __init__(self) -> None:
        self.collections: set[str] = set()
        self.names: dict[str, tuple[str, str]] = {}  # collection -> (display name, description)
        self.resources: dict[str, tuple[str, str]] = {}  # href -> (body, ETag)
        self.writes: list[tuple[str, str, str]] = []  # (method, href, body)
        self.asked: list[str] = []  # the collections PROPFIND was sent to
        self.etags = 0

    def request(self, url: str, method: str = "GET", body: str = "", headers=None) -> Answer:
        headers = headers or {}
        if method == "PROPFIND":
            self.asked.append(url)
            if "displayname" not in body:  # (is it there?)
                return Answer(207 if url in self.collections else 404)
            depth_1 = (headers or {}).get("Depth") == "1"
            found = [c for c in self.collections if (c.startswith(url) if depth_1 else c == url)]
            return Answer(207, {}, _multistatus({c: self.names[c] for c in found}).encode())
        if method != "GET":
            self.writes.append((method, url, body))
        if method in ("MKCALENDAR", "PROPPATCH"):
            self.collections.add(url)
            self.names[url] = _said(body, "displayname"), _said(body, "calendar-description")
            return Answer(201) if method == "MKCALENDAR" else Answer(200)
        held = self.resources.get(url)
        if method == "GET":
            return Answer(200, {"ETag": held[1]}, held[0].encode()) if held else Answer(404)
        if url.rsplit("/", 1)[0] + "/" not in self.collections:
            return Answer(409)
        if "If-Match" in headers and (held is None or held[1] != headers["If-Match"]):
            return Answer(412)
        if headers.get("If-None-Match") == "*" and held is not None:
            return Answer(412)
        if method == "DELETE":
            self.resources.pop(url, None)
            return Answer(204)
        self.etags += 1
        self.resources[url] = (body, f'"{self.etags}"')
        return Answer(201, {"ETag": f'"{self.etags}"'})


def _said(body: str, prop: str) -> str:
    from xml.sax.saxutils import unescape

    return unescape(re.search(rf"<\w+:{prop}>(.*?)</\w+:{prop}>", body, re.S).group(1), {"&quot;": '"'})


def _multistatus(names: dict[str, tuple[str, str]]) -> str:
    from xml.sax.saxutils import escape

    responses = "".join(
        f"<D:response><D:href>{escape(url)}</D:href><D:propstat><D:prop><D:displayname>{escape(name)}"
        f"</D:displayname><C:calendar-description>{escape(about)}</C:calendar-description></D:prop>"
        "<D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>"
        for url, (name, about) in names.items()
    )
    return f'<D:multistatus xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">{responses}</D:multistatus>'


@dataclass
class Published:
    """What a publish left: the server, the plan file's records and its record of the publish."""

    server: MemoryServer
    records: Records
    report: PublishReport
    feeds: Feeds


def _publish_to(server: MemoryServer, plan, records: Records, now: datetime, last=None) -> Published:
    """A publish as `planner publish` makes it, to `server`: carried from `last` if given (made
    within the hour: the calendar home not listed)."""
    records = with_tokens(plan, records, now)
    carried = LastPublish(last, records) if last is not None else None
    feeds = make_feeds(plan, now, records.revisions, carried=carried, digested=True)
    records = records.with_revisions(feeds.revisions)
    kept: dict = {}
    report = publish_plan(plan, feeds, records.tokens, server, HOME, records.published, now, kept.update,
                          list_home=last is None)  # fmt: skip
    return Published(server, records.with_published(kept), report, feeds)


def _first(plan) -> tuple[Published, FeedExport]:
    first = _publish_to(MemoryServer(), plan, Records(), APRIL_1)
    assert not first.feeds.partial and first.report.sent and not first.report.conflicts
    return first, publish_record(HOME, first.feeds, first.records, first.report.named)


def _same_publishes(carried: Published, fresh: Published) -> None:
    assert carried.server.writes == fresh.server.writes  # (calendars renamed too)
    assert carried.server.resources == fresh.server.resources
    assert carried.server.names == fresh.server.names
    assert carried.records == fresh.records
    ours, theirs = carried.report, fresh.report
    assert (ours.sent, ours.deleted, ours.unchanged, ours.conflicts) == (
        theirs.sent,
        theirs.deleted,
        theirs.unchanged,
        theirs.conflicts,
    )
    assert publish_record(HOME, carried.feeds, carried.records, carried.report.named) == publish_record(
        HOME, fresh.feeds, fresh.records, fresh.report.named
    )


# Edits of the plan's details change what every event is made of; the others, of windows,
# turns, shifts, people, roles and places, only what the events of those items are made of.
DETAILS = {"the plan's title", "the press contact", "the time zone", "reminders", "the calendars' language"}
CARRIED = set(EDITS) - DETAILS
# A new person is given a link, a random token: two publishes would give them two.
LINKED = [edit for edit in EDITS if edit != "a new person"]


@pytest.mark.parametrize("edit", LINKED)
def test_a_publish_after_any_edit_sends_what_a_publish_comparing_every_event_sends(example_plan, edit):
    """Whatever the edit, taking the unchanged events as the server holds them (after an edit
    of items only) sends, deletes and records exactly what comparing every event does."""
    edited = _edits(example_plan)[edit]
    first, record = _first(example_plan)
    carried = _publish_to(copy.deepcopy(first.server), edited, first.records, LATER, last=record)
    fresh = _publish_to(copy.deepcopy(first.server), edited, first.records, LATER)
    assert carried.feeds.partial == (edit in CARRIED)  # (an edit of the plan's details: all made)
    assert carried.report.sent or carried.report.deleted
    _same_publishes(carried, fresh)


@pytest.mark.parametrize("assigned", [False, True], ids=["not yet on a shift", "on a shift"])
def test_a_person_added_given_a_link_leaves_the_publish_carried(example_plan, assigned):
    """A new person is given a link (a new token) at the next publish: the others' links, the
    names of the calendars the server holds, are as they were, so only the changed items'
    events are made, and what is sent is what comparing every event sends."""
    from planner.domain import edits

    first, record = _first(example_plan)
    volunteer = example_plan.people_by_id[example_plan.shifts[0].person_ids[0]]
    edited = edits.put_person(example_plan, replace(volunteer, id="per-new", name="New Person"))
    if assigned:
        edited = edits.assign_person(edited, example_plan.shifts[0].id, "per-new")
    linked = with_tokens(edited, first.records, LATER)  # (the same new token for both publishes)
    assert "per-new" in linked.tokens
    carried = _publish_to(copy.deepcopy(first.server), edited, linked, LATER, last=record)
    fresh = _publish_to(copy.deepcopy(first.server), edited, linked, LATER)
    assert carried.feeds.partial
    assert bool(carried.report.sent) == assigned
    _same_publishes(carried, fresh)


def test_a_chain_of_publishes_each_carried_from_the_last_stays_a_full_one(example_plan):
    from planner.domain import edits

    turn, shift = example_plan.turns[2], example_plan.shifts[3]
    steps = [
        lambda p: edits.move_item(p, shift.id, shift.start + timedelta(minutes=30)),
        lambda p: edits.put_item(p, replace(edits.find_item(p, turn.id), person_ids=(p.turns[-1].person_ids[0],))),
        lambda p: edits.move_item(p, shift.id, shift.start),  # back as it was
        lambda p: p,  # nothing changed: nothing sent
        lambda p: edits.remove_items(p, [turn.id]),
    ]
    plan, (last, record) = example_plan, _first(example_plan)
    reports = []
    for day, step in enumerate(steps, start=2):
        plan, now = step(plan), datetime(2025, 4, day, tzinfo=UTC)
        carried = _publish_to(copy.deepcopy(last.server), plan, last.records, now, last=record)
        fresh = _publish_to(copy.deepcopy(last.server), plan, last.records, now)
        assert carried.feeds.partial
        _same_publishes(carried, fresh)
        last, record = carried, publish_record(HOME, carried.feeds, carried.records, carried.report.named)
        reports.append(carried.report)
    assert [bool(r.sent) for r in reports] == [True, True, True, False, True]
    assert reports[-1].deleted and all(uid.endswith(f"/{ical_feeds.uid(plan, turn.id)}") for uid in reports[-1].deleted)


def test_after_a_grid_edit_only_its_events_are_made_and_compared(example_plan, serialized_events):
    """Moving one shift: its events alone are serialized and sent; every other person's
    calendar is neither made nor asked for."""
    from planner.domain import edits

    first, record = _first(example_plan)
    shift = example_plan.shifts[3]
    moved = edits.move_item(example_plan, shift.id, shift.start + timedelta(minutes=30))
    made = serialized_events()
    server = copy.deepcopy(first.server)
    server.writes.clear(), server.asked.clear()
    carried = _publish_to(server, moved, first.records, LATER, last=record)
    assert set(made) == {ical_feeds.uid(moved, shift.id)}
    # organizer, volunteers, its role and its two volunteers' calendars: one PUT each, and
    # none asked its name (the record says it as that publish left it)
    assert [method for method, _href, _body in server.writes] == ["PUT"] * 5
    assert server.asked == []
    assert {href.rsplit("/", 1)[1] for _m, href, _b in server.writes} == {
        f"{quote(ical_feeds.uid(moved, shift.id))}.ics"
    }
    assert carried.report.unchanged == sum(len(ids) for ids in carried.feeds.members.values()) - 5


def test_a_record_the_plan_file_no_longer_bears_out_is_not_used(example_plan):
    """Another publish since (the app's, a teammate's, through a sync), a restored copy, a
    person's new link: the plan file's record of the server is not as the last publish left
    it, so every event is made and compared again."""
    from planner.domain import edits

    first, record = _first(example_plan)
    shift = example_plan.shifts[0]
    moved = edits.move_item(example_plan, shift.id, shift.start + timedelta(minutes=30))
    key, event = next(iter(first.records.published.items()))
    someone_else = first.records.with_published({key: replace(event, etag='"theirs"')})
    person = next(feed.removeprefix("person-") for feed in record.feeds if feed.startswith("person-"))  # (a calendar)
    new_link = first.records.with_tokens({person: replace(first.records.tokens[person], token="f" * 32)})
    for records in (someone_else, new_link):
        assert not _publish_to(copy.deepcopy(first.server), moved, records, LATER, last=record).feeds.partial
    assert _publish_to(copy.deepcopy(first.server), moved, first.records, LATER, last=record).feeds.partial


def test_planner_publish_as_a_new_process_keeps_and_uses_its_record(example_plan, tmp_path, server, monkeypatch,
                                                                    capsys):  # fmt: skip
    """Through the command against a real server: the record is kept under the calendar
    home; the next publish after an edit sends only that edit's events; a calendar removed on
    the server since is made again whole; a conflict keeps no record, so the next publish
    compares every event again and reports it again."""
    from planner.domain import edits

    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    _client, home = connect(server.url, server.USER, server.PASSWORD)
    record = load_last_export(plan_file, home)
    assert record is not None and record.folder == home and record.files == {}
    first_puts = len(_puts(server))

    window = example_plan.days[0].windows[0]
    turn = example_plan.turns_in(window.id)[0]
    other = next(p.id for p in example_plan.spokespeople if p.id not in turn.person_ids)
    _plan, records = load_document(plan_file)
    save_any(edits.put_item(example_plan, replace(turn, person_ids=(other,))), plan_file, records)
    client = server.client()
    assert client.request(f"{home}media/", "DELETE", "", {}).status in (200, 204)  # gone on the server
    assert _publish(plan_file, server, monkeypatch) == EXIT_OK
    uids = {f"{w.id}.{example_plan.id}@planner" for w in example_plan.windows()}
    assert set(_server_events(server, "media")) == uids  # made again whole
    window_uid, turn_uid = (ical_feeds.uid(example_plan, item.id) for item in (window, turn))
    # Besides media, only the turn's and its window's events were sent.
    sent = [path for path in _puts(server)[first_puts:] if not path.startswith("/organizer/media/")]
    assert sent and {path.rsplit("/", 1)[1] for path in sent} <= {f"{window_uid}.ics", f"{turn_uid}.ics"}
    assert load_last_export(plan_file, home) not in (None, record)

    # A teammate edits the window's event on the server; the turn changes again here.
    server.edit_event("media", window_uid)
    _plan, records = load_document(plan_file)
    save_any(edits.put_item(example_plan, replace(turn, person_ids=turn.person_ids[:1])), plan_file, records)
    conflict = f"(media/{window_uid}): changed on the server since it was published; not overwritten"
    listings = server.requests("PROPFIND", "/volunteers/")
    for _ in range(2):  # reported, and again at the next publish: nothing to take of a record after a conflict
        capsys.readouterr()
        assert _publish(plan_file, server, monkeypatch) == EXIT_WARNINGS
        assert conflict in capsys.readouterr().err
        kept = load_last_export(plan_file, home)
        assert kept is not None and kept.context == "" and not kept.items and kept.checked is not None
    # ...but each calendar's events are not listed again at each publish while it stands (a
    # campaign's 2,470 took 30-40 s): the record says when they last were.
    assert server.requests("PROPFIND", "/volunteers/") == listings
    assert "Edited on the server" in _server_events(server, "media")[window_uid]


def _puts(server) -> list[str]:
    """The paths the server was asked to PUT, in order."""
    return re.findall(r"PUT request for '([^']+)'", (server.folder / "log").read_text(errors="replace"))


def test_a_calendar_made_whole_again_is_the_one_a_full_publish_makes(example_plan):
    """For a calendar found gone on the server: each feed file alone, as all of them are made."""
    from planner.publish.feeds import feed_file, feed_files

    revisions = make_feeds(example_plan, APRIL_1).revisions
    files = feed_files(example_plan, LATER, revisions)
    assert {"media.ics", "organizer.ics"} < set(files) and any(p.startswith("roles/") for p in files)
    for path, content in files.items():
        assert feed_file(example_plan, LATER, revisions, path) == content, path
