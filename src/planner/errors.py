"""Errors meant for the organizer's eyes: each message says what went wrong and where."""

from __future__ import annotations


class PlannerError(Exception):
    """Base of every error the CLI and UI show as a message instead of a traceback."""


class FileAccessError(PlannerError):
    """The machine refused: file locked, read-only, disk full, missing folder.

    Kept apart from format errors so the UI can say "try again / choose another place"
    instead of "this file is broken".
    """
