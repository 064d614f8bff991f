"""File names from people's names that are safe on Windows, macOS and Linux."""

from __future__ import annotations

import re
import unicodedata

# Names Windows reserves whatever the extension (CON.ics cannot be created there).
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}
_MAX_STEM = 60


def slug(text: str) -> str:
    """Lower-case ASCII letters, digits and single hyphens: 'José Núñez' -> 'jose-nunez'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:_MAX_STEM].strip("-")


def unique_stems(named: list[tuple[str, str]]) -> dict[str, str]:
    """A distinct, safe file stem for each (id, display name), stable for the same input.

    Names that reduce to nothing (all non-Latin script, or punctuation like '../../x'
    reduces to 'x') or to a reserved device name fall back to the id; clashes get the id
    appended, so two people called "Maria Lopez" never overwrite each other's file.
    """
    stems: dict[str, str] = {}
    counts: dict[str, int] = {}
    wanted = {}
    for item_id, name in named:
        stem = slug(name)
        if not stem or stem in _WINDOWS_RESERVED:
            stem = f"{stem}-{slug(item_id)}".strip("-") or "person"
        wanted[item_id] = stem
        counts[stem] = counts.get(stem, 0) + 1
    taken: set[str] = set()
    for item_id, stem in wanted.items():
        base = stem if counts[stem] == 1 else f"{stem}-{slug(item_id)}".strip("-")
        # A name can still meet another's disambiguated stem ("Maria Lopez 1" and the first
        # of two "Maria Lopez"); macOS and Windows also fold case. Count up until it is free.
        candidate, n = base, 2
        while candidate in taken:
            candidate, n = f"{base}-{n}", n + 1
        taken.add(candidate)
        stems[item_id] = candidate
    return stems
