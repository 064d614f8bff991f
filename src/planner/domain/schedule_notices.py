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
from json.encoder import encode_basestring  # (json.dumps's own, in C)
from operator import attrgetter

from planner.domain.languages import mail_language
from planner.domain.ledger import Ledger, SentMessage, ledger_key
from planner.domain.model import Person, Plan


@dataclass(frozen=True)
class ScheduleItem:
    """One turn or shift as the person's e-mail lists it (and their feed has it, same UID)."""

    uid: str
    start: datetime
    end: datetime
    role: str  # the shift's role; "" for a media turn
    place: str
    cancelled: bool = False


@dataclass(frozen=True)
class ScheduleNotice:
    """One e-mail owed to one person."""

    person: Person
    link: str  # their subscription link (https)
    items: tuple[ScheduleItem, ...]  # their schedule now
    first: bool  # never written to before: the welcome, with the link
    language: str  # what it is written in: the person's (languages.mail_language)
    added: tuple[ScheduleItem, ...] = ()
    changed: tuple[tuple[ScheduleItem, ScheduleItem], ...] = ()  # (before, now)
    removed: tuple[ScheduleItem, ...] = ()  # taken off, or no longer in the plan

    @property
    def uid(self) -> str:
        return schedule_uid(self.person)

    def content(self) -> str:
        """What this e-mail lists, as the ledger keeps it for the next comparison."""
        return RowTexts().content(self.items)

    def record(self, at: datetime) -> SentMessage:
        return SentMessage(self.person.email, self.uid, "SCHEDULE", 0, "", self.content(), 0, at.replace(microsecond=0))


class RowTexts:
    """Items as the ledger keeps them (`json.dumps` of their rows, to the character), each
    item's row made once (a turn's item is in both its spokespeople's lists) and each time's
    ISO text once: a campaign's 60,000 start and end times are a few thousand objects, which
    the plan file's reader shares, and a zoned datetime's `isoformat` looks up its offset."""

    def __init__(self) -> None:
        self._rows: dict[int, tuple[ScheduleItem, str]] = {}  # by id, with the item kept alive
        self._times: dict[int, tuple[datetime, str]] = {}

    def content(self, items: tuple[ScheduleItem, ...]) -> str:
        """[[uid, start, end, role, place, cancelled], ...]: what `_read` reads back."""
        rows, row = self._rows, self._row
        return f"[{', '.join([(rows.get(id(item)) or row(item))[1] for item in items])}]"

    def _row(self, item: ScheduleItem) -> tuple[ScheduleItem, str]:
        start, end = self._time(item.start), self._time(item.end)  # (ISO: nothing to escape)
        text = (f'[{encode_basestring(item.uid)}, "{start}", "{end}", {encode_basestring(item.role)}, '
                f'{encode_basestring(item.place)}, {"true" if item.cancelled else "false"}]')  # fmt: skip
        made = self._rows[id(item)] = (item, text)
        return made

    def _time(self, moment: datetime) -> str:
        made = self._times.get(id(moment))
        if made is None:
            made = self._times[id(moment)] = (moment, moment.isoformat())
        return made[1]


def schedule_uid(person: Person) -> str:
    return f"schedule-{person.id}"


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


def waiting_for_a_link(plan: Plan, links: dict[str, str]) -> list[Person]:
    """Everyone with an e-mail and a turn or shift who has no published link yet (nothing was
    published, or they were added since): owed_notices leaves them out until a publish gives
    them one, and whoever sends the e-mails is told so rather than left with none to send."""
    on_duty = {person_id for turn in plan.turns for person_id in turn.person_ids}
    on_duty.update(person_id for shift in plan.shifts for person_id in shift.person_ids)
    return [p for p in plan.people if p.email and p.id in on_duty and p.id not in links]


def owed_notices(plan: Plan, links: dict[str, str], ledger: Ledger) -> list[ScheduleNotice]:
    """Everyone with an e-mail and a published link whose schedule differs from what their
    last e-mail listed (or who never had one and has something to do)."""
    notices = []
    due = [(person, link) for person in plan.people if person.email and (link := links.get(person.id))]
    everyone = schedules(plan) if due else {}  # (before a plan is published nobody has a link)
    texts = RowTexts()
    for person, link in due:
        items = everyone.get(person.id, ())
        last = ledger.get(ledger_key(person.email, schedule_uid(person)))
        if last is None:
            if items:
                notices.append(ScheduleNotice(person, link, items, True, mail_language(person, plan.language)))
            continue
        if last.content == texts.content(items):
            continue  # what their last e-mail listed, to the character: read no further (a
            # running campaign has told its 2,400 people, and most are owed nothing new)
        before = {item.uid: item for item in _read(last.content)}
        now = {item.uid: item for item in items}
        added = tuple(item for uid, item in now.items() if uid not in before)
        removed = tuple(item for uid, item in before.items() if uid not in now)
        changed = tuple((before[uid], item) for uid, item in now.items()
                        if uid in before and _differs(before[uid], item))  # fmt: skip
        if added or removed or changed:
            language = mail_language(person, plan.language)
            notices.append(ScheduleNotice(person, link, items, False, language, added, changed, removed))
    return notices


def _differs(before: ScheduleItem, now: ScheduleItem) -> bool:
    """By instants: what `_read` makes has fixed offsets, and a time in the fall-back night's
    repeated hour is never equal to one in another zone (PEP 495), though the same instant."""
    if before.start.timestamp() != now.start.timestamp() or before.end.timestamp() != now.end.timestamp():
        return True
    return (before.uid, before.role, before.place, before.cancelled) != (now.uid, now.role, now.place, now.cancelled)


def _read(content: str) -> list[ScheduleItem]:
    try:
        rows = json.loads(content)
        return [ScheduleItem(str(u), datetime.fromisoformat(s), datetime.fromisoformat(e), str(r), str(p), bool(c))
                for u, s, e, r, p, c in rows]  # fmt: skip
    except (ValueError, TypeError):
        return []  # a record we cannot read: everything counts as new, said once more rather than never
