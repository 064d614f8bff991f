"""What has left the machine: published feed revisions, schedule releases, sent invitations.

Kept beside the plan, not in it: undoing an edit must never undo a publication, and these
records are written into the plan file as they happen, whether or not edits are saved.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime

from planner.domain.ledger import SentMessage
from planner.domain.releases import Release
from planner.domain.revisions import Revision


@dataclass(frozen=True)
class Records:
    revisions: Mapping[str, Revision] = field(default_factory=dict)  # by item id
    releases: tuple[Release, ...] = ()  # in order of number
    sent: Mapping[tuple[str, str], SentMessage] = field(default_factory=dict)  # by (e-mail, UID)
    # The last failed attempt of a message still pending: when, and what the server said.
    failures: Mapping[tuple[str, str], tuple[datetime, str]] = field(default_factory=dict)

    def with_revisions(self, revisions: Mapping[str, Revision]) -> Records:
        return replace(self, revisions=dict(revisions))

    def with_release(self, release: Release) -> Records:
        return replace(self, releases=(*self.releases, release))

    def with_sent(self, message: SentMessage) -> Records:
        key = (message.email.casefold(), message.uid)
        sent = dict(self.sent)
        sent[key] = message
        return replace(self, sent=sent, failures={k: v for k, v in self.failures.items() if k != key})

    def with_failure(self, email: str, uid: str, at: datetime, reason: str) -> Records:
        failures = dict(self.failures)
        failures[(email.casefold(), uid)] = (at.replace(microsecond=0), reason)
        return replace(self, failures=failures)
