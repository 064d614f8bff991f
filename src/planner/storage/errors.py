"""What can go wrong reading or writing a plan, worded for the organizer."""

from __future__ import annotations

from planner.errors import FileAccessError, PlannerError

__all__ = ["ChangedOnDiskError", "FileAccessError", "NewerVersionError", "PlanFormatError", "StorageError"]


class StorageError(PlannerError):
    """A plan could not be read or written; the message says what and where."""


class PlanFormatError(StorageError):
    """The file is not a valid plan: bad JSON, a missing field, an impossible value."""


class NewerVersionError(StorageError):
    """The file was written by a newer Planner; it is refused and left untouched."""


class ChangedOnDiskError(StorageError):
    """The file was written by someone else since it was read (another machine, a synced
    folder); it was not overwritten."""
