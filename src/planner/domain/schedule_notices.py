"""What each volunteer and spokesperson is owed by e-mail about their own schedule: once, their
link and their turns and shifts; after that, a short note each time those change.

The ledger (the same as the press's, domain/ledger.py) keeps per person what their last
e-mail listed, under the UID `schedule-<person id>`; what is owed is the difference between
that and the plan. Sent once per change: a second run with nothing changed owes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter

from planner.domain.ledger import Ledger, SentMessage, ledger_key
from planner.domain.model import Person, Plan

_LANGUAGES = {"english": "en", "inglés": "en", "en": "en", "spanish": "es", "español": "es", "es": "es"}


@dataclass(frozen=True)
class ScheduleItem:
    """One turn or shift as the person's e-mail lists it (and their feed has it, same UID)."""

    uid: str
    start: datetime
    end: datetime
    role: str  # the shift's role; "" for a media turn
    place: str
    cancelled: bool = False

    def row(self) -> list[object]:
        return [self.uid, self.start.isoformat(), self.end.isoformat(), self.role, self.place, self.cancelled]


@dataclass(frozen=True)
class ScheduleNotice:
    """One e-mail owed to one person."""

    person: Person
    link: str  # their subscription link (https)
    items: tuple[ScheduleItem, ...]  # their schedule now
    first: bool  # never written to before: the welcome, with the link
    added: tuple[ScheduleItem, ...] = ()
    changed: tuple[tuple[ScheduleItem, ScheduleItem], ...] = ()  # (before, now)
    removed: tuple[ScheduleItem, ...] = ()  # taken off, or no longer in the plan

    @property
    def uid(self) -> str:
        return schedule_uid(self.person)

    @property
    def language(self) -> str:
        return mail_language(self.person)

    def content(self) -> str:
        """What this e-mail lists, as the ledger keeps it for the next comparison."""
        return json.dumps([item.row() for item in self.items], ensure_ascii=False)

    def record(self, at: datetime) -> SentMessage:
        return SentMessage(self.person.email, self.uid, "SCHEDULE", 0, "", self.content(), 0, at.replace(microsecond=0))


def schedule_uid(person: Person) -> str:
    return f"schedule-{person.id}"


def mail_language(person: Person) -> str:
    """The first of the person's languages we write in (English, Spanish), else English."""
    for language in person.languages:
        code = _LANGUAGES.get(language.strip().casefold())
        if code:
            return code
    return "en"


def schedule_items(plan: Plan, person: Person) -> tuple[ScheduleItem, ...]:
    """The person's turns and shifts, in time order, with the UIDs of the feeds."""
    return schedules(plan).get(person.id, ())


def schedules(plan: Plan) -> dict[str, tuple[ScheduleItem, ...]]:
    """Everyone's turns and shifts (schedule_items), gone through once for all: a campaign
    has 2,400 people and 30,000 turns and shifts."""
    places = {loc.id: loc.name for loc in plan.locations}
    roles = {role.id: role.name for role in plan.roles}
    windows = {w.id: w for w in plan.windows()}
    items: dict[str, list[ScheduleItem]] = {}
    for turn in plan.turns:
        window = windows.get(turn.window_id)
        place = places.get(window.location_id, "") if window else ""
        item = ScheduleItem(_uid(plan, turn.id), turn.start, turn.end, "", place, bool(window and window.cancelled))
        for person_id in turn.person_ids:
            items.setdefault(person_id, []).append(item)
    for shift in plan.shifts:
        item = ScheduleItem(_uid(plan, shift.id), shift.start, shift.end, roles.get(shift.role_id, ""),
                            places.get(shift.location_id, ""), shift.cancelled)  # fmt: skip
        for person_id in shift.person_ids:
            items.setdefault(person_id, []).append(item)
    return {person_id: tuple(sorted(found, key=_IN_TIME)) for person_id, found in items.items()}


_IN_TIME = attrgetter("start", "uid")  # (in C: a campaign sorts 30,000 items by it)


def _uid(plan: Plan, item_id: str) -> str:
    return f"{item_id}.{plan.id}@planner"  # as ical/feeds.py writes it


def owed_notices(plan: Plan, links: dict[str, str], ledger: Ledger) -> list[ScheduleNotice]:
    """Everyone with an e-mail and a published link whose schedule differs from what their
    last e-mail listed (or who never had one and has something to do)."""
    notices = []
    due = [(person, link) for person in plan.people if person.email and (link := links.get(person.id))]
    everyone = schedules(plan) if due else {}  # (before a plan is published nobody has a link)
    for person, link in due:
        items = everyone.get(person.id, ())
        last = ledger.get(ledger_key(person.email, schedule_uid(person)))
        if last is None:
            if items:
                notices.append(ScheduleNotice(person, link, items, first=True))
            continue
        before = {item.uid: item for item in _read(last.content)}
        now = {item.uid: item for item in items}
        added = tuple(item for uid, item in now.items() if uid not in before)
        removed = tuple(item for uid, item in before.items() if uid not in now)
        changed = tuple((before[uid], item) for uid, item in now.items() if uid in before and before[uid] != item)
        if added or removed or changed:
            notices.append(ScheduleNotice(person, link, items, False, added, changed, removed))
    return notices


def _read(content: str) -> list[ScheduleItem]:
    try:
        rows = json.loads(content)
        return [ScheduleItem(str(u), datetime.fromisoformat(s), datetime.fromisoformat(e), str(r), str(p), bool(c))
                for u, s, e, r, p, c in rows]  # fmt: skip
    except (ValueError, TypeError):
        return []  # a record we cannot read: everything counts as new, said once more rather than never
