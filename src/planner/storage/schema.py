"""The plan's records described once: JSON keys, SQLite columns, types, limits and defaults.

Each record's fields are read off its domain dataclass (name, type, default); the table at
the bottom adds only what a dataclass cannot say — a JSON name, a range, a check. The JSON
reader and writer, the .planner columns, the people spreadsheet's columns and the JSON Schema
in docs/ are all derived from it, so a new field is one edit in domain/model.py plus a
migration (tests/storage/test_schema.py names the migration a missing column needs).

Both file formats go through the same tree: a .planner file's rows are turned into the JSON
tree and read by the same strict reader, so a damaged document gets the same located errors
("turns[17].start: ...") as a hand-edited JSON file.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import operator
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NewType

from planner.domain import model as m
from planner.domain.press import (
    LANGUAGES,
    address_key,
    optional_stored_email_problem,
    stored_email_problem,
)
from planner.storage.codecs import (
    Choice,
    Codec,
    Context,
    Date,
    Flag,
    Integer,
    InvalidValueError,
    ListOf,
    LocalTime,
    Nested,
    Number,
    OneOf,
    Ref,
    Text,
    Zone,
    expected,
)
from planner.storage.errors import PlanFormatError
from planner.words import Text as Words
from planner.words import quoted, tr

# ---------------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Field:
    attr: str  # the dataclass attribute
    key: str  # JSON key
    column: str  # SQLite column
    codec: Codec
    required: bool  # must be present in JSON (no default)
    default: Any


@dataclass(frozen=True)
class Children:
    """A list of records that JSON nests inside its parent and SQLite keeps in a table of
    its own, each row naming its parent in `parent_column` (a day's media windows)."""

    attr: str
    spec: RecordSpec
    parent_column: str


@dataclass(frozen=True)
class RecordSpec:
    cls: type
    table: str  # SQLite table, and the JSON list that holds these records
    fields: tuple[Field, ...]
    what: Words  # "media window": for messages, in the app's language
    key: str | None = "id"  # unique among these records (and in `namespace`)
    namespace: str | None = None  # ids shared with other tables (windows, turns, shifts)
    unique: tuple[tuple[str, Callable[[Any], Any]], ...] = ()  # further unique fields
    children: Children | None = None

    @functools.cached_property  # asked for every row read
    def columns(self) -> list[str]:
        """Every SQLite column, in field order, an embedded record's columns in its place."""
        out: list[str] = []
        for f in self.fields:
            prefix = f.codec.columns if isinstance(f.codec, Nested) else None
            if prefix is None:
                out.append(f.column)
            else:
                assert isinstance(f.codec, Nested)
                out.extend(prefix + s.column for s in f.codec.spec.fields)
        return out

    def dump(self, record: Any) -> dict[str, Any]:
        out = {f.key: None if (v := getattr(record, f.attr)) is None else f.codec.dump(v) for f in self.fields}
        if self.children:
            out[self.children.spec.table] = [self.children.spec.dump(c) for c in getattr(record, self.children.attr)]
        return out

    @functools.cached_property
    def _readers(self) -> tuple[tuple[Field, str, str, Callable[[Any, Context], Any]], ...]:
        # (field, attribute, JSON key, the codec's load): looked up once, used for every record read.
        return tuple((f, f.attr, f.key, f.codec.load) for f in self.fields)

    def load(
        self, node: Mapping[str, Any], path: str, ctx: Context, *, nested: bool = False, children: Any = None
    ) -> Any:
        """The record from its JSON node, every value checked (its children too, unless read
        already and given as `children`)."""
        values: dict[str, Any] = {}
        get = node.get
        for f, attr, key, load in self._readers:
            value = get(key)
            if value is None:  # absent or null
                if key not in node or not f.codec.nullable:
                    if f.required:
                        if nested:
                            raise InvalidValueError(tr("is missing"), f".{key}")
                        raise ctx.fail(_at(path, key), tr("is missing"))
                    values[attr] = f.default
                else:
                    values[attr] = None
                continue
            try:
                values[attr] = load(value, ctx)
            except InvalidValueError as exc:
                if nested:
                    raise InvalidValueError(exc.problem, f".{key}{exc.where}") from None
                raise ctx.fail(f"{_at(path, key)}{exc.where}", exc.problem) from None
        if self.children:
            child = self.children.spec
            values[self.children.attr] = children if children is not None else tuple(child.load_all(node, ctx, path))
        return self.cls(**values)

    def load_all(self, parent: Mapping[str, Any], ctx: Context, path: str = "") -> Iterator[Any]:
        """Each record of the list `self.table` in `parent`, checked and registered."""
        here = _at(path, self.table)
        nodes = parent.get(self.table, [])
        if not isinstance(nodes, list):
            raise ctx.fail(here, expected(tr("a list"), nodes))
        register = self._registrar(ctx, here)
        for i, node in enumerate(nodes):
            at = f"{here}[{i}]"
            if not isinstance(node, dict):
                raise ctx.fail(at, expected(tr("an object"), node))
            record = self.load(node, at, ctx)
            register(record, i)
            yield record

    def _registrar(self, ctx: Context, here: str) -> Callable[[Any, int], None]:
        """What every record read goes through, in reading order: its id (and any further
        unique field) not seen before, then known to the references that follow."""
        known = ctx.known.setdefault(self.table, {})
        shared = ctx.known.setdefault(self.namespace, {}) if self.namespace else known
        seen: list[tuple[str, Callable[[Any], Any], set[Any]]] = [(k, norm, set()) for k, norm in self.unique]
        key = self.key

        def register(record: Any, i: int) -> None:  # the i-th record of the list at `here`
            if key is not None:
                ident = getattr(record, key)
                if isinstance(ident, date):
                    if ident in known:
                        raise ctx.fail(f"{here}[{i}].{key}", tr("{value} is listed twice", value=ident.isoformat()))
                elif ident in shared:
                    raise ctx.fail(f"{here}[{i}].{key}", tr("the id {id} is used twice", id=quoted(ident)))
                known[ident] = shared[ident] = record
            for attr, norm, values in seen:
                value = norm(getattr(record, attr))
                if value in values:
                    raise ctx.fail(
                        f"{here}[{i}].{attr}", tr("{value} is on the list twice", value=getattr(record, attr))
                    )
                values.add(value)

        return register

    def read_rows(
        self,
        rows: Sequence[tuple[Any, ...]],
        ctx: Context,
        here: str,
        row_at: Callable[[int], str],
        children: Callable[[tuple[Any, ...], str], tuple[Any, ...]] | None = None,
    ) -> list[Any]:
        """Records from SQLite rows (values in the order of `columns`): what load_all makes of
        their JSON nodes, with the same checks and errors. `here` is the list's path for
        those errors (`days[3].windows`), `row_at(i)` the row's own (`windows[41]`), and
        `children(row, path)` reads a row's children first.

        A campaign is 34,000 rows: a table whose every column the codecs' quick column readers
        accept, with no id seen before, is read a column at a time and registered at once;
        otherwise row by row through the JSON node and load, which say what is wrong and
        where first."""
        quick = self._quick_rows(ctx)
        if quick is not None:
            try:
                records = quick(rows)
            except Exception:  # a row the quick readers are unsure of: read row by row
                records = None
            if records is not None and self._register_all(records, ctx):
                return records
        register = self._registrar(ctx, here)
        out = []
        for i, row in enumerate(rows):
            at = f"{here}[{i}]"
            node = self.node(row, row_at(i), ctx)
            record = self.load(node, at, ctx, children=children(row, at) if children else None)
            register(record, i)
            out.append(record)
        return out

    def _register_all(self, records: list[Any], ctx: Context) -> bool:
        """What `_registrar` does for every record, at once; False (nothing registered) when
        an id or unique field repeats, for the row-by-row reader to say where."""
        for attr, norm in self.unique:
            values = {norm(getattr(r, attr)) for r in records}
            if len(values) != len(records):
                return False
        if self.key is None:
            return True
        known = ctx.known.setdefault(self.table, {})
        shared = ctx.known.setdefault(self.namespace, {}) if self.namespace else known
        by_id = dict(zip(map(operator.attrgetter(self.key), records), records, strict=True))
        if len(by_id) != len(records) or not shared.keys().isdisjoint(by_id):  # iterates by_id
            return False
        if by_id and isinstance(next(iter(by_id)), date):
            return False  # dates are unique per table, not per namespace: the registrar's rule
        known.update(by_id)
        shared.update(by_id)
        return True

    def _quick_rows(self, ctx: Context) -> Callable[[Sequence[tuple[Any, ...]]], list[Any]] | None:
        """The records from the rows by the codecs' quick column readers, column by column,
        when the rows' columns are the dataclass's fields in order (not the plan's head,
        whose contact is spread over columns, nor a day, whose windows are read with it)."""
        if len(self.fields) != len(dataclasses.fields(self.cls)) or len(self.columns) != len(self.fields):
            return None
        readers = tuple(f.codec.quick_column(ctx) for f in self.fields)
        cls = self.cls

        def read(rows: Sequence[tuple[Any, ...]]) -> list[Any]:
            if not rows:
                return []
            columns = zip(*rows, strict=True)  # (each row has a value per column)
            return list(map(cls, *[read_all(column) for read_all, column in zip(readers, columns, strict=True)]))

        return read

    def schema(self) -> dict[str, Any]:
        properties = {f.key: f.codec.schema() for f in self.fields}
        if self.children:
            properties[self.children.spec.table] = {"type": "array", "items": self.children.spec.schema()}
        return {
            "type": "object",
            "properties": properties,
            "required": [f.key for f in self.fields if f.required],
        }

    # -- SQLite rows

    def row(self, node: Mapping[str, Any]) -> list[Any]:
        """A JSON node as column values, in the order of `columns`."""
        out: list[Any] = []
        for f in self.fields:
            value = node[f.key]
            if isinstance(f.codec, Nested) and f.codec.columns is not None:
                out.extend(s.codec.to_sql(value[s.key]) for s in f.codec.spec.fields)
            else:
                out.append(f.codec.to_sql(value))
        return out

    @functools.cached_property
    def _columns_read(self) -> tuple[tuple[Field, tuple[Field, ...] | None, bool], ...]:
        # (field, its nested fields when spread over columns, whether the column needs converting)
        out = []
        for f in self.fields:
            spread = f.codec.spec.fields if isinstance(f.codec, Nested) and f.codec.columns is not None else None
            out.append((f, spread, type(f.codec).from_sql is not Codec.from_sql or f.codec.json_column))
        return tuple(out)

    def node(self, row: tuple[Any, ...], path: str, ctx: Context) -> dict[str, Any]:
        """Column values (in the order of `columns`) as the JSON node they were made from."""
        values = iter(row)
        out: dict[str, Any] = {}
        for f, spread, converts in self._columns_read:
            if spread is not None:
                out[f.key] = {s.key: self._from_sql(s, next(values), path, ctx) for s in spread}
            elif converts:
                out[f.key] = self._from_sql(f, next(values), path, ctx)
            else:
                out[f.key] = next(values)
        return out

    @staticmethod
    def _from_sql(f: Field, value: Any, path: str, ctx: Context) -> Any:
        try:
            return f.codec.from_sql(value)
        except InvalidValueError as exc:
            raise ctx.fail(f"{path}.{f.key}", exc.problem) from None


def _at(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


# ---------------------------------------------------------------------------------- deriving specs

# What an id type refers to: (table, name for messages).
_REFERENCES: dict[Any, tuple[str, Words]] = {
    m.LocationId: ("locations", tr("location")),
    m.WindowId: ("windows", tr("media window")),
    m.PersonId: ("people", tr("person")),
    m.RoleId: ("roles", tr("role")),
}


def record(
    cls: type,
    table: str,
    what: Words,
    *,
    keys: Mapping[str, str] | None = None,
    codecs: Mapping[str, Codec] | None = None,
    defaults: Mapping[str, Any] | None = None,
    optional: tuple[str, ...] = (),
    exclude: tuple[str, ...] = (),
    **options: Any,
) -> RecordSpec:
    """A record's spec from its dataclass: every field, typed by its annotation.

    `keys` renames fields in JSON (`location_id` -> `location`); `codecs` replaces the codec
    the type implies (ranges, checks); `defaults` gives a JSON default to a field the
    dataclass requires; `optional` makes such a field optional with its type's empty value.
    """
    keys, codecs, defaults = keys or {}, codecs or {}, defaults or {}
    hints = typing.get_type_hints(cls)
    children: Children | None = options.pop("children", None)
    fields = []
    for f in dataclasses.fields(cls):
        if f.name in exclude or (children and f.name == children.attr):
            continue
        codec = codecs.get(f.name) or _codec_for(hints[f.name], f.name)
        if f.default is not dataclasses.MISSING:
            required, default = False, f.default
        elif f.default_factory is not dataclasses.MISSING:
            required, default = False, f.default_factory()
        elif f.name in defaults:
            required, default = False, defaults[f.name]
        else:
            required, default = f.name not in optional, ""
        fields.append(Field(f.name, keys.get(f.name, f.name), f.name, codec, required, default))
    return RecordSpec(cls, table, tuple(fields), what, children=children, **options)


def _codec_for(hint: Any, name: str) -> Codec:
    if isinstance(hint, NewType):
        return Text(non_empty=True) if name == "id" else Ref(*_REFERENCES[hint])
    if isinstance(hint, types.UnionType):  # X | None
        (inner,) = [a for a in typing.get_args(hint) if a is not type(None)]
        if isinstance(inner, type) and dataclasses.is_dataclass(inner):
            return Nested(_NESTED[inner], nullable=True)
        return Number(180.0) if inner is float else _codec_for(inner, name)
    if typing.get_origin(hint) is tuple:
        item = typing.get_args(hint)[0]
        return ListOf(_codec_for(item, ""), distinct=isinstance(item, NewType))
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return Choice(hint)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return Nested(_NESTED[hint])
    plain: dict[Any, Callable[[], Codec]] = {str: Text, int: Integer, bool: Flag, datetime: LocalTime, date: Date}
    if hint not in plain:
        raise TypeError(f"no codec for {name}: {hint!r}; give one in storage/schema.py")
    return plain[hint]()


# ---------------------------------------------------------------------------------- the plan

_LIMIT = Integer(0, 100_000)
# A name, a phone number, the title: on one line (e-mail headers, a calendar's SUMMARY, the
# lists); a line break in a file of another program's or an earlier version's read as a space.
_LINE = Text(on_one_line=True)
LIMITS = record(m.HealthLimits, "limits", tr("health limits"), key=None,
                codecs={f.name: _LIMIT for f in dataclasses.fields(m.HealthLimits)})  # fmt: skip
CONTACT = record(
    m.Contact,
    "press_contact",
    tr("contact"),
    key=None,
    optional=("name",),
    # Every invitation names the contact in its headers: on one line, a real address.
    codecs={"name": _LINE, "email": Text(check=optional_stored_email_problem), "phone": _LINE},
)  # fmt: skip
_NESTED = {m.HealthLimits: LIMITS, m.Contact: CONTACT}

_COLLECTIONS = ("locations", "days", "people", "roles", "turns", "shifts", "journalists", "availability")
PLAN = record(
    m.Plan,
    "plan",
    tr("plan"),
    exclude=_COLLECTIONS,
    codecs={
        "title": Text(non_empty=True, on_one_line=True),
        "timezone": Zone(),
        "press_contact": Nested(CONTACT, columns="press_"),
        "turn_minutes": Integer(5, 24 * 60),
        "reminder_minutes": Integer(0, 7 * 24 * 60),
        "language": OneOf(LANGUAGES),
    },
)
LOCATIONS = record(m.Location, "locations", tr("location"), codecs={"latitude": Number(90), "longitude": Number(180)})
WINDOWS = record(
    m.Window,
    "windows",
    tr("media window"),
    namespace="items",
    keys={"location_id": "location"},
    codecs={"needed": Integer(0, 100)},
)
DAYS = record(m.Day, "days", tr("day"), key="date", children=Children("windows", WINDOWS, parent_column="day"))
PEOPLE = record(m.Person, "people", tr("person"), codecs={"name": _LINE, "phone": _LINE})
ROLES = record(m.Role, "roles", tr("role"))
TURNS = record(m.Turn, "turns", tr("turn"), namespace="items", keys={"window_id": "window", "person_ids": "people"})
AVAILABILITY = record(
    m.AvailabilityWindow,
    "availability",
    tr("availability"),
    key=None,
    keys={"person_id": "person"},
    defaults={"level": m.AvailabilityLevel.UNAVAILABLE},
)
SHIFTS = record(
    m.Shift,
    "shifts",
    tr("shift"),
    namespace="items",
    keys={"role_id": "role", "location_id": "location", "person_ids": "people"},
    codecs={"needed": Integer(0, 10_000)},
)
JOURNALISTS = record(
    m.Journalist,
    "journalists",
    tr("journalist"),
    codecs={
        "name": Text(non_empty=True, on_one_line=True),
        "email": Text(non_empty=True, check=stored_email_problem),
        "language": OneOf(LANGUAGES),
    },
    unique=(("email", address_key),),
)


# In reading order: each table refers only to those before it.
TABLES: tuple[RecordSpec, ...] = (LOCATIONS, DAYS, PEOPLE, ROLES, TURNS, AVAILABILITY, SHIFTS, JOURNALISTS)


def dump_plan(plan: m.Plan) -> dict[str, Any]:
    """The plan as its JSON tree: every field, always, in a fixed order."""
    tree: dict[str, Any] = {"plan": PLAN.dump(plan)}
    for spec in TABLES:
        tree[spec.table] = [spec.dump(r) for r in getattr(plan, spec.table)]
    return tree


def load_plan(tree: Mapping[str, Any], source: str) -> m.Plan:
    """The plan from its JSON tree, every value checked; PlanFormatError says what and where."""
    ctx = Context(source)
    head = tree.get("plan")
    if not isinstance(head, dict):
        raise ctx.fail("plan", expected(tr("an object"), head))
    # The head first: it sets the zone every time in the plan is read in.
    head_only = PLAN.load(head, "plan", ctx)
    values = {spec.table: tuple(spec.load_all(tree, ctx)) for spec in TABLES}
    plan: m.Plan = dataclasses.replace(head_only, **values)
    return plan


def read_plan(rows: Callable[[RecordSpec, str | None], list[tuple[Any, ...]]], source: str) -> m.Plan:
    """The plan from a .planner file's rows, checked as load_plan checks its JSON tree, with
    the same located errors. `rows(spec, parent_column)` gives a table's rows in file order:
    values in the order of `spec.columns`, then the parent's key when a column is named."""
    ctx = Context(source)
    heads = rows(PLAN, None)
    if len(heads) != 1:
        raise PlanFormatError(tr("{source}: the plan record is missing or repeated", source=source))
    # The head first: it sets the zone every time in the plan is read in.
    head_only = PLAN.load(PLAN.node(heads[0], "plan[0]", ctx), "plan", ctx)
    values = {}
    for spec in TABLES:
        own = rows(spec, None)
        read_children = _children_reader(spec, own, rows, ctx) if spec.children else None
        values[spec.table] = tuple(spec.read_rows(own, ctx, spec.table, _row_at(spec.table), read_children))
    plan: m.Plan = dataclasses.replace(head_only, **values)
    return plan


def _row_at(table: str) -> Callable[[int], str]:
    return lambda i: f"{table}[{i}]"


def _children_reader(
    spec: RecordSpec,
    parents: list[tuple[Any, ...]],
    rows: Callable[[RecordSpec, str | None], list[tuple[Any, ...]]],
    ctx: Context,
) -> Callable[[tuple[Any, ...], str], tuple[Any, ...]]:
    """A day's windows are rows of their own table naming the day: grouped by it here (each
    must name a day there is), read when their day is."""
    assert spec.children is not None
    child = spec.children.spec
    key_at = next(i for i, f in enumerate(spec.fields) if f.attr == spec.key)  # fields with own columns
    owner = {row[key_at]: row for row in parents}  # of a key listed twice, the last (found twice later)
    groups: dict[Any, list[tuple[int, tuple[Any, ...]]]] = {key: [] for key in owner}
    for k, row in enumerate(rows(child, spec.children.parent_column)):
        group = groups.get(row[-1])
        if group is None:
            raise ctx.fail(
                f"{child.table}[{k}].{spec.children.parent_column}",
                tr("no {what} {id}", what=spec.what, id=quoted(row[-1])),
            )
        group.append((k, row[:-1]))

    def read(parent: tuple[Any, ...], at: str) -> tuple[Any, ...]:
        group = groups[parent[key_at]] if owner[parent[key_at]] is parent else []
        own = [row for _, row in group]
        return tuple(child.read_rows(own, ctx, f"{at}.{child.table}", lambda j: f"{child.table}[{group[j][0]}]"))

    return read


def _records(plan: m.Plan, table: str) -> Iterable[Any]:
    """A table's records in the plan (windows are held by their days)."""
    return plan.windows() if table == WINDOWS.table else getattr(plan, table)


def check_references(plan: m.Plan, only: Mapping[str, Sequence[Any]] | None = None) -> Words | None:
    """Why the plan cannot be written (a reference to a record it does not have), or None.

    Saving such a plan would make a file that cannot be read back. `only`: the records to
    look at, by table — what a save in place writes. The rest were checked when the file was
    written or read, and a save in place neither removes a record nor changes an id, so what
    they refer to is still there (a campaign's 34,000 records took 22 ms of each small save)."""
    known: dict[str, set[Any]] = {}

    def ids(table: str) -> set[Any]:  # (made when first asked: a small save asks for few)
        if table not in known:
            known[table] = {getattr(r, "id", None) for r in _records(plan, table)}
        return known[table]

    for spec in (WINDOWS, *TABLES):
        records = _records(plan, spec.table) if only is None else only.get(spec.table, ())
        refs = [(f, c) for f in spec.fields if isinstance(c := _item_codec(f.codec), Ref)]
        if not refs:
            continue
        for r in records:
            for f, codec in refs:
                value = getattr(r, f.attr)
                for ident in value if isinstance(value, tuple) else (value,):
                    if ident not in ids(codec.table):
                        return tr(
                            "a {what} refers to a {other} that is not in the plan ({id})",
                            what=spec.what,
                            other=codec.what,
                            id=quoted(ident),
                        )
    return None


def writable_problem(plan: m.Plan, only: Mapping[str, Sequence[Any]] | None = None) -> Words | None:
    """Why the plan cannot be written, as its reader would refuse it (check_references,
    check_values), or None. Every writer asks: a plan file, its copy kept aside, JSON."""
    return check_references(plan, only) or check_values(plan, only)


def check_values(plan: m.Plan, only: Mapping[str, Sequence[Any]] | None = None) -> Words | None:
    """Why the plan's reader would refuse one of its values (a title with a line break, a count
    out of its range, an address listed twice), or None: what could not be read back is not
    written. The same codecs as reading, on the values as written; only those with a rule
    beyond their kind, which the domain's types already keep, and each distinct value once (a
    campaign's 37,000 records: a few milliseconds). `only`: the records to look at, by table,
    as check_references; the plan's own values always, a table's unique ones over it whole."""
    ctx = Context("")
    if (refused := _refused(PLAN, [plan], ctx)) is not None:
        return tr("the plan's {field}: {problem}", field=refused[1], problem=refused[2])
    for spec in (WINDOWS, *TABLES):
        whole = spec.unique and (only is None or spec.table in only)  # (listed twice: over the table)
        records = list(_records(plan, spec.table) if only is None or whole else only.get(spec.table, ()))
        if records and (refused := _refused(spec, records, ctx)) is not None:
            record, field, problem = refused
            return tr("the {what} {id}, {field}: {problem}", what=spec.what, id=quoted(getattr(record, "id", "")),
                      field=field, problem=problem)  # fmt: skip
    return None


def _refused(spec: RecordSpec, records: list[Any], ctx: Context) -> tuple[Any, str, Words | str] | None:
    """The first record whose value of a field its reader would refuse, the field, and why."""
    for f in _ruled_fields(spec):
        column = list(map(operator.attrgetter(f.attr), records))
        if _passes_at_once(f.codec, column, ctx):
            continue
        try:
            distinct: Iterable[Any] = dict.fromkeys(column)  # (each once: a campaign repeats its values)
        except TypeError:  # (one that cannot be hashed: each value on its own)
            distinct = column
        for value in distinct:
            if (problem := _value_refused(f, value, ctx)) is not None:
                return records[column.index(value)], f.key, problem
    for attr, norm in spec.unique:
        seen: set[Any] = set()
        for record in records:
            if (value := norm(getattr(record, attr))) in seen:
                return record, attr, tr("{value} is on the list twice", value=getattr(record, attr))
            seen.add(value)
    return None


def _passes_at_once(codec: Codec, column: list[Any], ctx: Context) -> bool:
    """The whole column as its reader takes it at once (ids, counts: checked in C), if it can:
    a value with a NUL or a list, for one, is looked at on its own."""
    if isinstance(codec, ListOf):  # (lists of ids, each once: their lengths as sets, in C)
        return isinstance(codec.item, Ref) and list(map(len, column)) == list(map(len, map(set, column)))
    try:
        codec.quick_column(ctx)(column)
    except Exception:  # (any: the column is left to the value-by-value check)
        return False
    return True


def _value_refused(f: Field, value: Any, ctx: Context) -> Words | str | None:
    codec = f.codec
    if value is None and (codec.nullable or not f.required):
        return None
    try:
        if isinstance(codec, ListOf) and isinstance(codec.item, Ref):  # (the ids: check_references)
            twice = next((v for n, v in enumerate(value) if v in value[:n]), None) if codec.distinct else None
            if twice is not None:
                raise InvalidValueError(tr("{value} is listed twice", value=quoted(twice)))
        else:
            codec.load(codec.dump(value), ctx)
    except InvalidValueError as exc:
        return exc.problem
    return None


@functools.cache
def _ruled_fields(spec: RecordSpec) -> tuple[Field, ...]:
    return tuple(f for f in spec.fields if _has_rule(f.codec))


def _has_rule(codec: Codec) -> bool:
    """The codec refuses values of the right kind (what a record of the domain can hold)."""
    if isinstance(codec, Ref | LocalTime | Date):  # (references: check_references; times: the domain's)
        return False
    if isinstance(codec, ListOf):
        return codec.distinct or _has_rule(codec.item)
    if isinstance(codec, Text):
        return codec.non_empty or codec.check is not None or type(codec) is not Text
    return isinstance(codec, Integer | Number | Nested)


def _item_codec(codec: Codec) -> Codec:
    return codec.item if isinstance(codec, ListOf) else codec


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a plan file (docs/plan.schema.json), derived from the records."""
    properties: dict[str, Any] = {
        "format": {"const": "planner-plan"},
        "version": {"type": "integer", "minimum": 1},
        "plan": PLAN.schema(),
    }
    for spec in TABLES:
        properties[spec.table] = {"type": "array", "items": spec.schema()}
    for records in ("revisions", "releases", "sent", "failures", "published", "tokens", "exports"):
        properties[records] = {"type": "array", "items": {"type": "object"}}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://planner.invalid/plan.schema.json",
        "title": "Planner plan",
        "description": "A plan in the JSON interchange format (docs/plan-json.md). Generated from "
        "src/planner/storage/schema.py; do not edit by hand (tools/update_schema.py).",
        "type": "object",
        "required": ["format", "version", "plan"],
        "properties": properties,
    }


def column_definition(spec: RecordSpec, f: Field) -> str:
    """`"name" TYPE NOT NULL DEFAULT x`: what a migration adding field `f` writes."""
    null = "" if f.codec.nullable else " NOT NULL"
    default = "" if f.required else f" DEFAULT {f.codec.sql_default(f.default)}"
    return f'"{f.column}" {f.codec.sql_type}{null}{default}'
