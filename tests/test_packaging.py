"""The wheel an organizer installs (pipx install planner-….whl): built from this checkout,
installed into a fresh venv outside it, and run there — version, an export, a picture of the
window, the desktop entry. Slow (a venv and its dependencies: ~30 s), so one test does it all."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None, timeout: int = 600) -> str:
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{args}: {done.stdout}\n{done.stderr}"
    return done.stdout


def test_the_wheel_installs_into_a_fresh_venv_and_runs_there(tmp_path):
    # The build compiles the translations anew: into new files renamed into place, never the
    # old ones rewritten, which a Planner (or a test run) using this checkout has mapped into
    # memory and would crash on (a bus error) at its next text.
    compiled = ROOT / "resources" / "translations" / "planner_es.qm"
    before = compiled.stat().st_ino
    _run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", tmp_path / "dist", ROOT, cwd=tmp_path)
    assert compiled.stat().st_ino != before
    assert not list(compiled.parent.glob("*.tmp"))
    [wheel] = (tmp_path / "dist").glob("planner-*.whl")
    venv.create(tmp_path / "venv", with_pip=True)
    bin_dir = tmp_path / "venv" / "bin"
    _run(bin_dir / "python", "-m", "pip", "install", "-q", wheel, cwd=tmp_path)
    planner = bin_dir / "planner"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "share"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "TMPDIR": str(tmp_path)}  # fmt: skip
    env.pop("PYTHONPATH", None)
    assert _run(planner, "--version", cwd=tmp_path, env=env).strip().startswith("planner ")
    # The installed copy, not this checkout: its example and translations came in the wheel.
    where = _run(bin_dir / "python", "-c", "import planner.resources as r; print(r.resources_dir())", cwd=tmp_path)
    assert str(tmp_path / "venv") in where and not where.startswith(str(ROOT))
    resources = Path(where.strip())
    for part in ("examples/hunger-strike-2025.json", "translations/planner_es.qm", "README.md",
                 "icons/org.planner.Planner.svg", "desktop/org.planner.Planner.desktop"):  # fmt: skip
        assert (resources / part).is_file(), part
    example = resources / "examples" / "hunger-strike-2025.json"
    _run(planner, "export", example, "--out", tmp_path / "feeds", "--no-record", cwd=tmp_path, env=env)
    assert (tmp_path / "feeds" / "media.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    _run(planner, "--example", "--screenshot", tmp_path / "shot.png", cwd=tmp_path, env=env)
    assert (tmp_path / "shot.png").stat().st_size > 10_000
    _run(planner, "--install-desktop", cwd=tmp_path, env=env)
    entry = (tmp_path / "share" / "applications" / "org.planner.Planner.desktop").read_text(encoding="utf-8")
    assert f"Exec={planner} %f" in entry
