"""E-mail addresses: what is taken, and how a domain in another script travels."""

from __future__ import annotations

import idna
import pytest

from planner.domain.press import address_key, email_problem, mail_address


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
    ],
)
def test_a_domain_in_another_script_is_sent_in_its_ascii_form(typed, sent):
    assert mail_address(typed) == sent


@pytest.mark.parametrize("address", ["ana@exämple.org", "prensa@periódico.mx", "info@ñandú.com.ar",
                                     "press@пример.рф", "ana@xn--strae-oqa.de", "ana@bücher.xn--p1ai"])  # fmt: skip
def test_an_address_whose_domain_is_in_another_script_is_taken(address):
    assert email_problem(address) is None


@pytest.mark.parametrize(
    ("address", "said"),
    [
        ("ana@ex☃.org", "'ana@ex☃.org' is not an e-mail address"),  # (IDNA 2003 wrote symbols; no registry does)
        ("ana@ex ämple.org", "'ana@ex ämple.org' is not an e-mail address"),
        ("ana@exa\u3002mple.org", "is not an e-mail address"),  # (a full stop of another script)
        ("ana@ex\u00admple.org", "is not an e-mail address"),  # (a soft hyphen: IDNA 2003 dropped it)
        ("ana@\u0301exämple.org", "is not an e-mail address"),  # (an accent on nothing: IDNA 2003 wrote it)
        ("ana@exämple.\u0301org", "is not an e-mail address"),
        ("ana@-exämple.org", "is not an e-mail address"),  # (hyphens where IDNA 2008 takes none)
        ("ana@exämple-.org", "is not an e-mail address"),
        ("ana@ex--ämple.org", "is not an e-mail address"),
        ("ana@ex..ämple.org", "'ana@ex..ämple.org' is not an e-mail address"),
        ("ana@" + "ä" * 70 + ".org", "is not an e-mail address"),  # (a label over 63 letters)
        ("пресса@пример.рф", "'пресса@пример.рф' is not an e-mail address"),
        ("ana@exämple.org>, x@evil.org", "is not an e-mail address"),
        ("ana@straße.de", "'ana@straße.de': mail servers read a domain with ß or ς two ways; write it in its xn--"),
    ],
)
def test_what_cannot_be_sent_as_typed_is_said(address, said):
    assert said in str(email_problem(address))


@pytest.mark.parametrize("domain", ["exämple.org", "periódico.mx", "ñandú.com.ar", "пример.рф", "例え.jp",
                                    "bücher.de", "EXÄMPLE.org", "sindicáto.org", "xn--strae-oqa.de",
                                    "perio\u0301dico.mx", "हिन्दी.भारत"])  # fmt: skip
def test_the_ascii_form_is_the_one_idna_2008_gives(domain):
    """Python's codec writes IDNA 2003; for every domain it takes (ß and ς aside: refused)
    that is the form IDNA 2008 gives, as the idna package, apart from ours, says."""
    assert email_problem(f"ana@{domain}") is None
    assert mail_address(f"ana@{domain}") == "ana@" + idna.encode(domain, uts46=True).decode("ascii")


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
