"""File names from people's names that are safe on Windows, macOS and Linux."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

# Names Windows reserves whatever the extension (CON.ics cannot be created there).
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}
_MAX_STEM = 60


def slug(text: str) -> str:
    """Lower-case ASCII letters, digits and single hyphens: 'José Núñez' -> 'jose-nunez'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:_MAX_STEM].strip("-")


def unique_stems(named: list[tuple[str, str]], earlier: Mapping[str, str] | None = None) -> dict[str, str]:
    """A distinct, safe file stem for each (id, display name), stable for the same input.

    Names that reduce to nothing (all non-Latin script, or punctuation like '../../x'
    reduces to 'x') or to a reserved device name fall back to the id; clashes get the id
    appended, so two people called "Maria Lopez" never overwrite each other's file.
    `earlier`: stems given before (by id, of ids gone too): each id keeps its own, whatever
    its name now, and none is given to another id. (Read from a plan file: one that is not
    a stem this function could have made is left out.)
    """
    owners = {stem: item_id for item_id, stem in (earlier or {}).items() if is_stem(stem)}  # (one id to a stem)
    earlier = {item_id: stem for stem, item_id in owners.items()}
    stems: dict[str, str] = {item_id: earlier[item_id] for item_id, _name in named if item_id in earlier}
    counts: dict[str, int] = {}
    wanted = {}
    for item_id, name in named:
        if item_id in stems:
            continue
        stem = slug(name)
        if not stem or stem in _WINDOWS_RESERVED:
            stem = f"{stem}-{slug(item_id)}".strip("-") or "person"
        wanted[item_id] = stem
        counts[stem] = counts.get(stem, 0) + 1
    taken: set[str] = set(earlier.values())
    for item_id, stem in wanted.items():
        base = stem if counts[stem] == 1 else f"{stem}-{slug(item_id)}".strip("-")
        # A name can still meet another's disambiguated stem ("Maria Lopez 1" and the first
        # of two "Maria Lopez"); macOS and Windows also fold case. Count up until it is free.
        candidate, n = base, 2
        while candidate in taken:
            candidate, n = f"{base}-{n}", n + 1
        taken.add(candidate)
        stems[item_id] = candidate
    return {item_id: stems[item_id] for item_id, _name in named}  # (in the order named)


def is_stem(text: str) -> bool:
    """Whether `text` is a stem unique_stems could give: safe as a file's name anywhere."""
    return len(text) <= 200 and bool(_STEM.fullmatch(text)) and text not in _WINDOWS_RESERVED


_STEM = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
