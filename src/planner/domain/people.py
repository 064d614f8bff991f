"""Spokespeople and volunteers from a spreadsheet: each row checked, merged by e-mail."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass

from planner.domain.merging import Merge, merge_rows
from planner.domain.model import Person, PersonId, PersonKind, SpeakerRole
from planner.domain.press import email_problem, name_problem

KIND_NAMES = {"": PersonKind.VOLUNTEER, "volunteer": PersonKind.VOLUNTEER, "voluntario": PersonKind.VOLUNTEER,
              "voluntaria": PersonKind.VOLUNTEER, "spokesperson": PersonKind.SPOKESPERSON,
              "speaker": PersonKind.SPOKESPERSON, "portavoz": PersonKind.SPOKESPERSON,
              "vocero": PersonKind.SPOKESPERSON, "vocera": PersonKind.SPOKESPERSON}  # fmt: skip
ROLE_NAMES = {"": None, "striker": SpeakerRole.STRIKER, "huelguista": SpeakerRole.STRIKER,
              "clinician": SpeakerRole.CLINICIAN, "clínico": SpeakerRole.CLINICIAN, "clinico": SpeakerRole.CLINICIAN,
              "clínica": SpeakerRole.CLINICIAN, "union officer": SpeakerRole.OFFICER, "officer": SpeakerRole.OFFICER,
              "delegado": SpeakerRole.OFFICER, "delegada": SpeakerRole.OFFICER, "other": SpeakerRole.OTHER,
              "otro": SpeakerRole.OTHER, "otra": SpeakerRole.OTHER}  # fmt: skip


@dataclass(frozen=True)
class PersonRow:
    line: int
    name: str
    kind: str = ""
    email: str = ""
    phone: str = ""
    title: str = ""
    languages: str = ""  # separated by ; / or ,
    speaker_role: str = ""


PeopleImport = Merge[Person]


def person_key(person: Person) -> Hashable:
    """Who a row is the same person as: the e-mail, or the name when there is none."""
    return person.email.casefold() if person.email else ("name", person.name.casefold())


def merge_people_rows(
    current: tuple[Person, ...], rows: Iterable[PersonRow], new_id: Callable[[], str]
) -> PeopleImport:
    """Add the good rows to the people; someone already listed is updated, not duplicated
    (cells left empty keep what was there)."""

    def build(row: PersonRow, before: Person | None) -> Person | str:
        kind = KIND_NAMES.get(row.kind.strip().casefold())
        role = ROLE_NAMES.get(row.speaker_role.strip().casefold(), "?")
        problem = (
            ("no name" if not row.name else None)
            or name_problem(row.name)
            or (email_problem(row.email) if row.email else None)
            or (f"kind {row.kind!r} is neither spokesperson nor volunteer" if kind is None else None)
            or (f"speaker role {row.speaker_role!r} is not striker, clinician, union officer or other"
                if role == "?" else None)
        )  # fmt: skip
        if problem:
            return problem
        languages = tuple(x.strip() for x in row.languages.replace("/", ";").replace(",", ";").split(";") if x.strip())
        if before is None:
            before = Person(PersonId(new_id()), row.name, kind or PersonKind.VOLUNTEER)
        return Person(
            before.id,
            row.name,
            kind if row.kind.strip() else before.kind,  # type: ignore[arg-type]  # checked above
            row.title or before.title,
            languages or before.languages,
            row.email or before.email,
            row.phone or before.phone,
            role if isinstance(role, SpeakerRole) else before.speaker_role,
            before.limits,
        )

    def row_key(row: PersonRow) -> Hashable:
        return row.email.casefold() if row.email else ("name", row.name.casefold())

    return merge_rows(current, rows, person_key, build, row_key)
