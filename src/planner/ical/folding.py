"""Line folding that no client trips on (RFC 5545 §3.1).

icalendar folds at 75 octets and keeps UTF-8 characters whole, but it may fold between the
two characters of an escape (`\\` then `\\`): legal, since unfolding restores it, yet the same
kind of split made Google Calendar drop events (icalendar issue #1501, fixed there for `\\n`
only). We take icalendar's content lines unfolded and fold them ourselves, never inside an
escape or a character.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from icalendar import Component

LIMIT = 75  # octets per physical line, CRLF excluded
CRLF = b"\r\n"
BACKSLASH = 0x5C


def serialize(component: Component) -> bytes:
    """The component as icalendar writes it, folded here in one pass (icalendar's own folding
    goes a character at a time, and is most of the time a campaign's export takes)."""
    return fold_lines(component.content_lines())


def fold_lines(lines: Iterable[str]) -> bytes:
    """Unfolded content lines (icalendar's `content_lines()`, or part of them), folded, each
    with its CRLF."""
    return b"".join(fold(line.encode("utf-8")) for line in lines if line)


def fold(line: bytes) -> bytes:
    """One unfolded content line, folded, with its CRLF."""
    if len(line) <= LIMIT:
        return line + CRLF
    return CRLF.join(fold_line(line)) + CRLF


def fold_line(line: bytes, limit: int = LIMIT) -> list[bytes]:
    pieces: list[bytes] = []
    prefix = b""  # continuation lines start with one space, which counts toward the limit
    while len(prefix) + len(line) > limit:
        cut = limit - len(prefix)
        while cut > 0 and line[cut] & 0xC0 == 0x80:  # inside a multi-byte UTF-8 character
            cut -= 1
        backslashes = 0
        while backslashes < cut and line[cut - 1 - backslashes] == BACKSLASH:
            backslashes += 1
        if backslashes % 2:  # the cut would separate an escape's backslash from its letter
            cut -= 1
        pieces.append(prefix + line[:cut])
        line = line[cut:]
        prefix = b" "
    pieces.append(prefix + line)
    return pieces


def unescape_text(text: str) -> str:
    """A TEXT value as written (RFC 5545 §3.3.11: backslash before , ; \\ and n) as meant."""
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)
