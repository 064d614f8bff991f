"""Person file names stay inside the output folder and are valid on every desktop system."""

from __future__ import annotations

import re

import pytest

from planner.publish.filenames import slug, unique_stems

SAFE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@pytest.mark.parametrize(
    ("name", "expected"),
    [("José Núñez", "jose-nunez"), ("Ana Morales, LCSW", "ana-morales-lcsw"), ("../../x", "x"), ("  ", "")],
)
def test_slug(name, expected):
    assert slug(name) == expected


@pytest.mark.parametrize("name", ["con", "CON", "nul", "Com1", "LPT9", "محمد", "../..", "", "a" * 300, "x:y|z?*<>"])
def test_hostile_names_give_safe_stems(name):
    stem = unique_stems([("vol-7", name)])["vol-7"]
    assert SAFE.match(stem), stem
    assert stem.split("-")[0] not in {"con", "nul", "com1", "lpt9"} or stem.endswith("vol-7")
    assert len(stem) <= 80


def test_same_names_do_not_overwrite_each_other():
    stems = unique_stems([("p1", "Maria Lopez"), ("p2", "María López"), ("p3", "Ana")])
    assert stems == {"p1": "maria-lopez-p1", "p2": "maria-lopez-p2", "p3": "ana"}
