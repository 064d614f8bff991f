"""People ▸ Subscription Link…: a person's secret calendar address, its QR code, Copy, and New
Link — which revokes the old one at the next publish."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QMessageBox

from planner.domain.records import FeedToken, PublishedEvent, Records
from planner.publish.links import qr_png, webcal
from planner.ui.link_dialog import LinkDialog

T0 = datetime(2025, 4, 1, 12, tzinfo=UTC)
HOME = "https://cal.example.org/dav/organizer/"


def _published(window, person):
    token = "ab" * 16
    href = f"{HOME}person-{token}/shift-1.ics"
    published = {(f"person-{token}", "shift-1"): PublishedEvent(href, '"1"', "f", T0),
                 ("media", "w"): PublishedEvent(f"{HOME}media/w.ics", '"2"', "f", T0)}  # fmt: skip
    window.document.keep_records(Records(published=published, tokens={person.id: FeedToken(token, T0)}))
    return f"{HOME}person-{token}/"


def test_the_link_its_qr_code_and_copy(window, qtbot):
    grace = next(p for p in window.document.plan.people if p.name == "Grace Kim")
    shown = []
    window.run_dialog = lambda dialog: shown.append(dialog) or 0
    model = window.people_panel.model()
    window.people_panel.selectRow(next(r for r in range(model.rowCount()) if model.index(r, 0).data() == grace.name))
    [action] = [a for a in window.people_panel.actions() if a.text() == "Subscription &Link…"]
    action.trigger()
    [dialog] = shown
    qtbot.addWidget(dialog)
    assert "has no link yet" in dialog.heading.text() and not dialog.copy_button.isEnabled()
    assert "Publish the plan to a calendar server first" in dialog.note.text()

    url = _published(window, grace)
    dialog.refresh()
    assert dialog.link.text() == url and "Not on the server yet" not in dialog.note.text()
    expected = QImage.fromData(qr_png(webcal(url), scale=5))
    assert dialog.qr.pixmap().toImage().convertToFormat(expected.format()) == expected  # the webcal:// link
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == url


def test_a_new_link_replaces_the_old_and_works_after_the_next_publish(window, qtbot, monkeypatch):
    grace = next(p for p in window.document.plan.people if p.name == "Grace Kim")
    old = _published(window, grace)
    dialog = LinkDialog(window, window.document, grace)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    dialog.new_button.click()
    assert dialog.link.text() == old  # asked first; "No" changes nothing
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    dialog.new_button.click()
    new = dialog.link.text()
    assert new != old and new.startswith(HOME + "person-") and len(new) == len(old)
    assert window.document.records.tokens[grace.id].token in new
    assert "Not on the server yet: it works after the next publish." in dialog.note.text()
