"""File ▸ Publish to Calendar Server: the feeds on a CalDAV server from the app, as `planner
publish` does — in the background, only what changed, what the server holds recorded."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from planner.domain.records import PublishedEvent
from planner.errors import PlannerError
from planner.ui.background import Background, StopOnClose
from planner.ui.document import PlanDocument
from planner.ui.i18n import say, say_error, tr
from planner.ui.settings import CALDAV_SERVER, CALDAV_USER, Settings

if TYPE_CHECKING:  # icalendar loads when publishing, not at start
    from planner.domain.model import Plan
    from planner.publish.feeds import Feeds, Publication
    from planner.sync.publishing import Published


class Session(Protocol):
    last_export: Publication | Feeds | None  # the main window's: what the next export can reuse


class PublishDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, document: PlanDocument, settings: Settings, session: Session | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(tr("Publish to a calendar server"))
        self._document, self._settings = document, settings
        self.server = QLineEdit(settings.get(CALDAV_SERVER))
        self.server.setPlaceholderText("https://cloud.example.org/remote.php/dav")
        self.user = QLineEdit(settings.get(CALDAV_USER))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("empty: the one kept in the system keyring"))
        self.remember = QCheckBox(tr("&Keep the password in the system keyring"))
        # (A volunteer says their shift is gone from their calendar: put back now, not tomorrow.)
        self.check = QCheckBox(tr("Put &back events deleted on the server by hand (done once a day)"))
        self.check.setToolTip(tr("Lists every calendar's events on the server: on a campaign's, this can take a "
                                 "minute"))  # fmt: skip
        # Shown once a publish reported events changed on the server: each publish says them
        # again until the organizer has ours put (editing the plan to match does not settle them).
        self.overwrite = QCheckBox(tr("&Overwrite the events changed on the server with the plan's version"))
        self.overwrite.setToolTip(tr("Each publish reports them, and leaves them as they were changed there, until "
                                     "this is checked. A shared plan: sync first, or what a teammate published since "
                                     "is put back as this copy has it"))  # fmt: skip
        self.overwrite.setVisible(False)
        for widget, name in ((self.server, tr("Server")), (self.user, tr("User")), (self.password, tr("Password"))):
            widget.setAccessibleName(name)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(tr("What was published"))
        self.report.setPlainText(tr("Each feed becomes a calendar on the server; only what changed since the last "
                                    "publish is sent."))  # fmt: skip
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        # Close, while a publish runs, stops it between two calendars (as Esc and the window's
        # close do): a campaign's first publish makes 2,469 calendars, which can take an hour.
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self._job = StopOnClose(self.close_button, lambda: self.report.setPlainText(tr("Stopping after this "
                                "calendar…")), tr("&Stop"))  # fmt: skip
        self.publish_button = buttons.addButton(tr("&Publish"), QDialogButtonBox.ButtonRole.ActionRole)
        self.publish_button.clicked.connect(self.publish)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("&Server:"), self.server)
        form.addRow(tr("&User:"), self.user)
        form.addRow(tr("Pass&word:"), self.password)
        form.addRow(self.remember)
        form.addRow(self.check)
        form.addRow(self.overwrite)
        form.addRow(self.report)
        form.addRow(buttons)
        self.resize(640, 420)
        self._worker = Background("publish", self)
        self.finished.connect(lambda _result: self._worker.shutdown())

    def publish(self) -> None:
        from planner.publish.caldav import connected, server_password, server_problem  # loaded when asked
        from planner.publish.links import with_tokens
        from planner.sync.publishing import publish_plan_file

        server, user, given = self.server.text().strip(), self.user.text().strip(), self.password.text()
        if (problem := server_problem(server, user)) is not None:  # (said first: nothing changed, nothing asked)
            self.report.setPlainText(tr("Could not publish: {why}").format(why=say(problem)))
            return
        # An export still being written first: this publish continues its record and its texts.
        self._document.finish_export()
        try:
            self._document.check_writable()
        except PlannerError as exc:
            self.report.setPlainText(say_error(exc))
            return
        self._settings.set(CALDAV_SERVER, server)
        self._settings.set(CALDAV_USER, user)
        plan, now, path = self._document.plan, datetime.now(UTC), self._document.path
        # Everyone's link token is kept before their calendar is made under it.
        self._document.keep_records(with_tokens(plan, self._document.records, now))
        records = self._document.records
        stamp = self._document.stamp_as_saved()  # (the plan as its file holds it: its rows are compared)
        reuse = self._session.last_export if self._session is not None else None
        remember, check = self.remember.isChecked(), self.check.isChecked()
        overwrite = not self.overwrite.isHidden() and self.overwrite.isChecked()

        def job() -> tuple[Published, Plan, Path | None]:
            password = server_password(server, user, given or None, store=remember and bool(given))
            with connected(server, user, password) as (client, home):  # (its connection closed when done)
                return publish_plan_file(plan, records, client, home, now, path=path, stamp=stamp, reuse=reuse,
                                         made=lambda feeds: self._worker.in_gui(self._keep_feeds, feeds),
                                         kept=lambda changes: self._worker.in_gui(self._keep, changes),
                                         going_on=going_on, check=check, overwrite=overwrite), plan, path  # fmt: skip

        def going_on(done: int, total: int, sent: int) -> bool:
            self._worker.in_gui(self._progress, done, total, sent)
            return not self._job.stopping

        self._set_running(True)
        self.report.setPlainText(tr("Publishing…"))
        self._worker.run(job, self._on_published, self._on_failed)

    def reject(self) -> None:
        """Close; while publishing, stop after the calendar being sent (StopOnClose)."""
        if self._job.close_asked():
            super().reject()

    def _set_running(self, running: bool) -> None:
        self.publish_button.setEnabled(not running)
        if running:
            self._job.start()
        else:
            self._job.end()

    def _progress(self, done: int, total: int, sent: int) -> None:
        if self._job.running and not self._job.stopping:
            self.report.setPlainText(tr("Publishing calendar {number} of {total}: %n event(s) sent so far.", "", sent)
                                     .format(number=done + 1, total=total))  # fmt: skip

    def _keep_feeds(self, feeds: Feeds) -> None:
        self._document.keep_records(self._document.records.with_revisions(feeds.revisions))
        if self._session is not None and not feeds.partial:  # (partial: the changed events alone)
            self._session.last_export = feeds  # the next export or publish serializes only what changed

    def _keep(self, changes: dict[tuple[str, str], PublishedEvent]) -> None:
        self._document.keep_records(self._document.records.with_published(changes))

    def _on_published(self, result: tuple[Published, Plan, Path | None]) -> None:
        published, plan, path = result
        report = published.report
        self._set_running(False)
        kept = published.record is not None or published.last is not None
        if path is not None and path == self._document.path and kept:
            # The copy of the rows goes with the record while the file's plan is the one published.
            rows_read = published.rows_read if self._document.file_holds(plan) else None
            self._document.keep_records(self._document.records, export=published.record,
                                        export_before=published.last, rows_read=rows_read)  # fmt: skip
        done = tr("Stopped: %n event(s) sent", "", len(report.sent)) if report.stopped else (
            tr("Published: %n event(s) sent", "", len(report.sent)))  # fmt: skip
        text = (
            done
            + ", "
            + tr("{deleted} deleted, {unchanged} unchanged.").format(
                deleted=len(report.deleted), unchanged=report.unchanged
            )
        )
        if report.renamed:
            text += " " + tr("%n calendar(s) renamed.", "", report.renamed)
        if report.stopped:
            text += " " + tr("What was sent is recorded: Publish sends the rest.")
        self.overwrite.setVisible(bool(report.conflicts))
        self.overwrite.setChecked(False)  # (a choice made for the conflicts read, not for later ones)
        if report.conflicts:
            text += (
                "\n\n" + tr("Not overwritten (changed on the server):") + "\n" + "\n".join(map(say, report.conflicts))
            )
        if report.refused:
            heading = tr("Not taken by the server (sent again next time):")
            text += "\n\n" + heading + "\n" + "\n".join(map(say, report.refused))
        if report.notes:
            text += "\n\n" + "\n".join(map(say, report.notes))
        self.report.setPlainText(text)

    def _on_failed(self, exc: Exception) -> None:
        self._set_running(False)
        self.report.setPlainText(tr("Could not publish: {why}").format(why=say_error(exc)))
