"""Who may see what in a published calendar: the publication policy, in one place."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Audience(enum.Enum):
    PRESS = "press"  # media.ics: anyone with the link, journalists above all
    VOLUNTEERS = "volunteers"  # volunteers.ics and the per-role files: shared among volunteers
    PERSON = "person"  # one person's own file: only that person's turns or shifts
    ORGANIZER = "organizer"  # organizer.ics: everything, for the organizing team only


@dataclass(frozen=True)
class Disclosure:
    volunteer_names: bool  # who is on each shift
    private_contacts: bool  # people's own e-mail addresses and phone numbers
    press_contact: bool  # the press contact the plan publishes on purpose


PUBLICATION_POLICY: dict[Audience, Disclosure] = {
    # Spokespeople's names and titles are public by design; nothing private reaches the press.
    Audience.PRESS: Disclosure(volunteer_names=False, private_contacts=False, press_contact=True),
    Audience.VOLUNTEERS: Disclosure(volunteer_names=True, private_contacts=False, press_contact=False),
    Audience.PERSON: Disclosure(volunteer_names=True, private_contacts=False, press_contact=True),
    Audience.ORGANIZER: Disclosure(volunteer_names=True, private_contacts=True, press_contact=True),
}


def disclosure(audience: Audience) -> Disclosure:
    return PUBLICATION_POLICY[audience]
