"""Writing the feed folder, and keeping what was published so updates apply in place."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from planner.domain.records import Records
from planner.publish.feeds import FeedKind, export_feeds
from planner.storage import load_document, record_publication, save_any

APRIL_1 = datetime(2025, 4, 1, tzinfo=UTC)


def test_export_writes_the_documented_layout(example_plan, tmp_path):
    publication = export_feeds(example_plan, tmp_path / "out", APRIL_1)
    names = sorted(str(p.relative_to(tmp_path / "out")) for p in publication.written)
    top = [n for n in names if "/" not in n]
    assert top == ["media.ics", "organizer.ics", "volunteers.ics"]
    assert len([n for n in names if n.startswith("people/")]) == len(example_plan.people)
    assert sorted(n for n in names if n.startswith("roles/")) == [
        "roles/press-check-in.ics",
        "roles/safety-marshal.ics",
        "roles/setup-and-teardown.ics",
        "roles/wellness-check.ics",
    ]
    assert all(p.read_bytes().endswith(b"END:VCALENDAR\r\n") for p in publication.written)


def test_only_writes_just_those_files(example_plan, tmp_path):
    publication = export_feeds(example_plan, tmp_path, APRIL_1, only={FeedKind.MEDIA})
    assert [p.name for p in publication.written] == ["media.ics"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["media.ics"]


def test_reexport_replaces_files_in_place(example_plan, tmp_path):
    export_feeds(example_plan, tmp_path, APRIL_1)
    export_feeds(example_plan, tmp_path, datetime(2025, 4, 2, tzinfo=UTC))
    assert b"DTSTAMP:20250402T000000Z" in (tmp_path / "media.ics").read_bytes()
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]


def test_the_record_kept_in_the_plan_file_raises_sequence_on_the_next_export(example_plan, tmp_path):
    for suffix in (".planner", ".json"):
        plan_path = tmp_path / f"strike{suffix}"
        save_any(example_plan, plan_path)
        plan, records = load_document(plan_path)
        assert records == Records()
        first = export_feeds(plan, tmp_path / "out", APRIL_1, records.revisions)
        record_publication(plan_path, records.with_revisions(first.revisions))

        plan, records = load_document(plan_path)
        assert records.revisions == first.revisions
        window = plan.days[2].windows[0]
        moved = replace(window, start=window.start.replace(hour=11))
        plan = replace(plan, days=(*plan.days[:2], replace(plan.days[2], windows=(moved,)), *plan.days[3:]))
        second = export_feeds(plan, tmp_path / "out", datetime(2025, 4, 2, tzinfo=UTC), records.revisions)
        assert second.revisions[window.id].sequence == 1
        assert b"SEQUENCE:1" in (tmp_path / "out" / "media.ics").read_bytes()
        # Saving the plan keeps the record too.
        kept = records.with_revisions(second.revisions)
        save_any(plan, plan_path, kept)
        assert load_document(plan_path) == (plan, kept)


def test_hostile_names_never_write_outside_the_folder(make_plan, tmp_path):
    names = ["../../x", "con", "..", "/etc/passwd", "a\\b", "C:\\x", "nul.ics", "محمد"]
    plan = make_plan(
        people=[{"id": f"v{i}", "name": n, "kind": "volunteer"} for i, n in enumerate(names)],
        shifts=[{"id": "s", "role": "marshal", "location": "loc", "start": "2025-04-07T08:00",
                 "end": "2025-04-07T09:00", "needed": 9, "people": [f"v{i}" for i in range(len(names))]}],
    )  # fmt: skip
    out = tmp_path / "out"
    publication = export_feeds(plan, out, APRIL_1)
    people = [p for p in publication.written if p.parent.name == "people"]
    assert len(people) == len(names) == len({p.name for p in people})
    for path in publication.written:
        assert path.resolve().is_relative_to(out.resolve())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_folder_that_cannot_be_made_is_one_error_naming_the_file_in_the_way(example_plan, tmp_path):
    """It said "File exists" or "Not a directory", of the folder asked for."""
    from planner.errors import FileAccessError
    from planner.publish.outbox import write_eml

    now = datetime(2025, 4, 1, tzinfo=UTC)
    blocker = tmp_path / "feeds"
    blocker.write_text("a file where the folder should go")
    for out in (blocker, blocker / "inner"):  # (--out names a file; a file in the folder's path)
        with pytest.raises(FileAccessError, match=rf"^{blocker}: cannot write \(it is a file, not a folder\)$"):
            export_feeds(example_plan, out, now=now)
        with pytest.raises(FileAccessError, match=rf"^{blocker}: cannot write \(it is a file, not a folder\)$"):
            write_eml([], out)
    # A file where the export's own subfolder goes: that file named.
    out = tmp_path / "out"
    out.mkdir()
    (out / "people").write_text("not a folder")
    with pytest.raises(FileAccessError, match=rf"^{out}/people: cannot write \(it is a file, not a folder\)$"):
        export_feeds(example_plan, out, now=now)
    assert blocker.read_text() == "a file where the folder should go"


# ---------------------------------------------------------------------------------- re-export


def _edits(plan):
    """One of every kind of change an event's text depends on, each from the example."""

    from planner.domain import edits
    from planner.domain.model import Contact

    shift, turn, window = plan.shifts[0], plan.turns[0], plan.days[1].windows[0]
    speaker = plan.people_by_id[turn.person_ids[0]]
    volunteer = plan.people_by_id[shift.person_ids[0]]
    where = plan.locations[0]
    role = plan.roles_by_id[shift.role_id]
    details = (plan.title, plan.organization, plan.description)
    later = replace(window, start=window.start + timedelta(hours=1), end=window.end + timedelta(hours=1))
    return {
        "move a shift": edits.move_item(plan, shift.id, shift.start + timedelta(minutes=30)),
        "another spokesperson": edits.put_item(plan, replace(turn, person_ids=(plan.turns[-1].person_ids[0],))),
        "a spokesperson's title": edits.put_person(plan, replace(speaker, title="Nurse practitioner")),
        "a volunteer's phone": edits.put_person(plan, replace(volunteer, phone="+1 213 555 0199")),
        "the site's notes": edits.put_location(plan, replace(where, notes="Use the side gate.")),
        "the map pin": edits.put_location(plan, replace(where, latitude=34.1)),
        "a role's description": edits.put_role(plan, replace(role, description="Count the crowd.")),
        "a role's name": edits.put_role(plan, replace(role, name="Crowd counter")),
        "a volunteer's name": edits.put_person(plan, replace(volunteer, name="Ana María Núñez")),
        "a volunteer removed": edits.remove_person(plan, volunteer.id),
        "a new person": edits.put_person(plan, replace(volunteer, id="per-new", name="New Person")),
        "the site's name": edits.put_location(plan, replace(where, name="Kaiser Permanente LAMC")),
        "a cancelled window": edits.put_window(plan, replace(window, cancelled=True)),
        "the plan's title": edits.set_details(plan, "Vigil", *details[1:], plan.timezone, plan.press_contact, "en"),
        "the press contact": edits.set_details(plan, *details, plan.timezone, Contact("Ana", "ana@example.org"), "en"),
        "the time zone": edits.set_details(plan, *details, "America/New_York", plan.press_contact, "en"),
        "a removed shift": edits.remove_items(plan, [shift.id]),
        "reminders": replace(plan, reminder_minutes=15),
        "a turn to the next day's window": edits.move_item(plan, turn.id, turn.start + timedelta(days=1)),
        "a window an hour later": edits.put_window(plan, replace(window, start=later.start, end=later.end)),
        "a new window": edits.put_window(plan, replace(window, id="win-extra", start=window.end, end=later.end)),
        # Their own calendar in their language (Spanish), the shared ones as they were.
        "a volunteer's language": edits.put_person(plan, replace(volunteer, languages=("Spanish",))),
        "a spokesperson's language": edits.put_person(plan, replace(speaker, languages=("Español", "English"))),
        # The shared calendars in Spanish, and the own calendars of those who list no language.
        "the calendars' language": edits.set_details(plan, *details, plan.timezone, plan.press_contact, "es"),
    }


EDITS = ["move a shift", "another spokesperson", "a spokesperson's title", "a volunteer's phone", "the site's notes",
         "the map pin", "a role's description", "a role's name", "a volunteer's name", "a volunteer removed",
         "a new person", "the site's name", "a cancelled window", "the plan's title", "the press contact",
         "the time zone", "a removed shift", "reminders", "a turn to the next day's window", "a window an hour later",
         "a new window", "a volunteer's language", "a spokesperson's language", "the calendars' language"]  # fmt: skip


def test_the_edits_are_all_there(example_plan):
    assert list(_edits(example_plan)) == EDITS


@pytest.mark.parametrize("edit", EDITS)
def test_a_reexport_reusing_the_last_is_byte_for_byte_a_fresh_one(example_plan, tmp_path, edit):
    """Events are serialized again only when something they are made from changed: whatever
    the edit, the files equal those of an export made from nothing."""
    edited = _edits(example_plan)[edit]
    first = export_feeds(example_plan, tmp_path / "reused", APRIL_1)
    later = datetime(2025, 4, 2, tzinfo=UTC)
    again = export_feeds(edited, tmp_path / "reused", later, first.revisions, reuse=first)
    fresh = export_feeds(edited, tmp_path / "fresh", later, first.revisions)
    assert [p.relative_to(tmp_path / "reused") for p in again.written] == [
        p.relative_to(tmp_path / "fresh") for p in fresh.written
    ]
    for ours, theirs in zip(again.written, fresh.written, strict=True):
        assert ours.read_bytes() == theirs.read_bytes()
    assert again.revisions == fresh.revisions  # fingerprinting only what changed gives the same record


def test_a_chain_of_reexports_each_reusing_the_last_stays_a_fresh_export(example_plan, tmp_path):
    """What a re-export leaves as it was (events, a person's whole file) is carried to the one
    after: edit after edit, each export equals one made from nothing."""
    from planner.domain import edits

    plan, last = example_plan, export_feeds(example_plan, tmp_path / "reused", APRIL_1)
    turn, shift = example_plan.turns[2], example_plan.shifts[3]
    steps = [
        lambda p: edits.move_item(p, shift.id, shift.start + timedelta(minutes=30)),
        lambda p: edits.put_item(p, replace(edits.find_item(p, turn.id), person_ids=(p.turns[-1].person_ids[0],))),
        lambda p: edits.move_item(p, shift.id, shift.start),  # back as it was
        lambda p: replace(p, reminder_minutes=30),
        lambda p: edits.put_person(p, replace(p.people_by_id[shift.person_ids[0]], phone="+1 213 555 0100")),
        lambda p: edits.move_item(p, turn.id, turn.start + timedelta(minutes=15)),
        lambda p: edits.put_location(p, replace(p.locations[0], notes="The side gate.")),
        lambda p: edits.put_item(p, replace(edits.find_item(p, turn.id), person_ids=turn.person_ids)),
    ]
    for day, step in enumerate(steps, start=2):
        plan = step(plan)
        when = datetime(2025, 4, day, tzinfo=UTC)
        last = export_feeds(plan, tmp_path / "reused", when, last.revisions, reuse=last)
        fresh = export_feeds(plan, tmp_path / f"fresh{day}", when, last.revisions)
        for ours, theirs in zip(last.written, fresh.written, strict=True):
            assert ours.read_bytes() == theirs.read_bytes(), (day, ours.name)


def test_after_an_edit_of_a_person_role_or_place_only_their_events_are_made_again(example_plan):
    """A re-export in the app after a volunteer's phone, a role's name or the site's notes
    changed compares and makes again the events of that person, role or place alone, as it
    does after an edit of a turn or shift (a campaign's 31,800 took 1.1-1.5 s to compare)."""
    from planner.domain import edits
    from planner.ical.feeds import _changed_items

    plan, shift = example_plan, example_plan.shifts[0]
    volunteer = plan.people_by_id[shift.person_ids[0]]
    speaker = plan.people_by_id[plan.turns[0].person_ids[0]]
    role = plan.roles_by_id[shift.role_id]
    phone = edits.put_person(plan, replace(volunteer, phone="+1 213 555 0199"))
    assert _changed_items(plan, phone) == {s.id for s in plan.shifts if volunteer.id in s.person_ids}
    title = edits.put_person(plan, replace(speaker, title="Nurse practitioner"))
    theirs = [t for t in plan.turns if speaker.id in t.person_ids]
    assert _changed_items(plan, title) == {t.id for t in theirs} | {t.window_id for t in theirs}
    renamed = edits.put_role(plan, replace(role, name="Crowd counter"))
    assert _changed_items(plan, renamed) == {s.id for s in plan.shifts if s.role_id == role.id}
    assert _changed_items(plan, edits.put_person(plan, replace(volunteer, id="per-new", name="New"))) == set()
    noted = edits.put_location(plan, replace(plan.locations[0], notes="Use the side gate."))
    assert _changed_items(plan, noted) == {
        *plan.windows_by_id,
        *(t.id for t in plan.turns),
        *(s.id for s in plan.shifts),
    }
    assert _changed_items(plan, replace(plan, title="Vigil")) is None


def test_an_export_of_another_session_leaves_the_files_that_hold_its_bytes_alone(example_plan, tmp_path):
    """No last export to go by (`planner export` run again, the app's first export of a
    session): a file already holding the bytes keeps its time, so web servers answer the
    phones subscribed to it "not modified"; one changed since, or gone, is written."""
    import os

    first = export_feeds(example_plan, tmp_path, APRIL_1)
    long_ago = 1_000_000_000_000_000_000  # ns: 2001
    for path in first.written:
        os.utime(path, ns=(long_ago, long_ago))
    tampered, gone = tmp_path / "volunteers.ics", tmp_path / "media.ics"
    text = tampered.read_bytes()
    tampered.write_bytes(text.replace(b"SEQUENCE:0", b"SEQUENCE:9", 1))  # the same size, other bytes
    os.utime(tampered, ns=(long_ago, long_ago))
    gone.unlink()

    again = export_feeds(example_plan, tmp_path, APRIL_1, first.revisions)
    assert set(again.changed) == {tampered, gone}
    assert tampered.read_bytes() == text and gone.exists()
    kept = [p for p in again.written if p not in (tampered, gone)]
    assert len(kept) > 10 and all(p.stat().st_mtime_ns == long_ago for p in kept)


def test_a_reexport_rewrites_only_the_files_that_changed(example_plan, tmp_path):
    first = export_feeds(example_plan, tmp_path, APRIL_1)
    same = export_feeds(example_plan, tmp_path, APRIL_1, first.revisions, reuse=first)
    assert same.changed == [] and same.written == first.written

    before = {p: p.read_bytes() for p in same.written}
    shift = example_plan.shifts[0]
    noted = replace(example_plan, shifts=(replace(shift, notes="Bring a chair."), *example_plan.shifts[1:]))
    (tmp_path / "media.ics").unlink()  # deleted since: written again, though its events did not change
    after = export_feeds(noted, tmp_path, APRIL_1, same.revisions, reuse=same)
    differ = {p for p in after.written if p.read_bytes() != before[p]}
    assert set(after.changed) == differ | {tmp_path / "media.ics"}
    # the shift is in: the volunteers' and organizers' feeds, its role's, and its two volunteers'
    assert len(differ) == 3 + len(shift.person_ids)
