"""Finding the command-line tools the tests use, in whatever environment runs them."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest


def find_tool(name: str, comes_with: str) -> str:
    """`name` beside the running Python (any venv), else on PATH; missing fails the test."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: it comes with {comes_with}")
    return found
