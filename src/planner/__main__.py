"""`planner` and `python -m planner`: a command runs headless, anything else opens the app."""

from __future__ import annotations

import gc
import os
import sys
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

    from planner.words import Text

# The headless commands (cli.py's subcommands; a test holds the two lists together). Named here
# so that the desktop app's start does not import cli.py, which loads every command's modules
# (icalendar, e-mail, publishing: 0.1 s) that the first frame does not need.
COMMANDS = (
    "check", "export", "export-json", "import-json", "import-ics", "release", "releases", "invites", "send", "rotate",
    "runsheet", "export-people", "import-people", "import-press", "publish", "links", "serve", "notify",
    "share", "clone", "sync",
)  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if _names_a_command(args):
        from planner import cli

        code = cli.main(args)
        if argv is None:  # (a process of its own: `planner export ...`, not a caller's)
            _end_now(code)
        return code
    if args in (["--install-desktop"], ["--uninstall-desktop"]):
        from planner import desktop

        return desktop.main(args)
    options = _app_options(args)
    if isinstance(options, int):  # said in the terminal: not an app that can start
        return options
    # Qt is imported only here, so headless commands start fast and need no display. The
    # desktop app starts with the cyclic collector off (app.py turns it on once the plan is
    # open): a start makes Qt's types, Planner's modules and the plan's records, hundreds of
    # thousands of objects that live for the session, and collecting them every 700 made is
    # a tenth of a campaign's start, for nothing.
    gc.disable()
    from planner import app

    return app.main(options)


def _end_now(code: int) -> None:
    """End the process at once with `code`, without Python freeing its objects one by one: a
    command that read a campaign holds half a million, 20-40 ms to free for nothing (mypy
    ends the same way). Not while another thread runs (Python would wait for it), nor if what
    is left to write to the terminal cannot be written (Python's exit then says so)."""
    if threading.active_count() > 1:
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    os._exit(code)


def _app_options(args: list[str]) -> argparse.Namespace | int:
    """The app's options; else, said in one line or its help in the terminal, the exit code:
    a command mistyped, the app's help asked or options it cannot take, no display."""
    from planner.app_options import app_arguments

    problem = _mistyped_command(args)
    if problem is None:
        options = app_arguments(args)
        if options is None:  # its help, or options it cannot take
            from planner import cli

            return cli.app_options(args)
        problem = _no_display(os.environ)
        if problem is None:
            return options
    from planner import cli

    return cli.refuse(problem, args)


# Where Qt finds a screen on Linux: an X or Wayland display, or a platform named (offscreen).
_DISPLAYS = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def _names_a_command(args: list[str]) -> bool:
    """`planner check …`, and `planner --language es check …` (the language may come first)."""
    if args[:1] == ["--language"]:
        args = args[2:]
    elif args and args[0].startswith("--language="):
        args = args[1:]
    return bool(args) and (args[0] in COMMANDS or args[0] in ("-h", "--help", "--version"))


def _mistyped_command(args: list[str]) -> Text | None:
    """A command's name mistyped (`planner exprt`, which the app would take for a file's)."""
    values = {i + 1 for i, a in enumerate(args) if a in ("--language", "--screenshot")}  # (an option's value)
    word = next((a for i, a in enumerate(args) if not a.startswith("-") and i not in values), None)
    if word is not None and not Path(word).suffix and not Path(word).exists():
        import difflib

        close = difflib.get_close_matches(word, COMMANDS, n=1)
        if close:
            from planner.words import tr

            return tr("{word} is not a command; did you mean {command}? (planner --help lists them)",
                      word=word, command=close[0])  # fmt: skip
    return None


def _no_display(environ: Mapping[str, str]) -> Text | None:
    """No display on this machine for the app (Qt would abort)."""
    if sys.platform.startswith("linux") and not any(environ.get(name) for name in _DISPLAYS):
        from planner.words import tr

        return tr("no display to open the app on; the commands run without one (planner --help lists them)")
    return None


if __name__ == "__main__":
    sys.exit(main())
