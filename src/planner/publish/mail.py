"""Invitation e-mails (RFC 6047): readable text and HTML, the calendar part, the .ics attached."""

from __future__ import annotations

import html
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

from planner.domain.ledger import Invitation
from planner.domain.press import email_problem, mail_address, name_problem
from planner.domain.wording import when, words
from planner.errors import PlannerError
from planner.ical.itip import invitation_ics, invitation_lines
from planner.words import tr


class RecipientError(PlannerError):
    """This journalist's name or address cannot be put in an e-mail header."""


def subject(invitation: Invitation) -> str:
    text = words(invitation.journalist.language)
    w = invitation.window
    what = text["what"].format(title=invitation.release.title)
    return f"{text[invitation.change.value]}: {what} — {when(w.start, w.end, invitation.journalist.language)}"


def invitation_email(invitation: Invitation, now: datetime) -> EmailMessage:
    """multipart/mixed[ multipart/alternative[ text/plain, text/html,
    text/calendar; method=M ], application/ics attachment ], M being the body's METHOD.

    Gmail and Outlook show the calendar part as an invitation with Accept/Decline and apply
    updates and cancellations to the event with the same UID in place.
    """
    journalist, contact = invitation.journalist, invitation.release.press_contact
    for problem in (email_problem(journalist.email), name_problem(journalist.name)):
        if problem:
            raise RecipientError(tr("{who}: {problem}", who=journalist.name or journalist.email, problem=problem))
    if problem := email_problem(contact.email):  # the organizer of every invitation
        raise RecipientError(tr("the press contact's e-mail (Plan Details): {problem}", problem=problem))
    text = words(journalist.language)
    ics = invitation_ics(invitation, now)
    says = text[f"says_{invitation.change.value}"]
    details = [when(invitation.window.start, invitation.window.end, journalist.language), *invitation_lines(invitation)]
    plain = "\n".join([text["hello"].format(name=journalist.name), "", says, "", *details, "", text["footer"], ""])
    body = "".join(f"<p>{html.escape(line)}</p>" if line else "" for line in details)
    rich = (
        f'<!DOCTYPE html><html lang="{journalist.language}"><body>'
        f"<p>{html.escape(text['hello'].format(name=journalist.name))}</p><p><b>{html.escape(says)}</b></p>"
        f"{body}<p><small>{html.escape(text['footer'])}</small></p></body></html>"
    )

    msg = EmailMessage(policy=SMTP)  # CRLF line ends; refuses CR/LF inside header values
    msg["Subject"] = subject(invitation)
    msg["From"] = Address(display_name=contact.name, addr_spec=mail_address(contact.email))
    msg["To"] = Address(display_name=journalist.name, addr_spec=mail_address(journalist.email))
    msg["Date"] = format_datetime(now.astimezone(UTC))
    msg["Message-ID"] = make_msgid(domain=mail_address(contact.email).rpartition("@")[2])
    msg["Content-Language"] = journalist.language
    msg.set_content(plain)
    msg.add_alternative(rich, subtype="html")
    msg.add_alternative(ics.decode("utf-8"), subtype="calendar", params={"method": invitation.method})
    msg.add_attachment(ics, maintype="application", subtype="ics", filename="invite.ics")
    return msg
