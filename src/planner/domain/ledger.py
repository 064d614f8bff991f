"""What each journalist's calendar holds, and exactly the invitations a release still owes."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from planner.domain.model import Journalist, Plan
from planner.domain.press import address_key
from planner.domain.releases import Change, ChangeKind, Release, ReleasedWindow, change_log, make_release
from planner.words import Text, tr


@dataclass(frozen=True)
class SentMessage:
    """What a journalist's calendar last received for one window (one UID); or, method
    SCHEDULE, what a person's last schedule e-mail listed (content: its items, as JSON)."""

    email: str
    uid: str
    method: str  # REQUEST or CANCEL; SCHEDULE for a person's own schedule e-mail (schedule_notices.py)
    sequence: int
    significant: str  # fingerprint of time, place, status
    content: str  # fingerprint of everything in the message
    release: int
    sent_at: datetime


Ledger = Mapping[tuple[str, str], SentMessage]  # by (address_key of the e-mail, UID)


def ledger_key(email: str, uid: str) -> tuple[str, str]:
    return address_key(email), uid


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
    kept = _Kept(releases)
    owed: list[Invitation] = []
    live: set[tuple[str, str]] = set()
    for journalist in latest.journalists:
        for window in latest.windows:
            uid = invitation_uid(latest.plan_id, window.window_id)
            key = ledger_key(journalist.email, uid)
            live.add(key)
            last = ledger.get(key)
            content = _content(latest, window, journalist)
            told = kept.told(last.release, last.uid, last.email) if last is not None else None
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
        told = kept.told(last.release if last.release in kept else latest.number, last.uid, last.email)
        if told is None:
            continue
        source, held, person = told
        owed.append(_owed(person, held, last.uid, "CANCEL", last.sequence + 1, ChangeKind.REMOVED,
                          _content(source, held, person), latest))  # fmt: skip
    return owed


class _Kept:
    """The releases kept, each indexed once (windows by invitation UID, journalists by
    e-mail): what a sent message described is then judged by today's rules, not by digests
    stored back then, without scanning a campaign's windows once per message."""

    def __init__(self, releases: list[Release]) -> None:
        self._releases = {r.number: r for r in releases}
        self._index: dict[int, tuple[dict[str, ReleasedWindow], dict[str, Journalist]]] = {}

    def __contains__(self, number: int) -> bool:
        return number in self._releases

    def told(self, number: int, uid: str, email: str) -> tuple[Release, ReleasedWindow, Journalist] | None:
        """The release, window and journalist a message sent from release `number` described."""
        source = self._releases.get(number)
        if source is None:
            return None
        if number not in self._index:
            self._index[number] = (
                {invitation_uid(source.plan_id, w.window_id): w for w in source.windows},
                {address_key(j.email): j for j in source.journalists},
            )
        windows, people = self._index[number]
        window, person = windows.get(uid), people.get(address_key(email))
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


@dataclass(frozen=True)
class ReleaseDraft:
    """What releasing now would do, shown before anything is kept: the release, what changed
    for the press since the last one, and the messages it would leave owing."""

    release: Release
    changes: list[Change]
    owed: list[Invitation]

    @property
    def summary(self) -> Text:
        new = sum(
            1 for i in self.owed if i.method == "REQUEST" and i.change in (ChangeKind.ADDED, ChangeKind.REINSTATED)
        )
        cancels = sum(1 for i in self.owed if i.method == "CANCEL")
        updates = len(self.owed) - new - cancels
        return tr(
            "{messages}: {new} new invitations, {updates} updates, {cancels} cancellations",
            messages=tr("1 message") if len(self.owed) == 1 else tr("{n} messages", n=len(self.owed)),
            new=new,
            updates=updates,
            cancels=cancels,
        )


def draft_release(plan: Plan, name: str, now: datetime, releases: Sequence[Release], ledger: Ledger) -> ReleaseDraft:
    """The next release of `plan` and its consequences, computed, not kept."""
    release = make_release(plan, name, now, releases)
    changes = change_log(releases[-1] if releases else None, release)
    return ReleaseDraft(release, changes, pending_invitations([*releases, release], ledger))
