"""Press invitations: the whole release cycle, message structure, and hostile recipients."""

from __future__ import annotations

import email
import re
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email import policy
from pathlib import Path

import ics
import pytest
import vobject

from planner.domain.model import Journalist, JournalistId
from planner.domain.records import Records
from planner.domain.releases import ChangeKind, change_log, make_release
from planner.publish.filenames import slug
from planner.publish.outbox import build_outbox, sent_record, write_eml
from tests.golden import assert_golden

DAY1 = datetime(2025, 4, 1, 12, tzinfo=UTC)
DAY2 = DAY1 + timedelta(days=2)


def release(plan, records, when, name="r"):
    return records.with_release(make_release(plan, name, when, records.releases))


def send_all(records, when):
    """What a successful `planner send` does to the records."""
    for item in build_outbox(records, when):
        assert item.error == "", item.error
        records = records.with_sent(sent_record(item.invitation, when))
    return records


def calendar_part(message):
    [part] = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    return part


def test_the_whole_cycle_sends_exactly_what_changed_to_exactly_who_is_affected(example_plan):
    journalists = {j.email: j for j in example_plan.journalists}
    assert len(journalists) == 5 and len(example_plan.days) == 5

    records = release(example_plan, Records(), DAY1, "First")
    first = build_outbox(records, DAY1)
    assert len(first) == 25  # every journalist x every window
    assert {(i.invitation.method, i.invitation.sequence, i.invitation.change) for i in first} == {
        ("REQUEST", 0, ChangeKind.ADDED)
    }
    records = send_all(records, DAY1)
    assert build_outbox(records, DAY1) == []  # re-running sends nothing

    # Move Wednesday, re-staff Thursday, drop Friday, add a journalist, remove one.
    days = list(example_plan.days)
    wed, thu, fri = days[2].windows[0], days[3].windows[0], days[4].windows[0]
    days[2] = replace(days[2], windows=(replace(wed, start=wed.start.replace(hour=11)),))
    del days[4]
    thu_turn = next(t for t in example_plan.turns if t.window_id == thu.id)
    other = next(p.id for p in example_plan.spokespeople if p.id not in thu_turn.person_ids)
    turns = tuple(
        replace(t, person_ids=(other,)) if t.id == thu_turn.id else t
        for t in example_plan.turns
        if t.window_id != fri.id
    )
    removed = journalists["sam.whitfield@example.org"]
    added = Journalist(JournalistId("press-new"), "Nora Vidal", "nora.vidal@example.org", "Radio Sur", "es")
    changed = replace(
        example_plan,
        days=tuple(days),
        turns=turns,
        journalists=(*[j for j in example_plan.journalists if j is not removed], added),
    )
    records = release(changed, records, DAY2, "Second")
    assert [c.kind for c in change_log(records.releases[0], records.releases[1])] == [
        ChangeKind.MOVED,
        ChangeKind.RESTAFFED,
        ChangeKind.REMOVED,
    ]
    second = build_outbox(records, DAY2)
    got = Counter(
        (i.invitation.journalist.email, i.invitation.window.window_id, i.invitation.method, i.invitation.sequence)
        for i in second
    )
    stayed = [e for e in journalists if e != removed.email]
    expected = Counter()
    for who in stayed:
        expected[(who, wed.id, "REQUEST", 1)] += 1  # moved: SEQUENCE up
        expected[(who, thu.id, "REQUEST", 0)] += 1  # re-staffed: new text, same SEQUENCE
        expected[(who, fri.id, "CANCEL", 1)] += 1  # dropped window
    for window in changed.windows():
        expected[(added.email, window.id, "REQUEST", 0)] += 1  # the new journalist gets all four
    for window in example_plan.windows():
        expected[(removed.email, window.id, "CANCEL", 1)] += 1  # taken off the list
    assert got == expected
    # Monday and Tuesday did not change: nobody on the list hears about them again.
    assert not [i for i in second if i.invitation.journalist.email in stayed and i.invitation.window.window_id in
                (days[0].windows[0].id, days[1].windows[0].id)]  # fmt: skip

    records = send_all(records, DAY2)
    assert build_outbox(records, DAY2) == []


def test_each_message_has_the_rfc_6047_structure_and_one_journalist(example_plan):
    records = release(example_plan, Records(), DAY1)
    for item in build_outbox(records, DAY1)[:10]:
        raw = item.message.as_bytes()
        message = email.message_from_bytes(raw, policy=policy.default)
        assert message.get_content_type() == "multipart/mixed"
        alternative, attachment = message.get_payload()
        assert [p.get_content_type() for p in alternative.get_payload()] == [
            "text/plain",
            "text/html",
            "text/calendar",
        ]
        assert attachment.get_content_type() == "application/ics"
        assert attachment.get_filename() == "invite.ics"
        part = calendar_part(message)
        body = part.get_content()
        assert part.get_param("method") == "REQUEST" and part.get_content_charset() == "utf-8"
        assert "METHOD:REQUEST" in body and body == attachment.get_content().decode("utf-8")
        # Two parsers that share no code with icalendar agree on the essentials.
        cal = vobject.readOne(body)
        assert cal.method.value == "REQUEST"
        [event] = cal.vevent_list
        [attendee] = event.attendee_list
        assert attendee.value == f"mailto:{item.invitation.journalist.email}"
        assert attendee.params["RSVP"] == ["TRUE"]
        assert event.organizer.value == "mailto:press@example.org"
        assert event.uid.value == item.invitation.uid and event.sequence.value == "0"
        other = ics.Calendar(body)
        [parsed] = other.events
        assert parsed.begin.datetime == item.invitation.window.start
        assert parsed.end.datetime == item.invitation.window.end
        assert message["To"].addresses[0].addr_spec == item.invitation.journalist.email
        assert body.count("ATTENDEE") == 1


def test_cancellations_say_cancel_everywhere(example_plan):
    records = send_all(release(example_plan, Records(), DAY1), DAY1)
    plan = replace(example_plan, days=example_plan.days[:4])
    records = release(plan, records, DAY2)
    items = build_outbox(records, DAY2)
    assert {i.invitation.method for i in items} == {"CANCEL"}
    message = next(i.message for i in items if i.invitation.journalist.language == "en")
    part = calendar_part(message)
    assert part.get_param("method") == "CANCEL"
    cal = vobject.readOne(part.get_content())
    assert cal.method.value == "CANCEL" and cal.vevent.status.value == "CANCELLED"
    assert cal.vevent.sequence.value == "1"
    assert message["Subject"].startswith("Cancelled: Media availability")


def test_spanish_speakers_get_spanish(example_plan):
    records = release(example_plan, Records(), DAY1)
    [item] = [i for i in build_outbox(records, DAY1) if i.invitation.journalist.language == "es"][:1]
    assert item.message["Subject"].startswith("Invitación: Disponibilidad para la prensa: ")
    assert "lun 7 abr 2025, 08:00–18:00" in item.message["Subject"]
    text = item.message.get_body(("plain",)).get_content()
    assert text.startswith("Hola, Luis Aguilar:") and "Portavoces de turno:" in text


@pytest.mark.parametrize(
    ("name", "address", "problem"),
    [
        ("Eve\r\nBcc: victim@example.org", "eve@example.org", "line break"),
        ("Mallory", "mallory@example.org\r\nBcc: x@example.org", "line break"),
        ("Nope", "no-at-sign.example.org", "is not an e-mail address"),
        ('Quote "Q"', 'q"@example.org', "is not an e-mail address"),
    ],
)
def test_hostile_recipients_get_a_clear_error_and_the_rest_go_out(example_plan, name, address, problem):
    bad = Journalist(JournalistId("bad"), name, address)
    plan = replace(example_plan, journalists=(*example_plan.journalists, bad))
    records = release(plan, Records(), DAY1)
    items = build_outbox(records, DAY1)
    failed = [i for i in items if i.error]
    assert len(failed) == 5 and all(problem in str(i.error) for i in failed)
    good = [i for i in items if not i.error]
    assert len(good) == 25
    for item in good:
        raw = item.message.as_bytes()
        assert b"Bcc" not in raw and b"victim" not in raw
    # A quoted display name is quoted, never able to close the header early.
    assert all(i.message["From"].addresses[0].display_name == "Jordan Lee, press coordinator" for i in good)


def test_three_hundred_journalists_each_get_their_own_message(example_plan, tmp_path):
    many = tuple(Journalist(JournalistId(f"j{n}"), f"Reporter {n}", f"reporter{n}@example.org") for n in range(300))
    records = release(replace(example_plan, journalists=many, days=example_plan.days[:1]), Records(), DAY1)
    one_window = build_outbox(records, DAY1)
    assert len(one_window) == 300
    for item in one_window:
        message = email.message_from_bytes(item.message.as_bytes(), policy=policy.default)
        decoded = str(message["To"]) + "".join(
            p.get_content() if p.get_content_maintype() == "text" else p.get_content().decode()
            for p in message.walk()
            if not p.is_multipart()
        )
        # Nobody sees anyone else's address, in any header or part.
        assert set(re.findall(r"reporter\d+@example\.org", decoded)) == {item.invitation.journalist.email}
    unsendable = replace(one_window[1], message=None, error="no address")
    written = write_eml([one_window[0], unsendable, one_window[2]], tmp_path).written
    window = slug(one_window[0].invitation.window.window_id)
    assert [p.name for p in written] == [
        f"0001-reporter0-example-org-{window}-request.eml",
        f"0003-reporter2-example-org-{window}-request.eml",
    ]
    assert written[0].read_bytes() == one_window[0].message.as_bytes()


def test_quotes_and_accents_in_names_are_quoted_not_broken(example_plan):
    tricky = Journalist(JournalistId("q"), 'Ana "la jefa" Ruiz, Núñez', "ana.ruiz@example.org", "", "es")
    records = release(replace(example_plan, journalists=(tricky,), days=example_plan.days[:1]), Records(), DAY1)
    [item] = build_outbox(records, DAY1)
    parsed = email.message_from_bytes(item.message.as_bytes(), policy=policy.default)
    [to] = parsed["To"].addresses
    assert (to.display_name, to.addr_spec) == ('Ana "la jefa" Ruiz, Núñez', "ana.ruiz@example.org")
    cal = vobject.readOne(calendar_part(parsed).get_content())
    assert cal.vevent.attendee.params["CN"] == ["Ana 'la jefa' Ruiz, Núñez"]  # no RFC 6868 escape needed


def _with_location(plan, **changes):
    loc = plan.locations[0]
    return replace(plan, locations=(replace(loc, **changes), *plan.locations[1:]))


def test_a_moved_map_pin_is_significant_for_the_press_and_the_feeds_alike(example_plan):
    """One rule: the pin moved, so the feeds raise SEQUENCE and every journalist is re-invited."""
    from planner.domain.revisions import revise

    records = send_all(release(example_plan, Records(), DAY1), DAY1)
    loc = example_plan.locations[0]
    moved = _with_location(example_plan, latitude=loc.latitude + 0.01)

    feeds = revise(moved, revise(example_plan, {}, DAY1), DAY2)
    assert {r.sequence for r in feeds.values()} == {1}

    records = release(moved, records, DAY2)
    owed = build_outbox(records, DAY2)
    assert len(owed) == 25
    assert {(i.invitation.method, i.invitation.sequence, i.invitation.change) for i in owed} == {
        ("REQUEST", 1, ChangeKind.MOVED)
    }
    cal = vobject.readOne(calendar_part(owed[0].message).get_content())
    assert float(cal.vevent.geo.value.split(";")[0]) == pytest.approx(loc.latitude + 0.01)


def test_a_cancelled_window_is_sent_as_cancel_and_a_reinstated_one_as_request_one_higher(example_plan):
    records = send_all(release(example_plan, Records(), DAY1), DAY1)
    day = example_plan.days[2]
    window = day.windows[0]

    def with_window(plan, **changes):
        days = list(plan.days)
        days[2] = replace(day, windows=(replace(window, **changes),))
        return replace(plan, days=tuple(days))

    records = release(with_window(example_plan, cancelled=True), records, DAY2)
    cancels = build_outbox(records, DAY2)
    assert {(i.invitation.window.window_id, i.invitation.method, i.invitation.sequence) for i in cancels} == {
        (window.id, "CANCEL", 1)
    }
    assert len(cancels) == 5
    for item in cancels:
        cal = vobject.readOne(calendar_part(item.message).get_content())
        assert (cal.method.value, cal.vevent.status.value, cal.vevent.sequence.value) == ("CANCEL", "CANCELLED", "1")
    records = send_all(records, DAY2)
    assert build_outbox(records, DAY2) == []  # a cancellation goes out once

    later = DAY2 + timedelta(days=1)
    records = release(example_plan, records, later)
    back = build_outbox(records, later)
    assert {(i.invitation.method, i.invitation.sequence, i.invitation.change) for i in back} == {
        ("REQUEST", 2, ChangeKind.REINSTATED)
    }
    assert len(back) == 5
    cal = vobject.readOne(calendar_part(back[0].message).get_content())
    assert (cal.method.value, cal.vevent.sequence.value) == ("REQUEST", "2")
    assert getattr(cal.vevent, "status", None) is None or cal.vevent.status.value == "CONFIRMED"


def test_a_change_of_rules_does_not_resend_what_journalists_already_hold(example_plan):
    """Messages are compared with the release they were sent from, not with digests stored
    then, so a ledger written by an older Planner owes nothing new for an unchanged plan."""
    records = send_all(release(example_plan, Records(), DAY1), DAY1)
    stale = {k: replace(m, significant="old-rule", content="old-rule") for k, m in records.sent.items()}
    records = release(example_plan, replace(records, sent=stale), DAY2)
    assert build_outbox(records, DAY2) == []


# ------------------------------------------------------------------ golden messages

GOLDEN = Path(__file__).parent / "golden"


def _stable(message) -> bytes:
    """The message as sent, with what is random in each (its id, the MIME boundaries) fixed."""
    text = message.as_bytes(policy=policy.SMTP)
    text = re.sub(rb"Message-ID: <[^@>]+@", b"Message-ID: <fixed@", text)
    for i, boundary in enumerate(dict.fromkeys(re.findall(rb'boundary="([^"]+)"', text))):
        text = text.replace(boundary, f"BOUNDARY-{i}".encode())
    return text


@pytest.mark.parametrize(
    ("name", "language", "cancel"),
    [("request-en.eml", "en", False), ("request-es.eml", "es", False), ("cancel-en.eml", "en", True)],
)
def test_golden_messages(example_plan, name, language, cancel):
    """Any change to what a journalist receives is deliberate: PLANNER_UPDATE_GOLDEN=1 rewrites these."""
    journalist = next(j for j in example_plan.journalists if j.language == language)
    records, now = release(example_plan, Records(), DAY1, "First"), DAY1
    if cancel:  # Friday's window dropped after the first invitations went out
        days = list(example_plan.days)
        friday = days.pop().windows[0].id
        plan = replace(example_plan, days=tuple(days),
                       turns=tuple(t for t in example_plan.turns if t.window_id != friday))  # fmt: skip
        records, now = release(plan, send_all(records, DAY1), DAY2, "Friday dropped"), DAY2
    item = next(i for i in build_outbox(records, now) if i.recipient == journalist.email)
    assert item.message is not None and item.invitation.method == ("CANCEL" if cancel else "REQUEST")
    assert_golden(GOLDEN / name, _stable(item.message))


def _with_location(plan, **changes):
    return replace(plan, locations=tuple(replace(loc, **changes) for loc in plan.locations))


def _with_journalist(plan, **changes):
    return replace(plan, journalists=(replace(plan.journalists[0], **changes), *plan.journalists[1:]))


@pytest.mark.parametrize(
    ("change", "who"),
    [
        (lambda p: _with_location(p, notes="Now at the north gate"), 5),
        (lambda p: replace(p, title="Hunger strike, day by day"), 5),
        (lambda p: replace(p, press_contact=replace(p.press_contact, name="Rae Ortiz")), 5),
        (lambda p: replace(p, press_contact=replace(p.press_contact, email="media@example.org")), 5),
        (lambda p: replace(p, press_contact=replace(p.press_contact, phone="+1 213 555 0199")), 5),
        (lambda p: _with_journalist(p, name="Maya G. Goldberg"), 1),
        (lambda p: _with_journalist(p, language="es"), 1),
    ],
)
def test_a_change_to_what_the_message_says_is_sent_again_at_the_same_sequence(example_plan, change, who):
    records = send_all(release(example_plan, Records(), DAY1), DAY1)
    records = release(change(example_plan), records, DAY2, "Second")
    owed = build_outbox(records, DAY2)
    assert len(owed) == 5 * who  # every window, to everyone it changes for
    assert {(i.invitation.method, i.invitation.sequence, i.invitation.change) for i in owed} == {
        ("REQUEST", 0, ChangeKind.RESTAFFED)
    }
    assert build_outbox(release(example_plan, records, DAY2, "Undone"), DAY2) == []  # back as it was sent: none
