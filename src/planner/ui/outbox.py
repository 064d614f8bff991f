"""The outbox of invitations: what the latest release still owes, saved as .eml or sent over
SMTP. Its own module so the e-mail and iCalendar code loads when the outbox first opens, not at
start."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.releases import ChangeKind
from planner.domain.schedule_notices import waiting_for_a_link
from planner.errors import PlannerError
from planner.publish.links import person_links
from planner.publish.outbox import OutboxItem, Saved, build_outbox, write_eml
from planner.publish.schedule_mail import ScheduleMail, build_schedule_mails
from planner.publish.smtp import (
    SmtpSettings,
    message_or_why,
    password_from_keyring,
    send_outbox,
    settings_problem,
    store_password,
)
from planner.ui.background import Background, StopOnClose
from planner.ui.document import PlanDocument
from planner.ui.i18n import say, say_error, tr
from planner.ui.messages import Icon, error_label, grow_to_fit, show_message, text_field
from planner.ui.settings import SMTP_HOST, SMTP_PORT, SMTP_SECURITY, SMTP_USER, Settings

if TYPE_CHECKING:
    from planner.ui.team import TeamSync

AnyIndex = QModelIndex | QPersistentModelIndex


class SmtpDialog(QDialog):
    """Where to send from. The password goes to the system keyring only."""

    def __init__(self, parent: QWidget | None, settings: Settings) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Send invitations"))
        self.host = QLineEdit(settings.get(SMTP_HOST))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(settings.get(SMTP_PORT))
        self.security = QComboBox()
        self.security.addItem(tr("STARTTLS (usually port 587)"), "starttls")
        self.security.addItem(tr("TLS (usually port 465)"), "tls")
        self.security.setCurrentIndex(max(0, self.security.findData(settings.get(SMTP_SECURITY))))
        self.user = QLineEdit(settings.get(SMTP_USER))
        self.password = text_field("", hint=tr("leave empty to use the one in the keyring"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        for label, widget in ((tr("SMTP &server:"), self.host), (tr("&Port:"), self.port),
                              (tr("&Security:"), self.security), (tr("&User:"), self.user),
                              (tr("Pass&word:"), self.password)):  # fmt: skip
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        self.error = error_label()  # (settings that cannot work)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Send"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._settings = settings

    def accept(self) -> None:
        """Closed with settings that can work (settings_problem): else why, and the dialog stays."""
        problem = settings_problem(self._typed())
        if problem is not None:
            self.error.setText(say(problem))
            grow_to_fit(self)  # (shown whole: it may take two lines)
            (self.host if not self.host.text().strip() else self.user).setFocus()
            return
        super().accept()

    def _typed(self) -> SmtpSettings:
        return SmtpSettings(self.host.text().strip(), self.port.value(), self.user.text().strip(),
                            str(self.security.currentData()))  # fmt: skip

    def smtp_settings(self) -> SmtpSettings:
        """The settings typed, kept for the next send."""
        values = self._typed()
        self._settings.set(SMTP_HOST, values.host)
        self._settings.set(SMTP_PORT, values.port)
        self._settings.set(SMTP_USER, values.username)
        self._settings.set(SMTP_SECURITY, values.security)
        return values


class OutboxModel(QAbstractTableModel):
    """What is owed, a row a message: to whom, what changed, the subject. Each cell is written
    when the view asks for it (a campaign's first listing is 2,460 rows: as table items, made
    all at once, they held the window 0.05-0.1 s when the list came)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[OutboxItem | ScheduleMail] = []
        self._headers = (tr("To"), tr("Change"), tr("Subject"))

    def show(self, items: list[OutboxItem | ScheduleMail]) -> None:
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return super().headerData(section, orientation, role)  # (the rows' numbers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        return _cells(self._items[index.row()])[index.column()]


def _cells(item: OutboxItem | ScheduleMail) -> tuple[str, str, str]:
    subject = f"⚠ {say(item.error)}" if item.error else item.subject  # the message itself made when shown
    if isinstance(item, OutboxItem):
        who, change = item.invitation.journalist.name, _change_name(item.invitation.change)
        if item.note:
            subject = f"{subject}  ⚠ {say(item.note)}"
    else:
        who = item.notice.person.name
        change = tr("schedule") if item.notice.first else tr("schedule changed")
    return f"{who} <{item.recipient}>", change, subject


def _change_name(kind: ChangeKind) -> str:
    """The Change column's word for an invitation, in the app's language."""
    names = {
        ChangeKind.ADDED: tr("invitation"),
        ChangeKind.MOVED: tr("moved"),
        ChangeKind.RESTAFFED: tr("spokespeople changed"),
        ChangeKind.CANCELLED: tr("cancelled"),
        ChangeKind.REINSTATED: tr("back on"),
        ChangeKind.REMOVED: tr("cancelled"),
    }
    return names[kind]


class OutboxDialog(QDialog):
    """Every message owed — the latest release's invitations to the press, and each person's
    schedule e-mail (their link, then what changed) — who, what, the text; then send."""

    sent = Signal()  # a send finished (each message was recorded as it went)
    saved = Signal()  # the messages were written to a folder, or could not be

    def __init__(
        self, parent: QWidget | None, document: PlanDocument, settings: Settings, team: TeamSync | None = None
    ) -> None:
        super().__init__(parent)
        self._team = team  # a shared plan: each message claimed on the server first (no double sending)
        self._sender = Background("smtp", self)
        self.finished.connect(lambda _result: self._sender.shutdown())
        self.setWindowTitle(tr("Outbox"))
        self._document = document
        self._settings = settings
        self.model = OutboxModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("outbox")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(tr("Message preview"))
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show(current.row()))
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.preview)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)  # a refusal's reason may be long: wrapped, not widening the dialog
        self.save_button = QPushButton(tr("Save as .eml…"), self)
        self.save_button.clicked.connect(self.save_dialog)
        self.send_button = QPushButton(tr("Send…"), self)
        self.send_button.clicked.connect(self.send_dialog)
        # Close reads Stop while sending, and it (or Esc, or closing the window) stops after the
        # message going out: the dialog stays to say what went, the rest pending.
        self.close_button = QPushButton(tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        self._sending = StopOnClose(self.close_button, lambda: self.summary.setText(tr("Stopping after this "
                                    "message…")), tr("Stop"))  # fmt: skip
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        for button in (self.save_button, self.send_button, self.close_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        layout.addLayout(row)
        self.resize(900, 600)
        self.items: list[OutboxItem | ScheduleMail] = []
        self.unlinked = 0  # people who would be e-mailed their schedule but have no link yet
        self.working = False  # what is owed is being worked out: the list is empty until then
        self._listing = 0  # the latest refresh: an older one's list, come late, is not shown
        self._lister = Background("outbox", self)
        self.finished.connect(lambda _result: self._lister.shutdown())
        self.refresh()

    def refresh(self, done: str = "", then: Callable[[], None] | None = None) -> None:
        """Work out again what is owed, in a worker: once a campaign is published, comparing
        2,400 people's schedules with what each was last told takes a few tenths of a second,
        which held the dialog from opening. Until the list is shown, Send and Save wait.
        `done`: what the last send did, said before the count; `then()` once the list is shown."""
        self._listing += 1
        listing, now, plan, records = self._listing, datetime.now(UTC), self._document.plan, self._document.records
        self.working = True
        self.items = []
        self.model.show([])
        self.preview.clear()
        self.send_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.summary.setText(done + tr("Working out what is owed…"))
        self.setCursor(Qt.CursorShape.BusyCursor)  # (still answers: Close works meanwhile)

        def owed() -> tuple[list[OutboxItem | ScheduleMail], int]:  # (plain values: the plan and records as now)
            links = person_links(plan, records)
            items: list[OutboxItem | ScheduleMail] = [
                *build_outbox(records, now),
                *build_schedule_mails(plan, records, now, links),
            ]
            if items:  # the first message, shown first, made here too (a schedule's: its feed, its QR code)
                message_or_why(items[0])
            return items, len(waiting_for_a_link(plan, links))

        def listed(found: tuple[list[OutboxItem | ScheduleMail], int]) -> None:
            if listing == self._listing:
                items, self.unlinked = found
                self._list(items, done)
                if then is not None:
                    then()

        def failed(error: Exception) -> None:
            if listing != self._listing:
                return
            self.working = False
            self.unsetCursor()
            self.summary.setText(done + (say_error(error) if isinstance(error, PlannerError) else ""))
            if then is not None:
                then()
            if not isinstance(error, PlannerError):
                raise error  # a bug: reported as one

        self._lister.run(owed, listed, failed)

    def _list(self, items: list[OutboxItem | ScheduleMail], done: str) -> None:
        self.working = False
        self.unsetCursor()
        self.items = items
        self.model.show(items)
        self.summary.setText(done + self._pending())
        # (Not in the summary: an office that exports files and never publishes has no links,
        # and would read it in every Outbox. Said where the list leaves them out: below.)
        self.summary.setToolTip(self._waiting() if self.unlinked else "")
        self._enable_actions()
        if self.items:
            self.table.setCurrentIndex(self.model.index(0, 0))
        elif self.unlinked:
            self.preview.setPlainText(self._waiting())
        else:
            self.preview.setPlainText(tr("Nothing to send: every journalist has the latest release, and "
                                         "everyone with a link has been told their schedule."))  # fmt: skip

    def _waiting(self) -> str:
        """Why some volunteers and spokespeople are not listed (nobody is, before a publish)."""
        return tr("%n person(s) with an e-mail and a turn or shift have no link yet: their schedule e-mail "
                  "waits until File ▸ Publish to Calendar Server… gives them one.", "", self.unlinked)  # fmt: skip

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.items):
            message, why = message_or_why(self.items[row])
            body = message.get_body(("plain",)) if message is not None else None
            self.preview.setPlainText(body.get_content() if body is not None else say(why))

    def save_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Save messages to folder"), str(Path.home()))
        if folder:
            self.save_to(Path(folder))

    def save_to(self, folder: Path) -> None:
        """Write each message as an .eml file, in the background, saying how far it got: a
        campaign's 2,460 schedule e-mails, each with its own feed and QR code (~28 ms apiece),
        are over a minute of work (it held the window). `saved` is emitted when done."""
        items, worker = list(self.items), self._sender
        total = sum(1 for item in items if not item.error)
        self.send_button.setEnabled(False)
        self.save_button.setEnabled(False)

        def saving(count: int) -> None:  # (in the GUI thread)
            self.summary.setText(tr("Saving… {saved} of {total}").format(saved=count, total=total))

        def saved(result: Saved) -> None:
            self._enable_actions()
            said = tr("Saved %n message(s) to {folder}; nothing was sent.", "", len(result.written))
            said = said.format(folder=folder)
            if result.refused:  # (rare: a header the checks let through; each row's preview says why)
                refused = tr("%n could not be made (the first): {why}", "", len(result.refused))
                said += " " + refused.format(why=say(result.refused[0][1]))
            self.summary.setText(said)
            self.saved.emit()

        def failed(error: Exception) -> None:
            self._enable_actions()
            self.summary.setText(self._pending())
            self.saved.emit()
            if not isinstance(error, PlannerError):
                raise error  # a bug: reported as one
            show_message(self, Icon.Warning, tr("Could not save the messages"), say_error(error))

        saving(0)
        worker.run(lambda: write_eml(items, folder, lambda count: worker.in_gui(saving, count)), saved, failed)

    def _pending(self) -> str:
        errors = sum(1 for i in self.items if i.error)
        pending = tr("%n message(s) pending", "", len(self.items))
        return pending + (tr(", %n cannot be sent", "", errors) if errors else "")

    def _enable_actions(self) -> None:
        """Send and Save, for the messages listed (none: both wait)."""
        sendable = any(not item.error for item in self.items)
        self.send_button.setEnabled(sendable)
        self.save_button.setEnabled(sendable)

    def send_dialog(self) -> None:
        dialog = SmtpDialog(self, self._settings)
        if not dialog.exec():
            return
        settings = dialog.smtp_settings()
        try:
            if dialog.password.text():
                store_password(settings, dialog.password.text())
            password = password_from_keyring(settings)
        except PlannerError as exc:
            show_message(self, Icon.Warning, tr("Could not send"), say_error(exc))
            return
        try:
            self.send(settings, password)
        except PlannerError as exc:
            show_message(self, Icon.Warning, tr("Could not send"), say_error(exc))

    def send(self, settings: SmtpSettings, password: str, context: Any = None) -> None:
        """Send in the background, recording each message (in the GUI thread, in the file) as
        the server accepts it; `sent` is emitted when done and what is left is shown."""
        self._document.check_writable()  # what is sent must be recorded in the file
        items, worker = list(self.items), self._sender
        claims = self._team.claims() if self._team is not None else None
        self.send_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self._sending.start()
        self.summary.setText(tr("Sending %n message(s)…", "", len(items)))
        # Said as each goes: a campaign's 2,400 schedule e-mails take minutes.
        total, counts = sum(1 for item in items if not item.error), {"sent": 0, "refused": 0}

        def recorded(item: Any, at: datetime, why: str | None = None) -> None:  # (in the GUI thread)
            if why is None:
                self._document.record_sent(item, at)
            else:
                self._document.record_failure(item, at, why)
            counts["sent" if why is None else "refused"] += 1
            said = tr("Sending… {sent} of {total} sent").format(sent=counts["sent"], total=total)
            if counts["refused"]:
                said += tr(", {refused} refused").format(refused=counts["refused"])
            if not self._sending.stopping:
                self.summary.setText(said)

        def went(item: Any, at: datetime) -> None:  # (in the worker's thread)
            if claims is not None:
                claims.sent(item)
            worker.in_gui(recorded, item, at)

        def job() -> Any:
            try:
                return send_outbox(
                    items,
                    settings,
                    password,
                    went,
                    context,
                    lambda item, at, why: worker.in_gui(recorded, item, at, why),
                    lambda: not self._sending.stopping,
                    claims.claim if claims is not None else None,  # (a teammate may be sending these very messages)
                )
            finally:
                if claims is not None:  # refused, the connection lost, a stop: a teammate may send these
                    claims.release_unsent()
                    claims.close()

        worker.run(job, self._on_sent, self._on_send_failed)

    def reject(self) -> None:
        """Close; while sending, stop after the message going out (StopOnClose)."""
        if self._sending.close_asked():
            super().reject()

    def _on_sent(self, report: Any) -> None:
        self._sending.end()
        skipped = ""
        if report.skipped:
            holders = ", ".join(sorted({holder for _item, holder in report.skipped}))
            skipped = tr("%n left to {names}, who is sending them; ", "", len(report.skipped)).format(names=holders)
        done = tr("Sent {sent}; {refused} refused; {untried} not tried (connection lost). ")
        if report.stopped:
            done = tr("Stopped: {sent} sent, {refused} refused. ")  # (what is left is said next: pending)
        done = done.format(sent=len(report.sent), refused=len(report.failed), untried=len(report.not_tried))
        self.refresh(done + skipped, then=self.sent.emit)  # `sent` once what is left is listed
        if self._team is not None:
            self._team.sync_now()  # the team's ledger gets what was sent

    def _on_send_failed(self, error: Exception) -> None:
        self._sending.end()
        self.refresh(then=self.sent.emit)
        if isinstance(error, PlannerError):
            show_message(self, Icon.Warning, tr("Could not send"), say_error(error))
        else:
            raise error
