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


def test_no_two_people_share_a_file_whatever_their_names_and_ids():
    named = [("1", "Maria Lopez"), ("2", "Maria Lopez"), ("x", "Maria Lopez 1"), ("y", "MARIA LOPEZ 2"),
             ("../", "Maria Lopez"), ("z", "maria-lopez-1")]  # fmt: skip
    stems = unique_stems(named)
    assert stems == {"1": "maria-lopez-1", "2": "maria-lopez-2", "x": "maria-lopez-1-x", "y": "maria-lopez-2-2",
                     "../": "maria-lopez", "z": "maria-lopez-1-z"}  # fmt: skip
    assert len(set(stems.values())) == len(named)
    assert all(stem and "/" not in stem and ".." not in stem for stem in stems.values())
    assert stems == unique_stems(named)  # stable for the same plan


def test_earlier_stems_are_kept_whatever_the_name_and_given_to_nobody_else():
    earlier = {"p1": "ana-lopez", "gone": "maria", "bad": "../x", "con": "con"}
    named = [("p1", "Ana María López-Ortiz"), ("p2", "Maria"), ("p3", "Ana Lopez"), ("bad", "Bad"), ("con", "Con")]
    stems = unique_stems(named, earlier)
    assert stems["p1"] == "ana-lopez"  # renamed: kept
    assert stems["p2"] == "maria-2" and stems["p3"] == "ana-lopez-2"  # not the removed one's, nor p1's
    assert stems["bad"] == "bad" and stems["con"] != "con"  # a stem no export could give: not taken
    assert list(stems) == [item_id for item_id, _ in named]
    twice = unique_stems([("a", "Ana"), ("b", "Bea")], {"a": "same", "b": "same"})  # (a record edited by hand)
    assert len(set(twice.values())) == 2


def test_a_hostile_window_id_stays_out_of_the_eml_file_names(example_plan, tmp_path):
    from dataclasses import replace
    from datetime import UTC, datetime

    from planner.domain.records import Records
    from planner.domain.releases import make_release
    from planner.publish.outbox import build_outbox, write_eml

    day = example_plan.days[0]
    window = replace(day.windows[0], id="w/../../x")
    turns = tuple(replace(t, window_id=window.id) for t in example_plan.turns_in(day.windows[0].id))
    plan = replace(example_plan, days=(replace(day, windows=(window,)),), turns=turns)
    now = datetime(2025, 4, 1, tzinfo=UTC)
    items = build_outbox(Records().with_release(make_release(plan, "First", now)), now)
    (tmp_path / "w").mkdir()  # a folder the id's prefix could have walked through
    written = write_eml(items, tmp_path / "out").written
    assert len(written) == 5 and all(p.parent == tmp_path / "out" for p in written)
    assert all("-w-x-request.eml" in p.name for p in written)
    assert list((tmp_path / "w").iterdir()) == []


def test_a_name_that_cannot_be_a_file_name_falls_back_to_the_id_or_person():
    stems = unique_stems([("vol-7", "con"), ("v8", "محمد"), ("??", ".."), ("a", "Ana"), ("b", "ana")])
    assert stems == {"vol-7": "con-vol-7", "v8": "v8", "??": "person", "a": "ana-a", "b": "ana-b"}
