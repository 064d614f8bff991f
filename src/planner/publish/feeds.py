"""Write a plan's calendar feeds into a folder (layout documented in the README)."""

from __future__ import annotations

import enum
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from planner.domain.model import Plan
from planner.domain.revisions import Revision, revise
from planner.fileio import environment_error, flush_to_disk, write_atomically
from planner.ical.feeds import FeedWriter
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
) -> dict[str, bytes]:
    """Relative path -> file content for the feeds asked for.

    People and roles with nothing in them get no file: RFC 5545 requires at least one
    component in a calendar, and an empty file would only confuse.
    """
    writer = FeedWriter(plan, now, revisions)
    files: dict[str, bytes] = {}
    if FeedKind.MEDIA in only:
        files[MEDIA] = writer.media()
    if FeedKind.VOLUNTEERS in only:
        files[VOLUNTEERS] = writer.volunteers()
    if FeedKind.ORGANIZER in only:
        files[ORGANIZER] = writer.organizer()
    if FeedKind.PEOPLE in only:
        stems = unique_stems([(p.id, p.name) for p in plan.people])
        for person in plan.people:
            if writer.turns_of(person.id) or writer.shifts_of(person.id):
                files[f"{PEOPLE_DIR}/{stems[person.id]}.ics"] = writer.person(person)
    if FeedKind.ROLES in only:
        used = {s.role_id for s in plan.shifts}
        stems = unique_stems([(r.id, r.name) for r in plan.roles])
        for role in plan.roles:
            if role.id in used:
                files[f"{ROLES_DIR}/{stems[role.id]}.ics"] = writer.role(role)
    return files


@dataclass(frozen=True)
class Publication:
    written: list[Path]
    revisions: dict[str, Revision]  # the record to keep in the plan file


def export_feeds(
    plan: Plan,
    out_dir: Path,
    now: datetime,
    previous: Mapping[str, Revision] | None = None,
    only: Collection[FeedKind] = tuple(FeedKind),
) -> Publication:
    """Write the feeds under out_dir, each file replaced atomically.

    Events whose time, place or status changed since `previous` get a higher SEQUENCE;
    the caller stores the returned record so the next export continues from it.
    """
    record = revise(plan, previous or {}, now)
    files = feed_files(plan, now, record, only)
    try:
        for folder in {(out_dir / name).parent for name in files} | {out_dir}:
            folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise environment_error(out_dir, exc) from None
    written = []
    for relative, content in files.items():
        path = out_dir / relative
        # Each file is replaced atomically; one flush at the end instead of one per file,
        # since thousands of per-person files would otherwise cost thousands of fsyncs.
        write_atomically(path, content, durable=False)
        written.append(path)
    flush_to_disk()
    return Publication(written, record)
