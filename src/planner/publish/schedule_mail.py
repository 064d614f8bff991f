"""The e-mail a volunteer or spokesperson gets about their own schedule: their subscription
link and its QR code, what changed, their turns and shifts, and their feed attached as .ics
(the same UIDs as the feed they subscribe to, so no event ever shows twice)."""

from __future__ import annotations

import html
import threading
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

from planner.domain.ledger import SentMessage
from planner.domain.model import Plan
from planner.domain.press import email_problem, mail_address, name_problem
from planner.domain.records import Records
from planner.domain.schedule_notices import ScheduleItem, ScheduleNotice, owed_notices
from planner.domain.wording import SCHEDULE_TEXT, when
from planner.ical.feeds import FeedWriter
from planner.publish.filenames import slug
from planner.publish.links import person_links, qr_png, webcal
from planner.publish.mail import RecipientError
from planner.words import Text, tr


def recipient_problem(plan: Plan, notice: ScheduleNotice) -> Text | str:
    """Why this e-mail cannot be written (an address or name that cannot go in a header), or ""."""
    person = notice.person
    for problem in (email_problem(person.email), name_problem(person.name)):
        if problem:
            return tr("{who}: {problem}", who=person.name or person.email, problem=problem)
    if problem := email_problem(plan.press_contact.email):
        return tr("the press contact's e-mail, the sender (Plan Details): {problem}", problem=problem)
    return ""


def schedule_subject(plan: Plan, notice: ScheduleNotice) -> str:
    return SCHEDULE_TEXT[notice.language]["subject_first" if notice.first else "subject_changed"].format(
        title=plan.title
    )


def schedule_email(plan: Plan, notice: ScheduleNotice, ics: bytes, now: datetime) -> EmailMessage:
    """multipart/mixed[ multipart/alternative[ text/plain, multipart/related[ text/html,
    the QR code ] ], the person's feed as an .ics attachment ]."""
    if problem := recipient_problem(plan, notice):
        raise RecipientError(problem)
    person, contact = notice.person, plan.press_contact
    lang = notice.language
    text = SCHEDULE_TEXT[lang]
    intro = text["first" if notice.first else "changed"].format(title=plan.title)
    changes = [text["added"].format(item=_item(i, lang)) for i in notice.added]
    changes += [text["cancelled" if now_.cancelled and not before.cancelled else "moved"].format(
        before=_item(before, lang), item=_item(now_, lang)) for before, now_ in notice.changed]  # fmt: skip
    changes += [text["removed"].format(item=_item(i, lang)) for i in notice.removed]
    schedule = [_item(i, lang) for i in notice.items]
    link = notice.link
    plain = "\n".join([
        text["hello"].format(name=person.name), "", intro, "",
        *(["  " + line for line in changes] + [""] if changes else []),
        link, webcal(link), text["scan"], "",
        text["yours"], *("  " + line for line in schedule), "", text["footer"], "",
    ])  # fmt: skip

    def paragraphs(lines: list[str]) -> str:
        return "".join(f"<li>{html.escape(line)}</li>" for line in lines)

    rich = (
        f'<!DOCTYPE html><html lang="{lang}"><body>'
        f"<p>{html.escape(text['hello'].format(name=person.name))}</p><p>{html.escape(intro)}</p>"
        + (f"<ul>{paragraphs(changes)}</ul>" if changes else "")
        + f'<p><a href="{html.escape(webcal(link))}">{html.escape(link)}</a></p>'
        f'<p><img src="cid:{{qr}}" alt="QR" width="200" height="200"><br>{html.escape(text["scan"])}</p>'
        f"<p>{html.escape(text['yours'])}</p><ul>{paragraphs(schedule)}</ul>"
        f"<p><small>{html.escape(text['footer'])}</small></p></body></html>"
    )
    msg = EmailMessage(policy=SMTP)  # CRLF line ends; refuses CR/LF inside header values
    msg["Subject"] = schedule_subject(plan, notice)
    msg["From"] = Address(display_name=contact.name, addr_spec=mail_address(contact.email))
    msg["To"] = Address(display_name=person.name, addr_spec=mail_address(person.email))
    msg["Date"] = format_datetime(now.astimezone(UTC))
    domain = mail_address(contact.email).rpartition("@")[2]
    msg["Message-ID"] = make_msgid(domain=domain)
    msg["Content-Language"] = lang
    msg.set_content(plain)
    qr_id = make_msgid(domain=domain)
    msg.add_alternative(rich.replace("{qr}", qr_id[1:-1]), subtype="html")
    html_part = msg.get_body(preferencelist=("html",))
    assert html_part is not None  # just added
    html_part.add_related(qr_png(webcal(link)), maintype="image", subtype="png", cid=qr_id, filename="subscribe.png")
    msg.add_attachment(ics, maintype="text", subtype="calendar", filename="my-schedule.ics")
    return msg


def _item(item: ScheduleItem, lang: str) -> str:
    text = SCHEDULE_TEXT[lang]
    what = item.role or text["media_turn"]
    where = f" {text['at'].format(place=item.place)}" if item.place else ""
    return f"{when(item.start, item.end, lang)} · {what}{where}"


class _Writer:
    """Makes the e-mails of one Outbox listing as they are needed, from one feed writer (made
    on first use), one at a time: the preview (GUI thread) and the sender (a worker) share it."""

    def __init__(self, plan: Plan, records: Records, now: datetime) -> None:
        self.plan, self.records, self.now = plan, records, now
        self._feeds: FeedWriter | None = None
        self._lock = threading.Lock()

    def email(self, notice: ScheduleNotice) -> EmailMessage:
        with self._lock:
            if self._feeds is None:  # the feed the person subscribes to, as published
                self._feeds = FeedWriter(self.plan, self.now, self.records.revisions)
            try:
                return schedule_email(self.plan, notice, self._feeds.person(notice.person), self.now)
            except ValueError as exc:  # a header the checks let through: said, not a traceback
                raise RecipientError(tr("{who}: {problem}", who=notice.person.name, problem=exc)) from None


class ScheduleMail:
    """One person's schedule e-mail. Its message is made when first asked for: a campaign's
    first listing is 2,400 of them, each with its own feed and QR code (about 20 ms apiece),
    shown one at a time and sent in the background."""

    def __init__(self, notice: ScheduleNotice, writer: _Writer, error: Text | str = "") -> None:
        self.notice, self.error, self._writer = notice, error, writer
        self._message: EmailMessage | None = None

    @property
    def message(self) -> EmailMessage | None:
        if self.error:
            return None
        if self._message is None:
            self._message = self._writer.email(self.notice)
        return self._message

    @property
    def subject(self) -> str:
        return schedule_subject(self._writer.plan, self.notice)

    @property
    def recipient(self) -> str:
        return self.notice.person.email

    @property
    def uid(self) -> str:
        return self.notice.uid

    def record(self, at: datetime) -> SentMessage:
        """The ledger's record of this e-mail, sent at `at`: what it listed."""
        return self.notice.record(at)

    def file_name(self, n: int) -> str:
        return f"{n:04d}-{slug(self.recipient)}-schedule.eml"


def build_schedule_mails(
    plan: Plan, records: Records, now: datetime, links: dict[str, str] | None = None
) -> list[ScheduleMail]:
    """One e-mail per person whose schedule they have not been told yet (owed_notices), with
    their own feed attached; a bad address is an item with an error, the others unaffected.
    `links`: person_links(plan, records), when the caller has them (for waiting_for_a_link
    too: a published campaign's take ~20 ms)."""
    notices = owed_notices(plan, person_links(plan, records) if links is None else links, records.sent)
    writer = _Writer(plan, records, now)
    return [ScheduleMail(notice, writer, recipient_problem(plan, notice)) for notice in notices]
