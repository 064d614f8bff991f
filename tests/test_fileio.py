"""Atomic replacement: the data reaches the disk before the new file takes the old one's name."""

from __future__ import annotations

import os

from planner import fileio


def test_the_data_is_flushed_before_the_rename_and_the_folder_after(tmp_path, monkeypatch):
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        target = os.readlink(f"/proc/self/fd/{fd}")
        events.append("fsync folder" if os.path.isdir(target) else f"fsync {os.path.basename(target)[:7]}")
        real_fsync(fd)

    def replace(src: str, dst: str) -> None:
        events.append("replace")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    fileio.write_atomically(tmp_path / "plan.json", b"{}")
    assert events == ["fsync .plan.j", "replace", "fsync folder"]
    assert (tmp_path / "plan.json").read_bytes() == b"{}"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path):
    path = tmp_path / "plan.json"
    path.write_bytes(b"old")
    try:
        with fileio.replacing(path) as tmp:
            tmp.write_bytes(b"half")
            raise RuntimeError("crash")
    except RuntimeError:
        pass
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]


def test_a_new_file_gets_the_users_usual_mode_and_an_old_one_keeps_its_own(tmp_path):
    previous = os.umask(0o022)
    try:
        fileio.write_atomically(tmp_path / "media.ics", b"x")
        assert (tmp_path / "media.ics").stat().st_mode & 0o777 == 0o644  # not mkstemp's 0600
        os.chmod(tmp_path / "media.ics", 0o664)
        fileio.write_atomically(tmp_path / "media.ics", b"y")
        assert (tmp_path / "media.ics").stat().st_mode & 0o777 == 0o664
    finally:
        os.umask(previous)


def test_a_symlinked_file_is_written_through_the_link(tmp_path):
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "plan.planner"
    target.write_bytes(b"old")
    link = tmp_path / "plan.planner"
    link.symlink_to(target)
    fileio.write_atomically(link, b"new")
    assert link.is_symlink() and link.resolve() == target
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["plan.planner"]
