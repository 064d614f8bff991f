"""The outbox: every invitation the latest release still owes, as e-mails to write or send."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol

from planner.domain.ledger import Invitation, SentMessage, ledger_key, pending_invitations
from planner.domain.records import Records
from planner.fileio import FEW_FILES, flush_to_disk, make_folder, write_atomically
from planner.publish.filenames import slug
from planner.publish.mail import RecipientError, invitation_email
from planner.publish.smtp import Mail, message_or_why
from planner.words import Text, tr


@dataclass(frozen=True)
class OutboxItem:
    invitation: Invitation
    message: EmailMessage | None  # None when the recipient cannot be written to
    error: Text | str = ""  # why it cannot be sent at all
    note: Text | str = ""  # e.g. why the last attempt to send it failed

    @property
    def recipient(self) -> str:
        return self.invitation.journalist.email

    @property
    def uid(self) -> str:
        return self.invitation.uid

    @property
    def subject(self) -> str:
        return str(self.message["Subject"]) if self.message is not None else ""

    def record(self, at: datetime) -> SentMessage:
        """The ledger's record of this message, sent at `at`."""
        return sent_record(self.invitation, at)

    def file_name(self, n: int) -> str:
        # Ids come from files too: only their slug goes into a file name (no "/" or "..").
        inv = self.invitation
        return f"{n:04d}-{slug(inv.journalist.email)}-{slug(inv.window.window_id)}-{inv.method.lower()}.eml"


class Writable(Mail, Protocol):
    @property
    def recipient(self) -> str: ...

    def file_name(self, n: int) -> str: ...


def build_outbox(records: Records, now: datetime) -> list[OutboxItem]:
    """One item per pending invitation; a bad recipient is an item with an error, and the
    others are unaffected."""
    items = []
    for invitation in pending_invitations(list(records.releases), records.sent):
        failed = records.failures.get(ledger_key(invitation.journalist.email, invitation.uid))
        note = (
            tr("last attempt {at} UTC failed: {why}", at=f"{failed[0]:%Y-%m-%d %H:%M}", why=failed[1]) if failed else ""
        )
        try:
            items.append(OutboxItem(invitation, invitation_email(invitation, now), note=note))
        except RecipientError as exc:
            items.append(OutboxItem(invitation, None, exc.text))
        except ValueError as exc:
            items.append(OutboxItem(invitation, None, str(exc)))
    return items


@dataclass(frozen=True)
class Saved:
    """What `write_eml` wrote, and the messages it could not make: (recipient, why)."""

    written: list[Path]
    refused: list[tuple[str, Text | str]]


def write_eml(items: Sequence[Writable], folder: Path, progress: Callable[[int], None] | None = None) -> Saved:
    """Each sendable message as an .eml file (what a mail client would send, byte for byte):
    the press's invitations and the volunteers' schedule e-mails alike. `progress(n)` hears
    how many are written, after each. A message refused as it is made (a schedule e-mail's
    header that the checks let through) is left out and said, as Send does; the rest are
    written."""
    make_folder(folder)
    written, refused = [], []
    few = len(items) <= FEW_FILES
    for n, item in enumerate(items, start=1):
        message, why = message_or_why(item)
        if message is None:
            if not item.error:  # refused as it was made (an item's own error is the listing's to say)
                refused.append((item.recipient, why))
            continue
        path = folder / item.file_name(n)
        write_atomically(path, message.as_bytes(), durable=few)
        written.append(path)
        if progress is not None:
            progress(len(written))
    if not few:
        flush_to_disk()
    return Saved(written, refused)


def sent_record(invitation: Invitation, at: datetime) -> SentMessage:
    return SentMessage(
        email=invitation.journalist.email,
        uid=invitation.uid,
        method=invitation.method,
        sequence=invitation.sequence,
        significant=invitation.significant,
        content=invitation.content,
        release=invitation.release.number,
        sent_at=at.replace(microsecond=0),
    )
