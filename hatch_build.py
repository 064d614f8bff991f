"""Build step: compile the translations (resources/translations/*.ts) into the .qm files Qt
loads, with the lrelease tool that comes with PySide6. The .qm files are build output and are
not kept in git."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "translations"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        folder = Path(self.root) / "resources" / "translations"
        sources = sorted(folder.glob("*.ts"))
        if not sources:
            return
        lrelease = _lrelease()
        for source in sources:
            target = source.with_suffix(".qm")
            result = subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)],
                                    capture_output=True, text=True)  # fmt: skip
            if result.returncode != 0 or not target.is_file():
                raise RuntimeError(f"lrelease could not compile {source}: {result.stderr or result.stdout}")


def _lrelease() -> Path:
    import PySide6  # a build requirement (pyproject.toml [build-system])

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        if (folder / name).is_file():
            return folder / name
    raise RuntimeError(f"no lrelease in {folder}; PySide6-Essentials ships it ({sys.platform})")
