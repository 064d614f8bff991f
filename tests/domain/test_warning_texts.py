"""Every kind of warning the checks give, word for word, on one plan made to have them all:
the text the organizer reads, the kind, and the item it points at."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from planner.domain.checks import check_plan
from planner.domain.model import LocationId, PersonId, RoleId
from planner.storage.json_format import plan_from_dict

# Dee's own limits make each daily rule bite on one turn or two.
DEE_LIMITS = {"max_minutes_per_day": 60, "max_consecutive_turns": 5, "min_rest_minutes": 90, "max_days_in_row": 1}
DEE_ON = {(8, 10), (8, 12), (9, 10)}  # (day of April, hour)


def window(day: int) -> dict[str, Any]:
    return {"id": f"w{day}", "start": f"2025-04-{day:02d}T10:00", "end": f"2025-04-{day:02d}T14:00", "location": "loc"}


def turn(day: int, hour: int) -> dict[str, Any]:
    people = ["ana"] if day < 10 else ["ben"]  # Ana is a striker: one turn at a time
    people += ["dee"] if (day, hour) in DEE_ON else []
    start, end = f"2025-04-{day:02d}T{hour}:00", f"2025-04-{day:02d}T{hour + 1}:00"
    return {"id": f"t{day}-{hour}", "window": f"w{day}", "start": start, "end": end, "people": people}


def shift(shift_id: str, start: str, end: str, needed: int = 1) -> dict[str, Any]:
    return {"id": shift_id, "role": "marshal", "location": "loc", "start": f"2025-04-07T{start}",
            "end": f"2025-04-07T{end}", "needed": needed, "people": ["vic"]}  # fmt: skip


PLAN = {
    "format": "planner-plan",
    "version": 4,
    "plan": {"id": "p", "title": "T", "timezone": "America/Los_Angeles", "turn_minutes": 60},
    "locations": [{"id": "loc", "name": "Site"}],
    "roles": [{"id": "marshal", "name": "Safety marshal"}],
    "people": [
        {"id": "ana", "name": "Ana", "kind": "spokesperson", "speaker_role": "striker"},
        {"id": "ben", "name": "Ben", "kind": "spokesperson"},
        {"id": "vic", "name": "Vic", "kind": "volunteer"},
        {"id": "dee", "name": "Dee", "kind": "spokesperson", "speaker_role": "clinician", "limits": DEE_LIMITS},
    ],
    "days": [
        *({"date": f"2025-04-{d:02d}", "windows": [window(d)]} for d in (7, 8, 9, 10)),
        # 02:30 does not happen on 9 March 2025 in Los Angeles.
        {
            "date": "2025-03-09",
            "windows": [{"id": "wdst", "start": "2025-03-09T02:30", "end": "2025-03-09T04:00", "location": "loc"}],
        },
    ],
    "turns": [
        *(turn(d, h) for d in (7, 8, 9, 10) for h in (10, 11, 12)),
        {"id": "t7-13", "window": "w7", "start": "2025-04-07T13:30", "end": "2025-04-07T15:00", "people": ["ben"]},
    ],
    "shifts": [shift("s1", "09:00", "12:00", needed=2), shift("s2", "11:00", "11:00")],
}

EXPECTED = [
    (
        "nonexistent-local-time",
        "wdst",
        "2025-03-09  wdst  media window 02:30–04:00: the start 02:30 does not exist in America/Los_Angeles"
        " that day (clocks spring forward)",
    ),
    ("window-uncovered", "wdst", "2025-03-09  wdst  media window 02:30–04:00 has no spokesperson 03:30–04:00"),
    ("unknown-reference", "tx", "2025-04-07  tx  turn is assigned to unknown person 'nobody'"),
    ("unknown-reference", "s3", "2025-04-07  s3  shift refers to unknown role 'ghost'"),
    ("unknown-reference", "s3", "2025-04-07  s3  shift refers to unknown location 'nowhere'"),
    ("unknown-reference", "s3", "2025-04-07  s3  shift is assigned to unknown person 'nobody'"),
    ("end-not-after-start", "s2", "2025-04-07  s2  Safety marshal shift 11:00–11:00: the end is not after the start"),
    ("turn-outside-window", "t7-13", "2025-04-07  t7-13  turn 13:30–15:00 lies outside its media window 10:00–14:00"),
    ("window-uncovered", "w7", "2025-04-07  w7  media window 10:00–14:00 has no spokesperson 13:00–13:30"),
    ("shift-understaffed", "s1", "2025-04-07  s1  Safety marshal shift 09:00–12:00 has 1 of 2 people"),
    ("shift-understaffed", "s3", "2025-04-07  s3  unknown role shift 09:00–12:00 has 1 of 2 people"),
    (
        "double-booked",
        "tx",
        "2025-04-07  tx  nobody is double-booked: turn 10:00–11:00 overlaps unknown role shift 09:00–12:00",
    ),
    (
        "double-booked",
        "s2",
        "2025-04-07  s2  Vic is double-booked: Safety marshal shift 11:00–11:00 overlaps Safety marshal shift"
        " 09:00–12:00",
    ),
    ("over-health-limit", "t7-11", "2025-04-07  t7-11  Ana (striker) has more than 1 turn in a row (until 12:00)"),
    ("window-uncovered", "w8", "2025-04-08  w8  media window 10:00–14:00 has no spokesperson 13:00–14:00"),
    ("over-health-limit", "t8-11", "2025-04-08  t8-11  Ana (striker) has more than 1 turn in a row (until 12:00)"),
    ("over-health-limit", "t8-12", "2025-04-08  t8-12  Dee (clinician) is on camera 2 h; at most 1 h a day"),
    (
        "over-health-limit",
        "t8-12",
        "2025-04-08  t8-12  Dee (clinician) rests 60 min before the turn 12:00–13:00; needs 90 min",
    ),
    ("window-uncovered", "w9", "2025-04-09  w9  media window 10:00–14:00 has no spokesperson 13:00–14:00"),
    ("over-health-limit", "t9-11", "2025-04-09  t9-11  Ana (striker) has more than 1 turn in a row (until 12:00)"),
    ("over-health-limit", "t9-10", "2025-04-09  t9-10  Dee (clinician) is on duty more than 1 day in a row"),
    ("window-uncovered", "w10", "2025-04-10  w10  media window 10:00–14:00 has no spokesperson 13:00–14:00"),
    ("over-health-limit", "t10-12", "2025-04-10  t10-12  Ben (other) has more than 2 turns in a row (until 13:00)"),
]


def test_every_warning_says_what_where_and_about_which_item():
    plan = plan_from_dict(PLAN)
    # References to nothing cannot be read from a file; an in-memory edit can make them.
    ghost = replace(plan.shifts[0], id="s3", role_id=RoleId("ghost"), location_id=LocationId("nowhere"),
                    person_ids=(PersonId("nobody"),))  # fmt: skip
    stray = replace(plan.turns[0], id="tx", person_ids=(PersonId("nobody"),))
    plan = replace(plan, shifts=(*plan.shifts, ghost), turns=(*plan.turns, stray))
    got = [(w.code.value, w.item_id, str(w)) for w in check_plan(plan)]
    assert got == EXPECTED
