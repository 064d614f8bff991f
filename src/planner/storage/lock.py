"""One writer per plan: a lock file beside it, held for as long as the plan is open to write.

As office suites do, `.~lock.NAME#` beside the plan says who holds it (program, user, host,
process, since when) so a second writer can be told who. The exclusion itself is an OS lock
on that file (flock; a byte lock on Windows), which the system drops when its holder dies:
a crash never leaves a lock that blocks this machine, and a lock file nobody holds is stale
and taken over. OS locks do not reach across machines through a synced folder, so a lock
file written on another machine stands until the organizer takes it over.

Not filelock: it truncates the lock file when it opens it, which would wipe the holder's
name that the second writer needs to read.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import re
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from planner.errors import FileAccessError
from planner.fileio import folder_given, os_reason
from planner.words import Text, tr


@dataclass(frozen=True)
class Holder:
    """Who holds a plan's lock; written into the lock file as one line of JSON."""

    program: str  # "Planner" for the app, "planner release" for a command
    user: str
    host: str
    pid: int
    since: datetime  # UTC

    def describe(self, plan: Path) -> Text:
        since = self.since.astimezone().strftime("%H:%M" if _is_today(self.since) else "%Y-%m-%d %H:%M")
        return tr(
            "{name} is open in {program} on {host} by {user} since {since} (process {pid})",
            name=plan.name,
            program=self.program,
            host=self.host,
            user=self.user,
            since=since,
            pid=self.pid,
        )

    def to_json(self) -> str:
        record = {"program": self.program, "user": self.user, "host": self.host, "pid": self.pid,
                  "since": self.since.strftime("%Y-%m-%dT%H:%M:%SZ")}  # fmt: skip
        return json.dumps(record, ensure_ascii=False)

    @staticmethod
    def from_json(text: str) -> Holder | None:
        """The holder a lock file names, or None for an empty or unreadable one."""
        try:
            record = json.loads(text)
            since = datetime.strptime(record["since"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
            holder = Holder(str(record["program"]), str(record["user"]), str(record["host"]), int(record["pid"]), since)
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            return None
        return holder


class PlanLockedError(FileAccessError):
    """Another writer holds the plan. `holder` is who (None if its lock file says nothing
    readable); `elsewhere` is True when the holder is on another machine and may be gone."""

    def __init__(self, plan: Path, holder: Holder | None, elsewhere: bool = False) -> None:
        who = holder.describe(plan) if holder else tr("{name} is open in another program", name=plan.name)
        if elsewhere:
            who = tr(
                "{who}; if Planner is no longer running there, delete {lock} and try again",
                who=who,
                lock=lock_path(plan).name,
            )
        super().__init__(who)
        self.plan = plan
        self.holder = holder
        self.elsewhere = elsewhere


def lock_path(plan: Path) -> Path:
    return plan.parent / f".~lock.{plan.name}#"


def this_holder(program: str) -> Holder:
    import platform  # (here: a plan's lock needs it, the app's start does not)

    return Holder(program, login_name(), platform.node(), os.getpid(), datetime.now(UTC).replace(microsecond=0))


def login_name() -> str:
    """Who runs Planner: their login name, else their user id — some containers have no name
    for it, where getpass raises (KeyError before Python 3.13, OSError since)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return str(os.getuid()) if hasattr(os, "getuid") else "unknown"


class PlanLock:
    """A held lock; release() (or leaving the `with` block) gives it back."""

    def __init__(self, plan: Path, fd: int, holder: Holder) -> None:
        self.plan = plan
        self.holder = holder
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        path = lock_path(self.plan)
        # Remove the file while still holding it; a writer that opened it just before checks
        # after locking that the file it locked is still the one in the folder.
        with contextlib.suppress(OSError):
            if _same_file(fd, path):
                if sys.platform == "win32":  # Windows cannot remove an open file
                    os.close(fd)
                    fd = None
                path.unlink()
        if fd is not None:
            os.close(fd)

    def __enter__(self) -> PlanLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def lock_plan(plan: Path, program: str, *, take_over: bool = False) -> PlanLock:
    """Take the plan's lock for `program`, or raise PlanLockedError naming its holder.

    `take_over` breaks a lock written on another machine (its holder said to be gone). A plan
    whose folder cannot hold a lock file (read-only) raises FileAccessError: it cannot be
    written either. Once held, our own temporary files that a killed save left are removed.
    A folder (`.`, an empty name) is no plan: FileAccessError, and no lock file left in it.
    """
    if not plan.name or plan.is_dir():
        raise folder_given(plan)
    path = lock_path(plan)
    for _attempt in range(10):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise _lock_error(plan, exc) from None
        try:
            locked = _try_lock(fd)
        except OSError as exc:  # a file system without locks
            os.close(fd)
            raise _lock_error(plan, exc) from None
        if not locked:
            holder = _read_held(fd)
            os.close(fd)
            raise PlanLockedError(plan, holder)
        if not _same_file(fd, path):  # its holder removed it between our open and our lock
            os.close(fd)
            continue
        previous = _read(fd)
        ours = this_holder(program)
        if previous is not None and previous.host != ours.host and not take_over:
            os.close(fd)
            raise PlanLockedError(plan, previous, elsewhere=True)
        try:
            _write(fd, ours)
        except OSError as exc:
            os.close(fd)
            raise _lock_error(plan, exc) from None
        remove_leftovers(plan)
        return PlanLock(plan, fd, ours)
    raise PlanLockedError(plan, None)  # ten holders in a row came and went: someone is busy


def lock_holder(plan: Path) -> Holder | None:
    """Who holds the plan's lock now, without taking it; None when nobody does."""
    try:
        fd = os.open(lock_path(plan), os.O_RDWR)
    except OSError:
        return None
    try:
        if _try_lock(fd):
            _unlock(fd)
            return None
        return _read_held(fd)
    except OSError:
        return None
    finally:
        os.close(fd)


def remove_leftovers(plan: Path) -> list[Path]:
    """Delete the temporary files a killed save of `plan` left beside it: fileio.replacing
    names them `.NAME.XXXXXXXX.tmp` (mkstemp's eight characters), SQLite adds `-journal`.
    Only safe with the lock held: then no save of ours is under way. (A non-empty journal of
    the plan itself is rolled back by the next read: storage/document.py.)"""
    ours = re.compile(rf"\.{re.escape(plan.name)}\.[A-Za-z0-9_]{{8}}\.tmp(-journal)?")
    removed: list[Path] = []
    try:
        candidates = [p for p in plan.parent.iterdir() if ours.fullmatch(p.name)]
    except OSError:
        return removed
    # A writer killed before SQLite finished its journal leaves one without the journal's
    # magic number: SQLite ignores it (nothing reached the plan), it is only dead weight.
    journal = plan.with_name(plan.name + "-journal")
    with contextlib.suppress(OSError), open(journal, "rb") as handle:
        if handle.read(len(_JOURNAL_MAGIC)) != _JOURNAL_MAGIC:
            candidates.append(journal)
    for leftover in candidates:
        with contextlib.suppress(OSError):
            leftover.unlink()
            removed.append(leftover)
    return removed


_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")  # a rollback journal SQLite would play back


def _lock_error(plan: Path, exc: OSError) -> FileAccessError:
    return FileAccessError(tr("{path}: cannot lock the plan for writing ({why})", path=plan, why=os_reason(exc)))


def _same_file(fd: int, path: Path) -> bool:
    try:
        mine, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino)


def _read_held(fd: int) -> Holder | None:
    """The holder of a held lock: it may have locked the file and not yet written its name."""
    for _attempt in range(20):
        holder = _read(fd)
        if holder is not None:
            return holder
        time.sleep(0.01)
    return None


def _read(fd: int) -> Holder | None:
    try:
        data = os.pread(fd, 4096, 0) if hasattr(os, "pread") else _read_from_start(fd)
    except OSError:
        return None
    return Holder.from_json(data.decode("utf-8", "replace"))


def _read_from_start(fd: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    return os.read(fd, 4096)


def _write(fd: int, holder: Holder) -> None:
    data = (holder.to_json() + "\n").encode("utf-8")
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, data)
    os.fsync(fd)


if sys.platform == "win32":
    import msvcrt

    _FAR = 1 << 30  # lock a byte far past the text, so others can still read who holds it

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _FAR, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _FAR, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _is_today(moment: datetime) -> bool:
    return moment.astimezone().date() == datetime.now().astimezone().date()
