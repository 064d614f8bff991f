"""Reading and writing plans: the .planner document and JSON interchange (the only sqlite3 user)."""

from __future__ import annotations

from pathlib import Path

from planner.domain.model import Plan
from planner.domain.records import Records
from planner.storage.document import load_document_file, load_plan, save_plan, write_records
from planner.storage.errors import FileAccessError, NewerVersionError, PlanFormatError, StorageError
from planner.storage.json_format import read_json, read_json_document, write_json

__all__ = [
    "FileAccessError",
    "NewerVersionError",
    "PlanFormatError",
    "StorageError",
    "load_any",
    "load_document",
    "record_publication",
    "save_any",
]


def load_any(path: Path) -> Plan:
    """A plan from a .planner document or a .json interchange file, chosen by extension."""
    if path.suffix.lower() == ".json":
        return read_json(path)
    return load_plan(path)


def load_document(path: Path) -> tuple[Plan, Records]:
    """The plan and the records of what left the machine (feeds, releases, messages)."""
    if path.suffix.lower() == ".json":
        return read_json_document(path)
    return load_document_file(path)


def save_any(plan: Plan, path: Path, records: Records | None = None) -> None:
    if path.suffix.lower() == ".json":
        write_json(plan, path, records)
    else:
        save_plan(plan, path, records)


def record_publication(path: Path, records: Records) -> None:
    """Store the records in the plan file, leaving the plan in it as it is."""
    if path.suffix.lower() == ".json":
        write_json(read_json(path), path, records)
    else:
        write_records(path, records)
