"""Who fits a turn or shift: the same limits as the checks, the load against an even share."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from planner.domain.candidates import candidates
from planner.domain.edits import new_turn, put_item, remove_items
from planner.domain.model import AvailabilityLevel, AvailabilityWindow, PersonId


def _by_name(found):
    return {c.person.name: c for c in found}


def test_a_turn_lists_every_other_spokesperson_who_fits_first_with_why_not(example_plan):
    turn = "turn-2025-04-07-1100"  # Keisha Williams is on it
    found = candidates(example_plan, turn)
    names = _by_name(found)
    assert "Keisha Williams, LMFT" not in names and len(found) == len(example_plan.spokespeople) - 1
    ana = names["Ana Morales, LCSW"]  # a striker: three hours a day at most, two hours' rest
    assert not ana.fits and [str(b) for b in ana.blocked] == [
        "4 h on camera that day; at most 3 h",
        "60 min rest between turns; needs 120 min",
    ]
    assert found[-1] is ana or not found[-1].fits  # who cannot take it comes after who can
    assert [c.fits for c in found] == sorted((c.fits for c in found), reverse=True)
    fitting = [c for c in found if c.fits]
    assert [c.minutes - c.share for c in fitting] == sorted(c.minutes - c.share for c in fitting)
    assert all(c.share == fitting[0].share > 0 for c in found)  # an even share of all the turns


def test_being_away_or_on_something_else_then_rules_a_person_out(example_plan):
    turn = "turn-2025-04-07-1100"
    tom = PersonId("sp-tom-becker")
    start = datetime(2025, 4, 7, 10, 30, tzinfo=example_plan.zone)
    away = AvailabilityWindow(tom, start, start.replace(hour=12), AvailabilityLevel.UNAVAILABLE)
    names = _by_name(candidates(replace(example_plan, availability=(away,)), turn))
    assert [str(b) for b in names["Tom Becker"].blocked] == ["unavailable then"]
    rather = replace(away, level=AvailabilityLevel.PREFER_NOT)
    names = _by_name(candidates(replace(example_plan, availability=(rather,)), turn))
    assert names["Tom Becker"].fits and names["Tom Becker"].prefer_not
    on_another = put_item(example_plan, replace(example_plan.turns[0], id="extra", start=start,
                                                end=start.replace(hour=11, minute=30), person_ids=(tom,)))  # fmt: skip
    assert "already on a turn 10:30–11:30" in [
        str(b) for b in _by_name(candidates(on_another, turn))["Tom Becker"].blocked
    ]


def test_a_shift_lists_volunteers_by_their_load(example_plan):
    shift = example_plan.shifts[0]
    found = candidates(example_plan, shift.id)
    assert {c.person.kind.value for c in found} == {"volunteer"}
    assert not {p for p in shift.person_ids} & {c.person.id for c in found}
    assert all(c.day_limit is None for c in found)


def test_a_new_turn_belongs_to_the_window_that_holds_it(example_plan):
    plan = remove_items(example_plan, ["turn-2025-04-07-0900"])
    nine = datetime(2025, 4, 7, 9, tzinfo=plan.zone)
    turn = new_turn(plan, nine, nine.replace(hour=10))
    assert turn is not None and (turn.window_id, turn.id) == ("win-2025-04-07", "turn-win-2025-04-07-0900")
    assert new_turn(plan, nine.replace(hour=7), nine.replace(hour=8)) is None  # before press may come
    assert new_turn(plan, nine, nine.replace(hour=10), "another-site") is None
    again = new_turn(put_item(plan, turn), nine, nine.replace(hour=10))
    assert again is not None and again.id != turn.id  # a second turn then: an id of its own


def test_a_volunteers_load_counts_elapsed_time_across_a_change_of_clocks_and_follows_an_edit(example_plan):
    """Minutes are elapsed time (a night shift over the fall-back hour is an hour longer than
    its clock says), and a shift edited since is measured anew, not as it was."""
    shift, other = example_plan.shifts[0], example_plan.shifts[1]
    beth = PersonId("vol-beth-lawson")
    assert beth not in shift.person_ids and beth not in other.person_ids
    night = datetime(2025, 11, 2, 0, tzinfo=example_plan.zone)  # clocks go back at 2:00 in Los Angeles
    night_shift = replace(other, start=night, end=night.replace(hour=4), person_ids=(beth,))
    rest = tuple(s for s in example_plan.shifts[2:] if beth not in s.person_ids)
    plan = replace(example_plan, shifts=(shift, night_shift, *rest))
    assert _by_name(candidates(plan, shift.id))["Beth Lawson"].minutes == 5 * 60
    later = replace(plan, shifts=(shift, replace(night_shift, end=night.replace(hour=1)), *rest))
    assert _by_name(candidates(later, shift.id))["Beth Lawson"].minutes == 60
