"""Regenerate resources/examples/hunger-strike-2025.json, the bundled example plan.

Run: .venv/bin/python tools/make_example.py
All names and contact details are fictional (example.org addresses, 555-01xx numbers).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from planner.domain.checks import check_plan
from planner.domain.model import (
    Contact,
    Day,
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
    split_window,
    utc,
)
from planner.rotation.solver import RotationRequest, solve
from planner.storage.json_format import plan_to_json

ZONE = ZoneInfo("America/Los_Angeles")
SITE = LocationId("loc-kp-la")
OUT = Path(__file__).resolve().parents[1] / "resources" / "examples" / "hunger-strike-2025.json"

SPOKESPEOPLE = [
    ("ana-morales", "Ana Morales, LCSW", "Child and family therapist, on hunger strike", ("English", "Spanish"),
     SpeakerRole.STRIKER),
    ("david-chen", "David Chen, PsyD", "Psychologist, on hunger strike", ("English", "Mandarin"), SpeakerRole.STRIKER),
    ("keisha-williams", "Keisha Williams, LMFT", "Marriage and family therapist, on hunger strike", ("English",),
     SpeakerRole.STRIKER),
    ("rafael-ortiz", "Rafael Ortiz", "Union steward, adult outpatient psychiatry", ("English", "Spanish"),
     SpeakerRole.OFFICER),
    ("priya-natarajan", "Dr. Priya Natarajan", "Psychiatrist, supporting the strikers", ("English", "Tamil"),
     SpeakerRole.CLINICIAN),
    ("tom-becker", "Tom Becker", "Union communications officer", ("English",), SpeakerRole.OFFICER),
]  # fmt: skip
VOLUNTEERS = [
    "Luis Hernández", "Grace Kim", "Marcus Johnson", "Sofia Rossi", "Jamal Carter",
    "Emily Nguyen", "Carlos Vega", "Hannah Schwartz", "Omar Haddad", "Beth Lawson",
]  # fmt: skip
JOURNALISTS = [
    ("Maya Goldberg", "Los Angeles Daily (fictional)", "en"),
    ("Luis Aguilar", "La Voz de Los Ángeles (fictional)", "es"),
    ("Priscilla Okafor", "KLAX Public Radio (fictional)", "en"),
    ("Daniela Ruiz", "Noticias 52 (fictional)", "es"),
    ("Sam Whitfield", "Health Policy Weekly (fictional)", "en"),
]
ROLES = [
    ("press-checkin", "Press check-in", "Greet journalists, sign them in, bring them to the spokesperson on duty."),
    ("marshal", "Safety marshal", "Keep the sidewalk clear, watch the crowd, call the site lead if needed."),
    ("wellness", "Wellness check", "Check on each striker: water, electrolytes, how they feel; log it."),
    ("setup", "Setup and teardown", "Tables, banners, canopy and chairs; bring gloves."),
]


def main() -> None:
    start = date(2025, 4, 7)
    days, turns, shifts = [], [], []
    for offset in range(5):
        day = start + timedelta(days=offset)
        open_hour = 8 if day.weekday() in (0, 4) else 10  # Mon and Fri open at 8
        window = Window(WindowId(f"win-{day}"), at(day, open_hour), at(day, 18), SITE)
        days.append(Day(day, (window,)))
        for t_start, t_end in split_window(window, 60):
            turns.append(Turn(TurnId(f"turn-{day}-{t_start:%H%M}"), window.id, t_start, t_end))
        midday = open_hour + (18 - open_hour) // 2
        shifts += [
            shift(day, "setup", open_hour - 1, open_hour, 2, "Setup before press arrive."),
            shift(day, "press-checkin", open_hour, midday, 1),
            shift(day, "press-checkin", midday, 18, 1),
            shift(day, "marshal", open_hour, midday, 2),
            shift(day, "marshal", midday, 18, 2),
            shift(day, "wellness", 9, 11, 1),
            shift(day, "wellness", 15, 17, 1),
            shift(day, "setup", 18, 19, 2, "Teardown; strikers stay overnight, leave their tents."),
        ]
    plan = Plan(
        id=PlanId("example-kp-la-hunger-strike-2025"),
        title="Hunger strike for mental health care — Kaiser LA",
        timezone="America/Los_Angeles",
        organization="Kaiser mental health workers (example plan)",
        description=(
            "Five-day hunger strike by mental-health workers outside Kaiser Permanente Los Angeles "
            "Medical Center, demanding timely therapy appointments for patients. Strikers and "
            "clinicians are available to the press every day; this is the rotation."
        ),
        press_contact=Contact("Jordan Lee, press coordinator", "press@example.org", "+1 213 555 0100"),
        turn_minutes=60,
        locations=(
            Location(
                SITE,
                "Kaiser Permanente Los Angeles Medical Center",
                "4867 W. Sunset Boulevard, Los Angeles, CA 90027, USA",
                34.0980,
                -118.2940,
                "Strikers' canopy on the Sunset Blvd sidewalk by the main entrance. "
                "Press check-in table at the canopy. Metro B Line: Vermont/Sunset station.",
            ),
        ),
        days=tuple(days),
        people=tuple(
            [
                Person(
                    PersonId(f"sp-{key}"),
                    name,
                    PersonKind.SPOKESPERSON,
                    title,
                    langs,
                    f"{key.replace('-', '.')}@example.org",
                    f"+1 213 555 01{10 + i:02d}",
                    role,
                )
                for i, (key, name, title, langs, role) in enumerate(SPOKESPEOPLE)
            ]
            + [
                Person(
                    PersonId(f"vol-{slug(name)}"),
                    name,
                    PersonKind.VOLUNTEER,
                    "",
                    ("English",),
                    f"{slug(name).replace('-', '.')}@example.org",
                    f"+1 323 555 01{20 + i:02d}",
                )
                for i, name in enumerate(VOLUNTEERS)
            ]
        ),
        roles=tuple(Role(RoleId(f"role-{key}"), name, text) for key, name, text in ROLES),
        journalists=tuple(
            Journalist(
                JournalistId(f"press-{slug(name)}"),
                name,
                f"{slug(name).replace('-', '.')}@example.org",
                outlet,
                language,
            )
            for name, outlet, language in JOURNALISTS
        ),
        turns=tuple(turns),
        shifts=tuple(staff(shifts)),
    )
    plan = rotate(plan)
    problems = check_plan(plan)
    assert not problems, problems
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(plan_to_json(plan), encoding="utf-8")
    print(f"wrote {OUT} ({len(plan.turns)} turns, {len(plan.shifts)} shifts)")


def at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=ZONE)


def slug(name: str) -> str:
    return name.lower().replace("á", "a").replace("é", "e").replace(" ", "-")


def shift(day: date, role: str, start: int, end: int, needed: int, notes: str = "") -> Shift:
    return Shift(ShiftId(f"shift-{day}-{role}-{start:02d}00"), RoleId(f"role-{role}"), SITE,
                 at(day, start), at(day, end), needed, (), notes)  # fmt: skip


def rotate(plan: Plan) -> Plan:
    """The rotation as Planner's own solver makes it: health limits by role, fair shares."""
    result = solve(plan, RotationRequest(time_limit=30, workers=1))  # one worker: the same result each run
    assert result.plan is not None, result.explanation
    return result.plan


def staff(shifts: list[Shift]) -> list[Shift]:
    """Give each shift the least-busy volunteers who are free at that time."""
    people = [PersonId(f"vol-{slug(name)}") for name in VOLUNTEERS]
    booked: dict[PersonId, list[Shift]] = {p: [] for p in people}
    staffed = []
    for s in shifts:
        free = [p for p in people if all(utc(s.end) <= utc(o.start) or utc(o.end) <= utc(s.start) for o in booked[p])]
        chosen = tuple(sorted(free, key=lambda p: len(booked[p]))[: s.needed])
        staffed.append(Shift(s.id, s.role_id, s.location_id, s.start, s.end, s.needed, chosen, s.notes))
        for p in chosen:
            booked[p].append(s)
    return staffed


if __name__ == "__main__":
    main()
