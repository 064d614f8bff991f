"""A language typed in English or in Spanish is one language: for the rotation, the Assign
dialog's "speaks", the press list and what language people are written to in."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.domain.candidates import candidates
from planner.domain.languages import language_key, mail_language, speaks
from planner.domain.model import PersonId
from planner.domain.press import PressRow, merge_press_rows


@pytest.mark.parametrize(
    ("typed", "asked"),
    [("Spanish", "Spanish"), ("Español", "Spanish"), ("castellano", "spanish"), ("espanol", "Español"),
     (" SPANISH ", "es"), ("Inglés", "English"), ("Tamil", "tamil")],
)  # fmt: skip
def test_a_language_is_known_by_its_names_in_both_languages(example_plan, typed, asked):
    person = replace(example_plan.spokespeople[0], languages=("Mandarin", typed))
    assert speaks(person, asked) and language_key(typed) == language_key(asked)
    assert not speaks(person, "French") and not speaks(replace(person, languages=()), asked)


def test_other_languages_are_told_apart_as_typed(example_plan):
    person = replace(example_plan.spokespeople[0], languages=("Portuguese",))
    assert not speaks(person, "Spanish") and not speaks(person, "English") and speaks(person, "portuguese")
    signer = replace(person, languages=("Spanish Sign Language", "pt-BR"))  # (not Spanish; not Portuguese)
    assert not speaks(signer, "Spanish") and not speaks(signer, "Portuguese")


def test_a_regional_form_is_its_language(example_plan):
    """A press sheet's "es-MX", a volunteer's "Spanish (Mexico)": refused on the press list
    ("not English or Spanish") and not counted for a window asking for Spanish."""
    person = replace(example_plan.spokespeople[0], languages=("Spanish (Mexico)",))
    assert speaks(person, "Español") and speaks(person, "es-US") and not speaks(person, "English")
    assert mail_language(person, "en") == "es"
    merged = merge_press_rows((), [PressRow(2, "Ana Reyes", "ana@example.org", "", "es-MX")], lambda: "press-new")
    assert not merged.problems and merged.records[0].language == "es"


def test_the_assign_dialog_counts_a_spanish_speaker_typed_in_spanish(example_plan):
    """A window asking for "Spanish": the spokesperson listed as speaking "Español" is one."""
    turn = next(t for t in example_plan.turns if t.person_ids)
    window = example_plan.windows_by_id[turn.window_id]
    days = tuple(replace(d, windows=tuple(replace(w, language="Spanish") if w.id == window.id else w
                                          for w in d.windows)) for d in example_plan.days)  # fmt: skip
    tom = PersonId("sp-tom-becker")
    people = tuple(replace(p, languages=("Inglés", "Español")) if p.id == tom else p for p in example_plan.people)
    found = {c.person.id: c for c in candidates(replace(example_plan, days=days, people=people), turn.id)}
    assert found[tom].speaks is True
    assert any(c.speaks is False for c in found.values())  # (the others who speak English only)


@pytest.mark.parametrize(
    ("typed", "code"),
    [("Castellano", "es"), ("espanol", "es"), ("Ingles", "en"), ("", "en"), ("es-MX", "es"), ("en_US", "en"),
     ("Spanish (Mexico)", "es"), ("Español (Latinoamérica)", "es"), ("English, American", "en")],
)  # fmt: skip
def test_the_press_list_and_peoples_own_language_read_the_same_names(example_plan, typed, code):
    merged = merge_press_rows((), [PressRow(2, "Ana Reyes", "ana@example.org", "", typed)], lambda: "press-new")
    assert not merged.problems and merged.records[0].language == code
    person = replace(example_plan.people[0], languages=(typed, "English") if typed else ())
    assert mail_language(person, "en") == code


def test_a_search_for_a_language_knows_its_other_names():
    from planner.domain.languages import other_names

    assert set(other_names("Español")) == {"spanish", "espanol", "castellano"}
    assert set(other_names(" ENGLISH ")) == {"inglés", "ingles"} and other_names("Tamil") == ()
