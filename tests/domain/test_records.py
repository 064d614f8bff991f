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


def test_releases_are_united_in_number_order_and_a_kept_number_keeps_its_content(example_plan):
    first = make_release(example_plan, "First", T0)
    second = make_release(example_plan, "Second", T0 + timedelta(1), [first])
    clash = replace(second, name="Made in a stale copy")
    assert merge_records(Records(releases=(second,)), Records(releases=(first,))).releases == (first, second)
    assert merge_records(Records(releases=(clash,)), Records(releases=(first, second))).releases == (first, second)
    assert merge_records(Records(releases=(first, clash)), Records()).releases == (first, clash)


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
