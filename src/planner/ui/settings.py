"""Every persistent setting declared once, with its type and default; window state kept apart."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")
MAX_RECENT_FILES = 10


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T


# Preferences: what the user chose.
RECENT_FILES: Setting[list[str]] = Setting("preferences/recent_files", [])
LANGUAGE: Setting[str] = Setting("preferences/language", "")  # "" follows the system; "en", "es"
GRID_SNAP_MINUTES: Setting[int] = Setting("preferences/grid_snap_minutes", 15)  # drags snap to this
# Unsaved edits are written to a recovery copy this often (seconds; 0: never).
AUTOSAVE_SECONDS: Setting[int] = Setting("preferences/autosave_seconds", 60)
# Where invitations are sent from; the password is in the system keyring, never here.
SMTP_HOST: Setting[str] = Setting("preferences/smtp_host", "")
SMTP_PORT: Setting[int] = Setting("preferences/smtp_port", 587)
SMTP_SECURITY: Setting[str] = Setting("preferences/smtp_security", "starttls")
SMTP_USER: Setting[str] = Setting("preferences/smtp_user", "")
# Where File ▸ Publish puts the calendars; the password is in the system keyring, never here.
CALDAV_SERVER: Setting[str] = Setting("preferences/caldav_server", "")
CALDAV_USER: Setting[str] = Setting("preferences/caldav_user", "")
# The start screen (a new organizer's first choices) once "do not show" was ticked.
ORGANIZER_NAME: Setting[str] = Setting("preferences/organizer_name", "")  # recorded with each shared change
SYNC_SECONDS: Setting[int] = Setting("preferences/sync_seconds", 30)  # how often a shared plan pulls
START_SCREEN_DISMISSED: Setting[bool] = Setting("preferences/start_screen_dismissed", False)
# Window state: how the window was left; safe to throw away.
WINDOW_GEOMETRY: Setting[QByteArray] = Setting("state/window_geometry", QByteArray())
WINDOW_STATE: Setting[QByteArray] = Setting("state/window_state", QByteArray())
# The location each recent plan's grid was last filtered to ("<location id>\t<path>"): a site
# lead's campaign opens on their site, not on all ten side by side.
SHOWN_LOCATIONS: Setting[list[str]] = Setting("state/shown_locations", [])


class Settings:
    """Typed access to a QSettings store that app.py (or a test) creates and passes in."""

    def __init__(self, store: QSettings) -> None:
        self.store = store

    def get(self, setting: Setting[T]) -> T:
        value = self.store.value(setting.key, setting.default)
        if isinstance(setting.default, list):
            # INI files return a lone string for a one-item list, and None for an empty one.
            value = [] if value is None else [value] if isinstance(value, str) else value
        if isinstance(setting.default, bool) and isinstance(value, str):
            value = value == "true"  # INI files keep booleans as text
        elif isinstance(setting.default, int) and isinstance(value, str) and value.isdigit():
            value = int(value)  # INI files keep numbers as text
        if not isinstance(value, type(setting.default)):
            return setting.default
        return value

    def set(self, setting: Setting[T], value: T) -> None:
        self.store.setValue(setting.key, value)

    def first_run(self) -> bool:
        """No recent file, and the start screen (start_screen.py) never dismissed: the app
        starts with its choice of the example, a template or a file."""
        return not self.recent_files() and not self.get(START_SCREEN_DISMISSED)

    def recent_files(self) -> list[Path]:
        return [Path(p) for p in self.get(RECENT_FILES)]

    def add_recent_file(self, path: Path) -> None:
        text = str(path.resolve())
        files = [text, *(p for p in self.get(RECENT_FILES) if p != text)]
        self.set(RECENT_FILES, files[:MAX_RECENT_FILES])

    def remove_recent_file(self, path: Path) -> None:
        text = str(path.resolve())
        self.set(RECENT_FILES, [p for p in self.get(RECENT_FILES) if p != text])

    def shown_location(self, path: Path) -> str | None:
        """The location the plan at `path` was last shown filtered to, if any."""
        text = str(path.resolve())
        return next((kept.partition("\t")[0] for kept in self.get(SHOWN_LOCATIONS)
                     if kept.partition("\t")[2] == text), None)  # fmt: skip

    def keep_shown_location(self, path: Path, location_id: str | None) -> None:
        """Remember `location_id` (None: all of them) for the plan at `path`, of the last
        MAX_RECENT_FILES plans so filtered."""
        text = str(path.resolve())
        kept = [entry for entry in self.get(SHOWN_LOCATIONS) if entry.partition("\t")[2] != text]
        if location_id is not None:
            kept.insert(0, f"{location_id}\t{text}")
        self.set(SHOWN_LOCATIONS, kept[:MAX_RECENT_FILES])
