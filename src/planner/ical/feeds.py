"""Calendar feeds of a plan: media windows, volunteer shifts, and each person's own items.

Pure functions of (plan, clock): the same plan and `now` give the same bytes, so the
files can be golden-tested and re-exported without duplicating events in clients
(UIDs derive from the plan's own ids).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime

from icalendar import Calendar, Event
from icalendar.prop import vGeo

from planner.domain.checks import span
from planner.domain.model import Location, Person, PersonKind, Plan, Shift, Turn, Window
from planner.ical.timezones import vtimezone

PRODID = "-//Planner//Planner Event Logistics//EN"


def uid(plan: Plan, item_id: str) -> str:
    """Stable across exports and app versions: the item's id scoped by the plan's id."""
    return f"{item_id}.{plan.id}@planner"


class FeedWriter:
    """Builds each event once and puts it in every calendar that needs it."""

    def __init__(self, plan: Plan, now: datetime) -> None:
        if now.tzinfo is None:
            raise ValueError("now must be an aware datetime")
        self.plan = plan
        self.stamp = now.astimezone(UTC)
        self._shift_events: dict[str, Event] = {}

    # -- calendars

    def media(self) -> bytes:
        """Every media-availability window, naming the spokespeople on duty and the press contact."""
        events = [self._window_event(w) for w in self.plan.windows()]
        return self._calendar("media", f"{self.plan.title} — media availability", events)

    def volunteers(self) -> bytes:
        return self._calendar(
            "volunteers", f"{self.plan.title} — volunteer shifts", map(self._shift_event, self.plan.shifts)
        )

    def person(self, person: Person) -> bytes:
        """One person's own turns (spokespeople) or shifts (volunteers), nobody else's."""
        if person.kind is PersonKind.SPOKESPERSON:
            events = [self._turn_event(t) for t in self.plan.turns if person.id in t.person_ids]
        else:
            events = [self._shift_event(s) for s in self.plan.shifts if person.id in s.person_ids]
        return self._calendar(f"person-{person.id}", f"{self.plan.title} — {person.name}", events)

    def _calendar(self, feed: str, name: str, events: Iterable[Event]) -> bytes:
        # No METHOD: a feed is a plain RFC 5545 object to import or subscribe to, not an
        # iTIP scheduling message (those are the press invitations).
        cal = Calendar.new(
            prodid=PRODID,
            uid=f"{feed}.{self.plan.id}@planner",
            name=name,
            description=self.plan.description or None,
        )
        cal.add("X-WR-CALNAME", name)
        events = list(events)
        if events:
            first, last = self._date_range()
            cal.add_component(vtimezone(self.plan.timezone, first, last))
        for event in events:
            cal.add_component(event)
        return bytes(cal.to_ical())

    def _date_range(self) -> tuple[date, date]:
        moments = [w.start for w in self.plan.windows()] + [t.start for t in self.plan.turns]
        moments += [s.start for s in self.plan.shifts]
        ends = [w.end for w in self.plan.windows()] + [s.end for s in self.plan.shifts]
        return min(moments).date(), max(ends + moments).date()

    # -- events

    def _event(
        self, item_id: str, summary: str, start: datetime, end: datetime, location_id: str, description: str
    ) -> Event:
        location = self.plan.locations_by_id.get(location_id)  # type: ignore[call-overload]
        event = Event.new(
            uid=uid(self.plan, item_id),
            stamp=self.stamp,
            start=start,
            end=end,
            summary=summary,
            location=_place(location) if location else None,
            description=description,
        )
        if location and location.has_coordinates:
            event.add("GEO", vGeo((location.latitude, location.longitude)))
        return event

    def _window_event(self, window: Window) -> Event:
        lines = ["Spokespeople on duty:"]
        turns = self.plan.turns_in(window.id)
        for turn in turns:
            lines.append(f"{span(turn.start, turn.end)}  {self._names(turn.person_ids, with_titles=True)}")
        if not turns:
            lines.append("to be announced")
        lines += ["", *self._press_lines(), *self._site_lines(window.location_id)]
        return self._event(
            window.id, f"Media availability: {self.plan.title}", window.start, window.end,
            window.location_id, "\n".join(lines),
        )  # fmt: skip

    def _turn_event(self, turn: Turn) -> Event:
        window = self.plan.windows_by_id.get(turn.window_id)
        location_id = window.location_id if window else ""
        lines = [
            "You are the spokesperson on duty: journalists will come to talk to you.",
            f"With you: {self._names(turn.person_ids, with_titles=False)}",
            "",
            *self._press_lines(),
            *self._site_lines(location_id),
        ]
        return self._event(
            turn.id, f"On duty for press: {self.plan.title}", turn.start, turn.end, location_id, "\n".join(lines)
        )

    def _shift_event(self, shift: Shift) -> Event:
        if shift.id in self._shift_events:
            return self._shift_events[shift.id]
        role = self.plan.roles_by_id.get(shift.role_id)
        role_name = role.name if role else "Volunteer shift"
        lines = []
        if role and role.description:
            lines += [role.description, ""]
        names = self._names(shift.person_ids, with_titles=False)
        lines.append(f"Volunteers ({len(shift.person_ids)} of {shift.needed}): {names}")
        if shift.notes:
            lines += ["", shift.notes]
        lines += ["", *self._site_lines(shift.location_id)]
        event = self._event(
            shift.id, f"{role_name}: {self.plan.title}", shift.start, shift.end, shift.location_id, "\n".join(lines)
        )
        self._shift_events[shift.id] = event
        return event

    # -- text

    def _names(self, person_ids: Iterable[str], *, with_titles: bool) -> str:
        names = []
        for pid in person_ids:
            person = self.plan.people_by_id.get(pid)  # type: ignore[call-overload]
            if person is None:
                continue
            names.append(f"{person.name} ({person.title})" if with_titles and person.title else person.name)
        return ", ".join(names) or "nobody yet"

    def _press_lines(self) -> list[str]:
        c = self.plan.press_contact
        if not c.name and not c.email and not c.phone:
            return []
        return ["Press contact: " + " · ".join(part for part in (c.name, c.email, c.phone) if part)]

    def _site_lines(self, location_id: str) -> list[str]:
        location = self.plan.locations_by_id.get(location_id)  # type: ignore[call-overload]
        if location is None or not location.notes:
            return []
        return ["", f"On site: {location.notes}"]


def _place(location: Location) -> str:
    return ", ".join(part for part in (location.name, location.address) if part)
