"""A person's subscription link: the address of their own calendar on the server, a QR code
a phone's camera subscribes from, Copy, and New Link (the old one stops working at the next
publish: a lost phone, a link posted by mistake)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.model import Person
from planner.errors import PlannerError
from planner.publish.links import person_link, planned_link, qr_png, rotated, webcal
from planner.ui.document import PlanDocument
from planner.ui.i18n import say_error, tr


class LinkDialog(QDialog):
    def __init__(self, parent: QWidget | None, document: PlanDocument, person: Person) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Subscription link: {name}").format(name=person.name))
        self._document, self._person = document, person
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.link = QLineEdit(self)
        self.link.setReadOnly(True)
        self.link.setAccessibleName(tr("Subscription link"))
        self.qr = QLabel(self)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(tr("QR code of the link"))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(tr("&Copy Link"), QDialogButtonBox.ButtonRole.ActionRole)
        self.new_button = buttons.addButton(tr("&New Link…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.new_button.setToolTip(tr("Make a new link; the old one stops working at the next publish"))
        self.copy_button.clicked.connect(self.copy)
        self.new_button.clicked.connect(self.new_link)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.link, self.qr, self.note, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(680)  # a whole link of a typical server
        self.refresh()

    def refresh(self) -> None:
        records = self._document.records
        live = person_link(self._person, records)
        url = live or planned_link(self._person, records)
        self.link.setText(url or "")
        self.link.setCursorPosition(0)  # the start of the address shows where it is long
        self.copy_button.setEnabled(bool(url))
        self.new_button.setEnabled(self._person.id in records.tokens)
        if url is None:
            self.heading.setText(tr("{name} has no link yet.").format(name=self._person.name))
            self.qr.clear()
            self.note.setText(tr("Publish the plan to a calendar server first (File ▸ Publish to Calendar "
                                 "Server…): each person's own calendar gets a secret address there."))  # fmt: skip
            return
        self.heading.setText(tr("{name}'s own calendar: their turns and shifts, kept up to date.").format(
            name=self._person.name))  # fmt: skip
        pixmap = QPixmap()
        pixmap.loadFromData(qr_png(webcal(url), scale=5), "PNG")
        self.qr.setPixmap(pixmap)
        text = tr("Scan with a phone's camera to subscribe (iPhone), or add the link in Google Calendar "
                  "(Other calendars ▸ From URL), Outlook or Thunderbird.")  # fmt: skip
        if live is None:
            text = tr("Not on the server yet: it works after the next publish.") + "\n" + text
        self.note.setText(text)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.link.text())

    def new_link(self) -> None:
        answer = QMessageBox.question(
            self,
            tr("New link"),
            tr(
                "Make a new link for {name}? The old one stops working at the next publish; they will "
                "need the new one to stay subscribed."
            ).format(name=self._person.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._rotate()

    def _rotate(self) -> None:
        try:
            self._document.check_writable()
        except PlannerError as exc:
            self.note.setText(say_error(exc))
            return
        now = datetime.now(UTC)
        self._document.keep_records(rotated(self._document.records, self._person.id, now))
        self.refresh()
