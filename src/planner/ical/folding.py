"""Line folding that no client trips on (RFC 5545 §3.1).

icalendar folds at 75 octets and keeps UTF-8 characters whole, but it may fold between the
two characters of an escape (`\\` then `\\`): legal, since unfolding restores it, yet the same
kind of split made Google Calendar drop events (icalendar issue #1501, fixed there for `\\n`
only). We unfold what icalendar wrote and fold again, never inside an escape or a character.
"""

from __future__ import annotations

LIMIT = 75  # octets per physical line, CRLF excluded
BACKSLASH = 0x5C


def refold(data: bytes) -> bytes:
    """Unfold every content line of `data` (CRLF-separated) and fold it again safely."""
    if b"\\\r\n" not in data:
        return data  # no physical line ends in a backslash: no escape was split
    lines = data.replace(b"\r\n ", b"").replace(b"\r\n\t", b"").split(b"\r\n")
    return b"\r\n".join(piece for line in lines for piece in fold_line(line))


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
