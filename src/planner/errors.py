"""Errors meant for the organizer's eyes: each message says what went wrong and where."""

from __future__ import annotations

from planner.words import Text


class PlannerError(Exception):
    """Base of every error the CLI and UI show as a message instead of a traceback.

    The message is a Text (`planner.words.tr`: an English template with named parts), or a
    plain text that is not ours to translate. str() is the English; the app and the CLI say
    `text` in their language (ui/i18n.say_error, cli._Speech)."""

    def __init__(self, message: Text | str = "") -> None:
        super().__init__(str(message))
        self.text = message


class FileAccessError(PlannerError):
    """The machine refused: file locked, read-only, disk full, missing folder.

    Kept apart from format errors so the UI can say "try again / choose another place"
    instead of "this file is broken".
    """
