"""Languages as organizers type them: "Spanish", "Español" and "castellano" are one language.

People's languages, a window's language and a journalist's are free text. The two languages
Planner writes in, English and Spanish, are known by their names in both (with or without the
accent), so a spokesperson listed as speaking "Español" covers a window that asks for
"Spanish", and is written to in Spanish. Any other language is matched as typed, in any case.
"""

from __future__ import annotations

import functools
import re

from planner.domain.model import Person

_NAMES = {
    "en": ("en", "english", "inglés", "ingles"),
    "es": ("es", "spanish", "español", "espanol", "castellano"),
}
_CODES = {name: code for code, names in _NAMES.items() for name in names}


def language_code(name: str) -> str | None:
    """ "en" or "es" for a name of English or Spanish (any case, spaces around), or of one of
    their regional forms as address books and sheets write them ("es-MX", "en_US", "Spanish
    (Mexico)", "Español (Latinoamérica)"); else None. Not a name that only begins with one:
    "Spanish Sign Language" is another language."""
    key = name.strip().casefold()
    return _CODES.get(key) or _CODES.get(_REGION.split(key, maxsplit=1)[0].strip())


_REGION = re.compile(r"[-_(,]")  # (what parts a language from its region: "es-MX", "Spanish (Mexico)")


@functools.cache  # (the rotation asks it of each spokesperson for each window: a few names, often)
def language_key(name: str) -> str:
    """What the names of one language share: English's and Spanish's code, else the name in
    any case ("Tamil", "tamil")."""
    return language_code(name) or name.strip().casefold()


# Between languages, as a sheet, a form's free answer or the person editor lists them: "en /
# es, tl", "English and Spanish", "Inglés y español", "Spanish & English".
_LANGUAGES_APART = re.compile(r"[;/,&]|\s(?:and|y|e)\s", re.IGNORECASE)


def languages_in(text: str) -> tuple[str, ...]:
    """The languages a cell or a field lists, each once as first written ("Español, Spanish"
    is one)."""
    spoken: dict[str, str] = {}
    for named in _LANGUAGES_APART.split(text):
        if named.strip():
            spoken.setdefault(language_key(named), named.strip())
    return tuple(spoken.values())


def other_names(language: str) -> tuple[str, ...]:
    """English's or Spanish's names but the one typed (not the codes): what else a search for
    it may be typed as; none for another language."""
    code = language_code(language)
    typed = language.strip().casefold()
    return tuple(n for n in _NAMES[code] if len(n) > 2 and n != typed) if code else ()


def speaks(person: Person, language: str) -> bool:
    key = language_key(language)
    return any(language_key(known) == key for known in person.languages)


def mail_language(person: Person, plan_language: str) -> str:
    """The first of the person's languages we write in (English, Spanish), else the plan's
    (Plan.language): their schedule e-mails and their own calendar are in it."""
    for language in person.languages:
        if code := language_code(language):
            return code
    return plan_language
