"""Sending e-mails over SMTP with TLS — the press outbox, the volunteers' schedule mails —
each recorded the moment the server accepts it."""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from typing import Generic, Protocol, TypeVar

from planner.errors import PlannerError
from planner.publish.network import host_name_like, no_user_given, short_reason
from planner.publish.secrets import keep_password, keyring_password
from planner.words import Text, quoted, tr

KEYRING_SERVICE = "planner-smtp"


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    username: str
    security: str = "starttls"  # "starttls" (port 587) or "tls" (implicit TLS, port 465)
    timeout: float = 30.0

    @property
    def keyring_account(self) -> str:
        return f"{self.username}@{self.host}"


class Mail(Protocol):
    """What sending needs of an item: the message (None if it cannot be written) and why not."""

    @property
    def message(self) -> EmailMessage | None: ...

    @property
    def error(self) -> Text | str: ...


M = TypeVar("M", bound=Mail)


def message_or_why(item: Mail) -> tuple[EmailMessage | None, Text | str]:
    """The item's message, or why there is none: its error, or why e-mail refused it as it
    was made (a schedule e-mail is made when first asked for, and a header the checks let
    through may be refused then). Sending, saving as .eml and the Outbox's preview alike."""
    try:
        return item.message, item.error
    except PlannerError as exc:
        return None, exc.text


@dataclass
class SendReport(Generic[M]):
    sent: list[M] = field(default_factory=list)
    failed: list[tuple[M, Text | str]] = field(default_factory=list)  # refused: try again later
    not_tried: list[M] = field(default_factory=list)  # the connection was lost first, or a stop
    stopped: bool = False  # asked to (`going_on`): the rest are not_tried, still pending
    skipped: list[tuple[M, str]] = field(default_factory=list)  # a teammate is sending it (`claim`): who


class SendError(PlannerError):
    """Could not start sending at all: no connection, no TLS, wrong password."""


def settings_problem(settings: SmtpSettings) -> Text | None:
    """Why no mail server can be reached as set (no server named, a port no server has, no
    one to log in as: a send always logs in), or None."""
    host = settings.host.strip()
    if not host:
        return tr("no mail server given: name the SMTP server (its host name)")
    name, colon, port = host.rpartition(":")
    if colon and name and ":" not in name and port.isdigit():  # ("smtp.example.org:587", as mail apps show it)
        return tr("{host}: the port goes apart from the server's name: give {name} as the server and {port} as "
                  "its port", host=quoted(host), name=name, port=port)  # fmt: skip
    if not host_name_like(host):
        return tr("{host} is not a mail server's name; give one like smtp.example.org", host=quoted(host))
    if not 0 < settings.port < 65536:
        return tr("{port} is not a port a mail server can listen on (1–65535)", port=settings.port)
    if not settings.username.strip():
        return no_user_given(settings.host.strip())
    return None


def _check(settings: SmtpSettings) -> None:
    """Said first, by whatever uses the settings first (the keyring is asked before a send)."""
    if (problem := settings_problem(settings)) is not None:
        raise SendError(problem)


def password_from_keyring(settings: SmtpSettings) -> str:
    """The SMTP password lives only in the system keyring, never in the plan or settings."""
    _check(settings)
    how = tr("store it with `planner send ... --store-password` or from the app's Send dialog")
    return keyring_password(KEYRING_SERVICE, settings.keyring_account, how, SendError)


def store_password(settings: SmtpSettings, password: str) -> None:
    _check(settings)
    keep_password(KEYRING_SERVICE, settings.keyring_account, password, SendError)


def send_outbox(
    items: list[M],
    settings: SmtpSettings,
    password: str,
    on_sent: Callable[[M, datetime], None],
    context: ssl.SSLContext | None = None,
    on_failed: Callable[[M, datetime, str], None] | None = None,
    going_on: Callable[[], bool] | None = None,
    claim: Callable[[M], str | None] | None = None,
) -> SendReport[M]:
    """Send every sendable item; call on_sent right after the server accepts each one, so a
    dropped connection leaves exactly the unsent ones pending and nothing goes out twice.
    on_failed hears of each message the server refused (it stays pending for a retry).
    `going_on()`, asked before each message, says whether to go on: the report is `stopped`,
    the rest not tried, if not. `claim(item)`, asked next (a shared plan's: sync MessageClaims),
    claims it for this sender: None if it is ours to send, else who is sending it (skipped).
    Each is claimed as it goes, not all first: a campaign's 2,400 claims take minutes."""
    context = context or ssl.create_default_context()
    report: SendReport[M] = SendReport()
    # Known unwritable ahead (a bad address); the others' messages may be made only as each is
    # sent (schedule e-mails are).
    queue = [item for item in items if not item.error]
    report.failed.extend((item, item.error) for item in items if item.error)
    if not queue:
        return report
    _check(settings)  # (smtplib's words for these: "please run connect() first")
    try:
        client = _connect(settings, context)
    except (OSError, smtplib.SMTPException, ssl.SSLError) as exc:
        raise SendError(
            tr("cannot send through {host}:{port}: {why}", host=settings.host, port=settings.port, why=_reason(exc))
        ) from None
    try:
        try:
            _login(client, settings.username, password)
        except smtplib.SMTPException as exc:
            raise SendError(
                tr(
                    "{host} refused the login for {user}: {why}",
                    host=settings.host,
                    user=settings.username,
                    why=_reason(exc),
                )
            ) from None
        for position, item in enumerate(queue):
            if going_on is not None and not going_on():
                report.not_tried.extend(queue[position:])
                report.stopped = True
                break
            if claim is not None and (holder := claim(item)) is not None:
                report.skipped.append((item, holder))
                continue
            message, why = message_or_why(item)
            if message is None:  # could not be written after all: said, the rest go on
                report.failed.append((item, why))
                continue
            try:
                client.send_message(message)
            except smtplib.SMTPServerDisconnected:
                report.not_tried.extend(queue[position:])
                break
            except smtplib.SMTPException as exc:  # before OSError: SMTPException is one
                report.failed.append((item, _reason(exc)))
                if on_failed is not None:
                    on_failed(item, datetime.now(UTC), str(_reason(exc)))  # (kept in the ledger: its English)
                continue
            except OSError:  # the network went away
                report.not_tried.extend(queue[position:])
                break
            on_sent(item, datetime.now(UTC))
            report.sent.append(item)
    finally:
        try:
            client.quit()
        except (smtplib.SMTPException, OSError):
            client.close()
    return report


def _login(client: smtplib.SMTP, username: str, password: str) -> None:
    """Log in once. smtplib's login() retries a refused password with every other mechanism,
    and some servers then wait for input that never comes; over TLS, PLAIN is the standard."""
    mechanisms = str(client.esmtp_features.get("auth", "")).upper().split()
    if "PLAIN" in mechanisms:
        client.user, client.password = username, password
        client.auth("PLAIN", client.auth_plain)
    else:
        client.login(username, password)


def _connect(settings: SmtpSettings, context: ssl.SSLContext) -> smtplib.SMTP:
    if settings.security == "tls":
        return smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout, context=context)
    client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
    try:
        client.ehlo()
        if not client.has_extn("starttls"):
            raise SendError(
                tr("{host} does not offer STARTTLS; refusing to send the password in clear", host=settings.host)
            )
        client.starttls(context=context)
        client.ehlo()
    except BaseException:
        client.close()
        raise
    return client


def _reason(exc: BaseException) -> Text | str:
    """The mail server's own answer (code and text), else the network's reason."""
    if isinstance(exc, smtplib.SMTPResponseException):
        error = exc.smtp_error
        return f"{exc.smtp_code} {error.decode('utf-8', 'replace') if isinstance(error, bytes) else error}"
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return "; ".join(
            f"{who}: {code} {msg.decode('utf-8', 'replace') if isinstance(msg, bytes) else msg}"
            for who, (code, msg) in exc.recipients.items()
        )
    return short_reason(exc)
