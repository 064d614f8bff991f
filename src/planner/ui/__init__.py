"""The Qt user interface; the only user of PySide6 besides app.py."""

import os
import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (loads PySide6's import hook, adjusted below)


def _skip_reading_our_sources() -> None:
    """PySide6 reads the source of each module imported after it, looking for the word
    "PySide6", to know where its `from __feature__ import …` switches may apply: for the 200
    modules a start imports after it (Planner's and the standard library's) 12–23 ms. Planner
    uses none of those switches: its own modules are taken as PySide6 users (as PySide6 finds
    them) and the standard library's as not, without reading them; other modules are read as
    before. Where PySide6's internals differ, nothing changes."""
    feature = sys.modules.get("shibokensupport.feature")
    reads = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(reads) or getattr(reads, "planner_skips", False):
        return
    stdlib = os.path.dirname(os.__file__) + os.sep

    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", "")
        if name == "planner" or name.startswith("planner."):
            return True
        path = getattr(module, "__file__", None) or ""
        if path.startswith(stdlib) and "-packages" not in path:  # (not site- or dist-packages)
            return False
        return bool(reads(module))

    uses_pyside.planner_skips = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]


_skip_reading_our_sources()
