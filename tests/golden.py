"""Golden files: the exact bytes we publish, kept in the repository and compared byte for byte."""

from __future__ import annotations

import os
from pathlib import Path


def assert_golden(golden: Path, data: bytes) -> None:
    """`data` is what `golden` holds. PLANNER_UPDATE_GOLDEN=1 rewrites it instead, for a
    deliberate change, to be reviewed in the diff."""
    if os.environ.get("PLANNER_UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_bytes(data)
    assert data == golden.read_bytes(), f"{golden.name} differs; PLANNER_UPDATE_GOLDEN=1 if that is meant"
