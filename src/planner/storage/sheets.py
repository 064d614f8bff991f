"""The people and press spreadsheets' columns: fields of the schema's records (storage/schema.py),
with the headers written and the other headers accepted (English and Spanish)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from planner.storage.schema import JOURNALISTS, PEOPLE, RecordSpec
from planner.words import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class SheetColumn:
    """A spreadsheet column for a record field: its header, and other headers accepted."""

    key: str  # the field's JSON key, which is also the row's canonical column name
    header: str  # written in English; also the field's name in what an import says (translated)
    aliases: tuple[str, ...]


def sheet(spec: RecordSpec, *columns: SheetColumn) -> tuple[SheetColumn, ...]:
    """Columns of `spec` for spreadsheets; a renamed or removed field fails at import."""
    keys = {f.key for f in spec.fields}
    unknown = [c.key for c in columns if c.key not in keys]
    if unknown:
        raise TypeError(f"spreadsheet columns {unknown} are not fields of {spec.table}")
    return columns


def sheet_cell(spec: RecordSpec, key: str, record: Any) -> str:
    """A field's value as spreadsheet text: lists joined with '; ', choices by value."""
    f = next(f for f in spec.fields if f.key == key)
    value = f.codec.dump(getattr(record, f.attr))
    return "; ".join(value) if isinstance(value, list) else "" if value is None else str(value)


# Besides our own headers, those of the address books a press lead's contacts come from:
# Google Contacts ("E-mail 1 - Value", "Organization Name"), Outlook ("E-mail Address",
# "Company", "Mobile Phone"; in Spanish "Dirección de correo electrónico", "Compañía") and
# LinkedIn's connections ("Email Address", "Company"). Their names come in parts (NAME_PARTS).
_EMAIL_HEADERS = ("e-mail", "mail", "email address", "correo", "correo electrónico", "correo electronico",
                  "e-mail 1 - value", "dirección de correo electrónico", "direccion de correo electronico")  # fmt: skip
_PHONE_HEADERS = ("telephone", "mobile", "cell", "teléfono", "telefono", "celular", "mobile phone",
                  "phone 1 - value", "teléfono móvil", "telefono movil")  # fmt: skip
_OUTLET_HEADERS = ("publication", "organization", "organisation", "media", "medio", "company",
                   "organization name", "organization 1 - name", "compañía", "compania", "organización",
                   "organizacion", "empresa")  # fmt: skip
# A job title, named over a plain "Title", which in Outlook's export is Mr. or Ms.
_JOB_TITLE_HEADERS = ("job title", "organization title", "organization 1 - title", "puesto")
_TITLE_HEADERS = ("affiliation", "title / affiliation", "cargo", "título", "position", *_JOB_TITLE_HEADERS)
_SPEAKER_ROLE_HEADERS = ("speaker role", "role", "rol", "perfil de portavoz", "perfil")
FIRST_CHOICE = {"title": _JOB_TITLE_HEADERS}  # by column, headers taken over its others
PEOPLE_SHEET = sheet(
    PEOPLE,
    SheetColumn("name", QT_TRANSLATE_NOOP("", "Name"), ("full name", "person", "nombre", "nombre completo")),
    SheetColumn("kind", QT_TRANSLATE_NOOP("", "Kind"), ("type", "tipo", "spokesperson or volunteer")),
    SheetColumn("email", QT_TRANSLATE_NOOP("", "E-mail"), _EMAIL_HEADERS),
    SheetColumn("phone", QT_TRANSLATE_NOOP("", "Phone"), _PHONE_HEADERS),
    SheetColumn("title", QT_TRANSLATE_NOOP("", "Title"), _TITLE_HEADERS),
    SheetColumn("languages", QT_TRANSLATE_NOOP("", "Languages"), ("language", "idiomas", "idioma")),
    SheetColumn("speaker_role", QT_TRANSLATE_NOOP("", "Speaker role"), _SPEAKER_ROLE_HEADERS),
)
PRESS_SHEET = sheet(
    JOURNALISTS,
    SheetColumn("name", QT_TRANSLATE_NOOP("", "Name"), ("full name", "journalist", "nombre", "nombre completo")),
    SheetColumn("email", QT_TRANSLATE_NOOP("", "E-mail"), _EMAIL_HEADERS),
    SheetColumn("outlet", QT_TRANSLATE_NOOP("", "Outlet"), _OUTLET_HEADERS),
    SheetColumn("language", QT_TRANSLATE_NOOP("", "Language"), ("lang", "preferred language", "idioma")),
)
# A name in parts, as address books keep it: first, middle, last. Taken where a sheet has a
# first-name or last-name column and no column of whole names ("Nombre" is Spanish Outlook's
# first name); a first name alone where a sign-up form asks no more.
NAME_PARTS = (
    ("first name", "given name", "nombre"),
    ("middle name", "additional name", "segundo nombre"),
    ("last name", "family name", "surname", "apellidos", "apellido"),
)
# Words that name a column inside a longer header, as a sign-up form's questions do ("What's
# your phone number?", "¿Qué idiomas hablas?"): looked for where no header names the column
# exactly, and taken where one header alone holds one; the name last, so that "Outlet name"
# is the outlet and "Reporter name" the name.
_LANGUAGE_WORDS = frozenset({"language", "languages", "idioma", "idiomas", "lengua", "lenguas"})
_PHONE_WORDS = frozenset({"phone", "telephone", "mobile", "cell", "cellphone", "teléfono", "telefono", "celular",
                          "móvil", "movil", "whatsapp"})  # fmt: skip
FOUND_IN_WORDS = {
    "email": frozenset({"email", "mail", "correo"}),
    "phone": _PHONE_WORDS,
    "languages": _LANGUAGE_WORDS,
    "language": _LANGUAGE_WORDS,
    "outlet": frozenset({"outlet", "publication", "newsroom", "medio"}),
    "name": frozenset({"name", "nombre"}),
}
# Words in a workbook sheet's title that say it lists the press or the people: of two sheets
# whose headers name as many columns, the one to read.
_PRESS_TITLES = ("press", "prensa", "media", "medios", "journalists", "periodistas", "reporters")
_PEOPLE_TITLES = ("people", "personas", "volunteers", "voluntarios", "voluntarias", "staff", "personal",
                  "spokespeople", "portavoces", "members", "miembros")  # fmt: skip
SHEET_TITLES = {"press": frozenset(_PRESS_TITLES), "people": frozenset(_PEOPLE_TITLES)}
