"""Calendar feeds of a plan: media windows, volunteer shifts, per person, per role, organizer.

Pure functions of (plan, publication record, clock): the same inputs give the same bytes,
so files can be golden-tested, and UIDs derived from the plan's ids make a re-export
update events in place instead of duplicating them.

Each event is serialized once per audience and the text is reused in every file that
holds it; a calendar file is its header, the shared VTIMEZONE and those texts, joined. An
item is serialized once, with a slot for its description; each audience's description (names,
contacts) is folded into that slot, so the organizers' copy costs one line, not an event. The
texts can also be kept for the next export (`EventTexts`): an event whose inputs did not
change is not serialized again, so a re-export after one edit serializes a handful. A new
process has no such texts, but the files the last export wrote hold them: given digests of
what they were made from (`feed_context`, `feed_digests`, kept in the plan file), `FeedWriter.carry` takes
the files as they were where nothing in them changed, and writes the changed events into the
shared files in place of the old ones.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from datetime import UTC, datetime, timedelta
from operator import attrgetter
from typing import Any, NamedTuple

import icalendar
from icalendar import Alarm, Calendar, Event
from icalendar.enums import STATUS
from icalendar.prop import vDuration, vGeo, vText

from planner import __version__
from planner.domain.checks import span
from planner.domain.languages import mail_language
from planner.domain.model import (
    Contact,
    Location,
    Person,
    PersonId,
    Plan,
    Role,
    Shift,
    Turn,
    Window,
    changed_records,
)
from planner.domain.places import map_url
from planner.domain.privacy import Audience, Disclosure, disclosure
from planner.domain.records import RowChanges
from planner.domain.revisions import EVENTS_PER_PAUSE, Revision
from planner.domain.wording import feed_words
from planner.ical.folding import fold, serialize
from planner.ical.timezones import unambiguous, vtimezone

PRODID = "-//Planner//Planner Event Logistics//EN"
# Subscribed feeds: ask clients to refresh hourly (RFC 7986 and the older Microsoft/Apple name).
REFRESH = timedelta(hours=1)
END_CALENDAR = b"END:VCALENDAR\r\n"
END_EVENT = b"END:VEVENT\r\n"
DESCRIPTION_SLOT = "\ue000"  # a private-use character: stands for each audience's description
# Raise when an event's or a file's text changes for the same plan: a new process then does not
# take texts written the old way from the last export's files (FeedWriter.carry). The versions
# of Planner and icalendar are in the digests too.
# 2: people, roles and places in their items' digests; 3: as MadeOf lists them; 4: each person's
# own calendar in their language; 5: an item's digest of its fields, a person's of a digest.
FEED_FORMAT = 5
DIGEST_SIZE = 12  # bytes: a changed item taken for unchanged is one chance in 2**96
BEGIN_EVENT = b"\r\nBEGIN:VEVENT\r\n"  # (at a line's start: a folded line goes on with a space)


# The item's id, the disclosure flags its text depends on, and the language it is in.
TextKey = tuple[str, bool, bool, bool, str]


class Spliced:
    """A shared file made again from the one the last export wrote (`last`, its bytes as read
    from the folder): ranges of it as they were (start, end), the changed events' new texts
    between them. Not joined: whoever writes it copies the ranges from that file itself
    (publish.feeds), which spares the campaign's 38 MB copied twice and written again."""

    __slots__ = ("last", "pieces", "size")

    def __init__(self, last: bytes, pieces: list[bytes | tuple[int, int]]) -> None:
        self.last, self.pieces = last, pieces
        self.size = sum(len(p) if isinstance(p, bytes) else p[1] - p[0] for p in pieces)

    def __len__(self) -> int:
        return self.size

    def chunks(self) -> Iterator[bytes | memoryview]:
        """Its bytes, piece by piece (a range of `last` without a copy)."""
        whole = memoryview(self.last)
        for piece in self.pieces:
            yield piece if isinstance(piece, bytes) else whole[piece[0] : piece[1]]

    def joined(self) -> bytes:
        return b"".join(self.chunks())


FileContent = bytes | Spliced  # a feed file's, as FeedWriter makes it


def file_bytes(content: FileContent) -> bytes:
    """The file's bytes, joined if spliced."""
    return content if isinstance(content, bytes) else content.joined()


@dataclass
class EventTexts:
    """Serialized events of one export, each with everything its text was made from."""

    texts: dict[TextKey, tuple[Any, bytes]] = field(default_factory=dict)
    heads: dict[tuple[str, ...], bytes] = field(default_factory=dict)  # calendar headers, by what is in them
    files: dict[str, tuple[Any, bytes]] = field(default_factory=dict)  # a person's file, by their id


@dataclass(frozen=True)
class EventProperties:
    """An event as `Event.new(**given)`, then `add(name, value)` for each of `added`."""

    given: dict[str, Any]
    added: dict[str, Any]  # GEO as (latitude, longitude)

    def whole(self) -> Event:
        event = Event.new(**self.given)
        for name, value in self.added.items():
            event.add(name, vGeo(value) if name == "GEO" else value)
        return event


class EventLines:
    """Events written from content lines icalendar made once per distinct property value.

    A campaign's 31,800 events share most of their values — each kind's summary, a site's
    place, position and map link, the status, the stamps, ten sites' turn hours — and only
    the UID is each event's own. So icalendar makes each distinct line once (an event of that
    one property, set as `Event.new` sets it), and an event is its lines in the order icalendar
    writes a whole event of the same properties, learnt from the first such event. Lines are
    kept folded (folding.py). tests/ical/test_feeds.py holds every event to `Event.new`'s bytes."""

    def __init__(self) -> None:
        self._lines: dict[tuple[str, Any, Any], bytes] = {}
        self._orders: dict[tuple[str, ...], list[int]] = {}
        self.description_slot = fold(f"DESCRIPTION:{DESCRIPTION_SLOT}".encode())

    def event(self, properties: EventProperties) -> list[bytes]:
        """The event's folded lines, BEGIN and END included."""
        lines = [self._line(name, value, True) for name, value in properties.given.items()]
        lines += [self._line(name, value, False) for name, value in properties.added.items()]
        shape = (*properties.given, *properties.added)
        if (order := self._orders.get(shape)) is None:
            whole = [fold(line.encode("utf-8")) for line in properties.whole().content_lines() if line]
            if sorted(whole[1:-1]) != sorted(lines):  # (tests keep this from happening)
                raise AssertionError(f"event lines differ from icalendar's: {whole} {lines}")
            order = self._orders[shape] = [lines.index(line) for line in whole[1:-1]]
        return [b"BEGIN:VEVENT\r\n", *(lines[i] for i in order), END_EVENT]

    def _line(self, name: str, value: Any, given: bool) -> bytes:
        if name == "uid":  # each event's own: not worth keeping, and plain text
            return fold(b"UID:" + vText(value).to_ical())
        # Datetimes equal as instants are different lines in different zones.
        key = (name, value, getattr(value, "tzinfo", None))
        if (line := self._lines.get(key)) is None:
            event = Event()  # of this one property
            if given:
                setattr(event, name, value)
            else:
                event.add(name, vGeo(value) if name == "GEO" else value)
            [text] = event.content_lines()[1:-2]  # (between BEGIN and END, before the last CRLF)
            line = self._lines[key] = fold(text.encode("utf-8"))
        return line


def calendar_head(uid: str, name: str, description: str) -> bytes:
    """A feed's calendar, empty: its own properties, as icalendar writes them (CalendarHeads
    writes a campaign's 2,469 from the first)."""
    head = serialize(_head_calendar(uid, name, description))
    assert head.endswith(END_CALENDAR)
    return head


def _head_calendar(uid: str, name: str, description: str) -> Calendar:
    cal = Calendar.new(prodid=PRODID, uid=uid)
    cal.add("NAME", vText(name))
    cal.add("DESCRIPTION", description)
    # The older names that Apple, Google and Outlook read. Added as typed text: icalendar
    # writes the ones Calendar.new(name=..., description=...) makes unescaped, and a
    # newline in the plan's description would then break the file.
    cal.add("X-WR-CALNAME", vText(name))
    cal.add("X-WR-CALDESC", vText(description))
    cal.add("REFRESH-INTERVAL", vDuration(REFRESH), parameters={"VALUE": "DURATION"})  # RFC 7986 requires VALUE
    cal.add("X-PUBLISHED-TTL", vDuration(REFRESH))  # REFRESH-INTERVAL's name in Outlook and Apple
    return cal


class CalendarHeads:
    """Calendar headers written from the one icalendar made first. A campaign's 2,469 files
    (a file per person) differ only in their UID, name and description, and icalendar takes
    0.2 ms a header: 0.45 s of every export. So icalendar makes a header once with a mark for
    each of the three; its lines without a mark are kept as they are, and each header is those
    lines with the marked ones written again: the property's name, then the value escaped as
    icalendar escapes text (vText), folded here. The first header of each export is checked
    against icalendar's; tests/ical/test_feeds.py checks hostile ones."""

    MARKS = ("\ue001", "\ue002", "\ue003")  # private-use characters: the UID, name, description

    def __init__(self) -> None:
        # Each line of the header: folded bytes, or (its text before the mark, which value, after).
        self._lines: list[bytes | tuple[bytes, int, bytes]] | None = None

    def head(self, uid: str, name: str, description: str) -> bytes:
        if self._lines is None:
            self._lines = self._learn()
            whole = calendar_head(uid, name, description)
            if self._write((uid, name, description)) != whole:  # (tests keep this from happening)
                raise AssertionError(f"a calendar header differs from icalendar's: {whole!r}")
            return whole
        return self._write((uid, name, description))

    def _learn(self) -> list[bytes | tuple[bytes, int, bytes]]:
        unfolded = _head_calendar(*self.MARKS).content_lines()
        lines: list[bytes | tuple[bytes, int, bytes]] = []
        for line in filter(None, unfolded):
            marks = [i for i, mark in enumerate(self.MARKS) if mark in line]
            if not marks:
                lines.append(fold(line.encode("utf-8")))
                continue
            [which] = marks  # (one value a line)
            before, after = line.split(self.MARKS[which])
            lines.append((before.encode("utf-8"), which, after.encode("utf-8")))
        return lines

    def _write(self, values: tuple[str, str, str]) -> bytes:
        assert self._lines is not None
        escaped = [vText(value).to_ical() for value in values]
        return b"".join(
            line if isinstance(line, bytes) else fold(line[0] + escaped[line[1]] + line[2]) for line in self._lines
        )


def person_about(person: Person, plan_language: str) -> str:
    """How a person's own calendar is described (X-WR-CALDESC), with events or emptied: in
    their language, as their events are."""
    return _words(mail_language(person, plan_language))["schedule_of"].format(name=person.name)


def role_about(name: str, lang: str) -> str:
    """How a role's calendar is described, with events or emptied (in the plan's language)."""
    return _words(lang)["role_about"].format(name=name)


def emptied_calendar(plan: Plan, zone: bytes, feed: str, part: str, about: str) -> bytes:
    """A feed's calendar with no event left in it (as FeedWriter names and describes it): a
    calendar subscribed to it drops what it showed. It holds the plan's zone (`zone`:
    timezone_text's): RFC 5545 asks a calendar for at least one component, and a VTIMEZONE is one."""
    head = calendar_head(f"{feed}.{plan.id}@planner", f"{plan.title} — {part}", f"{about} {plan.description}".strip())
    return head[: -len(END_CALENDAR)] + zone + END_CALENDAR


def timezone_text(plan: Plan, now: datetime) -> bytes:
    """The VTIMEZONE every file of the plan's feeds holds: the plan's zone over its dates."""
    moments = [w.start for w in plan.windows()] + [w.end for w in plan.windows()]
    moments += [t.start for t in plan.turns] + [s.start for s in plan.shifts]
    moments += [s.end for s in plan.shifts]
    first, last = (min(moments).date(), max(moments).date()) if moments else (now.date(), now.date())
    return serialize(vtimezone(plan.timezone, first, last))


def feed_context(plan: Plan, now: datetime) -> str:
    """A digest of everything but the windows', turns' and shifts' own records that an event's
    text or a feed file depends on (the plan file keeps it for the next export: FeedExport).
    Not the days: only their windows are in the feeds (a day's note is not), each an item.
    Nor the people, roles and places: each is in the digests of the items it is on
    (feed_digests), so that after an edit of one only their events are made again."""
    described = repr((FEED_FORMAT, __version__, icalendar.__version__, plan.id, plan.title, plan.timezone,
                      plan.description, plan.press_contact, plan.reminder_minutes, plan.language))  # fmt: skip
    return _digest(described.encode() + timezone_text(plan, now))


class EventHead(NamedTuple):
    """An item's event but its description: serialized once per item and language (_frame)."""

    item_id: str
    title: str  # the summary's first part ("Media availability", a role's name)
    start: datetime
    end: datetime
    location_id: str
    cancelled: bool
    lang: str


class MadeOf(NamedTuple):
    """What an item's event text is made of besides the item itself, its revision and the
    plan's details (feed_context): the one description the texts (FeedWriter._inputs), the
    record of an export (feed_digests) and the reuse of a session's texts after an edit
    (_changed_items) all read, so that none of them misses what another counts."""

    place: str  # the place it names, with its address and map (its location id)
    people: tuple[PersonId, ...]  # those it names (a window: its turns' spokespeople)
    role: str = ""  # a shift's: its name is the summary, its description the text's first line
    cancelled: bool = False  # a turn's window cancelled: so is the turn
    turns: tuple[Turn, ...] = ()  # a window's, as its text lists them


def made_of(plan: Plan, item: Window | Turn | Shift) -> MadeOf:
    """What `item`'s event text is made of (MadeOf)."""
    if isinstance(item, Shift):
        return MadeOf(item.location_id, item.person_ids, role=item.role_id)
    if isinstance(item, Turn):
        window = plan.windows_by_id.get(item.window_id)
        if window is None:
            return MadeOf("", item.person_ids)
        return MadeOf(window.location_id, item.person_ids, cancelled=window.cancelled)
    turns = tuple(plan.turns_in(item.id))
    return MadeOf(item.location_id, tuple(p for t in turns for p in t.person_ids), turns=turns)


def feed_digests(
    plan: Plan,
    revisions: Mapping[str, Revision],
    now: datetime,
    known: Mapping[str, str] | None = None,
    pause: Callable[[], None] | None = None,
) -> dict[str, str]:
    """What each of the plan's events is made from besides its context (feed_context), as a
    digest: each item with its revision (`now` stands for a missing one, as in the text) and
    what it is made of (made_of), the records it names whole; a window's turns by their
    digests. `known`: items' digests worked out already with these revisions and records.
    `pause()` is called every few hundred items (see revise)."""
    stamp, get, blake2b = str(now.astimezone(UTC).timestamp()), revisions.get, hashlib.blake2b
    # Each person, place and role written out once, not once for each of their items (a
    # person by a digest: a shift names two of them, a window its turns' spokespeople); and
    # when first named, so not at all if only items `known` name them (a new process
    # re-exporting after one edit works out a few items: a campaign has 2,460 people).
    people = _WrittenOnce(plan.people_by_id, lambda p: blake2b(repr(p).encode(), digest_size=DIGEST_SIZE).hexdigest())
    places, roles = _WrittenOnce(plan.locations_by_id, repr), _WrittenOnce(plan.roles_by_id, repr)
    moments: dict[datetime, str] = {}  # a revision's time as text: a campaign's are a few
    items = dict(known or {})

    def revision(item_id: str) -> str:
        r = get(item_id)
        if r is None:
            return stamp
        if (moment := moments.get(r.modified)) is None:
            moment = moments[r.modified] = str(r.modified.timestamp())
        return f"{r.sequence}|{r.fingerprint}|{moment}"

    def digest(item: Window | Turn | Shift) -> str:
        """The item's record, its revision and what it is made of (a campaign's 31,800: each
        step counts; a tuple of the fields, not the record's repr, spares its Python code)."""
        m = made_of(plan, item)
        named = ",".join([people[p] for p in m.people])
        text = "|".join((type(item).__name__, repr(_fields(item)), revision(item.id), places[m.place],
                         roles[m.role], "1" if m.cancelled else "0", named,
                         ",".join([items[t.id] for t in m.turns])))  # fmt: skip
        return blake2b(text.encode(), digest_size=DIGEST_SIZE).hexdigest()

    records: tuple[Turn | Shift, ...] = (*plan.turns, *plan.shifts)
    for count, item in enumerate(records):
        if pause is not None and count % EVENTS_PER_PAUSE == 0:
            pause()
        if item.id not in items:
            items[item.id] = digest(item)
    for window in plan.windows():  # (after their turns: a window's digest holds theirs)
        if window.id not in items:
            items[window.id] = digest(window)
    return items


class _WrittenOnce(dict[str, str]):
    """Each of `records` (by id) as text, written when first asked for (`write(record)`), then
    kept; an id of no record (a turn names no role) as empty text."""

    def __init__(self, records: Mapping[Any, Any], write: Callable[[Any], str]) -> None:
        super().__init__()
        self._records, self._write = records, write

    def __missing__(self, key: str) -> str:
        record = self._records.get(key)
        text = self[key] = "" if record is None else self._write(record)
        return text


def digests_kept(plan: Plan, recorded: Mapping[str, str], since: RowChanges) -> dict[str, str]:
    """The digests the last export `recorded` of the items that nothing they are made from
    has changed since (`since`: the plan file's rows changed since, by table): not their own
    rows, nor their revisions, nor the rows of what made_of says they are made of (place,
    role, people; a turn's window: its place and status; a window's turns, each kept). For
    feed_digests' `known`: a campaign's new process re-exporting after one edit then works
    out a few digests, not 31,800. No window is kept once any turn's row changed: one moved
    out of a window is not in it now, for the window to tell."""
    mine = since.turns | since.shifts | since.windows | since.revisions
    sources = since.locations or since.people or since.roles or since.windows
    kept: dict[str, str] = {}
    items: tuple[Turn | Shift, ...] = (*plan.turns, *plan.shifts)
    for item in items:
        if item.id in mine or (digest := recorded.get(item.id)) is None:
            continue
        if sources:
            m = made_of(plan, item)
            if (m.place in since.locations or m.role in since.roles or not since.people.isdisjoint(m.people)
                    or (isinstance(item, Turn) and item.window_id in since.windows)):  # fmt: skip
                continue
        kept[item.id] = digest
    if since.turns:
        return kept
    for window in plan.windows():  # (after their turns: a window is kept with all of its turns)
        if window.id in mine or (digest := recorded.get(window.id)) is None:
            continue
        # (made_of's place and turns, without the rest of it: their people are kept with them)
        if window.location_id in since.locations or not all(t.id in kept for t in plan.turns_in(window.id)):
            continue
        kept[window.id] = digest
    return kept


# Each kind's fields, read at once (C code), for an item's digest: a field added is in it.
_FIELD_GETTERS = {kind: attrgetter(*(f.name for f in dataclass_fields(kind))) for kind in (Window, Turn, Shift)}


def _fields(item: Window | Turn | Shift) -> tuple[Any, ...]:
    """Every field of the item, in its kind's order."""
    fields: tuple[Any, ...] = _FIELD_GETTERS[type(item)](item)
    return fields


def uid(plan: Plan, item_id: str) -> str:
    """Stable across exports and app versions: the item's id scoped by the plan's id."""
    return f"{item_id}.{plan.id}@planner"


class FeedWriter:
    """Builds every calendar of one plan; each event's text is made once and reused."""

    def __init__(
        self,
        plan: Plan,
        now: datetime,
        revisions: Mapping[str, Revision] | None = None,
        reuse: EventTexts | None = None,
        since: Plan | None = None,
        pause: Callable[[], None] | None = None,
    ) -> None:
        """`reuse`: the texts of an earlier export, used again where nothing they depend on
        changed. `since`: the plan they were made from, when `revisions` continues that
        export's record: if only turns and shifts changed, the other events' texts are taken
        as they are, without comparing what they were made from. `pause()`, called before each
        event and each calendar made, may wait (an export in a worker thread, while the window
        is busy: each is a fraction of a millisecond)."""
        if now.tzinfo is None:
            raise ValueError("now must be an aware datetime")
        self.plan = plan
        self.lang = plan.language  # the shared calendars' (a person's own: theirs, mail_language)
        self.stamp = now.astimezone(UTC)
        self.revisions = revisions or {}
        self._pause = pause
        # Serialized events, keyed by item, the disclosure flags their text depends on and their
        # language: the shared volunteer feed and the own files of volunteers who read the
        # plan's language then share one serialization (and the others' files another).
        self._reuse = reuse
        # By item and language: its event before and after the description.
        self._frames: dict[tuple[str, str], tuple[bytes, bytes]] = {}
        self._lines = EventLines()
        self._heads = CalendarHeads()
        self._changed = _changed_items(since, plan) if reuse is not None and since is not None else None
        # When only turns and shifts changed, the last export's texts stand for every item but
        # those (and so for what the person files left as they were hold, for the next export).
        self.texts = EventTexts()
        if reuse is not None and (changed := self._changed) is not None:
            self.texts.texts = {key: text for key, text in reuse.texts.items() if key[0] not in changed}
            self.texts.heads = dict(reuse.heads)
        # What every event's text depends on besides its own records: the UID and summary
        # name the plan; the zone, because times equal as instants may be written in another.
        self._plan_inputs = (plan.id, plan.title, plan.timezone)
        self._vtimezone: bytes | None = None
        self._alarms: dict[str, bytes] = {}  # by language (_alarm)
        # The last export into the folder (carry): the digest of the items in each of its files
        # by feed, the shared files as it wrote them, the people whose files it holds as written.
        self._last_feeds: Mapping[str, str] = {}
        self._last_files: Mapping[str, bytes] = {}
        self._held: Set[str] = set()  # person ids
        self._changes_only = False  # (carry) a file holds only the changed items' events
        self.feed_items: dict[str, str] = {}  # by feed made: the digest of the items in it, in order
        self.feed_members: dict[str, list[str]] = {}  # by feed made: the ids of the items in it, in order
        self._map_urls = {loc.id: map_url(loc) for loc in plan.locations}
        # Who is on what, indexed once: per-person files must not rescan every shift.
        self._turns_by_person: dict[PersonId, list[Turn]] = defaultdict(list)
        self._shifts_by_person: dict[PersonId, list[Shift]] = defaultdict(list)
        for turn in plan.turns:
            for pid in turn.person_ids:
                self._turns_by_person[pid].append(turn)
        for shift in plan.shifts:
            for pid in shift.person_ids:
                self._shifts_by_person[pid].append(shift)

    # -- the calendars

    def media(self) -> FileContent:
        """Every media-availability window, with the spokespeople on duty and the press contact."""
        press, say = disclosure(Audience.PRESS), _words(self.lang)
        windows = list(self.plan.windows())
        return self._shared("media", say["media_part"], say["media_about"], windows, press,
                            lambda w: self._window_text(w, press))  # fmt: skip

    def volunteers(self) -> FileContent:
        shown, say = disclosure(Audience.VOLUNTEERS), _words(self.lang)
        return self._shared("volunteers", say["volunteers_part"], say["volunteers_about"], self.plan.shifts, shown,
                            lambda s: self._shift_text(s, shown))  # fmt: skip

    def role(self, role: Role) -> FileContent:
        shown = disclosure(Audience.VOLUNTEERS)
        shifts = [s for s in self.plan.shifts if s.role_id == role.id]
        return self._shared(f"role-{role.id}", role.name, role_about(role.name, self.lang), shifts, shown,
                            lambda s: self._shift_text(s, shown))  # fmt: skip

    def person(self, person: Person) -> bytes:
        """One person's own turns (spokespeople) or shifts (volunteers), nobody else's, with reminders."""
        turns, shifts = self.turns_of(person.id), self.shifts_of(person.id)
        # A re-export after an edit of a few turns and shifts: the 2,400 files of people none
        # of whose items changed are as they were (same items, person, zone, plan and alarm).
        items: list[str] = [t.id for t in turns] + [s.id for s in shifts]
        lang = mail_language(person, self.lang)  # (their events, name and reminders in it)
        inputs = (person, items, self._alarm(lang), self._plan_inputs, self.plan.description,
                  self._timezone_text() if items else b"")  # fmt: skip
        self.feed_items[f"person-{person.id}"] = _digest("\n".join(items).encode())
        self.feed_members[f"person-{person.id}"] = items
        changed = self._changed
        if self._changes_only and changed is not None:
            turns, shifts = [t for t in turns if t.id in changed], [s for s in shifts if s.id in changed]
        elif self._reuse is not None and changed is not None:
            before = self._reuse.files.get(person.id)
            if before is not None and before[0] == inputs and changed.isdisjoint(items):
                self.texts.files[person.id] = before
                return before[1]
        shown = disclosure(Audience.PERSON)
        texts = [self._turn_text(t, shown, lang) for t in turns]
        texts += [self._shift_text(s, shown, lang) for s in shifts]
        content = self._calendar(f"person-{person.id}", person.name, person_about(person, self.lang), texts)
        if not self._changes_only:  # (a file of some of its events is no file to take again)
            self.texts.files[person.id] = (inputs, content)
        return content

    def person_kept(self, person: Person) -> bool:
        """The person's file is as the last export's folder holds it (`carry`): the same items,
        none of them changed, nor (carry's condition) anything else the file is made from."""
        if person.id not in self._held or self._changed is None:
            return False
        feed = f"person-{person.id}"
        items: list[str] = [t.id for t in self.turns_of(person.id)] + [s.id for s in self.shifts_of(person.id)]
        digest = _digest("\n".join(items).encode())
        if self._last_feeds.get(feed) != digest or not self._changed.isdisjoint(items):
            return False
        self.feed_items[feed], self.feed_members[feed] = digest, items
        return True

    def organizer(self) -> FileContent:
        """Everything, with everyone's contact details: for the organizing team only."""
        shown = disclosure(Audience.ORGANIZER)

        def text(item: Window | Turn | Shift) -> bytes:
            if isinstance(item, Window):
                return self._window_text(item, shown)
            return self._turn_text(item, shown) if isinstance(item, Turn) else self._shift_text(item, shown)

        items: list[Window | Turn | Shift] = [*self.plan.windows(), *self.plan.turns, *self.plan.shifts]
        say = _words(self.lang)
        return self._shared("organizer", say["organizer_part"], say["organizer_about"], items, shown, text)

    def turns_of(self, person_id: PersonId) -> list[Turn]:
        return self._turns_by_person.get(person_id, [])

    def shifts_of(self, person_id: PersonId) -> list[Shift]:
        return self._shifts_by_person.get(person_id, [])

    def _shared(
        self,
        feed: str,
        part: str,
        about: str,
        records: Sequence[Window | Turn | Shift],
        shown: Disclosure,
        text: Callable[[Any], bytes],
    ) -> FileContent:
        """A calendar of `records` shared by an audience: the last export's file with the
        events of the records that changed written again, when it holds the same records in
        the same order (carry); else made from each record's `text`. Only the changed records'
        events when carried for a calendar server (`carry`'s changes_only)."""
        ids: list[str] = [r.id for r in records]
        self.feed_members[feed] = ids
        # Its items, and its name and description: a role's, renamed, is not taken as it was.
        self.feed_items[feed] = digest = _digest("\n".join([part, about, *ids]).encode())
        last, changed = self._last_files.get(feed), self._changed
        if changed is not None and self._changes_only:
            return self._calendar(feed, part, about, (text(r) for r in records if r.id in changed))
        if last is not None and changed is not None:
            if self._last_feeds.get(feed) == digest and (spliced := self._spliced(last, records, text)) is not None:
                return spliced
            self._take_texts(last, shown)  # the records are not those: their texts one by one
        return self._calendar(feed, part, about, map(text, records))

    def _spliced(
        self, last: bytes, records: Sequence[Window | Turn | Shift], text: Callable[[Any], bytes]
    ) -> FileContent | None:
        """`last` (a file of `records` in this order) with the changed ones' events written
        again; None if one is not found as this module writes it."""
        changed = self._changed or set()
        pieces: list[bytes | tuple[int, int]] = []
        at = 0
        for record in records:
            if record.id not in changed:
                continue
            found = last.find(b"\r\nUID:" + uid(self.plan, record.id).encode() + b"\r\n", at)
            begins = last.rfind(BEGIN_EVENT, max(at - 2, 0), found + 2) if found >= 0 else -1
            ends = last.find(b"\r\n" + END_EVENT, found) if found >= 0 else -1
            if begins < 0 or ends < 0:
                return None
            pieces += [(at, begins + 2), text(record)] if begins + 2 > at else [text(record)]
            at = ends + 2 + len(END_EVENT)
        if not pieces:  # (none of its events changed: the file as it is, known to be so by export_feeds)
            return last
        pieces.append((at, len(last)))
        return Spliced(last, pieces)

    def _calendar(self, feed: str, part: str, about: str, texts: Iterable[bytes]) -> bytes:
        # No METHOD: a feed is a plain RFC 5545 object to import or subscribe to. METHOD:PUBLISH
        # would oblige an ORGANIZER on every event (RFC 5546 §3.2.1), and some clients treat a
        # METHOD file as a scheduling message rather than a calendar to import.
        if self._pause is not None:
            self._pause()
        name = f"{self.plan.title} — {part}"
        description = f"{about} {self.plan.description}".strip()
        head_key = (feed, name, description, self.plan.id)
        head = self._reuse.heads.get(head_key) if self._reuse else None
        if head is None:
            head = self._head(feed, name, description)
        self.texts.heads[head_key] = head
        body = list(texts)
        if not body:
            return head
        return b"".join([head[: -len(END_CALENDAR)], self._timezone_text(), *body, END_CALENDAR])

    def _head(self, feed: str, name: str, description: str) -> bytes:
        return self._heads.head(f"{feed}.{self.plan.id}@planner", name, description)

    def _timezone_text(self) -> bytes:
        if self._vtimezone is None:
            self._vtimezone = timezone_text(self.plan, self.stamp)
        return self._vtimezone

    # -- events, each serialized once per item, disclosure and language

    def _key(self, item_id: str, shown: Disclosure, lang: str) -> TextKey:
        return item_id, shown.volunteer_names, shown.private_contacts, shown.press_contact, lang

    @staticmethod
    def _shift_key(shift_id: str, shown: Disclosure, lang: str) -> TextKey:
        # A shift's text never shows the press contact: that flag is left out of its key.
        return shift_id, shown.volunteer_names, shown.private_contacts, False, lang

    # -- the last export's texts, for a new process

    def carry(
        self,
        changed: Set[str],
        feeds: Mapping[str, str],
        files: Mapping[str, bytes],
        held: Set[str],
        changes_only: bool = False,
    ) -> None:
        """Make again only what changed since the last export into a folder: `changed`, the
        items whose events may differ; `feeds`, by feed, the digest of the items that export
        put in it; `files`, the shared feeds' files as it wrote them; `held`, the people whose
        files the folder holds as it wrote them (person_kept). Only when that export's context
        digest is this plan's (feed_context), and each file is as it wrote it (the caller
        checks). `changes_only` (a calendar server holds the rest, one resource per event): each
        file made holds only the events of the changed items in it; `feed_members` lists all."""
        self._changed = set(changed)
        self._last_feeds, self._last_files, self._held = feeds, files, held
        self._changes_only = changes_only

    def _take_texts(self, content: bytes, shown: Disclosure) -> None:
        """The texts of the unchanged items' events, as `content` (a shared file written for
        `shown`, in the plan's language) holds them, for the events made next."""
        changed = self._changed or set()
        shifts = {s.id for s in self.plan.shifts} - changed
        others = ({t.id for t in self.plan.turns} | set(self.plan.windows_by_id)) - changed
        suffix = uid(self.plan, "")
        texts = self.texts.texts
        for count, (event_uid, text) in enumerate(calendar_events(content)):
            if self._pause is not None and count % EVENTS_PER_PAUSE == 0:
                self._pause()
            item = event_uid.removesuffix(suffix)
            if item in shifts:
                texts.setdefault(self._shift_key(item, shown, self.lang), (None, text))
            elif item in others:
                texts.setdefault(self._key(item, shown, self.lang), (None, text))

    def _made(self, key: TextKey) -> bytes | None:
        """The text for `key` if made already in this export (for another file), or carried
        from the last one (an item that did not change: see __init__)."""
        made = self.texts.texts.get(key)
        return made[1] if made is not None else None

    def _known(self, key: TextKey, inputs: Any) -> bytes | None:
        """The text for `key` from the last export, if made from the same inputs."""
        if self._reuse is None or (before := self._reuse.texts.get(key)) is None or before[0] != inputs:
            return None
        self.texts.texts[key] = before
        return before[1]

    def _cached(self, key: TextKey, inputs: Any, frame: tuple[bytes, bytes], lines: list[str]) -> bytes:
        if self._pause is not None:
            self._pause()
        description = fold(b"DESCRIPTION:" + vText("\n".join(lines)).to_ical())
        text = frame[0] + description + frame[1]
        self.texts.texts[key] = (inputs, text)
        return text

    def _inputs(self, item: Window | Turn | Shift, made: MadeOf, press: Contact | None) -> tuple[Any, ...]:
        """Everything an event's text is made from: the item, what it is made of (made_of)
        as records, and `press`, the press contact if the text shows it (records compare by
        value; unchanged ones are the same objects, so comparing costs little)."""
        plan = self.plan
        people = tuple(map(plan.people_by_id.get, made.people))
        place = plan.locations_by_id.get(made.place)  # type: ignore[call-overload]
        role = plan.roles_by_id.get(made.role)  # type: ignore[call-overload]
        # Without a publication record the clock is in the text (DTSTAMP); with one, it is not.
        revision = self.revisions.get(item.id) or self.stamp
        return (item, place, people, role, made.cancelled, made.turns, revision, self._plan_inputs, press)

    def _window_text(self, window: Window, shown: Disclosure) -> bytes:
        lang = self.lang  # (a window is in no one's own calendar)
        key = self._key(window.id, shown, lang)
        if (made := self._made(key)) is not None:
            return made
        of = made_of(self.plan, window)
        inputs = self._inputs(window, of, self.plan.press_contact if shown.press_contact else None)
        if (known := self._known(key, inputs)) is not None:
            return known
        turns, say = of.turns, _words(lang)
        lines = [say["on_duty"]]
        for turn in turns:
            lines.append(
                f"{span(turn.start, turn.end)}  {self._people(turn.person_ids, shown, titles=True, lang=lang)}"
            )
        if not turns:
            lines.append(say["to_be_announced"])
        if shown.press_contact:
            lines += self._press_lines(lang)
        lines += self._place_lines(window.location_id, lang)
        head = EventHead(window.id, say["window"], window.start, window.end, window.location_id, window.cancelled, lang)
        frame = self._frame(head)
        return self._cached(key, inputs, frame, lines)

    def _turn_text(self, turn: Turn, shown: Disclosure, personal: str = "") -> bytes:
        """`personal`: the language of the person's own calendar it is for (with its reminder)."""
        of = made_of(self.plan, turn)
        lang = personal or self.lang
        key = self._key(turn.id, shown, lang)
        text = self._made(key)
        if text is None:
            inputs = self._inputs(turn, of, self.plan.press_contact if shown.press_contact else None)
            text = self._known(key, inputs) or self._build_turn(turn, of, shown, key, inputs)
        return self._with_alarm(text, lang) if personal and not of.cancelled else text

    def _build_turn(self, turn: Turn, of: MadeOf, shown: Disclosure, key: TextKey, inputs: Any) -> bytes:
        lang = key[-1]
        say = _words(lang)
        people = self._people(turn.person_ids, shown, titles=False, lang=lang)
        lines = [say["turn_says"], say["on_duty_now"].format(people=people)]
        if shown.press_contact:
            lines += self._press_lines(lang)
        lines += self._place_lines(of.place, lang)
        frame = self._frame(EventHead(turn.id, say["turn"], turn.start, turn.end, of.place, of.cancelled, lang))
        return self._cached(key, inputs, frame, lines)

    def _shift_text(self, shift: Shift, shown: Disclosure, personal: str = "") -> bytes:
        """`personal`: the language of the person's own calendar it is for (with its reminder)."""
        lang = personal or self.lang
        key = self._shift_key(shift.id, shown, lang)
        text = self._made(key)
        if text is None:
            inputs = self._inputs(shift, made_of(self.plan, shift), self.plan.press_contact)  # (whom to call)
            text = self._known(key, inputs) or self._build_shift(shift, shown, key, inputs)
        return self._with_alarm(text, lang) if personal and not shift.cancelled else text

    def _build_shift(self, shift: Shift, shown: Disclosure, key: TextKey, inputs: Any) -> bytes:
        lang = key[-1]
        say = _words(lang)
        role = self.plan.roles_by_id.get(shift.role_id)
        lines = [role.description] if role and role.description else []
        if shown.volunteer_names:
            people = self._people(shift.person_ids, shown, titles=False, lang=lang)
            lines.append(say["volunteers"].format(count=len(shift.person_ids), needed=shift.needed, people=people))
        if shift.notes:
            lines.append(say["bring"].format(notes=shift.notes))
        # Whom to call on the day: the plan's published contact (the same as the media feed's).
        c = self.plan.press_contact
        if c.phone:
            lines.append(say["call"].format(name=c.name or say["organizers"], phone=c.phone))
        lines += self._place_lines(shift.location_id, lang)
        title = role.name if role else say["shift"]
        head = EventHead(shift.id, title, shift.start, shift.end, shift.location_id, shift.cancelled, lang)
        frame = self._frame(head)
        return self._cached(key, inputs, frame, lines)

    def _frame(self, head: EventHead) -> tuple[bytes, bytes]:
        """The item's event serialized, once for all audiences of a language: the text before
        and after its description (which differs by audience)."""
        if (frame := self._frames.get((head.item_id, head.lang))) is None:
            lines = self._lines.event(self._properties(head))
            slot = lines.index(self._lines.description_slot)
            frame = self._frames[head.item_id, head.lang] = (b"".join(lines[:slot]), b"".join(lines[slot + 1 :]))
        return frame

    def _properties(self, head: EventHead) -> EventProperties:
        """What `Event.new` is given for the item's event, and what is added after."""
        item_id, title, start, end, location_id, cancelled, lang = head
        location = self.plan.locations_by_id.get(location_id)  # type: ignore[call-overload]
        revision = self.revisions.get(item_id)
        summary = f"{title}: {self.plan.title}"
        # A feed has no METHOD: its DTSTAMP is when the event was last revised (RFC 5545
        # §3.8.7.2), as LAST-MODIFIED; so an event that did not change keeps its bytes, and
        # a re-export rewrites only the files something changed in.
        stamp = revision.modified if revision else self.stamp
        given: dict[str, Any] = {
            "uid": uid(self.plan, item_id),
            "stamp": stamp,
            "start": unambiguous(start),
            "end": unambiguous(end),
            "summary": _words(lang)["cancelled_summary"].format(summary=summary) if cancelled else summary,
            "description": DESCRIPTION_SLOT,
            "status": STATUS.CANCELLED if cancelled else STATUS.CONFIRMED,
            "sequence": revision.sequence if revision else 0,
            "last_modified": stamp,
        }
        added: dict[str, Any] = {}
        if location is not None:
            given["location"] = _place(location)
            if location.has_coordinates:
                added["GEO"] = (location.latitude, location.longitude)
            added["URL"] = self._map_urls[location.id]
        return EventProperties(given, added)

    def _event(self, head: EventHead) -> Event:
        """The item's event as icalendar makes it whole (what `_frame`'s lines add up to)."""
        return self._properties(head).whole()

    def _alarm(self, lang: str) -> bytes:
        """One VALARM for every personal event in `lang`, serialized once (empty when reminders
        are off)."""
        if (text := self._alarms.get(lang)) is not None:
            return text
        minutes = self.plan.reminder_minutes
        text = b""
        if minutes > 0:
            alarm = Alarm()
            alarm.add("ACTION", "DISPLAY")
            alarm.add("TRIGGER", timedelta(minutes=-minutes))
            alarm.add("DESCRIPTION", _words(lang)["starts_in"].format(minutes=minutes))
            text = serialize(alarm)
        self._alarms[lang] = text
        return text

    def _with_alarm(self, event_text: bytes, lang: str) -> bytes:
        # Some clients (Google among them) ignore alarms in imported files; the time is also
        # in the summary and description, so nothing depends on the alarm alone.
        return event_text[: -len(END_EVENT)] + self._alarm(lang) + END_EVENT

    # -- text

    def _people(self, person_ids: Iterable[PersonId], shown: Disclosure, *, titles: bool, lang: str) -> str:
        show_contacts = shown.private_contacts
        names = []
        for pid in person_ids:
            person = self.plan.people_by_id.get(pid)
            if person is None:
                continue
            text = f"{person.name} — {person.title}" if titles and person.title else person.name
            if show_contacts:
                text += "".join(f" · {c}" for c in (person.phone, person.email) if c)
            names.append(text)
        return "; ".join(names) or _words(lang)["nobody"]

    def _press_lines(self, lang: str) -> list[str]:
        c = self.plan.press_contact
        parts = [part for part in (c.name, c.email, c.phone) if part]
        return ["", _words(lang)["press_contact"].format(contact=" · ".join(parts))] if parts else []

    def _place_lines(self, location_id: str, lang: str) -> list[str]:
        location = self.plan.locations_by_id.get(location_id)  # type: ignore[call-overload]
        if location is None:
            return []
        say = _words(lang)
        lines = ["", say["where"].format(place=_place(location))]
        if location.notes:
            lines.append(say["on_site"].format(notes=location.notes))
        lines.append(say["map"].format(url=self._map_urls[location.id]))
        return lines


_FEED_WORDS = {lang: feed_words(lang) for lang in ("en", "es")}  # (looked up per event: made once)


def _words(lang: str) -> dict[str, str]:
    """The words of a calendar in `lang` (wording.feed_words)."""
    return _FEED_WORDS.get(lang) or feed_words(lang)


def _changed_items(since: Plan, plan: Plan) -> set[str] | None:
    """The ids of the events whose text may differ from `since`'s, when only turns, shifts,
    people, roles and places changed (as an edit on the grid does, or of a person's phone):
    the items they are on, beside the turns and shifts themselves. None when anything else
    did (days and their windows, the plan's details): then every event's inputs are compared."""
    context = ("id", "title", "timezone", "press_contact", "language")
    if any(getattr(plan, a) != getattr(since, a) for a in context) or plan.days is not since.days:
        return None
    gone_turns, new_turns = changed_records(since.turns, plan.turns)
    gone_shifts, new_shifts = changed_records(since.shifts, plan.shifts)
    changed: set[str] = {r.id for r in (*gone_turns, *new_turns)} | {r.id for r in (*gone_shifts, *new_shifts)}
    changed |= {t.window_id for t in (*gone_turns, *new_turns)}  # a window's text lists its turns
    # The events of the people, roles and places that changed (or came, or went) may differ
    # too: those whose text is made of one of them (made_of).
    people = _changed_ids(since.people, plan.people)
    roles = _changed_ids(since.roles, plan.roles)
    places = _changed_ids(since.locations, plan.locations)
    if people or roles or places:
        items: tuple[Window | Turn | Shift, ...] = (*plan.windows(), *plan.turns, *plan.shifts)
        for item in items:
            of = made_of(plan, item)
            if of.place in places or of.role in roles or not people.isdisjoint(of.people):
                changed.add(item.id)
    return changed


def _changed_ids(old: tuple[Any, ...], new: tuple[Any, ...]) -> set[Any]:
    """The ids of the records that changed, came or went between two versions of a tuple."""
    gone, came = changed_records(old, new)
    return {r.id for r in (*gone, *came)}


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=DIGEST_SIZE).hexdigest()


def calendar_events(content: bytes) -> list[tuple[str, bytes]]:
    """(UID, text) of each event of a calendar file this module wrote (each event's lines as
    written, from BEGIN to END); none if it is not such a file. (A campaign's organizer file
    has 31,800: each found by C code, not a line at a time.)"""
    head, *parts = content.split(BEGIN_EVENT)
    if not parts or not parts[-1].endswith(END_EVENT + END_CALENDAR):
        return []
    # Each part ends where the next event begins, the last where the calendar ends.
    texts = [b"BEGIN:VEVENT\r\n" + part + b"\r\n" for part in parts]
    texts[-1] = texts[-1][: -len(END_CALENDAR) - 2]
    uids = _UID_LINE.findall(content, len(head))  # (the calendar's own UID is in its head)
    if len(uids) != len(texts) or not all(text.endswith(END_EVENT) for text in texts):
        return []
    return list(zip(map(_unfolded, uids), texts, strict=True))


_UID_LINE = re.compile(rb"\r\nUID:([^\r\n]*(?:\r\n[ \t][^\r\n]*)*)\r\n")  # the UID, and any lines it folds into


def _unfolded(value: bytes) -> str:
    if b"\r\n" in value:
        value = value.replace(b"\r\n ", b"").replace(b"\r\n\t", b"")
    return value.decode("utf-8", "replace")


def _place(location: Location) -> str:
    return ", ".join(part for part in (location.name, location.address) if part)
