"""Atomic replacement: the data reaches the disk before the new file takes the old one's name."""

from __future__ import annotations

import os
import socket
import stat
import threading
from pathlib import Path

import pytest

from planner import fileio
from planner.errors import FileAccessError


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


OLD = b"".join(b"event %03d\r\n" % n for n in range(400))  # 4,400 bytes
SPLICED = [(0, 1100), b"new text one\r\n", (1133, 3300), b"two\r\n", b"three\r\n", (3322, len(OLD))]
EXPECTED = OLD[:1100] + b"new text one\r\n" + OLD[1133:3300] + b"two\r\nthree\r\n" + OLD[3322:]


def _stamp(path: Path) -> tuple[int, int]:
    found = path.stat()
    return found.st_size, found.st_mtime_ns


def _copies(monkeypatch, most: int = 1 << 30, fails_after: int | None = None) -> list[int]:
    """copy_file_range spied on (or, where the system has none, made of pread and write),
    copying at most `most` bytes a call and raising EXDEV after `fails_after` calls."""
    calls: list[int] = []
    real = getattr(os, "copy_file_range", None)

    def copy(source: int, out: int, count: int, offset: int) -> int:
        calls.append(count)
        if fails_after is not None and len(calls) > fails_after:
            raise OSError(18, "Invalid cross-device link")
        count = min(count, most)
        return real(source, out, count, offset) if real else os.write(out, os.pread(source, count, offset))

    monkeypatch.setattr(os, "copy_file_range", copy, raising=False)
    return calls


def test_a_spliced_file_is_its_new_texts_between_ranges_copied_from_the_file_itself(tmp_path, monkeypatch):
    """Each range kept is copied by the kernel from the file being replaced, not written from
    memory; the file is replaced atomically, flushed, with no temporary file left."""
    path = tmp_path / "organizer.ics"
    path.write_bytes(OLD)
    calls = _copies(monkeypatch)
    writes: list[int] = []
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: writes.append(len(data)) or real_write(fd, data))
    fileio.write_spliced(path, SPLICED, OLD, _stamp(path))
    assert path.read_bytes() == EXPECTED
    assert calls == [1100, 3300 - 1133, len(OLD) - 3322]
    assert sum(writes) == len(b"new text one\r\ntwo\r\nthree\r\n")  # (the fake's own writes: none asked)
    assert [p.name for p in tmp_path.iterdir()] == ["organizer.ics"]


@pytest.mark.parametrize("change", ["touched since", "another size", "gone"])
def test_a_file_not_as_it_was_read_gives_the_bytes_read_not_its_own(tmp_path, monkeypatch, change):
    """Changed since it was read (its time or size), or gone: the ranges come from the bytes
    read, as digested, and nothing is copied from the file."""
    path = tmp_path / "organizer.ics"
    path.write_bytes(OLD)
    stamp = _stamp(path)
    if change == "touched since":
        path.write_bytes(OLD.replace(b"event 001", b"EVENT 001"))
        os.utime(path, ns=(stamp[1] + 10**9, stamp[1] + 10**9))
    elif change == "another size":
        path.write_bytes(OLD + b"more")
        os.utime(path, ns=(stamp[1], stamp[1]))
    else:
        path.unlink()
    calls = _copies(monkeypatch)
    fileio.write_spliced(path, SPLICED, OLD, stamp)
    assert path.read_bytes() == EXPECTED
    assert calls == []


@pytest.mark.parametrize(("most", "fails_after"), [(1000, None), (1 << 30, 0), (700, 2)])
def test_copies_cut_short_or_refused_by_the_file_system_go_on_from_memory(tmp_path, monkeypatch, most, fails_after):
    """A copy that moves fewer bytes than asked goes on where it stopped; one the file system
    refuses (EXDEV, EOPNOTSUPP: a network or FUSE folder) leaves the rest to be written."""
    path = tmp_path / "organizer.ics"
    path.write_bytes(OLD)
    calls = _copies(monkeypatch, most, fails_after)
    fileio.write_spliced(path, SPLICED, OLD, _stamp(path))
    assert path.read_bytes() == EXPECTED
    assert calls and (fails_after is None or len(calls) == fails_after + 1)


def test_without_copy_file_range_a_spliced_file_is_written_from_memory(tmp_path, monkeypatch):
    path = tmp_path / "organizer.ics"
    path.write_bytes(OLD)
    monkeypatch.delattr(os, "copy_file_range", raising=False)  # (macOS, Windows)
    fileio.write_spliced(path, SPLICED, OLD, _stamp(path))
    assert path.read_bytes() == EXPECTED


def test_a_spliced_file_not_written_whole_leaves_the_old_one(tmp_path, monkeypatch):
    """The disk filling up midway: the error names the file; the old file and nothing else is left."""
    path = tmp_path / "organizer.ics"
    path.write_bytes(OLD)
    _copies(monkeypatch)

    def full(fd: int, data: bytes) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(FileAccessError, match=r"organizer\.ics: cannot write \(the disk is full\)"):
        fileio.write_spliced(path, SPLICED, OLD, _stamp(path))
    assert path.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["organizer.ics"]


def test_a_read_stops_past_its_limit_whatever_the_file_says_of_its_size(tmp_path):
    """A film picked by mistake is refused from its size, before it is read; a device or a pipe
    has none (/dev/zero would be read for ever, into memory): refused once past the limit."""

    def too_big(size: int | None) -> ValueError:
        return ValueError(f"size {size}")

    huge = tmp_path / "film.csv"
    with open(huge, "wb") as handle:
        handle.truncate(4_000_000_000)  # (sparse: no disk used)
    with pytest.raises(ValueError, match="size 4000000000"):
        fileio.read_at_most(huge, 1000, too_big)
    with pytest.raises(ValueError, match="size None"):  # (its size unknown: not the limit's, said as if it were)
        fileio.read_at_most(Path("/dev/zero"), 1000, too_big)
    small = tmp_path / "people.csv"
    small.write_bytes(b"name\nAna\n")
    assert fileio.read_at_most(small, 1000, too_big) == b"name\nAna\n"


def test_a_device_or_a_pipe_is_written_into_never_replaced_by_a_file(tmp_path):
    """/dev/full says the disk is full (as root, the write replaced the device with a file);
    a pipe gets the data and stays a pipe; a socket is not a file to write."""
    with pytest.raises(FileAccessError, match=r"/dev/full: cannot write \(the disk is full\)"):
        fileio.write_atomically(Path("/dev/full"), b"{}")
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    fileio.write_atomically(pipe, b'{"plan": 1}')
    reader.join(5)
    assert received == [b'{"plan": 1}'] and stat.S_ISFIFO(os.stat(pipe).st_mode)

    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(tmp_path / "sock"))
        with pytest.raises(FileAccessError, match=r"sock: cannot write \(not a file\)"):
            fileio.write_atomically(tmp_path / "sock", b"{}")
        assert stat.S_ISSOCK(os.stat(tmp_path / "sock").st_mode)


@pytest.mark.parametrize(
    ("title", "name"),
    [("Vigil 4/7", "Vigil 4-7"), ("Huelga: día 1", "Huelga- día 1"), ('"a" <b> | c?*', "-a- -b- - c--"),
     ("  tabs\tand\nbreaks  ", "tabs and breaks"), ("...", "fallback"), ("", "fallback"), ("end.", "end"),
     ("x" * 200, "x" * 120), ("bell\x07", "bell-")],
)  # fmt: skip
def test_a_file_name_from_a_title_keeps_it_as_written_but_what_no_file_name_can_hold(title, name):
    from planner.fileio import file_name_from

    assert file_name_from(title, "fallback") == name
