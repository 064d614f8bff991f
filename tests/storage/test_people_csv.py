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
    rows = read_people_rows(data, "gente.csv").rows
    result = merge_people_rows(example_plan.people, rows, ids())
    assert result.added == [2] and result.updated == [3] and result.problems == []
    rosa = result.records[-1]
    assert (rosa.name, rosa.kind, rosa.speaker_role, rosa.languages) == (
        "Rosa Díaz", PersonKind.SPOKESPERSON, SpeakerRole.STRIKER, ("Español", "English"))  # fmt: skip
    assert len(result.records) == len(example_plan.people) + 1  # Luis matched by e-mail, in any case


def test_without_an_email_the_name_decides_who_is_who(make_plan):
    plan = make_plan()  # Vic, a volunteer, has no e-mail
    result = merge_people_rows(plan.people, read_people_rows(b"name,phone\nVIC,555\nNew One,\n", "p.csv").rows, ids())
    assert result.updated == [2] and result.added == [3]
    assert next(p for p in result.records if p.id == "vic").phone == "555"


def test_bad_rows_are_reported_by_line_and_change_nothing(example_plan):
    data = (b"name,kind,email,speaker role\n"
            b"Ok Person,volunteer,ok@example.org,\n"
            b",volunteer,x@example.org,\n"
            b"Bad Mail,volunteer,not-an-address,\n"
            b"Odd Kind,journalist,odd@example.org,\n"
            b"Odd Role,spokesperson,role@example.org,astronaut\n")  # fmt: skip
    result = merge_people_rows(example_plan.people, read_people_rows(data, "p.csv").rows, ids())
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
    result = merge_people_rows(example_plan.people, read_people_rows(data, "p.csv").rows, ids())
    assert result.updated == [2, 3] and len(result.records) == len(example_plan.people)
    merged = next(p for p in result.records if p.id == ana.id)
    assert (merged.name, merged.phone, merged.title, merged.kind) == ("Ana Again", "+1 555", ana.title, ana.kind)


def test_export_then_import_changes_nothing(example_plan):
    data = write_people_csv(example_plan.people)
    assert data.startswith(b"\xef\xbb\xbfName,Kind,E-mail")
    result = merge_people_rows(example_plan.people, read_people_rows(data, "people.csv").rows, ids())
    assert result.added == [] and result.problems == [] and result.records == example_plan.people


def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_defused_and_read_back(example_plan):
    from dataclasses import replace

    hostile = replace(example_plan.people[0], name='=HYPERLINK("http://x")', phone="+1 (213) 555-0100",
                      title="+1 213 HYPERLINK")  # fmt: skip
    data = write_people_csv([hostile])
    # A phone number has no letters, so no function to run: written as it is, no stray apostrophe.
    assert b"'=HYPERLINK" in data and b",+1 (213) 555-0100," in data and b"'+1 213 HYPERLINK" in data
    [row] = read_people_rows(data, "p.csv").rows
    assert (row.name, row.phone, row.title) == (hostile.name, hostile.phone, hostile.title)
    # A file an earlier version wrote, with the phone guarded, still reads back clean.
    [old] = read_people_rows(b"Name,Phone\nAna,'+1 213 555 0100\n", "old.csv").rows
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
    [row] = read_people_rows(data, "p.csv").rows
    assert row.title == text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b"\xff\xfeN\x00\x00\xd8",
            r"p.csv: not UTF-16 text \(byte 4\), though it begins as such; save it as 'CSV UTF-8'",
        ),
        ("Name\nDíaz\n".encode("mac-roman"), r"p.csv: not UTF-8 text \(byte 6\); save it as 'CSV UTF-8'"),
        (b"", "p.csv: the file is empty"),
        (b"email,phone\na@b.org,1\n", "p.csv: line 1: no column for Name"),
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
        [row] = read_people_rows(export.encode(), "contacts.csv").rows
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
        ("Name,Email", "Luis  Aguilar,luis@example.org", "Luis Aguilar"),  # (a space typed twice, as a vCard's)
        ("Name,Email", '"Luis\nAguilar",luis@example.org', "Luis Aguilar"),  # (a line typed in the cell: Alt+Enter)
    ],
)
def test_a_hand_made_sheet_with_a_surname_column_gives_whole_names(header, row, name):
    """Volunteer sheets often keep the surname apart; the name was its first name alone."""
    delimiter = ";" if ";" in header else ","
    [read] = read_people_rows(f"{header}\n{row}\n".replace(",", delimiter).encode(), "people.csv").rows
    assert read.name == name


GOOGLE_FORM = (
    "Timestamp,Email Address,First name,Last name,What's your phone number?,Which languages do you speak?,"
    "Preferred shifts,Anything else?\n"
    '2025/03/01 10:00:00 AM PST,rosa@example.org,Rosa,Díaz,(213) 555-0111,"English, Spanish",Mornings,\n'
    "2025/03/01 11:30:00 AM PST,luis@example.org,Luis,,,,,\n"
)
FORMULARIO = (
    "Marca temporal;Dirección de correo electrónico;Nombre y apellidos;Número de teléfono;¿Qué idiomas hablas?\n"
    "01/03/2025 10:00:00;rosa@example.org;Rosa Díaz;+52 55 5555 0111;Español, Inglés\n"
)


def test_a_sign_up_forms_questions_are_read_as_the_columns_they_ask_for():
    """A Google Forms sheet of volunteers: its headers are questions, not column names. The
    phone and languages were dropped without a word; now a question with one column's word
    in it is read as that column, and what was read as what is said before importing."""
    imported = read_people_rows(GOOGLE_FORM.encode(), "Volunteer sign-up (Responses).csv")
    assert [(r.line, r.name, r.email, r.phone, r.languages) for r in imported.rows] == [
        (2, "Rosa Díaz", "rosa@example.org", "(213) 555-0111", "English, Spanish"),
        (3, "Luis", "luis@example.org", "", ""),
    ]
    assert str(imported.columns) == (
        "Columns read: E-mail ('Email Address'); Name ('First name', 'Last name'); Phone (\"What's your phone "
        "number?\"); Languages ('Which languages do you speak?'). Not read: 'Timestamp', 'Preferred shifts'."
    )  # ("Anything else?" is empty in every row: nothing lost, not said)
    [rosa] = read_people_rows(FORMULARIO.encode(), "Voluntarios (respuestas).csv").rows
    assert (rosa.name, rosa.email, rosa.phone, rosa.languages) == (
        "Rosa Díaz", "rosa@example.org", "+52 55 5555 0111", "Español, Inglés")  # fmt: skip
    merged = merge_people_rows((), [rosa], ids())
    assert merged.records[0].languages == ("Español", "Inglés")


def test_an_organizing_tools_export_in_snake_case_is_read():
    """Action Network and the like write first_name, last_name, can2_phone."""
    data = (b"first_name,last_name,email,zip_code,can2_phone,can2_state_abbreviated\n"
            b"Ana,Morales,ana@example.org,90027,2135550101,CA\n")  # fmt: skip
    imported = read_people_rows(data, "action_network.csv")
    assert [(r.name, r.email, r.phone) for r in imported.rows] == [("Ana Morales", "ana@example.org", "2135550101")]
    assert str(imported.columns).endswith("Not read: 'zip_code', 'can2_state_abbreviated'.")


def test_a_word_two_questions_share_is_no_guess():
    """ "Your name" and "Emergency contact name" could each be the name: the file is refused,
    saying which headers and what to call the one to read, rather than a guess that imports
    2,400 emergency contacts."""
    data = b"Your name,Emergency contact name,Emergency contact phone,Your phone\nAna,Luis,555 0100,555 0101\n"
    with pytest.raises(PlanFormatError) as caught:
        read_people_rows(data, "form.csv")
    assert str(caught.value) == ("form.csv: line 1: no column for Name: 'Your name', 'Emergency contact name' could "
                                 "each be it; name the one to read 'Name'")  # fmt: skip
    [row] = read_people_rows(data.replace(b"Your name", b"Name"), "form.csv").rows  # (as the message says)
    assert (row.name, row.phone) == ("Ana", "")  # (the phone stays unread: two questions ask one)


def test_what_an_import_says_of_the_columns_is_one_line_whatever_the_headers():
    """Headers are the file's: braces, markup, line breaks and a long question are said as
    text, short, on one line; past eight columns not read, how many more."""
    long_question = "If you can, tell us about any experience you have with press, rallies or pickets"
    questions = [f"Q{n}" for n in range(1, 8)]
    header = ["Name", "{phone}", "{0} {x}", "<b>Notes</b>", "Line\nbreak", long_question, *questions]
    data = ",".join(f'"{h}"' for h in header) + "\n" + ",".join(["Ana"] + ["x"] * (len(header) - 1)) + "\n"
    imported = read_people_rows(data.encode(), "form.csv")
    said = str(imported.columns)
    assert said == ("Columns read: Name ('Name'); Phone ('{phone}'). Not read: '{0} {x}', '<b>Notes</b>', "
                    "'Line break', 'If you can, tell us about any experienc…', 'Q1', 'Q2', 'Q3', 'Q4' and 3 "
                    "more.")  # fmt: skip
    unnamed = read_people_rows(b"Name,,Phone\nAna,x,555 0100,extra\n", "sheet.csv")
    assert str(unnamed.columns) == "Columns read: Name ('Name'); Phone ('Phone'). Not read: column 2, column 4."


def test_a_row_added_beside_someone_listed_under_that_name_is_said(example_plan):
    """A volunteer who signs up again from a personal address is someone new to the merge
    (the address decides: two people can share a name), but the organizer is told who is
    listed already, before anything is added, rather than finding two Luis Hernández later."""
    data = ("Name,E-mail\nluis  HERNÁNDEZ,luis.h@personal.example\nRosa Díaz,rosa@example.org\n"
            "Luis Hernández,luis.hernandez@example.org\n").encode()  # fmt: skip
    result = merge_people_rows(example_plan.people, read_people_rows(data, "p.csv").rows, ids())
    assert (result.added, result.updated) == ([2, 3], [])
    assert {line: str(said) for line, said in result.namesakes.items()} == {
        2: "Luis Hernández is listed already, with luis.hernandez@example.org: the same person?"
    }  # (line 4 is that Luis, by his address: unchanged, nothing to say)
    assert result.unchanged == [4]


def test_a_sheet_saved_by_excel_on_windows_or_as_unicode_text_is_read():
    """Excel's plain "CSV" on Windows is Windows-1252 and its "Unicode Text" UTF-16 with
    tabs: both were refused as "not UTF-8". Accented names are read, and the Windows
    reading is said where the names are checked; a byte that is no letter still refuses."""
    sheet = "Name,E-mail,¿Idiomas?\nRosa Díaz,rosa@example.org,Español\nJürgen Núñez,jn@example.org,\n"
    windows = read_people_rows(sheet.encode("cp1252"), "voluntarios.csv")
    assert [(r.name, r.languages) for r in windows.rows] == [("Rosa Díaz", "Español"), ("Jürgen Núñez", "")]
    said = str(windows.columns)
    assert said == ("Read as Windows text (Windows-1252), not UTF-8: check the accents in the names. Columns read: "
                    "Name ('Name'); E-mail ('E-mail'); Languages ('¿Idiomas?').")  # fmt: skip
    unicode_text = read_people_rows(sheet.replace(",", "\t").encode("utf-16"), "voluntarios.txt")
    assert [(r.name, r.email) for r in unicode_text.rows] == [("Rosa Díaz", "rosa@example.org"),
                                                               ("Jürgen Núñez", "jn@example.org")]  # fmt: skip
    assert "Windows" not in str(unicode_text.columns)


def test_a_volunteer_sheets_role_column_is_what_they_do_not_a_reason_to_refuse_them(example_plan):
    """ "Role: Marshal" in a volunteer sheet refused every volunteer ("speaker role 'Marshal'
    is not striker, …"): a speaker's role is a spokesperson's. A volunteer's is kept as their
    title where the row has none; a spokesperson's unknown role is still refused."""
    data = ("Name,Email,Kind,Role,Title\nRosa Díaz,rosa@example.org,,Safety  marshal,\n"
            "Luis Ortega,luis.o@example.org,volunteer,Check-in,Nurse\nAna Vega,ana@example.org,spokesperson,Marshal,\n"
            "Sam Lee,sam@example.org,,striker,\n").encode()  # fmt: skip
    result = merge_people_rows(example_plan.people, read_people_rows(data, "volunteers.csv").rows, ids())
    assert [(line, str(why)) for line, why in result.problems] == [
        (4, "speaker role 'Marshal' is not striker, clinician, union officer or other")
    ]
    added = {p.name: (p.kind, p.title, p.speaker_role) for p in result.records[len(example_plan.people) :]}
    assert added == {
        "Rosa Díaz": (PersonKind.VOLUNTEER, "Safety marshal", SpeakerRole.OTHER),
        "Luis Ortega": (PersonKind.VOLUNTEER, "Nurse", SpeakerRole.OTHER),  # (the row's own title kept)
        "Sam Lee": (PersonKind.VOLUNTEER, "", SpeakerRole.STRIKER),
    }


def test_a_form_sent_twice_adds_the_person_once_with_the_later_answers(example_plan):
    """Two rows with one address (a volunteer who sent the form again to fix a phone): one
    person, with the later row's values, and the later row said as the same person as the
    first — not "updates the person already listed", since no one was listed before."""
    data = ("Name,Email,Phone\nRosa Diaz,rosa@example.org,555 0100\nLuis Ortega,luis.o@example.org,\n"
            "Rosa Díaz,ROSA@example.org,555 0199\n").encode()  # fmt: skip
    result = merge_people_rows(example_plan.people, read_people_rows(data, "form.csv").rows, ids())
    assert (result.added, result.updated, result.unchanged, result.repeats) == ([2, 3], [], [], {4: 2})
    rosa = result.records[len(example_plan.people)]
    assert (rosa.name, rosa.email, rosa.phone) == ("Rosa Díaz", "ROSA@example.org", "555 0199")
    assert result.named(result.added) == ["Rosa Díaz", "Luis Ortega"]
    assert len(result.records) == len(example_plan.people) + 2


def test_an_address_copied_from_a_link_is_taken_and_two_in_a_cell_are_said_as_two(example_plan):
    """ "mailto:a@…" (a web page's link copied) was "not an e-mail address"; two addresses in
    a cell were too, which reads as a typo. The first is taken; the second is refused
    saying what is wrong with it."""
    data = b"Name,Email\nA One,MAILTO:a@example.org\nC Three,c@example.org; c2@example.org\n"
    result = merge_people_rows(example_plan.people, read_people_rows(data, "p.csv").rows, ids())
    assert result.added == [2] and result.records[-1].email == "a@example.org"
    assert [(line, str(why)) for line, why in result.problems] == [
        (3, "'c@example.org; c2@example.org': two addresses; give one")
    ]
