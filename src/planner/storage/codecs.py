"""How each kind of value looks in JSON and in an SQLite column, and how it is checked.

Used by storage/schema.py, which picks a codec for every field of the plan's records.
"""

from __future__ import annotations

import enum
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.domain.edits import unknown_zone
from planner.domain.plain_text import NOT_ON_ONE_LINE, NOT_PLAIN, one_line, plain
from planner.storage.errors import PlanFormatError
from planner.storage.timefmt import format_local, parse_date, parse_local
from planner.words import Text as Words
from planner.words import quoted, tr

if TYPE_CHECKING:
    from planner.storage.schema import RecordSpec

MAX_INT = 2**31 - 1


class InvalidValueError(Exception):
    """What is wrong with one value; the record reader adds where it is. `where` is what a
    list or a nested record adds to the field's path (`[2]`, `.email`)."""

    def __init__(self, problem: Words | str, where: str = "") -> None:
        super().__init__(str(problem))
        self.problem, self.where = problem, where


@dataclass
class Context:
    """One read: where the data comes from, the plan's zone, and the ids seen so far."""

    source: str
    zone: ZoneInfo | None = None
    known: dict[str, dict[str, Any]] = field(default_factory=dict)  # by table, then id
    times: dict[str, datetime] = field(default_factory=dict)  # a campaign repeats its times

    def fail(self, path: str, problem: Words | str) -> PlanFormatError:
        return PlanFormatError(tr("{source}: {path}: {problem}", source=self.source, path=path, problem=problem))


class Unsure(Exception):  # noqa: N818 - not an error: a quick reader hands the value on
    """A quick reader (Codec.quick) leaves this value to the full one."""


class Codec:
    """One kind of value: how it looks in JSON and in an SQLite column, and how it is checked."""

    sql_type = "TEXT"
    nullable = False  # JSON null (SQL NULL) is a valid value
    json_column = False  # stored in SQLite as JSON text

    def dump(self, value: Any) -> Any:
        """Domain value -> JSON value."""
        return value

    def load(self, value: Any, ctx: Context) -> Any:
        """JSON value -> domain value; raises InvalidValueError."""
        raise NotImplementedError

    def schema(self) -> dict[str, Any]:
        raise NotImplementedError

    def sql_default(self, value: Any) -> str:
        """The column DEFAULT clause a migration adding this field should use."""
        return _sql_literal(self.to_sql(self.dump(value)))

    def to_sql(self, value: Any) -> Any:
        """JSON value -> column value."""
        if self.json_column and value is not None:
            return json.dumps(value, ensure_ascii=False)
        return value

    def from_sql(self, value: Any) -> Any:
        """Column value -> JSON value (then loaded, so checked, like any JSON)."""
        if self.json_column and isinstance(value, str):
            try:
                return json.loads(value)
            except (ValueError, RecursionError):
                raise InvalidValueError(tr("the stored value is not valid JSON")) from None
        return value

    def quick(self, ctx: Context) -> Callable[[Any], Any]:
        """Column value -> domain value in one step, for reading a .planner file's 30,000 rows:
        returns what `from_sql` then `load` (and the record reader's null rule) return, or
        raises — anything — to leave the value to them, which then say what is wrong and
        where. It never accepts a value they reject. Codecs whose common case can be checked
        more cheaply say so below."""
        from_sql, load, nullable = self.from_sql, self.load, self.nullable

        def read(value: Any) -> Any:
            value = from_sql(value)
            if value is None:
                if nullable:
                    return None
                raise Unsure  # missing: the record reader knows the default
            return load(value, ctx)

        return read

    def quick_column(self, ctx: Context) -> Callable[[Sequence[Any]], list[Any]]:
        """`quick` for a whole column (a table's values of one field, in row order): the same
        values, or raises — anything — to leave the table to the row-by-row reader. Codecs
        that can check a column at once in C (sets, maps, joins) rather than value by value
        in Python say so below: a campaign's columns are 18,000 values long."""
        read = self.quick(ctx)
        return lambda values: list(map(read, values))


def _all_of_type(values: Sequence[Any], kind: type) -> bool:
    return set(map(type, values)) <= {kind}


def _through_cache(cache: dict[Any, Any], read: Callable[[Any], Any], values: Sequence[Any]) -> list[Any]:
    """A column by a quick reader that keeps what it read in `cache`: each value not there yet
    read once, then the whole column taken from the cache (in C)."""
    for value in set(values).difference(cache):
        read(value)
    return list(map(cache.__getitem__, values))


class Text(Codec):
    """Text, without control characters (plain_text.plain); `on_one_line` for a name, a phone
    number, a title that goes into e-mail headers: its line breaks and tabs read and written
    as spaces (plain_text.one_line), as the editors' one-line fields take them, so that a JSON
    file or a plan of an earlier version holding one opens, on one line, and is not refused
    whole for it."""

    def __init__(
        self, *, non_empty: bool = False, check: Callable[[str], Words | None] | None = None, on_one_line: bool = False
    ) -> None:
        self.non_empty = non_empty
        self.check = check
        self._plain = one_line if on_one_line else plain
        self._not_plain = NOT_ON_ONE_LINE if on_one_line else NOT_PLAIN

    def dump(self, value: Any) -> Any:
        # A NUL is refused by load (SQLite's own tools and many JSON readers cut the text there):
        # pasted into an editor or brought in by an import, it is left out of what is written,
        # so that a saved plan always opens again; so is every control character (plain_text).
        return self._plain(value)

    def load(self, value: Any, ctx: Context) -> str:
        if not isinstance(value, str):
            raise InvalidValueError(expected(tr("text"), value))
        if "\x00" in value:
            raise InvalidValueError(tr("contains a NUL character"))
        text = self._plain(value)  # (a soft line break or a bell from a file of another program: plain_text)
        if self.non_empty and not text.strip():
            raise InvalidValueError(tr("is empty"))
        if self.check is not None and (problem := self.check(text)):
            raise InvalidValueError(problem)
        return text

    def quick(self, ctx: Context) -> Callable[[Any], Any]:
        if self.check is not None or type(self) is not Text:  # a check, or a subclass's rule
            return super().quick(ctx)
        non_empty, not_plain = self.non_empty, self._not_plain

        def read(value: Any) -> str:
            if type(value) is str and not not_plain.search(value) and (not non_empty or value.strip()):
                return value
            raise Unsure

        return read

    def quick_column(self, ctx: Context) -> Callable[[Sequence[Any]], list[Any]]:
        if self.check is not None or type(self) is not Text:
            return super().quick_column(ctx)
        non_empty, not_plain = self.non_empty, self._not_plain

        def read_all(values: Sequence[Any]) -> list[Any]:
            texts = _all_of_type(values, str) and not not_plain.search("".join(values))
            if texts and (not non_empty or all(map(str.strip, values))):
                return list(values)
            raise Unsure

        return read_all

    def schema(self) -> dict[str, Any]:
        return {"type": "string", "minLength": 1} if self.non_empty else {"type": "string"}


class OneOf(Text):
    """Text from a fixed list (not an enum in the domain, e.g. an invitation language)."""

    def __init__(self, choices: tuple[str, ...]) -> None:
        super().__init__()
        self.choices = choices

    def load(self, value: Any, ctx: Context) -> str:
        text = super().load(value, ctx)
        if text not in self.choices:
            raise InvalidValueError(
                tr("{value} is not one of {choices}", value=quoted(text), choices=", ".join(self.choices))
            )
        return text

    def schema(self) -> dict[str, Any]:
        return {"enum": list(self.choices)}


class Zone(Text):
    def __init__(self) -> None:
        super().__init__(non_empty=True)

    def load(self, value: Any, ctx: Context) -> str:
        key = super().load(value, ctx)
        try:
            ctx.zone = ZoneInfo(key)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            raise InvalidValueError(unknown_zone(key)) from None
        return key


class Integer(Codec):
    sql_type = "INTEGER"

    def __init__(self, lo: int = 0, hi: int = MAX_INT) -> None:
        self.lo, self.hi = lo, hi

    def load(self, value: Any, ctx: Context) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidValueError(expected(tr("a whole number"), value))
        if not self.lo <= value <= self.hi:
            raise InvalidValueError(
                tr("{value} is not between {low} and {high}", value=value, low=self.lo, high=self.hi)
            )
        return value

    def quick(self, ctx: Context) -> Callable[[Any], Any]:
        lo, hi = self.lo, self.hi

        def read(value: Any) -> int:
            if type(value) is int and lo <= value <= hi:
                return value
            raise Unsure

        return read

    def quick_column(self, ctx: Context) -> Callable[[Sequence[Any]], list[Any]]:
        lo, hi = self.lo, self.hi

        def read_all(values: Sequence[Any]) -> list[Any]:
            if _all_of_type(values, int) and (not values or (lo <= min(values) and max(values) <= hi)):
                return list(values)
            raise Unsure

        return read_all

    def schema(self) -> dict[str, Any]:
        return {"type": "integer", "minimum": self.lo, "maximum": self.hi}


class Number(Codec):
    """A coordinate: a finite number in a range, or null."""

    sql_type = "REAL"
    nullable = True

    def __init__(self, limit: float) -> None:
        self.limit = limit

    def load(self, value: Any, ctx: Context) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise InvalidValueError(expected(tr("a number"), value))
        if not -self.limit <= value <= self.limit:
            raise InvalidValueError(
                tr(
                    "{value} is not between {low} and {high}",
                    value=value,
                    low=f"{-self.limit:g}",
                    high=f"{self.limit:g}",
                )
            )
        return float(value)

    def quick(self, ctx: Context) -> Callable[[Any], Any]:
        limit = self.limit

        def read(value: Any) -> float | None:
            if value is None:
                return None
            if (type(value) is float or type(value) is int) and -limit <= value <= limit:  # not NaN, not inf
                return float(value)
            raise Unsure

        return read

    def schema(self) -> dict[str, Any]:
        return {"type": ["number", "null"], "minimum": -self.limit, "maximum": self.limit}


class Flag(Codec):
    sql_type = "INTEGER"

    def load(self, value: Any, ctx: Context) -> bool:
        if not isinstance(value, bool):
            raise InvalidValueError(expected(tr("true or false"), value))
        return value

    def to_sql(self, value: Any) -> Any:
        return int(value)

    def from_sql(self, value: Any) -> Any:
        return bool(value) if value in (0, 1) and not isinstance(value, float) else value

    def quick(self, ctx: Context) -> Callable[[Any], Any]:
        def read(value: Any) -> bool:
            if type(value) is int and (value == 0 or value == 1):
                return value == 1
            raise Unsure

        return read

    def quick_column(self, ctx: Context) -> Callable[[Sequence[Any]], list[Any]]:
        def read_all(values: Sequence[Any]) -> list[Any]:
            if _all_of_type(values, int) and set(values) <= {0, 1}:
                return list(map(bool, values))
            raise Unsure

        return read_all

    def schema(self) -> dict[str, Any]:
        return {"type": "boolean"}


class Choice(Codec):
    def __init__(self, kind: type[enum.Enum]) -> None:
        self.kind = kind

    def dump(self, value: Any) -> Any:
        return value.value

    def load(self, value: Any, ctx: Context) -> enum.Enum:
        try:
            return self.kind(value)
        except (ValueError, TypeError):
            choices = ", ".join(repr(k.value) for k in self.kind)
            raise InvalidValueError(
                tr("{value} is not one of {choices}", value=quoted(value), choices=choices)
            ) from None

    def quick(self, ctx: Context) -> Callable[[Any], Any]:
        members = {k.value: k for k in self.kind if type(k.value) is str}

        def read(value: Any) -> enum.Enum:
            if type(value) is str and value in members:
                return members[value]
            raise Unsure

        return read

    def schema(self) -> dict[str, Any]:
        return {"enum": [k.value for k in self.kind]}


class LocalTime(Codec):
    """Wall-clock time in the plan's zone, written without an offset (docs/plan-json.md)."""

    def dump(self, value: Any) -> str:
        return format_local(value)

    def load(self, value: Any, ctx: Context) -> datetime:
        moment = ctx.times.get(value) if isinstance(value, str) else None
        if moment is None:
            if not isinstance(value, str):
                raise InvalidValueError(expected(tr("text"), value))
            if ctx.zone is None:
                raise InvalidValueError(tr("a time before the plan's time zone is known"))
            try:
                moment = ctx.times[value] = parse_local(value, ctx.zone)
            except (ValueError, OverflowError) as exc:
                raise InvalidValueError(problem_of(exc)) from None
        return moment

    def quick(self, ctx: Context) -> Callable[[Any], Any]:
        times, load = ctx.times, self.load

        def read(value: Any) -> datetime:
            moment = times.get(value)
            return load(value, ctx) if moment is None else moment

        return read

    def quick_column(self, ctx: Context) -> Callable[[Sequence[Any]], list[Any]]:
        read, times = self.quick(ctx), ctx.times
        return lambda values: _through_cache(times, read, values)  # (a campaign repeats its times)

    def schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2})?$"}


class Date(Codec):
    def dump(self, value: Any) -> str:
        return str(value.isoformat())

    def load(self, value: Any, ctx: Context) -> date:
        try:
            return parse_date(value)
        except ValueError as exc:
            raise InvalidValueError(problem_of(exc)) from None

    def schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}


class Ref(Text):
    """The id of a record in another table, which must exist."""

    def __init__(self, table: str, what: Words) -> None:
        super().__init__(non_empty=True)
        self.table, self.what = table, what

    def load(self, value: Any, ctx: Context) -> str:
        known = ctx.known.get(self.table, ())
        if type(value) is str and value in known:
            return value  # an id already read, and checked as text then: the common case, fast
        text = super().load(value, ctx)
        if text not in known:
            raise InvalidValueError(tr("no {what} has the id {id}", what=self.what, id=quoted(text)))
        return text

    def quick(self, ctx: Context) -> Callable[[Any], Any]:
        known = ctx.known.setdefault(self.table, {})  # the same dict the table's reader fills

        def read(value: Any) -> str:
            if type(value) is str and value in known:
                return value
            raise Unsure

        return read

    def quick_column(self, ctx: Context) -> Callable[[Sequence[Any]], list[Any]]:
        known = ctx.known.setdefault(self.table, {})

        def read_all(values: Sequence[Any]) -> list[Any]:
            if _all_of_type(values, str) and known.keys() >= set(values):
                return list(values)
            raise Unsure

        return read_all


class ListOf(Codec):
    """A list of values; stored as JSON text in one column."""

    json_column = True

    def __init__(self, item: Codec, *, distinct: bool = False) -> None:
        self.item = item
        self.distinct = distinct

    def dump(self, value: Any) -> list[Any]:
        return [self.item.dump(v) for v in value]

    def from_sql(self, value: Any) -> Any:
        # A list of plain texts as this codec writes it (json.dumps: '["a", "b"]') is split
        # without the JSON parser, a few times faster over a campaign's 30,000 lists; anything
        # else (escapes, other spacing, numbers) goes to the parser.
        if type(value) is str and value.startswith('["') and value.endswith('"]') and "\\" not in value:
            items = value[2:-2].split('", "')
            if value.count('"') == 2 * len(items):  # no quote inside an item
                return items
        if value == "[]":
            return []
        return super().from_sql(value)

    def load(self, value: Any, ctx: Context) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise InvalidValueError(expected(tr("a list"), value))
        items = []
        for i, v in enumerate(value):
            try:
                item = self.item.load(v, ctx)
            except InvalidValueError as exc:
                raise InvalidValueError(exc.problem, f"[{i}]{exc.where}") from None
            if self.distinct and item in items:
                raise InvalidValueError(tr("{value} is listed twice", value=quoted(item)), f"[{i}]")
            items.append(item)
        return tuple(items)

    def quick(self, ctx: Context) -> Callable[[Any], Any]:
        return self._quick(ctx)[0]

    def quick_column(self, ctx: Context) -> Callable[[Sequence[Any]], list[Any]]:
        read, seen = self._quick(ctx)
        return lambda values: _through_cache(seen, read, values)  # (a campaign repeats its lists)

    def _quick(self, ctx: Context) -> tuple[Callable[[Any], tuple[Any, ...]], dict[Any, tuple[Any, ...]]]:
        from_sql, item, distinct = self.from_sql, self.item.quick(ctx), self.distinct
        # A campaign repeats its lists (the same pair of spokespeople on many turns): each
        # text is read once, and its records share one tuple. What was valid stays valid:
        # a read only adds ids.
        seen: dict[Any, tuple[Any, ...]] = {}
        ids = ctx.known.setdefault(self.item.table, {}) if isinstance(self.item, Ref) else None

        def read(value: Any) -> tuple[Any, ...]:
            items = seen.get(value)
            if items is not None:
                return items
            values = from_sql(value)
            if type(values) is not list:
                raise Unsure
            if ids is not None:  # ids: known texts, each once if distinct — set operations, in C
                unique = set(values)
                if (distinct and len(unique) != len(values)) or not ids.keys() >= unique:
                    raise Unsure
                items = tuple(values)
            else:
                items = tuple([item(v) for v in values])
                if distinct and len(set(items)) != len(items):
                    raise Unsure
            seen[value] = items
            return items

        return read, seen

    def schema(self) -> dict[str, Any]:
        out = {"type": "array", "items": self.item.schema()}
        return {**out, "uniqueItems": True} if self.distinct else out


class Nested(Codec):
    """A small record inside a field: a JSON object; in SQLite, JSON text (or, with
    `columns`, one column per field named `columns + field`)."""

    json_column = True

    def __init__(self, spec: RecordSpec, *, nullable: bool = False, columns: str | None = None) -> None:
        self.spec = spec
        self.nullable = nullable
        self.columns = columns

    def dump(self, value: Any) -> dict[str, Any]:
        return self.spec.dump(value)

    def load(self, value: Any, ctx: Context) -> Any:
        if not isinstance(value, dict):
            raise InvalidValueError(expected(tr("an object"), value))
        return self.spec.load(value, "", ctx, nested=True)

    def schema(self) -> dict[str, Any]:
        out = self.spec.schema()
        return {**out, "type": ["object", "null"]} if self.nullable else out


def json_type(value: Any) -> Words | str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    names = {
        dict: tr("an object"),
        list: tr("a list"),
        str: tr("text"),
        int: tr("a number"),
        float: tr("a number"),
        bytes: tr("binary data"),
    }
    return names.get(type(value), type(value).__name__)


def expected(what: Words, value: Any) -> Words:
    return tr("expected {what}, found {found}", what=what, found=json_type(value))


def problem_of(exc: Exception) -> Words | str:
    """A ValueError's words: the Text it was raised with (timefmt), else its English."""
    first = exc.args[0] if exc.args else None
    return first if isinstance(first, Words) else str(exc)


def _sql_literal(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, int | float):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"
