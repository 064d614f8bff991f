"""Replace a file in one step, so a crash mid-write leaves the previous file intact; and the
helpers of reading and writing files at a campaign's scale."""

from __future__ import annotations

import contextlib
import errno
import gc
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from planner.errors import FileAccessError
from planner.words import Text, tr


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off meanwhile. For reading or writing a plan's files: a
    campaign's 34,000 records (or its feeds' events) hold no reference cycles, but each few
    hundred objects made start a pass of the collector over all the others (a quarter of the
    reading; 8 % of `planner export` after one edit)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextlib.contextmanager
def replacing(path: Path, durable: bool = True) -> Iterator[Path]:
    """Yield a temporary path beside `path`; on success it atomically becomes `path`.

    The temporary file sits in the same folder so os.replace is a rename on one file system.
    On any error it is removed and `path` is untouched. `durable` flushes the data to disk
    before the rename, so a power cut cannot leave an empty file; callers writing many
    regenerable files may skip it and flush once with flush_to_disk().
    """
    path = _through_links(path)  # a symlinked plan is written where the link points
    if not _replaceable(path):
        raise FileAccessError(tr("{path}: cannot write (not a file)", path=path))
    if path.is_dir():  # (said here: the system refuses ".", the folder we are in, as "busy")
        raise folder_given(path)
    folder = path.parent if str(path.parent) else Path()
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise environment_error(path, exc) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        # mkstemp makes the file private (0600); the file keeps its mode, or a new one gets
        # the user's usual mode: calendars and e-mails are made to be shared.
        os.chmod(tmp, _mode_for(path))
        if durable:
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
        if durable:
            _fsync_folder(folder)
    except OSError as exc:
        raise environment_error(path, exc) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _through_links(path: Path) -> Path:
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process's umask, read without changing it where the system says it (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except OSError:
        pass
    current = os.umask(0o022)  # elsewhere: set and restore at once
    os.umask(current)
    return current


def write_atomically(path: Path, data: bytes, durable: bool = True) -> None:
    if is_stream(path):  # (/dev/stdout, a pipe: nothing to keep intact; their errors said, /dev/full's too)
        try:
            path.write_bytes(data)
        except OSError as exc:
            raise environment_error(path, exc) from None
        return
    with replacing(path, durable) as tmp:
        tmp.write_bytes(data)


def write_spliced(
    path: Path, pieces: Sequence[bytes | tuple[int, int]], last: bytes, stamp: tuple[int, int], durable: bool = True
) -> None:
    """Replace `path`, as write_atomically does, with `pieces`: new bytes, and ranges (start,
    end) of the file as it was, whose bytes as read are `last`. While the file is still that
    one (its size and time of writing `stamp`: (st_size, st_mtime_ns)), the kernel copies the
    ranges from it (copy_file_range, Linux: 12 ms for a campaign's 28 MB organizers' file, where
    joining the pieces and writing them took ~90); else, or where it cannot, they are written
    from `last`."""
    with replacing(path, durable) as tmp:
        try:
            source = os.open(path, os.O_RDONLY)
        except OSError:
            source = -1
        try:
            found = os.fstat(source) if source >= 0 else None
            same = found is not None and (found.st_size, found.st_mtime_ns) == stamp and found.st_size == len(last)
            out = os.open(tmp, os.O_WRONLY | os.O_TRUNC)
            try:
                _write_pieces(out, pieces, last, source if same else -1)
            finally:
                os.close(out)
        finally:
            if source >= 0:
                os.close(source)


def _write_pieces(out: int, pieces: Sequence[bytes | tuple[int, int]], last: bytes, source: int) -> None:
    """`pieces` (write_spliced's) written into `out` in turn, each range copied from `source`
    where it can be (a file holding `last`; -1: none), else from `last`."""
    copying, held = source >= 0 and hasattr(os, "copy_file_range"), memoryview(last)
    for piece in pieces:
        if isinstance(piece, bytes):
            _write_all(out, piece)
            continue
        start, end = piece
        while copying and start < end:
            try:
                copied = os.copy_file_range(source, out, end - start, start)
            except OSError:  # (a file system that cannot: the rest from memory; a full disk says so there)
                copied = 0
            copying = copied > 0
            start += copied
        if start < end:
            _write_all(out, held[start:end])


def _write_all(out: int, data: bytes | memoryview) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(out, view) :]


def read_at_most(path: Path, most: int, too_big: Callable[[int | None], Exception]) -> bytes:
    """The file's bytes, or too_big(its size) past `most` bytes: known from its size before
    reading and found while reading (a device or a pipe has none: too_big(None), its size
    unknown), so that a film picked by mistake, or /dev/zero, is refused at once, not read into
    memory whole. OSError as open()."""
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > most:
            raise too_big(size)
        data = handle.read(most + 1)
    if len(data) > most:
        raise too_big(None)
    return data


# What a file name cannot hold on Windows, macOS or Linux (and no control character).
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')


def file_name_from(title: str, fallback: str) -> str:
    """A file's name (no suffix) from a title as written, accents and spaces kept, what no
    file name can hold each made a hyphen: "Vigil 4/7" -> "Vigil 4-7" (it named a folder)."""
    name = _NOT_IN_FILE_NAMES.sub("-", " ".join(title.split())).strip(" .")  # (a tab or line break: a space)
    return name[:120].rstrip(" .") or fallback


PLAN_SUFFIX = ".planner"  # a plan document's name


def refuse_writing_over(out: Path, plan: Path | None, *, writes_a_plan: bool = False) -> None:
    """FileAccessError if `out`, a file about to be written, is the plan file itself, or is
    named as a plan (.planner) and what is written is not one: a name typed or picked by
    mistake (`planner runsheet PLAN --out PLAN` wrote a PDF over the plan; over another plan,
    or into a new .planner file, it leaves a file that does not open as one)."""
    try:
        same = plan is not None and os.path.samefile(out, plan)
    except OSError:  # (either not there: not the same file)
        same = False
    if same:
        raise FileAccessError(tr("{out}: that is the plan itself; give another file to write", out=out))
    if not writes_a_plan and out.suffix.lower() == PLAN_SUFFIX:
        raise FileAccessError(tr("{out}: names ending in .planner are for plans; give this file another name",
                                 out=out))  # fmt: skip


def is_stream(path: Path) -> bool:
    """A character device or a pipe (/dev/stdout, a FIFO): written into as it is, never
    replaced by a file (as root, a JSON plan exported to /dev/full took the device's place)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


def _replaceable(path: Path) -> bool:
    """Nothing there yet, a file, or a folder (whose replacing the system refuses, in its words);
    not a device, pipe or socket."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return True
    return stat.S_ISREG(mode) or stat.S_ISDIR(mode)


# Up to this many files written in one go are each flushed as written; more (an export's file
# per person, an Outbox's 2,400 e-mails) are written with durable=False and flushed once.
FEW_FILES = 20


def flush_to_disk() -> None:
    """One flush for many files written with durable=False (one sync instead of thousands)."""
    if hasattr(os, "sync"):
        os.sync()


def make_folder(path: Path) -> None:
    """The folder, and those it is in, made where missing; where a file is in the way (an
    export's --out given a file's name), that file is named, not "File exists"."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        in_way = next((p for p in (path, *path.parents) if p.exists() and not p.is_dir()), path)
        raise FileAccessError(tr("{path}: cannot write (it is a file, not a folder)", path=in_way)) from None
    except OSError as exc:
        raise environment_error(path, exc) from None


def folder_given(path: Path) -> FileAccessError:
    """A folder named where a file is to be written (".", an empty name, a folder's): said so
    before anything is made in it (the system's own words for "." are "busy")."""
    return environment_error(path, IsADirectoryError(errno.EISDIR, "Is a directory"))


def environment_error(path: Path, exc: OSError) -> FileAccessError:
    return FileAccessError(tr("{path}: cannot write ({why})", path=path, why=os_reason(exc)))


def reading_error(path: Path, exc: OSError) -> FileAccessError:
    """Why `path` could not be read, in one line: no such file, or the reason (os_reason; a
    folder given for a file is said so, not "Is a directory")."""
    if isinstance(exc, FileNotFoundError):
        return FileAccessError(tr("{path}: no such file", path=path))
    return FileAccessError(tr("{path}: cannot read ({why})", path=path, why=os_reason(exc)))


def os_reason(exc: OSError) -> Text | str:
    """Why the machine refused, in our words for the usual reasons (the system's otherwise)."""
    reasons = {
        errno.ENOSPC: tr("the disk is full"),
        errno.EACCES: tr("permission denied"),
        errno.EROFS: tr("the disk is read-only"),
        errno.ENOENT: tr("the folder does not exist"),
        errno.ENOTDIR: tr("a part of the path is a file, not a folder"),
        errno.EISDIR: tr("it is a folder, not a file"),
    }
    return reasons.get(exc.errno or 0, exc.strerror or str(exc))


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not possible on every platform (e.g. Windows).
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@dataclass(frozen=True)
class FileStamp:
    """What a file looked like when it was read: if any of it differs, someone wrote it since."""

    device: int
    inode: int
    size: int
    modified_ns: int

    @property
    def modified(self) -> datetime:
        return datetime.fromtimestamp(self.modified_ns / 1e9).astimezone()


def file_stamp(path: Path) -> FileStamp | None:
    """The file's stamp now; None when there is no file."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return FileStamp(info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)
