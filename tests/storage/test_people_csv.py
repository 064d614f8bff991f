"""Spokespeople and volunteers from spreadsheets, and back: forgiving reading, per-row
errors, duplicates merged by e-mail."""

from __future__ import annotations

import itertools

import pytest

from planner.domain.model import PersonKind, SpeakerRole
from planner.domain.people import merge_people_rows
from planner.storage.csv_table import read_people_rows, write_people_csv
from planner.storage.errors import PlanFormatError


def ids():
    counter = itertools.count(1)
    return lambda: f"new-{next(counter)}"


def test_a_spanish_sheet_with_bom_and_semicolons(example_plan):
    data = ("\ufeffNombre;Tipo;Correo;Teléfono;Idiomas;Rol\n"
            "Rosa Díaz;portavoz;rosa@example.org;+1 213 555 0111;Español/English;huelguista\n"
            "Luis Hernández;voluntario;LUIS.HERNANDEZ@example.org;;;\n").encode()  # fmt: skip
    rows = read_people_rows(data, "gente.csv")
    result = merge_people_rows(example_plan.people, rows, ids())
    assert result.added == [2] and result.updated == [3] and result.problems == []
    rosa = result.records[-1]
    assert (rosa.name, rosa.kind, rosa.speaker_role, rosa.languages) == (
        "Rosa Díaz", PersonKind.SPOKESPERSON, SpeakerRole.STRIKER, ("Español", "English"))  # fmt: skip
    assert len(result.records) == len(example_plan.people) + 1  # Luis matched by e-mail, in any case


def test_without_an_email_the_name_decides_who_is_who(make_plan):
    plan = make_plan()  # Vic, a volunteer, has no e-mail
    result = merge_people_rows(plan.people, read_people_rows(b"name,phone\nVIC,555\nNew One,\n", "p.csv"), ids())
    assert result.updated == [2] and result.added == [3]
    assert next(p for p in result.records if p.id == "vic").phone == "555"


def test_bad_rows_are_reported_by_line_and_change_nothing(example_plan):
    data = (b"name,kind,email,speaker role\n"
            b"Ok Person,volunteer,ok@example.org,\n"
            b",volunteer,x@example.org,\n"
            b"Bad Mail,volunteer,not-an-address,\n"
            b"Odd Kind,journalist,odd@example.org,\n"
            b"Odd Role,spokesperson,role@example.org,astronaut\n")  # fmt: skip
    result = merge_people_rows(example_plan.people, read_people_rows(data, "p.csv"), ids())
    assert result.added == [2]
    assert [(line, str(why)) for line, why in result.problems] == [
        (3, "no name"),
        (4, "'not-an-address' is not an e-mail address"),
        (5, "kind 'journalist' is neither spokesperson nor volunteer"),
        (6, "speaker role 'astronaut' is not striker, clinician, union officer or other"),
    ]


def test_duplicates_are_merged_by_email_and_empty_cells_keep_what_was_there(example_plan):
    ana = example_plan.people[0]
    data = f'Name,E-mail,Phone\n"{ana.name}",{ana.email.upper()},\nAna Again,{ana.email},+1 555\n'.encode()
    result = merge_people_rows(example_plan.people, read_people_rows(data, "p.csv"), ids())
    assert result.updated == [2, 3] and len(result.records) == len(example_plan.people)
    merged = next(p for p in result.records if p.id == ana.id)
    assert (merged.name, merged.phone, merged.title, merged.kind) == ("Ana Again", "+1 555", ana.title, ana.kind)


def test_export_then_import_changes_nothing(example_plan):
    data = write_people_csv(example_plan.people)
    assert data.startswith(b"\xef\xbb\xbfName,Kind,E-mail")
    result = merge_people_rows(example_plan.people, read_people_rows(data, "people.csv"), ids())
    assert result.added == [] and result.problems == [] and result.records == example_plan.people


def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_defused_and_read_back(example_plan):
    from dataclasses import replace

    hostile = replace(example_plan.people[0], name='=HYPERLINK("http://x")', phone="+1 (213) 555-0100",
                      title="+1 213 HYPERLINK")  # fmt: skip
    data = write_people_csv([hostile])
    # A phone number has no letters, so no function to run: written as it is, no stray apostrophe.
    assert b"'=HYPERLINK" in data and b",+1 (213) 555-0100," in data and b"'+1 213 HYPERLINK" in data
    [row] = read_people_rows(data, "p.csv")
    assert (row.name, row.phone, row.title) == (hostile.name, hostile.phone, hostile.title)
    # A file an earlier version wrote, with the phone guarded, still reads back clean.
    [old] = read_people_rows(b"Name,Phone\nAna,'+1 213 555 0100\n", "old.csv")
    assert old.phone == "+1 213 555 0100"


@pytest.mark.parametrize(
    "text", ["=1+1", "+1 A1", "-2+3", "@SUM(A1)", "\tx=1", "\r=1", "'=already quoted", "''+1", "'plain", "a-b"]
)
def test_every_formula_start_is_defused_and_the_round_trip_is_lossless(example_plan, text):
    import csv
    import io
    from dataclasses import replace

    person = replace(example_plan.people[0], title=text, phone="")
    data = write_people_csv([person])
    header, row_cells = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    cell = row_cells[header.index("Title")]
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell  # OWASP: never a live formula
    [row] = read_people_rows(data, "p.csv")
    assert row.title == text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff\xfeN\x00", r"p.csv: not UTF-8 text \(byte 0\); save it as 'CSV UTF-8'"),
        (b"", "p.csv: the file is empty"),
        (b"email,phone\na@b.org,1\n", "p.csv: line 1: no column for name"),
        (
            b'name,email\na,b\n"unterminated,x\nc,d\n',
            r'p.csv: line 3: a quote \("\) opens a cell on this line that is never closed',
        ),
    ],
)
def test_a_file_that_cannot_be_read_says_what_and_where(data, message):
    with pytest.raises(PlanFormatError, match=message):
        read_people_rows(data, "p.csv")


def test_volunteers_exported_from_google_contacts_or_outlook_are_read_as_they_are():
    """A name in parts, the phone and e-mail under the address book's own headers."""
    google = ("First Name,Middle Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,"
              "Phone 1 - Value\nRosa,,Díaz,* myContacts,* Home,rosa@example.org,Mobile,+1 213 555 0111\n")  # fmt: skip
    outlook = ("Title,First Name,Middle Name,Last Name,Job Title,Mobile Phone,E-mail Address,E-mail Type\n"
               "Ms.,Rosa,,Díaz,Psychiatric nurse,+1 213 555 0111,rosa@example.org,SMTP\n")  # fmt: skip
    for export, title in ((google, ""), (outlook, "Psychiatric nurse")):  # (Outlook's "Title" is Ms.)
        [row] = read_people_rows(export.encode(), "contacts.csv")
        assert (row.line, row.name, row.email, row.phone, row.title) == (2, "Rosa Díaz", "rosa@example.org",
                                                                          "+1 213 555 0111", title)  # fmt: skip


@pytest.mark.parametrize(
    ("header", "row", "name"),
    [
        ("Name,Last Name,Email", "Luis,Aguilar,luis@example.org", "Luis Aguilar"),  # ("Name": the first name here)
        ("Nombre;Apellidos;Correo", "Luis;Aguilar Pérez;luis@example.org", "Luis Aguilar Pérez"),
        ("Full name,Surname,Email", "Luis Aguilar,Aguilar,luis@example.org", "Luis Aguilar"),  # (a whole name)
        ("Name,First Name,Last Name,Email", "Luis A.,Luis,Aguilar,luis@example.org", "Luis A."),  # (Google's older)
        ("Name,Last Name,Email", "Luis,,luis@example.org", "Luis"),
    ],
)
def test_a_hand_made_sheet_with_a_surname_column_gives_whole_names(header, row, name):
    """Volunteer sheets often keep the surname apart; the name was its first name alone."""
    delimiter = ";" if ";" in header else ","
    [read] = read_people_rows(f"{header}\n{row}\n".replace(",", delimiter).encode(), "people.csv")
    assert read.name == name
