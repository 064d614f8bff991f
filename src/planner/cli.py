"""Headless jobs: `planner check|export|export-json|import-json ...` (no Qt is imported in
English; in Spanish QtCore alone, to read Planner's translations).

One module on purpose: one short function per command and the table of them."""

from __future__ import annotations

import argparse
import functools
import getpass
import json
import math
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Protocol, TextIO, TypeVar

from planner import __version__
from planner.domain.checks import PlanWarning, check_plan
from planner.domain.edits import add_media_windows
from planner.domain.ledger import SentMessage, draft_release
from planner.domain.merge import record_named
from planner.domain.merging import Merge
from planner.domain.model import LocationId, Person, PersonKind, Plan, copy_of_example, new_id
from planner.domain.people import find_person, merge_people_rows
from planner.domain.press import merge_press_rows
from planner.domain.records import PublishedEvent, Records, changed_since
from planner.domain.releases import change_log
from planner.domain.staffing import staffing_changes
from planner.domain.sync_state import recorded_as
from planner.errors import PlannerError
from planner.fileio import (
    collector_paused,
    folder_given,
    is_stream,
    read_at_most,
    reading_error,
    refuse_writing_over,
    write_atomically,
)
from planner.publish.feeds import FeedKind, export_feeds
from planner.resources import LANGUAGES, is_example_plan, translations_dir
from planner.storage import (
    FileStamp,
    exports_kept,
    file_stamp,
    keep_last_export,
    load_any,
    load_document,
    load_for_export,
    load_last_export,
    load_row_changes_since,
    load_sync,
    lock_plan,
    record_export,
    record_publication,
    records_kept,
    save_any,
)
from planner.storage.contacts import read_people_list, read_press_list
from planner.storage.csv_table import (
    EVERY_SHEET,
    Imported,
    SheetChoice,
    read_csv_file,
    write_people_csv,
    write_rows_csv,
)
from planner.storage.json_format import write_json
from planner.storage.lock import login_name
from planner.words import QT_TRANSLATE_NOOP, Text, quoted, tr

if TYPE_CHECKING:
    from email.message import EmailMessage

    from planner.domain.sync_state import SyncState
    from planner.publish.feeds import Feeds
    from planner.publish.outbox import Saved
    from planner.publish.smtp import SmtpSettings
    from planner.sync.engine import SyncReport

EXIT_OK, EXIT_WARNINGS, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED = 130  # Ctrl+C, as a shell reports a command SIGINT ended (128 + 2)

# C0 and C1 control characters but tab: a name or title from a file must not move the
# terminal's cursor, clear its screen, or forge a line of output.
_CONTROLS = {c: f"\\x{c:02x}" for c in (*range(0x00, 0x09), *range(0x0A, 0x20), 0x7F, *range(0x80, 0xA0))}


_ARGPARSE_GETTEXT = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]  # (English: as they are)


class _Speech:
    """The language the commands speak: English as the sources write it, or a translation that
    Qt reads from the app's own files (QtCore only, loaded for it: an English run loads no Qt).
    A text (planner.words.Text) is said in it; anything else, a name or a path, as it is."""

    def __init__(self) -> None:
        self.translator: Any = None  # a QTranslator, for Spanish
        self._locale: Any = None  # its QLocale, for dates

    def use(self, language: str) -> None:
        self.translator = self._locale = None
        argparse._, argparse.ngettext = _ARGPARSE_GETTEXT  # type: ignore[attr-defined]
        if language == "en":
            return
        try:
            from PySide6.QtCore import QLocale, QTranslator
        except ImportError as exc:  # Qt's libraries missing on a bare server: still do the job
            _print(f"planner: {LANGUAGES[language]} needs Qt ({exc}); writing in English", file=sys.stderr)
            return
        translator = QTranslator()
        if not translator.load(f"planner_{language}", str(translations_dir())):
            _print(f"planner: no {LANGUAGES[language]} translation in {translations_dir()}; writing in English",
                   file=sys.stderr)  # fmt: skip
            return
        self.translator, self._locale = translator, QLocale(language)
        # argparse asks gettext for its own words ("usage: ", its errors), of which Python
        # ships no translations: they come from the app's (_ARGPARSE_WORDS).
        argparse._ = self._argparse_says  # type: ignore[attr-defined]
        argparse.ngettext = lambda one, many, n: self._argparse_says(one if n == 1 else many)  # type: ignore[attr-defined]

    def _argparse_says(self, text: str) -> str:
        return str(self.translator.translate("argparse", text) or text)

    def say(self, part: object) -> str:
        if not isinstance(part, Text) or self.translator is None:
            return str(part)
        return part.render(lambda template: self.translator.translate("", template) or template, self._written)

    def _written(self, day: date) -> str:
        """A date as the app writes it in this language (ui/i18n.say's patterns)."""
        from PySide6.QtCore import QDate, QDateTime, QTime

        when = QDate(day.year, day.month, day.day)
        if isinstance(day, datetime):
            return str(self._locale.toString(QDateTime(when, QTime(day.hour, day.minute)), "ddd dd MMM HH:mm"))
        return str(self._locale.toString(when, "ddd dd MMM"))


_speech = _Speech()


def _terminal_language(environ: Mapping[str, str]) -> str:
    """The language the terminal asks for, as gettext reads it (LANGUAGE, a list, first; then
    LC_ALL, LC_MESSAGES, LANG: "es_MX.UTF-8" is Spanish), if Planner speaks it; else English."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        for entry in value.split(":") if value else ():
            code = entry.split(".")[0].split("@")[0].split("_")[0].lower()
            if code in LANGUAGES:
                return code
        if value and name != "LANGUAGE":  # set, to a language Planner does not speak ("C", "fr_FR")
            return "en"
    return "en"


def _asked_language(argv: Sequence[str]) -> str | None:
    """The language `--language X` (or `--language=X`) asks for, before or after the command's
    name, if Planner speaks it."""
    for i, arg in enumerate(argv):
        if arg == "--language":
            value = argv[i + 1] if i + 1 < len(argv) else ""
        elif arg.startswith("--language="):
            value = arg.removeprefix("--language=")
        else:
            continue
        return value if value in LANGUAGES else None
    return None


def app_options(argv: Sequence[str]) -> int:
    """The desktop app's help (`planner FILE --help`), or what argparse says of options it
    cannot take, in the terminal's language (__main__.py, before any Qt)."""
    from planner.app_options import app_parser

    _speech.use(_asked_language(argv) or _terminal_language(os.environ))
    try:
        app_parser(_speech.say).parse_args(list(argv))
    except SystemExit as said:
        return said.code if isinstance(said.code, int) else EXIT_ERROR
    return EXIT_OK


def refuse(problem: Text, argv: Sequence[str]) -> int:
    """One line on stderr, in the terminal's language, for a start that cannot go on
    (__main__.py: a mistyped command, no display for the app)."""
    _speech.use(_asked_language(argv) or _terminal_language(os.environ))
    _print(tr("planner: {error}", error=problem), file=sys.stderr)
    return EXIT_ERROR


def _report_to(out: Path) -> TextIO:
    """Where a command says what it wrote to `out`: on stderr when `out` is the terminal or a pipe
    (`planner export-json PLAN /dev/stdout | jq`), not mixed with what it wrote there."""
    return sys.stderr if is_stream(out) else sys.stdout


def _print(*parts: object, file: TextIO | None = None, indent: int = 0) -> None:
    """print(), in the commands' language, with the plan's text shown as text: control
    characters become \\xNN."""
    said = (_speech.say(part).translate(_CONTROLS) for part in parts)
    _write(" " * indent + " ".join(said) + "\n", file or sys.stdout)


def _write(text: str, target: TextIO) -> None:
    try:
        target.write(text)
    except BrokenPipeError:
        # The reader stopped reading (`planner export … | head`): the command goes on to the end
        # (an export still records what it wrote), its lines going nowhere.
        os.dup2(os.open(os.devnull, os.O_WRONLY), target.fileno())


def _counted(count: int, one: Text, many: Text) -> Text:
    """A count said in the singular at one: `_counted(n, tr("{n} file"), tr("{n} files"))` is
    "1 file", "0 files" (a vigil's run sheet is one page). Spanish counts as English does."""
    return replace(one if count == 1 else many, parts=(("n", count),))


class _Progress:
    """How far a long command has got (a campaign's first publish or share takes minutes): one
    line on stderr, said again in place at most ten times a second, cleared when done; on a
    terminal only (a script's log gets the outcome alone). Given to the job as its `going_on`:
    it never stops it (Ctrl+C does)."""

    def __init__(self, say: Callable[..., Text]) -> None:
        self._say, self._shown, self._at = say, False, -math.inf
        self._terminal = sys.stderr.isatty()

    def __call__(self, *counts: int) -> bool:
        now = time.monotonic()
        if self._terminal and now - self._at >= 0.1:
            self._at, self._shown = now, True
            _write("\r\x1b[K" + _speech.say(self._say(*counts)).translate(_CONTROLS), sys.stderr)
            sys.stderr.flush()
        return True

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._shown:
            _write("\r\x1b[K", sys.stderr)  # (the line cleared for what is said next)


class _CtrlCStops:
    """While a send runs, the first Ctrl+C asks it to stop after the message going out, so
    it ends as after Stop in the app: every message that went recorded, a shared plan's claims
    on the rest given back for a teammate to send. A second Ctrl+C stops at once. Given to the
    job as its `going_on`."""

    def __init__(self) -> None:
        self.asked = False
        self._before: Any = None

    def __enter__(self) -> _CtrlCStops:
        if threading.current_thread() is threading.main_thread():  # (where Python takes signals)
            self._before = signal.signal(signal.SIGINT, self._ask)
        return self

    def _ask(self, _signal: int, _frame: object) -> None:
        self.asked = True
        signal.signal(signal.SIGINT, self._before)  # the next one interrupts
        _print(tr("stopping after the message going out (Ctrl+C again stops at once)"), file=sys.stderr)

    def __call__(self) -> bool:
        return not self.asked

    def __exit__(self, *_exc: object) -> None:
        if self._before is not None and signal.getsignal(signal.SIGINT) == self._ask:
            signal.signal(signal.SIGINT, self._before)


Command = Callable[[argparse.Namespace], int]


def _writes(
    attribute: str, unless: Callable[[argparse.Namespace], bool] = lambda _args: False
) -> Callable[[Command], Command]:
    """The command changes the plan named by `attribute`: it holds the plan's lock throughout
    (load, change, save), so a second writer is refused instead of losing an update."""

    def wrap(run: Command) -> Command:
        @functools.wraps(run)
        def locked(args: argparse.Namespace) -> int:
            path: Path = getattr(args, attribute)
            if unless(args) or is_example_plan(path):  # the example is never written; the command says so
                return run(args)
            with lock_plan(path, f"planner {args.command}"):
                return run(args)

        return locked

    return wrap


def _load_to_change(path: Path) -> tuple[Plan, Records, FileStamp | None]:
    """The plan, its records, and the file's stamp from before reading it: a save is refused
    if anything but Planner (a sync client) wrote the file in between."""
    stamp = file_stamp(path)
    plan, records = load_document(path)
    return plan, records, stamp


def _check(args: argparse.Namespace) -> int:
    plan = load_any(args.plan)
    warnings = check_plan(plan)
    for warning in warnings:
        _print(*_warning_parts(warning))
    if not warnings:
        _print(tr("{plan}: no warnings", plan=args.plan))
    return EXIT_WARNINGS if warnings else EXIT_OK


def _warning_parts(warning: PlanWarning) -> tuple[str, Text]:
    """A warning's line, "2025-04-07  win-2025-04-07  media window … has no spokesperson": its
    day and item as they are, what it says in the commands' language."""
    return f"{warning.day.isoformat() if warning.day else '-'}  {warning.item_id} ", warning.text


_ResultT = TypeVar("_ResultT")


class _Meanwhile(Generic[_ResultT]):
    """`work()` run in a thread of its own while the caller goes on; `result()` waits for it
    (and raises what it raised)."""

    def __init__(self, work: Callable[[], _ResultT]) -> None:
        self._outcome: tuple[_ResultT | None, BaseException | None] = (None, None)
        self._thread = threading.Thread(target=self._run, args=(work,), daemon=True)
        self._thread.start()

    def _run(self, work: Callable[[], _ResultT]) -> None:
        try:
            self._outcome = (work(), None)
        except BaseException as exc:  # (said by result(), in the caller's thread)
            self._outcome = (None, exc)

    def result(self) -> _ResultT:
        self._thread.join()
        found, error = self._outcome
        if error is not None:
            raise error
        return found  # type: ignore[return-value]  # (set by work(), of its type)


@_writes("plan", unless=lambda args: args.no_record)
def _export(args: argparse.Namespace) -> int:
    # A run reads a campaign's plan and revisions and makes its feeds: half a million objects
    # that live until it ends, in no reference cycle; the cycle collector passing over them
    # again and again was ~8 % of a re-export after one edit (70-100 ms).
    with collector_paused():
        return _export_feeds(args)


def _export_feeds(args: argparse.Namespace) -> int:
    stamp = file_stamp(args.plan)
    only = {FeedKind(kind) for group in args.only for kind in group} or set(FeedKind)
    now = args.stamp or datetime.now(UTC)
    keeps_record = not (args.no_record or is_example_plan(args.plan))
    # The rows changed since the last export into the folder (the plan file compares them with
    # a copy it kept): only their events are fingerprinted again, a campaign's few, not its
    # 31,800. SQLite compares them in a thread of its own while this one reads the plan (its C
    # code lets go of Python's lock: a campaign's re-export is ~0.06 s sooner).
    compared = _Meanwhile(lambda: load_row_changes_since(args.plan, args.out, expected=stamp)) if keeps_record else None
    plan, revisions = load_for_export(args.plan)
    records = Records(revisions=revisions)  # (the other records are neither needed nor written)
    last = load_last_export(args.plan, args.out) if keeps_record else None
    found = compared.result() if compared is not None else None  # (waited for: the file is written next)
    since = found if last is not None else None
    publication = export_feeds(plan, args.out, now=now, previous=records.revisions, only=only, last=last,
                               since=since)  # fmt: skip
    for path in publication.written:
        _print(path)
    files = _counted(len(publication.written), tr("{n} file"), tr("{n} files"))
    _print(tr("{changed} of {files} changed", changed=len(publication.changed), files=files), file=sys.stderr)
    if not keeps_record:
        _print(tr("note: the publication record was not stored in {plan}", plan=args.plan), file=sys.stderr)
    else:
        # So the next export raises SEQUENCE only for what changes from here, and makes again
        # only what changes (after an export of some feeds, everything, but in the files named
        # as before). The file is as read (its lock held since): the copy of its rows is kept.
        record_export(args.plan, records, publication.revisions, publication.export, expected=stamp,
                      export_before=last, rows_read=since or "all")  # fmt: skip
    return EXIT_OK


def _export_json(args: argparse.Namespace) -> int:
    refuse_writing_over(args.out, args.plan)
    _refuse_overwrite(args.out, args.force)
    plan, records = _load_to_copy(args.plan)
    # With what left the machine, so a round trip keeps it: the records, and the names of the
    # files exported into folders (a person renamed keeps their file).
    write_json(plan, args.out, records, exports_kept(args.plan, plan.id).values())
    _print(args.out, file=_report_to(args.out))
    return EXIT_OK


@_writes("out")
def _import_json(args: argparse.Namespace) -> int:
    refuse_writing_over(args.out, args.json, writes_a_plan=True)
    _refuse_overwrite(args.out, args.force)
    stamp = file_stamp(args.out)
    plan, records = _load_to_copy(args.json)
    # What already left the machine for this plan (feed revisions, releases, sent invitations)
    # stays in the document, merged with what the JSON brings: else SEQUENCE would restart and
    # the press be sent again what it has. Saving does the merge; this says what it kept.
    kept = records_kept(args.out, plan.id) if args.out.exists() else Records()
    if kept != Records():
        kept_line = (tr("kept the publication record and press ledger of {out}, merged with those in {json}",
                        out=args.out, json=args.json) if records != Records()
                     else tr("kept the publication record and press ledger of {out}", out=args.out))  # fmt: skip
        _print(kept_line, file=sys.stderr)
    elif records != Records():
        _print(tr("took the publication record and press ledger from {json}", json=args.json), file=sys.stderr)
    save_any(plan, args.out, records, expected=stamp, exports=exports_kept(args.json, plan.id).values())
    _print(args.out)
    return EXIT_OK


@_writes("plan")
def _import_ics(args: argparse.Namespace) -> int:
    from planner.ical.importer import MAX_BYTES, read_windows, too_big  # (its libraries: for this command only)

    plan, records, stamp = _load_to_change(args.plan)
    between = _import_range(plan, args.date_from, args.date_to)
    # Its name or id, as the run sheet's --location takes it; said before the file is read.
    place = _location(plan, args.location, args.plan) if args.location is not None else None
    try:
        data = read_at_most(args.ics, MAX_BYTES, lambda size: too_big(str(args.ics), size))
    except OSError as exc:
        raise reading_error(args.ics, exc) from None
    found = read_windows(data, plan.zone, str(args.ics), between)
    result = add_media_windows(plan, found.windows, place)
    if result.added:
        save_any(result.plan, args.plan, records, expected=stamp)
    turns = len(result.plan.turns) - len(plan.turns)
    _print(tr("{plan}: added {windows} with {turns}", plan=args.plan,
              windows=_counted(len(result.added), tr("{n} media window"), tr("{n} media windows")),
              turns=_counted(turns, tr("{n} unstaffed turn"), tr("{n} unstaffed turns"))))  # fmt: skip
    for line in found.notes + found.problems + result.notes:
        _print(line, file=sys.stderr)
    return EXIT_WARNINGS if found.notes or found.problems or result.notes else EXIT_OK


def _import_range(plan: Plan, first: date | None, last: date | None) -> tuple[date, date] | None:
    """Where to expand recurring events: as asked, else over the plan's days."""
    dates = [d.date for d in plan.days]
    first = first or (min(dates) if dates else None)
    last = last or (max(dates) if dates else None)
    if first is None or last is None:
        return None
    _refuse_backwards(first, last)
    return first, last


def _refuse_backwards(first: date | None, last: date | None) -> None:
    if first is not None and last is not None and last < first:
        raise PlannerError(tr("--to {last} is before --from {first}", last=last.isoformat(), first=first.isoformat()))


@_writes("plan")
def _release(args: argparse.Namespace) -> int:
    _refuse_example(args.plan)
    team = _release_team(args) if load_sync(args.plan) is not None else None
    plan, records, stamp = _load_to_change(args.plan)
    draft = draft_release(plan, args.name, datetime.now(UTC), records.releases, records.sent)
    release = draft.release
    _print(tr("release {number} {name}: {windows}, {journalists}", number=release.number, name=quoted(release.name),
              windows=_counted(len(release.windows), tr("{n} media window"), tr("{n} media windows")),
              journalists=_counted(len(release.journalists), tr("{n} journalist"), tr("{n} journalists"))))  # fmt: skip
    for change in draft.changes:
        _print(change.text, indent=2)
    if not draft.changes:
        _print(tr("no changes for the press"), indent=2)
    warnings = check_plan(plan)
    if warnings:
        _print(tr("{warnings} (`planner check` lists them all):",
                  warnings=_counted(len(warnings), tr("{n} warning"), tr("{n} warnings"))))  # fmt: skip
        for warning in warnings[:_WARNINGS_SHOWN]:
            _print(*_warning_parts(warning), indent=2)
        if len(warnings) > _WARNINGS_SHOWN:
            _print(tr("... and {count} more", count=len(warnings) - _WARNINGS_SHOWN), indent=2)
    _print(tr("{summary} to send", summary=draft.summary))
    if not args.yes and not _confirmed(
        tr("Release?"), tr("releasing needs a yes: run it in a terminal, or pass --yes")
    ):
        _print(tr("not released; nothing was changed"), file=sys.stderr)
        return EXIT_WARNINGS
    record_publication(args.plan, records.with_release(release), expected=stamp)
    owed = _counted(len(draft.owed), tr("{n} message"), tr("{n} messages"))
    _print(tr("released: `planner invites` writes the {owed}, `planner send` sends them", owed=owed))
    # Teammates have it now, not at the next sync: a teammate's release then takes the next number.
    return EXIT_OK if team is None else _say_synced(team.sync(), args.plan)


def _release_team(args: argparse.Namespace) -> _Team | None:
    """A shared plan's server, the teammates' latest pulled first: the release then takes the
    number after the team's last and says what changed since it. None where the server cannot
    be reached, said: the release is made on this copy, and the next sync sends it."""
    try:
        team = _Team(args, None)  # (its --name is the release's)
        why: Text | str = team.sync().offline
    except PlannerError as exc:
        why = exc.text
    if not why:
        return team
    _print(tr("note: {why}; releasing on this copy, and `planner sync` sends the release to the team", why=why),
           file=sys.stderr)  # fmt: skip
    return None


_WARNINGS_SHOWN = 10


def _confirmed(question: Text, refusal: Text) -> bool:
    """Asked on the terminal; with no one to ask (a script, a pipe) the answer is no, and
    the refusal says how to go ahead."""
    if not sys.stdin.isatty():
        raise PlannerError(refusal)
    try:
        return input(_speech.say(tr("{question} [y/N] ", question=question))).strip().casefold() in (
            "y", "yes", "s", "sí", "si")  # fmt: skip
    except EOFError:
        return False


def _releases(args: argparse.Namespace) -> int:
    plan, records = load_document(args.plan)
    by_number = {r.number: r for r in records.releases}
    if not by_number:
        _print(tr("{plan}: no releases yet; `planner release PLAN --name NAME` makes one", plan=args.plan))
        return EXIT_OK
    if args.diff:
        first, second = args.diff
    else:
        second = records.releases[-1].number
        first = records.releases[-2].number if len(records.releases) > 1 else 0
    # Said before the list (one line, not the list and then why not); A may be 0, before any.
    for number in (first, second) if first else (second,):
        if number not in by_number:
            raise PlannerError(tr("{plan}: there is no release {number}", plan=args.plan, number=number))
    for r in records.releases:
        # When, on the plan's clock, as the app's release history says it (not UTC's).
        _print(f"{r.number:>3}  {r.created.astimezone(plan.zone):%Y-%m-%d %H:%M %Z}  {r.name} ",
               tr("({windows}, {journalists})", windows=_counted(len(r.windows), tr("{n} window"), tr("{n} windows")),
                  journalists=_counted(len(r.journalists), tr("{n} journalist"), tr("{n} journalists"))))  # fmt: skip
    _print(tr("changes from release {first} to {second}:", first=first, second=second) if first
           else tr("release {number}:", number=second))  # fmt: skip
    changes = change_log(by_number.get(first), by_number[second])
    for change in changes:
        _print(change.text, indent=2)
    if not changes:
        _print(tr("no changes for the press"), indent=2)
    return EXIT_OK


def _invites(args: argparse.Namespace) -> int:
    from planner.publish.outbox import build_outbox, write_eml

    _plan, records = load_document(args.plan)
    items = build_outbox(records, datetime.now(UTC))
    if not items:  # (no folder made, no "0 messages written")
        _print(tr("{plan}: nothing to write: {why}", plan=args.plan, why=_nothing_owed(records)))
        return EXIT_OK
    saved = write_eml(items, args.out)
    for item in items:
        status = (
            tr("ERROR {error}", error=item.error) if item.error else item.message["Subject"] if item.message else ""
        )
        _print(f"{item.recipient}  {item.invitation.method} ", status)
    _say_refused(saved)
    messages = _counted(len(saved.written), tr("{n} message"), tr("{n} messages"))
    _print(tr("{messages} written to {out}; nothing was sent", messages=messages, out=args.out))
    return EXIT_WARNINGS if saved.refused or any(item.error for item in items) else EXIT_OK


def _nothing_owed(records: Records) -> Text:
    """Why no journalist is owed an invitation (the outbox is empty)."""
    if records.releases:
        return tr("every journalist has the latest release")
    return tr("no release yet (`planner release PLAN` makes one)")


def _say_refused(saved: Saved) -> None:
    for _recipient, why in saved.refused:
        _print(tr("not written, refused as it was made: {why}", why=why), file=sys.stderr)


@_writes("plan")
def _send(args: argparse.Namespace) -> int:
    from planner.publish.outbox import build_outbox
    from planner.publish.smtp import SmtpSettings

    _refuse_example(args.plan)
    if load_sync(args.plan) is None:  # (a shared plan pulls its teammates' releases first: below)
        _plan, records = load_document(args.plan)
        if not build_outbox(records, datetime.now(UTC)):  # said before a password is asked for
            _print(tr("{plan}: nothing to send: {why}", plan=args.plan, why=_nothing_owed(records)))
            return EXIT_OK
    settings = SmtpSettings(args.host, args.port, args.user, args.security)
    password = _smtp_password(args, settings)
    team = _team_pulled(args)
    _plan, records = load_document(args.plan)
    items = build_outbox(records, datetime.now(UTC))
    return _send_recorded(args.plan, records, items, settings, password, team)


def _smtp_password(args: argparse.Namespace, settings: SmtpSettings) -> str:
    """From stdin (--password-stdin: scripts, machines without a keyring), else the keyring's;
    --store-password keeps the one given (or asked for) there."""
    from planner.publish.smtp import password_from_keyring, store_password

    given = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
    if args.store_password:
        asked = tr("Password for {account}: ", account=settings.keyring_account)
        given = given if given is not None else getpass.getpass(_speech.say(asked))
        store_password(settings, given)
    return given if given is not None else password_from_keyring(settings)


@_writes("plan", unless=lambda args: args.out is not None)
def _notify(args: argparse.Namespace) -> int:
    from planner.domain.schedule_notices import waiting_for_a_link
    from planner.publish.links import person_links
    from planner.publish.outbox import write_eml
    from planner.publish.schedule_mail import build_schedule_mails
    from planner.publish.smtp import SmtpSettings

    plan, records = load_document(args.plan)
    links = person_links(plan, records)
    mails = build_schedule_mails(plan, records, datetime.now(UTC), links)
    if unlinked := waiting_for_a_link(plan, links):  # (before a publish: everyone; 0 e-mails, said why)
        _print(tr("note: no link yet for {people} with an e-mail and a turn or shift (the first: {name}); "
                  "`planner publish` gives them one, then notify e-mails them", name=unlinked[0].name,
                  people=_counted(len(unlinked), tr("{n} person"), tr("{n} people"))), file=sys.stderr)  # fmt: skip
    for mail in mails:
        if mail.error:
            _print(
                tr("cannot write to {name}: {error}", name=mail.notice.person.name, error=mail.error), file=sys.stderr
            )
    if args.out is not None:
        saved = write_eml(mails, args.out)
        _say_refused(saved)
        mails_written = _counted(len(saved.written), tr("{n} e-mail"), tr("{n} e-mails"))
        _print(tr("{out}: {mails} written (nothing sent, nothing recorded)", out=args.out, mails=mails_written))
        return EXIT_WARNINGS if saved.refused else EXIT_OK
    if args.host is None or args.user is None:
        raise PlannerError(tr("give --out DIR to write the e-mails, or --host and --user to send them"))
    _refuse_example(args.plan)
    if not mails and load_sync(args.plan) is None:  # said before a password is asked for
        if not unlinked:
            _print(tr("{plan}: everyone has been told their schedule as it is", plan=args.plan))
        return EXIT_OK
    settings = SmtpSettings(args.host, args.port, args.user, args.security)
    password = _smtp_password(args, settings)
    team = _team_pulled(args)
    if team is not None:  # teammates may have told some people already
        plan, records = load_document(args.plan)
        mails = build_schedule_mails(plan, records, datetime.now(UTC))
    if not mails and not unlinked:
        _print(tr("{plan}: everyone has been told their schedule as it is", plan=args.plan))
    return _send_recorded(args.plan, records, mails, settings, password, team)


class _Sendable(Protocol):
    @property
    def message(self) -> EmailMessage | None: ...
    @property
    def error(self) -> Text | str: ...
    @property
    def recipient(self) -> str: ...
    @property
    def uid(self) -> str: ...
    def record(self, at: datetime) -> SentMessage: ...


def _send_recorded(path: Path, records: Records, items: Sequence[_Sendable], settings: SmtpSettings,
                   password: str, team: _Team | None = None) -> int:  # fmt: skip
    """Send, writing each message into the plan file the moment the server accepts it (a
    crash never sends one twice) and each refusal with the server's reason; then say how it
    went. A shared plan then syncs, so teammates' ledgers have what was sent."""
    from planner.publish.smtp import send_outbox

    def keep(item: _Sendable, at: datetime) -> None:
        nonlocal records
        before, records = records, records.with_sent(item.record(at))
        record_publication(path, records, changes=changed_since(before, records))  # (its rows only)
        if team is not None:
            team.claims.sent(item)
        _print(tr("sent     {recipient}  {subject}", recipient=item.recipient,
                  subject=item.message["Subject"] if item.message else ""))  # fmt: skip

    def keep_failure(item: _Sendable, at: datetime, reason: str) -> None:
        nonlocal records
        before, records = records, records.with_failure(item.recipient, item.uid, at, reason)
        record_publication(path, records, changes=changed_since(before, records))

    def claim(item: _Sendable) -> str | None:  # (a shared plan's: each as it is about to go)
        assert team is not None
        holder = team.claims.claim(item)
        if holder is not None:
            _print(tr("skipped  {recipient}  (being sent by {holder})", recipient=item.recipient, holder=holder))
        return holder

    try:
        with _CtrlCStops() as stop:
            report = send_outbox(list(items), settings, password, keep, on_failed=keep_failure, going_on=stop,
                                 claim=claim if team is not None else None)  # fmt: skip
    finally:  # what was claimed and did not go (refused, the connection lost, a stop): a teammate's to send
        if team is not None:
            team.claims.release_unsent()
    for item, reason in report.failed:
        _print(tr("failed   {recipient}  {reason}", recipient=item.recipient, reason=reason), file=sys.stderr)
    if report.stopped:  # (one line: a campaign leaves thousands)
        _print(tr("stopped (Ctrl+C): {pending} not sent; run the command again to send them",
                  pending=_counted(len(report.not_tried), tr("{n} message"), tr("{n} messages"))),
               file=sys.stderr)  # fmt: skip
    else:
        for item in report.not_tried:
            _print(tr("pending  {recipient}  (connection lost; run the command again)", recipient=item.recipient),
                   file=sys.stderr)  # fmt: skip
    synced = EXIT_OK if team is None else _say_synced(team.sync(), path)  # (what went, in the team's ledger)
    if report.stopped:
        return EXIT_INTERRUPTED
    return EXIT_OK if not report.failed and not report.not_tried and synced == EXIT_OK else EXIT_WARNINGS


# What a command opened to close when it ends, however it ends (main): a shared plan's
# server connection, used from the first pull to the last push.
_closed_at_end: list[Callable[[], object]] = []


class _Team:
    """A shared plan's server, for sending: pull teammates' ledger first, claim each message
    so two organizers pressing Send at once never send it twice, push what was sent."""

    def __init__(self, args: argparse.Namespace, name: str | None) -> None:
        """`name`: the organizer's, as given (else as this copy was last synced: recorded_as)."""
        from planner.publish.caldav import server_password
        from planner.sync.documents import load_linked, open_client
        from planner.sync.engine import MessageClaims

        plan, _records, self.state = load_linked(args.plan)
        self.path, self.who = args.plan, recorded_as(name, self.state, login_name())
        self.plan_id = plan.id
        given = sys.stdin.readline().rstrip("\r\n") if args.team_password_stdin else None
        password = server_password(self.state.url, self.state.user, given)
        self.client = open_client(self.state.url, self.state.user, password)
        _closed_at_end.append(self.client.close)  # (whichever way the command ends)
        self.claims = MessageClaims(lambda: self.client, self.state, self.plan_id, self.who)

    def sync(self) -> SyncReport:
        from planner.sync.documents import sync

        return sync(self.path, self.client, self.who, datetime.now(UTC))


def _team_pulled(args: argparse.Namespace) -> _Team | None:
    """For a shared plan: its server, after pulling what teammates sent (else None)."""
    if load_sync(args.plan) is None:
        return None
    team = _Team(args, args.name)
    report = team.sync()
    if report.offline:
        raise PlannerError(tr("{offline}; not sending without the shared ledger (a teammate may have sent)",
                              offline=report.offline))  # fmt: skip
    return team


@_writes("plan")
def _publish(args: argparse.Namespace) -> int:
    # The CalDAV client (and its HTTP stack) loads only for this command.
    from planner.publish.caldav import connected, server_password

    _refuse_example(args.plan)
    plan, records, stamp = _load_to_change(args.plan)
    password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
    password = server_password(args.server, args.user, password, store=args.store_password)
    with connected(args.server, args.user, password) as (client, home):  # (its connection closed when done)
        return _publish_to(args, client, home, plan, records, stamp)


def _publish_to(args: argparse.Namespace, client: Any, home: str, plan: Plan, records: Records,
                stamp: FileStamp | None) -> int:  # fmt: skip
    from planner.publish.links import with_tokens
    from planner.sync.publishing import publish_plan_file

    only = {FeedKind(kind) for group in args.only for kind in group} or set(FeedKind)
    now = datetime.now(UTC)
    before, records = records, with_tokens(plan, records, now)  # everyone's link token, before their calendar
    # (The file's stamp after each of our writes, while nobody else wrote it: the copy of the
    # rows goes with the record only if the plan published is still the file's.)
    held = stamp

    def made(feeds: Feeds) -> None:  # their revisions and the tokens, written before anything is sent
        nonlocal records, held
        records = records.with_revisions(feeds.revisions)
        if stamp is not None:
            held = record_publication(args.plan, records, expected=stamp, changes=changed_since(before, records))

    def kept(published: dict[tuple[str, str], PublishedEvent]) -> None:  # (a few rows written, not all)
        nonlocal records, held
        records = records.with_published(published)
        after = record_publication(args.plan, records, expected=held, changes=Records(published=published))
        held = after if held is not None else None

    def said(done: int, total: int, sent: int) -> Text:
        return tr("publishing calendar {number} of {total}: {events} sent so far", number=done + 1, total=total,
                  events=_counted(sent, tr("{n} event"), tr("{n} events")))  # fmt: skip

    with _Progress(said) as going_on:
        published = publish_plan_file(plan, records, client, home, now, path=args.plan, stamp=stamp, made=made,
                                      kept=kept, only=only, going_on=going_on, check=args.check,
                                      overwrite=args.overwrite)  # fmt: skip
    if published.record is not None or published.last is not None:
        keep_last_export(args.plan, home, published.record, published.last, expected=held,
                         rows_read="all" if published.rows_read is None else published.rows_read)  # fmt: skip
    report = published.report
    calendars = _counted(report.calendars, tr("{n} calendar"), tr("{n} calendars"))
    if report.renamed:
        calendars = tr("{calendars} ({renamed} renamed)", calendars=calendars, renamed=report.renamed)
    _print(tr("{server}: {events} sent, {deleted} deleted, {unchanged} unchanged, in {calendars} under {home}",
              server=args.server, events=_counted(len(report.sent), tr("{n} event"), tr("{n} events")),
              deleted=len(report.deleted), unchanged=report.unchanged, calendars=calendars, home=home))  # fmt: skip
    for line in report.conflicts:
        _print(tr("conflict  {line}", line=line), file=sys.stderr)
    if report.conflicts:  # (each publish says them again until settled so)
        _print(tr("To put the plan's version over what was changed on the server, publish again with --overwrite"),
               file=sys.stderr)  # fmt: skip
    for line in report.refused:
        _print(tr("refused  {line}", line=line), file=sys.stderr)
    for line in report.notes:
        _print(tr("note  {line}", line=line), file=sys.stderr)
    return EXIT_WARNINGS if report.conflicts or report.refused else EXIT_OK


def _sync_password(args: argparse.Namespace, url: str, user: str) -> str:
    from planner.publish.caldav import server_password

    given = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
    return server_password(url, user, given, store=getattr(args, "store_password", False))


def _organizer_name(args: argparse.Namespace, state: SyncState | None = None) -> str:
    """Who each change is recorded as made by: --name, else as this copy was last synced (its
    `state`), else the login name."""
    return recorded_as(args.name, state, login_name())


def _say_synced(report: SyncReport, path: Path) -> int:
    where = str(path)
    named: dict[str, Text] = {}
    if report.conflicts or report.refused:  # (read again as the sync left it, to name them)
        plan, _records = load_document(path)
        state = load_sync(path, plan.id)
        named = _records_named(plan, state, [*report.conflicts, *report.refused])
    _print(tr("{where}: {received} received, {merged} merged, {sent} sent", where=where,
              received=_counted(len(report.received), tr("{n} change"), tr("{n} changes")),
              merged=len(report.merged), sent=len(report.sent)))  # fmt: skip
    for note in [*report.notes, *report.dropped]:
        _print(tr("note      {note}", note=note), file=sys.stderr)
    for key in report.conflicts:
        _print(tr("conflict  {key} ({what}): changed here and by a teammate; settle with --mine or --theirs", key=key,
                  what=named[key]), file=sys.stderr)  # fmt: skip
    for key, why in sorted(report.refused.items()):
        _print(tr("refused   {key} ({what}): {why}", key=key, what=named[key], why=why), file=sys.stderr)
    if report.offline:
        _print(tr("offline   {why}; your changes wait and go with the next sync", why=report.offline), file=sys.stderr)
    if report.read_only:
        _print(tr("read-only {why}; your changes wait in this copy", why=report.read_only), file=sys.stderr)
    if report.gone:
        again = tr("gone      {why}; this copy keeps all of it: if it is gone for the whole team, `planner share "
                   "{plan} --server URL --user U --again` shares it anew, for teammates to copy from there; where a "
                   "teammate already has, give --server the address they got: this copy joins it there, your changes "
                   "not yet synced kept", why=report.gone, plan=where)  # fmt: skip
        _print(again, file=sys.stderr)
    warned = report.conflicts or report.offline or report.dropped or report.refused or report.read_only or report.gone
    return EXIT_WARNINGS if warned else EXIT_OK


def _records_named(plan: Plan, state: SyncState | None, keys: Sequence[str]) -> dict[str, Text]:
    """Each record of `keys` (a shared plan's: "shift:<id>") as the organizer knows it
    (merge.record_named: a shift's id is random), as `plan` holds it, or as the teammate's
    side of a conflict in `state` has it where this one deleted it."""
    from planner.storage.plan_objects import split_plan

    mine, theirs = split_plan(plan), state.conflicts if state is not None else {}

    def fields(key: str) -> dict[str, Any] | None:
        content = mine.get(key) or (theirs[key].theirs if key in theirs else None)
        try:
            found = json.loads(content) if content else None
        except ValueError:
            return None
        return found if isinstance(found, dict) else None

    return {key: record_named(plan, key, fields(key)) for key in keys}


@_writes("plan")
def _share(args: argparse.Namespace) -> int:
    from planner.publish.caldav import connected
    from planner.sync.documents import share

    _refuse_example(args.plan)

    def said(done: int, total: int) -> Text:
        return tr("sharing: {done} of {total} records on the server", done=done, total=total)

    with connected(args.server, args.user, _sync_password(args, args.server, args.user)) as (client, home), \
            _Progress(said) as going_on:  # fmt: skip
        shared = share(args.plan, client, home, args.user, _organizer_name(args), datetime.now(UTC), going_on,
                       again=args.again, address=args.server)  # fmt: skip
    synced = shared.synced
    if shared.joined:  # (the plan was there, from a teammate's copy: its changes merged, as a sync says)
        _print(tr("{plan}: linked to {url}, where the shared plan already is", plan=args.plan, url=synced.state.url))
        return _say_synced(synced.report, args.plan)
    objects = _counted(len(synced.report.sent), tr("{n} object"), tr("{n} objects"))
    _print(tr("{plan}: shared as {url} ({objects})", plan=args.plan, url=synced.state.url, objects=objects))
    _print(tr("A teammate gets their copy with: planner clone {url} PLAN.planner --user THEIR-LOGIN",
              url=synced.state.url))  # fmt: skip
    return EXIT_OK


def _clone(args: argparse.Namespace) -> int:
    from planner.sync.documents import check_clone_target, clone, open_client

    check_clone_target(args.out)  # (before the password is asked for)

    def said(done: int, total: int) -> Text:
        return tr("copying: {done} of {total} records", done=done, total=total)

    with open_client(args.url, args.user, _sync_password(args, args.url, args.user)) as client, \
            lock_plan(args.out, "planner clone"), _Progress(said) as going_on:  # fmt: skip
        synced = clone(args.url, client, args.out, args.user, _organizer_name(args), datetime.now(UTC), going_on)
    _print(tr("{out}: a copy of {title}, linked to {url}", out=args.out, title=quoted(synced.plan.title),
              url=synced.state.url))  # fmt: skip
    return EXIT_OK


@_writes("plan")
def _sync(args: argparse.Namespace) -> int:
    from planner.sync.documents import load_linked, open_client, settle, sync

    _refuse_example(args.plan)
    for take, keys in (("mine", args.mine), ("theirs", args.theirs)):
        for key in keys:
            settle(args.plan, key, take, args.field)
    plan, _records, state = load_linked(args.plan)
    if args.conflicts:
        named = _records_named(plan, state, sorted(state.conflicts))
        for key, conflict in sorted(state.conflicts.items()):
            what = "deleted" if not conflict.theirs else ", ".join(conflict.fields)
            _print(f"{key}\t{what}\t{conflict.by}\t{conflict.at or ''}\t{_speech.say(named[key])}")
        return EXIT_OK
    with open_client(state.url, state.user, _sync_password(args, state.url, state.user)) as client:
        report = sync(args.plan, client, _organizer_name(args, state), datetime.now(UTC))
    return _say_synced(report, args.plan)


@_writes("plan", unless=lambda args: args.new_link is None)
def _links(args: argparse.Namespace) -> int:
    from planner.publish.links import rotated, subscription_links

    if args.out is not None:
        refuse_writing_over(args.out, args.plan)
    if args.new_link is not None:  # (--new-link "" names nobody: said, not the links listed instead)
        _refuse_example(args.plan)
        plan, records, stamp = _load_to_change(args.plan)
        person = find_person(plan.people, args.new_link)
        if isinstance(person, Text):
            raise PlannerError(tr("{plan}: {problem}", plan=args.plan, problem=person))
        records = rotated(records, person.id, datetime.now(UTC))
        record_publication(args.plan, records, expected=stamp)
        _print(tr("{name}: a new link; the old one stops working at the next `planner publish`", name=person.name))
    else:
        plan, records = load_document(args.plan)
    rows = subscription_links(plan, records)
    if not rows:
        _print(tr("{plan}: nothing published yet; `planner publish` puts the calendars on a server", plan=args.plan))
        return EXIT_OK
    data = write_rows_csv(["calendar", "for", "url", "webcal"], rows)
    if args.out is None:
        _write(data.decode("utf-8-sig"), sys.stdout)
        return EXIT_OK
    write_atomically(args.out, data)
    _print(tr("{out}: {links}", out=args.out,
              links=_counted(len(rows), tr("{n} subscription link"), tr("{n} subscription links"))),
           file=_report_to(args.out))  # fmt: skip
    return EXIT_OK


def _organizer_password(args: argparse.Namespace, server: str) -> str:
    """Given on stdin, else the keyring's; at a terminal with neither, asked for (not shown)
    and kept in the keyring if there is one, where `planner publish` then finds it."""
    from planner.publish.caldav import PublishError, server_password

    if args.password_stdin:
        return server_password(server, args.user, sys.stdin.readline().rstrip("\r\n"), store=args.store_password)
    try:
        return server_password(server, args.user, None)
    except PublishError:
        if not sys.stdin.isatty():
            raise
    asked = tr("Choose the password of the organizer account {user}: ", user=quoted(args.user))
    password = getpass.getpass(_speech.say(asked))
    try:
        server_password(server, args.user, password, store=True)
    except PublishError:
        _print(tr("No system keyring here: give the same password to `planner publish --password-stdin`."))
    return password


def _serve(args: argparse.Namespace) -> int:
    from planner.publish.network import network_address
    from planner.publish.server import ServerSetup, check_setup, parse_listen, prepare, serve

    host, port = parse_listen(args.listen)
    folder = args.folder or args.plan.with_name(args.plan.stem + "-calendars")
    setup = ServerSetup(folder, host, port, args.user, args.cert, args.key)
    # Listening on every address (the office network), this machine publishes to its address
    # there, so that the links it hands out carry it (plain http to its own address does not
    # cross the network: network.this_machine); with no network, to the loopback address.
    local = (network_address() or "127.0.0.1") if host in ("0.0.0.0", "::") else host
    here = ServerSetup(folder, local, port, args.user, args.cert, args.key).url
    check_setup(setup)  # (before the password is asked for)
    password = _organizer_password(args, here)
    prepare(setup, password)
    _print(tr("Serving the calendars of {plan} at {url} (stop with Ctrl+C); kept in {folder}",
              plan=args.plan.name, url=setup.url, folder=folder))  # fmt: skip
    _print(tr("Publish into it: planner publish {plan} --server {url} --user {user}", plan=args.plan, url=here,
              user=args.user))  # fmt: skip
    if setup.certificate is None and host not in ("127.0.0.1", "::1", "localhost"):
        _print(tr("Not encrypted: without --cert and --key, calendars cross the network in clear"), file=sys.stderr)
    serve(setup)
    return EXIT_OK


def _rotate(args: argparse.Namespace) -> int:
    from planner.rotation.solver import RotationRequest, solve  # loads OR-Tools: only when asked

    if args.date_from is not None and args.repair is None:  # (a whole rotation from a day on is not one)
        raise PlannerError(tr("--from goes with --repair PERSON: a rotation without it staffs every turn again"))
    plan, records, stamp = _load_to_change(args.plan)
    request = RotationRequest(time_limit=args.time_limit)
    if args.repair is not None:  # (--repair "" names nobody: not a whole rotation saved instead)
        person = find_person(plan.people, args.repair, PersonKind.SPOKESPERSON)
        if isinstance(person, Text):
            raise PlannerError(tr("{plan}: {problem}", plan=args.plan, problem=person))
        if args.date_from is None:
            raise PlannerError(tr("--repair needs --from DATE: the day the person is out from"))
        start = datetime.combine(args.date_from, datetime.min.time(), plan.zone)
        request = replace(request, repair_person=person.id, repair_from=start)
    result = solve(plan, request)
    if result.plan is None:
        _print(tr("{plan}: no rotation ({status})", plan=args.plan, status=result.status), file=sys.stderr)
        # (A campaign's turns nobody can take may be thousands: the first few say why.)
        reasons = result.explanation if args.explain else result.explanation[:_CHANGES_SHOWN]
        for line in reasons:
            _print(line, file=sys.stderr, indent=2)
        if len(result.explanation) > len(reasons):
            _print(tr("... and {count} more (--explain lists them all)", count=len(result.explanation) - len(reasons)),
                   file=sys.stderr, indent=2)  # fmt: skip
        return EXIT_WARNINGS
    _print(result.summary())
    changes = staffing_changes(plan, result.plan)
    # A repair lists every turn it changes; a fresh rotation of a campaign changes thousands.
    shown = changes if args.repair or args.explain else changes[:_CHANGES_SHOWN]
    for line in shown:
        _print(line, indent=2)
    if len(changes) > len(shown):
        _print(tr("... and {count} more (--explain lists them all)", count=len(changes) - len(shown)), indent=2)
    if args.explain:
        _print(tr("per person (turns, hours against their fair share, prime turns, turns they would rather not do):"))
        for s in result.scores:
            _print(tr("{name}: {turns}, {hours} h of {target} h, {prime} prime, {prefer_not} prefer-not", name=s.name,
                      turns=_counted(s.turns, tr("{n} turn"), tr("{n} turns")), hours=f"{s.minutes / 60:g}",
                      target=f"{s.target_minutes / 60:.1f}", prime=s.prime_turns, prefer_not=s.prefer_not_turns),
                   indent=2)  # fmt: skip
        for name, value in result.penalties.items():
            _print(tr("penalty, {name}: {value}", name=name, value=value), indent=2)
    if args.dry_run:
        return EXIT_OK
    _refuse_example(args.plan)
    save_any(result.plan, args.plan, records, expected=stamp)
    _print(tr("{plan}: saved", plan=args.plan))
    return EXIT_OK


_CHANGES_SHOWN = 20


def _load_to_copy(path: Path) -> tuple[Plan, Records]:
    """The plan at `path` and its records, to write elsewhere: the bundled example becomes a
    plan of its own (model.copy_of_example), any other keeps its id, so its UIDs."""
    plan, records = load_document(path)
    return (copy_of_example(plan), records) if is_example_plan(path) else (plan, records)


def _refuse_example(path: Path) -> None:
    if is_example_plan(path):
        raise PlannerError(
            tr("the bundled example is read-only; copy it first (`planner import-json ... copy.planner`)")
        )


def _refuse_overwrite(path: Path, force: bool) -> None:
    if path.is_dir():  # (no --force replaces a folder)
        raise folder_given(path)
    if path.exists() and not force and not is_stream(path):  # (`planner export-json PLAN /dev/stdout`)
        raise PlannerError(tr("{path} already exists; pass --force to replace it", path=path))


def _output(text: str) -> Path:
    """A file to write; "-" is standard output, as for most commands (it was a file named -)."""
    return Path("/dev/stdout") if text == "-" else Path(text)


def _feed_kinds(text: str) -> list[str]:
    kinds = [k.strip() for k in text.split(",") if k.strip()]
    valid = [k.value for k in FeedKind]
    if not kinds:  # (a script's unset variable: it was every kind, the organizers' too)
        raise _refused(tr("{value} names none of {kinds}", value=quoted(text), kinds=", ".join(valid)))
    for kind in kinds:
        if kind not in valid:
            raise _refused(tr("{value} is not one of {kinds}", value=quoted(kind), kinds=", ".join(valid)))
    return kinds


def _runsheet(args: argparse.Namespace) -> int:
    # Qt's PDF writer draws the sheet (offscreen, no display needed); loaded only for this.
    from planner.printing.runsheet import LinkCard, write_run_sheet_pdf

    refuse_writing_over(args.out, args.plan)
    plan, records = load_document(args.plan)
    cards = []
    if args.links is not None:
        from planner.publish.links import person_links, qr_png, webcal

        chosen, links = _chosen_people(plan, args.links, args.plan), person_links(plan, records)
        cards = [LinkCard(p.name, links[p.id], qr_png(webcal(links[p.id]))) for p in chosen if p.id in links]
        if not cards:
            raise PlannerError(tr("{plan}: no published links to print; `planner publish` makes them", plan=args.plan))
    place = _location(plan, args.location, args.plan) if args.location is not None else None
    _days_asked(plan, args.date_from, args.date_to, args.plan)
    pages = write_run_sheet_pdf(plan, args.out, cards, first=args.date_from, last=args.date_to, place=place,
                                translator=_speech.translator)  # fmt: skip
    sheet = tr("{out}: run sheet, {pages}", out=args.out, pages=_counted(pages, tr("{n} page"), tr("{n} pages")))
    if cards:
        sheet = tr(
            "{sheet}, {cards}", sheet=sheet, cards=_counted(len(cards), tr("{n} link card"), tr("{n} link cards"))
        )
    _print(sheet, file=_report_to(args.out))
    return EXIT_OK


def _days_asked(plan: Plan, first: date | None, last: date | None, source: Path) -> None:
    """A clear error where --from and --to leave out every day of the plan (a sheet that says
    "No days planned yet" of a plan that has days reads as a plan lost)."""
    _refuse_backwards(first, last)
    dates = sorted(day.date for day in plan.days)
    if dates and not any((first is None or first <= day) and (last is None or day <= last) for day in dates):
        raise PlannerError(tr("{plan}: none of its days is from {first} to {last}; it runs from {start} to {end}",
                              plan=source, first=first.isoformat() if first else "…", last=last.isoformat() if last
                              else "…", start=dates[0].isoformat(), end=dates[-1].isoformat()))  # fmt: skip


def _location(plan: Plan, wanted: str, source: Path) -> LocationId:
    """The id of the location named `wanted` (or with that id), or a clear error."""
    for location in plan.locations:
        if wanted == location.id or location.name.casefold() == wanted.casefold():
            return location.id
    names = ", ".join(quoted(location.name) for location in plan.locations) or tr("none")
    raise PlannerError(tr("{plan}: no location is named {wanted} (the plan's: {names})", plan=source,
                          wanted=quoted(wanted), names=names))  # fmt: skip


def _chosen_people(plan: Plan, names: list[str], source: Path) -> list[Person]:
    """Everyone if no names are given, else the people named (each found, or a clear error)."""
    if not names:
        return sorted(plan.people, key=lambda p: p.name.casefold())
    chosen = []
    for name in names:
        person = find_person(plan.people, name)
        if isinstance(person, Text):
            raise PlannerError(tr("{plan}: {problem}", plan=source, problem=person))
        chosen.append(person)
    return chosen


def _export_people(args: argparse.Namespace) -> int:
    refuse_writing_over(args.out, args.plan)
    _refuse_overwrite(args.out, args.force)  # (the organizer's own sheet, with columns of theirs, by that name)
    plan, _records = load_document(args.plan)
    write_atomically(args.out, write_people_csv(plan.people))
    _print(tr("{out}: {people}", out=args.out, people=_counted(len(plan.people), tr("{n} person"), tr("{n} people"))),
           file=_report_to(args.out))  # fmt: skip
    return EXIT_OK


@_writes("plan", unless=lambda args: args.dry_run)
def _import_people(args: argparse.Namespace) -> int:
    plan, records, stamp = _load_to_change(args.plan)
    imported = read_people_list(read_csv_file(args.csv), args.csv.name, _sheet_choice(args))
    result = merge_people_rows(plan.people, imported.rows, lambda: new_id("person"))
    return _merged(args, imported, result, lambda: replace(plan, people=result.records), records, stamp)


@_writes("plan", unless=lambda args: args.dry_run)
def _import_press(args: argparse.Namespace) -> int:
    """The press list from a spreadsheet or contact cards, as the app's Press list ▸ Import."""
    plan, records, stamp = _load_to_change(args.plan)
    imported = read_press_list(read_csv_file(args.csv), args.csv.name, _sheet_choice(args))
    result = merge_press_rows(plan.journalists, imported.rows, lambda: new_id("press"), plan.language)
    return _merged(args, imported, result, lambda: replace(plan, journalists=result.records), records, stamp)


def _sheet_choice(args: argparse.Namespace) -> SheetChoice:
    return EVERY_SHEET if args.every_sheet else args.sheet


def _merged(args: argparse.Namespace, imported: Imported[Any], result: Merge[Any], merged: Callable[[], Plan],
            records: Records, stamp: FileStamp | None) -> int:  # fmt: skip
    """Say what an import of rows does (a sheet's columns read and not, and a workbook's other
    sheets to read instead; each row refused, with its line; how many of each; who), and save
    the `merged` plan unless it is a dry run or nothing changes."""
    if imported.columns is not None:
        _print(imported.columns)
    if not imported.every and (others := [sheet for sheet in imported.sheets if sheet != imported.sheet]):
        _print(tr("Other sheets with columns to read: {sheets}; --sheet NAME reads one instead, --every-sheet all",
                  sheets=", ".join(map(quoted, others))))  # fmt: skip
    where = imported.where
    for line, problem in result.problems:
        _print(tr("{file}: {where}: not added: {problem}", file=args.csv.name, where=where(line), problem=problem),
               file=sys.stderr)  # fmt: skip
    for line, namesake in sorted(result.namesakes.items()):
        _print(tr("{file}: {where}: added; {namesake}", file=args.csv.name, where=where(line), namesake=namesake),
               file=sys.stderr)  # fmt: skip
    for line, earlier in sorted(result.repeats.items()):
        _print(tr("{file}: {where}: the same person as {earlier}: this row's values are taken",
                  file=args.csv.name, where=where(line), earlier=where(earlier)), file=sys.stderr)  # fmt: skip
    problems = _counted(len(result.problems), tr("{n} row"), tr("{n} rows"))
    _print(tr("{added} added, {updated} updated, {unchanged} unchanged, {problems} with problems",
              added=len(result.added), updated=len(result.updated), unchanged=len(result.unchanged),
              problems=problems))  # fmt: skip
    for what, lines in ((tr("added: {names}"), result.added), (tr("updated: {names}"), result.updated)):
        if lines:
            _print(replace(what, parts=(("names", "; ".join(result.named(lines))),)))  # names may hold commas
    if not args.dry_run and (result.added or result.updated):
        save_any(merged(), args.plan, records, expected=stamp)
        _print(tr("{plan}: saved", plan=args.plan))  # (as `rotate` says: without it, a dry run reads the same)
    return EXIT_WARNINGS if result.problems else EXIT_OK


def _refused(problem: Text) -> argparse.ArgumentTypeError:
    """An option's value refused, said in the commands' language (argparse adds the option)."""
    return argparse.ArgumentTypeError(_speech.say(problem))


def _stamp(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise _refused(
            tr("{value} is not a date and time with a UTC offset, e.g. 2025-04-01T12:00Z", value=quoted(text))
        )
    return moment


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise _refused(tr("{value} is not a date (YYYY-MM-DD)", value=quoted(text))) from None


def _whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise _refused(tr("{value} is not a whole number", value=quoted(text))) from None


def _seconds(text: str) -> float:
    """A time limit: a number of seconds above 0 (0, -5, nan and inf were taken as given,
    none of them a limit an organizer means)."""
    try:
        seconds = float(text)
    except ValueError:
        seconds = math.nan
    if not 0 < seconds < math.inf:  # (nan fails both)
        raise _refused(tr("{value} is not a number of seconds above 0", value=quoted(text)))
    return seconds


# argparse's own words (usage, errors), said in the commands' language: argparse asks gettext
# for them, which _Speech.use points at the app's translations (context "argparse").
_ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
)


# Long on purpose: the table of every command and its options, read top to bottom like
# `planner --help`; split up, a command's options would sit away from its name. Every text is
# said in the commands' language (_speech.use comes first, in main).
def build_parser() -> argparse.ArgumentParser:
    say = _speech.say
    parser = argparse.ArgumentParser(
        prog="planner",
        description=say(tr("Plan a public action and publish its schedule. Run `planner` or `planner FILE` to open "
                           "the app; the commands below run without a display.")),
    )  # fmt: skip
    language_help = say(tr("the language to write in (default: the terminal's, as LANG says; else English)"))
    plan_text = tr("the plan: a .planner document or a .json interchange file")
    plan_help = say(plan_text)
    login_help = say(tr("login; the password comes from the keyring, or --password-stdin"))
    stdin_help = say(tr("read the password from the first line of stdin"))
    store_help = say(tr("keep the password given in the system keyring"))
    server_help = say(tr("the CalDAV server's address (https://; http:// only on this machine)"))
    port_help = say(tr("587 for STARTTLS (default), 465 for --security tls"))
    replace_help = say(tr("replace OUT if it exists"))
    kinds_help = say(tr("only these, comma-separated or repeated: {kinds}", kinds="|".join(k.value for k in FeedKind)))

    def plan_and(what: Text) -> str:  # the plan, and what the command does to it
        return say(tr("{plan}; {what}", plan=plan_text, what=what))

    parser.add_argument("--version", action="version", version=f"planner {__version__}",
                        help=say(tr("show Planner's version and exit")))  # fmt: skip
    parser.add_argument("--language", choices=sorted(LANGUAGES), help=language_help)
    commands = parser.add_subparsers(dest="command", required=True, metavar=say(tr("COMMAND")))

    def command(name: str, run: Callable[[argparse.Namespace], int], help_text: Text) -> argparse.ArgumentParser:
        said = say(help_text)
        sub = commands.add_parser(name, help=said, description=said)
        # Also after the command's name; SUPPRESS leaves the one given before it, if any.
        sub.add_argument("--language", choices=sorted(LANGUAGES), default=argparse.SUPPRESS, help=language_help)
        sub.set_defaults(run=run)
        return sub

    sub = command("check", _check, tr("print the plan's warnings, one per line; exit 0 only when there are none"))
    sub.add_argument("plan", type=Path, help=plan_help)

    sub = command(
        "export", _export, tr("write the calendar files (media, volunteers, people, roles, organizer) into a folder")
    )
    sub.add_argument("plan", type=Path, help=plan_help)
    sub.add_argument("--out", type=Path, required=True, help=say(tr("the folder to write (created if needed)")))
    sub.add_argument("--only", type=_feed_kinds, action="append", default=[], metavar="KINDS", help=kinds_help)
    sub.add_argument("--stamp", type=_stamp, help=say(tr("DTSTAMP to write, ISO 8601 with offset (default: now)")))
    sub.add_argument("--no-record", action="store_true",
                     help=say(tr("do not store what was published (SEQUENCE numbers) in PLAN")))  # fmt: skip

    sub = command("export-json", _export_json, tr("write the plan as JSON interchange (docs/plan-json.md)"))
    sub.add_argument("plan", type=Path, help=plan_help)
    sub.add_argument("out", type=_output, help=say(tr("the .json file to write")))
    sub.add_argument("--force", action="store_true", help=replace_help)

    sub = command("import-json", _import_json, tr("make a .planner document from a JSON plan"))
    sub.add_argument("json", type=Path, help=say(tr("the .json plan to read")))
    sub.add_argument("out", type=Path, help=say(tr("the .planner file to write")))
    sub.add_argument("--force", action="store_true", help=replace_help)

    sub = command("import-ics", _import_ics, tr("add media windows to a plan from a calendar file (.ics), "
                                                "e.g. an availability calendar"))  # fmt: skip
    sub.add_argument("plan", type=Path, help=plan_and(tr("changed in place")))
    sub.add_argument("ics", type=Path, help=say(tr("the .ics file to read")))
    sub.add_argument("--location", metavar="PLACE",
                     help=say(tr("the location (its name or id) of events without LOCATION (default: the plan's "
                                 "first)")))  # fmt: skip
    sub.add_argument(
        "--from", dest="date_from", type=_date, metavar="DATE", help=say(tr("expand repeating events from DATE"))
    )
    sub.add_argument(
        "--to", dest="date_to", type=_date, metavar="DATE", help=say(tr("... up to DATE (default: the plan's days)"))
    )

    sub = command("release", _release, tr("freeze the schedule for the press as a named release: shows what "
                                          "changed, the warnings and the messages it will owe, then asks"))  # fmt: skip
    sub.add_argument("plan", type=Path, help=plan_and(tr("the release is stored in it")))
    sub.add_argument("--name", default="", help=say(tr("e.g. 'Monday update' (default: the date and time)")))
    sub.add_argument("--yes", action="store_true", help=say(tr("release without asking (shows the same report)")))
    sub.add_argument("--team-password-stdin", action="store_true",
                     help=say(tr("a shared plan (synced before and after): read its server's password from the "
                                 "first line of stdin")))  # fmt: skip

    sub = command("releases", _releases, tr("list the releases and the change log between two of them"))
    sub.add_argument("plan", type=Path, help=plan_help)
    sub.add_argument("--diff", nargs=2, type=_whole_number, metavar=("A", "B"),
                     help=say(tr("compare releases A and B (default: last two)")))  # fmt: skip

    sub = command("invites", _invites, tr("write the invitations the latest release still owes as .eml files"))
    sub.add_argument("plan", type=Path, help=plan_help)
    sub.add_argument("--out", type=Path, required=True, help=say(tr("the folder for the .eml files")))

    sub = command("send", _send, tr("send the pending invitations over SMTP; each is recorded as it goes"))
    sub.add_argument("plan", type=Path, help=plan_and(tr("what was sent is recorded in it")))
    sub.add_argument("--host", required=True, help=say(tr("SMTP server")))
    sub.add_argument("--port", type=_whole_number, default=587, help=port_help)
    sub.add_argument("--security", choices=("starttls", "tls"), default="starttls")
    sub.add_argument("--user", required=True, help=say(tr("SMTP login; the password comes from the system keyring")))
    sub.add_argument("--password-stdin", action="store_true",
                     help=say(tr("read the password from the first line of stdin (scripts; machines without a "
                                 "keyring)")))  # fmt: skip
    sub.add_argument("--store-password", action="store_true",
                     help=say(tr("keep the password (asked for, or from stdin) in the keyring")))  # fmt: skip
    sending_team_options(sub)

    sub = command("notify", _notify, tr("e-mail each volunteer and spokesperson their link and schedule; "
                                        "later, what changed (once per change)"))  # fmt: skip
    sub.add_argument("plan", type=Path, help=plan_and(tr("what was sent is recorded in it")))
    sub.add_argument("--out", type=Path,
                     help=say(tr("write the e-mails as .eml files into this folder instead of sending")))  # fmt: skip
    sub.add_argument("--host", help=say(tr("SMTP server")))
    sub.add_argument("--port", type=_whole_number, default=587, help=port_help)
    sub.add_argument("--security", choices=("starttls", "tls"), default="starttls")
    sub.add_argument("--user", help=say(tr("SMTP login; the password comes from the keyring, or --password-stdin")))
    sub.add_argument("--password-stdin", action="store_true", help=stdin_help)
    sub.add_argument("--store-password", action="store_true", help=store_help)
    sending_team_options(sub)

    sub = command("publish", _publish, tr("put the calendars on a CalDAV server, sending only what changed"))
    sub.add_argument("plan", type=Path, help=plan_and(tr("what the server holds is recorded in it")))
    sub.add_argument("--server", required=True, help=server_help)
    sub.add_argument("--user", required=True, help=login_help)
    sub.add_argument("--password-stdin", action="store_true", help=stdin_help)
    sub.add_argument("--store-password", action="store_true", help=store_help)
    sub.add_argument("--only", type=_feed_kinds, action="append", default=[], metavar="KINDS", help=kinds_help)
    sub.add_argument("--check", action="store_true",
                     help=say(tr("list every calendar's events on the server, and put again any deleted there by "
                                 "hand (a publish does so once a day)")))  # fmt: skip
    sub.add_argument("--overwrite", action="store_true",
                     help=say(tr("put the plan's version over events changed on the server since they were "
                                 "published (each reported as a conflict otherwise), and delete those the plan no "
                                 "longer has all the same; a shared plan: sync first, or what a teammate published "
                                 "since is put back as this copy has it")))  # fmt: skip

    sub = command("share", _share, tr("put the plan on a CalDAV server for a team to edit together"))
    sub.add_argument("plan", type=Path, help=plan_and(tr("linked to the server from now on")))
    sub.add_argument("--server", required=True, help=server_help)
    sub.add_argument("--again", action="store_true",
                     help=say(tr("share a copy already shared anew, its link replaced: where its server no longer "
                                 "holds the plan, or to move the team to another server; where the plan already is "
                                 "(--server: the address a teammate who shared it anew got), this copy joins it, "
                                 "its changes merged")))  # fmt: skip
    team_options(sub)

    sub = command("clone", _clone, tr("make a local copy of a plan a teammate shared, linked to it"))
    sub.add_argument("url", help=say(tr("the shared plan's address, as `planner share` printed it")))
    sub.add_argument("out", type=Path, help=say(tr("the new .planner file")))
    team_options(sub)

    sub = command("sync", _sync, tr("send your changes to a shared plan's server and get your teammates'"))
    sub.add_argument("plan", type=Path, help=plan_and(tr("one that was shared or cloned")))
    sub.add_argument("--password-stdin", action="store_true", help=stdin_help)
    sub.add_argument(
        "--name",
        help=say(
            tr("your name, recorded with each change (default: the one this copy last synced as, else your login name)")
        ),
    )
    sub.add_argument("--mine", action="append", default=[], metavar="KEY",
                     help=say(tr("settle a conflict: keep your version")))  # fmt: skip
    sub.add_argument("--theirs", action="append", default=[], metavar="KEY",
                     help=say(tr("settle a conflict: take your teammate's version")))  # fmt: skip
    sub.add_argument("--field", action="append", default=[], metavar="NAME",
                     help=say(tr("settle only this clashing field of it (e.g. start; as --conflicts "
                                 "lists them)")))  # fmt: skip
    sub.add_argument("--conflicts", action="store_true",
                     help=say(tr("list the conflicts waiting to be settled, sync nothing")))  # fmt: skip

    sub = command("links", _links, tr("list the subscription link of each calendar published to a server (CSV)"))
    sub.add_argument("plan", type=Path, help=plan_help)
    sub.add_argument("--out", type=_output, help=say(tr("the .csv file to write (default: print it)")))
    sub.add_argument("--new-link", metavar="PERSON",
                     help=say(tr("give PERSON a new link; the old one stops working")))  # fmt: skip

    sub = command("serve", _serve, tr("run a calendar server (Radicale) for a campaign office to publish into"))
    sub.add_argument("plan", type=Path, help=plan_and(tr("its calendars are kept beside it")))
    sub.add_argument("--listen", default=f"127.0.0.1:{5232}",
                     help=say(tr("address:port to serve on (default 127.0.0.1:5232, this machine only; "
                                 "0.0.0.0:5232 for the local network)")))  # fmt: skip
    sub.add_argument("--cert", type=Path, help=say(tr("TLS certificate (PEM), for https")))
    sub.add_argument("--key", type=Path, help=say(tr("TLS private key (PEM)")))
    sub.add_argument("--user", default="organizer", help=say(tr("the organizer's login (default: organizer)")))
    sub.add_argument("--password-stdin", action="store_true", help=stdin_help)
    sub.add_argument("--store-password", action="store_true", help=store_help)
    sub.add_argument("--folder", type=Path, help=say(tr("where the calendars are kept (default: beside PLAN)")))

    sub = command("rotate", _rotate,
                  tr("staff every media turn: fair, within health limits; or repair after an absence"))  # fmt: skip
    sub.add_argument("plan", type=Path, help=plan_and(tr("the rotation is saved in it")))
    sub.add_argument("--repair", metavar="PERSON",
                     help=say(tr("id, name or start of the name of a spokesperson who is out; change as little as "
                                 "can be")))  # fmt: skip
    sub.add_argument(
        "--from", dest="date_from", type=_date, metavar="DATE", help=say(tr("with --repair: out from this date"))
    )
    sub.add_argument("--explain", action="store_true", help=say(tr("print each person's load and the penalties")))
    sub.add_argument("--time-limit", type=_seconds, default=10.0, metavar="S",
                     help=say(tr("seconds to search (default 10)")))  # fmt: skip
    sub.add_argument("--dry-run", action="store_true", help=say(tr("print the result, change nothing")))

    sub = command("runsheet", _runsheet, tr("write the printable run sheet, one page per day, as a PDF"))
    sub.add_argument("plan", type=Path, help=plan_help)
    sub.add_argument("--out", type=_output, required=True, help=say(tr("the .pdf file to write")))
    sub.add_argument("--from", dest="date_from", type=_date, metavar="DATE", help=say(tr("only the days from DATE")))
    sub.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help=say(tr("... up to DATE")))
    sub.add_argument("--location", metavar="PLACE",
                     help=say(tr("only what is at this location (its name or id)")))  # fmt: skip
    sub.add_argument("--links", nargs="*", metavar="PERSON",
                     help=say(tr("add cards with each person's subscription link and QR code, to cut out and hand "
                                 "out (everyone published, or the people named)")))  # fmt: skip

    sub = command("export-people", _export_people,
                  tr("write the spokespeople and volunteers as a spreadsheet (CSV)"))  # fmt: skip
    sub.add_argument("plan", type=Path, help=plan_help)
    sub.add_argument("out", type=_output, help=say(tr("the .csv file to write")))
    sub.add_argument("--force", action="store_true", help=replace_help)  # (a sheet kept by hand is not lost)

    for name, run, about, file_help in (
        ("import-people", _import_people,
         tr("add or update people from a spreadsheet (CSV, Excel, OpenDocument) or an address book's cards "
            "(vCard); rows matched by e-mail"),
         tr("the .csv, .xlsx or .ods file (a name column; kind, e-mail, phone, title, languages, speaker role if "
            "you have them), or a .vcf of contact cards")),
        ("import-press", _import_press,
         tr("add or update journalists on the press list from a spreadsheet (CSV, Excel, OpenDocument) or an "
            "address book's cards (vCard); rows matched by e-mail"),
         tr("the .csv, .xlsx or .ods file (name and e-mail columns; outlet and language if you have them), or a "
            ".vcf of contact cards")),
    ):  # fmt: skip
        sub = command(name, run, about)
        sub.add_argument("plan", type=Path, help=plan_and(tr("changed in place")))
        sub.add_argument("csv", type=Path, metavar="file", help=say(file_help))
        sub.add_argument("--dry-run", action="store_true", help=say(tr("say what would change, change nothing")))
        sheets = sub.add_mutually_exclusive_group()
        sheets.add_argument("--sheet", metavar="NAME",
                            help=say(tr("of a workbook, the sheet to read (by default, the one whose header names the "
                                        "most columns; the line before the counts says which)")))  # fmt: skip
        sheets.add_argument("--every-sheet", action="store_true",
                            help=say(tr("of a workbook with a sheet per site or team, every sheet that names columns, "
                                        "read as one list")))  # fmt: skip
    return parser


def sending_team_options(sub: argparse.ArgumentParser) -> None:
    """A shared plan is synced before and after sending (the team's ledger), and each message
    claimed on its server first, so no two organizers send it twice."""
    sub.add_argument("--team-password-stdin", action="store_true",
                     help=_speech.say(tr("a shared plan: read its server's password from the next line of "
                                         "stdin")))  # fmt: skip
    sub.add_argument(
        "--name",
        help=_speech.say(
            tr("a shared plan: your name, recorded with what you send (default: the one this copy last synced as)")
        ),
    )


def team_options(sub: argparse.ArgumentParser) -> None:
    say = _speech.say
    sub.add_argument("--user", required=True,
                     help=say(tr("login; the password comes from the keyring, or --password-stdin")))  # fmt: skip
    sub.add_argument("--password-stdin", action="store_true",
                     help=say(tr("read the password from the first line of stdin")))  # fmt: skip
    sub.add_argument("--store-password", action="store_true",
                     help=say(tr("keep the password given in the system keyring")))  # fmt: skip
    sub.add_argument(
        "--name",
        help=say(
            tr("your name, recorded with each change (default: the one this copy last synced as, else your login name)")
        ),
    )


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    _speech.use(_asked_language(argv) or _terminal_language(os.environ))  # (the parser's texts are said in it)
    args = build_parser().parse_args(argv)
    try:
        result: int = args.run(args)
    except PlannerError as exc:
        _print(tr("planner: {error}", error=exc.text), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:  # one line, not a traceback: every file is written whole or not at all
        _print(tr("planner: stopped (Ctrl+C)"), file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        while _closed_at_end:
            _closed_at_end.pop()()
    return result
