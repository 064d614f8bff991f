"""What has left the machine: published feed revisions, schedule releases, sent invitations.

Kept beside the plan, not in it: undoing an edit must never undo a publication, and these
records are written into the plan file as they happen, whether or not edits are saved.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from planner.domain.press import Release, SentMessage
from planner.domain.revisions import Revision


@dataclass(frozen=True)
class Records:
    revisions: Mapping[str, Revision] = field(default_factory=dict)  # by item id
    releases: tuple[Release, ...] = ()  # in order of number
    sent: Mapping[tuple[str, str], SentMessage] = field(default_factory=dict)  # by (e-mail, UID)

    def with_revisions(self, revisions: Mapping[str, Revision]) -> Records:
        return replace(self, revisions=dict(revisions))

    def with_release(self, release: Release) -> Records:
        return replace(self, releases=(*self.releases, release))

    def with_sent(self, message: SentMessage) -> Records:
        sent = dict(self.sent)
        sent[(message.email.casefold(), message.uid)] = message
        return replace(self, sent=sent)
