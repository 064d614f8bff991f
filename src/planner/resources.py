"""Where the bundled resources are: inside the installed package, or in the source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent

# The languages Planner speaks (its translations, resources/translations/planner_XX.ts), each
# named in itself: the app's and the headless commands' choices.
LANGUAGES = {"en": "English", "es": "Español"}


def resources_dir() -> Path:
    installed = _PACKAGE / "resources"  # a wheel carries them here (see pyproject.toml)
    if installed.is_dir():
        return installed
    return _PACKAGE.parents[1] / "resources"  # running from a checkout or an editable install


def example_plan_path() -> Path:
    return resources_dir() / "examples" / "hunger-strike-2025.json"


def is_example_plan(path: Path) -> bool:
    """Whether `path` is the bundled example itself (which is read, copied, never written)."""
    return path.resolve() == example_plan_path().resolve()


def translations_dir() -> Path:
    """Planner's compiled translations (planner_XX.qm), for Qt's QTranslator to load."""
    return resources_dir() / "translations"
