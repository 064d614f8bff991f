"""Who the app is: its icon, Help ▸ About Planner, and Help ▸ Report a Problem (what to paste
into a bug report: versions, platform, the last error shown)."""

from __future__ import annotations

import functools
import html
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QGuiApplication, QIcon

from planner import __version__
from planner.resources import resources_dir
from planner.ui.i18n import tr

APP_ID = "org.planner.Planner"  # as in resources/desktop and planner.desktop
LIBRARIES = ("icalendar", "recurring-ical-events", "ortools", "keyring")


@functools.cache  # read once: the application and its main window show the same icon
def app_icon() -> QIcon:
    """The icon, drawn for this project: the SVG, and the PNG sizes small panels prefer."""
    icons = resources_dir() / "icons"
    icon = QIcon(str(icons / f"{APP_ID}.svg"))
    for png in sorted((icons / "hicolor").glob(f"*/apps/{APP_ID}.png")):
        icon.addFile(str(png))
    return icon


def versions() -> list[tuple[str, str]]:
    """(name, version) of Planner, Python, Qt and the libraries it is made with."""
    import platform  # (here and below, not at start: it reads Python's build configuration)
    from importlib import metadata  # (not at start: it brings the e-mail package with it)

    found = [("Planner", __version__), ("Python", platform.python_version()), ("Qt", qVersion()),
             ("PySide6", pyside_version)]  # fmt: skip
    for name in LIBRARIES:
        try:
            found.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            found.append((name, tr("not installed")))
    return found


def about_html() -> str:
    """The About box: what Planner is, its licence, the manual, and every version."""
    readme = resources_dir() / "README.md"  # the wheel carries it (pyproject.toml)
    link = QUrl.fromLocalFile(str(readme)).toString()
    what = tr("Plan a public action and publish its schedule as calendars.")
    licence = tr("Free software under the GNU General Public License, version 3 or later.")
    manual = tr("Read the manual (README)")
    rows = "".join(f"<tr><td>{html.escape(n)}</td><td>{html.escape(v)}</td></tr>" for n, v in versions())
    return (
        f"<h3>Planner {html.escape(__version__)}</h3><p>{html.escape(what)}</p><p>{html.escape(licence)}</p>"
        f'<p><a href="{html.escape(link, quote=True)}">{html.escape(manual)}</a></p><table>{rows}</table>'
    )


def problem_report(last_error: str) -> str:
    """Plain text for a bug report; copied to the clipboard by Help ▸ Report a Problem."""
    import platform

    lines = [f"{name} {version}" for name, version in versions()]
    lines.append(f"Platform: {platform.platform()} ({QGuiApplication.platformName() or 'no display'})")
    lines.append(f"Executable: {sys.executable}")
    lines.append(f"Last error: {last_error or 'none'}")
    return "\n".join(lines)
