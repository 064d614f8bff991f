"""Contacts from an address book's vCard export (.vcf: Apple Contacts, Google Contacts,
Outlook; vCard 2.1, 3.0 and 4.0), read with vobject, as the press list's or the people's
rows: one row per card, named by the line its card begins on, as a spreadsheet's row is."""

from __future__ import annotations

import binascii
import re
from collections.abc import Iterator
from typing import Any

from planner.domain.languages import language_code
from planner.domain.people import PersonRow
from planner.domain.press import PressRow
from planner.storage.errors import PlanFormatError
from planner.words import tr

_BEGIN = re.compile(r"^[ \t]*BEGIN[ \t]*:[ \t]*VCARD[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)
# A card's first and last lines; a card may hold another (vCard 2.1's AGENT: an assistant's card
# inside the person's), which is no card of the file's own.
_BEGIN_OR_END = re.compile(r"^[ \t]*(BEGIN|END)[ \t]*:[ \t]*VCARD[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)


def is_vcard(data: bytes) -> bool:
    """The file is an address book's cards, not a spreadsheet (what it holds, not its name)."""
    start = data.removeprefix(b"\xef\xbb\xbf").lstrip()[:64].decode("ascii", "replace")
    return _BEGIN.match(start.splitlines()[0] if start else "") is not None


def read_press_cards(data: bytes, source: str) -> list[PressRow]:
    """A press list from cards: the name (FN, else N), the preferred e-mail (else the first),
    the organization as the outlet, and the card's language if it is English or Spanish."""
    return [PressRow(line, _name(card), _preferred(card, "email"), _text(card, "org"), _language(card))
            for line, card in _cards(data, source)]  # fmt: skip


def read_people_cards(data: bytes, source: str) -> list[PersonRow]:
    """People from cards: the name, the preferred e-mail and phone, the job title, the
    languages."""
    return [PersonRow(line, _name(card), email=_preferred(card, "email"), phone=_phone(card),
                      title=_text(card, "title"), languages=_languages(card))
            for line, card in _cards(data, source)]  # fmt: skip


def _cards(data: bytes, source: str) -> Iterator[tuple[int, Any]]:
    """Each card, with the line it begins on. A card that cannot be read is said, with its
    line: the cards before it are not taken either (the import is all or nothing)."""
    import vobject  # (only when cards are imported: it brings dateutil and pytz)

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PlanFormatError(tr("{source}: not UTF-8 text (byte {byte}); export the cards again as vCard 3 or 4",
                                 source=source, byte=exc.start)) from None  # fmt: skip
    begins, line, counted, depth = [], 1, 0, 0
    for match in _BEGIN_OR_END.finditer(text):  # (counted on from the last: a campaign's 2,400 cards)
        if match[1].upper() == "END":
            depth = max(depth - 1, 0)
            continue
        line += text.count("\n", counted, match.start())
        counted = match.start()
        if depth == 0:  # (a card's own, not one inside it)
            begins.append(line)
        depth += 1
    cards = []
    try:
        for card in vobject.readComponents(_soft_breaks_joined(text)):
            if card.name.upper() != "VCARD":
                continue
            cards.append(card)
    except (vobject.base.ParseError, ValueError, TypeError, LookupError, AttributeError, binascii.Error,
            RecursionError) as exc:  # (RecursionError: cards nested thousands deep)  # fmt: skip
        at = begins[len(cards)] if len(cards) < len(begins) else len(text.splitlines())
        why = re.sub(r"^At line \d+: ", "", str(exc).splitlines()[0]) if str(exc) else type(exc).__name__
        # (vobject's own line count is not the file's: ours is said instead)
        raise PlanFormatError(tr("{source}: line {line}: a card that cannot be read ({why})", source=source,
                                 line=at, why=why[:200])) from None  # fmt: skip
    if not cards:
        raise PlanFormatError(tr("{source}: no contact cards in it", source=source))
    return zip(begins, cards, strict=False)


_QUOTED_PRINTABLE = re.compile(r"^[^:]*;(?:ENCODING\s*=\s*)?QUOTED-PRINTABLE\s*[;:]", re.IGNORECASE)


def _soft_breaks_joined(text: str) -> str:
    """vCard 2.1's quoted-printable values (Outlook's, Android's: any name with accents long
    enough) go on over lines ending in "=", the next starting at its first column, which
    vobject would read as a property of its own: each such value joined on one line. A next
    line that starts with a space is that and a fold, whose space is dropped as any fold's
    (vobject would keep the "=": "y=Martínez")."""
    if "QUOTED-PRINTABLE" not in text.upper():
        return text
    joined: list[str] = []
    quoted = carrying = False  # a quoted-printable property; its last line ends in a soft break
    for line in text.splitlines():
        if carrying:
            joined[-1] = joined[-1][:-1] + (line[1:] if line[:1] in (" ", "\t") else line)
        else:
            joined.append(line)
            if line[:1] not in (" ", "\t"):  # (else a folded line: the same property, as vCard 3 folds)
                quoted = _QUOTED_PRINTABLE.match(line) is not None
        carrying = quoted and joined[-1].endswith("=")
    return "\r\n".join(joined) + "\r\n"


def _values(card: Any, name: str) -> list[Any]:
    return list(card.contents.get(name, []))


def _text(card: Any, name: str) -> str:
    """The first value of a property, as text (a structured one's first part: ORG's is the
    organization's name, the rest its departments)."""
    for prop in _values(card, name):
        value = prop.value
        if isinstance(value, list | tuple):
            value = value[0] if value else ""
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return ""


def _name(card: Any) -> str:
    """FN, the name as shown; else N's given, additional and family names."""
    if shown := _text(card, "fn"):
        return shown
    for prop in _values(card, "n"):
        parts = prop.value
        if hasattr(parts, "given"):
            words = [parts.given, parts.additional, parts.family]
            return " ".join(" ".join(w) if isinstance(w, list) else w for w in words if w).strip()
    return ""


def _preferred(card: Any, name: str) -> str:
    """The value marked most preferred (vCard 4's PREF=1 before PREF=2; TYPE=pref in 3.0, a
    bare PREF in 2.1), else the first."""
    return next(iter(_by_preference(card, name)), "")


def _by_preference(card: Any, name: str) -> list[str]:
    """A property's values, the most preferred first (_rank), else in the card's order."""
    values = [prop for prop in _values(card, name) if isinstance(prop.value, str) and prop.value.strip()]
    return [str(prop.value).strip() for prop in sorted(values, key=_rank)]


def _rank(prop: Any) -> int:
    """How preferred a value is: 1 (most) to 100, and 101 for one not marked."""
    for level in prop.params.get("PREF", []):
        if str(level).strip().isdigit():
            return max(1, min(100, int(level)))
    types = {str(t).casefold() for t in prop.params.get("TYPE", [])}
    return 1 if "pref" in types or "PREF" in prop.params or "PREF" in prop.singletonparams else 101


def _phone(card: Any) -> str:
    """The preferred phone number, without vCard 4's "tel:" (a number given as a URI)."""
    number = _preferred(card, "tel")
    return number[4:] if number[:4].casefold() == "tel:" else number


def _language(card: Any) -> str:
    """The card's preferred language (vCard 4's LANG, "es-MX"), if it is one we write
    invitations in; else none, and the journalist is written to in the plan's."""
    return language_code(_preferred(card, "lang")) or ""


_LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}  # (as the plan lists them; a code is no name to show)


def _languages(card: Any) -> str:
    """The languages a person speaks (vCard 4's LANG, one per language), the preferred
    first: English and Spanish by name ("es-MX" is Spanish), any other as the card has it."""
    names: list[str] = []
    for value in _by_preference(card, "lang"):
        code = language_code(value)
        name = _LANGUAGE_NAMES[code] if code else value
        if name not in names:
            names.append(name)
    return "; ".join(names)
