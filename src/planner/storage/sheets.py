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


_EMAIL_HEADERS = ("e-mail", "mail", "email address", "correo", "correo electrónico", "correo electronico")
PEOPLE_SHEET = sheet(
    PEOPLE,
    SheetColumn("name", "Name", ("full name", "person", "nombre", "nombre completo")),
    SheetColumn("kind", "Kind", ("type", "tipo", "spokesperson or volunteer")),
    SheetColumn("email", "E-mail", _EMAIL_HEADERS),
    SheetColumn("phone", "Phone", ("telephone", "mobile", "cell", "teléfono", "telefono", "celular")),
    SheetColumn("title", "Title", ("affiliation", "title / affiliation", "cargo", "título")),
    SheetColumn("languages", "Languages", ("language", "idiomas", "idioma")),
    SheetColumn("speaker_role", "Speaker role", ("speaker role", "role", "rol")),
)
PRESS_SHEET = sheet(
    JOURNALISTS,
    SheetColumn("name", "Name", ("full name", "journalist", "nombre", "nombre completo")),
    SheetColumn("email", "E-mail", _EMAIL_HEADERS),
    SheetColumn("outlet", "Outlet", ("publication", "organization", "organisation", "media", "medio")),
    SheetColumn("language", "Language", ("lang", "preferred language", "idioma")),
)
