"""The press list, schedule releases, their change log, and the record of what was sent.

A release freezes what journalists were told at a moment; invitations are computed from
the latest release and the send ledger, never from the live plan, so editing the plan
sends nothing until the organizer releases it.
"""

from __future__ import annotations

import enum
import hashlib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from planner.domain.checks import span
from planner.domain.merging import Merge, merge_rows
from planner.domain.model import Contact, Journalist, JournalistId, Plan
from planner.domain.revisions import significance

LANGUAGES = ("en", "es")  # languages we write invitations in

# Deliberately strict: one @, no spaces, quotes, angle brackets or line breaks. A looser
# address is more likely a spreadsheet mistake than a real mailbox, and it must never be
# able to smuggle a header into an e-mail.
_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)


def email_problem(address: str) -> str | None:
    """Why an e-mail address cannot be used, or None."""
    if not address:
        return "no e-mail address"
    if any(c in address for c in "\r\n"):
        return "the e-mail address contains a line break"
    if not _EMAIL.match(address):
        return f"{address!r} is not an e-mail address"
    return None


def name_problem(name: str) -> str | None:
    if any(c in name for c in "\r\n\x00"):
        return "the name contains a line break"
    return None


# ---------------------------------------------------------------------------------- releases


@dataclass(frozen=True)
class ReleasedWindow:
    """A media window as journalists were told about it."""

    window_id: str
    start: datetime
    end: datetime
    place: str  # location name and address
    notes: str  # on-site notes
    latitude: float | None
    longitude: float | None
    lineup: tuple[str, ...]  # "08:00–09:00  Ana Morales — therapist", one per turn
    cancelled: bool

    @property
    def significant(self) -> str:
        """What makes a change worth a new SEQUENCE: the same rule as the feeds'."""
        return significance(self.start, self.end, self.place, self.latitude, self.longitude, self.cancelled)


@dataclass(frozen=True)
class Release:
    number: int
    name: str
    created: datetime  # UTC
    plan_id: str
    title: str
    timezone: str
    press_contact: Contact
    windows: tuple[ReleasedWindow, ...]
    journalists: tuple[Journalist, ...]


def make_release(plan: Plan, name: str, now: datetime, previous: Iterable[Release] = ()) -> Release:
    """Freeze the plan's media windows and press list as the next numbered release."""
    numbers = [r.number for r in previous]
    windows = []
    for window in sorted(plan.windows(), key=lambda w: w.start):
        location = plan.locations_by_id.get(window.location_id)
        lineup = []
        for turn in plan.turns_in(window.id):
            people = [plan.people_by_id[p] for p in turn.person_ids if p in plan.people_by_id]
            names = "; ".join(f"{p.name} — {p.title}" if p.title else p.name for p in people) or "to be announced"
            lineup.append(f"{span(turn.start, turn.end)}  {names}")
        windows.append(
            ReleasedWindow(
                window_id=window.id,
                start=window.start,
                end=window.end,
                place=", ".join(x for x in (location.name, location.address) if x) if location else "",
                notes=location.notes if location else "",
                latitude=location.latitude if location else None,
                longitude=location.longitude if location else None,
                lineup=tuple(lineup),
                cancelled=window.cancelled,
            )
        )
    return Release(
        number=max(numbers, default=0) + 1,
        name=name.strip() or f"Release {max(numbers, default=0) + 1}",
        created=now.astimezone(UTC).replace(microsecond=0),
        plan_id=plan.id,
        title=plan.title,
        timezone=plan.timezone,
        press_contact=plan.press_contact,
        windows=tuple(windows),
        journalists=plan.journalists,
    )


class ChangeKind(enum.Enum):
    ADDED = "added"
    MOVED = "moved"  # time or place changed
    RESTAFFED = "re-staffed"  # only the spokespeople changed
    CANCELLED = "cancelled"
    REINSTATED = "reinstated"
    REMOVED = "removed"


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    window_id: str
    text: str


def change_log(old: Release | None, new: Release) -> list[Change]:
    """What changed for the press between two releases, in time order."""
    before = {w.window_id: w for w in old.windows} if old else {}
    after = {w.window_id: w for w in new.windows}
    changes = []
    for w in new.windows:
        was = before.get(w.window_id)
        when = f"{w.start:%a %d %b} {span(w.start, w.end)}"
        if was is None:
            changes.append(Change(ChangeKind.ADDED, w.window_id, f"Added: {when}"))
        elif w.cancelled and not was.cancelled:
            changes.append(Change(ChangeKind.CANCELLED, w.window_id, f"Cancelled: {when}"))
        elif was.cancelled and not w.cancelled:
            changes.append(Change(ChangeKind.REINSTATED, w.window_id, f"Reinstated: {when}"))
        elif (was.start, was.end, was.place) != (w.start, w.end, w.place):
            old_when = f"{was.start:%a %d %b} {span(was.start, was.end)}"
            where = f" at {w.place}" if was.place != w.place else ""
            changes.append(Change(ChangeKind.MOVED, w.window_id, f"Moved: {old_when} → {when}{where}"))
        elif was.lineup != w.lineup:
            changes.append(Change(ChangeKind.RESTAFFED, w.window_id, f"Re-staffed: {when}"))
    for w in old.windows if old else ():
        if w.window_id not in after:
            changes.append(
                Change(ChangeKind.REMOVED, w.window_id, f"Removed: {w.start:%a %d %b} {span(w.start, w.end)}")
            )
    return changes


# ---------------------------------------------------------------------------------- ledger


@dataclass(frozen=True)
class SentMessage:
    """What a journalist's calendar last received for one window (one UID)."""

    email: str
    uid: str
    method: str  # REQUEST or CANCEL
    sequence: int
    significant: str  # fingerprint of time, place, status
    content: str  # fingerprint of everything in the message
    release: int
    sent_at: datetime


Ledger = Mapping[tuple[str, str], SentMessage]  # by (lower-cased e-mail, UID)


def ledger_key(email: str, uid: str) -> tuple[str, str]:
    return email.casefold(), uid


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def invitation_uid(plan_id: str, window_id: str) -> str:
    """One UID per media window for invitations, apart from the feeds' UIDs: a journalist
    who also subscribes to media.ics must not see the subscription fight the invitation."""
    return f"{window_id}.{plan_id}.press@planner"


@dataclass(frozen=True)
class Invitation:
    """One message owed to one journalist about one window."""

    journalist: Journalist
    window: ReleasedWindow
    uid: str
    method: str  # REQUEST or CANCEL
    sequence: int
    change: ChangeKind
    significant: str
    content: str
    release: Release


def pending_invitations(releases: list[Release], ledger: Ledger) -> list[Invitation]:
    """Exactly the messages the latest release still owes, given what was already sent.

    - never sent, window live: REQUEST at SEQUENCE 0;
    - time, place or status changed since it was sent: REQUEST with SEQUENCE + 1;
    - only the spokespeople (or other text) changed: REQUEST with the same SEQUENCE and a
      newer DTSTAMP. RFC 5546 reserves a new SEQUENCE for significant changes; keeping it
      means journalists are not asked to accept again because the speaker changed;
    - window cancelled or removed, or journalist taken off the list: CANCEL, SEQUENCE + 1;
    - nothing changed for them: nothing. Re-running therefore sends nothing twice.
    """
    if not releases:
        return []
    latest = max(releases, key=lambda r: r.number)
    by_number = {r.number: r for r in releases}
    owed: list[Invitation] = []
    live: set[tuple[str, str]] = set()
    for journalist in latest.journalists:
        for window in latest.windows:
            uid = invitation_uid(latest.plan_id, window.window_id)
            key = ledger_key(journalist.email, uid)
            live.add(key)
            last = ledger.get(key)
            content = _content(latest, window, journalist)
            told = _as_told(last, by_number) if last is not None else None
            if window.cancelled:
                if last is not None and last.method != "CANCEL":
                    owed.append(_owed(journalist, window, uid, "CANCEL", last.sequence + 1, ChangeKind.CANCELLED,
                                      content, latest))  # fmt: skip
                continue
            if last is None:
                change, sequence = ChangeKind.ADDED, 0
            elif last.method == "CANCEL":
                change, sequence = ChangeKind.REINSTATED, last.sequence + 1
            elif (told[1].significant if told else last.significant) != window.significant:
                change, sequence = ChangeKind.MOVED, last.sequence + 1
            elif (_content(*told) if told else last.content) != content:
                change, sequence = ChangeKind.RESTAFFED, last.sequence
            else:
                continue
            owed.append(_owed(journalist, window, uid, "REQUEST", sequence, change, content, latest))
    for key, last in sorted(ledger.items()):
        if last.method != "REQUEST" or key in live:
            continue
        # A window removed, or a journalist taken off the list: cancel what they hold, as
        # described by the release it was last sent from.
        source = by_number.get(last.release, latest)
        held = next((w for w in source.windows if invitation_uid(source.plan_id, w.window_id) == last.uid), None)
        person = next((j for j in source.journalists if j.email.casefold() == key[0]), None)
        if held is None or person is None:
            continue
        owed.append(_owed(person, held, last.uid, "CANCEL", last.sequence + 1, ChangeKind.REMOVED,
                          _content(source, held, person), latest))  # fmt: skip
    return owed


def _as_told(last: SentMessage, releases: Mapping[int, Release]) -> tuple[Release, ReleasedWindow, Journalist] | None:
    """The release, window and journalist a sent message described, when that release is
    kept: what changed since is judged by today's rules, not by digests stored back then."""
    source = releases.get(last.release)
    if source is None:
        return None
    window = next((w for w in source.windows if invitation_uid(source.plan_id, w.window_id) == last.uid), None)
    person = next((j for j in source.journalists if j.email.casefold() == last.email.casefold()), None)
    return (source, window, person) if window is not None and person is not None else None


def _owed(
    journalist: Journalist,
    window: ReleasedWindow,
    uid: str,
    method: str,
    sequence: int,
    change: ChangeKind,
    content: str,
    release: Release,
) -> Invitation:
    return Invitation(journalist, window, uid, method, sequence, change, window.significant, content, release)


def _content(release: Release, window: ReleasedWindow, journalist: Journalist) -> str:
    c = release.press_contact
    return _digest(window.significant, *window.lineup, window.notes, release.title, journalist.name,
                   journalist.language, c.name, c.email, c.phone)  # fmt: skip


# ---------------------------------------------------------------------------------- press list from a sheet

LANGUAGE_NAMES = {"": "en", "en": "en", "english": "en", "inglés": "en", "es": "es", "spanish": "es",
                  "español": "es", "espanol": "es", "castellano": "es"}  # fmt: skip


@dataclass(frozen=True)
class PressRow:
    line: int
    name: str
    email: str
    outlet: str
    language: str


PressImport = Merge[Journalist]


def merge_press_rows(
    current: tuple[Journalist, ...], rows: Iterable[PressRow], new_id: Callable[[], str]
) -> PressImport:
    """Add the good rows to the press list. Someone already listed (same e-mail, any case)
    is updated, not duplicated; a later row for the same e-mail wins."""

    def build(row: PressRow, before: Journalist | None) -> Journalist | str:
        language = LANGUAGE_NAMES.get(row.language.casefold())
        problem = (
            name_problem(row.name)
            or ("no name" if not row.name else None)
            or email_problem(row.email)
            or (f"language {row.language!r} is not English or Spanish" if language is None else None)
        )
        if problem:
            return problem
        outlet = row.outlet or (before.outlet if before else "")
        journalist_id = before.id if before else JournalistId(new_id())
        return Journalist(journalist_id, row.name, row.email, outlet, language or "en")

    return merge_rows(current, rows, lambda j: j.email.casefold(), build, lambda r: r.email.casefold())
