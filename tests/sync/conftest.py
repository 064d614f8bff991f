"""A real Radicale for team-plan tests, and two organizers' copies of one shared plan."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from planner.cli import main
from planner.storage import save_any
from tests.servers import Radicale


class Team:
    """Two organizers, Ana and Ben, each with a copy of one plan shared on `server`."""

    def __init__(self, server: Radicale, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.server, self.monkeypatch = server, monkeypatch
        self.ana, self.ben = folder / "ana.planner", folder / "ben.planner"
        self.url = ""

    def cli(self, *args: str) -> int:
        self.monkeypatch.setattr("sys.stdin", io.StringIO(self.server.PASSWORD + "\n"))
        return main([*args, "--password-stdin"])

    def sync(self, path: Path, *extra: str) -> int:
        return self.cli("sync", str(path), "--name", "Ana" if path == self.ana else "Ben", *extra)


@pytest.fixture
def team(server, example_plan, tmp_path, monkeypatch, capsys) -> Team:
    team = Team(server, tmp_path, monkeypatch)
    save_any(example_plan, team.ana)
    assert team.cli("share", str(team.ana), "--server", server.url, "--user", server.USER, "--name", "Ana") == 0
    out = capsys.readouterr().out
    team.url = next(word for word in out.split() if word.startswith("http") and "planner-" in word)
    assert team.cli("clone", team.url, str(team.ben), "--user", server.USER, "--name", "Ben") == 0
    capsys.readouterr()
    return team
