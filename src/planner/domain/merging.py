"""Rows from a spreadsheet merged into a list of records: matching rows update, the rest are
added, bad rows are reported by line and change nothing."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar


class Row(Protocol):
    @property
    def line(self) -> int: ...


T = TypeVar("T")
R = TypeVar("R", bound=Row)


@dataclass(frozen=True)
class Merge(Generic[T]):
    records: tuple[T, ...]  # the whole list after the import
    added: list[int]  # line numbers
    updated: list[int]  # lines that matched someone already listed
    problems: list[tuple[int, str]]  # (line, what is wrong); those rows change nothing
    names: dict[int, str]  # each line's name (of the record it made, or as the row gives it)

    def named(self, lines: Iterable[int]) -> list[str]:
        """The names on these lines, in line order."""
        return [self.names.get(line, "") for line in sorted(lines)]


def merge_rows(
    current: Iterable[T],
    rows: Iterable[R],
    key_of: Callable[[T], Hashable],
    build: Callable[[R, T | None], T | str],
    row_key: Callable[[R], Hashable],
) -> Merge[T]:
    """`build(row, match)` makes the record from a row and the record it matches (or None),
    or returns why the row cannot be used. A later row with the same key wins."""
    listed = {key_of(record): record for record in current}
    added: list[int] = []
    updated: list[int] = []
    problems: list[tuple[int, str]] = []
    names: dict[int, str] = {}
    for row in rows:
        before = listed.get(row_key(row))
        record = build(row, before)
        if isinstance(record, str):
            problems.append((row.line, record))
            names[row.line] = str(getattr(row, "name", ""))
            continue
        (updated if before is not None else added).append(row.line)
        listed[key_of(record)] = record
        names[row.line] = str(getattr(record, "name", ""))
    return Merge(tuple(listed.values()), added, updated, problems, names)
