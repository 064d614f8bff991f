"""Sending through a real SMTP server (aiosmtpd) on 127.0.0.1 that requires STARTTLS and login."""

from __future__ import annotations

import email
import ssl
from datetime import UTC, datetime
from email import policy

import pytest
import vobject
from aiosmtpd.smtp import AuthResult, LoginPassword

from planner.domain.records import Records
from planner.domain.releases import make_release
from planner.publish.outbox import build_outbox, sent_record
from planner.publish.smtp import SendError, SmtpSettings, password_from_keyring, send_outbox, store_password
from tests.servers import LoopbackController, Mailbox

NOW = datetime(2025, 4, 1, 12, tzinfo=UTC)


def outbox(example_plan):
    records = Records().with_release(make_release(example_plan, "First", NOW))
    return records, build_outbox(records, NOW)


def test_delivery_over_starttls_records_each_message(example_plan, smtp_server, tls, memory_keyring):
    controller, mailbox = smtp_server
    settings = SmtpSettings("127.0.0.1", controller.port, "press")
    store_password(settings, "s3cret")
    assert memory_keyring.passwords == {("planner-smtp", "press@127.0.0.1"): "s3cret"}
    _records, items = outbox(example_plan)
    kept = []

    def on_sent(item, at):
        kept.append(item)

    report = send_outbox(items, settings, password_from_keyring(settings), on_sent, tls[2])
    assert len(report.sent) == len(items) == 25 and not report.failed and not report.not_tried
    assert len(mailbox.messages) == 25 and kept == report.sent
    assert all(len(r) == 1 for r in mailbox.recipients)  # one journalist per message
    received = email.message_from_bytes(mailbox.messages[0], policy=policy.default)
    [part] = [p for p in received.walk() if p.get_content_type() == "text/calendar"]
    assert part.get_param("method") == "REQUEST" and "METHOD:REQUEST" in part.get_content()


def test_a_dropped_connection_leaves_the_rest_pending_and_resending_finishes(
    example_plan, smtp_server, tls, memory_keyring
):
    controller, mailbox = smtp_server
    mailbox.drop_after = 7
    settings = SmtpSettings("127.0.0.1", controller.port, "press")
    records, items = outbox(example_plan)

    def keep(item, at):
        nonlocal records
        records = records.with_sent(sent_record(item.invitation, at))

    first = send_outbox(items, settings, "s3cret", keep, tls[2])
    assert len(first.sent) == 7 and len(first.not_tried) == 18
    pending = build_outbox(records, NOW)
    assert len(pending) == 18  # exactly the unsent ones
    mailbox.drop_after = None
    second = send_outbox(pending, settings, "s3cret", keep, tls[2])
    assert len(second.sent) == 18
    assert len(mailbox.messages) == 25  # nothing went out twice
    assert build_outbox(records, NOW) == []


def test_a_send_asked_to_stop_stops_before_the_next_message_and_the_rest_stay_pending(example_plan, smtp_server,
                                                                                     tls):  # fmt: skip
    controller, mailbox = smtp_server
    settings = SmtpSettings("127.0.0.1", controller.port, "press")
    _records, items = outbox(example_plan)
    kept: list = []
    report = send_outbox(items, settings, "s3cret", lambda item, at: kept.append(item), tls[2],
                         going_on=lambda: len(kept) < 3)  # fmt: skip
    assert report.stopped and len(report.sent) == len(mailbox.messages) == 3 and kept == report.sent
    assert report.not_tried == items[3:] and not report.failed


def test_a_wrong_password_or_an_untrusted_server_stops_before_anything_is_sent(example_plan, smtp_server, tls):
    controller, mailbox = smtp_server
    settings = SmtpSettings("127.0.0.1", controller.port, "press")
    _records, items = outbox(example_plan)
    with pytest.raises(SendError, match="refused the login for press"):
        send_outbox(items, settings, "wrong", lambda *a: None, tls[2])
    with pytest.raises(SendError, match=r"cannot send through 127\.0\.0\.1"):
        send_outbox(items, settings, "s3cret", lambda *a: None, ssl.create_default_context())  # CA not trusted
    assert mailbox.messages == []


def test_no_password_in_the_keyring_says_how_to_store_one(memory_keyring):
    with pytest.raises(SendError, match=r"no password for press@mail\.example\.org in the system keyring"):
        password_from_keyring(SmtpSettings("mail.example.org", 587, "press"))


def test_a_refused_recipient_is_recorded_stays_pending_and_the_rest_go_out(example_plan, smtp_server, tls):
    controller, mailbox = smtp_server
    mailbox.refuse = {"maya.goldberg@example.org"}
    settings = SmtpSettings("127.0.0.1", controller.port, "press")
    records, items = outbox(example_plan)

    def keep(item, at):
        nonlocal records
        records = records.with_sent(sent_record(item.invitation, at))

    def keep_failure(item, at, reason):
        nonlocal records
        records = records.with_failure(item.recipient, item.invitation.uid, at, reason)

    report = send_outbox(items, settings, "s3cret", keep, tls[2], keep_failure)
    assert len(report.sent) == 20 and len(report.failed) == 5
    assert "550 5.1.1 mailbox unavailable" in report.failed[0][1]
    pending = build_outbox(records, NOW)
    assert {i.recipient for i in pending} == {"maya.goldberg@example.org"}
    assert all("failed: " in str(i.note) and "550" in str(i.note) for i in pending)
    mailbox.refuse = set()
    send_outbox(pending, settings, "s3cret", keep, tls[2], keep_failure)
    assert build_outbox(records, NOW) == [] and records.failures == {}
    assert len(mailbox.messages) == 25


def test_an_address_whose_domain_is_in_another_script_gets_its_invitation(example_plan, smtp_server, tls):
    """A journalist at ana@exämple.org, another at jonas@straße.de (and a press contact at
    prensa@sindicáto.org): the server is asked for, and the headers and the invitation name,
    the domains' ASCII (IDNA 2008) form, which any server takes without SMTPUTF8; the records
    keep the address as typed."""
    from dataclasses import replace

    from planner.domain.model import Journalist, JournalistId

    controller, mailbox = smtp_server
    ana = Journalist(JournalistId("ana"), "Ana Núñez", "ana@exämple.org", "", "es")
    jonas = Journalist(JournalistId("jonas"), "Jonas Weiß", "jonas@straße.de", "", "en")
    contact = replace(example_plan.press_contact, email="prensa@sindicáto.org")
    plan = replace(example_plan, journalists=(ana, jonas), days=example_plan.days[:1], press_contact=contact)
    records = Records().with_release(make_release(plan, "First", NOW))
    items = build_outbox(records, NOW)
    assert [i.error for i in items] == ["", ""]
    report = send_outbox(items, SmtpSettings("127.0.0.1", controller.port, "press"), "s3cret",
                         lambda item, at: None, tls[2])  # fmt: skip
    assert len(report.sent) == 2 and not report.failed
    assert sorted(mailbox.recipients) == [["ana@xn--exmple-cua.org"], ["jonas@xn--strae-oqa.de"]]
    mailbox.messages.sort(key=lambda message: b"xn--strae-oqa" in message)  # (Ana's first)
    received = email.message_from_bytes(mailbox.messages[0], policy=policy.default)
    assert received["To"].addresses[0].addr_spec == "ana@xn--exmple-cua.org"
    assert received["From"].addresses[0].addr_spec == "prensa@xn--sindicto-eza.org"
    assert received["Message-ID"].endswith("@xn--sindicto-eza.org>")
    [part] = [p for p in received.walk() if p.get_content_type() == "text/calendar"]
    event = vobject.readOne(part.get_content()).vevent
    assert event.attendee.value.lower() == "mailto:ana@xn--exmple-cua.org"
    assert event.organizer.value.lower() == "mailto:prensa@xn--sindicto-eza.org"
    received = email.message_from_bytes(mailbox.messages[1], policy=policy.default)
    assert received["To"].addresses[0].addr_spec == "jonas@xn--strae-oqa.de"  # (not IDNA 2003's strasse.de)
    [part] = [p for p in received.walk() if p.get_content_type() == "text/calendar"]
    assert vobject.readOne(part.get_content()).vevent.attendee.value.lower() == "mailto:jonas@xn--strae-oqa.de"
    assert sorted(i.recipient for i in items) == ["ana@exämple.org", "jonas@straße.de"]


def test_implicit_tls(example_plan, tls):
    _ca, server_context, client_context = tls
    mailbox = Mailbox()

    def authenticate(server, session, envelope, mechanism, auth_data):
        return AuthResult(success=auth_data.password == b"s3cret", handled=False)

    controller = LoopbackController(mailbox, ssl_context=server_context,
                            authenticator=authenticate, auth_require_tls=False)  # fmt: skip
    controller.start()
    try:
        _records, items = outbox(example_plan)
        settings = SmtpSettings("127.0.0.1", controller.port, "press", security="tls")
        report = send_outbox(items[:3], settings, "s3cret", lambda *a: None, client_context)
        assert len(report.sent) == 3 and len(mailbox.messages) == 3
    finally:
        controller.stop()


def _login_checker(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (b"press", b"s3cret")
    return AuthResult(success=ok, handled=False)


def test_a_server_without_plain_gets_login_with_the_user_name(example_plan, tls):
    _ca, server_context, client_context = tls
    mailbox = Mailbox()
    controller = LoopbackController(mailbox, tls_context=server_context, require_starttls=True,
                                    authenticator=_login_checker, auth_require_tls=True,
                                    auth_exclude_mechanism=["PLAIN"])  # fmt: skip
    controller.start()
    try:
        _records, items = outbox(example_plan)
        report = send_outbox(items[:2], SmtpSettings("127.0.0.1", controller.port, "press"), "s3cret",
                             lambda *a: None, client_context)  # fmt: skip
        assert len(report.sent) == 2 and len(mailbox.messages) == 2
        with pytest.raises(SendError, match="refused the login for someone"):
            send_outbox(items[:1], SmtpSettings("127.0.0.1", controller.port, "someone"), "s3cret",
                        lambda *a: None, client_context)  # fmt: skip
    finally:
        controller.stop()


def test_a_server_without_starttls_never_gets_the_password(example_plan, tls):
    mailbox = Mailbox()
    controller = LoopbackController(mailbox, authenticator=_login_checker, auth_require_tls=False)
    controller.start()
    try:
        _records, items = outbox(example_plan)
        with pytest.raises(SendError) as caught:
            send_outbox(items, SmtpSettings("127.0.0.1", controller.port, "press"), "s3cret", lambda *a: None, tls[2])
        assert str(caught.value).endswith("127.0.0.1 does not offer STARTTLS; refusing to send the password in clear")
        assert mailbox.messages == []
    finally:
        controller.stop()


def test_implicit_tls_checks_the_servers_certificate_too(example_plan, tls):
    """smtplib's SMTP_SSL trusts any certificate unless given a context: ours must be used."""
    _ca, server_context, _client = tls
    mailbox = Mailbox()
    controller = LoopbackController(mailbox, ssl_context=server_context, authenticator=_login_checker,
                                    auth_require_tls=False)  # fmt: skip
    controller.start()
    try:
        _records, items = outbox(example_plan)
        settings = SmtpSettings("127.0.0.1", controller.port, "press", security="tls")
        with pytest.raises(SendError, match=r"cannot send through 127\.0\.0\.1"):
            send_outbox(items[:1], settings, "s3cret", lambda *a: None, ssl.create_default_context())
        assert mailbox.messages == []
    finally:
        controller.stop()


def test_without_a_keyring_the_organizer_is_told_so():
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        settings = SmtpSettings("smtp.example.org", 587, "press")
        for attempt in (lambda: password_from_keyring(settings), lambda: store_password(settings, "x")):
            with pytest.raises(SendError, match=r"^the system keyring is not available \(No recommended backend"):
                attempt()
    finally:
        keyring.set_keyring(previous)


def test_what_a_server_said_is_reported_as_text_whatever_it_sent():
    import smtplib

    from planner.publish.smtp import _reason

    assert _reason(smtplib.SMTPResponseException(550, b"No such user \xe2\x80\x94 \xff")) == "550 No such user — \ufffd"
    assert _reason(smtplib.SMTPResponseException(451, "Try later")) == "451 Try later"
    refused = smtplib.SMTPRecipientsRefused({"a@x.org": (550, b"gone \xff"), "b@x.org": (552, "full")})
    assert _reason(refused) == "a@x.org: 550 gone \ufffd; b@x.org: 552 full"
    assert str(_reason(TimeoutError())) == "timed out" and _reason(OSError("reset")) == "reset"


@pytest.mark.parametrize(("advertised", "plain"), [("PLAIN LOGIN", True), ("login plain", True), ("LOGIN", False),
                                                  (None, False)])  # fmt: skip
def test_login_uses_plain_once_when_the_server_offers_it_in_any_case(advertised, plain):
    from planner.publish.smtp import _login

    calls: list[tuple[str, ...]] = []

    class Client:
        esmtp_features = {} if advertised is None else {"auth": advertised}
        user = password = ""

        def auth_plain(self) -> str:
            return ""

        def auth(self, mechanism, _authobject):
            calls.append(("auth", mechanism, self.user, self.password))

        def login(self, user, password):
            calls.append(("login", user, password))

    _login(Client(), "ana", "secret")  # type: ignore[arg-type]
    assert calls == ([("auth", "PLAIN", "ana", "secret")] if plain else [("login", "ana", "secret")])


def test_a_mail_server_that_is_not_there_is_said_in_a_few_words(example_plan):
    """The network's reason in our words (and so in the app's language), not "[Errno 111] ..."."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # (closed again: nobody listens there)
    _records, items = outbox(example_plan)
    with pytest.raises(SendError) as raised:
        send_outbox(items, SmtpSettings("127.0.0.1", port, "press"), "pw", lambda *a: None)
    assert str(raised.value) == f"cannot send through 127.0.0.1:{port}: connection refused"


@pytest.mark.parametrize(
    ("host", "port", "user", "said"),
    [
        ("", 587, "press", "no mail server given: name the SMTP server (its host name)"),
        ("  ", 587, "press", "no mail server given: name the SMTP server (its host name)"),
        ("127.0.0.1", 99999, "press", "99999 is not a port a mail server can listen on (1–65535)"),
        ("127.0.0.1", -1, "press", "-1 is not a port a mail server can listen on (1–65535)"),
        ("127.0.0.1", 587, " ", "no user given: name the account to log in to 127.0.0.1 as"),
        # As a mail app shows it, or a web address, an e-mail address, a typo: before, each was
        # "the server's name is not known", as if the name were mistyped.
        ("smtp.gmail.com:587", 587, "press", "'smtp.gmail.com:587': the port goes apart from the server's name: give "
                                             "smtp.gmail.com as the server and 587 as its port"),
        *[(host, 587, "press", f"{host!r} is not a mail server's name; give one like smtp.example.org")
          for host in ("smtps://smtp.gmail.com", "press@gmail.com", "smtp gmail.com", "[::1", "smtp.gmail.com/")],
    ],
)  # fmt: skip
def test_a_mail_server_that_cannot_be_named_so_is_said_before_connecting(example_plan, monkeypatch, host, port, user,
                                                                         said):  # fmt: skip
    """An empty server was smtplib's "please run connect() first"; port -1, "the server's name is
    not known"; no user, the server's refusal of a login for nobody ("refused the login for :")."""
    from planner.publish import smtp

    monkeypatch.setattr(smtp, "_connect", lambda *a: pytest.fail("connected"))
    _records, items = outbox(example_plan)
    with pytest.raises(SendError) as raised:
        send_outbox(items, SmtpSettings(host, port, user), "pw", lambda *a: None)
    assert str(raised.value) == said
    # ...and before the keyring is asked (the command and the Send dialog ask it first).
    monkeypatch.setattr(smtp, "keyring_password", lambda *a: pytest.fail("the keyring asked"))
    monkeypatch.setattr(smtp, "keep_password", lambda *a: pytest.fail("the keyring asked"))
    for ask in (lambda: smtp.password_from_keyring(SmtpSettings(host, port, user)),
                lambda: smtp.store_password(SmtpSettings(host, port, user), "pw")):  # fmt: skip
        with pytest.raises(SendError) as asked:
            ask()
        assert str(asked.value) == said
