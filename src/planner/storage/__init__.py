"""Reading and writing plans: the .planner document and JSON interchange (the only sqlite3 user)."""

from __future__ import annotations

from pathlib import Path

from planner.domain.model import Plan
from planner.storage.document import SUFFIX, load_plan, save_plan
from planner.storage.errors import FileAccessError, NewerVersionError, PlanFormatError, StorageError
from planner.storage.json_format import read_json, write_json

__all__ = [
    "FileAccessError",
    "NewerVersionError",
    "PlanFormatError",
    "StorageError",
    "load_any",
    "save_any",
]


def load_any(path: Path) -> Plan:
    """A plan from a .planner document or a .json interchange file, chosen by extension."""
    if path.suffix.lower() == ".json":
        return read_json(path)
    return load_plan(path)


def save_any(plan: Plan, path: Path) -> None:
    if path.suffix.lower() == ".json":
        write_json(plan, path)
    else:
        save_plan(plan, path)


def is_plan_path(path: Path) -> bool:
    return path.suffix.lower() in (SUFFIX, ".json")
