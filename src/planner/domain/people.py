"""Spokespeople and volunteers from a spreadsheet: each row checked, merged by e-mail or name."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass

from planner.domain.languages import languages_in
from planner.domain.merging import Merge, merge_rows, normal_name, with_namesakes
from planner.domain.model import Person, PersonId, PersonKind, SpeakerRole
from planner.domain.press import address_key, person_problem
from planner.words import Text, quoted, tr

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
    languages: str = ""  # separated by ; / , & or "and" ("y")
    speaker_role: str = ""


PeopleImport = Merge[Person]


def person_keys(person: Person) -> list[Hashable]:
    """What a row can find a person by: the e-mail, the name, and (for someone without an
    e-mail) the name as the one thing known."""
    name = normal_name(person.name)
    keys: list[Hashable] = [("name", name)]
    keys.append(address_key(person.email) if person.email else ("unmailed", name))
    return keys


def merge_people_rows(
    current: tuple[Person, ...], rows: Iterable[PersonRow], new_id: Callable[[], str]
) -> PeopleImport:
    """Add the good rows to the people; someone already listed is updated, not duplicated
    (cells left empty keep what was there)."""

    def build(row: PersonRow, before: Person | None) -> Person | Text:
        kind = KIND_NAMES.get(_word(row.kind))
        role = ROLE_NAMES.get(_word(row.speaker_role), "?")
        title = row.title
        listed_kind = before.kind if before else PersonKind.VOLUNTEER
        volunteer = (kind if row.kind.strip() else listed_kind) is PersonKind.VOLUNTEER
        if role == "?" and volunteer:
            # A volunteer sheet's "Role" is what they do (Marshal, Check-in), not a speaker's
            # role: kept as their title where the row gives none, not a reason to refuse them.
            role, title = None, row.title or " ".join(row.speaker_role.split())
        problem = (
            (tr("no name") if not row.name else None)
            or (tr("kind {kind} is neither spokesperson nor volunteer", kind=quoted(row.kind))
                if kind is None else None)
            or (tr("speaker role {role} is not striker, clinician, union officer or other",
                   role=quoted(row.speaker_role)) if role == "?" else None)
        )  # fmt: skip
        if problem:
            return problem
        languages = languages_in(row.languages)
        if before is None:
            before = Person(PersonId(new_id()), row.name, kind or PersonKind.VOLUNTEER)
        person = Person(
            before.id,
            row.name,
            kind if row.kind.strip() else before.kind,  # type: ignore[arg-type]  # checked above
            title or before.title,
            languages or before.languages,
            row.email or before.email,
            row.phone or before.phone,
            role if isinstance(role, SpeakerRole) else before.speaker_role,
            before.limits,
        )
        return person_problem(person) or person  # (the editor's rules, on the person as merged)

    def row_keys(row: PersonRow) -> list[Hashable]:
        # With an e-mail: that person, else someone of that name listed without one.
        # Without: whoever has that name (more than one is asked about, not guessed).
        name = normal_name(row.name)
        return [address_key(row.email), ("unmailed", name)] if row.email else [("name", name)]

    merged = merge_rows(current, rows, person_keys, build, row_keys)
    return with_namesakes(merged, current, lambda p: p.name, lambda p: p.email)


def _word(cell: str) -> str:
    """A kind or role as sheets write it, compared: any case, the words before a slash, a
    parenthesis or a dash ("Voluntario/a", "Volunteer (marshal)", "Union officer / delegado",
    "Volunteer – marshal")."""
    return " ".join(re.split(r"[/(]|\s[-–—]\s", cell, maxsplit=1)[0].casefold().split())


def find_person(people: Iterable[Person], wanted: str, kind: PersonKind | None = None) -> Person | Text:
    """The one person `wanted` names — their id, their name, or the start of their name when
    only one name starts so — or why there is none (what was typed, and who it could be)."""
    listed = [p for p in people if kind is None or p.kind is kind]
    text = normal_name(wanted)
    for same in (lambda p: p.id == wanted, lambda p: normal_name(p.name) == text):
        exact = [p for p in listed if same(p)]
        if len(exact) == 1:
            return exact[0]
    starting = [p for p in listed if text and normal_name(p.name).startswith(text)]
    if len(starting) == 1:
        return starting[0]
    if not starting and kind is PersonKind.SPOKESPERSON:
        return tr("no spokesperson has the id or name {wanted}", wanted=quoted(wanted))
    if not starting:
        return tr("no person has the id or name {wanted}", wanted=quoted(wanted))
    names = ", ".join(sorted(p.name for p in starting)[:5])
    return tr("{count} people's names start with {wanted} ({names}); type more of the name",
              count=len(starting), wanted=quoted(wanted), names=names)  # fmt: skip
