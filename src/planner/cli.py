"""Headless jobs: `planner check|export|export-json|import-json ...` (no Qt is imported)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from planner import __version__
from planner.domain.checks import check_plan
from planner.domain.edits import add_media_windows
from planner.domain.model import Plan
from planner.errors import FileAccessError, PlannerError
from planner.ical.importer import read_windows
from planner.publish.feeds import FeedKind, export_feeds
from planner.resources import example_plan_path
from planner.storage import load_any, load_document, record_publication, save_any
from planner.storage.document import save_plan
from planner.storage.json_format import write_json

EXIT_OK, EXIT_WARNINGS, EXIT_ERROR = 0, 1, 2


def _check(args: argparse.Namespace) -> int:
    plan = load_any(args.plan)
    warnings = check_plan(plan)
    for warning in warnings:
        print(warning)
    if not warnings:
        print(f"{args.plan}: no warnings")
    return EXIT_WARNINGS if warnings else EXIT_OK


def _export(args: argparse.Namespace) -> int:
    plan, records = load_document(args.plan)
    only = {FeedKind(kind) for group in args.only for kind in group} or set(FeedKind)
    now = args.stamp or datetime.now(UTC)
    publication = export_feeds(plan, args.out, now=now, previous=records.revisions, only=only)
    for path in publication.written:
        print(path)
    if args.no_record or args.plan.resolve() == example_plan_path().resolve():
        print(f"note: the publication record was not stored in {args.plan}", file=sys.stderr)
    else:
        # So the next export raises SEQUENCE only for what changes from here.
        record_publication(args.plan, records.with_revisions(publication.revisions))
    return EXIT_OK


def _export_json(args: argparse.Namespace) -> int:
    _refuse_overwrite(args.out, args.force)
    write_json(load_any(args.plan), args.out)
    print(args.out)
    return EXIT_OK


def _import_json(args: argparse.Namespace) -> int:
    _refuse_overwrite(args.out, args.force)
    save_plan(load_any(args.json), args.out)
    print(args.out)
    return EXIT_OK


def _import_ics(args: argparse.Namespace) -> int:
    plan, records = load_document(args.plan)
    between = _import_range(plan, args.date_from, args.date_to)
    try:
        data = args.ics.read_bytes()
    except OSError as exc:
        raise FileAccessError(f"{args.ics}: cannot read ({exc.strerror})") from None
    found = read_windows(data, plan.zone, str(args.ics), between)
    if args.location and args.location not in plan.locations_by_id:
        raise PlannerError(f"{args.plan}: no location has the id {args.location!r}")
    result = add_media_windows(plan, found.windows, args.location)
    if result.added:
        save_any(result.plan, args.plan, records)
    turns = len(result.plan.turns) - len(plan.turns)
    print(f"{args.plan}: added {len(result.added)} media windows with {turns} unstaffed turns")
    for line in found.problems + result.notes:
        print(line, file=sys.stderr)
    return EXIT_WARNINGS if found.problems or result.notes else EXIT_OK


def _import_range(plan: Plan, first: date | None, last: date | None) -> tuple[date, date] | None:
    """Where to expand recurring events: as asked, else over the plan's days."""
    dates = [d.date for d in plan.days]
    first = first or (min(dates) if dates else None)
    last = last or (max(dates) if dates else None)
    if first is None or last is None:
        return None
    if last < first:
        raise PlannerError(f"--to {last} is before --from {first}")
    return first, last


def _refuse_overwrite(path: Path, force: bool) -> None:
    if path.exists() and not force:
        raise PlannerError(f"{path} already exists; pass --force to replace it")


def _feed_kinds(text: str) -> list[str]:
    kinds = [k.strip() for k in text.split(",") if k.strip()]
    valid = [k.value for k in FeedKind]
    for kind in kinds:
        if kind not in valid:
            raise argparse.ArgumentTypeError(f"{kind!r} is not one of {', '.join(valid)}")
    return kinds


def _stamp(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise argparse.ArgumentTypeError(f"{text!r} needs a UTC offset, e.g. 2025-04-01T12:00Z")
    return moment


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="planner",
        description="Plan a public action and publish its schedule. "
        "Run `planner` or `planner FILE` to open the app; the commands below run without a display.",
    )
    parser.add_argument("--version", action="version", version=f"planner {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, run: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(run=run)
        return sub

    plan_help = "the plan: a .planner document or a .json interchange file"
    sub = command("check", _check, "print the plan's warnings, one per line; exit 0 only when there are none")
    sub.add_argument("plan", type=Path, help=plan_help)

    sub = command(
        "export", _export, "write the calendar files (media, volunteers, people, roles, organizer) into a folder"
    )
    sub.add_argument("plan", type=Path, help=plan_help)
    sub.add_argument("--out", type=Path, required=True, help="the folder to write (created if needed)")
    sub.add_argument(
        "--only",
        type=_feed_kinds,
        action="append",
        default=[],
        metavar="KINDS",
        help="only these, comma-separated or repeated: " + "|".join(k.value for k in FeedKind),
    )
    sub.add_argument("--stamp", type=_stamp, help="DTSTAMP to write, ISO 8601 with offset (default: now)")
    sub.add_argument(
        "--no-record", action="store_true", help="do not store what was published (SEQUENCE numbers) in PLAN"
    )

    sub = command("export-json", _export_json, "write the plan as JSON interchange (docs/plan-json.md)")
    sub.add_argument("plan", type=Path, help=plan_help)
    sub.add_argument("out", type=Path, help="the .json file to write")
    sub.add_argument("--force", action="store_true", help="replace OUT if it exists")

    sub = command("import-json", _import_json, "make a .planner document from a JSON plan")
    sub.add_argument("json", type=Path, help="the .json plan to read")
    sub.add_argument("out", type=Path, help="the .planner file to write")
    sub.add_argument("--force", action="store_true", help="replace OUT if it exists")

    sub = command(
        "import-ics",
        _import_ics,
        "add media windows to a plan from a calendar file (.ics), e.g. an availability calendar",
    )
    sub.add_argument("plan", type=Path, help=plan_help + "; changed in place")
    sub.add_argument("ics", type=Path, help="the .ics file to read")
    sub.add_argument("--location", help="location id for events without LOCATION (default: the plan's first)")
    sub.add_argument("--from", dest="date_from", type=date.fromisoformat, help="expand repeating events from DATE")
    sub.add_argument("--to", dest="date_to", type=date.fromisoformat, help="... up to DATE (default: the plan's days)")
    return parser


COMMANDS = ("check", "export", "export-json", "import-json", "import-ics")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        result: int = args.run(args)
    except PlannerError as exc:
        print(f"planner: {exc}", file=sys.stderr)
        return EXIT_ERROR
    return result
