"""iTIP scheduling messages (RFC 5546) for press invitations: one window, one journalist."""

from __future__ import annotations

from datetime import UTC, datetime

from icalendar import Calendar, Event, vCalAddress
from icalendar.enums import STATUS
from icalendar.prop import vGeo

from planner.domain.ledger import Invitation
from planner.domain.model import Location, LocationId
from planner.domain.places import map_url
from planner.domain.press import mail_address
from planner.domain.wording import words
from planner.ical.feeds import PRODID
from planner.ical.folding import serialize
from planner.ical.timezones import unambiguous, vtimezone


def invitation_ics(invitation: Invitation, now: datetime) -> bytes:
    """METHOD:REQUEST or METHOD:CANCEL with exactly one VEVENT, one UID, and the journalist as
    the only ATTENDEE, so no journalist ever sees another's address."""
    release, window, journalist = invitation.release, invitation.window, invitation.journalist
    text = words(journalist.language)
    contact = release.press_contact
    cal = Calendar()
    cal.add("PRODID", PRODID)
    cal.add("VERSION", "2.0")
    cal.add("CALSCALE", "GREGORIAN")
    cal.add("METHOD", invitation.method)
    cal.add_component(vtimezone(release.timezone, window.start.date(), window.end.date()))
    event = Event.new(
        uid=invitation.uid,
        stamp=now.astimezone(UTC),
        start=unambiguous(window.start),
        end=unambiguous(window.end),
        sequence=invitation.sequence,
        status=STATUS.CANCELLED if invitation.method == "CANCEL" else STATUS.CONFIRMED,
        summary=text["what"].format(title=release.title),
        location=window.place or None,
        description="\n".join(invitation_lines(invitation)),
        organizer=vCalAddress.new(mail_address(contact.email), cn=_display(contact.name) or None),
        attendees=[
            vCalAddress.new(
                mail_address(journalist.email),
                cn=_display(journalist.name),
                cutype="INDIVIDUAL",
                role="REQ-PARTICIPANT",
                partstat="NEEDS-ACTION",
                rsvp=True,
            )
        ],
    )
    if window.latitude is not None and window.longitude is not None:
        event.add("GEO", vGeo((window.latitude, window.longitude)))
    cal.add_component(event)
    return serialize(cal)


def _display(name: str) -> str:
    """A name for a CN parameter. A double quote there needs RFC 6868's ^' escape, which
    several clients show literally; an apostrophe reads the same and needs no escape."""
    return name.replace('"', "'")


def invitation_lines(invitation: Invitation) -> list[str]:
    """The event's description in the journalist's language: who, where, whom to call."""
    window, text = invitation.window, words(invitation.journalist.language)
    contact = invitation.release.press_contact
    lines = [text["on_duty"], *window.lineup]
    parts = [p for p in (contact.name, contact.email, contact.phone) if p]
    if parts:
        lines += ["", text["press_contact"].format(contact=" · ".join(parts))]
    if window.place:
        lines += ["", text["where"].format(place=window.place)]
    if window.notes:
        lines.append(text["on_site"].format(notes=window.notes))
    if window.latitude is not None and window.longitude is not None:
        spot = Location(LocationId(""), "", window.place, window.latitude, window.longitude)
        lines.append(text["map"].format(url=map_url(spot)))
    return lines
