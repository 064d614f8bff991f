"""Build step: compile the translations (resources/translations/*.ts) into the .qm files Qt
loads, with the lrelease tool that comes with PySide6. The .qm files are build output and are
not kept in git."""

from __future__ import annotations

import os
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
            # Compiled beside it, then renamed into place: a Planner running from this checkout
            # has the old file mapped into memory (Qt maps .qm files), and rewriting it in place
            # would crash that Planner (a bus error) when it next looked up a text.
            target = source.with_suffix(".qm")
            compiled = source.with_suffix(f".qm.{os.getpid()}.tmp")
            try:
                result = subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(compiled)],
                                        capture_output=True, text=True)  # fmt: skip
                if result.returncode != 0 or not compiled.is_file():
                    raise RuntimeError(f"lrelease could not compile {source}: {result.stderr or result.stdout}")
                os.replace(compiled, target)
            finally:
                compiled.unlink(missing_ok=True)


def _lrelease() -> Path:
    import PySide6  # a build requirement (pyproject.toml [build-system])

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        if (folder / name).is_file():
            return folder / name
    raise RuntimeError(f"no lrelease in {folder}; PySide6-Essentials ships it ({sys.platform})")
