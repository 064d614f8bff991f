"""The desktop app's own options (`planner [FILE] [--example] …`), apart from the headless
commands (cli.py). Without Qt: read before the app starts (__main__.py, which hands them to
app.py); their help and usage errors are said by cli.py, in the terminal's language, on any
machine."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path

from planner.resources import LANGUAGES
from planner.words import Text, tr


def app_parser(
    say: Callable[[Text], str] = str, kind: type[argparse.ArgumentParser] = argparse.ArgumentParser
) -> argparse.ArgumentParser:
    """The app's options, each help text said with `say` (English as written by default)."""
    parser = kind(
        prog="planner",
        description=say(tr("Open the Planner app: with FILE, that plan; without, the bundled example as an untitled "
                           "copy. Run `planner --help` for the headless commands.")),
    )  # fmt: skip
    parser.add_argument("file", nargs="?", type=Path,
                        help=say(tr("a .planner document or a .json plan; a calendar (.ics) is imported")))  # fmt: skip
    parser.add_argument(
        "--language", choices=sorted(LANGUAGES),
        help=say(tr("show the app in this language (default: the setting, or the system's)")))  # fmt: skip
    parser.add_argument("--screenshot", type=Path, metavar="PNG",
                        help=say(tr("save a picture of the window to PNG and quit (for docs and CI)")))  # fmt: skip
    parser.add_argument("--example", action="store_true", help=say(tr("open the bundled example (no start screen)")))
    parser.add_argument(
        "--new-window", action="store_true",
        help=say(tr("start another Planner even if one is running (default: hand FILE to it)")))  # fmt: skip
    # (Handled in __main__ before Qt loads; listed here for --help.)
    parser.add_argument("--install-desktop", action="store_true",
                        help=say(tr("add Planner to the menu and .planner files to it")))  # fmt: skip
    parser.add_argument("--uninstall-desktop", action="store_true", help=say(tr("take them away again")))
    return parser


class _RefusedError(Exception):
    """What argparse would say of a command line it cannot take."""


class _Quiet(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _RefusedError(message)


def app_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The app's options, read once; None when they ask for its help or are ones it cannot
    take: something to say in the terminal (cli.app_options), not an app to start."""
    if "-h" in argv or "--help" in argv:
        return None
    try:
        return app_parser(kind=_Quiet).parse_args(list(argv))
    except _RefusedError:
        return None
