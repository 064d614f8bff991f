"""Merging two copies' records of one plan: what left the machine only grows."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from planner.domain.ledger import SentMessage
from planner.domain.records import Records, merge_records
from planner.domain.releases import make_release
from planner.domain.revisions import Revision

T0 = datetime(2025, 4, 1, 12, 0, tzinfo=UTC)


def _sent(release: int, at: datetime, email: str = "ana@example.org") -> SentMessage:
    return SentMessage(email, "uid-1", "REQUEST", release, "sig", "content", release, at)


def test_the_higher_sequence_of_each_event_wins_then_the_later_time():
    ours = Records(revisions={"a": Revision(2, "x", T0), "b": Revision(1, "y", T0), "c": Revision(1, "q", T0)})
    theirs = Records(
        revisions={
            "a": Revision(1, "w", T0 + timedelta(1)),
            "b": Revision(3, "z", T0),
            "c": Revision(1, "r", T0 + timedelta(1)),
            "d": Revision(0, "v", T0),
        }
    )
    merged = merge_records(ours, theirs).revisions
    assert merged == {"a": ours.revisions["a"], "b": theirs.revisions["b"], "c": theirs.revisions["c"],
                      "d": theirs.revisions["d"]}  # fmt: skip
    assert merge_records(theirs, ours).revisions == merged  # the order of the copies does not matter


def test_releases_are_united_in_number_order_and_of_two_of_one_number_every_copy_keeps_the_first_made(
    example_plan,
):
    """Two organizers releasing at once, each on their copy, make two releases 2: each copy
    kept its own (the file's, merged with what a sync brought), so the two never agreed on
    what release 2 told the press. Now both keep the one made first, in either order."""
    first = make_release(example_plan, "First", T0)
    second = make_release(example_plan, "Second", T0 + timedelta(1), [first])
    clash = replace(second, name="Made a minute later", created=second.created + timedelta(minutes=1))
    assert merge_records(Records(releases=(second,)), Records(releases=(first,))).releases == (first, second)
    assert merge_records(Records(releases=(clash,)), Records(releases=(first, second))).releases == (first, second)
    assert merge_records(Records(releases=(first, second)), Records(releases=(clash,))).releases == (first, second)
    assert merge_records(Records(releases=(first, clash)), Records()).releases == (first, clash)
    same_time = replace(second, name="Also second")  # (made the same instant: the name decides, either way)
    assert merge_records(Records(releases=(same_time,)), Records(releases=(second,))).releases == (same_time,)
    assert merge_records(Records(releases=(second,)), Records(releases=(same_time,))).releases == (same_time,)


def test_of_two_records_of_a_message_the_later_one_stays():
    key = ("ana@example.org", "uid-1")
    early, late = _sent(1, T0), _sent(2, T0 + timedelta(hours=1))
    assert merge_records(Records(sent={key: early}), Records(sent={key: late})).sent == {key: late}
    assert merge_records(Records(sent={key: late}), Records(sent={key: early})).sent == {key: late}
    other = ("bo@example.org", "uid-1")
    united = merge_records(Records(sent={key: early}), Records(sent={other: _sent(1, T0, "bo@example.org")}))
    assert set(united.sent) == {key, other}


def test_a_failure_stands_only_when_later_than_the_sending():
    key = ("ana@example.org", "uid-1")
    sent = Records(sent={key: _sent(1, T0)})
    before = Records(failures={key: (T0 - timedelta(minutes=5), "timed out")})
    after = Records(failures={key: (T0 + timedelta(minutes=5), "mailbox full")})
    assert merge_records(sent, before).failures == {}
    assert merge_records(after, sent).failures == after.failures
    assert merge_records(before, after).failures == after.failures  # the last attempt
    assert merge_records(after, before).failures == after.failures
    assert merge_records(Records(), Records()) == Records()


def test_of_two_records_of_a_published_event_the_later_write_or_deletion_stays():
    from planner.domain.records import PublishedEvent

    put = PublishedEvent("/cal/media/a.ics", '"e1"', "f1", T0)
    deleted = PublishedEvent("/cal/media/a.ics", "", "", T0 + timedelta(hours=1))
    ours, theirs = Records(published={("media", "a"): deleted}), Records(published={("media", "a"): put})
    assert merge_records(ours, theirs).published == {("media", "a"): deleted} == merge_records(theirs, ours).published
    assert deleted.deleted and not put.deleted


def test_published_events_survive_both_file_formats(example_plan, tmp_path):
    from planner.domain.records import PublishedEvent
    from planner.storage import load_document, save_any

    records = Records(published={("media", "win-1.p@planner"): PublishedEvent("/c/media/w.ics", '"x"', "fp", T0),
                                 ("people-ana", "t.p@planner"): PublishedEvent("/c/p/t.ics", "", "", T0)})  # fmt: skip
    for name in ("plan.planner", "plan.json"):
        save_any(example_plan, tmp_path / name, records)
        assert load_document(tmp_path / name)[1].published == records.published, name


def test_of_two_tokens_of_a_person_the_later_stands_so_a_rotation_is_not_undone():
    from planner.domain.records import FeedToken

    old, new = FeedToken("a" * 32, T0), FeedToken("b" * 32, T0 + timedelta(minutes=1))
    ours, theirs = Records(tokens={"ana": new}), Records(tokens={"ana": old, "bo": old})
    assert merge_records(ours, theirs).tokens == {"ana": new, "bo": old} == merge_records(theirs, ours).tokens


def test_link_tokens_survive_both_file_formats(example_plan, tmp_path):
    from planner.domain.records import FeedToken
    from planner.storage import load_document, save_any

    records = Records(tokens={example_plan.people[0].id: FeedToken("0f" * 16, T0)})
    for name in ("plan.planner", "plan.json"):
        save_any(example_plan, tmp_path / name, records)
        assert load_document(tmp_path / name)[1].tokens == records.tokens, name


def test_a_few_new_records_are_stored_without_rewriting_the_others(example_plan, tmp_path, sql_trace):
    from planner.domain.records import FeedToken, PublishedEvent, changed_since
    from planner.storage import load_document, record_publication, save_any

    plan_file = tmp_path / "plan.planner"
    events = {("media", f"w{n}"): PublishedEvent(f"/c/media/w{n}.ics", f'"{n}"', "f", T0) for n in range(5)}
    before = Records(published=events, tokens={"ana": FeedToken("a" * 32, T0)})
    save_any(example_plan, plan_file, before)
    moved = PublishedEvent("/c/media/w1.ics", '"new"', "g", T0 + timedelta(hours=1))
    stale = PublishedEvent("/c/media/w2.ics", '"old"', "x", T0 - timedelta(hours=1))
    after = before.with_published({("media", "w1"): moved, ("media", "w2"): stale, ("media", "w9"): moved})
    changes = changed_since(before, after)
    assert set(changes.published) == {("media", "w1"), ("media", "w2"), ("media", "w9")} and not changes.tokens

    with sql_trace() as statements:
        record_publication(plan_file, after, changes=changes)
    _plan, kept = load_document(plan_file)
    assert kept.published[("media", "w1")] == moved and kept.published[("media", "w9")] == moved
    assert kept.published[("media", "w2")] == events[("media", "w2")]  # the later record stands
    assert kept.published[("media", "w0")] == events[("media", "w0")] and kept.tokens == before.tokens
    writes = [s for s in statements if s.startswith(("INSERT", "DELETE", "UPDATE"))]
    assert len(writes) == 2 and all("published" in s for s in writes), writes  # w1 and w9: nothing else
    assert not any(s.startswith("SELECT collection") and "WHERE" not in s for s in statements)  # no full read


def test_thousands_of_new_records_are_looked_up_a_few_hundred_to_a_query(example_plan, tmp_path, sql_trace):
    """A campaign's first export keeps 31,800 revisions, a first publish ~100,000 events: what
    the file holds under their keys is read in a few queries, each found by the table's key."""
    from planner.domain.records import PublishedEvent, changed_since
    from planner.storage import load_document, record_publication, save_any
    from planner.storage.document import KEYS_PER_QUERY

    plan_file = tmp_path / "plan.planner"
    held = {f"item{n}": Revision(5, "held", T0) for n in range(0, 1200, 4)}  # a later export's, from a teammate
    held_events = {("person-a", f"e{n}"): PublishedEvent(f"/a/e{n}.ics", '"9"', "f", T0) for n in range(0, 1100, 2)}
    before = Records(revisions=held, published=held_events)
    save_any(example_plan, plan_file, before)
    new = {f"item{n}": Revision(1, "new", T0 + timedelta(hours=1)) for n in range(1200)}
    events = {
        (person, f"e{n}"): PublishedEvent(f"/{person}/e{n}.ics", '"1"', "g", T0 + timedelta(hours=1))
        for person in ("person-a", "person-b")
        for n in range(1100)
    }
    after = Records(revisions=new, published=events)

    with sql_trace() as statements:
        record_publication(plan_file, after, changes=changed_since(Records(), after))
    _plan, kept = load_document(plan_file)
    assert len(kept.revisions) == 1200 and len(kept.published) == 2200
    assert all(kept.revisions[item] == (held.get(item) or new[item]) for item in new)  # the higher sequence stands
    assert kept.published[("person-a", "e2")] == events[("person-a", "e2")]  # the later write stands
    assert kept.published[("person-b", "e2")] == events[("person-b", "e2")]

    def queries(table: str) -> list[str]:
        return [s for s in statements if s.startswith("SELECT") and f"FROM {table} WHERE" in s]

    def needed(keys: int) -> int:
        return -(-keys // KEYS_PER_QUERY)

    assert len(queries("revisions")) == needed(1200)
    assert len(queries("published")) == 2 * needed(1100)  # each person's calendar apart


def test_a_sending_stored_alone_reads_and_writes_only_its_own_rows_and_drops_its_failure(
    example_plan, tmp_path, sql_trace
):
    """A campaign's Send records 2,460 schedule e-mails one at a time: each stored with only its
    rows, not the file's thousands of messages read and compared again (109 ms a message once
    2,000 were sent, 4.6 ms now); its earlier failure goes from the file as from memory."""
    from planner.domain.records import changed_since
    from planner.storage import load_document, record_publication, save_any

    plan_file = tmp_path / "plan.planner"
    others = {(f"p{n}@example.org", "uid-1"): _sent(1, T0, f"p{n}@example.org") for n in range(300)}
    key = ("ana@example.org", "uid-1")
    other_failure = ("bo@example.org", "uid-2")
    before = Records(sent=others, failures={key: (T0, "timed out"), other_failure: (T0, "mailbox full")})
    save_any(example_plan, plan_file, before)
    after = before.with_sent(_sent(1, T0 + timedelta(minutes=5)))
    changes = changed_since(before, after)
    assert set(changes.sent) == {key} and not changes.failures  # the new message, no more

    with sql_trace() as statements:
        record_publication(plan_file, after, changes=changes)
    _plan, kept = load_document(plan_file)
    assert kept.sent == after.sent and kept.failures == {other_failure: (T0, "mailbox full")}
    writes = [s for s in statements if s.startswith(("INSERT", "DELETE", "UPDATE"))]
    assert len(writes) == 2, writes  # the message in, its failure out
    assert any("sent_messages" in s for s in writes) and any("DELETE FROM send_failures" in s for s in writes)
    reads = [s for s in statements if s.startswith("SELECT") and ("sent_messages" in s or "send_failures" in s)]
    assert reads and all("WHERE" in s for s in reads), reads  # by key, not the whole tables

    failed_again = after.with_failure("bo@example.org", "uid-2", T0 + timedelta(hours=1), "refused")
    record_publication(plan_file, failed_again, changes=changed_since(after, failed_again))
    assert load_document(plan_file)[1].failures == {other_failure: (T0 + timedelta(hours=1), "refused")}


def test_who_a_copy_records_its_changes_as_made_by_is_one_line_of_a_names_length():
    """A --name with a tab or line break broke `planner sync --conflicts`' columns, and one of
    thousands of characters went into every teammate's conflict tooltips."""
    from planner.domain.plain_text import MAX_NAME
    from planner.domain.sync_state import recorded_as

    assert recorded_as("  Ana\tMorales\n(press) ", None, "ana") == "Ana Morales (press)"
    assert recorded_as("x" * 5000, None, "ana") == "x" * MAX_NAME
    assert recorded_as(" \n", None, "ana") == "ana" and recorded_as(None, None, "ana") == "ana"
