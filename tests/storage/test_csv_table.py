"""Press lists from spreadsheets, as Excel, LibreOffice and Google Sheets export them."""

from __future__ import annotations

import pytest

from planner.domain.model import Journalist, JournalistId
from planner.domain.press import merge_press_rows
from planner.storage import PlanFormatError
from planner.storage.csv_table import read_press_rows


def test_bom_semicolons_and_header_case_are_all_fine():
    data = "\ufeffNOMBRE;Correo;Medio;Idioma\nLuis Aguilar;luis@example.org;La Voz;español\n".encode()
    [row] = read_press_rows(data, "prensa.csv").rows
    assert (row.line, row.name, row.email, row.outlet, row.language) == (2, "Luis Aguilar", "luis@example.org",
                                                                          "La Voz", "español")  # fmt: skip


def test_commas_quotes_and_line_breaks_inside_cells():
    data = b'Name,E-mail,Outlet\n"Goldberg, Maya",maya@example.org,"The ""Daily""\nLA"\nSam,sam@example.org,\n'
    rows = read_press_rows(data, "press.csv").rows
    # A row is named by the line it starts on: Maya's cell runs on to line 3, her row is line 2.
    assert [(r.line, r.name, r.outlet) for r in rows] == [(2, "Goldberg, Maya", 'The "Daily"\nLA'), (4, "Sam", "")]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"name,outlet\nA,B\n", r"press\.csv: line 1: no column for E-mail"),
        (b"", r"press\.csv: the file is empty"),
        ("name,email\nD’az,j@example.org\n".encode("cp1252"), r"not UTF-8 text \(byte 12\)"),  # (not a letter)
    ],
)
def test_unreadable_files_say_what_and_where(data, message):
    with pytest.raises(PlanFormatError, match=message):
        read_press_rows(data, "press.csv")


@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_a_quote_never_closed_says_on_which_line_instead_of_swallowing_the_rest(separator):
    """Read as Python's csv reads it by default, the rest of the file would be one cell: one
    journalist named with every row after it, and nothing said."""
    rows = ["name,email", "Ana,ana@example.org", '"Luis Ortega,luis@example.org', "Sam,sam@example.org", ""]
    data = "\n".join(rows).replace(",", separator).encode()
    with pytest.raises(
        PlanFormatError, match=r'^press\.csv: line 3: a quote \("\) opens a cell on this line that is never closed$'
    ):
        read_press_rows(data, "press.csv")


def test_text_after_a_closing_quote_is_read_as_a_person_would():
    """No spreadsheet writes it, a hand may: the cell is the quoted text and what follows."""
    data = b'name,email,outlet\n"Goldberg" Maya,maya@example.org,"The Daily" LA\nSam,sam@example.org,\n'
    rows = read_press_rows(data, "press.csv").rows
    assert [(r.line, r.name, r.outlet) for r in rows] == [(2, "Goldberg Maya", "The Daily LA"), (3, "Sam", "")]


def test_merge_adds_updates_by_email_and_reports_bad_rows():
    current = (Journalist(JournalistId("j1"), "Maya G", "Maya@Example.org", "Daily"),)
    data = (
        b"name,email,outlet,language\n"
        b"Maya Goldberg,maya@example.org,,en\n"  # same person: updated, outlet kept
        b"Luis,luis@example.org,La Voz,Spanish\n"
        b"No Mail,,,\n"
        b"Bad,not-an-address,,\n"
        b"Odd,odd@example.org,,klingon\n"
        b"Luis A.,LUIS@example.org,,es\n"  # a second row for Luis: merged, the later one wins
    )
    ids = iter(["j2", "j3"])
    result = merge_press_rows(current, read_press_rows(data, "p.csv").rows, lambda: next(ids))
    assert [(j.id, j.name, j.email, j.outlet, j.language) for j in result.records] == [
        ("j1", "Maya Goldberg", "maya@example.org", "Daily", "en"),
        ("j2", "Luis A.", "LUIS@example.org", "La Voz", "es"),
    ]
    assert result.added == [3] and result.updated == [2] and result.repeats == {7: 3}
    assert [(line, str(why)) for line, why in result.problems] == [
        (4, "no e-mail address"),
        (5, "'not-an-address' is not an e-mail address"),
        (6, "language 'klingon' is not English or Spanish"),
    ]


def test_a_spreadsheet_far_bigger_than_any_list_of_people_is_refused(monkeypatch):
    from planner.storage import csv_table

    monkeypatch.setattr(csv_table, "MAX_CSV_BYTES", 1_000_000)
    with pytest.raises(PlanFormatError, match=r"press\.csv: 2 MB is far more than a list of people"):
        read_press_rows(b"name,email\n" + b"a,b@example.org\n" * 150_000, "press.csv")


def test_a_new_journalist_without_outlet_or_language_gets_none_and_english():
    sheet = read_press_rows(b"name,email\nAna,ana@example.org\n,nobody@example.org\n", "p.csv")
    result = merge_press_rows((), sheet.rows, lambda: "j1")
    [ana] = result.records
    assert (ana.outlet, ana.language) == ("", "en")
    assert [(line, str(why)) for line, why in result.problems] == [(3, "no name")]


def test_a_row_that_names_no_language_keeps_the_listed_one_and_a_new_one_is_in_the_plans():
    """A press list sent again without its language column: the journalists already listed
    keep the language of their invitations (a Spanish-language reporter is not switched to
    English), and those new to it get the plan's."""
    current = (Journalist(JournalistId("j1"), "Luis", "luis@example.org", "La Opinión", "es"),)
    rows = read_press_rows(b"name,email\nLuis Ortega,luis@example.org\nAna,ana@example.org\n", "p.csv").rows
    for plans, new in (("en", "en"), ("es", "es")):
        result = merge_press_rows(current, rows, lambda: "j2", plans)
        assert [(j.name, j.language) for j in result.records] == [("Luis Ortega", "es"), ("Ana", new)]


# Address books' own exports, as a press lead brings their contacts (headers as each writes them).
GOOGLE = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,"
    "Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,"
    "Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\n"
    "Maya,,Goldberg,,,,,,,,LA Daily,Reporter,,,,,* myContacts,* Work,maya@ladaily.example ::: maya@home.example,"
    "Mobile,+1 213 555 0100\n"
    "Luis,Alberto,Aguilar,,,,,,,,La Voz,,,,,,* myContacts,* Work,luis@lavoz.example,,\n"
)
GOOGLE_OLD = (
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Name Prefix,Notes,Group Membership,E-mail 1 - Type,"
    "E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Type,Organization 1 - Name\n"
    "Maya Goldberg (LA Daily),Maya,,Goldberg,,,,* My Contacts,* Work,maya@ladaily.example,,,,LA Daily\n"
    ",Luis,,Aguilar,,,,* My Contacts,* Work,luis@lavoz.example,,,,La Voz\n"
)
OUTLOOK = (
    "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,Business Street,Mobile Phone,"
    "E-mail Address,E-mail Type,E-mail Display Name\n"
    "Ms.,Maya,,Goldberg,,LA Daily,Metro,Reporter,,+1 213 555 0100,maya@ladaily.example,SMTP,Maya Goldberg\n"
    ",Luis,Alberto,Aguilar,,La Voz,,,,,luis@lavoz.example,SMTP,Luis Aguilar\n"
)
OUTLOOK_ES = (
    "Tratamiento,Nombre,Segundo nombre,Apellidos,Sufijo,Organización,Departamento,Puesto,"
    "Dirección de correo electrónico,Tipo de correo electrónico,Mostrar nombre de correo electrónico\n"
    ",Maya,,Goldberg,,LA Daily,,,maya@ladaily.example,SMTP,Maya Goldberg\n"
    ",Luis,Alberto,Aguilar,,La Voz,,,luis@lavoz.example,SMTP,Luis Aguilar\n"
)
LINKEDIN = (  # (LinkedIn's connections: a note above the header)
    'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n'
    "\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Maya,Goldberg,https://www.linkedin.example/in/maya,maya@ladaily.example,LA Daily,Reporter,07 Apr 2025\n"
    "Luis Alberto,Aguilar,https://www.linkedin.example/in/luis,luis@lavoz.example,La Voz,Editor,08 Apr 2025\n"
)


@pytest.mark.parametrize(
    ("export", "maya", "lines"),
    [
        (GOOGLE, "Maya Goldberg", [2, 3]),
        (GOOGLE_OLD, "Maya Goldberg (LA Daily)", [2, 3]),  # (a whole name, where there is one)
        (OUTLOOK, "Maya Goldberg", [2, 3]),
        (OUTLOOK_ES, "Maya Goldberg", [2, 3]),  # ("Nombre" beside "Apellidos" is the first name)
        (LINKEDIN, "Maya Goldberg", [5, 6]),
    ],
    ids=["google", "google-old", "outlook", "outlook-es", "linkedin"],
)
def test_a_press_list_exported_from_an_address_book_is_read_as_it_is(export, maya, lines):
    """Google Contacts, Outlook (in English and Spanish) and LinkedIn write the name in parts
    and the e-mail and outlet under their own headers; the press lead imports the file as
    exported, with no columns to rename. Google's several addresses of one label: the first."""
    rows = read_press_rows(export.encode(), "contacts.csv").rows
    luis = "Luis Aguilar" if export is GOOGLE_OLD else "Luis Alberto Aguilar"
    assert [(r.line, r.name, r.email, r.outlet) for r in rows] == [
        (lines[0], maya, "maya@ladaily.example", "LA Daily"),
        (lines[1], luis, "luis@lavoz.example", "La Voz"),
    ]
    merged = merge_press_rows((), rows, lambda: "new")
    assert merged.added == lines and not merged.problems


def test_a_title_above_the_header_is_passed_over_and_lines_are_the_files():
    data = "Press list: hunger strike, April 2025;;\n;;\nNombre;Correo;Medio\nLuis Aguilar;luis@lavoz.example;La Voz\n"
    [row] = read_press_rows(data.encode(), "prensa.csv").rows
    assert (row.line, row.name, row.email, row.outlet) == (4, "Luis Aguilar", "luis@lavoz.example", "La Voz")


def test_a_first_name_alone_is_the_name_a_sign_up_form_asks():
    """A sheet with "Nombre" and no last-name column: "Nombre" is the whole name, as before;
    a form that asks the first name alone gives that name, not 'no column for name'."""
    [row] = read_press_rows(b"Nombre;Correo\nLuis Aguilar;luis@lavoz.example\n", "prensa.csv").rows
    assert row.name == "Luis Aguilar"
    imported = read_press_rows(b"First Name,E-mail\nLuis,luis@lavoz.example\n", "contacts.csv")
    assert [(r.name, r.email) for r in imported.rows] == [("Luis", "luis@lavoz.example")]
    assert str(imported.columns) == "Columns read: Name ('First Name'); E-mail ('E-mail')."


def test_an_address_copied_from_an_e_mails_to_line_is_taken_with_its_name():
    """ "Ana Núñez <ana@…>" in the e-mail column, as an e-mail's To: line writes it: the
    address, and the name where the row has none; never a second address passing for one."""
    data = ('name,email,outlet\n,Ana Núñez <ana@lavoz.example>,La Voz\n'
            'Luis Aguilar,"""Aguilar, Luis"" <luis@lavoz.example>",\n,<kim@kpcc.example>,\n'
            'Eve,ana@lavoz.example <eve@evil.example>,\nMax,"Max <max@z.example>, Ben <ben@z.example>",\n')  # fmt: skip
    rows = read_press_rows(data.encode(), "press.csv").rows
    assert [(r.line, r.name, r.email) for r in rows] == [
        (2, "Ana Núñez", "ana@lavoz.example"),
        (3, "Luis Aguilar", "luis@lavoz.example"),  # (the row's own name kept)
        (4, "", "kim@kpcc.example"),
        (5, "Eve", "ana@lavoz.example <eve@evil.example>"),  # (refused next: not an e-mail address)
        (6, "Max", "Max <max@z.example>, Ben <ben@z.example>"),
    ]
    merged = merge_press_rows((), rows, iter(range(9)).__next__)
    assert merged.added == [2, 3] and [line for line, _why in merged.problems] == [4, 5, 6]


def test_a_hand_made_press_sheet_with_questions_for_headers_is_read_by_their_words():
    """ "Reporter name" and "Outlet name" both hold "name": the outlet's word decides which is
    which, as a press lead would read them."""
    data = (b"Reporter name,Outlet name,Reporter's e-mail,Preferred language for interviews\n"
            b"Kim Nguyen,KPCC,kim@kpcc.example,es\n")  # fmt: skip
    imported = read_press_rows(data, "press.csv")
    assert [(r.name, r.outlet, r.email, r.language) for r in imported.rows] == [
        ("Kim Nguyen", "KPCC", "kim@kpcc.example", "es")
    ]
    said = str(imported.columns)
    assert said == ("Columns read: Name ('Reporter name'); Outlet ('Outlet name'); E-mail (\"Reporter's e-mail\"); "
                    "Language ('Preferred language for interviews').")  # fmt: skip


def test_a_reporter_who_moved_outlets_is_added_and_said_to_be_listed_already(example_plan):
    maya = next(j for j in example_plan.journalists if j.name == "Maya Goldberg")
    data = b"Name,E-mail,Outlet\nMaya Goldberg,maya@kpcc.example,KPCC\n"
    result = merge_press_rows(example_plan.journalists, read_press_rows(data, "press.csv").rows, lambda: "new")
    assert result.added == [2]
    assert str(result.namesakes[2]) == f"Maya Goldberg is listed already, with {maya.email}: the same person?"
