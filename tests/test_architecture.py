"""The architecture table holds: import-linter's contracts fail on every import it forbids."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from tests.tooling import find_tool

ROOT = Path(__file__).parents[1]

# One forbidden import per row of the README's table: (importing module, what it imports).
FORBIDDEN = [
    ("domain/model.py", "planner.storage"),
    ("rotation/__init__.py", "planner.storage"),
    ("storage/__init__.py", "planner.rotation"),
    ("ical/__init__.py", "planner.rotation"),
    ("publish/__init__.py", "planner.storage"),
    ("publish/mail.py", "sqlite3"),
    ("printing/__init__.py", "planner.storage"),
    ("sync/__init__.py", "planner.ui"),
    ("cli.py", "planner.ui"),
    ("ui/__init__.py", "planner.cli"),
]


def lint_imports() -> str:
    return find_tool("lint-imports", "the test extra (import-linter)")


def run_linter(tree: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(tree / "src")}
    return subprocess.run(
        [lint_imports(), "--no-cache", "--config", str(tree / "pyproject.toml")],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def source_copy(tmp_path) -> Path:
    shutil.copytree(
        ROOT / "src" / "planner", tmp_path / "src" / "planner", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    return tmp_path


def test_the_unchanged_source_keeps_every_contract(source_copy):
    result = run_linter(source_copy)
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"Contracts: \d+ kept, 0 broken", result.stdout)


def test_every_contract_breaks_on_a_forbidden_import(source_copy):
    for module, imported in FORBIDDEN:
        path = source_copy / "src" / "planner" / module
        path.write_text(path.read_text(encoding="utf-8") + f"\nimport {imported}  # forbidden\n", encoding="utf-8")
    result = run_linter(source_copy)
    assert result.returncode != 0
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    report = " ".join(result.stdout.split())  # contract names may wrap
    for contract in contracts:
        name = " ".join(contract["name"].split())
        assert f"{name} BROKEN" in report, f"no forbidden import broke {name!r}"
    for module, imported in FORBIDDEN:
        importer = "planner." + module.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
        assert f"{importer} -> {imported}" in report, (importer, imported)


def test_the_app_starts_without_loading_what_only_some_commands_need():
    """icalendar, e-mail, printing, the solver, the headless commands and the dialogs load on
    first use: the first frame waits for none. Started as the `planner` command starts it
    (planner/__main__.py), up to where app.py builds the window."""
    import sys

    code = (
        "import sys, planner.app\n"
        "planner.app.main = lambda args: print('loaded:', *sorted(m for m in LATER if m in sys.modules)) or 0\n"
        "import planner.__main__\n"
        "planner.__main__.main(['--example'])"
    )
    later = ["planner.cli", "icalendar", "recurring_ical_events", "smtplib", "planner.publish.outbox",
             "planner.printing.runsheet", "ortools", "planner.rotation.solver", "keyring", "planner.ui.editors",
             "planner.ui.assign", "planner.ui.rotation", "planner.storage.csv_table", "planner.ui.import_preview",
             "planner.ui.team_dialogs", "planner.ui.publish_dialog", "planner.ui.agenda",
             "planner.ui.link_dialog"]  # fmt: skip
    done = subprocess.run([sys.executable, "-c", f"LATER = {later!r}\n{code}"], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120, check=True)  # fmt: skip
    assert done.stdout.strip() == "loaded:"
