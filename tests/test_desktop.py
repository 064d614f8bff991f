"""The desktop integration: the entry validates, `.planner` files are known by name and by
content, and uninstalling leaves nothing behind. Installed into a temporary $XDG_DATA_HOME."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

from planner import desktop
from planner.resources import resources_dir
from planner.storage import save_any


def _tool(name: str) -> str:
    path = shutil.which(name)
    packages = "desktop-file-utils, shared-mime-info, xdg-utils, libfile-mimeinfo-perl"
    assert path, f"{name} is missing: tools/dev.sh installs it (apt: {packages})"
    return path


def test_the_bundled_entry_validates_and_the_mime_type_parses():
    entry = resources_dir() / "desktop" / f"{desktop.APP_ID}.desktop"
    result = subprocess.run([_tool("desktop-file-validate"), str(entry)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    text = entry.read_text(encoding="utf-8")
    assert "MimeType=application/x-planner;text/calendar;" in text and f"Icon={desktop.APP_ID}" in text
    root = ET.parse(resources_dir() / "desktop" / f"{desktop.APP_ID}.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    [kind] = root.findall("m:mime-type", ns)
    assert kind.get("type") == desktop.MIME_TYPE and kind.find("m:glob", ns).get("pattern") == "*.planner"


def test_install_for_the_user_then_files_are_ours_by_name_and_by_content(tmp_path, example_plan):
    home = tmp_path / "share"
    written = desktop.install(home, command="/opt/My Apps/planner")
    assert len(written) == 3 + 7  # the entry, the MIME type, the SVG and seven PNG sizes
    entry = home / "applications" / f"{desktop.APP_ID}.desktop"
    assert 'Exec="/opt/My Apps/planner" %f' in entry.read_text(encoding="utf-8")
    result = subprocess.run([_tool("desktop-file-validate"), str(entry)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    assert "application/x-planner:*.planner" in (home / "mime" / "globs2").read_text()  # update-mime-database ran
    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    renamed = tmp_path / "strike.backup"  # no telling extension: known by its header
    shutil.copyfile(plan_file, renamed)
    env = {**os.environ, "XDG_DATA_HOME": str(home), "XDG_DATA_DIRS": f"{home}:/usr/share"}
    _tool("mimetype")  # what xdg-mime asks outside GNOME or KDE; without it, `file`, which knows no .planner
    for path in (plan_file, renamed):
        found = subprocess.run([_tool("xdg-mime"), "query", "filetype", str(path)], capture_output=True, text=True,
                               env=env)  # fmt: skip
        assert found.stdout.strip() == desktop.MIME_TYPE, (path.name, found.stdout, found.stderr)
    removed = desktop.uninstall(home)
    assert sorted(removed) == sorted(written)
    assert not list((home / "applications").glob("*.desktop")) and not list((home / "mime" / "packages").glob("*.xml"))


def test_the_command_line_installs_and_uninstalls(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    run = [sys.executable, "-m", "planner"]
    done = subprocess.run([*run, "--install-desktop"], capture_output=True, text=True, env=env)
    assert done.returncode == 0 and "applications menu" in done.stdout
    assert (tmp_path / "applications" / f"{desktop.APP_ID}.desktop").is_file()
    gone = subprocess.run([*run, "--uninstall-desktop"], capture_output=True, text=True, env=env)
    assert gone.returncode == 0 and not (tmp_path / "applications" / f"{desktop.APP_ID}.desktop").exists()
