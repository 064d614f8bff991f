"""The plan's own details: title, organization, description, press contact, calendar language, and its
time zone."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from planner.domain.edits import EditError, set_details
from planner.domain.model import AvailabilityLevel, AvailabilityWindow, Contact, PersonId


@pytest.fixture
def plan(example_plan):
    away = AvailabilityWindow(PersonId(example_plan.people[0].id), example_plan.turns[0].start,
                              example_plan.turns[0].end, AvailabilityLevel.UNAVAILABLE)  # fmt: skip
    return replace(example_plan, availability=(away,))


def _walls(plan) -> list[tuple[datetime, datetime]]:
    """Every start and end as wall-clock time, without its zone."""
    items = [*plan.windows(), *plan.turns, *plan.shifts, *plan.availability]
    return [(i.start.replace(tzinfo=None), i.end.replace(tzinfo=None)) for i in items]


def test_the_details_are_kept_as_given_and_the_title_trimmed(plan):
    contact = Contact("Rae Ortiz", "press@example.org", "+1 213 555 0100")
    changed = set_details(plan, "  Vigil  ", "Union", "A week outside", plan.timezone, contact, "es")
    assert (changed.title, changed.organization, changed.description) == ("Vigil", "Union", "A week outside")
    assert changed.press_contact == contact
    assert changed.days == plan.days and changed.turns == plan.turns and changed.shifts == plan.shifts
    assert changed.timezone == plan.timezone and changed.language == "es"


def test_a_new_time_zone_keeps_every_wall_clock_time(plan):
    moved = set_details(plan, plan.title, plan.organization, plan.description, "America/New_York", plan.press_contact,
                        plan.language)  # fmt: skip
    assert moved.timezone == "America/New_York"
    assert _walls(moved) == _walls(plan)
    items = [*moved.windows(), *moved.turns, *moved.shifts, *moved.availability]
    assert len(items) == len(_walls(plan)) and {str(i.start.tzinfo) for i in items} == {"America/New_York"}
    assert {str(i.end.tzinfo) for i in items} == {"America/New_York"}
    assert [d.date for d in moved.days] == [d.date for d in plan.days]
    assert [len(d.windows) for d in moved.days] == [len(d.windows) for d in plan.days]
    assert [(t.id, t.window_id, t.person_ids) for t in moved.turns] == [
        (t.id, t.window_id, t.person_ids) for t in plan.turns
    ]
    assert [(s.id, s.role_id) for s in moved.shifts] == [(s.id, s.role_id) for s in plan.shifts]
    assert moved.availability[0].person_id == plan.availability[0].person_id
    assert moved.title == plan.title and moved.press_contact == plan.press_contact


@pytest.mark.parametrize(
    ("title", "timezone", "message"),
    [
        ("   ", "America/Los_Angeles", "The plan needs a title"),
        ("Vigil", "Mars/Olympus", "'Mars/Olympus' is not an IANA time zone, e.g. America/Los_Angeles"),
        ("Vigil", "../etc/passwd", "'../etc/passwd' is not an IANA time zone, e.g. America/Los_Angeles"),
        # A region alone is a folder of the zone database: the editor's OK was an IsADirectoryError's
        # traceback. This computer's own names are no place a phone or calendar service knows.
        ("Vigil", "America", "'America' is not an IANA time zone, e.g. America/Los_Angeles"),
        *[("Vigil", zone, f"{zone!r} is this computer's name for a zone, which calendar apps do not know; choose a "
                          "place's, e.g. America/Los_Angeles")
          for zone in ("localtime", "posixrules", "Factory", "posix/America/Los_Angeles", "right/UTC")],
        ("Vigil\nBcc: x@y.org", "America/Los_Angeles",
         "The plan title cannot have a line break: it goes into every invitation's subject"),
    ],
)  # fmt: skip
def test_what_cannot_be_a_plans_details_is_refused_in_words(plan, title, timezone, message):
    with pytest.raises(EditError) as refused:
        set_details(plan, title, "", "", timezone, plan.press_contact, "en")
    assert str(refused.value) == message


@pytest.mark.parametrize("language", ["fr", "Spanish", "", "ES"])
def test_the_calendars_are_written_in_a_language_planner_writes_in(plan, language):
    with pytest.raises(EditError) as refused:
        set_details(plan, plan.title, "", "", plan.timezone, plan.press_contact, language)
    assert str(refused.value) == f"{language!r} is not a language Planner writes in (en, es)"
