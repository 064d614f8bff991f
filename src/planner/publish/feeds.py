"""Write a plan's calendar feeds into a folder (layout documented in the README)."""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from planner.domain.model import Plan
from planner.domain.revisions import Revision, revise
from planner.fileio import FEW_FILES, environment_error, flush_to_disk, write_atomically
from planner.ical.feeds import EventTexts, FeedWriter
from planner.publish.filenames import unique_stems

MEDIA = "media.ics"
VOLUNTEERS = "volunteers.ics"
ORGANIZER = "organizer.ics"
PEOPLE_DIR = "people"
ROLES_DIR = "roles"


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
) -> dict[str, bytes]:
    """Relative path -> file content for the feeds asked for.

    People and roles with nothing in them get no file: RFC 5545 requires at least one
    component in a calendar, and an empty file would only confuse.
    """
    writer = writer or FeedWriter(plan, now, revisions)
    files: dict[str, bytes] = {}
    if FeedKind.MEDIA in only:
        files[MEDIA] = writer.media()
    if FeedKind.VOLUNTEERS in only:
        files[VOLUNTEERS] = writer.volunteers()
    if FeedKind.ORGANIZER in only:
        files[ORGANIZER] = writer.organizer()
    if FeedKind.PEOPLE in only:
        paths = person_paths(plan)
        for person in plan.people:
            if writer.turns_of(person.id) or writer.shifts_of(person.id):
                files[paths[person.id]] = writer.person(person)
    if FeedKind.ROLES in only:
        used = {s.role_id for s in plan.shifts}
        stems = unique_stems([(r.id, r.name) for r in plan.roles])
        for role in plan.roles:
            if role.id in used:
                files[f"{ROLES_DIR}/{stems[role.id]}.ics"] = writer.role(role)
    return files


def person_paths(plan: Plan) -> dict[str, str]:
    """Person id -> the path of their own feed ("people/ana-morales.ics"), unique and safe."""
    stems = unique_stems([(p.id, p.name) for p in plan.people])
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


def export_feeds(
    plan: Plan,
    out_dir: Path,
    now: datetime,
    previous: Mapping[str, Revision] | None = None,
    only: Collection[FeedKind] = tuple(FeedKind),
    reuse: Publication | Feeds | None = None,
    pause: Callable[[], None] | None = None,
) -> Publication:
    """Write the feeds under out_dir, each file replaced atomically.

    Events whose time, place or status changed since `previous` get a higher SEQUENCE;
    the caller stores the returned record so the next export continues from it.
    `reuse`, the last export made in this session, saves the work that did not change: events
    made from the same records are not serialized again. A file that would be written with
    the bytes it holds is left alone, its time kept (a web server then answers the phones
    subscribed to it "not modified"): known by the digest of what `reuse` wrote there, else
    (the first export of a session, `planner export` run again) by reading the file.
    `pause()` is called as the events are fingerprinted, before each event and file is made,
    and before each file is compared or written.
    """
    made = make_feeds(plan, now, previous, only, reuse, pause)
    files, record = made.files, made.revisions
    try:
        for folder in {(out_dir / name).parent for name in files} | {out_dir}:
            folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise environment_error(out_dir, exc) from None
    written, changed, digests, to_write = [], [], {}, []
    before = reuse.digests if isinstance(reuse, Publication) else {}
    pause = pause or _go_on
    for relative, content in files.items():
        pause()
        path = out_dir / relative
        digests[path] = digest = hashlib.blake2b(content, digest_size=16).digest()
        written.append(path)
        last = before.get(path)
        if not (_holds(path, content) if last is None else last == digest and _has_size(path, len(content))):
            to_write.append((path, content))
    # Each file is replaced atomically. A few are each flushed as written; thousands (a first
    # export: a file per person) are flushed with one sync at the end, not thousands of fsyncs.
    few = len(to_write) <= FEW_FILES
    for path, content in to_write:
        pause()
        write_atomically(path, content, durable=few)
        changed.append(path)
    if not few:
        flush_to_disk()
    return Publication(written, record, changed, made.texts, digests, plan)


@dataclass(frozen=True)
class Feeds:
    """The feed files made in memory (relative path -> content), with the revisions they
    carry and what the next `make_feeds` of this session can reuse."""

    files: dict[str, bytes]
    revisions: dict[str, Revision]
    texts: EventTexts
    plan: Plan


def make_feeds(
    plan: Plan,
    now: datetime,
    previous: Mapping[str, Revision] | None = None,
    only: Collection[FeedKind] = tuple(FeedKind),
    reuse: Publication | Feeds | None = None,
    pause: Callable[[], None] | None = None,
) -> Feeds:
    """The feeds, each event's SEQUENCE raised where its time, place or status changed since
    `previous`: for `export_feeds` and for publishing. `reuse`, the last export or publish of
    this session, spares serializing the events made from the same records."""
    # The last export's plan spares fingerprinting what it had as it is, if `previous` is the
    # record that export made (not one merged or reloaded since).
    since = reuse.plan if reuse is not None and reuse.revisions == previous else None
    record = revise(plan, previous or {}, now, since, pause)
    writer = FeedWriter(plan, now, record, reuse.texts if reuse else None, since, pause)
    files = feed_files(plan, now, record, only, writer)
    return Feeds(files, record, writer.texts, plan)


def _go_on() -> None:
    """No pause: an export that has the machine to itself."""


def _holds(path: Path, content: bytes) -> bool:
    """The file is there and holds `content`."""
    try:
        return _has_size(path, len(content)) and path.read_bytes() == content
    except OSError:
        return False


def _has_size(path: Path, size: int) -> bool:
    """The file is there, at the size we wrote (not deleted or truncated since)."""
    try:
        return path.stat().st_size == size
    except OSError:
        return False
