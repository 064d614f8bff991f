"""`planner` and `python -m planner`: a command runs headless, anything else opens the app."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from planner import cli

    if args and (args[0] in cli.COMMANDS or args[0] in ("-h", "--help", "--version")):
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


if __name__ == "__main__":
    sys.exit(main())
