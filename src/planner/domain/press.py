"""The press list: who may be invited (names and addresses that can go into an e-mail, a
journalist's and anyone else's the plan e-mails) and the list merged from a spreadsheet."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from planner.domain.languages import language_code
from planner.domain.merging import Merge, merge_rows, with_namesakes
from planner.domain.model import Contact, Journalist, JournalistId, Person
from planner.domain.plain_text import blank
from planner.words import Text, quoted, tr

LANGUAGES = ("en", "es")  # languages we write invitations in

_LOCAL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$")  # (the part before the @, as _EMAIL's)
# Deliberately strict: one @, no spaces, quotes, angle brackets or line breaks. A looser
# address is more likely a spreadsheet mistake than a real mailbox, and it must never be
# able to smuggle a header into an e-mail.
_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)


def email_problem(address: str) -> Text | None:
    """Why an e-mail address cannot be used, or None. Its domain may be in any script
    (mail_address); the part before the @ is ASCII, as every mail server takes it."""
    if not address:
        return tr("no e-mail address")
    if any(c in address for c in "\r\n"):
        return tr("the e-mail address contains a line break")
    local, at, domain = address.rpartition("@")
    if at and not local.isascii() and not any(c.isspace() or c in '"<>,;:\\()[]@' for c in local):
        # (josé@ejemplo.org: an accent where few mail servers take one, not a mistyped address)
        return tr("{address}: mail servers take no accents or other scripts before the @", address=quoted(address))
    if not _EMAIL.match(mail_address(address)) or _ascii_domain(domain) is None:
        parts = [part for part in re.split(r"[,;\s]+", address) if part]
        if len(parts) > 1 and not any(map(email_problem, parts)):  # (a cell or a field given two, or more)
            return tr("{address}: two addresses; give one", address=quoted(address))
        return tr("{address} is not an e-mail address", address=quoted(address))
    return None


def stored_email_problem(address: str) -> Text | None:
    """email_problem for an address read back from a plan (the file, JSON, a teammate's copy).
    It also takes one that earlier versions took and IDNA 2008 refuses (their rules for a
    domain in another script were IDNA 2003's): an ASCII part before the @, then two or more
    labels of letters, marks and digits of any script and hyphens — nothing that could reach
    a header. Such a plan still opens; the messages to that address say why they cannot go
    (publish/mail.py asks email_problem)."""
    problem = email_problem(address)
    if problem is None or any(c in address for c in "\r\n"):
        return problem
    local, _at, domain = address.rpartition("@")
    labels = domain.split(".")
    if (
        _LOCAL.match(local)
        and len(labels) > 1
        and all(label and all(_letter_or_hyphen(c) for c in label) for label in labels)
    ):
        return None
    return problem


def _letter_or_hyphen(char: str) -> bool:
    return char == "-" or unicodedata.category(char)[0] in "LMN"


def optional_stored_email_problem(address: str) -> Text | None:
    """stored_email_problem for a field that may be left empty."""
    return stored_email_problem(address) if address else None


def address_key(address: str) -> str:
    """What tells two e-mail addresses one mailbox: in any case, its domain in either form
    (ana@exämple.org, ANA@xn--exmple-cua.org). The press list, the people's rows, the
    record of messages sent and the team's claims all go by it."""
    return mail_address(address).casefold()


def mail_address(address: str) -> str:
    """The address as e-mails and invitations carry it: a domain in another script in its
    ASCII form, "ana@exämple.org" -> "ana@xn--exmple-cua.org". Shown to people as typed;
    returned as typed where the domain cannot be written (email_problem refuses it)."""
    local, at, domain = address.rpartition("@")
    if not at or domain.isascii():
        return address
    written = _ascii_domain(domain)
    return address if written is None else f"{local}@{written}"


def _ascii_domain(domain: str) -> str | None:
    """The domain as IDNA 2008 writes it, with UTS #46's mapping as mail programs and
    browsers apply it ("straße.de" is xn--strae-oqa.de; Python's own codec, IDNA 2003, gives
    strasse.de); None where IDNA 2008 refuses it: a symbol, a hyphen or an accent out of
    place, right-to-left and left-to-right letters in one label, an xn-- label that decodes
    to any of these. A plain ASCII domain is as typed (_EMAIL checks it)."""
    if domain.isascii() and "xn--" not in domain.lower():
        return domain
    if len(domain) > 1000:  # (far over the 253 any domain has: not kept in _idna's cache)
        return None
    return _idna(domain)


@lru_cache(maxsize=4096)  # (a campaign's people and press list ask for the same few domains again and again)
def _idna(domain: str) -> str | None:
    import idna  # (here: such a domain is rare, and the start need not load it)

    try:
        return idna.encode(domain, uts46=True, std3_rules=True).decode("ascii")
    except (idna.IDNAError, UnicodeError):
        return None


def contact_problem(contact: Contact) -> tuple[str, Text] | None:
    """The first field of a press contact that cannot go into an e-mail, and why; or None.
    The contact is the organizer of every invitation and is named in every message."""
    checks = (("name", name_problem(contact.name)), ("email", optional_email_problem(contact.email)),
              ("phone", name_problem(contact.phone)))  # fmt: skip
    return next(((field, problem) for field, problem in checks if problem), None)


def optional_email_problem(address: str) -> Text | None:
    """email_problem for a field that may be left empty."""
    return email_problem(address) if address else None


def name_problem(name: str) -> Text | None:
    if any(c in name for c in "\r\n\x00"):
        return tr("the name contains a line break")
    return None


def person_problem(person: Person) -> Text | None:
    """Why the person cannot be listed as they are, or None: a name, on one line, and an
    e-mail address, if any, that their schedule can be sent to (the person editor and a people
    import take the same rules)."""
    if blank(person.name):
        return tr("A person needs a name")
    if problem := name_problem(person.name) or optional_email_problem(person.email):
        return problem
    if any(c in person.phone for c in "\r\n\x00"):
        return tr("the phone number contains a line break")
    return None


def journalist_problem(journalist: Journalist, listed: Iterable[Journalist]) -> Text | None:
    """Why the journalist cannot be on the press list beside `listed` (the list as it is), or
    None: a name and an address that can go into an e-mail, an address (any case) no one else
    on the list has — each is invited once, and the plan file's reader takes no list with two."""
    if blank(journalist.name):
        return tr("A name is needed.")
    if problem := name_problem(journalist.name) or email_problem(journalist.email):
        return problem
    address = address_key(journalist.email)
    other = next((j for j in listed if address_key(j.email) == address and j.id != journalist.id), None)
    if other is not None:
        return tr("{email} is on the press list already, as {name}", email=journalist.email, name=other.name)
    return None


@dataclass(frozen=True)
class PressRow:
    line: int
    name: str
    email: str
    outlet: str
    language: str


PressImport = Merge[Journalist]


def merge_press_rows(
    current: tuple[Journalist, ...], rows: Iterable[PressRow], new_id: Callable[[], str], language: str = "en"
) -> PressImport:
    """Add the good rows to the press list. Someone already listed (same e-mail, any case)
    is updated, not duplicated; a later row for the same e-mail wins. A row that names no
    language keeps the one listed, else is in `language` (the plan's)."""

    def build(row: PressRow, before: Journalist | None) -> Journalist | Text:
        unsaid = before.language if before else language
        written = language_code(row.language) if row.language.strip() else unsaid
        problem = (
            (tr("no name") if not row.name else None)  # (a line break in it: a space, merge_rows)
            or email_problem(row.email)
            or (
                tr("language {language} is not English or Spanish", language=quoted(row.language))
                if written is None
                else None
            )
        )
        if problem:
            return problem
        outlet = row.outlet or (before.outlet if before else "")
        journalist_id = before.id if before else JournalistId(new_id())
        return Journalist(journalist_id, row.name, row.email, outlet, written or unsaid)

    merged = merge_rows(current, rows, lambda j: [address_key(j.email)], build, lambda r: [address_key(r.email)])
    return with_namesakes(merged, current, lambda j: j.name, lambda j: j.email)
