"""Rows from a spreadsheet merged into a list of records: matching rows update (or leave as
it is) what they match, the rest are added, bad rows are reported by line and change nothing."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Collection, Hashable, Iterable
from dataclasses import dataclass, field, replace
from typing import Generic, Protocol, TypeVar

from planner.domain.plain_text import plain_record
from planner.words import Text, tr


class Row(Protocol):
    @property
    def line(self) -> int: ...


T = TypeVar("T")
R = TypeVar("R", bound=Row)


@dataclass(frozen=True)
class Merge(Generic[T]):
    records: tuple[T, ...]  # the whole list after the import
    added: list[int]  # line numbers
    updated: list[int]  # lines that matched someone already listed, and changed them
    unchanged: list[int]  # lines that matched someone already listed as the row has them
    problems: list[tuple[int, Text]]  # (line, what is wrong); those rows change nothing
    names: dict[int, str]  # each line's name (of the record it made, or as the row gives it)
    # Lines added beside someone listed already under that name (with_namesakes), and who.
    namesakes: dict[int, Text] = field(default_factory=dict)
    # Lines for someone an earlier line of the file adds (a form sent twice), and that line:
    # the later row's values are kept; neither updated nor unchanged (no one listed before).
    repeats: dict[int, int] = field(default_factory=dict)

    def named(self, lines: Iterable[int]) -> list[str]:
        """The names on these lines, in line order."""
        return [self.names.get(line, "") for line in sorted(lines)]


def merge_rows(
    current: Iterable[T],
    rows: Iterable[R],
    keys_of: Callable[[T], Iterable[Hashable]],
    build: Callable[[R, T | None], T | Text],
    row_keys: Callable[[R], Iterable[Hashable]],
    on_one_line: Collection[str] = ("name", "email", "phone"),
) -> Merge[T]:
    """`build(row, match)` makes the record from a row and the record it matches (or None),
    or returns why the row cannot be used. A record is found by each of its `keys_of`; a row
    tries its `row_keys` in order and matches by the first that finds anything — a key that
    finds two records is a problem for that row, not a guess. A later row for the same record
    wins. A row's fields `on_one_line` are read on one line (plain_text.plain_record)."""
    records: list[T] = list(current)
    found: dict[Hashable, set[int]] = {}
    for index, record in enumerate(records):
        for key in keys_of(record):
            found.setdefault(key, set()).add(index)
    added: list[int] = []
    updated: list[int] = []
    unchanged: list[int] = []
    problems: list[tuple[int, Text]] = []
    names: dict[int, str] = {}
    added_by: dict[int, int] = {}  # record index: the line that added it
    repeats: dict[int, int] = {}
    for read in rows:
        row = plain_record(read, on_one_line)  # (a bell, Word's soft line break, Alt+Enter in a cell)
        names[row.line] = str(getattr(row, "name", ""))
        matches = next((found[key] for key in row_keys(row) if found.get(key)), set())
        if len(matches) > 1:
            problems.append(
                (
                    row.line,
                    tr(
                        "matches {count} already listed with that name; give the e-mail to say which",
                        count=len(matches),
                    ),
                )
            )
            continue
        match = next(iter(matches), None)
        before = records[match] if match is not None else None
        made = build(row, before)
        if isinstance(made, Text):
            problems.append((row.line, made))
            continue
        if before is None or match is None:
            match = len(records)
            records.append(made)
            added.append(row.line)
            added_by[match] = row.line
        elif made == before and match not in added_by:  # (a sheet exported and imported back)
            unchanged.append(row.line)
        else:
            for key in keys_of(before):  # the record may now be found by other keys
                found[key].discard(match)
            records[match] = made
            if match in added_by:
                repeats[row.line] = added_by[match]
                names[added_by[match]] = str(getattr(made, "name", ""))  # (as added, in the end)
            else:
                updated.append(row.line)
        for key in keys_of(made):
            found.setdefault(key, set()).add(match)
        names[row.line] = str(getattr(made, "name", ""))
    return Merge(tuple(records), added, updated, unchanged, problems, names, repeats=repeats)


def normal_name(name: str) -> str:
    """A name as compared: case, spacing and Unicode forms ("Ana  MORALES") do not make
    another person."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def with_namesakes(result: Merge[T], current: Iterable[T], name_of: Callable[[T], str],
                   address_of: Callable[[T], str]) -> Merge[T]:  # fmt: skip
    """`result`, each line it adds beside someone listed already under the same name noted,
    with that one's address: a volunteer who signed up again from a personal address, a
    reporter who moved outlets, are added as someone new (the address decides, and two people
    can share a name), and the organizer is told before it is done."""
    listed: dict[str, list[T]] = {}
    for record in current:
        listed.setdefault(normal_name(name_of(record)), []).append(record)
    namesakes: dict[int, Text] = {}
    for line in result.added:
        same = listed.get(normal_name(result.names.get(line, "")), [])
        if same:
            addresses = ", ".join(address_of(r) for r in same[:3] if address_of(r)) or "—"
            namesakes[line] = tr("{name} is listed already, with {addresses}: the same person?",
                                 name=name_of(same[0]), addresses=addresses)  # fmt: skip
    return replace(result, namesakes=namesakes)
