"""People from spreadsheet rows: what is added, what updates whom, and each refusal in words."""

from __future__ import annotations

from itertools import count

from planner.domain.model import HealthLimits, Person, PersonId, PersonKind, SpeakerRole
from planner.domain.people import PersonRow, merge_people_rows

ANA = Person(PersonId("ana"), "Ana", PersonKind.SPOKESPERSON, "Therapist", ("en",), "ana@example.org", "555-1",
             SpeakerRole.STRIKER, HealthLimits(240, 3, 60, 5))  # fmt: skip
BEN = Person(PersonId("ben"), "Ben", PersonKind.VOLUNTEER)


def _merge(*rows: PersonRow):
    ids = count(1)
    return merge_people_rows((ANA, BEN), rows, lambda: f"new-{next(ids)}")


def test_an_empty_cell_keeps_what_was_there_and_a_filled_one_replaces_it():
    ben_row = PersonRow(3, "Ben", title="Marshal lead", phone="555-2", languages="en / es, tl;  ",
                        kind="Spokesperson", speaker_role="Union officer")  # fmt: skip
    result = _merge(PersonRow(2, "Ana M.", email="ANA@example.org"), ben_row)
    assert (result.added, result.updated, result.problems) == ([], [2, 3], [])
    ana, ben = result.records
    assert ana == Person(ANA.id, "Ana M.", ANA.kind, ANA.title, ANA.languages, "ANA@example.org", ANA.phone,
                         ANA.speaker_role, ANA.limits)  # fmt: skip
    assert ben == Person(BEN.id, "Ben", PersonKind.SPOKESPERSON, "Marshal lead", ("en", "es", "tl"), "", "555-2",
                         SpeakerRole.OFFICER, BEN.limits)  # fmt: skip


def test_a_new_person_gets_a_fresh_id_and_is_a_volunteer_unless_the_row_says_otherwise():
    result = _merge(PersonRow(2, "Cy", email="cy@example.org"), PersonRow(3, "Di", kind="vocera", speaker_role="otra"))
    assert result.added == [2, 3]
    cy, di = result.records[2:]
    assert (cy.id, cy.kind, cy.email, cy.speaker_role) == (
        "new-1",
        PersonKind.VOLUNTEER,
        "cy@example.org",
        SpeakerRole.OTHER,
    )
    assert (di.id, di.kind, di.speaker_role) == ("new-2", PersonKind.SPOKESPERSON, SpeakerRole.OTHER)


def test_each_row_that_cannot_be_a_person_is_named_with_why_and_changes_nothing():
    result = _merge(
        PersonRow(2, ""),
        PersonRow(3, "Ed", email="ed@example.org\nBcc: x@y.org"),
        PersonRow(4, "Flo", email="not an address"),
        PersonRow(5, "Gus", kind="boss"),
        PersonRow(6, "Hal", kind="spokesperson", speaker_role="mayor"),  # (a volunteer's is their title)
    )
    assert result.records == (ANA, BEN) and result.added == [] and result.updated == []
    assert [line for line, _ in result.problems] == [2, 3, 4, 5, 6]
    problems = {line: str(why) for line, why in result.problems}
    assert problems[2] == "no name"
    assert problems[3] == "'ed@example.org Bcc: x@y.org' is not an e-mail address"
    assert "'not an address'" in problems[4]
    assert problems[5] == "kind 'boss' is neither spokesperson nor volunteer"
    assert problems[6] == "speaker role 'mayor' is not striker, clinician, union officer or other"


def test_without_an_e_mail_a_row_matches_by_name_in_any_case():
    result = _merge(PersonRow(2, "BEN", phone="555-9"))
    assert result.updated == [2] and result.records[1].phone == "555-9" and result.records[1].id == "ben"


def test_a_row_without_an_e_mail_finds_someone_listed_with_one_by_name():
    # The spreadsheet a site lead keeps has no e-mail column: Ana is updated, not doubled.
    result = _merge(PersonRow(2, "  ana ", kind="portavoz", phone="555-7"), PersonRow(3, "Ａｎａ"))
    assert (result.added, result.updated, result.problems) == ([], [2, 3], [])
    assert len(result.records) == 2 and result.records[0].phone == "555-7"
    assert result.records[0].email == ANA.email  # what the row leaves empty stays


def test_a_row_with_an_e_mail_completes_someone_listed_without_one():
    result = _merge(PersonRow(2, "Ben", email="ben@example.org"))
    assert result.updated == [2] and result.records[1] == Person(BEN.id, "Ben", BEN.kind, email="ben@example.org")
    # ...but two people may share a name when their e-mails differ.
    result = _merge(PersonRow(2, "Ana", email="other.ana@example.org"))
    assert result.added == [2] and len(result.records) == 3


def test_a_name_shared_by_two_people_is_asked_about_not_guessed():
    twin = Person(PersonId("ana2"), "Ana", PersonKind.VOLUNTEER, email="ana.two@example.org")
    result = merge_people_rows((ANA, BEN, twin), [PersonRow(4, "Ana", phone="555-0")], lambda: "new")
    assert result.records == (ANA, BEN, twin) and result.updated == [] and result.added == []
    assert [(line, str(why)) for line, why in result.problems] == [
        (4, "matches 2 already listed with that name; give the e-mail to say which")
    ]
    assert result.named([4]) == ["Ana"]


def test_a_kind_or_role_written_with_its_other_forms_is_read_by_its_first():
    """Sheets write "Voluntario/a", "Vocero/a", "Volunteer (marshal)", "Union officer /
    delegado": each was refused as neither spokesperson nor volunteer, or no speaker role."""
    result = _merge(PersonRow(2, "Cy", kind="Voluntario/a"), PersonRow(3, "Di", kind="Vocero/a",
                                                                        speaker_role="Union officer / delegado"),
                    PersonRow(4, "Ed", kind=" Volunteer – marshal "), PersonRow(5, "Flo", kind="Spokesperson (TV)",
                                                                              speaker_role="Clínico/a"))  # fmt: skip
    assert result.problems == [] and result.added == [2, 3, 4, 5]
    assert [(p.kind, p.speaker_role) for p in result.records[2:]] == [
        (PersonKind.VOLUNTEER, SpeakerRole.OTHER),
        (PersonKind.SPOKESPERSON, SpeakerRole.OFFICER),
        (PersonKind.VOLUNTEER, SpeakerRole.OTHER),
        (PersonKind.SPOKESPERSON, SpeakerRole.CLINICIAN),
    ]


def test_languages_a_form_answers_in_words_are_each_a_language():
    """A free answer, "English and Spanish", was one language no window asks for."""
    result = _merge(PersonRow(2, "Cy", languages="English and Spanish"),
                    PersonRow(3, "Di", languages="Inglés y español"),
                    PersonRow(4, "Ed", languages="Spanish & English, Tagalog"),
                    PersonRow(5, "Flo", languages="español e inglés; Español, Spanish"))  # fmt: skip
    spoken = [p.languages for p in result.records[2:]]
    assert spoken == [("English", "Spanish"), ("Inglés", "español"), ("Spanish", "English", "Tagalog"),
                      ("español", "inglés")]  # fmt: skip


def test_a_cell_s_bell_or_escape_is_left_out_and_word_s_soft_line_break_is_a_line_break():
    """Spreadsheets keep what was pasted into a cell: a bell, an escape, Word's soft line break
    (a vertical tab). Left out of the person, or a line break; in a name or a phone number,
    where Excel's Alt+Enter puts one too, a space (the row was refused for a break not seen
    in the cell's first line)."""
    result = _merge(PersonRow(2, "Cy\x07 Ortiz\x1b", email="cy@example.org", title="Marshal\x0bLead"),
                    PersonRow(3, "Di\x0bAz", email="di@example.org"),
                    PersonRow(4, "Eve\r\n Ruiz\t", email="\neve@example.org", phone="555\n0110"))  # fmt: skip
    cy, di, eve = result.records[2:]
    assert (cy.name, cy.title) == ("Cy Ortiz", "Marshal\nLead")
    assert [(di.name, di.email), (eve.name, eve.email, eve.phone)] == [
        ("Di Az", "di@example.org"), ("Eve Ruiz", "eve@example.org", "555 0110")]  # fmt: skip
    assert result.problems == []
