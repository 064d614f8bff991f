"""The JSON interchange format for plans (docs/plan-json.md), read strictly, written canonically.

The plan's fields are described once, in storage/schema.py; this module adds the envelope
(format name and version) and the records of what left the machine.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from planner.domain.model import Plan
from planner.domain.records import FeedExport, FeedToken, PublishedEvent, Records
from planner.fileio import read_at_most, reading_error, write_atomically
from planner.storage import schema
from planner.storage.codecs import Context, Integer, InvalidValueError, Text, expected
from planner.storage.errors import PlanFormatError, StorageError
from planner.storage.timefmt import format_utc, parse_utc
from planner.words import megabytes, quoted, tr

FORMAT_NAME = "planner-plan"
# 2 added cancelled windows/shifts, reminder_minutes, revisions; 3 the press list, releases, sent;
# 4 what the rotation needs: speaker roles, health limits, availability, window needs, pins;
# 5 what a calendar server holds from us (published); 6 the tokens of subscription links;
# 7 the names of the files of the exports into folders (exports); 8 the plan's language.
FORMAT_VERSION = 8

# ---------------------------------------------------------------------------------- writing


def plan_to_dict(plan: Plan, records: Records | None = None, exports: Iterable[FeedExport] = ()) -> dict[str, Any]:
    """Every field, always, in a fixed order, so equal plans give identical files. `exports`:
    the records of the last export into each folder, of which the file names are kept
    (FeedExport.names_only)."""
    # (Here and in records_from_dict: the records' modules load with the records, not with
    # the plan — the app's start reads the bundled example as a plan and paints it first.)
    from planner.storage.records_codec import release_to_dict, sent_to_dict

    records = records or Records()
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        **schema.dump_plan(plan),
        "revisions": [
            {"item": item, "sequence": r.sequence, "fingerprint": r.fingerprint, "modified": format_utc(r.modified)}
            for item, r in sorted(records.revisions.items())
        ],
        "releases": [release_to_dict(r) for r in records.releases],
        "sent": [sent_to_dict(m) for _key, m in sorted(records.sent.items())],
        "failures": [
            {"email": email, "uid": uid, "at": format_utc(at), "reason": why}
            for (email, uid), (at, why) in sorted(records.failures.items())
        ],
        "published": [
            {
                "collection": collection,
                "uid": uid,
                "href": e.href,
                "etag": e.etag,
                "fingerprint": e.fingerprint,
                "at": format_utc(e.at),
            }
            for (collection, uid), e in sorted(records.published.items())
        ],
        "tokens": [
            {"person": person, "token": t.token, "at": format_utc(t.at)} for person, t in sorted(records.tokens.items())
        ],
        "exports": [
            {
                "folder": e.folder,
                "paths": [{"feed": feed, "path": path} for feed, path in sorted(e.paths.items())],
                "files": [
                    {"path": path, "digest": digest, "size": size, "written_ns": written}
                    for path, (digest, size, written) in sorted(e.files.items())
                ],
            }
            for e in sorted(exports, key=lambda e: e.folder)
        ],
    }


def plan_to_json(plan: Plan, records: Records | None = None, exports: Iterable[FeedExport] = ()) -> str:
    return json.dumps(plan_to_dict(plan, records, exports), indent=2, ensure_ascii=False) + "\n"


def write_json(plan: Plan, path: Path, records: Records | None = None, exports: Iterable[FeedExport] = ()) -> None:
    """Write the plan as JSON, all or nothing; StorageError if its reader could not take it back."""
    if (problem := schema.writable_problem(plan)) is not None:
        raise StorageError(tr("cannot save: {problem}", problem=problem))
    global _last_read
    _last_read = None  # (the plan read last is not kept for the session: the next read is of what was written)
    write_atomically(path, plan_to_json(plan, records, exports).encode("utf-8"))


# ---------------------------------------------------------------------------------- reading


def read_json(path: Path) -> Plan:
    """The plan alone: its records (read_json_document) are neither read nor checked, nor
    their modules loaded — as the app's start reads the bundled example, an untitled copy."""
    return plan_from_json(_file_bytes(path), source=str(path))


# A six-month campaign with its records is a few tens of MB; far beyond that is not a plan,
# and reading it would only fill the memory.
MAX_JSON_BYTES = 500_000_000


def read_json_document(path: Path) -> tuple[Plan, Records]:
    """The plan and its records from a JSON plan file."""
    plan, records, _exports = read_json_file(path)
    return plan, records


def read_json_exports(path: Path) -> dict[str, FeedExport]:
    """The records of the exports into folders a JSON plan file holds, by folder."""
    return read_json_file(path)[2]


def read_json_file(path: Path) -> tuple[Plan, Records, dict[str, FeedExport]]:
    """All a JSON plan file holds: the plan, its records and those of its exports, by folder
    (a file breaking any rule is refused whole)."""
    global _last_read
    import hashlib  # (here: the app's start reads the bundled example with read_json, and needs none)

    raw = _file_bytes(path)
    # `planner export plan.json` reads the file three times (the plan, the record of the last
    # export, and again before recording this one): the same bytes are made into records
    # once (a campaign's: ~0.7 s each). By their digest, not the file's time or size, which
    # another program can leave as they were.
    digest = hashlib.blake2b(raw, digest_size=32).digest()
    last = _last_read  # (taken once: a publish's worker may read another file meanwhile)
    if last is None or last[0] != digest:
        data = _parsed(raw, str(path))
        whole = plan_from_dict(data, str(path)), records_from_dict(data, str(path)), exports_from_dict(data, str(path))
        _last_read = last = digest, whole
    plan, records, exports = last[1]
    return plan, records, dict(exports)  # (the caller's to change)


# The last JSON plan file read, by the digest of its bytes: its plan, records and exports'
# (immutable but for the dict of exports, copied for each caller).
_last_read: tuple[bytes, tuple[Plan, Records, dict[str, FeedExport]]] | None = None


def _file_bytes(path: Path) -> bytes:
    def too_big(size: int | None) -> PlanFormatError:
        most = MAX_JSON_BYTES // 1_000_000
        if size is None:  # (a device or a pipe: read past the limit)
            return PlanFormatError(tr("{path}: more than {most} MB, far more than a plan", path=path, most=most))
        return PlanFormatError(tr("{path}: {size} MB is far more than a plan (at most {most} MB)", path=path,
                                  size=megabytes(size, most), most=most))  # fmt: skip

    try:
        return read_at_most(path, MAX_JSON_BYTES, too_big)
    except OSError as exc:
        raise reading_error(path, exc) from None


def plan_from_json(raw: bytes | str, source: str = "<json>") -> Plan:
    return plan_from_dict(_parsed(raw, source), source)


def _parsed(raw: bytes | str, source: str) -> Any:
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError as exc:
        raise PlanFormatError(tr("{source}: not UTF-8 text (byte {byte})", source=source, byte=exc.start)) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise PlanFormatError(
            tr(
                "{source}: line {line} column {column}: {why}",
                source=source,
                line=exc.lineno,
                column=exc.colno,
                why=exc.msg,
            )
        ) from None
    except RecursionError:
        raise PlanFormatError(tr("{source}: nested too deeply to be a plan", source=source)) from None


def plan_from_dict(data: Any, source: str = "<json>") -> Plan:
    ctx = Context(source)
    if not isinstance(data, dict):
        raise ctx.fail("top level", expected(tr("an object"), data))
    if data.get("format") != FORMAT_NAME:
        raise ctx.fail("format", tr("expected {name}; this is not a Planner plan", name=quoted(FORMAT_NAME)))
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ctx.fail("version", expected(tr("a whole number"), version))
    if version > FORMAT_VERSION:
        raise ctx.fail(
            "version",
            tr(
                "{version} is newer than this Planner reads ({known}); update Planner",
                version=version,
                known=FORMAT_VERSION,
            ),
        )
    if version < 1:
        raise ctx.fail("version", tr("{version} is not a known version", version=version))
    return schema.load_plan(data, source)


def records_from_dict(data: dict[str, Any], source: str) -> Records:
    from planner.domain.ledger import ledger_key
    from planner.domain.revisions import Revision
    from planner.storage.records_codec import release_from_dict, sent_from_dict

    ctx = Context(source)
    releases = [_guarded(ctx, path, "release", release_from_dict, node) for path, node in _nodes(ctx, data, "releases")]
    sent = {}
    for path, node in _nodes(ctx, data, "sent"):
        message = _guarded(ctx, path, "sent-message", sent_from_dict, node)
        sent[ledger_key(message.email, message.uid)] = message
    failures = {}
    for path, node in _nodes(ctx, data, "failures"):
        email, uid = _field(ctx, node, path, "email", _ID), _field(ctx, node, path, "uid", _ID)
        failures[ledger_key(email, uid)] = (_utc(ctx, node, path, "at"), _field(ctx, node, path, "reason", Text()))
    revisions = {
        _field(ctx, node, path, "item", _ID): Revision(
            sequence=_field(ctx, node, path, "sequence", Integer()),
            fingerprint=_field(ctx, node, path, "fingerprint", _ID),
            modified=_utc(ctx, node, path, "modified"),
        )
        for path, node in _nodes(ctx, data, "revisions")
    }
    published = {
        (_field(ctx, node, path, "collection", _ID), _field(ctx, node, path, "uid", _ID)): PublishedEvent(
            href=_field(ctx, node, path, "href", _ID),
            etag=_field(ctx, node, path, "etag", Text()),
            fingerprint=_field(ctx, node, path, "fingerprint", Text()),
            at=_utc(ctx, node, path, "at"),
        )
        for path, node in _nodes(ctx, data, "published")
    }
    tokens = {
        _field(ctx, node, path, "person", _ID): FeedToken(
            token=_field(ctx, node, path, "token", _ID), at=_utc(ctx, node, path, "at")
        )
        for path, node in _nodes(ctx, data, "tokens")
    }
    releases.sort(key=lambda r: r.number)
    return Records(revisions, tuple(releases), sent, failures, published, tokens)


def exports_from_dict(data: dict[str, Any], source: str) -> dict[str, FeedExport]:
    """The records of the last export into each folder (their file names: names_only)."""
    ctx = Context(source)
    if not isinstance(data, dict):
        raise ctx.fail("top level", expected(tr("an object"), data))
    exports = {}
    for path, node in _nodes(ctx, data, "exports"):
        folder = _field(ctx, node, path, "folder", _ID)
        paths = {
            _field(ctx, entry, where, "feed", _ID): _field(ctx, entry, where, "path", _ID)
            for where, entry in _nodes(ctx, node, "paths", path)
        }
        files = {
            _field(ctx, entry, where, "path", _ID): (
                _field(ctx, entry, where, "digest", _DIGEST),
                _field(ctx, entry, where, "size", _COUNT),
                _field(ctx, entry, where, "written_ns", _COUNT),
            )
            for where, entry in _nodes(ctx, node, "files", path)
        }
        exports[folder] = FeedExport(folder, "", {}, files, {}, paths)
    return exports


_ID = Text(non_empty=True)
_DIGEST = Text(check=lambda text: None if _is_hex(text) else tr("is not a digest (hexadecimal digits)"))
_COUNT = Integer(hi=2**63 - 1)  # (a size, a time in nanoseconds)


_HEX_DIGITS = frozenset("0123456789abcdef")


def _is_hex(text: str) -> bool:
    return len(text) % 2 == 0 and _HEX_DIGITS.issuperset(text)


def _nodes(ctx: Context, data: dict[str, Any], key: str, within: str = "") -> list[tuple[str, dict[str, Any]]]:
    """The objects listed under `key` of `data` (found at `within`), each with where it is."""
    at = f"{within}.{key}" if within else key
    nodes = data.get(key, [])
    if not isinstance(nodes, list):
        raise ctx.fail(at, expected(tr("a list"), nodes))
    for i, node in enumerate(nodes):
        if not isinstance(node, dict):
            raise ctx.fail(f"{at}[{i}]", expected(tr("an object"), node))
    return [(f"{at}[{i}]", node) for i, node in enumerate(nodes)]


def _field(ctx: Context, node: dict[str, Any], path: str, key: str, codec: Text | Integer) -> Any:
    if key not in node:
        raise ctx.fail(f"{path}.{key}", tr("is missing"))
    try:
        return codec.load(node[key], ctx)
    except InvalidValueError as exc:
        raise ctx.fail(f"{path}.{key}", exc.problem) from None


def _utc(ctx: Context, node: dict[str, Any], path: str, key: str) -> Any:
    text = _field(ctx, node, path, key, _ID)
    try:
        return parse_utc(text)
    except (ValueError, OverflowError) as exc:
        raise ctx.fail(f"{path}.{key}", str(exc)) from None


def _guarded(ctx: Context, path: str, what: str, read: Any, node: dict[str, Any]) -> Any:
    try:
        return read(node)
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
        raise ctx.fail(path, tr("damaged {what} record ({why})", what=what, why=repr(exc))) from None
