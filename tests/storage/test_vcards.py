"""Contacts from an address book's cards (.vcf), as Apple Contacts, Google Contacts and Outlook
export them: the press list and the people, read as a spreadsheet's rows are."""

from __future__ import annotations

import pytest

from planner.domain.people import merge_people_rows
from planner.domain.press import merge_press_rows
from planner.storage import PlanFormatError
from planner.storage.contacts import read_people_list, read_press_list

# macOS Contacts: vCard 3.0, grouped properties (item1.), the preferred address not first, a
# photo folded over lines.
APPLE = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//macOS 14.5//EN\r\nN:Goldberg;Maya;;;\r\n"
    "FN:Maya Goldberg\r\nORG:LA Daily;Metro desk;\r\nTITLE:Reporter\r\n"
    "item1.EMAIL;type=INTERNET:maya@home.example\r\nitem1.X-ABLabel:_$!<Home>!$_\r\n"
    "EMAIL;type=INTERNET;type=WORK;type=pref:maya@ladaily.example\r\n"
    "TEL;type=CELL;type=VOICE;type=pref:+1 213 555 0100\r\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0a\r\n"
    " HBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIy\r\n"
    "X-ABUID:5E4C2F0A-0000-4000-8000-000000000001:ABPerson\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Aguilar;Luis;Alberto;;\r\nEMAIL;type=INTERNET:luis@lavoz.example\r\n"
    "ORG:La Voz;\r\nEND:VCARD\r\n"
)
# Outlook: vCard 2.1, quoted-printable UTF-8, PREF as a bare parameter.
OUTLOOK = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN;LANGUAGE=es;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:P=C3=A9rez;Jos=C3=A9\r\n"
    "FN;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:Jos=C3=A9 P=C3=A9rez\r\n"
    "ORG;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:La Opini=C3=B3n\r\n"
    "EMAIL;INTERNET:jose.perez@home.example\r\nEMAIL;PREF;INTERNET:jose.perez@laopinion.example\r\n"
    "TEL;CELL;VOICE:+1 323 555 0142\r\nEND:VCARD\r\n"
)
# vCard 4.0 (Nextcloud's, Thunderbird's): PREF=1 after PREF=2, a language tag, a tel: URI.
V4 = (
    "BEGIN:VCARD\nVERSION:4.0\nFN:Ana Ruiz\nN:Ruiz;Ana;;;\nEMAIL;TYPE=home:ana@home.example\n"
    "EMAIL;PREF=2;TYPE=home:ana@second.example\nEMAIL;PREF=1;TYPE=work:ana.ruiz@telemundo.example\n"
    "LANG:es-MX\nORG:Telemundo 52\nTITLE:Producer\nTEL;VALUE=uri;TYPE=cell:tel:+1-213-555-0111\nEND:VCARD\n"
)


def test_each_card_is_a_press_row_with_its_preferred_address_and_its_organization():
    rows = read_press_list((APPLE + OUTLOOK + V4).encode(), "contacts.vcf").rows
    assert [(r.line, r.name, r.email, r.outlet, r.language) for r in rows] == [
        (1, "Maya Goldberg", "maya@ladaily.example", "LA Daily", ""),
        (16, "Luis Alberto Aguilar", "luis@lavoz.example", "La Voz", ""),  # (no FN: its N)
        (22, "José Pérez", "jose.perez@laopinion.example", "La Opinión", ""),
        (31, "Ana Ruiz", "ana.ruiz@telemundo.example", "Telemundo 52", "es"),  # (es-MX: Spanish)
    ]
    merged = merge_press_rows((), rows, iter(range(10)).__next__, "en")
    assert merged.added == [1, 16, 22, 31] and not merged.problems
    assert [j.language for j in merged.records] == ["en", "en", "en", "es"]


def test_each_card_is_a_person_with_their_phone_and_title():
    rows = read_people_list((APPLE + V4).encode("utf-8-sig"), "contacts.vcf").rows
    assert [(r.line, r.name, r.email, r.phone, r.title) for r in rows] == [
        (1, "Maya Goldberg", "maya@ladaily.example", "+1 213 555 0100", "Reporter"),
        (16, "Luis Alberto Aguilar", "luis@lavoz.example", "", ""),
        (22, "Ana Ruiz", "ana.ruiz@telemundo.example", "+1-213-555-0111", "Producer"),
    ]
    merged = merge_people_rows((), rows, iter(range(10)).__next__)
    assert merged.added == [1, 16, 22] and not merged.problems
    assert [p.languages for p in merged.records] == [(), (), ("Spanish",)]  # (es-MX: by the name the plan uses)


def test_a_persons_languages_are_read_from_the_card_the_preferred_first():
    """vCard 4 gives a language per LANG, ranked by PREF: each is a language the volunteer
    speaks, for the windows that ask for it. The press list takes the preferred one."""
    card = ("BEGIN:VCARD\nVERSION:4.0\nFN:Rosa Díaz\nEMAIL:rosa@example.org\nLANG;PREF=2:en-US\n"
            "LANG;PREF=1:es-MX\nLANG:ta\nLANG;PREF=3:es\nEND:VCARD\n").encode()  # fmt: skip
    [row] = read_people_list(card, "rosa.vcf").rows
    assert row.languages == "Spanish; English; ta"
    [rosa] = merge_people_rows((), [row], lambda: "p1").records
    assert rosa.languages == ("Spanish", "English", "ta")
    assert read_press_list(card, "rosa.vcf").rows[0].language == "es"


def _android_quoted(text: str) -> str:
    """As Android's contacts export writes a value: every byte =XX, lines of at most 76
    characters ending in a soft break ("="), the next line starting at its first column."""
    hexed = "".join(f"={byte:02X}" for byte in text.encode())
    chunks = [hexed[i : i + 72] for i in range(0, len(hexed), 72)]
    return "=\r\n".join(chunks)


def test_an_android_or_outlook_card_whose_quoted_printable_name_goes_on_over_lines_is_read():
    """vCard 2.1 (Android's export, Outlook's): a name with accents, quoted-printable, long
    enough to go on over a second line; vobject alone takes each line after the first for a
    property of its own, and refused the file."""
    name = "María José Hernández de la Fuente"
    card = ("BEGIN:VCARD\r\nVERSION:2.1\r\n"
            f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_android_quoted('Hernández de la Fuente;María José;;;')}\r\n"
            f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_android_quoted(name)}\r\n"
            "TEL;CELL:+13235550142\r\nEMAIL;HOME:maria@example.org\r\n"
            "ORG;CHARSET=UTF-8;QUOTED-PRINTABLE:La Opini=C3=B3n\r\nEND:VCARD\r\n")  # fmt: skip
    assert card.count("\r\n") == 10  # (eight lines, N and FN each going on over a second)
    [row] = read_press_list((card + OUTLOOK).encode(), "contacts.vcf").rows[:1]
    assert (row.line, row.name, row.email, row.outlet) == (1, name, "maria@example.org", "La Opinión")
    people = read_people_list((card + OUTLOOK).encode(), "contacts.vcf").rows
    assert [r.line for r in people] == [1, card.count("\n") + 1]
    folded = card.replace("=\r\n", "=\r\n ")  # (a writer that folds the next line too, with a space)
    assert read_press_list(folded.encode(), "contacts.vcf").rows[0].name == name


def test_a_card_with_no_address_is_a_row_not_added_and_said_why():
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kim Nguyen\r\nTEL:+1 213 555 0199\r\nEND:VCARD\r\n"
    rows = read_press_list((card + OUTLOOK).encode(), "contacts.vcf").rows
    merged = merge_press_rows((), rows, iter(range(10)).__next__, "en")
    assert merged.added == [6] and [(line, str(why)) for line, why in merged.problems] == [(1, "no e-mail address")]


def test_a_card_holding_an_assistants_card_is_one_row_and_the_next_keeps_its_own_line():
    """vCard 2.1's AGENT puts an assistant's whole card inside the person's: its BEGIN line was
    counted as a card of the file's, and every card after it said a line before its own."""
    agent = ("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Maya Goldberg\r\nAGENT:\r\nBEGIN:VCARD\r\nVERSION:2.1\r\n"
             "FN:Assistant\r\nEND:VCARD\r\nEND:VCARD\r\n")  # fmt: skip
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kim Nguyen\r\nTEL:+1 213 555 0199\r\nEND:VCARD\r\n"
    rows = read_press_list((agent + card).encode(), "contacts.vcf").rows
    assert [(row.line, row.name) for row in rows] == [(1, "Maya Goldberg"), (10, "Kim Nguyen")]


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Maya\r\n", r"^c\.vcf: line 1: a card that cannot be read \(.*never closed"),
        (OUTLOOK.encode() + b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Luis\r\nEND:VCALENDAR\r\n",
         r"^c\.vcf: line 10: a card that cannot be read"),  # (the second card's line)
        (b"BEGIN:VCARD\r\nFN:Jos\xe9\r\nEND:VCARD\r\n", r"^c\.vcf: not UTF-8 text \(byte 19\); export the cards again"),
        (b"BEGIN:VCARD\r\n", r"^c\.vcf: line 1: a card that cannot be read"),
        (b"BEGIN:VCARD\r\n" * 5000 + b"END:VCARD\r\n" * 5000, r"^c\.vcf: line 1: a card that cannot be read"),
    ],
)  # fmt: skip
def test_cards_that_cannot_be_read_say_what_and_where(data, said):
    with pytest.raises(PlanFormatError, match=said):
        read_press_list(data, "c.vcf")


def test_a_spreadsheet_is_still_read_as_one():
    """What the file holds decides, not its name: a .vcf holding a spreadsheet is one."""
    [row] = read_press_list(b"name,email\nMaya Goldberg,maya@ladaily.example\n", "contacts.vcf").rows
    assert (row.line, row.name, row.email) == (2, "Maya Goldberg", "maya@ladaily.example")
