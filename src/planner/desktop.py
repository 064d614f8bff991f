"""The app on a Linux desktop (freedesktop.org): a menu entry, an icon, and `.planner` files
known by name and by content, installed for the user alone (no root) under $XDG_DATA_HOME.

`planner --install-desktop` / `--uninstall-desktop`. Standard library only: it runs where Qt
has no display."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from planner.resources import resources_dir

APP_ID = "org.planner.Planner"
MIME_TYPE = "application/x-planner"


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launcher() -> str:
    """The command the menu entry runs: this very `planner`, by its full path, so a pipx or
    bundle install works although ~/.local/bin may not be on the desktop session's PATH."""
    argv0 = Path(sys.argv[0])
    if argv0.name == "planner" and argv0.exists():
        return str(argv0.resolve())
    return shutil.which("planner") or "planner"


def _targets(home: Path) -> dict[Path, Path]:
    """Each file to install (source → destination)."""
    res = resources_dir()
    files = {
        res / "desktop" / f"{APP_ID}.desktop": home / "applications" / f"{APP_ID}.desktop",
        res / "desktop" / f"{APP_ID}.xml": home / "mime" / "packages" / f"{APP_ID}.xml",
        res / "icons" / f"{APP_ID}.svg": home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    }
    for png in sorted((res / "icons" / "hicolor").glob(f"*/apps/{APP_ID}.png")):
        files[png] = home / "icons" / "hicolor" / png.parent.parent.name / "apps" / png.name
    return files


def install(home: Path | None = None, command: str | None = None) -> list[Path]:
    """Copy the entry, the MIME type and the icons; the entry runs `command` (default: this
    planner). Then ask the desktop's caches to look again, where those tools exist."""
    home = home or data_home()
    command = command or launcher()
    written = []
    for source, target in _targets(home).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.suffix == ".desktop":
            text = source.read_text(encoding="utf-8")
            quoted = _quoted(command)
            text = text.replace("Exec=planner %f", f"Exec={quoted} %f").replace("TryExec=planner", f"TryExec={command}")
            target.write_text(text, encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        written.append(target)
    _refresh(home)
    return written


def uninstall(home: Path | None = None) -> list[Path]:
    home = home or data_home()
    removed = []
    for target in _targets(home).values():
        if target.exists():
            target.unlink()
            removed.append(target)
    _refresh(home)
    return removed


def _quoted(command: str) -> str:
    """A path as the Exec key wants it: quoted when it holds a space or a reserved character."""
    if not any(c in command for c in ' \t"`$\\'):
        return command
    escaped = command.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped}"'


def _refresh(home: Path) -> None:
    for tool, folder in (("update-mime-database", home / "mime"), ("update-desktop-database", home / "applications"),
                         ("gtk-update-icon-cache", home / "icons" / "hicolor")):  # fmt: skip
        path = shutil.which(tool)
        if path and folder.is_dir():
            extra = ["-f", "-t"] if tool == "gtk-update-icon-cache" else []
            subprocess.run([path, *extra, str(folder)], capture_output=True, check=False, timeout=60)


def main(argv: list[str]) -> int:
    if argv == ["--install-desktop"]:
        for path in install():
            print(path)
        print(f"Planner is in the applications menu; .planner files open with it ({MIME_TYPE}).")
        return 0
    for path in uninstall():
        print(f"removed {path}")
    return 0
