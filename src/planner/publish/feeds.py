"""Write a plan's calendar feeds into a folder (layout documented in the README)."""

from __future__ import annotations

import enum
import hashlib
import os
from collections.abc import Callable, Collection, Mapping, Set
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from planner.domain.model import PersonId, Plan, RoleId
from planner.domain.records import FeedExport, Records, RowChanges
from planner.domain.revisions import Revision, revise
from planner.domain.wording import feed_words
from planner.fileio import FEW_FILES, environment_error, flush_to_disk, make_folder, write_atomically, write_spliced
from planner.ical.feeds import (
    EventTexts,
    FeedWriter,
    FileContent,
    Spliced,
    digests_kept,
    emptied_calendar,
    feed_context,
    feed_digests,
    file_bytes,
    person_about,
    role_about,
    timezone_text,
)
from planner.publish.filenames import is_stem, unique_stems

MEDIA = "media.ics"
VOLUNTEERS = "volunteers.ics"
ORGANIZER = "organizer.ics"
PEOPLE_DIR = "people"
ROLES_DIR = "roles"


class Kept(bytes):
    """In place of a file's content: the folder holds the file as it would be made."""


KEPT = Kept()


class FeedKind(enum.Enum):
    MEDIA = "media"
    VOLUNTEERS = "volunteers"
    PEOPLE = "people"
    ROLES = "roles"
    ORGANIZER = "organizer"


def feed_files(
    plan: Plan,
    now: datetime,
    revisions: Mapping[str, Revision] | None = None,
    only: Collection[FeedKind] = tuple(FeedKind),
    writer: FeedWriter | None = None,
    paths: Mapping[str, str] | None = None,
) -> dict[str, FileContent]:
    """Relative path -> file content for the feeds asked for (`paths`: feed_paths').

    People and roles with nothing in them get no file (export_feeds empties the one an earlier
    export into its folder wrote for one: _emptied). A writer that carries the
    last export (FeedWriter.carry) does not make the people's files the folder holds as they
    would be made: KEPT stands for each; the shared files' it splices (Spliced).
    """
    writer = writer or FeedWriter(plan, now, revisions)
    paths = paths or feed_paths(plan)
    files: dict[str, FileContent] = {}
    if FeedKind.MEDIA in only:
        files[MEDIA] = writer.media()
    if FeedKind.VOLUNTEERS in only:
        files[VOLUNTEERS] = writer.volunteers()
    if FeedKind.ORGANIZER in only:
        files[ORGANIZER] = writer.organizer()
    if FeedKind.PEOPLE in only:
        for person in plan.people:
            if writer.turns_of(person.id) or writer.shifts_of(person.id):
                files[paths[f"person-{person.id}"]] = KEPT if writer.person_kept(person) else writer.person(person)
    if FeedKind.ROLES in only:
        used = {s.role_id for s in plan.shifts}
        for role in plan.roles:
            if role.id in used:
                files[paths[f"role-{role.id}"]] = writer.role(role)
    return files


def feed_file(plan: Plan, now: datetime, revisions: Mapping[str, Revision], path: str) -> bytes:
    """The one feed file at `path` (as feed_files makes it), whole."""
    writer = FeedWriter(plan, now, revisions)
    shared = {MEDIA: writer.media, VOLUNTEERS: writer.volunteers, ORGANIZER: writer.organizer}
    if path in shared:
        return file_bytes(shared[path]())
    roles = {p: RoleId(role_id) for role_id, p in role_paths(plan).items()}
    if path in roles:
        return file_bytes(writer.role(plan.roles_by_id[roles[path]]))
    people = {p: PersonId(person_id) for person_id, p in person_paths(plan).items()}
    return writer.person(plan.people_by_id[people[path]])


def feed_paths(plan: Plan, earlier: Mapping[str, str] | None = None) -> dict[str, str]:
    """By feed, as FeedWriter names them ("media", "role-<id>", "person-<id>"), its file's path.
    `earlier`: the paths the exports into a folder gave (FeedExport.paths, by feed): a person
    or role renamed keeps theirs, so that a link to their file goes on working, and the path
    of one removed is nobody else's (export_feeds empties their file)."""
    earlier = earlier or {}
    paths = {"media": MEDIA, "volunteers": VOLUNTEERS, "organizer": ORGANIZER}
    paths |= {f"role-{role}": path for role, path in role_paths(plan, _stems(earlier, "role-", ROLES_DIR)).items()}
    people = person_paths(plan, _stems(earlier, "person-", PEOPLE_DIR))
    return paths | {f"person-{person}": path for person, path in people.items()}


def _recorded(paths: Mapping[str, str]) -> dict[str, str]:
    """Of a record's paths (FeedExport.paths), those of people's and roles' feeds that an
    export could have given: a record edited or damaged sends no file out of the folder."""
    return {
        f"{kind}{key}": f"{folder}/{stem}.ics"
        for kind, folder in (("person-", PEOPLE_DIR), ("role-", ROLES_DIR))
        for key, stem in _stems(paths, kind, folder).items()
        if is_stem(stem)
    }


def _stems(paths: Mapping[str, str], kind: str, folder: str) -> dict[str, str]:
    """By id, the stem of each path of a feed of that kind ("person-") as feed_paths gives."""
    return {
        feed.removeprefix(kind): path.removeprefix(f"{folder}/").removesuffix(".ics")
        for feed, path in paths.items()
        if feed.startswith(kind) and path.startswith(f"{folder}/") and path.endswith(".ics")
    }


def role_paths(plan: Plan, earlier: Mapping[str, str] | None = None) -> dict[str, str]:
    """Role id -> the path of its feed ("roles/picket-captain.ics"); `earlier`: feed_paths'."""
    stems = unique_stems([(r.id, r.name) for r in plan.roles], earlier)
    return {role_id: f"{ROLES_DIR}/{stem}.ics" for role_id, stem in stems.items()}


def person_paths(plan: Plan, earlier: Mapping[str, str] | None = None) -> dict[str, str]:
    """Person id -> the path of their own feed ("people/ana-morales.ics"), unique and safe;
    `earlier`: feed_paths'."""
    stems = unique_stems([(p.id, p.name) for p in plan.people], earlier)
    return {person_id: f"{PEOPLE_DIR}/{stem}.ics" for person_id, stem in stems.items()}


@dataclass(frozen=True)
class Publication:
    written: list[Path]  # every feed file, as it now is
    revisions: dict[str, Revision]  # the record to keep in the plan file
    changed: list[Path] = field(default_factory=list)  # the files this export rewrote
    # For the next export in this session (`reuse`): the events' texts, and each file's digest.
    texts: EventTexts | None = None
    digests: dict[Path, bytes] = field(default_factory=dict)
    plan: Plan | None = None  # what was exported
    # For the plan file to keep, for the next export into the folder, even as a new process
    # (of some kinds of feed: their files' names and the files written, nothing to carry from).
    export: FeedExport | None = None


class LastRecord:
    """The plan file's record of the last export into a folder or publish to a calendar server
    (FeedExport): make_feeds takes again what it vouches for, and makes only the rest."""

    changes_only = False  # each file made holds only the events of the changed items in it

    def __init__(self, record: FeedExport, since: RowChanges | None = None) -> None:
        """`since`: the plan file's rows changed since the record was made, if it can tell."""
        self.record = record
        self.since = since

    def known(self, plan: Plan) -> dict[str, str] | None:
        """The items' digests as recorded of those that cannot have changed (digests_kept)."""
        return digests_kept(plan, self.record.items, self.since) if self.since is not None else None

    def vouches(self, context: str) -> bool:
        """Whether what the feeds are made of besides their items (feed_context) is as then."""
        return context == self.record.context

    def changed(self, items: Mapping[str, str]) -> set[str]:
        """The items whose events' texts may differ from that export's (of the same context)."""
        return {item for item, digest in items.items() if self.record.items.get(item) != digest}

    def shared(self) -> dict[str, bytes]:
        """The shared feeds' files as then, by feed (those still as then)."""
        return {}

    def people(self) -> set[str]:
        """The people whose own feeds are still as then."""
        return set()


class LastPublish(LastRecord):
    """The last publish to a calendar server, as the plan file recorded it (under the calendar
    home's URL): the server holds each feed's events as made from the items recorded, as long
    as what the plan file records of the server (`published`, the people's links) is as it
    was after that publish — another publish, a teammate's sync, a restored copy change it.
    A publish then makes only the events of the items changed since (changes_only)."""

    changes_only = True

    def __init__(self, record: FeedExport, records: Records, since: RowChanges | None = None) -> None:
        """`records`: the plan file's, with everyone's link token (links.with_tokens); `since`
        as LastRecord's."""
        super().__init__(record, since)
        self._server = _server_state(records, self.people())

    def vouches(self, context: str) -> bool:
        return _publish_context(context, self._server) == self.record.context

    def people(self) -> set[str]:
        return _with_calendars(self.record.feeds)


def publish_record(home: str, feeds: Feeds, records: Records, named: Mapping[str, str],
                   listed: datetime | None = None, checked: datetime | None = None) -> FeedExport:  # fmt: skip
    """The record of a publish to the calendar home `home` of `feeds` (every kind, made with
    `digested`), none refused, `records` as it left them, the calendars `named` as its report
    says, the home last `listed` and the calendars' events last `checked` then: for the next
    (LastPublish)."""
    server = _server_state(records, _with_calendars(feeds.feeds))
    return FeedExport(home, _publish_context(feeds.context, server), feeds.items, {}, feeds.feeds, calendars=named,
                      listed=listed, checked=checked)  # fmt: skip


def _with_calendars(feeds: Mapping[str, str]) -> set[str]:
    """The people with a feed of their own among `feeds` (by feed: Feeds.feeds, FeedExport.feeds)."""
    return {feed.removeprefix("person-") for feed in feeds if feed.startswith("person-")}


def _server_state(records: Records, people: Set[str]) -> str:
    """A digest of what the plan file records of a calendar server: each event put there (its
    ETag and fingerprint) and the link of each of `people`, those with a calendar there (its
    name). Not others' links: a person added, given one, has no events there yet to carry."""
    lines = sorted(f"{c}\t{u}\t{e.etag}\t{e.fingerprint}" for (c, u), e in records.published.items())
    lines += sorted(f"{person}\t{t.token}" for person, t in records.tokens.items() if person in people)
    return hashlib.blake2b("\n".join(lines).encode(), digest_size=16).hexdigest()


def _publish_context(context: str, server: str) -> str:
    """A publish record's context (FeedExport.context): the feeds' (feed_context) with the
    server's, as the plan file records it after that publish (_server_state)."""
    return hashlib.blake2b(f"{context}|{server}".encode(), digest_size=16).hexdigest()


class LastExport(LastRecord):
    """The last export into `folder`, as the plan file recorded it: what a new process takes
    again from the files it wrote, those that still hold what it wrote."""

    def __init__(
        self, record: FeedExport, folder: Path, paths: Mapping[str, str], since: RowChanges | None = None
    ) -> None:
        """`paths`: the feeds' as this export names them (feed_paths)."""
        super().__init__(record, since)
        self.folder, self._folder = folder, str(folder)
        self.read_files: dict[str, bytes] = {}  # those read, as that export wrote them
        self._people = {feed.removeprefix("person-"): p for feed, p in paths.items() if feed.startswith("person-")}
        self._shared = {feed: p for feed, p in paths.items() if not feed.startswith("person-")}

    def shared(self) -> dict[str, bytes]:
        """The shared feeds' files as that export wrote them, by feed."""
        return {feed: content for feed, name in self._shared.items() if (content := self.read(name)) is not None}

    def people(self) -> set[str]:
        """The people whose files the folder holds as that export wrote them (`holds`)."""
        return {person for person, relative in self._people.items() if self.holds(relative)}

    def holds(self, relative: str) -> bool:
        """The file is as that export wrote it: there, with the size and time of writing it
        recorded (as git and rsync tell a file unchanged without reading it: a campaign has
        2,469, 90 MB)."""
        _digest, size, written = self.record.files.get(relative, ("", -1, -1))
        try:
            found = os.stat(os.path.join(self._folder, relative))  # (not a Path: 2,469 of them)
        except OSError:
            return False
        return (found.st_size, found.st_mtime_ns) == (size, written)

    def digest(self, relative: str) -> bytes:
        """The digest of the file as that export wrote it."""
        return bytes.fromhex(self.record.files[relative][0])

    def stamp(self, relative: str, content: bytes) -> tuple[int, int] | None:
        """The size and time of writing of the file at `relative` when `content` is it as read
        (`read`): while it has those, it still holds that (write_spliced copies from it)."""
        if self.read_files.get(relative) is not content:
            return None
        _digest, size, written = self.record.files[relative]
        return size, written

    def read(self, relative: str) -> bytes | None:
        """The file as that export wrote it (`holds`); None if it is not, or cannot be read."""
        if not self.holds(relative):
            return None
        try:
            content = (self.folder / relative).read_bytes()
        except OSError:
            return None
        if len(content) != self.record.files[relative][1]:  # (written meanwhile)
            return None
        self.read_files[relative] = content
        return content


def export_feeds(
    plan: Plan,
    out_dir: Path,
    now: datetime,
    previous: Mapping[str, Revision] | None = None,
    only: Collection[FeedKind] = tuple(FeedKind),
    reuse: Publication | Feeds | None = None,
    pause: Callable[[], None] | None = None,
    last: FeedExport | None = None,
    since: RowChanges | None = None,
) -> Publication:
    """Write the feeds under out_dir, each file replaced atomically.

    Events whose time, place or status changed since `previous` get a higher SEQUENCE;
    the caller stores the returned record so the next export continues from it.
    `reuse`, the last export made in this session, saves the work that did not change: events
    made from the same records are not serialized again. A file that would be written with
    the bytes it holds is left alone, its time kept (a web server then answers the phones
    subscribed to it "not modified"): known by the digest of what `reuse` wrote there, else
    (the first export of a session, `planner export` run again) by reading the file.
    `last`, the plan file's record of the last export into out_dir (as the returned `export`
    is), spares more, without `reuse` too (a new process): what did not change is taken from
    the files it wrote, those still as it wrote them (if anything but items changed, all is
    made again). `since`: the plan file's rows changed since `last` was made (storage's
    load_row_changes_since), when the plan is the file's: only their events are fingerprinted.
    `pause()` is called as the events are fingerprinted, before each event and file is made,
    and before each file is compared or written.
    """
    resolved = out_dir.resolve()
    every_kind = set(only) == set(FeedKind)
    here = last if last is not None and last.folder == str(resolved) else None  # (of this folder)
    earlier = _recorded(here.paths) if here is not None else {}
    paths = feed_paths(plan, earlier)  # (a person renamed keeps their file)
    every_path = {**earlier, **paths}  # (of feeds gone too)
    carried = LastExport(here, resolved, paths, since) if here is not None and every_kind else None
    made = make_feeds(plan, now, previous, only, reuse, pause, carried, digested=every_kind, paths=paths)
    files, record = made.files, made.revisions
    if here is not None:
        files = {**files, **_emptied(plan, now, here, every_path, files, only)}
    for folder in sorted({"", *map(os.path.dirname, files)}):  # (by its text: a campaign's 2,469 files are in 3)
        make_folder(out_dir / folder)
    written, changed, digests = [], [], {}
    to_write: list[tuple[str, Path, FileContent]] = []
    before = reuse.digests if isinstance(reuse, Publication) else {}
    pause = pause or _go_on
    for relative, content in files.items():
        pause()
        path = out_dir / relative
        written.append(path)
        # A file the last export's record let us take as it was, untouched: it holds that.
        if carried is not None and (isinstance(content, Kept) or carried.read_files.get(relative) is content):
            digests[path] = carried.digest(relative)
            continue
        digests[path] = digest = _content_digest(content)
        known = before.get(path)
        if known is None and carried is not None and carried.holds(relative):
            known = carried.digest(relative)  # (as written, by its size and time)
        if not (_holds(path, content) if known is None else known == digest and _has_size(path, len(content))):
            to_write.append((relative, path, content))
    # Each file is replaced atomically. A few are each flushed as written; thousands (a first
    # export: a file per person) are flushed with one sync at the end, not thousands of fsyncs.
    few = len(to_write) <= FEW_FILES
    for relative, path, content in to_write:
        pause()
        if isinstance(content, Spliced):  # (its kept ranges copied from the file it was read from)
            stamp = carried.stamp(relative, content.last) if carried is not None else None
            write_spliced(path, content.pieces, content.last, stamp or (-1, -1), durable=few)
        else:
            write_atomically(path, content, durable=few)
        changed.append(path)
    if not few:
        flush_to_disk()
    written_now = _as_written(out_dir, files, digests, carried)
    in_folder = written_now if every_kind else {**(here.files if here else {}), **written_now}
    export = FeedExport(str(resolved), made.context, made.items, in_folder, made.feeds, every_path)
    if not every_kind:
        # Of some feeds: the others' files are as the last export left them, so nothing is
        # recorded to carry from (the next export makes every file again), but each feed's
        # path is, and each file written (a person renamed keeps their file, one with
        # nothing left has it emptied, whichever export comes next).
        export = export.names_only()
    return Publication(written, record, changed, made.texts, digests, plan, export)


def _emptied(
    plan: Plan,
    now: datetime,
    last: FeedExport,
    paths: Mapping[str, str],
    made: Mapping[str, FileContent],
    only: Collection[FeedKind],
) -> dict[str, bytes]:
    """The files the last exports into the folder wrote for people and roles who have nothing
    in them now (their shifts all taken off them, or they left the plan), without events: a
    calendar subscribed to one then drops what it showed, which the file left as it was would
    show for ever. `paths`: every feed's, those gone too (feed_paths, FeedExport.paths);
    `only`: the kinds of feed exported."""
    people, roles, say = plan.people_by_id, plan.roles_by_id, feed_words(plan.language)
    emptied: dict[str, bytes] = {}
    zone: bytes | None = None  # (the plan's, worked out once: a campaign's takes 5 ms)
    for feed, path in paths.items():
        if path in made or path not in last.files:
            continue
        kind, _, key = feed.partition("-")
        if kind == "person" and FeedKind.PEOPLE in only:
            person = people.get(PersonId(key))
            name = person.name if person is not None else say["gone"]
            about = person_about(person, plan.language) if person is not None else say["gone_about"]
        elif kind == "role" and FeedKind.ROLES in only:
            role = roles.get(RoleId(key))
            name = role.name if role is not None else say["gone"]
            about = role_about(role.name, plan.language) if role is not None else say["gone_about"]
        else:
            continue
        zone = zone or timezone_text(plan, now)
        emptied[path] = emptied_calendar(plan, zone, feed, name, about)
    return emptied


def _as_written(
    out_dir: Path, files: Mapping[str, FileContent], digests: Mapping[Path, bytes], carried: LastExport | None
) -> dict[str, tuple[str, int, int]]:
    """Each file's digest, size and time of writing, as the folder now holds it (FeedExport)."""
    found = {}
    for relative, content in files.items():
        if isinstance(content, Kept) and carried is not None:
            found[relative] = carried.record.files[relative]
            continue
        try:
            stat = (out_dir / relative).stat()
        except OSError as exc:
            raise environment_error(out_dir / relative, exc) from None
        found[relative] = (digests[out_dir / relative].hex(), stat.st_size, stat.st_mtime_ns)
    return found


@dataclass(frozen=True)
class Feeds:
    """The feed files made in memory (relative path -> content), with the revisions they
    carry and what the next `make_feeds` of this session can reuse."""

    files: dict[str, FileContent]  # (Spliced: only carried from an export into a folder)
    revisions: dict[str, Revision]
    texts: EventTexts
    plan: Plan
    # Digests of what the feeds were made from (ical.feeds.feed_context, feed_digests; by feed, its items).
    context: str = ""
    items: dict[str, str] = field(default_factory=dict)
    feeds: dict[str, str] = field(default_factory=dict)  # by feed, the items in it
    members: dict[str, list[str]] = field(default_factory=dict)  # by feed, the ids of the items in it
    # The files hold only the events of the items changed since the last publish (LastPublish):
    # the server has the others; KEPT stands for a person's feed with none.
    partial: bool = False
    # Partial: the calendars' names and descriptions as the last publish left them (FeedExport.calendars).
    named: Mapping[str, str] = field(default_factory=dict)


def make_feeds(
    plan: Plan,
    now: datetime,
    previous: Mapping[str, Revision] | None = None,
    only: Collection[FeedKind] = tuple(FeedKind),
    reuse: Publication | Feeds | None = None,
    pause: Callable[[], None] | None = None,
    carried: LastRecord | None = None,
    digested: bool = False,
    paths: Mapping[str, str] | None = None,
) -> Feeds:
    """The feeds, each event's SEQUENCE raised where its time, place or status changed since
    `previous`: for `export_feeds` and for publishing. `carried`, the last export into a
    folder, spares making what its files hold unchanged, when nothing but items changed since
    (the last publish to a server: the feeds are then `partial`, only the changed items'
    events); else `reuse`, the last export or publish of this session, spares serializing the
    events made from the same records. `digested`: with the digests of what the feeds were
    made of, for the plan file's record of an export or publish (FeedExport), as a carried
    export has them."""
    previous = previous or {}
    context = feed_context(plan, now) if carried is not None or digested else ""
    partial = False
    if carried is not None and carried.vouches(context):
        # Digests with the revisions as they are: an item with the last export's digest is as
        # that export made it, and keeps its revision (it is not even fingerprinted).
        items = feed_digests(plan, previous, now, carried.known(plan), pause)
        changed = carried.changed(items)
        record = revise(plan, previous, now, None, pause, only=changed)
        unchanged = {item: digest for item, digest in items.items() if item not in changed}
        items = feed_digests(plan, record, now, unchanged)  # (those revised)
        writer = FeedWriter(plan, now, record, None, None, pause)
        writer.carry(changed, carried.record.feeds, carried.shared(), carried.people(), carried.changes_only)
        partial = carried.changes_only
    else:
        # The last export's plan spares fingerprinting what it had as it is, if `previous` is
        # the record that export made (not one merged or reloaded since).
        since = reuse.plan if reuse is not None and reuse.revisions == previous else None
        record = revise(plan, previous, now, since, pause)
        items = feed_digests(plan, record, now, pause=pause) if digested else {}
        writer = FeedWriter(plan, now, record, reuse.texts if reuse else None, since, pause)
    files = feed_files(plan, now, record, only, writer, paths)
    named = carried.record.calendars if partial and carried is not None else {}
    return Feeds(files, record, writer.texts, plan, context, items, writer.feed_items, writer.feed_members, partial,
                 named)  # fmt: skip


def _go_on() -> None:
    """No pause: an export that has the machine to itself."""


def _holds(path: Path, content: FileContent) -> bool:
    """The file is there and holds `content`."""
    try:
        return _has_size(path, len(content)) and path.read_bytes() == file_bytes(content)
    except OSError:
        return False


def _content_digest(content: FileContent) -> bytes:
    # SHA-256 (OpenSSL's, with the CPU's SHA instructions where it has them), not BLAKE2b
    # (Python's own C): 26 ms rather than 59 for the 40 MB of shared files a campaign's edit
    # rewrites. A record made with BLAKE2b digests matches none, so its files are written
    # once more, whole, as a record from elsewhere would be.
    if isinstance(content, bytes):
        return hashlib.sha256(content).digest()[:16]
    digest = hashlib.sha256()
    for chunk in content.chunks():
        digest.update(chunk)
    return digest.digest()[:16]


def _has_size(path: Path, size: int) -> bool:
    """The file is there, at the size we wrote (not deleted or truncated since)."""
    try:
        return path.stat().st_size == size
    except OSError:
        return False
