"""What can go wrong reading or writing a plan, worded for the organizer."""

from __future__ import annotations


class StorageError(Exception):
    """A plan could not be read or written; the message says what and where."""


class PlanFormatError(StorageError):
    """The file is not a valid plan: bad JSON, a missing field, an impossible value."""


class NewerVersionError(StorageError):
    """The file was written by a newer Planner; it is refused and left untouched."""


class StorageEnvironmentError(StorageError):
    """The machine refused: file locked, read-only, disk full, missing folder.

    Kept apart from format errors so the UI can say "try again / choose another place"
    instead of "this file is broken".
    """
