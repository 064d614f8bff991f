"""E-mail addresses: what is taken, and how a domain in another script travels."""

from __future__ import annotations

import pytest

from planner.domain.press import address_key, email_problem, mail_address, stored_email_problem


@pytest.mark.parametrize(
    ("typed", "sent"),
    [
        ("ana@example.org", "ana@example.org"),
        ("ana@exämple.org", "ana@xn--exmple-cua.org"),
        ("prensa@periódico.mx", "prensa@xn--peridico-y3a.mx"),
        ("Ana.Ruiz@EXÄMPLE.org", "Ana.Ruiz@xn--exmple-cua.org"),  # (a domain has no case; the part before @ may)
        ("redakcja@gazeta.pl", "redakcja@gazeta.pl"),
        ("press@пример.рф", "press@xn--e1afmkfd.xn--p1ai"),
        ("ana@xn--strae-oqa.de", "ana@xn--strae-oqa.de"),
        # Where IDNA 2003 (Python's own codec) and IDNA 2008 part: the second, as mail programs
        # and registries write them today (2003 gave strasse.de and xn--hxarsa5b.gr).
        ("ana@straße.de", "ana@xn--strae-oqa.de"),
        ("info@ελλάς.gr", "info@xn--hxarsa0b.gr"),
        # What IDNA 2008 takes only where it belongs (2003 wrote or dropped each anywhere): a
        # middle dot between two l (Catalan), a zero-width non-joiner inside a Persian word.
        ("premsa@col·legi.cat", "premsa@xn--collegi-xma.cat"),
        ("info@نامه\u200cای.ir", "info@xn--mgba3gch31f060k.ir"),
        # UTS #46's mapping, as browsers and mail programs read what is typed: another script's
        # full stop is a dot, a soft hyphen (pasted from hyphenated text) is nothing.
        ("ana@exämple\u3002org", "ana@xn--exmple-cua.org"),
        ("ana@exä\u00admple.org", "ana@xn--exmple-cua.org"),
    ],
)
def test_a_domain_in_another_script_is_sent_in_its_ascii_form(typed, sent):
    assert mail_address(typed) == sent


@pytest.mark.parametrize("address", ["ana@exämple.org", "prensa@periódico.mx", "info@ñandú.com.ar",
                                     "press@пример.рф", "ana@xn--strae-oqa.de", "ana@bücher.xn--p1ai",
                                     "ana@straße.de", "premsa@col·legi.cat", "info@نامه\u200cای.ir"])  # fmt: skip
def test_an_address_whose_domain_is_in_another_script_is_taken(address):
    assert email_problem(address) is None


@pytest.mark.parametrize(
    ("address", "said"),
    [
        ("ana@ex☃.org", "'ana@ex☃.org' is not an e-mail address"),  # (IDNA 2003 wrote symbols; no registry does)
        ("ana@ex ämple.org", "'ana@ex ämple.org' is not an e-mail address"),
        ("ana@\u0301exämple.org", "is not an e-mail address"),  # (an accent on nothing: IDNA 2003 wrote it)
        ("ana@exämple.\u0301org", "is not an e-mail address"),
        ("ana@-exämple.org", "is not an e-mail address"),  # (hyphens where IDNA 2008 takes none)
        ("ana@exämple-.org", "is not an e-mail address"),
        ("ana@ex--ämple.org", "is not an e-mail address"),
        ("ana@ex..ämple.org", "'ana@ex..ämple.org' is not an e-mail address"),
        ("ana@exämple_x.org", "is not an e-mail address"),
        ("ana@exämple.org.", "is not an e-mail address"),
        ("ana@" + "ä" * 70 + ".org", "is not an e-mail address"),  # (a label over 63 letters)
        ("ana@" + "ä" * 60 + "." + "b" * 200 + ".org", "is not an e-mail address"),  # (a domain over 253)
        # IDNA 2008's rules for right-to-left labels (RFC 5893) and its letters allowed only in
        # context (RFC 5892), which IDNA 2003 lacked: each address below, 2003 wrote.
        ("ana@a\u05d0.com", "is not an e-mail address"),  # (Hebrew after a Latin letter)
        ("ana@\u05d0a1.com", "is not an e-mail address"),  # (a Latin letter in a Hebrew label)
        ("ana@a\u200db.com", "is not an e-mail address"),  # (a zero-width joiner between Latin letters)
        ("ana@ab\u00b7c.cat", "is not an e-mail address"),  # (a middle dot not between two l)
        ("ana@ex\u0660\u06f0.com", "is not an e-mail address"),  # (two kinds of Arabic digit)
        ("xn--xn@xn--ex-8xd09c.com", "is not an e-mail address"),  # (the same, in its ASCII form)
        # The part before the @ in another script: few mail servers take it (SMTPUTF8), so
        # it is said as such, not as a mistyped address.
        ("пресса@пример.рф", "'пресса@пример.рф': mail servers take no accents or other scripts before the @"),
        ("josé@ejemplo.org", "'josé@ejemplo.org': mail servers take no accents or other scripts before the @"),
        ("jo sé@ejemplo.org", "'jo sé@ejemplo.org' is not an e-mail address"),  # (and a space: not an address at all)
        ("ana@exämple.org>, x@evil.org", "is not an e-mail address"),
    ],
)
def test_what_cannot_be_sent_as_typed_is_said(address, said):
    assert said in str(email_problem(address))


def test_one_mailbox_in_either_form_is_one_address_everywhere_addresses_are_matched():
    """ana@exämple.org and ANA@xn--exmple-cua.org: the press list refuses the second, a press or
    people spreadsheet updates the one listed, and what was sent to one counts for the other."""
    from datetime import UTC, datetime

    from planner.domain.ledger import SentMessage, ledger_key
    from planner.domain.model import Journalist, JournalistId, Person, PersonId, PersonKind
    from planner.domain.people import PersonRow, merge_people_rows
    from planner.domain.press import PressRow, journalist_problem, merge_press_rows
    from planner.domain.records import Records

    typed, ascii_form = "ana@exämple.org", "ANA@xn--exmple-cua.org"
    assert address_key(typed) == address_key(ascii_form) == "ana@xn--exmple-cua.org"
    ana = Journalist(JournalistId("ana"), "Ana", typed)
    twin = Journalist(JournalistId("twin"), "Ana N.", ascii_form)
    assert str(journalist_problem(twin, (ana,))) == f"{ascii_form} is on the press list already, as Ana"
    press = merge_press_rows((ana,), [PressRow(2, "Ana Núñez", ascii_form, "La Voz", "")], lambda: "new")
    assert (press.added, press.updated) == ([], [2]) and [j.id for j in press.records] == ["ana"]
    person = Person(PersonId("p"), "Ana", PersonKind.VOLUNTEER, email=typed)
    people = merge_people_rows((person,), [PersonRow(2, "Ana", email=ascii_form, phone="555")], lambda: "new")
    assert (people.added, people.updated) == ([], [2])
    at = datetime(2025, 4, 1, tzinfo=UTC)
    sent = SentMessage(typed, "uid-1", "REQUEST", 0, "", "f", 0, at)
    records = Records().with_failure(ascii_form, "uid-1", at, "421").with_sent(sent)
    assert ledger_key(ascii_form, "uid-1") in records.sent and not records.failures


@pytest.mark.parametrize(
    ("address", "taken"),
    [
        ("ana@ex\u0660\u06f0.com", True),  # (IDNA 2003 took these; 2008 does not: a plan holding one opens)
        ("ana@xn--ex-8xd09c.com", True),
        ("ana@a\u05d0.com", True),
        ("ana@sindicato\u0640.org", True),
        ("ana@exämple.org", True),
        ("ana@ex☃.org", False),  # (no version took these)
        ("ana@ex ämple.org", False),
        ("ana@ex..ämple.org", False),
        ("ana@localhost", False),
        ("ana@exämple.org>, x@evil.org", False),
        ("ana@exämple.org\r\nBcc: x@evil.org", False),
        ("пресса@пример.рф", False),
        ("", False),
    ],
)
def test_a_plan_read_back_takes_every_address_earlier_versions_took(address, taken):
    """email_problem refuses the first four (IDNA 2008); a plan file that holds one was saved
    by a version that took it, and must still open (stored_email_problem)."""
    assert (stored_email_problem(address) is None) == taken
    assert email_problem(address) is not None or taken
