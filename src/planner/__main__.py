"""`planner` and `python -m planner`: a command runs headless, anything else opens the app."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence

# The headless commands (cli.py's subcommands; a test holds the two lists together). Named here
# so that the desktop app's start does not import cli.py, which loads every command's modules
# (icalendar, e-mail, publishing: 0.1 s) that the first frame does not need.
COMMANDS = (
    "check", "export", "export-json", "import-json", "import-ics", "release", "releases", "invites", "send", "rotate",
    "runsheet", "export-people", "import-people", "publish", "links", "serve", "notify",
    "share", "clone", "sync",
)  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if _names_a_command(args):
        from planner import cli

        return cli.main(args)
    if args in (["--install-desktop"], ["--uninstall-desktop"]):
        from planner import desktop

        return desktop.main(args)
    # Qt is imported only here, so headless commands start fast and need no display. The
    # desktop app starts with the cyclic collector off (app.py turns it on once the plan is
    # open): a start makes Qt's types, Planner's modules and the plan's records, hundreds of
    # thousands of objects that live for the session, and collecting them every 700 made is
    # a tenth of a campaign's start, for nothing.
    gc.disable()
    from planner import app

    return app.main(args)


def _names_a_command(args: list[str]) -> bool:
    """`planner check …`, and `planner --language es check …` (the language may come first)."""
    if args[:1] == ["--language"]:
        args = args[2:]
    elif args and args[0].startswith("--language="):
        args = args[1:]
    return bool(args) and (args[0] in COMMANDS or args[0] in ("-h", "--help", "--version"))


if __name__ == "__main__":
    sys.exit(main())
