"""The people and press spreadsheets' columns: fields of the schema's records (storage/schema.py),
with the headers written and the other headers accepted (English and Spanish)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from planner.storage.schema import JOURNALISTS, PEOPLE, RecordSpec


@dataclass(frozen=True)
class SheetColumn:
    """A spreadsheet column for a record field: its header, and other headers accepted."""

    key: str  # the field's JSON key, which is also the row's canonical column name
    header: str
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
FIRST_CHOICE = {"title": _JOB_TITLE_HEADERS}  # by column, headers taken over its others
PEOPLE_SHEET = sheet(
    PEOPLE,
    SheetColumn("name", "Name", ("full name", "person", "nombre", "nombre completo")),
    SheetColumn("kind", "Kind", ("type", "tipo", "spokesperson or volunteer")),
    SheetColumn("email", "E-mail", _EMAIL_HEADERS),
    SheetColumn("phone", "Phone", _PHONE_HEADERS),
    SheetColumn("title", "Title", ("affiliation", "title / affiliation", "cargo", "título", *_JOB_TITLE_HEADERS)),
    SheetColumn("languages", "Languages", ("language", "idiomas", "idioma")),
    SheetColumn("speaker_role", "Speaker role", ("speaker role", "role", "rol")),
)
PRESS_SHEET = sheet(
    JOURNALISTS,
    SheetColumn("name", "Name", ("full name", "journalist", "nombre", "nombre completo")),
    SheetColumn("email", "E-mail", _EMAIL_HEADERS),
    SheetColumn("outlet", "Outlet", _OUTLET_HEADERS),
    SheetColumn("language", "Language", ("lang", "preferred language", "idioma")),
)
# A name in parts, as address books keep it: first, middle, last. Taken where a sheet has a
# last-name column and no column of whole names ("Nombre" is Spanish Outlook's first name).
NAME_PARTS = (
    ("first name", "given name", "nombre"),
    ("middle name", "additional name", "segundo nombre"),
    ("last name", "family name", "surname", "apellidos", "apellido"),
)
