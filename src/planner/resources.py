"""Where the bundled resources are: inside the installed package, or in the source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    installed = _PACKAGE / "resources"  # a wheel carries them here (see pyproject.toml)
    if installed.is_dir():
        return installed
    return _PACKAGE.parents[1] / "resources"  # running from a checkout or an editable install


def example_plan_path() -> Path:
    return resources_dir() / "examples" / "hunger-strike-2025.json"
