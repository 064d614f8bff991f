"""Write a plan's calendar feeds into a folder (layout documented in the README)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from planner.domain.model import Plan
from planner.fileio import environment_error, write_atomically
from planner.ical.feeds import FeedWriter
from planner.publish.filenames import unique_stems

MEDIA = "media.ics"
VOLUNTEERS = "volunteers.ics"
PEOPLE_DIR = "people"


def feed_files(plan: Plan, now: datetime) -> dict[str, bytes]:
    """Relative path -> file content for every feed of the plan.

    People with nothing assigned get no file: RFC 5545 requires at least one component.
    """
    writer = FeedWriter(plan, now)
    files = {MEDIA: writer.media(), VOLUNTEERS: writer.volunteers()}
    stems = unique_stems([(p.id, p.name) for p in plan.people])
    busy = {pid for turn in plan.turns for pid in turn.person_ids}
    busy |= {pid for shift in plan.shifts for pid in shift.person_ids}
    for person in plan.people:
        if person.id in busy:
            files[f"{PEOPLE_DIR}/{stems[person.id]}.ics"] = writer.person(person)
    return files


def export_feeds(plan: Plan, out_dir: Path, now: datetime) -> list[Path]:
    """Write every feed under out_dir, each file replaced atomically; returns what was written."""
    files = feed_files(plan, now)
    try:
        (out_dir / PEOPLE_DIR).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise environment_error(out_dir, exc) from None
    written = []
    for relative, content in files.items():
        path = out_dir / relative
        write_atomically(path, content)
        written.append(path)
    return written
