"""Volunteers hear about it: one e-mail each with their link, QR code and schedule (their feed
attached, same UIDs), then a short note per change — sent once, recorded in the ledger, in
their language; sent for real to an SMTP server on 127.0.0.1."""

from __future__ import annotations

import email
import email.policy
import io
import json
import ssl
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import trustme
import vobject
from aiosmtpd.smtp import AuthResult

from planner.cli import EXIT_OK, main
from planner.domain import schedule_notices
from planner.domain.edits import retime_item
from planner.domain.records import FeedToken, PublishedEvent, Records
from planner.domain.schedule_notices import RowTexts, ScheduleItem, mail_language, owed_notices, schedule_items
from planner.publish.feeds import feed_files, person_paths
from planner.publish.schedule_mail import build_schedule_mails
from planner.storage import load_document, save_any
from tests.servers import LoopbackController, Mailbox

T0 = datetime(2025, 4, 1, 12, tzinfo=UTC)
HOME = "https://cal.example.org/dav/organizer/"


def published(plan) -> Records:
    """As after a publish: everyone a token, and a calendar on the server."""
    tokens = {p.id: FeedToken(f"{n:032x}", T0) for n, p in enumerate(plan.people)}
    events = {(f"person-{t.token}", "x"): PublishedEvent(f"{HOME}person-{t.token}/x.ics", '"1"', "f", T0)
              for t in tokens.values()}  # fmt: skip
    return Records(published=events, tokens=tokens)


def test_each_person_is_owed_one_welcome_then_only_what_changed(example_plan):
    plan, records = example_plan, published(example_plan)
    links = {p.id: f"{HOME}person-{records.tokens[p.id].token}/" for p in plan.people}
    first = owed_notices(plan, links, {})
    with_work = [p for p in plan.people if p.email and schedule_items(plan, p)]
    assert {n.person.id for n in first} == {p.id for p in with_work} and all(n.first for n in first)
    assert all([(i.start, i.uid) for i in n.items] == sorted((i.start, i.uid) for i in n.items) for n in first)
    assert not owed_notices(plan, {}, {})  # no link yet (never published): nothing to tell
    ledger = {(n.person.email.casefold(), n.uid): n.record(T0) for n in first}
    assert owed_notices(plan, links, ledger) == []  # told: nothing owed twice

    shift = plan.shifts[0]
    later = retime_item(plan, shift.id, shift.start + timedelta(hours=1), shift.end + timedelta(hours=1))
    cancelled = replace(later, shifts=tuple(replace(s, cancelled=s.id == plan.shifts[1].id) for s in later.shifts))
    notices = owed_notices(cancelled, links, ledger)
    on_them = set(shift.person_ids) | set(plan.shifts[1].person_ids)
    assert {n.person.id for n in notices} == {p for p in on_them if plan.people_by_id[p].email}
    notice = next(n for n in notices if n.person.id in shift.person_ids)
    [(before, now)] = [c for c in notice.changed if c[0].start != c[1].start]
    assert now.start - before.start == timedelta(hours=1) and not notice.first and not notice.added


def test_a_schedule_told_is_kept_as_json_of_its_rows_and_read_back_whole():
    zone = ZoneInfo("America/Los_Angeles")
    spring, fall = datetime(2025, 3, 9, 1, 30, tzinfo=zone), datetime(2025, 11, 2, 1, tzinfo=zone, fold=1)
    items = (  # quotes, a backslash, a line break, a line separator, accents, an emoji, markup
        ScheduleItem("t1.p@planner", spring, spring + timedelta(hours=2), "", 'Kaiser "Sunset" \\ gate\nB'),
        ScheduleItem("s2.p@planner", fall, fall + timedelta(hours=3), "Prensa \u2028 ✊🏽", "Ñandú <b>", True),
    )
    rows = [[i.uid, i.start.isoformat(), i.end.isoformat(), i.role, i.place, i.cancelled] for i in items]
    texts = RowTexts()
    assert texts.content(items) == json.dumps(rows, ensure_ascii=False)  # as every ledger so far has it
    assert texts.content(items[1:]) == json.dumps(rows[1:], ensure_ascii=False) and texts.content(()) == "[]"
    again = schedule_notices._read(texts.content(items))
    assert [(i.uid, i.start.timestamp(), i.end.timestamp(), i.role, i.place, i.cancelled) for i in again] == [
        (i.uid, i.start.timestamp(), i.end.timestamp(), i.role, i.place, i.cancelled) for i in items]  # fmt: skip


def test_someone_told_is_owed_nothing_without_their_last_schedule_read_again(example_plan, monkeypatch):
    """A running campaign has told its 2,400 people: the Outbox compares each one's schedule
    with the text their last e-mail listed, and reads that text only when it differs."""
    plan, records = example_plan, published(example_plan)
    links = {p.id: f"{HOME}person-{records.tokens[p.id].token}/" for p in plan.people}
    first = owed_notices(plan, links, {})
    ledger = {(n.person.email.casefold(), n.uid): n.record(T0) for n in first}
    reads: list[str] = []
    monkeypatch.setattr(schedule_notices, "_read", lambda content: reads.append(content) or [])
    assert owed_notices(plan, links, ledger) == [] and reads == []
    # Told in other words (compact JSON, as another writer might keep it): read, and still nothing owed.
    grace = next(n for n in first if n.person.name == "Grace Kim")
    compact = json.dumps(json.loads(grace.content()), separators=(",", ":"))
    ledger[(grace.person.email.casefold(), grace.uid)] = replace(grace.record(T0), content=compact)
    monkeypatch.undo()
    assert owed_notices(plan, links, ledger) == []


def test_a_shift_in_the_fall_back_nights_repeated_hour_is_not_owed_again(example_plan):
    """Read back from the ledger, 1:30 the second time round has a fixed offset, and Python
    never calls it equal to the plan's zoned 1:30 (PEP 495): compared by instant, it is."""
    zone = example_plan.zone
    shift = next(s for s in example_plan.shifts if any(example_plan.people_by_id[p].email for p in s.person_ids))
    start = datetime(2025, 11, 2, 1, 30, tzinfo=zone, fold=1)
    night = replace(shift, start=start, end=datetime(2025, 11, 2, 3, tzinfo=zone))
    plan = replace(example_plan, shifts=tuple(night if s.id == shift.id else s for s in example_plan.shifts))
    records = published(plan)
    links = {p.id: f"{HOME}person-{records.tokens[p.id].token}/" for p in plan.people}
    first = owed_notices(plan, links, {})
    # Kept as another writer might (compact JSON): the schedules are read and compared.
    ledger = {(n.person.email.casefold(), n.uid): replace(n.record(T0), content=json.dumps(json.loads(n.content()),
              separators=(",", ":"))) for n in first}  # fmt: skip
    assert owed_notices(plan, links, ledger) == []


def test_the_email_has_the_link_the_qr_code_the_changes_and_the_feed_attached(example_plan):
    plan, records = example_plan, published(example_plan)
    grace = next(p for p in plan.people if p.name == "Grace Kim")
    [mail] = [m for m in build_schedule_mails(plan, records, T0) if m.notice.person.id == grace.id]
    message = email.message_from_bytes(mail.message.as_bytes(), policy=email.policy.default)
    assert message["Subject"] == f"Your schedule: {plan.title}" and message["To"].addresses[0].addr_spec == grace.email
    link = f"{HOME}person-{records.tokens[grace.id].token}/"
    plain = message.get_body(("plain",)).get_content()
    assert link in plain and "webcal://cal.example.org/dav/organizer/person-" in plain
    assert "Subscribe to it once" in plain and "Safety marshal" in plain
    html = message.get_body(("html",)).get_content()
    [image] = [p for p in message.walk() if p.get_content_type() == "image/png"]
    assert f'src="cid:{image["Content-ID"][1:-1]}"' in html and image.get_content().startswith(b"\x89PNG")
    [attached] = [p for p in message.iter_attachments() if p.get_filename() == "my-schedule.ics"]
    # The same events as the feed she subscribes to (by UID), read by a second parser.
    feed = feed_files(plan, T0)[person_paths(plan)[grace.id]]
    uids = {str(e.uid.value) for e in vobject.readOne(attached.get_content().decode()
                                                        if isinstance(attached.get_content(), bytes)
                                                        else attached.get_content()).vevent_list}  # fmt: skip
    assert uids == {str(e.uid.value) for e in vobject.readOne(feed.decode()).vevent_list} and uids


def test_a_volunteer_at_a_domain_in_another_script_gets_it_at_its_ascii_form(example_plan):
    grace = next(p for p in example_plan.people if p.name == "Grace Kim")
    people = tuple(replace(p, email="grace@kïm.org") if p.id == grace.id else p for p in example_plan.people)
    plan = replace(example_plan, people=people)
    [mail] = [m for m in build_schedule_mails(plan, published(plan), T0) if m.notice.person.id == grace.id]
    message = email.message_from_bytes(mail.message.as_bytes(), policy=email.policy.default)
    assert message["To"].addresses[0].addr_spec == "grace@xn--km-tja.org" and mail.recipient == "grace@kïm.org"


def test_in_spanish_for_a_spanish_speaker_and_a_bad_address_is_said_not_sent(example_plan):
    plan = example_plan
    grace = next(p for p in plan.people if p.name == "Grace Kim")
    spanish = replace(grace, languages=("Spanish", "English"))
    broken = next(p for p in plan.people if p.email and p.id != grace.id and schedule_items(plan, p))
    people = tuple(spanish if p.id == grace.id else replace(p, email="nobody@") if p.id == broken.id else p
                   for p in plan.people)  # fmt: skip
    plan = replace(plan, people=people)
    assert mail_language(spanish, "en") == "es" and mail_language(replace(grace, languages=("Mandarin",)), "en") == "en"
    mails = {m.notice.person.id: m for m in build_schedule_mails(plan, published(plan), T0)}
    assert mails[grace.id].message["Subject"] == f"Su horario: {plan.title}"
    assert "Suscríbase una vez" in mails[grace.id].message.get_body(("plain",)).get_content()
    # The calendar attached is hers, in Spanish too (read by a second parser).
    message = email.message_from_bytes(mails[grace.id].message.as_bytes(), policy=email.policy.default)
    [attached] = [p for p in message.iter_attachments() if p.get_filename() == "my-schedule.ics"]
    content = attached.get_content()
    calendar = vobject.readOne(content.decode() if isinstance(content, bytes) else content)
    assert calendar.x_wr_caldesc.value.startswith(f"Horario de {grace.name}.")
    assert all("Lugar: " in e.description.value for e in calendar.vevent_list) and calendar.vevent_list
    assert mails[broken.id].message is None and "nobody@" in str(mails[broken.id].error)


def test_in_the_plans_language_for_one_who_lists_none_planner_writes_in(example_plan):
    """A Spanish plan: a volunteer who lists no language (or only another) is written to in
    Spanish, their attached calendar too; one who reads English is written to in English."""
    plan = replace(example_plan, language="es")
    grace = next(p for p in plan.people if p.name == "Grace Kim")
    reader = next(p for p in plan.people if p.email and p.id != grace.id and schedule_items(plan, p)
                  and p.languages == ("English",))  # fmt: skip
    plan = replace(plan, people=tuple(replace(p, languages=("Korean",)) if p.id == grace.id else p
                                      for p in plan.people))  # fmt: skip
    mails = {m.notice.person.id: m for m in build_schedule_mails(plan, published(plan), T0)}
    assert mails[grace.id].message["Subject"] == f"Su horario: {plan.title}"
    message = email.message_from_bytes(mails[grace.id].message.as_bytes(), policy=email.policy.default)
    [attached] = [p for p in message.iter_attachments() if p.get_filename() == "my-schedule.ics"]
    content = attached.get_content()
    calendar = vobject.readOne(content.decode() if isinstance(content, bytes) else content)
    assert calendar.x_wr_caldesc.value.startswith(f"Horario de {grace.name}.")
    assert mails[reader.id].message["Subject"] == f"Your schedule: {plan.title}"


@pytest.fixture
def smtp(tmp_path, monkeypatch):
    ca = trustme.CA()
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_tls)
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "ca.pem"))  # the CLI trusts the system's CAs
    mailbox = Mailbox()

    def authenticate(*args):
        return AuthResult(success=args[4].password == b"mail-pw-7", handled=False)

    controller = LoopbackController(mailbox, tls_context=server_tls, require_starttls=True,
                                    authenticator=authenticate, auth_require_tls=True)  # fmt: skip
    controller.start()
    yield controller, mailbox
    controller.stop()


def test_notify_sends_each_once_and_a_change_once_more(example_plan, tmp_path, smtp, monkeypatch, capsys):
    controller, mailbox = smtp
    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file, published(example_plan))
    assert main(["notify", str(plan_file), "--out", str(tmp_path / "eml")]) == EXIT_OK
    owed = len(list((tmp_path / "eml").glob("*.eml")))
    assert owed > 10 and not load_document(plan_file)[1].sent  # written, not sent, not recorded

    def notify() -> int:
        monkeypatch.setattr("sys.stdin", io.StringIO("mail-pw-7\n"))
        return main(["notify", str(plan_file), "--host", "127.0.0.1", "--port", str(controller.port),
                     "--user", "press", "--password-stdin"])  # fmt: skip

    assert notify() == EXIT_OK and len(mailbox.messages) == owed
    assert notify() == EXIT_OK and len(mailbox.messages) == owed  # nothing twice
    assert "everyone has been told" in capsys.readouterr().out
    _plan, records = load_document(plan_file)
    shift = example_plan.shifts[0]
    save_any(retime_item(example_plan, shift.id, shift.start + timedelta(hours=1), shift.end + timedelta(hours=1)),
             plan_file, records)  # fmt: skip
    assert notify() == EXIT_OK
    told = [email.message_from_bytes(m, policy=email.policy.default) for m in mailbox.messages[owed:]]
    on_it = {example_plan.people_by_id[p].email for p in shift.person_ids}
    assert {m["To"].addresses[0].addr_spec for m in told} == on_it
    assert all(m["Subject"].startswith("Your schedule changed") for m in told)
    assert "Changed:" in told[0].get_body(("plain",)).get_content()


def test_notify_before_a_publish_says_who_waits_for_a_link_rather_than_nothing(example_plan, tmp_path, monkeypatch,
                                                                               capsys):  # fmt: skip
    """`planner notify` of a plan never published wrote "0 e-mails" and said no more. Everyone's
    link is worked out once for both (a published campaign's: ~20 ms each time)."""
    from planner.publish import links, schedule_mail

    linked = []
    person_links = links.person_links
    for module in (links, schedule_mail):
        monkeypatch.setattr(module, "person_links", lambda *a: linked.append(1) or person_links(*a))
    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file)
    assert main(["notify", str(plan_file), "--out", str(tmp_path / "eml")]) == EXIT_OK
    out, err = capsys.readouterr()
    waiting = [p for p in example_plan.people if p.email and schedule_items(example_plan, p)]
    assert out == f"{tmp_path / 'eml'}: 0 e-mails written (nothing sent, nothing recorded)\n"
    assert err == (f"note: no link yet for {len(waiting)} people with an e-mail and a turn or shift (the first: "
                   f"{waiting[0].name}); `planner publish` gives them one, then notify e-mails them\n")  # fmt: skip
    assert len(linked) == 1
    # Published, all but one: that one is said, the others are e-mailed.
    records = published(example_plan)
    left_out = waiting[-1]
    save_any(example_plan, plan_file, replace(records, tokens={k: v for k, v in records.tokens.items()
                                                               if k != left_out.id}))  # fmt: skip
    assert main(["notify", str(plan_file), "--out", str(tmp_path / "eml2")]) == EXIT_OK
    out, err = capsys.readouterr()
    assert out.endswith(f": {len(waiting) - 1} e-mails written (nothing sent, nothing recorded)\n")
    assert err.startswith(f"note: no link yet for 1 person with an e-mail and a turn or shift (the first: "
                          f"{left_out.name});")  # fmt: skip
    assert len(linked) == 2


def test_notify_out_leaves_out_an_e_mail_refused_as_it_is_made_and_writes_the_rest(example_plan, tmp_path,
                                                                                     monkeypatch, capsys):  # fmt: skip
    from planner.cli import EXIT_WARNINGS
    from planner.publish import schedule_mail
    from planner.publish.mail import RecipientError

    plan_file = tmp_path / "strike.planner"
    save_any(example_plan, plan_file, published(example_plan))
    owed = build_schedule_mails(example_plan, published(example_plan), datetime.now(UTC))
    refused = owed[0].notice.person
    email_of = schedule_mail._Writer.email

    def refusing(writer, notice):
        if notice.person.id == refused.id:
            raise RecipientError(f"{notice.person.name}: cannot go in an e-mail header")
        return email_of(writer, notice)

    monkeypatch.setattr(schedule_mail._Writer, "email", refusing)
    assert main(["notify", str(plan_file), "--out", str(tmp_path / "eml")]) == EXIT_WARNINGS
    out, err = capsys.readouterr()
    assert f"not written, refused as it was made: {refused.name}: cannot go in an e-mail header" in err
    files = list((tmp_path / "eml").glob("*.eml"))
    assert len(files) == len(owed) - 1 and f"{len(owed) - 1} e-mails written" in out
    assert refused.email not in {email.message_from_bytes(f.read_bytes(), policy=email.policy.default)["To"]
                                 .addresses[0].addr_spec for f in files}  # fmt: skip
