"""What text the plan holds: no control character. Word's soft line break (a vertical tab,
pasted through a spreadsheet), a form feed, a bell or an escape from a terminal go into
names and notes unseen, and then into every calendar file: RFC 5545 allows none of them in
text, and parsers that split lines as Python does (str.splitlines) break the file there.
One rule for everything that brings text in — the editors, the importers, the plan file's
reader and writer."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection
from typing import TypeVar

R = TypeVar("R")

# The line breaks text from elsewhere may hold besides \n and \r\n: vertical tab (Word's soft
# break), form feed, the file/group/record separators, NEL, and Unicode's line and paragraph
# separators; each becomes \n, the one line break a calendar's text has.
_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# Every other control character but tab, \n and \r (NUL, bell, escape, delete, C1): left out;
# so is U+FEFF, a byte-order mark a file's text carries along when pasted or joined to another.
_DROPPED = "".join(chr(c) for c in (*range(0x00, 0x09), 0x0E, 0x0F, *range(0x10, 0x1C), 0x1F, 0x7F,
                                    *range(0x80, 0x85), *range(0x86, 0xA0), 0xFEFF))  # fmt: skip
NOT_PLAIN = re.compile(f"[{re.escape(_BREAKS + _DROPPED)}]")
NOT_ON_ONE_LINE = re.compile(f"[{re.escape(_BREAKS + _DROPPED)}\r\n\t]")  # (what one_line changes)
_PLAIN = str.maketrans({**dict.fromkeys(_BREAKS, "\n"), **dict.fromkeys(_DROPPED)})
_ON_ONE_LINE = re.compile(r"\s*[\r\n]+\s*|\t")


def plain(text: str) -> str:
    """`text` with its line breaks as \n (Word's, Unicode's) and no other control character
    but tab."""
    return text.translate(_PLAIN) if NOT_PLAIN.search(text) else text


def one_line(text: str) -> str:
    """plain(`text`) for a field of one line (a name, an address, a phone number), its line
    breaks and tabs as spaces: what a browser does with lines pasted into such a field."""
    text = plain(text)
    return _ON_ONE_LINE.sub(" ", text) if "\n" in text or "\r" in text or "\t" in text else text


# Spaces that are not seen, which a copy from a web page brings along (zero-width space, joiner
# and non-joiner, word joiner): kept inside a text (a joiner belongs to an emoji or a Persian
# word), trimmed at its ends with the whitespace; a name of nothing else is no name.
_UNSEEN_AT_ENDS = re.compile("^[\\s\u200b\u200c\u200d\u2060]+|[\\s\u200b\u200c\u200d\u2060]+$")


def trimmed(text: str) -> str:
    """`text` without the spaces, seen or not, at its ends (str.strip keeps a zero-width one)."""
    return _UNSEEN_AT_ENDS.sub("", text)


def blank(text: str) -> bool:
    """Whether `text` shows nothing: empty, or spaces, seen or not."""
    return not trimmed(text)


MAX_NAME = 100  # characters of a name given once: a release's, who a copy's changes are made by


def short_name(text: str) -> str:
    """A name given once, in a field or a command's --name: on one line, its spaces single,
    no control character, at most MAX_NAME characters — lists, tooltips, the press's subject
    lines and `planner sync --conflicts`' tab-separated columns show it."""
    return trimmed(" ".join(plain(text).split())[:MAX_NAME])


def plain_record(record: R, on_one_line: Collection[str] = ()) -> R:
    """A record read from a file (a spreadsheet's row, a calendar's event) with each text
    field plain(), and those `on_one_line` (a name, an address) one_line() and trimmed: a
    cell's line break (Alt+Enter) is a space there, as in the editor's field (typed_line),
    not a reason to refuse the row. What is left of a line break elsewhere is for the
    record's own rules to judge."""
    changed: dict[str, str] = {}
    for f in dataclasses.fields(record):  # type: ignore[arg-type]
        value = getattr(record, f.name)
        if isinstance(value, str):
            read = trimmed(one_line(value)) if f.name in on_one_line else plain(value)
            if read != value:
                changed[f.name] = read
    return dataclasses.replace(record, **changed) if changed else record  # type: ignore[type-var]
