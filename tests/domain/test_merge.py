"""Three-way merge of one record: disjoint changes merge, clashing ones are kept as conflicts."""

from planner.domain.merge import DELETED, Merged, merge_order, merge_record

BASE = {"name": "Ana", "phone": "1", "email": "a@x.org"}


def test_one_side_changed_takes_that_side():
    mine = {**BASE, "phone": "2"}
    assert merge_record(BASE, mine, BASE).result == mine
    assert merge_record(BASE, BASE, mine).result == mine


def test_different_fields_changed_on_both_sides_merge():
    mine, theirs = {**BASE, "phone": "2"}, {**BASE, "email": "ana@x.org"}
    merged = merge_record(BASE, mine, theirs)
    assert merged.result == {"name": "Ana", "phone": "2", "email": "ana@x.org"} and not merged.conflicts


def test_the_same_field_changed_differently_is_a_conflict_that_keeps_mine_and_their_other_changes():
    mine = {**BASE, "phone": "2"}
    theirs = {**BASE, "phone": "3", "email": "ana@x.org"}
    merged = merge_record(BASE, mine, theirs)
    assert merged.conflicts == ("phone",)
    assert merged.result == {"name": "Ana", "phone": "2", "email": "ana@x.org"}


def test_the_same_change_on_both_sides_is_no_conflict():
    same = {**BASE, "phone": "9"}
    assert merge_record(BASE, same, dict(same)) == merge_record(BASE, same, same)
    assert not merge_record(BASE, same, dict(same)).conflicts


def test_deletion_against_an_edit_is_a_conflict_either_way():
    edited = {**BASE, "phone": "2"}
    assert merge_record(BASE, None, edited).conflicts == (DELETED,)
    mine_kept = merge_record(BASE, edited, None)
    assert mine_kept.conflicts == (DELETED,) and mine_kept.result == edited


def test_deleted_on_one_side_unchanged_on_the_other_is_deleted():
    assert merge_record(BASE, None, BASE).result is None
    assert merge_record(BASE, BASE, None).result is None


def test_both_created_the_same_record_differently_conflicts_on_the_differing_fields():
    merged = merge_record(None, {"id": "t", "people": ["a"]}, {"id": "t", "people": ["b"]})
    assert merged.conflicts == ("people",)


def test_an_order_changed_on_one_side_is_that_sides_and_both_sides_additions_are_kept():
    base = ["marshal", "captain"]
    assert merge_order(base, base, ["captain", "marshal"]) == ["captain", "marshal"]  # theirs reordered
    assert merge_order(base, ["captain", "marshal"], base) == ["captain", "marshal"]  # mine
    # Both added one: theirs first, mine after — never a conflict.
    assert merge_order(base, [*base, "medic"], [*base, "driver"]) == ["marshal", "captain", "driver", "medic"]
    # They removed one I kept in place, while I added: their removal stands (records decide).
    assert merge_order(base, [*base, "medic"], ["captain"]) == ["captain", "medic"]


def test_a_field_an_older_planner_does_not_write_stays_as_both_sides_last_agreed():
    """A teammate on an older Planner edits the plan's title; their Planner does not know the
    calendars' language and writes the plan without it. The language stays as it was (Spanish),
    with their title; mine changed too, it is mine; and so the other way round."""
    base = {"title": "Vigil", "language": "es"}
    older = {"title": "Vigil at City Hall"}  # (no language: not known there)
    assert merge_record(base, base, older).result == {"title": "Vigil at City Hall", "language": "es"}
    assert merge_record(base, {"title": "Vigil", "language": "en"}, older) == Merged(
        {"title": "Vigil at City Hall", "language": "en"}
    )
    assert merge_record(base, older, base).result == {"title": "Vigil at City Hall", "language": "es"}
