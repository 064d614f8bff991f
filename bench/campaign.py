"""The one campaign every bench measures: the union's six-month picket campaign.

180 days, 10 sites, a ten-hour media window at every site every day (1,800 windows, 18,000
hour-long turns), 12,000 volunteer shifts, 60 spokespeople, 2,400 volunteers. `staffed` puts a
spokesperson on every turn (as after a rotation: what export, the grid and saving see);
unstaffed is what the rotation starts from. `varied` makes it as a real campaign is: everyone
away one day in seven and reluctant one morning a week, a third speak Spanish, the first site's
windows need a Spanish speaker and the second's a striker with a clinician, strikers with
stricter health limits. A fixed seed: every run measures the same plan.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from planner.domain.model import (
    AvailabilityLevel,
    AvailabilityWindow,
    Day,
    HealthLimits,
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
)
from planner.domain.records import FeedToken, PublishedEvent, Records
from planner.domain.revisions import revise

# As installed, a command reads .pyc files (pip byte-compiles a wheel's modules when it installs
# them). A checkout run with PYTHONDONTWRITEBYTECODE (this machine sets it) compiles every module
# changed since its last .pyc at each run: 50 ms and more of a command's time. The commands the
# benches time as new processes keep their bytecode in a folder of their own, made by a first,
# untimed run of each.
BYTECODE = tempfile.mkdtemp(prefix="planner-bench-pyc-")


def command_env() -> dict[str, str]:
    """The environment of a command timed as a new process (bytecode as installed)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONPYCACHEPREFIX": BYTECODE}


ZONE = ZoneInfo("America/Los_Angeles")
FIRST_DAY = date(2025, 6, 2)
SPEAKER_ROLES = [SpeakerRole.STRIKER, SpeakerRole.CLINICIAN, SpeakerRole.OFFICER, SpeakerRole.OTHER]
ROLE_NAMES = ["Picket captain", "Safety marshal", "Press check-in", "Wellness check", "Setup", "Outreach"]


def campaign(
    days: int = 180,
    sites: int = 10,
    speakers: int = 60,
    volunteers: int = 2400,
    shifts: int = 12_000,
    *,
    staffed: bool = True,
    varied: bool = False,
    seed: int = 7,
) -> Plan:
    rng = random.Random(seed)
    locations = [
        Location(LocationId(f"site-{i}"), f"Medical center {i}", f"{100 + i} Main St, Los Angeles, CA", 34 + i / 100,
                 -118 - i / 100, "Picket at the main entrance.")
        for i in range(sites)
    ]  # fmt: skip
    roles = [Role(RoleId(f"role-{i}"), name, f"{name} duties.") for i, name in enumerate(ROLE_NAMES)]
    striker_limits = HealthLimits(max_minutes_per_day=180, max_consecutive_turns=2, min_rest_minutes=60,
                                  max_days_in_row=3)  # fmt: skip
    spokespeople = [
        Person(PersonId(f"sp-{i}"), f"Speaker {i}", PersonKind.SPOKESPERSON, "Clinician",
               ("English", "Spanish") if varied and i % 3 == 0 else ("English",), f"sp{i}@example.org",
               f"+1 213 555 {i:04d}", SPEAKER_ROLES[i % 4],
               striker_limits if varied and SPEAKER_ROLES[i % 4] is SpeakerRole.STRIKER else None)
        for i in range(speakers)
    ]  # fmt: skip
    crew = [Person(PersonId(f"vol-{i}"), f"Volunteer {i}", PersonKind.VOLUNTEER, "", ("English",),
                   f"vol{i}@example.org", f"+1 323 555 {i:04d}") for i in range(volunteers)]  # fmt: skip
    plan_days, turns = [], []
    for d in range(days):
        day = FIRST_DAY + timedelta(days=d)
        windows = []
        for k, site in enumerate(locations):
            needs = {}
            if varied and k == 0:
                needs = {"language": "Spanish"}
            elif varied and k == 1:
                needs = {"pair": (SpeakerRole.STRIKER, SpeakerRole.CLINICIAN)}
            window = Window(WindowId(f"w-{day}-{site.id}"), _at(day, 8), _at(day, 18), site.id, **needs)
            windows.append(window)
            for i, (start, end) in enumerate(split_window(window, 60)):
                # Ten sites at one hour: ten different people (k * 6 keeps them apart mod 60).
                on_duty = (spokespeople[(d * 7 + k * 6 + i) % speakers].id,) if staffed else ()
                turns.append(Turn(TurnId(f"t-{day}-{site.id}-{i}"), window.id, start, end, on_duty))
        plan_days.append(Day(day, tuple(windows)))
    plan_shifts = []
    crew_ids = [p.id for p in crew]
    for n in range(shifts):
        day = FIRST_DAY + timedelta(days=rng.randrange(days))
        start = rng.randrange(6, 19)
        plan_shifts.append(
            Shift(ShiftId(f"shift-{n}"), rng.choice(roles).id, rng.choice(locations).id, _at(day, start),
                  _at(day, min(start + rng.randrange(2, 5), 23)), 2, tuple(rng.sample(crew_ids, 2)), "Bring water.")
        )  # fmt: skip
    availability = _availability(spokespeople, days, rng) if varied else []
    return Plan(
        id=PlanId("bench-campaign"),
        title="Six-month picket campaign",
        timezone="America/Los_Angeles",
        locations=tuple(locations),
        days=tuple(plan_days),
        people=tuple(spokespeople + crew),
        roles=tuple(roles),
        turns=tuple(turns),
        shifts=tuple(plan_shifts),
        availability=tuple(availability),
    )


def _availability(people: list[Person], days: int, rng: random.Random) -> list[AvailabilityWindow]:
    """Each person away one day a week, and rather not on camera one morning a week."""
    found = []
    for person in people:
        for week in range(0, days, 7):
            away, reluctant = rng.sample(range(min(7, days - week)), 2) if days - week > 1 else (0, 0)
            off = datetime.combine(FIRST_DAY + timedelta(days=week + away), datetime.min.time(), ZONE)
            found.append(AvailabilityWindow(person.id, off, off + timedelta(days=1), AvailabilityLevel.UNAVAILABLE))
            morning = datetime.combine(FIRST_DAY + timedelta(days=week + reluctant), datetime.min.time(), ZONE)
            morning += timedelta(hours=8)
            found.append(AvailabilityWindow(person.id, morning, morning + timedelta(hours=4),
                                            AvailabilityLevel.PREFER_NOT))  # fmt: skip
    return found


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=ZONE)


def published_records(plan: Plan) -> Records:
    """The records as after File ▸ Publish to a server: everyone a link (a token and their
    calendar), nobody told yet — the Outbox then owes each their first schedule e-mail."""
    at = datetime(2025, 4, 1, 12, tzinfo=UTC)
    home = "https://cal.example.org/dav/organizer/"
    tokens = {p.id: FeedToken(f"{n:032x}", at) for n, p in enumerate(plan.people)}
    events = {
        (f"person-{t.token}", "x"): PublishedEvent(f"{home}person-{t.token}/x.ics", '"1"', "f", at)
        for t in tokens.values()
    }
    return Records(published=events, tokens=tokens)


def records_after_publishing(plan: Plan) -> Records:
    """The records a campaign's file holds once it is exported and published, as the bench
    of the start reads them: a revision per event (31,800), and what each calendar on the
    server holds (~110,000: the organizers' calendar every event, the media one the windows,
    the volunteers' and each role's the shifts, each person's their own), everyone's token."""
    at = datetime(2025, 4, 1, 12, tzinfo=UTC)
    home = "https://cal.example.org/dav/organizer/"
    base = published_records(plan)
    calendars: dict[str, list[str]] = {"organizer": [w.id for w in plan.windows()]}
    calendars["organizer"] += [t.id for t in plan.turns] + [s.id for s in plan.shifts]
    calendars["media"] = [w.id for w in plan.windows()]
    calendars["volunteers"] = [s.id for s in plan.shifts]
    for shift in plan.shifts:
        calendars.setdefault(f"role-{shift.role_id}", []).append(shift.id)
    for item in (*plan.turns, *plan.shifts):
        for person in item.person_ids:
            calendars.setdefault(f"person-{base.tokens[person].token}", []).append(item.id)
    published = {(name, f"{uid}@planner"): PublishedEvent(f"{home}{name}/{uid}.ics", f'"{n}"', "f", at)
                 for name, uids in calendars.items() for n, uid in enumerate(uids)}  # fmt: skip
    return Records(revisions=revise(plan, {}, at), published={**base.published, **published}, tokens=base.tokens)


def describe(plan: Plan) -> str:
    windows = sum(len(d.windows) for d in plan.days)
    volunteers = sum(1 for p in plan.people if p.kind is PersonKind.VOLUNTEER)
    spokespeople = len(plan.people) - volunteers
    return (f"{len(plan.days)} days, {len(plan.locations)} sites, {windows:,} windows, {len(plan.turns):,} turns, "
            f"{len(plan.shifts):,} shifts, {spokespeople} spokespeople, {volunteers:,} volunteers")  # fmt: skip


def spread(times: list[float]) -> str:
    """Seconds as every bench reports them: the median, then min-max and how many runs."""
    return f"median {statistics.median(times):.2f} s (min {min(times):.2f}, max {max(times):.2f}, n={len(times)})"


def ms(times: list[float]) -> str:
    """Seconds in milliseconds, for what takes less than a second: the median, min-max, runs."""
    low, mid, high = (1000 * t for t in (min(times), statistics.median(times), max(times)))
    return f"median {mid:.1f} ms (min {low:.1f}, max {high:.1f}, n={len(times)})"
