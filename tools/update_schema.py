"""Write docs/plan.schema.json from the record descriptions in src/planner/storage/schema.py."""

from __future__ import annotations

import json
from pathlib import Path

from planner.storage.schema import json_schema

TARGET = Path(__file__).parents[1] / "docs" / "plan.schema.json"

if __name__ == "__main__":
    TARGET.write_text(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(TARGET)
