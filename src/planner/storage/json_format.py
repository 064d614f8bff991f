"""The JSON interchange format for plans (docs/plan-json.md), read strictly, written canonically."""

from __future__ import annotations

import enum
import json
import math
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.domain.model import (
    AvailabilityLevel,
    AvailabilityWindow,
    Contact,
    Day,
    HealthLimits,
    Journalist,
    JournalistId,
    Location,
    LocationId,
    Person,
    PersonId,
    PersonKind,
    Plan,
    PlanId,
    Role,
    RoleId,
    Shift,
    ShiftId,
    SpeakerRole,
    Turn,
    TurnId,
    Window,
    WindowId,
)
from planner.domain.press import LANGUAGES, email_problem, ledger_key, name_problem
from planner.domain.records import Records
from planner.domain.revisions import Revision
from planner.fileio import write_atomically
from planner.storage.errors import FileAccessError, PlanFormatError
from planner.storage.records_codec import (
    journalist_to_dict,
    limits_from_dict,
    limits_to_dict,
    release_from_dict,
    release_to_dict,
    sent_from_dict,
    sent_to_dict,
)
from planner.storage.timefmt import format_local, format_utc, parse_date, parse_local, parse_utc

FORMAT_NAME = "planner-plan"
# 2 added cancelled windows/shifts, reminder_minutes, revisions; 3 the press list, releases, sent;
# 4 what the rotation needs: speaker roles, health limits, availability, window needs, pins.
FORMAT_VERSION = 4

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)


# ---------------------------------------------------------------------------------- writing


def plan_to_dict(plan: Plan, records: Records | None = None) -> dict[str, Any]:
    """Every field, always, in a fixed order, so equal plans give identical files."""
    records = records or Records()
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "plan": {
            "id": plan.id,
            "title": plan.title,
            "organization": plan.organization,
            "description": plan.description,
            "timezone": plan.timezone,
            "turn_minutes": plan.turn_minutes,
            "reminder_minutes": plan.reminder_minutes,
            "press_contact": {
                "name": plan.press_contact.name,
                "email": plan.press_contact.email,
                "phone": plan.press_contact.phone,
            },
        },
        "locations": [
            {
                "id": loc.id,
                "name": loc.name,
                "address": loc.address,
                "latitude": loc.latitude,
                "longitude": loc.longitude,
                "notes": loc.notes,
            }
            for loc in plan.locations
        ],
        "days": [
            {
                "date": day.date.isoformat(),
                "note": day.note,
                "windows": [
                    {
                        "id": w.id,
                        "start": format_local(w.start),
                        "end": format_local(w.end),
                        "location": w.location_id,
                        "cancelled": w.cancelled,
                        "needed": w.needed,
                        "language": w.language,
                        "pair": [r.value for r in w.pair],
                    }
                    for w in day.windows
                ],
            }
            for day in plan.days
        ],
        "people": [
            {
                "id": p.id,
                "name": p.name,
                "kind": p.kind.value,
                "title": p.title,
                "languages": list(p.languages),
                "email": p.email,
                "phone": p.phone,
                "speaker_role": p.speaker_role.value,
                "limits": limits_to_dict(p.limits) if p.limits else None,
            }
            for p in plan.people
        ],
        "availability": [
            {"person": a.person_id, "start": format_local(a.start), "end": format_local(a.end), "level": a.level.value}
            for a in plan.availability
        ],
        "roles": [{"id": r.id, "name": r.name, "description": r.description} for r in plan.roles],
        "turns": [
            {
                "id": t.id,
                "window": t.window_id,
                "start": format_local(t.start),
                "end": format_local(t.end),
                "people": list(t.person_ids),
                "pinned": t.pinned,
            }
            for t in plan.turns
        ],
        "shifts": [
            {
                "id": s.id,
                "role": s.role_id,
                "location": s.location_id,
                "start": format_local(s.start),
                "end": format_local(s.end),
                "needed": s.needed,
                "people": list(s.person_ids),
                "notes": s.notes,
                "cancelled": s.cancelled,
            }
            for s in plan.shifts
        ],
        "journalists": [journalist_to_dict(j) for j in plan.journalists],
        "revisions": [
            {"item": item, "sequence": r.sequence, "fingerprint": r.fingerprint, "modified": format_utc(r.modified)}
            for item, r in sorted(records.revisions.items())
        ],
        "releases": [release_to_dict(r) for r in records.releases],
        "sent": [sent_to_dict(m) for _key, m in sorted(records.sent.items())],
        "failures": [
            {"email": email, "uid": uid, "at": format_utc(at), "reason": why}
            for (email, uid), (at, why) in sorted(records.failures.items())
        ],
    }


def plan_to_json(plan: Plan, records: Records | None = None) -> str:
    return json.dumps(plan_to_dict(plan, records), indent=2, ensure_ascii=False) + "\n"


def write_json(plan: Plan, path: Path, records: Records | None = None) -> None:
    write_atomically(path, plan_to_json(plan, records).encode("utf-8"))


# ---------------------------------------------------------------------------------- reading


def read_json(path: Path) -> Plan:
    return read_json_document(path)[0]


def read_json_document(path: Path) -> tuple[Plan, Records]:
    """The plan and its records from a JSON plan file."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise FileAccessError(f"{path}: no such file") from None
    except OSError as exc:
        raise FileAccessError(f"{path}: cannot read ({exc.strerror})") from None
    return document_from_json(raw, source=str(path))


def plan_from_json(raw: bytes | str, source: str = "<json>") -> Plan:
    return document_from_json(raw, source)[0]


def document_from_json(raw: bytes | str, source: str = "<json>") -> tuple[Plan, Records]:
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError as exc:
        raise PlanFormatError(f"{source}: not UTF-8 text (byte {exc.start})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PlanFormatError(f"{source}: line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    reader = _PlanReader(source)
    plan = reader.read(data)
    return plan, reader.records(data)


def plan_from_dict(data: Any, source: str = "<json>") -> Plan:
    return _PlanReader(source).read(data)


class _PlanReader:
    """Reads the JSON tree, naming the exact path of anything wrong (e.g. shifts[3].start)."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, path: str, problem: str) -> PlanFormatError:
        return PlanFormatError(f"{self.source}: {path}: {problem}")

    # -- typed field access

    def obj(self, value: Any, path: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(path, f"expected an object, found {_json_type(value)}")
        return value

    def items(self, parent: dict[str, Any], key: str, path: str) -> list[Any]:
        value = parent.get(key, [])
        if not isinstance(value, list):
            raise self.fail(f"{path}{key}", f"expected a list, found {_json_type(value)}")
        return value

    def nodes(self, parent: dict[str, Any], key: str, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
        """(path, object) for each entry of a list field, e.g. ("shifts[3]", {...})."""
        prefix = f"{path}.{key}" if path else key
        for i, item in enumerate(self.items(parent, key, f"{path}." if path else "")):
            here = f"{prefix}[{i}]"
            yield here, self.obj(item, here)

    def text(self, parent: dict[str, Any], key: str, path: str, *, required: bool = False) -> str:
        if key not in parent or parent[key] is None:
            if required:
                raise self.fail(f"{path}.{key}", "is missing")
            return ""
        value = parent[key]
        if not isinstance(value, str):
            raise self.fail(f"{path}.{key}", f"expected text, found {_json_type(value)}")
        if "\x00" in value:
            raise self.fail(f"{path}.{key}", "contains a NUL character")
        if required and not value.strip():
            raise self.fail(f"{path}.{key}", "is empty")
        return value

    def flag(self, parent: dict[str, Any], key: str, path: str) -> bool:
        value = parent.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(f"{path}.{key}", f"expected true or false, found {_json_type(value)}")
        return value

    def integer(self, parent: dict[str, Any], key: str, path: str, default: int, lo: int, hi: int) -> int:
        value = parent.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(f"{path}.{key}", f"expected a whole number, found {_json_type(value)}")
        if not lo <= value <= hi:
            raise self.fail(f"{path}.{key}", f"{value} is not between {lo} and {hi}")
        return value

    def coordinate(self, parent: dict[str, Any], key: str, path: str, limit: float) -> float | None:
        value = parent.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise self.fail(f"{path}.{key}", f"expected a number, found {_json_type(value)}")
        if not -limit <= value <= limit:
            raise self.fail(f"{path}.{key}", f"{value} is not between {-limit} and {limit}")
        return float(value)

    def id_list(self, parent: dict[str, Any], key: str, path: str, known: dict[str, Any], what: str) -> tuple[Any, ...]:
        ids = []
        for i, value in enumerate(self.items(parent, key, path + ".")):
            if not isinstance(value, str):
                raise self.fail(f"{path}.{key}[{i}]", f"expected an id, found {_json_type(value)}")
            if value not in known:
                raise self.fail(f"{path}.{key}[{i}]", f"no {what} has the id {value!r}")
            if value in ids:
                raise self.fail(f"{path}.{key}[{i}]", f"{value!r} is listed twice")
            ids.append(value)
        return tuple(ids)

    def ref(self, parent: dict[str, Any], key: str, path: str, known: dict[str, Any], what: str) -> str:
        value = self.text(parent, key, path, required=True)
        if value not in known:
            raise self.fail(f"{path}.{key}", f"no {what} has the id {value!r}")
        return value

    def guarded(self, path: str, parse: Callable[[str], T], text: str) -> T:
        """parse(text), with its ValueError reported at `path`."""
        try:
            return parse(text)
        except ValueError as exc:
            raise self.fail(path, str(exc)) from None

    def unique(self, ids: dict[str, Any], new: str, path: str) -> None:
        if new in ids:
            raise self.fail(f"{path}.id", f"the id {new!r} is used twice")

    # -- the document

    def read(self, data: Any) -> Plan:
        root = self.obj(data, "top level")
        if root.get("format") != FORMAT_NAME:
            raise self.fail("format", f"expected {FORMAT_NAME!r}; this is not a Planner plan")
        version = root.get("version")
        if isinstance(version, bool) or not isinstance(version, int):
            raise self.fail("version", "expected a whole number")
        if version > FORMAT_VERSION:
            raise self.fail("version", f"{version} is newer than this Planner reads ({FORMAT_VERSION}); update Planner")
        if version < 1:
            raise self.fail("version", f"{version} is not a known version")

        head = self.obj(root.get("plan"), "plan")
        timezone = self.text(head, "timezone", "plan", required=True)
        zone = self.guarded("plan.timezone", _zone, timezone)
        contact = self.obj(head.get("press_contact", {}), "plan.press_contact")

        locations: dict[str, Location] = {}
        for path, node in self.nodes(root, "locations"):
            loc_id = self.text(node, "id", path, required=True)
            self.unique(locations, loc_id, path)
            locations[loc_id] = Location(
                id=LocationId(loc_id),
                name=self.text(node, "name", path, required=True),
                address=self.text(node, "address", path),
                latitude=self.coordinate(node, "latitude", path, 90),
                longitude=self.coordinate(node, "longitude", path, 180),
                notes=self.text(node, "notes", path),
            )

        days: list[Day] = []
        windows: dict[str, Window] = {}
        seen_dates: set[str] = set()
        for path, node in self.nodes(root, "days"):
            date_text = self.text(node, "date", path, required=True)
            day_date = self.guarded(f"{path}.date", parse_date, date_text)
            if date_text in seen_dates:
                raise self.fail(f"{path}.date", f"{date_text} is listed twice")
            seen_dates.add(date_text)
            day_windows = []
            for w_path, w_node in self.nodes(node, "windows", path):
                w_id = self.text(w_node, "id", w_path, required=True)
                self.unique(windows, w_id, w_path)
                window = Window(
                    id=WindowId(w_id),
                    start=self.moment(w_node, "start", w_path, zone),
                    end=self.moment(w_node, "end", w_path, zone),
                    location_id=LocationId(self.ref(w_node, "location", w_path, locations, "location")),
                    cancelled=self.flag(w_node, "cancelled", w_path),
                    needed=self.integer(w_node, "needed", w_path, 1, 0, 100),
                    language=self.text(w_node, "language", w_path),
                    pair=tuple(
                        self.choice(w_path + ".pair", SpeakerRole, r) for r in self.items(w_node, "pair", w_path + ".")
                    ),
                )
                windows[w_id] = window
                day_windows.append(window)
            days.append(Day(date=day_date, windows=tuple(day_windows), note=self.text(node, "note", path)))

        people: dict[str, Person] = {}
        for path, node in self.nodes(root, "people"):
            p_id = self.text(node, "id", path, required=True)
            self.unique(people, p_id, path)
            kind_text = self.text(node, "kind", path, required=True)
            kind = self.guarded(f"{path}.kind", _kind, kind_text)
            languages = self.items(node, "languages", path + ".")
            if not all(isinstance(lang, str) for lang in languages):
                raise self.fail(f"{path}.languages", "expected a list of language names")
            people[p_id] = Person(
                id=PersonId(p_id),
                name=self.text(node, "name", path, required=True),
                kind=kind,
                title=self.text(node, "title", path),
                languages=tuple(languages),
                email=self.text(node, "email", path),
                phone=self.text(node, "phone", path),
                speaker_role=self.choice(f"{path}.speaker_role", SpeakerRole, node.get("speaker_role") or "other"),
                limits=self.limits(node, path),
            )

        roles: dict[str, Role] = {}
        for path, node in self.nodes(root, "roles"):
            r_id = self.text(node, "id", path, required=True)
            self.unique(roles, r_id, path)
            roles[r_id] = Role(
                id=RoleId(r_id),
                name=self.text(node, "name", path, required=True),
                description=self.text(node, "description", path),
            )

        item_ids: dict[str, Any] = {**windows}
        turns = []
        for path, node in self.nodes(root, "turns"):
            t_id = self.text(node, "id", path, required=True)
            self.unique(item_ids, t_id, path)
            item_ids[t_id] = True
            turns.append(
                Turn(
                    id=TurnId(t_id),
                    window_id=WindowId(self.ref(node, "window", path, windows, "media window")),
                    start=self.moment(node, "start", path, zone),
                    end=self.moment(node, "end", path, zone),
                    person_ids=self.id_list(node, "people", path, people, "person"),
                    pinned=self.flag(node, "pinned", path),
                )
            )

        availability = []
        for path, node in self.nodes(root, "availability"):
            availability.append(
                AvailabilityWindow(
                    person_id=PersonId(self.ref(node, "person", path, people, "person")),
                    start=self.moment(node, "start", path, zone),
                    end=self.moment(node, "end", path, zone),
                    level=self.choice(f"{path}.level", AvailabilityLevel, node.get("level", "unavailable")),
                )
            )

        shifts = []
        for path, node in self.nodes(root, "shifts"):
            s_id = self.text(node, "id", path, required=True)
            self.unique(item_ids, s_id, path)
            item_ids[s_id] = True
            shifts.append(
                Shift(
                    id=ShiftId(s_id),
                    role_id=RoleId(self.ref(node, "role", path, roles, "role")),
                    location_id=LocationId(self.ref(node, "location", path, locations, "location")),
                    start=self.moment(node, "start", path, zone),
                    end=self.moment(node, "end", path, zone),
                    needed=self.integer(node, "needed", path, 1, 0, 10_000),
                    person_ids=self.id_list(node, "people", path, people, "person"),
                    notes=self.text(node, "notes", path),
                    cancelled=self.flag(node, "cancelled", path),
                )
            )

        journalists: dict[str, Journalist] = {}
        emails: set[str] = set()
        for path, node in self.nodes(root, "journalists"):
            j_id = self.text(node, "id", path, required=True)
            self.unique(journalists, j_id, path)
            name = self.text(node, "name", path, required=True)
            email = self.text(node, "email", path, required=True).strip()
            language = self.text(node, "language", path) or "en"
            for field_name, problem in (("name", name_problem(name)), ("email", email_problem(email))):
                if problem:
                    raise self.fail(f"{path}.{field_name}", problem)
            if language not in LANGUAGES:
                raise self.fail(f"{path}.language", f"{language!r} is not one of {', '.join(LANGUAGES)}")
            if email.casefold() in emails:
                raise self.fail(f"{path}.email", f"{email} is on the list twice")
            emails.add(email.casefold())
            journalists[j_id] = Journalist(JournalistId(j_id), name, email, self.text(node, "outlet", path), language)

        return Plan(
            id=PlanId(self.text(head, "id", "plan", required=True)),
            title=self.text(head, "title", "plan", required=True),
            timezone=timezone,
            organization=self.text(head, "organization", "plan"),
            description=self.text(head, "description", "plan"),
            press_contact=Contact(
                name=self.text(contact, "name", "plan.press_contact"),
                email=self.text(contact, "email", "plan.press_contact"),
                phone=self.text(contact, "phone", "plan.press_contact"),
            ),
            turn_minutes=self.integer(head, "turn_minutes", "plan", 60, 5, 24 * 60),
            reminder_minutes=self.integer(head, "reminder_minutes", "plan", 60, 0, 7 * 24 * 60),
            locations=tuple(locations.values()),
            days=tuple(days),
            people=tuple(people.values()),
            roles=tuple(roles.values()),
            turns=tuple(turns),
            shifts=tuple(shifts),
            journalists=tuple(journalists.values()),
            availability=tuple(availability),
        )

    def records(self, data: Any) -> Records:
        root = self.obj(data, "top level")
        releases = []
        for path, node in self.nodes(root, "releases"):
            try:
                releases.append(release_from_dict(node))
            except (KeyError, TypeError, ValueError) as exc:
                raise self.fail(path, f"damaged release record ({exc})") from None
        sent = {}
        for path, node in self.nodes(root, "sent"):
            try:
                message = sent_from_dict(node)
            except (KeyError, TypeError, ValueError) as exc:
                raise self.fail(path, f"damaged sent-message record ({exc})") from None
            sent[ledger_key(message.email, message.uid)] = message
        failures = {}
        for path, node in self.nodes(root, "failures"):
            at = self.guarded(f"{path}.at", parse_utc, self.text(node, "at", path, required=True))
            email = self.text(node, "email", path, required=True)
            failures[ledger_key(email, self.text(node, "uid", path, required=True))] = (
                at,
                self.text(node, "reason", path),
            )
        releases.sort(key=lambda r: r.number)
        return Records(self.revisions(root), tuple(releases), sent, failures)

    def choice(self, path: str, kind: type[E], value: Any) -> E:
        try:
            return kind(value)
        except ValueError:
            choices = ", ".join(repr(k.value) for k in kind)
            raise self.fail(path, f"{value!r} is not one of {choices}") from None

    def limits(self, node: dict[str, Any], path: str) -> HealthLimits | None:
        value = node.get("limits")
        if value is None:
            return None
        try:
            return limits_from_dict(self.obj(value, f"{path}.limits"))
        except KeyError as exc:
            raise self.fail(f"{path}.limits", f"{exc.args[0]} is missing") from None
        except ValueError as exc:
            raise self.fail(f"{path}.limits", str(exc)) from None

    def revisions(self, root: dict[str, Any]) -> dict[str, Revision]:
        record: dict[str, Revision] = {}
        for path, node in self.nodes(root, "revisions"):
            item_id = self.text(node, "item", path, required=True)
            modified = self.text(node, "modified", path, required=True)
            record[item_id] = Revision(
                sequence=self.integer(node, "sequence", path, 0, 0, 2**31 - 1),
                fingerprint=self.text(node, "fingerprint", path, required=True),
                modified=self.guarded(f"{path}.modified", parse_utc, modified),
            )
        return record

    def moment(self, node: dict[str, Any], key: str, path: str, zone: ZoneInfo) -> datetime:
        text = self.text(node, key, path, required=True)
        try:
            return parse_local(text, zone)
        except ValueError as exc:
            raise self.fail(f"{path}.{key}", str(exc)) from None


def _zone(key: str) -> ZoneInfo:
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{key!r} is not an IANA time zone such as America/Los_Angeles") from None


def _kind(text: str) -> PersonKind:
    try:
        return PersonKind(text)
    except ValueError:
        choices = ", ".join(k.value for k in PersonKind)
        raise ValueError(f"{text!r} is not one of: {choices}") from None


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    return {dict: "an object", list: "a list", str: "text", int: "a number", float: "a number"}.get(
        type(value), type(value).__name__
    )
