"""The rotation solver: each constraint binds in a small plan, repair is minimal, and an
impossible plan is explained in organizer words."""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import replace
from datetime import datetime

import pytest

from planner.domain.checks import check_plan
from planner.domain.model import PersonId
from planner.rotation.solver import RotationRequest, solve

FAST = RotationRequest(time_limit=10)


def person(pid, role="other", languages=("English",), limits=None):
    return {"id": pid, "name": pid.title(), "kind": "spokesperson", "speaker_role": role,
            "languages": list(languages), "limits": limits}  # fmt: skip


def window_day(day, start="10:00", end="14:00", wid="w", **needs):
    return {"date": day, "windows": [{"id": wid, "start": f"{day}T{start}", "end": f"{day}T{end}", "location": "loc",
                                      **needs}]}  # fmt: skip


def turns_for(day, hours, wid="w", **extra):
    """Hour-long turns with ids like t0710w (day 07, 10:00, window w)."""
    return [
        {"id": f"t{day[-2:]}{h:02d}{wid}", "window": wid, "start": f"{day}T{h:02d}:00",
         "end": f"{day}T{h + 1:02d}:00", "people": [], **extra}
        for h in hours
    ]  # fmt: skip


LOOSE = {"max_minutes_per_day": 600, "max_consecutive_turns": 10, "min_rest_minutes": 0, "max_days_in_row": 7}


def staffed(result):
    return {t.id: set(t.person_ids) for t in result.plan.turns}


def test_every_turn_gets_the_number_it_needs(make_plan):
    plan = make_plan(
        people=[person(p, limits=LOOSE) for p in ("ana", "ben", "cy")],
        days=[window_day("2025-04-07", needed=2)],
        turns=turns_for("2025-04-07", range(10, 14)),
    )
    result = solve(plan, FAST)
    assert result.status == "optimal"
    assert all(len(people) == 2 for people in staffed(result).values())
    assert check_plan(result.plan) == []


def test_unavailable_is_respected_and_prefer_not_avoided(make_plan):
    plan = make_plan(
        people=[person(p, limits=LOOSE) for p in ("ana", "ben")],
        days=[window_day("2025-04-07")],
        turns=turns_for("2025-04-07", range(10, 14)),
        availability=[
            {"person": "ana", "start": "2025-04-07T10:00", "end": "2025-04-07T12:00", "level": "unavailable"},
            {"person": "ben", "start": "2025-04-07T12:00", "end": "2025-04-07T14:00", "level": "prefer-not"},
        ],
    )
    result = solve(plan, FAST)
    by_turn = staffed(result)
    assert by_turn["t0710w"] == {"ben"} and by_turn["t0711w"] == {"ben"}  # ana is out
    assert by_turn["t0712w"] == {"ana"} and by_turn["t0713w"] == {"ana"}  # ben would rather not
    assert result.penalties["turns people would rather not do"] == 0


@pytest.mark.parametrize(("hers", "asked"), [("Spanish", "Spanish"), ("Español", "Spanish"), ("castellano", "español")])
def test_a_language_is_on_every_turn_of_a_window_marked_so(make_plan, hers, asked):
    """However it is typed (in English or in Spanish), the language is the same one."""
    plan = make_plan(
        people=[person("ana", languages=("English", hers), limits=LOOSE),
                person("ben", limits=LOOSE), person("cy", limits=LOOSE)],
        days=[window_day("2025-04-07", language=asked)],
        turns=turns_for("2025-04-07", range(10, 14)),
    )  # fmt: skip
    result = solve(plan, FAST)
    assert all(people == {"ana"} for people in staffed(result).values())


def test_a_pair_means_one_of_each(make_plan):
    plan = make_plan(
        people=[person("ana", "striker", limits=LOOSE), person("bo", "striker", limits=LOOSE),
                person("cy", "clinician", limits=LOOSE), person("di", "clinician", limits=LOOSE)],
        days=[window_day("2025-04-07", pair=["striker", "clinician"])],
        turns=turns_for("2025-04-07", range(10, 14)),
    )  # fmt: skip
    roles = {"ana": "s", "bo": "s", "cy": "c", "di": "c"}
    for people in staffed(solve(plan, FAST)).values():
        assert sorted(roles[p] for p in people) == ["c", "s"]


@pytest.mark.parametrize(
    ("limit", "value", "check"),
    [
        ("max_minutes_per_day", 120, lambda turns: len(turns) <= 2),
        ("max_consecutive_turns", 1, lambda turns: all(b - a > 1 for a, b in itertools.pairwise(turns))),
        ("min_rest_minutes", 120, lambda turns: all(b - a == 1 or b - a >= 3 for a, b in itertools.pairwise(turns))),
    ],
)
def test_daily_health_limits_bind(make_plan, limit, value, check):
    # Ben would rather not, so only the limit keeps Ana from taking every turn.
    plan = make_plan(
        people=[person("ana", limits={**LOOSE, limit: value}), person("ben", limits=LOOSE)],
        days=[window_day("2025-04-07", "09:00", "17:00")],
        turns=turns_for("2025-04-07", range(9, 17)),
        availability=[{"person": "ben", "start": "2025-04-07T09:00", "end": "2025-04-07T17:00", "level": "prefer-not"}],
    )
    result = solve(plan, FAST)
    hours = sorted(int(t.id[3:5]) for t in result.plan.turns if "ana" in t.person_ids)
    assert hours and check(hours), hours
    assert len(hours) < 8


def test_days_in_a_row_bind(make_plan):
    days = [f"2025-04-{d:02d}" for d in range(7, 12)]
    plan = make_plan(
        people=[person("ana", limits={**LOOSE, "max_days_in_row": 2}), person("ben", limits=LOOSE)],
        days=[window_day(d, "10:00", "11:00", wid=f"w{d[-2:]}") for d in days],
        turns=[t for d in days for t in turns_for(d, [10], wid=f"w{d[-2:]}")],
        availability=[{"person": "ben", "start": "2025-04-07T00:00", "end": "2025-04-12T00:00", "level": "prefer-not"}],
    )
    result = solve(plan, FAST)
    worked = [d for d in days if any("ana" in t.person_ids and t.start.date().isoformat() == d
                                     for t in result.plan.turns)]  # fmt: skip
    runs = [len(list(g)) for _k, g in itertools.groupby(days, key=lambda d: d in worked) if _k]
    assert worked and max(runs) <= 2


def test_nobody_is_in_two_windows_at_once(make_plan):
    plan = make_plan(
        people=[person("ana", limits=LOOSE), person("ben", limits=LOOSE)],
        days=[{"date": "2025-04-07", "windows": [
            {"id": "a", "start": "2025-04-07T10:00", "end": "2025-04-07T12:00", "location": "loc"},
            {"id": "b", "start": "2025-04-07T10:00", "end": "2025-04-07T12:00", "location": "loc"}]}],
        turns=turns_for("2025-04-07", [10, 11], wid="a") + turns_for("2025-04-07", [10, 11], wid="b"),
    )  # fmt: skip
    result = solve(plan, FAST)
    assert check_plan(result.plan) == []


def test_load_is_spread_fairly(make_plan):
    plan = make_plan(
        people=[person(p, limits=LOOSE) for p in ("ana", "ben", "cy")],
        days=[window_day("2025-04-07", "08:00", "17:00")],
        turns=turns_for("2025-04-07", range(8, 17)),
    )
    counts = Counter(p for t in solve(plan, FAST).plan.turns for p in t.person_ids)
    assert sorted(counts.values()) == [3, 3, 3]


def test_pinned_turns_stay_as_they_are(make_plan):
    plan = make_plan(
        people=[person(p, limits=LOOSE) for p in ("ana", "ben")],
        days=[window_day("2025-04-07")],
        turns=[
            {**t, "people": ["ana"], "pinned": True} if t["id"] == "t0710w" else t
            for t in turns_for("2025-04-07", range(10, 14))
        ],
    )
    result = solve(plan, FAST)
    assert staffed(result)["t0710w"] == {"ana"}
    assert Counter(p for t in result.plan.turns for p in t.person_ids) == {"ana": 2, "ben": 2}


def test_repair_changes_the_fewest_assignments_checked_by_brute_force(make_plan):
    people = ("ana", "ben", "cy")
    hours = range(9, 15)
    plan = make_plan(
        people=[person(p, limits={**LOOSE, "max_minutes_per_day": 180, "max_consecutive_turns": 2}) for p in people],
        days=[window_day("2025-04-07", "09:00", "15:00")],
        turns=turns_for("2025-04-07", hours),
    )
    plan = solve(plan, FAST).plan
    start = datetime(2025, 4, 7, 11, tzinfo=plan.zone)
    request = RotationRequest(time_limit=10, repair_person=PersonId("cy"), repair_from=start)
    result = solve(plan, request)
    assert all("cy" not in t.person_ids for t in result.plan.turns if t.start >= start)
    assert all(a == b for a, b in zip(plan.turns[:2], result.plan.turns[:2], strict=True))  # the past stays

    # Brute force: every way to staff the turns from 11:00 with ana or ben within the limits.
    later = [t for t in plan.turns if t.start >= start]
    before = {t.id: t.person_ids[0] for t in plan.turns}

    def fits(choice):
        """The same limits: at most 3 hours a day and 2 turns in a row."""
        staffing = {**before, **{t.id: p for t, p in zip(later, choice, strict=True)}}
        for p in ("ana", "ben"):
            mine = sorted(int(tid[3:5]) for tid, who in staffing.items() if who == p)
            if len(mine) > 3 or any(mine[i + 2] - mine[i] == 2 for i in range(len(mine) - 2)):
                return False
        return True

    best = min(sum(1 for t, p in zip(later, c, strict=True) if p != before[t.id])
               for c in itertools.product(("ana", "ben"), repeat=len(later)) if fits(c))  # fmt: skip
    assert result.changed == best


def test_an_impossible_plan_names_the_window_and_the_limits(make_plan):
    plan = make_plan(
        people=[person("ana", "striker"), person("bo", "striker")],  # strikers: at most 3 h a day
        days=[window_day("2025-04-07", "08:00", "18:00")],
        turns=turns_for("2025-04-07", range(8, 18)),
    )
    result = solve(plan, FAST)
    assert result.status == "infeasible" and result.plan is None
    text = "\n".join(map(str, result.explanation))
    assert "Cannot cover the media window Mon 07 Apr 08:00–18:00" in text
    assert "Limits in the way: Ana (striker) — at most 3 h on camera a day" in text
    assert "Bo (striker)" in text


def test_a_turn_nobody_can_take_is_named(make_plan):
    plan = make_plan(
        people=[person("ana", limits=LOOSE)],
        days=[window_day("2025-04-07", "10:00", "12:00")],
        turns=turns_for("2025-04-07", [10, 11]),
        availability=[
            {"person": "ana", "start": "2025-04-07T11:00", "end": "2025-04-07T12:00", "level": "unavailable"}
        ],
    )
    result = solve(plan, FAST)
    assert [str(line) for line in result.explanation] == [
        "Mon 07 Apr 11:00–12:00: needs a spokesperson but none is available then "
        "(each is unavailable or busy with a shift)"
    ]


def test_a_plan_without_spokespeople_is_said_in_one_line_not_one_per_turn(example_plan):
    """Not 44 lines of "needs 1 spokespeople but only 0 are available then"."""
    from planner.domain.model import PersonKind

    volunteers = tuple(p for p in example_plan.people if p.kind is PersonKind.VOLUNTEER)
    bare = replace(example_plan, people=volunteers, turns=tuple(replace(t, person_ids=()) for t in example_plan.turns))
    result = solve(bare, FAST)
    assert result.plan is None
    assert [str(line) for line in result.explanation] == [
        "The plan has no spokespeople to put on its 44 turns: add them in the People panel (kind spokesperson), or "
        "import them from a spreadsheet."
    ]


def test_the_example_rotation_has_no_warnings_and_reports_each_person(example_plan):
    bare = replace(example_plan, turns=tuple(replace(t, person_ids=()) for t in example_plan.turns))
    result = solve(bare, FAST)
    assert result.status == "optimal"
    assert check_plan(result.plan) == []
    assert len(result.scores) == len(example_plan.spokespeople)
    assert sum(s.turns for s in result.scores) == len(example_plan.turns)


def test_parallel_sites_are_solved_together_and_people_stay_on_their_own_turns(make_plan):
    # Three sites at the same hours make one group per hour in the model; seating must still
    # give the Spanish window its speaker and, re-solved, put everyone back where they were.
    sites = [{"id": w, "start": "2025-04-07T10:00", "end": "2025-04-07T13:00", "location": "loc",
              **({"language": "Spanish"} if w == "es" else {})} for w in ("es", "a", "b")]  # fmt: skip
    plan = make_plan(
        people=[person(p, languages=("English", "Spanish") if p in ("ana", "eva") else ("English",), limits=LOOSE)
                for p in ("ana", "ben", "cy", "dan", "eva", "fay")],
        days=[{"date": "2025-04-07", "windows": sites}],
        turns=[t for w in ("es", "a", "b") for t in turns_for("2025-04-07", range(10, 13), wid=w)],
    )  # fmt: skip
    result = solve(plan, FAST)
    assert result.status == "optimal" and check_plan(result.plan) == []
    assert all(people & {"ana", "eva"} for tid, people in staffed(result).items() if tid.endswith("es"))
    again = solve(result.plan, FAST)
    assert again.changed == 0 and again.plan == result.plan


def test_the_fairness_floor_counts_whole_turns(make_plan):
    # Ten hour-long turns for three people: shares of 200 minutes, but loads come in hours,
    # so 3 + 3 + 4 turns is as fair as it gets (20 + 20 + 40 minutes off); the one prime turn
    # (the first) is one off everybody's share of a third, rounded to none (60).
    plan = make_plan(
        people=[person(p, limits=LOOSE) for p in ("ana", "ben", "cy")],
        days=[window_day("2025-04-07", "13:00", "23:00")],
        turns=turns_for("2025-04-07", range(13, 23)),
    )
    result = solve(plan, FAST)
    assert result.status == "optimal"
    assert result.bound == 140 and result.objective == 140 and result.gap == 0
    assert "the fairest possible" in str(result.summary())


def test_a_long_plan_is_solved_in_parts_within_every_limit(make_plan):
    # The by-parts search (used above 20,000 choices) on a plan small enough to check, and
    # tight for strikers: two turns a day at most each, one on every pair turn. (Gus gives the
    # repair room: without him, some first rotations leave none once Ed is out.)
    days = [f"2025-04-{d:02d}" for d in range(7, 17)]
    roles = dict.fromkeys(("ana", "bo", "cat", "dee"), "striker") | dict.fromkeys(("cy", "di", "eli"), "clinician")
    roles |= {"ed": "union officer", "flo": "other", "gus": "other"}
    pair = {"p": {"pair": ["striker", "clinician"]}, "o": {}}
    windows = [{"id": f"{w}{d[-2:]}", "start": f"{d}T09:00", "end": f"{d}T15:00", "location": "loc", **pair[w]}
               for d in days for w in ("p", "o")]  # fmt: skip
    plan = make_plan(
        people=[person(p, role) for p, role in roles.items()],  # the default limits of each role
        days=[{"date": d, "windows": [w for w in windows if w["id"].endswith(d[-2:])]} for d in days],
        turns=[t for w in windows for t in turns_for(w["start"][:10], range(9, 15), wid=w["id"])],
    )
    in_parts = RotationRequest(time_limit=10, in_parts=True)
    result = solve(plan, in_parts)
    assert result.status in ("optimal", "feasible") and result.first_solution_seconds is not None
    assert check_plan(result.plan) == []  # covered, pairs kept, health limits respected
    assert all(t.person_ids for t in result.plan.turns)

    start = datetime(2025, 4, 12, tzinfo=plan.zone)
    repair = solve(result.plan, replace(in_parts, repair_person=PersonId("ed"), repair_from=start))
    assert check_plan(repair.plan) == []
    assert not any("ed" in t.person_ids for t in repair.plan.turns if t.start >= start)
    assert all(a == b for a, b in zip(result.plan.turns, repair.plan.turns, strict=True) if a.start < start)


def test_turns_only_the_reluctant_can_take_count_in_the_floor_so_the_best_is_proven(make_plan):
    """Everyone free on a morning would rather not do it (a campaign's last days): those turns
    go to the reluctant in every rotation, so the floor counts them and the parts, reaching
    it, can call the rotation the best (not 100 % off a floor of 0)."""
    from planner.rotation.objective import PREFER_NOT_WEIGHT

    days = [f"2025-04-{d:02d}" for d in range(7, 9)]
    plan = make_plan(
        people=[person(p, limits=LOOSE) for p in ("ana", "ben", "cy")],
        days=[window_day(d, "09:00", "13:00", wid=f"w{d[-2:]}") for d in days],
        turns=[t for d in days for t in turns_for(d, range(9, 13), wid=f"w{d[-2:]}")],
        availability=[{"person": p, "start": "2025-04-08T09:00", "end": "2025-04-08T11:00", "level": "prefer-not"}
                      for p in ("ana", "ben", "cy")],
    )  # fmt: skip
    result = solve(plan, RotationRequest(time_limit=10, in_parts=True))
    assert result.penalties["turns people would rather not do"] == 2  # 9:00 and 10:00 on the 8th
    assert result.bound >= 2 * PREFER_NOT_WEIGHT
    assert result.status == "optimal" and result.gap == 0


def test_a_plan_of_weeks_the_parts_cannot_prove_is_then_solved_as_one_model_from_their_rotation(make_plan, monkeypatch):
    """Above PARTS_FROM choices the parts go first; when they stop short of the floor (here:
    told so) and the plan is within WHOLE_MODEL_LIMIT, one model starts from their rotation
    and may prove it the best; the time to the first rotation stays the parts'."""
    from planner.rotation import solver

    days = [f"2025-04-{d:02d}" for d in range(7, 10)]
    plan = make_plan(
        people=[person(p) for p in ("ana", "ben", "cy", "dee")],
        days=[window_day(d, "09:00", "15:00", wid=f"w{d[-2:]}") for d in days],
        turns=[t for d in days for t in turns_for(d, range(9, 15), wid=f"w{d[-2:]}")],
    )
    handed: list[set] = []
    wholes: list[set] = []
    parts, whole = solver.solve_by_parts, solver.solve_whole

    def unproven_parts(*args):
        found = parts(*args)
        handed.append(set(found.chosen))
        return replace(found, status="feasible", first_solution=0.125)

    def whole_from(problem, groups, shares, start, request, started):
        wholes.append(set(start))
        return whole(problem, groups, shares, start, request, started)

    monkeypatch.setattr(solver, "PARTS_FROM", 0)
    monkeypatch.setattr(solver, "solve_by_parts", unproven_parts)
    monkeypatch.setattr(solver, "solve_whole", whole_from)
    result = solver.solve(plan, FAST)
    assert result.status == "optimal" and result.first_solution_seconds == 0.125
    assert wholes == handed  # one model, from the parts' rotation (not the greedy one)
    assert check_plan(result.plan) == [] and all(t.person_ids for t in result.plan.turns)
    solver.solve(plan, replace(FAST, in_parts=True))  # parts asked for: parts only
    assert len(handed) == 2 and len(wholes) == 1
